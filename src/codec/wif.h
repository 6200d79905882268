// Wallet Import Format: a secp256k1 secret key as Base58Check text.
//
// Layout of the Base58Check payload:
//   version u8      0x80 mainnet, 0xef testnet (and regtest)
//   secret [32]     the secret key, big-endian
//   [0x01]          present when the key's public key is used compressed
//
// The secret is not checked against the curve order; secp256k1 parsing does that.
//
// Security: a WifKey and WIF text hold a secret; clear them with util::SecureZero when done. WifEncode and WifDecode
// clear the payload buffers they own, but not the base58 working buffers, which are not secret-aware.
// All functions are pure and thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "util/result.h"

namespace stacks::codec {

/// The version byte of a WIF string.
enum class WifNetwork : uint8_t {
  kMainnet = 0x80,
  kTestnet = 0xef,  ///< Also regtest.
};

/// The suffix byte that marks a compressed public key.
inline constexpr uint8_t WIF_COMPRESSED_SUFFIX = 0x01;

/// A decoded WIF key.
struct WifKey {
  WifNetwork network = WifNetwork::kMainnet;
  std::array<uint8_t, 32> secret_key{};
  bool compressed = true;  ///< The 0x01 suffix is present.
  bool operator==(const WifKey&) const = default;
};

/// The WIF text of `key`.
std::string WifEncode(const WifKey& key);

/// Decodes WIF text.
/// Errors (kInvalidArgument): any Base58CheckDecode error ("bad base58check checksum", bad characters; over-long
/// text is kResourceExhausted); a payload that is not 33 or 34 bytes; a version byte other than 0x80 or 0xef; a 34th
/// byte other than 0x01.
util::Result<WifKey> WifDecode(std::string_view text);

}  // namespace stacks::codec
