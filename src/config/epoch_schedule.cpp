#include "config/epoch_schedule.h"

#include <algorithm>
#include <string>
#include <vector>

namespace stacks::config {
namespace {

constexpr size_t EPOCH_1_0 = 0;
constexpr size_t EPOCH_2_0 = 1;
constexpr size_t EPOCH_2_1 = 3;
constexpr size_t EPOCH_2_5 = 7;
constexpr size_t EPOCH_3_0 = 8;

struct IndexedEpoch {
  size_t index;
  uint64_t start_height;
};

std::string Name(size_t index) { return std::string(EPOCH_NAMES[index]); }

// PoxConstants::static_is_in_prepare_phase: the last prepare_length blocks of a cycle, counting the cycle's block 0.
bool IsInPreparePhase(const EpochScheduleContext& c, uint64_t height) {
  if (height <= c.first_burn_block_height) return false;
  const uint64_t index = (height - c.first_burn_block_height) % c.pox_reward_cycle_length;
  return index == 0 || index > c.pox_reward_cycle_length - c.pox_prepare_length;
}

// StacksEpoch::validate_nakamoto_transition_schedule, with its panics as errors.
util::Status ValidateNakamotoTransition(const EpochScheduleContext& c, uint64_t epoch_2_5_start,
                                        uint64_t epoch_3_0_start) {
  const uint64_t cycle_length = c.pox_reward_cycle_length;
  const uint64_t prepare_length = c.pox_prepare_length;
  const std::string at = " (3.0 starts at " + std::to_string(epoch_3_0_start) + ", reward cycle length " +
                         std::to_string(cycle_length) + ", prepare length " + std::to_string(prepare_length) + ")";
  if (IsInPreparePhase(c, epoch_3_0_start)) {
    return util::InvalidArgument("epoch 3.0 must start during a reward phase, not a prepare phase" + at);
  }
  if (epoch_3_0_start < c.first_burn_block_height || (epoch_3_0_start - c.first_burn_block_height) / cycle_length < 2) {
    return util::InvalidArgument("epoch 3.0 must start at or after reward cycle 2" + at);
  }
  // As the reference, these two use the height itself, not the height after the first burn block.
  const uint64_t epoch_2_5_cycle = epoch_2_5_start / cycle_length;
  const uint64_t epoch_3_0_cycle = epoch_3_0_start / cycle_length;
  const uint64_t prior_cycle = epoch_3_0_cycle == 0 ? 0 : epoch_3_0_cycle - 1;
  const uint64_t prior_prepare_start = prior_cycle * cycle_length + (cycle_length - prepare_length);
  if (epoch_2_5_start >= prior_prepare_start) {
    return util::InvalidArgument("epoch 2.5 must start before the prepare phase of the reward cycle before epoch 3.0" +
                                 at);
  }
  if (epoch_2_5_cycle == epoch_3_0_cycle) {
    return util::InvalidArgument("epochs 2.5 and 3.0 must not start in the same reward cycle" + at);
  }
  if (epoch_3_0_start % cycle_length <= 1) {
    return util::InvalidArgument("epoch 3.0 must not start at a reward cycle boundary (offset 0 or 1)" + at);
  }
  return {};
}

}  // namespace

std::optional<size_t> EpochIndex(std::string_view name) {
  for (size_t i = 0; i < EPOCH_NAMES.size(); ++i) {
    if (EPOCH_NAMES[i] == name) return i;
  }
  return std::nullopt;
}

util::Status ValidateEpochSchedule(std::span<const EpochStart> epochs, const EpochScheduleContext& context) {
  if (context.mainnet) return util::InvalidArgument("epochs cannot be configured on mainnet");
  if (epochs.empty()) return util::InvalidArgument("at least one epoch must be configured");
  if (context.pox_reward_cycle_length == 0 || context.pox_prepare_length >= context.pox_reward_cycle_length) {
    return util::InvalidArgument("the prepare length must be below the reward cycle length");
  }
  std::vector<IndexedEpoch> sorted;
  for (const EpochStart& epoch : epochs) {
    auto index = EpochIndex(epoch.epoch_name);
    if (!index) return util::InvalidArgument("unknown epoch name \"" + epoch.epoch_name + "\"");
    for (const IndexedEpoch& seen : sorted) {
      if (seen.index == *index) return util::InvalidArgument("epoch " + epoch.epoch_name + " is configured twice");
    }
    sorted.push_back({*index, epoch.start_height});
  }
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.index < b.index; });
  for (size_t i = 1; i < sorted.size(); ++i) {
    if (sorted[i].start_height < sorted[i - 1].start_height) {
      return util::InvalidArgument("epoch start heights must follow epoch order: " + Name(sorted[i].index) +
                                   " starts at " + std::to_string(sorted[i].start_height) + ", before " +
                                   Name(sorted[i - 1].index) + " at " + std::to_string(sorted[i - 1].start_height));
    }
  }
  for (size_t i = 0; i < sorted.size(); ++i) {
    if (sorted[i].index != i) {
      return util::InvalidArgument("epochs may not skip an epoch: expected " + Name(i) + ", found " +
                                   Name(sorted[i].index));
    }
  }
  if (sorted[EPOCH_1_0].start_height != 0) return util::InvalidArgument("epoch 1.0 must start at height 0");
  if (sorted.size() > EPOCH_2_0 && sorted[EPOCH_2_0].start_height != context.first_burn_block_height) {
    return util::InvalidArgument("epoch 2.0 must start at the first burn block height (" +
                                 std::to_string(context.first_burn_block_height) + ")");
  }
  if (context.pox_2_activation) {
    if (sorted.size() <= EPOCH_2_1) {
      return util::InvalidArgument("pox_2_activation cannot be configured unless epoch 2.1 is configured");
    }
    if (sorted[EPOCH_2_1].start_height > *context.pox_2_activation) {
      return util::InvalidArgument("pox_2_activation (" + std::to_string(*context.pox_2_activation) +
                                   ") is below the epoch 2.1 start height (" +
                                   std::to_string(sorted[EPOCH_2_1].start_height) + ")");
    }
  }
  if (sorted.size() > EPOCH_3_0) {
    if (context.pox_prepare_length < NAKAMOTO_MIN_PREPARE_LENGTH) {
      return util::InvalidArgument("Nakamoto epochs need a prepare length of at least " +
                                   std::to_string(NAKAMOTO_MIN_PREPARE_LENGTH) + ", got " +
                                   std::to_string(context.pox_prepare_length));
    }
    STACKS_RETURN_IF_ERROR(
        ValidateNakamotoTransition(context, sorted[EPOCH_2_5].start_height, sorted[EPOCH_3_0].start_height));
  }
  return {};
}

}  // namespace stacks::config
