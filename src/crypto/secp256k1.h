// secp256k1 keys and ECDSA signatures, over libsecp256k1, in the forms Stacks uses.
//
// Stacks signs 32-byte hashes with recoverable ECDSA signatures (RFC 6979 nonces, low S) and stores them as 65 bytes
// "VRS": the recovery id first, then r and s, each 32 bytes big-endian (stacks-core's MessageSignature). Clarity's
// `secp256k1-recover?` and `secp256k1-verify` take the other order, "RSV": r, s, then the recovery id.
//
// All functions are thread-safe: they share one libsecp256k1 context, created and randomised on first use and
// read-only afterwards. Inputs are views the caller owns for the duration of the call.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "crypto/hash.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::crypto {

class PublicKey;

/// A secp256k1 secret scalar in [1, n-1] and whether its public key is used compressed. The secret is zeroed when
/// the key is destroyed; copies are independent and zeroed in turn.
class PrivateKey {
 public:
  /// In: bytes: 32 bytes (big-endian scalar; uncompressed public key), or 33 bytes whose last byte is 0x01
  ///     (compressed public key), as stacks-core and Stacks.js write private keys.
  /// Errors: kInvalidArgument for another length, a 33rd byte other than 0x01, a zero scalar, or one >= the order.
  static util::Result<PrivateKey> FromBytes(util::ByteView bytes);
  /// FromBytes of hex text (no 0x prefix). Errors: those of util::FromHex and FromBytes.
  static util::Result<PrivateKey> FromHex(std::string_view hex);
  /// A fresh key from the OS CSPRNG. Aborts only if the OS has no randomness (see GetRandomBytes).
  static PrivateKey Generate(bool compressed = true);

  PrivateKey(const PrivateKey&) = default;
  PrivateKey& operator=(const PrivateKey&) = default;
  ~PrivateKey();

  /// The 32-byte secret followed by 0x01 when compressed(): the form FromBytes reads. The caller owns the copy of
  /// the secret and should zero it (util::SecureZero) when done.
  util::Bytes ToBytes() const;
  /// Lower-case hex of ToBytes().
  std::string ToHex() const;
  /// The 32-byte big-endian scalar; the reference lives as long as this key.
  const std::array<uint8_t, 32>& secret() const { return m_secret; }
  bool compressed() const { return m_compressed; }
  /// The public key, compressed iff compressed().
  PublicKey GetPublicKey() const;

  /// (secret + tweak) mod n, keeping compressed(), as BIP32 child derivation needs.
  /// In: tweak: a 32-byte big-endian scalar.
  /// Errors: kInvalidArgument if tweak >= n or the sum is zero (BIP32: "the resulting key is invalid").
  util::Result<PrivateKey> TweakAdd(std::span<const uint8_t, 32> tweak) const;

  /// Compares secret and flag without branching on the secret.
  bool operator==(const PrivateKey& other) const;

 private:
  PrivateKey(const std::array<uint8_t, 32>& secret, bool compressed) : m_secret(secret), m_compressed(compressed) {}
  std::array<uint8_t, 32> m_secret;
  bool m_compressed;
};

/// A point on secp256k1 (never the point at infinity) and the serialization it prefers.
class PublicKey {
 public:
  /// In: bytes: 33 bytes (0x02/0x03 prefix, compressed) or 65 bytes (0x04 prefix, uncompressed) SEC1 encoding.
  /// compressed() follows the input's length. Errors: kInvalidArgument for another length or prefix (hybrid 0x06/0x07
  /// keys are refused) or a point not on the curve.
  static util::Result<PublicKey> Parse(util::ByteView bytes);
  /// Parse of hex text. Errors: those of util::FromHex and Parse.
  static util::Result<PublicKey> FromHex(std::string_view hex);

  /// SerializeCompressed() if compressed(), else SerializeUncompressed().
  util::Bytes Serialize() const;
  /// 33 bytes: 0x02 or 0x03 (parity of y), then x.
  util::Bytes SerializeCompressed() const;
  /// 65 bytes: 0x04, x, y.
  util::Bytes SerializeUncompressed() const;
  /// Lower-case hex of Serialize().
  std::string ToHex() const;
  bool compressed() const { return m_compressed; }
  /// The same point with the given serialization preference.
  PublicKey WithCompressed(bool compressed) const;

  /// This point plus tweak*G, keeping compressed(), as BIP32 public child derivation needs.
  /// In: tweak: a 32-byte big-endian scalar.
  /// Errors: kInvalidArgument if tweak >= n or the sum is the point at infinity.
  util::Result<PublicKey> TweakAdd(std::span<const uint8_t, 32> tweak) const;

  /// Equal when both the point and compressed() are equal, as stacks-core compares keys.
  bool operator==(const PublicKey&) const = default;

 private:
  friend struct Secp256k1Access;
  PublicKey(const std::array<uint8_t, 65>& uncompressed, bool compressed)
      : m_uncompressed(uncompressed), m_compressed(compressed) {}
  std::array<uint8_t, 65> m_uncompressed;  // 0x04 || x || y; always a valid point
  bool m_compressed;
};

/// A recoverable signature in Stacks' "VRS" layout: recovery id (0-3), r (32 bytes), s (32 bytes).
using RecoverableSignature = std::array<uint8_t, 65>;
/// The same in Clarity's "RSV" layout: r, s, recovery id.
using RsvSignature = std::array<uint8_t, 65>;

/// Sign a 32-byte hash with an RFC 6979 deterministic nonce. The signature has low S (s <= n/2), as Stacks requires.
/// In: key, message_hash (the caller hashes the message; nothing is hashed here).
RecoverableSignature SignRecoverable(const PrivateKey& key, const Hash256& message_hash);

/// The public key that produced `signature` over `message_hash`, with the serialization `compressed` asks for.
/// Like stacks-core's default recovery, this refuses high S (s > n/2), checked before recovery is attempted.
/// Errors: kInvalidArgument for a recovery id above 3, r or s >= n, high S, or no key recoverable (r or s zero, or
/// r not the x of a point).
util::Result<PublicKey> RecoverPublicKey(const Hash256& message_hash, const RecoverableSignature& signature,
                                         bool compressed = true);

/// RecoverPublicKey without the low-S check, for the places Stacks accepts high S: Clarity's `secp256k1-recover?`
/// and transaction signatures before Epoch 4.0. Errors: those of RecoverPublicKey except high S.
util::Result<PublicKey> RecoverPublicKeyAllowHighS(const Hash256& message_hash, const RecoverableSignature& signature,
                                                   bool compressed = true);

/// Whether compact_rs (r || s, 64 bytes, no recovery id) is a valid ECDSA signature by `key` over `message_hash`.
/// Only low-S signatures verify: one with s > n/2 returns false, as libsecp256k1 and Clarity's `secp256k1-verify`
/// do. False also for r or s zero or >= n. Never fails otherwise.
bool Verify(const PublicKey& key, const Hash256& message_hash, std::span<const uint8_t, 64> compact_rs);

/// Whether s (bytes 32..63 of r || s) is at most n/2. Does not check that r and s are below n.
bool IsLowS(std::span<const uint8_t, 64> compact_rs);

/// Reorder VRS (Stacks) to RSV (Clarity). Moves bytes only: the recovery id is not checked.
RsvSignature VrsToRsv(const RecoverableSignature& vrs);
/// Reorder RSV (Clarity) to VRS (Stacks). Moves bytes only: the recovery id is not checked.
RecoverableSignature RsvToVrs(const RsvSignature& rsv);

}  // namespace stacks::crypto
