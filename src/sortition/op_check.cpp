#include "sortition/op_check.h"

#include "burnchain/epoch_marker.h"

namespace stacks::sortition {

namespace {

using chain::StacksEpochId;

OpCheck Rejected(std::string reason) { return {OpStatus::kRejected, std::move(reason), std::nullopt}; }

}  // namespace

std::optional<uint8_t> EpochCommitMarker(StacksEpochId epoch) {
  switch (epoch) {
    case StacksEpochId::k10:
    case StacksEpochId::k20:
      return std::nullopt;
    case StacksEpochId::k2_05:
      return burnchain::STACKS_EPOCH_2_05_MARKER;
    case StacksEpochId::k21:
      return burnchain::STACKS_EPOCH_2_1_MARKER;
    case StacksEpochId::k22:
      return burnchain::STACKS_EPOCH_2_2_MARKER;
    case StacksEpochId::k23:
      return burnchain::STACKS_EPOCH_2_3_MARKER;
    case StacksEpochId::k24:
      return burnchain::STACKS_EPOCH_2_4_MARKER;
    case StacksEpochId::k25:
      return burnchain::STACKS_EPOCH_2_5_MARKER;
    case StacksEpochId::k30:
      return burnchain::STACKS_EPOCH_3_0_MARKER;
    case StacksEpochId::k31:
      return burnchain::STACKS_EPOCH_3_1_MARKER;
    case StacksEpochId::k32:
      return burnchain::STACKS_EPOCH_3_2_MARKER;
    case StacksEpochId::k33:
      return burnchain::STACKS_EPOCH_3_3_MARKER;
    case StacksEpochId::k34:
      return burnchain::STACKS_EPOCH_3_4_MARKER;
    case StacksEpochId::k40:
      return burnchain::STACKS_EPOCH_4_0_MARKER;
    case StacksEpochId::k41:
      return burnchain::STACKS_EPOCH_4_1_MARKER;
  }
  return std::nullopt;
}

util::Result<OpCheck> CheckLeaderKey(const burnchain::LeaderKeyRegisterOp& op, ForkView& view) {
  STACKS_TRY(bool known, view.HasVrfPublicKey(op.public_key));
  if (known) return Rejected("leader-key-already-registered");
  return OpCheck{};
}

util::Result<OpCheck> CheckBlockCommit(const burnchain::LeaderBlockCommitOp& op, StacksEpochId epoch,
                                       uint64_t first_burn_height, uint64_t parent_burn_height, ForkView& view) {
  constexpr uint64_t modulus = burnchain::BURN_BLOCK_MINED_AT_MODULUS;
  if (op.burn_fee == 0) return Rejected("block-commit-bad-input");

  const uint64_t intended_modulus = (op.BurnBlockMinedAt() + 1) % modulus;
  const uint64_t actual_modulus = op.block_height % modulus;
  if (actual_modulus != intended_modulus) {
    const uint64_t miss_distance = actual_modulus > intended_modulus ? actual_modulus - intended_modulus
                                                                     : modulus + actual_modulus - intended_modulus;
    uint64_t intended_height = 0;
    if (epoch >= StacksEpochId::k21) {
      if (op.block_height < first_burn_height) return Rejected("block-commit-predates-genesis");
      if (miss_distance > op.block_height - first_burn_height) return Rejected("block-commit-bad-modulus");
      if (miss_distance > 1) return Rejected("block-commit-miss-distance-too-big");
      intended_height = op.block_height - miss_distance;
      if (intended_height > parent_burn_height) return Rejected("block-commit-no-parent");
      if (!op.AllOutputsBurn()) return Rejected("block-commit-bad-outputs");
    } else {
      if (miss_distance > op.block_height) return Rejected("block-commit-bad-modulus");
      intended_height = op.block_height - miss_distance + first_burn_height;
      if (intended_height > parent_burn_height) return Rejected("block-commit-no-parent");
      STACKS_TRY(bool exists, view.HasSnapshotAt(intended_height));
      if (!exists) return Rejected("block-commit-no-parent");
    }
    return OpCheck{OpStatus::kMissed, "block-commit-missed", MissedBlockCommit{op.txid, op.input, intended_height}};
  }

  if (!op.AllOutputsBurn()) return Rejected("block-commit-bad-outputs");
  if (op.block_height < first_burn_height) return Rejected("block-commit-predates-genesis");

  if (op.key_block_ptr >= op.block_height) return Rejected("block-commit-no-leader-key");
  STACKS_TRY(bool has_key, view.HasLeaderKey(op.key_block_ptr, op.key_vtxindex));
  if (!has_key) return Rejected("block-commit-no-leader-key");

  if (op.parent_block_ptr == op.block_height) return Rejected("block-commit-no-parent");
  if (!op.IsParentGenesis()) {
    STACKS_TRY(bool has_parent, view.HasBlockCommit(op.parent_block_ptr, op.parent_vtxindex));
    if (!has_parent) {
      const bool maybe_shadow = op.parent_vtxindex == 0 && epoch >= StacksEpochId::k30;
      if (!maybe_shadow) return Rejected("block-commit-no-parent");
      STACKS_TRY(bool has_snapshot, view.HasSnapshotAt(op.parent_block_ptr));
      if (!has_snapshot) return Rejected("block-commit-no-parent");
    }
  }

  if (const auto marker = EpochCommitMarker(epoch)) {
    if (!op.CheckEpochMarker(*marker)) return Rejected("block-commit-bad-epoch");
  }
  return OpCheck{};
}

}  // namespace stacks::sortition
