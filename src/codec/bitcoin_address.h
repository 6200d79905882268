// Bitcoin legacy (base58) addresses, and conversion between them and c32 addresses as c32check's b58ToC32/c32ToB58 do.
//
// Layout of the Base58Check payload:
//   version u8      P2PKH: 0 mainnet, 111 testnet/regtest; P2SH: 5 mainnet, 196 testnet/regtest
//   hash160 [20]    HASH160 of the public key (P2PKH) or redeem script (P2SH)
//
// The same hash under a Stacks version gives the Stacks address of the same key or script. c32check maps versions
// 0 <-> 22 (SP), 5 <-> 20 (SM), 111 <-> 26 (ST), 196 <-> 21 (SN) and passes every other version through unchanged.
//
// All functions are pure and thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "crypto/hash.h"
#include "util/result.h"

namespace stacks::codec {

inline constexpr uint8_t BITCOIN_P2PKH_VERSION_MAINNET = 0;
inline constexpr uint8_t BITCOIN_P2PKH_VERSION_TESTNET = 111;  ///< Also regtest.
inline constexpr uint8_t BITCOIN_P2SH_VERSION_MAINNET = 5;
inline constexpr uint8_t BITCOIN_P2SH_VERSION_TESTNET = 196;  ///< Also regtest.

enum class BitcoinAddressKind { kP2pkh, kP2sh };

/// Which version set an address uses. Regtest uses the testnet versions, so the two cannot be told apart.
enum class BitcoinNetwork { kMainnet, kTestnet };

/// A decoded base58 Bitcoin address.
struct BitcoinAddress {
  uint8_t version = 0;  ///< One of the four BITCOIN_*_VERSION_* values.
  crypto::Hash160 hash160{};
  BitcoinAddressKind kind = BitcoinAddressKind::kP2pkh;
  BitcoinNetwork network = BitcoinNetwork::kMainnet;
  bool operator==(const BitcoinAddress&) const = default;
};

/// The version byte for `kind` on `network`.
uint8_t BitcoinAddressVersion(BitcoinAddressKind kind, BitcoinNetwork network);

/// The base58 address of `hash160`, e.g. "1..." (P2PKH mainnet) or "2..." (P2SH testnet).
std::string BitcoinAddressEncode(BitcoinAddressKind kind, BitcoinNetwork network, const crypto::Hash160& hash160);

/// Decodes a P2PKH or P2SH base58 address.
/// Errors (kInvalidArgument): any Base58CheckDecode error (over-long text is kResourceExhausted); a payload that is
/// not 21 bytes; a version byte other than 0, 5, 111 and 196.
util::Result<BitcoinAddress> BitcoinAddressDecode(std::string_view text);

/// c32check's version maps. The Stacks version for a Bitcoin one: 0->22, 5->20, 111->26, 196->21, else unchanged.
uint8_t C32VersionForB58Version(uint8_t bitcoin_version);
/// The Bitcoin version for a Stacks one: 22->0, 20->5, 26->111, 21->196, else unchanged.
uint8_t B58VersionForC32Version(uint8_t stacks_version);

/// The c32 address with the hash of a base58check address, as c32check's b58ToC32(text, version). The version is
/// `stacks_version` if given, else C32VersionForB58Version of the address's version byte; any version byte is
/// accepted as long as the resulting Stacks version is below 32.
/// Errors (kInvalidArgument): any Base58CheckDecode error; a payload that is not 21 bytes; a Stacks version of 32
/// or more.
util::Result<std::string> B58ToC32(std::string_view text, std::optional<uint8_t> stacks_version = std::nullopt);

/// The base58check address with the hash of a c32 address, as c32check's c32ToB58(text, version). The version byte
/// is `bitcoin_version` if given, else B58VersionForC32Version of the address's version. Like c32check, this takes
/// the data of any length that C32AddressDecodeAnyLength accepts, not only 20-byte hashes.
/// Errors: any C32AddressDecodeAnyLength error.
util::Result<std::string> C32ToB58(std::string_view text, std::optional<uint8_t> bitcoin_version = std::nullopt);

}  // namespace stacks::codec
