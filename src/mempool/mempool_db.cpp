#include "mempool/mempool_db.h"

#include <sqlite3.h>

#include <algorithm>
#include <utility>

#include "chain/auth.h"
#include "sqlite/schema.h"

namespace stacks::mempool {
namespace {

// One row per pending transaction. Nonces, fees and times are uint64_t stored bit for bit in SQLite's signed
// INTEGER; only equality is asked of them in SQL. The UNIQUE pairs are the reference's: a second transaction with the
// same origin nonce or the same sponsor nonce replaces the first (an unsponsored one is its own sponsor).
constexpr std::string_view CREATE_V1_SQL = R"sql(
CREATE TABLE mempool (
  txid BLOB PRIMARY KEY NOT NULL,
  origin_address TEXT NOT NULL,
  origin_nonce INTEGER NOT NULL,
  sponsor_address TEXT NOT NULL,
  sponsor_nonce INTEGER NOT NULL,
  fee_ustx INTEGER NOT NULL,
  length_bytes INTEGER NOT NULL,
  accept_time_secs INTEGER NOT NULL,
  tx BLOB NOT NULL,
  UNIQUE (origin_address, origin_nonce),
  UNIQUE (sponsor_address, sponsor_nonce)
);
CREATE INDEX mempool_by_accept_time ON mempool (accept_time_secs);
)sql";

constexpr int64_t MEMPOOL_DB_SCHEMA_VERSION = 1;
constexpr sqlite::Schema SCHEMA{"mempool", MEMPOOL_DB_SCHEMA_VERSION, CREATE_V1_SQL, {}};

int64_t ToSql(uint64_t value) { return static_cast<int64_t>(value); }
uint64_t FromSql(int64_t value) { return static_cast<uint64_t>(value); }

PendingTx PendingOf(const chain::Transaction& tx, uint64_t accept_time_secs) {
  PendingTx pending;
  pending.txid = tx.txid();
  pending.origin = tx.OriginAddress();
  pending.origin_nonce = tx.origin_nonce();
  if (tx.auth().sponsor) {
    pending.sponsor = chain::AddressOf(*tx.auth().sponsor, tx.IsMainnet());
    pending.sponsor_nonce = chain::NonceOf(*tx.auth().sponsor);
  } else {
    pending.sponsor = pending.origin;
    pending.sponsor_nonce = pending.origin_nonce;
  }
  pending.fee_ustx = tx.fee_ustx();
  pending.length_bytes = tx.serialized_size();
  pending.accept_time_secs = accept_time_secs;
  return pending;
}

// Reads the transaction in column `tx_column` and the accept time in `time_column` of the current row.
util::Result<MempoolEntry> EntryOf(const sqlite::Statement& st, int tx_column, int time_column) {
  const util::Bytes bytes = st.ColumnBlob(tx_column);
  auto tx = chain::DecodeTransaction(bytes);
  if (!tx) return util::Corruption("stored mempool transaction does not decode: " + tx.error().message);
  PendingTx pending = PendingOf(*tx, FromSql(st.ColumnInt64(time_column)));
  return MempoolEntry{std::move(*tx), std::move(pending)};
}

// The txid and fee of a pending transaction holding `address`'s nonce `nonce` as `role` ("origin"/"sponsor").
struct Prior {
  chain::Txid txid{};
  uint64_t fee_ustx = 0;
};
util::Result<std::optional<Prior>> FindPrior(sqlite::Database& db, std::string_view role,
                                             const codec::StacksAddress& address, uint64_t nonce) {
  const std::string sql = "SELECT txid, fee_ustx FROM mempool WHERE " + std::string(role) + "_address = ?1 AND " +
                          std::string(role) + "_nonce = ?2";
  STACKS_TRY(sqlite::CachedStatement st, db.PrepareCached(sql));
  STACKS_RETURN_IF_ERROR(st->BindText(1, address.ToString()));
  STACKS_RETURN_IF_ERROR(st->BindInt64(2, ToSql(nonce)));
  STACKS_TRY(bool found, st->Step());
  if (!found) return std::optional<Prior>{};
  const util::Bytes txid = st->ColumnBlob(0);
  if (txid.size() != 32) return util::Corruption("stored mempool txid is not 32 bytes");
  Prior prior;
  std::copy(txid.begin(), txid.end(), prior.txid.begin());
  prior.fee_ustx = FromSql(st->ColumnInt64(1));
  return std::optional<Prior>{prior};
}

// Deletes each of `txids` inside the caller's transaction; returns how many rows went.
util::Result<size_t> DeleteTxids(sqlite::Database& db, std::span<const chain::Txid> txids) {
  STACKS_TRY(sqlite::Statement st, db.Prepare("DELETE FROM mempool WHERE txid = ?1"));
  size_t removed = 0;
  for (const chain::Txid& txid : txids) {
    st.Reset();
    STACKS_RETURN_IF_ERROR(st.BindBlob(1, txid));
    STACKS_RETURN_IF_ERROR(st.Run());
    removed += static_cast<size_t>(sqlite3_changes(db.handle()));
  }
  return removed;
}

}  // namespace

util::Result<MempoolDb> MempoolDb::Open(const std::string& path, const MempoolOptions& options) {
  STACKS_TRY(sqlite::Database db, sqlite::Database::Open(path, options.database));
  STACKS_RETURN_IF_ERROR(sqlite::OpenSchema(db, SCHEMA));
  return MempoolDb(std::move(db), options);
}

util::Result<SubmitOutcome> MempoolDb::Submit(const chain::Transaction& tx, const AdmissionContext& context,
                                              uint64_t now_secs) {
  STACKS_TRY(bool pending, Contains(tx.txid()));
  if (pending) return SubmitOutcome{Submitted{SubmitStatus::kAlreadyPending, std::nullopt}};
  if (auto rejection = CheckAdmission(tx, context)) return SubmitOutcome{std::move(*rejection)};
  return StoreAdmitted(tx, now_secs);
}

util::Result<SubmitOutcome> MempoolDb::StoreAdmitted(const chain::Transaction& tx, uint64_t now_secs) {
  STACKS_TRY(bool pending, Contains(tx.txid()));
  if (pending) return SubmitOutcome{Submitted{SubmitStatus::kAlreadyPending, std::nullopt}};
  const PendingTx row = PendingOf(tx, now_secs);
  STACKS_TRY(sqlite::WriteTransaction txn, sqlite::WriteTransaction::Begin(m_db));
  STACKS_TRY(std::optional<Prior> prior, FindPrior(m_db, "origin", row.origin, row.origin_nonce));
  if (!prior) {
    STACKS_TRY(prior, FindPrior(m_db, "sponsor", row.sponsor, row.sponsor_nonce));
  }
  if (prior && row.fee_ustx <= prior->fee_ustx) return SubmitOutcome{MakeRejection("ConflictingNonceInMempool")};

  {
    STACKS_TRY(
        sqlite::CachedStatement st,
        m_db.PrepareCached("INSERT OR REPLACE INTO mempool (txid, origin_address, origin_nonce, sponsor_address, "
                           "sponsor_nonce, fee_ustx, length_bytes, accept_time_secs, tx) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    STACKS_RETURN_IF_ERROR(st->BindBlob(1, row.txid));
    STACKS_RETURN_IF_ERROR(st->BindText(2, row.origin.ToString()));
    STACKS_RETURN_IF_ERROR(st->BindInt64(3, ToSql(row.origin_nonce)));
    STACKS_RETURN_IF_ERROR(st->BindText(4, row.sponsor.ToString()));
    STACKS_RETURN_IF_ERROR(st->BindInt64(5, ToSql(row.sponsor_nonce)));
    STACKS_RETURN_IF_ERROR(st->BindInt64(6, ToSql(row.fee_ustx)));
    STACKS_RETURN_IF_ERROR(st->BindInt64(7, ToSql(row.length_bytes)));
    STACKS_RETURN_IF_ERROR(st->BindInt64(8, ToSql(row.accept_time_secs)));
    STACKS_RETURN_IF_ERROR(st->BindBlob(9, chain::SerializeTransaction(tx)));
    STACKS_RETURN_IF_ERROR(st->Run());
  }
  STACKS_RETURN_IF_ERROR(txn.Commit());
  if (prior) return SubmitOutcome{Submitted{SubmitStatus::kReplaced, prior->txid}};
  return SubmitOutcome{Submitted{SubmitStatus::kAdded, std::nullopt}};
}

util::Result<MempoolEntry> MempoolDb::Get(const chain::Txid& txid) {
  STACKS_TRY(sqlite::Statement st, m_db.Prepare("SELECT tx, accept_time_secs FROM mempool WHERE txid = ?1"));
  STACKS_RETURN_IF_ERROR(st.BindBlob(1, txid));
  STACKS_TRY(bool found, st.Step());
  if (!found) return util::NotFound("transaction not in the mempool");
  return EntryOf(st, 0, 1);
}

util::Result<bool> MempoolDb::Contains(const chain::Txid& txid) {
  STACKS_TRY(sqlite::CachedStatement st, m_db.PrepareCached("SELECT 1 FROM mempool WHERE txid = ?1"));
  STACKS_RETURN_IF_ERROR(st->BindBlob(1, txid));
  return st->Step();
}

util::Result<uint64_t> MempoolDb::Count() {
  STACKS_TRY(sqlite::Statement st, m_db.Prepare("SELECT COUNT(*) FROM mempool"));
  STACKS_TRY(bool found, st.Step());
  if (!found) return util::IoError("COUNT(*) returned no row");
  return FromSql(st.ColumnInt64(0));
}

util::Result<std::vector<chain::Transaction>> MempoolDb::TransactionsToMine(const NonceLookup& nonces,
                                                                            size_t max_count) {
  STACKS_TRY(sqlite::Statement st, m_db.Prepare("SELECT tx, accept_time_secs FROM mempool"));
  std::vector<MempoolEntry> entries;
  std::vector<PendingTx> pending;
  while (true) {
    STACKS_TRY(bool found, st.Step());
    if (!found) break;
    STACKS_TRY(MempoolEntry entry, EntryOf(st, 0, 1));
    pending.push_back(entry.pending);
    entries.push_back(std::move(entry));
  }
  std::vector<chain::Transaction> order;
  for (size_t index : MiningOrder(pending, nonces, max_count)) order.push_back(entries[index].tx);
  return order;
}

util::Result<size_t> MempoolDb::RemoveMined(std::span<const chain::Txid> txids) {
  STACKS_TRY(sqlite::WriteTransaction txn, sqlite::WriteTransaction::Begin(m_db));
  STACKS_TRY(size_t removed, DeleteTxids(m_db, txids));
  STACKS_RETURN_IF_ERROR(txn.Commit());
  return removed;
}

util::Result<size_t> MempoolDb::RemoveStale(const NonceLookup& nonces, uint64_t now_secs) {
  const uint64_t oldest_kept_secs =
      now_secs > m_options.max_transaction_age_secs ? now_secs - m_options.max_transaction_age_secs : 0;
  STACKS_TRY(sqlite::WriteTransaction txn, sqlite::WriteTransaction::Begin(m_db));
  std::vector<chain::Txid> stale;
  {
    STACKS_TRY(sqlite::Statement st, m_db.Prepare("SELECT tx, accept_time_secs FROM mempool"));
    while (true) {
      STACKS_TRY(bool found, st.Step());
      if (!found) break;
      STACKS_TRY(MempoolEntry entry, EntryOf(st, 0, 1));
      const PendingTx& p = entry.pending;
      if (p.accept_time_secs < oldest_kept_secs || p.origin_nonce < nonces(p.origin) ||
          p.sponsor_nonce < nonces(p.sponsor)) {
        stale.push_back(p.txid);
      }
    }
  }
  STACKS_TRY(size_t removed, DeleteTxids(m_db, stale));
  STACKS_RETURN_IF_ERROR(txn.Commit());
  return removed;
}

}  // namespace stacks::mempool
