// The burnchain database: the burn blocks a node has seen, each with its Bitcoin-shaped transactions and the burn
// operations parsed from them, in one SQLite file (the reference's burnchain.sqlite). Written by the burnchain
// controller's thread; read by whoever opens the file.
//
// Each block is written with its transactions and operations in one SQLite transaction, so a crash at any moment
// leaves the database at the previous tip or at the new one, never between. Blocks form one chain (no forks yet):
// a block is appended only on top of the tip, at the tip's height + 1, naming the tip as its parent.
//
// Schema (version BURNCHAIN_DB_SCHEMA_VERSION; hashes and txids are 32-byte blobs in display order):
//   burn_blocks (height INTEGER PRIMARY KEY, hash BLOB UNIQUE, parent_hash BLOB, timestamp_secs INTEGER)
//   burn_txs    (block_height, vtxindex, txid, raw_tx BLOB, reject_reason TEXT NULL): every transaction of a block,
//               raw_tx being its consensus bytes; reject_reason is NULL when the transaction carries an accepted
//               operation, else why it was refused (the parser's error message)
//   burn_ops    (block_height, vtxindex, txid, opcode INTEGER, payload BLOB): the accepted operations; payload is
//               the OP_RETURN data after the magic bytes (opcode first); the full operation is re-derived by parsing
//               the transaction's raw_tx
//
// Thread safety: none; one thread at a time (the project's rule is one writer per database).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "burnchain/bitcoin_tx.h"
#include "burnchain/burn_op.h"
#include "sqlite/sqlite.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::burndb {

inline constexpr int64_t BURNCHAIN_DB_SCHEMA_VERSION = 1;

/// What a burn block says about itself.
struct BurnBlockHeader {
  uint64_t burn_block_height = 0;
  burnchain::BurnchainHeaderHash hash{};
  burnchain::BurnchainHeaderHash parent_hash{};
  uint64_t timestamp_secs = 0;  ///< Seconds since the Unix epoch.
  bool operator==(const BurnBlockHeader&) const = default;
};

/// One transaction of a burn block.
struct BurnTxRecord {
  uint32_t vtxindex = 0;  ///< Position in its block.
  burnchain::Txid txid{};
  util::Bytes raw_tx;                        ///< Consensus bytes (SerializeBitcoinTx).
  std::optional<std::string> reject_reason;  ///< nullopt when it carries an accepted operation.
  bool operator==(const BurnTxRecord&) const = default;
};

/// One accepted burn operation.
struct BurnOpRecord {
  uint32_t vtxindex = 0;
  burnchain::Txid txid{};
  burnchain::Opcode opcode = burnchain::Opcode::kLeaderKeyRegister;
  util::Bytes payload;  ///< OP_RETURN data after the magic bytes, opcode first.
  bool operator==(const BurnOpRecord&) const = default;
};

/// A burn block with everything stored for it.
struct BurnBlock {
  BurnBlockHeader header;
  std::vector<BurnTxRecord> txs;  ///< In vtxindex order.
  std::vector<BurnOpRecord> ops;  ///< In vtxindex order; each one's txid is among `txs`.
  bool operator==(const BurnBlock&) const = default;
};

/// Where a stored transaction is.
struct LocatedBurnTx {
  uint64_t burn_block_height = 0;
  BurnTxRecord tx;
};

class BurnchainDb {
 public:
  /// Opens or creates the database at `path`, creating or upgrading its schema.
  /// Errors: those of sqlite::Database::Open and sqlite::OpenSchema (kFailedPrecondition for a newer schema,
  /// kCorruption for a file that is not a burnchain database).
  static util::Result<BurnchainDb> Open(const std::string& path, const sqlite::DatabaseOptions& options = {});

  BurnchainDb(BurnchainDb&&) noexcept = default;
  BurnchainDb& operator=(BurnchainDb&&) noexcept = default;

  /// Stores `block` with its transactions and operations in one SQLite transaction.
  /// Errors: kFailedPrecondition if the database has a tip and block.header is not at tip height + 1 with the tip's
  /// hash as parent, or if a block with the same hash exists; kInvalidArgument if an op's txid is not among the
  /// block's transactions or vtxindexes repeat; kIo/kCorruption from SQLite (nothing is then written).
  util::Status AppendBlock(const BurnBlock& block);

  /// The highest block. Errors: kNotFound if the database holds no block; kIo/kCorruption from SQLite.
  util::Result<BurnBlockHeader> Tip();
  /// The block at `burn_block_height`. Errors: kNotFound if there is none; kIo/kCorruption.
  util::Result<BurnBlockHeader> BlockAtHeight(uint64_t burn_block_height);
  /// The block named `hash`. Errors: kNotFound if there is none; kIo/kCorruption.
  util::Result<BurnBlockHeader> BlockByHash(const burnchain::BurnchainHeaderHash& hash);
  /// The transactions of the block at `burn_block_height` in vtxindex order (empty for an unknown height).
  /// Errors: kIo/kCorruption.
  util::Result<std::vector<BurnTxRecord>> TxsOfBlock(uint64_t burn_block_height);
  /// The accepted operations of the block at `burn_block_height` in vtxindex order (empty for an unknown height).
  /// Errors: kIo/kCorruption.
  util::Result<std::vector<BurnOpRecord>> OpsOfBlock(uint64_t burn_block_height);
  /// The block header with its transactions and operations. Errors: as BlockAtHeight.
  util::Result<BurnBlock> ReadBlock(uint64_t burn_block_height);
  /// The earliest stored transaction with `txid` that carries an accepted operation.
  /// Errors: kNotFound if there is none; kIo/kCorruption.
  util::Result<LocatedBurnTx> FindAcceptedTx(const burnchain::Txid& txid);

  /// Runs SQLite's integrity check. Errors: kCorruption with its first complaint; kIo.
  util::Status CheckIntegrity() { return m_db.CheckIntegrity(); }

 private:
  explicit BurnchainDb(sqlite::Database db) : m_db(std::move(db)) {}
  /// The one header row `st` (a bound SELECT of HEADER_COLUMNS) yields; `what` names it for kNotFound.
  static util::Result<BurnBlockHeader> ReadHeader(sqlite::Statement& st, const std::string& what);
  sqlite::Database m_db;
};

}  // namespace stacks::burndb
