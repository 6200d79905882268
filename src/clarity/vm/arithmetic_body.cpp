#include "clarity/vm/arithmetic_body.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "clarity/vm/evaluator.h"
#include "clarity/vm/natives.h"

namespace stacks::clarity::vm {
namespace {

using ast::SymbolicExpression;
using costs::CostFunction;
using Op = ArithmeticBody::Op;
using Step = ArithmeticBody::Step;

// The most values the evaluation stack holds: bodies needing more are left to the evaluator.
constexpr uint32_t kMaxStack = 32;

struct NativeOp {
  std::string_view name;
  Op op;
  CostFunction cost;
  size_t min_args;
  size_t max_args;
};

// The natives the fast path computes, with the argument counts it takes them at (unary minus is left out: it
// negates rather than subtracts).
constexpr std::array kOps = {
    NativeOp{"+", Op::kAdd, CostFunction::kAdd, 1, SIZE_MAX}, NativeOp{"-", Op::kSub, CostFunction::kSub, 2, SIZE_MAX},
    NativeOp{"*", Op::kMul, CostFunction::kMul, 1, SIZE_MAX}, NativeOp{"/", Op::kDiv, CostFunction::kDiv, 2, SIZE_MAX},
    NativeOp{"mod", Op::kMod, CostFunction::kMod, 2, 2},
};

class Compiler {
 public:
  Compiler(const DefinedFunction& function, ClarityVersion version, ArithmeticBody& out)
      : m_function(function), m_version(version), m_out(out) {}

  // Appends the steps and charges of `e`; false when it does not qualify. `held` is the memory its caller's
  // earlier arguments hold while it is evaluated, `depth` how many calls enclose it.
  bool Compile(const SymbolicExpression& e, uint64_t held, uint32_t depth) {
    switch (e.kind) {
      case SymbolicExpression::Kind::kLiteralValue: {
        if (!e.value || e.value->kind() != m_out.kind) return false;
        Step step;
        step.kind = Step::Kind::kLiteral;
        step.literal = m_out.kind == Value::Kind::kInt ? static_cast<Uint128>(e.value->AsInt()) : e.value->AsUInt();
        return Push(step);
      }
      case SymbolicExpression::Kind::kAtom: {
        const auto& arguments = m_function.arguments;
        const auto it = std::find_if(arguments.begin(), arguments.end(),
                                     [&](const auto& argument) { return argument.first == e.name; });
        if (it == arguments.end()) return false;
        Step step;
        step.kind = Step::Kind::kArgument;
        step.index = static_cast<uint32_t>(it - arguments.begin());
        // LookupVariable in a function body's context (depth 0), then the value's size.
        m_out.charges.push_back({CostFunction::kLookupVariableDepth, 0});
        m_out.charges.push_back({CostFunction::kLookupVariableSize, ValueSize(Sample())});
        return Push(step);
      }
      case SymbolicExpression::Kind::kList:
        return CompileCall(e, held, depth + 1);
      default:
        return false;
    }
  }

 private:
  bool CompileCall(const SymbolicExpression& e, uint64_t held, uint32_t depth) {
    if (e.items.empty() || e.items[0].kind != SymbolicExpression::Kind::kAtom) return false;
    const NativeFunction* native = LookupNative(e.items[0].name, m_version);
    if (native == nullptr || native->special != nullptr || native->input != CostInput::kArgCount) return false;
    const auto op = std::find_if(kOps.begin(), kOps.end(), [&](const NativeOp& o) { return o.name == native->name; });
    if (op == kOps.end() || op->cost != native->cost) return false;
    const size_t count = e.items.size() - 1;
    if (count < op->min_args || count > op->max_args || count > kMaxStack) return false;
    m_out.depth = std::max(m_out.depth, depth);
    // Eval's cost_lookup_function, then Apply's arguments, each held as memory once evaluated, then the native.
    m_out.charges.push_back({CostFunction::kLookupFunction, 0});
    uint64_t running = held;
    for (size_t i = 1; i < e.items.size(); ++i) {
      if (!Compile(e.items[i], running, depth)) return false;
      running += ValueSize(Sample());
      m_out.memory_peak = std::max(m_out.memory_peak, running);
    }
    m_out.charges.push_back({native->cost, count});
    Step step;
    step.kind = Step::Kind::kApply;
    step.op = op->op;
    step.index = static_cast<uint32_t>(count);
    m_stack -= count;
    return Push(step);
  }

  bool Push(const Step& step) {
    m_out.steps.push_back(step);
    ++m_stack;
    m_out.stack_needed = std::max(m_out.stack_needed, m_stack);
    return m_stack <= kMaxStack;
  }

  Value Sample() const { return m_out.kind == Value::Kind::kInt ? Value::Int(0) : Value::UInt(0); }

  const DefinedFunction& m_function;
  ClarityVersion m_version;
  ArithmeticBody& m_out;
  uint32_t m_stack = 0;
};

// One native over `values` (count of them), as natives.cpp computes it; false where it would fail.
template <typename T>
bool Apply(Op op, const T* values, uint32_t count, T& out) {
  T acc = values[0];
  for (uint32_t i = 1; i < count; ++i) {
    if (!ArithmeticStep<T>(op, acc, values[i])) return false;
  }
  out = acc;
  return true;
}

template <typename T>
std::optional<T> Run(const ArithmeticBody& body, std::span<const Value> args) {
  std::array<T, kMaxStack> stack;
  uint32_t top = 0;
  for (const Step& step : body.steps) {
    switch (step.kind) {
      case Step::Kind::kArgument:
        if constexpr (std::is_signed_v<T>) {
          stack[top++] = args[step.index].AsInt();
        } else {
          stack[top++] = args[step.index].AsUInt();
        }
        break;
      case Step::Kind::kLiteral:
        stack[top++] = static_cast<T>(step.literal);
        break;
      case Step::Kind::kApply: {
        top -= step.index;
        T result;
        if (!Apply<T>(step.op, &stack[top], step.index, result)) return std::nullopt;
        stack[top++] = result;
        break;
      }
    }
  }
  return stack[0];
}

}  // namespace

std::optional<ArithmeticBody> CompileArithmeticBody(const DefinedFunction& function, ClarityVersion version) {
  if (function.body == nullptr || function.arguments.empty()) return std::nullopt;
  ArithmeticBody body;
  const TypeSignature::Kind kind = function.arguments.front().second.kind();
  if (kind != TypeSignature::Kind::kInt && kind != TypeSignature::Kind::kUInt) return std::nullopt;
  body.kind = kind == TypeSignature::Kind::kInt ? Value::Kind::kInt : Value::Kind::kUInt;
  for (size_t i = 0; i < function.arguments.size(); ++i) {
    if (function.arguments[i].second.kind() != kind) return std::nullopt;
    for (size_t j = 0; j < i; ++j) {
      if (function.arguments[j].first == function.arguments[i].first) return std::nullopt;
    }
  }
  body.arguments = static_cast<uint32_t>(function.arguments.size());
  if (function.body->kind != ast::SymbolicExpression::Kind::kList) return std::nullopt;
  Compiler compiler(function, version, body);
  if (!compiler.Compile(*function.body, 0, 0)) return std::nullopt;
  return body;
}

std::optional<Value> RunArithmeticBody(const ArithmeticBody& body, std::span<const Value> args, Environment& env) {
  if (args.size() != body.arguments) return std::nullopt;
  for (const Value& arg : args) {
    if (arg.kind() != body.kind) return std::nullopt;
  }
  // Every Apply and Dispatch of the body checks the call stack at its nesting (the deepest at depth - 1 more than
  // now), and every argument value held counts against the memory limit.
  if (env.stack_depth() + body.depth > MaxCallStackDepth(env.epoch())) return std::nullopt;
  GlobalContext& global = env.global();
  if (!global.MemoryFits(body.memory_peak)) return std::nullopt;
  std::optional<Value> value;
  if (body.kind == Value::Kind::kInt) {
    if (std::optional<Int128> result = Run<Int128>(body, args)) value = Value::Int(*result);
  } else {
    if (std::optional<Uint128> result = Run<Uint128>(body, args)) value = Value::UInt(*result);
  }
  if (!value || !global.TryChargeRuntimeAll(body.charges)) return std::nullopt;
  return value;
}

}  // namespace stacks::clarity::vm
