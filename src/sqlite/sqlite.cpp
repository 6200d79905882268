#include "sqlite/sqlite.h"

#include <sqlite3.h>

#include <utility>

namespace stacks::sqlite {
namespace {

constexpr size_t MAX_SQL_IN_MESSAGE = 60;

// The first line of `sql`, shortened, for error messages.
std::string Abbreviate(std::string_view sql) {
  std::string out;
  for (char c : sql) {
    if (out.size() >= MAX_SQL_IN_MESSAGE) {
      out += "...";
      break;
    }
    out += (c == '\n' || c == '\t') ? ' ' : c;
  }
  return out;
}

util::Error ErrorFor(int rc, sqlite3* db, std::string_view operation, std::string_view sql) {
  std::string message = "sqlite " + std::string(operation);
  if (!sql.empty()) message += " '" + Abbreviate(sql) + "'";
  message += ": ";
  message += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  const int primary = rc & 0xff;
  if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) return util::Corruption(std::move(message));
  return util::IoError(std::move(message));
}

}  // namespace

util::Result<Database> Database::Open(const std::string& path, const DatabaseOptions& options) {
  sqlite3* raw = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  if (options.create_if_missing) flags |= SQLITE_OPEN_CREATE;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  if (rc != SQLITE_OK) {
    util::Error error = ErrorFor(rc, raw, "open", path);
    sqlite3_close_v2(raw);  // Safe on null.
    return error;
  }
  Database db(raw);
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, options.busy_timeout_ms);
  // journal_mode returns a row; Execute discards it. Reading the header here also detects a foreign file.
  STACKS_RETURN_IF_ERROR(db.Execute("PRAGMA journal_mode=WAL", "set journal_mode"));
  STACKS_RETURN_IF_ERROR(
      db.Execute(options.synchronous == Synchronous::kFull ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL",
                 "set synchronous"));
  STACKS_RETURN_IF_ERROR(db.Execute("PRAGMA foreign_keys=ON", "set foreign_keys"));
  return db;
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_cache(std::move(other.m_cache)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    Close();
    m_db = std::exchange(other.m_db, nullptr);
    m_cache = std::move(other.m_cache);
  }
  return *this;
}

Database::~Database() { Close(); }

void Database::Close() {
  m_cache.clear();  // Finalize the cached statements first.
  if (m_db != nullptr) sqlite3_close_v2(m_db);
  m_db = nullptr;
}

util::Result<CachedStatement> Database::PrepareCached(std::string_view sql) {
  auto it = m_cache.find(std::string(sql));
  if (it == m_cache.end()) {
    STACKS_TRY(Statement statement, Prepare(sql));
    it = m_cache.emplace(std::string(sql), std::make_unique<Statement>(std::move(statement))).first;
  }
  it->second->Reset();
  return CachedStatement(it->second.get());
}

util::Status Database::Execute(std::string_view sql, std::string_view what) {
  const std::string text(sql);
  char* raw_message = nullptr;
  const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &raw_message);
  sqlite3_free(raw_message);  // sqlite3_errmsg still holds the message.
  if (rc != SQLITE_OK) return ErrorFor(rc, m_db, what, sql);
  return {};
}

util::Result<Statement> Database::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const char* tail = nullptr;
  const int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, &tail);
  if (rc != SQLITE_OK) return ErrorFor(rc, m_db, "prepare", sql);
  return Statement(stmt, m_db);
}

util::Status Database::CheckIntegrity() {
  STACKS_TRY(Statement st, Prepare("PRAGMA integrity_check"));
  STACKS_TRY(bool row, st.Step());
  if (!row) return util::IoError("sqlite integrity_check returned no row");
  std::string verdict = st.ColumnText(0);
  if (verdict != "ok") return util::Corruption("sqlite integrity_check: " + verdict);
  return {};
}

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(std::exchange(other.m_db, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    if (m_stmt != nullptr) sqlite3_finalize(m_stmt);
    m_stmt = std::exchange(other.m_stmt, nullptr);
    m_db = std::exchange(other.m_db, nullptr);
  }
  return *this;
}

Statement::~Statement() {
  if (m_stmt != nullptr) sqlite3_finalize(m_stmt);
}

util::Status Statement::CheckBind(int rc, int index) {
  if (rc == SQLITE_OK) return {};
  return ErrorFor(rc, m_db, "bind ?" + std::to_string(index), sqlite3_sql(m_stmt));
}

util::Status Statement::BindInt64(int index, int64_t value) {
  return CheckBind(sqlite3_bind_int64(m_stmt, index, value), index);
}

util::Status Statement::BindText(int index, std::string_view value) {
  return CheckBind(sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
                   index);
}

util::Status Statement::BindBlob(int index, util::ByteView value) {
  // A zero-length blob with a null pointer would bind NULL; bind an empty blob instead.
  static const uint8_t kEmpty = 0;
  const void* data = value.empty() ? &kEmpty : value.data();
  return CheckBind(sqlite3_bind_blob64(m_stmt, index, data, value.size(), SQLITE_TRANSIENT), index);
}

util::Status Statement::BindNull(int index) { return CheckBind(sqlite3_bind_null(m_stmt, index), index); }

util::Result<bool> Statement::Step() {
  const int rc = sqlite3_step(m_stmt);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return ErrorFor(rc, m_db, "step", sqlite3_sql(m_stmt));
}

util::Status Statement::Run() {
  STACKS_TRY(bool row, Step());
  if (row) return util::IoError("sqlite run '" + Abbreviate(sqlite3_sql(m_stmt)) + "': statement returned a row");
  return {};
}

void Statement::Reset() {
  sqlite3_reset(m_stmt);
  sqlite3_clear_bindings(m_stmt);
}

int64_t Statement::ColumnInt64(int index) const { return sqlite3_column_int64(m_stmt, index); }

std::string Statement::ColumnText(int index) const {
  const unsigned char* text = sqlite3_column_text(m_stmt, index);
  const int n = sqlite3_column_bytes(m_stmt, index);
  if (text == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(text), static_cast<size_t>(n));
}

util::Bytes Statement::ColumnBlob(int index) const {
  const auto* data = static_cast<const uint8_t*>(sqlite3_column_blob(m_stmt, index));
  const int n = sqlite3_column_bytes(m_stmt, index);
  if (data == nullptr) return {};
  return util::Bytes(data, data + n);
}

bool Statement::ColumnIsNull(int index) const { return sqlite3_column_type(m_stmt, index) == SQLITE_NULL; }

util::Result<WriteTransaction> WriteTransaction::Begin(Database& db) {
  STACKS_RETURN_IF_ERROR(db.Execute("BEGIN IMMEDIATE", "begin"));
  return WriteTransaction(&db);
}

WriteTransaction::WriteTransaction(WriteTransaction&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

WriteTransaction::~WriteTransaction() {
  if (m_db != nullptr) {
    // Nothing to report from a destructor: a failed rollback leaves the transaction for SQLite to roll back when
    // the connection closes, and the WAL never exposes uncommitted pages.
    (void)m_db->Execute("ROLLBACK", "rollback");
  }
}

util::Status WriteTransaction::Commit() {
  Database* db = std::exchange(m_db, nullptr);
  util::Status status = db->Execute("COMMIT", "commit");
  if (!status) (void)db->Execute("ROLLBACK", "rollback");
  return status;
}

}  // namespace stacks::sqlite
