// The `[[burnchain.epochs]]` schedule: which Stacks epoch starts at which burn block height, and the checks
// stacks-core applies to a configured schedule before it will start (Config::make_epochs, apply_test_settings and
// StacksEpoch::validate_nakamoto_transition_schedule in stackslib).
//
// Example (the mocknet schedule of config/mocknet.h):
//   [[burnchain.epochs]]
//   epoch_name = "1.0"
//   start_height = 0
//   ...
//   [[burnchain.epochs]]
//   epoch_name = "3.0"
//   start_height = 12
//
// Pure and thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "util/result.h"

namespace stacks::config {

/// The epoch names a schedule may use, in chain order (stacks-core's EPOCH_CONFIG_* and StacksEpochId::ALL).
inline constexpr std::array<std::string_view, 15> EPOCH_NAMES = {
    "1.0", "2.0", "2.05", "2.1", "2.2", "2.3", "2.4", "2.5", "3.0", "3.1", "3.2", "3.3", "3.4", "4.0", "4.1"};

/// Nakamoto rules need a prepare phase of at least this many burn blocks.
inline constexpr uint32_t NAKAMOTO_MIN_PREPARE_LENGTH = 3;

/// One `[[burnchain.epochs]]` entry: the epoch starts at burn block height `start_height` and ends where the next
/// configured epoch starts (the last one never ends).
struct EpochStart {
  std::string epoch_name;  ///< One of EPOCH_NAMES.
  uint64_t start_height = 0;
  bool operator==(const EpochStart&) const = default;
};

/// The position of `name` in EPOCH_NAMES, or nullopt for an unknown name.
std::optional<size_t> EpochIndex(std::string_view name);

/// What a schedule is checked against.
struct EpochScheduleContext {
  bool mainnet = false;                      ///< Epochs cannot be configured on mainnet.
  uint64_t first_burn_block_height = 0;      ///< Height of the first burn block the chain reads.
  uint32_t pox_reward_cycle_length = 5;      ///< Burn blocks per reward cycle (> 0).
  uint32_t pox_prepare_length = 3;           ///< Burn blocks in a prepare phase (< pox_reward_cycle_length).
  std::optional<uint32_t> pox_2_activation;  ///< burnchain.pox_2_activation, when set.
};

/// Checks a configured schedule the way stacks-core does before it starts. The entries may be listed in any order.
/// Errors (kInvalidArgument, the message naming the rule):
///   - configured on mainnet; empty; an unknown epoch name; a name given twice; a prepare length not below the
///     reward cycle length;
///   - start heights that do not increase (or stay equal) in epoch order;
///   - a skipped epoch: the names must be EPOCH_NAMES[0..n), so "1.0" and every epoch up to the last one;
///   - "1.0" not starting at 0; "2.0" not starting at the first burn block height;
///   - pox_2_activation set without "2.1", or below its start height;
///   - with any epoch from "3.0" on: a prepare length below NAKAMOTO_MIN_PREPARE_LENGTH; "3.0" starting in a
///     prepare phase, before reward cycle 2, or at offset 0 or 1 of a reward cycle; "2.5" starting in the same
///     reward cycle as "3.0", or not before the prepare phase of the reward cycle before "3.0".
util::Status ValidateEpochSchedule(std::span<const EpochStart> epochs, const EpochScheduleContext& context);

}  // namespace stacks::config
