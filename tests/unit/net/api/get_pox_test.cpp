// GET /v2/pox: RPCPoxInfoData's keys, order and value formats.
#include <gtest/gtest.h>

#include "net/net_test_util.h"

namespace stacks::net {
namespace {

class GetPoxTest : public stacks::testing::RpcServerTest {};

TEST_F(GetPoxTest, ServesEveryKeyInOrder) {
  PoxInfo p;
  p.contract_id = "ST000000000000000000002AMW42H.pox-4";
  p.pox_activation_threshold_ustx = 1;
  p.first_burnchain_block_height = 0;
  p.current_burnchain_block_height = 110;
  p.prepare_phase_block_length = 5;
  p.reward_phase_block_length = 15;
  p.reward_slots = 30;
  p.total_liquid_supply_ustx = 1000;
  p.current_cycle = {5, 100, 0, false};
  p.next_cycle.id = 6;
  p.next_cycle.blocks_until_prepare_phase = -2;
  p.epochs.push_back({"Epoch30", 100, 9223372036854775807ull, {1, 2, 3, 4, 5}, 11});
  p.current_epoch = "Epoch30";
  p.contract_versions.push_back({"ST000000000000000000002AMW42H.pox-4", 100, 6});
  p.pox_5_sbtc_contract = "ST1.sbtc-token";
  p.pox_5_sbtc_registry_contract = "ST1.sbtc-registry";
  backend.pox = p;
  auto r = Get("/v2/pox");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(
      r.body,
      R"({"contract_id":"ST000000000000000000002AMW42H.pox-4","pox_activation_threshold_ustx":1,)"
      R"("first_burnchain_block_height":0,"current_burnchain_block_height":110,"prepare_phase_block_length":5,)"
      R"("reward_phase_block_length":15,"reward_slots":30,"rejection_fraction":null,"total_liquid_supply_ustx":1000,)"
      R"("current_cycle":{"id":5,"min_threshold_ustx":100,"stacked_ustx":0,"is_pox_active":false},)"
      R"("next_cycle":{"id":6,"min_threshold_ustx":0,"min_increment_ustx":0,"stacked_ustx":0,)"
      R"("prepare_phase_start_block_height":0,"blocks_until_prepare_phase":-2,"reward_phase_start_block_height":0,)"
      R"("blocks_until_reward_phase":0,"ustx_until_pox_rejection":null},)"
      R"("epochs":[{"epoch_id":"Epoch30","start_height":100,"end_height":9223372036854775807,)"
      R"("block_limit":{"write_length":1,"write_count":2,"read_length":3,"read_count":4,"runtime":5},"network_epoch":11}],)"
      R"("current_epoch":"Epoch30","min_amount_ustx":0,"prepare_cycle_length":0,"reward_cycle_id":0,)"
      R"("reward_cycle_length":0,"rejection_votes_left_required":null,"next_reward_cycle_in":0,)"
      R"("contract_versions":[{"contract_id":"ST000000000000000000002AMW42H.pox-4",)"
      R"("activation_burnchain_block_height":100,"first_reward_cycle_id":6}],)"
      R"("pox_5_sbtc_contract":"ST1.sbtc-token","pox_5_sbtc_registry_contract":"ST1.sbtc-registry"})");
}

TEST_F(GetPoxTest, UnknownTipIs404) {
  backend.pox = util::NotFound("tip");
  auto r = Get("/v2/pox?tip=" + std::string(64, '9'));
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.body, "No such chain tip");
  EXPECT_EQ(backend.last_tip->kind, TipRequest::Kind::kSpecific);
}

TEST_F(GetPoxTest, BackendFailureIs500) {
  backend.pox = util::Corruption("PoX constants mismatch");
  auto r = Get("/v2/pox");
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(r.body, "Failed to load PoX info: PoX constants mismatch");
}

}  // namespace
}  // namespace stacks::net
