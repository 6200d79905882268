// GET /v2/info: RPCPeerInfoData's keys, order and value formats.
#include <gtest/gtest.h>

#include "net/net_test_util.h"

namespace stacks::net {
namespace {

class GetInfoTest : public stacks::testing::RpcServerTest {};

TEST_F(GetInfoTest, ServesEveryFieldInTheReferenceOrder) {
  NodeInfo info;
  info.peer_version = 4207599116;
  info.pox_consensus.fill(0x11);
  info.burn_block_height = 120;
  info.stable_pox_consensus.fill(0x22);
  info.stable_burn_block_height = 113;
  info.server_version = "stacks-node 0.1.0";
  info.network_id = 2147483648;
  info.parent_network_id = 3669344250;
  info.stacks_tip_height = 30;
  info.stacks_tip.fill(0x33);
  info.stacks_tip_consensus_hash.fill(0x44);
  info.genesis_chainstate_hash.fill(0x55);
  info.tenure_height = 12;
  info.is_fully_synced = true;
  std::array<uint8_t, 33> key{};
  key.fill(0x02);
  info.node_public_key = key;
  info.node_public_key_hash = crypto::Hash160{};
  info.last_pox_anchor = NodeInfo::LastPoxAnchor{};
  info.stackerdbs = std::vector<std::string>{"ST000000000000000000002AMW42H.signers-0-0"};
  backend.node_info = info;
  auto r = Get("/v2/info");
  ASSERT_EQ(r.status, 200);
  std::string key_hex;
  for (int i = 0; i < 33; ++i) key_hex += "02";
  const std::string h20_11(40, '1'), h20_22(40, '2'), h32_33(64, '3'), h20_44(40, '4'), h32_55(64, '5');
  EXPECT_EQ(r.body,
            R"({"peer_version":4207599116,"pox_consensus":")" + h20_11 +
                R"(","burn_block_height":120,"stable_pox_consensus":")" + h20_22 +
                R"(","stable_burn_block_height":113,"server_version":"stacks-node 0.1.0","network_id":2147483648,)"
                R"("parent_network_id":3669344250,"stacks_tip_height":30,"stacks_tip":")" +
                h32_33 + R"(","stacks_tip_consensus_hash":")" + h20_44 + R"(","genesis_chainstate_hash":")" + h32_55 +
                R"(","unanchored_tip":null,"unanchored_seq":null,"tenure_height":12,"exit_at_block_height":null,)"
                R"("is_fully_synced":true,"node_public_key":")" +
                key_hex + R"(","node_public_key_hash":")" + std::string(40, '0') +
                R"(","last_pox_anchor":{"anchor_block_hash":")" + std::string(64, '0') + R"(","anchor_block_txid":")" +
                std::string(64, '0') + R"("},"stackerdbs":["ST000000000000000000002AMW42H.signers-0-0"]})");
}

TEST_F(GetInfoTest, OmitsTheOptionalKeysWhenAbsent) {
  auto r = Get("/v2/info");
  ASSERT_EQ(r.status, 200);
  auto j = r.Json();
  EXPECT_FALSE(j.contains("node_public_key"));
  EXPECT_FALSE(j.contains("last_pox_anchor"));
  EXPECT_FALSE(j.contains("stackerdbs"));
  EXPECT_TRUE(j["unanchored_tip"].is_null());
}

TEST_F(GetInfoTest, RefusesABody) {
  auto r = stacks::testing::Request(port(), "GET", "/v2/info", "x");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body, "Failed to decode: Invalid Http request: expected 0-length body for GetInfo");
}

TEST_F(GetInfoTest, BackendFailureIs500) {
  backend.node_info = util::IoError("db down");
  auto r = Get("/v2/info");
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(r.body, "db down");
}

}  // namespace
}  // namespace stacks::net
