// The per-block history of the tool stores (ClarityStore::GetAtBlock) and WriteStack's time-shifted reads, which
// at-block evaluates through.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "clarity/storage/memory_store.h"
#include "clarity/storage/sqlite_store.h"
#include "clarity/storage/write_stack.h"
#include "sqlite/sqlite.h"
#include "store_fixture.h"
#include "test_util.h"

namespace stacks::clarity::storage {
namespace {

using testing::ErrorOf;
using util::ErrorCode;

class StoreHistoryTest : public StoreTest {
 protected:
  void PutAt(uint32_t height, const std::string& key, const std::string& value) {
    ASSERT_TRUE(store().SetCurrentBlockHeight(height));
    ASSERT_TRUE(store().PutAll(WriteBatch{{{key, value}}, {}}));
  }
};

TEST_P(StoreHistoryTest, AnswersTheValueAtTheEndOfEachBlock) {
  PutAt(3, "k", "a");
  PutAt(3, "k", "b");  // the last write of a block is its value at the end of it
  PutAt(5, "k", "c");
  EXPECT_EQ(store().GetAtBlock("k", 0).value(), std::nullopt);
  EXPECT_EQ(store().GetAtBlock("k", 2).value(), std::nullopt);
  EXPECT_EQ(store().GetAtBlock("k", 3).value(), "b");
  EXPECT_EQ(store().GetAtBlock("k", 4).value(), "b");
  EXPECT_EQ(store().GetAtBlock("k", 5).value(), "c");
  EXPECT_EQ(store().GetAtBlock("k", 0xffffffffu).value(), "c");
  EXPECT_EQ(store().Get("k").value(), "c");
}

TEST_P(StoreHistoryTest, AWriteAtALowerHeightTakesThatHeightsPlace) {
  // A tool may move the height back; the newest write is still the current value.
  PutAt(5, "k", "c");
  PutAt(3, "k", "b");
  PutAt(4, "k", "x");
  PutAt(3, "k", "b2");
  EXPECT_EQ(store().GetAtBlock("k", 2).value(), std::nullopt);
  EXPECT_EQ(store().GetAtBlock("k", 3).value(), "b2");
  EXPECT_EQ(store().GetAtBlock("k", 4).value(), "x");
  EXPECT_EQ(store().GetAtBlock("k", 5).value(), "c");
  EXPECT_EQ(store().GetAtBlock("k", 9).value(), "c");
  EXPECT_EQ(store().Get("k").value(), "b2");
}

TEST_P(StoreHistoryTest, KeysHaveIndependentHistories) {
  PutAt(1, "a", "a1");
  PutAt(2, "b", "b2");
  EXPECT_EQ(store().GetAtBlock("a", 1).value(), "a1");
  EXPECT_EQ(store().GetAtBlock("b", 1).value(), std::nullopt);
  EXPECT_EQ(store().GetAtBlock("b", 2).value(), "b2");
  EXPECT_EQ(store().GetAtBlock("never", 2).value(), std::nullopt);
}

TEST_P(StoreHistoryTest, MetadataHasNoHistoryAndDoesNotLeakIntoData) {
  ASSERT_TRUE(store().PutMetadata(Contract("c"), "k", "meta"));
  EXPECT_EQ(store().GetAtBlock("k", 0).value(), std::nullopt);
}

TEST_P(StoreHistoryTest, WriteStackReadsAtBlockIgnorePendingWrites) {
  PutAt(1, "k", "one");
  PutAt(2, "k", "two");
  WriteStack stack(store());
  ASSERT_TRUE(stack.Nest());
  ASSERT_TRUE(stack.Put("k", "pending"));
  EXPECT_EQ(stack.BlockHeight(), 2u);
  EXPECT_EQ(stack.at_block_height(), std::nullopt);

  ASSERT_TRUE(stack.BeginAtBlock(1));
  EXPECT_EQ(stack.Get("k").value(), "one");
  EXPECT_EQ(stack.BlockHeight(), 1u);
  EXPECT_EQ(stack.at_block_height(), 1u);
  ASSERT_TRUE(stack.BeginAtBlock(0));  // nested: the innermost wins
  EXPECT_EQ(stack.Get("k").value(), std::nullopt);
  ASSERT_TRUE(stack.EndAtBlock());
  EXPECT_EQ(stack.Get("k").value(), "one");
  // A write inside at-block lands in the open level but is not read back while shifted.
  ASSERT_TRUE(stack.Put("k", "inside"));
  EXPECT_EQ(stack.Get("k").value(), "one");
  ASSERT_TRUE(stack.EndAtBlock());

  EXPECT_EQ(stack.Get("k").value(), "inside");
  EXPECT_EQ(stack.BlockHeight(), 2u);
  ASSERT_TRUE(stack.Rollback());
}

TEST_P(StoreHistoryTest, WriteStackAtBlockStillNeedsALevel) {
  WriteStack stack(store());
  ASSERT_TRUE(stack.BeginAtBlock(0));
  EXPECT_EQ(ErrorOf(stack.Get("k")).code, ErrorCode::kFailedPrecondition);
  ASSERT_TRUE(stack.EndAtBlock());
}

TEST_P(StoreHistoryTest, EndAtBlockWithoutBeginIsRefused) {
  WriteStack stack(store());
  EXPECT_EQ(ErrorOf(stack.EndAtBlock()).code, ErrorCode::kFailedPrecondition);
}

TEST_P(StoreHistoryTest, AtBlockNestingIsBounded) {
  WriteStack stack(store(), 2);
  ASSERT_TRUE(stack.BeginAtBlock(0));
  ASSERT_TRUE(stack.BeginAtBlock(0));
  EXPECT_EQ(ErrorOf(stack.BeginAtBlock(0)).code, ErrorCode::kResourceExhausted);
}

TEST_P(StoreHistoryTest, CommittedLevelsEnterTheHistoryAtTheCurrentHeight) {
  WriteStack stack(store());
  ASSERT_TRUE(store().SetCurrentBlockHeight(7));
  ASSERT_TRUE(stack.Nest());
  ASSERT_TRUE(stack.Put("k", "seven"));
  ASSERT_TRUE(stack.Commit());
  ASSERT_TRUE(store().SetCurrentBlockHeight(8));
  ASSERT_TRUE(stack.Nest());
  ASSERT_TRUE(stack.Put("k", "rolled back"));
  ASSERT_TRUE(stack.Rollback());
  EXPECT_EQ(store().GetAtBlock("k", 6).value(), std::nullopt);
  EXPECT_EQ(store().GetAtBlock("k", 8).value(), "seven");
}

INSTANTIATE_TEST_SUITE_P(Stores, StoreHistoryTest, ::testing::Values("memory", "sqlite"),
                         [](const ::testing::TestParamInfo<std::string>& kind) { return kind.param; });

// A store that keeps no history: at-block reads through it fail with kUnimplemented.
class LatestOnlyStore final : public ClarityStore {
 public:
  util::Result<std::optional<std::string>> Get(std::string_view key) override { return m_inner.Get(key); }
  util::Status PutAll(const WriteBatch& batch) override { return m_inner.PutAll(batch); }
  util::Result<std::optional<std::string>> GetMetadata(const ContractIdentifier& contract,
                                                       std::string_view key) override {
    return m_inner.GetMetadata(contract, key);
  }
  uint32_t CurrentBlockHeight() const override { return m_inner.CurrentBlockHeight(); }
  util::Status SetCurrentBlockHeight(uint32_t height) override { return m_inner.SetCurrentBlockHeight(height); }

 private:
  MemoryStore m_inner;
};

TEST(StoreHistoryDefaultTest, StoresWithoutHistoryRefuseAtBlockReads) {
  LatestOnlyStore store;
  EXPECT_EQ(ErrorOf(store.GetAtBlock("k", 0)).code, ErrorCode::kUnimplemented);
  WriteStack stack(store);
  ASSERT_TRUE(stack.Nest());
  ASSERT_TRUE(stack.BeginAtBlock(0));
  EXPECT_EQ(ErrorOf(stack.Get("k")).code, ErrorCode::kUnimplemented);
}

class SqliteHistoryTest : public ::testing::Test {
 protected:
  std::string Path() const { return m_dir.File("clarity.sqlite"); }
  testing::TempDir m_dir;
};

TEST_F(SqliteHistoryTest, HistorySurvivesReopen) {
  {
    SqliteStore store = SqliteStore::Open(Path()).value();
    ASSERT_TRUE(store.SetCurrentBlockHeight(1));
    ASSERT_TRUE(store.PutAll(WriteBatch{{{"k", "one"}}, {}}));
    ASSERT_TRUE(store.SetCurrentBlockHeight(2));
    ASSERT_TRUE(store.PutAll(WriteBatch{{{"k", "two"}}, {}}));
  }
  SqliteStore store = SqliteStore::Open(Path()).value();
  EXPECT_EQ(store.GetAtBlock("k", 1).value(), "one");
  EXPECT_EQ(store.GetAtBlock("k", 2).value(), "two");
}

// A version-1 file (no history) is upgraded: its current values become the history at its height, and earlier
// heights are refused rather than answered wrongly.
TEST_F(SqliteHistoryTest, UpgradesAVersionOneFile) {
  {
    sqlite::Database db = sqlite::Database::Open(Path(), {}).value();
    ASSERT_TRUE(
        db.Execute("CREATE TABLE schema_version (version INTEGER NOT NULL);"
                   "INSERT INTO schema_version (version) VALUES (1);"
                   "CREATE TABLE data_table (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                   "CREATE TABLE metadata_table (contract TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
                   " PRIMARY KEY (contract, key));"
                   "CREATE TABLE store_state (id INTEGER PRIMARY KEY CHECK (id = 0), block_height INTEGER NOT NULL);"
                   "INSERT INTO store_state (id, block_height) VALUES (0, 9);"
                   "INSERT INTO data_table (key, value) VALUES ('k', 'old');"));
  }
  SqliteStore store = SqliteStore::Open(Path()).value();
  EXPECT_EQ(store.CurrentBlockHeight(), 9u);
  EXPECT_EQ(store.Get("k").value(), "old");
  EXPECT_EQ(ErrorOf(store.GetAtBlock("k", 8)).code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(store.GetAtBlock("k", 9).value(), "old");
  ASSERT_TRUE(store.SetCurrentBlockHeight(10));
  ASSERT_TRUE(store.PutAll(WriteBatch{{{"k", "new"}}, {}}));
  EXPECT_EQ(store.GetAtBlock("k", 9).value(), "old");
  EXPECT_EQ(store.GetAtBlock("k", 10).value(), "new");
}

}  // namespace
}  // namespace stacks::clarity::storage
