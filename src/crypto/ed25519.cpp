#include "crypto/ed25519.h"

#include <sodium.h>

namespace stacks::crypto {

bool Ed25519VerifyStrict(util::ByteView message, std::span<const uint8_t, 64> signature,
                         std::span<const uint8_t, 32> public_key) {
  // sodium_init is idempotent and thread-safe; verification itself needs no randomness, so its result only
  // selects implementations and is not needed for correctness.
  static const bool initialized = sodium_init() >= 0;
  (void)initialized;
  static constexpr uint8_t kNoBytes[1] = {0};
  const uint8_t* message_bytes = message.empty() ? kNoBytes : message.data();
  return crypto_sign_ed25519_verify_detached(signature.data(), message_bytes, message.size(), public_key.data()) == 0;
}

}  // namespace stacks::crypto
