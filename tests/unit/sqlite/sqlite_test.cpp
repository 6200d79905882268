#include "sqlite/sqlite.h"

#include <gtest/gtest.h>

#include <fstream>

#include "test_util.h"

namespace stacks::sqlite {
namespace {

using testing::ErrorOf;
using util::ErrorCode;

class SqliteTest : public ::testing::Test {
 protected:
  Database OpenDb(const std::string& name = "test.sqlite") {
    auto db = Database::Open(m_dir.File(name), {});
    EXPECT_TRUE(db) << ErrorOf(db).ToString();
    return std::move(db).value();
  }
  static void CreateTable(Database& db) {
    ASSERT_TRUE(db.Execute("CREATE TABLE t (k TEXT PRIMARY KEY, n INTEGER, b BLOB)"));
  }
  static void Insert(Database& db, std::string_view key, int64_t n) {
    auto st = db.Prepare("INSERT INTO t (k, n, b) VALUES (?1, ?2, ?3)");
    ASSERT_TRUE(st);
    ASSERT_TRUE(st->BindText(1, key));
    ASSERT_TRUE(st->BindInt64(2, n));
    ASSERT_TRUE(st->BindBlob(3, util::Bytes{1, 2, 3}));
    ASSERT_TRUE(st->Run());
  }
  static int64_t Count(Database& db) {
    auto st = db.Prepare("SELECT COUNT(*) FROM t");
    EXPECT_TRUE(st);
    EXPECT_TRUE(st->Step().value());
    return st->ColumnInt64(0);
  }
  testing::TempDir m_dir;
};

TEST_F(SqliteTest, OpensInWalModeWithForeignKeysOn) {
  Database db = OpenDb();
  auto mode = db.Prepare("PRAGMA journal_mode");
  ASSERT_TRUE(mode);
  ASSERT_TRUE(mode->Step().value());
  EXPECT_EQ(mode->ColumnText(0), "wal");
  auto fk = db.Prepare("PRAGMA foreign_keys");
  ASSERT_TRUE(fk);
  ASSERT_TRUE(fk->Step().value());
  EXPECT_EQ(fk->ColumnInt64(0), 1);
  auto sync = db.Prepare("PRAGMA synchronous");
  ASSERT_TRUE(sync);
  ASSERT_TRUE(sync->Step().value());
  EXPECT_EQ(sync->ColumnInt64(0), 2);  // FULL
}

TEST_F(SqliteTest, RoundTripsEveryColumnType) {
  Database db = OpenDb();
  CreateTable(db);
  auto st = db.Prepare("INSERT INTO t (k, n, b) VALUES (?1, ?2, ?3)");
  ASSERT_TRUE(st);
  ASSERT_TRUE(st->BindText(1, "key"));
  ASSERT_TRUE(st->BindInt64(2, -5));
  ASSERT_TRUE(st->BindBlob(3, util::Bytes{}));
  ASSERT_TRUE(st->Run());
  st->Reset();
  ASSERT_TRUE(st->BindText(1, "other"));
  ASSERT_TRUE(st->BindNull(2));
  ASSERT_TRUE(st->BindBlob(3, util::Bytes{0, 255}));
  ASSERT_TRUE(st->Run());

  auto read = db.Prepare("SELECT k, n, b FROM t ORDER BY k");
  ASSERT_TRUE(read);
  ASSERT_TRUE(read->Step().value());
  EXPECT_EQ(read->ColumnText(0), "key");
  EXPECT_EQ(read->ColumnInt64(1), -5);
  EXPECT_FALSE(read->ColumnIsNull(2));  // An empty blob, not NULL.
  EXPECT_TRUE(read->ColumnBlob(2).empty());
  ASSERT_TRUE(read->Step().value());
  EXPECT_TRUE(read->ColumnIsNull(1));
  EXPECT_EQ(read->ColumnBlob(2), (util::Bytes{0, 255}));
  EXPECT_FALSE(read->Step().value());
}

TEST_F(SqliteTest, BadSqlIsIoErrorNamingTheStatement) {
  Database db = OpenDb();
  auto st = db.Prepare("SELECT * FROM missing_table");
  EXPECT_EQ(ErrorOf(st).code, ErrorCode::kIo);
  EXPECT_NE(ErrorOf(st).message.find("prepare 'SELECT * FROM missing_table'"), std::string::npos);
  EXPECT_NE(ErrorOf(st).message.find("no such table"), std::string::npos);
  auto exec = db.Execute("NOT SQL", "frobnicate");
  ASSERT_FALSE(exec);
  EXPECT_EQ(exec.error().code, ErrorCode::kIo);
  EXPECT_NE(exec.error().message.find("sqlite frobnicate"), std::string::npos);
}

TEST_F(SqliteTest, ConstraintViolationIsIoError) {
  Database db = OpenDb();
  CreateTable(db);
  Insert(db, "a", 1);
  auto st = db.Prepare("INSERT INTO t (k, n, b) VALUES ('a', 2, x'')");
  ASSERT_TRUE(st);
  auto run = st->Run();
  ASSERT_FALSE(run);
  EXPECT_EQ(run.error().code, ErrorCode::kIo);
  EXPECT_NE(run.error().message.find("UNIQUE"), std::string::npos);
}

TEST_F(SqliteTest, RunOnAStatementReturningRowsFails) {
  Database db = OpenDb();
  auto st = db.Prepare("SELECT 1");
  ASSERT_TRUE(st);
  auto run = st->Run();
  ASSERT_FALSE(run);
  EXPECT_EQ(run.error().code, ErrorCode::kIo);
}

TEST_F(SqliteTest, BindOutOfRangeFails) {
  Database db = OpenDb();
  auto st = db.Prepare("SELECT ?1");
  ASSERT_TRUE(st);
  auto bind = st->BindInt64(2, 1);
  ASSERT_FALSE(bind);
  EXPECT_EQ(bind.error().code, ErrorCode::kIo);
}

TEST_F(SqliteTest, TransactionRollsBackUnlessCommitted) {
  Database db = OpenDb();
  CreateTable(db);
  {
    auto txn = WriteTransaction::Begin(db);
    ASSERT_TRUE(txn);
    Insert(db, "a", 1);
    EXPECT_EQ(Count(db), 1);
  }
  EXPECT_EQ(Count(db), 0);
  {
    auto txn = WriteTransaction::Begin(db);
    ASSERT_TRUE(txn);
    Insert(db, "b", 2);
    ASSERT_TRUE(txn->Commit());
  }
  EXPECT_EQ(Count(db), 1);
}

TEST_F(SqliteTest, NestedTransactionIsRefused) {
  Database db = OpenDb();
  auto outer = WriteTransaction::Begin(db);
  ASSERT_TRUE(outer);
  auto inner = WriteTransaction::Begin(db);
  EXPECT_EQ(ErrorOf(inner).code, ErrorCode::kIo);
}

TEST_F(SqliteTest, CommittedDataSurvivesReopen) {
  {
    Database db = OpenDb();
    CreateTable(db);
    auto txn = WriteTransaction::Begin(db);
    ASSERT_TRUE(txn);
    Insert(db, "a", 1);
    ASSERT_TRUE(txn->Commit());
  }
  Database db = OpenDb();
  EXPECT_EQ(Count(db), 1);
  EXPECT_TRUE(db.CheckIntegrity());
}

TEST_F(SqliteTest, MissingFileWithoutCreateIsIoError) {
  DatabaseOptions options;
  options.create_if_missing = false;
  auto db = Database::Open(m_dir.File("absent.sqlite"), options);
  EXPECT_EQ(ErrorOf(db).code, ErrorCode::kIo);
}

TEST_F(SqliteTest, ForeignFileIsCorruption) {
  {
    std::ofstream out(m_dir.File("garbage.sqlite"), std::ios::binary);
    out << std::string(4096, 'x');
  }
  auto db = Database::Open(m_dir.File("garbage.sqlite"), {});
  EXPECT_EQ(ErrorOf(db).code, ErrorCode::kCorruption);
}

TEST_F(SqliteTest, MovedDatabaseKeepsWorking) {
  Database db = OpenDb();
  Database moved = std::move(db);
  CreateTable(moved);
  Insert(moved, "a", 1);
  EXPECT_EQ(Count(moved), 1);
}

}  // namespace
}  // namespace stacks::sqlite
