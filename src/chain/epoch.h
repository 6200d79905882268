// Stacks epochs (StacksEpochId in stacks-common/src/types/mod.rs) and the rules in this module that change with them.
//
// Consensus rules that differ by epoch take the epoch as an explicit argument; nothing here reads a global. Epochs
// compare in chain order (k20 < k2_05 < k21 < ... < k41). Values are the reference's numeric ids.
//
// Pure and thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "common/epoch.h"

namespace stacks::chain {

using common::EpochName;
using common::ParseEpochName;
using common::StacksEpochId;

/// Transaction signatures may have high S (s > n/2) before Epoch 4.0 (allows_tx_signatures_with_high_s).
inline bool AllowsTxSignaturesWithHighS(StacksEpochId epoch) { return epoch < StacksEpochId::k40; }

/// Order-independent multi-sig spending conditions (hash modes 0x05, 0x07) are valid from Epoch 3.0 on.
inline bool SupportsOrderIndependentMultisig(StacksEpochId epoch) { return epoch >= StacksEpochId::k30; }

/// SIP-040: the Originator post-condition mode and the NFT MaybeSent code, from Epoch 3.4 on.
inline bool SupportsSip040PostConditions(StacksEpochId epoch) { return epoch >= StacksEpochId::k34; }

/// Staking and Pox post-conditions, from Epoch 4.0 on.
inline bool SupportsStakingPostConditions(StacksEpochId epoch) { return epoch >= StacksEpochId::k40; }

/// SIP-034 tenure extensions of a single budget dimension (TenureChange causes 2-6), from Epoch 3.3 on.
inline bool SupportsSpecificBudgetExtends(StacksEpochId epoch) { return epoch >= StacksEpochId::k33; }

}  // namespace stacks::chain
