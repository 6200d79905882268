// Hash functions over OpenSSL 3: SHA-256, SHA-512, SHA-512/256, RIPEMD-160, Hash160, HMAC-SHA512, PBKDF2-HMAC-SHA512,
// and Keccak-256 (the original Keccak padding that Clarity's `keccak256` uses, which OpenSSL 3.0 lacks; see
// keccak.cpp).
//
// All functions are pure and thread-safe. Inputs are views the caller owns for the duration of the call.
#pragma once

#include <array>
#include <cstdint>

#include "util/bytes.h"

namespace stacks::crypto {

using Hash256 = std::array<uint8_t, 32>;  ///< Output of SHA-256, SHA-512/256, Keccak-256.
using Hash512 = std::array<uint8_t, 64>;  ///< Output of SHA-512 and HMAC-SHA512.
using Hash160 = std::array<uint8_t, 20>;  ///< Output of RIPEMD-160 and Hash160.

Hash256 Sha256(util::ByteView data);
/// SHA-256 applied twice, as Bitcoin uses for checksums and txids.
Hash256 DoubleSha256(util::ByteView data);
Hash512 Sha512(util::ByteView data);
/// SHA-512/256 (FIPS 180-4 truncated variant with its own IV), Stacks' txid and sighash function.
Hash256 Sha512_256(util::ByteView data);
Hash160 Ripemd160(util::ByteView data);
/// RIPEMD-160(SHA-256(data)), the hash in Bitcoin and Stacks addresses.
Hash160 Hash160Of(util::ByteView data);
/// Keccak-256 with the original 0x01 padding (Ethereum's), not SHA3-256.
Hash256 Keccak256(util::ByteView data);

Hash512 HmacSha512(util::ByteView key, util::ByteView data);

/// PBKDF2 with HMAC-SHA512, writing `out.size()` bytes. REQUIRES: iterations >= 1.
void Pbkdf2HmacSha512(util::ByteView password, util::ByteView salt, uint32_t iterations, std::span<uint8_t> out);

}  // namespace stacks::crypto
