#include "burnchain/leader_block_commit.h"

#include <gtest/gtest.h>

#include <limits>

#include "burnchain/epoch_marker.h"
#include "burnchain_test_util.h"

namespace stacks::burnchain {
namespace {

using testing::FailsWith;
using testing::Hex;
using testing::HexArray;
using testing::OpTx;
using testing::P2pkhOut;
using util::ErrorCode;

class LeaderBlockCommitTest : public ::testing::Test {
 protected:
  static constexpr BurnchainParams TESTNET_ID = {BitcoinNetworkType::kTestnet, MAGIC_BYTES_DEFAULT};
  static constexpr BurnchainParams MAINNET_ID = {BitcoinNetworkType::kMainnet, MAGIC_BYTES_DEFAULT};
  static constexpr uint64_t HEIGHT = 0x71706363;

  // stacks-core leader_block_commit.rs test_parse (see the data file).
  static nlohmann::json Fixtures() { return testing::Vectors("leader_block_commit"); }

  static BitcoinTx FixtureTx(std::string_view name) {
    const nlohmann::json vectors = Fixtures()["vectors"];
    for (const auto& v : vectors) {
      if (v["name"].get<std::string>() == name) return testing::TxFromHex(v["tx"].get<std::string>());
    }
    ADD_FAILURE() << "no fixture " << name;
    return {};
  }

  // A 77-byte payload: hashes of 0x22 and 0x33, parent (ptr, vtxindex), key (ptr, vtxindex), and the last byte.
  static util::Bytes Payload(uint32_t parent_ptr = 10, uint16_t parent_vtx = 1, uint32_t key_ptr = 9,
                             uint16_t key_vtx = 2, uint8_t last = (STACKS_EPOCH_3_0_MARKER << 3) | 4) {
    codec::ByteWriter w;
    w.WriteBytes(util::Bytes(32, 0x22));
    w.WriteBytes(util::Bytes(32, 0x33));
    w.WriteU32(parent_ptr);
    w.WriteU16(parent_vtx);
    w.WriteU32(key_ptr);
    w.WriteU16(key_vtx);
    w.WriteU8(last);
    return w.Take();
  }

  static util::Result<LeaderBlockCommitOp> ParseAt(const BitcoinTx& tx, uint64_t height,
                                                   CommitOutputRule rule = CommitOutputRule::kRewardPhase) {
    return LeaderBlockCommitOp::Parse(tx, BurnBlockRef{height, {}}, 1, MAINNET_ID, rule);
  }
};

TEST_F(LeaderBlockCommitTest, ParsesTheReferenceFixture) {
  const auto section = Fixtures();
  const auto& v = section["vectors"][0];
  ASSERT_FALSE(v["result"].is_null());
  const BurnBlockRef block{section["block_height"], {}};
  auto op = LeaderBlockCommitOp::Parse(testing::TxFromHex(v["tx"].get<std::string>()), block, section["vtxindex"],
                                       TESTNET_ID, CommitOutputRule::kRewardPhase);
  ASSERT_TRUE(op) << op.error().ToString();
  const auto& want = v["result"];
  EXPECT_EQ(util::ToHex(op->block_header_hash), want["block_header_hash"].get<std::string>());
  EXPECT_EQ(util::ToHex(op->new_seed), want["new_seed"].get<std::string>());
  EXPECT_EQ(op->parent_block_ptr, want["parent_block_ptr"].get<uint32_t>());
  EXPECT_EQ(op->parent_vtxindex, want["parent_vtxindex"].get<uint16_t>());
  EXPECT_EQ(op->key_block_ptr, want["key_block_ptr"].get<uint32_t>());
  EXPECT_EQ(op->key_vtxindex, want["key_vtxindex"].get<uint16_t>());
  EXPECT_EQ(util::ToHex(op->memo), want["memo"].get<std::string>());
  ASSERT_EQ(op->commit_outs.size(), want["commit_outs"].size());
  for (size_t i = 0; i < op->commit_outs.size(); ++i) {
    const auto& out = want["commit_outs"][i];
    EXPECT_EQ(op->commit_outs[i],
              PoxAddress(PoxStandardAddress{codec::StacksAddress{out["stacks_version"].get<uint8_t>(),
                                                                 HexArray<20>(out["hash160"].get<std::string>())},
                                            std::nullopt}));
  }
  EXPECT_EQ(op->burn_fee, want["burn_fee"].get<uint64_t>());
  EXPECT_EQ(op->sunset_burn, want["sunset_burn"].get<uint64_t>());
  EXPECT_EQ(util::ToHex(op->input.txid), want["input"]["txid"].get<std::string>());
  EXPECT_EQ(op->input.vout, want["input"]["vout"].get<uint32_t>());
  EXPECT_EQ(op->apparent_sender, want["apparent_sender"].get<std::string>());
  EXPECT_EQ(util::ToHex(op->txid), want["txid"].get<std::string>());
  EXPECT_EQ(op->vtxindex, section["vtxindex"].get<uint32_t>());
  EXPECT_EQ(op->block_height, HEIGHT);
  EXPECT_EQ(op->burn_parent_modulus, BurnParentModulus(HEIGHT));
  EXPECT_EQ(util::ToHex(util::Concat({MAGIC_BYTES_DEFAULT, op->SerializePayload()})),
            v["op_return_data"].get<std::string>());
}

TEST_F(LeaderBlockCommitTest, RejectsReferenceFailureFixturesAtTheirHeight) {
  // The reference parses failing fixtures at burn height 0, where every back-pointer is out of range.
  const nlohmann::json vectors = Fixtures()["vectors"];
  for (const auto& v : vectors) {
    if (!v["result"].is_null()) continue;
    auto r = LeaderBlockCommitOp::Parse(testing::TxFromHex(v["tx"].get<std::string>()), {0, {}}, 1, TESTNET_ID,
                                        CommitOutputRule::kRewardPhase);
    EXPECT_EQ(testing::ErrorOf(r).code, ErrorCode::kInvalidArgument) << v["name"];
  }
}

TEST_F(LeaderBlockCommitTest, RejectsReferenceFailureFixturesForTheirOwnReasons) {
  const auto parse = [](std::string_view name) {
    return LeaderBlockCommitOp::Parse(FixtureTx(name), {HEIGHT, {}}, 1, TESTNET_ID, CommitOutputRule::kRewardPhase);
  };
  EXPECT_TRUE(FailsWith(parse("invalid -- wrong opcode"), ErrorCode::kInvalidArgument, "invalid-input"));
  // One output to 00..01 and one change output of a different amount: unequal PoX outputs.
  EXPECT_TRUE(FailsWith(parse("invalid -- wrong burn address"), ErrorCode::kInvalidArgument, "parse-error"));
  EXPECT_TRUE(FailsWith(parse("invalid -- bad OP_RETURN (missing memo)"), ErrorCode::kInvalidArgument, "parse-error"));
}

TEST_F(LeaderBlockCommitTest, CountsTwoEqualPoxOutputsAndTheOpReturnAsSunsetBurn) {
  // stacks-core test_parse_pox_commits: outputs of 10, 10 and a change of 30; the OP_RETURN carries 30.
  const BitcoinTx tx = OpTx('[', Payload(), {P2pkhOut(1, 10), P2pkhOut(2, 10), P2pkhOut(0, 30)}, 30);
  auto op = ParseAt(tx, 100);
  ASSERT_TRUE(op) << op.error().ToString();
  EXPECT_EQ(op->commit_outs.size(), 2u);
  EXPECT_EQ(op->burn_fee, 20u);
  EXPECT_EQ(op->sunset_burn, 30u);
  EXPECT_EQ(op->apparent_sender, "1111111111111111111114oLvT2");  // mainnet p2pkh of hash160 zero
  EXPECT_EQ(op->input, (OutPoint{testing::HexArray<32>(std::string(64, '1')), 1}));
  EXPECT_EQ(op->memo, util::Bytes{STACKS_EPOCH_3_0_MARKER});
  EXPECT_EQ(op->burn_parent_modulus, 4);
}

TEST_F(LeaderBlockCommitTest, LooksOnlyAtTheFirstTwoOutputs) {
  // test_parse_pox_commits: five outputs of 13 give a burn fee of 26.
  const BitcoinTx tx =
      OpTx('[', Payload(), {P2pkhOut(1, 13), P2pkhOut(2, 13), P2pkhOut(2, 13), P2pkhOut(2, 13), P2pkhOut(2, 13)});
  auto op = ParseAt(tx, 100);
  ASSERT_TRUE(op);
  EXPECT_EQ(op->burn_fee, 26u);
  EXPECT_EQ(op->sunset_burn, 0u);
}

TEST_F(LeaderBlockCommitTest, RejectsBadRewardPhaseOutputs) {
  // test_parse_pox_commits: unequal amounts, a single output, and zero amounts.
  EXPECT_TRUE(FailsWith(ParseAt(OpTx('[', Payload(), {P2pkhOut(1, 10), P2pkhOut(0, 9)}), 100),
                        ErrorCode::kInvalidArgument, "parse-error"));
  EXPECT_TRUE(
      FailsWith(ParseAt(OpTx('[', Payload(), {P2pkhOut(1, 13)}), 100), ErrorCode::kInvalidArgument, "invalid-input"));
  EXPECT_TRUE(FailsWith(ParseAt(OpTx('[', Payload(), {P2pkhOut(1, 0), P2pkhOut(2, 0), P2pkhOut(2, 0)}), 100),
                        ErrorCode::kInvalidArgument, "parse-error"));
  const uint64_t half = std::numeric_limits<uint64_t>::max() / 2 + 1;
  EXPECT_TRUE(FailsWith(ParseAt(OpTx('[', Payload(), {P2pkhOut(1, half), P2pkhOut(2, half)}), 100),
                        ErrorCode::kInvalidArgument, "parse-error"));
}

TEST_F(LeaderBlockCommitTest, BurnsInARewardPhaseStillCount) {
  // test_parse_sunset_end, epoch 2.1 branch: a burn output among the two PoX outputs is fine.
  const BitcoinTx tx = OpTx('[', Payload(), {P2pkhOut(0, 10), P2pkhOut(2, 10), P2pkhOut(0, 30)});
  auto op = ParseAt(tx, 100);
  ASSERT_TRUE(op);
  EXPECT_EQ(op->commit_outs.size(), 2u);
  EXPECT_TRUE(IsBurnAddress(op->commit_outs[0]));
  EXPECT_FALSE(op->AllOutputsBurn());
  EXPECT_EQ(op->burn_fee, 20u);
}

TEST_F(LeaderBlockCommitTest, BurnOnlyCommitsPayOneBurnOutput) {
  const BitcoinTx tx = OpTx('[', Payload(), {P2pkhOut(0, 10), P2pkhOut(2, 10), P2pkhOut(0, 30)}, 5);
  auto op = ParseAt(tx, 100, CommitOutputRule::kBurnOnly);
  ASSERT_TRUE(op) << op.error().ToString();
  ASSERT_EQ(op->commit_outs.size(), 1u);
  EXPECT_TRUE(op->AllOutputsBurn());
  EXPECT_EQ(op->burn_fee, 10u);
  EXPECT_EQ(op->sunset_burn, 5u);
  EXPECT_EQ(op->apparent_sender,
            PoxAddressToB58(PoxStandardAddress{codec::StacksAddress{22, testing::Hash160Of(2)}, std::nullopt}));
  const BitcoinTx paying = OpTx('[', Payload(), {P2pkhOut(1, 10)});
  EXPECT_TRUE(FailsWith(ParseAt(paying, 100, CommitOutputRule::kBurnOnly), ErrorCode::kConsensusViolation,
                        "block-commit-bad-outputs"));
  auto alone = ParseAt(OpTx('[', Payload(), {P2pkhOut(0, 10)}), 100, CommitOutputRule::kBurnOnly);
  ASSERT_TRUE(alone);
  EXPECT_EQ(alone->apparent_sender, NO_CHANGE_OUTPUT_SENDER);
}

TEST_F(LeaderBlockCommitTest, WaterfallCommitsPayOnePositiveOutput) {
  // test_parse_pox_waterfall_rejects_zero_amount.
  EXPECT_TRUE(FailsWith(ParseAt(OpTx('[', Payload(), {P2pkhOut(1, 0)}), 100, CommitOutputRule::kWaterfall),
                        ErrorCode::kInvalidArgument, "invalid-input"));
  auto op = ParseAt(OpTx('[', Payload(), {P2pkhOut(1, 10), P2pkhOut(3, 99)}, 7), 100, CommitOutputRule::kWaterfall);
  ASSERT_TRUE(op);
  EXPECT_EQ(op->burn_fee, 10u);
  EXPECT_EQ(op->sunset_burn, 0u);
  EXPECT_EQ(op->commit_outs.size(), 1u);
}

TEST_F(LeaderBlockCommitTest, ChecksBackPointersAgainstTheBlockHeight) {
  const auto outs = [] { return std::vector<TxOut>{P2pkhOut(1, 10), P2pkhOut(2, 10)}; };
  EXPECT_TRUE(ParseAt(OpTx('[', Payload(0, 0, 9, 0), outs()), 10));  // genesis parent
  EXPECT_TRUE(
      FailsWith(ParseAt(OpTx('[', Payload(0, 1, 9, 0), outs()), 10), ErrorCode::kInvalidArgument, "parse-error"));
  EXPECT_TRUE(
      FailsWith(ParseAt(OpTx('[', Payload(10, 0, 9, 0), outs()), 10), ErrorCode::kInvalidArgument, "parse-error"));
  EXPECT_TRUE(
      FailsWith(ParseAt(OpTx('[', Payload(5, 0, 0, 0), outs()), 10), ErrorCode::kInvalidArgument, "parse-error"));
  EXPECT_TRUE(
      FailsWith(ParseAt(OpTx('[', Payload(5, 0, 10, 0), outs()), 10), ErrorCode::kInvalidArgument, "parse-error"));
}

TEST_F(LeaderBlockCommitTest, RejectsMissingInputsOutputsAndShortPayloads) {
  EXPECT_TRUE(
      FailsWith(ParseAt(OpTx('[', Payload(), {P2pkhOut(1, 10), P2pkhOut(2, 10)}, 0, MAGIC_BYTES_DEFAULT, 0), 100),
                ErrorCode::kInvalidArgument, "invalid-input"));
  EXPECT_TRUE(FailsWith(ParseAt(OpTx('[', Payload(), {}), 100), ErrorCode::kInvalidArgument, "invalid-input"));
  EXPECT_TRUE(FailsWith(ParseAt(OpTx('^', Payload(), {P2pkhOut(1, 10), P2pkhOut(2, 10)}), 100),
                        ErrorCode::kInvalidArgument, "invalid-input"));
  const util::Bytes full = Payload();
  for (size_t n = 0; n < full.size(); ++n) {
    EXPECT_TRUE(FailsWith(ParseAt(OpTx('[', util::ByteView(full).first(n), {P2pkhOut(1, 10), P2pkhOut(2, 10)}), 100),
                          ErrorCode::kInvalidArgument, "parse-error"))
        << n;
  }
  // Bytes past the 77 are ignored.
  util::Bytes longer = full;
  longer.push_back(0xee);
  EXPECT_TRUE(ParseAt(OpTx('[', longer, {P2pkhOut(1, 10), P2pkhOut(2, 10)}), 100));
}

TEST_F(LeaderBlockCommitTest, SplitsTheLastByteIntoModulusAndMemo) {
  const auto parse_last = [](uint8_t last) {
    return ParseAt(OpTx('[', Payload(10, 1, 9, 2, last), {P2pkhOut(1, 10), P2pkhOut(2, 10)}), 100).value();
  };
  const LeaderBlockCommitOp op = parse_last(0xff);
  EXPECT_EQ(op.memo, util::Bytes{0x1f});
  EXPECT_EQ(op.burn_parent_modulus, 2);  // 7 mod 5
  EXPECT_EQ(parse_last(0x05).burn_parent_modulus, 0);
  EXPECT_EQ(parse_last(0x03).burn_parent_modulus, 3);
  EXPECT_EQ(op.SerializePayload().back(), 0xfa);  // the modulus is written reduced
}

TEST_F(LeaderBlockCommitTest, ComputesTheBurnParentModulus) {
  EXPECT_EQ(BurnParentModulus(0), 4);
  EXPECT_EQ(BurnParentModulus(1), 0);
  EXPECT_EQ(BurnParentModulus(5), 4);
  EXPECT_EQ(BurnParentModulus(6), 0);
  EXPECT_EQ(BurnParentModulus(HEIGHT), 2);
  EXPECT_EQ(ExpectedChainedUtxo(true), 2u);
  EXPECT_EQ(ExpectedChainedUtxo(false), 3u);
}

TEST_F(LeaderBlockCommitTest, EnforcesEpochMarkers) {
  LeaderBlockCommitOp op;
  EXPECT_TRUE(FailsWith(op.CheckEpochMarker(STACKS_EPOCH_2_05_MARKER), ErrorCode::kConsensusViolation,
                        "block-commit-bad-epoch"));
  op.memo = {STACKS_EPOCH_3_0_MARKER};
  EXPECT_TRUE(op.CheckEpochMarker(STACKS_EPOCH_2_5_MARKER));
  EXPECT_TRUE(op.CheckEpochMarker(STACKS_EPOCH_3_0_MARKER));
  EXPECT_TRUE(FailsWith(op.CheckEpochMarker(STACKS_EPOCH_3_1_MARKER), ErrorCode::kConsensusViolation,
                        "block-commit-bad-epoch"));
  op.memo = {STACKS_EPOCH_LATEST_MARKER};
  EXPECT_TRUE(op.CheckEpochMarker(STACKS_EPOCH_4_0_MARKER));
  EXPECT_EQ(STACKS_EPOCH_3_1_MARKER, 0x0d);
  EXPECT_LT(STACKS_EPOCH_4_1_MARKER, 0x20);  // fits the 5-bit memo
}

TEST_F(LeaderBlockCommitTest, BuildsATransactionThatParsesBack) {
  LeaderBlockCommitOp op;
  op.block_header_hash.fill(0x44);
  op.new_seed.fill(0x55);
  op.parent_block_ptr = 90;
  op.parent_vtxindex = 3;
  op.key_block_ptr = 80;
  op.key_vtxindex = 4;
  op.memo = {STACKS_EPOCH_LATEST_MARKER};
  op.burn_parent_modulus = BurnParentModulus(100);
  op.burn_fee = 20'000;
  op.sunset_burn = 0;
  op.commit_outs = {PoxAddressFromOutput(*ParseOutputAddress("bc1q3hj2rk4fxj6wewmj63tzx4qadhxd39e449ft4k")),
                    StandardBurnAddress(true)};
  OpTxFunding funding;
  funding.inputs.push_back(TxIn{{testing::HexArray<32>(std::string(64, 'f')), 3}, {}, SEQUENCE_FINAL, {}});
  funding.change = P2pkhOut(7, 123'456);
  auto tx = op.ToBitcoinTx(MAGIC_BYTES_MAINNET, funding);
  ASSERT_TRUE(tx) << tx.error().ToString();
  ASSERT_EQ(tx->outputs.size(), 4u);
  EXPECT_EQ(tx->outputs[1].value_sats, 10'000u);
  EXPECT_EQ(tx->outputs[2].value_sats, 10'000u);

  const BurnBlockRef block{100, {}};
  auto back = LeaderBlockCommitOp::Parse(*tx, block, 2, {BitcoinNetworkType::kMainnet, MAGIC_BYTES_MAINNET},
                                         CommitOutputRule::kRewardPhase);
  ASSERT_TRUE(back) << back.error().ToString();
  EXPECT_EQ(back->input, funding.inputs[0].prevout);
  EXPECT_EQ(back->apparent_sender,
            PoxAddressToB58(PoxStandardAddress{codec::StacksAddress{22, testing::Hash160Of(7)}, std::nullopt}));
  // The burn address comes back without its hash mode, as the reference parses it.
  EXPECT_EQ(back->commit_outs[1], PoxAddress(PoxStandardAddress{codec::StacksAddress{22, {}}, std::nullopt}));
  op.commit_outs[1] = back->commit_outs[1];
  op.input = back->input;
  op.apparent_sender = back->apparent_sender;
  op.txid = BitcoinTxid(*tx);
  op.vtxindex = 2;
  op.block_height = 100;
  EXPECT_EQ(*back, op);
}

TEST_F(LeaderBlockCommitTest, RefusesToBuildUnpayableCommits) {
  LeaderBlockCommitOp op;
  EXPECT_EQ(testing::ErrorOf(op.ToBitcoinTx(MAGIC_BYTES_DEFAULT, {})).code, ErrorCode::kInvalidArgument);
  op.commit_outs = {StandardBurnAddress(false), StandardBurnAddress(false)};
  op.burn_fee = 3;
  EXPECT_EQ(testing::ErrorOf(op.ToBitcoinTx(MAGIC_BYTES_DEFAULT, {})).code, ErrorCode::kInvalidArgument);
  op.burn_fee = 4;
  op.commit_outs[1] = PoxStandardAddress{codec::StacksAddress{7, {}}, std::nullopt};
  EXPECT_EQ(testing::ErrorOf(op.ToBitcoinTx(MAGIC_BYTES_DEFAULT, {})).code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace stacks::burnchain
