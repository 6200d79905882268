#include "sortition/atc.h"

#include <algorithm>
#include <cassert>

namespace stacks::sortition {

namespace {

/// u64::MAX.u64::MAX, the largest AtcRational that is not "overflowed".
constexpr AtcRational ATC_MAX = ~static_cast<AtcRational>(0);

/// (a * b) >> 64, or nullopt above ATC_MAX. Both factors stay at most 2^64 here except through AtcFraction inputs,
/// so the product is formed on 64-bit halves.
std::optional<AtcRational> AtcMul(AtcRational a, AtcRational b) {
  const auto a_hi = static_cast<uint64_t>(a >> 64), a_lo = static_cast<uint64_t>(a);
  const auto b_hi = static_cast<uint64_t>(b >> 64), b_lo = static_cast<uint64_t>(b);
  // a*b = hh*2^128 + (hl + lh)*2^64 + ll; shifted right by 64: hh*2^64 + hl + lh + (ll >> 64).
  const unsigned __int128 hh = static_cast<unsigned __int128>(a_hi) * b_hi;
  const unsigned __int128 hl = static_cast<unsigned __int128>(a_hi) * b_lo;
  const unsigned __int128 lh = static_cast<unsigned __int128>(a_lo) * b_hi;
  const unsigned __int128 ll = static_cast<unsigned __int128>(a_lo) * b_lo;
  if (hh >> 64 != 0) return std::nullopt;
  AtcRational sum = hh << 64;
  for (const unsigned __int128 part : {hl, lh, ll >> 64}) {
    if (sum > ATC_MAX - part) return std::nullopt;
    sum += part;
  }
  return sum;
}

}  // namespace

AtcRational AtcFraction(uint64_t num, uint64_t den) {
  assert(den > 0);
  return (static_cast<AtcRational>(num) << 64) / den;
}

CommitCarryover MinerCommitCarryover(std::optional<uint64_t> block_burn_total,
                                     std::optional<uint64_t> windowed_median_burns) {
  if (!block_burn_total || !windowed_median_burns) return {0, false};
  if (*windowed_median_burns == 0) return {0, true};
  if (*block_burn_total >= *windowed_median_burns) return {ATC_ONE, false};
  return {AtcFraction(*block_burn_total, *windowed_median_burns), true};
}

AtcRational NullMinerLogistic(AtcRational atc) {
  const AtcRational clamped = std::min(atc, ATC_ONE);
  constexpr uint64_t index_max = ATC_LOOKUP_SIZE - 1;
  uint64_t index = index_max;
  if (const auto scaled = AtcMul(clamped, AtcFraction(ATC_LOOKUP_SIZE, 1))) {
    index = std::min(static_cast<uint64_t>(*scaled >> 64), index_max);
  }
  return ATC_LOOKUP[index];
}

AtcRational NullMinerProbability(AtcRational atc) {
  const AtcRational adv = NullMinerLogistic(atc);
  if (atc > ATC_ONE) return 0;
  const AtcRational one_minus_atc = ATC_ONE - atc;
  const auto product = AtcMul(atc, adv);
  if (!product || one_minus_atc > ATC_MAX - *product) return ATC_ONE;
  return std::min(one_minus_atc + *product, ATC_ONE);
}

Uint256 NullMinerRangeEnd(AtcRational probability) {
  Uint256 end;
  end.limbs[3] = probability >= ATC_ONE ? ~0ULL : static_cast<uint64_t>(probability);
  return end;
}

bool NullMinerWins(const Uint256& sortition_index, AtcRational atc) {
  // Two ranges: the null miner's [0, end) and the winner's [end, 2^256 - 1).
  return sortition_index < NullMinerRangeEnd(NullMinerProbability(atc));
}

}  // namespace stacks::sortition
