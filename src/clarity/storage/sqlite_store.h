// SqliteStore: a ClarityStore in one SQLite file kept between runs (clarity-cli --db, tools). Every PutAll and every
// SetCurrentBlockHeight is one SQLite transaction, so a crash leaves the state before or after it.
//
// Schema "clarity-store", version 2:
//   data_table(key TEXT PRIMARY KEY, value TEXT NOT NULL)                                     the latest values
//   data_history(key TEXT, height INTEGER, value TEXT NOT NULL, PRIMARY KEY (key, height))    each key's value at
//                                                                                            the end of each block
//                                                                                            height it was written at
//   metadata_table(contract TEXT, key TEXT, value TEXT NOT NULL, PRIMARY KEY (contract, key))   contract "ISSUER.name"
//   store_state(id INTEGER PRIMARY KEY CHECK (id = 0), block_height INTEGER NOT NULL,
//               history_from INTEGER NOT NULL)                                               exactly one row
// Version 1 had no data_history and no history_from. Upgrading a version-1 file records every current value at the
// file's block height and sets history_from to it: GetAtBlock answers from that height on and refuses earlier ones.
//
// Not fork-aware and not authenticated: one linear history. The chainstate's store (over its state index) is the one
// that is.
//
// Thread safety: none; one thread at a time (the SQLite connection is owned by the store).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "clarity/storage/store.h"
#include "sqlite/sqlite.h"

namespace stacks::clarity::storage {

class SqliteStore final : public ClarityStore {
 public:
  /// Opens the store at `path`, creating the file and its schema if missing, upgrading a version-1 file.
  /// Errors: kIo if the file cannot be opened or created; kCorruption if it is not a SQLite database, not a Clarity
  /// store (tables but no schema version), or its state row is missing or out of range; kFailedPrecondition if it
  /// was written by a newer build (a newer schema version).
  static util::Result<SqliteStore> Open(const std::string& path);

  SqliteStore(SqliteStore&&) noexcept = default;
  SqliteStore& operator=(SqliteStore&&) noexcept = default;

  util::Result<std::optional<std::string>> Get(std::string_view key) override;
  util::Status PutAll(const WriteBatch& batch) override;
  util::Result<std::optional<std::string>> GetMetadata(const ContractIdentifier& contract,
                                                       std::string_view key) override;
  uint32_t CurrentBlockHeight() const override { return m_block_height; }
  util::Status SetCurrentBlockHeight(uint32_t height) override;
  /// Errors: kFailedPrecondition for a height before history_from (a file upgraded from version 1); SQLite's.
  util::Result<std::optional<std::string>> GetAtBlock(std::string_view key, uint32_t height) override;

 private:
  SqliteStore(sqlite::Database db, uint32_t block_height, uint32_t history_from)
      : m_db(std::move(db)), m_block_height(block_height), m_history_from(history_from) {}
  sqlite::Database m_db;
  uint32_t m_block_height;  ///< Cache of store_state.block_height.
  uint32_t m_history_from;  ///< Cache of store_state.history_from.
};

}  // namespace stacks::clarity::storage
