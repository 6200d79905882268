#include "codec/bitcoin_address.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "codec/base58.h"
#include "codec/c32.h"
#include "test_util.h"
#include "util/hex.h"

namespace stacks::codec {
namespace {

using stacks::testing::ErrorOf;

using util::Bytes;
using util::ErrorCode;

class BitcoinAddressTest : public ::testing::Test {
 protected:
  // Expected values in c32_vectors.json ("c32_address": b58, b58_same_version, b58_to_c32) come from c32check 2.0.0's
  // c32ToB58 and b58ToC32.
  static nlohmann::json Vectors() { return testing::LoadTestData("c32_vectors.json")["c32_address"]; }
  static Bytes Hex(std::string_view text) { return util::FromHex(text).value(); }
  static crypto::Hash160 Hash(std::string_view text) { return util::ToArray<20>(Hex(text)); }
  static constexpr std::string_view HASH = "a46ff88886c2ef9762d970b4d2c63678835bd39d";
};

TEST_F(BitcoinAddressTest, EncodesAllFourKinds) {
  // From c32check's c32ToB58 test table.
  const crypto::Hash160 hash = Hash(HASH);
  using K = BitcoinAddressKind;
  using N = BitcoinNetwork;
  EXPECT_EQ(BitcoinAddressEncode(K::kP2pkh, N::kMainnet, hash), "1FzTxL9Mxnm2fdmnQEArfhzJHevwbvcH6d");
  EXPECT_EQ(BitcoinAddressEncode(K::kP2sh, N::kMainnet, hash), "3GgUssdoWh5QkoUDXKqT6LMESBDf8aqp2y");
  EXPECT_EQ(BitcoinAddressEncode(K::kP2pkh, N::kTestnet, hash), "mvWRFPELmpCHSkFQ7o9EVdCd9eXeUTa9T8");
  EXPECT_EQ(BitcoinAddressEncode(K::kP2sh, N::kTestnet, hash), "2N8EgwcZq89akxb6mCTTKiHLVeXRpxjuy98");
}

TEST_F(BitcoinAddressTest, DecodesKindAndNetwork) {
  struct Case {
    std::string_view text;
    uint8_t version;
    BitcoinAddressKind kind;
    BitcoinNetwork network;
  };
  for (const Case& c :
       {Case{"1FzTxL9Mxnm2fdmnQEArfhzJHevwbvcH6d", 0, BitcoinAddressKind::kP2pkh, BitcoinNetwork::kMainnet},
        Case{"3GgUssdoWh5QkoUDXKqT6LMESBDf8aqp2y", 5, BitcoinAddressKind::kP2sh, BitcoinNetwork::kMainnet},
        Case{"mvWRFPELmpCHSkFQ7o9EVdCd9eXeUTa9T8", 111, BitcoinAddressKind::kP2pkh, BitcoinNetwork::kTestnet},
        Case{"2N8EgwcZq89akxb6mCTTKiHLVeXRpxjuy98", 196, BitcoinAddressKind::kP2sh, BitcoinNetwork::kTestnet}}) {
    auto r = BitcoinAddressDecode(c.text);
    ASSERT_TRUE(r) << c.text;
    EXPECT_EQ(*r, (BitcoinAddress{c.version, Hash(HASH), c.kind, c.network}));
    EXPECT_EQ(BitcoinAddressVersion(c.kind, c.network), c.version);
  }
}

TEST_F(BitcoinAddressTest, RejectsUnknownVersion) {
  auto r = BitcoinAddressDecode(Base58CheckEncode(Hex("01" + std::string(HASH))));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.error().message, "unknown bitcoin address version 1");
}

TEST_F(BitcoinAddressTest, RejectsWrongPayloadLength) {
  for (std::string_view hex :
       {"00", "00a46ff88886c2ef9762d970b4d2c63678835bd3", "00a46ff88886c2ef9762d970b4d2c63678835bd39d00"}) {
    auto r = BitcoinAddressDecode(Base58CheckEncode(Hex(hex)));
    ASSERT_FALSE(r) << hex;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(r.error().message, "base58 address payload must be 21 bytes, got " + std::to_string(hex.size() / 2));
  }
}

TEST_F(BitcoinAddressTest, RejectsBadChecksumAndCharacters) {
  EXPECT_EQ(ErrorOf(BitcoinAddressDecode("1FzTxL9Mxnm2fdmnQEArfhzJHevwbvcH6e")).message, "bad base58check checksum");
  EXPECT_EQ(ErrorOf(BitcoinAddressDecode("1FzTxL9Mxnm2fdmnQEArfhzJHevwbvcH60")).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(BitcoinAddressDecode("")).code, ErrorCode::kInvalidArgument);
}

TEST_F(BitcoinAddressTest, ConvertsLikeC32check) {
  auto vectors = Vectors();
  ASSERT_GE(vectors.size(), 100u);
  for (const auto& v : vectors) {
    const std::string c32 = v["address"];
    const auto version = v["version"].get<uint8_t>();
    auto b58 = C32ToB58(c32);
    ASSERT_TRUE(b58) << c32;
    EXPECT_EQ(*b58, v["b58"].get<std::string>()) << c32;
    auto b58_same = C32ToB58(c32, version);
    ASSERT_TRUE(b58_same) << c32;
    EXPECT_EQ(*b58_same, v["b58_same_version"].get<std::string>()) << c32;
    auto back = B58ToC32(*b58);
    ASSERT_TRUE(back) << *b58;
    EXPECT_EQ(*back, v["b58_to_c32"].get<std::string>()) << *b58;
    auto back_same = B58ToC32(*b58_same, version);
    ASSERT_TRUE(back_same) << *b58_same;
    EXPECT_EQ(*back_same, c32);
  }
}

TEST_F(BitcoinAddressTest, VersionMapPassesOtherVersionsThrough) {
  EXPECT_EQ(C32VersionForB58Version(0), 22);
  EXPECT_EQ(C32VersionForB58Version(5), 20);
  EXPECT_EQ(C32VersionForB58Version(111), 26);
  EXPECT_EQ(C32VersionForB58Version(196), 21);
  EXPECT_EQ(C32VersionForB58Version(1), 1);
  EXPECT_EQ(C32VersionForB58Version(22), 22);
  EXPECT_EQ(B58VersionForC32Version(22), 0);
  EXPECT_EQ(B58VersionForC32Version(20), 5);
  EXPECT_EQ(B58VersionForC32Version(26), 111);
  EXPECT_EQ(B58VersionForC32Version(21), 196);
  EXPECT_EQ(B58VersionForC32Version(0), 0);
  EXPECT_EQ(B58VersionForC32Version(31), 31);
}

TEST_F(BitcoinAddressTest, B58ToC32KeepsUnmappedVersionBelow32) {
  // c32check: b58ToC32 of a version-1 address is an "S1..." address (checked against c32check 2.0.0).
  auto r = B58ToC32(Base58CheckEncode(Hex("01" + std::string(HASH))));
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, "S12J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKQGCCADE");
}

TEST_F(BitcoinAddressTest, B58ToC32RejectsVersionsWithoutC32Form) {
  // Version 100 maps to nothing and is not a c32 version ("hVnnRBxAxq6eSyiSrBUjAFCyE6hGigJMVh" in c32check throws).
  auto r = B58ToC32("hVnnRBxAxq6eSyiSrBUjAFCyE6hGigJMVh");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(B58ToC32("1FzTxL9Mxnm2fdmnQEArfhzJHevwbvcH6d", 32)).code, ErrorCode::kInvalidArgument);
}

TEST_F(BitcoinAddressTest, B58ToC32RejectsNon20ByteHash) {
  auto r = B58ToC32(Base58CheckEncode(Hex("00a46ff88886c2ef9762d970b4d2c63678835bd3")));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(B58ToC32("1FzTxL9Mxnm2fdmnQEArfhzJHevwbvcH6e")).message, "bad base58check checksum");
}

TEST_F(BitcoinAddressTest, C32ToB58TakesAnyDataLengthLikeC32check) {
  // c32check 2.0.0: c32ToB58 of a c32check address with 21 data bytes, and with none.
  auto long_data = C32ToB58("S" + *C32CheckEncode(22, Hex("0011223344556677889900112233445566778899aabb")));
  ASSERT_TRUE(long_data);
  EXPECT_EQ(*long_data, "117ts68TVnZxzpGvAhfCNssWH1d8MYuVs8fL");
  auto empty = C32ToB58("SP37JJX3D");
  ASSERT_TRUE(empty);
  EXPECT_EQ(*empty, "1Wh4bh");
}

TEST_F(BitcoinAddressTest, C32ToB58RejectsBadAddresses) {
  EXPECT_EQ(ErrorOf(C32ToB58("ST2J")).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(C32ToB58("bP2CT665Q0JB7P39TZ7BST0QYCAQSMJWBZK8QT35J")).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(C32ToB58("ST2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKQYAC0RR")).message, "bad c32check checksum");
}

}  // namespace
}  // namespace stacks::codec
