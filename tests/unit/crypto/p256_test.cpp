// P-256 ECDSA verification: RFC 6979's P-256/SHA-256 vector, a vector the reference VM verifies, and mostly bad
// keys and signatures.
#include "crypto/p256.h"

#include <gtest/gtest.h>

#include <array>
#include <string_view>

#include "crypto/hash.h"
#include "test_util.h"
#include "util/hex.h"

namespace stacks::crypto {
namespace {

using testing::FixedBytes;

// RFC 6979 A.2.5: key x = C9AFA9D8..., message "sample", SHA-256. Uy is odd, so the compressed key starts 03.
constexpr std::string_view kRfcKey = "0360fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6";
constexpr std::string_view kRfcUncompressedKey =
    "0460fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6"
    "7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299";
constexpr std::string_view kRfcSignature =
    "efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716"
    "f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8";
// n - s of the signature above (its high-S twin, which also verifies: ECDSA is symmetric in the sign of s).
constexpr std::string_view kRfcHighSSignature =
    "efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716"
    "0834e36ad29a83bf2bc9385e491d6099c8fdf9d1ed67aa7ea5f51f93782857a9";

class P256Test : public ::testing::Test {
 protected:
  Hash256 Digest() const { return Sha256(util::AsBytes("sample")); }
  util::Bytes Key(std::string_view hex = kRfcKey) const { return util::FromHex(hex).value(); }
};

TEST_F(P256Test, VerifiesTheRfc6979Vector) {
  EXPECT_TRUE(P256VerifyDigest(Digest(), FixedBytes<64>(kRfcSignature), Key()));
  EXPECT_TRUE(P256VerifyDigest(Digest(), FixedBytes<64>(kRfcSignature), Key(kRfcUncompressedKey)));
}

TEST_F(P256Test, AcceptsHighS) { EXPECT_TRUE(P256VerifyDigest(Digest(), FixedBytes<64>(kRfcHighSSignature), Key())); }

TEST_F(P256Test, DoubleHashingHashesTheInputAgain) {
  // The RFC signature is over SHA-256("sample"); double hashing hashes its argument once more, so the argument
  // must be a value whose SHA-256 is that digest, which "sample"'s digest is not.
  EXPECT_FALSE(P256VerifyDoubleHashed(Digest(), FixedBytes<64>(kRfcSignature), Key()));
  // A vector the reference VM's Clarity 4 secp256r1-verify answers true for (its corpus program).
  auto message = FixedBytes<32>("f8691c973399b0c18e35b7722f22916b13bf33ebaf2f47710efc58ba7b0d7b98");
  auto signature = FixedBytes<64>(
      "ce800a989cdb7c9e5c0ef03ed8d12ed85bbeed73041f28b70bc8001dfa9c34ba"
      "13cf3d8277d3b00ff94cb7facd7d8bf387e1d38ad6834b8a251d96db730938ff");
  util::Bytes key = util::FromHex("0307ba6ec625dbd23c6b458f9ff61ce6e45fbcc0868ceb21684d3cfc62ecc8bc60").value();
  EXPECT_TRUE(P256VerifyDoubleHashed(message, signature, key));
  EXPECT_FALSE(P256VerifyDigest(message, signature, key));
  message[31] ^= 1;
  EXPECT_FALSE(P256VerifyDoubleHashed(message, signature, key));
}

TEST_F(P256Test, RejectsAnotherDigestOrKey) {
  Hash256 digest = Digest();
  digest[0] ^= 0x80;
  EXPECT_FALSE(P256VerifyDigest(digest, FixedBytes<64>(kRfcSignature), Key()));
  util::Bytes other_parity = Key();
  other_parity[0] = 0x02;  // the same x, the other y: a valid point, another key
  EXPECT_FALSE(P256VerifyDigest(Digest(), FixedBytes<64>(kRfcSignature), other_parity));
}

TEST_F(P256Test, RejectsBadKeys) {
  const auto sig = FixedBytes<64>(kRfcSignature);
  util::Bytes key = Key();
  EXPECT_FALSE(P256VerifyDigest(Digest(), sig, util::ByteView(key).first(32)));  // short
  util::Bytes bad_prefix = key;
  bad_prefix[0] = 0x04;  // uncompressed prefix on 33 bytes
  EXPECT_FALSE(P256VerifyDigest(Digest(), sig, bad_prefix));
  bad_prefix[0] = 0x00;
  EXPECT_FALSE(P256VerifyDigest(Digest(), sig, bad_prefix));
  // x = p (not a field element), and 33 zero bytes (no such prefix): not points of the curve.
  EXPECT_FALSE(
      P256VerifyDigest(Digest(), sig, Key("02ffffffff00000001000000000000000000000000ffffffffffffffffffffffff")));
  EXPECT_FALSE(P256VerifyDigest(Digest(), sig, util::Bytes(33, 0)));
  EXPECT_FALSE(P256VerifyDigest(Digest(), sig, util::Bytes{}));
  util::Bytes off_curve = Key(kRfcUncompressedKey);
  off_curve[64] ^= 1;  // y no longer matches x
  EXPECT_FALSE(P256VerifyDigest(Digest(), sig, off_curve));
}

TEST_F(P256Test, RejectsOutOfRangeScalars) {
  auto zero_r = FixedBytes<64>(kRfcSignature);
  std::fill(zero_r.begin(), zero_r.begin() + 32, 0);
  EXPECT_FALSE(P256VerifyDigest(Digest(), zero_r, Key()));
  auto zero_s = FixedBytes<64>(kRfcSignature);
  std::fill(zero_s.begin() + 32, zero_s.end(), 0);
  EXPECT_FALSE(P256VerifyDigest(Digest(), zero_s, Key()));
  auto big_s = FixedBytes<64>(kRfcSignature);
  std::fill(big_s.begin() + 32, big_s.end(), 0xff);
  EXPECT_FALSE(P256VerifyDigest(Digest(), big_s, Key()));
  // s = n: 0 modulo n, out of range.
  auto s_is_n = FixedBytes<64>(
      "efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716"
      "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
  EXPECT_FALSE(P256VerifyDigest(Digest(), s_is_n, Key()));
}

}  // namespace
}  // namespace stacks::crypto
