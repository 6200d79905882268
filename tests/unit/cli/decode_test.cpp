#include "cli/decode.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace stacks::cli {
namespace {

using stacks::testing::ErrorOf;

TEST(DecodeTest, ClarityValueInReferenceTextForm) {
  auto text = DecodeClarityValue("0x0c000000020161010000000000000000000000000000000301620d00000003616263");
  ASSERT_TRUE(text);
  EXPECT_EQ(*text, "(tuple (a u3) (b \"abc\"))");
  auto ok = DecodeClarityValue("070100000000000000000000000000000003");
  ASSERT_TRUE(ok);
  EXPECT_EQ(*ok, "(ok u3)");
}

TEST(DecodeTest, BadValuesNameTheProblem) {
  EXPECT_EQ(ErrorOf(DecodeClarityValue("zz")).code, util::ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(DecodeClarityValue("0b000000ff")).code, util::ErrorCode::kInvalidArgument);  // truncated list
  EXPECT_EQ(ErrorOf(DecodeClarityValue("0100")).code, util::ErrorCode::kInvalidArgument);        // short uint
  EXPECT_EQ(ErrorOf(DecodeClarityValue("0303")).code, util::ErrorCode::kInvalidArgument);        // trailing byte
  auto r = DecodeClarityValue("ff");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message.rfind("value: ", 0), 0u);
}

}  // namespace
}  // namespace stacks::cli
