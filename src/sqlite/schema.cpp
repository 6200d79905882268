#include "sqlite/schema.h"

#include <string>

namespace stacks::sqlite {
namespace {

util::Result<bool> HasTable(Database& db, std::string_view name) {
  STACKS_TRY(Statement st, db.Prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1"));
  STACKS_RETURN_IF_ERROR(st.BindText(1, name));
  return st.Step();
}

util::Result<bool> HasAnyTable(Database& db) {
  STACKS_TRY(Statement st, db.Prepare("SELECT 1 FROM sqlite_master WHERE type = 'table'"));
  return st.Step();
}

util::Status CheckMigrations(const Schema& schema) {
  if (schema.version < 1) return util::FailedPrecondition(std::string(schema.name) + " schema version below 1");
  if (static_cast<int64_t>(schema.migrations.size()) != schema.version - 1) {
    return util::FailedPrecondition(std::string(schema.name) + " schema has no migration path to its version");
  }
  for (size_t i = 0; i < schema.migrations.size(); ++i) {
    if (schema.migrations[i].to_version != static_cast<int64_t>(i) + 2) {
      return util::FailedPrecondition(std::string(schema.name) + " schema migrations are out of order");
    }
  }
  return {};
}

util::Status SetVersion(Database& db, int64_t version) {
  STACKS_TRY(Statement st, db.Prepare("UPDATE schema_version SET version = ?1"));
  STACKS_RETURN_IF_ERROR(st.BindInt64(1, version));
  return st.Run();
}

}  // namespace

util::Result<int64_t> ReadSchemaVersion(Database& db) {
  STACKS_TRY(Statement st, db.Prepare("SELECT version FROM schema_version"));
  STACKS_TRY(bool row, st.Step());
  if (!row) return util::Corruption("schema_version has no row");
  const int64_t version = st.ColumnInt64(0);
  STACKS_TRY(bool second, st.Step());
  if (second || version < 1) return util::Corruption("schema_version is malformed");
  return version;
}

util::Status OpenSchema(Database& db, const Schema& schema) {
  STACKS_RETURN_IF_ERROR(CheckMigrations(schema));
  const std::string name(schema.name);
  STACKS_TRY(bool versioned, HasTable(db, "schema_version"));
  if (!versioned) {
    STACKS_TRY(bool has_tables, HasAnyTable(db));
    if (has_tables) return util::Corruption("not a " + name + " database: it has tables but no schema_version");
    STACKS_TRY(WriteTransaction txn, WriteTransaction::Begin(db));
    STACKS_RETURN_IF_ERROR(db.Execute(schema.create_sql, "create " + name + " schema"));
    STACKS_RETURN_IF_ERROR(
        db.Execute("CREATE TABLE schema_version (version INTEGER NOT NULL);"
                   "INSERT INTO schema_version (version) VALUES (1)",
                   "create schema_version"));
    STACKS_RETURN_IF_ERROR(SetVersion(db, schema.version));
    return txn.Commit();
  }
  STACKS_TRY(int64_t version, ReadSchemaVersion(db));
  if (version > schema.version) {
    return util::FailedPrecondition(name + " schema version " + std::to_string(version) +
                                    " is newer than this build's " + std::to_string(schema.version));
  }
  for (const SchemaMigration& migration : schema.migrations) {
    if (migration.to_version <= version) continue;
    STACKS_TRY(WriteTransaction txn, WriteTransaction::Begin(db));
    STACKS_RETURN_IF_ERROR(
        db.Execute(migration.sql, "migrate " + name + " schema to " + std::to_string(migration.to_version)));
    STACKS_RETURN_IF_ERROR(SetVersion(db, migration.to_version));
    STACKS_RETURN_IF_ERROR(txn.Commit());
    version = migration.to_version;
  }
  return {};
}

}  // namespace stacks::sqlite
