#include "codec/base58.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_util.h"
#include "util/hex.h"

namespace stacks::codec {
namespace {

using stacks::testing::ErrorOf;

using util::Bytes;
using util::ErrorCode;

class Base58Test : public ::testing::Test {
 protected:
  // Expected values in base58_vectors.json come from the npm packages bs58 (base-x 4.0.1) and bs58check, which
  // c32check 2.0.0 and Stacks.js use.
  static nlohmann::json Vectors() { return testing::LoadTestData("base58_vectors.json"); }
  static Bytes Hex(std::string_view text) { return util::FromHex(text).value(); }
};

TEST_F(Base58Test, MatchesBaseXVectors) {
  auto vectors = Vectors()["base58"];
  ASSERT_GE(vectors.size(), 30u);
  for (const auto& v : vectors) {
    const Bytes data = Hex(v["hex"].get<std::string>());
    const std::string text = v["base58"];
    EXPECT_EQ(Base58Encode(data), text);
    auto back = Base58Decode(text);
    ASSERT_TRUE(back) << text;
    EXPECT_EQ(*back, data) << text;
  }
}

TEST_F(Base58Test, Base58CheckMatchesBs58checkVectors) {
  auto vectors = Vectors()["base58check"];
  ASSERT_GE(vectors.size(), 30u);
  for (const auto& v : vectors) {
    const Bytes payload = Hex(v["hex"].get<std::string>());
    const std::string text = v["base58check"];
    EXPECT_EQ(Base58CheckEncode(payload), text);
    auto back = Base58CheckDecode(text);
    ASSERT_TRUE(back) << text;
    EXPECT_EQ(*back, payload) << text;
  }
}

TEST_F(Base58Test, LeadingZeroBytesAreOnes) {
  EXPECT_EQ(Base58Encode(Hex("000000")), "111");
  EXPECT_EQ(Base58Encode(Hex("0000ff")), "115Q");
  EXPECT_EQ(*Base58Decode("111"), Hex("000000"));
  EXPECT_EQ(*Base58Decode("115Q"), Hex("0000ff"));
  EXPECT_EQ(Base58Encode({}), "");
  EXPECT_TRUE(Base58Decode("")->empty());
}

TEST_F(Base58Test, RejectsCharactersOutsideAlphabetNamingPosition) {
  for (std::string_view bad : {"0", "O", "I", "l", "+", " ", "-"}) {
    std::string text = "12" + std::string(bad) + "3";
    auto r = Base58Decode(text);
    ASSERT_FALSE(r) << text;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(r.error().message, "invalid base58 character at position 2") << text;
  }
  auto non_ascii = Base58Decode("1\xc3\xa9");
  ASSERT_FALSE(non_ascii);
  EXPECT_EQ(non_ascii.error().message, "invalid base58 character at position 1");
  EXPECT_EQ(ErrorOf(Base58Decode(std::string("2\0", 2))).code, ErrorCode::kInvalidArgument);
}

TEST_F(Base58Test, RejectsWhitespaceThatBitcoinCoreWouldSkip) {
  EXPECT_EQ(ErrorOf(Base58Decode(" 2g")).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Base58Decode("2g\n")).code, ErrorCode::kInvalidArgument);
}

TEST_F(Base58Test, RejectsOverlongText) {
  const std::string at_limit(BASE58_MAX_DECODE_CHARS, 'z');
  EXPECT_TRUE(Base58Decode(at_limit));
  auto r = Base58Decode(at_limit + "z");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(ErrorOf(Base58CheckDecode(at_limit + "z")).code, ErrorCode::kResourceExhausted);
}

TEST_F(Base58Test, Base58CheckRejectsBadChecksum) {
  std::string text = Base58CheckEncode(Hex("00a46ff88886c2ef9762d970b4d2c63678835bd39d"));
  EXPECT_EQ(text, "1FzTxL9Mxnm2fdmnQEArfhzJHevwbvcH6d");
  text.back() = text.back() == 'd' ? 'e' : 'd';
  auto r = Base58CheckDecode(text);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.error().message, "bad base58check checksum");
}

TEST_F(Base58Test, Base58CheckRejectsEveryDamagedByte) {
  const Bytes payload = Hex("6fa46ff88886c2ef9762d970b4d2c63678835bd39d");
  const std::string good = Base58CheckEncode(payload);
  auto decoded = Base58Decode(good);
  ASSERT_TRUE(decoded);
  for (size_t i = 0; i < decoded->size(); ++i) {
    Bytes damaged = *decoded;
    damaged[i] ^= 0x01;
    auto r = Base58CheckDecode(Base58Encode(damaged));
    ASSERT_FALSE(r) << i;
    EXPECT_EQ(r.error().message, "bad base58check checksum");
  }
}

TEST_F(Base58Test, Base58CheckRejectsInputShorterThanChecksum) {
  for (std::string_view text : {"", "1", "111", "2g"}) {
    auto r = Base58CheckDecode(text);
    ASSERT_FALSE(r) << text;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  }
}

TEST_F(Base58Test, Base58CheckAllowsEmptyPayload) {
  const std::string text = Base58CheckEncode({});
  auto r = Base58CheckDecode(text);
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->empty());
}

}  // namespace
}  // namespace stacks::codec
