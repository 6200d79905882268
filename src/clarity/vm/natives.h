// The native function table (stacks-core clarity/src/vm/functions/mod.rs, lookup_reserved_functions). Internal to
// stacks_clarity_vm.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "clarity/ast/symbolic_expression.h"
#include "clarity/costs/cost_function.h"
#include "clarity/vm/evaluator.h"

namespace stacks::clarity::vm {

using Args = std::span<const ast::SymbolicExpression>;
/// A special form: evaluates (or not) its own arguments and charges its own cost.
using SpecialFn = util::Result<Value> (*)(Args args, Environment& env, const LocalContext& context);
/// A native over evaluated arguments (their values, which it may move from); the caller charged its cost.
using NativeFn = util::Result<Value> (*)(std::span<Value> args, Environment& env);

enum class CostInput : uint8_t {
  kArgCount,  ///< Native: n = number of arguments.
  /// Native205 (cost_input_sized_vararg): n = sum of the arguments' serialized sizes. Native205 inputs apply from
  /// Epoch 2.05; in 2.0 every native is charged as kArgCount.
  kSerializedSize,
  kFirstBufferLength,  ///< Native205: n = the first argument's length if it is a buffer, else 0.
  kFifthListLength     ///< Native205: n = the fifth argument's length if it is a list, else 0.
};

struct NativeFunction {
  std::string_view name;
  ClarityVersion since = ClarityVersion::kClarity1;
  ClarityVersion until = ClarityVersion::kClarity6;  ///< The last version that has it (as-contract: Clarity 3).
  SpecialFn special = nullptr;                       ///< Exactly one of special and native is set.
  NativeFn native = nullptr;
  costs::CostFunction cost = costs::CostFunction::kUnimplemented;
  CostInput input = CostInput::kArgCount;
};

/// The native named `name` in `version`, or nullptr.
const NativeFunction* LookupNative(std::string_view name, ClarityVersion version);
/// The position of `function` in the native table (REQUIRES: an entry LookupNative answered), and the entry at a
/// position (nullptr past the table's end): natives as small numbers, for the evaluator's memos.
uint32_t NativeIndex(const NativeFunction& function);
const NativeFunction* NativeAtIndex(uint32_t index);

/// apply: evaluates the arguments of a native (or hands them to a special form), then runs it.
util::Result<Value> Apply(const NativeFunction& function, Args args, Environment& env, const LocalContext& context);
/// What lookup_function finds (CallableType): a native, or a function the running contract defined (`defined`
/// points into env.contract()->functions).
struct Callable {
  const NativeFunction* native = nullptr;
  const DefinedFunction* defined = nullptr;
};
/// apply_evaluated: runs `function` on values already evaluated (map, filter, fold).
/// The values in `args` are moved from (the vector is left for the caller to clear or reuse).
util::Result<Value> ApplyEvaluated(const Callable& function, std::span<Value> args, Environment& env,
                                   const LocalContext& context);
/// lookup_function: charges cost_lookup_function, then finds the native, else the contract's defined function.
/// Errors: Unchecked(UndefinedFunction(name)).
util::Result<Callable> LookupFunction(std::string_view name, Environment& env);

/// The reference's Value::size(): TypeOf(value).Size(), without building a type (TypeSizeOf).
inline uint64_t ValueSize(const Value& value) {
  switch (value.kind()) {
    case Value::Kind::kInt:
    case Value::Kind::kUInt:
      return 16;
    case Value::Kind::kBool:
      return 1;
    default:
      return TypeSizeOf(value);
  }
}

/// Evaluates a call's arguments (apply's and a user function's), left to right into `values`, each counted in
/// `memory` until it goes, with the apply depth raised while they are evaluated. REQUIRES: `values` has room for
/// them (InlineValues::kCapacity). Errors: the first argument's evaluation or memory error.
util::Status EvaluateArguments(Args args, Environment& env, const LocalContext& context, ScopedMemory& memory,
                               InlineValues& values);
util::Status EvaluateArguments(Args args, Environment& env, const LocalContext& context, ScopedMemory& memory,
                               std::vector<Value>& values);

}  // namespace stacks::clarity::vm
