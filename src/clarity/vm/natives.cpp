// The natives of the first slice: arithmetic, comparison, boolean, equality, control flow, optionals and responses,
// lists and tuples, sequences, hashes, bitwise operations and integer casts. Each follows the reference's function
// in clarity/src/vm/functions/ (arithmetic.rs, boolean.rs, options.rs, sequences.rs, tuples.rs, crypto.rs, mod.rs),
// including the order in which it evaluates, charges and fails.
#include "clarity/vm/natives.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <new>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>

#include "clarity/types/limits.h"
#include "clarity/types/serialization.h"
#include "clarity/types/value_text.h"
#include "clarity/vm/assets.h"
#include "clarity/vm/block_natives.h"
#include "clarity/vm/calls.h"
#include "clarity/vm/clarity4.h"
#include "clarity/vm/clarity6.h"
#include "clarity/vm/crypto_natives.h"
#include "clarity/vm/database.h"
#include "clarity/vm/errors.h"
#include "clarity/vm/post_conditions.h"
#include "clarity/vm/stx.h"
#include "codec/stacks_address.h"
#include "crypto/hash.h"
#include "crypto/secp256k1.h"

namespace stacks::clarity::vm {

using ast::SymbolicExpression;
using costs::CostFunction;

namespace {

// The argument checks below are called by every native: their errors are built out of line.
[[gnu::noinline]] util::Error CountError(size_t expected, size_t got) {
  return Unchecked("IncorrectArgumentCount(" + std::to_string(expected) + ", " + std::to_string(got) + ")");
}

[[gnu::noinline]] util::Error AtLeastError(size_t expected, size_t got) {
  return Unchecked("RequiresAtLeastArguments(" + std::to_string(expected) + ", " + std::to_string(got) + ")");
}

inline util::Status CheckCount(size_t expected, size_t got) {
  if (expected != got) return CountError(expected, got);
  return {};
}

inline util::Status CheckAtLeast(size_t expected, size_t got) {
  if (got < expected) return AtLeastError(expected, got);
  return {};
}

[[gnu::noinline]] util::Error TypeError(std::string_view expected, const Value& got) {
  return Unchecked("TypeValueError(" + std::string(expected) + ", " + ToReferenceString(got) + ")");
}

bool IsInteger(const Value& v) { return v.kind() == Value::Kind::kInt || v.kind() == Value::Kind::kUInt; }

// All integer arguments must be of the first one's kind.
inline util::Status CheckIntegers(std::span<const Value> args) {
  if (args.empty()) return {};
  if (!IsInteger(args[0])) return TypeError("int or uint", args[0]);
  for (const Value& v : args) {
    if (v.kind() != args[0].kind()) return TypeError(args[0].kind() == Value::Kind::kInt ? "int" : "uint", v);
  }
  return {};
}

template <typename T>
Value Make(T v) {
  if constexpr (std::is_same_v<T, Int128>) {
    return Value::Int(v);
  } else {
    return Value::UInt(v);
  }
}

template <typename T>
T Get(const Value& v) {
  if constexpr (std::is_same_v<T, Int128>) {
    return v.AsInt();
  } else {
    return v.AsUInt();
  }
}

template <typename T>
util::Result<Value> Add(std::span<const Value> args) {
  T acc = 0;
  for (const Value& v : args) {
    if (__builtin_add_overflow(acc, Get<T>(v), &acc)) return RuntimeError("ArithmeticOverflow");
  }
  return Make<T>(acc);
}

template <typename T>
util::Result<Value> Sub(std::span<const Value> args) {
  T acc = Get<T>(args[0]);
  if (args.size() == 1) {
    T neg = 0;
    if (__builtin_sub_overflow(T{0}, acc, &neg)) return RuntimeError("ArithmeticUnderflow");
    return Make<T>(neg);
  }
  for (size_t i = 1; i < args.size(); ++i) {
    if (__builtin_sub_overflow(acc, Get<T>(args[i]), &acc)) return RuntimeError("ArithmeticUnderflow");
  }
  return Make<T>(acc);
}

template <typename T>
util::Result<Value> Mul(std::span<const Value> args) {
  T acc = 1;
  for (const Value& v : args) {
    if (__builtin_mul_overflow(acc, Get<T>(v), &acc)) return RuntimeError("ArithmeticOverflow");
  }
  return Make<T>(acc);
}

// checked_div / checked_rem: None (DivisionByZero) for a zero divisor and for MIN / -1.
template <typename T>
bool CheckedDivisible(T a, T b) {
  if (b == 0) return false;
  if constexpr (std::is_same_v<T, Int128>) {
    const Int128 min = static_cast<Int128>(Uint128{1} << 127);
    if (a == min && b == -1) return false;
  }
  return true;
}

template <typename T>
util::Result<Value> Div(std::span<const Value> args) {
  T acc = Get<T>(args[0]);
  for (size_t i = 1; i < args.size(); ++i) {
    T d = Get<T>(args[i]);
    if (!CheckedDivisible(acc, d)) return RuntimeError("DivisionByZero");
    acc /= d;
  }
  return Make<T>(acc);
}

template <typename T>
util::Result<Value> Mod(T a, T b) {
  if (!CheckedDivisible(a, b)) return RuntimeError("DivisionByZero");
  return Make<T>(a % b);
}

template <typename T>
util::Result<Value> Pow(T base, T power) {
  if (base == 0 && power == 0) return Make<T>(1);
  if (base == 1) return Make<T>(1);
  if (base == 0) return Make<T>(0);
  if (power == 1) return Make<T>(base);
  if (power < 0 || power > static_cast<T>(UINT32_MAX)) {
    return ArithmeticError("Power argument to (pow ...) must be a u32 integer");
  }
  // checked_pow: square-and-multiply, failing on any overflow of an intermediate that is used.
  uint32_t exp = static_cast<uint32_t>(power);
  T b = base;
  T acc = 1;
  while (exp > 1) {
    if ((exp & 1) != 0) {
      if (__builtin_mul_overflow(acc, b, &acc)) return RuntimeError("ArithmeticOverflow");
    }
    exp /= 2;
    if (__builtin_mul_overflow(b, b, &b)) return RuntimeError("ArithmeticOverflow");
  }
  if (__builtin_mul_overflow(acc, b, &acc)) return RuntimeError("ArithmeticOverflow");
  return Make<T>(acc);
}

template <typename T>
util::Result<Value> Sqrti(T n) {
  if (n < 0) return ArithmeticError("sqrti must be passed a positive integer");
  Uint128 v = static_cast<Uint128>(n);
  // Largest r with r * r <= v, by binary search over bits (r < 2^64).
  Uint128 r = 0;
  for (int bit = 63; bit >= 0; --bit) {
    Uint128 candidate = r | (Uint128{1} << bit);
    if (candidate * candidate <= v) r = candidate;
  }
  return Make<T>(static_cast<T>(r));
}

int LeadingZeros(Uint128 v) {
  uint64_t hi = static_cast<uint64_t>(v >> 64);
  uint64_t lo = static_cast<uint64_t>(v);
  if (hi != 0) return __builtin_clzll(hi);
  if (lo != 0) return 64 + __builtin_clzll(lo);
  return 128;
}

template <typename T>
util::Result<Value> Log2(T n) {
  if (n < 1) return ArithmeticError("log2 must be passed a positive integer");
  return Make<T>(static_cast<T>(127 - LeadingZeros(static_cast<Uint128>(n))));
}

// Dispatches a variadic integer operation on the kind of its arguments.
#define STACKS_INT_VARIADIC(NAME, OP)                                                  \
  util::Result<Value> NAME(std::span<Value> args, Environment&) {                      \
    STACKS_RETURN_IF_ERROR(CheckAtLeast(1, args.size()));                              \
    STACKS_RETURN_IF_ERROR(CheckIntegers(args));                                       \
    return args[0].kind() == Value::Kind::kInt ? OP<Int128>(args) : OP<Uint128>(args); \
  }
STACKS_INT_VARIADIC(NativeAdd, Add)
STACKS_INT_VARIADIC(NativeSub, Sub)
STACKS_INT_VARIADIC(NativeMul, Mul)
STACKS_INT_VARIADIC(NativeDiv, Div)
#undef STACKS_INT_VARIADIC

#define STACKS_INT_BINARY(NAME, OP)                                                               \
  util::Result<Value> NAME(std::span<Value> args, Environment&) {                                 \
    STACKS_RETURN_IF_ERROR(CheckCount(2, args.size()));                                           \
    STACKS_RETURN_IF_ERROR(CheckIntegers(args));                                                  \
    return args[0].kind() == Value::Kind::kInt ? OP<Int128>(args[0].AsInt(), args[1].AsInt())     \
                                               : OP<Uint128>(args[0].AsUInt(), args[1].AsUInt()); \
  }
STACKS_INT_BINARY(NativeMod, Mod)
STACKS_INT_BINARY(NativePow, Pow)
#undef STACKS_INT_BINARY

#define STACKS_INT_UNARY(NAME, OP)                                                                            \
  util::Result<Value> NAME(std::span<Value> args, Environment&) {                                             \
    STACKS_RETURN_IF_ERROR(CheckCount(1, args.size()));                                                       \
    STACKS_RETURN_IF_ERROR(CheckIntegers(args));                                                              \
    return args[0].kind() == Value::Kind::kInt ? OP<Int128>(args[0].AsInt()) : OP<Uint128>(args[0].AsUInt()); \
  }
STACKS_INT_UNARY(NativeSqrti, Sqrti)
STACKS_INT_UNARY(NativeLog2, Log2)
#undef STACKS_INT_UNARY

// Bitwise operations work on the two's-complement bits of either kind.
Value FromBits(Value::Kind kind, Uint128 bits) {
  return kind == Value::Kind::kInt ? Value::Int(static_cast<Int128>(bits)) : Value::UInt(bits);
}
Uint128 Bits(const Value& v) { return v.kind() == Value::Kind::kInt ? static_cast<Uint128>(v.AsInt()) : v.AsUInt(); }

template <int kOp>  // 0 xor, 1 and, 2 or
util::Result<Value> NativeBitwise(std::span<Value> args, Environment&) {
  STACKS_RETURN_IF_ERROR(CheckAtLeast(kOp == 0 ? 2 : 1, args.size()));
  STACKS_RETURN_IF_ERROR(CheckIntegers(args));
  Uint128 acc = Bits(args[0]);
  for (size_t i = 1; i < args.size(); ++i) {
    Uint128 b = Bits(args[i]);
    acc = kOp == 0 ? (acc ^ b) : kOp == 1 ? (acc & b) : (acc | b);
  }
  return FromBits(args[0].kind(), acc);
}

util::Result<Value> NativeXor(std::span<Value> args, Environment& env) {
  STACKS_RETURN_IF_ERROR(CheckCount(2, args.size()));
  return NativeBitwise<0>(args, env);
}

util::Result<Value> NativeBitNot(std::span<Value> args, Environment&) {
  STACKS_RETURN_IF_ERROR(CheckCount(1, args.size()));
  STACKS_RETURN_IF_ERROR(CheckIntegers(args));
  return FromBits(args[0].kind(), ~Bits(args[0]));
}

template <bool kLeft>
util::Result<Value> NativeShift(std::span<Value> args, Environment&) {
  STACKS_RETURN_IF_ERROR(CheckCount(2, args.size()));
  if (!IsInteger(args[0])) return TypeError("int or uint", args[0]);
  if (args[1].kind() != Value::Kind::kUInt) return TypeError("uint", args[1]);
  unsigned shift = static_cast<unsigned>(args[1].AsUInt() % 128);
  if (kLeft) return FromBits(args[0].kind(), Bits(args[0]) << shift);
  if (args[0].kind() == Value::Kind::kInt) return Value::Int(args[0].AsInt() >> shift);
  return Value::UInt(args[0].AsUInt() >> shift);
}

util::Result<Value> NativeToUInt(std::span<Value> args, Environment&) {
  STACKS_RETURN_IF_ERROR(CheckCount(1, args.size()));
  if (args[0].kind() != Value::Kind::kInt) return TypeError("int", args[0]);
  if (args[0].AsInt() < 0) return RuntimeError("ArithmeticUnderflow");
  return Value::UInt(static_cast<Uint128>(args[0].AsInt()));
}

util::Result<Value> NativeToInt(std::span<Value> args, Environment&) {
  STACKS_RETURN_IF_ERROR(CheckCount(1, args.size()));
  if (args[0].kind() != Value::Kind::kUInt) return TypeError("uint", args[0]);
  if (args[0].AsUInt() > (Uint128{1} << 127) - 1) return RuntimeError("ArithmeticOverflow");
  return Value::Int(static_cast<Int128>(args[0].AsUInt()));
}

// --- comparisons --------------------------------------------------------------------------------------------------

// -1, 0, 1; or an error when the pair is not comparable in `version`.
util::Result<int> Compare(const Value& a, const Value& b, ClarityVersion version) {
  auto three_way = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
  if (a.kind() != b.kind())
    return TypeError(version >= ClarityVersion::kClarity2 ? "int, uint, string or buff" : "int or uint", b);
  switch (a.kind()) {
    case Value::Kind::kInt:
      return three_way(a.AsInt(), b.AsInt());
    case Value::Kind::kUInt:
      return three_way(a.AsUInt(), b.AsUInt());
    default:
      break;
  }
  if (version >= ClarityVersion::kClarity2) {
    switch (a.kind()) {
      case Value::Kind::kStringAscii:
        return three_way(a.AsAscii(), b.AsAscii());
      case Value::Kind::kStringUtf8:
        return three_way(a.AsUtf8(), b.AsUtf8());
      case Value::Kind::kBuffer:
        return three_way(a.AsBuffer(), b.AsBuffer());
      default:
        break;
    }
  }
  return TypeError(version >= ClarityVersion::kClarity2 ? "int, uint, string or buff" : "int or uint", a);
}

template <CostFunction kCost, int kOp>  // 0 >=, 1 <=, 2 <, 3 >
util::Result<Value> SpecialCompare(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckCount(2, args.size()));
  STACKS_TRY(Value a, EvalBorrowed(args[0], env, context));
  STACKS_TRY(Value b, EvalBorrowed(args[1], env, context));
  uint64_t n = env.version() >= ClarityVersion::kClarity2 ? std::min(ValueSize(a), ValueSize(b)) : args.size();
  STACKS_RETURN_IF_ERROR(env.Charge(kCost, n));
  STACKS_TRY(int c, Compare(a, b, env.version()));
  bool r = kOp == 0 ? c >= 0 : kOp == 1 ? c <= 0 : kOp == 2 ? c < 0 : c > 0;
  return Value::Bool(r);
}

// --- boolean, equality, control flow ----------------------------------------------------------------------------

util::Result<bool> ForceBool(const Value& v) {
  if (v.kind() != Value::Kind::kBool) return TypeError("bool", v);
  return v.AsBool();
}

template <bool kAnd>
util::Result<Value> SpecialAndOr(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckAtLeast(1, args.size()));
  STACKS_RETURN_IF_ERROR(env.Charge(kAnd ? CostFunction::kAnd : CostFunction::kOr, args.size()));
  for (const SymbolicExpression& arg : args) {
    STACKS_TRY(Value v, EvalBorrowed(arg, env, context));
    STACKS_TRY(bool b, ForceBool(v));
    if (b != kAnd) return Value::Bool(b);
  }
  return Value::Bool(kAnd);
}

util::Result<Value> NativeNot(std::span<Value> args, Environment&) {
  STACKS_RETURN_IF_ERROR(CheckCount(1, args.size()));
  STACKS_TRY(bool b, ForceBool(args[0]));
  return Value::Bool(!b);
}

util::Result<Value> NativeEq(std::span<Value> args, Environment&) {
  if (args.size() < 2) return Value::Bool(true);
  TypeSignature type = TypeOf(args[0]);
  for (const Value& x : args) {
    auto joined = LeastSupertype(TypeOf(x), type);
    if (!joined) return Unchecked("TypeError(" + type.ToString() + ", " + TypeOf(x).ToString() + ")");
    type = *joined;
    if (!(x == args[0])) return Value::Bool(false);
  }
  return Value::Bool(true);
}

util::Result<Value> NativeBegin(std::span<Value> args, Environment&) {
  if (args.empty()) return Unchecked("RequiresAtLeastArguments(1, 0)");
  return args.back();
}

util::Result<Value> SpecialIf(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckCount(3, args.size()));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kIf, 0));
  STACKS_TRY(Value c, EvalBorrowed(args[0], env, context));
  STACKS_TRY(bool b, ForceBool(c));
  return Eval(args[b ? 1 : 2], env, context);
}

util::Result<Value> SpecialAsserts(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckCount(2, args.size()));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kAsserts, 0));
  STACKS_TRY(Value c, Eval(args[0], env, context));
  STACKS_TRY(bool b, ForceBool(c));
  if (b) return c;
  STACKS_TRY(Value thrown, Eval(args[1], env, context));
  return env.short_return().Raise("AssertionFailed", std::move(thrown));
}

// Binds `name` in `context` after the reference's checks (reserved names, names already bound).
util::Status CheckBindable(const std::string& name, Environment& env, const LocalContext& context) {
  if (IsReserved(name, env.version()) || context.Lookup(name) != nullptr ||
      (env.contract() != nullptr && env.contract()->FindFunction(name) != nullptr)) {
    return Unchecked("NameAlreadyUsed(" + name + ")");
  }
  return {};
}

// Binds `name` to `value` in `context`; from Clarity 2 a callable also names a contract for contract-call? and
// contract-of (the reference's callable_contracts).
void BindValue(const std::string& name, Value value, Environment& env, LocalContext& context) {
  if (env.version() >= ClarityVersion::kClarity2 && value.kind() == Value::Kind::kCallable) {
    context.BindCallable(name, value);
  }
  context.Bind(name, std::move(value));
}

util::Result<Value> SpecialLet(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckAtLeast(2, args.size()));
  if (args[0].kind != SymbolicExpression::Kind::kList) return Unchecked("BadLetSyntax");
  const auto& bindings = args[0].items;
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kLet, bindings.size()));
  STACKS_TRY(LocalContext inner, context.Extend());
  // The bound values count as memory in use while the let runs.
  ScopedMemory memory(env.global());
  for (size_t i = 0; i < bindings.size(); ++i) {
    const SymbolicExpression& binding = bindings[i];
    if (binding.kind != SymbolicExpression::Kind::kList)
      return Unchecked("BadSyntaxBinding(NotList, " + std::to_string(i) + ")");
    if (binding.items.size() != 2) return Unchecked("BadSyntaxBinding(InvalidLength, " + std::to_string(i) + ")");
    if (binding.items[0].kind != SymbolicExpression::Kind::kAtom)
      return Unchecked("BadSyntaxBinding(NotAtom, " + std::to_string(i) + ")");
    const std::string& name = binding.items[0].name;
    STACKS_RETURN_IF_ERROR(CheckBindable(name, env, inner));
    STACKS_TRY(Value v, Eval(binding.items[1], env, inner));
    STACKS_RETURN_IF_ERROR(memory.Add(ValueSize(v)));
    BindValue(name, std::move(v), env, inner);
  }
  // The bodies before the last are evaluated for their effects; only the last one's value is taken.
  for (size_t i = 1; i + 1 < args.size(); ++i) STACKS_RETURN_IF_ERROR(EvalBorrowed(args[i], env, inner));
  return Eval(args.back(), env, inner);
}

// --- optionals and responses ------------------------------------------------------------------------------------

util::Result<Value> NativeSome(std::span<Value> args, Environment&) {
  STACKS_RETURN_IF_ERROR(CheckCount(1, args.size()));
  return Value::Some(args[0]);
}
util::Result<Value> NativeOk(std::span<Value> args, Environment&) {
  STACKS_RETURN_IF_ERROR(CheckCount(1, args.size()));
  return Value::Ok(args[0]);
}
util::Result<Value> NativeErr(std::span<Value> args, Environment&) {
  STACKS_RETURN_IF_ERROR(CheckCount(1, args.size()));
  return Value::Err(args[0]);
}

// The inner value of (some x) / (ok x), or nullopt for none / (err x) (inner_unwrap).
util::Result<std::optional<Value>> InnerUnwrap(const Value& v) {
  if (v.kind() == Value::Kind::kOptional) return v.IsSome() ? std::optional<Value>(v.Inner()) : std::nullopt;
  if (v.kind() == Value::Kind::kResponse) return v.IsOk() ? std::optional<Value>(v.Inner()) : std::nullopt;
  return TypeError("optional or response", v);
}
util::Result<std::optional<Value>> InnerUnwrapErr(const Value& v) {
  if (v.kind() == Value::Kind::kResponse) return !v.IsOk() ? std::optional<Value>(v.Inner()) : std::nullopt;
  return TypeError("response", v);
}

template <bool kOptional, bool kWant>  // is-some/is-none (optional), is-ok/is-err (response)
util::Result<Value> NativeIs(std::span<Value> args, Environment&) {
  STACKS_RETURN_IF_ERROR(CheckCount(1, args.size()));
  const Value& v = args[0];
  if (kOptional) {
    if (v.kind() != Value::Kind::kOptional) return TypeError("optional", v);
    return Value::Bool(v.IsSome() == kWant);
  }
  if (v.kind() != Value::Kind::kResponse) return TypeError("response", v);
  return Value::Bool(v.IsOk() == kWant);
}

util::Result<Value> NativeDefaultTo(std::span<Value> args, Environment&) {
  STACKS_RETURN_IF_ERROR(CheckCount(2, args.size()));
  if (args[1].kind() != Value::Kind::kOptional) return TypeError("optional", args[1]);
  return args[1].IsSome() ? args[1].Inner() : args[0];
}

template <bool kErr>
util::Result<Value> NativeUnwrapRet(std::span<Value> args, Environment& env) {
  STACKS_RETURN_IF_ERROR(CheckCount(2, args.size()));
  STACKS_TRY(auto inner, kErr ? InnerUnwrapErr(args[0]) : InnerUnwrap(args[0]));
  if (inner) return *inner;
  return env.short_return().Raise("UnwrapFailed", std::move(args[1]));
}

template <bool kErr>
util::Result<Value> NativeUnwrapPanic(std::span<Value> args, Environment&) {
  STACKS_RETURN_IF_ERROR(CheckCount(1, args.size()));
  STACKS_TRY(auto inner, kErr ? InnerUnwrapErr(args[0]) : InnerUnwrap(args[0]));
  if (inner) return *inner;
  return RuntimeError("UnwrapFailure");
}

util::Result<Value> NativeTry(std::span<Value> args, Environment& env) {
  STACKS_RETURN_IF_ERROR(CheckCount(1, args.size()));
  const Value& v = args[0];
  if (v.kind() == Value::Kind::kOptional) {
    if (v.IsSome()) return v.Inner();
    return env.short_return().Raise("UnwrapFailed", Value::None());
  }
  if (v.kind() == Value::Kind::kResponse) {
    if (v.IsOk()) return v.Inner();
    STACKS_TRY(Value thrown, Value::Err(v.Inner()));
    return env.short_return().Raise("UnwrapFailed", std::move(thrown));
  }
  return TypeError("optional or response", v);
}

util::Result<Value> EvalWithBinding(const SymbolicExpression& body, const SymbolicExpression& name_expr, Value value,
                                    Environment& env, const LocalContext& context) {
  if (name_expr.kind != SymbolicExpression::Kind::kAtom) return Unchecked("ExpectedName");
  STACKS_TRY(LocalContext inner, context.Extend());
  STACKS_RETURN_IF_ERROR(CheckBindable(name_expr.name, env, inner));
  // The bound value counts as memory in use while the body runs.
  ScopedMemory memory(env.global());
  STACKS_RETURN_IF_ERROR(memory.Add(ValueSize(value)));
  BindValue(name_expr.name, std::move(value), env, inner);
  return Eval(body, env, inner);
}

util::Result<Value> SpecialMatch(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckAtLeast(1, args.size()));
  STACKS_TRY(Value input, Eval(args[0], env, context));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kMatch, 0));
  Args rest = args.subspan(1);
  if (input.kind() == Value::Kind::kOptional) {
    STACKS_RETURN_IF_ERROR(CheckCount(3, rest.size()));
    if (input.IsSome()) return EvalWithBinding(rest[1], rest[0], input.Inner(), env, context);
    return Eval(rest[2], env, context);
  }
  if (input.kind() == Value::Kind::kResponse) {
    STACKS_RETURN_IF_ERROR(CheckCount(4, rest.size()));
    if (input.IsOk()) return EvalWithBinding(rest[1], rest[0], input.Inner(), env, context);
    return EvalWithBinding(rest[3], rest[2], input.Inner(), env, context);
  }
  return TypeError("optional or response", input);
}

// --- lists, tuples, sequences -----------------------------------------------------------------------------------

util::Result<Value> SpecialList(Args args, Environment& env, const LocalContext& context) {
  std::vector<Value> items;
  items.reserve(args.size());
  uint64_t size = 0;
  for (const SymbolicExpression& arg : args) {
    STACKS_TRY(Value v, Eval(arg, env, context));
    items.push_back(std::move(v));
  }
  for (const Value& v : items) size += ValueSize(v);
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kListCons, size));
  auto list = Value::List(std::move(items));
  if (!list && list.error().code == util::ErrorCode::kInvalidArgument)
    return Unchecked("TypeError(" + list.error().message + ")");
  return list;
}

util::Result<Value> SpecialTuple(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckAtLeast(1, args.size()));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kTupleCons, args.size()));
  std::vector<TupleEntry> entries;
  for (size_t i = 0; i < args.size(); ++i) {
    const SymbolicExpression& binding = args[i];
    if (binding.kind != SymbolicExpression::Kind::kList || binding.items.size() != 2 ||
        binding.items[0].kind != SymbolicExpression::Kind::kAtom) {
      return Unchecked("BadSyntaxBinding(TupleCons, " + std::to_string(i) + ")");
    }
    STACKS_TRY(Value v, Eval(binding.items[1], env, context));
    entries.push_back({binding.items[0].name, std::move(v)});
  }
  auto tuple = Value::Tuple(std::move(entries));
  if (!tuple && tuple.error().code == util::ErrorCode::kInvalidArgument)
    return Unchecked("BadTupleConstruction(" + tuple.error().message + ")");
  return tuple;
}

util::Result<Value> SpecialGet(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckCount(2, args.size()));
  if (args[0].kind != SymbolicExpression::Kind::kAtom) return Unchecked("ExpectedName");
  const std::string& name = args[0].name;
  STACKS_TRY(Value v, Eval(args[1], env, context));
  auto field = [&](const Value& tuple) -> util::Result<Value> {
    STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kTupleGet, tuple.Entries().size()));
    const Value* f = tuple.Field(name);
    if (f == nullptr) return Unchecked("NoSuchTupleField(" + name + ")");
    return *f;
  };
  if (v.kind() == Value::Kind::kOptional) {
    if (!v.IsSome()) return Value::None();
    if (v.Inner().kind() != Value::Kind::kTuple) return TypeError("tuple", v.Inner());
    STACKS_TRY(Value f, field(v.Inner()));
    return Value::Some(std::move(f));
  }
  if (v.kind() != Value::Kind::kTuple) return TypeError("tuple", v);
  return field(v);
}

util::Result<Value> NativeMerge(std::span<Value> args, Environment&) {
  STACKS_RETURN_IF_ERROR(CheckCount(2, args.size()));
  if (args[0].kind() != Value::Kind::kTuple) return TypeError("tuple", args[0]);
  if (args[1].kind() != Value::Kind::kTuple) return TypeError("tuple", args[1]);
  std::vector<TupleEntry> entries = args[1].Entries();
  for (const TupleEntry& e : args[0].Entries()) {
    if (args[1].Field(e.name) == nullptr) entries.push_back(e);
  }
  return Value::Tuple(std::move(entries));
}

bool IsSequence(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::kList:
    case Value::Kind::kBuffer:
    case Value::Kind::kStringAscii:
    case Value::Kind::kStringUtf8:
      return true;
    default:
      return false;
  }
}

size_t SequenceLength(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::kList:
      return v.Items().size();
    case Value::Kind::kBuffer:
      return v.AsBuffer().size();
    case Value::Kind::kStringAscii:
      return v.AsAscii().size();
    default:
      return v.AsUtf8().size();
  }
}

// The i-th element: a list item, or a one-long buffer or string.
util::Result<Value> SequenceElement(const Value& v, size_t i) {
  switch (v.kind()) {
    case Value::Kind::kList:
      return v.Items()[i];
    case Value::Kind::kBuffer:
      return Value::Buffer(util::Bytes{v.AsBuffer()[i]});
    case Value::Kind::kStringAscii:
      return Value::StringAscii(std::string(1, v.AsAscii()[i]));
    default:
      return Value::StringUtf8FromCodePoints(std::u32string(1, v.AsUtf8()[i]));
  }
}

util::Result<Value> NativeLen(std::span<Value> args, Environment&) {
  STACKS_RETURN_IF_ERROR(CheckCount(1, args.size()));
  if (!IsSequence(args[0])) return TypeError("sequence", args[0]);
  return Value::UInt(SequenceLength(args[0]));
}

util::Result<Value> NativeElementAt(std::span<Value> args, Environment&) {
  STACKS_RETURN_IF_ERROR(CheckCount(2, args.size()));
  if (!IsSequence(args[0])) return TypeError("sequence", args[0]);
  if (args[1].kind() != Value::Kind::kUInt) return TypeError("uint", args[1]);
  Uint128 index = args[1].AsUInt();
  if (index >= SequenceLength(args[0])) return Value::None();
  STACKS_TRY(Value element, SequenceElement(args[0], static_cast<size_t>(index)));
  return Value::Some(std::move(element));
}

util::Result<Value> NativeIndexOf(std::span<Value> args, Environment&) {
  STACKS_RETURN_IF_ERROR(CheckCount(2, args.size()));
  const Value& seq = args[0];
  if (!IsSequence(seq)) return TypeError("sequence", seq);
  const Value& needle = args[1];
  size_t n = SequenceLength(seq);
  if (seq.kind() == Value::Kind::kList) {
    for (size_t i = 0; i < n; ++i) {
      if (seq.Items()[i] == needle) return Value::Some(Value::UInt(i));
    }
    return Value::None();
  }
  if (needle.kind() != seq.kind()) return TypeError(TypeOf(seq).ToString(), needle);
  // A buffer or string is found only as one element (the reference compares a one-long item).
  if (SequenceLength(needle) != 1) return Value::None();
  for (size_t i = 0; i < n; ++i) {
    STACKS_TRY(Value element, SequenceElement(seq, i));
    if (element == needle) return Value::Some(Value::UInt(i));
  }
  return Value::None();
}

util::Result<Value> SpecialFold(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckCount(3, args.size()));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kFold, 0));
  if (args[0].kind != SymbolicExpression::Kind::kAtom) return Unchecked("ExpectedName");
  STACKS_TRY(Callable function, LookupFunction(args[0].name, env));
  STACKS_TRY(Value seq, Eval(args[1], env, context));
  STACKS_TRY(Value acc, Eval(args[2], env, context));
  if (!IsSequence(seq)) return TypeError("sequence", seq);
  if (function.defined != nullptr && seq.kind() == Value::Kind::kList) {
    // A user function over a list's items (ApplyEvaluated's own path for it): the item and the accumulator side by
    // side, without building the element or a vector per call.
    for (const Value& item : seq.Items()) {
      std::array<Value, 2> pair{item, std::move(acc)};
      STACKS_TRY(acc, ApplyDefinedEvaluated(*function.defined, pair, env));
    }
    return acc;
  }
  ArgValues call;
  for (size_t i = 0, n = SequenceLength(seq); i < n; ++i) {
    STACKS_TRY(Value element, SequenceElement(seq, i));
    call.values().clear();
    call.values().push_back(std::move(element));
    call.values().push_back(std::move(acc));
    STACKS_TRY(acc, ApplyEvaluated(function, call.values(), env, context));
  }
  return acc;
}

util::Result<Value> SpecialFilter(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckCount(2, args.size()));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kFilter, 0));
  if (args[0].kind != SymbolicExpression::Kind::kAtom) return Unchecked("ExpectedName");
  STACKS_TRY(Value seq, Eval(args[1], env, context));
  STACKS_TRY(Callable function, LookupFunction(args[0].name, env));
  if (!IsSequence(seq)) return TypeError("sequence", seq);
  std::vector<size_t> kept;
  ArgValues call;
  for (size_t i = 0, n = SequenceLength(seq); i < n; ++i) {
    STACKS_TRY(Value element, SequenceElement(seq, i));
    call.values().clear();
    call.values().push_back(std::move(element));
    STACKS_TRY(Value keep, ApplyEvaluated(function, call.values(), env, context));
    STACKS_TRY(bool b, ForceBool(keep));
    if (b) kept.push_back(i);
  }
  switch (seq.kind()) {
    case Value::Kind::kList: {
      std::vector<Value> items;
      for (size_t i : kept) items.push_back(seq.Items()[i]);
      return Value::ListWithType(std::move(items), TypeOf(seq));
    }
    case Value::Kind::kBuffer: {
      util::Bytes out;
      for (size_t i : kept) out.push_back(seq.AsBuffer()[i]);
      return Value::Buffer(std::move(out));
    }
    case Value::Kind::kStringAscii: {
      std::string out;
      for (size_t i : kept) out.push_back(seq.AsAscii()[i]);
      return Value::StringAscii(std::move(out));
    }
    default: {
      std::u32string out;
      for (size_t i : kept) out.push_back(seq.AsUtf8()[i]);
      return Value::StringUtf8FromCodePoints(std::move(out));
    }
  }
}

// --- map, concat, append, as-max-len?, slice?, replace-at? (sequences.rs) ------------------------------------

// The elements of `seq` from `begin` to `end` as a sequence of the same kind (lists take their items' type, as the
// reference's cons_list does).
util::Result<Value> SubSequence(const Value& seq, size_t begin, size_t end) {
  switch (seq.kind()) {
    case Value::Kind::kList:
      return Value::List(std::vector<Value>(seq.Items().begin() + static_cast<std::ptrdiff_t>(begin),
                                            seq.Items().begin() + static_cast<std::ptrdiff_t>(end)));
    case Value::Kind::kBuffer:
      return Value::Buffer(util::Bytes(seq.AsBuffer().begin() + static_cast<std::ptrdiff_t>(begin),
                                       seq.AsBuffer().begin() + static_cast<std::ptrdiff_t>(end)));
    case Value::Kind::kStringAscii:
      return Value::StringAscii(seq.AsAscii().substr(begin, end - begin));
    default:
      return Value::StringUtf8FromCodePoints(seq.AsUtf8().substr(begin, end - begin));
  }
}

// A list of `items` declared (list max_len entry), as append and concat type their results: a type too large is the
// type checker's refusal (it derives the same type).
util::Result<Value> TypedList(std::vector<Value> items, const TypeSignature& entry, uint64_t max_len) {
  if (max_len > UINT32_MAX) return Unchecked("ValueTooLarge");
  util::Result<TypeSignature> type = TypeSignature::List(entry, static_cast<uint32_t>(max_len));
  if (!type) return Unchecked("ValueTooLarge");
  util::Result<Value> list = Value::ListWithType(std::move(items), *type);
  if (!list) return Unchecked("ListTypesMustMatch");
  return list;
}

// A list built by a native: a failure to type it is the type checker's (ListTypesMustMatch).
util::Result<Value> ConsList(std::vector<Value> items) {
  auto list = Value::List(std::move(items));
  if (!list && list.error().code == util::ErrorCode::kInvalidArgument) return Unchecked("ListTypesMustMatch");
  return list;
}

// special_map_v200 (every epoch before 4.0, so every epoch EvalSnippet runs): the arguments of the i-th call are
// collected sequence by sequence, and a sequence stops contributing only once its index passes the shortest length
// seen so far (`>`, not `>=`); the calls stop at the first argument vector shorter than the first one. So a later,
// longer sequence can contribute one extra element: (map + (list) (list 1 2)) is (list 1).
util::Result<Value> SpecialMap(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckAtLeast(2, args.size()));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kMap, args.size()));
  if (args[0].kind != SymbolicExpression::Kind::kAtom) return Unchecked("ExpectedName");
  STACKS_TRY(Callable function, LookupFunction(args[0].name, env));
  // Each sequence, and how many of its elements go to calls: all of its first min_len + 1, where min_len is the
  // shortest length among it and the sequences before it.
  struct Contribution {
    Value seq;
    size_t count;
  };
  std::vector<Contribution> sequences;
  sequences.reserve(args.size() - 1);
  size_t min_len = SIZE_MAX;
  size_t calls = 0;
  for (const SymbolicExpression& arg : args.subspan(1)) {
    STACKS_TRY(Value seq, Eval(arg, env, context));
    if (!IsSequence(seq)) return TypeError("sequence", seq);
    const size_t n = SequenceLength(seq);
    min_len = std::min(min_len, n);
    const size_t count = std::min(n, min_len + 1);
    calls = std::max(calls, count);
    sequences.push_back({std::move(seq), count});
  }
  // The i-th call takes the i-th element of each sequence that contributes one; the calls stop at the first that
  // would take fewer arguments than the first call.
  const auto arity_of = [&](size_t i) {
    size_t arity = 0;
    for (const Contribution& c : sequences) arity += i < c.count ? 1 : 0;
    return arity;
  };
  const size_t arity = calls == 0 ? 0 : arity_of(0);
  std::vector<Value> results;
  results.reserve(calls);
  ArgValues call;
  for (size_t i = 0; i < calls; ++i) {
    if (arity_of(i) != arity) break;
    call.values().clear();
    for (const Contribution& c : sequences) {
      if (i >= c.count) continue;
      STACKS_TRY(Value element, SequenceElement(c.seq, i));
      call.values().push_back(std::move(element));
    }
    STACKS_TRY(Value r, ApplyEvaluated(function, call.values(), env, context));
    results.push_back(std::move(r));
  }
  return ConsList(std::move(results));
}

// special_concat_v205 (Epoch 2.05 - 3.4; from 4.0 SpecialConcatV400, clarity6.h): charged at the sum of the lengths,
// or at 1 when an argument is no sequence. special_concat_v200 (Epoch 2.0): charged first, at the sum of the two
// values' type sizes, whatever they are.
util::Result<Value> SpecialConcat(Args args, Environment& env, const LocalContext& context) {
  if (env.epoch() >= costs::Epoch::k40) return SpecialConcatV400(args, env, context);
  STACKS_RETURN_IF_ERROR(CheckCount(2, args.size()));
  STACKS_TRY(Value a, Eval(args[0], env, context));
  STACKS_TRY(Value b, Eval(args[1], env, context));
  const bool v200 = env.epoch() < costs::Epoch::k2_05;
  if (v200) {
    STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kConcat, uint64_t{TypeOf(a).Size()} + TypeOf(b).Size()));
  }
  if (!IsSequence(a) || !IsSequence(b)) {
    if (!v200) STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kConcat, 1));
    return IsSequence(a) ? TypeError(TypeOf(a).ToString(), b) : TypeError("sequence", a);
  }
  if (!v200) STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kConcat, SequenceLength(a) + SequenceLength(b)));
  if (a.kind() != b.kind()) return Unchecked("TypeError(" + TypeOf(a).ToString() + ", " + TypeOf(b).ToString() + ")");
  switch (a.kind()) {
    case Value::Kind::kList: {
      // ListData::append: the entry types joined (a side without one takes the other's), the maximum lengths added.
      const TypeSignature type_a = TypeOf(a);
      const TypeSignature type_b = TypeOf(b);
      util::Result<TypeSignature> entry = type_a.inner().IsNoType()   ? util::Result<TypeSignature>(type_b.inner())
                                          : type_b.inner().IsNoType() ? util::Result<TypeSignature>(type_a.inner())
                                                                      : LeastSupertype(type_a.inner(), type_b.inner());
      if (!entry) return Unchecked("ListTypesMustMatch");
      std::vector<Value> items = a.Items();
      items.insert(items.end(), b.Items().begin(), b.Items().end());
      return TypedList(std::move(items), *entry, uint64_t{type_a.length()} + type_b.length());
    }
    case Value::Kind::kBuffer: {
      util::Bytes bytes = a.AsBuffer();
      bytes.insert(bytes.end(), b.AsBuffer().begin(), b.AsBuffer().end());
      return Value::Buffer(std::move(bytes));
    }
    case Value::Kind::kStringAscii:
      return Value::StringAscii(a.AsAscii() + b.AsAscii());
    default:
      return Value::StringUtf8FromCodePoints(a.AsUtf8() + b.AsUtf8());
  }
}

// special_append: charged at the larger of the entry type's and the element's type size.
util::Result<Value> SpecialAppend(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckCount(2, args.size()));
  STACKS_TRY(Value seq, Eval(args[0], env, context));
  if (seq.kind() != Value::Kind::kList) return Unchecked("ExpectedListApplication");
  STACKS_TRY(EvaluatedRef element_ref, EvalRef(args[1], env, context));
  TypeSignature entry_type = TypeOf(seq).inner();
  TypeSignature element_type = TypeOf(element_ref.value);
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kAppend, std::max(entry_type.Size(), element_type.Size())));
  STACKS_TRY(Value element, CloneWithCost(std::move(element_ref), env));
  std::vector<Value> items = seq.Items();
  if (entry_type.IsNoType()) {
    items.push_back(std::move(element));
    return ConsList(std::move(items));
  }
  // The result is declared one longer than the list's declared length, its entries the join of both types.
  util::Result<TypeSignature> next_entry = LeastSupertype(entry_type, element_type);
  if (!next_entry) return Unchecked("ListTypesMustMatch");
  items.push_back(std::move(element));
  return TypedList(std::move(items), *next_entry, uint64_t{TypeOf(seq).length()} + 1);
}

// special_as_max_len: the length must be a uint literal.
util::Result<Value> SpecialAsMaxLen(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckCount(2, args.size()));
  STACKS_TRY(Value seq, Eval(args[0], env, context));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kAsMaxLen, 0));
  if (args[1].kind == SymbolicExpression::Kind::kLiteralValue && args[1].value->kind() == Value::Kind::kUInt) {
    if (!IsSequence(seq)) return TypeError("sequence", seq);
    const Uint128 expected = args[1].value->AsUInt();
    if (SequenceLength(seq) > expected) return Value::None();
    // reduce_max_len: a list's declared length comes down to the expected one (it never grows).
    if (seq.kind() == Value::Kind::kList && expected < TypeOf(seq).length()) {
      STACKS_TRY(seq, TypedList(seq.Items(), TypeOf(seq).inner(), static_cast<uint64_t>(expected)));
    }
    return Value::Some(std::move(seq));
  }
  STACKS_TRY(Value len, EvalBorrowed(args[1], env, context));
  return Unchecked("TypeError(uint, " + TypeOf(len).ToString() + ")");
}

// The reference's SequenceData::element_size: the size of a one-long buffer or string, or the list's entry type.
uint64_t ElementSize(const Value& seq) {
  switch (seq.kind()) {
    case Value::Kind::kList:
      return TypeOf(seq).inner().Size();
    case Value::Kind::kStringUtf8:
      return 8;  // (string-utf8 1): 4 + 4
    default:
      return 5;  // (buff 1), (string-ascii 1): 4 + 1
  }
}

// special_slice (Clarity 2): out-of-range positions give none without a charge; a type error charges slice at 0.
util::Result<Value> SpecialSlice(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckCount(3, args.size()));
  STACKS_TRY(Value seq, Eval(args[0], env, context));
  STACKS_TRY(Value left, EvalBorrowed(args[1], env, context));
  STACKS_TRY(Value right, EvalBorrowed(args[2], env, context));
  if (!IsSequence(seq) || left.kind() != Value::Kind::kUInt || right.kind() != Value::Kind::kUInt) {
    STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kSlice, 0));
    return Unchecked("BadTypeConstruction");
  }
  if (left.AsUInt() > UINT32_MAX || right.AsUInt() > UINT32_MAX) return Value::None();
  const auto l = static_cast<uint32_t>(left.AsUInt());
  const auto r = static_cast<uint32_t>(right.AsUInt());
  const size_t n = SequenceLength(seq);
  if (l >= n || r > n || r < l) return Value::None();
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kSlice, uint64_t{r - l} * ElementSize(seq)));
  STACKS_TRY(Value sliced, SubSequence(seq, l, r));
  return Value::Some(std::move(sliced));
}

util::Result<Value> ReplaceElement(const Value& seq, const TypeSignature& seq_type, size_t i, Value element);

// special_replace_at (Clarity 2): charged at the sequence's type size before the index and element are evaluated.
util::Result<Value> SpecialReplaceAt(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckCount(3, args.size()));
  STACKS_TRY(EvaluatedRef seq_ref, EvalRef(args[0], env, context));
  const Value& seq = seq_ref.value;
  TypeSignature seq_type = TypeOf(seq);
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kReplaceAt, seq_type.Size()));
  if (!IsSequence(seq)) return TypeError("sequence", seq);
  STACKS_TRY(Value index, EvalBorrowed(args[1], env, context));
  STACKS_TRY(EvaluatedRef element_ref, EvalRef(args[2], env, context));
  const Value& element = element_ref.value;
  TypeSignature unit_type = TypeSignature::NoType();
  switch (seq.kind()) {
    case Value::Kind::kList:
      unit_type = seq_type.inner();
      break;
    case Value::Kind::kBuffer: {
      STACKS_TRY(unit_type, TypeSignature::Buffer(1));
      break;
    }
    case Value::Kind::kStringAscii: {
      STACKS_TRY(unit_type, TypeSignature::StringAscii(1));
      break;
    }
    default: {
      STACKS_TRY(unit_type, TypeSignature::StringUtf8(1));
      break;
    }
  }
  if (!unit_type.IsNoType()) {
    STACKS_TRY(bool admitted, Admits(unit_type, element));
    if (!admitted) return TypeError(unit_type.ToString(), element);
  }
  if (index.kind() != Value::Kind::kUInt) return TypeError("uint", index);
  if (index.AsUInt() > SIZE_MAX) return Value::None();
  // The sequence is taken once the index is known to be a usize, the new element once it is in range.
  STACKS_RETURN_IF_ERROR(TakeRef(seq_ref, env));
  const auto i = static_cast<size_t>(index.AsUInt());
  const size_t n = SequenceLength(seq);
  if (i >= n) return Value::None();
  STACKS_RETURN_IF_ERROR(TakeRef(element_ref, env));
  if (seq.kind() != Value::Kind::kList && SequenceLength(element) != 1) {
    // ClarityTypeError::SequenceElementArityMismatch (an empty buffer or string passes (buff 1)), which the
    // reference reports as an unexpected runtime check.
    return RuntimeCheckError("Unreachable(SequenceElementArityMismatch)");
  }
  STACKS_TRY(Value replaced, ReplaceElement(seq, seq_type, i, std::move(element_ref.value)));
  return Value::Some(std::move(replaced));
}

util::Result<Value> ReplaceElement(const Value& seq, const TypeSignature& seq_type, size_t i, Value element) {
  switch (seq.kind()) {
    case Value::Kind::kList: {
      std::vector<Value> items = seq.Items();
      items[i] = std::move(element);
      return Value::ListWithType(std::move(items), seq_type);
    }
    case Value::Kind::kBuffer: {
      util::Bytes bytes = seq.AsBuffer();
      bytes[i] = element.AsBuffer()[0];
      return Value::Buffer(std::move(bytes));
    }
    case Value::Kind::kStringAscii: {
      std::string text = seq.AsAscii();
      text[i] = element.AsAscii()[0];
      return Value::StringAscii(std::move(text));
    }
    default: {
      std::u32string text = seq.AsUtf8();
      text[i] = element.AsUtf8()[0];
      return Value::StringUtf8FromCodePoints(std::move(text));
    }
  }
}

// --- conversions (conversions.rs) -------------------------------------------------------------------------------

template <bool kSigned, bool kBigEndian>
util::Result<Value> NativeBuffToInt(std::span<Value> args, Environment&) {
  STACKS_RETURN_IF_ERROR(CheckCount(1, args.size()));
  if (args[0].kind() != Value::Kind::kBuffer || args[0].AsBuffer().size() > 16) return TypeError("(buff 16)", args[0]);
  const util::Bytes& bytes = args[0].AsBuffer();
  std::array<uint8_t, 16> word{};  // little-endian
  for (size_t i = 0; i < bytes.size(); ++i) {
    word[kBigEndian ? bytes.size() - 1 - i : i] = bytes[i];
  }
  Uint128 bits = 0;
  for (int i = 15; i >= 0; --i) bits = (bits << 8) | word[static_cast<size_t>(i)];
  if (kSigned) return Value::Int(static_cast<Int128>(bits));
  return Value::UInt(bits);
}

template <bool kUtf8>
util::Result<Value> NativeIntToString(std::span<Value> args, Environment&) {
  STACKS_RETURN_IF_ERROR(CheckCount(1, args.size()));
  std::string text;
  if (args[0].kind() == Value::Kind::kInt) {
    text = Int128ToString(args[0].AsInt());
  } else if (args[0].kind() == Value::Kind::kUInt) {
    text = Uint128ToString(args[0].AsUInt());
  } else {
    return Unchecked("UnionTypeValueError([int, uint], " + ToReferenceString(args[0]) + ")");
  }
  if (kUtf8) return Value::StringUtf8(text);
  return Value::StringAscii(std::move(text));
}

// Rust's str::parse::<i128>() / parse::<u128>(): an optional sign ('+', or '-' when signed), then one or more ASCII
// digits, in range.
template <bool kSigned>
std::optional<Value> ParseInteger(std::string_view s) {
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || (kSigned && s[0] == '-'))) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s.empty()) return std::nullopt;
  // Accumulate the magnitude as unsigned; i128 takes up to 2^127 when negative.
  Uint128 magnitude = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    if (__builtin_mul_overflow(magnitude, Uint128{10}, &magnitude) ||
        __builtin_add_overflow(magnitude, Uint128(static_cast<unsigned>(c - '0')), &magnitude)) {
      return std::nullopt;
    }
  }
  if (!kSigned) return Value::UInt(magnitude);
  const Uint128 limit = (Uint128{1} << 127) - (negative ? 0 : 1);
  if (magnitude > limit) return std::nullopt;
  return Value::Int(negative ? static_cast<Int128>(Uint128{0} - magnitude) : static_cast<Int128>(magnitude));
}

template <bool kSigned>
util::Result<Value> NativeStringToInt(std::span<Value> args, Environment&) {
  STACKS_RETURN_IF_ERROR(CheckCount(1, args.size()));
  std::string text;
  if (args[0].kind() == Value::Kind::kStringAscii) {
    text = args[0].AsAscii();
  } else if (args[0].kind() == Value::Kind::kStringUtf8) {
    text = args[0].Utf8Bytes();
  } else {
    return Unchecked("UnionTypeValueError([string-ascii, string-utf8], " + ToReferenceString(args[0]) + ")");
  }
  std::optional<Value> parsed = ParseInteger<kSigned>(text);
  if (!parsed) return Value::None();
  return Value::Some(std::move(*parsed));
}

// to-consensus-buff? (Native205, charged at the argument's serialized size): none when the serialization does not
// fit in a buffer value.
util::Result<Value> NativeToConsensusBuff(std::span<Value> args, Environment&) {
  STACKS_RETURN_IF_ERROR(CheckCount(1, args.size()));
  auto buffer = Value::Buffer(SerializeValue(args[0]));
  if (!buffer) return Value::None();
  auto some = Value::Some(std::move(buffer).value());
  if (!some) return Value::None();
  return some;
}

// --- hashes -----------------------------------------------------------------------------------------------------

template <typename Hash, Hash (*kFn)(util::ByteView)>
util::Result<Value> NativeHash(std::span<Value> args, Environment&) {
  STACKS_RETURN_IF_ERROR(CheckCount(1, args.size()));
  const Value& v = args[0];
  util::ByteView input;
  uint8_t integer_bytes[16];  // an integer is hashed as its 16 bytes, little-endian
  if (v.kind() == Value::Kind::kBuffer) {
    input = v.AsBuffer();
  } else if (IsInteger(v)) {
    Uint128 bits = Bits(v);
    for (int i = 0; i < 16; ++i) integer_bytes[i] = static_cast<uint8_t>(bits >> (8 * i));
    input = util::ByteView(integer_bytes, sizeof integer_bytes);
  } else {
    return TypeError("int, uint or buff", v);
  }
  Hash h = kFn(input);
  return Value::Buffer(util::Bytes(h.begin(), h.end()));
}

// --- from-consensus-buff? (conversions.rs) and the type-signature syntax it takes (parse_type_repr) ------------

// The length argument of (buff n), (string-ascii n), (string-utf8 n) or (list n t): an int literal.
std::optional<Int128> TypeLengthLiteral(const SymbolicExpression& e) {
  if (e.kind != SymbolicExpression::Kind::kLiteralValue || e.value->kind() != Value::Kind::kInt) return std::nullopt;
  return e.value->AsInt();
}

// A type-construction failure of our TypeSignature (too large, too deep, bad tuple) as the type checker's refusal.
util::Result<TypeSignature> CheckedType(util::Result<TypeSignature> type) {
  if (!type) return Unchecked("InvalidTypeDescription(" + type.error().message + ")");
  return type;
}

// parse_type_repr: charges cost_type_parse_step at 0 for every node it parses. Every failure is one the type checker
// also finds: Unchecked(..).
util::Result<TypeSignature> ParseTypeRepr(const SymbolicExpression& x, Environment& env) {
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kTypeParseStep, 0));
  if (x.kind == SymbolicExpression::Kind::kTraitReference) {
    // `<name>`: resolved by the parser's traits pass (field), else against the running contract's define-trait and
    // use-trait forms. A callable type from Epoch 2.1 on (the older TraitReferenceType canonicalizes to it).
    if (x.field) return TypeSignature::CallableTrait(*x.field);
    if (env.contract() != nullptr) {
      auto it = env.contract()->referenced_traits.find(x.name);
      if (it != env.contract()->referenced_traits.end()) return TypeSignature::CallableTrait(it->second);
    }
    return Unchecked("TraitReferenceUnknown(" + x.name + ")");
  }
  if (x.kind == SymbolicExpression::Kind::kAtom) {
    if (x.name == "int") return TypeSignature::Int();
    if (x.name == "uint") return TypeSignature::UInt();
    if (x.name == "bool") return TypeSignature::Bool();
    if (x.name == "principal") return TypeSignature::Principal();
    return Unchecked("UnknownTypeName(" + x.name + ")");
  }
  const util::Error invalid = Unchecked("InvalidTypeDescription");
  if (x.kind != SymbolicExpression::Kind::kList || x.items.empty() ||
      x.items[0].kind != SymbolicExpression::Kind::kAtom) {
    return invalid;
  }
  const std::string& head = x.items[0].name;
  Args rest = Args(x.items).subspan(1);
  if (head == "list") {
    if (rest.size() != 2) return invalid;
    std::optional<Int128> len = TypeLengthLiteral(rest[0]);
    if (!len) return invalid;
    STACKS_TRY(TypeSignature entry, ParseTypeRepr(rest[1], env));
    if (*len < 0 || *len > UINT32_MAX) return Unchecked("ValueTooLarge");
    return CheckedType(TypeSignature::List(std::move(entry), static_cast<uint32_t>(*len)));
  }
  if (head == "buff" || head == "string-ascii" || head == "string-utf8") {
    if (rest.size() != 1) return invalid;
    std::optional<Int128> len = TypeLengthLiteral(rest[0]);
    if (!len) return invalid;
    if (*len < 0 || *len > MAX_VALUE_SIZE) return Unchecked("ValueTooLarge");
    const auto n = static_cast<uint32_t>(*len);
    if (head == "buff") return CheckedType(TypeSignature::Buffer(n));
    if (head == "string-ascii") return CheckedType(TypeSignature::StringAscii(n));
    return CheckedType(TypeSignature::StringUtf8(n));
  }
  if (head == "optional") {
    if (rest.size() != 1) return invalid;
    STACKS_TRY(TypeSignature inner, ParseTypeRepr(rest[0], env));
    return CheckedType(TypeSignature::Optional(std::move(inner)));
  }
  if (head == "response") {
    if (rest.size() != 2) return invalid;
    STACKS_TRY(TypeSignature ok, ParseTypeRepr(rest[0], env));
    STACKS_TRY(TypeSignature err, ParseTypeRepr(rest[1], env));
    return CheckedType(TypeSignature::Response(std::move(ok), std::move(err)));
  }
  if (head == "tuple") {
    // parse_name_type_pairs: every pair's shape first, then the types in order.
    for (size_t i = 0; i < rest.size(); ++i) {
      if (rest[i].kind != SymbolicExpression::Kind::kList) {
        return Unchecked("BadSyntaxBinding(NotList, " + std::to_string(i) + ")");
      }
      if (rest[i].items.size() != 2) return Unchecked("BadSyntaxBinding(InvalidLength, " + std::to_string(i) + ")");
    }
    std::vector<TupleFieldType> fields;
    for (size_t i = 0; i < rest.size(); ++i) {
      if (rest[i].items[0].kind != SymbolicExpression::Kind::kAtom) {
        return Unchecked("BadSyntaxBinding(NotAtom, " + std::to_string(i) + ")");
      }
      STACKS_TRY(TypeSignature type, ParseTypeRepr(rest[i].items[1], env));
      fields.push_back({rest[i].items[0].name, std::move(type)});
    }
    return CheckedType(TypeSignature::Tuple(std::move(fields)));
  }
  return invalid;
}

// from_consensus_buff (Clarity 2): charged at the buffer's length; none when the bytes are not exactly one value of
// the type. A principal version of 32 or more (the reference's UnexpectedSerialization) fails before Epoch 3.4.
util::Result<Value> SpecialFromConsensusBuff(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckCount(2, args.size()));
  STACKS_TRY(TypeSignature type, ParseTypeRepr(args[0], env));
  STACKS_TRY(Value input, EvalBorrowed(args[1], env, context));
  if (input.kind() != Value::Kind::kBuffer) return TypeError("(buff 1048576)", input);
  const util::Bytes& bytes = input.AsBuffer();
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kFromConsensusBuff, bytes.size()));
  DeserializeOptions options;
  options.expected_type = type;
  options.sanitize = env.epoch() >= costs::Epoch::k24;
  auto value = DeserializeValue(bytes, options);
  if (!value) {
    const std::string& m = value.error().message;
    if (m.find("stacks address version") != std::string::npos && env.epoch() < costs::Epoch::k34) {
      return RuntimeCheckError("Unreachable(UnexpectedSerialization)");
    }
    return Value::None();
  }
  auto admitted = Admits(type, *value);
  if (!admitted || !*admitted) return Value::None();
  return Value::Some(std::move(value).value());
}

// --- secp256k1 (crypto.rs) ----------------------------------------------------------------------------------

// A buffer of exactly `len` bytes, or the reference's TypeValueError naming (buff `len`). The type checker admits a
// shorter buffer for (buff len), so that one fails only at run time: RuntimeCheck(TypeValueError(..)).
util::Result<const util::Bytes*> BufferOfLength(const Value& v, size_t len) {
  if (v.kind() == Value::Kind::kBuffer && v.AsBuffer().size() < len) {
    return RuntimeCheckError("TypeValueError((buff " + std::to_string(len) + "), " + ToReferenceString(v) + ")");
  }
  if (v.kind() != Value::Kind::kBuffer || v.AsBuffer().size() != len) {
    return TypeError("(buff " + std::to_string(len) + ")", v);
  }
  return &v.AsBuffer();
}

// A signature buffer of at most 65 bytes.
util::Result<const util::Bytes*> SignatureBuffer(const Value& v) {
  if (v.kind() != Value::Kind::kBuffer || v.AsBuffer().size() > 65) return TypeError("(buff 65)", v);
  return &v.AsBuffer();
}

// special_secp256k1_recover: (err u2) for a signature shorter than 65 bytes or a recovery id above 3, (err u1) when
// no key is recovered; high S is accepted (libsecp256k1's recovery does not check it).
util::Result<Value> SpecialSecp256k1Recover(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckCount(2, args.size()));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kSecp256k1recover, 0));
  STACKS_TRY(Value message_value, EvalBorrowed(args[0], env, context));
  STACKS_TRY(const util::Bytes* message, BufferOfLength(message_value, 32));
  STACKS_TRY(Value signature_value, EvalBorrowed(args[1], env, context));
  STACKS_TRY(const util::Bytes* signature, SignatureBuffer(signature_value));
  if (signature->size() < 65 || (*signature)[64] > 3) return Value::Err(Value::UInt(2));
  crypto::Hash256 hash;
  std::copy(message->begin(), message->end(), hash.begin());
  crypto::RsvSignature rsv;
  std::copy(signature->begin(), signature->end(), rsv.begin());
  auto key = crypto::RecoverPublicKeyAllowHighS(hash, crypto::RsvToVrs(rsv), /*compressed=*/true);
  if (!key) return Value::Err(Value::UInt(1));
  STACKS_TRY(Value buffer, Value::Buffer(key->SerializeCompressed()));
  return Value::Ok(std::move(buffer));
}

// special_secp256k1_verify: false for a signature shorter than 64 bytes or with a recovery id above 3; the 65th
// byte is otherwise ignored. Only low-S signatures verify (libsecp256k1's verify, which consensus uses).
util::Result<Value> SpecialSecp256k1Verify(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckCount(3, args.size()));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kSecp256k1verify, 0));
  STACKS_TRY(Value message_value, EvalBorrowed(args[0], env, context));
  STACKS_TRY(const util::Bytes* message, BufferOfLength(message_value, 32));
  STACKS_TRY(Value signature_value, EvalBorrowed(args[1], env, context));
  STACKS_TRY(const util::Bytes* signature, SignatureBuffer(signature_value));
  if (signature->size() < 64 || (signature->size() == 65 && (*signature)[64] > 3)) return Value::Bool(false);
  STACKS_TRY(Value key_value, EvalBorrowed(args[2], env, context));
  STACKS_TRY(const util::Bytes* key_bytes, BufferOfLength(key_value, 33));
  auto key = crypto::PublicKey::Parse(*key_bytes);
  if (!key) return Value::Bool(false);
  crypto::Hash256 hash;
  std::copy(message->begin(), message->end(), hash.begin());
  std::array<uint8_t, 64> compact;
  std::copy(signature->begin(), signature->begin() + 64, compact.begin());
  return Value::Bool(crypto::Verify(*key, hash, compact));
}

// --- principals (principals.rs, Clarity 2) ----------------------------------------------------------------------

bool VersionMatchesNetwork(uint8_t version, bool mainnet) {
  if (mainnet) {
    return version == codec::C32_ADDRESS_VERSION_MAINNET_SINGLESIG ||
           version == codec::C32_ADDRESS_VERSION_MAINNET_MULTISIG;
  }
  return version == codec::C32_ADDRESS_VERSION_TESTNET_SINGLESIG ||
         version == codec::C32_ADDRESS_VERSION_TESTNET_MULTISIG;
}

// The issuer of a standard or contract principal, or nullptr.
const StandardPrincipal* PrincipalIssuer(const Value& v) {
  if (v.kind() == Value::Kind::kPrincipal) return &v.AsPrincipal();
  if (v.kind() == Value::Kind::kContract) return &v.AsContract().issuer;
  return nullptr;
}

util::Result<Value> SpecialIsStandard(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckCount(1, args.size()));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kIsStandard, 0));
  STACKS_TRY(Value owner, EvalBorrowed(args[0], env, context));
  const StandardPrincipal* issuer = PrincipalIssuer(owner);
  if (issuer == nullptr) return TypeError("principal", owner);
  return Value::Bool(VersionMatchesNetwork(issuer->version, env.mainnet()));
}

// (ok|err {hash-bytes, name, version}): ok when the version is the network's.
util::Result<Value> SpecialPrincipalDestruct(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckCount(1, args.size()));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kPrincipalDestruct, 0));
  STACKS_TRY(Value principal, Eval(args[0], env, context));
  const StandardPrincipal* issuer = PrincipalIssuer(principal);
  if (issuer == nullptr) return TypeError("principal", principal);
  Value name = Value::None();
  if (principal.kind() == Value::Kind::kContract) {
    STACKS_TRY(Value text, Value::StringAscii(principal.AsContract().name));
    STACKS_TRY(name, Value::Some(std::move(text)));
  }
  STACKS_TRY(Value version, Value::Buffer(util::Bytes{issuer->version}));
  STACKS_TRY(Value hash, Value::Buffer(util::Bytes(issuer->hash160.begin(), issuer->hash160.end())));
  STACKS_TRY(
      Value tuple,
      Value::Tuple({{"version", std::move(version)}, {"hash-bytes", std::move(hash)}, {"name", std::move(name)}}));
  if (VersionMatchesNetwork(issuer->version, env.mainnet())) return Value::Ok(std::move(tuple));
  return Value::Err(std::move(tuple));
}

// (err {error_code, value}) of principal-construct?: 0 version of another network (value: the principal), 1 a bad
// version byte or hash length, 2 a bad contract name.
util::Result<Value> PrincipalConstructError(uint8_t code, Value value) {
  STACKS_TRY(Value tuple, Value::Tuple({{"error_code", Value::UInt(code)}, {"value", std::move(value)}}));
  return Value::Err(std::move(tuple));
}

util::Result<Value> SpecialPrincipalConstruct(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckAtLeast(2, args.size()));
  if (args.size() > 3) return Unchecked("RequiresAtMostArguments(3, " + std::to_string(args.size()) + ")");
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kPrincipalConstruct, 0));
  STACKS_TRY(Value version, EvalBorrowed(args[0], env, context));
  STACKS_TRY(Value hash, EvalBorrowed(args[1], env, context));
  std::optional<EvaluatedRef> name;
  if (args.size() > 2) {
    STACKS_TRY(EvaluatedRef n, EvalRef(args[2], env, context));
    name = std::move(n);
  }
  if (version.kind() != Value::Kind::kBuffer || version.AsBuffer().size() > 1) return TypeError("(buff 1)", version);
  if (version.AsBuffer().empty()) return PrincipalConstructError(1, Value::None());
  const uint8_t version_byte = version.AsBuffer()[0];
  if (version_byte >= 32) return PrincipalConstructError(1, Value::None());
  if (hash.kind() != Value::Kind::kBuffer || hash.AsBuffer().size() > 20) return TypeError("(buff 20)", hash);
  if (hash.AsBuffer().size() < 20) return PrincipalConstructError(1, Value::None());
  crypto::Hash160 hash160;
  std::copy(hash.AsBuffer().begin(), hash.AsBuffer().end(), hash160.begin());
  STACKS_TRY(StandardPrincipal issuer, StandardPrincipal::Create(version_byte, hash160));
  Value principal = Value::None();
  if (name) {
    // The name is taken (and from Epoch 3.4 only then charged) once the version and hash bytes passed.
    STACKS_RETURN_IF_ERROR(TakeRef(*name, env));
    const Value& name_value = name->value;
    if (name_value.kind() != Value::Kind::kStringAscii) return TypeError("(string-ascii 40)", name_value);
    const std::string& text = name_value.AsAscii();
    if (text.size() < codec::CONTRACT_NAME_MIN_LENGTH) return PrincipalConstructError(2, Value::None());
    if (text.size() > codec::CONTRACT_NAME_MAX_LENGTH) return TypeError("(string-ascii 40)", name_value);
    if (!codec::ValidateContractName(text)) return PrincipalConstructError(2, Value::None());
    STACKS_TRY(principal, Value::Contract(ContractIdentifier{issuer, text}));
  } else {
    STACKS_TRY(principal, Value::Principal(issuer));
  }
  if (VersionMatchesNetwork(version_byte, env.mainnet())) return Value::Ok(std::move(principal));
  STACKS_TRY(Value some, Value::Some(std::move(principal)));
  return PrincipalConstructError(0, std::move(some));
}

// --- print (functions/mod.rs special_print) ------------------------------------------------------------------------

// The value, then cost_print at its size; the event goes to the innermost level with the running contract's name.
util::Result<Value> SpecialPrint(Args args, Environment& env, const LocalContext& context) {
  if (args.empty()) return InterpreterError("BadSymbolicRepresentation(Print should have an argument)");
  if (args.size() != 1) return Unchecked("IncorrectArgumentCount(1, " + std::to_string(args.size()) + ")");
  STACKS_TRY(EvaluatedRef ref, EvalRef(args[0], env, context));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kPrint, ValueSize(ref.value)));
  STACKS_TRY(Value value, CloneWithCost(std::move(ref), env));
  if (env.contract() == nullptr) return util::FailedPrecondition("print outside a contract");
  STACKS_RETURN_IF_ERROR(env.global().EmitEvent(PrintEvent{env.contract()->identifier, value}));
  return value;
}

constexpr auto C1 = ClarityVersion::kClarity1;
constexpr auto C2 = ClarityVersion::kClarity2;
constexpr auto kSized = CostInput::kSerializedSize;
constexpr auto C6 = ClarityVersion::kClarity6;
constexpr auto kFirstBuffer = CostInput::kFirstBufferLength;
constexpr auto kFifthList = CostInput::kFifthListLength;

constexpr NativeFunction Native(std::string_view name, NativeFn fn, CostFunction cost, ClarityVersion since = C1,
                                CostInput input = CostInput::kArgCount) {
  return NativeFunction{name, since, ClarityVersion::kClarity6, nullptr, fn, cost, input};
}
constexpr NativeFunction Special(std::string_view name, SpecialFn fn, ClarityVersion since = C1,
                                 ClarityVersion until = ClarityVersion::kClarity6) {
  return NativeFunction{name, since, until, fn, nullptr, CostFunction::kUnimplemented, CostInput::kArgCount};
}

const std::array kNatives = {
    Native("+", NativeAdd, CostFunction::kAdd),
    Native("-", NativeSub, CostFunction::kSub),
    Native("*", NativeMul, CostFunction::kMul),
    Native("/", NativeDiv, CostFunction::kDiv),
    Native("mod", NativeMod, CostFunction::kMod),
    Native("pow", NativePow, CostFunction::kPow),
    Native("sqrti", NativeSqrti, CostFunction::kSqrti),
    Native("log2", NativeLog2, CostFunction::kLog2),
    Native("xor", NativeXor, CostFunction::kXor),
    Native("to-uint", NativeToUInt, CostFunction::kIntCast),
    Native("to-int", NativeToInt, CostFunction::kIntCast),
    Special(">=", SpecialCompare<CostFunction::kGeq, 0>),
    Special("<=", SpecialCompare<CostFunction::kLeq, 1>),
    Special("<", SpecialCompare<CostFunction::kLe, 2>),
    Special(">", SpecialCompare<CostFunction::kGe, 3>),
    Special("and", SpecialAndOr<true>),
    Special("or", SpecialAndOr<false>),
    Native("not", NativeNot, CostFunction::kNot),
    Native("is-eq", NativeEq, CostFunction::kEq, C1, kSized),
    Special("if", SpecialIf),
    Special("let", SpecialLet),
    Native("begin", NativeBegin, CostFunction::kBegin),
    Special("asserts!", SpecialAsserts),
    Native("some", NativeSome, CostFunction::kSomeCons),
    Native("ok", NativeOk, CostFunction::kOkCons),
    Native("err", NativeErr, CostFunction::kErrCons),
    Native("default-to", NativeDefaultTo, CostFunction::kDefaultTo),
    Native("unwrap!", NativeUnwrapRet<false>, CostFunction::kUnwrapRet),
    Native("unwrap-err!", NativeUnwrapRet<true>, CostFunction::kUnwrapErrOrRet),
    Native("unwrap-panic", NativeUnwrapPanic<false>, CostFunction::kUnwrap),
    Native("unwrap-err-panic", NativeUnwrapPanic<true>, CostFunction::kUnwrapErr),
    Native("is-ok", NativeIs<false, true>, CostFunction::kIsOkay),
    Native("is-err", NativeIs<false, false>, CostFunction::kIsErr),
    Native("is-some", NativeIs<true, true>, CostFunction::kIsSome),
    Native("is-none", NativeIs<true, false>, CostFunction::kIsNone),
    Special("match", SpecialMatch),
    Native("try!", NativeTry, CostFunction::kTryRet),
    Special("list", SpecialList),
    Special("tuple", SpecialTuple),
    Special("get", SpecialGet),
    Native("merge", NativeMerge, CostFunction::kTupleMerge, C1, kSized),
    Native("len", NativeLen, CostFunction::kLen),
    Native("element-at", NativeElementAt, CostFunction::kElementAt),
    Native("element-at?", NativeElementAt, CostFunction::kElementAt, C2),
    Native("index-of", NativeIndexOf, CostFunction::kIndexOf, C1, kSized),
    Native("index-of?", NativeIndexOf, CostFunction::kIndexOf, C2, kSized),
    Special("fold", SpecialFold),
    Special("filter", SpecialFilter),
    Special("map", SpecialMap),
    Special("concat", SpecialConcat),
    Special("append", SpecialAppend),
    Special("as-max-len?", SpecialAsMaxLen),
    Special("slice?", SpecialSlice, C2),
    Special("replace-at?", SpecialReplaceAt, C2),
    Native("buff-to-int-le", NativeBuffToInt<true, false>, CostFunction::kBuffToIntLe, C2),
    Native("buff-to-uint-le", NativeBuffToInt<false, false>, CostFunction::kBuffToUintLe, C2),
    Native("buff-to-int-be", NativeBuffToInt<true, true>, CostFunction::kBuffToIntBe, C2),
    Native("buff-to-uint-be", NativeBuffToInt<false, true>, CostFunction::kBuffToUintBe, C2),
    Native("int-to-ascii", NativeIntToString<false>, CostFunction::kIntToAscii, C2),
    Native("int-to-utf8", NativeIntToString<true>, CostFunction::kIntToUtf8, C2),
    Native("string-to-int?", NativeStringToInt<true>, CostFunction::kStringToInt, C2),
    Native("string-to-uint?", NativeStringToInt<false>, CostFunction::kStringToUint, C2),
    Native("to-consensus-buff?", NativeToConsensusBuff, CostFunction::kToConsensusBuff, C2, kSized),
    Native("sha256", NativeHash<crypto::Hash256, crypto::Sha256>, CostFunction::kSha256, C1, kSized),
    Native("sha512", NativeHash<crypto::Hash512, crypto::Sha512>, CostFunction::kSha512, C1, kSized),
    Native("sha512/256", NativeHash<crypto::Hash256, crypto::Sha512_256>, CostFunction::kSha512t256, C1, kSized),
    Native("keccak256", NativeHash<crypto::Hash256, crypto::Keccak256>, CostFunction::kKeccak256, C1, kSized),
    Native("hash160", NativeHash<crypto::Hash160, crypto::Hash160Of>, CostFunction::kHash160, C1, kSized),
    Special("from-consensus-buff?", SpecialFromConsensusBuff, C2),
    Special("print", SpecialPrint),
    Special("contract-call?", SpecialContractCall),
    Special("as-contract", SpecialAsContract, C1, ClarityVersion::kClarity3),
    Special("contract-of", SpecialContractOf),
    Special("var-get", SpecialFetchVariable),
    Special("var-set", SpecialSetVariable),
    Special("map-get?", SpecialFetchEntry),
    Special("map-set", SpecialSetEntry),
    Special("map-insert", SpecialInsertEntry),
    Special("map-delete", SpecialDeleteEntry),
    Special("secp256k1-recover?", SpecialSecp256k1Recover),
    Special("secp256k1-verify", SpecialSecp256k1Verify),
    Special("is-standard", SpecialIsStandard, C2),
    Special("principal-destruct?", SpecialPrincipalDestruct, C2),
    Special("principal-construct?", SpecialPrincipalConstruct, C2),
    Native("bit-and", NativeBitwise<1>, CostFunction::kBitwiseAnd, C2),
    Native("bit-or", NativeBitwise<2>, CostFunction::kBitwiseOr, C2),
    Native("bit-xor", NativeBitwise<0>, CostFunction::kXor, C2),
    Native("bit-not", NativeBitNot, CostFunction::kBitwiseNot, C2),
    Native("bit-shift-left", NativeShift<true>, CostFunction::kBitwiseLeftShift, C2),
    Native("bit-shift-right", NativeShift<false>, CostFunction::kBitwiseRightShift, C2),
    Special("ft-mint?", SpecialFtMint),
    Special("ft-transfer?", SpecialFtTransfer),
    Special("ft-burn?", SpecialFtBurn),
    Special("ft-get-balance", SpecialFtGetBalance),
    Special("ft-get-supply", SpecialFtGetSupply),
    Special("nft-mint?", SpecialNftMint),
    Special("nft-transfer?", SpecialNftTransfer),
    Special("nft-burn?", SpecialNftBurn),
    Special("nft-get-owner?", SpecialNftGetOwner),
    Special("stx-get-balance", SpecialStxGetBalance),
    Special("stx-account", SpecialStxAccount, C2),
    Special("stx-transfer?", SpecialStxTransfer),
    Special("stx-transfer-memo?", SpecialStxTransferMemo, C2),
    Special("stx-burn?", SpecialStxBurn),
    Special("get-block-info?", SpecialGetBlockInfo, C1, C2),
    Special("get-burn-block-info?", SpecialGetBurnBlockInfo, C2),
    Special("get-stacks-block-info?", SpecialGetStacksBlockInfo, ClarityVersion::kClarity3),
    Special("get-tenure-info?", SpecialGetTenureInfo, ClarityVersion::kClarity3),
    Special("at-block", SpecialAtBlock, C1, ClarityVersion::kClarity4),
    Special("principal-of?", SpecialPrincipalOf),
    Special("contract-hash?", SpecialContractHash, ClarityVersion::kClarity4),
    Special("to-ascii?", SpecialToAscii, ClarityVersion::kClarity4),
    Special("secp256r1-verify", SpecialSecp256r1Verify, ClarityVersion::kClarity4),
    Special("restrict-assets?", SpecialRestrictAssets, ClarityVersion::kClarity4),
    Special("as-contract?", SpecialAsContractSafe, ClarityVersion::kClarity4),
    Special("with-stx", SpecialAllowance, ClarityVersion::kClarity4),
    Special("with-ft", SpecialAllowance, ClarityVersion::kClarity4),
    Special("with-nft", SpecialAllowance, ClarityVersion::kClarity4),
    Special("with-stacking", SpecialAllowance, ClarityVersion::kClarity4, ClarityVersion::kClarity5),
    Special("with-staking", SpecialAllowance, ClarityVersion::kClarity6),
    Special("with-pox", SpecialAllowance, ClarityVersion::kClarity6),
    Special("with-all-assets-unsafe", SpecialAllowance, ClarityVersion::kClarity4),
    Native("verify-merkle-proof", NativeVerifyMerkleProof, CostFunction::kVerifyMerkleProof, C6, kFifthList),
    Native("get-bitcoin-tx-output?", NativeGetBitcoinTxOutput, CostFunction::kGetBitcoinTxOutput, C6, kFirstBuffer),
    Native("ed25519-verify", NativeEd25519Verify, CostFunction::kEd25519verify, C6, kFirstBuffer),
    Native("secp256k1-decompress?", NativeSecp256k1Decompress, CostFunction::kSecp256k1decompress, C6),
};

util::Result<Value> Dispatch(const NativeFunction& function, std::span<Value> args, Environment& env) {
  uint64_t n = args.size();
  // Before Epoch 2.05 every native is charged at its argument count (the reference's Native205 inputs start then).
  const CostInput input = env.epoch() < costs::Epoch::k2_05 ? CostInput::kArgCount : function.input;
  if (input == CostInput::kSerializedSize) {
    n = 0;
    for (const Value& v : args) n += SerializedSize(v);
  } else if (input == CostInput::kFirstBufferLength) {
    n = !args.empty() && args[0].kind() == Value::Kind::kBuffer ? args[0].AsBuffer().size() : 0;
  } else if (input == CostInput::kFifthListLength) {
    n = args.size() > 4 && args[4].kind() == Value::Kind::kList ? args[4].Items().size() : 0;
  }
  STACKS_RETURN_IF_ERROR(env.PushFrame());
  util::Status charged = env.Charge(function.cost, n);
  util::Result<Value> result = charged ? function.native(args, env) : util::Result<Value>(charged.error());
  env.PopFrame();
  return result;
}

}  // namespace

util::Result<TypeSignature> ParseTypeSignature(const SymbolicExpression& x, Environment& env) {
  return ParseTypeRepr(x, env);
}

const NativeFunction* LookupNative(std::string_view name, ClarityVersion version) {
  // Built once (thread-safe static initialization); a name may have entries for different version ranges.
  static const std::unordered_multimap<std::string_view, const NativeFunction*> by_name = [] {
    std::unordered_multimap<std::string_view, const NativeFunction*> table;
    table.reserve(kNatives.size());
    for (const NativeFunction& f : kNatives) table.emplace(f.name, &f);
    return table;
  }();
  auto [begin, end] = by_name.equal_range(name);
  for (auto it = begin; it != end; ++it) {
    const NativeFunction& f = *it->second;
    if (version >= f.since && version <= f.until) return &f;
  }
  return nullptr;
}

uint32_t NativeIndex(const NativeFunction& function) { return static_cast<uint32_t>(&function - kNatives.data()); }

const NativeFunction* NativeAtIndex(uint32_t index) { return index < kNatives.size() ? &kNatives[index] : nullptr; }

util::Result<Callable> LookupFunction(std::string_view name, Environment& env) {
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kLookupFunction, 0));
  if (const NativeFunction* f = LookupNative(name, env.version())) return Callable{f, nullptr};
  if (env.contract() != nullptr) {
    if (const DefinedFunction* defined = env.contract()->FindFunction(name)) return Callable{nullptr, defined};
  }
  return Unchecked("UndefinedFunction(" + std::string(name) + ")");
}

namespace {

// EvaluateArguments, for either kind of `values`; inlined into Apply, which runs for every native application.
template <typename Values>
util::Status EvaluateArgumentsInto(Args args, Environment& env, const LocalContext& context, ScopedMemory& memory,
                                   Values& values) {
  env.IncrApplyDepth();
  for (const SymbolicExpression& arg : args) {
    util::Result<Value> v = Eval(arg, env, context);
    util::Status added = v ? memory.Add(ValueSize(*v)) : util::Status(v.error());
    if (!added) {
      env.DecrApplyDepth();
      return added;
    }
    values.push_back(std::move(v).value());
  }
  env.DecrApplyDepth();
  return {};
}

enum class IntOp : uint8_t { kNone, kAdd, kSub, kMul };

IntOp IntOpOf(const NativeFunction& function) {
  if (function.native == NativeAdd) return IntOp::kAdd;
  if (function.native == NativeSub) return IntOp::kSub;
  if (function.native == NativeMul) return IntOp::kMul;
  return IntOp::kNone;
}

// `op` of two ints or two uints into `out`; false when it overflows (or underflows).
template <typename T>
bool IntOpInto(IntOp op, T a, T b, T& out) {
  switch (op) {
    case IntOp::kAdd:
      return !__builtin_add_overflow(a, b, &out);
    case IntOp::kSub:
      return !__builtin_sub_overflow(a, b, &out);
    default:
      return !__builtin_mul_overflow(a, b, &out);
  }
}

// Apply of +, - or * (`op`) with two arguments, the most common native application: the same steps as the general
// path below and Dispatch, in the same order (the arguments evaluated with the apply depth raised, each counted as
// memory until the call returns, a frame pushed, the cost charged at 2), but the two values stay in locals instead of
// a borrowed vector. When they are not two ints or two uints, or the result does not fit, the native itself runs on
// them (in the frame, after the charge), for its error or its value.
[[gnu::noinline]] util::Result<Value> ApplyIntBinary(const NativeFunction& function, IntOp op, Args args,
                                                     Environment& env, const LocalContext& context) {
  ScopedMemory memory(env.global());
  env.IncrApplyDepth();
  util::Result<Value> a = Eval(args[0], env, context);
  util::Status added = a ? memory.Add(ValueSize(*a)) : util::Status(a.error());
  if (!added) {
    env.DecrApplyDepth();
    return added.error();
  }
  util::Result<Value> b = Eval(args[1], env, context);
  added = b ? memory.Add(ValueSize(*b)) : util::Status(b.error());
  env.DecrApplyDepth();
  if (!added) return added.error();
  STACKS_RETURN_IF_ERROR(env.PushFrame());
  util::Status charged = env.Charge(function.cost, 2);
  if (!charged) {
    env.PopFrame();
    return charged.error();
  }
  const Value& x = *a;
  const Value& y = *b;
  if (x.kind() == y.kind()) {
    if (x.kind() == Value::Kind::kInt) {
      Int128 out = 0;
      if (IntOpInto<Int128>(op, x.AsInt(), y.AsInt(), out)) {
        env.PopFrame();
        return Value::Int(out);
      }
    } else if (x.kind() == Value::Kind::kUInt) {
      Uint128 out = 0;
      if (IntOpInto<Uint128>(op, x.AsUInt(), y.AsUInt(), out)) {
        env.PopFrame();
        return Value::UInt(out);
      }
    }
  }
  InlineValues values;
  values.push_back(std::move(a).value());
  values.push_back(std::move(b).value());
  util::Result<Value> result = function.native(values.span(), env);
  env.PopFrame();
  return result;
}

}  // namespace

util::Status EvaluateArguments(Args args, Environment& env, const LocalContext& context, ScopedMemory& memory,
                               InlineValues& values) {
  return EvaluateArgumentsInto(args, env, context, memory, values);
}

util::Status EvaluateArguments(Args args, Environment& env, const LocalContext& context, ScopedMemory& memory,
                               std::vector<Value>& values) {
  return EvaluateArgumentsInto(args, env, context, memory, values);
}

util::Result<Value> Apply(const NativeFunction& function, Args args, Environment& env, const LocalContext& context) {
  if (env.stack_depth() >= MaxCallStackDepth(env.epoch())) return RuntimeError("MaxStackDepthReached");
  if (function.special != nullptr) {
    STACKS_RETURN_IF_ERROR(env.PushFrame());
    util::Result<Value> result = function.special(args, env, context);
    env.PopFrame();
    return result;
  }
  if (args.size() == 2) {
    if (const IntOp op = IntOpOf(function); op != IntOp::kNone) return ApplyIntBinary(function, op, args, env, context);
  }
  // Each argument's value counts as memory in use until the function returns. Most natives take a few arguments,
  // whose values stay in place; more go to a vector borrowed from the thread's pool.
  if (args.size() <= InlineValues::kCapacity) {
    InlineValues values;
    ScopedMemory memory(env.global());
    STACKS_RETURN_IF_ERROR(EvaluateArgumentsInto(args, env, context, memory, values));
    return Dispatch(function, values.span(), env);
  }
  ArgValues call;
  std::vector<Value>& values = call.values();
  values.reserve(args.size());
  ScopedMemory memory(env.global());
  STACKS_RETURN_IF_ERROR(EvaluateArgumentsInto(args, env, context, memory, values));
  return Dispatch(function, values, env);
}

util::Result<Value> ApplyEvaluated(const Callable& callable, std::span<Value> args, Environment& env,
                                   const LocalContext& context) {
  if (callable.defined != nullptr) return ApplyDefinedEvaluated(*callable.defined, args, env);
  const NativeFunction& function = *callable.native;
  if (env.stack_depth() >= MaxCallStackDepth(env.epoch())) return RuntimeError("MaxStackDepthReached");
  if (function.special != nullptr) {
    // A special form over values: hand it the values as literal expressions.
    std::vector<SymbolicExpression> literals;
    literals.reserve(args.size());
    for (Value& v : args) literals.push_back(SymbolicExpression::Literal(std::move(v), {}));
    STACKS_RETURN_IF_ERROR(env.PushFrame());
    util::Result<Value> result = function.special(literals, env, context);
    env.PopFrame();
    return result;
  }
  ScopedMemory memory(env.global());
  for (const Value& v : args) STACKS_RETURN_IF_ERROR(memory.Add(ValueSize(v)));
  return Dispatch(function, args, env);
}

}  // namespace stacks::clarity::vm
