#include "burnchain/bech32.h"

#include <gtest/gtest.h>

#include <cctype>

#include "burnchain_test_util.h"

namespace stacks::burnchain {
namespace {

using testing::ErrorOf;
using util::ErrorCode;

class Bech32Test : public ::testing::Test {};

TEST_F(Bech32Test, DecodesBip173AndBip350Strings) {
  struct Case {
    std::string_view text;
    std::string_view hrp;
    Bech32Variant variant;
  };
  // Valid strings from BIP 173 and BIP 350.
  for (const Case& c : {Case{"A12UEL5L", "a", Bech32Variant::kBech32}, Case{"a12uel5l", "a", Bech32Variant::kBech32},
                        Case{"abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw", "abcdef", Bech32Variant::kBech32},
                        Case{"A1LQFN3A", "a", Bech32Variant::kBech32m}, Case{"a1lqfn3a", "a", Bech32Variant::kBech32m},
                        Case{"abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx", "abcdef", Bech32Variant::kBech32m}}) {
    auto r = Bech32Decode(c.text);
    ASSERT_TRUE(r) << c.text << ": " << r.error().ToString();
    EXPECT_EQ(r->hrp, c.hrp);
    EXPECT_EQ(r->variant, c.variant);
    std::string lower(c.text);
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    EXPECT_EQ(Bech32Encode(r->hrp, r->values, r->variant), lower);
  }
}

TEST_F(Bech32Test, DataValuesAreTheAlphabetIndexes) {
  auto r = Bech32Decode("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->values.size(), 32u);
  for (size_t i = 0; i < 32; ++i) EXPECT_EQ(r->values[i], i);
}

TEST_F(Bech32Test, RejectsMalformedStrings) {
  for (std::string_view text : {
           "pzry9x0s0muk",   // no separator
           "1pzry9x0s0muk",  // empty hrp
           "x1b4n0q5v",      // 'b' is not in the alphabet
           "li1dgmt3",       // checksum too short
           "A1G7SGD8",       // checksum of the upper-case hrp
           "a12UEL5L",       // mixed case
           "A12uEL5L",       // mixed case
           "a12uel5m",       // bad checksum
           "\1771axkwrx",    // hrp character 0x7f out of range
       }) {
    EXPECT_EQ(ErrorOf(Bech32Decode(text)).code, ErrorCode::kInvalidArgument) << text;
  }
  EXPECT_EQ(ErrorOf(Bech32Decode(std::string(84, 'a') + "1qqqqqq")).code, ErrorCode::kInvalidArgument);  // long hrp
  EXPECT_EQ(ErrorOf(Bech32Decode(std::string(BECH32_MAX_DECODE_LENGTH + 1, 'q'))).code, ErrorCode::kResourceExhausted);
}

TEST_F(Bech32Test, ConvertsBitsWithAndWithoutPadding) {
  const util::Bytes bytes = {0xff, 0x00, 0x80};
  auto groups = ConvertBits(bytes, 8, 5, /*pad=*/true);
  ASSERT_TRUE(groups);
  EXPECT_EQ(*groups, (std::vector<uint8_t>{31, 28, 0, 8, 0}));
  auto back = ConvertBits(*groups, 5, 8, /*pad=*/false);
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, bytes);
}

TEST_F(Bech32Test, RejectsBadPaddingAndWideValues) {
  EXPECT_EQ(ErrorOf(ConvertBits(std::vector<uint8_t>{31, 28, 0, 8, 1}, 5, 8, false)).code,
            ErrorCode::kInvalidArgument);  // nonzero padding
  EXPECT_EQ(ErrorOf(ConvertBits(std::vector<uint8_t>{31, 28, 0, 8, 0, 0}, 5, 8, false)).code,
            ErrorCode::kInvalidArgument);  // a whole group of padding
  EXPECT_EQ(ErrorOf(ConvertBits(std::vector<uint8_t>{32}, 5, 8, false)).code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace stacks::burnchain
