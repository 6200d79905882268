#include "sqlite/schema.h"

#include <gtest/gtest.h>

#include <string>

#include "test_util.h"

namespace stacks::sqlite {
namespace {

using testing::ErrorOf;
using util::ErrorCode;

constexpr const char* CREATE_V1 = "CREATE TABLE items (k TEXT PRIMARY KEY);";
constexpr const char* CREATE_V3 = "CREATE TABLE items (k TEXT PRIMARY KEY, n INTEGER NOT NULL DEFAULT 0, m TEXT);";
constexpr SchemaMigration TO_V2 = {2, "ALTER TABLE items ADD COLUMN n INTEGER NOT NULL DEFAULT 0;"};
constexpr SchemaMigration TO_V3 = {3, "ALTER TABLE items ADD COLUMN m TEXT;"};
constexpr SchemaMigration BROKEN_TO_V3 = {3, "ALTER TABLE no_such_table ADD COLUMN m TEXT;"};

class SchemaTest : public ::testing::Test {
 protected:
  Database OpenDb() { return Database::Open(m_dir.File("schema.sqlite"), {}).value(); }
  testing::TempDir m_dir;
};

TEST_F(SchemaTest, EmptyFileGetsTheCurrentSchema) {
  Database db = OpenDb();
  const SchemaMigration migrations[] = {TO_V2, TO_V3};
  ASSERT_TRUE(OpenSchema(db, Schema{"test", 3, CREATE_V3, migrations}));
  EXPECT_EQ(ReadSchemaVersion(db).value(), 3);
  EXPECT_TRUE(db.Execute("INSERT INTO items (k, n, m) VALUES ('a', 1, 'x')"));
  // Opening again at the same version changes nothing.
  ASSERT_TRUE(OpenSchema(db, Schema{"test", 3, CREATE_V3, migrations}));
  EXPECT_EQ(ReadSchemaVersion(db).value(), 3);
}

TEST_F(SchemaTest, OlderFileIsMigratedStepByStepKeepingItsRows) {
  {
    Database db = OpenDb();
    ASSERT_TRUE(OpenSchema(db, Schema{"test", 1, CREATE_V1, {}}));
    ASSERT_TRUE(db.Execute("INSERT INTO items (k) VALUES ('kept')"));
  }
  Database db = OpenDb();
  const SchemaMigration migrations[] = {TO_V2, TO_V3};
  ASSERT_TRUE(OpenSchema(db, Schema{"test", 3, CREATE_V3, migrations}));
  EXPECT_EQ(ReadSchemaVersion(db).value(), 3);
  auto st = db.Prepare("SELECT k, n, m FROM items");
  ASSERT_TRUE(st);
  ASSERT_TRUE(st->Step().value());
  EXPECT_EQ(st->ColumnText(0), "kept");
  EXPECT_EQ(st->ColumnInt64(1), 0);
  EXPECT_TRUE(st->ColumnIsNull(2));
}

TEST_F(SchemaTest, FailedMigrationLeavesTheLastCompletedVersion) {
  {
    Database db = OpenDb();
    ASSERT_TRUE(OpenSchema(db, Schema{"test", 1, CREATE_V1, {}}));
  }
  Database db = OpenDb();
  const SchemaMigration broken[] = {TO_V2, BROKEN_TO_V3};
  auto status = OpenSchema(db, Schema{"test", 3, CREATE_V3, broken});
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, ErrorCode::kIo);
  EXPECT_NE(status.error().message.find("migrate test schema to 3"), std::string::npos);
  EXPECT_EQ(ReadSchemaVersion(db).value(), 2);
  // A fixed build resumes from version 2.
  const SchemaMigration fixed[] = {TO_V2, TO_V3};
  ASSERT_TRUE(OpenSchema(db, Schema{"test", 3, CREATE_V3, fixed}));
  EXPECT_EQ(ReadSchemaVersion(db).value(), 3);
}

TEST_F(SchemaTest, NewerFileIsRefused) {
  Database db = OpenDb();
  const SchemaMigration migrations[] = {TO_V2};
  ASSERT_TRUE(OpenSchema(db, Schema{"test", 2, CREATE_V1, migrations}));
  auto status = OpenSchema(db, Schema{"test", 1, CREATE_V1, {}});
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_NE(status.error().message.find("newer"), std::string::npos);
}

TEST_F(SchemaTest, FileWithOtherTablesIsNotOurs) {
  Database db = OpenDb();
  ASSERT_TRUE(db.Execute("CREATE TABLE unrelated (x INTEGER)"));
  auto status = OpenSchema(db, Schema{"test", 1, CREATE_V1, {}});
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, ErrorCode::kCorruption);
}

TEST_F(SchemaTest, MalformedVersionTableIsCorruption) {
  Database db = OpenDb();
  ASSERT_TRUE(OpenSchema(db, Schema{"test", 1, CREATE_V1, {}}));
  ASSERT_TRUE(db.Execute("INSERT INTO schema_version (version) VALUES (1)"));
  EXPECT_EQ(ErrorOf(ReadSchemaVersion(db)).code, ErrorCode::kCorruption);
  ASSERT_TRUE(db.Execute("DELETE FROM schema_version"));
  EXPECT_EQ(ErrorOf(ReadSchemaVersion(db)).code, ErrorCode::kCorruption);
  ASSERT_TRUE(db.Execute("INSERT INTO schema_version (version) VALUES (0)"));
  EXPECT_EQ(ErrorOf(ReadSchemaVersion(db)).code, ErrorCode::kCorruption);
}

TEST_F(SchemaTest, MigrationListMustLeadToTheVersion) {
  Database db = OpenDb();
  auto missing = OpenSchema(db, Schema{"test", 3, CREATE_V3, std::span<const SchemaMigration>(&TO_V2, 1)});
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kFailedPrecondition);
  const SchemaMigration swapped[] = {TO_V3, TO_V2};
  auto out_of_order = OpenSchema(db, Schema{"test", 3, CREATE_V3, swapped});
  ASSERT_FALSE(out_of_order);
  EXPECT_EQ(out_of_order.error().code, ErrorCode::kFailedPrecondition);
}

}  // namespace
}  // namespace stacks::sqlite
