// A burn block's sortition snapshot and the pure step that makes one from its parent
// (stackslib/src/chainstate/burn/sortition.rs, BlockSnapshot::make_snapshot_in_epoch).
//
// Per burn block: sortition_hash_next = MixBurnHeader(parent.sortition_hash, burn_header_hash); the burn
// distribution over the commitment window; the winner at SortitionIndex(sortition_hash_next, last winner's VRF
// seed); from epoch 3.0 the frequency rule and the null miner; on a win sortition_hash = MixVrfSeed(next, winner
// new_seed) and total_burn grows by the block's commit burn fees; the ops hash and the consensus hash. Without a win
// (no commits, zero or overflowing burns, a rejected winner) total_burn stays the parent's.
//
// Pure and thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "chain/epoch.h"
#include "sortition/consensus_hash.h"
#include "sortition/distribution.h"
#include "util/result.h"

namespace stacks::sortition {

using Ustx = unsigned __int128;

/// What sortition needs of a burn block header.
struct BurnBlockHeader {
  uint64_t block_height = 0;
  BurnchainHeaderHash block_hash{};
  BurnchainHeaderHash parent_block_hash{};
  uint64_t timestamp = 0;  ///< Seconds since the Unix epoch.
};

struct BlockSnapshot {
  uint64_t block_height = 0;  ///< Height of this burn block.
  uint64_t burn_header_timestamp = 0;
  BurnchainHeaderHash burn_header_hash{};
  BurnchainHeaderHash parent_burn_header_hash{};
  ConsensusHash consensus_hash{};
  OpsHash ops_hash{};
  uint64_t total_burn = 0;  ///< Satoshis burned by winning blocks' commits on this fork since the first block.
  bool sortition = false;   ///< A winner was chosen.
  SortitionHash sortition_hash{};
  burnchain::Txid winning_block_txid{};                    ///< All zero without a winner.
  burnchain::BlockHeaderHash winning_stacks_block_hash{};  ///< All zero without a winner.
  VrfSeed winning_vrf_seed{};  ///< The winning commit's new_seed; all zero without a winner.
  uint64_t num_sortitions = 0;
  Ustx accumulated_coinbase_ustx = 0;                      ///< Unclaimed coinbase the next winner receives.
  chain::StacksEpochId epoch = chain::StacksEpochId::k20;  ///< The epoch this block was processed in.

  bool operator==(const BlockSnapshot&) const = default;
};

/// The first block's snapshot (BlockSnapshot::initial): sortition true, all hashes zero, parent all 0xff.
BlockSnapshot InitialSnapshot(uint64_t first_burn_height, const BurnchainHeaderHash& first_burn_header_hash,
                              uint64_t first_timestamp, chain::StacksEpochId epoch);

/// The coinbase carried into a block: 0 while the parent's total_burn is 0; the bonus after a parent with a
/// sortition; else parent's + parent_coinbase_ustx + bonus (saturating). `parent_coinbase_ustx` is the coinbase the
/// schedule pays at the parent's height (get_coinbase_reward), which the caller supplies.
Ustx AccumulatedCoinbase(const BlockSnapshot& parent, Ustx parent_coinbase_ustx, Ustx initial_mining_bonus_ustx);

/// Everything the step needs besides the parent.
struct SnapshotInputs {
  BurnBlockHeader header;
  chain::StacksEpochId epoch = chain::StacksEpochId::k20;
  uint64_t first_burn_height = 0;
  std::vector<WindowBlock> window;              ///< Oldest first; the last holds this block's valid commits. Non-empty.
  std::vector<crypto::Hash256> accepted_txids;  ///< Every accepted op of the block, by vtxindex.
  std::vector<ConsensusHash> ancestor_consensus_hashes;  ///< At ConsensusHashAncestorHeights(parent height).
  std::string pox_id{POX_ID_INITIAL};
  VrfSeed last_winner_vrf_seed{};  ///< Of the fork's last sortition; zero if only the first block had one.
  Ustx parent_coinbase_ustx = 0;
  Ustx initial_mining_bonus_ustx = 0;
};

struct SnapshotOutcome {
  BlockSnapshot snapshot;
  std::vector<BurnSamplePoint> distribution;  ///< Empty when no commits or the burns overflowed.
  std::optional<size_t> winner_index;         ///< Into distribution; set only when the winner stood.
  std::string no_winner_reason;  ///< "no-commits", "no-burns", "burn-overflow", "miner-inactive", "null-miner".
};

/// The next snapshot. Errors: kInvalidArgument if header's height is not parent's + 1, its parent hash is not
/// parent's hash, or the window is empty.
util::Result<SnapshotOutcome> MakeSnapshot(const BlockSnapshot& parent, const SnapshotInputs& inputs);

}  // namespace stacks::sortition
