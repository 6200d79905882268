#include "crypto/secp256k1.h"

#include <secp256k1.h>
#include <secp256k1_recovery.h>

#include <algorithm>
#include <cstdlib>

#include "crypto/random.h"
#include "util/hex.h"

namespace stacks::crypto {

namespace {

// The group order n and n/2 (rounded down), big-endian.
constexpr std::array<uint8_t, 32> CURVE_ORDER = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                                                 0xff, 0xff, 0xff, 0xff, 0xfe, 0xba, 0xae, 0xdc, 0xe6, 0xaf, 0x48,
                                                 0xa0, 0x3b, 0xbf, 0xd2, 0x5e, 0x8c, 0xd0, 0x36, 0x41, 0x41};
constexpr std::array<uint8_t, 32> HALF_CURVE_ORDER = {0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                                                      0xff, 0xff, 0xff, 0xff, 0xff, 0x5d, 0x57, 0x6e, 0x73, 0x57, 0xa4,
                                                      0x50, 0x1d, 0xdf, 0xe9, 0x2f, 0x46, 0x68, 0x1b, 0x20, 0xa0};

// The shared context: created and randomised (blinding against side channels) once, read-only afterwards, which
// libsecp256k1 documents as safe to use from many threads. Deliberately never destroyed.
const secp256k1_context* Context() {
  static const secp256k1_context* const ctx = [] {
    secp256k1_context* c = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
    if (c == nullptr) std::abort();
    std::array<uint8_t, 32> seed;
    GetRandomBytes(seed);
    if (secp256k1_context_randomize(c, seed.data()) != 1) std::abort();
    util::SecureZero(seed.data(), seed.size());
    return c;
  }();
  return ctx;
}

bool IsZero(std::span<const uint8_t> bytes) {
  uint8_t acc = 0;
  for (uint8_t b : bytes) acc |= b;
  return acc == 0;
}

// Big-endian a >= b. Not constant time: used on public data or after a failure.
bool GreaterOrEqual(std::span<const uint8_t, 32> a, const std::array<uint8_t, 32>& b) {
  return !std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end());
}

std::string ByteHex(uint8_t b) { return "0x" + util::ToHex(util::ByteView(&b, 1)); }

}  // namespace

// Moves keys between PublicKey and libsecp256k1's opaque form.
struct Secp256k1Access {
  static PublicKey FromLib(const secp256k1_pubkey& key, bool compressed) {
    std::array<uint8_t, 65> out;
    size_t len = out.size();
    if (secp256k1_ec_pubkey_serialize(Context(), out.data(), &len, &key, SECP256K1_EC_UNCOMPRESSED) != 1 ||
        len != out.size()) {
      std::abort();
    }
    return PublicKey(out, compressed);
  }
  static secp256k1_pubkey ToLib(const PublicKey& key) {
    secp256k1_pubkey out;
    // m_uncompressed is always a valid point, so this cannot fail.
    if (secp256k1_ec_pubkey_parse(Context(), &out, key.m_uncompressed.data(), key.m_uncompressed.size()) != 1) {
      std::abort();
    }
    return out;
  }
};

// ---- PrivateKey ----

util::Result<PrivateKey> PrivateKey::FromBytes(util::ByteView bytes) {
  if (bytes.size() != 32 && bytes.size() != 33) {
    return util::InvalidArgument("private key must be 32 or 33 bytes, got " + std::to_string(bytes.size()));
  }
  bool compressed = bytes.size() == 33;
  if (compressed && bytes[32] != 0x01) {
    return util::InvalidArgument("33-byte private key must end in the compression marker 0x01, got " +
                                 ByteHex(bytes[32]));
  }
  std::array<uint8_t, 32> secret;
  std::copy_n(bytes.begin(), 32, secret.begin());
  if (secp256k1_ec_seckey_verify(Context(), secret.data()) != 1) {
    bool zero = IsZero(secret);
    util::SecureZero(secret.data(), secret.size());
    return util::InvalidArgument(zero ? "private key is zero" : "private key is not below the curve order");
  }
  PrivateKey key(secret, compressed);
  util::SecureZero(secret.data(), secret.size());
  return key;
}

util::Result<PrivateKey> PrivateKey::FromHex(std::string_view hex) {
  STACKS_TRY(util::Bytes bytes, util::FromHex(hex));
  auto key = FromBytes(bytes);
  util::SecureZero(bytes.data(), bytes.size());
  return key;
}

PrivateKey PrivateKey::Generate(bool compressed) {
  std::array<uint8_t, 32> secret;
  do {
    GetRandomBytes(secret);
  } while (secp256k1_ec_seckey_verify(Context(), secret.data()) != 1);
  PrivateKey key(secret, compressed);
  util::SecureZero(secret.data(), secret.size());
  return key;
}

PrivateKey::~PrivateKey() { util::SecureZero(m_secret.data(), m_secret.size()); }

util::Bytes PrivateKey::ToBytes() const {
  util::Bytes out(m_secret.begin(), m_secret.end());
  if (m_compressed) out.push_back(0x01);
  return out;
}

std::string PrivateKey::ToHex() const {
  util::Bytes bytes = ToBytes();
  std::string hex = util::ToHex(bytes);
  util::SecureZero(bytes.data(), bytes.size());
  return hex;
}

PublicKey PrivateKey::GetPublicKey() const {
  secp256k1_pubkey key;
  if (secp256k1_ec_pubkey_create(Context(), &key, m_secret.data()) != 1) std::abort();  // m_secret is valid
  return Secp256k1Access::FromLib(key, m_compressed);
}

util::Result<PrivateKey> PrivateKey::TweakAdd(std::span<const uint8_t, 32> tweak) const {
  std::array<uint8_t, 32> sum = m_secret;
  if (secp256k1_ec_seckey_tweak_add(Context(), sum.data(), tweak.data()) != 1) {
    util::SecureZero(sum.data(), sum.size());
    if (GreaterOrEqual(tweak, CURVE_ORDER)) return util::InvalidArgument("tweak is not below the curve order");
    return util::InvalidArgument("tweaked private key is zero");
  }
  PrivateKey key(sum, m_compressed);
  util::SecureZero(sum.data(), sum.size());
  return key;
}

bool PrivateKey::operator==(const PrivateKey& other) const {
  uint8_t diff = 0;
  for (size_t i = 0; i < m_secret.size(); ++i) diff |= m_secret[i] ^ other.m_secret[i];
  return diff == 0 && m_compressed == other.m_compressed;
}

// ---- PublicKey ----

util::Result<PublicKey> PublicKey::Parse(util::ByteView bytes) {
  bool compressed;
  if (bytes.size() == 33) {
    if (bytes[0] != 0x02 && bytes[0] != 0x03) {
      return util::InvalidArgument("33-byte public key must start with 0x02 or 0x03, got " + ByteHex(bytes[0]));
    }
    compressed = true;
  } else if (bytes.size() == 65) {
    if (bytes[0] != 0x04) {
      return util::InvalidArgument("65-byte public key must start with 0x04, got " + ByteHex(bytes[0]));
    }
    compressed = false;
  } else {
    return util::InvalidArgument("public key must be 33 or 65 bytes, got " + std::to_string(bytes.size()));
  }
  secp256k1_pubkey key;
  if (secp256k1_ec_pubkey_parse(Context(), &key, bytes.data(), bytes.size()) != 1) {
    return util::InvalidArgument("public key is not a point on secp256k1");
  }
  return Secp256k1Access::FromLib(key, compressed);
}

util::Result<PublicKey> PublicKey::FromHex(std::string_view hex) {
  STACKS_TRY(util::Bytes bytes, util::FromHex(hex));
  return Parse(bytes);
}

util::Bytes PublicKey::Serialize() const { return m_compressed ? SerializeCompressed() : SerializeUncompressed(); }

util::Bytes PublicKey::SerializeCompressed() const {
  util::Bytes out(33);
  out[0] = static_cast<uint8_t>(0x02 | (m_uncompressed[64] & 1));
  std::copy_n(m_uncompressed.begin() + 1, 32, out.begin() + 1);
  return out;
}

util::Bytes PublicKey::SerializeUncompressed() const { return {m_uncompressed.begin(), m_uncompressed.end()}; }

std::string PublicKey::ToHex() const { return util::ToHex(Serialize()); }

PublicKey PublicKey::WithCompressed(bool compressed) const { return PublicKey(m_uncompressed, compressed); }

util::Result<PublicKey> PublicKey::TweakAdd(std::span<const uint8_t, 32> tweak) const {
  secp256k1_pubkey key = Secp256k1Access::ToLib(*this);
  if (secp256k1_ec_pubkey_tweak_add(Context(), &key, tweak.data()) != 1) {
    if (GreaterOrEqual(tweak, CURVE_ORDER)) return util::InvalidArgument("tweak is not below the curve order");
    return util::InvalidArgument("tweaked public key is the point at infinity");
  }
  return Secp256k1Access::FromLib(key, m_compressed);
}

// ---- Signatures ----

RecoverableSignature SignRecoverable(const PrivateKey& key, const Hash256& message_hash) {
  const secp256k1_context* ctx = Context();
  secp256k1_ecdsa_recoverable_signature sig;
  // A null nonce function selects RFC 6979; libsecp256k1 always produces low S.
  if (secp256k1_ecdsa_sign_recoverable(ctx, &sig, message_hash.data(), key.secret().data(), nullptr, nullptr) != 1) {
    std::abort();  // only possible for an invalid secret, which PrivateKey never holds
  }
  RecoverableSignature out;
  int recovery_id = 0;
  secp256k1_ecdsa_recoverable_signature_serialize_compact(ctx, out.data() + 1, &recovery_id, &sig);
  out[0] = static_cast<uint8_t>(recovery_id);
  return out;
}

namespace {

util::Result<PublicKey> Recover(const Hash256& message_hash, const RecoverableSignature& signature, bool compressed,
                                bool enforce_low_s) {
  const secp256k1_context* ctx = Context();
  // libsecp256k1 aborts on a recovery id outside 0-3, so check it first.
  if (signature[0] > 3) return util::InvalidArgument("recovery id " + std::to_string(signature[0]) + " is not 0-3");
  secp256k1_ecdsa_recoverable_signature sig;
  if (secp256k1_ecdsa_recoverable_signature_parse_compact(ctx, &sig, signature.data() + 1, signature[0]) != 1) {
    return util::InvalidArgument("signature r or s is not below the curve order");
  }
  std::span<const uint8_t, 64> compact_rs(signature.data() + 1, 64);
  if (enforce_low_s && !IsLowS(compact_rs)) return util::InvalidArgument("signature has high S (s > n/2)");
  secp256k1_pubkey key;
  if (secp256k1_ecdsa_recover(ctx, &key, &sig, message_hash.data()) != 1) {
    return util::InvalidArgument("no public key is recoverable from the signature");
  }
  return Secp256k1Access::FromLib(key, compressed);
}

}  // namespace

util::Result<PublicKey> RecoverPublicKey(const Hash256& message_hash, const RecoverableSignature& signature,
                                         bool compressed) {
  return Recover(message_hash, signature, compressed, /*enforce_low_s=*/true);
}

util::Result<PublicKey> RecoverPublicKeyAllowHighS(const Hash256& message_hash, const RecoverableSignature& signature,
                                                   bool compressed) {
  return Recover(message_hash, signature, compressed, /*enforce_low_s=*/false);
}

bool Verify(const PublicKey& key, const Hash256& message_hash, std::span<const uint8_t, 64> compact_rs) {
  const secp256k1_context* ctx = Context();
  secp256k1_ecdsa_signature sig;
  if (secp256k1_ecdsa_signature_parse_compact(ctx, &sig, compact_rs.data()) != 1) return false;
  // secp256k1_ecdsa_verify refuses high S itself; the explicit check documents the rule.
  if (!IsLowS(compact_rs)) return false;
  secp256k1_pubkey lib_key = Secp256k1Access::ToLib(key);
  return secp256k1_ecdsa_verify(ctx, &sig, message_hash.data(), &lib_key) == 1;
}

bool IsLowS(std::span<const uint8_t, 64> compact_rs) {
  auto s = compact_rs.subspan<32, 32>();
  return !std::lexicographical_compare(HALF_CURVE_ORDER.begin(), HALF_CURVE_ORDER.end(), s.begin(), s.end());
}

RsvSignature VrsToRsv(const RecoverableSignature& vrs) {
  RsvSignature rsv;
  std::copy_n(vrs.begin() + 1, 64, rsv.begin());
  rsv[64] = vrs[0];
  return rsv;
}

RecoverableSignature RsvToVrs(const RsvSignature& rsv) {
  RecoverableSignature vrs;
  vrs[0] = rsv[64];
  std::copy_n(rsv.begin(), 64, vrs.begin() + 1);
  return vrs;
}

}  // namespace stacks::crypto
