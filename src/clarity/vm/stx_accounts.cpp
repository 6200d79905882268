#include "clarity/vm/stx_accounts.h"

#include <optional>
#include <string>

#include "clarity/storage/keys.h"
#include "clarity/types/serialization.h"
#include "clarity/vm/errors.h"

namespace stacks::clarity::vm {
namespace {

// Runs `read` in a level of its own that is rolled back, so that it works with or without the caller's levels.
template <typename F>
auto InScratchLevel(storage::WriteStack& store, F read) -> decltype(read()) {
  STACKS_RETURN_IF_ERROR(store.Nest());
  auto result = read();
  STACKS_RETURN_IF_ERROR(store.Rollback());
  return result;
}

util::Result<storage::StxBalance> GetBalance(storage::WriteStack& store, const codec::Principal& principal) {
  STACKS_TRY(std::optional<std::string> stored, store.Get(storage::StxBalanceKey(principal)));
  if (!stored) return storage::StxBalance{};
  return storage::DecodeStxBalance(*stored);
}

util::Result<Uint128> GetLiquidSupply(storage::WriteStack& store) {
  STACKS_TRY(std::optional<std::string> stored, store.Get(storage::StxLiquidSupplyKey()));
  if (!stored) return Uint128{0};
  DeserializeOptions options;
  options.expected_type = TypeSignature::UInt();
  util::Result<Value> value = DeserializeValueHex(*stored, options);
  if (!value) return util::Corruption("bad STX liquid supply stored: " + value.error().message);
  return value->AsUInt();
}

}  // namespace

util::Status CreditStx(storage::WriteStack& store, const codec::Principal& principal, Uint128 amount) {
  STACKS_RETURN_IF_ERROR(store.Nest());
  util::Status credited = [&]() -> util::Status {
    STACKS_TRY(storage::StxBalance balance, GetBalance(store, principal));
    STACKS_TRY(Uint128 supply, GetLiquidSupply(store));
    if (__builtin_add_overflow(balance.unlocked, amount, &balance.unlocked) ||
        __builtin_add_overflow(supply, amount, &supply)) {
      return RuntimeError("ArithmeticOverflow");
    }
    STACKS_RETURN_IF_ERROR(store.Put(storage::StxBalanceKey(principal), storage::EncodeStxBalance(balance)));
    return store.Put(std::string(storage::StxLiquidSupplyKey()), SerializeValueToHex(Value::UInt(supply)));
  }();
  if (credited) credited = store.Commit();
  // A failed outermost commit leaves the level open: drop it, so that the stack is as the caller left it.
  if (!credited) {
    util::Status dropped = store.Rollback();
    (void)dropped;
  }
  return credited;
}

util::Result<storage::StxBalance> ReadStxBalance(storage::WriteStack& store, const codec::Principal& principal) {
  return InScratchLevel(store, [&] { return GetBalance(store, principal); });
}

util::Result<Uint128> ReadStxLiquidSupply(storage::WriteStack& store) {
  return InScratchLevel(store, [&] { return GetLiquidSupply(store); });
}

}  // namespace stacks::clarity::vm
