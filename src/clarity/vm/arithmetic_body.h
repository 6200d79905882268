// A fast path for user functions whose whole body is integer arithmetic over their own arguments, such as
// (define-private (step (x int) (acc int)) (+ acc (* x x))): folds and maps over lists call such helpers once per
// item, and most of their time went to evaluating the tree, not to the arithmetic.
//
// A body qualifies when it is a call of +, -, *, / or mod (as the contract's Clarity version names them) whose
// arguments are the function's arguments, integer literals or such calls again, all of one kind (all int or all
// uint; every argument of the function of that kind, no two with one name). At definition CompileArithmeticBody
// turns it into steps in postfix order and records what evaluating it charges: for each call cost_lookup_function,
// for each argument read cost_lookup_variable_depth and cost_lookup_variable_size, for each native its cost at its
// argument count (as the evaluator charges them, natives.cpp Apply/Dispatch and evaluator.cpp LookupVariable), the
// most memory its argument values hold at once, and how deep its calls nest.
//
// RunArithmeticBody then answers the body's value without walking the tree, but only when that changes nothing
// observable: the arithmetic succeeds (no overflow, underflow or division by zero), the call stack and the memory
// limit have room for the deepest point, and every charge is a runtime-only cost whose sum fits the limit, which it
// then adds at once. Otherwise it answers nullopt having done nothing, and the caller evaluates the body as usual,
// which reaches the same value and totals or the reference's error at the reference's point.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <type_traits>
#include <vector>

#include "clarity/types/value.h"
#include "clarity/vm/global_context.h"
#include "common/clarity_version.h"

namespace stacks::clarity::vm {

class Environment;
struct DefinedFunction;

/// A qualifying body, compiled (see above).
struct ArithmeticBody {
  enum class Op : uint8_t { kAdd, kSub, kMul, kDiv, kMod };
  struct Step {
    enum class Kind : uint8_t { kArgument, kLiteral, kApply };
    Kind kind = Kind::kLiteral;
    Op op = Op::kAdd;     ///< kApply: the native.
    uint32_t index = 0;   ///< kArgument: the argument's position; kApply: how many values it takes off the stack.
    Uint128 literal = 0;  ///< kLiteral: the value's bits (an int's two's complement).
  };
  Value::Kind kind = Value::Kind::kInt;  ///< kInt or kUInt: every argument, literal and result.
  uint32_t arguments = 0;                ///< The function's argument count.
  std::vector<Step> steps;               ///< Postfix order.
  std::vector<PlannedCharge> charges;    ///< What evaluating the body charges, in order.
  uint64_t memory_peak = 0;              ///< The most bytes of argument values held at once while evaluating it.
  uint32_t depth = 0;                    ///< How deep its calls nest (1 for a call of literals and arguments).
  uint32_t stack_needed = 0;             ///< The most values on the evaluation stack at once.
};

/// One step of `op` as natives.cpp computes it, acc = acc op b: false where the native fails (overflow, underflow,
/// a zero divisor, MIN / -1), leaving acc unspecified. T is Int128 or Uint128.
template <typename T>
bool ArithmeticStep(ArithmeticBody::Op op, T& acc, T b) {
  using Op = ArithmeticBody::Op;
  switch (op) {
    case Op::kAdd:
      return !__builtin_add_overflow(acc, b, &acc);
    case Op::kSub:
      return !__builtin_sub_overflow(acc, b, &acc);
    case Op::kMul:
      return !__builtin_mul_overflow(acc, b, &acc);
    case Op::kDiv:
    case Op::kMod:
      // checked_div / checked_rem fail on a zero divisor and on MIN / -1.
      if (b == 0) return false;
      if constexpr (std::is_signed_v<T>) {
        if (b == -1 && acc == static_cast<T>(Uint128{1} << 127)) return false;
      }
      acc = op == Op::kDiv ? acc / b : acc % b;
      return true;
  }
  return false;
}

/// The compiled body of `function` in a contract of `version`, or nullopt when it does not qualify.
std::optional<ArithmeticBody> CompileArithmeticBody(const DefinedFunction& function, ClarityVersion version);

/// The value of `body` for the argument values `args` (as the function was called with them), charged to `env`
/// at once; or nullopt, having charged and changed nothing, when the fast path does not apply (see above).
std::optional<Value> RunArithmeticBody(const ArithmeticBody& body, std::span<const Value> args, Environment& env);

}  // namespace stacks::clarity::vm
