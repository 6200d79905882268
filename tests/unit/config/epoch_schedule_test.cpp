#include "config/epoch_schedule.h"

#include <gtest/gtest.h>

#include <vector>

#include "config/mocknet.h"
#include "config_test_util.h"

namespace stacks::config {
namespace {

using testing::HasError;
using util::ErrorCode;

class EpochScheduleTest : public ::testing::Test {
 protected:
  // The mocknet schedule with epoch 2.5 and 3.0 at the given heights.
  static std::vector<EpochStart> Nakamoto(uint64_t epoch_2_5, uint64_t epoch_3_0) {
    std::vector<EpochStart> epochs = MocknetEpochs();
    epochs[7].start_height = epoch_2_5;
    epochs[8].start_height = epoch_3_0;
    return epochs;
  }
  static util::Status Check(const std::vector<EpochStart>& epochs, EpochScheduleContext context = {}) {
    return ValidateEpochSchedule(epochs, context);
  }
  static EpochScheduleContext Context(uint64_t first_burn_block_height, uint32_t reward_cycle_length = 5,
                                      uint32_t prepare_length = 3, std::optional<uint32_t> pox_2_activation = {}) {
    EpochScheduleContext context;
    context.first_burn_block_height = first_burn_block_height;
    context.pox_reward_cycle_length = reward_cycle_length;
    context.pox_prepare_length = prepare_length;
    context.pox_2_activation = pox_2_activation;
    return context;
  }
  static EpochScheduleContext Mainnet() {
    EpochScheduleContext context;
    context.mainnet = true;
    return context;
  }
};

TEST_F(EpochScheduleTest, KnowsEveryReferenceEpochInOrder) {
  EXPECT_EQ(EpochIndex("1.0"), 0u);
  EXPECT_EQ(EpochIndex("2.05"), 2u);
  EXPECT_EQ(EpochIndex("3.0"), 8u);
  EXPECT_EQ(EpochIndex("4.1"), 14u);
  EXPECT_FALSE(EpochIndex("2.0.5"));
  EXPECT_FALSE(EpochIndex(""));
  EXPECT_FALSE(EpochIndex("3"));
}

TEST_F(EpochScheduleTest, MocknetScheduleIsValid) { EXPECT_TRUE(Check(MocknetEpochs())); }

TEST_F(EpochScheduleTest, EveryEpochThroughFourPointOneCanBeScheduled) {
  std::vector<EpochStart> epochs = MocknetEpochs();
  uint64_t height = 13;
  for (std::string_view name : {"3.1", "3.2", "3.3", "3.4", "4.0", "4.1"})
    epochs.push_back({std::string(name), height++});
  EXPECT_TRUE(Check(epochs));
}

TEST_F(EpochScheduleTest, PreNakamotoSchedulesSkipTheNakamotoChecks) {
  EXPECT_TRUE(Check({{"1.0", 0}}));
  EXPECT_TRUE(Check({{"1.0", 0}, {"2.0", 0}, {"2.05", 0}, {"2.1", 0}}, Context(0, 5, 1)));
}

TEST_F(EpochScheduleTest, RefusesBadLists) {
  EXPECT_TRUE(HasError(Check({}), ErrorCode::kInvalidArgument, "at least one epoch"));
  EXPECT_TRUE(HasError(Check({{"1.0", 0}}, Mainnet()), ErrorCode::kInvalidArgument, "mainnet"));
  EXPECT_TRUE(HasError(Check({{"1.0", 0}, {"9.9", 1}}), ErrorCode::kInvalidArgument, "unknown epoch name \"9.9\""));
  EXPECT_TRUE(HasError(Check({{"1.0", 0}, {"1.0", 0}}), ErrorCode::kInvalidArgument, "1.0 is configured twice"));
  EXPECT_TRUE(
      HasError(Check({{"1.0", 0}, {"2.0", 0}, {"2.1", 1}}), ErrorCode::kInvalidArgument, "expected 2.05, found 2.1"));
  EXPECT_TRUE(HasError(Check({{"1.0", 0}}, Context(0, 3, 3)), ErrorCode::kInvalidArgument,
                       "prepare length must be below the reward cycle length"));
  EXPECT_TRUE(HasError(Check({{"1.0", 0}}, Context(0, 0)), ErrorCode::kInvalidArgument, "prepare length"));
}

TEST_F(EpochScheduleTest, TwoPointZeroStartsAtTheFirstBurnBlock) {
  EXPECT_TRUE(Check({{"1.0", 0}, {"2.0", 7}}, Context(7)));
  EXPECT_TRUE(HasError(Check({{"1.0", 0}, {"2.0", 0}}, Context(7)), ErrorCode::kInvalidArgument,
                       "epoch 2.0 must start at the first burn block height (7)"));
}

TEST_F(EpochScheduleTest, PoxTwoActivationFollowsEpochTwoPointOne) {
  const std::vector<EpochStart> epochs = {{"1.0", 0}, {"2.0", 0}, {"2.05", 1}, {"2.1", 4}};
  EXPECT_TRUE(Check(epochs, Context(0, 5, 3, 4)));
  EXPECT_TRUE(HasError(Check(epochs, Context(0, 5, 3, 3)), ErrorCode::kInvalidArgument,
                       "pox_2_activation (3) is below the epoch 2.1 start height (4)"));
}

TEST_F(EpochScheduleTest, NakamotoTransitionRules) {
  // Reward cycles of 5 with prepare phases of 3: offsets 0, 3 and 4 are prepare phase blocks.
  EXPECT_TRUE(Check(Nakamoto(6, 12)));
  EXPECT_TRUE(Check(Nakamoto(6, 17)));
  EXPECT_TRUE(HasError(Check(Nakamoto(6, 13)), ErrorCode::kInvalidArgument, "not a prepare phase"));
  EXPECT_TRUE(HasError(Check(Nakamoto(6, 15)), ErrorCode::kInvalidArgument, "not a prepare phase"));
  EXPECT_TRUE(HasError(Check(Nakamoto(6, 16)), ErrorCode::kInvalidArgument, "offset 0 or 1"));
  EXPECT_TRUE(HasError(Check(Nakamoto(6, 7)), ErrorCode::kInvalidArgument, "at or after reward cycle 2"));
  EXPECT_TRUE(HasError(Check(Nakamoto(7, 12)), ErrorCode::kInvalidArgument,
                       "epoch 2.5 must start before the prepare phase of the reward cycle before epoch 3.0"));
  EXPECT_TRUE(HasError(Check(Nakamoto(11, 12)), ErrorCode::kInvalidArgument, "epoch 2.5 must start before"));
  EXPECT_TRUE(HasError(Check(Nakamoto(6, 12), Context(0, 5, 2)), ErrorCode::kInvalidArgument,
                       "prepare length of at least 3, got 2"));
  EXPECT_TRUE(HasError(Check(Nakamoto(6, 12), Context(0, 20, 10)), ErrorCode::kInvalidArgument,
                       "(3.0 starts at 12, reward cycle length 20, prepare length 10)"));
}

}  // namespace
}  // namespace stacks::config
