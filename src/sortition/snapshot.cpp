#include "sortition/snapshot.h"

#include <algorithm>

#include "sortition/atc.h"

namespace stacks::sortition {

BlockSnapshot InitialSnapshot(uint64_t first_burn_height, const BurnchainHeaderHash& first_burn_header_hash,
                              uint64_t first_timestamp, chain::StacksEpochId epoch) {
  BlockSnapshot snapshot;
  snapshot.block_height = first_burn_height;
  snapshot.burn_header_hash = first_burn_header_hash;
  snapshot.burn_header_timestamp = first_timestamp;
  snapshot.parent_burn_header_hash.fill(0xff);
  snapshot.sortition = true;
  snapshot.epoch = epoch;
  return snapshot;
}

Ustx AccumulatedCoinbase(const BlockSnapshot& parent, Ustx parent_coinbase_ustx, Ustx initial_mining_bonus_ustx) {
  if (parent.total_burn == 0) return 0;
  if (parent.sortition) return initial_mining_bonus_ustx;
  constexpr Ustx max = ~static_cast<Ustx>(0);
  Ustx sum = parent.accumulated_coinbase_ustx;
  sum = sum > max - parent_coinbase_ustx ? max : sum + parent_coinbase_ustx;
  sum = sum > max - initial_mining_bonus_ustx ? max : sum + initial_mining_bonus_ustx;
  return sum;
}

util::Result<SnapshotOutcome> MakeSnapshot(const BlockSnapshot& parent, const SnapshotInputs& in) {
  const BurnBlockHeader& header = in.header;
  if (header.block_height != parent.block_height + 1) {
    return util::InvalidArgument("burn block height " + std::to_string(header.block_height) +
                                 " does not follow parent height " + std::to_string(parent.block_height));
  }
  if (header.parent_block_hash != parent.burn_header_hash) {
    return util::InvalidArgument("burn block's parent hash is not the parent snapshot's");
  }
  if (in.window.empty()) return util::InvalidArgument("empty commitment window");

  SnapshotOutcome out;
  BlockSnapshot& sn = out.snapshot;
  sn.block_height = header.block_height;
  sn.burn_header_timestamp = header.timestamp;
  sn.burn_header_hash = header.block_hash;
  sn.parent_burn_header_hash = header.parent_block_hash;
  sn.epoch = in.epoch;
  sn.num_sortitions = parent.num_sortitions;
  sn.accumulated_coinbase_ustx = AccumulatedCoinbase(parent, in.parent_coinbase_ustx, in.initial_mining_bonus_ustx);
  sn.ops_hash = ComputeOpsHash(in.accepted_txids);

  const SortitionHash next_sortition_hash = MixBurnHeader(parent.sortition_hash, header.block_hash);
  auto no_sortition = [&](std::string reason) -> util::Result<SnapshotOutcome> {
    sn.total_burn = parent.total_burn;
    sn.sortition = false;
    sn.sortition_hash = next_sortition_hash;
    sn.consensus_hash =
        ComputeConsensusHash(header.block_hash, sn.ops_hash, sn.total_burn, in.pox_id, in.ancestor_consensus_hashes);
    out.winner_index.reset();
    out.no_winner_reason = std::move(reason);
    return std::move(out);
  };

  const auto& commits = in.window.back().commits;
  if (commits.empty()) return no_sortition("no-commits");
  const auto block_burn_total = TotalBurnFees(commits);
  if (!block_burn_total) return no_sortition("burn-overflow");
  if (*block_burn_total == 0) return no_sortition("no-burns");
  if (parent.total_burn > UINT64_MAX - *block_burn_total) return no_sortition("burn-overflow");
  const uint64_t next_burn_total = parent.total_burn + *block_burn_total;

  STACKS_TRY(out.distribution, MakeMinMedianDistribution(in.window));
  const Uint256 index = SortitionIndex(next_sortition_hash, in.last_winner_vrf_seed);
  const auto winner = SampleBurnDistribution(out.distribution, index);
  if (!winner) return no_sortition("no-commits");
  const BurnSamplePoint& point = out.distribution[*winner];

  if (in.epoch >= chain::StacksEpochId::k30) {
    const size_t required = std::min<size_t>(MINING_COMMITMENT_FREQUENCY_NAKAMOTO, in.window.size());
    if (point.frequency < required) return no_sortition("miner-inactive");
    const CommitCarryover carryover = MinerCommitCarryover(block_burn_total, WindowedMedianBurns(in.window));
    if (carryover.null_miner_active && NullMinerWins(index, carryover.atc)) return no_sortition("null-miner");
  }

  sn.total_burn = next_burn_total;
  sn.sortition = true;
  sn.sortition_hash = MixVrfSeed(next_sortition_hash, point.candidate.new_seed);
  sn.winning_block_txid = point.candidate.txid;
  sn.winning_stacks_block_hash = point.candidate.block_header_hash;
  sn.winning_vrf_seed = point.candidate.new_seed;
  sn.num_sortitions = parent.num_sortitions + 1;
  sn.consensus_hash =
      ComputeConsensusHash(header.block_hash, sn.ops_hash, sn.total_burn, in.pox_id, in.ancestor_consensus_hashes);
  out.winner_index = winner;
  return out;
}

}  // namespace stacks::sortition
