#include "cli/args.h"

#include <gtest/gtest.h>

namespace stacks::cli {
namespace {

TEST(ArgsTest, FlagsAnywhereBeforeDoubleDash) {
  auto a = ParseArgs({"send_tokens", "-t", "ST1", "-x", "10", "-I", "http://localhost:20443", "--", "-t"});
  ASSERT_TRUE(a);
  EXPECT_TRUE(a->testnet);
  EXPECT_TRUE(a->tx_only);
  ASSERT_TRUE(a->node_url);
  EXPECT_EQ(*a->node_url, "http://localhost:20443");
  EXPECT_EQ(a->positional, (std::vector<std::string>{"send_tokens", "ST1", "10", "-t"}));
}

TEST(ArgsTest, ValueFlagWithoutValueIsAnError) {
  auto a = ParseArgs({"get_address", "-I"});
  ASSERT_FALSE(a);
  EXPECT_EQ(a.error().code, util::ErrorCode::kInvalidArgument);
  EXPECT_NE(a.error().message.find("-I"), std::string::npos);
}

TEST(ArgsTest, NegativeNumbersArePositional) {
  auto a = ParseArgs({"call", "-5", "-tx"});
  ASSERT_TRUE(a);
  EXPECT_FALSE(a->testnet);
  EXPECT_EQ(a->positional.size(), 3u);
}

}  // namespace
}  // namespace stacks::cli
