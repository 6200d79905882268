#include "chainstate/chainstate_db.h"

#include <array>
#include <filesystem>
#include <system_error>
#include <utility>

#include "chain/tx_check.h"
#include "clarity/types/serialization.h"
#include "codec/consensus.h"
#include "sqlite/schema.h"
#include "util/hex.h"

namespace stacks::chainstate {
namespace {

/// The tables of the current version (CHAINSTATE_SCHEMA_VERSION), besides the state index's. A change to them bumps
/// the version and appends a migration to MIGRATIONS.
constexpr const char* CHAINSTATE_TABLES_SQL = R"sql(
  CREATE TABLE accounts (
    principal TEXT PRIMARY KEY,        -- PrincipalToString
    balance_ustx BLOB NOT NULL,        -- u128 big-endian, 16 bytes
    nonce INTEGER NOT NULL,            -- u64 stored as its two's-complement i64
    locked_ustx BLOB NOT NULL,         -- u128 big-endian
    unlock_burn_height INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE tenures (
    tenure_consensus_hash BLOB PRIMARY KEY,
    burn_block_height INTEGER NOT NULL,
    first_block_id BLOB NOT NULL,
    last_block_id BLOB NOT NULL,
    block_count INTEGER NOT NULL,
    coinbase_txid BLOB,                -- NULL until the tenure's coinbase is applied
    fees_ustx BLOB NOT NULL DEFAULT x'00000000000000000000000000000000'  -- u128: fees its blocks collected
  );
  CREATE TABLE miner_rewards (
    coinbase_height INTEGER PRIMARY KEY,  -- the tenure's coinbase height (1 for the first tenure with a coinbase)
    tenure_consensus_hash BLOB NOT NULL,
    block_id BLOB NOT NULL,               -- the tenure-start block
    recipient TEXT NOT NULL,              -- PrincipalToString: the coinbase's alt recipient, else its origin
    miner_address TEXT NOT NULL,          -- the coinbase's origin
    coinbase_ustx BLOB NOT NULL,          -- u128
    parent_fees_ustx BLOB NOT NULL        -- u128: the fees of the parent tenure's blocks
  );
  CREATE TABLE block_headers (
    block_id BLOB PRIMARY KEY,
    parent_block_id BLOB NOT NULL,
    stacks_block_height INTEGER NOT NULL,
    consensus_hash BLOB NOT NULL,
    tenure_consensus_hash BLOB NOT NULL REFERENCES tenures (tenure_consensus_hash),
    burn_block_height INTEGER NOT NULL,
    epoch INTEGER NOT NULL,            -- StacksEpochId
    state_root BLOB NOT NULL,
    total_fees_ustx BLOB NOT NULL,     -- u128 big-endian
    header BLOB NOT NULL
  );
  CREATE INDEX block_headers_by_height ON block_headers (stacks_block_height);
  CREATE TABLE block_bodies (
    block_id BLOB PRIMARY KEY REFERENCES block_headers (block_id),
    body BLOB NOT NULL                 -- u32 count, then each transaction's serialization
  );
  CREATE TABLE receipts (
    block_id BLOB NOT NULL REFERENCES block_headers (block_id),
    tx_index INTEGER NOT NULL,
    txid BLOB NOT NULL,
    result BLOB NOT NULL,              -- the result's Clarity serialization
    fee_ustx INTEGER NOT NULL,
    coinbase_ustx BLOB NOT NULL,       -- u128 big-endian
    PRIMARY KEY (block_id, tx_index)
  );
  CREATE INDEX receipts_by_txid ON receipts (txid);
  CREATE TABLE stx_transfer_events (
    block_id BLOB NOT NULL,
    tx_index INTEGER NOT NULL,
    event_index INTEGER NOT NULL,
    sender TEXT NOT NULL,
    recipient TEXT NOT NULL,
    amount_ustx BLOB NOT NULL,         -- u128 big-endian
    memo BLOB NOT NULL,
    PRIMARY KEY (block_id, tx_index, event_index),
    FOREIGN KEY (block_id, tx_index) REFERENCES receipts (block_id, tx_index)
  );
)sql";

/// Upgrades from version 1, in order (schema.h).
constexpr std::array<sqlite::SchemaMigration, CHAINSTATE_SCHEMA_VERSION - 1> MIGRATIONS{{
    // 2: miner rewards mature instead of being credited at once.
    {2, R"sql(
      ALTER TABLE tenures ADD COLUMN fees_ustx BLOB NOT NULL DEFAULT x'00000000000000000000000000000000';
      CREATE TABLE miner_rewards (
        coinbase_height INTEGER PRIMARY KEY,
        tenure_consensus_hash BLOB NOT NULL,
        block_id BLOB NOT NULL,
        recipient TEXT NOT NULL,
        miner_address TEXT NOT NULL,
        coinbase_ustx BLOB NOT NULL,
        parent_fees_ustx BLOB NOT NULL
      );
    )sql"},
}};

util::Bytes U128Bytes(Uint128 value) {
  codec::ByteWriter writer(16);
  writer.WriteU128(value);
  return writer.Take();
}

util::Result<Uint128> U128FromBytes(util::ByteView bytes, std::string_view what) {
  if (bytes.size() != 16) return util::Corruption(std::string(what) + " is not 16 bytes");
  codec::ByteReader reader(bytes);
  return reader.ReadU128().value();
}

template <size_t N>
util::Result<std::array<uint8_t, N>> FixedFromBytes(util::ByteView bytes, std::string_view what) {
  if (bytes.size() != N) return util::Corruption(std::string(what) + " is not " + std::to_string(N) + " bytes");
  return util::ToArray<N>(bytes);
}

util::Result<util::Bytes> EncodeBody(const std::vector<chain::Transaction>& transactions) {
  codec::ByteWriter writer;
  STACKS_RETURN_IF_ERROR(writer.WriteCount(transactions.size()));
  for (const auto& tx : transactions) chain::WriteTransaction(writer, tx);
  return writer.Take();
}

util::Result<std::vector<chain::Transaction>> DecodeBody(util::ByteView body) {
  codec::ByteReader reader(body);
  auto count = reader.ReadU32("transaction count");
  if (!count) return util::Corruption("stored block body: " + count.error().message);
  std::vector<chain::Transaction> out;
  for (uint32_t i = 0; i < *count; ++i) {
    auto tx = chain::ReadTransaction(reader);
    if (!tx) return util::Corruption("stored block body: " + tx.error().message);
    out.push_back(std::move(tx).value());
  }
  if (auto end = reader.ExpectEnd("block body"); !end) return util::Corruption("stored " + end.error().message);
  return out;
}

// Reads the row of a block_headers SELECT with the columns in StoredBlock's order, then its body.
util::Result<StoredBlock> ReadBlock(sqlite::Database& db, sqlite::Statement& st) {
  StoredBlock block;
  STACKS_TRY(block.block_id, FixedFromBytes<32>(st.ColumnBlob(0), "block id"));
  STACKS_TRY(block.parent_block_id, FixedFromBytes<32>(st.ColumnBlob(1), "parent block id"));
  block.stacks_block_height = static_cast<uint64_t>(st.ColumnInt64(2));
  STACKS_TRY(block.consensus_hash, FixedFromBytes<20>(st.ColumnBlob(3), "consensus hash"));
  STACKS_TRY(block.tenure_consensus_hash, FixedFromBytes<20>(st.ColumnBlob(4), "tenure consensus hash"));
  block.burn_block_height = static_cast<uint64_t>(st.ColumnInt64(5));
  STACKS_TRY(block.state_root, FixedFromBytes<32>(st.ColumnBlob(6), "state root"));
  block.header = st.ColumnBlob(7);
  STACKS_TRY(sqlite::Statement body, db.Prepare("SELECT body FROM block_bodies WHERE block_id = ?1"));
  STACKS_RETURN_IF_ERROR(body.BindBlob(1, block.block_id));
  STACKS_TRY(bool row, body.Step());
  if (!row) return util::Corruption("block " + util::ToHex(block.block_id) + " has a header but no body");
  STACKS_TRY(block.transactions, DecodeBody(body.ColumnBlob(0)));
  return block;
}

constexpr const char* SELECT_ACCOUNT_COLUMNS = "balance_ustx, nonce, locked_ustx, unlock_burn_height";

// The account in columns first..first+3 of `st`'s row (SELECT_ACCOUNT_COLUMNS).
util::Result<Account> ReadAccount(const sqlite::Statement& st, int first) {
  Account account;
  STACKS_TRY(account.balance_ustx, U128FromBytes(st.ColumnBlob(first), "account balance"));
  account.nonce = static_cast<uint64_t>(st.ColumnInt64(first + 1));
  STACKS_TRY(account.locked_ustx, U128FromBytes(st.ColumnBlob(first + 2), "account locked balance"));
  account.unlock_burn_height = static_cast<uint64_t>(st.ColumnInt64(first + 3));
  return account;
}

// The account of `principal` as stored in `db` (the writer's connection or a reader's); the empty account if none.
util::Result<Account> ReadAccountOf(sqlite::Database& db, const codec::Principal& principal) {
  static const std::string kSelect =
      "SELECT " + std::string(SELECT_ACCOUNT_COLUMNS) + " FROM accounts WHERE principal = ?1";
  STACKS_TRY(sqlite::CachedStatement st, db.PrepareCached(kSelect));
  STACKS_RETURN_IF_ERROR(st->BindText(1, codec::PrincipalToString(principal)));
  STACKS_TRY(bool row, st->Step());
  if (!row) return Account{};
  return ReadAccount(*st, 0);
}

constexpr const char* SELECT_BLOCK =
    "SELECT block_id, parent_block_id, stacks_block_height, consensus_hash, tenure_consensus_hash, "
    "burn_block_height, state_root, header FROM block_headers ";

std::string TxLabel(size_t index, const chain::Transaction& tx) {
  return "tx " + std::to_string(index) + " (" + util::ToHex(tx.txid()) + "): ";
}

}  // namespace

BlockToApply BlockToApplyFromNakamoto(const chain::NakamotoBlock& block, uint64_t burn_block_height,
                                      chain::StacksEpochId epoch) {
  BlockToApply out;
  out.block_id = chain::NakamotoBlockId(block);
  out.parent_block_id = block.header.parent_block_id;
  out.stacks_block_height = block.header.chain_length;
  out.consensus_hash = block.header.consensus_hash;
  out.tenure_consensus_hash = block.header.consensus_hash;
  out.burn_block_height = burn_block_height;
  out.epoch = epoch;
  out.header = chain::SerializeNakamotoBlockHeader(block.header);
  out.transactions = block.txs;
  return out;
}

util::Result<ChainstateDb> ChainstateDb::Open(const std::string& directory, const ChainstateOptions& options) {
  std::error_code ec;
  std::filesystem::create_directories(directory, ec);
  if (ec) return util::IoError("cannot create chainstate directory " + directory + ": " + ec.message());
  const std::string path = (std::filesystem::path(directory) / CHAINSTATE_DB_FILE_NAME).string();
  sqlite::DatabaseOptions db_options;
  db_options.synchronous = options.synchronous;
  STACKS_TRY(sqlite::Database opened, sqlite::Database::Open(path, db_options));
  auto db = std::make_unique<sqlite::Database>(std::move(opened));
  const std::string create_sql = std::string(CHAINSTATE_TABLES_SQL) + std::string(SqliteStateIndex::SchemaSql());
  STACKS_RETURN_IF_ERROR(
      sqlite::OpenSchema(*db, sqlite::Schema{"chainstate", CHAINSTATE_SCHEMA_VERSION, create_sql, MIGRATIONS}));
  STACKS_TRY(SqliteStateIndex index, SqliteStateIndex::Open(*db));
  auto index_ptr = std::make_unique<SqliteStateIndex>(std::move(index));
  return ChainstateDb(std::move(db), std::move(index_ptr), options);
}

util::Status ChainstateDb::WriteAccount(const codec::Principal& principal, const Account& account) {
  {
    STACKS_TRY(sqlite::CachedStatement st,
               m_db->PrepareCached("INSERT INTO accounts (principal, balance_ustx, nonce, locked_ustx, "
                                   "unlock_burn_height) VALUES (?1, ?2, ?3, ?4, ?5) "
                                   "ON CONFLICT (principal) DO UPDATE SET balance_ustx = ?2, nonce = ?3, "
                                   "locked_ustx = ?4, unlock_burn_height = ?5"));
    STACKS_RETURN_IF_ERROR(st->BindText(1, codec::PrincipalToString(principal)));
    STACKS_RETURN_IF_ERROR(st->BindBlob(2, U128Bytes(account.balance_ustx)));
    STACKS_RETURN_IF_ERROR(st->BindInt64(3, static_cast<int64_t>(account.nonce)));
    STACKS_RETURN_IF_ERROR(st->BindBlob(4, U128Bytes(account.locked_ustx)));
    STACKS_RETURN_IF_ERROR(st->BindInt64(5, static_cast<int64_t>(account.unlock_burn_height)));
    STACKS_RETURN_IF_ERROR(st->Run());
  }
  return m_index->Put(util::AsBytes(AccountIndexKey(principal)), EncodeAccount(account));
}

util::Status ChainstateDb::InitializeGenesis(std::span<const GenesisBalance> balances) {
  if (IsInitialized()) return util::FailedPrecondition("chainstate genesis is already initialized");
  AccountMap accounts;
  for (const auto& entry : balances) {
    Account& account = accounts[entry.principal];
    if (account.balance_ustx > ~static_cast<Uint128>(0) - entry.amount_ustx) {
      return util::InvalidArgument("genesis balances of " + codec::PrincipalToString(entry.principal) +
                                   " sum past 2^128-1");
    }
    account.balance_ustx += entry.amount_ustx;
  }
  util::Status status = [&]() -> util::Status {
    STACKS_TRY(sqlite::WriteTransaction txn, sqlite::WriteTransaction::Begin(*m_db));
    STACKS_RETURN_IF_ERROR(m_index->BeginBlock(std::nullopt, BOOT_BLOCK_ID));
    for (const auto& [principal, account] : accounts) STACKS_RETURN_IF_ERROR(WriteAccount(principal, account));
    STACKS_TRY(StateRoot root, m_index->SealBlock());
    (void)root;
    return txn.Commit();
  }();
  if (!status) STACKS_RETURN_IF_ERROR(m_index->Abandon());
  return status;
}

util::Result<AppliedBlock> ChainstateDb::ApplyBlock(const BlockToApply& block,
                                                    const std::function<void(const AppliedBlock&)>& before_commit) {
  if (!IsInitialized()) return util::FailedPrecondition("chainstate genesis is not initialized");
  util::Result<AppliedBlock> applied = [&]() -> util::Result<AppliedBlock> {
    STACKS_TRY(sqlite::WriteTransaction txn, sqlite::WriteTransaction::Begin(*m_db));
    STACKS_TRY(AppliedBlock result, ApplyBlockInTransaction(block));
    if (before_commit) before_commit(result);
    STACKS_RETURN_IF_ERROR(txn.Commit());
    return result;
  }();
  // The transaction has rolled back on error by now; the index re-reads the committed tip.
  if (!applied) STACKS_RETURN_IF_ERROR(m_index->Abandon());
  return applied;
}

util::Result<AppliedBlock> ChainstateDb::ApplyBlockInTransaction(const BlockToApply& block) {
  STACKS_TRY(ChainTip tip, GetTip());
  auto existing = GetBlockById(block.block_id);
  if (existing) return util::FailedPrecondition("block " + util::ToHex(block.block_id) + " is already stored");
  if (existing.error().code != util::ErrorCode::kNotFound) return std::move(existing).error();
  if (block.parent_block_id != tip.block_id) {
    return util::FailedPrecondition("block's parent " + util::ToHex(block.parent_block_id) + " is not the tip " +
                                    util::ToHex(tip.block_id) + " (forks are not handled yet)");
  }
  if (block.stacks_block_height != tip.stacks_block_height + 1) {
    return util::InvalidArgument("block height " + std::to_string(block.stacks_block_height) + " is not " +
                                 std::to_string(tip.stacks_block_height + 1));
  }
  if (block.transactions.empty()) return util::InvalidArgument("block has no transactions");
  STACKS_RETURN_IF_ERROR(m_index->BeginBlock(tip.block_id, block.block_id));

  const BlockContext context{m_options.mainnet, block.epoch, block.burn_block_height,
                             m_options.first_burn_block_height};
  AccountMap loaded;  // As stored before the block.
  AccountMap state;   // As the block leaves them.
  AppliedBlock applied;
  std::optional<chain::Txid> coinbase_txid;

  // A tenure-start block (one with a coinbase) first pays the tenure that matured with it, as the reference does
  // before the block's transactions.
  const chain::Transaction* coinbase_tx = nullptr;
  for (const auto& tx : block.transactions) {
    if (std::holds_alternative<chain::CoinbasePayload>(tx.payload())) coinbase_tx = &tx;
  }
  uint64_t coinbase_height = 0;
  if (coinbase_tx != nullptr) {
    STACKS_TRY(uint64_t coinbases_before, CoinbaseHeight());
    coinbase_height = coinbases_before + 1;
    if (coinbase_height > m_options.miner_reward_maturity) {
      STACKS_TRY(std::optional<MaturedMinerReward> matured,
                 ReadScheduledReward(coinbase_height - m_options.miner_reward_maturity));
      if (matured) {
        if (!loaded.contains(matured->recipient)) {
          STACKS_TRY(Account account, GetAccount(matured->recipient));
          loaded[matured->recipient] = account;
          state[matured->recipient] = account;
        }
        Account& recipient = state[matured->recipient];
        const Uint128 paid = matured->coinbase_ustx + matured->parent_fees_ustx;
        if (paid < matured->coinbase_ustx || recipient.balance_ustx > ~static_cast<Uint128>(0) - paid) {
          return util::ConsensusViolation("matured miner reward overflows the recipient's balance");
        }
        recipient.balance_ustx += paid;
        applied.matured_reward = std::move(matured);
      }
    }
  }

  for (size_t i = 0; i < block.transactions.size(); ++i) {
    const chain::Transaction& tx = block.transactions[i];
    if (auto network = chain::CheckTransactionNetwork(tx, m_options.mainnet, m_options.chain_id); !network) {
      return util::Error{network.error().code, TxLabel(i, tx) + network.error().message};
    }
    for (const auto& principal : AccountsTouchedBy(tx)) {
      if (loaded.contains(principal)) continue;
      STACKS_TRY(Account account, GetAccount(principal));
      loaded[principal] = account;
      state[principal] = account;
    }
    auto receipt = ApplyTransactionToAccounts(tx, context, state);
    if (!receipt) return util::Error{receipt.error().code, TxLabel(i, tx) + receipt.error().message};
    applied.total_fees_ustx += receipt->fee_ustx;
    if (std::holds_alternative<chain::CoinbasePayload>(tx.payload())) coinbase_txid = tx.txid();
    applied.receipts.push_back(std::move(receipt).value());
  }
  for (const auto& [principal, account] : state) {
    if (loaded[principal] != account) STACKS_RETURN_IF_ERROR(WriteAccount(principal, account));
  }
  STACKS_TRY(applied.state_root, m_index->SealBlock());
  if (block.expected_state_root && *block.expected_state_root != applied.state_root) {
    return util::ConsensusViolation("state root mismatch: the block says " + util::ToHex(*block.expected_state_root) +
                                    ", applying it gives " + util::ToHex(applied.state_root));
  }

  // The parent tenure's fees, before this block adds to its own tenure's (they differ for a tenure-start block).
  Uint128 parent_tenure_fees = 0;
  if (coinbase_tx != nullptr && tip.block_id != BOOT_BLOCK_ID) {
    STACKS_TRY(sqlite::Statement st,
               m_db->Prepare("SELECT t.fees_ustx FROM block_headers h JOIN tenures t "
                             "ON t.tenure_consensus_hash = h.tenure_consensus_hash WHERE h.block_id = ?1"));
    STACKS_RETURN_IF_ERROR(st.BindBlob(1, tip.block_id));
    STACKS_TRY(bool row, st.Step());
    if (!row) return util::Corruption("the chain tip has no tenure");
    STACKS_TRY(parent_tenure_fees, U128FromBytes(st.ColumnBlob(0), "tenure fees"));
  }
  {
    Uint128 tenure_fees = applied.total_fees_ustx;
    STACKS_TRY(sqlite::Statement read, m_db->Prepare("SELECT fees_ustx FROM tenures WHERE tenure_consensus_hash = ?1"));
    STACKS_RETURN_IF_ERROR(read.BindBlob(1, block.tenure_consensus_hash));
    STACKS_TRY(bool row, read.Step());
    if (row) {
      STACKS_TRY(Uint128 before, U128FromBytes(read.ColumnBlob(0), "tenure fees"));
      tenure_fees += before;  // Fees are u64 per transaction; a tenure cannot reach 2^128.
    }
    STACKS_TRY(sqlite::Statement st,
               m_db->Prepare("INSERT INTO tenures (tenure_consensus_hash, burn_block_height, first_block_id, "
                             "last_block_id, block_count, coinbase_txid, fees_ustx) VALUES (?1, ?2, ?3, ?3, 1, ?4, ?5) "
                             "ON CONFLICT (tenure_consensus_hash) DO UPDATE SET last_block_id = ?3, "
                             "block_count = block_count + 1, coinbase_txid = IFNULL(?4, coinbase_txid), "
                             "fees_ustx = ?5"));
    STACKS_RETURN_IF_ERROR(st.BindBlob(1, block.tenure_consensus_hash));
    STACKS_RETURN_IF_ERROR(st.BindInt64(2, static_cast<int64_t>(block.burn_block_height)));
    STACKS_RETURN_IF_ERROR(st.BindBlob(3, block.block_id));
    if (coinbase_txid) {
      STACKS_RETURN_IF_ERROR(st.BindBlob(4, *coinbase_txid));
    } else {
      STACKS_RETURN_IF_ERROR(st.BindNull(4));
    }
    STACKS_RETURN_IF_ERROR(st.BindBlob(5, U128Bytes(tenure_fees)));
    STACKS_RETURN_IF_ERROR(st.Run());
  }
  if (coinbase_tx != nullptr) {
    // Schedule this tenure's reward: its coinbase, plus the fees its parent tenure collected.
    const auto& coinbase = std::get<chain::CoinbasePayload>(coinbase_tx->payload());
    const codec::Principal miner{coinbase_tx->OriginAddress()};
    const codec::Principal& recipient = coinbase.alt_recipient ? *coinbase.alt_recipient : miner;
    Uint128 coinbase_ustx = 0;
    for (size_t i = 0; i < block.transactions.size(); ++i) {
      if (&block.transactions[i] == coinbase_tx) coinbase_ustx = applied.receipts[i].coinbase_ustx;
    }
    STACKS_TRY(sqlite::Statement st,
               m_db->Prepare("INSERT INTO miner_rewards (coinbase_height, tenure_consensus_hash, block_id, "
                             "recipient, miner_address, coinbase_ustx, parent_fees_ustx) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    STACKS_RETURN_IF_ERROR(st.BindInt64(1, static_cast<int64_t>(coinbase_height)));
    STACKS_RETURN_IF_ERROR(st.BindBlob(2, block.tenure_consensus_hash));
    STACKS_RETURN_IF_ERROR(st.BindBlob(3, block.block_id));
    STACKS_RETURN_IF_ERROR(st.BindText(4, codec::PrincipalToString(recipient)));
    STACKS_RETURN_IF_ERROR(st.BindText(5, codec::PrincipalToString(miner)));
    STACKS_RETURN_IF_ERROR(st.BindBlob(6, U128Bytes(coinbase_ustx)));
    STACKS_RETURN_IF_ERROR(st.BindBlob(7, U128Bytes(parent_tenure_fees)));
    STACKS_RETURN_IF_ERROR(st.Run());
  }
  {
    STACKS_TRY(sqlite::Statement st,
               m_db->Prepare("INSERT INTO block_headers (block_id, parent_block_id, stacks_block_height, "
                             "consensus_hash, tenure_consensus_hash, burn_block_height, epoch, state_root, "
                             "total_fees_ustx, header) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    STACKS_RETURN_IF_ERROR(st.BindBlob(1, block.block_id));
    STACKS_RETURN_IF_ERROR(st.BindBlob(2, block.parent_block_id));
    STACKS_RETURN_IF_ERROR(st.BindInt64(3, static_cast<int64_t>(block.stacks_block_height)));
    STACKS_RETURN_IF_ERROR(st.BindBlob(4, block.consensus_hash));
    STACKS_RETURN_IF_ERROR(st.BindBlob(5, block.tenure_consensus_hash));
    STACKS_RETURN_IF_ERROR(st.BindInt64(6, static_cast<int64_t>(block.burn_block_height)));
    STACKS_RETURN_IF_ERROR(st.BindInt64(7, static_cast<int64_t>(block.epoch)));
    STACKS_RETURN_IF_ERROR(st.BindBlob(8, applied.state_root));
    STACKS_RETURN_IF_ERROR(st.BindBlob(9, U128Bytes(applied.total_fees_ustx)));
    STACKS_RETURN_IF_ERROR(st.BindBlob(10, block.header));
    STACKS_RETURN_IF_ERROR(st.Run());
  }
  {
    STACKS_TRY(util::Bytes body, EncodeBody(block.transactions));
    STACKS_TRY(sqlite::Statement st, m_db->Prepare("INSERT INTO block_bodies (block_id, body) VALUES (?1, ?2)"));
    STACKS_RETURN_IF_ERROR(st.BindBlob(1, block.block_id));
    STACKS_RETURN_IF_ERROR(st.BindBlob(2, body));
    STACKS_RETURN_IF_ERROR(st.Run());
  }
  STACKS_TRY(sqlite::Statement receipt_st,
             m_db->Prepare("INSERT INTO receipts (block_id, tx_index, txid, result, fee_ustx, "
                           "coinbase_ustx) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
  STACKS_TRY(sqlite::Statement event_st,
             m_db->Prepare("INSERT INTO stx_transfer_events (block_id, tx_index, event_index, "
                           "sender, recipient, amount_ustx, memo) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
  for (size_t i = 0; i < applied.receipts.size(); ++i) {
    const TransactionReceipt& receipt = applied.receipts[i];
    receipt_st.Reset();
    STACKS_RETURN_IF_ERROR(receipt_st.BindBlob(1, block.block_id));
    STACKS_RETURN_IF_ERROR(receipt_st.BindInt64(2, static_cast<int64_t>(i)));
    STACKS_RETURN_IF_ERROR(receipt_st.BindBlob(3, receipt.txid));
    STACKS_RETURN_IF_ERROR(receipt_st.BindBlob(4, clarity::SerializeValue(receipt.result)));
    STACKS_RETURN_IF_ERROR(receipt_st.BindInt64(5, static_cast<int64_t>(receipt.fee_ustx)));
    STACKS_RETURN_IF_ERROR(receipt_st.BindBlob(6, U128Bytes(receipt.coinbase_ustx)));
    STACKS_RETURN_IF_ERROR(receipt_st.Run());
    for (size_t e = 0; e < receipt.events.size(); ++e) {
      const StxTransferEvent& event = receipt.events[e];
      event_st.Reset();
      STACKS_RETURN_IF_ERROR(event_st.BindBlob(1, block.block_id));
      STACKS_RETURN_IF_ERROR(event_st.BindInt64(2, static_cast<int64_t>(i)));
      STACKS_RETURN_IF_ERROR(event_st.BindInt64(3, static_cast<int64_t>(e)));
      STACKS_RETURN_IF_ERROR(event_st.BindText(4, codec::PrincipalToString(event.sender)));
      STACKS_RETURN_IF_ERROR(event_st.BindText(5, codec::PrincipalToString(event.recipient)));
      STACKS_RETURN_IF_ERROR(event_st.BindBlob(6, U128Bytes(event.amount_ustx)));
      STACKS_RETURN_IF_ERROR(event_st.BindBlob(7, event.memo));
      STACKS_RETURN_IF_ERROR(event_st.Run());
    }
  }
  return applied;
}

util::Result<std::optional<MaturedMinerReward>> ChainstateDb::ReadScheduledReward(uint64_t coinbase_height) {
  STACKS_TRY(sqlite::Statement st, m_db->Prepare("SELECT tenure_consensus_hash, block_id, recipient, miner_address, "
                                                 "coinbase_ustx, parent_fees_ustx FROM miner_rewards "
                                                 "WHERE coinbase_height = ?1"));
  STACKS_RETURN_IF_ERROR(st.BindInt64(1, static_cast<int64_t>(coinbase_height)));
  STACKS_TRY(bool row, st.Step());
  if (!row) return std::optional<MaturedMinerReward>();
  MaturedMinerReward reward;
  reward.coinbase_height = coinbase_height;
  STACKS_TRY(reward.tenure_consensus_hash, FixedFromBytes<20>(st.ColumnBlob(0), "reward tenure"));
  STACKS_TRY(reward.block_id, FixedFromBytes<32>(st.ColumnBlob(1), "reward block id"));
  auto recipient = codec::ParsePrincipal(st.ColumnText(2));
  if (!recipient) return util::Corruption("stored reward recipient: " + recipient.error().message);
  reward.recipient = std::move(recipient).value();
  auto miner = codec::ParsePrincipal(st.ColumnText(3));
  if (!miner) return util::Corruption("stored reward miner: " + miner.error().message);
  reward.miner = std::move(miner).value();
  STACKS_TRY(reward.coinbase_ustx, U128FromBytes(st.ColumnBlob(4), "reward coinbase"));
  STACKS_TRY(reward.parent_fees_ustx, U128FromBytes(st.ColumnBlob(5), "reward fees"));
  return std::optional<MaturedMinerReward>(std::move(reward));
}

util::Result<AppliedBlock> ChainstateDb::ProposeBlock(const BlockToApply& block) {
  if (!IsInitialized()) return util::FailedPrecondition("chainstate genesis is not initialized");
  util::Result<AppliedBlock> applied = [&]() -> util::Result<AppliedBlock> {
    STACKS_TRY(sqlite::WriteTransaction txn, sqlite::WriteTransaction::Begin(*m_db));
    return ApplyBlockInTransaction(block);
    // txn rolls back here, whatever happened.
  }();
  STACKS_RETURN_IF_ERROR(m_index->Abandon());
  return applied;
}

util::Result<StoredTenure> ChainstateDb::GetTenure(const chain::ConsensusHash& tenure_consensus_hash) {
  STACKS_TRY(sqlite::Statement st,
             m_db->Prepare("SELECT burn_block_height, first_block_id, last_block_id, block_count, "
                           "coinbase_txid FROM tenures WHERE tenure_consensus_hash = ?1"));
  STACKS_RETURN_IF_ERROR(st.BindBlob(1, tenure_consensus_hash));
  STACKS_TRY(bool row, st.Step());
  if (!row) return util::NotFound("no tenure " + util::ToHex(tenure_consensus_hash));
  StoredTenure tenure;
  tenure.tenure_consensus_hash = tenure_consensus_hash;
  tenure.burn_block_height = static_cast<uint64_t>(st.ColumnInt64(0));
  STACKS_TRY(tenure.first_block_id, FixedFromBytes<32>(st.ColumnBlob(1), "tenure first block id"));
  STACKS_TRY(tenure.last_block_id, FixedFromBytes<32>(st.ColumnBlob(2), "tenure last block id"));
  tenure.block_count = static_cast<uint64_t>(st.ColumnInt64(3));
  if (!st.ColumnIsNull(4)) {
    STACKS_TRY(chain::Txid txid, FixedFromBytes<32>(st.ColumnBlob(4), "tenure coinbase txid"));
    tenure.coinbase_txid = txid;
  }
  return tenure;
}

util::Result<uint64_t> ChainstateDb::CoinbaseHeight() {
  STACKS_TRY(sqlite::Statement st, m_db->Prepare("SELECT COUNT(*) FROM tenures WHERE coinbase_txid IS NOT NULL"));
  STACKS_TRY(bool row, st.Step());
  if (!row) return util::Corruption("COUNT returned no row");
  return static_cast<uint64_t>(st.ColumnInt64(0));
}

util::Result<Account> ChainstateDb::GetAccount(const codec::Principal& principal) {
  return ReadAccountOf(*m_db, principal);
}

util::Result<ChainstateReader> ChainstateReader::Open(const std::string& directory) {
  sqlite::DatabaseOptions options;
  options.create_if_missing = false;
  STACKS_TRY(sqlite::Database db,
             sqlite::Database::Open((std::filesystem::path(directory) / CHAINSTATE_DB_FILE_NAME).string(), options));
  return ChainstateReader(std::move(db));
}

util::Result<Account> ChainstateReader::GetAccount(const codec::Principal& principal) {
  return ReadAccountOf(m_db, principal);
}

util::Result<StoredBlock> ChainstateDb::GetBlockById(const chain::StacksBlockId& block_id) {
  STACKS_TRY(sqlite::Statement st, m_db->Prepare(std::string(SELECT_BLOCK) + "WHERE block_id = ?1"));
  STACKS_RETURN_IF_ERROR(st.BindBlob(1, block_id));
  STACKS_TRY(bool row, st.Step());
  if (!row) return util::NotFound("no block " + util::ToHex(block_id));
  return ReadBlock(*m_db, st);
}

util::Result<StoredBlock> ChainstateDb::GetBlockByHeight(uint64_t stacks_block_height) {
  STACKS_TRY(sqlite::Statement st, m_db->Prepare(std::string(SELECT_BLOCK) + "WHERE stacks_block_height = ?1"));
  STACKS_RETURN_IF_ERROR(st.BindInt64(1, static_cast<int64_t>(stacks_block_height)));
  STACKS_TRY(bool row, st.Step());
  if (!row) return util::NotFound("no block at height " + std::to_string(stacks_block_height));
  return ReadBlock(*m_db, st);
}

util::Result<ChainTip> ChainstateDb::GetTip() {
  if (!IsInitialized()) return util::FailedPrecondition("chainstate genesis is not initialized");
  STACKS_TRY(sqlite::Statement st, m_db->Prepare("SELECT block_id, stacks_block_height, state_root FROM block_headers "
                                                 "ORDER BY stacks_block_height DESC LIMIT 1"));
  STACKS_TRY(bool row, st.Step());
  ChainTip tip;
  if (!row) {
    tip.block_id = BOOT_BLOCK_ID;
    STACKS_TRY(tip.state_root, m_index->RootOf(BOOT_BLOCK_ID));
    return tip;
  }
  STACKS_TRY(tip.block_id, FixedFromBytes<32>(st.ColumnBlob(0), "tip block id"));
  tip.stacks_block_height = static_cast<uint64_t>(st.ColumnInt64(1));
  STACKS_TRY(tip.state_root, FixedFromBytes<32>(st.ColumnBlob(2), "tip state root"));
  return tip;
}

util::Result<int64_t> ChainstateDb::SchemaVersion() { return sqlite::ReadSchemaVersion(*m_db); }

util::Status ChainstateDb::CheckIntegrity() {
  STACKS_RETURN_IF_ERROR(m_db->CheckIntegrity());
  if (!IsInitialized()) return {};
  STACKS_TRY(ChainTip tip, GetTip());
  STACKS_TRY(StateRoot index_tip_root, m_index->RootOf(tip.block_id));
  if (index_tip_root != tip.state_root) return util::Corruption("tip's state root differs from the index's");
  STACKS_TRY(StateRoot recomputed, m_index->ComputeRoot());
  if (recomputed != tip.state_root) return util::Corruption("state index leaves do not hash to the tip's root");
  STACKS_TRY(sqlite::Statement st,
             m_db->Prepare("SELECT principal, " + std::string(SELECT_ACCOUNT_COLUMNS) + " FROM accounts"));
  int64_t account_rows = 0;
  while (true) {
    STACKS_TRY(bool row, st.Step());
    if (!row) break;
    ++account_rows;
    const std::string principal = st.ColumnText(0);
    STACKS_TRY(Account account, ReadAccount(st, 1));
    STACKS_TRY(std::optional<util::Bytes> indexed, m_index->Get(util::AsBytes("stx-account/" + principal)));
    if (!indexed) return util::Corruption("account " + principal + " is missing from the state index");
    STACKS_TRY(Account indexed_account, DecodeAccount(*indexed));
    if (indexed_account != account) return util::Corruption("account " + principal + " differs from the index");
  }
  STACKS_TRY(sqlite::Statement count, m_db->Prepare("SELECT COUNT(*) FROM index_leaves WHERE substr(key, 1, 12) = "
                                                    "CAST('stx-account/' AS BLOB)"));
  STACKS_TRY(bool row, count.Step());
  if (!row || count.ColumnInt64(0) != account_rows) {
    return util::Corruption("the state index holds accounts the accounts table lacks");
  }
  return {};
}

}  // namespace stacks::chainstate
