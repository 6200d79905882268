// The address a Bitcoin output pays to, as stacks-core recognizes it (stackslib/src/burnchains/bitcoin/address.rs,
// BitcoinAddress::from_scriptpubkey): legacy P2PKH and P2SH, and since Stacks 2.1 segwit P2WPKH, P2WSH and P2TR.
//
// Recognized scriptPubKeys, byte for byte:
//   P2PKH   76 a9 14 <20> 88 ac      (25 bytes)
//   P2SH    a9 14 <20> 87            (23 bytes; a P2SH-wrapped segwit output looks the same)
//   P2WPKH  00 14 <20>               (22 bytes)
//   P2WSH   00 20 <32>               (34 bytes)
//   P2TR    51 20 <32>               (34 bytes)
// Every other script (bare multisig, P2PK, OP_RETURN, other witness versions) has no address.
//
// Text forms: legacy addresses in base58check (codec/bitcoin_address.h); segwit addresses in Bech32 (version 0) or
// Bech32m (version 1) with hrp "bc" (mainnet), "tb" (testnet) or "bcrt" (regtest).
//
// All functions are pure and thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "codec/bitcoin_address.h"
#include "crypto/hash.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::burnchain {

/// stacks-core's BitcoinNetworkType. Regtest shares testnet's legacy version bytes but has its own segwit hrp.
enum class BitcoinNetworkType { kMainnet, kTestnet, kRegtest };

enum class SegwitAddressKind {
  kP2wpkh,  ///< Witness version 0, 20-byte program.
  kP2wsh,   ///< Witness version 0, 32-byte program.
  kP2tr,    ///< Witness version 1, 32-byte program.
};

/// A segwit address. Invariant: program is 20 bytes for kP2wpkh and 32 bytes otherwise.
struct SegwitAddress {
  SegwitAddressKind kind = SegwitAddressKind::kP2wpkh;
  BitcoinNetworkType network = BitcoinNetworkType::kMainnet;
  util::Bytes program;
  bool operator==(const SegwitAddress&) const = default;
};

/// A legacy address (codec::BitcoinAddress; regtest is recorded as testnet) or a segwit address.
using BitcoinOutputAddress = std::variant<codec::BitcoinAddress, SegwitAddress>;

/// The legacy address of `kind` and `hash160` on `network` (regtest uses the testnet version bytes).
codec::BitcoinAddress LegacyAddress(codec::BitcoinAddressKind kind, BitcoinNetworkType network,
                                    const crypto::Hash160& hash160);

/// The address `script_pubkey` pays to on `network`, or nullopt if the script is none of the five forms above.
std::optional<BitcoinOutputAddress> OutputAddressFromScript(BitcoinNetworkType network, util::ByteView script_pubkey);

/// The scriptPubKey paying to `address`. REQUIRES: a SegwitAddress keeps its invariant.
util::Bytes OutputAddressScript(const BitcoinOutputAddress& address);

/// The base58check or bech32(m) text of `address`. REQUIRES: a SegwitAddress keeps its invariant.
std::string OutputAddressToString(const BitcoinOutputAddress& address);

/// Parses a base58check P2PKH/P2SH address, or else a segwit address as stacks-core's SegwitBitcoinAddress::
/// from_bech32 does: hrp bc/tb/bcrt, at most 65 data values, and only (Bech32, v0, 20 bytes), (Bech32, v0, 32 bytes)
/// or (Bech32m, v1, 32 bytes).
/// Errors: kInvalidArgument when the text is neither; the message quotes both decoders' reasons.
util::Result<BitcoinOutputAddress> ParseOutputAddress(std::string_view text);

}  // namespace stacks::burnchain
