// Versioned SQLite schemas: a database records its schema version in a one-row table, `schema_version`; opening it
// creates the current schema in an empty file, upgrades an older one migration by migration, and refuses a newer
// one. Shared by the chainstate and, later, the burnchain and sortition databases.
//
// Each migration runs in its own transaction together with the version bump, so a crash during an upgrade leaves
// the database at the last version that completed, and the next open resumes from there.
//
// Example:
//   constexpr SchemaMigration MIGRATIONS[] = {{2, "ALTER TABLE t ADD COLUMN c INTEGER NOT NULL DEFAULT 0"}};
//   STACKS_RETURN_IF_ERROR(OpenSchema(db, Schema{"example", 2, CREATE_V2_SQL, MIGRATIONS}));
//
// Thread safety: as Database.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "sqlite/sqlite.h"
#include "util/result.h"

namespace stacks::sqlite {

/// Upgrades a database from version to_version - 1 to to_version.
struct SchemaMigration {
  int64_t to_version = 0;
  std::string_view sql;  ///< One or more statements.
};

struct Schema {
  std::string_view name;        ///< For messages: "chainstate".
  int64_t version = 1;          ///< The version this build writes; at least 1.
  std::string_view create_sql;  ///< Creates every table of `version` (not schema_version) in an empty database.
  /// The upgrades to version, in order; to_version runs 2, 3, ..., version (empty while version is 1).
  std::span<const SchemaMigration> migrations;
};

/// Creates or upgrades `db` to `schema.version`.
/// Errors: kFailedPrecondition if the file's version is newer than schema.version, or if `schema.migrations` is not
/// the sequence 2..version; kCorruption if the file has tables but no schema_version (not this kind of database), or
/// a schema_version that is not one row holding a version >= 1; kIo/kCorruption from SQLite, in which case the file
/// is at the last version whose migration committed.
util::Status OpenSchema(Database& db, const Schema& schema);

/// The version stored in `db`. Errors: kCorruption as OpenSchema; kIo if there is no schema_version table.
util::Result<int64_t> ReadSchemaVersion(Database& db);

}  // namespace stacks::sqlite
