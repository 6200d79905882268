// Ed25519 verification as ed25519-dalek's verify_strict: RFC 8032's vectors, and mostly signatures and keys the
// strict rules refuse (small-order points, an s at or above the group order, a non-point key).
#include "crypto/ed25519.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <string_view>

#include "test_util.h"
#include "util/hex.h"

namespace stacks::crypto {
namespace {

using testing::FixedBytes;

// RFC 8032 section 7.1, TEST 1 (empty message) and TEST 2 (the one-byte message 0x72).
constexpr std::string_view kKey1 = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
constexpr std::string_view kSignature1 =
    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24"
    "655141438e7a100b";
constexpr std::string_view kKey2 = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";
constexpr std::string_view kSignature2 =
    "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aee"
    "b00d291612bb0c00";
// The group order l, little-endian.
constexpr std::string_view kOrder = "edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010";
// The identity point's encoding (y = 1), a point of order 1.
constexpr std::string_view kIdentity = "0100000000000000000000000000000000000000000000000000000000000000";

const util::Bytes kMessage2 = {0x72};

TEST(Ed25519Test, VerifiesRfc8032Vectors) {
  EXPECT_TRUE(Ed25519VerifyStrict({}, FixedBytes<64>(kSignature1), FixedBytes<32>(kKey1)));
  EXPECT_TRUE(Ed25519VerifyStrict(kMessage2, FixedBytes<64>(kSignature2), FixedBytes<32>(kKey2)));
}

TEST(Ed25519Test, RejectsAnotherMessageOrKey) {
  EXPECT_FALSE(Ed25519VerifyStrict(kMessage2, FixedBytes<64>(kSignature1), FixedBytes<32>(kKey1)));
  EXPECT_FALSE(Ed25519VerifyStrict({}, FixedBytes<64>(kSignature2), FixedBytes<32>(kKey2)));
  EXPECT_FALSE(Ed25519VerifyStrict(kMessage2, FixedBytes<64>(kSignature2), FixedBytes<32>(kKey1)));
}

TEST(Ed25519Test, RejectsAFlippedSignatureBit) {
  auto signature = FixedBytes<64>(kSignature2);
  signature[5] ^= 0x01;
  EXPECT_FALSE(Ed25519VerifyStrict(kMessage2, signature, FixedBytes<32>(kKey2)));
}

TEST(Ed25519Test, RejectsSAtOrAboveTheGroupOrder) {
  // s + l satisfies the verification equation as s does; verify_strict refuses it as non-canonical.
  auto signature = FixedBytes<64>(kSignature2);
  const auto order = FixedBytes<32>(kOrder);
  unsigned carry = 0;
  for (size_t i = 0; i < 32; ++i) {
    const unsigned sum = signature[32 + i] + order[i] + carry;
    signature[32 + i] = static_cast<uint8_t>(sum);
    carry = sum >> 8;
  }
  ASSERT_EQ(carry, 0u);
  EXPECT_FALSE(Ed25519VerifyStrict(kMessage2, signature, FixedBytes<32>(kKey2)));
  // s = l itself.
  std::copy(order.begin(), order.end(), signature.begin() + 32);
  EXPECT_FALSE(Ed25519VerifyStrict(kMessage2, signature, FixedBytes<32>(kKey2)));
}

TEST(Ed25519Test, RejectsSmallOrderKeyAndR) {
  // (R = identity, s = 0) satisfies the cofactorless equation under the identity key for every message; a verifier
  // without verify_strict's small-order checks (OpenSSL's) accepts it.
  std::array<uint8_t, 64> signature{};
  const auto identity = FixedBytes<32>(kIdentity);
  std::copy(identity.begin(), identity.end(), signature.begin());
  EXPECT_FALSE(Ed25519VerifyStrict({}, signature, identity));
  EXPECT_FALSE(Ed25519VerifyStrict(kMessage2, signature, identity));
  // A point of order 2 (y = -1) as the key.
  auto order_two = FixedBytes<32>("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
  EXPECT_FALSE(Ed25519VerifyStrict(kMessage2, FixedBytes<64>(kSignature2), order_two));
}

TEST(Ed25519Test, RejectsAKeyThatIsNoPoint) {
  // y = 2 is not the y coordinate of a curve point.
  auto not_a_point = FixedBytes<32>("0200000000000000000000000000000000000000000000000000000000000000");
  EXPECT_FALSE(Ed25519VerifyStrict(kMessage2, FixedBytes<64>(kSignature2), not_a_point));
  std::array<uint8_t, 32> zeros{};
  EXPECT_FALSE(Ed25519VerifyStrict(kMessage2, FixedBytes<64>(kSignature2), zeros));
}

}  // namespace
}  // namespace stacks::crypto
