// A thin RAII layer over SQLite for the node's databases (chainstate now; burnchain and sortition later).
//
// Database owns one connection, Statement one prepared statement, WriteTransaction one open write transaction that
// rolls back unless committed. Every call that can fail returns util::Result: kCorruption when SQLite reports a damaged
// or foreign file (SQLITE_CORRUPT, SQLITE_NOTADB), kIo for every other failure. Messages name the operation and the
// SQL, e.g. "sqlite step 'INSERT INTO accounts ...': UNIQUE constraint failed: accounts.principal".
//
// Example:
//   STACKS_TRY(Database db, Database::Open(path, {}));
//   STACKS_TRY(WriteTransaction txn, WriteTransaction::Begin(db));
//   STACKS_TRY(Statement st, db.Prepare("INSERT INTO t (k, v) VALUES (?1, ?2)"));
//   STACKS_RETURN_IF_ERROR(st.BindText(1, "key"));
//   STACKS_RETURN_IF_ERROR(st.BindBlob(2, value));
//   STACKS_RETURN_IF_ERROR(st.Run());
//   STACKS_RETURN_IF_ERROR(txn.Commit());
//
// Thread safety: none. A Database and the Statements and WriteTransactions made from it belong to one thread at a time
// (the project's rule is one writer per database). Statements and WriteTransactions must not outlive their Database.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "util/bytes.h"
#include "util/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace stacks::sqlite {

/// PRAGMA synchronous under WAL. kFull fsyncs the WAL at every commit, so a committed transaction survives power
/// loss; kNormal fsyncs only at checkpoints, so the last commits may roll back after power loss (never after a
/// process crash), and the database is never corrupted either way.
enum class Synchronous : uint8_t { kNormal, kFull };

struct DatabaseOptions {
  //! Create the file if it does not exist; otherwise opening a missing file fails with kIo.
  bool create_if_missing = true;
  //! Durability of commits; see Synchronous.
  Synchronous synchronous = Synchronous::kFull;
  //! How long a statement waits on another connection's lock before failing with kIo.
  int busy_timeout_ms = 5000;
};

class Statement;
class CachedStatement;

/// One SQLite connection in WAL mode with foreign keys on.
class Database {
 public:
  /// Opens (or creates) the database at `path` and sets journal_mode=WAL, synchronous, foreign_keys=ON and the busy
  /// timeout. Errors: kIo if the file cannot be opened or created or a pragma fails; kCorruption if it is not a
  /// SQLite database.
  static util::Result<Database> Open(const std::string& path, const DatabaseOptions& options);

  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  /// Closes the connection (sqlite3_close_v2: a statement still alive keeps it open until it is destroyed, but
  /// using a statement after its Database is gone is a bug).
  ~Database();

  /// Runs one or more statements that take no parameters and whose rows (if any) are discarded.
  /// Errors: kIo or kCorruption naming `what` (a short label of the operation) and the SQLite message.
  util::Status Execute(std::string_view sql, std::string_view what = "execute");

  /// Prepares exactly one statement. Errors: kIo naming the SQL (syntax error, unknown table, ...).
  util::Result<Statement> Prepare(std::string_view sql);

  /// The statement for `sql`, prepared on first use and kept for the connection's life, for the hot paths (a
  /// statement prepared per call costs more than the query it runs). The lease resets it (ending its read) when it
  /// goes out of scope. REQUIRES: no other lease of the same `sql` is alive (no nesting of one query in itself).
  /// Errors: as Prepare.
  util::Result<CachedStatement> PrepareCached(std::string_view sql);

  /// Runs PRAGMA integrity_check. Errors: kCorruption with SQLite's first complaint; kIo if it cannot run.
  util::Status CheckIntegrity();

  /// The raw connection, for what this wrapper does not cover; owned by this Database.
  sqlite3* handle() const { return m_db; }

 private:
  explicit Database(sqlite3* db) : m_db(db) {}
  void Close();
  sqlite3* m_db = nullptr;
  /// Statements of PrepareCached, by SQL text; finalized before the connection closes.
  std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

/// A prepared statement. Parameter indexes start at 1 (?1, ?2, ...); column indexes start at 0.
class Statement {
 public:
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  /// Bind a parameter. Text and blobs are copied. Errors: kIo for an index out of range.
  util::Status BindInt64(int index, int64_t value);
  util::Status BindText(int index, std::string_view value);
  util::Status BindBlob(int index, util::ByteView value);
  util::Status BindNull(int index);

  /// Advances to the next row: true if a row is available, false when done.
  /// Errors: kIo (constraint violations, busy, disk full) or kCorruption, naming the SQL.
  util::Result<bool> Step();
  /// Steps until done, for statements that return no rows. Errors: as Step; kIo if a row is returned.
  util::Status Run();
  /// Resets the statement and clears its bindings so that it can run again.
  void Reset();

  /// Read a column of the current row. REQUIRES: the last Step returned true and `index` < the column count.
  /// A NULL reads as 0, "" or no bytes.
  int64_t ColumnInt64(int index) const;
  std::string ColumnText(int index) const;
  util::Bytes ColumnBlob(int index) const;
  bool ColumnIsNull(int index) const;

 private:
  friend class Database;
  Statement(sqlite3_stmt* stmt, sqlite3* db) : m_stmt(stmt), m_db(db) {}
  util::Status CheckBind(int rc, int index);
  sqlite3_stmt* m_stmt = nullptr;
  sqlite3* m_db = nullptr;  ///< Not owned; for error messages.
};

/// A lease of a cached statement (Database::PrepareCached): use it as a Statement*; it is reset when the lease ends.
class CachedStatement {
 public:
  explicit CachedStatement(Statement* statement) : m_statement(statement) {}
  CachedStatement(CachedStatement&& other) noexcept : m_statement(std::exchange(other.m_statement, nullptr)) {}
  CachedStatement& operator=(CachedStatement&&) = delete;
  CachedStatement(const CachedStatement&) = delete;
  CachedStatement& operator=(const CachedStatement&) = delete;
  ~CachedStatement() {
    if (m_statement != nullptr) m_statement->Reset();
  }
  Statement* operator->() const { return m_statement; }
  Statement& operator*() const { return *m_statement; }

 private:
  Statement* m_statement;
};

/// An open write transaction (BEGIN IMMEDIATE: the write lock is taken at once). Rolls back when destroyed unless
/// Commit succeeded, so an early return on error leaves the database as it was.
class WriteTransaction {
 public:
  /// Begins a transaction on `db`, which must outlive it. Errors: kIo if one is already open or the lock is busy.
  static util::Result<WriteTransaction> Begin(Database& db);

  WriteTransaction(WriteTransaction&& other) noexcept;
  WriteTransaction& operator=(WriteTransaction&&) = delete;
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;
  ~WriteTransaction();

  /// Commits. Errors: kIo or kCorruption; the transaction is then rolled back. REQUIRES: not yet committed.
  util::Status Commit();

 private:
  explicit WriteTransaction(Database* db) : m_db(db) {}
  Database* m_db;  ///< Null once committed, rolled back or moved from.
};

}  // namespace stacks::sqlite
