// Calls of defined functions and of other contracts (stacks-core clarity/src/vm/callables.rs DefinedFunction,
// contexts.rs execute_contract / execute_function_as_transaction / handle_tx_result, functions/database.rs
// special_contract_call, functions/mod.rs special_as_contract and special_contract_of). Internal to
// stacks_clarity_vm.
//
// Charging, as the reference:
//   a user function      cost_lookup_function (by the caller), the arguments, cost_user_function_application(
//                        argument count), cost_inner_type_check_cost per argument (at the declared type's size; at
//                        the argument's size from Epoch 3.3), then the body
//   contract-call?       cost_contract_call(0), the arguments left to right, then (static or dynamic)
//                        cost_load_contract(source length + data size) and the callee as above
//   as-contract          cost_as_contract(0) from Epoch 2.1, then the body
//   contract-of          cost_contract_of(0)
// A public or read-only function runs in a level of its own (execute_function_as_transaction): a read-only one is
// always rolled back; a public one is committed when it returns (ok ..) and rolled back when it returns (err ..) or
// fails. Costs stay charged either way.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "clarity/vm/contract.h"
#include "clarity/vm/evaluator.h"
#include "clarity/vm/natives.h"
#include "util/result.h"

namespace stacks::clarity::vm {

/// Where a call of ExecuteContract comes from; it decides how a missing contract or function is reported.
enum class CallSite : uint8_t {
  /// A contract-call transaction or a read-only call: CallError(NoSuchContract(..), ...). REQUIRES: the caller has
  /// opened the transaction's level and nothing is in it yet; a public function runs in that level rather than in
  /// one of its own (kept for (ok ..), emptied otherwise: indistinguishable from a level of its own).
  kTransaction,
  kStatic,   ///< `(contract-call? .c f ...)`: what the type checker refuses, Unchecked(NoSuchContract(..), ...).
  kDynamic,  ///< Through a trait: the caller has checked the contract and function already.
};

/// Calls `function` of the running contract with its arguments unevaluated (apply of a UserFunction): the
/// recursion and call-stack checks, the arguments left to right, then the function (as ApplyDefinedEvaluated).
/// Errors: Unchecked(CircularReference(..)) for a recursive call, Runtime(MaxStackDepthReached); the arguments'
/// and the function's errors.
util::Result<Value> ApplyDefined(const DefinedFunction& function, Args args, Environment& env,
                                 const LocalContext& context);

/// Calls `function` of the running contract on values already evaluated (apply_evaluated: map, filter, fold).
/// A private function runs in place; a public or read-only one through its own level (see the file comment).
/// The values in `args` are moved from. Errors: as ApplyDefined; Unchecked(IncorrectArgumentCount(..)) and
/// Unchecked(TypeValueError(..)) for arguments its signature refuses; Unchecked(PublicFunctionMustReturnResponse(..))
/// for a public function that returns something else.
util::Result<Value> ApplyDefinedEvaluated(const DefinedFunction& function, std::span<Value> args, Environment& env);

/// Calls `function_name` of the deployed contract `contract` with `args` (inner_execute_contract): charges
/// cost_load_contract, loads it, checks the function is public (and read-only when `read_only`), refuses a
/// function already on the call stack, and runs it in its own level as the callee (the running invocation's
/// sender and caller are kept: the caller sets them). Errors: for `site` kTransaction, CallError(NoSuchContract(id)),
/// CallError(NoSuchFunction(id, f)), CallError(NoSuchPublicFunction(id, f)), CallError(NotReadOnly(id, f)); for
/// kStatic the same as Unchecked(..); RuntimeCheck(CircularReference(..)); for kTransaction, arguments the function's
/// signature refuses are RuntimeCheck(IncorrectArgumentCount(..)) and RuntimeCheck(TypeValueError(..)) (nobody
/// checked them before), elsewhere Unchecked(..); the function's errors; the store's.
util::Result<Value> ExecuteContract(const ContractIdentifier& contract, std::string_view function_name,
                                    std::vector<Value> args, bool read_only, CallSite site, Environment& env);

/// (contract-call? contract function args...): static when `contract` is a contract literal, dynamic when it names
/// a trait-typed argument or binding (the callee is then checked against the trait at run time, as the reference
/// does, unless it declared impl-trait of it). Errors: Unchecked(..) for what the type checker refuses
/// (ContractCallExpectName, a static callee missing); RuntimeCheck(NoSuchContract(..)),
/// RuntimeCheck(BadTraitImplementation(..)), RuntimeCheck(NoSuchPublicFunction(..)),
/// RuntimeCheck(ReturnTypesMustMatch(..)), RuntimeCheck(CircularReference(..)) for a dynamic call to the running
/// contract, RuntimeCheck(Unreachable(Trait based contract call in read-only)); the callee's errors.
util::Result<Value> SpecialContractCall(Args args, Environment& env, const LocalContext& context);

/// (as-contract body) (Clarity 1 - 3): the body with tx-sender and contract-caller the running contract.
util::Result<Value> SpecialAsContract(Args args, Environment& env, const LocalContext& context);

/// (contract-of trait-arg): the contract principal of a trait-typed argument or binding. Errors: Unchecked(..)
/// when the argument is not one (ContractOfExpectsTrait); RuntimeCheck(NoSuchContract(..)) when it is not deployed.
util::Result<Value> SpecialContractOf(Args args, Environment& env, const LocalContext& context);

}  // namespace stacks::clarity::vm
