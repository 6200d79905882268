#include "cli/commands.h"

#include <gtest/gtest.h>

namespace stacks::cli {
namespace {

TEST(CommandsTest, UnknownCommandAndArgCountsFailCleanly) {
  EXPECT_EQ(Execute({}, false).exit_code, 1);
  auto unknown = Execute({"frobnicate"}, false);
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.err.find("unknown command 'frobnicate'"), std::string::npos);
  auto too_many = Execute({"get_address", "a", "b"}, false);
  EXPECT_EQ(too_many.exit_code, 1);
  EXPECT_NE(too_many.err.find("usage: stacks-cli get_address PRIVATE_KEY"), std::string::npos);
  EXPECT_EQ(Execute({"-I"}, false).exit_code, 1);
}

TEST(CommandsTest, FlagsMayFollowTheCommand) {
  auto before =
      Execute({"-t", "get_address", "0000000000000000000000000000000000000000000000000000000000000001"}, false);
  auto after =
      Execute({"get_address", "0000000000000000000000000000000000000000000000000000000000000001", "-t"}, false);
  EXPECT_EQ(before.exit_code, 0);
  EXPECT_EQ(before.out, after.out);
  EXPECT_EQ(before.out.back(), '\n');
  EXPECT_NE(before.out.find("\"BTC\":\"m"), std::string::npos);
}

TEST(CommandsTest, PrettyPrintsLikeJsonStringifyWithTwoSpaces) {
  auto r = Execute({"get_address", "0000000000000000000000000000000000000000000000000000000000000001"}, true);
  EXPECT_EQ(r.out.substr(0, 10), "{\n  \"BTC\":");
}

}  // namespace
}  // namespace stacks::cli
