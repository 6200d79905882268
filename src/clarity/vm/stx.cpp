#include "clarity/vm/stx.h"

#include <limits>
#include <optional>
#include <utility>

#include "clarity/storage/keys.h"
#include "clarity/storage/stx_balance.h"
#include "clarity/types/serialization.h"
#include "clarity/vm/block_natives.h"
#include "clarity/vm/errors.h"
#include "clarity/vm/events.h"
#include "clarity/vm/native_checks.h"
#include "clarity/vm/stx_accounts.h"

namespace stacks::clarity::vm {

using costs::CostFunction;
using storage::StxBalance;

namespace {

// TOKEN_TRANSFER_MEMO_LENGTH: the longest memo the type checker admits.
constexpr size_t kMaxMemoLength = 34;

// Memory stx-transfer? and stx-burn? count until the transaction ends, as the reference's add_memory calls (never
// dropped): an account's principal at the principal type's size, its balance record at STXBalance's
// unlocked_and_v1_size. Each amount is added on its own, in the reference's order, so that the total reported past
// the limit is the same.
constexpr uint64_t kPrincipalMemory = 148;  // TypeSignature::PrincipalType.size()
constexpr uint64_t kStxBalanceMemory = 40;  // STXBalance::unlocked_and_v1_size

// An account as of now (the reference's STXBalanceSnapshot): its record and the chain facts its lock is judged by.
struct Snapshot {
  StxBalance balance;
  uint64_t burn_height = 0;
  storage::PoxUnlockHeights unlock_heights;
};

util::Result<Snapshot> SnapshotOf(Environment& env, const codec::Principal& principal) {
  STACKS_TRY(StxBalance balance, ReadStxBalance(env.store(), principal));
  Snapshot snapshot{balance, 0, {}};
  if (balance.lock == storage::StxLock::kNone) return snapshot;  // nothing to judge: no chain needed
  const storage::BlockInfo* blocks = env.global().chain().block_info;
  if (blocks == nullptr) {
    return util::Unimplemented("a locked STX balance needs the chain's block information, and there is none");
  }
  STACKS_TRY(uint32_t burn_height, CurrentBurnBlockHeight(env));
  snapshot.burn_height = burn_height;
  snapshot.unlock_heights =
      storage::EffectiveUnlockHeights(blocks->UnlockHeights(), env.epoch() >= costs::Epoch::k22,
                                      env.epoch() >= costs::Epoch::k25, env.epoch() >= costs::Epoch::k40);
  return snapshot;
}

util::Status PutBalance(Environment& env, const codec::Principal& principal, const StxBalance& balance) {
  return env.store().Put(storage::StxBalanceKey(principal), storage::EncodeStxBalance(balance));
}

// Spends `amount` of the snapshot's unlocked STX (debit: an ended lock is folded in first). REQUIRES: the
// snapshot's available balance is at least `amount`.
util::Result<StxBalance> Debited(const Snapshot& from, Uint128 amount) {
  STACKS_TRY(StxBalance balance, storage::Canonical(from.balance, from.burn_height, from.unlock_heights));
  if (balance.unlocked < amount) return util::Corruption("STX debit past the available balance");
  balance.unlocked -= amount;
  return balance;
}

bool IsTxSender(Environment& env, const codec::Principal& principal) { return PrincipalOf(env.sender()) == principal; }

util::Result<Value> ErrCode(uint8_t code) { return Value::Err(Value::UInt(code)); }

// stx_transfer_consolidated.
util::Result<Value> Transfer(Environment& env, const codec::Principal& from, const codec::Principal& to, Uint128 amount,
                             util::Bytes memo) {
  if (amount == 0) return ErrCode(3);
  if (from == to) return ErrCode(2);
  if (!IsTxSender(env, from)) return ErrCode(4);
  // Both principals, then both balances, before either account is read.
  STACKS_RETURN_IF_ERROR(env.global().AddMemory(kPrincipalMemory));
  STACKS_RETURN_IF_ERROR(env.global().AddMemory(kPrincipalMemory));
  STACKS_RETURN_IF_ERROR(env.global().AddMemory(kStxBalanceMemory));
  STACKS_RETURN_IF_ERROR(env.global().AddMemory(kStxBalanceMemory));
  STACKS_TRY(Snapshot sender, SnapshotOf(env, from));
  STACKS_TRY(Uint128 available, storage::Available(sender.balance, sender.burn_height, sender.unlock_heights));
  if (available < amount) return ErrCode(1);
  // The recipient's record as stored, its lock untouched (transfer_to).
  STACKS_TRY(StxBalance recipient, ReadStxBalance(env.store(), to));
  if (__builtin_add_overflow(recipient.unlocked, amount, &recipient.unlocked))
    return RuntimeError("ArithmeticOverflow");
  STACKS_TRY(StxBalance debited, Debited(sender, amount));
  STACKS_RETURN_IF_ERROR(PutBalance(env, to, recipient));
  STACKS_RETURN_IF_ERROR(PutBalance(env, from, debited));
  STACKS_RETURN_IF_ERROR(env.global().asset_map().AddStxTransfer(from, amount));
  STACKS_RETURN_IF_ERROR(env.global().EmitEvent(StxTransferEvent{from, to, amount, std::move(memo)}));
  return Value::Ok(Value::Bool(true));
}

// The evaluated amount, sender and recipient of stx-transfer? and stx-transfer-memo?.
struct TransferArgs {
  Uint128 amount = 0;
  codec::Principal from;
  codec::Principal to;
};

util::Result<TransferArgs> ReadTransferArgs(const Value& amount, const Value& from, const Value& to) {
  TransferArgs out;
  STACKS_TRY(out.amount, checks::UInt(amount));
  STACKS_TRY(out.from, checks::Principal(from));
  STACKS_TRY(out.to, checks::Principal(to));
  return out;
}

}  // namespace

util::Result<Value> SpecialStxGetBalance(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(checks::ArgCount(1, args.size()));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kStxBalance, 0));
  STACKS_TRY(Value owner_value, EvalBorrowed(args[0], env, context));
  STACKS_TRY(codec::Principal owner, checks::Principal(owner_value));
  STACKS_TRY(Snapshot snapshot, SnapshotOf(env, owner));
  STACKS_TRY(Uint128 available, storage::Available(snapshot.balance, snapshot.burn_height, snapshot.unlock_heights));
  return Value::UInt(available);
}

util::Result<Value> SpecialStxAccount(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(checks::ArgCount(1, args.size()));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kStxAccount, 0));
  STACKS_TRY(Value owner_value, EvalBorrowed(args[0], env, context));
  STACKS_TRY(codec::Principal owner, checks::Principal(owner_value));
  STACKS_TRY(Snapshot snapshot, SnapshotOf(env, owner));
  STACKS_TRY(StxBalance canonical, storage::Canonical(snapshot.balance, snapshot.burn_height, snapshot.unlock_heights));
  const uint64_t unlock_height = storage::EffectiveUnlockHeight(canonical, snapshot.unlock_heights);
  return Value::Tuple({{"locked", Value::UInt(canonical.locked)},
                       {"unlock-height", Value::UInt(unlock_height)},
                       {"unlocked", Value::UInt(canonical.unlocked)}});
}

util::Result<Value> SpecialStxTransfer(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(checks::ArgCount(3, args.size()));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kStxTransfer, 0));
  STACKS_TRY(Value amount, EvalBorrowed(args[0], env, context));
  STACKS_TRY(Value from, EvalBorrowed(args[1], env, context));
  STACKS_TRY(Value to, EvalBorrowed(args[2], env, context));
  STACKS_TRY(TransferArgs transfer, ReadTransferArgs(amount, from, to));
  return Transfer(env, transfer.from, transfer.to, transfer.amount, {});
}

util::Result<Value> SpecialStxTransferMemo(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(checks::ArgCount(4, args.size()));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kStxTransferMemo, 0));
  STACKS_TRY(Value amount, EvalBorrowed(args[0], env, context));
  STACKS_TRY(Value from, EvalBorrowed(args[1], env, context));
  STACKS_TRY(Value to, EvalBorrowed(args[2], env, context));
  STACKS_TRY(Value memo, EvalBorrowed(args[3], env, context));
  STACKS_TRY(TransferArgs transfer, ReadTransferArgs(amount, from, to));
  if (memo.kind() != Value::Kind::kBuffer || memo.AsBuffer().size() > kMaxMemoLength) {
    return checks::TypeValueError("(buff 34)", memo);
  }
  return Transfer(env, transfer.from, transfer.to, transfer.amount, memo.AsBuffer());
}

util::Result<Value> SpecialStxBurn(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(checks::ArgCount(2, args.size()));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kStxTransfer, 0));
  STACKS_TRY(Value amount_value, EvalBorrowed(args[0], env, context));
  STACKS_TRY(Value from_value, EvalBorrowed(args[1], env, context));
  STACKS_TRY(Uint128 amount, checks::UInt(amount_value));
  STACKS_TRY(codec::Principal from, checks::Principal(from_value));
  if (amount == 0) return ErrCode(3);
  if (!IsTxSender(env, from)) return ErrCode(4);
  STACKS_RETURN_IF_ERROR(env.global().AddMemory(kPrincipalMemory));
  STACKS_RETURN_IF_ERROR(env.global().AddMemory(kStxBalanceMemory));
  STACKS_TRY(Snapshot burner, SnapshotOf(env, from));
  STACKS_TRY(Uint128 available, storage::Available(burner.balance, burner.burn_height, burner.unlock_heights));
  if (available < amount) return ErrCode(1);
  STACKS_TRY(StxBalance debited, Debited(burner, amount));
  STACKS_RETURN_IF_ERROR(PutBalance(env, from, debited));
  STACKS_TRY(Uint128 supply, ReadStxLiquidSupply(env.store()));
  // Unreachable while balances add up to at most the supply; the reference's ArithmeticUnderflow.
  if (supply < amount) return RuntimeError("ArithmeticUnderflow");
  STACKS_RETURN_IF_ERROR(
      env.store().Put(std::string(storage::StxLiquidSupplyKey()), SerializeValueToHex(Value::UInt(supply - amount))));
  STACKS_RETURN_IF_ERROR(env.global().asset_map().AddStxBurn(from, amount));
  STACKS_RETURN_IF_ERROR(env.global().EmitEvent(StxBurnEvent{from, amount}));
  return Value::Ok(Value::Bool(true));
}

util::Result<Value> StxLiquidSupply(Environment& env) {
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kFetchVar, 1));
  STACKS_TRY(Uint128 supply, ReadStxLiquidSupply(env.store()));
  return Value::UInt(supply);
}

}  // namespace stacks::clarity::vm
