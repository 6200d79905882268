#include "clarity/vm/define.h"

#include <array>
#include <string_view>
#include <utility>
#include <vector>

#include "clarity/storage/keys.h"
#include "clarity/vm/arithmetic_body.h"
#include "clarity/vm/assets.h"
#include "clarity/vm/compiled_body.h"
#include "clarity/vm/database.h"
#include "clarity/vm/errors.h"
#include "clarity/vm/natives.h"

namespace stacks::clarity::vm {

using ast::SymbolicExpression;
using costs::CostFunction;

namespace {

struct DefineName {
  std::string_view name;
  DefineKind kind;
};

constexpr std::array kDefines = {
    DefineName{"define-constant", DefineKind::kConstant},
    DefineName{"define-private", DefineKind::kPrivateFunction},
    DefineName{"define-read-only", DefineKind::kReadOnlyFunction},
    DefineName{"define-public", DefineKind::kPublicFunction},
    DefineName{"define-data-var", DefineKind::kDataVar},
    DefineName{"define-map", DefineKind::kMap},
    DefineName{"define-fungible-token", DefineKind::kFungibleToken},
    DefineName{"define-non-fungible-token", DefineKind::kNonFungibleToken},
    DefineName{"define-trait", DefineKind::kTrait},
    DefineName{"use-trait", DefineKind::kUseTrait},
    DefineName{"impl-trait", DefineKind::kImplTrait},
};

util::Status CheckArgCount(size_t expected, size_t got) {
  if (expected == got) return {};
  return Unchecked("IncorrectArgumentCount(" + std::to_string(expected) + ", " + std::to_string(got) + ")");
}

util::Result<std::string> AtomName(const SymbolicExpression& e) {
  if (e.kind != SymbolicExpression::Kind::kAtom) return Unchecked("ExpectedName");
  return e.name;
}

// check_legal_define
util::Result<std::string> LegalName(const SymbolicExpression& e, const ContractContext& contract) {
  STACKS_TRY(std::string name, AtomName(e));
  if (contract.IsNameUsed(name)) return Unchecked("NameAlreadyUsed(" + name + ")");
  return name;
}

// parse_name_type_pairs: every pair's shape first, then the names and types in order.
util::Result<std::vector<std::pair<std::string, TypeSignature>>> ParseNameTypePairs(Args pairs, Environment& env) {
  for (size_t i = 0; i < pairs.size(); ++i) {
    if (pairs[i].kind != SymbolicExpression::Kind::kList) {
      return Unchecked("BadSyntaxBinding(NotList, " + std::to_string(i) + ")");
    }
    if (pairs[i].items.size() != 2) return Unchecked("BadSyntaxBinding(InvalidLength, " + std::to_string(i) + ")");
  }
  std::vector<std::pair<std::string, TypeSignature>> out;
  out.reserve(pairs.size());
  for (size_t i = 0; i < pairs.size(); ++i) {
    if (pairs[i].items[0].kind != SymbolicExpression::Kind::kAtom) {
      return Unchecked("BadSyntaxBinding(NotAtom, " + std::to_string(i) + ")");
    }
    STACKS_TRY(TypeSignature type, ParseTypeSignature(pairs[i].items[1], env));
    out.emplace_back(pairs[i].items[0].name, std::move(type));
  }
  return out;
}

// handle_define_function, then eval_all's cost_bind_name.
util::Status DefineFunction(Args args, DefineType define_type, Environment& env, ContractContext& contract) {
  STACKS_RETURN_IF_ERROR(CheckArgCount(2, args.size()));
  const SymbolicExpression& signature = args[0];
  if (signature.kind != SymbolicExpression::Kind::kList) return Unchecked("DefineFunctionBadSignature");
  if (signature.items.empty()) return Unchecked("DefineFunctionBadSignature");
  STACKS_TRY(std::string name, LegalName(signature.items[0], contract));
  DefinedFunction function;
  function.name = name;
  function.define_type = define_type;
  STACKS_TRY(function.arguments, ParseNameTypePairs(Args(signature.items).subspan(1), env));
  for (const auto& [argument, type] : function.arguments) {
    if (contract.IsNameUsed(argument)) return Unchecked("NameAlreadyUsed(" + argument + ")");
  }
  function.body = &args[1];
  function.argument_sizes.reserve(function.arguments.size());
  function.distinct_argument_names = true;
  for (size_t i = 0; i < function.arguments.size(); ++i) {
    function.argument_sizes.push_back(function.arguments[i].second.Size());
    for (size_t j = 0; j < i; ++j) {
      if (function.arguments[j].first == function.arguments[i].first) function.distinct_argument_names = false;
    }
  }
  MemoizeArgumentSlots(function, contract.version);
  if (std::optional<ArithmeticBody> arithmetic = CompileArithmeticBody(function, contract.version)) {
    function.arithmetic = std::make_shared<const ArithmeticBody>(std::move(*arithmetic));
  } else if (std::optional<CompiledBody> compiled = CompileBody(function, contract)) {
    function.compiled = std::make_shared<const CompiledBody>(std::move(*compiled));
  }
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kBindName, 0));
  contract.functions.insert_or_assign(std::move(name), std::move(function));
  return {};
}

// parse_trait_type_repr: ((name (arg-type ...) (response ok err)) ...).
util::Result<TraitDefinition> ParseTrait(Args args, Environment& env) {
  if (args.empty()) return Unchecked("InvalidTypeDescription");
  if (args[0].kind != SymbolicExpression::Kind::kList) return Unchecked("DefineTraitBadSignature");
  TraitDefinition trait;
  for (const SymbolicExpression& function : args[0].items) {
    if (function.kind != SymbolicExpression::Kind::kList) return Unchecked("DefineTraitBadSignature");
    if (function.items.size() != 3) return Unchecked("InvalidTypeDescription");
    if (function.items[0].kind != SymbolicExpression::Kind::kAtom) return Unchecked("DefineTraitBadSignature");
    if (function.items[1].kind != SymbolicExpression::Kind::kList) return Unchecked("DefineTraitBadSignature");
    FunctionSignature signature;
    for (const SymbolicExpression& arg : function.items[1].items) {
      STACKS_TRY(TypeSignature type, ParseTypeSignature(arg, env));
      signature.args.push_back(std::move(type));
    }
    util::Result<TypeSignature> returns = ParseTypeSignature(function.items[2], env);
    if (!returns) {
      if (returns.error().code == util::ErrorCode::kResourceExhausted) return returns.error();
      return Unchecked("DefineTraitBadSignature");
    }
    if (returns->kind() != TypeSignature::Kind::kResponse) return Unchecked("DefineTraitBadSignature");
    signature.returns = std::move(returns).value();
    if (!trait.emplace(function.items[0].name, std::move(signature)).second) {
      return Unchecked("DefineTraitDuplicateMethod(" + function.items[0].name + ")");
    }
  }
  return trait;
}

util::Result<TraitIdentifier> TraitField(const SymbolicExpression& e) {
  if (e.kind != SymbolicExpression::Kind::kField || !e.field) return Unchecked("ExpectedTraitIdentifier");
  return *e.field;
}

}  // namespace

DefineKind ClassifyDefine(const SymbolicExpression& expression) {
  if (expression.kind != SymbolicExpression::Kind::kList || expression.items.empty() ||
      expression.items[0].kind != SymbolicExpression::Kind::kAtom) {
    return DefineKind::kNone;
  }
  for (const DefineName& d : kDefines) {
    if (expression.items[0].name == d.name) return d.kind;
  }
  return DefineKind::kNone;
}

util::Status EvalDefine(const SymbolicExpression& expression, DefineKind kind, Environment& env,
                        ContractContext& contract, const StoredDefinitions* stored) {
  Args args = Args(expression.items).subspan(1);
  const LocalContext context;
  switch (kind) {
    case DefineKind::kConstant: {
      STACKS_RETURN_IF_ERROR(CheckArgCount(2, args.size()));
      STACKS_TRY(std::string name, LegalName(args[0], contract));
      Value value = Value::Bool(false);
      if (stored == nullptr) {
        STACKS_TRY(value, Eval(args[1], env, context));
      } else {
        auto it = stored->constants.find(name);
        if (it == stored->constants.end()) return util::Corruption("stored contract lacks constant " + name);
        value = it->second;
      }
      STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kBindName, 0));
      // A constant's value counts as memory while the contract initializes (EvalTopLevel drops it).
      if (stored == nullptr) STACKS_RETURN_IF_ERROR(env.global().AddMemory(ValueSize(value)));
      contract.data_size += ValueSize(value);
      contract.constants.insert_or_assign(std::move(name), std::move(value));
      return {};
    }
    case DefineKind::kPrivateFunction:
      return DefineFunction(args, DefineType::kPrivate, env, contract);
    case DefineKind::kReadOnlyFunction:
      return DefineFunction(args, DefineType::kReadOnly, env, contract);
    case DefineKind::kPublicFunction:
      return DefineFunction(args, DefineType::kPublic, env, contract);
    case DefineKind::kDataVar: {
      STACKS_RETURN_IF_ERROR(CheckArgCount(3, args.size()));
      STACKS_TRY(std::string name, LegalName(args[0], contract));
      STACKS_TRY(TypeSignature type, ParseTypeSignature(args[1], env));
      if (stored == nullptr) {
        STACKS_TRY(Value value, Eval(args[2], env, context));
        STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kCreateVar, type.Size()));
        // The variable's type and initial value count as memory until the transaction ends.
        STACKS_TRY(uint32_t type_size, type.TypeSize());
        STACKS_RETURN_IF_ERROR(env.global().AddMemory(type_size));
        STACKS_RETURN_IF_ERROR(env.global().AddMemory(ValueSize(value)));
        STACKS_RETURN_IF_ERROR(CheckAdmits(type, value));
        // The initial value's write is not charged (eval_all charges cost_create_var only).
        STACKS_TRY(uint64_t written, PutStoredValue(env, storage::DataVarKey(contract.identifier, name), value));
        (void)written;
      }
      contract.data_vars.insert_or_assign(std::move(name), std::move(type));
      return {};
    }
    case DefineKind::kMap: {
      STACKS_RETURN_IF_ERROR(CheckArgCount(3, args.size()));
      STACKS_TRY(std::string name, LegalName(args[0], contract));
      STACKS_TRY(TypeSignature key, ParseTypeSignature(args[1], env));
      STACKS_TRY(TypeSignature value, ParseTypeSignature(args[2], env));
      STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kCreateMap, uint64_t{key.Size()} + value.Size()));
      if (stored == nullptr) {
        // The map's types count as memory until the transaction ends.
        STACKS_TRY(uint32_t key_type_size, key.TypeSize());
        STACKS_RETURN_IF_ERROR(env.global().AddMemory(key_type_size));
        STACKS_TRY(uint32_t value_type_size, value.TypeSize());
        STACKS_RETURN_IF_ERROR(env.global().AddMemory(value_type_size));
      }
      util::Result<TypeSignature> stored_type = TypeSignature::Optional(value);
      std::optional<TypeSignature> stored_entry;
      if (stored_type) stored_entry = std::move(stored_type).value();
      std::string prefix = storage::DataMapEntryKeyPrefix(contract.identifier, name);
      contract.maps.insert_or_assign(
          std::move(name), DataMapTypes{std::move(key), std::move(value), std::move(stored_entry), std::move(prefix)});
      return {};
    }
    case DefineKind::kTrait: {
      STACKS_RETURN_IF_ERROR(CheckArgCount(2, args.size()));
      STACKS_TRY(std::string name, AtomName(args[0]));
      if (contract.IsNameUsed(name)) return Unchecked("NameAlreadyUsed(" + name + ")");
      STACKS_TRY(TraitDefinition trait, ParseTrait(args.subspan(1), env));
      contract.defined_traits.insert_or_assign(std::move(name), std::move(trait));
      return {};
    }
    case DefineKind::kUseTrait: {
      STACKS_RETURN_IF_ERROR(CheckArgCount(2, args.size()));
      STACKS_TRY(std::string name, AtomName(args[0]));
      STACKS_TRY(TraitIdentifier trait, TraitField(args[1]));
      contract.referenced_traits.try_emplace(std::move(name), std::move(trait));
      return {};
    }
    case DefineKind::kImplTrait: {
      STACKS_RETURN_IF_ERROR(CheckArgCount(1, args.size()));
      STACKS_TRY(TraitIdentifier trait, TraitField(args[0]));
      contract.implemented_traits.insert(std::move(trait));
      return {};
    }
    case DefineKind::kFungibleToken:
      return DefineFungibleToken(args, env, contract, stored);
    case DefineKind::kNonFungibleToken:
      return DefineNonFungibleToken(args, env, contract);
    case DefineKind::kNone:
      break;
  }
  return util::FailedPrecondition("not a define form");
}

void AdoptTraits(ContractContext& contract) {
  for (const auto& [name, referenced] : contract.ast->referenced_traits) {
    contract.referenced_traits.insert_or_assign(name, referenced.trait);
  }
  for (const TraitIdentifier& trait : contract.ast->implemented_traits) contract.implemented_traits.insert(trait);
}

util::Result<std::optional<Value>> EvalTopLevel(const std::vector<SymbolicExpression>& expressions, Environment& env,
                                                ContractContext& contract) {
  std::optional<Value> last;
  const LocalContext context;
  // The constants' values, counted as memory by EvalDefine, are dropped when the top level ends (eval_all).
  uint64_t constants_memory = 0;
  struct DropConstants {
    GlobalContext& global;
    const uint64_t& bytes;
    ~DropConstants() { (void)global.DropMemory(bytes); }
  } drop_constants{env.global(), constants_memory};
  for (const SymbolicExpression& e : expressions) {
    STACKS_RETURN_IF_ERROR(env.global().Begin());
    const DefineKind kind = ClassifyDefine(e);
    util::Status done = [&]() -> util::Status {
      if (kind == DefineKind::kConstant) {
        const uint64_t before = env.global().tracker().memory();
        util::Status defined = EvalDefine(e, kind, env, contract, nullptr);
        if (defined) constants_memory += env.global().tracker().memory() - before;
        return defined;
      }
      if (kind != DefineKind::kNone) return EvalDefine(e, kind, env, contract, nullptr);
      STACKS_TRY(Value v, Eval(e, env, context));
      last = std::move(v);
      return {};
    }();
    if (!done) {
      STACKS_RETURN_IF_ERROR(env.global().Rollback());
      return done.error();
    }
    STACKS_RETURN_IF_ERROR(env.global().Commit());
  }
  return last;
}

}  // namespace stacks::clarity::vm
