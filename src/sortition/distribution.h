// The burn distribution of a sortition (stackslib/src/chainstate/burn/distribution.rs, make_min_median_distribution;
// stackslib/src/burnchains/burnchain.rs, BurnchainStateTransition) and sampling a winner from it
// (stackslib/src/chainstate/burn/sortition.rs, sample_burn_distribution).
//
// A miner's commits form a chain through their Bitcoin inputs: each commit's input 0 spends the change output of the
// same miner's commit in the previous burn block (output 2 after a single-output commit, 3 after a two-output one;
// burnchain::ExpectedChainedUtxo). Over the mining commitment window (6 blocks in a reward phase, 1 in a prepare
// phase) each current commit is linked back as far as the chain goes; a missing link counts as a burn of 1. A commit
// that missed its target block (wrong burn parent modulus) still links. The commit's effective burn is
// min(median of the window's burns, its own burn), and its frequency the number of links present.
//
// Pure and thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "burnchain/leader_block_commit.h"
#include "sortition/consensus_hash.h"
#include "sortition/uint256.h"
#include "util/result.h"

namespace stacks::sortition {

/// MINING_COMMITMENT_WINDOW (stacks-common/src/types/mod.rs): burn blocks a commit's history is scored over.
inline constexpr size_t MINING_COMMITMENT_WINDOW = 6;
/// MINING_COMMITMENT_FREQUENCY_NAKAMOTO: from epoch 3.0 a winner must have at least min(3, window) links.
inline constexpr uint8_t MINING_COMMITMENT_FREQUENCY_NAKAMOTO = 3;

/// A commit that landed in a later block than its modulus named; it links chains but never wins.
struct MissedBlockCommit {
  burnchain::Txid txid{};
  burnchain::OutPoint input;          ///< Input 0's outpoint.
  uint64_t intended_burn_height = 0;  ///< The burn block it was meant for.
  bool operator==(const MissedBlockCommit&) const = default;
};

/// One block of the window, oldest first.
struct WindowBlock {
  std::vector<burnchain::LeaderBlockCommitOp> commits;  ///< Accepted commits of the block, in vtxindex order.
  std::vector<MissedBlockCommit> missed;  ///< Commits meant for this block that landed later. Empty for the last.
  bool expects_single_commit = false;     ///< The block is burn-only (prepare phase): commits have one output.
};

struct BurnSamplePoint {
  uint64_t burns = 0;        ///< min(median_burn, the candidate's burn_fee).
  uint64_t median_burn = 0;  ///< The median over the window, missing links counted as 1.
  uint8_t frequency = 0;     ///< Links present in the window, the candidate included.
  Uint256 range_start;       ///< The candidate wins if range_start <= index < range_end.
  Uint256 range_end;
  burnchain::LeaderBlockCommitOp candidate;
};

/// The distribution over the commits of the window's last block, in their order, with ranges filled in.
/// `window` runs oldest first and must be non-empty (REQUIRES); an empty last block gives an empty distribution.
/// Errors: kResourceExhausted if the effective burns sum past 2^64 - 1 (the reference would abort; callers skip the
/// sortition first when the block's burn fees overflow, which bounds this sum).
util::Result<std::vector<BurnSamplePoint>> MakeMinMedianDistribution(std::span<const WindowBlock> window);

/// Fills each point's range: one point takes [0, 2^256 - 1]; otherwise point k ends at
/// floor((2^256 - 1) * (burns_0 + ... + burns_k) / total) and the next starts there.
/// Errors: kResourceExhausted if the burns sum past 2^64 - 1; kFailedPrecondition if they sum to 0 with more than
/// one point.
util::Status MakeSortitionRanges(std::vector<BurnSamplePoint>& points);

/// The sortition index: SHA256(sortition_hash_next || last_winner_vrf_seed) read as a little-endian 256-bit number.
Uint256 SortitionIndex(const SortitionHash& sortition_hash_next, const VrfSeed& last_winner_vrf_seed);

/// The index of the winning point: none for an empty distribution, 0 for a single point, else the point whose range
/// holds `index` (the last point also takes index 2^256 - 1, where the reference aborts).
std::optional<size_t> SampleBurnDistribution(std::span<const BurnSamplePoint> points, const Uint256& index);

/// Sum of the burn fees of `commits`, or nullopt on overflow (BurnchainStateTransition::total_burns).
std::optional<uint64_t> TotalBurnFees(std::span<const burnchain::LeaderBlockCommitOp> commits);

/// Median over the window of each block's total burn fee (average of the middle two, rounded down, for an even
/// count; 0 for an empty window), or nullopt on overflow (windowed_median_burns).
std::optional<uint64_t> WindowedMedianBurns(std::span<const WindowBlock> window);

}  // namespace stacks::sortition
