// The PoX cycle shape sortition needs (stackslib/src/burnchains/mod.rs, PoxConstants): whether a burn block is in a
// prepare phase, which shortens the commitment window to one block and makes commits burn-only.
//
// Pure and thread-safe.
#pragma once

#include <cstdint>

namespace stacks::sortition {

struct PoxConstants {
  //! Burn blocks per reward cycle (regtest, mocknet: 5; mainnet: 2100).
  uint64_t reward_cycle_length = 5;
  //! Burn blocks at the end of each cycle that form its prepare phase (regtest: 3; mainnet: 100).
  uint64_t prepare_length = 3;

  /// The regtest/mocknet shape (PoxConstants::regtest_default).
  static PoxConstants Regtest() { return {5, 3}; }
  /// The mainnet shape.
  static PoxConstants Mainnet() { return {2100, 100}; }
};

/// The Stacks 2.x prepare-phase predicate (static_is_in_prepare_phase): false at or below first_burn_height; else,
/// with i = (burn_height - first_burn_height) % reward_cycle_length, i == 0 || i > reward_cycle_length -
/// prepare_length. REQUIRES: 0 < prepare_length <= reward_cycle_length.
inline bool IsInPreparePhase(const PoxConstants& pox, uint64_t first_burn_height, uint64_t burn_height) {
  if (burn_height <= first_burn_height) return false;
  const uint64_t index = (burn_height - first_burn_height) % pox.reward_cycle_length;
  return index == 0 || index > pox.reward_cycle_length - pox.prepare_length;
}

}  // namespace stacks::sortition
