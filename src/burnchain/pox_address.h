// PoX addresses: the reference's form of a Bitcoin output's address (stacks-core PoxAddress in stackslib/src/
// chainstate/stacks/address.rs). Block-commit outputs, stack-stx reward addresses and reward sets all use it.
//
// Three shapes, compared field by field (so a Standard address with and without a hash mode differ):
//   Standard  a Stacks address (c32 version + hash160) and maybe the hash mode .pox uses for it (0x00 p2pkh,
//             0x01 p2sh, 0x02 p2wpkh-p2sh, 0x03 p2wsh-p2sh). A legacy Bitcoin output becomes one with no hash mode.
//   Addr20    mainnet flag, type 0x04 (P2WPKH) and a 20-byte program.
//   Addr32    mainnet flag, type 0x05 (P2WSH) or 0x06 (P2TR) and a 32-byte program.
//
// All functions are pure and thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include "burnchain/output_address.h"
#include "codec/stacks_address.h"
#include "crypto/hash.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::burnchain {

/// AddressHashMode values (stacks-common/src/address/mod.rs).
inline constexpr uint8_t ADDRESS_HASH_MODE_P2PKH = 0x00;
inline constexpr uint8_t ADDRESS_HASH_MODE_P2SH = 0x01;
/// PoxAddressType20 / PoxAddressType32 values.
inline constexpr uint8_t POX_ADDRESS_TYPE_P2WPKH = 0x04;
inline constexpr uint8_t POX_ADDRESS_TYPE_P2WSH = 0x05;
inline constexpr uint8_t POX_ADDRESS_TYPE_P2TR = 0x06;

struct PoxStandardAddress {
  codec::StacksAddress address;
  std::optional<uint8_t> hash_mode;  ///< An AddressHashMode (0..3) when known.
  auto operator<=>(const PoxStandardAddress&) const = default;
};

struct PoxAddr20 {
  bool mainnet = false;
  uint8_t type = POX_ADDRESS_TYPE_P2WPKH;
  crypto::Hash160 bytes{};
  auto operator<=>(const PoxAddr20&) const = default;
};

struct PoxAddr32 {
  bool mainnet = false;
  uint8_t type = POX_ADDRESS_TYPE_P2WSH;  ///< Or POX_ADDRESS_TYPE_P2TR.
  crypto::Hash256 bytes{};
  auto operator<=>(const PoxAddr32&) const = default;
};

using PoxAddress = std::variant<PoxStandardAddress, PoxAddr20, PoxAddr32>;

/// The PoX address of an output address (PoxAddress::try_from_bitcoin_output): a legacy address becomes Standard with
/// the Stacks version its base58 version maps to (0->22, 5->20, 111->26, 196->21) and no hash mode; P2WPKH becomes
/// Addr20, P2WSH and P2TR Addr32, mainnet iff the address's network is mainnet.
PoxAddress PoxAddressFromOutput(const BitcoinOutputAddress& address);

/// The scriptPubKey that pays `address` (PoxAddress::to_bitcoin_tx_out): P2PKH for Standard single-sig versions (22,
/// 26), P2SH for multi-sig versions (20, 21), P2WPKH/P2WSH/P2TR for the others.
/// Errors: kInvalidArgument for a Standard version outside those four or an Addr type outside its kinds (the
/// reference aborts on these; they never come out of PoxAddressFromOutput).
util::Result<util::Bytes> PoxAddressScript(const PoxAddress& address);

/// The reference's PoxAddress::to_b58: base58check of a Standard address under the Bitcoin version its Stacks version
/// maps to (an unmapped version is used as is); Bech32 / Bech32m with hrp "bc" if mainnet else "tb" for the others
/// (never "bcrt"). Block commits use this text as their apparent sender.
std::string PoxAddressToB58(const PoxAddress& address);

/// "VV-HEX": the version byte (Stacks version for Standard, type for the others) in two hex digits, a dash, and the
/// hash or program in hex (PoxAddress::to_burnchain_repr).
std::string PoxAddressBurnchainRepr(const PoxAddress& address);

/// True only for a Standard address whose hash160 is all zero (PoxAddress::is_burn).
bool IsBurnAddress(const PoxAddress& address);

/// The burn address commits pay in prepare phases: Standard(version 22 or 26, zero hash160, hash mode p2pkh).
PoxAddress StandardBurnAddress(bool mainnet);

/// A Standard address's hash mode set from its version, replacing any it had (22 and 26 -> p2pkh, any other ->
/// p2sh); other addresses come back unchanged (PoxAddress::coerce_hash_mode).
PoxAddress CoerceHashMode(PoxAddress address);

/// The Stacks address of a Standard PoX address; nullopt for Addr20 and Addr32.
std::optional<codec::StacksAddress> PoxAddressToStacksAddress(const PoxAddress& address);

}  // namespace stacks::burnchain
