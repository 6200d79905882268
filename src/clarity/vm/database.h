// Contract data in the evaluator (stacks-core clarity/src/vm/functions/database.rs, and the parts of
// vm/database/clarity_db.rs they use): the natives that read and write data vars and maps. Internal to
// stacks_clarity_vm.
//
// Charging (Epoch 2.05 and later, the reference's *_v205 forms; the sizes are serialized byte lengths):
//   var-get           cost_fetch_var(stored length)
//   var-set           the value, then cost_set_var(written length)
//   map-get?          the key, then cost_fetch_entry(key length + stored length, or key length if absent)
//   map-set           key and value, then cost_set_entry(key length + length of the written (some value))
//   map-insert        as map-set; an existing entry: cost_set_entry(key length), nothing written, false
//   map-delete        the key, then cost_set_entry(key length + 1) (a `none` is written), or key length if absent
// A value whose type the definition does not admit is the type checker's refusal: Unchecked(TypeValueError(..)).
#pragma once

#include <cstdint>
#include <string>

#include "clarity/ast/symbolic_expression.h"
#include "clarity/vm/evaluator.h"
#include "clarity/vm/natives.h"
#include "util/result.h"

namespace stacks::clarity::vm {

/// The reference's parse_type_repr (natives.cpp): one cost_type_parse_step per node. A `<trait>` resolves against
/// the running contract's referenced traits (its `field` when the parser resolved it).
util::Result<TypeSignature> ParseTypeSignature(const ast::SymbolicExpression& x, Environment& env);

/// Ok if `type` admits `value`; else the type checker's refusal Unchecked(TypeValueError(type, value)).
util::Status CheckAdmits(const TypeSignature& type, const Value& value);

/// Writes `value` under data `key` of the store (put_value_with_size) and answers its serialized length.
/// Errors: the store's.
util::Result<uint64_t> PutStoredValue(Environment& env, std::string key, const Value& value);

util::Result<Value> SpecialFetchVariable(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialSetVariable(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialFetchEntry(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialSetEntry(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialInsertEntry(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialDeleteEntry(Args args, Environment& env, const LocalContext& context);

}  // namespace stacks::clarity::vm
