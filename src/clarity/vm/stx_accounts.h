// STX accounts outside Clarity execution: crediting genesis balances (tools, tests, and a chain's boot) and reading
// balances and the liquid supply back, over the same storage the STX natives use (storage/stx_balance.h:
// `vm-account::{principal}::19` and `_stx-data::ustx_liquid_supply`, as the reference stores them).
//
//   storage::WriteStack stack(store);
//   STACKS_RETURN_IF_ERROR(vm::CreditStx(stack, deployer, 100'000'000'000'000));  // 100,000,000 STX
//
// An empty chain holds no STX and its liquid supply is 0 (as the reference's simnet before it funds accounts);
// every credit adds to both, so that `stx-liquid-supply` is the sum of what was credited, less what stx-burn? burned.
//
// Thread safety: as the WriteStack given (one thread).
#pragma once

#include "clarity/storage/stx_balance.h"
#include "clarity/storage/write_stack.h"
#include "clarity/types/value.h"
#include "codec/stacks_address.h"
#include "util/result.h"

namespace stacks::clarity::vm {

/// Credits `amount` µSTX to the unlocked balance of `principal` and adds it to the liquid supply, as a chain's
/// genesis balances (and the reference simnet's mintSTX) do: no event, no cost, no asset map. Writes in a level of
/// its own that it commits: into the caller's innermost open level if there is one, else into the store.
/// Errors: Runtime(ArithmeticOverflow) if the balance or the liquid supply would pass u128 (nothing is written);
/// kCorruption for a malformed stored balance or supply; the store's.
util::Status CreditStx(storage::WriteStack& store, const codec::Principal& principal, Uint128 amount);

/// The stored balance record of `principal` (locks as stored, not judged against any height); an unlocked zero
/// balance when there is none. Writes nothing. Errors: kCorruption for a malformed record; the store's.
util::Result<storage::StxBalance> ReadStxBalance(storage::WriteStack& store, const codec::Principal& principal);

/// The stored liquid supply (0 when there is none). Writes nothing. Errors: kCorruption; the store's.
util::Result<Uint128> ReadStxLiquidSupply(storage::WriteStack& store);

}  // namespace stacks::clarity::vm
