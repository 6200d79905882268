// A contract's top level (stacks-core clarity/src/vm/functions/define.rs and vm/mod.rs eval_all): the define forms,
// registered into the ContractContext being built, and the other top-level expressions, evaluated in order.
// Internal to stacks_clarity_vm.
//
// Charging at deployment, as eval_all:
//   define-constant         its value's evaluation, then cost_bind_name(0)
//   define-private/-public/-read-only   each argument type's cost_type_parse_step nodes, then cost_bind_name(0)
//   define-data-var         cost_type_parse_step per type node, the value, then cost_create_var(type size)
//                           (the initial value's write is not charged)
//   define-map              the key type's and value type's parse steps, then cost_create_map(key + value size)
//   define-trait            the parse steps of every type of its signatures
//   use-trait, impl-trait   nothing
//   define-fungible-token, define-non-fungible-token   as assets.h says
//
// Loading a deployed contract (contract_store.h) runs the same registration over its stored source with a throwaway
// tracker, taking the constants' values from the stored contract instead of evaluating them, and writing nothing.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "clarity/ast/symbolic_expression.h"
#include "clarity/vm/contract.h"
#include "clarity/vm/evaluator.h"
#include "util/result.h"

namespace stacks::clarity::vm {

/// The define forms (DefineFunctions), kNone for any other expression.
enum class DefineKind : uint8_t {
  kNone,
  kConstant,
  kPrivateFunction,
  kReadOnlyFunction,
  kPublicFunction,
  kDataVar,
  kMap,
  kFungibleToken,
  kNonFungibleToken,
  kTrait,
  kUseTrait,
  kImplTrait,
};

/// Which define form `expression` is, by its head (DefineFunctions::try_parse). Pure.
DefineKind ClassifyDefine(const ast::SymbolicExpression& expression);

/// What a stored contract supplies instead of evaluation when it is loaded.
struct StoredDefinitions {
  std::map<std::string, Value, std::less<>> constants;
  std::map<std::string, std::optional<Uint128>, std::less<>> fungible_tokens;
};

/// Registers the define form `expression` (of kind `kind`, not kNone) into `contract` (evaluate_define and eval_all's
/// registration). With `stored` null it is a deployment: values are evaluated and data vars get their initial value
/// in the store; otherwise a load: values come from `stored`, nothing is written. REQUIRES: env runs `contract`.
/// Errors: Unchecked(..) for what the type checker refuses (a used name, a bad signature, a value of the wrong type,
/// a bad trait definition, a bad token definition); kCorruption when `stored` lacks a constant or token; the
/// evaluator's and the store's.
util::Status EvalDefine(const ast::SymbolicExpression& expression, DefineKind kind, Environment& env,
                        ContractContext& contract, const StoredDefinitions* stored);

/// Takes what the traits resolver found in contract.ast (its referenced and implemented traits) into `contract`, so
/// that `<name>` resolves in type signatures. REQUIRES: contract.ast is set.
void AdoptTraits(ContractContext& contract);

/// Evaluates a contract's top level (eval_all): each expression in a level of its own, committed when it succeeds;
/// define forms register into `contract` (as EvalDefine with no stored definitions), the others are evaluated as
/// the contract. Answers the last non-define expression's value, or nullopt when there is none. REQUIRES: env runs
/// `contract` (invocation and deploying()). Errors: the first failing expression's; the store's.
util::Result<std::optional<Value>> EvalTopLevel(const std::vector<ast::SymbolicExpression>& expressions,
                                                Environment& env, ContractContext& contract);

}  // namespace stacks::clarity::vm
