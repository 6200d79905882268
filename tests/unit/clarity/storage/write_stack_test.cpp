#include "clarity/storage/write_stack.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store_fixture.h"
#include "test_util.h"

namespace stacks::clarity::storage {
namespace {

using testing::ErrorOf;
using util::ErrorCode;

// The same WriteStack suite over both stores.
class WriteStackTest : public StoreTest {};

TEST_P(WriteStackTest, ReadsSeeTheNewestWrite) {
  WriteStack stack(store());
  ASSERT_TRUE(store().PutAll(WriteBatch{{{"k", "stored"}}, {}}));
  ASSERT_TRUE(stack.Nest());
  EXPECT_EQ(stack.Get("k").value(), "stored");
  ASSERT_TRUE(stack.Put("k", "outer"));
  EXPECT_EQ(stack.Get("k").value(), "outer");
  ASSERT_TRUE(stack.Nest());
  EXPECT_EQ(stack.Get("k").value(), "outer");
  ASSERT_TRUE(stack.Put("k", "inner"));
  EXPECT_EQ(stack.Get("k").value(), "inner");
  // Nothing reaches the store before the outermost commit.
  EXPECT_EQ(store().Get("k").value(), "stored");
}

TEST_P(WriteStackTest, InnerRollbackKeepsOuterWrites) {
  WriteStack stack(store());
  ASSERT_TRUE(stack.Nest());
  ASSERT_TRUE(stack.Put("a", "1"));
  ASSERT_TRUE(stack.Nest());
  ASSERT_TRUE(stack.Put("a", "2"));
  ASSERT_TRUE(stack.Put("b", "2"));
  ASSERT_TRUE(stack.Rollback());
  EXPECT_EQ(stack.depth(), 1u);
  EXPECT_EQ(stack.Get("a").value(), "1");
  EXPECT_EQ(stack.Get("b").value(), std::nullopt);
  ASSERT_TRUE(stack.Commit());
  EXPECT_EQ(store().Get("a").value(), "1");
  EXPECT_EQ(store().Get("b").value(), std::nullopt);
}

TEST_P(WriteStackTest, CommitMergesIntoTheParent) {
  WriteStack stack(store());
  ASSERT_TRUE(stack.Nest());
  ASSERT_TRUE(stack.Put("a", "1"));
  ASSERT_TRUE(stack.Put("b", "1"));
  ASSERT_TRUE(stack.Nest());
  ASSERT_TRUE(stack.Put("b", "2"));
  ASSERT_TRUE(stack.Put("c", "2"));
  ASSERT_TRUE(stack.Commit());
  EXPECT_EQ(stack.Get("a").value(), "1");
  EXPECT_EQ(stack.Get("b").value(), "2");
  EXPECT_EQ(stack.Get("c").value(), "2");
  EXPECT_EQ(store().Get("c").value(), std::nullopt);
  ASSERT_TRUE(stack.Commit());
  EXPECT_EQ(stack.depth(), 0u);
  EXPECT_EQ(store().Get("a").value(), "1");
  EXPECT_EQ(store().Get("b").value(), "2");
  EXPECT_EQ(store().Get("c").value(), "2");
}

TEST_P(WriteStackTest, CommittedInnerLevelIsUndoneByOuterRollback) {
  WriteStack stack(store());
  ASSERT_TRUE(stack.Nest());
  ASSERT_TRUE(stack.Nest());
  ASSERT_TRUE(stack.Put("a", "1"));
  ASSERT_TRUE(stack.PutMetadata(Contract("c"), "analysis", "x"));
  ASSERT_TRUE(stack.Commit());
  ASSERT_TRUE(stack.Rollback());
  EXPECT_EQ(store().Get("a").value(), std::nullopt);
  EXPECT_EQ(store().GetMetadata(Contract("c"), "analysis").value(), std::nullopt);
}

TEST_P(WriteStackTest, MetadataFollowsTheSameRules) {
  WriteStack stack(store());
  ASSERT_TRUE(store().PutMetadata(Contract("c"), "k", "stored"));
  ASSERT_TRUE(stack.Nest());
  EXPECT_EQ(stack.GetMetadata(Contract("c"), "k").value(), "stored");
  ASSERT_TRUE(stack.PutMetadata(Contract("c"), "k", "outer"));
  EXPECT_TRUE(stack.HasPendingMetadata(Contract("c"), "k"));
  EXPECT_FALSE(stack.HasPendingMetadata(Contract("d"), "k"));
  ASSERT_TRUE(stack.Nest());
  ASSERT_TRUE(stack.PutMetadata(Contract("c"), "k", "inner"));
  ASSERT_TRUE(stack.PutMetadata(Contract("d"), "k", "inner-d"));
  EXPECT_EQ(stack.GetMetadata(Contract("c"), "k").value(), "inner");
  ASSERT_TRUE(stack.Rollback());
  EXPECT_EQ(stack.GetMetadata(Contract("c"), "k").value(), "outer");
  EXPECT_EQ(stack.GetMetadata(Contract("d"), "k").value(), std::nullopt);
  ASSERT_TRUE(stack.Commit());
  EXPECT_EQ(store().GetMetadata(Contract("c"), "k").value(), "outer");
  // Metadata and data keys do not mix.
  EXPECT_EQ(store().Get("k").value(), std::nullopt);
}

TEST_P(WriteStackTest, OperationsWithNoOpenLevelFail) {
  WriteStack stack(store());
  EXPECT_EQ(ErrorOf(stack.Commit()).code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(ErrorOf(stack.Rollback()).code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(ErrorOf(stack.Get("k")).code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(ErrorOf(stack.Put("k", "v")).code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(ErrorOf(stack.GetMetadata(Contract("c"), "k")).code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(ErrorOf(stack.PutMetadata(Contract("c"), "k", "v")).code, ErrorCode::kFailedPrecondition);
  // After one balanced Nest/Commit, a second Commit has nothing to close.
  ASSERT_TRUE(stack.Nest());
  ASSERT_TRUE(stack.Commit());
  util::Status extra = stack.Commit();
  EXPECT_EQ(ErrorOf(extra).code, ErrorCode::kFailedPrecondition);
  EXPECT_NE(ErrorOf(extra).message.find("no open level"), std::string::npos) << ErrorOf(extra).message;
}

TEST_P(WriteStackTest, DepthLimitIsEnforced) {
  WriteStack stack(store(), 3);
  ASSERT_TRUE(stack.Nest());
  ASSERT_TRUE(stack.Nest());
  ASSERT_TRUE(stack.Nest());
  EXPECT_EQ(ErrorOf(stack.Nest()).code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(stack.depth(), 3u);
  ASSERT_TRUE(stack.Rollback());
  EXPECT_TRUE(stack.Nest());
}

TEST_P(WriteStackTest, OuterCommitWithoutWritesLeavesTheStoreAlone) {
  WriteStack stack(store());
  ASSERT_TRUE(stack.Nest());
  EXPECT_EQ(stack.Get("k").value(), std::nullopt);
  ASSERT_TRUE(stack.Commit());
  EXPECT_EQ(store().Get("k").value(), std::nullopt);
}

TEST_P(WriteStackTest, SuccessiveTransactionsBuildOnEachOther) {
  WriteStack stack(store());
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(stack.Nest());
    std::optional<std::string> before = stack.Get("counter").value();
    ASSERT_TRUE(stack.Put("counter", before.value_or("") + "x"));
    ASSERT_TRUE(stack.Commit());
  }
  EXPECT_EQ(store().Get("counter").value(), "xxx");
}

// GetView answers what Get answers, pending writes by view and stored values through the scratch string.
TEST_P(WriteStackTest, GetViewAnswersAsGet) {
  WriteStack stack(store());
  ASSERT_TRUE(store().PutAll(WriteBatch{{{"stored", "s"}}, {}}));
  std::string scratch;
  EXPECT_EQ(ErrorOf(stack.GetView("stored", scratch)).code, ErrorCode::kFailedPrecondition);
  ASSERT_TRUE(stack.Nest());
  ASSERT_TRUE(stack.Put("k", "outer"));
  ASSERT_TRUE(stack.Nest());
  EXPECT_EQ(stack.GetView("k", scratch).value(), std::optional<std::string_view>("outer"));
  ASSERT_TRUE(stack.Put("k", "inner"));
  EXPECT_EQ(stack.GetView("k", scratch).value(), std::optional<std::string_view>("inner"));
  EXPECT_EQ(stack.GetView("stored", scratch).value(), std::optional<std::string_view>("s"));
  EXPECT_EQ(scratch, "s");
  EXPECT_EQ(stack.GetView("missing", scratch).value(), std::nullopt);
}

// A key written in both levels takes the inner value when the inner level commits into an outer one that wrote
// other keys too; an outer level that wrote nothing takes the inner writes whole; neither leaves writes behind.
TEST_P(WriteStackTest, CommitIntoALevelWithAndWithoutWrites) {
  WriteStack stack(store());
  ASSERT_TRUE(stack.Nest());
  ASSERT_TRUE(stack.Nest());
  ASSERT_TRUE(stack.Put("x", "1"));
  ASSERT_TRUE(stack.PutMetadata(Contract("c"), "m", "1"));
  ASSERT_TRUE(stack.Commit());  // into an empty level
  EXPECT_EQ(stack.Get("x").value(), "1");
  EXPECT_TRUE(stack.HasPendingMetadata(Contract("c"), "m"));
  ASSERT_TRUE(stack.Nest());
  ASSERT_TRUE(stack.Put("x", "2"));
  ASSERT_TRUE(stack.Put("y", "2"));
  ASSERT_TRUE(stack.PutMetadata(Contract("c"), "m", "2"));
  ASSERT_TRUE(stack.Commit());  // into a level holding x and m
  ASSERT_TRUE(stack.Nest());
  EXPECT_EQ(stack.Get("x").value(), "2");
  EXPECT_EQ(stack.Get("y").value(), "2");
  EXPECT_EQ(stack.GetMetadata(Contract("c"), "m").value(), "2");
  ASSERT_TRUE(stack.Rollback());  // an empty level rolled back changes nothing
  ASSERT_TRUE(stack.Commit());
  EXPECT_EQ(store().Get("x").value(), "2");
  EXPECT_EQ(store().Get("y").value(), "2");
  EXPECT_EQ(store().GetMetadata(Contract("c"), "m").value(), "2");
}

// A write's decoded value is answered with the pending write that carries it: through nested levels and commits
// into a level, but not once the write reached the store, not past a write without one, not after a rollback, and
// not inside at-block (which reads the store's past).
TEST_P(WriteStackTest, DecodedValuesTravelWithTheirPendingWrites) {
  WriteStack stack(store());
  std::string scratch;
  const Value* decoded = nullptr;
  ASSERT_TRUE(stack.Nest());
  ASSERT_TRUE(stack.Put("k", "0100000000000000000000000000000005", Value::UInt(5)));
  ASSERT_TRUE(stack.GetView("k", scratch, &decoded));
  ASSERT_NE(decoded, nullptr);
  EXPECT_EQ(*decoded, Value::UInt(5));
  // An inner level's write without one hides the outer's.
  ASSERT_TRUE(stack.Nest());
  ASSERT_TRUE(stack.Put("k", "0100000000000000000000000000000006"));
  EXPECT_EQ(stack.GetView("k", scratch, &decoded).value(),
            std::optional<std::string_view>("0100000000000000000000000000000006"));
  EXPECT_EQ(decoded, nullptr);
  ASSERT_TRUE(stack.Rollback());
  ASSERT_TRUE(stack.GetView("k", scratch, &decoded));
  ASSERT_NE(decoded, nullptr);
  EXPECT_EQ(*decoded, Value::UInt(5));
  // Rewritten in an inner level that commits: the new value, carried into the level below.
  ASSERT_TRUE(stack.Nest());
  ASSERT_TRUE(stack.Put("k", "0100000000000000000000000000000007", Value::UInt(7)));
  ASSERT_TRUE(stack.Commit());
  ASSERT_TRUE(stack.GetView("k", scratch, &decoded));
  ASSERT_NE(decoded, nullptr);
  EXPECT_EQ(*decoded, Value::UInt(7));
  // A read that gets nothing, or the store's answer, clears what an earlier read set.
  EXPECT_EQ(stack.GetView("missing", scratch, &decoded).value(), std::nullopt);
  EXPECT_EQ(decoded, nullptr);
  ASSERT_TRUE(stack.Commit());
  EXPECT_EQ(store().Get("k").value(), "0100000000000000000000000000000007");
  const Value sentinel = Value::UInt(1);
  ASSERT_TRUE(stack.Nest());
  decoded = &sentinel;
  EXPECT_EQ(stack.GetView("k", scratch, &decoded).value(),
            std::optional<std::string_view>("0100000000000000000000000000000007"));
  EXPECT_EQ(decoded, nullptr);
  // Inside at-block the pending write (with its value) is not what is read.
  ASSERT_TRUE(stack.Put("k", "0100000000000000000000000000000008", Value::UInt(8)));
  ASSERT_TRUE(stack.BeginAtBlock(store().CurrentBlockHeight()));
  decoded = &sentinel;
  EXPECT_EQ(stack.GetView("k", scratch, &decoded).value(),
            std::optional<std::string_view>("0100000000000000000000000000000007"));
  EXPECT_EQ(decoded, nullptr);
  ASSERT_TRUE(stack.EndAtBlock());
  ASSERT_TRUE(stack.Rollback());
}

// Against a model (one std::map per open level): keys that share a long prefix, as storage keys do, written,
// overwritten and read through random nesting, commits and rollbacks, with several outermost commits (so levels
// grow, rehash and hand their writes to the store many times). Every read through the stack and, after each
// outermost commit, every key in the store answers what the model says.
TEST_P(WriteStackTest, RandomNestingAgreesWithAModel) {
  WriteStack stack(store());
  const std::string prefix = "vm::ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.bench::2::squares::";
  auto key = [&](int i) { return prefix + std::to_string(i); };
  constexpr int kKeys = 300;
  std::map<std::string, std::string> stored;               // what the store holds
  std::vector<std::map<std::string, std::string>> levels;  // the model's open levels, outermost first
  auto newest = [&](const std::string& k) -> std::optional<std::string> {
    for (auto level = levels.rbegin(); level != levels.rend(); ++level) {
      if (auto it = level->find(k); it != level->end()) return it->second;
    }
    if (auto it = stored.find(k); it != stored.end()) return it->second;
    return std::nullopt;
  };
  uint32_t seed = 12345;
  auto next = [&](uint32_t bound) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 8) % bound;
  };
  for (int step = 0; step < 6000; ++step) {
    const uint32_t op = next(100);
    if (levels.empty() || (op < 8 && levels.size() < 6)) {
      ASSERT_TRUE(stack.Nest());
      levels.emplace_back();
    } else if (op < 14) {
      ASSERT_TRUE(stack.Rollback());
      levels.pop_back();
    } else if (op < 22) {
      ASSERT_TRUE(stack.Commit());
      std::map<std::string, std::string> top = std::move(levels.back());
      levels.pop_back();
      auto& into = levels.empty() ? stored : levels.back();
      for (auto& [k, v] : top) into[k] = v;
      if (levels.empty()) {
        for (int i = 0; i < kKeys; ++i) ASSERT_EQ(store().Get(key(i)).value(), newest(key(i))) << key(i);
      }
    } else if (op < 60) {
      const std::string k = key(static_cast<int>(next(kKeys)));
      const std::string v = "v" + std::to_string(step);
      ASSERT_TRUE(stack.Put(k, v));
      levels.back()[k] = v;
    } else {
      const std::string k = key(static_cast<int>(next(kKeys)));
      ASSERT_EQ(stack.Get(k).value(), newest(k)) << "step " << step;
    }
  }
  while (!levels.empty()) {
    ASSERT_TRUE(stack.Commit());
    std::map<std::string, std::string> top = std::move(levels.back());
    levels.pop_back();
    auto& into = levels.empty() ? stored : levels.back();
    for (auto& [k, v] : top) into[k] = v;
  }
  for (int i = 0; i < kKeys; ++i) ASSERT_EQ(store().Get(key(i)).value(), newest(key(i))) << key(i);
}

INSTANTIATE_TEST_SUITE_P(Stores, WriteStackTest, ::testing::Values("memory", "sqlite"),
                         [](const ::testing::TestParamInfo<std::string>& kind) { return kind.param; });

// A store whose PutAll fails, to check that a failed outermost commit loses nothing.
class FailingStore final : public ClarityStore {
 public:
  util::Result<std::optional<std::string>> Get(std::string_view) override { return std::optional<std::string>(); }
  util::Status PutAll(const WriteBatch&) override { return util::IoError("disk full"); }
  util::Result<std::optional<std::string>> GetMetadata(const ContractIdentifier&, std::string_view) override {
    return std::optional<std::string>();
  }
  uint32_t CurrentBlockHeight() const override { return 0; }
  util::Status SetCurrentBlockHeight(uint32_t) override { return {}; }
};

TEST(WriteStackFailureTest, FailedOutermostCommitKeepsTheLevelOpen) {
  FailingStore store;
  WriteStack stack(store);
  ASSERT_TRUE(stack.Nest());
  ASSERT_TRUE(stack.Put("k", "v"));
  util::Status status = stack.Commit();
  EXPECT_EQ(ErrorOf(status).code, ErrorCode::kIo);
  EXPECT_EQ(stack.depth(), 1u);
  EXPECT_EQ(stack.Get("k").value(), "v");
  EXPECT_TRUE(stack.Rollback());
}

// The writes handed to a store that refuses them come back into the level, data and metadata, every key.
TEST(WriteStackFailureTest, FailedOutermostCommitKeepsEveryWrite) {
  FailingStore store;
  WriteStack stack(store);
  const ContractIdentifier c = codec::ParseContractPrincipal("ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5.c").value();
  ASSERT_TRUE(stack.Nest());
  ASSERT_TRUE(stack.Put("a", "1"));
  ASSERT_TRUE(stack.Put("b", "2"));
  ASSERT_TRUE(stack.PutMetadata(c, "m", "3"));
  EXPECT_FALSE(stack.Commit());
  EXPECT_FALSE(stack.Commit());  // and again: nothing was lost the first time
  EXPECT_EQ(stack.Get("a").value(), "1");
  EXPECT_EQ(stack.Get("b").value(), "2");
  EXPECT_EQ(stack.GetMetadata(c, "m").value(), "3");
  EXPECT_TRUE(stack.HasPendingMetadata(c, "m"));
}

}  // namespace
}  // namespace stacks::clarity::storage
