// An account's STX balance as the reference stores it under `vm-account::{principal}::19` (StxBalanceKey in keys.h;
// stacks-core clarity/src/vm/database/structures.rs STXBalance), and the arithmetic of its PoX locks.
//
// Stored form, the hex of:
//   40 bytes  amount_unlocked (u128 BE) | amount_locked (u128 BE) | unlock_height (u64 BE)
//             an unlocked balance (written with zero locked amount and height), or a PoX v1 lock
//   41 bytes  version (0: PoX v2, 1: v3, 2: v4, 3: v5) | the same 40 bytes
// A record whose locked amount is 0 reads as unlocked whatever its version and height. Each kind is written back in
// its own form: an unlocked balance in 40 bytes, a PoX v1 lock in 40, later locks in 41.
//
// The liquid supply of STX (`stx-liquid-supply`) is the hex of a consensus-serialized uint under
// StxLiquidSupplyKey(); a missing entry is 0.
//
// All functions are pure and thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "clarity/storage/block_info.h"
#include "clarity/types/value.h"
#include "util/result.h"

namespace stacks::clarity::storage {

/// Which PoX version locked the STX of a balance, if any.
enum class StxLock : uint8_t { kNone, kPoxV1, kPoxV2, kPoxV3, kPoxV4, kPoxV5 };

struct StxBalance {
  StxLock lock = StxLock::kNone;
  Uint128 unlocked = 0;
  Uint128 locked = 0;          ///< 0 when lock is kNone.
  uint64_t unlock_height = 0;  ///< The burn height the lock ends at; 0 when lock is kNone.
  bool operator==(const StxBalance&) const = default;
};

/// "_stx-data::ustx_liquid_supply".
std::string_view StxLiquidSupplyKey();

/// The stored form (lower-case hex) of `balance`.
std::string EncodeStxBalance(const StxBalance& balance);
/// Reads a stored balance. Errors: kCorruption naming the problem (not hex, a length other than 40 or 41 bytes, an
/// unknown version byte).
util::Result<StxBalance> DecodeStxBalance(std::string_view hex);

/// The unlock heights that apply in a Clarity epoch: the raw heights of `chain`, except that PoX v2 locks end early
/// only from Epoch 2.2, v3 locks from 2.5 and v4 locks from 4.0 (before those epochs the height is UINT32_MAX:
/// never), as the reference's get_v2/v3/v4_unlock_height.
PoxUnlockHeights EffectiveUnlockHeights(const PoxUnlockHeights& chain, bool epoch22, bool epoch25, bool epoch40);

/// Whether the balance's lock has ended at `burn_height` (has_unlockable_tokens_at_burn_block): its own unlock
/// height or its PoX version's early unlock height is reached.
bool HasUnlockable(const StxBalance& balance, uint64_t burn_height, const PoxUnlockHeights& heights);
/// The balance with an ended lock folded into the unlocked amount (canonical_repr_at_block); unchanged otherwise.
/// Errors: kCorruption if unlocked + locked passes u128.
util::Result<StxBalance> Canonical(const StxBalance& balance, uint64_t burn_height, const PoxUnlockHeights& heights);
/// What can be spent at `burn_height` (get_available_balance_at_burn_block). Errors: as Canonical.
util::Result<Uint128> Available(const StxBalance& balance, uint64_t burn_height, const PoxUnlockHeights& heights);
/// The lock's unlock height, lowered to its PoX version's early unlock height when that comes first
/// (effective_unlock_height; 0 when unlocked).
uint64_t EffectiveUnlockHeight(const StxBalance& balance, const PoxUnlockHeights& heights);

}  // namespace stacks::clarity::storage
