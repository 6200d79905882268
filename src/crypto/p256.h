// ECDSA over NIST P-256 (secp256r1), verification only, over OpenSSL: what Clarity's `secp256r1-verify` checks
// (stacks-core's stacks-common/src/util/secp256r1.rs, on the RustCrypto p256 crate).
//
// Signatures are 64 bytes "compact": r then s, each 32 bytes big-endian, both in [1, n-1]; high S is accepted (the
// p256 crate does not normalize S, unlike secp256k1 in consensus). Public keys are SEC1-encoded points (33 bytes
// compressed, 65 uncompressed); the point at infinity and points off the curve are invalid. Every function is pure
// and thread-safe; inputs are views the caller owns for the duration of the call.
#pragma once

#include <cstdint>
#include <span>

#include "util/bytes.h"

namespace stacks::crypto {

/// Whether `signature` is a valid P-256 ECDSA signature by `public_key` of the 32-byte `digest` used as it is (the
/// reference's verify_prehash; Clarity 5 on).
/// In: digest: the message hash; signature: r || s; public_key: a SEC1 point.
/// Returns false for an invalid key (a bad length or encoding, not on the curve), an r or s of 0 or >= n, or a
/// signature that does not verify. Never fails otherwise.
[[nodiscard]] bool P256VerifyDigest(std::span<const uint8_t, 32> digest, std::span<const uint8_t, 64> signature,
                                    util::ByteView public_key);

/// P256VerifyDigest of SHA-256(`message_hash`): the reference's Verifier::verify, which hashes its 32-byte input
/// again (Clarity 4's double hashing).
[[nodiscard]] bool P256VerifyDoubleHashed(std::span<const uint8_t, 32> message_hash,
                                          std::span<const uint8_t, 64> signature, util::ByteView public_key);

}  // namespace stacks::crypto
