// Vectors from stackslib/src/chainstate/burn/sortition.rs (test_get_miner_commit_carryover,
// test_null_miner_logistic) and the ends of ATC_LOOKUP in stackslib/src/chainstate/burn/atc.rs.
#include "sortition/atc.h"

#include <gtest/gtest.h>

namespace stacks::sortition {
namespace {

TEST(AtcTest, CommitCarryoverMatchesReference) {
  EXPECT_EQ(MinerCommitCarryover(std::nullopt, std::nullopt), (CommitCarryover{0, false}));
  EXPECT_EQ(MinerCommitCarryover(std::nullopt, 1), (CommitCarryover{0, false}));
  EXPECT_EQ(MinerCommitCarryover(1, std::nullopt), (CommitCarryover{0, false}));
  EXPECT_EQ(MinerCommitCarryover(1, 1), (CommitCarryover{ATC_ONE, false}));
  EXPECT_EQ(MinerCommitCarryover(2, 1), (CommitCarryover{ATC_ONE, false}));
  EXPECT_EQ(MinerCommitCarryover(2, 0), (CommitCarryover{0, true}));
  EXPECT_EQ(MinerCommitCarryover(2, 4), (CommitCarryover{AtcFraction(2, 4), true}));
  EXPECT_EQ(AtcFraction(2, 4), ATC_ONE / 2);
}

TEST(AtcTest, TableEndsMatchReference) {
  EXPECT_EQ(ATC_LOOKUP.front(), 14665006693661589504ULL);
  EXPECT_EQ(ATC_LOOKUP.back(), 17835588001385282ULL);
  for (size_t i = 1; i < ATC_LOOKUP.size(); ++i) EXPECT_LE(ATC_LOOKUP[i], ATC_LOOKUP[i - 1]) << i;
}

TEST(AtcTest, LogisticIndexesTheTable) {
  for (uint64_t i = 0; i < ATC_LOOKUP_SIZE; ++i) {
    EXPECT_EQ(NullMinerLogistic(AtcFraction(i, 1024)), ATC_LOOKUP[i]) << i;
  }
  EXPECT_EQ(NullMinerLogistic(0), ATC_LOOKUP.front());
  EXPECT_EQ(NullMinerLogistic(ATC_ONE), ATC_LOOKUP.back());
  EXPECT_EQ(NullMinerLogistic(AtcFraction(100, 1)), ATC_LOOKUP.back());
}

TEST(AtcTest, NullMinerProbabilityAtTheEnds) {
  EXPECT_EQ(NullMinerProbability(0), ATC_ONE);                  // nothing carried over: certain
  EXPECT_EQ(NullMinerProbability(ATC_ONE), ATC_LOOKUP.back());  // (1 - 1) + 1 * adv(1)
  EXPECT_EQ(NullMinerProbability(ATC_ONE + 1), 0u);             // above 1: the null miner loses
  const AtcRational half = ATC_ONE / 2;
  const AtcRational expected = half + ((half * ATC_LOOKUP[512]) >> 64);
  EXPECT_EQ(NullMinerProbability(half), expected);
}

TEST(AtcTest, NullMinerRangeBoundary) {
  const AtcRational half = ATC_ONE / 2;
  const Uint256 end = NullMinerRangeEnd(NullMinerProbability(half));
  EXPECT_EQ(end.limbs[0], 0u);
  Uint256 below = end;
  below.limbs[3] -= 1;
  below.limbs[0] = ~0ULL;
  EXPECT_TRUE(NullMinerWins(below, half));
  EXPECT_FALSE(NullMinerWins(end, half));
  EXPECT_EQ(NullMinerRangeEnd(ATC_ONE).limbs[3], ~0ULL);
  EXPECT_TRUE(NullMinerWins(Uint256::Zero(), 0));
  EXPECT_FALSE(NullMinerWins(Uint256::Max(), 0));
}

}  // namespace
}  // namespace stacks::sortition
