// SortitionDb: the sortition database, one SQLite file (schema "sortition", version 1). Per burn block it stores the
// snapshot, every leader key and block commit with its verdict (accepted, missed or rejected, and why), and keeps the
// canonical burn chain: the highest block processed (the first to arrive wins a tie), with an index by height.
//
// ProcessBurnBlock is a thin shell around the pure core (op_check.h, distribution.h, snapshot.h): it reads what the
// rules need from the fork the block extends, runs them, and writes the results in one transaction, so a crash
// leaves the block either fully processed or not at all. A block already processed is returned as stored; a block
// on another fork is processed against that fork and becomes canonical once it is higher than the tip.
//
// Not yet: reward sets (commits must burn), PoX anchor tracking (every consensus hash uses the one PoX id of the
// options), the PoX sunset and the 4.0 waterfall commit outputs.
//
// Thread safety: none; one thread owns a SortitionDb (the project's one-writer rule).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "burnchain/leader_block_commit.h"
#include "burnchain/leader_key_register.h"
#include "chain/epoch.h"
#include "sortition/op_check.h"
#include "sortition/pox_constants.h"
#include "sortition/snapshot.h"
#include "sqlite/sqlite.h"
#include "util/result.h"

namespace stacks::sortition {

struct SortitionDbOptions {
  //! Height of the first burn block (the sortition genesis; mocknet and regtest: 0).
  uint64_t first_burn_height = 0;
  //! Hash of the first burn block (mocknet: all zero).
  BurnchainHeaderHash first_burn_header_hash{};
  uint64_t first_burn_timestamp = 0;
  //! The epoch recorded for the first block.
  chain::StacksEpochId first_epoch = chain::StacksEpochId::k20;
  //! The PoX id every consensus hash commits to. Mocknet's controller passes PoxId::stubbed(), written as "";
  //! modes with reward cycles append a bit per cycle (POX_ID_INITIAL, "1", then one per cycle), not tracked yet.
  std::string pox_id;
  sqlite::DatabaseOptions database;
};

/// An operation other than a key or commit that sortition accepts as is (StackStx, TransferStx, DelegateStx,
/// VoteForAggregateKey, after the caller's own checks): it enters the ops hash only. PreStx is never an accepted op
/// and must not be passed.
struct OtherBurnOp {
  burnchain::Txid txid{};
  uint32_t vtxindex = 0;
};

/// The parsed operations of one burn block. Each op's block_height and burn_header_hash must be the block's.
struct BurnBlockOps {
  std::vector<burnchain::LeaderKeyRegisterOp> leader_keys;
  std::vector<burnchain::LeaderBlockCommitOp> block_commits;
  std::vector<OtherBurnOp> other_ops;
};

/// Coinbase amounts the chainstate's schedule supplies (see AccumulatedCoinbase).
struct CoinbaseInfo {
  Ustx parent_coinbase_ustx = 0;
  Ustx initial_mining_bonus_ustx = 0;
};

/// A stored block commit with its verdict.
struct StoredBlockCommit {
  burnchain::LeaderBlockCommitOp op;  ///< commit_outs are not stored and read back empty.
  OpCheck check;
};

/// A stored leader key with its verdict.
struct StoredLeaderKey {
  burnchain::LeaderKeyRegisterOp op;
  OpCheck check;
};

class SortitionDb {
 public:
  /// Opens or creates the database at `path`; a new one gets the first block's snapshot from `options`.
  /// Errors: kFailedPrecondition if an existing file's first block differs from options' or its schema is newer;
  /// kCorruption if it is not a sortition database; kIo from SQLite.
  static util::Result<SortitionDb> Open(const std::string& path, const SortitionDbOptions& options);

  SortitionDb(SortitionDb&&) noexcept = default;
  SortitionDb& operator=(SortitionDb&&) noexcept = default;

  /// Processes one burn block and returns its snapshot (the stored one if it was processed before, untouched).
  /// Ops that fail their checks are stored as rejected and change nothing else. `epoch` is the epoch at
  /// header.block_height; `pox` decides prepare phases.
  /// Errors: kNotFound if header's parent was never processed; kInvalidArgument if header's height is not its
  /// parent's + 1, or an op's block_height or burn_header_hash is not the block's; kIo/kCorruption from SQLite (the
  /// transaction is rolled back).
  util::Result<BlockSnapshot> ProcessBurnBlock(const BurnBlockHeader& header, const BurnBlockOps& ops,
                                               chain::StacksEpochId epoch, const PoxConstants& pox,
                                               const CoinbaseInfo& coinbase = {});

  /// The canonical tip's snapshot. Errors: kIo/kCorruption.
  util::Result<BlockSnapshot> CanonicalTip();
  /// The canonical chain's snapshot at `burn_height`. Errors: kNotFound above the tip or below the first block.
  util::Result<BlockSnapshot> SnapshotAtHeight(uint64_t burn_height);
  /// The snapshot with this consensus hash, on any fork. Errors: kNotFound.
  util::Result<BlockSnapshot> SnapshotByConsensusHash(const ConsensusHash& consensus_hash);
  /// The snapshot of this burn block, on any fork. Errors: kNotFound.
  util::Result<BlockSnapshot> SnapshotByBurnHeaderHash(const BurnchainHeaderHash& burn_header_hash);
  /// The commit that won `snapshot`, or nullopt if it had no sortition. Errors: kCorruption if the winner is missing.
  util::Result<std::optional<burnchain::LeaderBlockCommitOp>> WinningCommit(const BlockSnapshot& snapshot);
  /// The accepted leader key at (burn block height, vtxindex) on the canonical chain, or nullopt.
  util::Result<std::optional<burnchain::LeaderKeyRegisterOp>> LeaderKeyAt(uint64_t block_height, uint32_t vtxindex);
  /// The earliest accepted leader key on the canonical chain that registered `public_key`, or nullopt (a restarted
  /// miner finds the key it registered before). Errors: kIo/kCorruption.
  util::Result<std::optional<burnchain::LeaderKeyRegisterOp>> CanonicalLeaderKeyWithPublicKey(
      const crypto::VrfPublicKeyBytes& public_key);
  /// The new_seed of the last winning commit on the canonical chain, or all zero if none.
  util::Result<VrfSeed> LastWinningVrfSeed();
  /// Every commit stored for a burn block, accepted or not, by vtxindex.
  util::Result<std::vector<StoredBlockCommit>> BlockCommitsIn(const BurnchainHeaderHash& burn_header_hash);
  /// Every leader key stored for a burn block, accepted or not, by vtxindex.
  util::Result<std::vector<StoredLeaderKey>> LeaderKeysIn(const BurnchainHeaderHash& burn_header_hash);

 private:
  SortitionDb(sqlite::Database db, uint64_t first_burn_height, std::string pox_id)
      : m_db(std::move(db)), m_first_burn_height(first_burn_height), m_pox_id(std::move(pox_id)) {}

  sqlite::Database m_db;
  uint64_t m_first_burn_height = 0;
  std::string m_pox_id;
};

}  // namespace stacks::sortition
