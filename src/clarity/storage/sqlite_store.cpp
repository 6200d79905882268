#include "clarity/storage/sqlite_store.h"

#include <limits>
#include <utility>

#include "sqlite/schema.h"

namespace stacks::clarity::storage {
namespace {

constexpr std::string_view CREATE_V2 =
    "CREATE TABLE data_table (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE data_history (key TEXT NOT NULL, height INTEGER NOT NULL, value TEXT NOT NULL,"
    " PRIMARY KEY (key, height));"
    "CREATE TABLE metadata_table (contract TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
    " PRIMARY KEY (contract, key));"
    "CREATE TABLE store_state (id INTEGER PRIMARY KEY CHECK (id = 0), block_height INTEGER NOT NULL,"
    " history_from INTEGER NOT NULL);"
    "INSERT INTO store_state (id, block_height, history_from) VALUES (0, 0, 0);";

// Version 1 kept only the latest values: its current state becomes the history at its block height.
constexpr sqlite::SchemaMigration MIGRATIONS[] = {
    {2,
     "CREATE TABLE data_history (key TEXT NOT NULL, height INTEGER NOT NULL, value TEXT NOT NULL,"
     " PRIMARY KEY (key, height));"
     "ALTER TABLE store_state ADD COLUMN history_from INTEGER NOT NULL DEFAULT 0;"
     "UPDATE store_state SET history_from = block_height;"
     "INSERT INTO data_history (key, height, value) SELECT d.key, s.block_height, d.value"
     " FROM data_table d, store_state s WHERE s.id = 0;"},
};

constexpr sqlite::Schema SCHEMA{"clarity-store", 2, CREATE_V2, MIGRATIONS};

// A stored height as a u32. Errors: kCorruption when out of range.
util::Result<uint32_t> StoredHeight(int64_t stored, const std::string& path, std::string_view what) {
  if (stored < 0 || stored > std::numeric_limits<uint32_t>::max()) {
    return util::Corruption("clarity store " + path + ": " + std::string(what) + " " + std::to_string(stored) +
                            " out of range");
  }
  return static_cast<uint32_t>(stored);
}

util::Result<std::optional<std::string>> ReadText(sqlite::Statement& st) {
  STACKS_TRY(bool row, st.Step());
  if (!row) return std::optional<std::string>();
  return std::optional<std::string>(st.ColumnText(0));
}

}  // namespace

util::Result<SqliteStore> SqliteStore::Open(const std::string& path) {
  STACKS_TRY(sqlite::Database db, sqlite::Database::Open(path, {}));
  STACKS_RETURN_IF_ERROR(sqlite::OpenSchema(db, SCHEMA));
  uint32_t height = 0;
  uint32_t history_from = 0;
  {
    STACKS_TRY(sqlite::Statement st, db.Prepare("SELECT block_height, history_from FROM store_state WHERE id = 0"));
    STACKS_TRY(bool row, st.Step());
    if (!row) return util::Corruption("clarity store " + path + ": no store_state row");
    STACKS_TRY(height, StoredHeight(st.ColumnInt64(0), path, "block height"));
    STACKS_TRY(history_from, StoredHeight(st.ColumnInt64(1), path, "history start"));
  }
  return SqliteStore(std::move(db), height, history_from);
}

util::Result<std::optional<std::string>> SqliteStore::Get(std::string_view key) {
  STACKS_TRY(sqlite::CachedStatement st, m_db.PrepareCached("SELECT value FROM data_table WHERE key = ?1"));
  STACKS_RETURN_IF_ERROR(st->BindText(1, key));
  return ReadText(*st);
}

util::Status SqliteStore::PutAll(const WriteBatch& batch) {
  if (batch.empty()) return {};
  STACKS_TRY(sqlite::WriteTransaction txn, sqlite::WriteTransaction::Begin(m_db));
  if (!batch.data.empty()) {
    STACKS_TRY(sqlite::CachedStatement st,
               m_db.PrepareCached("INSERT OR REPLACE INTO data_table (key, value) VALUES (?1, ?2)"));
    for (const DataEntry& entry : batch.data) {
      st->Reset();
      STACKS_RETURN_IF_ERROR(st->BindText(1, entry.key));
      STACKS_RETURN_IF_ERROR(st->BindText(2, entry.value));
      STACKS_RETURN_IF_ERROR(st->Run());
    }
    STACKS_TRY(sqlite::CachedStatement history,
               m_db.PrepareCached("INSERT OR REPLACE INTO data_history (key, height, value) VALUES (?1, ?2, ?3)"));
    for (const DataEntry& entry : batch.data) {
      history->Reset();
      STACKS_RETURN_IF_ERROR(history->BindText(1, entry.key));
      STACKS_RETURN_IF_ERROR(history->BindInt64(2, m_block_height));
      STACKS_RETURN_IF_ERROR(history->BindText(3, entry.value));
      STACKS_RETURN_IF_ERROR(history->Run());
    }
  }
  if (!batch.metadata.empty()) {
    STACKS_TRY(sqlite::CachedStatement st,
               m_db.PrepareCached("INSERT OR REPLACE INTO metadata_table (contract, key, value) VALUES (?1, ?2, ?3)"));
    for (const MetadataEntry& entry : batch.metadata) {
      st->Reset();
      STACKS_RETURN_IF_ERROR(st->BindText(1, entry.contract.ToString()));
      STACKS_RETURN_IF_ERROR(st->BindText(2, entry.key));
      STACKS_RETURN_IF_ERROR(st->BindText(3, entry.value));
      STACKS_RETURN_IF_ERROR(st->Run());
    }
  }
  return txn.Commit();
}

util::Result<std::optional<std::string>> SqliteStore::GetMetadata(const ContractIdentifier& contract,
                                                                  std::string_view key) {
  STACKS_TRY(sqlite::CachedStatement st,
             m_db.PrepareCached("SELECT value FROM metadata_table WHERE contract = ?1 AND key = ?2"));
  STACKS_RETURN_IF_ERROR(st->BindText(1, contract.ToString()));
  STACKS_RETURN_IF_ERROR(st->BindText(2, key));
  return ReadText(*st);
}

util::Status SqliteStore::SetCurrentBlockHeight(uint32_t height) {
  STACKS_TRY(sqlite::CachedStatement st, m_db.PrepareCached("UPDATE store_state SET block_height = ?1 WHERE id = 0"));
  STACKS_RETURN_IF_ERROR(st->BindInt64(1, height));
  STACKS_RETURN_IF_ERROR(st->Run());
  m_block_height = height;
  return {};
}

util::Result<std::optional<std::string>> SqliteStore::GetAtBlock(std::string_view key, uint32_t height) {
  if (height < m_history_from) {
    return util::FailedPrecondition("this Clarity store keeps history from block " + std::to_string(m_history_from) +
                                    " on (it was upgraded then), not of block " + std::to_string(height));
  }
  STACKS_TRY(sqlite::CachedStatement st,
             m_db.PrepareCached("SELECT value FROM data_history WHERE key = ?1 AND height <= ?2"
                                " ORDER BY height DESC LIMIT 1"));
  STACKS_RETURN_IF_ERROR(st->BindText(1, key));
  STACKS_RETURN_IF_ERROR(st->BindInt64(2, height));
  return ReadText(*st);
}

}  // namespace stacks::clarity::storage
