#include "clarity/vm/compiled_body.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>
#include <utility>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "clarity/vm/contract.h"
#include "clarity/vm/database.h"
#include "clarity/vm/evaluator.h"
#include "clarity/vm/natives.h"
#include "util/hex.h"

namespace stacks::clarity::vm {
namespace {

using ast::SymbolicExpression;
using costs::CostFunction;
using Step = CompiledBody::Step;
using Op = ArithmeticBody::Op;

// The most fixed charges a compiled body may make: longer bodies are left to the evaluator.
constexpr size_t kMaxCharges = 256;
// The most map-get? and map-set a compiled body may have, and the most map-set.
constexpr uint32_t kMaxMapOperations = 8;
constexpr uint32_t kMaxWrites = 4;
// The most values its evaluation stack may hold.
constexpr uint32_t kMaxStack = 32;

struct ArithmeticNative {
  std::string_view name;
  Op op;
  size_t min_args;
  size_t max_args;
};

// As the arithmetic fast path takes them (unary minus negates: left out).
constexpr std::array kArithmetic = {
    ArithmeticNative{"+", Op::kAdd, 1, SIZE_MAX}, ArithmeticNative{"-", Op::kSub, 2, SIZE_MAX},
    ArithmeticNative{"*", Op::kMul, 1, SIZE_MAX}, ArithmeticNative{"/", Op::kDiv, 2, SIZE_MAX},
    ArithmeticNative{"mod", Op::kMod, 2, 2},
};

// A value while the body runs: an int or uint, a bool, or an optional of an int or uint.
// Trivial (no initializers): a call's argument slots are filled as they are evaluated.
struct Slot {
  enum class Tag : uint8_t { kInt, kUInt, kBool, kNone, kSomeInt, kSomeUInt };
  Uint128 bits;
  Tag tag;
};

// The serialized length of an int or uint: a type byte, then sixteen bytes.
constexpr uint64_t kIntegerSize = 17;

class Compiler {
 public:
  Compiler(const DefinedFunction& function, const ContractContext& contract, CompiledBody& out)
      : m_function(function), m_contract(contract), m_version(contract.version), m_out(out) {}

  // ExecuteApply's charges before the body: the application at the argument count, then each argument's type check
  // at its size (the value's from Epoch 3.3, the declared type's before: the same for an int or uint). False when a
  // declared size is not its values' (never, for ints and uints).
  bool CompileApplication() {
    Fixed({CostFunction::kUserFunctionApplication, m_function.arguments.size()});
    for (size_t i = 0; i < m_function.arguments.size(); ++i) {
      const uint64_t size = ValueSize(Sample(m_out.argument_kinds[i]));
      if (m_function.arguments[i].second.Size() != size) return false;
      Fixed({CostFunction::kInnerTypeCheckCost, size});
    }
    return true;
  }

  // Appends the steps of `e`, noting its fixed charges in evaluation order; false when `e` does not qualify. `held`:
  // its value is an argument of a native. A `map_key` is the key of a map-get?, read borrowed from Epoch 3.4 (its
  // size is not charged then).
  bool Compile(const SymbolicExpression& e, uint32_t depth, bool held, bool map_key = false) {
    Step step;
    step.held = held;
    switch (e.kind) {
      case SymbolicExpression::Kind::kLiteralValue:
        if (!e.value || (e.value->kind() != Value::Kind::kInt && e.value->kind() != Value::Kind::kUInt)) return false;
        step.kind = Step::Kind::kLiteral;
        step.literal_kind = e.value->kind();
        step.literal =
            e.value->kind() == Value::Kind::kInt ? static_cast<Uint128>(e.value->AsInt()) : e.value->AsUInt();
        return Push(step, 0);
      case SymbolicExpression::Kind::kAtom: {
        const auto& arguments = m_function.arguments;
        const auto it = std::find_if(arguments.begin(), arguments.end(),
                                     [&](const auto& argument) { return argument.first == e.name; });
        // A name that is also a keyword or a native is not read as the argument by the evaluator.
        if (it == arguments.end() || IsReserved(e.name, m_version)) return false;
        step.kind = Step::Kind::kArgument;
        step.index = static_cast<uint32_t>(it - arguments.begin());
        // LookupVariable in the body's own context (depth 0), then the value's size.
        Fixed({CostFunction::kLookupVariableDepth, 0});
        m_plain.push_back({CostFunction::kLookupVariableSize, ValueSize(Sample(m_out.argument_kinds[step.index]))});
        if (!map_key) m_borrowed.push_back(m_plain.back());
        return Push(step, 0);
      }
      case SymbolicExpression::Kind::kList:
        return CompileCall(e, depth + 1, step);
      default:
        return false;
    }
  }

  // The fixed charges summed under every cost version (CompiledBody::fixed_runtime).
  void SumFixedCharges() {
    for (size_t version = 0; version < costs::kCostVersionCount; ++version) {
      const costs::FastCost* fast = costs::FastCosts(static_cast<costs::CostVersion>(version));
      m_out.fixed_runtime[version][0] = Sum(fast, m_plain);
      m_out.fixed_runtime[version][1] = Sum(fast, m_borrowed);
    }
  }

 private:
  bool CompileCall(const SymbolicExpression& e, uint32_t depth, Step& step) {
    if (e.items.empty() || e.items[0].kind != SymbolicExpression::Kind::kAtom) return false;
    const NativeFunction* native = LookupNative(e.items[0].name, m_version);
    if (native == nullptr) return false;
    m_out.depth = std::max(m_out.depth, depth);
    Fixed({CostFunction::kLookupFunction, 0});  // Eval's lookup_function
    const size_t count = e.items.size() - 1;
    if (native->special == SpecialFetchEntry || native->special == SpecialSetEntry) {
      const bool set = native->special == SpecialSetEntry;
      if (count != (set ? 3u : 2u) || e.items[1].kind != SymbolicExpression::Kind::kAtom) return false;
      // A read after a write would have to see it: such bodies are the evaluator's.
      if (!set && m_out.writes) return false;
      if (++m_out.map_operations > kMaxMapOperations) return false;
      for (size_t i = 2; i < e.items.size(); ++i) {
        if (!Compile(e.items[i], depth, /*held=*/false, /*map_key=*/!set)) return false;
      }
      step.kind = set ? Step::Kind::kMapSet : Step::Kind::kMapGet;
      if (!AddMap(e.items[1].name, step)) return false;
      if (set) m_out.writes = true;
      // cost_fetch_entry or cost_set_entry: at what is read or written, when it runs.
      return Push(step, static_cast<uint32_t>(count - 1));
    }
    if (native->special != nullptr || native->input != CostInput::kArgCount) return false;
    if (native->name == "begin") {
      if (count < 1) return false;
      step.kind = Step::Kind::kBegin;
    } else if (native->name == "default-to") {
      if (count != 2) return false;
      step.kind = Step::Kind::kDefaultTo;
    } else {
      const auto op = std::find_if(kArithmetic.begin(), kArithmetic.end(),
                                   [&](const ArithmeticNative& a) { return a.name == native->name; });
      if (op == kArithmetic.end() || count < op->min_args || count > op->max_args) return false;
      step.kind = Step::Kind::kArithmetic;
      step.op = op->op;
    }
    for (size_t i = 1; i < e.items.size(); ++i) {
      if (!Compile(e.items[i], depth, /*held=*/true)) return false;
    }
    step.index = static_cast<uint32_t>(count);
    Fixed({native->cost, count});  // the native at its argument count
    return Push(step, static_cast<uint32_t>(count));
  }

  // Points `step` at map `name`, defined already with int or uint keys and values (the types the runner reads
  // and writes); false otherwise.
  bool AddMap(const std::string& name, Step& step) {
    const auto defined = m_contract.maps.find(name);
    if (defined == m_contract.maps.end() || !defined->second.stored) return false;
    CompiledBody::Map map;
    map.entry_key_prefix = defined->second.entry_key_prefix;
    if (!IntegerKind(defined->second.key, map.key) || !IntegerKind(defined->second.value, map.value)) return false;
    const auto it = std::find_if(m_out.maps.begin(), m_out.maps.end(), [&](const CompiledBody::Map& m) {
      return m.entry_key_prefix == map.entry_key_prefix;
    });
    step.index = static_cast<uint32_t>(it - m_out.maps.begin());
    if (it == m_out.maps.end()) m_out.maps.push_back(std::move(map));
    return true;
  }

  static bool IntegerKind(const TypeSignature& type, Value::Kind& kind) {
    if (type.kind() == TypeSignature::Kind::kInt) {
      kind = Value::Kind::kInt;
    } else if (type.kind() == TypeSignature::Kind::kUInt) {
      kind = Value::Kind::kUInt;
    } else {
      return false;
    }
    return true;
  }

  // Appends `step`, which takes `takes` values off the stack and leaves one, following the memory the evaluator
  // would hold: a native's arguments from when each is evaluated until it returns, then its value if it is an
  // argument itself; what map-set writes from then on.
  bool Push(const Step& step, uint32_t takes) {
    const auto size = [&](Slot::Tag tag) -> uint64_t { return m_out.sizes[static_cast<size_t>(tag)]; };
    uint64_t bound = size(Slot::Tag::kInt);  // an int or uint (the same size)
    switch (step.kind) {
      case Step::Kind::kBegin:
        bound = m_bounds.back();  // its last argument's
        break;
      case Step::Kind::kMapGet:
        bound = std::max({size(Slot::Tag::kNone), size(Slot::Tag::kSomeInt), size(Slot::Tag::kSomeUInt)});
        break;
      case Step::Kind::kMapSet:
        bound = size(Slot::Tag::kBool);
        m_out.memory_kept += kIntegerSize + 1 + kIntegerSize;  // the key and (some value)
        m_out.memory_peak = std::max(m_out.memory_peak, m_held + m_out.memory_kept);
        break;
      default:
        break;
    }
    const bool holds_arguments =
        step.kind == Step::Kind::kArithmetic || step.kind == Step::Kind::kBegin || step.kind == Step::Kind::kDefaultTo;
    for (uint32_t i = 0; i < takes; ++i) {
      if (holds_arguments) m_held -= m_bounds.back();
      m_bounds.pop_back();
    }
    m_bounds.push_back(bound);
    if (step.held) {
      m_held += bound;
      m_out.memory_peak = std::max(m_out.memory_peak, m_held + m_out.memory_kept);
    }
    m_out.steps.push_back(step);
    m_stack = m_stack - takes + 1;
    return m_stack <= kMaxStack && m_plain.size() <= kMaxCharges;
  }

  void Fixed(const PlannedCharge& charge) {
    m_plain.push_back(charge);
    m_borrowed.push_back(charge);
  }

  static Value Sample(Value::Kind kind) { return kind == Value::Kind::kInt ? Value::Int(0) : Value::UInt(0); }

  static uint64_t Sum(const costs::FastCost* fast, const std::vector<PlannedCharge>& charges) {
    const std::optional<uint64_t> sum = SumRuntimeCharges(fast, charges);
    // kNoFixedSum itself marks "no sum": a sum that large (which no limit admits) is treated as one.
    return sum && *sum != CompiledBody::kNoFixedSum ? *sum : CompiledBody::kNoFixedSum;
  }

  const DefinedFunction& m_function;
  const ContractContext& m_contract;
  ClarityVersion m_version;
  CompiledBody& m_out;
  uint32_t m_stack = 0;
  std::vector<uint64_t> m_bounds;         ///< The most bytes each value on the stack may hold.
  uint64_t m_held = 0;                    ///< Bytes of argument values held at this point.
  std::vector<PlannedCharge> m_plain;     ///< The fixed charges before Epoch 3.4.
  std::vector<PlannedCharge> m_borrowed;  ///< From it.
};

Value ToValue(const Slot& slot) {
  switch (slot.tag) {
    case Slot::Tag::kInt:
      return Value::Int(static_cast<Int128>(slot.bits));
    case Slot::Tag::kUInt:
      return Value::UInt(slot.bits);
    case Slot::Tag::kBool:
      return Value::Bool(slot.bits != 0);
    case Slot::Tag::kNone:
      return Value::None();
    case Slot::Tag::kSomeInt:
      return Value::Some(Value::Int(static_cast<Int128>(slot.bits))).value();
    case Slot::Tag::kSomeUInt:
      return Value::Some(Value::UInt(slot.bits)).value();
  }
  return Value::None();
}

// Sixteen lowercase hex digits at `text` as the eight bytes they spell, into `out`; false if one is not a
// lowercase hex digit.
bool ParseHexEight(const char* text, uint8_t* out) {
#ifdef __SSE2__
  const __m128i chars = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text));
  const __m128i digit =
      _mm_and_si128(_mm_cmpgt_epi8(chars, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(chars, _mm_set1_epi8('9' + 1)));
  const __m128i letter =
      _mm_and_si128(_mm_cmpgt_epi8(chars, _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(chars, _mm_set1_epi8('f' + 1)));
  if (_mm_movemask_epi8(_mm_or_si128(digit, letter)) != 0xffff) return false;
  // Each character's nibble ('a' is 39 past '0' + 10), then each pair of nibbles (high first) as one byte.
  const __m128i nibbles =
      _mm_sub_epi8(_mm_sub_epi8(chars, _mm_set1_epi8('0')), _mm_and_si128(letter, _mm_set1_epi8('a' - '0' - 10)));
  const __m128i high = _mm_and_si128(nibbles, _mm_set1_epi16(0x00ff));
  const __m128i low = _mm_srli_epi16(nibbles, 8);
  const __m128i bytes = _mm_or_si128(_mm_slli_epi16(high, 4), low);
  _mm_storel_epi64(reinterpret_cast<__m128i*>(out), _mm_packus_epi16(bytes, bytes));
  return true;
#else
  for (size_t i = 0; i < 8; ++i) {
    const auto nibble = [](char c) -> int {
      if (c >= '0' && c <= '9') return c - '0';
      if (c >= 'a' && c <= 'f') return c - 'a' + 10;
      return -1;
    };
    const int high = nibble(text[2 * i]);
    const int low = nibble(text[2 * i + 1]);
    if (high < 0 || low < 0) return false;
    out[i] = static_cast<uint8_t>(high << 4 | low);
  }
  return true;
#endif
}

// The 32 lowercase hex digits of a 128-bit big-endian word, as the store holds them (REQUIRES: 32 characters).
std::optional<Uint128> ParseWordHex(std::string_view hex) {
  std::array<uint8_t, 16> bytes;
  if (!ParseHexEight(hex.data(), bytes.data()) || !ParseHexEight(hex.data() + 16, bytes.data() + 8)) {
    return std::nullopt;
  }
  uint64_t high;
  uint64_t low;
  std::memcpy(&high, bytes.data(), 8);
  std::memcpy(&low, bytes.data() + 8, 8);
  return (static_cast<Uint128>(__builtin_bswap64(high)) << 64) | __builtin_bswap64(low);
}

// An arithmetic native over the slots' bits read as T.
template <typename T>
bool ApplyOp(Op op, std::span<const Slot> values, T& out) {
  T acc = static_cast<T>(values[0].bits);
  for (size_t i = 1; i < values.size(); ++i) {
    if (!ArithmeticStep<T>(op, acc, static_cast<T>(values[i].bits))) return false;
  }
  out = acc;
  return true;
}

// The consensus serialization of an int or uint slot in hex: 00 (int) or 01 (uint), then its sixteen bytes
// big-endian.
void AppendIntegerHex(std::string& out, const Slot& slot) {
  out.append(slot.tag == Slot::Tag::kInt ? "00" : "01");
  util::AppendHex128(out, static_cast<uint64_t>(slot.bits >> 64), static_cast<uint64_t>(slot.bits));
}

struct Write {
  std::string key;
  std::string hex;
};

// One run of a body: evaluates it without side effects, recording what it would charge, hold and write.
class Runner {
 public:
  Runner(const CompiledBody& body, std::span<const Value> args, Environment& env)
      : m_body(body), m_args(args), m_env(env) {}
  ~Runner() {
    for (size_t i = 0; i < m_write_count; ++i) m_writes[i].~Write();
  }
  Runner(const Runner&) = delete;
  Runner& operator=(const Runner&) = delete;

  // The body's value; false where the evaluator would fail or the fast path cannot follow it.
  bool Run(Slot& result) {
    std::array<Slot, kMaxStack> stack;  // uninitialized: filled as steps run
    size_t top = 0;
    for (const Step& step : m_body.steps) {
      Slot out;
      switch (step.kind) {
        case Step::Kind::kArgument: {
          const Value& value = m_args[step.index];
          out.tag = value.kind() == Value::Kind::kInt ? Slot::Tag::kInt : Slot::Tag::kUInt;
          out.bits = out.tag == Slot::Tag::kInt ? static_cast<Uint128>(value.AsInt()) : value.AsUInt();
          break;
        }
        case Step::Kind::kLiteral:
          out.tag = step.literal_kind == Value::Kind::kInt ? Slot::Tag::kInt : Slot::Tag::kUInt;
          out.bits = step.literal;
          break;
        case Step::Kind::kMapGet:
          top -= 1;
          if (!MapGet(step, stack[top], out)) return false;
          break;
        case Step::Kind::kMapSet:
          top -= 2;
          if (!MapSet(step, stack[top], stack[top + 1], out)) return false;
          break;
        default: {
          top -= step.index;
          const std::span<const Slot> values(&stack[top], step.index);
          if (!ApplyNative(step, values, out)) return false;
          break;
        }
      }
      stack[top++] = out;
    }
    result = stack[0];
    return true;
  }

  std::span<const PlannedCharge> charges() const { return {m_charges.data(), m_charge_count}; }
  std::span<Write> writes() { return {m_writes.data(), m_write_count}; }

 private:
  static bool ApplyNative(const Step& step, std::span<const Slot> values, Slot& out) {
    switch (step.kind) {
      case Step::Kind::kBegin:
        out = values.back();
        return true;
      case Step::Kind::kDefaultTo:
        if (values[1].tag == Slot::Tag::kNone) {
          out = values[0];
        } else if (values[1].tag == Slot::Tag::kSomeInt || values[1].tag == Slot::Tag::kSomeUInt) {
          out.tag = values[1].tag == Slot::Tag::kSomeInt ? Slot::Tag::kInt : Slot::Tag::kUInt;
          out.bits = values[1].bits;
        } else {
          return false;
        }
        return true;
      case Step::Kind::kArithmetic: {
        const Slot::Tag tag = values[0].tag;
        if (tag != Slot::Tag::kInt && tag != Slot::Tag::kUInt) return false;
        for (const Slot& v : values) {
          if (v.tag != tag) return false;
        }
        out.tag = tag;
        if (tag == Slot::Tag::kInt) {
          Int128 result;
          if (!ApplyOp<Int128>(step.op, values, result)) return false;
          out.bits = static_cast<Uint128>(result);
          return true;
        }
        return ApplyOp<Uint128>(step.op, values, out.bits);
      }
      default:
        return false;
    }
  }

  // The store key of `key` in the step's map (DataMapEntryKey: the map's prefix, then the key's serialization in
  // hex, 01 or 00 and sixteen bytes big-endian) into `store_key`, reusing its text when it holds that prefix
  // already; false unless the key is of the map's key type (what the type checker admits).
  bool KeyOf(const CompiledBody::Map& map, const Slot& key, std::string& store_key) {
    if (key.tag != (map.key == Value::Kind::kInt ? Slot::Tag::kInt : Slot::Tag::kUInt)) return false;
    const std::string& prefix = map.entry_key_prefix;
    if (store_key.size() == prefix.size() + 2 * kIntegerSize &&
        std::memcmp(store_key.data(), prefix.data(), prefix.size()) == 0) {
      store_key.resize(prefix.size());
    } else {
      store_key.reserve(prefix.size() + 2 * kIntegerSize);
      store_key.assign(prefix);
    }
    AppendIntegerHex(store_key, key);
    return true;
  }

  // SpecialFetchEntry: the entry read, cost_fetch_entry at the key's serialized length plus the entry's.
  bool MapGet(const Step& step, const Slot& key, Slot& out) {
    // The key is only looked up: built in a buffer of the thread's, which keeps its capacity between reads.
    thread_local std::string t_store_key;
    const CompiledBody::Map& map = m_body.maps[step.index];
    if (!KeyOf(map, key, t_store_key)) return false;
    const Value* decoded = nullptr;
    util::Result<std::optional<std::string_view>> read = m_env.store().GetView(t_store_key, m_scratch, &decoded);
    if (!read) return false;
    const bool is_int = map.value == Value::Kind::kInt;
    if (!*read) {
      out.tag = Slot::Tag::kNone;
      Charge(CostFunction::kFetchEntry, kIntegerSize);
      return true;
    }
    const std::string_view hex = **read;
    if (decoded != nullptr) {
      if (decoded->kind() != Value::Kind::kOptional) return false;
      if (!decoded->IsSome()) {
        out.tag = Slot::Tag::kNone;
      } else {
        const Value& inner = decoded->Inner();
        if (inner.kind() != (is_int ? Value::Kind::kInt : Value::Kind::kUInt)) return false;
        out.tag = is_int ? Slot::Tag::kSomeInt : Slot::Tag::kSomeUInt;
        out.bits = is_int ? static_cast<Uint128>(inner.AsInt()) : inner.AsUInt();
      }
    } else if (hex == "09") {
      out.tag = Slot::Tag::kNone;
    } else {
      // (some int) is 0a 00 <16 bytes>, (some uint) 0a 01 <16 bytes>.
      if (hex.size() != 36 || hex.substr(0, 4) != (is_int ? "0a00" : "0a01")) return false;
      std::optional<Uint128> word = ParseWordHex(hex.substr(4));
      if (!word) return false;
      out.tag = is_int ? Slot::Tag::kSomeInt : Slot::Tag::kSomeUInt;
      out.bits = *word;
    }
    Charge(CostFunction::kFetchEntry, kIntegerSize + hex.size() / 2);
    return true;
  }

  // SpecialSetOrInsert: the write of (some value), cost_set_entry at the key's serialized length plus what was
  // written, which also stays counted as memory.
  bool MapSet(const Step& step, const Slot& key, const Slot& value, Slot& out) {
    if (m_write_count == kMaxWrites) return false;
    const CompiledBody::Map& map = m_body.maps[step.index];
    if (value.tag != (map.value == Value::Kind::kInt ? Slot::Tag::kInt : Slot::Tag::kUInt)) return false;
    Write& write = *new (&m_writes[m_write_count]) Write();
    ++m_write_count;  // constructed: destroyed with the runner
    if (!KeyOf(map, key, write.key)) return false;
    write.hex.reserve(2 * (1 + kIntegerSize));
    write.hex.assign("0a");  // (some value)
    AppendIntegerHex(write.hex, value);
    const uint64_t size = kIntegerSize + write.hex.size() / 2;
    Charge(CostFunction::kSetEntry, size);
    out.tag = Slot::Tag::kBool;
    out.bits = 1;
    return true;
  }

  // A charge that depends on what was read or written (the fixed ones are summed at compile time).
  void Charge(CostFunction function, uint64_t n) {
    // The compiler bounded the map natives (kMaxMapOperations), one charge each.
    PlannedCharge& charge = m_charges[m_charge_count++];
    charge.function = function;
    charge.n = n;
  }

  const CompiledBody& m_body;
  std::span<const Value> m_args;
  Environment& m_env;
  // Left uninitialized (filled in order): zeroing them cost more than a small body's evaluation.
  union {
    std::array<PlannedCharge, kMaxMapOperations> m_charges;
  };
  size_t m_charge_count = 0;
  // Built as map-set needs them (most bodies write once or not at all): constructing and destroying every slot
  // cost more than the write itself.
  union {
    std::array<Write, kMaxWrites> m_writes;
  };
  size_t m_write_count = 0;
  std::string m_scratch;
};

}  // namespace

std::optional<CompiledBody> CompileBody(const DefinedFunction& function, const ContractContext& contract) {
  if (function.body == nullptr || function.body->kind != SymbolicExpression::Kind::kList) return std::nullopt;
  CompiledBody body;
  body.contract = contract.identifier;
  const Value samples[] = {Value::Int(0),
                           Value::UInt(0),
                           Value::Bool(true),
                           Value::None(),
                           Value::Some(Value::Int(0)).value(),
                           Value::Some(Value::UInt(0)).value()};
  for (size_t i = 0; i < body.sizes.size(); ++i) body.sizes[i] = static_cast<uint32_t>(ValueSize(samples[i]));
  if (body.sizes[0] != body.sizes[1]) return std::nullopt;  // an int and a uint hold alike (16 bytes)
  for (size_t i = 0; i < function.arguments.size(); ++i) {
    const TypeSignature::Kind kind = function.arguments[i].second.kind();
    if (kind != TypeSignature::Kind::kInt && kind != TypeSignature::Kind::kUInt) return std::nullopt;
    body.argument_kinds.push_back(kind == TypeSignature::Kind::kInt ? Value::Kind::kInt : Value::Kind::kUInt);
    for (size_t j = 0; j < i; ++j) {
      if (function.arguments[j].first == function.arguments[i].first) return std::nullopt;
    }
  }
  Compiler compiler(function, contract, body);
  if (!compiler.CompileApplication() || !compiler.Compile(*function.body, 0, /*held=*/false)) return std::nullopt;
  compiler.SumFixedCharges();
  return body;
}

std::optional<Value> RunCompiledBody(const CompiledBody& body, std::span<const Value> args, Environment& env) {
  if (args.size() != body.argument_kinds.size()) return std::nullopt;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i].kind() != body.argument_kinds[i]) return std::nullopt;
  }
  // Epoch 2.0's map natives charge before they read or write (ChargeV200): left to the evaluator.
  if (env.epoch() < costs::Epoch::k2_05) return std::nullopt;
  if (env.stack_depth() + body.depth > MaxCallStackDepth(env.epoch())) return std::nullopt;
  if (body.writes && (env.store().depth() == 0 || env.store().at_block_height())) return std::nullopt;
  // Its maps are its contract's, where it runs (a function always runs in its own contract).
  if (body.maps.size() != 0 && (env.contract() == nullptr || env.contract()->identifier != body.contract)) {
    return std::nullopt;
  }
  GlobalContext& global = env.global();
  const uint64_t fixed =
      body.fixed_runtime[static_cast<size_t>(global.cost_version())][UsesBorrowedVariables(env.epoch()) ? 1 : 0];
  if (fixed == CompiledBody::kNoFixedSum) return std::nullopt;
  Runner runner(body, args, env);
  Slot result;
  if (!global.MemoryFits(body.memory_peak)) return std::nullopt;
  if (!runner.Run(result)) return std::nullopt;
  Value value = ToValue(result);
  if (!global.TryChargeAll(runner.charges(), fixed)) return std::nullopt;
  for (Write& write : runner.writes()) {
    // Cannot fail: a level is open (checked above).
    (void)env.store().Put(std::move(write.key), std::move(write.hex));
  }
  // Fits: the peak, which includes it, did.
  (void)global.AddMemory(body.memory_kept);
  return value;
}

}  // namespace stacks::clarity::vm
