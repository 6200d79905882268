#include "util/hex.h"

#include <gtest/gtest.h>

namespace stacks::util {
namespace {

TEST(HexTest, RoundTripsEveryByte) {
  Bytes all(256);
  for (int i = 0; i < 256; ++i) all[i] = static_cast<uint8_t>(i);
  auto hex = ToHex(all);
  ASSERT_EQ(hex.size(), 512u);
  EXPECT_EQ(hex.substr(0, 8), "00010203");
  auto back = FromHex(hex);
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, all);
}

// AppendHex appends each byte's two digits in order after text already in the string: every length from 0 to 40
// (none, part of, one and two of the sixteen-byte blocks it converts at once, with every remainder), every byte
// value at every position.
TEST(HexTest, AppendHexAtEveryLengthAndPosition) {
  constexpr char kDigits[] = "0123456789abcdef";
  for (size_t length = 0; length <= 40; ++length) {
    for (int first = 0; first < 256; ++first) {
      Bytes bytes(length);
      std::string expected = "key::";
      for (size_t i = 0; i < length; ++i) {
        bytes[i] = static_cast<uint8_t>(first + 37 * i);
        expected += kDigits[bytes[i] >> 4];
        expected += kDigits[bytes[i] & 0xf];
      }
      std::string out = "key::";
      AppendHex(out, bytes);
      ASSERT_EQ(out, expected) << "length " << length << ", first byte " << first;
    }
  }
}

TEST(HexTest, AcceptsUpperCase) {
  auto b = FromHex("DEADbeef");
  ASSERT_TRUE(b);
  EXPECT_EQ(ToHex(*b), "deadbeef");
}

TEST(HexTest, RejectsOddLength) {
  auto b = FromHex("abc");
  ASSERT_FALSE(b);
  EXPECT_EQ(b.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(b.error().message.find("odd length"), std::string::npos);
}

TEST(HexTest, RejectsNonHexNamingPosition) {
  auto b = FromHex("00zz");
  ASSERT_FALSE(b);
  EXPECT_EQ(b.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(b.error().message.find("position 2"), std::string::npos);
}

TEST(HexTest, PrefixOnlyWhenAllowed) {
  EXPECT_FALSE(FromHex("0x00"));
  auto b = FromHex("0x00ff", /*allow_0x=*/true);
  ASSERT_TRUE(b);
  EXPECT_EQ(b->size(), 2u);
}

TEST(HexTest, ExactLengthIsEnforced) {
  EXPECT_TRUE(FromHexExact("0011", 2));
  auto b = FromHexExact("001122", 2);
  ASSERT_FALSE(b);
  EXPECT_EQ(b.error().code, ErrorCode::kInvalidArgument);
}

TEST(HexTest, AppendHexAddsAfterWhatIsThere) {
  std::string out = "vm::";
  const uint8_t bytes[] = {0x01, 0xab, 0xff};
  AppendHex(out, bytes);
  EXPECT_EQ(out, "vm::01abff");
  AppendHex(out, {});
  EXPECT_EQ(out, "vm::01abff");
}

TEST(HexTest, FromHexIntoReplacesAndReportsBadInput) {
  Bytes out = {9, 9, 9, 9};
  ASSERT_TRUE(FromHexInto("0x0aff", /*allow_0x=*/true, out));
  EXPECT_EQ(out, (Bytes{0x0a, 0xff}));
  util::Status odd = FromHexInto("abc", /*allow_0x=*/false, out);
  ASSERT_FALSE(odd);
  EXPECT_NE(odd.error().message.find("odd length"), std::string::npos);
  util::Status bad = FromHexInto("00g0", /*allow_0x=*/false, out);
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("position 2"), std::string::npos);
  EXPECT_FALSE(FromHexInto("0x00", /*allow_0x=*/false, out));
}

// A 128-bit number's hex is its sixteen bytes big-endian, most significant first, appended after what is there.
TEST(HexTest, AppendHex128IsTheBigEndianBytes) {
  const uint64_t words[] = {0, 1, 0xff, 0x0123456789abcdefULL, 0x8000000000000000ULL, ~uint64_t{0}};
  for (const uint64_t high : words) {
    for (const uint64_t low : words) {
      Bytes bytes;
      for (int i = 7; i >= 0; --i) bytes.push_back(static_cast<uint8_t>(high >> (8 * i)));
      for (int i = 7; i >= 0; --i) bytes.push_back(static_cast<uint8_t>(low >> (8 * i)));
      std::string out = "x";
      AppendHex128(out, high, low);
      EXPECT_EQ(out, "x" + ToHex(bytes)) << high << " " << low;
    }
  }
}

TEST(HexTest, EmptyIsEmpty) {
  auto b = FromHex("");
  ASSERT_TRUE(b);
  EXPECT_TRUE(b->empty());
  EXPECT_EQ(ToHex({}), "");
}

}  // namespace
}  // namespace stacks::util
