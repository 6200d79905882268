#include "clarity/storage/simnet_block_info.h"

#include <gtest/gtest.h>

namespace stacks::clarity::storage {
namespace {

SimnetBlockInfo Chain(uint32_t tip, bool nakamoto) {
  SimnetChain chain;
  chain.tip_height = tip;
  chain.nakamoto = nakamoto;
  return SimnetBlockInfo(chain);
}

TEST(SimnetBlockInfoTest, BeforeNakamotoEveryBlockHasItsOwnBurnBlockAndTenure) {
  SimnetBlockInfo info = Chain(5, false);
  for (uint32_t h = 0; h <= 5; ++h) {
    EXPECT_EQ(info.BurnBlockHeightForBlock(h), h);
    EXPECT_EQ(info.TenureHeight(h), h);
    EXPECT_EQ(info.StacksHeightForTenureHeight(h), h);
    EXPECT_EQ(info.StacksBlockTime(h), info.BurnBlockTime(h));
  }
  EXPECT_EQ(info.TipBurnBlockHeight(), 5u);
  EXPECT_NE(info.BurnHeaderHashForBlock(2), info.BurnHeaderHashForBlock(3));
  EXPECT_NE(info.VrfSeed(2), info.VrfSeed(3));
}

TEST(SimnetBlockInfoTest, FromNakamotoLaterBlocksShareTenureAndBurnBlockOne) {
  SimnetBlockInfo info = Chain(5, true);
  EXPECT_EQ(info.BurnBlockHeightForBlock(0), 0u);
  EXPECT_EQ(info.TenureHeight(0), 0u);
  for (uint32_t h = 1; h <= 5; ++h) {
    EXPECT_EQ(info.BurnBlockHeightForBlock(h), 1u);
    EXPECT_EQ(info.TenureHeight(h), 1u);
    EXPECT_EQ(info.BurnHeaderHashForBlock(h), info.BurnHeaderHash(1));
    EXPECT_EQ(info.VrfSeed(h), info.VrfSeed(1));
    EXPECT_EQ(info.BurnBlockTime(h), info.BurnBlockTime(1));
  }
  EXPECT_EQ(info.TipBurnBlockHeight(), 1u);
  EXPECT_EQ(info.StacksHeightForTenureHeight(1), 1u);
  EXPECT_EQ(info.StacksHeightForTenureHeight(2), std::nullopt);
  EXPECT_EQ(info.BurnHeaderHash(2), std::nullopt);
  // Stacks blocks of one tenure have their own, increasing times.
  EXPECT_LT(*info.StacksBlockTime(2), *info.StacksBlockTime(3));
  EXPECT_LE(*info.BurnBlockTime(3), *info.StacksBlockTime(3));
}

TEST(SimnetBlockInfoTest, HeightsPastTheTipAreUnknown) {
  SimnetBlockInfo info = Chain(3, true);
  EXPECT_EQ(info.IndexBlockHash(4), std::nullopt);
  EXPECT_EQ(info.StacksBlockHeaderHash(4), std::nullopt);
  EXPECT_EQ(info.StacksBlockTime(4), std::nullopt);
  EXPECT_EQ(info.MinerAddress(4), std::nullopt);
  EXPECT_EQ(info.TenureHeight(4), std::nullopt);
  EXPECT_EQ(info.PoxPayoutOf(2), std::nullopt);
  ASSERT_TRUE(info.PoxPayoutOf(1).has_value());
  EXPECT_TRUE(info.PoxPayoutOf(1)->addrs.empty());
}

TEST(SimnetBlockInfoTest, IndexHashesResolveBackToTheirHeight) {
  SimnetBlockInfo info = Chain(20, false);
  for (uint32_t h : {0u, 1u, 7u, 20u}) EXPECT_EQ(info.HeightOfIndexBlockHash(*info.IndexBlockHash(h)), h);
  // A header hash is not an index hash, and a later chain's block is unknown to a shorter one.
  EXPECT_EQ(info.HeightOfIndexBlockHash(*info.StacksBlockHeaderHash(3)), std::nullopt);
  EXPECT_EQ(Chain(5, false).HeightOfIndexBlockHash(*info.IndexBlockHash(6)), std::nullopt);
  // Hashes do not depend on the layout or the tip.
  EXPECT_EQ(info.IndexBlockHash(4), Chain(4, true).IndexBlockHash(4));
}

TEST(SimnetBlockInfoTest, GenesisSpentNothingLaterBlocksSpendAndEarn) {
  SimnetBlockInfo info = Chain(2, false);
  EXPECT_EQ(info.MinerSpendTotal(0), Uint128{0});
  EXPECT_EQ(info.MinerSpendWinner(0), Uint128{0});
  EXPECT_GT(*info.MinerSpendTotal(1), Uint128{0});
  EXPECT_GT(*info.BlockReward(1), Uint128{0});
  EXPECT_EQ(info.MinerAddress(1)->ToString(), "ST000000000000000000002AMW42H");
  EXPECT_EQ(info.UnlockHeights().v1, 0u);
}

}  // namespace
}  // namespace stacks::clarity::storage
