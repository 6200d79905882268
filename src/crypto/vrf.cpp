// ECVRF-EDWARDS25519-SHA512-TAI as stacks-core implements it; see vrf.h for the rules and quirks.
//
// Division of labour:
//   - libsodium does everything that touches a secret: SHA-512 of the seed, the public key (crypto_sign_seed_keypair),
//     x*H, k*H and k*B (constant-time ge25519 code), and arithmetic mod the group order l.
//   - The small edwards25519 implementation below does what libsodium's public API cannot: decoding arbitrary
//     32-byte strings the way curve25519-dalek does. libsodium decodes only through crypto_core_ed25519_is_valid_point
//     and its scalar multiplications, which reject non-canonical encodings, small-order points and points outside the
//     prime-order subgroup. hash_to_curve must try every hash output, and verification must accept whatever
//     stacks-core accepts (mixed-order public keys and Gamma, non-canonical y, a set sign bit on x = 0), and then
//     compute s*B - c*Y and s*H - c*Gamma on those points exactly. Only public data passes through this code, so it
//     is variable-time.
#include "crypto/vrf.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <optional>
#include <string>
#include <utility>

#include "crypto/random.h"
#include "util/hex.h"

namespace stacks::crypto {

namespace {

constexpr uint8_t SUITE = 0x03;

void EnsureSodium() {
  // sodium_init is idempotent and thread-safe; it fails only if the process cannot reach a randomness source, which
  // is an environment fault, not bad input.
  static const bool initialized = sodium_init() >= 0;
  if (!initialized) std::abort();
}

// ---------------------------------------------------------------------------------------------------------------------
// GF(p), p = 2^255 - 19, in radix 2^51: five limbs, least significant first. Invariant: every function below returns
// limbs below 2^52 and accepts any such element (FeSub relies on it: 4p's limbs exceed 2^52).

using U128 = unsigned __int128;
constexpr uint64_t MASK51 = (uint64_t{1} << 51) - 1;

struct Fe {
  uint64_t v[5];
};

constexpr uint64_t LoadLe64(const uint8_t* s) {
  uint64_t w = 0;
  for (int i = 7; i >= 0; --i) w = (w << 8) | s[i];
  return w;
}

// The low 255 bits of s, little-endian; bit 255 is ignored. Values from p to 2^255 - 1 are kept as they are, which
// is the same element as their reduction mod p: this is how non-canonical y coordinates are accepted.
constexpr Fe FeFromBytes(const uint8_t* s) {
  uint64_t w0 = LoadLe64(s), w1 = LoadLe64(s + 8), w2 = LoadLe64(s + 16), w3 = LoadLe64(s + 24);
  return Fe{{w0 & MASK51, ((w0 >> 51) | (w1 << 13)) & MASK51, ((w1 >> 38) | (w2 << 26)) & MASK51,
             ((w2 >> 25) | (w3 << 39)) & MASK51, (w3 >> 12) & MASK51}};
}

constexpr Fe FE_ZERO{{0, 0, 0, 0, 0}};
constexpr Fe FE_ONE{{1, 0, 0, 0, 0}};

Fe FeCarry(Fe a) {
  uint64_t c = a.v[0] >> 51;
  a.v[0] &= MASK51;
  a.v[1] += c;
  c = a.v[1] >> 51;
  a.v[1] &= MASK51;
  a.v[2] += c;
  c = a.v[2] >> 51;
  a.v[2] &= MASK51;
  a.v[3] += c;
  c = a.v[3] >> 51;
  a.v[3] &= MASK51;
  a.v[4] += c;
  c = a.v[4] >> 51;
  a.v[4] &= MASK51;
  a.v[0] += c * 19;
  return a;
}

Fe FeAdd(const Fe& a, const Fe& b) {
  Fe r;
  for (int i = 0; i < 5; ++i) r.v[i] = a.v[i] + b.v[i];
  return FeCarry(r);
}

// a - b computed as a + 4p - b so no limb goes negative (b's limbs are below 2^53 < 4p's).
Fe FeSub(const Fe& a, const Fe& b) {
  constexpr uint64_t FOUR_P0 = 4 * ((uint64_t{1} << 51) - 19);
  constexpr uint64_t FOUR_PI = 4 * MASK51;
  Fe r;
  r.v[0] = a.v[0] + FOUR_P0 - b.v[0];
  for (int i = 1; i < 5; ++i) r.v[i] = a.v[i] + FOUR_PI - b.v[i];
  return FeCarry(r);
}

Fe FeNeg(const Fe& a) { return FeSub(FE_ZERO, a); }

Fe FeMul(const Fe& a, const Fe& b) {
  const uint64_t *x = a.v, *y = b.v;
  const uint64_t y1_19 = 19 * y[1], y2_19 = 19 * y[2], y3_19 = 19 * y[3], y4_19 = 19 * y[4];
  U128 r0 = U128{x[0]} * y[0] + U128{x[1]} * y4_19 + U128{x[2]} * y3_19 + U128{x[3]} * y2_19 + U128{x[4]} * y1_19;
  U128 r1 = U128{x[0]} * y[1] + U128{x[1]} * y[0] + U128{x[2]} * y4_19 + U128{x[3]} * y3_19 + U128{x[4]} * y2_19;
  U128 r2 = U128{x[0]} * y[2] + U128{x[1]} * y[1] + U128{x[2]} * y[0] + U128{x[3]} * y4_19 + U128{x[4]} * y3_19;
  U128 r3 = U128{x[0]} * y[3] + U128{x[1]} * y[2] + U128{x[2]} * y[1] + U128{x[3]} * y[0] + U128{x[4]} * y4_19;
  U128 r4 = U128{x[0]} * y[4] + U128{x[1]} * y[3] + U128{x[2]} * y[2] + U128{x[3]} * y[1] + U128{x[4]} * y[0];
  r1 += r0 >> 51;
  r2 += r1 >> 51;
  r3 += r2 >> 51;
  r4 += r3 >> 51;
  U128 t0 = (r0 & MASK51) + (r4 >> 51) * 19;
  U128 t1 = (r1 & MASK51) + (t0 >> 51);
  return Fe{{static_cast<uint64_t>(t0 & MASK51), static_cast<uint64_t>(t1), static_cast<uint64_t>(r2 & MASK51),
             static_cast<uint64_t>(r3 & MASK51), static_cast<uint64_t>(r4 & MASK51)}};
}

Fe FeSq(const Fe& a) { return FeMul(a, a); }

Fe FeSqN(Fe a, int n) {
  for (int i = 0; i < n; ++i) a = FeSq(a);
  return a;
}

// The canonical little-endian encoding, fully reduced mod p.
std::array<uint8_t, 32> FeToBytes(const Fe& a) {
  Fe t = FeCarry(FeCarry(a));  // now t < 2^255 + 19 < 2p
  // q = 1 exactly when t >= p, i.e. when t + 19 carries out of bit 255.
  uint64_t q = (t.v[0] + 19) >> 51;
  for (int i = 1; i < 5; ++i) q = (t.v[i] + q) >> 51;
  t.v[0] += 19 * q;  // t - q*p = t + 19q - q*2^255; the 2^255 falls off when limb 4 is masked
  for (int i = 0; i < 4; ++i) {
    t.v[i + 1] += t.v[i] >> 51;
    t.v[i] &= MASK51;
  }
  t.v[4] &= MASK51;
  uint64_t w[4] = {t.v[0] | (t.v[1] << 51), (t.v[1] >> 13) | (t.v[2] << 38), (t.v[2] >> 26) | (t.v[3] << 25),
                   (t.v[3] >> 39) | (t.v[4] << 12)};
  std::array<uint8_t, 32> out{};
  for (int i = 0; i < 32; ++i) out[i] = static_cast<uint8_t>(w[i / 8] >> (8 * (i % 8)));
  return out;
}

bool FeEqual(const Fe& a, const Fe& b) { return FeToBytes(a) == FeToBytes(b); }
bool FeIsNegative(const Fe& a) { return (FeToBytes(a)[0] & 1) != 0; }

// Returns {z^(2^250 - 1), z^11}, the shared head of the inversion and square-root exponent chains.
std::pair<Fe, Fe> FePow2_250Minus1(const Fe& z) {
  Fe z2 = FeSq(z);
  Fe z9 = FeMul(FeSqN(z2, 2), z);
  Fe z11 = FeMul(z9, z2);
  Fe z_5_0 = FeMul(FeSq(z11), z9);  // z^(2^5 - 1)
  Fe z_10_0 = FeMul(FeSqN(z_5_0, 5), z_5_0);
  Fe z_20_0 = FeMul(FeSqN(z_10_0, 10), z_10_0);
  Fe z_40_0 = FeMul(FeSqN(z_20_0, 20), z_20_0);
  Fe z_50_0 = FeMul(FeSqN(z_40_0, 10), z_10_0);
  Fe z_100_0 = FeMul(FeSqN(z_50_0, 50), z_50_0);
  Fe z_200_0 = FeMul(FeSqN(z_100_0, 100), z_100_0);
  Fe z_250_0 = FeMul(FeSqN(z_200_0, 50), z_50_0);
  return {z_250_0, z11};
}

// z^(p - 2) = z^(2^255 - 21), the inverse of a nonzero z.
Fe FeInvert(const Fe& z) {
  auto [z_250_0, z11] = FePow2_250Minus1(z);
  return FeMul(FeSqN(z_250_0, 5), z11);
}

// z^((p - 5) / 8) = z^(2^252 - 3).
Fe FePow22523(const Fe& z) { return FeMul(FeSqN(FePow2_250Minus1(z).first, 2), z); }

constexpr std::array<uint8_t, 32> D_BYTES = {  // d = -121665 / 121666
    0xa3, 0x78, 0x59, 0x13, 0xca, 0x4d, 0xeb, 0x75, 0xab, 0xd8, 0x41, 0x41, 0x4d, 0x0a, 0x70, 0x00,
    0x98, 0xe8, 0x79, 0x77, 0x79, 0x40, 0xc7, 0x8c, 0x73, 0xfe, 0x6f, 0x2b, 0xee, 0x6c, 0x03, 0x52};
constexpr std::array<uint8_t, 32> SQRT_M1_BYTES = {  // 2^((p - 1) / 4), a square root of -1
    0xb0, 0xa0, 0x0e, 0x4a, 0x27, 0x1b, 0xee, 0xc4, 0x78, 0xe4, 0x2f, 0xad, 0x06, 0x18, 0x43, 0x2f,
    0xa7, 0xd7, 0xfb, 0x3d, 0x99, 0x00, 0x4d, 0x2b, 0x0b, 0xdf, 0xc1, 0x4f, 0x80, 0x24, 0x83, 0x2b};
constexpr std::array<uint8_t, 32> BASE_POINT_BYTES = {  // y = 4/5, x even
    0x58, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66,
    0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66};
constexpr std::array<uint8_t, 32> IDENTITY_BYTES = {1};
constexpr std::array<uint8_t, 32> GROUP_ORDER_BYTES = {  // l = 2^252 + 27742317777372353535851937790883648493
    0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10};

constexpr Fe FE_D = FeFromBytes(D_BYTES.data());
constexpr Fe FE_SQRT_M1 = FeFromBytes(SQRT_M1_BYTES.data());

// If u/v is a square, sets *x to its non-negative (even) square root and returns true; otherwise returns false.
// u = 0 gives x = 0 and true. v must be nonzero (it always is here: d*y^2 + 1 = 0 has no solution, d being a
// non-square). The method is RFC 8032 section 5.1.3's: x = u v^3 (u v^7)^((p-5)/8), fixed up by sqrt(-1).
bool FeSqrtRatio(const Fe& u, const Fe& v, Fe* x) {
  Fe v3 = FeMul(FeSq(v), v);
  Fe v7 = FeMul(FeSq(v3), v);
  Fe r = FeMul(FeMul(u, v3), FePow22523(FeMul(u, v7)));
  Fe check = FeMul(v, FeSq(r));
  if (FeEqual(check, u)) {
    // r is a root.
  } else if (FeEqual(check, FeNeg(u))) {
    r = FeMul(r, FE_SQRT_M1);
  } else {
    return false;
  }
  *x = FeIsNegative(r) ? FeNeg(r) : r;
  return true;
}

// ---------------------------------------------------------------------------------------------------------------------
// edwards25519, -x^2 + y^2 = 1 + d x^2 y^2, in extended coordinates: x = X/Z, y = Y/Z, x*y = T/Z. The addition and
// doubling formulas (RFC 8032 section 5.1.4) are complete, so they hold for every pair of points, small-order ones
// and the identity included.

struct Point {
  Fe X, Y, Z, T;
};

Point Identity() { return Point{FE_ZERO, FE_ONE, FE_ONE, FE_ZERO}; }

Point Add(const Point& p, const Point& q) {
  static const Fe d2 = FeAdd(FE_D, FE_D);
  Fe a = FeMul(FeSub(p.Y, p.X), FeSub(q.Y, q.X));
  Fe b = FeMul(FeAdd(p.Y, p.X), FeAdd(q.Y, q.X));
  Fe c = FeMul(FeMul(p.T, d2), q.T);
  Fe zz = FeMul(p.Z, q.Z);
  Fe d = FeAdd(zz, zz);
  Fe e = FeSub(b, a), f = FeSub(d, c), g = FeAdd(d, c), h = FeAdd(b, a);
  return Point{FeMul(e, f), FeMul(g, h), FeMul(f, g), FeMul(e, h)};
}

Point Double(const Point& p) {
  Fe a = FeSq(p.X);
  Fe b = FeSq(p.Y);
  Fe zz = FeSq(p.Z);
  Fe c = FeAdd(zz, zz);
  Fe h = FeAdd(a, b);
  Fe e = FeSub(h, FeSq(FeAdd(p.X, p.Y)));
  Fe g = FeSub(a, b);
  Fe f = FeAdd(c, g);
  return Point{FeMul(e, f), FeMul(g, h), FeMul(f, g), FeMul(e, h)};
}

Point Negate(const Point& p) { return Point{FeNeg(p.X), p.Y, p.Z, FeNeg(p.T)}; }

Point MulByCofactor(const Point& p) { return Double(Double(Double(p))); }

// Decoding as curve25519-dalek's CompressedEdwardsY::decompress: y is the low 255 bits taken mod p, x is the root of
// x^2 = (y^2 - 1) / (d y^2 + 1) whose parity is bit 255. Fails only when that ratio is not a square. Unlike RFC 8032,
// a non-canonical y and a set sign bit with x = 0 are accepted.
std::optional<Point> Decompress(const uint8_t* bytes) {
  Fe y = FeFromBytes(bytes);
  Fe yy = FeSq(y);
  Fe u = FeSub(yy, FE_ONE);
  Fe v = FeAdd(FeMul(yy, FE_D), FE_ONE);
  Fe x;
  if (!FeSqrtRatio(u, v, &x)) return std::nullopt;
  if ((bytes[31] >> 7) != 0) x = FeNeg(x);
  return Point{x, y, FE_ONE, FeMul(x, y)};
}

// The canonical encoding: y fully reduced, with x's parity in bit 255.
std::array<uint8_t, 32> Compress(const Point& p) {
  Fe z_inv = FeInvert(p.Z);
  std::array<uint8_t, 32> out = FeToBytes(FeMul(p.Y, z_inv));
  if (FeIsNegative(FeMul(p.X, z_inv))) out[31] |= 0x80;
  return out;
}

// Whether p is the identity (x = 0, y = 1), without the inversion Compress needs.
bool IsIdentity(const Point& p) { return FeToBytes(p.X) == FeToBytes(FE_ZERO) && FeEqual(p.Y, p.Z); }

bool IsSmallOrder(const Point& p) { return IsIdentity(MulByCofactor(p)); }

const Point& BasePoint() {
  static const Point base = *Decompress(BASE_POINT_BYTES.data());
  return base;
}

// a*p + b*q for 32-byte little-endian scalars a and b (any 256-bit values), with 4-bit fixed windows. Variable-time:
// public inputs only.
Point DoubleScalarMulVartime(const uint8_t* a, const Point& p, const uint8_t* b, const Point& q) {
  Point table_p[16], table_q[16];
  table_p[0] = table_q[0] = Identity();
  for (int i = 1; i < 16; ++i) {
    table_p[i] = Add(table_p[i - 1], p);
    table_q[i] = Add(table_q[i - 1], q);
  }
  Point r = Identity();
  for (int i = 63; i >= 0; --i) {
    r = Double(Double(Double(Double(r))));
    const int shift = (i & 1) * 4;
    if (const int n = (a[i / 2] >> shift) & 15; n != 0) r = Add(r, table_p[n]);
    if (const int n = (b[i / 2] >> shift) & 15; n != 0) r = Add(r, table_q[n]);
  }
  return r;
}

// ---------------------------------------------------------------------------------------------------------------------
// The VRF.

// Whether the 32-byte little-endian s is below the group order l.
bool IsCanonicalScalar(const uint8_t* s) {
  for (int i = 31; i >= 0; --i) {
    if (s[i] != GROUP_ORDER_BYTES[i]) return s[i] < GROUP_ORDER_BYTES[i];
  }
  return false;  // s == l
}

// Try-and-increment hash_to_curve (see vrf.h for the counter-encoding quirk), times the cofactor. Each attempt
// decodes with probability about 1/2, so this ends after two tries on average; the draft's 1-byte counter and the
// reference's 64-bit cap are both far out of reach.
Point HashToCurve(const VrfPublicKeyBytes& public_key, util::ByteView alpha) {
  crypto_hash_sha512_state prefix;
  crypto_hash_sha512_init(&prefix);
  const uint8_t head[2] = {SUITE, 0x01};
  crypto_hash_sha512_update(&prefix, head, sizeof head);
  crypto_hash_sha512_update(&prefix, public_key.data(), public_key.size());
  crypto_hash_sha512_update(&prefix, alpha.data(), alpha.size());
  for (uint64_t ctr = 0;; ++ctr) {
    uint8_t ctr_bytes[8];
    size_t ctr_len = 0;
    if (ctr == 0) {
      ctr_bytes[ctr_len++] = 0x00;
    } else {
      for (int i = 0; i < 8; ++i) {
        if (ctr > (uint64_t{1} << (8 * i))) ctr_bytes[ctr_len++] = static_cast<uint8_t>(ctr >> (8 * i));
      }
    }
    crypto_hash_sha512_state state = prefix;
    crypto_hash_sha512_update(&state, ctr_bytes, ctr_len);
    uint8_t digest[crypto_hash_sha512_BYTES];
    crypto_hash_sha512_final(&state, digest);
    if (std::optional<Point> p = Decompress(digest)) return MulByCofactor(*p);
  }
}

// SHA-512(0x03 || 0x02 || h || gamma || u || v)[0..16], all four canonical encodings.
std::array<uint8_t, 16> HashPoints(const std::array<uint8_t, 32>& h, const std::array<uint8_t, 32>& gamma,
                                   const std::array<uint8_t, 32>& u, const std::array<uint8_t, 32>& v) {
  crypto_hash_sha512_state state;
  crypto_hash_sha512_init(&state);
  const uint8_t head[2] = {SUITE, 0x02};
  crypto_hash_sha512_update(&state, head, sizeof head);
  for (const auto* p : {&h, &gamma, &u, &v}) crypto_hash_sha512_update(&state, p->data(), p->size());
  uint8_t digest[crypto_hash_sha512_BYTES];
  crypto_hash_sha512_final(&state, digest);
  std::array<uint8_t, 16> out;
  std::copy(digest, digest + 16, out.begin());
  return out;
}

// scalar * point for a secret scalar < l and a point in the prime-order subgroup, in libsodium's constant-time code.
// libsodium refuses the identity as input and as output; in both cases the product is the identity.
std::array<uint8_t, 32> SecretScalarMul(const std::array<uint8_t, 32>& scalar, const std::array<uint8_t, 32>& point) {
  std::array<uint8_t, 32> out;
  if (crypto_scalarmult_ed25519_noclamp(out.data(), scalar.data(), point.data()) != 0) out = IDENTITY_BYTES;
  return out;
}

std::array<uint8_t, 32> SecretScalarMulBase(const std::array<uint8_t, 32>& scalar) {
  std::array<uint8_t, 32> out;
  if (crypto_scalarmult_ed25519_base_noclamp(out.data(), scalar.data()) != 0) out = IDENTITY_BYTES;
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------------------------------------------------

util::Result<VrfPublicKey> VrfPublicKey::FromBytes(util::ByteView bytes) {
  if (bytes.size() != VRF_PUBLIC_KEY_SIZE) {
    return util::InvalidArgument("VRF public key must be 32 bytes, got " + std::to_string(bytes.size()));
  }
  if (!Decompress(bytes.data())) return util::InvalidArgument("VRF public key is not a point on edwards25519");
  return VrfPublicKey(util::ToArray<VRF_PUBLIC_KEY_SIZE>(bytes));
}

util::Result<VrfPublicKey> VrfPublicKey::FromHex(std::string_view hex) {
  STACKS_TRY(util::Bytes bytes, util::FromHexExact(hex, VRF_PUBLIC_KEY_SIZE));
  return FromBytes(bytes);
}

std::string VrfPublicKey::ToHex() const { return util::ToHex(m_bytes); }

util::Result<VrfPrivateKey> VrfPrivateKey::FromBytes(util::ByteView seed) {
  if (seed.size() != VRF_PRIVATE_KEY_SIZE) {
    return util::InvalidArgument("VRF private key must be a 32-byte seed, got " + std::to_string(seed.size()) +
                                 " bytes");
  }
  EnsureSodium();
  uint8_t h[crypto_hash_sha512_BYTES];
  crypto_hash_sha512(h, seed.data(), seed.size());
  h[0] &= 248;
  h[31] &= 127;
  h[31] |= 64;
  uint8_t wide[64] = {};
  std::copy(h, h + 32, wide);
  std::array<uint8_t, 32> scalar, nonce_key;
  crypto_core_ed25519_scalar_reduce(scalar.data(), wide);
  std::copy(h + 32, h + 64, nonce_key.begin());

  VrfPublicKeyBytes public_key;
  uint8_t expanded[crypto_sign_SECRETKEYBYTES];
  crypto_sign_seed_keypair(public_key.data(), expanded, seed.data());

  VrfPrivateKey key(util::ToArray<32>(seed), scalar, nonce_key, VrfPublicKey(public_key));
  util::SecureZero(h, sizeof h);
  util::SecureZero(wide, sizeof wide);
  util::SecureZero(expanded, sizeof expanded);
  util::SecureZero(scalar.data(), scalar.size());
  util::SecureZero(nonce_key.data(), nonce_key.size());
  return key;
}

util::Result<VrfPrivateKey> VrfPrivateKey::FromHex(std::string_view hex) {
  STACKS_TRY(util::Bytes bytes, util::FromHexExact(hex, VRF_PRIVATE_KEY_SIZE));
  auto key = FromBytes(bytes);
  util::SecureZero(bytes.data(), bytes.size());
  return key;
}

VrfPrivateKey VrfPrivateKey::Generate() {
  std::array<uint8_t, VRF_PRIVATE_KEY_SIZE> seed;
  GetRandomBytes(seed);
  VrfPrivateKey key = FromBytes(seed).value();  // any 32 bytes are a valid seed
  util::SecureZero(seed.data(), seed.size());
  return key;
}

VrfPrivateKey::~VrfPrivateKey() {
  util::SecureZero(m_seed.data(), m_seed.size());
  util::SecureZero(m_scalar.data(), m_scalar.size());
  util::SecureZero(m_nonce_key.data(), m_nonce_key.size());
}

std::string VrfPrivateKey::ToHex() const { return util::ToHex(m_seed); }

util::Result<VrfProof> VrfProof::Parse(util::ByteView bytes) {
  if (bytes.size() != VRF_PROOF_SIZE) {
    return util::InvalidArgument("VRF proof must be 80 bytes, got " + std::to_string(bytes.size()));
  }
  std::optional<Point> gamma = Decompress(bytes.data());
  if (!gamma) return util::InvalidArgument("VRF proof Gamma is not a point on edwards25519");
  if (IsSmallOrder(*gamma)) return util::InvalidArgument("VRF proof Gamma has small order");
  if (!IsCanonicalScalar(bytes.data() + 48)) return util::InvalidArgument("VRF proof s is not below the group order");
  VrfProofBytes out;
  const std::array<uint8_t, 32> gamma_bytes = Compress(*gamma);
  std::copy(gamma_bytes.begin(), gamma_bytes.end(), out.begin());
  std::copy(bytes.begin() + 32, bytes.end(), out.begin() + 32);
  return VrfProof(out);
}

util::Result<VrfProof> VrfProof::FromHex(std::string_view hex) {
  STACKS_TRY(util::Bytes bytes, util::FromHexExact(hex, VRF_PROOF_SIZE));
  return Parse(bytes);
}

std::string VrfProof::ToHex() const { return util::ToHex(m_bytes); }

VrfProof VrfProve(const VrfPrivateKey& key, util::ByteView alpha) {
  EnsureSodium();
  const std::array<uint8_t, 32> h = Compress(HashToCurve(key.public_key().ToBytes(), alpha));
  const std::array<uint8_t, 32> gamma = SecretScalarMul(key.m_scalar, h);

  // Nonce k = SHA-512(nonce_key || h) mod l (RFC 8032 section 5.1.6 step 2).
  uint8_t k_wide[crypto_hash_sha512_BYTES];
  crypto_hash_sha512_state state;
  crypto_hash_sha512_init(&state);
  crypto_hash_sha512_update(&state, key.m_nonce_key.data(), key.m_nonce_key.size());
  crypto_hash_sha512_update(&state, h.data(), h.size());
  crypto_hash_sha512_final(&state, k_wide);
  std::array<uint8_t, 32> k;
  crypto_core_ed25519_scalar_reduce(k.data(), k_wide);

  const std::array<uint8_t, 16> c = HashPoints(h, gamma, SecretScalarMulBase(k), SecretScalarMul(k, h));

  // s = k + c*x mod l.
  std::array<uint8_t, 32> c_scalar{}, cx, s;
  std::copy(c.begin(), c.end(), c_scalar.begin());
  crypto_core_ed25519_scalar_mul(cx.data(), c_scalar.data(), key.m_scalar.data());
  crypto_core_ed25519_scalar_add(s.data(), k.data(), cx.data());

  VrfProofBytes out;
  std::copy(gamma.begin(), gamma.end(), out.begin());
  std::copy(c.begin(), c.end(), out.begin() + 32);
  std::copy(s.begin(), s.end(), out.begin() + 48);
  util::SecureZero(k_wide, sizeof k_wide);
  util::SecureZero(&state, sizeof state);
  util::SecureZero(k.data(), k.size());
  util::SecureZero(cx.data(), cx.size());
  return VrfProof(out);
}

bool VrfVerify(const VrfPublicKey& key, const VrfProof& proof, util::ByteView alpha) {
  EnsureSodium();
  // Both decodings succeed: the types were built from bytes that decode, and Gamma is stored canonically.
  const VrfProofBytes& pi = proof.ToBytes();
  std::optional<Point> y = Decompress(key.ToBytes().data());
  std::optional<Point> gamma = Decompress(pi.data());
  if (!y || !gamma) return false;

  const Point h = HashToCurve(key.ToBytes(), alpha);
  std::array<uint8_t, 32> c_scalar{};
  std::copy(pi.begin() + 32, pi.begin() + 48, c_scalar.begin());
  const uint8_t* s = pi.data() + 48;

  // U = s*B - c*Y, V = s*H - c*Gamma.
  const Point u = DoubleScalarMulVartime(s, BasePoint(), c_scalar.data(), Negate(*y));
  const Point v = DoubleScalarMulVartime(s, h, c_scalar.data(), Negate(*gamma));
  std::array<uint8_t, 32> gamma_bytes;
  std::copy(pi.begin(), pi.begin() + 32, gamma_bytes.begin());
  const std::array<uint8_t, 16> c_prime = HashPoints(Compress(h), gamma_bytes, Compress(u), Compress(v));
  return sodium_memcmp(c_prime.data(), pi.data() + 32, c_prime.size()) == 0;
}

util::Result<bool> VrfVerify(util::ByteView public_key, util::ByteView proof, util::ByteView alpha) {
  STACKS_TRY(VrfPublicKey key, VrfPublicKey::FromBytes(public_key));
  STACKS_TRY(VrfProof parsed, VrfProof::Parse(proof));
  return VrfVerify(key, parsed, alpha);
}

Hash512 VrfProofToHash(const VrfProof& proof) {
  EnsureSodium();
  std::optional<Point> gamma = Decompress(proof.ToBytes().data());
  const std::array<uint8_t, 32> gamma8 = Compress(MulByCofactor(gamma ? *gamma : Identity()));
  crypto_hash_sha512_state state;
  crypto_hash_sha512_init(&state);
  const uint8_t head[2] = {SUITE, 0x03};
  crypto_hash_sha512_update(&state, head, sizeof head);
  crypto_hash_sha512_update(&state, gamma8.data(), gamma8.size());
  Hash512 out;
  crypto_hash_sha512_final(&state, out.data());
  return out;
}

Hash256 VrfSeedOf(const VrfProof& proof) { return Sha512_256(proof.ToBytes()); }

}  // namespace stacks::crypto
