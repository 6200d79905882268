#include "clarity/vm/calls.h"

#include <optional>
#include <string>
#include <type_traits>
#include <utility>

#include "clarity/types/value_text.h"
#include "clarity/vm/arithmetic_body.h"
#include "clarity/vm/compiled_body.h"
#include "clarity/vm/database.h"
#include "clarity/vm/errors.h"

namespace stacks::clarity::vm {

using ast::SymbolicExpression;
using costs::CostFunction;

namespace {

std::string FunctionIdentifier(const Environment& env, const DefinedFunction& function) {
  return (env.contract() != nullptr ? env.contract()->identifier.ToString() : std::string()) + ":" + function.name;
}

util::Error CastMismatch(const TypeSignature& type, const Value& value) {
  return Unchecked("TypeValueError(" + type.ToString() + ", " + ToReferenceString(value) + ")");
}

// Whether CastIfChanged can change a value of `type` (the types it looks into).
bool MayCast(const TypeSignature& type) {
  using Kind = TypeSignature::Kind;
  switch (type.kind()) {
    case Kind::kCallableTrait:
    case Kind::kTraitReference:
    case Kind::kOptional:
    case Kind::kResponse:
    case Kind::kList:
    case Kind::kTuple:
      return true;
    default:
      return false;
  }
}

// clarity2_implicit_cast, answering nullopt when the value stays as it is. Every argument of a Clarity 2 function
// goes through it: a contract principal (or a callable) where a trait is expected becomes a callable of that trait;
// a list takes the declared entry type (keeping its own length) and a tuple the declared tuple type, so their sizes
// (and what reading them costs) are the declared types'; optionals and responses cast what they hold.
util::Result<std::optional<Value>> CastIfChanged(const TypeSignature& type, const Value& value) {
  using Kind = TypeSignature::Kind;
  switch (type.kind()) {
    case Kind::kCallableTrait:
    case Kind::kTraitReference: {
      if (value.kind() != Value::Kind::kCallable && value.kind() != Value::Kind::kContract) break;
      STACKS_TRY(Value callable, Value::Callable(value.AsContract(), type.trait()));
      return std::optional<Value>(std::move(callable));
    }
    case Kind::kOptional: {
      if (value.kind() != Value::Kind::kOptional || !value.IsSome()) break;
      STACKS_TRY(std::optional<Value> inner, CastIfChanged(type.inner(), value.Inner()));
      if (!inner) break;
      STACKS_TRY(Value some, Value::Some(std::move(*inner)));
      return std::optional<Value>(std::move(some));
    }
    case Kind::kResponse: {
      if (value.kind() != Value::Kind::kResponse) break;
      STACKS_TRY(std::optional<Value> inner,
                 CastIfChanged(value.IsOk() ? type.inner() : type.err_type(), value.Inner()));
      if (!inner) break;
      STACKS_TRY(Value response, value.IsOk() ? Value::Ok(std::move(*inner)) : Value::Err(std::move(*inner)));
      return std::optional<Value>(std::move(response));
    }
    case Kind::kList: {
      if (value.kind() != Value::Kind::kList) break;
      util::Result<TypeSignature> list_type = TypeSignature::List(type.inner(), TypeOf(value).length());
      if (!list_type) return CastMismatch(type, value);
      bool changed = !(TypeOf(value) == *list_type);
      std::vector<std::optional<Value>> cast;
      // Items of a type that never casts (ints, say) stay as they are: only the list's own type may change.
      if (MayCast(type.inner())) {
        cast.resize(value.Items().size());
        for (size_t i = 0; i < value.Items().size(); ++i) {
          STACKS_TRY(cast[i], CastIfChanged(type.inner(), value.Items()[i]));
          changed = changed || cast[i].has_value();
        }
      }
      if (!changed) break;
      std::vector<Value> items;
      items.reserve(value.Items().size());
      for (size_t i = 0; i < value.Items().size(); ++i) {
        items.push_back(i < cast.size() && cast[i] ? std::move(*cast[i]) : value.Items()[i]);
      }
      util::Result<Value> list = Value::ListWithType(std::move(items), *list_type);
      if (!list) return CastMismatch(type, value);
      return std::optional<Value>(std::move(list).value());
    }
    case Kind::kTuple: {
      if (value.kind() != Value::Kind::kTuple) break;
      bool changed = !(TypeOf(value) == type);
      std::vector<TupleEntry> entries;
      entries.reserve(value.Entries().size());
      for (const TupleEntry& entry : value.Entries()) {
        const TypeSignature* field = type.FieldType(entry.name);
        if (field == nullptr) return CastMismatch(type, value);
        STACKS_TRY(std::optional<Value> cast, CastIfChanged(*field, entry.value));
        changed = changed || cast.has_value();
        entries.push_back({entry.name, cast ? std::move(*cast) : entry.value});
      }
      if (!changed) break;
      util::Result<Value> tuple = Value::TupleWithType(std::move(entries), type, TupleFieldRule::kLegacy);
      if (!tuple) return CastMismatch(type, value);
      return std::optional<Value>(std::move(tuple).value());
    }
    default:
      break;
  }
  return std::optional<Value>();
}

// Whether `value` is an int, uint or bool and `type` its own type: admitted without asking CheckAdmits.
bool AdmitsOwnKind(const TypeSignature& type, const Value& value) {
  switch (value.kind()) {
    case Value::Kind::kInt:
      return type.kind() == TypeSignature::Kind::kInt;
    case Value::Kind::kUInt:
      return type.kind() == TypeSignature::Kind::kUInt;
    case Value::Kind::kBool:
      return type.kind() == TypeSignature::Kind::kBool;
    default:
      return false;
  }
}

bool IsTraitType(const TypeSignature& type) {
  return type.kind() == TypeSignature::Kind::kCallableTrait || type.kind() == TypeSignature::Kind::kTraitReference;
}

// Binds the arguments of `function` in `context` (the function's own, fresh) as execute_apply does: Clarity 1 keeps
// trait-typed arguments as callables only, Clarity 2 casts principals to callables and binds both.
util::Status BindArguments(const DefinedFunction& function, std::span<Value> values, Environment& env,
                           LocalContext& context) {
  for (size_t i = 0; i < values.size(); ++i) {
    const auto& [name, type] = function.arguments[i];
    Value& value = values[i];
    if (env.version() < ClarityVersion::kClarity2) {
      if (IsTraitType(type) && (value.kind() == Value::Kind::kContract || value.kind() == Value::Kind::kCallable)) {
        STACKS_TRY(Value callable, Value::Callable(value.AsContract(), type.trait()));
        context.BindCallable(name, std::move(callable));
        continue;
      }
      STACKS_RETURN_IF_ERROR(CheckAdmits(type, value));
      if (!function.distinct_argument_names && context.Lookup(name) != nullptr) {
        return Unchecked("NameAlreadyUsed(" + name + ")");
      }
      context.BindNew(name, std::move(value));
      continue;
    }
    std::optional<Value> changed;
    if (MayCast(type)) {
      STACKS_TRY(changed, CastIfChanged(type, value));
    }
    // Bound from where it is (no intermediate Value: moving one just built on the stack made the move into the
    // context reload its halves before their stores had landed).
    Value& cast = changed ? *changed : value;
    if (IsTraitType(type) && cast.kind() == Value::Kind::kCallable) {
      context.BindCallable(name, cast);
    } else if (!AdmitsOwnKind(type, cast)) {
      STACKS_RETURN_IF_ERROR(CheckAdmits(type, cast));
    }
    // The context is the function's own, fresh: only an earlier argument of the same name can be bound in it.
    if (!function.distinct_argument_names && context.Lookup(name) != nullptr) {
      return Unchecked("NameAlreadyUsed(" + name + ")");
    }
    context.BindNew(name, std::move(cast));
  }
  return {};
}

// Who has checked the arguments of a call before it runs: the type checker, for calls written in a contract (so a
// refusal here is what it would have refused: Unchecked), or nobody, for a transaction's arguments (so the
// reference's run-time check reports it: RuntimeCheck).
enum class ArgumentsChecked : uint8_t { kStatically, kAtRunTime };

util::Error ArgumentError(ArgumentsChecked checked, util::Error error) {
  constexpr std::string_view kUnchecked = "Unchecked(";
  if (checked == ArgumentsChecked::kAtRunTime && error.message.starts_with(kUnchecked)) {
    return RuntimeCheckError(
        std::string_view(error.message).substr(kUnchecked.size(), error.message.size() - kUnchecked.size() - 1));
  }
  return error;
}

[[gnu::cold, gnu::noinline]] util::Error ArgumentCountError(ArgumentsChecked checked, size_t expected, size_t got) {
  return ArgumentError(
      checked, Unchecked("IncorrectArgumentCount(" + std::to_string(expected) + ", " + std::to_string(got) + ")"));
}

// DefinedFunction::execute_apply: the charges, the arguments checked and bound, the body; a short return out of the
// body is the function's value.
util::Result<Value> ExecuteApply(const DefinedFunction& function, std::span<Value> values, Environment& env,
                                 ArgumentsChecked checked = ArgumentsChecked::kStatically) {
  // The map fast path answers the whole application, the charges below included (compiled_body.h).
  if (function.compiled != nullptr) {
    if (std::optional<Value> computed = RunCompiledBody(*function.compiled, values, env)) {
      return std::move(*computed);
    }
  }
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kUserFunctionApplication, function.arguments.size()));
  if (env.epoch() >= costs::Epoch::k33) {
    for (const Value& v : values) STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kInnerTypeCheckCost, ValueSize(v)));
  } else if (function.argument_sizes.size() == function.arguments.size()) {
    for (const uint32_t size : function.argument_sizes) {
      STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kInnerTypeCheckCost, size));
    }
  } else {
    for (const auto& argument : function.arguments) {
      STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kInnerTypeCheckCost, argument.second.Size()));
    }
  }
  if (values.size() != function.arguments.size()) {
    return ArgumentCountError(checked, function.arguments.size(), values.size());
  }
  if (function.arithmetic != nullptr) {
    if (std::optional<Value> computed = RunArithmeticBody(*function.arithmetic, values, env)) {
      return std::move(*computed);
    }
  }
  LocalContext body_context;
  if (util::Status bound = BindArguments(function, values, env, body_context); !bound) {
    return ArgumentError(checked, std::move(bound).error());
  }
  if (function.body == nullptr) return InterpreterError("Expect(function " + function.name + " has no body)");
  util::Result<Value> value = Eval(*function.body, env, body_context);
  if (!value) {
    if (std::optional<Value> returned = env.short_return().Take(value.error())) return std::move(*returned);
  }
  return value;
}

// Whether a public function runs in a level of its own, or in the transaction's level when the transaction itself
// calls it. That level has nothing in it yet (nothing before the call writes), so keeping it for (ok ..) and
// emptying it otherwise leaves exactly what a level of the function's own would: the reference's two levels cannot
// be told apart from one, and a call is spared opening and merging a level.
enum class FunctionLevel : uint8_t { kOwn, kTransactions };

// handle_tx_result: a public function's (ok ..) keeps the writes of its level, anything else drops them. A level of
// its own is then committed or rolled back; the transaction's level stays open, emptied when the writes are dropped.
util::Result<Value> HandleTransactionResult(util::Result<Value> result, Environment& env, FunctionLevel level) {
  const bool keep = result && result->kind() == Value::Kind::kResponse && result->IsOk();
  if (keep) {
    if (level == FunctionLevel::kOwn) STACKS_RETURN_IF_ERROR(env.global().Commit());
  } else {
    STACKS_RETURN_IF_ERROR(env.global().Rollback());
    if (level == FunctionLevel::kTransactions) STACKS_RETURN_IF_ERROR(env.global().Begin());
  }
  if (result && result->kind() != Value::Kind::kResponse) {
    return Unchecked("PublicFunctionMustReturnResponse(" + TypeOf(*result).ToString() + ")");
  }
  return result;
}

// execute_function_as_transaction: a read-only function in a read-only level that is always rolled back, a public
// one in a level kept only for (ok ..) (its own, or the transaction's: FunctionLevel). `callee` is the contract the
// function belongs to (the running one when it is called from its own contract).
util::Result<Value> ExecuteFunctionAsTransaction(const DefinedFunction& function, std::span<Value> values,
                                                 const ContractContext* callee, Environment& env,
                                                 ArgumentsChecked checked = ArgumentsChecked::kStatically,
                                                 FunctionLevel level = FunctionLevel::kOwn) {
  const bool read_only = function.IsReadOnly();
  if (read_only || level == FunctionLevel::kOwn) {
    level = FunctionLevel::kOwn;
    STACKS_RETURN_IF_ERROR(read_only ? env.global().BeginReadOnly() : env.global().Begin());
  }
  Environment::Invocation next = env.invocation();
  next.contract = callee;
  util::Result<Value> result = [&] {
    ScopedInvocation scope(env, std::move(next));
    return ExecuteApply(function, values, env, checked);
  }();
  if (read_only) {
    STACKS_RETURN_IF_ERROR(env.global().Rollback());
    return result;
  }
  return HandleTransactionResult(std::move(result), env, level);
}

// DefinedFunction::apply: a private function in place, the others through their own level.
util::Result<Value> ApplyUserFunction(const DefinedFunction& function, std::span<Value> values, Environment& env) {
  if (function.define_type == DefineType::kPrivate) return ExecuteApply(function, values, env);
  if (env.global().IsReadOnly() && !function.IsReadOnly()) {
    return Unchecked("WriteAttemptedInReadOnly(" + function.name + ")");
  }
  return ExecuteFunctionAsTransaction(function, values, env.contract(), env);
}

[[gnu::cold, gnu::noinline]] util::Error CircularReference(const Environment& env, const DefinedFunction& function) {
  return Unchecked("CircularReference(" + FunctionIdentifier(env, function) + ")");
}

util::Status CheckCallPreconditions(const DefinedFunction& function, Environment& env) {
  if (env.IsActive(&function)) return CircularReference(env, function);
  if (env.stack_depth() >= MaxCallStackDepth(env.epoch())) return RuntimeError("MaxStackDepthReached");
  return {};
}

}  // namespace

// ApplyDefinedEvaluated of a private function through its map fast path (compiled_body.h): the same checks, the
// arguments counted as memory and a frame pushed around RunCompiledBody, without the layers between; nullopt,
// having changed nothing, where a check would fail or the fast path declines.
std::optional<Value> ApplyCompiled(const DefinedFunction& function, std::span<const Value> values, Environment& env) {
  if (function.define_type != DefineType::kPrivate) return std::nullopt;
  if (env.IsActive(&function) || env.stack_depth() >= MaxCallStackDepth(env.epoch())) return std::nullopt;
  uint64_t held = 0;
  for (const Value& v : values) held += ValueSize(v);
  GlobalContext& global = env.global();
  if (!global.MemoryFits(held)) return std::nullopt;
  (void)global.AddMemory(held);  // fits (checked)
  env.PushFrameUnchecked();      // the depth was checked above
  env.PushActive(&function);
  std::optional<Value> value = RunCompiledBody(*function.compiled, values, env);
  env.PopActive();
  env.PopFrame();
  (void)global.DropMemory(held);  // added above
  return value;
}

util::Result<Value> ApplyDefinedEvaluated(const DefinedFunction& function, std::span<Value> values, Environment& env) {
  if (function.compiled != nullptr) {
    if (std::optional<Value> value = ApplyCompiled(function, values, env)) return std::move(*value);
  }
  STACKS_RETURN_IF_ERROR(CheckCallPreconditions(function, env));
  ScopedMemory memory(env.global());
  for (const Value& v : values) STACKS_RETURN_IF_ERROR(memory.Add(ValueSize(v)));
  STACKS_RETURN_IF_ERROR(env.PushFrame());
  env.PushActive(&function);
  util::Result<Value> result = ApplyUserFunction(function, values, env);
  env.PopActive();
  env.PopFrame();
  return result;
}

namespace {

// ApplyDefined once its preconditions hold: the arguments evaluated into `values`, then the function applied in
// a frame of its own.
template <typename Values>
util::Result<Value> EvaluateAndApply(const DefinedFunction& function, Args args, Environment& env,
                                     const LocalContext& context, Values& values) {
  // Each argument's value counts as memory in use until the function returns.
  ScopedMemory memory(env.global());
  STACKS_RETURN_IF_ERROR(EvaluateArguments(args, env, context, memory, values));
  STACKS_RETURN_IF_ERROR(env.PushFrame());
  env.PushActive(&function);
  util::Result<Value> result = [&] {
    if constexpr (std::is_same_v<Values, InlineValues>) {
      return ApplyUserFunction(function, values.span(), env);
    } else {
      return ApplyUserFunction(function, values, env);
    }
  }();
  env.PopActive();
  env.PopFrame();
  return result;
}

}  // namespace

util::Result<Value> ApplyDefined(const DefinedFunction& function, Args args, Environment& env,
                                 const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckCallPreconditions(function, env));
  // Most functions take a few arguments, whose values stay in place; more go to a vector from the thread's pool.
  if (args.size() <= InlineValues::kCapacity) {
    InlineValues values;
    return EvaluateAndApply(function, args, env, context, values);
  }
  ArgValues call;
  call.values().reserve(args.size());
  return EvaluateAndApply(function, args, env, context, call.values());
}

util::Result<Value> ExecuteContract(const ContractIdentifier& contract_id, std::string_view function_name,
                                    std::vector<Value> args, bool read_only, CallSite site, Environment& env) {
  auto refuse = [&](const std::string& what) -> util::Error {
    return site == CallSite::kStatic ? Unchecked(what) : CallError(what);
  };
  util::Result<const ContractContext*> loaded = env.global().LoadContract(contract_id);
  if (!loaded) {
    if (loaded.error().code == util::ErrorCode::kNotFound)
      return refuse("NoSuchContract(" + contract_id.ToString() + ")");
    return loaded.error();
  }
  const ContractContext* callee = *loaded;
  // cost_load_contract at the contract's size (ContractContext::LoadSize: get_contract_size), which then counts as
  // memory in use for the extent of the call.
  const uint64_t size = callee->LoadSize();
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kLoadContract, size));
  ScopedMemory memory(env.global());
  STACKS_RETURN_IF_ERROR(memory.Add(size));
  const DefinedFunction* function = callee->FindFunction(function_name);
  if (function == nullptr) {
    if (site == CallSite::kStatic) {
      return Unchecked("NoSuchPublicFunction(" + contract_id.ToString() + ", " + std::string(function_name) + ")");
    }
    return refuse("NoSuchFunction(" + contract_id.ToString() + ", " + std::string(function_name) + ")");
  }
  if (!function->IsPublic()) {
    return refuse("NoSuchPublicFunction(" + contract_id.ToString() + ", " + std::string(function_name) + ")");
  }
  if (read_only && !function->IsReadOnly()) {
    return refuse("NotReadOnly(" + contract_id.ToString() + ", " + std::string(function_name) + ")");
  }
  if (site == CallSite::kStatic && env.global().IsReadOnly() && !function->IsReadOnly()) {
    return Unchecked("WriteAttemptedInReadOnly(" + contract_id.ToString() + ", " + std::string(function_name) + ")");
  }
  // A function already on the call stack (reachable only through traits: the definition sorter refuses static
  // cycles) is the reference's run-time CircularReference.
  if (env.IsActive(function)) {
    return RuntimeCheckError("CircularReference(" + contract_id.ToString() + ":" + function->name + ")");
  }
  env.PushFrameUnchecked();
  env.PushActive(function);
  util::Result<Value> result =
      site == CallSite::kTransaction
          ? ExecuteFunctionAsTransaction(*function, args, callee, env, ArgumentsChecked::kAtRunTime,
                                         FunctionLevel::kTransactions)
          : ExecuteFunctionAsTransaction(*function, args, callee, env);
  env.PopActive();
  env.PopFrame();
  return result;
}

namespace {

// The target of a contract-call? and, for a dynamic one, the return type the trait promises.
struct CallTarget {
  ContractIdentifier contract;
  std::optional<TypeSignature> returns;
};

// The dynamic dispatch checks of special_contract_call, in the reference's order.
util::Result<CallTarget> CheckDynamicTarget(const Value& callable, std::string_view function_name, Environment& env) {
  const ContractIdentifier& contract_id = callable.AsContract();
  const TraitIdentifier& trait = *callable.CallableTrait();
  if (env.contract() != nullptr && contract_id == env.contract()->identifier) {
    return RuntimeCheckError("CircularReference([" + contract_id.name + "])");
  }
  util::Result<const ContractContext*> callee = env.global().LoadContract(contract_id);
  if (!callee) {
    if (callee.error().code == util::ErrorCode::kNotFound) {
      return RuntimeCheckError("NoSuchContract(" + contract_id.ToString() + ")");
    }
    return callee.error();
  }
  if ((*callee)->implemented_traits.contains(trait)) return CallTarget{contract_id, std::nullopt};
  util::Result<const ContractContext*> defining = env.global().LoadContract(trait.contract);
  if (!defining) {
    if (defining.error().code == util::ErrorCode::kNotFound) {
      return RuntimeCheckError("NoSuchContract(" + trait.contract.ToString() + ")");
    }
    return defining.error();
  }
  const DefinedFunction* function = (*callee)->FindFunction(function_name);
  if (function == nullptr) {
    return RuntimeCheckError("BadTraitImplementation(" + trait.name + ", " + std::string(function_name) + ")");
  }
  if (env.global().IsReadOnly()) return RuntimeCheckError("Unreachable(Trait based contract call in read-only)");
  if (function->define_type == DefineType::kPrivate) {
    return RuntimeCheckError("NoSuchPublicFunction(" + contract_id.ToString() + ", " + std::string(function_name) +
                             ")");
  }
  // check_trait_expectations: the trait must define the function, and the function's argument types must admit
  // the trait's (check_args_trait_compliance).
  auto definition = (*defining)->defined_traits.find(trait.name);
  if (definition == (*defining)->defined_traits.end()) {
    return RuntimeCheckError("TraitReferenceUnknown(" + trait.name + ")");
  }
  auto signature = definition->second.find(function_name);
  if (signature == definition->second.end()) {
    return RuntimeCheckError("TraitMethodUnknown(" + trait.name + ", " + std::string(function_name) + ")");
  }
  bool compliant = signature->second.args.size() == function->arguments.size();
  for (size_t i = 0; compliant && i < function->arguments.size(); ++i) {
    util::Result<bool> admits = AdmitsType(function->arguments[i].second, signature->second.args[i]);
    compliant = admits && *admits;
  }
  if (!compliant) {
    return RuntimeCheckError("BadTraitImplementation(" + trait.name + ", " + std::string(function_name) + ")");
  }
  return CallTarget{contract_id, signature->second.returns};
}

}  // namespace

util::Result<Value> SpecialContractCall(Args args, Environment& env, const LocalContext& context) {
  if (args.size() < 2) return Unchecked("RequiresAtLeastArguments(2, " + std::to_string(args.size()) + ")");
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kContractCall, 0));
  if (args[1].kind != SymbolicExpression::Kind::kAtom) return Unchecked("ContractCallExpectName");
  const std::string& function_name = args[1].name;
  std::vector<Value> values;
  values.reserve(args.size() - 2);
  for (const SymbolicExpression& arg : args.subspan(2)) {
    STACKS_TRY(Value v, Eval(arg, env, context));
    values.push_back(std::move(v));
  }

  CallTarget target;
  CallSite site = CallSite::kStatic;
  const SymbolicExpression& callee = args[0];
  if (callee.kind == SymbolicExpression::Kind::kLiteralValue && callee.value->kind() == Value::Kind::kContract) {
    target.contract = callee.value->AsContract();
  } else if (callee.kind == SymbolicExpression::Kind::kAtom) {
    // The reference VM our tests run against (clarinet-sdk 3.21.0) reads the name as a variable first, charging as
    // any variable read: cost_lookup_variable_depth, and cost_lookup_variable_size when it is bound as a variable
    // (a Clarity 2 trait argument, whose callable type has size 276); a Clarity 1 trait argument is only a callable
    // and costs the depth alone. Newer stacks-core reads it without charging. From Epoch 3.4 the read borrows the
    // value, so only the depth is charged.
    if (util::Result<Value> read = EvalBorrowed(callee, env, context);
        !read && read.error().code == util::ErrorCode::kResourceExhausted) {
      return read.error();
    }
    std::optional<Value> callable;
    // From Epoch 3.4 a constant holding a contract principal may name the callee (after deployment only).
    if (env.epoch() >= costs::Epoch::k34 && env.version() >= ClarityVersion::kClarity2 && env.contract() != nullptr &&
        env.deploying() == nullptr) {
      const Value* constant = env.contract()->FindConstant(callee.name);
      if (constant != nullptr && constant->kind() == Value::Kind::kContract) {
        STACKS_TRY(Value v, Value::Callable(constant->AsContract(), std::nullopt));
        callable = std::move(v);
      }
    }
    if (!callable) {
      if (const Value* bound = context.LookupCallable(callee.name)) callable = *bound;
    }
    if (!callable) return Unchecked("ContractCallExpectName");
    if (!callable->CallableTrait()) {
      target.contract = callable->AsContract();
    } else {
      STACKS_TRY(target, CheckDynamicTarget(*callable, function_name, env));
      site = CallSite::kDynamic;
    }
  } else {
    return Unchecked("ContractCallExpectName");
  }

  // The callee sees the same tx-sender and this contract as contract-caller.
  Environment::Invocation nested = env.invocation();
  if (env.contract() != nullptr) {
    STACKS_TRY(nested.caller, Value::Contract(env.contract()->identifier));
  }
  util::Result<Value> result = [&] {
    ScopedInvocation scope(env, std::move(nested));
    return ExecuteContract(target.contract, function_name, std::move(values), /*read_only=*/false, site, env);
  }();
  if (!result) return result;
  if (target.returns) {
    const TypeSignature actual = TypeOf(*result);
    util::Result<bool> admits = AdmitsType(*target.returns, actual);
    if (!admits || !*admits) {
      return RuntimeCheckError("ReturnTypesMustMatch(" + target.returns->ToString() + ", " + actual.ToString() + ")");
    }
  }
  return result;
}

util::Result<Value> SpecialAsContract(Args args, Environment& env, const LocalContext& context) {
  if (args.size() != 1) return Unchecked("IncorrectArgumentCount(1, " + std::to_string(args.size()) + ")");
  if (env.epoch() >= costs::Epoch::k21) STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kAsContract, 0));
  if (env.contract() == nullptr) return util::FailedPrecondition("as-contract outside a contract");
  Environment::Invocation nested = env.invocation();
  STACKS_TRY(Value principal, Value::Contract(env.contract()->identifier));
  nested.sender = principal;
  nested.caller = std::move(principal);
  // The nested environment counts AS_CONTRACT_MEMORY (1 byte) while the body runs.
  ScopedMemory memory(env.global());
  STACKS_RETURN_IF_ERROR(memory.Add(1));
  ScopedInvocation scope(env, std::move(nested));
  return Eval(args[0], env, context);
}

util::Result<Value> SpecialContractOf(Args args, Environment& env, const LocalContext& context) {
  if (args.size() != 1) return Unchecked("IncorrectArgumentCount(1, " + std::to_string(args.size()) + ")");
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kContractOf, 0));
  if (args[0].kind != SymbolicExpression::Kind::kAtom) return Unchecked("ContractOfExpectsTrait");
  const Value* callable = context.LookupCallable(args[0].name);
  if (callable == nullptr) return Unchecked("ContractOfExpectsTrait");
  const ContractIdentifier& contract = callable->AsContract();
  STACKS_TRY(bool deployed, env.global().HasContract(contract));
  if (!deployed) return RuntimeCheckError("NoSuchContract(" + contract.ToString() + ")");
  return Value::Contract(contract);
}

}  // namespace stacks::clarity::vm
