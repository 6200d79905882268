#include "codec/wif.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "codec/base58.h"
#include "test_util.h"
#include "util/hex.h"

namespace stacks::codec {
namespace {

using stacks::testing::ErrorOf;

using util::Bytes;
using util::ErrorCode;

class WifTest : public ::testing::Test {
 protected:
  // Expected values in base58_vectors.json ("wif") come from the npm package wif 2.0.6 (bitcoinjs).
  static nlohmann::json Vectors() { return testing::LoadTestData("base58_vectors.json")["wif"]; }
  static Bytes Hex(std::string_view text) { return util::FromHex(text).value(); }
  static constexpr std::string_view SECRET = "0c28fca386c7a227600b2fe50b7cae11ec86d3bf1fbe471be89827e19d72aa1d";
  // The payload for SECRET with the given version byte and suffix.
  static std::string Encode(std::string_view version_hex, std::string_view suffix_hex) {
    return Base58CheckEncode(Hex(std::string(version_hex) + std::string(SECRET) + std::string(suffix_hex)));
  }
};

TEST_F(WifTest, MatchesWifPackage) {
  auto vectors = Vectors();
  ASSERT_GE(vectors.size(), 16u);
  for (const auto& v : vectors) {
    WifKey key;
    key.network = static_cast<WifNetwork>(v["version"].get<uint8_t>());
    key.secret_key = util::ToArray<32>(Hex(v["secret_key"].get<std::string>()));
    key.compressed = v["compressed"].get<bool>();
    const std::string text = v["wif"];
    EXPECT_EQ(WifEncode(key), text);
    auto decoded = WifDecode(text);
    ASSERT_TRUE(decoded) << text;
    EXPECT_EQ(*decoded, key) << text;
  }
}

TEST_F(WifTest, KnownMainnetUncompressedKey) {
  // The WIF example of the Bitcoin wiki.
  auto key = WifDecode("5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ");
  ASSERT_TRUE(key);
  EXPECT_EQ(key->network, WifNetwork::kMainnet);
  EXPECT_FALSE(key->compressed);
  EXPECT_EQ(util::ToHex(key->secret_key), SECRET);
}

TEST_F(WifTest, RejectsBadChecksum) {
  std::string text = Encode("80", "01");
  text.back() = text.back() == 'z' ? 'y' : 'z';
  auto r = WifDecode(text);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.error().message, "bad base58check checksum");
}

TEST_F(WifTest, RejectsUnknownVersion) {
  for (std::string_view version : {"00", "6f", "81", "ee", "f0"}) {
    auto r = WifDecode(Encode(version, "01"));
    ASSERT_FALSE(r) << version;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(r.error().message, "bad WIF version byte 0x" + std::string(version));
  }
}

TEST_F(WifTest, RejectsWrongLength) {
  for (std::string_view suffix : {"0101", "010000"}) {
    auto r = WifDecode(Encode("80", suffix));
    ASSERT_FALSE(r) << suffix;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  }
  auto short_key = WifDecode(Base58CheckEncode(Hex("80" + std::string(SECRET.substr(2)))));
  ASSERT_FALSE(short_key);
  EXPECT_EQ(short_key.error().message, "WIF payload must be 33 or 34 bytes, got 32");
  EXPECT_EQ(ErrorOf(WifDecode(Base58CheckEncode({}))).code, ErrorCode::kInvalidArgument);
}

TEST_F(WifTest, RejectsBadCompressionSuffix) {
  for (std::string_view suffix : {"00", "02", "ff"}) {
    auto r = WifDecode(Encode("ef", suffix));
    ASSERT_FALSE(r) << suffix;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(r.error().message, "bad WIF compression suffix 0x" + std::string(suffix));
  }
}

TEST_F(WifTest, RejectsNonBase58Text) {
  EXPECT_EQ(ErrorOf(WifDecode("5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvy0J")).code,
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(WifDecode("")).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(WifDecode(std::string(2000, 'K'))).code, ErrorCode::kResourceExhausted);
}

}  // namespace
}  // namespace stacks::codec
