#include "config/net_address.h"

#include <gtest/gtest.h>

#include "config_test_util.h"

namespace stacks::config {
namespace {

using testing::HasError;
using util::ErrorCode;

class NetAddressTest : public ::testing::Test {};

TEST_F(NetAddressTest, ParsesNamesAndLiterals) {
  EXPECT_EQ(ParseHostPort("localhost:3700").value(), (HostPort{"localhost", 3700, false}));
  EXPECT_EQ(ParseHostPort("seed.testnet.hiro.so:30444").value(), (HostPort{"seed.testnet.hiro.so", 30444, false}));
  EXPECT_EQ(ParseHostPort("0.0.0.0:0").value(), (HostPort{"0.0.0.0", 0, true}));
  EXPECT_EQ(ParseHostPort("[::1]:65535").value(), (HostPort{"::1", 65535, true}));
  EXPECT_EQ(ParseIpPort("127.0.0.1:20443").value(), (HostPort{"127.0.0.1", 20443, true}));
}

TEST_F(NetAddressTest, PrintsBracketsAroundIpv6) {
  EXPECT_EQ(ParseHostPort("[fe80::1]:8").value().ToString(), "[fe80::1]:8");
  EXPECT_EQ(ParseHostPort("a:8").value().ToString(), "a:8");
}

TEST_F(NetAddressTest, RejectsMalformedText) {
  EXPECT_TRUE(HasError(ParseHostPort(""), ErrorCode::kInvalidArgument, "missing ':PORT'"));
  EXPECT_TRUE(HasError(ParseHostPort("host"), ErrorCode::kInvalidArgument, "missing ':PORT'"));
  EXPECT_TRUE(HasError(ParseHostPort(":1"), ErrorCode::kInvalidArgument, "empty host"));
  EXPECT_TRUE(HasError(ParseHostPort("h:"), ErrorCode::kInvalidArgument, "empty port"));
  EXPECT_TRUE(HasError(ParseHostPort("h:123456"), ErrorCode::kInvalidArgument, "port out of range"));
  EXPECT_TRUE(HasError(ParseHostPort("h:65536"), ErrorCode::kInvalidArgument, "port out of range"));
  EXPECT_TRUE(HasError(ParseHostPort("h:+1"), ErrorCode::kInvalidArgument, "port is not a number"));
  EXPECT_TRUE(HasError(ParseHostPort("h:1 "), ErrorCode::kInvalidArgument, "port is not a number"));
  EXPECT_TRUE(HasError(ParseHostPort("h/x:1"), ErrorCode::kInvalidArgument, "character not allowed"));
  EXPECT_TRUE(HasError(ParseHostPort("::1:80"), ErrorCode::kInvalidArgument, "must be written in brackets"));
  EXPECT_TRUE(HasError(ParseHostPort("[::1]80"), ErrorCode::kInvalidArgument, "missing ':PORT'"));
  EXPECT_TRUE(HasError(ParseHostPort("[::1]"), ErrorCode::kInvalidArgument, "missing ':PORT'"));
  EXPECT_TRUE(HasError(ParseHostPort("[1.2.3.4]:1"), ErrorCode::kInvalidArgument, "not an IPv6 address"));
  EXPECT_TRUE(HasError(ParseHostPort("[::1:1"), ErrorCode::kInvalidArgument, "unclosed '['"));
}

TEST_F(NetAddressTest, IpPortRefusesNames) {
  EXPECT_TRUE(HasError(ParseIpPort("localhost:1"), ErrorCode::kInvalidArgument, "must be an IP address"));
  EXPECT_TRUE(HasError(ParseIpPort("1.2.3:1"), ErrorCode::kInvalidArgument, "must be an IP address"));
  EXPECT_TRUE(HasError(ParseIpPort("256.0.0.1:1"), ErrorCode::kInvalidArgument, "must be an IP address"));
}

}  // namespace
}  // namespace stacks::config
