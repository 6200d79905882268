// Ed25519 signature verification (RFC 8032), as Clarity's `ed25519-verify` checks it: stacks-core's
// stacks-common/src/util/ed25519.rs, which calls ed25519-dalek's verify_strict.
//
// verify_strict's rules, which libsodium's crypto_sign_verify_detached shares (so it does the work here):
//   - s (the signature's last 32 bytes, little-endian) must be below the group order l;
//   - the key and R (the signature's first 32 bytes) must not be points of small order (the identity and the other
//     seven torsion points): OpenSSL's Ed25519 has no such check and would accept (R = identity, s = 0) under the
//     identity key for any message;
//   - R must be the canonical encoding of [s]B - [H(R || key || message)]key (cofactorless equation).
// One case differs and cannot be observed: libsodium refuses a key whose y coordinate is encoded at or above p
// (19 encodings), which dalek decodes; a valid signature under such a key would need the discrete log of a fixed
// point, so both answer false in practice.
//
// Pure and thread-safe; inputs are views the caller owns for the duration of the call.
#pragma once

#include <cstdint>
#include <span>

#include "util/bytes.h"

namespace stacks::crypto {

/// Whether `signature` is a valid Ed25519 signature of `message` by `public_key` under the rules above.
/// In: message: any length (empty included); signature: R || s; public_key: a compressed Edwards point.
/// Returns false for a key or R that is not a point or has small order, an s >= l, or a signature that does not
/// verify. Never fails otherwise.
[[nodiscard]] bool Ed25519VerifyStrict(util::ByteView message, std::span<const uint8_t, 64> signature,
                                       std::span<const uint8_t, 32> public_key);

}  // namespace stacks::crypto
