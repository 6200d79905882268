// ECVRF-EDWARDS25519-SHA512-TAI, the verifiable random function of Stacks leader election.
//
// This is draft-irtf-cfrg-vrf-03 (suite byte 0x03, try-and-increment hash-to-curve) exactly as stacks-core
// implements it in stacks-common/src/util/vrf.rs, including where that code departs from the draft:
//   - hash_to_curve hashes 0x03 || 0x01 || public key bytes || alpha || ctr_bytes and decodes the first 32 bytes of
//     the SHA-512 as a point, sign bit included. ctr 0 appends one 0x00 byte; ctr > 0 appends byte i of ctr's
//     little-endian form only while ctr > 256^i, so ctr 1 appends nothing and ctr 256 appends a single 0x00 (the
//     draft appends one byte holding ctr). The point found is multiplied by the cofactor 8.
//   - Points decode as curve25519-dalek's CompressedEdwardsY::decompress does, which is laxer than RFC 8032: the y
//     coordinate may be non-canonical (y >= p is taken mod p) and the sign bit may be set when x is 0. Small-order
//     and mixed-order points decode. Only an encoding whose y gives no x on the curve is rejected.
//   - The public key's bytes go into hash_to_curve as given; every other point is hashed in its canonical encoding.
//
// Wire forms: a public key is a 32-byte compressed Edwards point; a private key is a 32-byte Ed25519 seed (never the
// 64-byte seed || public key form); a proof is Gamma[32] || c[16] || s[32], 80 bytes (see VrfProof).
//
// All functions are thread-safe. Views passed in are read during the call only. Secret-dependent scalar
// multiplications run in libsodium's constant-time code; verification, which handles only public data, uses
// variable-time arithmetic.
#pragma once

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "crypto/hash.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::crypto {

inline constexpr size_t VRF_PUBLIC_KEY_SIZE = 32;
inline constexpr size_t VRF_PRIVATE_KEY_SIZE = 32;
inline constexpr size_t VRF_PROOF_SIZE = 80;

using VrfPublicKeyBytes = std::array<uint8_t, VRF_PUBLIC_KEY_SIZE>;
using VrfProofBytes = std::array<uint8_t, VRF_PROOF_SIZE>;

class VrfPrivateKey;
class VrfProof;

/// A VRF public key: 32 bytes that decode to a point of edwards25519 under the decoding rules above. Keeps the bytes
/// exactly as given, because hash_to_curve hashes them; two keys are equal when their bytes are.
class VrfPublicKey {
 public:
  /// In: bytes, the 32-byte encoding. Returns the key, which may be a small-order or non-canonically encoded point
  /// (stacks-core accepts those too). Errors: kInvalidArgument if bytes is not 32 bytes long or does not decode to a
  /// curve point.
  static util::Result<VrfPublicKey> FromBytes(util::ByteView bytes);
  /// As FromBytes, from 64 hex characters. Errors: kInvalidArgument for bad hex, as util::FromHexExact, or as
  /// FromBytes.
  static util::Result<VrfPublicKey> FromHex(std::string_view hex);

  /// The 32 bytes the key was made from.
  const VrfPublicKeyBytes& ToBytes() const { return m_bytes; }
  /// Lower-case hex of ToBytes().
  std::string ToHex() const;

  bool operator==(const VrfPublicKey&) const = default;
  std::strong_ordering operator<=>(const VrfPublicKey&) const = default;

 private:
  friend class VrfPrivateKey;
  explicit VrfPublicKey(const VrfPublicKeyBytes& bytes) : m_bytes(bytes) {}
  VrfPublicKeyBytes m_bytes;
};

/// A VRF private key: a 32-byte Ed25519 seed, expanded as RFC 8032 does. The secret scalar is the clamped first half
/// of SHA-512(seed) and the nonce key its second half; the public key is the scalar times the base point, the same
/// key Ed25519 derives from the seed. Secrets are wiped when the object is destroyed.
class VrfPrivateKey {
 public:
  /// In: seed, 32 bytes; every value is a valid key. Errors: kInvalidArgument if seed is not 32 bytes long.
  static util::Result<VrfPrivateKey> FromBytes(util::ByteView seed);
  /// As FromBytes, from 64 hex characters. Errors: kInvalidArgument for bad hex or a wrong length.
  static util::Result<VrfPrivateKey> FromHex(std::string_view hex);
  /// A key from a seed of 32 bytes from the kernel's CSPRNG (GetRandomBytes in crypto/random.h, which aborts the
  /// process if the kernel cannot supply randomness). Cannot fail otherwise.
  static VrfPrivateKey Generate();

  VrfPrivateKey(const VrfPrivateKey&) = default;
  VrfPrivateKey& operator=(const VrfPrivateKey&) = default;
  ~VrfPrivateKey();

  /// The 32-byte seed, the form FromBytes takes and stacks-core's VRFPrivateKey::to_bytes gives.
  const std::array<uint8_t, VRF_PRIVATE_KEY_SIZE>& ToBytes() const { return m_seed; }
  /// Lower-case hex of the seed.
  std::string ToHex() const;
  /// The matching public key, computed once at construction.
  const VrfPublicKey& public_key() const { return m_public_key; }

 private:
  friend VrfProof VrfProve(const VrfPrivateKey& key, util::ByteView alpha);
  VrfPrivateKey(const std::array<uint8_t, 32>& seed, const std::array<uint8_t, 32>& scalar,
                const std::array<uint8_t, 32>& nonce_key, const VrfPublicKey& public_key)
      : m_seed(seed), m_scalar(scalar), m_nonce_key(nonce_key), m_public_key(public_key) {}

  std::array<uint8_t, 32> m_seed;
  std::array<uint8_t, 32> m_scalar;     ///< x: clamp(SHA-512(seed)[0..32]) reduced mod the group order.
  std::array<uint8_t, 32> m_nonce_key;  ///< SHA-512(seed)[32..64], hashed with H to make the nonce.
  VrfPublicKey m_public_key;
};

/// A well-formed VRF proof. Layout (80 bytes, stacks-core VRFProof::from_slice / to_bytes):
///   Gamma  32 bytes  compressed point; must decode and must not have small order (8 * Gamma != identity)
///   c      16 bytes  little-endian challenge; every value is accepted (it is below the group order)
///   s      32 bytes  little-endian scalar; must be canonical, s < l = 2^252 + 27742317777372353535851937790883648493
/// Parse keeps Gamma as a point and ToBytes writes its canonical encoding, as stacks-core does. So a proof whose Gamma
/// was encoded non-canonically re-encodes to different bytes; block hashes and VRF seeds use the re-encoding.
class VrfProof {
 public:
  /// In: bytes, an encoded proof. Errors, all kInvalidArgument: bytes is not 80 bytes long; Gamma does not decode to
  /// a curve point; Gamma has small order; s is not below the group order.
  static util::Result<VrfProof> Parse(util::ByteView bytes);
  /// As Parse, from 160 hex characters. Errors: kInvalidArgument for bad hex or a wrong length, or as Parse.
  static util::Result<VrfProof> FromHex(std::string_view hex);

  /// Canonical Gamma || c || s. Equal to Parse's input unless that encoded Gamma non-canonically.
  const VrfProofBytes& ToBytes() const { return m_bytes; }
  /// Lower-case hex of ToBytes().
  std::string ToHex() const;

  bool operator==(const VrfProof&) const = default;

 private:
  friend VrfProof VrfProve(const VrfPrivateKey& key, util::ByteView alpha);
  explicit VrfProof(const VrfProofBytes& bytes) : m_bytes(bytes) {}
  VrfProofBytes m_bytes;
};

/// The proof that `key` maps `alpha` (any length, may be empty) to VrfProofToHash(proof). Deterministic: the same key
/// and alpha always give the same proof. Cannot fail.
VrfProof VrfProve(const VrfPrivateKey& key, util::ByteView alpha);

/// Whether `proof` is a valid proof by the owner of `key` for `alpha`: true or false, never an error, since the types
/// already guarantee well-formed input. A false result means the proof is wrong for this key and message.
bool VrfVerify(const VrfPublicKey& key, const VrfProof& proof, util::ByteView alpha);

/// VrfVerify on raw encodings, for callers holding bytes from the wire. Returns true or false when both encodings are
/// well-formed, so a value of false means "invalid proof" and an error means "malformed input". Errors:
/// kInvalidArgument as VrfPublicKey::FromBytes or VrfProof::Parse.
util::Result<bool> VrfVerify(util::ByteView public_key, util::ByteView proof, util::ByteView alpha);

/// The draft-03 VRF output beta: SHA-512(0x03 || 0x03 || encode(8 * Gamma)). Stacks itself does not use beta; it
/// uses VrfSeedOf.
Hash512 VrfProofToHash(const VrfProof& proof);

/// Stacks' VRF seed of a proof (stacks-core VRFSeed::from_proof): SHA-512/256 of proof.ToBytes().
Hash256 VrfSeedOf(const VrfProof& proof);

}  // namespace stacks::crypto
