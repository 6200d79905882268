// GET /v3/tenures/info: RPCGetTenureInfo's keys and order.
#include <gtest/gtest.h>

#include "net/net_test_util.h"

namespace stacks::net {
namespace {

class GetTenuresTest : public stacks::testing::RpcServerTest {};

TEST_F(GetTenuresTest, ServesTheTenure) {
  TenureInfo t;
  t.consensus_hash.fill(0x01);
  t.tenure_start_block_id.fill(0x02);
  t.parent_consensus_hash.fill(0x03);
  t.parent_tenure_start_block_id.fill(0x04);
  t.tip_block_id.fill(0x05);
  t.tip_height = 99;
  t.reward_cycle = 4;
  backend.tenure = t;
  auto r = Get("/v3/tenures/info");
  EXPECT_EQ(r.status, 200);
  auto rep = [](const char* byte, int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += byte;
    return s;
  };
  EXPECT_EQ(r.body, R"({"consensus_hash":")" + rep("01", 20) + R"(","tenure_start_block_id":")" + rep("02", 32) +
                        R"(","parent_consensus_hash":")" + rep("03", 20) + R"(","parent_tenure_start_block_id":")" +
                        rep("04", 32) + R"(","tip_block_id":")" + rep("05", 32) +
                        R"(","tip_height":99,"reward_cycle":4})");
}

TEST_F(GetTenuresTest, UnanchoredPatternAsTheReference) { EXPECT_EQ(Get("/v3/tenures/infoextra").status, 200); }

TEST_F(GetTenuresTest, PostIs405) { EXPECT_EQ(Post("/v3/tenures/info", "x", "text/plain").status, 405); }

}  // namespace
}  // namespace stacks::net
