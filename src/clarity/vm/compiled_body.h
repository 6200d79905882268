// A fast path for user functions whose body reads and writes maps over integers, such as the helpers folds call
// once per item: (define-private (put (k uint) (acc uint)) (begin (map-set squares k (* k k)) (+ acc u1))) or
// (define-private (get-one (k uint) (acc uint)) (+ acc (default-to u0 (map-get? squares k)))). It extends the
// arithmetic fast path (arithmetic_body.h), which answers bodies of arithmetic alone, to bodies that also touch the
// store; a body the arithmetic path takes is not compiled here.
//
// A body qualifies when it is a call of +, -, *, / or mod, begin, default-to, map-get? or map-set whose arguments
// are the function's arguments (each an int or a uint, no two with one name), integer literals or such calls again,
// with no map-get? after a map-set in evaluation order, and whose maps (int or uint keys and values) are defined
// already. At definition CompileBody turns it into those operations in postfix order, with each argument's position
// and each map's key prefix and types resolved.
//
// RunCompiledBody evaluates it on unboxed values and records what the evaluator would charge (cost_lookup_function
// per call; cost_lookup_variable_depth and _size per argument read, the size left out of a map-get? key read from
// Epoch 3.4; each native at its argument count, all summed at definition; map-get? and map-set at the lengths read
// and written), and keeps the writes aside. The most memory held at once (argument values being applied, and what
// map-set writes, which stays counted) is known at definition. Only then, when nothing failed, the memory limit has
// room for that peak, the call stack for the body's nesting, and every charge (each a cost function of the cost
// version's fast forms) fits the limit, does it make the writes, count their memory and add the charges at once: the
// same value, totals and store as evaluating the body. Otherwise, and in Epoch 2.0 (whose map natives charge before
// they go to the store), it answers nullopt having changed nothing, and the caller evaluates the body as usual, which
// reaches the same result or the reference's error at the reference's point.
//
// Reads see the store as the evaluator's would: a map-get? runs before any write of the body (the rule above).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "clarity/costs/cost_table.h"
#include "clarity/types/principal.h"
#include "clarity/types/value.h"
#include "clarity/vm/arithmetic_body.h"
#include "common/clarity_version.h"

namespace stacks::clarity::vm {

class Environment;
struct ContractContext;
struct DefinedFunction;

/// A qualifying body, compiled (see above): its operations in postfix order, each taking its arguments' values off
/// an evaluation stack and leaving its own.
struct CompiledBody {
  struct Step {
    enum class Kind : uint8_t { kArgument, kLiteral, kArithmetic, kBegin, kDefaultTo, kMapGet, kMapSet };
    Kind kind = Kind::kLiteral;
    ArithmeticBody::Op op = ArithmeticBody::Op::kAdd;  ///< kArithmetic: the native.
    /// Whether its value is an argument of a native (not of a map native, which holds nothing), counted as memory
    /// from when it is evaluated until that native returns.
    bool held = false;
    /// kArgument: the argument's position; kArithmetic, kBegin, kDefaultTo: how many values they take; kMapGet,
    /// kMapSet: the map's position in `maps`.
    uint32_t index = 0;
    Value::Kind literal_kind = Value::Kind::kInt;  ///< kLiteral: kInt or kUInt.
    Uint128 literal = 0;                           ///< kLiteral: the value's bits (an int's two's complement).
  };
  /// A map it reads or writes, as the contract defined it.
  struct Map {
    std::string entry_key_prefix;           ///< DataMapTypes::entry_key_prefix.
    Value::Kind key = Value::Kind::kInt;    ///< kInt or kUInt.
    Value::Kind value = Value::Kind::kInt;  ///< kInt or kUInt.
  };
  std::vector<Step> steps;  ///< Postfix order.
  std::vector<Map> maps;
  ContractIdentifier contract;  ///< The contract whose maps these are: the body runs only in it.
  /// ValueSize of each kind of value the body handles: int, uint, bool, none, (some int), (some uint).
  std::array<uint32_t, 6> sizes{};
  std::vector<Value::Kind> argument_kinds;  ///< kInt or kUInt, one per argument of the function.
  uint32_t depth = 0;                       ///< How deep its calls nest (1 for a call of literals and arguments).
  uint32_t map_operations = 0;              ///< How many map-get? and map-set it has.
  /// The most memory it holds at once (argument values of natives, and what map-set writes) when it runs to its
  /// end, a `map-get?` value counted at the larger of none and some; and what its writes keep counted after it.
  uint64_t memory_peak = 0;
  uint64_t memory_kept = 0;
  bool writes = false;  ///< Whether it has a map-set.
  /// The charges that do not depend on what the body reads, summed: the application's own
  /// (cost_user_function_application and cost_inner_type_check_cost for each argument, as ExecuteApply charges them)
  /// and the body's but those of map-get? and map-set. Per cost version, the runtime they add, [0] before Epoch 3.4 and
  /// [1] from it (map-get? keys read borrowed), or kNoFixedSum where one is not a runtime-only cost of that version's
  /// fast forms.
  static constexpr uint64_t kNoFixedSum = UINT64_MAX;
  std::array<std::array<uint64_t, 2>, costs::kCostVersionCount> fixed_runtime{};
};

/// The compiled body of `function` of `contract` (whose maps it reads are defined already), or nullopt when it does
/// not qualify.
std::optional<CompiledBody> CompileBody(const DefinedFunction& function, const ContractContext& contract);

/// The value of applying the function of `body` to the argument values `args` (ExecuteApply: its charges, the
/// arguments bound, the body evaluated), its writes made and its charges and memory counted in `env` at once; or
/// nullopt, having charged, counted and written nothing, when the fast path does not apply (see above).
std::optional<Value> RunCompiledBody(const CompiledBody& body, std::span<const Value> args, Environment& env);

}  // namespace stacks::clarity::vm
