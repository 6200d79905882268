#include "sortition/distribution.h"

#include <gtest/gtest.h>

#include "sortition_test_util.h"
#include "test_util.h"

namespace stacks::sortition {
namespace {

using testing::Commit;

/// floor((2^256 - 1) / 2): the first half's end.
Uint256 Half() { return {{~0ULL, ~0ULL, ~0ULL, 0x7fffffffffffffffULL}}; }

Uint256 Minus1(Uint256 v) {
  for (auto& limb : v.limbs) {
    if (limb-- != 0) break;
  }
  return v;
}

TEST(DistributionTest, SingleMinerTakesTheWholeRangeAndWins) {
  std::vector<WindowBlock> window(1);
  window[0].commits = {Commit(10, 1, 5000, 1)};
  auto dist = MakeMinMedianDistribution(window);
  ASSERT_TRUE(dist);
  ASSERT_EQ(dist->size(), 1u);
  EXPECT_EQ((*dist)[0].range_start, Uint256::Zero());
  EXPECT_EQ((*dist)[0].range_end, Uint256::Max());
  EXPECT_EQ((*dist)[0].burns, 5000u);
  EXPECT_EQ((*dist)[0].frequency, 1);
  EXPECT_EQ(SampleBurnDistribution(*dist, Uint256::Max()), 0u);
  EXPECT_EQ(SampleBurnDistribution(*dist, Uint256::Zero()), 0u);
}

TEST(DistributionTest, TwoEqualMinersSplitAtHalfWithExactBoundaries) {
  std::vector<WindowBlock> window(1);
  window[0].commits = {Commit(10, 1, 100, 1), Commit(10, 2, 100, 2)};
  auto dist = MakeMinMedianDistribution(window);
  ASSERT_TRUE(dist);
  ASSERT_EQ(dist->size(), 2u);
  EXPECT_EQ((*dist)[0].range_end, Half());
  EXPECT_EQ((*dist)[1].range_start, Half());
  EXPECT_EQ((*dist)[1].range_end, Uint256::Max());
  EXPECT_EQ(SampleBurnDistribution(*dist, Uint256::Zero()), 0u);
  EXPECT_EQ(SampleBurnDistribution(*dist, Minus1(Half())), 0u);
  EXPECT_EQ(SampleBurnDistribution(*dist, Half()), 1u);
  EXPECT_EQ(SampleBurnDistribution(*dist, Minus1(Uint256::Max())), 1u);
}

TEST(DistributionTest, OneToThreeSplitsAtAQuarter) {
  std::vector<BurnSamplePoint> points(2);
  points[0].burns = 1;
  points[1].burns = 3;
  ASSERT_TRUE(MakeSortitionRanges(points));
  const Uint256 quarter = {{~0ULL, ~0ULL, ~0ULL, 0x3fffffffffffffffULL}};
  EXPECT_EQ(points[0].range_end, quarter);
  EXPECT_EQ(points[1].range_start, quarter);
  EXPECT_EQ(points[1].range_end, Uint256::Max());
}

TEST(DistributionTest, ZeroTotalWithTwoPointsIsRefused) {
  std::vector<BurnSamplePoint> points(2);
  EXPECT_EQ(stacks::testing::ErrorOf(MakeSortitionRanges(points)).code, util::ErrorCode::kFailedPrecondition);
}

TEST(DistributionTest, EmptyDistributionHasNoWinner) {
  EXPECT_EQ(SampleBurnDistribution({}, Uint256::Zero()), std::nullopt);
}

TEST(DistributionTest, MissingLinksCountAsOneBurn) {
  // A full window with only the current commit: burns {100, 1, 1, 1, 1, 1}, median (1 + 1) / 2 = 1.
  std::vector<WindowBlock> window(MINING_COMMITMENT_WINDOW);
  window.back().commits = {Commit(15, 1, 100, 1)};
  auto dist = MakeMinMedianDistribution(window);
  ASSERT_TRUE(dist);
  EXPECT_EQ((*dist)[0].median_burn, 1u);
  EXPECT_EQ((*dist)[0].burns, 1u);
  EXPECT_EQ((*dist)[0].frequency, 1);
}

TEST(DistributionTest, UtxoChainLinksEveryBlockOfTheWindow) {
  std::vector<WindowBlock> window(MINING_COMMITMENT_WINDOW);
  crypto::Hash256 prev{};
  for (size_t i = 0; i < window.size(); ++i) {
    auto c = Commit(10 + i, 1, 100 + i, 1, prev, 3);  // two-output blocks: change is output 3
    prev = c.txid;
    window[i].commits = {c};
  }
  auto dist = MakeMinMedianDistribution(window);
  ASSERT_TRUE(dist);
  EXPECT_EQ((*dist)[0].frequency, 6);
  EXPECT_EQ((*dist)[0].median_burn, (102u + 103u) / 2);
  EXPECT_EQ((*dist)[0].burns, 102u);  // min(median, 105)
}

TEST(DistributionTest, WrongChangeOutputBreaksTheChain) {
  std::vector<WindowBlock> window(2);
  auto older = Commit(10, 1, 100, 1);
  window[0].commits = {older};
  window[1].commits = {Commit(11, 1, 100, 2, older.txid, 2)};  // spends output 2 of a two-output block
  auto dist = MakeMinMedianDistribution(window);
  ASSERT_TRUE(dist);
  EXPECT_EQ((*dist)[0].frequency, 1);

  window[0].expects_single_commit = true;  // a burn-only block: output 2 is the change
  dist = MakeMinMedianDistribution(window);
  ASSERT_TRUE(dist);
  EXPECT_EQ((*dist)[0].frequency, 2);
}

TEST(DistributionTest, MissedCommitLinksWithBurnOne) {
  std::vector<WindowBlock> window(3);
  auto oldest = Commit(10, 1, 100, 1);
  window[0].commits = {oldest};
  MissedBlockCommit missed{testing::Filled(0x77), {oldest.txid, 3}, 11};
  window[1].missed = {missed};
  window[2].commits = {Commit(12, 1, 100, 2, missed.txid, 3)};
  auto dist = MakeMinMedianDistribution(window);
  ASSERT_TRUE(dist);
  EXPECT_EQ((*dist)[0].frequency, 3);
  EXPECT_EQ((*dist)[0].median_burn, 100u);  // {100, 1, 100}
}

TEST(DistributionTest, WindowedMedianOfBlockTotals) {
  std::vector<WindowBlock> window(4);
  EXPECT_EQ(WindowedMedianBurns(std::span<const WindowBlock>()), 0u);
  window[0].commits = {Commit(1, 1, 10, 1)};
  window[1].commits = {Commit(2, 1, 20, 1), Commit(2, 2, 20, 2)};
  window[2].commits = {Commit(3, 1, 30, 1)};
  window[3].commits = {Commit(4, 1, 1, 1)};
  EXPECT_EQ(WindowedMedianBurns(window), (10u + 30u) / 2);  // totals {1, 10, 30, 40}
  EXPECT_EQ(WindowedMedianBurns(std::span(window).first(3)), 30u);
  window[0].commits.push_back(Commit(1, 2, UINT64_MAX, 2));
  EXPECT_EQ(WindowedMedianBurns(window), std::nullopt);
}

TEST(DistributionTest, SortitionIndexIsLittleEndian) {
  SortitionHash h{};
  VrfSeed seed{};
  const auto digest = MixVrfSeed(h, seed);
  const Uint256 index = SortitionIndex(h, seed);
  uint64_t low = 0;
  for (int i = 7; i >= 0; --i) low = (low << 8) | digest[i];
  EXPECT_EQ(index.limbs[0], low);
}

}  // namespace
}  // namespace stacks::sortition
