#include "clarity/storage/sqlite_store.h"

#include <gtest/gtest.h>

#include <fstream>
#include <optional>
#include <string>

#include "clarity/storage/keys.h"
#include "clarity/storage/write_stack.h"
#include "codec/stacks_address.h"
#include "sqlite/sqlite.h"
#include "test_util.h"

namespace stacks::clarity::storage {
namespace {

using testing::ErrorOf;
using util::ErrorCode;

ContractIdentifier Counter() {
  return codec::ParseContractPrincipal("ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5.counter").value();
}

class SqliteStoreTest : public ::testing::Test {
 protected:
  std::string Path() const { return m_dir.File("clarity.sqlite"); }
  testing::TempDir m_dir;
};

TEST_F(SqliteStoreTest, StateSurvivesReopen) {
  {
    SqliteStore store = SqliteStore::Open(Path()).value();
    WriteStack stack(store);
    ASSERT_TRUE(stack.Nest());
    ASSERT_TRUE(stack.Put(DataVarKey(Counter(), "count"), "0100000000000000000000000000000007"));
    ASSERT_TRUE(stack.PutMetadata(Counter(), ContractSrcKey(), "(define-data-var count uint u7)"));
    ASSERT_TRUE(stack.Commit());
    ASSERT_TRUE(store.SetCurrentBlockHeight(12));
    // A level still open when the process ends is never written.
    ASSERT_TRUE(stack.Nest());
    ASSERT_TRUE(stack.Put("pending", "lost"));
  }
  SqliteStore store = SqliteStore::Open(Path()).value();
  EXPECT_EQ(store.Get(DataVarKey(Counter(), "count")).value(), "0100000000000000000000000000000007");
  EXPECT_EQ(store.GetMetadata(Counter(), ContractSrcKey()).value(), "(define-data-var count uint u7)");
  EXPECT_EQ(store.Get("pending").value(), std::nullopt);
  EXPECT_EQ(store.CurrentBlockHeight(), 12u);
}

TEST_F(SqliteStoreTest, MovedStoreKeepsWorking) {
  SqliteStore first = SqliteStore::Open(Path()).value();
  SqliteStore second = std::move(first);
  ASSERT_TRUE(second.PutAll(WriteBatch{{{"k", "v"}}, {}}));
  EXPECT_EQ(second.Get("k").value(), "v");
}

TEST_F(SqliteStoreTest, RejectsAFileThatIsNotSqlite) {
  {
    std::ofstream out(Path(), std::ios::binary);
    out << std::string(4096, 'x');
  }
  EXPECT_EQ(ErrorOf(SqliteStore::Open(Path())).code, ErrorCode::kCorruption);
}

TEST_F(SqliteStoreTest, RejectsAnotherKindOfDatabase) {
  {
    sqlite::Database db = sqlite::Database::Open(Path(), {}).value();
    ASSERT_TRUE(db.Execute("CREATE TABLE accounts (principal TEXT PRIMARY KEY)"));
  }
  EXPECT_EQ(ErrorOf(SqliteStore::Open(Path())).code, ErrorCode::kCorruption);
}

TEST_F(SqliteStoreTest, RejectsANewerSchema) {
  { ASSERT_TRUE(SqliteStore::Open(Path())); }
  {
    sqlite::Database db = sqlite::Database::Open(Path(), {}).value();
    ASSERT_TRUE(db.Execute("UPDATE schema_version SET version = 3"));  // this build writes 2
  }
  util::Result<SqliteStore> reopened = SqliteStore::Open(Path());
  EXPECT_EQ(ErrorOf(reopened).code, ErrorCode::kFailedPrecondition) << ErrorOf(reopened).message;
}

TEST_F(SqliteStoreTest, RejectsAMissingOrBadStateRow) {
  { ASSERT_TRUE(SqliteStore::Open(Path())); }
  {
    sqlite::Database db = sqlite::Database::Open(Path(), {}).value();
    ASSERT_TRUE(db.Execute("UPDATE store_state SET block_height = -1"));
  }
  EXPECT_EQ(ErrorOf(SqliteStore::Open(Path())).code, ErrorCode::kCorruption);
  {
    sqlite::Database db = sqlite::Database::Open(Path(), {}).value();
    ASSERT_TRUE(db.Execute("DELETE FROM store_state"));
  }
  EXPECT_EQ(ErrorOf(SqliteStore::Open(Path())).code, ErrorCode::kCorruption);
}

TEST_F(SqliteStoreTest, MissingDirectoryIsAnIoError) {
  EXPECT_EQ(ErrorOf(SqliteStore::Open(m_dir.File("no/such/dir/clarity.sqlite"))).code, ErrorCode::kIo);
}

}  // namespace
}  // namespace stacks::clarity::storage
