#include "clarity/vm/database.h"

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "clarity/storage/keys.h"
#include "clarity/types/serialization.h"
#include "clarity/types/value_text.h"
#include "clarity/vm/errors.h"

namespace stacks::clarity::vm {

using ast::SymbolicExpression;
using costs::CostFunction;

namespace {

util::Status CheckArgCount(size_t expected, size_t got) {
  if (expected == got) return {};
  return Unchecked("IncorrectArgumentCount(" + std::to_string(expected) + ", " + std::to_string(got) + ")");
}

util::Result<std::string> AtomName(const SymbolicExpression& e) {
  if (e.kind != SymbolicExpression::Kind::kAtom) return Unchecked("ExpectedName");
  return e.name;
}

util::Result<ContractContext*> Contract(Environment& env) {
  ContractContext* contract = env.contract();
  if (contract == nullptr || contract->store == nullptr) {
    return util::FailedPrecondition("data natives need a contract with storage");
  }
  return contract;
}

util::Result<const TypeSignature*> DataVarType(ContractContext& contract, const std::string& name) {
  auto it = contract.data_vars.find(name);
  if (it == contract.data_vars.end()) return Unchecked("NoSuchDataVariable(" + name + ")");
  return &it->second;
}

util::Result<const DataMapTypes*> MapTypes(ContractContext& contract, const std::string& name) {
  auto it = contract.maps.find(name);
  if (it == contract.maps.end()) return Unchecked("NoSuchMap(" + name + ")");
  return &it->second;
}

// The value stored under `key`, read as `type` (get_value), with its serialized length.
struct Stored {
  Value value;
  uint64_t size = 0;
};

util::Result<std::optional<Stored>> GetValue(Environment& env, ContractContext& contract, const std::string& key,
                                             const TypeSignature& type) {
  STACKS_TRY(std::optional<std::string> hex, contract.store->Get(key));
  if (!hex) return std::optional<Stored>();
  DeserializeOptions options;
  options.expected_type = type;
  options.sanitize = env.epoch() >= costs::Epoch::k24;
  STACKS_TRY(Value value, DeserializeValueHex(*hex, options));
  return std::optional<Stored>(Stored{std::move(value), hex->size() / 2});
}

// put_value_with_size: writes `value` and answers its serialized length.
util::Result<uint64_t> PutValue(ContractContext& contract, const std::string& key, const Value& value) {
  const std::string hex = SerializeValueToHex(value);
  STACKS_RETURN_IF_ERROR(contract.store->Put(key, hex));
  return hex.size() / 2;
}

util::Status CheckAdmits(const TypeSignature& type, const Value& value) {
  STACKS_TRY(bool admitted, Admits(type, value));
  if (!admitted) return Unchecked("TypeValueError(" + type.ToString() + ", " + ToReferenceString(value) + ")");
  return {};
}

// Charges `function` at `size`, then answers `result` (the reference charges after the store answered, at the
// length it reports, or on failure at the declared types' size).
util::Result<Value> ChargedResult(Environment& env, CostFunction function, uint64_t size, util::Result<Value> result) {
  STACKS_RETURN_IF_ERROR(env.Charge(function, size));
  return result;
}

// inner_set_entry (map-set, map-insert): the result and the length to charge.
struct EntryWrite {
  util::Result<Value> result;
  uint64_t size;
};

EntryWrite SetEntry(Environment& env, ContractContext& contract, const std::string& map, const DataMapTypes& types,
                    const Value& key, const Value& value, bool only_if_absent) {
  const uint64_t failed_size = uint64_t{types.key.Size()} + types.value.Size();
  if (util::Status s = CheckAdmits(types.key, key); !s) return {s.error(), failed_size};
  if (util::Status s = CheckAdmits(types.value, value); !s) return {s.error(), failed_size};
  const uint64_t key_size = SerializedSize(key);
  const std::string store_key = storage::DataMapEntryKey(contract.identifier, map, key);
  if (only_if_absent) {
    util::Result<TypeSignature> stored_type = TypeSignature::Optional(types.value);
    if (!stored_type) return {stored_type.error(), failed_size};
    util::Result<std::optional<Stored>> existing = GetValue(env, contract, store_key, *stored_type);
    if (!existing) return {existing.error(), failed_size};
    if (*existing && (*existing)->value.IsSome()) return {Value::Bool(false), key_size};
  }
  util::Result<Value> placed = Value::Some(value);
  if (!placed) return {placed.error(), failed_size};
  util::Result<uint64_t> placed_size = PutValue(contract, store_key, *placed);
  if (!placed_size) return {placed_size.error(), failed_size};
  return {Value::Bool(true), key_size + *placed_size};
}

util::Result<Value> SpecialSetOrInsert(Args args, Environment& env, const LocalContext& context, bool insert) {
  STACKS_RETURN_IF_ERROR(CheckArgCount(3, args.size()));
  STACKS_TRY(Value key, Eval(args[1], env, context));
  STACKS_TRY(Value value, Eval(args[2], env, context));
  STACKS_TRY(std::string name, AtomName(args[0]));
  STACKS_TRY(ContractContext * contract, Contract(env));
  STACKS_TRY(const DataMapTypes* types, MapTypes(*contract, name));
  EntryWrite write = SetEntry(env, *contract, name, *types, key, value, insert);
  return ChargedResult(env, CostFunction::kSetEntry, write.size, std::move(write.result));
}

bool IsNameUsed(const ContractContext& contract, std::string_view name, ClarityVersion version) {
  return IsReserved(name, version) || contract.constants.contains(name) || contract.functions.contains(name) ||
         contract.data_vars.contains(name) || contract.maps.contains(name);
}

util::Result<std::string> LegalDefineName(const SymbolicExpression& e, const Environment& env) {
  STACKS_TRY(std::string name, AtomName(e));
  if (IsNameUsed(*env.contract(), name, env.version())) return Unchecked("NameAlreadyUsed(" + name + ")");
  return name;
}

// handle_define_function: the signature (name, then (arg type) pairs), the body kept for calls; cost_bind_name.
util::Status DefineFunction(Args args, Environment& env, bool read_only) {
  STACKS_RETURN_IF_ERROR(CheckArgCount(2, args.size()));
  const SymbolicExpression& signature = args[0];
  if (signature.kind != SymbolicExpression::Kind::kList || signature.items.empty()) {
    return Unchecked("DefineFunctionBadSignature");
  }
  STACKS_TRY(std::string name, LegalDefineName(signature.items[0], env));
  Args pairs = Args(signature.items).subspan(1);
  for (size_t i = 0; i < pairs.size(); ++i) {
    if (pairs[i].kind != SymbolicExpression::Kind::kList) {
      return Unchecked("BadSyntaxBinding(NotList, " + std::to_string(i) + ")");
    }
    if (pairs[i].items.size() != 2) return Unchecked("BadSyntaxBinding(InvalidLength, " + std::to_string(i) + ")");
  }
  DefinedFunction function;
  function.read_only = read_only;
  for (size_t i = 0; i < pairs.size(); ++i) {
    if (pairs[i].items[0].kind != SymbolicExpression::Kind::kAtom) {
      return Unchecked("BadSyntaxBinding(NotAtom, " + std::to_string(i) + ")");
    }
    STACKS_TRY(TypeSignature type, ParseTypeSignature(pairs[i].items[1], env));
    function.arguments.emplace_back(pairs[i].items[0].name, std::move(type));
  }
  for (const auto& [argument, type] : function.arguments) {
    if (IsNameUsed(*env.contract(), argument, env.version())) return Unchecked("NameAlreadyUsed(" + argument + ")");
  }
  function.body = args[1];
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kBindName, 0));
  env.contract()->functions.insert_or_assign(std::move(name), std::move(function));
  return {};
}

constexpr std::array<std::string_view, 5> kSupportedDefines = {"define-constant", "define-data-var", "define-map",
                                                               "define-private", "define-read-only"};

}  // namespace

util::Result<Value> SpecialFetchVariable(Args args, Environment& env, const LocalContext& /*context*/) {
  STACKS_RETURN_IF_ERROR(CheckArgCount(1, args.size()));
  STACKS_TRY(std::string name, AtomName(args[0]));
  STACKS_TRY(ContractContext * contract, Contract(env));
  STACKS_TRY(const TypeSignature* type, DataVarType(*contract, name));
  util::Result<std::optional<Stored>> stored =
      GetValue(env, *contract, storage::DataVarKey(contract->identifier, name), *type);
  if (!stored) return ChargedResult(env, CostFunction::kFetchVar, type->Size(), stored.error());
  if (!*stored) return ChargedResult(env, CostFunction::kFetchVar, 1, Value::None());  // NONE_SERIALIZATION_LEN
  return ChargedResult(env, CostFunction::kFetchVar, (*stored)->size, std::move((*stored)->value));
}

util::Result<Value> SpecialSetVariable(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgCount(2, args.size()));
  STACKS_TRY(Value value, Eval(args[1], env, context));
  STACKS_TRY(std::string name, AtomName(args[0]));
  STACKS_TRY(ContractContext * contract, Contract(env));
  STACKS_TRY(const TypeSignature* type, DataVarType(*contract, name));
  if (util::Status admitted = CheckAdmits(*type, value); !admitted) {
    return ChargedResult(env, CostFunction::kSetVar, type->Size(), admitted.error());
  }
  util::Result<uint64_t> size = PutValue(*contract, storage::DataVarKey(contract->identifier, name), value);
  if (!size) return ChargedResult(env, CostFunction::kSetVar, type->Size(), size.error());
  return ChargedResult(env, CostFunction::kSetVar, *size, Value::Bool(true));
}

util::Result<Value> SpecialFetchEntry(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgCount(2, args.size()));
  STACKS_TRY(std::string name, AtomName(args[0]));
  STACKS_TRY(Value key, Eval(args[1], env, context));
  STACKS_TRY(ContractContext * contract, Contract(env));
  STACKS_TRY(const DataMapTypes* types, MapTypes(*contract, name));
  const uint64_t failed_size = uint64_t{types->key.Size()} + types->value.Size();
  if (util::Status admitted = CheckAdmits(types->key, key); !admitted) {
    return ChargedResult(env, CostFunction::kFetchEntry, failed_size, admitted.error());
  }
  const uint64_t key_size = SerializedSize(key);
  util::Result<TypeSignature> stored_type = TypeSignature::Optional(types->value);
  if (!stored_type) return ChargedResult(env, CostFunction::kFetchEntry, failed_size, stored_type.error());
  util::Result<std::optional<Stored>> stored =
      GetValue(env, *contract, storage::DataMapEntryKey(contract->identifier, name, key), *stored_type);
  if (!stored) return ChargedResult(env, CostFunction::kFetchEntry, failed_size, stored.error());
  if (!*stored) return ChargedResult(env, CostFunction::kFetchEntry, key_size, Value::None());
  return ChargedResult(env, CostFunction::kFetchEntry, key_size + (*stored)->size, std::move((*stored)->value));
}

util::Result<Value> SpecialSetEntry(Args args, Environment& env, const LocalContext& context) {
  return SpecialSetOrInsert(args, env, context, /*insert=*/false);
}

util::Result<Value> SpecialInsertEntry(Args args, Environment& env, const LocalContext& context) {
  return SpecialSetOrInsert(args, env, context, /*insert=*/true);
}

util::Result<Value> SpecialDeleteEntry(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgCount(2, args.size()));
  STACKS_TRY(Value key, Eval(args[1], env, context));
  STACKS_TRY(std::string name, AtomName(args[0]));
  STACKS_TRY(ContractContext * contract, Contract(env));
  STACKS_TRY(const DataMapTypes* types, MapTypes(*contract, name));
  const uint64_t failed_size = types->key.Size();
  if (util::Status admitted = CheckAdmits(types->key, key); !admitted) {
    return ChargedResult(env, CostFunction::kSetEntry, failed_size, admitted.error());
  }
  const uint64_t key_size = SerializedSize(key);
  const std::string store_key = storage::DataMapEntryKey(contract->identifier, name, key);
  util::Result<TypeSignature> stored_type = TypeSignature::Optional(types->value);
  if (!stored_type) return ChargedResult(env, CostFunction::kSetEntry, failed_size, stored_type.error());
  util::Result<std::optional<Stored>> stored = GetValue(env, *contract, store_key, *stored_type);
  if (!stored) return ChargedResult(env, CostFunction::kSetEntry, failed_size, stored.error());
  if (!*stored || !(*stored)->value.IsSome()) {
    return ChargedResult(env, CostFunction::kSetEntry, key_size, Value::Bool(false));
  }
  util::Result<uint64_t> written = PutValue(*contract, store_key, Value::None());
  if (!written) return ChargedResult(env, CostFunction::kSetEntry, failed_size, written.error());
  return ChargedResult(env, CostFunction::kSetEntry, key_size + *written, Value::Bool(true));
}

namespace {

// DefinedFunction::execute_apply: the charges, the arguments checked and bound, the body; a short return out of the
// body is the function's value.
util::Result<Value> ExecuteDefined(const DefinedFunction& function, std::vector<Value> values, Environment& env) {
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kUserFunctionApplication, function.arguments.size()));
  for (size_t i = 0; i < function.arguments.size() && i < values.size(); ++i) {
    const uint64_t size =
        env.epoch() >= costs::Epoch::k33 ? uint64_t{ValueSize(values[i])} : function.arguments[i].second.Size();
    STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kInnerTypeCheckCost, size));
  }
  if (values.size() != function.arguments.size()) {
    return Unchecked("IncorrectArgumentCount(" + std::to_string(function.arguments.size()) + ", " +
                     std::to_string(values.size()) + ")");
  }
  LocalContext body_context;
  for (size_t i = 0; i < values.size(); ++i) {
    const auto& [argument, type] = function.arguments[i];
    STACKS_RETURN_IF_ERROR(CheckAdmits(type, values[i]));
    if (body_context.Lookup(argument) != nullptr) return Unchecked("NameAlreadyUsed(" + argument + ")");
    body_context.Bind(argument, std::move(values[i]));
  }
  util::Result<Value> value = Eval(function.body, env, body_context);
  if (!value) {
    if (std::optional<Value> returned = env.short_return().Take(value.error())) return std::move(*returned);
  }
  return value;
}

}  // namespace

util::Result<Value> ApplyDefinedEvaluated(const std::string& name, const DefinedFunction& function,
                                          std::vector<Value> values, Environment& env) {
  STACKS_TRY(ContractContext * contract, Contract(env));
  if (contract->active_functions.contains(name)) return Unchecked("CircularReference(" + name + ")");
  STACKS_RETURN_IF_ERROR(env.PushFrame());
  contract->active_functions.insert(name);
  util::Result<Value> result = [&]() -> util::Result<Value> {
    if (!function.read_only) return ExecuteDefined(function, std::move(values), env);
    // execute_function_as_transaction: a read-only function runs in a nested level that is rolled back.
    STACKS_RETURN_IF_ERROR(contract->store->Nest());
    util::Result<Value> value = ExecuteDefined(function, std::move(values), env);
    util::Status rolled_back = contract->store->Rollback();
    if (!rolled_back) return rolled_back.error();
    return value;
  }();
  contract->active_functions.erase(name);
  env.PopFrame();
  return result;
}

util::Result<Value> ApplyDefined(const std::string& name, const DefinedFunction& function, Args args, Environment& env,
                                 const LocalContext& context) {
  STACKS_TRY(ContractContext * contract, Contract(env));
  if (contract->active_functions.contains(name)) return Unchecked("CircularReference(" + name + ")");
  if (env.stack_depth() >= MaxCallStackDepth(env.epoch())) return RuntimeError("MaxStackDepthReached");
  std::vector<Value> values;
  values.reserve(args.size());
  env.IncrApplyDepth();
  for (const SymbolicExpression& arg : args) {
    util::Result<Value> v = Eval(arg, env, context);
    if (!v) {
      env.DecrApplyDepth();
      return v.error();
    }
    values.push_back(std::move(v).value());
  }
  env.DecrApplyDepth();
  return ApplyDefinedEvaluated(name, function, std::move(values), env);
}

bool IsSupportedDefine(const SymbolicExpression& expression) {
  if (expression.kind != SymbolicExpression::Kind::kList || expression.items.empty() ||
      expression.items[0].kind != SymbolicExpression::Kind::kAtom) {
    return false;
  }
  for (std::string_view name : kSupportedDefines) {
    if (expression.items[0].name == name) return true;
  }
  return false;
}

util::Status EvalDefine(const SymbolicExpression& expression, Environment& env) {
  const std::string& form = expression.items[0].name;
  Args args = Args(expression.items).subspan(1);
  STACKS_TRY(ContractContext * contract, Contract(env));
  const LocalContext context;
  if (form == "define-constant") {
    STACKS_RETURN_IF_ERROR(CheckArgCount(2, args.size()));
    STACKS_TRY(std::string name, LegalDefineName(args[0], env));
    STACKS_TRY(Value value, Eval(args[1], env, context));
    STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kBindName, 0));
    contract->constants.insert_or_assign(std::move(name), std::move(value));
    return {};
  }
  if (form == "define-data-var") {
    STACKS_RETURN_IF_ERROR(CheckArgCount(3, args.size()));
    STACKS_TRY(std::string name, LegalDefineName(args[0], env));
    STACKS_TRY(TypeSignature type, ParseTypeSignature(args[1], env));
    STACKS_TRY(Value value, Eval(args[2], env, context));
    STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kCreateVar, type.Size()));
    STACKS_RETURN_IF_ERROR(CheckAdmits(type, value));
    STACKS_TRY(uint64_t written, PutValue(*contract, storage::DataVarKey(contract->identifier, name), value));
    (void)written;  // the initial value's write is not charged (eval_all charges cost_create_var only)
    contract->data_vars.insert_or_assign(std::move(name), std::move(type));
    return {};
  }
  if (form == "define-map") {
    STACKS_RETURN_IF_ERROR(CheckArgCount(3, args.size()));
    STACKS_TRY(std::string name, LegalDefineName(args[0], env));
    STACKS_TRY(TypeSignature key, ParseTypeSignature(args[1], env));
    STACKS_TRY(TypeSignature value, ParseTypeSignature(args[2], env));
    STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kCreateMap, uint64_t{key.Size()} + value.Size()));
    contract->maps.insert_or_assign(std::move(name), DataMapTypes{std::move(key), std::move(value)});
    return {};
  }
  if (form == "define-private") return DefineFunction(args, env, /*read_only=*/false);
  if (form == "define-read-only") return DefineFunction(args, env, /*read_only=*/true);
  return util::Unimplemented(form + " is not built yet");
}

}  // namespace stacks::clarity::vm
