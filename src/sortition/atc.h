// Nakamoto's "null miner" (stackslib/src/chainstate/burn/atc.rs and sortition.rs): from epoch 3.0 a sortition's
// winner can lose to a null miner when the block's total commit falls short of the window's median, the
// "assumed total commit with carry-over" (ATC).
//
// ATC values are fixed point with 64 integer and 64 fractional bits (the reference's AtcRational, which keeps the
// same bits in a Uint256). Pure and thread-safe.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>

#include "sortition/uint256.h"

namespace stacks::sortition {

/// 64.64 fixed point: the value is atc / 2^64.
using AtcRational = unsigned __int128;

inline constexpr AtcRational ATC_ONE = static_cast<AtcRational>(1) << 64;
inline constexpr size_t ATC_LOOKUP_SIZE = 1024;
/// The null-miner advantage logistic at i / 1024 for i in [0, 1024), as fractions of 2^64 (atc_table.cpp).
extern const std::array<uint64_t, ATC_LOOKUP_SIZE> ATC_LOOKUP;

/// num / den in 64.64 fixed point, rounded down (AtcRational::frac). REQUIRES: den > 0.
AtcRational AtcFraction(uint64_t num, uint64_t den);

/// The ATC of a block and whether the null miner takes part (get_miner_commit_carryover):
///   either total unknown (overflow)   -> (0, false)
///   windowed_median_burns == 0        -> (0, true)
///   block_burn_total >= median        -> (1, false)
///   otherwise                         -> (block_burn_total / median, true)
struct CommitCarryover {
  AtcRational atc = 0;
  bool null_miner_active = false;
  bool operator==(const CommitCarryover&) const = default;
};
CommitCarryover MinerCommitCarryover(std::optional<uint64_t> block_burn_total,
                                     std::optional<uint64_t> windowed_median_burns);

/// The advantage logistic: ATC_LOOKUP[min(floor(min(atc, 1) * 1024), 1023)] as a 64.64 value.
AtcRational NullMinerLogistic(AtcRational atc);

/// The null miner's chance to win: min(1, (1 - atc) + atc * adv(atc)), or 0 if atc > 1.
AtcRational NullMinerProbability(AtcRational atc);

/// The null miner's range end in the sortition space: probability << 192, with 1 mapped to (2^64 - 1) << 192.
Uint256 NullMinerRangeEnd(AtcRational probability);

/// True if the null miner beats the winner: the sortition index (see distribution.h's SortitionIndex) falls below
/// NullMinerRangeEnd(NullMinerProbability(atc)).
bool NullMinerWins(const Uint256& sortition_index, AtcRational atc);

}  // namespace stacks::sortition
