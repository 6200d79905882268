#include "chainstate/state_index.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "chainstate_test_util.h"
#include "test_util.h"

namespace stacks::chainstate {
namespace {

using testing::ErrorOf;
using util::ErrorCode;

chain::StacksBlockId BlockId(uint8_t n) {
  chain::StacksBlockId id{};
  id[0] = n;
  id[31] = 0xaa;
  return id;
}

class StateIndexTest : public ::testing::Test {
 protected:
  // An index over a fresh database named `name` in the test's directory.
  struct Opened {
    std::unique_ptr<sqlite::Database> db;
    std::unique_ptr<SqliteStateIndex> index;
  };
  Opened OpenIndex(const std::string& name = "index.sqlite") {
    Opened out;
    out.db = std::make_unique<sqlite::Database>(sqlite::Database::Open(m_dir.File(name), {}).value());
    EXPECT_TRUE(SqliteStateIndex::CreateSchema(*out.db));
    out.index = std::make_unique<SqliteStateIndex>(SqliteStateIndex::Open(*out.db).value());
    return out;
  }
  // Seals one block holding `pairs` on top of the index's tip; returns its root.
  static StateRoot SealWith(SqliteStateIndex& index, uint8_t block,
                            const std::vector<std::pair<std::string, std::string>>& pairs) {
    EXPECT_TRUE(index.BeginBlock(index.tip(), BlockId(block)));
    for (const auto& [key, value] : pairs) EXPECT_TRUE(index.Put(util::AsBytes(key), util::AsBytes(value)));
    auto root = index.SealBlock();
    EXPECT_TRUE(root) << ErrorOf(root).ToString();
    return root ? *root : StateRoot{};
  }
  testing::TempDir m_dir;
};

TEST_F(StateIndexTest, EmptyStateHasTheZeroRoot) {
  EXPECT_EQ(MerkleRoot({}), EMPTY_STATE_ROOT);
  auto opened = OpenIndex();
  EXPECT_EQ(SealWith(*opened.index, 1, {}), EMPTY_STATE_ROOT);
}

TEST_F(StateIndexTest, MerkleRootCarriesAnOddNodeUp) {
  const crypto::Hash256 a = LeafHash(util::AsBytes("a"), util::AsBytes("1"));
  const crypto::Hash256 b = LeafHash(util::AsBytes("b"), util::AsBytes("2"));
  const crypto::Hash256 c = LeafHash(util::AsBytes("c"), util::AsBytes("3"));
  EXPECT_EQ(MerkleRoot({a}), a);
  const crypto::Hash256 ab = MerkleRoot({a, b});
  EXPECT_NE(ab, a);
  EXPECT_EQ(MerkleRoot({a, b, c}), MerkleRoot({ab, c}));
  // No duplication of the odd node: [a, b, c] and [a, b, c, c] differ.
  EXPECT_NE(MerkleRoot({a, b, c}), MerkleRoot({a, b, c, c}));
}

TEST_F(StateIndexTest, LeafHashSeparatesKeyFromValue) {
  EXPECT_NE(LeafHash(util::AsBytes("ab"), util::AsBytes("c")), LeafHash(util::AsBytes("a"), util::AsBytes("bc")));
}

TEST_F(StateIndexTest, RootIsDeterministicWhateverTheWriteOrder) {
  auto first = OpenIndex("first.sqlite");
  auto second = OpenIndex("second.sqlite");
  const StateRoot r1 = SealWith(*first.index, 1, {{"k1", "v1"}, {"k2", "v2"}, {"k3", "v3"}});
  const StateRoot r2 = SealWith(*second.index, 1, {{"k3", "v3"}, {"k1", "old"}, {"k2", "v2"}, {"k1", "v1"}});
  EXPECT_EQ(r1, r2);
  EXPECT_NE(r1, EMPTY_STATE_ROOT);
  // Split over two blocks, the final state and so the root are the same.
  auto third = OpenIndex("third.sqlite");
  SealWith(*third.index, 1, {{"k2", "v2"}});
  EXPECT_EQ(SealWith(*third.index, 2, {{"k1", "v1"}, {"k3", "v3"}}), r1);
}

TEST_F(StateIndexTest, RootChangesOnEveryWriteThatChangesTheState) {
  auto opened = OpenIndex();
  SqliteStateIndex& index = *opened.index;
  const StateRoot r1 = SealWith(index, 1, {{"k1", "v1"}});
  const StateRoot r2 = SealWith(index, 2, {{"k1", "v2"}});  // changed value
  const StateRoot r3 = SealWith(index, 3, {{"k2", "v2"}});  // new key
  const StateRoot r4 = SealWith(index, 4, {{"k0", ""}});    // new key with an empty value
  const StateRoot r5 = SealWith(index, 5, {{"k1", "v2"}});  // same value again: same state
  EXPECT_NE(r1, r2);
  EXPECT_NE(r2, r3);
  EXPECT_NE(r3, r4);
  EXPECT_EQ(r4, r5);
  EXPECT_EQ(index.RootOf(BlockId(1)).value(), r1);
  EXPECT_EQ(index.RootOf(BlockId(3)).value(), r3);
  EXPECT_EQ(index.ComputeRoot().value(), r5);
}

TEST_F(StateIndexTest, GetReadsTheLatestValue) {
  auto opened = OpenIndex();
  SealWith(*opened.index, 1, {{"k", "v1"}});
  ASSERT_TRUE(opened.index->BeginBlock(BlockId(1), BlockId(2)));
  ASSERT_TRUE(opened.index->Put(util::AsBytes("k"), util::AsBytes("v2")));
  auto value = opened.index->Get(util::AsBytes("k"));
  ASSERT_TRUE(value);
  ASSERT_TRUE(value->has_value());
  EXPECT_EQ(**value, util::Bytes({'v', '2'}));
  auto missing = opened.index->Get(util::AsBytes("absent"));
  ASSERT_TRUE(missing);
  EXPECT_FALSE(missing->has_value());
}

TEST_F(StateIndexTest, PutOrSealWithoutAnOpenBlockIsRefused) {
  auto opened = OpenIndex();
  auto put = opened.index->Put(util::AsBytes("k"), util::AsBytes("v"));
  ASSERT_FALSE(put);
  EXPECT_EQ(put.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(ErrorOf(opened.index->SealBlock()).code, ErrorCode::kFailedPrecondition);
}

TEST_F(StateIndexTest, OnlyTheTipCanBeBuiltOn) {
  auto opened = OpenIndex();
  SqliteStateIndex& index = *opened.index;
  // The first block must build on the empty state.
  auto first = index.BeginBlock(BlockId(9), BlockId(1));
  ASSERT_FALSE(first);
  EXPECT_EQ(first.error().code, ErrorCode::kFailedPrecondition);
  SealWith(index, 1, {{"k", "v"}});
  SealWith(index, 2, {{"k", "w"}});
  auto fork = index.BeginBlock(BlockId(1), BlockId(3));
  ASSERT_FALSE(fork);
  EXPECT_EQ(fork.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_NE(fork.error().message.find("not fork-aware"), std::string::npos);
}

TEST_F(StateIndexTest, SealedBlockCannotBeReopened) {
  auto opened = OpenIndex();
  SealWith(*opened.index, 1, {});
  auto again = opened.index->BeginBlock(BlockId(1), BlockId(1));
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kFailedPrecondition);
}

TEST_F(StateIndexTest, SecondOpenBlockIsRefused) {
  auto opened = OpenIndex();
  ASSERT_TRUE(opened.index->BeginBlock(std::nullopt, BlockId(1)));
  auto second = opened.index->BeginBlock(std::nullopt, BlockId(2));
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().code, ErrorCode::kFailedPrecondition);
}

TEST_F(StateIndexTest, RootOfUnknownBlockIsNotFound) {
  auto opened = OpenIndex();
  EXPECT_EQ(ErrorOf(opened.index->RootOf(BlockId(7))).code, ErrorCode::kNotFound);
}

TEST_F(StateIndexTest, RolledBackBlockLeavesTheTipAsItWas) {
  auto opened = OpenIndex();
  const StateRoot r1 = SealWith(*opened.index, 1, {{"k", "v"}});
  {
    auto txn = sqlite::WriteTransaction::Begin(*opened.db);
    ASSERT_TRUE(txn);
    ASSERT_TRUE(opened.index->BeginBlock(BlockId(1), BlockId(2)));
    ASSERT_TRUE(opened.index->Put(util::AsBytes("k"), util::AsBytes("changed")));
    ASSERT_TRUE(opened.index->SealBlock());
  }  // Rolled back.
  ASSERT_TRUE(opened.index->Abandon());
  EXPECT_EQ(opened.index->tip(), BlockId(1));
  EXPECT_EQ(ErrorOf(opened.index->RootOf(BlockId(2))).code, ErrorCode::kNotFound);
  EXPECT_EQ(opened.index->ComputeRoot().value(), r1);
  EXPECT_EQ(SealWith(*opened.index, 2, {}), r1);
}

TEST_F(StateIndexTest, ReopenedIndexKnowsItsTip) {
  StateRoot r2;
  {
    auto opened = OpenIndex();
    SealWith(*opened.index, 1, {{"a", "1"}});
    r2 = SealWith(*opened.index, 2, {{"b", "2"}});
  }
  auto opened = OpenIndex();
  EXPECT_EQ(opened.index->tip(), BlockId(2));
  EXPECT_EQ(opened.index->RootOf(BlockId(2)).value(), r2);
}

}  // namespace
}  // namespace stacks::chainstate
