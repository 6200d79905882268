// BIP32 hierarchical deterministic keys: the master key of a seed, hardened and normal child derivation, paths such
// as Stacks' account key path m/44'/5757'/0'/0/0, and the 78-byte extended key payload (its base58check text form,
// "xprv..."/"xpub...", is the codec module's business).
//
// Extended key payload, 78 bytes (BIP32 "Serialization format"):
//   version             4 bytes, big-endian (e.g. XPRV_MAINNET_VERSION)
//   depth               1 byte: 0 for the master key, 1 for its children, ...
//   parent fingerprint  4 bytes, big-endian: the parent's Fingerprint(), 0 for the master key
//   child number        4 bytes, big-endian: the index this key was derived at (hardened bit included), 0 for master
//   chain code         32 bytes
//   key                33 bytes: 0x00 then the private key, or the compressed public key
//
// All functions are pure and thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "crypto/secp256k1.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::crypto {

/// Indices at or above this derive hardened children (written i' or iH).
inline constexpr uint32_t BIP32_HARDENED = 0x80000000;
/// Version bytes of the extended key payload.
inline constexpr uint32_t XPRV_MAINNET_VERSION = 0x0488ADE4;
inline constexpr uint32_t XPUB_MAINNET_VERSION = 0x0488B21E;
inline constexpr uint32_t TPRV_TESTNET_VERSION = 0x04358394;
inline constexpr uint32_t TPUB_TESTNET_VERSION = 0x043587CF;
inline constexpr size_t BIP32_PAYLOAD_SIZE = 78;
/// The depth field is one byte, so no key is deeper than this.
inline constexpr uint8_t BIP32_MAX_DEPTH = 255;

/// Parse a derivation path: "m" alone, or "m" followed by "/index" components, where index is decimal below 2^31
/// and a trailing ', h or H marks it hardened (BIP32_HARDENED is added). Example: "m/44'/5757'/0'/0/0".
/// Returns the indices in order (empty for "m").
/// Errors: kInvalidArgument, naming the bad component and its 1-based position, for a path not starting with "m",
/// an empty component (as in "m//0" or a trailing slash), a character other than digits and one final hardened
/// mark, or an index >= 2^31 before the hardened mark; kResourceExhausted for more than BIP32_MAX_DEPTH components.
util::Result<std::vector<uint32_t>> ParseDerivationPath(std::string_view path);

/// An extended public key. Invariant: chain code and key as BIP32 derives them; key is compressed.
struct ExtendedPublicKey {
  PublicKey key;
  std::array<uint8_t, 32> chain_code;
  uint8_t depth;
  uint32_t parent_fingerprint;
  uint32_t child_number;

  /// The normal (non-hardened) child at `index` (BIP32 CKDpub).
  /// Errors: kInvalidArgument for a hardened index (it needs the private key) or for the rare index whose child is
  /// invalid (BIP32 says to skip to the next index); kResourceExhausted at depth BIP32_MAX_DEPTH.
  util::Result<ExtendedPublicKey> DeriveChild(uint32_t index) const;

  /// The first 4 bytes of Hash160(compressed public key), read big-endian: the children's parent_fingerprint.
  uint32_t Fingerprint() const;

  /// The 78-byte payload (file comment) with the given version.
  util::Bytes Serialize(uint32_t version = XPUB_MAINNET_VERSION) const;
};

/// An extended private key. Invariant: key is a valid secret (1 <= key < n), as every function returning one
/// guarantees (functions that need the public key abort if a caller broke it by assigning `key`). The key and chain
/// code are zeroed when the object is destroyed.
struct ExtendedPrivateKey {
  std::array<uint8_t, 32> key{};
  std::array<uint8_t, 32> chain_code{};
  uint8_t depth = 0;
  uint32_t parent_fingerprint = 0;
  uint32_t child_number = 0;

  ExtendedPrivateKey() = default;
  ExtendedPrivateKey(const ExtendedPrivateKey&) = default;
  ExtendedPrivateKey& operator=(const ExtendedPrivateKey&) = default;
  ~ExtendedPrivateKey();

  /// The master key of a seed: HMAC-SHA512(key "Bitcoin seed", seed) split into key and chain code.
  /// In: seed: 16 to 64 bytes (BIP32's 128 to 512 bits), typically a 64-byte BIP39 seed.
  /// Errors: kInvalidArgument for another seed length, or for a seed whose key half is zero or >= n (BIP32: the
  /// master key is invalid; use another seed).
  static util::Result<ExtendedPrivateKey> FromSeed(util::ByteView seed);

  /// The child at `index` (BIP32 CKDpriv): hardened when index >= BIP32_HARDENED.
  /// Errors: kInvalidArgument for the rare index whose child is invalid (skip to the next index);
  /// kResourceExhausted at depth BIP32_MAX_DEPTH.
  util::Result<ExtendedPrivateKey> DeriveChild(uint32_t index) const;

  /// Derive each index of a path in turn, "m" standing for this key (so paths are relative to it).
  /// Errors: those of ParseDerivationPath and DeriveChild, and kResourceExhausted if the result would be deeper
  /// than BIP32_MAX_DEPTH (checked before deriving anything).
  util::Result<ExtendedPrivateKey> DerivePath(std::string_view path) const;

  /// The key as a PrivateKey with the compressed flag (as Stacks wallets use it: ToHex() ends in "01").
  PrivateKey GetPrivateKey() const;
  /// The matching extended public key (BIP32 "neuter").
  ExtendedPublicKey GetExtendedPublicKey() const;
  /// The fingerprint of the public key (see ExtendedPublicKey::Fingerprint).
  uint32_t Fingerprint() const;

  /// The 78-byte private payload (file comment). It holds the secret: zero it when done.
  util::Bytes SerializeXprv(uint32_t version = XPRV_MAINNET_VERSION) const;
  /// The 78-byte payload of GetExtendedPublicKey().
  util::Bytes SerializeXpub(uint32_t version = XPUB_MAINNET_VERSION) const;
};

}  // namespace stacks::crypto
