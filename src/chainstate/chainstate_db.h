// The chainstate database: Stacks blocks (headers and bodies), tenures, STX accounts and the state index, in one
// SQLite file, `chainstate.sqlite`, in the node's chainstate directory.
//
// Example:
//   STACKS_TRY(ChainstateDb db, ChainstateDb::Open(dir, {.mainnet = false}));
//   if (!db.IsInitialized()) STACKS_RETURN_IF_ERROR(db.InitializeGenesis(balances));   // [[ustx_balance]]
//   STACKS_TRY(AppliedBlock applied, db.ApplyBlock(block));
//   STACKS_TRY(Account account, db.GetAccount(principal));
//
// Durability: every write that belongs together (the genesis state; one block with its transactions, receipts,
// tenure and state root) is one SQLite transaction, so a crash at any moment (kill -9 included) leaves either the
// state before it or the state after it. The file runs in WAL mode with synchronous=FULL by default: a block is
// processed a few times a minute, so an fsync per commit costs nothing that matters, and a block the node has
// processed (and may have announced to peers and signers) then survives power loss too. synchronous=NORMAL is
// available for tests and bulk sync, where losing the last few commits on power loss is acceptable; it never
// corrupts the file.
//
// Schema versions (schema.h): Open creates the current schema in an empty file, migrates an older one in order, one
// transaction per step (the migration list is in chainstate_db.cpp; version 1 is the first), and refuses a newer
// one.
//
// Not yet: forks (blocks must extend the tip; the state index is linear until the contracts issue), Clarity
// transactions (refused with kUnimplemented, see accounts.h), stacking locks, and block
// validation (signatures, signer set, tenure rules), which is the caller's.
//
// Thread safety: none. A ChainstateDb belongs to one thread (the node's single chainstate writer).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "chain/epoch.h"
#include "chain/hashes.h"
#include "chain/nakamoto_block.h"
#include "chain/transaction.h"
#include "chainstate/accounts.h"
#include "chainstate/state_index.h"
#include "codec/stacks_address.h"
#include "sqlite/sqlite.h"
#include "util/result.h"

namespace stacks::chainstate {

/// The schema version this build writes.
inline constexpr int64_t CHAINSTATE_SCHEMA_VERSION = 2;
/// The id under which the genesis (boot) state is sealed; the first block's parent.
inline constexpr chain::StacksBlockId BOOT_BLOCK_ID{};
/// The file inside the chainstate directory.
inline constexpr const char* CHAINSTATE_DB_FILE_NAME = "chainstate.sqlite";

/// Tenures after which a tenure's miner reward is paid (MINER_REWARD_MATURITY in stacks-common's consts).
inline constexpr uint64_t MINER_REWARD_MATURITY = 100;

/// A tenure's miner reward, as scheduled by its tenure-start block and paid MINER_REWARD_MATURITY tenures later
/// (the reference's MinerPaymentSchedule for Nakamoto: the tenure's coinbase plus the fees of its parent tenure).
struct MaturedMinerReward {
  uint64_t coinbase_height = 0;                  ///< The rewarded tenure's coinbase height.
  chain::ConsensusHash tenure_consensus_hash{};  ///< The rewarded tenure.
  chain::StacksBlockId block_id{};               ///< Its tenure-start block.
  codec::Principal recipient;                    ///< The coinbase's alt recipient, else the miner.
  codec::Principal miner;                        ///< The coinbase's origin.
  Uint128 coinbase_ustx = 0;
  Uint128 parent_fees_ustx = 0;  ///< The fees the rewarded tenure's parent tenure collected.
};

struct ChainstateOptions {
  //! Mainnet chain: selects the coinbase schedule; transactions must have the matching version.
  bool mainnet = false;
  //! The chain id transactions must carry.
  uint32_t chain_id = chain::CHAIN_ID_TESTNET;
  //! The burnchain height the coinbase schedule counts from (the burnchain's first block height).
  uint64_t first_burn_block_height = 0;
  //! Durability of commits; see the file comment.
  sqlite::Synchronous synchronous = sqlite::Synchronous::kFull;
  //! Tenures before a tenure's reward is paid (MINER_REWARD_MATURITY; the reference's test builds use 2).
  uint64_t miner_reward_maturity = MINER_REWARD_MATURITY;
};

/// One [[ustx_balance]] entry of the node's configuration.
struct GenesisBalance {
  codec::Principal principal;
  Uint128 amount_ustx = 0;
};

/// A block to apply, with what ApplyBlock needs to know of its header. The header's serialization is stored as
/// given; its codec is not this module's.
struct BlockToApply {
  chain::StacksBlockId block_id{};
  chain::StacksBlockId parent_block_id{};        ///< BOOT_BLOCK_ID for the first block.
  uint64_t stacks_block_height = 0;              ///< The parent's height + 1; the boot state is height 0.
  chain::ConsensusHash consensus_hash{};         ///< The sortition the block was mined in.
  chain::ConsensusHash tenure_consensus_hash{};  ///< The sortition that started the block's tenure.
  uint64_t burn_block_height = 0;                ///< Height of the burn block of tenure_consensus_hash.
  chain::StacksEpochId epoch = chain::StacksEpochId::k30;
  util::Bytes header;  ///< The header's serialization.
  std::vector<chain::Transaction> transactions;
  /// When set, the block is refused (kConsensusViolation "state root mismatch") unless applying it yields this root.
  std::optional<StateRoot> expected_state_root;
};

/// The BlockToApply of a Nakamoto block whose tenure was elected at `burn_block_height` in `epoch`: its id, parent,
/// chain_length as the height, the header's consensus hash as both the block's and the tenure's (all blocks of a
/// Nakamoto tenure carry their tenure's), the serialized header and the transactions. The header's
/// state_index_root is not compared with ApplyBlock's root, which is not the MARF's (state_index.h).
BlockToApply BlockToApplyFromNakamoto(const chain::NakamotoBlock& block, uint64_t burn_block_height,
                                      chain::StacksEpochId epoch);

/// What ApplyBlock did.
struct AppliedBlock {
  StateRoot state_root{};
  std::vector<TransactionReceipt> receipts;  ///< One per transaction, in block order.
  Uint128 total_fees_ustx = 0;
  /// What a tenure-start block paid: the reward of the tenure MINER_REWARD_MATURITY coinbases before it.
  std::optional<MaturedMinerReward> matured_reward;
};

/// A stored tenure: the blocks applied under one tenure consensus hash.
struct StoredTenure {
  chain::ConsensusHash tenure_consensus_hash{};
  uint64_t burn_block_height = 0;
  chain::StacksBlockId first_block_id{};
  chain::StacksBlockId last_block_id{};
  uint64_t block_count = 0;
  std::optional<chain::Txid> coinbase_txid;
};

/// A stored block.
struct StoredBlock {
  chain::StacksBlockId block_id{};
  chain::StacksBlockId parent_block_id{};
  uint64_t stacks_block_height = 0;
  chain::ConsensusHash consensus_hash{};
  chain::ConsensusHash tenure_consensus_hash{};
  uint64_t burn_block_height = 0;
  StateRoot state_root{};
  util::Bytes header;
  std::vector<chain::Transaction> transactions;
};

/// The block the next one builds on: the last applied block, or the boot state (BOOT_BLOCK_ID, height 0).
struct ChainTip {
  chain::StacksBlockId block_id{};
  uint64_t stacks_block_height = 0;
  StateRoot state_root{};
};

class ChainstateDb {
 public:
  /// Opens or creates the chainstate in `directory` (created if missing), migrating its schema.
  /// Errors: kIo if the directory or file cannot be created or opened; kCorruption if the file is not a chainstate
  /// database or holds an unreadable schema version; kFailedPrecondition if its schema is newer than this build's.
  static util::Result<ChainstateDb> Open(const std::string& directory, const ChainstateOptions& options);

  /// Whether the genesis state has been written.
  bool IsInitialized() const { return m_index->tip().has_value(); }

  /// Writes the genesis balances (summed per principal) and seals the boot state under BOOT_BLOCK_ID, in one
  /// transaction. Errors: kFailedPrecondition if already initialized; kInvalidArgument if a principal's balances
  /// sum past 2^128-1; kIo/kCorruption (nothing is written).
  util::Status InitializeGenesis(std::span<const GenesisBalance> balances);

  /// Applies `block`'s transactions in order (ApplyTransactionToAccounts), stores its header, body, receipts and
  /// tenure, and seals its state root, all in one transaction. A block with a coinbase starts a tenure: before its
  /// transactions it pays the reward of the tenure `miner_reward_maturity` coinbases earlier (its coinbase and its
  /// parent tenure's fees, to its recipient), and it schedules its own; on any error nothing is stored.
  /// Errors: kFailedPrecondition if not initialized, the block is already stored, or its parent is not the tip
  /// (forks are not handled yet); kInvalidArgument if its height is not the parent's + 1 or it has no transactions;
  /// kConsensusViolation for a transaction of another network or chain id (chain::CheckTransactionNetwork); as
  /// ApplyTransactionToAccounts (kConsensusViolation, kUnimplemented); transaction errors are prefixed "tx i (txid): ";
  /// kIo/kCorruption.
  ///
  /// `before_commit`, when given, runs once the block applied and just before the transaction commits, with what
  /// ApplyBlock will return (a node stores the block's announcement there, held until the commit; see
  /// events::EventDispatcher::HoldBlock). It may read this database. What it does elsewhere is not undone if the
  /// commit then fails.
  util::Result<AppliedBlock> ApplyBlock(const BlockToApply& block,
                                        const std::function<void(const AppliedBlock&)>& before_commit = {});

  /// Applies `block` as ApplyBlock does, with the same checks and errors, and returns what it did, then rolls
  /// everything back: nothing is stored. A miner calls it to learn the state root to put in a block's header before
  /// signing it (the reference's block builder does the same in a discarded MARF transaction). `block.block_id` may
  /// be any id not already stored; the root does not depend on it.
  util::Result<AppliedBlock> ProposeBlock(const BlockToApply& block);

  /// The tenure started by the sortition `tenure_consensus_hash`. Errors: kNotFound if no block of it is stored;
  /// kIo/kCorruption.
  util::Result<StoredTenure> GetTenure(const chain::ConsensusHash& tenure_consensus_hash);

  /// The reward scheduled by the tenure at `coinbase_height`, or nullopt if there is none. Errors: kIo/kCorruption.
  util::Result<std::optional<MaturedMinerReward>> ReadScheduledReward(uint64_t coinbase_height);

  /// Tenures with a coinbase so far (the reference's coinbase height, /v2/info tenure_height). Errors: kIo.
  util::Result<uint64_t> CoinbaseHeight();

  /// The account of `principal` at the tip; balance 0 and nonce 0 if it was never written. Errors: kIo/kCorruption.
  util::Result<Account> GetAccount(const codec::Principal& principal);

  /// Errors: kNotFound if no such block is stored; kIo/kCorruption (including a body that does not decode).
  util::Result<StoredBlock> GetBlockById(const chain::StacksBlockId& block_id);
  util::Result<StoredBlock> GetBlockByHeight(uint64_t stacks_block_height);

  /// Errors: kFailedPrecondition if not initialized; kIo/kCorruption.
  util::Result<ChainTip> GetTip();

  /// The schema version stored in the file. Errors: kIo/kCorruption.
  util::Result<int64_t> SchemaVersion();

  /// PRAGMA integrity_check, then a check that the accounts table and the state index agree.
  /// Errors: kCorruption naming the first disagreement; kIo.
  util::Status CheckIntegrity();

 private:
  ChainstateDb(std::unique_ptr<sqlite::Database> db, std::unique_ptr<SqliteStateIndex> index,
               const ChainstateOptions& options)
      : m_db(std::move(db)), m_index(std::move(index)), m_options(options) {}
  util::Result<AppliedBlock> ApplyBlockInTransaction(const BlockToApply& block);
  util::Status WriteAccount(const codec::Principal& principal, const Account& account);

  std::unique_ptr<sqlite::Database> m_db;  ///< Heap-allocated so that m_index's pointer to it survives moves.
  std::unique_ptr<SqliteStateIndex> m_index;
  ChainstateOptions m_options;
};

/// A second connection to a chainstate for threads that only read accounts (the RPC's mempool admission): it sees the
/// last committed block and, the file being in WAL mode, neither waits for the writer applying a block nor holds it
/// up. Thread safety: none; give it a mutex of its own.
class ChainstateReader {
 public:
  /// Opens the chainstate in `directory`, which ChainstateDb::Open must have created.
  /// Errors: kIo if the file is missing or cannot be opened.
  static util::Result<ChainstateReader> Open(const std::string& directory);

  /// As ChainstateDb::GetAccount, at the last committed block. Errors: kIo/kCorruption.
  util::Result<Account> GetAccount(const codec::Principal& principal);

 private:
  explicit ChainstateReader(sqlite::Database db) : m_db(std::move(db)) {}
  sqlite::Database m_db;
};

}  // namespace stacks::chainstate
