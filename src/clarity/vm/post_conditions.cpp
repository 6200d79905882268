#include "clarity/vm/post_conditions.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "clarity/types/names.h"
#include "clarity/types/value_text.h"
#include "clarity/vm/errors.h"
#include "clarity/vm/global_context.h"
#include "clarity/vm/native_checks.h"

namespace stacks::clarity::vm {
namespace {

using ast::SymbolicExpression;
using costs::CostFunction;

// The allowance named `name` in `version`, as NativeFunctions::lookup_by_name_at_version finds it.
std::optional<Allowance::Kind> AllowanceKind(std::string_view name, ClarityVersion version) {
  if (version < ClarityVersion::kClarity4) return std::nullopt;
  if (name == "with-stx") return Allowance::Kind::kStx;
  if (name == "with-ft") return Allowance::Kind::kFt;
  if (name == "with-nft") return Allowance::Kind::kNft;
  if (name == "with-all-assets-unsafe") return Allowance::Kind::kAll;
  if (name == "with-stacking" && version <= ClarityVersion::kClarity5) return Allowance::Kind::kStacking;
  if (name == "with-staking" && version >= ClarityVersion::kClarity6) return Allowance::Kind::kStacking;
  if (name == "with-pox" && version >= ClarityVersion::kClarity6) return Allowance::Kind::kPox;
  return std::nullopt;
}

util::Result<Uint128> UIntOf(const Value& value) {
  if (value.kind() != Value::Kind::kUInt) return checks::TypeValueError("uint", value);
  return value.AsUInt();
}

// The token of a with-ft or with-nft: a contract principal and a token name.
util::Result<AssetIdentifier> TokenOf(Args rest, Environment& env, const LocalContext& context) {
  STACKS_TRY(Value contract, Eval(rest[0], env, context));
  if (contract.kind() == Value::Kind::kPrincipal) {
    return RuntimeCheckError("ExpectedContractPrincipalValue(" + ToReferenceString(contract) + ")");
  }
  if (contract.kind() != Value::Kind::kContract) return checks::TypeValueError("principal", contract);
  STACKS_TRY(Value name, Eval(rest[1], env, context));
  if (name.kind() != Value::Kind::kStringAscii || name.AsAscii().size() > 128) {
    return checks::TypeValueError("(string-ascii 128)", name);
  }
  if (!IsClarityName(name.AsAscii())) return RuntimeError("BadTokenName(" + ToReferenceString(name) + ")");
  return AssetIdentifier{contract.AsContract(), name.AsAscii()};
}

// eval_allowance: one allowance expression of the guard's list.
util::Result<Allowance> EvalAllowance(const SymbolicExpression& expression, Environment& env,
                                      const LocalContext& context) {
  if (expression.kind != SymbolicExpression::Kind::kList || expression.items.empty()) {
    return Unchecked("ExpectedListApplication");
  }
  const SymbolicExpression& head = expression.items.front();
  if (head.kind != SymbolicExpression::Kind::kAtom) return Unchecked("NonFunctionApplication");
  std::optional<Allowance::Kind> kind = AllowanceKind(head.name, env.version());
  if (!kind) return Unchecked("ExpectedAllowanceExpr(" + head.name + ")");
  Args rest = Args(expression.items).subspan(1);
  Allowance allowance;
  allowance.kind = *kind;
  switch (*kind) {
    case Allowance::Kind::kStx:
    case Allowance::Kind::kStacking: {
      STACKS_RETURN_IF_ERROR(checks::ArgCount(1, rest.size()));
      // with-stx only looks at its amount (borrowed from Epoch 3.4); the others take their arguments.
      STACKS_TRY(Value amount,
                 *kind == Allowance::Kind::kStx ? EvalBorrowed(rest[0], env, context) : Eval(rest[0], env, context));
      STACKS_TRY(allowance.amount, UIntOf(amount));
      break;
    }
    case Allowance::Kind::kFt: {
      STACKS_RETURN_IF_ERROR(checks::ArgCount(3, rest.size()));
      STACKS_TRY(allowance.asset, TokenOf(rest, env, context));
      STACKS_TRY(Value amount, Eval(rest[2], env, context));
      STACKS_TRY(allowance.amount, UIntOf(amount));
      break;
    }
    case Allowance::Kind::kNft: {
      STACKS_RETURN_IF_ERROR(checks::ArgCount(3, rest.size()));
      STACKS_TRY(allowance.asset, TokenOf(rest, env, context));
      STACKS_TRY(Value ids, Eval(rest[2], env, context));
      if (ids.kind() != Value::Kind::kList) return Unchecked("WithNftExpectedListOfIdentifiers");
      const uint32_t declared = TypeOf(ids).length();
      if (declared > MAX_NFT_IDENTIFIERS) {
        return Unchecked("MaxIdentifierLengthExceeded(" + std::to_string(MAX_NFT_IDENTIFIERS) + ", " +
                         std::to_string(declared) + ")");
      }
      allowance.asset_ids = ids.Items();
      break;
    }
    case Allowance::Kind::kPox:
      STACKS_RETURN_IF_ERROR(checks::ArgCount(0, rest.size()));
      break;
    case Allowance::Kind::kAll:
      // The reference reports this count as IncorrectArgumentCount(1, n).
      if (!rest.empty()) return Unchecked("IncorrectArgumentCount(1, " + std::to_string(rest.size()) + ")");
      break;
  }
  return allowance;
}

// What the reference counts an allowance at while its guard runs (Allowance::size_in_bytes): the in-memory size of
// its Rust struct (std::mem::size_of, so it depends on the reference build's pointer width), plus for a token the
// issuer (a StandardPrincipalData, 21 bytes) and the lengths of the contract's and the token's names, plus for
// with-nft the value size of each identifier. A node's native 64-bit build counts StxAllowance and
// StackingAllowance at 16 bytes and FtAllowance and NftAllowance at 96 (an AssetIdentifier of 72 bytes: a 21-byte
// issuer and two 24-byte Strings; then a u128 aligned to 16, or a 24-byte Vec). The wasm32 build the differential
// corpus runs has 12-byte Strings and Vecs: FtAllowance 64, NftAllowance 60 (measured there);
// ChainContext::wasm_build selects those.
constexpr uint64_t kStxAllowanceMemory = 16;
constexpr uint64_t kStackingAllowanceMemory = 16;
constexpr uint64_t kFtAllowanceMemory = 96;
constexpr uint64_t kNftAllowanceMemory = 96;
constexpr uint64_t kFtAllowanceMemoryWasm32 = 64;
constexpr uint64_t kNftAllowanceMemoryWasm32 = 60;
constexpr uint64_t kIssuerMemory = 21;

uint64_t AllowanceMemory(const Allowance& allowance, bool wasm_build) {
  const uint64_t names = kIssuerMemory + allowance.asset.contract.name.size() + allowance.asset.asset_name.size();
  switch (allowance.kind) {
    case Allowance::Kind::kStx:
      return kStxAllowanceMemory;
    case Allowance::Kind::kStacking:
      return kStackingAllowanceMemory;
    case Allowance::Kind::kFt:
      return (wasm_build ? kFtAllowanceMemoryWasm32 : kFtAllowanceMemory) + names;
    case Allowance::Kind::kNft: {
      uint64_t size = (wasm_build ? kNftAllowanceMemoryWasm32 : kNftAllowanceMemory) + names;
      for (const Value& id : allowance.asset_ids) size += ValueSize(id);
      return size;
    }
    case Allowance::Kind::kPox:
    case Allowance::Kind::kAll:
      return 0;
  }
  return 0;
}

// The guard's allowance list, evaluated in order, each counted in `memory` (for the guard's extent) once evaluated;
// `restrict_assets` selects that guard's rules for with-all-assets-unsafe and its name for passing the memory limit,
// RuntimeCheck(RestrictAssetsMemoryExceeded(used, limit)) where as-contract? fails as everything else does
// (MemoryBalanceExceeded).
util::Result<std::vector<Allowance>> EvalAllowances(const SymbolicExpression& list, bool restrict_assets,
                                                    Environment& env, const LocalContext& context,
                                                    ScopedMemory& memory) {
  std::vector<Allowance> allowances;
  allowances.reserve(list.items.size());
  for (const SymbolicExpression& expression : list.items) {
    STACKS_TRY(Allowance allowance, EvalAllowance(expression, env, context));
    if (allowance.kind == Allowance::Kind::kAll) {
      if (restrict_assets) return Unchecked("WithAllAllowanceNotAllowed");
      if (list.items.size() > 1) return Unchecked("WithAllAllowanceNotAlone");
    }
    util::Status counted = memory.Add(AllowanceMemory(allowance, env.global().chain().wasm_build));
    if (!counted) {
      constexpr std::string_view kExceeded = "RuntimeCheck(MemoryBalanceExceeded(";
      const std::string& message = counted.error().message;
      if (restrict_assets && message.starts_with(kExceeded)) {
        return RuntimeCheckError("RestrictAssetsMemoryExceeded(" + message.substr(kExceeded.size()));
      }
      return counted.error();
    }
    allowances.push_back(std::move(allowance));
  }
  return allowances;
}

util::Status CheckAllowanceList(Args args, size_t position, const char* guard) {
  if (args[position].kind != SymbolicExpression::Kind::kList) {
    return Unchecked("ExpectedListOfAllowances(" + std::string(guard) + ", " + std::to_string(position + 1) + ")");
  }
  if (args[position].items.size() > MAX_ALLOWANCES) {
    return Unchecked("TooManyAllowances(" + std::to_string(MAX_ALLOWANCES) + ", " +
                     std::to_string(args[position].items.size()) + ")");
  }
  return {};
}

// evaluate_body_with_allowance_check: the body in a level of its own, then the owner's movements checked.
util::Result<Value> GuardedBody(const codec::Principal& owner, const std::vector<Allowance>& allowances, Args body,
                                Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(env.global().Begin());
  util::Result<Value> last = Value::Bool(false);
  for (const SymbolicExpression& expression : body) {
    last = Eval(expression, env, context);
    if (!last) break;
    if (last->kind() == Value::Kind::kResponse) {
      last = Unchecked("UncheckedIntermediaryResponses");
      break;
    }
  }
  util::Result<std::optional<Uint128>> violation =
      CheckAllowances(owner, allowances, env.global().asset_map(), env.epoch());
  if (!violation || violation->has_value()) {
    STACKS_RETURN_IF_ERROR(env.global().Rollback());
    if (!violation) return violation.error();
    return Value::Err(Value::UInt(**violation));
  }
  STACKS_RETURN_IF_ERROR(env.global().Commit());
  if (!last) return last.error();
  return Value::Ok(std::move(last).value());
}

}  // namespace

util::Result<std::optional<Uint128>> CheckAllowances(const codec::Principal& owner,
                                                     const std::vector<Allowance>& allowances, const AssetMap& assets,
                                                     costs::Epoch epoch) {
  std::optional<Uint128> earliest;
  auto record = [&earliest](Uint128 index) {
    if (!earliest || index < *earliest) earliest = index;
  };
  std::vector<std::pair<size_t, Uint128>> stx;
  std::map<AssetIdentifier, std::vector<std::pair<size_t, Uint128>>> tokens;
  std::map<AssetIdentifier, std::pair<size_t, std::vector<Value>>> nfts;
  for (size_t i = 0; i < allowances.size(); ++i) {
    const Allowance& allowance = allowances[i];
    switch (allowance.kind) {
      case Allowance::Kind::kAll:
        return std::optional<Uint128>();
      case Allowance::Kind::kStx:
        stx.emplace_back(i, allowance.amount);
        break;
      case Allowance::Kind::kFt:
        tokens[allowance.asset].emplace_back(i, allowance.amount);
        break;
      case Allowance::Kind::kNft: {
        auto [it, inserted] = nfts.try_emplace(allowance.asset, i, std::vector<Value>());
        (void)inserted;
        it->second.second.insert(it->second.second.end(), allowance.asset_ids.begin(), allowance.asset_ids.end());
        break;
      }
      case Allowance::Kind::kStacking:
      case Allowance::Kind::kPox:
        // Stacking and PoX actions are never in this VM's asset map (PoX is not built): nothing to check.
        break;
    }
  }
  const Uint128 uncovered = MAX_ALLOWANCES;

  // STX transferred, then STX burned, each alone against every with-stx.
  const std::optional<Uint128> moved = assets.StxTransferred(owner);
  const std::optional<Uint128> burned = assets.StxBurned(owner);
  for (const std::optional<Uint128>& amount : {moved, burned}) {
    if (!amount) continue;
    if (stx.empty()) {
      record(uncovered);
      continue;
    }
    for (const auto& [index, limit] : stx) {
      if (*amount > limit) {
        record(index);
        break;
      }
    }
  }

  // Fungible tokens: the exact allowances and the contract's "*" ones together.
  if (const auto* moved_tokens = assets.AllTokensTransferred(owner)) {
    for (const auto& [asset, amount] : *moved_tokens) {
      std::vector<std::pair<size_t, Uint128>> merged;
      if (auto it = tokens.find(asset); it != tokens.end()) merged = it->second;
      if (auto it = tokens.find(AssetIdentifier{asset.contract, "*"}); it != tokens.end()) {
        merged.insert(merged.end(), it->second.begin(), it->second.end());
      }
      if (merged.empty()) {
        record(uncovered);
        continue;
      }
      for (const auto& [index, limit] : merged) {
        if (amount > limit) record(index);
      }
    }
  }

  // Non-fungible tokens: every asset sent must be listed by the exact group, and by the "*" group.
  if (const auto* moved_assets = assets.AllAssetsTransferred(owner)) {
    for (const auto& [asset, ids] : *moved_assets) {
      std::vector<const std::pair<size_t, std::vector<Value>>*> merged;
      if (auto it = nfts.find(asset); it != nfts.end()) merged.push_back(&it->second);
      if (auto it = nfts.find(AssetIdentifier{asset.contract, "*"}); it != nfts.end()) merged.push_back(&it->second);
      if (merged.empty()) {
        record(uncovered);
        continue;
      }
      for (const auto* group : merged) {
        for (const Value& id : ids) {
          if (std::find(group->second.begin(), group->second.end(), id) == group->second.end()) {
            record(group->first);
            break;
          }
        }
      }
    }
  }

  // STX transferred and burned together.
  Uint128 total = 0;
  if (__builtin_add_overflow(moved.value_or(0), burned.value_or(0), &total)) {
    return InterpreterError("Expect(STX movement and burn overflowed u128)");
  }
  if (total > 0) {
    for (const auto& [index, limit] : stx) {
      if (total <= limit) continue;
      if (epoch >= costs::Epoch::k34) {
        record(index);
        break;
      }
      if (!earliest) return InterpreterError("Expect(Total STX movement and burn exceeds allowance)");
    }
  }
  return earliest;
}

util::Result<Value> SpecialRestrictAssets(Args args, Environment& env, const LocalContext& context) {
  if (args.size() < 3) return Unchecked("RequiresAtLeastArguments(3, " + std::to_string(args.size()) + ")");
  STACKS_RETURN_IF_ERROR(CheckAllowanceList(args, 1, "restrict-assets?"));
  STACKS_TRY(Value owner, Eval(args[0], env, context));
  if (owner.kind() != Value::Kind::kPrincipal && owner.kind() != Value::Kind::kContract) {
    return checks::TypeValueError("principal", owner);
  }
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kRestrictAssets, args[1].items.size()));
  ScopedMemory memory(env.global());
  STACKS_TRY(std::vector<Allowance> allowances,
             EvalAllowances(args[1], /*restrict_assets=*/true, env, context, memory));
  return GuardedBody(PrincipalOf(owner), allowances, args.subspan(2), env, context);
}

util::Result<Value> SpecialAsContractSafe(Args args, Environment& env, const LocalContext& context) {
  if (args.size() < 2) return Unchecked("RequiresAtLeastArguments(2, " + std::to_string(args.size()) + ")");
  STACKS_RETURN_IF_ERROR(CheckAllowanceList(args, 0, "as-contract?"));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kAsContractSafe, args[0].items.size()));
  ScopedMemory memory(env.global());
  STACKS_TRY(std::vector<Allowance> allowances,
             EvalAllowances(args[0], /*restrict_assets=*/false, env, context, memory));
  // The contract as sender, as as-contract counts it (AS_CONTRACT_MEMORY).
  STACKS_RETURN_IF_ERROR(memory.Add(1));
  if (env.contract() == nullptr) return util::FailedPrecondition("as-contract? outside a contract");
  STACKS_TRY(Value principal, Value::Contract(env.contract()->identifier));
  Environment::Invocation nested = env.invocation();
  nested.sender = principal;
  nested.caller = principal;
  ScopedInvocation scope(env, std::move(nested));
  return GuardedBody(PrincipalOf(principal), allowances, args.subspan(1), env, context);
}

util::Result<Value> SpecialAllowance(Args, Environment&, const LocalContext&) {
  return Unchecked("AllowanceExprNotAllowed");
}

}  // namespace stacks::clarity::vm
