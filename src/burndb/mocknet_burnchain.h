// The mocknet burnchain: an in-process stand-in for Bitcoin that makes one burn block per interval, holding the
// operation transactions submitted to it, and stores every block in a BurnchainDb so that a restarted node continues
// the same chain.
//
// The chain starts, as the reference's mocknet does (stacks-node mocknet_controller.rs with the sortition DB's first
// snapshot), with a first block that carries nothing: height options.first_burn_block_height (0 by default), hash
// options.first_burn_block_hash (all zero by default), parent hash all zero, timestamp
// options.first_burn_block_timestamp_secs or else the time the database was created. Each mined block then sits at
// its parent's height + 1, is stamped with the time it was mined (never earlier than its parent's), holds every
// transaction queued since the previous block in submission order (vtxindex 0, 1, ...), and is named by
// MocknetBlockHash (mocknet_block_hash.h). Each transaction is read with ParseBurnOp; one that does not parse is
// still included, with its rejection reason, and does not stop the chain. An STX operation finds its PreStx earlier in
// the same block or in the database.
//
// Thread safety: Submit, QueuedCount and Tip may be called from any thread. Open, MineBlock and Run belong to one
// thread, the burnchain controller's (the database's one writer).
#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "burnchain/bitcoin_tx.h"
#include "burnchain/burn_op.h"
#include "burndb/burn_op_parse.h"
#include "burndb/burnchain_db.h"
#include "util/result.h"
#include "util/thread_annotations.h"

namespace stacks::burndb {

/// The most transactions waiting for the next block; Submit refuses more.
inline constexpr size_t DEFAULT_MOCKNET_MAX_QUEUED_TXS = 10'000;

struct MocknetBurnchainOptions {
  std::string db_path;                   //!< The burnchain SQLite file; created if missing.
  BurnOpParseContext parse;              //!< Magic bytes, network, commit rule; pre_stx_sender is ignored.
  uint64_t first_burn_block_height = 0;  //!< burnchain.first_burn_block_height (regtest: 0).
  burnchain::BurnchainHeaderHash first_burn_block_hash{};  //!< burnchain.first_burn_block_hash (default zero).
  //! burnchain.first_burn_block_timestamp; unset: the `now_secs` Open was given when it created the chain.
  std::optional<uint64_t> first_burn_block_timestamp_secs;
  size_t max_queued_txs = DEFAULT_MOCKNET_MAX_QUEUED_TXS;  //!< Submit fails with kResourceExhausted beyond this.
  sqlite::DatabaseOptions db;                              //!< SQLite settings.
};

/// Called with each block the chain gains (the chains coordinator subscribes). Runs on the mining thread; the block
/// reference is valid during the call only.
using BurnBlockCallback = std::function<void(const BurnBlock& block)>;

class MocknetBurnchain {
 public:
  /// Opens the database at options.db_path and continues its chain, or, if it holds no block, stores the first
  /// block described in the file comment (stamped `now_secs` unless options say otherwise).
  /// Errors: those of BurnchainDb::Open and AppendBlock; kFailedPrecondition if a stored chain's first block is not
  /// at options.first_burn_block_height.
  static util::Result<std::unique_ptr<MocknetBurnchain>> Open(MocknetBurnchainOptions options, uint64_t now_secs);

  MocknetBurnchain(const MocknetBurnchain&) = delete;
  MocknetBurnchain& operator=(const MocknetBurnchain&) = delete;

  /// Queues `tx` for the next block and returns its txid. Thread-safe.
  /// Errors: kResourceExhausted when options.max_queued_txs transactions are already waiting.
  util::Result<burnchain::Txid> Submit(burnchain::BitcoinTx tx) EXCLUDES(m_mutex);

  /// Transactions waiting for the next block. Thread-safe.
  size_t QueuedCount() const EXCLUDES(m_mutex);

  /// The highest stored block. Thread-safe.
  BurnBlockHeader Tip() const EXCLUDES(m_mutex);

  /// Builds, stores and returns the next block from everything queued, stamped max(now_secs, tip timestamp).
  /// Errors: kIo/kCorruption from the database; the queued transactions then stay queued for the next try.
  util::Result<BurnBlock> MineBlock(uint64_t now_secs) EXCLUDES(m_mutex);

  /// Mines a block every `interval_ms` (the clock's seconds as timestamps) and passes each to `on_block`, until
  /// `stop` is requested, which it notices at once (it waits on a condition variable, not a sleep).
  /// Returns ok when stopped; the first MineBlock error otherwise (the chain stays at its last stored block).
  util::Status Run(std::stop_token stop, uint64_t interval_ms, const BurnBlockCallback& on_block) EXCLUDES(m_mutex);
  /// As Run, with the interval asked of `interval_ms` after each block (the node mines faster while bootstrapping).
  /// `interval_ms` is called on the mining thread and must not block.
  util::Status Run(std::stop_token stop, const std::function<uint64_t()>& interval_ms,
                   const BurnBlockCallback& on_block) EXCLUDES(m_mutex);

  /// The database, for readers on the mining thread (e.g. a coordinator handling on_block). Not thread-safe.
  BurnchainDb& db() { return m_db; }

 private:
  MocknetBurnchain(MocknetBurnchainOptions options, BurnchainDb db, BurnBlockHeader tip);
  /// The sender of an accepted PreStx in `pending` (earlier in the block being built) or in the database.
  std::optional<codec::StacksAddress> FindPreStxSender(const burnchain::Txid& txid, const BurnBlock& pending);

  const MocknetBurnchainOptions m_options;
  BurnchainDb m_db;  ///< Used by the mining thread only.

  mutable util::Mutex m_mutex;
  std::condition_variable_any m_wake;  ///< Signalled by nothing but stop requests (Run's interruptible wait).
  std::vector<burnchain::BitcoinTx> m_queue GUARDED_BY(m_mutex);
  BurnBlockHeader m_tip GUARDED_BY(m_mutex);
};

}  // namespace stacks::burndb
