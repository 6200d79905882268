// Block-commit epoch markers and the burn-parent modulus, as stacks-core defines them (stackslib/src/core/mod.rs,
// stackslib/src/chainstate/burn/operations/leader_block_commit.rs).
//
// A block commit's last payload byte packs two fields: the low 3 bits are the burn parent modulus, the high 5 bits
// the memo. From Stacks 2.05 on, the memo must be at least the marker of the epoch the commit is checked in. The
// reference's miner writes STACKS_EPOCH_LATEST_MARKER, the marker of the newest epoch its release knows.
#pragma once

#include <cstdint>

namespace stacks::burnchain {

inline constexpr uint8_t STACKS_EPOCH_2_05_MARKER = 0x05;
inline constexpr uint8_t STACKS_EPOCH_2_1_MARKER = 0x06;
inline constexpr uint8_t STACKS_EPOCH_2_2_MARKER = 0x07;
inline constexpr uint8_t STACKS_EPOCH_2_3_MARKER = 0x08;
inline constexpr uint8_t STACKS_EPOCH_2_4_MARKER = 0x09;
inline constexpr uint8_t STACKS_EPOCH_2_5_MARKER = 0x0a;
inline constexpr uint8_t STACKS_EPOCH_3_0_MARKER = 0x0b;
/// 0x0d, not 0x0c: an earlier 3.1 release that wrote 0x0c before activation had a consensus bug, and skipping the
/// value forces miners still running it off the network.
inline constexpr uint8_t STACKS_EPOCH_3_1_MARKER = 0x0d;
inline constexpr uint8_t STACKS_EPOCH_3_2_MARKER = 0x0e;
inline constexpr uint8_t STACKS_EPOCH_3_3_MARKER = 0x0f;
inline constexpr uint8_t STACKS_EPOCH_3_4_MARKER = 0x10;
inline constexpr uint8_t STACKS_EPOCH_4_0_MARKER = 0x11;
inline constexpr uint8_t STACKS_EPOCH_4_1_MARKER = 0x12;
/// The marker of the reference release's latest epoch (RELEASE_LATEST_EPOCH = 4.0); valid in every epoch.
inline constexpr uint8_t STACKS_EPOCH_LATEST_MARKER = STACKS_EPOCH_4_0_MARKER;

/// Commits record (burn block height - 1) mod this in their low 3 bits, so that a commit mined later than the
/// block its miner targeted can be recognized as missed.
inline constexpr uint64_t BURN_BLOCK_MINED_AT_MODULUS = 5;

}  // namespace stacks::burnchain
