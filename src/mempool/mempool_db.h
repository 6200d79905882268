// The mempool in SQLite (MemPoolDB in stackslib/src/core/mempool.rs): transactions the node accepted and has not
// yet seen mined, one row each, surviving restarts.
//
// Submit runs the admission checks (admission.h), then the reference's replace-by-fee rule (try_add_tx): a pending
// transaction with the same origin and origin nonce, or the same sponsor and sponsor nonce, is replaced only by one
// paying a strictly higher fee; otherwise the newcomer is refused with ConflictingNonceInMempool. A transaction
// already pending is not checked again (posttransaction.rs answers 200 with its txid).
//
// Example:
//   STACKS_TRY(MempoolDb mempool, MempoolDb::Open(path, {}));
//   STACKS_TRY(SubmitOutcome outcome, mempool.Submit(tx, context, now_secs));
//   if (auto* rejected = std::get_if<Rejection>(&outcome)) Reply(400, RejectionJson(*rejected, tx.txid()));
//
// Every write is one SQLite transaction. Thread safety: none; one thread owns a MempoolDb (one writer per database).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "chain/hashes.h"
#include "chain/transaction.h"
#include "mempool/admission.h"
#include "mempool/mining_order.h"
#include "sqlite/sqlite.h"
#include "util/result.h"

namespace stacks::mempool {

/// How long a transaction may wait in the mempool: 256 ten-minute burn blocks
/// (MEMPOOL_NAKAMOTO_MAX_TRANSACTION_AGE).
inline constexpr uint64_t MAX_TRANSACTION_AGE_SECS = 256 * 10 * 60;

struct MempoolOptions {
  //! SQLite settings of the mempool file.
  sqlite::DatabaseOptions database{};
  //! Age past which RemoveStale drops a transaction.
  uint64_t max_transaction_age_secs = MAX_TRANSACTION_AGE_SECS;
};

/// What Submit did with an admitted transaction.
enum class SubmitStatus : uint8_t {
  kAdded,           ///< Stored.
  kAlreadyPending,  ///< The same txid was already pending; nothing changed.
  kReplaced,        ///< Stored in place of a pending transaction with the same nonce and a lower fee.
};

struct Submitted {
  SubmitStatus status = SubmitStatus::kAdded;
  std::optional<chain::Txid> replaced_txid;  ///< Set iff status is kReplaced.
  bool operator==(const Submitted&) const = default;
};

/// Admitted, or refused for the reason the reference gives.
using SubmitOutcome = std::variant<Submitted, Rejection>;

/// A pending transaction as stored.
struct MempoolEntry {
  chain::Transaction tx;
  PendingTx pending;
};

class MempoolDb {
 public:
  /// Opens or creates the mempool file at `path`, migrating its schema.
  /// Errors: kIo/kCorruption from SQLite; kFailedPrecondition for a newer schema (sqlite/schema.h).
  static util::Result<MempoolDb> Open(const std::string& path, const MempoolOptions& options);

  /// Offers `tx`, received at `now_secs` (Unix time), to the mempool under `context`. Returns the rejection when
  /// admission or the replace-by-fee rule refuses it. Errors: kIo/kCorruption from SQLite (nothing is written).
  util::Result<SubmitOutcome> Submit(const chain::Transaction& tx, const AdmissionContext& context, uint64_t now_secs);

  /// Submit without the admission checks, for a caller that ran CheckAdmission itself (outside the lock it holds
  /// around this database, since the checks verify signatures): the already-pending test, replace-by-fee and the
  /// write. REQUIRES: CheckAdmission(tx, context) returned nullopt for a context no older than the caller accepts.
  /// Errors: as Submit.
  util::Result<SubmitOutcome> StoreAdmitted(const chain::Transaction& tx, uint64_t now_secs);
  /// The pending transaction `txid`. Errors: kNotFound if it is not pending; kCorruption if its stored bytes do not
  /// decode; kIo.
  util::Result<MempoolEntry> Get(const chain::Txid& txid);

  /// Whether `txid` is pending. Errors: kIo.
  util::Result<bool> Contains(const chain::Txid& txid);

  /// How many transactions are pending. Errors: kIo.
  util::Result<uint64_t> Count();

  /// Up to `max_count` transactions in mining order (mining_order.h) given the accounts' next nonces.
  /// Errors: kCorruption for a stored transaction that does not decode; kIo.
  util::Result<std::vector<chain::Transaction>> TransactionsToMine(const NonceLookup& nonces, size_t max_count);

  /// Drops the transactions `txids` (mined in a block); unknown ones are ignored. Returns how many were dropped.
  /// Errors: kIo (nothing is dropped).
  util::Result<size_t> RemoveMined(std::span<const chain::Txid> txids);

  /// Drops every transaction that can never be mined (its origin or sponsor nonce is below the account's next nonce)
  /// and every one accepted more than max_transaction_age_secs before `now_secs`. Returns how many were dropped.
  /// Errors: kIo (nothing is dropped).
  util::Result<size_t> RemoveStale(const NonceLookup& nonces, uint64_t now_secs);

 private:
  MempoolDb(sqlite::Database db, const MempoolOptions& options) : m_db(std::move(db)), m_options(options) {}
  util::Result<std::vector<PendingTx>> LoadPending();

  sqlite::Database m_db;
  MempoolOptions m_options;
};

}  // namespace stacks::mempool
