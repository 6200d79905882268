// The contextual checks of leader keys and block commits against the fork a burn block extends
// (stackslib/src/chainstate/burn/operations/leader_key_register.rs and leader_block_commit.rs, `check`).
//
// The rules are pure; the facts they need about the fork come through ForkView, which SortitionDb implements over
// SQLite and tests implement in memory. Rejection reasons are the reference's op_error names in kebab case.
//
// Not checked yet (no reward sets or Stacks blocks in this module): PoX recipients (every commit must burn, as the
// reference requires when a sortition has no reward-set info), the pre-2.1 sunset burn, and the pre-3.0 rule that a
// Stacks block hash is committed to at most once per fork.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "burnchain/leader_block_commit.h"
#include "burnchain/leader_key_register.h"
#include "chain/epoch.h"
#include "sortition/distribution.h"
#include "util/result.h"

namespace stacks::sortition {

/// Read-only facts about one fork, as of the parent of the block being checked. Implementations report storage
/// failures as errors (kIo, kCorruption), which the checks pass through.
class ForkView {
 public:
  virtual ~ForkView() = default;
  /// True if the fork accepted a LeaderKeyRegister at (burn block height, vtxindex).
  virtual util::Result<bool> HasLeaderKey(uint64_t block_height, uint32_t vtxindex) = 0;
  /// True if the fork accepted a LeaderBlockCommit at (burn block height, vtxindex).
  virtual util::Result<bool> HasBlockCommit(uint64_t block_height, uint32_t vtxindex) = 0;
  /// True if the fork has a snapshot at this burn block height.
  virtual util::Result<bool> HasSnapshotAt(uint64_t block_height) = 0;
  /// True if the fork registered this VRF public key before.
  virtual util::Result<bool> HasVrfPublicKey(const crypto::VrfPublicKeyBytes& public_key) = 0;
};

/// The block-commit epoch marker an epoch requires (marker_for_epoch): none before 2.05.
std::optional<uint8_t> EpochCommitMarker(chain::StacksEpochId epoch);

/// What became of a checked operation.
enum class OpStatus : uint8_t {
  kAccepted,
  kMissed,  ///< A commit that landed after its target block: kept for UTXO chaining only.
  kRejected,
};

struct OpCheck {
  OpStatus status = OpStatus::kAccepted;
  std::string reason;                       ///< Empty when accepted; "block-commit-bad-modulus", ... otherwise.
  std::optional<MissedBlockCommit> missed;  ///< Set when kMissed.
};

/// LeaderKeyRegister: rejected ("leader-key-already-registered") if the fork registered the key before. Keys
/// repeated inside one block are the caller's to catch (SortitionDb checks them in vtxindex order).
/// Errors: the view's.
util::Result<OpCheck> CheckLeaderKey(const burnchain::LeaderKeyRegisterOp& op, ForkView& view);

/// LeaderBlockCommit mined in `epoch`, in the reference's order:
///   burn_fee 0                                          -> "block-commit-bad-input"
///   (burn_parent_modulus + 1) % 5 != block_height % 5   -> missed by d = the difference mod 5: from 2.1,
///       d > block_height - first_burn_height -> "block-commit-bad-modulus", d > 1 -> "block-commit-miss-distance-
///       too-big", an output that does not burn -> "block-commit-bad-outputs", else kMissed with intended height
///       block_height - d; before 2.1, d > block_height -> "block-commit-bad-modulus", else kMissed for height
///       block_height - d + first_burn_height (the reference's preserved bug), "block-commit-no-parent" if the fork
///       has no such block
///   an output that does not burn                        -> "block-commit-bad-outputs"
///   block_height < first_burn_height                    -> "block-commit-predates-genesis"
///   key_block_ptr >= block_height or no such key        -> "block-commit-no-leader-key"
///   parent_block_ptr == block_height, or a non-genesis parent the fork did not accept (from 3.0 a parent_vtxindex
///       of 0 may name a shadow block: any snapshot at that height)  -> "block-commit-no-parent"
///   memo below EpochCommitMarker(epoch)                 -> "block-commit-bad-epoch"
/// `parent_burn_height` is the height of the fork's tip (the block's parent). Errors: the view's.
util::Result<OpCheck> CheckBlockCommit(const burnchain::LeaderBlockCommitOp& op, chain::StacksEpochId epoch,
                                       uint64_t first_burn_height, uint64_t parent_burn_height, ForkView& view);

}  // namespace stacks::sortition
