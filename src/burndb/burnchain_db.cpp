#include "burndb/burnchain_db.h"

#include <set>
#include <utility>

#include "sqlite/schema.h"
#include "util/hex.h"

namespace stacks::burndb {
namespace {

constexpr std::string_view CREATE_V1_SQL = R"sql(
CREATE TABLE burn_blocks (
  height INTEGER PRIMARY KEY,
  hash BLOB NOT NULL UNIQUE,
  parent_hash BLOB NOT NULL,
  timestamp_secs INTEGER NOT NULL
);
CREATE TABLE burn_txs (
  block_height INTEGER NOT NULL REFERENCES burn_blocks(height),
  vtxindex INTEGER NOT NULL,
  txid BLOB NOT NULL,
  raw_tx BLOB NOT NULL,
  reject_reason TEXT,
  PRIMARY KEY (block_height, vtxindex)
);
CREATE INDEX burn_txs_by_txid ON burn_txs (txid);
CREATE TABLE burn_ops (
  block_height INTEGER NOT NULL,
  vtxindex INTEGER NOT NULL,
  txid BLOB NOT NULL,
  opcode INTEGER NOT NULL,
  payload BLOB NOT NULL,
  PRIMARY KEY (block_height, vtxindex),
  FOREIGN KEY (block_height, vtxindex) REFERENCES burn_txs (block_height, vtxindex)
);
)sql";

constexpr sqlite::Schema SCHEMA{"burnchain", BURNCHAIN_DB_SCHEMA_VERSION, CREATE_V1_SQL, {}};

constexpr std::string_view HEADER_COLUMNS = "SELECT height, hash, parent_hash, timestamp_secs FROM burn_blocks ";

// Stored heights, vtxindexes and timestamps are written from uint64_t/uint32_t and read back the same way; SQLite's
// INTEGER is signed 64-bit, so heights and timestamps above INT64_MAX are refused on write.
util::Status CheckFitsInt64(uint64_t value, std::string_view what) {
  if (value > static_cast<uint64_t>(INT64_MAX)) {
    return util::InvalidArgument(std::string(what) + " " + std::to_string(value) + " exceeds the largest storable");
  }
  return {};
}

util::Result<crypto::Hash256> HashColumn(const sqlite::Statement& st, int index, std::string_view what) {
  const util::Bytes bytes = st.ColumnBlob(index);
  if (bytes.size() != 32) {
    return util::Corruption(std::string(what) + " is " + std::to_string(bytes.size()) + " bytes, not 32");
  }
  return util::ToArray<32>(bytes);
}

}  // namespace

util::Result<BurnchainDb> BurnchainDb::Open(const std::string& path, const sqlite::DatabaseOptions& options) {
  STACKS_TRY(sqlite::Database db, sqlite::Database::Open(path, options));
  STACKS_RETURN_IF_ERROR(sqlite::OpenSchema(db, SCHEMA));
  return BurnchainDb(std::move(db));
}

util::Result<BurnBlockHeader> BurnchainDb::ReadHeader(sqlite::Statement& st, const std::string& what) {
  STACKS_TRY(bool found, st.Step());
  if (!found) return util::NotFound("no burn block " + what);
  BurnBlockHeader header;
  header.burn_block_height = static_cast<uint64_t>(st.ColumnInt64(0));
  STACKS_TRY(header.hash, HashColumn(st, 1, "burn block hash"));
  STACKS_TRY(header.parent_hash, HashColumn(st, 2, "burn block parent hash"));
  header.timestamp_secs = static_cast<uint64_t>(st.ColumnInt64(3));
  return header;
}

util::Status BurnchainDb::AppendBlock(const BurnBlock& block) {
  const BurnBlockHeader& header = block.header;
  STACKS_RETURN_IF_ERROR(CheckFitsInt64(header.burn_block_height, "burn block height"));
  STACKS_RETURN_IF_ERROR(CheckFitsInt64(header.timestamp_secs, "burn block timestamp"));
  std::set<uint32_t> vtxindexes;
  std::set<std::pair<uint32_t, burnchain::Txid>> tx_keys;
  for (const BurnTxRecord& tx : block.txs) {
    if (!vtxindexes.insert(tx.vtxindex).second) {
      return util::InvalidArgument("vtxindex " + std::to_string(tx.vtxindex) + " repeats in burn block " +
                                   std::to_string(header.burn_block_height));
    }
    tx_keys.insert({tx.vtxindex, tx.txid});
  }
  for (const BurnOpRecord& op : block.ops) {
    if (!tx_keys.contains({op.vtxindex, op.txid})) {
      return util::InvalidArgument("operation " + util::ToHex(op.txid) + " at vtxindex " + std::to_string(op.vtxindex) +
                                   " is not among the block's transactions");
    }
  }

  STACKS_TRY(sqlite::WriteTransaction txn, sqlite::WriteTransaction::Begin(m_db));
  auto tip = Tip();
  if (tip) {
    if (header.burn_block_height != tip->burn_block_height + 1 || header.parent_hash != tip->hash) {
      return util::FailedPrecondition("burn block " + std::to_string(header.burn_block_height) + " (parent " +
                                      util::ToHex(header.parent_hash) + ") does not extend the tip at height " +
                                      std::to_string(tip->burn_block_height) + " (" + util::ToHex(tip->hash) + ")");
    }
  } else if (tip.error().code != util::ErrorCode::kNotFound) {
    return std::move(tip).error();
  }
  if (BlockByHash(header.hash)) {
    return util::FailedPrecondition("burn block " + util::ToHex(header.hash) + " is already stored");
  }

  STACKS_TRY(sqlite::Statement insert_block,
             m_db.Prepare("INSERT INTO burn_blocks (height, hash, parent_hash, timestamp_secs) "
                          "VALUES (?1, ?2, ?3, ?4)"));
  STACKS_RETURN_IF_ERROR(insert_block.BindInt64(1, static_cast<int64_t>(header.burn_block_height)));
  STACKS_RETURN_IF_ERROR(insert_block.BindBlob(2, header.hash));
  STACKS_RETURN_IF_ERROR(insert_block.BindBlob(3, header.parent_hash));
  STACKS_RETURN_IF_ERROR(insert_block.BindInt64(4, static_cast<int64_t>(header.timestamp_secs)));
  STACKS_RETURN_IF_ERROR(insert_block.Run());

  STACKS_TRY(sqlite::Statement insert_tx,
             m_db.Prepare("INSERT INTO burn_txs (block_height, vtxindex, txid, raw_tx, reject_reason) "
                          "VALUES (?1, ?2, ?3, ?4, ?5)"));
  for (const BurnTxRecord& tx : block.txs) {
    insert_tx.Reset();
    STACKS_RETURN_IF_ERROR(insert_tx.BindInt64(1, static_cast<int64_t>(header.burn_block_height)));
    STACKS_RETURN_IF_ERROR(insert_tx.BindInt64(2, tx.vtxindex));
    STACKS_RETURN_IF_ERROR(insert_tx.BindBlob(3, tx.txid));
    STACKS_RETURN_IF_ERROR(insert_tx.BindBlob(4, tx.raw_tx));
    if (tx.reject_reason) {
      STACKS_RETURN_IF_ERROR(insert_tx.BindText(5, *tx.reject_reason));
    } else {
      STACKS_RETURN_IF_ERROR(insert_tx.BindNull(5));
    }
    STACKS_RETURN_IF_ERROR(insert_tx.Run());
  }

  STACKS_TRY(sqlite::Statement insert_op,
             m_db.Prepare("INSERT INTO burn_ops (block_height, vtxindex, txid, opcode, payload) "
                          "VALUES (?1, ?2, ?3, ?4, ?5)"));
  for (const BurnOpRecord& op : block.ops) {
    insert_op.Reset();
    STACKS_RETURN_IF_ERROR(insert_op.BindInt64(1, static_cast<int64_t>(header.burn_block_height)));
    STACKS_RETURN_IF_ERROR(insert_op.BindInt64(2, op.vtxindex));
    STACKS_RETURN_IF_ERROR(insert_op.BindBlob(3, op.txid));
    STACKS_RETURN_IF_ERROR(insert_op.BindInt64(4, static_cast<uint8_t>(op.opcode)));
    STACKS_RETURN_IF_ERROR(insert_op.BindBlob(5, op.payload));
    STACKS_RETURN_IF_ERROR(insert_op.Run());
  }
  return txn.Commit();
}

util::Result<BurnBlockHeader> BurnchainDb::Tip() {
  STACKS_TRY(sqlite::Statement st, m_db.Prepare(std::string(HEADER_COLUMNS) + "ORDER BY height DESC LIMIT 1"));
  return ReadHeader(st, "stored (the database is empty)");
}

util::Result<BurnBlockHeader> BurnchainDb::BlockAtHeight(uint64_t burn_block_height) {
  if (burn_block_height > static_cast<uint64_t>(INT64_MAX)) {
    return util::NotFound("no burn block at height " + std::to_string(burn_block_height));
  }
  STACKS_TRY(sqlite::Statement st, m_db.Prepare(std::string(HEADER_COLUMNS) + "WHERE height = ?1"));
  STACKS_RETURN_IF_ERROR(st.BindInt64(1, static_cast<int64_t>(burn_block_height)));
  return ReadHeader(st, "at height " + std::to_string(burn_block_height));
}

util::Result<BurnBlockHeader> BurnchainDb::BlockByHash(const burnchain::BurnchainHeaderHash& hash) {
  STACKS_TRY(sqlite::Statement st, m_db.Prepare(std::string(HEADER_COLUMNS) + "WHERE hash = ?1"));
  STACKS_RETURN_IF_ERROR(st.BindBlob(1, hash));
  return ReadHeader(st, util::ToHex(hash));
}

util::Result<std::vector<BurnTxRecord>> BurnchainDb::TxsOfBlock(uint64_t burn_block_height) {
  std::vector<BurnTxRecord> txs;
  if (burn_block_height > static_cast<uint64_t>(INT64_MAX)) return txs;
  STACKS_TRY(sqlite::Statement st,
             m_db.Prepare("SELECT vtxindex, txid, raw_tx, reject_reason FROM burn_txs WHERE block_height = ?1 "
                          "ORDER BY vtxindex"));
  STACKS_RETURN_IF_ERROR(st.BindInt64(1, static_cast<int64_t>(burn_block_height)));
  while (true) {
    STACKS_TRY(bool row, st.Step());
    if (!row) break;
    BurnTxRecord tx;
    tx.vtxindex = static_cast<uint32_t>(st.ColumnInt64(0));
    STACKS_TRY(tx.txid, HashColumn(st, 1, "burn txid"));
    tx.raw_tx = st.ColumnBlob(2);
    if (!st.ColumnIsNull(3)) tx.reject_reason = st.ColumnText(3);
    txs.push_back(std::move(tx));
  }
  return txs;
}

util::Result<std::vector<BurnOpRecord>> BurnchainDb::OpsOfBlock(uint64_t burn_block_height) {
  std::vector<BurnOpRecord> ops;
  if (burn_block_height > static_cast<uint64_t>(INT64_MAX)) return ops;
  STACKS_TRY(sqlite::Statement st,
             m_db.Prepare("SELECT vtxindex, txid, opcode, payload FROM burn_ops WHERE block_height = ?1 "
                          "ORDER BY vtxindex"));
  STACKS_RETURN_IF_ERROR(st.BindInt64(1, static_cast<int64_t>(burn_block_height)));
  while (true) {
    STACKS_TRY(bool row, st.Step());
    if (!row) break;
    BurnOpRecord op;
    op.vtxindex = static_cast<uint32_t>(st.ColumnInt64(0));
    STACKS_TRY(op.txid, HashColumn(st, 1, "burn op txid"));
    op.opcode = static_cast<burnchain::Opcode>(static_cast<uint8_t>(st.ColumnInt64(2)));
    op.payload = st.ColumnBlob(3);
    ops.push_back(std::move(op));
  }
  return ops;
}

util::Result<BurnBlock> BurnchainDb::ReadBlock(uint64_t burn_block_height) {
  BurnBlock block;
  STACKS_TRY(block.header, BlockAtHeight(burn_block_height));
  STACKS_TRY(block.txs, TxsOfBlock(burn_block_height));
  STACKS_TRY(block.ops, OpsOfBlock(burn_block_height));
  return block;
}

util::Result<LocatedBurnTx> BurnchainDb::FindAcceptedTx(const burnchain::Txid& txid) {
  STACKS_TRY(sqlite::Statement st,
             m_db.Prepare("SELECT block_height, vtxindex, raw_tx FROM burn_txs WHERE txid = ?1 AND reject_reason "
                          "IS NULL ORDER BY block_height, vtxindex LIMIT 1"));
  STACKS_RETURN_IF_ERROR(st.BindBlob(1, txid));
  STACKS_TRY(bool row, st.Step());
  if (!row) return util::NotFound("no accepted burn transaction " + util::ToHex(txid));
  LocatedBurnTx located;
  located.burn_block_height = static_cast<uint64_t>(st.ColumnInt64(0));
  located.tx.vtxindex = static_cast<uint32_t>(st.ColumnInt64(1));
  located.tx.txid = txid;
  located.tx.raw_tx = st.ColumnBlob(2);
  return located;
}

}  // namespace stacks::burndb
