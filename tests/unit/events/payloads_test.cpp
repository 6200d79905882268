#include "events/payloads.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace stacks::events {
namespace {

using nlohmann::json;

util::Bytes Filled(size_t n, uint8_t byte) { return util::Bytes(n, byte); }

std::string Hex0x(size_t n, const char* pair) {
  std::string out = "0x";
  for (size_t i = 0; i < n; ++i) out += pair;
  return out;
}

class PayloadsTest : public ::testing::Test {};

TEST_F(PayloadsTest, NewMempoolTxIsAnArrayOfPrefixedHex) {
  const std::vector<util::Bytes> txs = {{0x00, 0x01, 0xab}, {0xff}};
  EXPECT_EQ(NewMempoolTxPayload(txs), json::parse(R"(["0x0001ab", "0xff"])"));
  EXPECT_EQ(NewMempoolTxPayload({}), json::array());
}

TEST_F(PayloadsTest, DropMempoolTxWithAndWithoutReplacement) {
  const std::vector<util::Bytes> txids = {Filled(32, 0x11)};
  EXPECT_EQ(DropMempoolTxPayload(txids, DropReason::kReplaceByFee, Filled(32, 0x22)),
            json({{"dropped_txids", {Hex0x(32, "11")}}, {"reason", "ReplaceByFee"}, {"new_txid", Hex0x(32, "22")}}));
  EXPECT_EQ(DropMempoolTxPayload(txids, DropReason::kStaleGarbageCollect, std::nullopt),
            json({{"dropped_txids", {Hex0x(32, "11")}}, {"reason", "StaleGarbageCollect"}, {"new_txid", nullptr}}));
}

TEST_F(PayloadsTest, DropReasonNamesAreTheReferenceVariants) {
  EXPECT_EQ(DropReasonName(DropReason::kReplaceAcrossFork), "ReplaceAcrossFork");
  EXPECT_EQ(DropReasonName(DropReason::kTooExpensive), "TooExpensive");
  EXPECT_EQ(DropReasonName(DropReason::kProblematic), "Problematic");
}

TEST_F(PayloadsTest, NewBurnBlockHasEveryKey) {
  BurnBlockEvent bb;
  bb.burn_block_hash = Filled(32, 0xaa);
  bb.burn_block_height = 105;
  bb.reward_recipients = {{"mfWxJ45yp2SFn7UciZyNpvDKrzbhyfKrY8", 1000}};
  bb.reward_slot_holders = {"mfWxJ45yp2SFn7UciZyNpvDKrzbhyfKrY8", "n2v875jbJ4RjBnTjgbfikDfnwsDV5iUByw"};
  bb.burn_amount = 20000;
  bb.consensus_hash = Filled(20, 0xcc);
  bb.parent_burn_block_hash = Filled(32, 0xbb);
  bb.pox_transactions = {{Filled(32, 0x01), {{"mfWxJ45yp2SFn7UciZyNpvDKrzbhyfKrY8", 1000, 1}}}};
  const json expected = json::parse(R"({
    "burn_block_hash": ")" + Hex0x(32, "aa") +
                                    R"(",
    "burn_block_height": 105,
    "reward_recipients": [{"recipient": "mfWxJ45yp2SFn7UciZyNpvDKrzbhyfKrY8", "amt": 1000}],
    "reward_slot_holders": ["mfWxJ45yp2SFn7UciZyNpvDKrzbhyfKrY8", "n2v875jbJ4RjBnTjgbfikDfnwsDV5iUByw"],
    "burn_amount": 20000,
    "consensus_hash": ")" + Hex0x(20, "cc") +
                                    R"(",
    "parent_burn_block_hash": ")" + Hex0x(32, "bb") +
                                    R"(",
    "pox_transactions": [{"txid": ")" +
                                    Hex0x(32, "01") + R"(",
                          "reward_recipients": [{"recipient": "mfWxJ45yp2SFn7UciZyNpvDKrzbhyfKrY8", "amt": 1000,
                                                 "utxo_idx": 1}]}]
  })");
  EXPECT_EQ(NewBurnBlockPayload(bb), expected);
}

TEST_F(PayloadsTest, StxTransferEventUsesStringAmountAndBareHexMemo) {
  TransactionEvent e;
  e.txid = Filled(32, 0x07);
  e.event_index = 3;
  e.committed = true;
  e.type = EventType::kStxTransfer;
  e.sender = "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM";
  e.recipient = "ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG";
  e.amount = "340282366920938463463374607431768211455";
  e.memo = {0x68, 0x69};
  EXPECT_EQ(TransactionEventJson(e), json::parse(R"({
    "txid": ")" + Hex0x(32, "07") + R"(", "event_index": 3, "committed": true, "type": "stx_transfer_event",
    "stx_transfer_event": {"sender": "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM",
                           "recipient": "ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG",
                           "amount": "340282366920938463463374607431768211455", "memo": "6869"}})"));
}

TEST_F(PayloadsTest, ContractAndTokenEventsCarryTheirKeys) {
  TransactionEvent e;
  e.txid = Filled(32, 0x01);
  e.type = EventType::kContractEvent;
  e.committed = false;
  e.contract_identifier = "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.c";
  e.topic = "print";
  e.raw_value = {0x01, 0x00};
  json j = TransactionEventJson(e);
  EXPECT_EQ(j["committed"], false);
  EXPECT_EQ(j["contract_event"], json({{"contract_identifier", e.contract_identifier},
                                       {"topic", "print"},
                                       {"value", nullptr},
                                       {"raw_value", "0x0100"}}));

  e.type = EventType::kStxLock;
  e.amount = "1000";
  e.unlock_height = 250;
  e.locked_address = "ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG";
  e.contract_identifier = "ST000000000000000000002AMW42H.pox-4";
  EXPECT_EQ(TransactionEventJson(e)["stx_lock_event"], json({{"locked_amount", "1000"},
                                                             {"unlock_height", "250"},
                                                             {"locked_address", e.locked_address},
                                                             {"contract_identifier", e.contract_identifier}}));

  e.type = EventType::kNftBurn;
  e.asset_identifier = "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.c::n";
  e.sender = "ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG";
  EXPECT_EQ(TransactionEventJson(e)["nft_burn_event"], json({{"asset_identifier", e.asset_identifier},
                                                             {"sender", e.sender},
                                                             {"value", nullptr},
                                                             {"raw_value", "0x0100"}}));

  e.type = EventType::kFtMint;
  e.recipient = "ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG";
  e.amount = "5";
  j = TransactionEventJson(e);
  EXPECT_EQ(j["type"], "ft_mint_event");
  EXPECT_EQ(j["ft_mint_event"],
            json({{"asset_identifier", e.asset_identifier}, {"recipient", e.recipient}, {"amount", "5"}}));
}

TEST_F(PayloadsTest, EveryEventTypeNameMatchesTheReference) {
  const std::vector<std::pair<EventType, std::string>> names = {
      {EventType::kContractEvent, "contract_event"}, {EventType::kStxTransfer, "stx_transfer_event"},
      {EventType::kStxMint, "stx_mint_event"},       {EventType::kStxBurn, "stx_burn_event"},
      {EventType::kStxLock, "stx_lock_event"},       {EventType::kNftTransfer, "nft_transfer_event"},
      {EventType::kNftMint, "nft_mint_event"},       {EventType::kNftBurn, "nft_burn_event"},
      {EventType::kFtTransfer, "ft_transfer_event"}, {EventType::kFtMint, "ft_mint_event"},
      {EventType::kFtBurn, "ft_burn_event"}};
  for (const auto& [type, name] : names) {
    EXPECT_EQ(EventTypeName(type), name);
    TransactionEvent e;
    e.type = type;
    EXPECT_TRUE(TransactionEventJson(e).contains(name)) << name;
  }
}

TEST_F(PayloadsTest, TransactionReceiptHasEveryKey) {
  TransactionReceipt r;
  r.txid = Filled(32, 0x05);
  r.tx_index = 2;
  r.status = TxStatus::kAbortByPostCondition;
  r.raw_result = {0x07, 0x03};
  r.raw_tx = {0x80, 0x00};
  r.execution_cost = {1, 2, 3, 4, 5};
  EXPECT_EQ(TransactionReceiptJson(r), json::parse(R"({
    "txid": ")" + Hex0x(32, "05") + R"(", "tx_index": 2, "status": "abort_by_post_condition",
    "raw_result": "0x0703", "raw_tx": "0x8000", "contract_interface": null, "burnchain_op": null,
    "execution_cost": {"write_length": 1, "write_count": 2, "read_length": 3, "read_count": 4, "runtime": 5},
    "microblock_sequence": null, "microblock_hash": null, "microblock_parent_hash": null, "vm_error": null})"));

  r.status = TxStatus::kAbortByResponse;
  r.microblock_sequence = 4;
  r.microblock_hash = Filled(32, 0x0a);
  r.microblock_parent_hash = Filled(32, 0x0b);
  r.vm_error = "Unchecked(...)";
  const json j = TransactionReceiptJson(r);
  EXPECT_EQ(j["status"], "abort_by_response");
  EXPECT_EQ(j["microblock_sequence"], 4);
  EXPECT_EQ(j["microblock_hash"], Hex0x(32, "0a"));
  EXPECT_EQ(j["microblock_parent_hash"], Hex0x(32, "0b"));
  EXPECT_EQ(j["vm_error"], "Unchecked(...)");
}

BlockEvent SampleBlock() {
  BlockEvent b;
  b.block_hash = Filled(32, 0x01);
  b.block_height = 7;
  b.burn_block_hash = Filled(32, 0x02);
  b.burn_block_height = 110;
  b.burn_block_time = 1700000000;
  b.miner_txid = Filled(32, 0x03);
  b.index_block_hash = Filled(32, 0x04);
  b.parent_block_hash = Filled(32, 0x05);
  b.parent_index_block_hash = Filled(32, 0x06);
  b.parent_microblock = Filled(32, 0x00);
  b.parent_burn_block_hash = Filled(32, 0x08);
  b.parent_burn_block_height = 109;
  b.parent_burn_block_timestamp = 1699999999;
  b.anchored_cost = {0, 0, 0, 0, 42};
  b.pox_v1_unlock_height = 1;
  b.pox_v2_unlock_height = 2;
  b.pox_v3_unlock_height = 3;
  b.pox_v4_unlock_height = 4;
  b.tenure_height = 6;
  b.consensus_hash = Filled(20, 0x09);
  return b;
}

TEST_F(PayloadsTest, NewBlockOfAnEpoch2BlockHasEveryKey) {
  const BlockEvent b = SampleBlock();
  const json zero_cost = {
      {"write_length", 0}, {"write_count", 0}, {"read_length", 0}, {"read_count", 0}, {"runtime", 0}};
  const json expected = {
      {"block_hash", Hex0x(32, "01")},
      {"block_height", 7},
      {"block_time", nullptr},
      {"burn_block_hash", Hex0x(32, "02")},
      {"burn_block_height", 110},
      {"burn_block_time", 1700000000},
      {"miner_txid", Hex0x(32, "03")},
      {"index_block_hash", Hex0x(32, "04")},
      {"parent_block_hash", Hex0x(32, "05")},
      {"parent_index_block_hash", Hex0x(32, "06")},
      {"parent_microblock", Hex0x(32, "00")},
      {"parent_microblock_sequence", 0},
      {"matured_miner_rewards", json::array()},
      {"events", json::array()},
      {"transactions", json::array()},
      {"parent_burn_block_hash", Hex0x(32, "08")},
      {"parent_burn_block_height", 109},
      {"parent_burn_block_timestamp", 1699999999},
      {"anchored_cost",
       {{"write_length", 0}, {"write_count", 0}, {"read_length", 0}, {"read_count", 0}, {"runtime", 42}}},
      {"confirmed_microblocks_cost", zero_cost},
      {"pox_v1_unlock_height", 1},
      {"pox_v2_unlock_height", 2},
      {"pox_v3_unlock_height", 3},
      {"pox_v4_unlock_height", 4},
      {"signer_bitvec", nullptr},
      {"reward_set", nullptr},
      {"cycle_number", nullptr},
      {"tenure_height", 6},
      {"consensus_hash", Hex0x(20, "09")},
  };
  EXPECT_EQ(NewBlockPayload(b, b.events), expected);
}

TEST_F(PayloadsTest, NewBlockOfANakamotoBlockAddsSignaturesRewardSetAndRewards) {
  BlockEvent b = SampleBlock();
  b.block_time = 1700000001;
  b.signer_bitvec = util::Bytes{0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x80};
  b.reward_set = RewardSetInfo{{"mfWxJ45yp2SFn7UciZyNpvDKrzbhyfKrY8"},
                               json::object({{"missed_reward_slots", json::array()}}),
                               std::vector<RewardSetSigner>{{Filled(33, 0x02), "1000000", 1}},
                               "50000"};
  b.cycle_number = 3;
  b.nakamoto = NakamotoBlockSigning{Filled(32, 0x0d), Filled(65, 0x0e), {Filled(65, 0x0f)}};
  b.matured_miner_rewards = {{"ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM", "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM",
                              "1000", "1", "2", "3", Filled(32, 0x10), Filled(32, 0x11)}};
  const json j = NewBlockPayload(b, b.events);
  EXPECT_EQ(j["block_time"], 1700000001);
  EXPECT_EQ(j["signer_bitvec"], "00010000000180");
  EXPECT_EQ(j["cycle_number"], 3);
  EXPECT_EQ(j["reward_set"], json::parse(R"({"rewarded_addresses": ["mfWxJ45yp2SFn7UciZyNpvDKrzbhyfKrY8"],
      "start_cycle_state": {"missed_reward_slots": []},
      "signers": [{"signing_key": ")" + Hex0x(33, "02").substr(2) +
                                         R"(", "stacked_amt": "1000000", "weight": 1}],
      "pox_ustx_threshold": "50000"})"));
  EXPECT_EQ(j["signer_signature_hash"], Hex0x(32, "0d"));
  EXPECT_EQ(j["miner_signature"], Hex0x(65, "0e"));
  EXPECT_EQ(j["signer_signature"], json::array({Hex0x(65, "0f").substr(2)}));
  EXPECT_EQ(j["matured_miner_rewards"], json::parse(R"([{
      "recipient": "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM", "miner_address": "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM",
      "coinbase_amount": "1000", "tx_fees_anchored": "1", "tx_fees_streamed_confirmed": "2",
      "tx_fees_streamed_produced": "3", "from_stacks_block_hash": ")" +
                                                    Hex0x(32, "10") + R"(",
      "from_index_consensus_hash": ")" + Hex0x(32, "11") +
                                                    R"("}])"));
}

TEST_F(PayloadsTest, RewardSetWithoutSignersOmitsTheKey) {
  BlockEvent b = SampleBlock();
  b.reward_set = RewardSetInfo{};
  const json j = NewBlockPayload(b, b.events);
  EXPECT_FALSE(j["reward_set"].contains("signers"));
  EXPECT_EQ(j["reward_set"]["pox_ustx_threshold"], nullptr);
}

TEST_F(PayloadsTest, NewBlockWritesOnlyTheGivenEventsWithTheirIndexes) {
  BlockEvent b = SampleBlock();
  b.events.resize(3);
  for (uint32_t i = 0; i < 3; ++i) b.events[i].event_index = i;
  const json j = NewBlockPayload(b, std::span(b.events).subspan(2));
  ASSERT_EQ(j["events"].size(), 1u);
  EXPECT_EQ(j["events"][0]["event_index"], 2);
}

}  // namespace
}  // namespace stacks::events
