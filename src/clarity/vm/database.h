// Contract state in the evaluator (stacks-core clarity/src/vm/functions/database.rs and define.rs, and the parts of
// vm/mod.rs eval_all and vm/database/clarity_db.rs they use): the top-level define forms and the natives that read
// and write data vars and maps. Internal to stacks_clarity_vm.
//
// Charging (Epoch 2.05 and later, the reference's *_v205 forms; the sizes are serialized byte lengths):
//   define-constant   its value's evaluation, then cost_bind_name(0)
//   define-data-var   cost_type_parse_step per type node, the value, then cost_create_var(type size)
//   define-map        the key type's and value type's parse steps, then cost_create_map(key size + value size)
//   var-get           cost_fetch_var(stored length)
//   var-set           the value, then cost_set_var(written length)
//   map-get?          the key, then cost_fetch_entry(key length + stored length, or key length if absent)
//   map-set           key and value, then cost_set_entry(key length + length of the written (some value))
//   map-insert        as map-set; an existing entry: cost_set_entry(key length), nothing written, false
//   map-delete        the key, then cost_set_entry(key length + 1) (a `none` is written), or key length if absent
// A value whose type the definition does not admit is the type checker's refusal: Unchecked(TypeValueError(..)).
#pragma once

#include <string>
#include <vector>

#include "clarity/ast/symbolic_expression.h"
#include "clarity/vm/evaluator.h"
#include "clarity/vm/natives.h"
#include "util/result.h"

namespace stacks::clarity::vm {

/// The reference's parse_type_repr (natives.cpp): one cost_type_parse_step per node.
util::Result<TypeSignature> ParseTypeSignature(const ast::SymbolicExpression& x, Environment& env);

util::Result<Value> SpecialFetchVariable(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialSetVariable(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialFetchEntry(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialSetEntry(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialInsertEntry(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialDeleteEntry(Args args, Environment& env, const LocalContext& context);

/// Calls the defined function `name` (the reference's apply of a UserFunction and DefinedFunction::execute_apply):
/// the call-stack checks, the arguments left to right, then cost_user_function_application(argument count) and
/// cost_inner_type_check_cost per argument (at the declared type's size; at the argument's size from Epoch 3.3),
/// each argument checked against its type and bound in a fresh local context, and the body. A short return
/// (asserts!, unwrap!, unwrap-err!, try!) out of the body is the function's value, free. A read-only function runs
/// in a nested store level that is rolled back (execute_function_as_transaction; its costs stay charged). Errors:
/// Unchecked(..) for a wrong argument count or type, a recursive call (CircularReference); the evaluator's.
util::Result<Value> ApplyDefined(const std::string& name, const DefinedFunction& function, Args args, Environment& env,
                                 const LocalContext& context);

/// ApplyDefined over arguments already evaluated (apply_evaluated: map, filter, fold): the recursion and call-stack
/// checks, then the call.
util::Result<Value> ApplyDefinedEvaluated(const std::string& name, const DefinedFunction& function,
                                          std::vector<Value> values, Environment& env);

/// Whether `expression` is a top-level define form this evaluator runs (define-constant, define-data-var,
/// define-map, define-private, define-read-only).
bool IsSupportedDefine(const ast::SymbolicExpression& expression);

/// Runs the define form `expression` at a contract's top level (evaluate_define and eval_all's registration),
/// registering it in env.contract(). REQUIRES: IsSupportedDefine(expression), env.contract() set with an open store
/// level. Errors: Unchecked(..) for what the type checker refuses (a used name, a bad signature, a value of the wrong
/// type); the evaluator's and the store's.
util::Status EvalDefine(const ast::SymbolicExpression& expression, Environment& env);

}  // namespace stacks::clarity::vm
