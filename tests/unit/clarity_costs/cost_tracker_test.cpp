// ExecutionCost addition and CostTracker: accumulation, limits and their messages, the reference's block limits.
#include "clarity/costs/cost_tracker.h"

#include <gtest/gtest.h>

#include <limits>

namespace stacks::clarity::costs {
namespace {

constexpr uint64_t kMax = std::numeric_limits<uint64_t>::max();

class CostTrackerTest : public ::testing::Test {};

TEST_F(CostTrackerTest, CheckedAddAddsEachDimension) {
  ExecutionCost a{.write_length = 1, .write_count = 2, .read_length = 3, .read_count = 4, .runtime = 5};
  auto sum = CheckedAdd(a, a);
  ASSERT_TRUE(sum);
  EXPECT_EQ(*sum,
            (ExecutionCost{.write_length = 2, .write_count = 4, .read_length = 6, .read_count = 8, .runtime = 10}));
}

TEST_F(CostTrackerTest, CheckedAddNamesTheOverflowingDimension) {
  auto sum = CheckedAdd(ExecutionCost{.read_length = kMax}, ExecutionCost{.read_length = 1});
  ASSERT_FALSE(sum);
  EXPECT_EQ(sum.error(), util::ResourceExhausted("cost overflow in read_length"));
  sum = CheckedAdd(ExecutionCost{.runtime = kMax}, ExecutionCost{.runtime = 0});
  EXPECT_TRUE(sum);
}

TEST_F(CostTrackerTest, ToStringIsTheReferencesForm) {
  EXPECT_EQ(
      ToString(ExecutionCost{.write_length = 2, .write_count = 3, .read_length = 4, .read_count = 5, .runtime = 1}),
      R"({"runtime": 1, "write_len": 2, "write_cnt": 3, "read_len": 4, "read_cnt": 5})");
}

TEST_F(CostTrackerTest, AccumulatesUpToTheLimitInclusive) {
  CostTracker tracker(
      ExecutionCost{.write_length = 10, .write_count = 10, .read_length = 10, .read_count = 10, .runtime = 10});
  ASSERT_TRUE(tracker.Add(ExecutionCost{.read_count = 1, .runtime = 4}));
  ASSERT_TRUE(tracker.Add(ExecutionCost{.read_count = 9, .runtime = 6}));  // exactly at the limit is allowed
  EXPECT_EQ(tracker.total(), (ExecutionCost{.read_count = 10, .runtime = 10}));
}

TEST_F(CostTrackerTest, RefusesPastTheLimitNamingTheDimension) {
  CostTracker tracker(
      ExecutionCost{.write_length = 10, .write_count = 10, .read_length = 10, .read_count = 10, .runtime = 10});
  auto status = tracker.Add(ExecutionCost{.runtime = 11});
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error(), util::ResourceExhausted("cost limit exceeded: runtime 11 > limit 10"));
  EXPECT_EQ(tracker.total().runtime, 11u);  // as the reference: the total includes the refused cost
}

TEST_F(CostTrackerTest, NamesTheFirstExceededDimensionInTheReferencesOrder) {
  const ExecutionCost limit{.write_length = 10, .write_count = 10, .read_length = 10, .read_count = 10, .runtime = 10};
  CostTracker both(limit);
  auto status = both.Add(ExecutionCost{.read_length = 20, .read_count = 20});
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().message, "cost limit exceeded: read_count 20 > limit 10");
  CostTracker writes(limit);
  status = writes.Add(ExecutionCost{.write_length = 30, .write_count = 30, .runtime = 10});
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().message, "cost limit exceeded: write_length 30 > limit 10");
  CostTracker reads(limit);
  status = reads.Add(ExecutionCost{.read_length = 11});
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().message, "cost limit exceeded: read_length 11 > limit 10");
}

TEST_F(CostTrackerTest, OverflowLeavesTheTotalUnchanged) {
  CostTracker tracker(ExecutionCost{.runtime = kMax}, ExecutionCost{.runtime = kMax - 1});
  auto status = tracker.Add(ExecutionCost{.runtime = 2});
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error(), util::ResourceExhausted("cost overflow in runtime"));
  EXPECT_EQ(tracker.total().runtime, kMax - 1);
}

TEST_F(CostTrackerTest, ChargeEvaluatesThenAdds) {
  CostTracker tracker(kBlockLimitMainnet21);
  ASSERT_TRUE(tracker.Charge(CostVersion::kCosts3, CostFunction::kAdd, 2));          // 11*2 + 125
  ASSERT_TRUE(tracker.Charge(CostVersion::kCosts3, CostFunction::kFetchEntry, 10));  // 1*10 + 1025, rc 1, rl 11
  EXPECT_EQ(tracker.total(), (ExecutionCost{.read_length = 11, .read_count = 1, .runtime = 147 + 1035}));
  auto status = tracker.Charge(CostVersion::kCosts3, CostFunction::kContractHash, 1);  // not in costs-3
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, util::ErrorCode::kUnimplemented);
  status = tracker.Charge(CostVersion::kCosts3, CostFunction::kTupleGet, 0);  // log2 of 0
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, util::ErrorCode::kInvalidArgument);
  EXPECT_EQ(tracker.total().runtime, 147u + 1035u);  // failed evaluations charge nothing
}

TEST_F(CostTrackerTest, ReadOnlyCallRefusesAnyWrite) {
  CostTracker tracker(kDefaultReadOnlyCallLimit);
  ASSERT_TRUE(tracker.Charge(CostVersion::kCosts3, CostFunction::kFetchEntry, 100));
  auto status = tracker.Charge(CostVersion::kCosts3, CostFunction::kSetEntry, 1);  // write_length n + 1
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().message, "cost limit exceeded: write_length 2 > limit 0");
}

TEST_F(CostTrackerTest, ReadOnlyCallRefusesTooManyReads) {
  CostTracker tracker(kDefaultReadOnlyCallLimit);  // read_count 100
  for (int i = 0; i < 100; ++i) ASSERT_TRUE(tracker.Charge(CostVersion::kCosts4, CostFunction::kFetchVar, 1));
  auto status = tracker.Charge(CostVersion::kCosts4, CostFunction::kFetchVar, 1);
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().message, "cost limit exceeded: read_count 101 > limit 100");
}

TEST_F(CostTrackerTest, TransactionStartsFromTheBlocksTotal) {
  ExecutionCost spent = kBlockLimitMainnet21;
  spent.runtime -= 100;
  CostTracker tx(kBlockLimitMainnet21, spent);
  ASSERT_TRUE(tx.Charge(CostVersion::kCosts3, CostFunction::kAnalysisVisit, 0));  // costs-3: runtime 1, 99 left
  auto status = tx.Charge(CostVersion::kCosts3, CostFunction::kAdd, 0);           // 125 > 99
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().message, "cost limit exceeded: runtime 5000000026 > limit 5000000000");
}

TEST_F(CostTrackerTest, BlockLimitsPerEpochAndNetwork) {
  EXPECT_EQ(BlockLimit(Epoch::k10, Network::kMainnet), ExecutionCost{});
  EXPECT_EQ(BlockLimit(Epoch::k20, Network::kMainnet).write_count, 7'750u);
  EXPECT_EQ(BlockLimit(Epoch::k20, Network::kTestnet).read_count, 7'750u);
  EXPECT_EQ(BlockLimit(Epoch::k2_05, Network::kMainnet).write_count, 15'000u);
  EXPECT_EQ(BlockLimit(Epoch::k34, Network::kMainnet), kBlockLimitMainnet21);
  EXPECT_EQ(BlockLimit(Epoch::k34, Network::kMainnet).runtime, 5'000'000'000u);
  EXPECT_EQ(BlockLimit(Epoch::k40, Network::kMainnet).read_length, 200'000'000u);
  EXPECT_EQ(BlockLimit(Epoch::k41, Network::kRegtest).read_count, 30'000u);
  EXPECT_EQ(BlockLimit(Epoch::k24, Network::kRegtest), kHeliumBlockLimit20);
  EXPECT_EQ(BlockLimit(Epoch::k24, Network::kRegtest).runtime, 100'000'000'000u);
  EXPECT_EQ(BlockLimit(Epoch::k25, Network::kRegtest), kBlockLimitMainnet21);
  EXPECT_EQ(BlockLimit(Epoch::k30, Network::kTestnet), kBlockLimitMainnet21);
}

TEST_F(CostTrackerTest, MemoryCountsUpToTheLimitInclusive) {
  CostTracker tracker(kBlockLimitMainnet21, {}, /*memory_limit=*/100);
  ASSERT_TRUE(tracker.AddMemory(60));
  ASSERT_TRUE(tracker.AddMemory(40));
  EXPECT_EQ(tracker.memory(), 100u);
  ASSERT_TRUE(tracker.DropMemory(100));
  EXPECT_EQ(tracker.memory(), 0u);
}

TEST_F(CostTrackerTest, MemoryPastTheLimitIsMemoryBalanceExceededAndStaysCounted) {
  CostTracker tracker(kBlockLimitMainnet21, {}, /*memory_limit=*/100);
  ASSERT_TRUE(tracker.AddMemory(90));
  util::Status s = tracker.AddMemory(11);
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, util::ErrorCode::kResourceExhausted);
  EXPECT_EQ(s.error().message, "MemoryBalanceExceeded(101, 100)");
  EXPECT_EQ(tracker.memory(), 101u);  // as the reference: the refused bytes stay in the count
  tracker.ResetMemory();
  EXPECT_EQ(tracker.memory(), 0u);
}

TEST_F(CostTrackerTest, MemoryOverflowLeavesTheCountUnchanged) {
  CostTracker tracker(kBlockLimitMainnet21, {}, /*memory_limit=*/UINT64_MAX);
  ASSERT_TRUE(tracker.AddMemory(UINT64_MAX - 1));
  util::Status s = tracker.AddMemory(2);
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, util::ErrorCode::kResourceExhausted);
  EXPECT_EQ(s.error().message, "cost overflow in memory");
  EXPECT_EQ(tracker.memory(), UINT64_MAX - 1);
}

TEST_F(CostTrackerTest, DroppingMoreMemoryThanInUseIsRefused) {
  CostTracker tracker(kBlockLimitMainnet21);
  ASSERT_TRUE(tracker.AddMemory(5));
  util::Status s = tracker.DropMemory(6);
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, util::ErrorCode::kFailedPrecondition);
  EXPECT_EQ(s.error().message, "Underflowed dropped memory");
  EXPECT_EQ(tracker.memory(), 5u);
}

TEST_F(CostTrackerTest, DefaultMemoryLimitIsTheReferences) {
  CostTracker tracker(kBlockLimitMainnet21);
  EXPECT_EQ(tracker.memory_limit(), 100'000'000u);
  EXPECT_TRUE(tracker.AddMemory(100'000'000));
  EXPECT_FALSE(tracker.AddMemory(1));
}

}  // namespace
}  // namespace stacks::clarity::costs
