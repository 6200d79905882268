#include "sortition/snapshot.h"

#include <gtest/gtest.h>

#include "sortition/atc.h"
#include "sortition_test_util.h"
#include "test_util.h"

namespace stacks::sortition {
namespace {

using chain::StacksEpochId;
using testing::Commit;
using testing::Filled;

class SnapshotTest : public ::testing::Test {
 protected:
  SnapshotInputs Next(const BlockSnapshot& parent, std::vector<burnchain::LeaderBlockCommitOp> commits,
                      size_t window_len = 1) {
    SnapshotInputs in;
    in.header = {parent.block_height + 1, Filled(static_cast<uint8_t>(parent.block_height + 1)),
                 parent.burn_header_hash, 0};
    in.window.resize(window_len);
    for (auto& c : commits) in.accepted_txids.push_back(c.txid);
    in.window.back().commits = std::move(commits);
    for (uint64_t h : ConsensusHashAncestorHeights(parent.block_height, 0)) {
      (void)h;
      in.ancestor_consensus_hashes.push_back(parent.consensus_hash);
    }
    return in;
  }

  BlockSnapshot genesis = InitialSnapshot(0, {}, 0, StacksEpochId::k20);
};

TEST_F(SnapshotTest, NoCommitsMeansNoSortition) {
  auto out = MakeSnapshot(genesis, Next(genesis, {}));
  ASSERT_TRUE(out);
  EXPECT_FALSE(out->snapshot.sortition);
  EXPECT_EQ(out->no_winner_reason, "no-commits");
  EXPECT_EQ(out->snapshot.total_burn, 0u);
  EXPECT_EQ(out->snapshot.sortition_hash, MixBurnHeader(genesis.sortition_hash, Filled(1)));
  EXPECT_EQ(out->snapshot.winning_block_txid, burnchain::Txid{});
  EXPECT_EQ(out->snapshot.ops_hash, ComputeOpsHash({}));
}

TEST_F(SnapshotTest, SingleCommitWinsAndMixesItsSeed) {
  const auto commit = Commit(1, 1, 5000, 1);
  auto out = MakeSnapshot(genesis, Next(genesis, {commit}));
  ASSERT_TRUE(out);
  const BlockSnapshot& sn = out->snapshot;
  EXPECT_TRUE(sn.sortition);
  EXPECT_EQ(out->winner_index, 0u);
  EXPECT_EQ(sn.total_burn, 5000u);
  EXPECT_EQ(sn.winning_block_txid, commit.txid);
  EXPECT_EQ(sn.winning_vrf_seed, commit.new_seed);
  EXPECT_EQ(sn.num_sortitions, 1u);
  EXPECT_EQ(sn.sortition_hash, MixVrfSeed(MixBurnHeader({}, Filled(1)), commit.new_seed));
  const std::vector<crypto::Hash256> txids = {commit.txid};
  const std::vector<ConsensusHash> ancestors = {ConsensusHash{}};
  EXPECT_EQ(sn.consensus_hash, ComputeConsensusHash(Filled(1), ComputeOpsHash(txids), 5000, "1", ancestors));
}

TEST_F(SnapshotTest, CoinbaseAccumulatesAcrossBlocksWithoutSortition) {
  auto first = MakeSnapshot(genesis, Next(genesis, {Commit(1, 1, 5000, 1)}));
  ASSERT_TRUE(first);
  auto in = Next(first->snapshot, {});
  in.parent_coinbase_ustx = 1000;
  auto second = MakeSnapshot(first->snapshot, in);  // the parent had a sortition: only the bonus (0)
  ASSERT_TRUE(second);
  EXPECT_EQ(second->snapshot.accumulated_coinbase_ustx, 0u);
  EXPECT_EQ(second->snapshot.total_burn, 5000u);
  in = Next(second->snapshot, {});
  in.parent_coinbase_ustx = 1000;
  auto third = MakeSnapshot(second->snapshot, in);
  ASSERT_TRUE(third);
  EXPECT_EQ(third->snapshot.accumulated_coinbase_ustx, 1000u);
  in = Next(third->snapshot, {});
  in.parent_coinbase_ustx = 1000;
  auto fourth = MakeSnapshot(third->snapshot, in);
  ASSERT_TRUE(fourth);
  EXPECT_EQ(fourth->snapshot.accumulated_coinbase_ustx, 2000u);
  // Before any burn nothing accumulates.
  EXPECT_EQ(AccumulatedCoinbase(genesis, 1000, 7), 0u);
}

TEST_F(SnapshotTest, FrequencyRuleRejectsAnInactiveNakamotoMiner) {
  auto in = Next(genesis, {Commit(1, 1, 5000, 1)}, MINING_COMMITMENT_WINDOW);
  in.epoch = StacksEpochId::k30;
  auto out = MakeSnapshot(genesis, in);
  ASSERT_TRUE(out);
  EXPECT_FALSE(out->snapshot.sortition);
  EXPECT_EQ(out->no_winner_reason, "miner-inactive");
  EXPECT_EQ(out->snapshot.total_burn, 0u);

  in.epoch = StacksEpochId::k25;  // no frequency rule before 3.0
  out = MakeSnapshot(genesis, in);
  ASSERT_TRUE(out);
  EXPECT_TRUE(out->snapshot.sortition);
}

TEST_F(SnapshotTest, FrequencyRuleUsesTheWindowLengthWhenShorter) {
  auto in = Next(genesis, {Commit(1, 1, 5000, 1)}, 1);  // prepare phase: a one-block window
  in.epoch = StacksEpochId::k30;
  auto out = MakeSnapshot(genesis, in);
  ASSERT_TRUE(out);
  EXPECT_TRUE(out->snapshot.sortition);
}

TEST_F(SnapshotTest, RejectsAHeaderThatDoesNotFollowTheParent) {
  auto in = Next(genesis, {});
  in.header.block_height = 5;
  EXPECT_EQ(stacks::testing::ErrorOf(MakeSnapshot(genesis, in)).code, util::ErrorCode::kInvalidArgument);
  in = Next(genesis, {});
  in.header.parent_block_hash = Filled(9);
  EXPECT_EQ(stacks::testing::ErrorOf(MakeSnapshot(genesis, in)).code, util::ErrorCode::kInvalidArgument);
}

TEST_F(SnapshotTest, NullMinerCanDefeatAnUnderpayingNakamotoWinner) {
  // A miner chained through three blocks that paid 1000, 1000, then 10: ATC = 10 / 1000.
  std::vector<burnchain::LeaderBlockCommitOp> chain = {Commit(1, 1, 1000, 1), Commit(2, 1, 1000, 2),
                                                       Commit(3, 1, 10, 3)};
  chain[1].input = {chain[0].txid, 3};
  chain[2].input = {chain[1].txid, 3};
  BlockSnapshot parent = genesis;
  parent.block_height = 2;
  parent.burn_header_hash = Filled(2);
  auto in = Next(parent, {chain[2]}, 3);
  in.window[0].commits = {chain[0]};
  in.window[1].commits = {chain[1]};
  in.epoch = StacksEpochId::k30;
  const Uint256 index = SortitionIndex(MixBurnHeader(parent.sortition_hash, in.header.block_hash), {});
  const bool null_wins = NullMinerWins(index, AtcFraction(10, 1000));
  auto out = MakeSnapshot(parent, in);
  ASSERT_TRUE(out);
  EXPECT_EQ(out->snapshot.sortition, !null_wins);
  EXPECT_EQ(out->no_winner_reason, null_wins ? "null-miner" : "");
  EXPECT_EQ(out->distribution[0].frequency, 3);
  EXPECT_TRUE(null_wins);  // the null miner's share here is above 99%

  // Paying the window's median keeps the null miner out.
  in.window[2].commits[0].burn_fee = 1000;
  out = MakeSnapshot(parent, in);
  ASSERT_TRUE(out);
  EXPECT_TRUE(out->snapshot.sortition);
}

}  // namespace
}  // namespace stacks::sortition
