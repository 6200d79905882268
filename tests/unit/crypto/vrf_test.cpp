#include "crypto/vrf.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "crypto/hash.h"
#include "test_util.h"
#include "util/hex.h"

namespace stacks::crypto {
namespace {

using util::AsBytes;
using util::Bytes;
using util::ErrorCode;

const nlohmann::json& Vectors() {
  static const nlohmann::json vectors = [] { return testing::LoadTestData("vrf_vectors.json"); }();
  return vectors;
}

Bytes Hex(std::string_view text) {
  auto bytes = util::FromHex(text);
  if (!bytes) ADD_FAILURE() << "bad hex in test: " << text;
  return bytes ? *bytes : Bytes{};
}

// Asserts that `r` failed with kInvalidArgument and a message naming `reason` ("" for any message).
template <typename T, typename Context = std::string_view>
void ExpectInvalidArgument(const util::Result<T>& r, std::string_view reason, const Context& context = "") {
  ASSERT_FALSE(r) << context;
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument) << context;
  EXPECT_NE(r.error().message.find(reason), std::string::npos) << r.error().message << " / " << context;
}

VrfPrivateKey Key(std::string_view seed_hex) { return VrfPrivateKey::FromHex(seed_hex).value(); }

// Draft example 1's key and proof, used as a known-good base for the error tests.
constexpr std::string_view SK1 = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
constexpr std::string_view PK1 = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
constexpr std::string_view PI1 =
    "9275df67a68c8745c0ff97b48201ee6db447f7c93b23ae24cdc2400f52fdb08a1a6ac7ec71bf9c9c76e96ee4675ebff60625af28718501047b"
    "fd87b810c2d2139b73c23bd69de66360953a642c2a330a";

// Edwards points of small order (8 * P = identity), canonically encoded.
constexpr std::string_view IDENTITY = "0100000000000000000000000000000000000000000000000000000000000000";
constexpr std::string_view ORDER_2 = "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f";
constexpr std::string_view ORDER_4 = "0000000000000000000000000000000000000000000000000000000000000000";
constexpr std::string_view ORDER_8 = "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05";
// y = p + 3, the non-canonical encoding of a point of large order whose canonical encoding is 03 00 .. 00.
constexpr std::string_view NON_CANONICAL_Y3 = "f0ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f";
// The group order l, little-endian.
constexpr std::string_view GROUP_ORDER = "edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010";

Bytes WithGamma(std::string_view proof_hex, std::string_view gamma_hex) {
  Bytes pi = Hex(proof_hex);
  Bytes gamma = Hex(gamma_hex);
  std::copy(gamma.begin(), gamma.end(), pi.begin());
  return pi;
}

Bytes WithS(std::string_view proof_hex, std::string_view s_hex) {
  Bytes pi = Hex(proof_hex);
  Bytes s = Hex(s_hex);
  std::copy(s.begin(), s.end(), pi.begin() + 48);
  return pi;
}

// ---- Published and reference vectors ----

TEST(VrfTest, DraftVectorsProveVerifyAndHash) {
  for (const auto& v : Vectors()["draft03"]["vectors"]) {
    SCOPED_TRACE(v["sk"].get<std::string>());
    VrfPrivateKey sk = Key(v["sk"].get<std::string>());
    EXPECT_EQ(sk.public_key().ToHex(), v["pk"].get<std::string>());
    Bytes alpha = Hex(v["alpha"].get<std::string>());
    VrfProof proof = VrfProve(sk, alpha);
    EXPECT_EQ(proof.ToHex(), v["pi"].get<std::string>());
    EXPECT_TRUE(VrfVerify(sk.public_key(), proof, alpha));
    EXPECT_EQ(util::ToHex(VrfProofToHash(proof)), v["beta"].get<std::string>());

    // Verification from the published encodings alone.
    auto ok = VrfVerify(Hex(v["pk"].get<std::string>()), Hex(v["pi"].get<std::string>()), alpha);
    ASSERT_TRUE(ok);
    EXPECT_TRUE(*ok);
  }
}

TEST(VrfTest, CounterQuirkVectors) {
  for (const auto& v : Vectors()["counter_quirk"]["vectors"]) {
    SCOPED_TRACE(v["alpha"].get<std::string>());
    VrfPrivateKey sk = Key(v["sk"].get<std::string>());
    Bytes alpha = Hex(v["alpha"].get<std::string>());
    VrfProof proof = VrfProve(sk, alpha);
    EXPECT_EQ(proof.ToHex(), v["pi"].get<std::string>());
    EXPECT_TRUE(VrfVerify(sk.public_key(), proof, alpha));
    EXPECT_EQ(util::ToHex(VrfProofToHash(proof)), v["beta"].get<std::string>());
  }
}

TEST(VrfTest, CounterOneAppendsNoByte) {
  // The ctr=1 attempt for "af82 00" hashes the same bytes as the (successful) ctr=0 attempt for "af82", so both
  // messages map to the same H and get the same proof. With the draft's counter byte they would differ.
  VrfPrivateKey sk = Key("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb");
  EXPECT_EQ(VrfProve(sk, Hex("af82")), VrfProve(sk, Hex("af8200")));
  // Control: for "72" the ctr=0 attempt of "72 00" succeeds on its own, so the proofs differ.
  EXPECT_NE(VrfProve(sk, Hex("72")), VrfProve(sk, Hex("7200")));
}

TEST(VrfTest, ReferenceProofCodecFixtures) {
  for (const auto& v : Vectors()["proof_codec"]["vectors"]) {
    const std::string hex = v["proof"].get<std::string>();
    SCOPED_TRACE(hex);
    auto proof = VrfProof::Parse(Hex(hex));
    if (v["valid"].get<bool>()) {
      ASSERT_TRUE(proof) << proof.error().ToString();
      EXPECT_EQ(proof->ToHex(), hex);
    } else {
      ASSERT_FALSE(proof);
      EXPECT_EQ(proof.error().code, ErrorCode::kInvalidArgument);
    }
  }
}

TEST(VrfTest, ReferencePublicKeyFixtures) {
  for (const auto& v : Vectors()["public_keys"]["vectors"]) {
    const std::string hex = v["key"].get<std::string>();
    SCOPED_TRACE(hex);
    auto key = VrfPublicKey::FromHex(hex);
    if (v["valid"].get<bool>()) {
      ASSERT_TRUE(key) << key.error().ToString();
      EXPECT_EQ(key->ToHex(), hex);
    } else {
      ASSERT_FALSE(key);
      EXPECT_EQ(key.error().code, ErrorCode::kInvalidArgument);
    }
  }
}

// ---- Round trips ----

TEST(VrfTest, GeneratedKeysRoundTrip) {
  for (int i = 0; i < 16; ++i) {
    VrfPrivateKey sk = VrfPrivateKey::Generate();
    Bytes alpha(static_cast<size_t>(i) * 67, static_cast<uint8_t>(i));
    VrfProof proof = VrfProve(sk, alpha);
    EXPECT_TRUE(VrfVerify(sk.public_key(), proof, alpha));
    auto reparsed = VrfProof::Parse(proof.ToBytes());
    ASSERT_TRUE(reparsed);
    EXPECT_EQ(*reparsed, proof);
    auto key_again = VrfPrivateKey::FromBytes(sk.ToBytes());
    ASSERT_TRUE(key_again);
    EXPECT_EQ(key_again->public_key(), sk.public_key());
  }
}

TEST(VrfTest, GenerateGivesDistinctKeys) {
  EXPECT_NE(VrfPrivateKey::Generate().ToHex(), VrfPrivateKey::Generate().ToHex());
}

TEST(VrfTest, ProveIsDeterministic) {
  VrfPrivateKey sk = Key(SK1);
  EXPECT_EQ(VrfProve(sk, AsBytes("stacks")), VrfProve(sk, AsBytes("stacks")));
  EXPECT_NE(VrfProve(sk, AsBytes("stacks")), VrfProve(sk, AsBytes("stackS")));
}

TEST(VrfTest, PrivateKeyHexRoundTrip) {
  VrfPrivateKey sk = Key(SK1);
  EXPECT_EQ(sk.ToHex(), SK1);
  EXPECT_EQ(util::ToHex(sk.ToBytes()), SK1);
  auto copy = sk;
  EXPECT_EQ(copy.ToHex(), SK1);
  EXPECT_EQ(copy.public_key().ToHex(), PK1);
}

TEST(VrfTest, SeedIsSha512_256OfProofBytes) {
  VrfProof proof = VrfProof::FromHex(PI1).value();
  EXPECT_EQ(VrfSeedOf(proof), Sha512_256(Hex(PI1)));
}

// ---- Verification failures (well-formed input, wrong proof) ----

TEST(VrfTest, VerifyFailsForWrongMessage) {
  VrfPrivateKey sk = Key(SK1);
  VrfProof proof = VrfProve(sk, AsBytes("message"));
  EXPECT_FALSE(VrfVerify(sk.public_key(), proof, AsBytes("messagf")));
  EXPECT_FALSE(VrfVerify(sk.public_key(), proof, AsBytes("")));
  EXPECT_FALSE(VrfVerify(sk.public_key(), proof, AsBytes(std::string_view("message\0", 8))));
}

TEST(VrfTest, VerifyFailsForWrongKey) {
  VrfPrivateKey sk = Key(SK1);
  VrfPrivateKey other = Key("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb");
  VrfProof proof = VrfProve(sk, AsBytes("message"));
  EXPECT_FALSE(VrfVerify(other.public_key(), proof, AsBytes("message")));
}

TEST(VrfTest, VerifyFailsForSmallOrderPublicKey) {
  VrfProof proof = VrfProof::FromHex(PI1).value();
  for (std::string_view key_hex : {IDENTITY, ORDER_2, ORDER_4, ORDER_8}) {
    auto key = VrfPublicKey::FromHex(key_hex);
    ASSERT_TRUE(key) << key_hex;
    EXPECT_FALSE(VrfVerify(*key, proof, {}));
  }
}

// Flip each bit of one part of draft example 1's proof: the result is either rejected by Parse as malformed
// (kInvalidArgument) or parses and fails to verify. Returns how many flips parsed.
int FlipBitsAndCheck(size_t begin, size_t end) {
  const VrfPublicKey key = VrfPublicKey::FromHex(PK1).value();
  int parsed = 0;
  for (size_t bit = begin * 8; bit < end * 8; ++bit) {
    Bytes pi = Hex(PI1);
    pi[bit / 8] ^= static_cast<uint8_t>(1u << (bit % 8));
    auto result = VrfVerify(key.ToBytes(), pi, {});
    if (result) {
      ++parsed;
      EXPECT_FALSE(*result) << "bit " << bit;
    } else {
      EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument) << "bit " << bit;
    }
  }
  return parsed;
}

TEST(VrfTest, FlippedGammaBitIsRejectedOrFailsVerification) {
  // 131 of the 256 flips still decode to a point of large order (count from an independent model).
  EXPECT_EQ(FlipBitsAndCheck(0, 32), 131);
}

TEST(VrfTest, FlippedCBitFailsVerification) { EXPECT_EQ(FlipBitsAndCheck(32, 48), 16 * 8); }

TEST(VrfTest, FlippedSBitIsRejectedOrFailsVerification) {
  // This s is below 2^252, so setting any of bits 252..255 puts it at or above l: those four flips are rejected.
  EXPECT_EQ(FlipBitsAndCheck(48, 80), 32 * 8 - 4);
}

TEST(VrfTest, MixedOrderGammaParsesButFailsVerification) {
  // Gamma' = Gamma + T with T = ORDER_8 (the sum computed by an independent model): 8 * Gamma' = 8 * Gamma, so
  // Parse accepts it as stacks-core does, and the draft's beta is unchanged; but V changes, so it fails to verify.
  auto proof = VrfProof::Parse(WithGamma(PI1, "a818e080dfac3c5bb711e0df5bbc73dddd098a8c3d1c43b726c3f8344a6bc9e9"));
  ASSERT_TRUE(proof) << proof.error().ToString();
  EXPECT_FALSE(VrfVerify(VrfPublicKey::FromHex(PK1).value(), *proof, {}));
  EXPECT_EQ(VrfProofToHash(*proof), VrfProofToHash(VrfProof::FromHex(PI1).value()));
}

// ---- Malformed proofs ----

TEST(VrfTest, ProofRejectsWrongLength) {
  Bytes pi = Hex(PI1);
  for (size_t n : {size_t{0}, size_t{1}, size_t{48}, size_t{79}}) {
    auto r = VrfProof::Parse(util::ByteView(pi).first(n));
    ExpectInvalidArgument(r, "80 bytes", n);
  }
  pi.push_back(0);
  auto r = VrfProof::Parse(pi);
  ExpectInvalidArgument(r, "80 bytes");
}

TEST(VrfTest, ProofRejectsBadHex) {
  auto r = VrfProof::FromHex("zz");
  ExpectInvalidArgument(r, "");
  auto short_hex = VrfProof::FromHex(PI1.substr(0, 158));
  ExpectInvalidArgument(short_hex, "");
}

TEST(VrfTest, ProofRejectsGammaOffCurve) {
  // The public-key fixture that is not on the curve, used as Gamma.
  auto r = VrfProof::Parse(WithGamma(PI1, "a366b51292bef4edd64063d9145c617fec373bceb0758e98cd72becd84d54c7b"));
  ExpectInvalidArgument(r, "not a point");
}

TEST(VrfTest, ProofRejectsSmallOrderGamma) {
  for (std::string_view gamma : {IDENTITY, ORDER_2, ORDER_4, ORDER_8}) {
    auto r = VrfProof::Parse(WithGamma(PI1, gamma));
    ExpectInvalidArgument(r, "small order", gamma);
  }
  // The identity with its sign bit set, and the identity's non-canonical y = p + 1: still small order.
  for (std::string_view gamma : {"0100000000000000000000000000000000000000000000000000000000000080",
                                 "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"}) {
    auto r = VrfProof::Parse(WithGamma(PI1, gamma));
    ExpectInvalidArgument(r, "small order", gamma);
  }
}

TEST(VrfTest, ProofRejectsNonCanonicalS) {
  for (std::string_view s : {GROUP_ORDER,  // l, then l + 1, 2^255 - 1 and 2^255
                             std::string_view("eed3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010"),
                             std::string_view("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
                             std::string_view("0000000000000000000000000000000000000000000000000000000000000080")}) {
    auto r = VrfProof::Parse(WithS(PI1, s));
    ExpectInvalidArgument(r, "group order", s);
  }
}

TEST(VrfTest, ProofAcceptsLargestCanonicalSAndAnyC) {
  // s = l - 1 parses (and, being wrong, fails verification).
  auto r = VrfProof::Parse(WithS(PI1, "ecd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010"));
  ASSERT_TRUE(r) << r.error().ToString();
  EXPECT_FALSE(VrfVerify(VrfPublicKey::FromHex(PK1).value(), *r, {}));
  // c has no range condition: 16 bytes are always below l.
  Bytes pi = Hex(PI1);
  std::fill(pi.begin() + 32, pi.begin() + 48, 0xff);
  EXPECT_TRUE(VrfProof::Parse(pi));
}

TEST(VrfTest, ProofWithNonCanonicalGammaReencodesCanonically) {
  // Like stacks-core, Parse accepts y >= p and ToBytes writes the canonical encoding.
  const std::pair<std::string_view, std::string_view> cases[] = {
      {NON_CANONICAL_Y3, "0300000000000000000000000000000000000000000000000000000000000000"},
      {"f0ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",  // the same y, sign bit set
       "0300000000000000000000000000000000000000000000000000000000000080"},
  };
  for (const auto& [given, canonical] : cases) {
    Bytes pi = WithGamma(PI1, given);
    auto r = VrfProof::Parse(pi);
    ASSERT_TRUE(r) << r.error().ToString();
    EXPECT_EQ(util::ToHex(util::ByteView(r->ToBytes()).first(32)), canonical);
    EXPECT_EQ(util::ToHex(util::ByteView(r->ToBytes()).subspan(32)), util::ToHex(util::ByteView(pi).subspan(32)));
    // The seed is over the re-encoding.
    EXPECT_EQ(VrfSeedOf(*r), Sha512_256(r->ToBytes()));
  }
}

// ---- Malformed keys ----

TEST(VrfTest, PublicKeyRejectsWrongLength) {
  Bytes pk = Hex(PK1);
  for (size_t n : {size_t{0}, size_t{31}}) {
    auto r = VrfPublicKey::FromBytes(util::ByteView(pk).first(n));
    ExpectInvalidArgument(r, "32 bytes", n);
  }
  pk.push_back(0);
  auto r = VrfPublicKey::FromBytes(pk);
  ExpectInvalidArgument(r, "32 bytes");
}

TEST(VrfTest, PublicKeyRejectsBadHex) {
  for (std::string_view hex : {std::string_view("0x"), std::string_view(PK1.substr(0, 63)), std::string_view("g")}) {
    auto r = VrfPublicKey::FromHex(hex);
    ExpectInvalidArgument(r, "", hex);
  }
}

TEST(VrfTest, PublicKeyRejectsPointsOffCurve) {
  // y = 2 and y = 7 (= p + 7 non-canonically) give no x on the curve.
  for (std::string_view hex : {"0200000000000000000000000000000000000000000000000000000000000000",
                               "f4ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"}) {
    auto r = VrfPublicKey::FromHex(hex);
    ExpectInvalidArgument(r, "not a point", hex);
  }
}

TEST(VrfTest, PublicKeyAcceptsWhatTheReferenceAccepts) {
  // Small-order points, a set sign bit with x = 0, and non-canonical y all decode under curve25519-dalek's rules.
  // The key keeps its bytes as given: hash_to_curve hashes them.
  for (std::string_view hex : {IDENTITY, ORDER_2, ORDER_4, ORDER_8, NON_CANONICAL_Y3,
                               std::string_view("0100000000000000000000000000000000000000000000000000000000000080"),
                               std::string_view("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")}) {
    auto r = VrfPublicKey::FromHex(hex);
    ASSERT_TRUE(r) << hex;
    EXPECT_EQ(r->ToHex(), hex);
  }
}

TEST(VrfTest, PrivateKeyRejectsWrongLength) {
  // Only the 32-byte seed is a private key; the 64-byte seed || public key form is not.
  Bytes keypair = Hex(std::string(SK1) + std::string(PK1));
  for (size_t n : {size_t{0}, size_t{31}, size_t{33}, size_t{64}}) {
    auto r = VrfPrivateKey::FromBytes(util::ByteView(keypair).first(n));
    ExpectInvalidArgument(r, "32-byte seed", n);
  }
}

TEST(VrfTest, PrivateKeyRejectsBadHex) {
  for (std::string_view hex : {std::string_view(""), std::string_view(SK1.substr(0, 62)), std::string_view("xy")}) {
    auto r = VrfPrivateKey::FromHex(hex);
    ExpectInvalidArgument(r, "", hex);
  }
}

TEST(VrfTest, RawVerifySeparatesMalformedFromInvalid) {
  const Bytes pk = Hex(PK1), pi = Hex(PI1);
  auto good = VrfVerify(pk, pi, {});
  ASSERT_TRUE(good);
  EXPECT_TRUE(*good);

  auto wrong_message = VrfVerify(pk, pi, AsBytes("x"));
  ASSERT_TRUE(wrong_message);
  EXPECT_FALSE(*wrong_message);

  auto bad_key = VrfVerify(Hex("a366b51292bef4edd64063d9145c617fec373bceb0758e98cd72becd84d54c7b"), pi, {});
  ExpectInvalidArgument(bad_key, "not a point");

  auto short_proof = VrfVerify(pk, util::ByteView(pi).first(79), {});
  ExpectInvalidArgument(short_proof, "80 bytes");
}

}  // namespace
}  // namespace stacks::crypto
