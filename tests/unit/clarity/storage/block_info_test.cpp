#include "clarity/storage/block_info.h"

#include <gtest/gtest.h>

namespace stacks::clarity::storage {
namespace {

TEST(SimulatedBlockInfoTest, KnownHeightsHaveDistinctDeterministicValues) {
  SimulatedChain chain;
  chain.tip_height = 10;
  chain.first_burn_height = 100;
  chain.genesis_time = 1000;
  chain.block_interval_seconds = 5;
  chain.blocks_per_tenure = 3;
  SimulatedBlockInfo info(chain);

  ASSERT_TRUE(info.StacksBlockHeaderHash(0).has_value());
  EXPECT_NE(*info.StacksBlockHeaderHash(1), *info.StacksBlockHeaderHash(2));
  EXPECT_NE(*info.StacksBlockHeaderHash(1), *info.IndexBlockHash(1));
  EXPECT_EQ(*info.StacksBlockHeaderHash(7), *SimulatedBlockInfo(chain).StacksBlockHeaderHash(7));
  EXPECT_EQ(*info.StacksBlockTime(4), 1020u);
  EXPECT_EQ(*info.BurnBlockHeightForBlock(4), 104u);
  EXPECT_EQ(*info.BurnHeaderHashForBlock(4), *info.BurnHeaderHash(104));
  EXPECT_EQ(info.TipBurnBlockHeight(), 110u);
  EXPECT_EQ(*info.TenureHeight(0), 1u);
  EXPECT_EQ(*info.TenureHeight(5), 2u);
  EXPECT_EQ(*info.StacksHeightForTenureHeight(2), 3u);
  EXPECT_EQ(*info.BlockReward(3), chain.block_reward_ustx);
}

TEST(SimulatedBlockInfoTest, UnknownHeightsAreNone) {
  SimulatedChain chain;
  chain.tip_height = 2;
  chain.first_burn_height = 50;
  SimulatedBlockInfo info(chain);
  EXPECT_FALSE(info.StacksBlockHeaderHash(3).has_value());
  EXPECT_FALSE(info.MinerAddress(3).has_value());
  EXPECT_FALSE(info.BurnHeaderHash(49).has_value());
  EXPECT_FALSE(info.BurnHeaderHash(53).has_value());
  EXPECT_FALSE(info.StacksHeightForTenureHeight(0).has_value());
  EXPECT_FALSE(info.StacksHeightForTenureHeight(4).has_value());
}

TEST(SimulatedBlockInfoTest, IndexHashesResolveBackAndBurnBlocksPayNothing) {
  SimulatedChain chain;
  chain.tip_height = 6;
  chain.first_burn_height = 50;
  SimulatedBlockInfo info(chain);
  EXPECT_EQ(info.HeightOfIndexBlockHash(*info.IndexBlockHash(0)), 0u);
  EXPECT_EQ(info.HeightOfIndexBlockHash(*info.IndexBlockHash(6)), 6u);
  EXPECT_EQ(info.HeightOfIndexBlockHash(*info.StacksBlockHeaderHash(6)), std::nullopt);
  ASSERT_TRUE(info.PoxPayoutOf(50).has_value());
  EXPECT_TRUE(info.PoxPayoutOf(56)->addrs.empty());
  EXPECT_EQ(info.PoxPayoutOf(57), std::nullopt);
  EXPECT_EQ(info.PoxPayoutOf(49), std::nullopt);
}

}  // namespace
}  // namespace stacks::clarity::storage
