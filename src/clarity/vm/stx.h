// The STX natives (stacks-core clarity/src/vm/functions/assets.rs special_stx_*, stx_transfer_consolidated; the
// balance snapshot of vm/database/structures.rs) and `stx-liquid-supply`. Internal to stacks_clarity_vm; tools
// credit and read balances through stx_accounts.h.
//
// Balances are storage::StxBalance records (stx_balance.h). A balance with a PoX lock is judged at the current burn
// block height (block_natives.h, CurrentBurnBlockHeight) with the chain's unlock heights, which needs the chain's
// block information; an unlocked balance needs none.
//
// Charging (each before its arguments; no other reads or writes are charged):
//   stx-get-balance      cost_stx_balance(0)          stx-account          cost_stx_account(0)
//   stx-transfer?        cost_stx_transfer(0)         stx-transfer-memo?   cost_stx_transfer_memo(0)
//   stx-burn?            cost_stx_transfer(0) (the reference charges the transfer's cost)
//   stx-liquid-supply    cost_fetch_var(1)
//
// Results (the reference's codes): stx-transfer? and stx-transfer-memo? (err u1) not enough unlocked STX, (err u2)
// sender is recipient, (err u3) amount 0, (err u4) sender is not tx-sender; stx-burn? (err u1), (err u3), (err u4)
// likewise. Events: stx_transfer_event (with the memo; empty for stx-transfer?), stx_burn_event; the asset map
// records the STX each sender transferred or burned. stx-burn? lowers the liquid supply.
#pragma once

#include "clarity/vm/evaluator.h"
#include "clarity/vm/natives.h"
#include "util/result.h"

namespace stacks::clarity::vm {

util::Result<Value> SpecialStxGetBalance(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialStxAccount(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialStxTransfer(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialStxTransferMemo(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialStxBurn(Args args, Environment& env, const LocalContext& context);

/// `stx-liquid-supply`: charges cost_fetch_var(1) and answers the stored liquid supply. Errors: the tracker's;
/// kCorruption; the store's.
util::Result<Value> StxLiquidSupply(Environment& env);

}  // namespace stacks::clarity::vm
