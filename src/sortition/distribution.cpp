#include "sortition/distribution.h"

#include <algorithm>
#include <cassert>

namespace stacks::sortition {

namespace {

/// One link of a candidate's chain: what the next-older commit must have paid out, and its burn.
struct Link {
  burnchain::OutPoint input;
  uint64_t burn = 0;
};

}  // namespace

util::Result<std::vector<BurnSamplePoint>> MakeMinMedianDistribution(std::span<const WindowBlock> window) {
  assert(!window.empty());
  const size_t window_size = window.size();
  const WindowBlock& current = window.back();

  std::vector<BurnSamplePoint> points;
  points.reserve(current.commits.size());
  // Per-block pools that links consume, so that two candidates cannot claim the same older commit.
  std::vector<std::vector<bool>> commit_taken(window_size), missed_taken(window_size);
  for (size_t h = 0; h < window_size; ++h) {
    commit_taken[h].assign(window[h].commits.size(), false);
    missed_taken[h].assign(window[h].missed.size(), false);
  }

  std::vector<std::vector<std::optional<Link>>> chains;
  for (const auto& commit : current.commits) {
    std::vector<std::optional<Link>> links(window_size);
    links[0] = Link{commit.input, commit.burn_fee};
    chains.push_back(std::move(links));
  }
  // Walk back one block at a time; every chain tries to extend from its oldest present link.
  for (size_t rel = window_size - 1; rel-- > 0;) {
    const WindowBlock& block = window[rel];
    const uint32_t expected_vout = burnchain::ExpectedChainedUtxo(block.expects_single_commit);
    for (auto& links : chains) {
      const Link* end = nullptr;
      for (size_t k = links.size(); k-- > 0;) {
        if (links[k]) {
          end = &*links[k];
          break;
        }
      }
      assert(end != nullptr);
      if (end->input.vout != expected_vout) continue;
      std::optional<Link> found;
      for (size_t i = 0; i < block.commits.size() && !found; ++i) {
        if (!commit_taken[rel][i] && block.commits[i].txid == end->input.txid) {
          commit_taken[rel][i] = true;
          found = Link{block.commits[i].input, block.commits[i].burn_fee};
        }
      }
      for (size_t i = 0; i < block.missed.size() && !found; ++i) {
        if (!missed_taken[rel][i] && block.missed[i].txid == end->input.txid) {
          missed_taken[rel][i] = true;
          found = Link{block.missed[i].input, 1};
        }
      }
      if (found) links[window_size - 1 - rel] = found;
    }
  }

  for (size_t c = 0; c < chains.size(); ++c) {
    std::vector<uint64_t> burns;
    uint8_t frequency = 0;
    for (const auto& link : chains[c]) {
      burns.push_back(link ? link->burn : 1);
      if (link) ++frequency;
    }
    const uint64_t most_recent = burns[0];
    std::sort(burns.begin(), burns.end());
    uint64_t median;
    if (window_size % 2 == 0) {
      const unsigned __int128 sum = static_cast<unsigned __int128>(burns[window_size / 2]) + burns[window_size / 2 - 1];
      median = static_cast<uint64_t>(sum / 2);
    } else {
      median = burns[window_size / 2];
    }
    BurnSamplePoint point;
    point.burns = std::min(median, most_recent);
    point.median_burn = median;
    point.frequency = frequency;
    point.candidate = current.commits[c];
    points.push_back(std::move(point));
  }
  STACKS_RETURN_IF_ERROR(MakeSortitionRanges(points));
  return points;
}

util::Status MakeSortitionRanges(std::vector<BurnSamplePoint>& points) {
  if (points.empty()) return {};
  if (points.size() == 1) {
    points[0].range_start = Uint256::Zero();
    points[0].range_end = Uint256::Max();
    return {};
  }
  uint64_t total = 0;
  for (const auto& point : points) {
    if (total > UINT64_MAX - point.burns) return util::ResourceExhausted("burn distribution total overflows u64");
    total += point.burns;
  }
  if (total == 0) return util::FailedPrecondition("burn distribution has zero total burn");
  uint64_t acc = 0;
  Uint256 last_end = Uint256::Zero();
  for (auto& point : points) {
    point.range_start = last_end;
    acc += point.burns;
    point.range_end = ScaleMaxByFraction(acc, total);
    last_end = point.range_end;
  }
  return {};
}

Uint256 SortitionIndex(const SortitionHash& sortition_hash_next, const VrfSeed& last_winner_vrf_seed) {
  return Uint256::FromLeBytes(MixVrfSeed(sortition_hash_next, last_winner_vrf_seed));
}

std::optional<size_t> SampleBurnDistribution(std::span<const BurnSamplePoint> points, const Uint256& index) {
  if (points.empty()) return std::nullopt;
  if (points.size() == 1) return 0;
  for (size_t i = 0; i < points.size(); ++i) {
    if (points[i].range_start <= index && index < points[i].range_end) return i;
  }
  return points.size() - 1;
}

std::optional<uint64_t> TotalBurnFees(std::span<const burnchain::LeaderBlockCommitOp> commits) {
  uint64_t total = 0;
  for (const auto& commit : commits) {
    if (total > UINT64_MAX - commit.burn_fee) return std::nullopt;
    total += commit.burn_fee;
  }
  return total;
}

std::optional<uint64_t> WindowedMedianBurns(std::span<const WindowBlock> window) {
  std::vector<uint64_t> totals;
  for (const auto& block : window) {
    const auto total = TotalBurnFees(block.commits);
    if (!total) return std::nullopt;
    totals.push_back(*total);
  }
  if (totals.empty()) return 0;
  std::sort(totals.begin(), totals.end());
  const size_t n = totals.size();
  if (n % 2 != 0) return totals[n / 2];
  // The reference adds the two middle values in u64 (debug builds would abort on overflow); do it without wrapping.
  const unsigned __int128 sum = static_cast<unsigned __int128>(totals[n / 2 - 1]) + totals[n / 2];
  return static_cast<uint64_t>(sum / 2);
}

}  // namespace stacks::sortition
