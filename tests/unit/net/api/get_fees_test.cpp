// GET /v2/fees/transfer: a bare JSON number.
#include <gtest/gtest.h>

#include "net/net_test_util.h"

namespace stacks::net {
namespace {

class GetFeesTest : public stacks::testing::RpcServerTest {};

TEST_F(GetFeesTest, ServesABareNumber) {
  backend.fee_rate = uint64_t{12345};
  auto r = Get("/v2/fees/transfer");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.Header("content-type"), "application/json");
  EXPECT_EQ(r.body, "12345");
}

TEST_F(GetFeesTest, RefusesABody) {
  auto r = stacks::testing::Request(port(), "GET", "/v2/fees/transfer", "{}", "application/json");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body, "Failed to decode: Invalid Http request: expected 0-length body");
}

TEST_F(GetFeesTest, PostIs405) { EXPECT_EQ(Post("/v2/fees/transfer", "{}", "application/json").status, 405); }

}  // namespace
}  // namespace stacks::net
