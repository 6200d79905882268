#include "clarity/vm/evaluator.h"

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <utility>
#include <variant>

#include "clarity/vm/block_natives.h"
#include "clarity/vm/calls.h"
#include "clarity/vm/errors.h"
#include "clarity/vm/natives.h"

namespace stacks::clarity::vm {

using ast::SymbolicExpression;
using costs::CostFunction;

util::Result<LocalContext> LocalContext::Extend() const {
  if (m_depth >= MAX_CONTEXT_DEPTH) return RuntimeError("MaxContextDepthReached");
  LocalContext child;
  child.m_parent = this;
  child.m_depth = m_depth + 1;
  return child;
}

LocalContext::LocalContext(LocalContext&& other) noexcept
    : m_parent(other.m_parent),
      m_depth(other.m_depth),
      m_inline_count(other.m_inline_count),
      m_more(std::move(other.m_more)),
      m_callables(std::move(other.m_callables)) {
  for (size_t i = 0; i < m_inline_count; ++i) {
    new (m_inline + i * sizeof(Binding)) Binding{std::move(other.InlineAt(i))};
  }
}

namespace {

// Name equality for the short names of bindings, compared in place rather than through a call to memcmp.
inline bool SameName(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

}  // namespace

const Value* LocalContext::FindHere(std::string_view name) const {
  for (size_t i = 0; i < m_inline_count; ++i) {
    if (SameName(InlineAt(i).name, name)) return &InlineAt(i).value;
  }
  for (const Binding& b : m_more) {
    if (SameName(b.name, name)) return &b.value;
  }
  return nullptr;
}

const Value* LocalContext::Lookup(std::string_view name) const {
  for (const LocalContext* c = this; c != nullptr; c = c->m_parent) {
    if (const Value* value = c->FindHere(name)) return value;
  }
  return nullptr;
}

void LocalContext::Bind(std::string_view name, Value value) {
  if (const Value* bound = FindHere(name)) {
    *const_cast<Value*>(bound) = std::move(value);
    return;
  }
  BindNew(name, std::move(value));
}

const Value* LocalContext::LookupCallable(std::string_view name) const {
  for (const LocalContext* c = this; c != nullptr; c = c->m_parent) {
    for (const Binding& b : c->m_callables) {
      if (b.name == name) return &b.value;
    }
  }
  return nullptr;
}

void LocalContext::BindCallable(std::string_view name, Value value) {
  for (Binding& b : m_callables) {
    if (b.name == name) {
      b.value = std::move(value);
      return;
    }
  }
  m_callables.push_back(Binding{name, std::move(value)});
}

Value PrincipalValue(const codec::Principal& principal) {
  if (const auto* standard = std::get_if<StandardPrincipal>(&principal)) {
    // Transactions of one sender tend to follow each other: the last standard principal's value is kept per
    // thread and shared (values are immutable), which spares an allocation per transaction.
    thread_local std::optional<std::pair<StandardPrincipal, Value>> last;
    if (last && last->first == *standard) return last->second;
    // A codec::Principal holds a valid version, so these constructors cannot fail.
    util::Result<Value> v = Value::Principal(*standard);
    if (!v) return Value::None();
    last.emplace(*standard, *v);
    return std::move(v).value();
  }
  util::Result<Value> v = Value::Contract(std::get<ContractIdentifier>(principal));
  return v ? std::move(v).value() : Value::None();
}

codec::Principal PrincipalOf(const Value& value) {
  if (value.kind() == Value::Kind::kPrincipal) return value.AsPrincipal();
  return value.AsContract();
}

Environment::Environment(GlobalContext& global, const ContractContext* contract, Value sender, Value caller,
                         std::optional<Value> sponsor)
    : m_global(global),
      m_invocation{contract, std::move(sender), std::move(caller)},
      m_version(contract != nullptr ? contract->version : ClarityVersion::kClarity1),
      m_sponsor(std::move(sponsor)) {}

Environment::Invocation Environment::Swap(Invocation next) {
  Invocation previous = std::move(m_invocation);
  m_invocation = std::move(next);
  m_version = m_invocation.contract != nullptr ? m_invocation.contract->version : ClarityVersion::kClarity1;
  return previous;
}

namespace {

// The thread's vectors for ArgValues: [0, lent) are lent out, the rest wait cleared. Each on the heap of its own,
// so that lent vectors stay where they are as the pool grows; the pool indexes them directly (a deque's indexing
// cost more than the rest of a borrow).
struct ArgValuesPool {
  std::vector<std::unique_ptr<std::vector<Value>>> vectors;
  size_t lent = 0;
};
thread_local ArgValuesPool t_arg_values;

// A vector grown past this many values (a long list literal, say) is not kept.
constexpr size_t kMaxKeptCapacity = 1024;

[[gnu::noinline]] void GrowArgValuesPool(ArgValuesPool& pool) {
  pool.vectors.push_back(std::make_unique<std::vector<Value>>());
}

std::vector<Value>& BorrowArgValues() {
  ArgValuesPool& pool = t_arg_values;
  if (pool.lent == pool.vectors.size()) [[unlikely]]
    GrowArgValuesPool(pool);
  return *pool.vectors[pool.lent++];
}

}  // namespace

ArgValues::ArgValues() : m_values(BorrowArgValues()) {}

ArgValues::~ArgValues() {
  m_values.clear();
  if (m_values.capacity() > kMaxKeptCapacity) std::vector<Value>().swap(m_values);
  --t_arg_values.lent;
}

bool Environment::IsActive(const DefinedFunction* function) const {
  const size_t in_place = std::min(m_active_count, kInlineActive);
  if (std::find(m_active_inline.begin(), m_active_inline.begin() + in_place, function) !=
      m_active_inline.begin() + in_place) {
    return true;
  }
  return std::find(m_active_more.begin(), m_active_more.end(), function) != m_active_more.end();
}

namespace {

constexpr auto kLatest = ClarityVersion::kClarity6;

// The keywords answered without the store; the others are the chain's (block_natives.h).
enum class Keyword : uint8_t {
  kChain,
  kContractCaller,
  kTxSender,
  kNone,
  kTrue,
  kFalse,
  kIsInRegtest,
  kTxSponsor,
  kIsInMainnet,
  kChainId,
  kCurrentContract,
};

struct ReservedVariable {
  std::string_view name;
  Keyword keyword;
  ClarityVersion since;
  ClarityVersion until = kLatest;
};

// NativeVariables (clarity/src/vm/variables.rs).
constexpr std::array kReservedVariables = {
    ReservedVariable{"contract-caller", Keyword::kContractCaller, ClarityVersion::kClarity1},
    ReservedVariable{"tx-sender", Keyword::kTxSender, ClarityVersion::kClarity1},
    ReservedVariable{"block-height", Keyword::kChain, ClarityVersion::kClarity1, ClarityVersion::kClarity2},
    ReservedVariable{"burn-block-height", Keyword::kChain, ClarityVersion::kClarity1},
    ReservedVariable{"none", Keyword::kNone, ClarityVersion::kClarity1},
    ReservedVariable{"true", Keyword::kTrue, ClarityVersion::kClarity1},
    ReservedVariable{"false", Keyword::kFalse, ClarityVersion::kClarity1},
    ReservedVariable{"stx-liquid-supply", Keyword::kChain, ClarityVersion::kClarity1},
    ReservedVariable{"is-in-regtest", Keyword::kIsInRegtest, ClarityVersion::kClarity1},
    ReservedVariable{"tx-sponsor?", Keyword::kTxSponsor, ClarityVersion::kClarity2},
    ReservedVariable{"is-in-mainnet", Keyword::kIsInMainnet, ClarityVersion::kClarity2},
    ReservedVariable{"chain-id", Keyword::kChainId, ClarityVersion::kClarity2},
    ReservedVariable{"stacks-block-height", Keyword::kChain, ClarityVersion::kClarity3},
    ReservedVariable{"tenure-height", Keyword::kChain, ClarityVersion::kClarity3},
    ReservedVariable{"stacks-block-time", Keyword::kChain, ClarityVersion::kClarity4},
    ReservedVariable{"current-contract", Keyword::kCurrentContract, ClarityVersion::kClarity4},
};

const ReservedVariable* FindReservedVariable(std::string_view name, ClarityVersion version) {
  for (const auto& v : kReservedVariables) {
    if (v.name == name && version >= v.since && version <= v.until) return &v;
  }
  return nullptr;
}

// What an atom's name resolves to in one Clarity version, memoized on the node (ast::EvalMemo) so that evaluating
// it again costs no string comparisons or hashing. The word: bits 0-7 the version + 1 it was resolved for (0: not
// resolved), bits 8-15 the reserved variable's position in kReservedVariables + 1 (0: not one), bits 16-31 the
// native's NativeIndex + 1 (0: not one), bit 32 set when the name cannot be a variable's (it starts with a digit or
// a quote). Natives and reserved variables are fixed per version, so a memo never
// goes stale; a node evaluated under another version is resolved again.
struct Resolution {
  const ReservedVariable* reserved = nullptr;
  const NativeFunction* native = nullptr;
  bool not_a_variable = false;
  uint32_t argument_slot = 0;  ///< The argument position + 1 it reads in its function's body context, or 0.
};

constexpr uint64_t kNotAVariableBit = uint64_t{1} << 32;
// Bits 33-40: the argument position + 1 (MemoizeArgumentSlots; 0: none). Kept when the name is resolved again.
constexpr int kSlotShift = 33;
constexpr uint64_t kSlotMask = uint64_t{0xff} << kSlotShift;
constexpr size_t kMaxSlots = 0xff;

// The memo word of `atom` in `version`, computed and stored (the first evaluation, or one under another version).
[[gnu::noinline]] uint64_t ResolveName(const SymbolicExpression& atom, ClarityVersion version) {
  uint64_t word = static_cast<uint64_t>(version) + 1;
  if (const ReservedVariable* reserved = FindReservedVariable(atom.name, version)) {
    word |= static_cast<uint64_t>(reserved - kReservedVariables.data() + 1) << 8;
  }
  if (const NativeFunction* native = LookupNative(atom.name, version)) {
    word |= static_cast<uint64_t>(NativeIndex(*native) + 1) << 16;
  }
  const std::string& name = atom.name;
  if (!name.empty() && (std::isdigit(static_cast<unsigned char>(name[0])) != 0 || name[0] == '\'')) {
    word |= kNotAVariableBit;
  }
  word |= atom.memo.Load() & kSlotMask;
  atom.memo.Store(word);
  return word;
}

inline Resolution Resolve(const SymbolicExpression& atom, ClarityVersion version) {
  uint64_t word = atom.memo.Load();
  if ((word & 0xff) != static_cast<uint64_t>(version) + 1) word = ResolveName(atom, version);
  Resolution resolution;
  if (const uint64_t reserved = (word >> 8) & 0xff; reserved != 0)
    resolution.reserved = &kReservedVariables[reserved - 1];
  if (const uint64_t native = (word >> 16) & 0xffff; native != 0) {
    resolution.native = NativeAtIndex(static_cast<uint32_t>(native - 1));
  }
  resolution.not_a_variable = (word & kNotAVariableBit) != 0;
  resolution.argument_slot = static_cast<uint32_t>((word & kSlotMask) >> kSlotShift);
  return resolution;
}

// MemoizeArgumentSlots' walk: `names` are the function's argument names, by position.
void MarkArgumentSlots(const SymbolicExpression& e, const std::vector<std::string_view>& names,
                       ClarityVersion version) {
  if (e.kind == SymbolicExpression::Kind::kList) {
    // let and match bind names for their bodies, in contexts of their own: nothing under them is marked.
    if (!e.items.empty() && e.items.front().kind == SymbolicExpression::Kind::kAtom &&
        (e.items.front().name == "let" || e.items.front().name == "match")) {
      return;
    }
    for (const SymbolicExpression& item : e.items) MarkArgumentSlots(item, names, version);
    return;
  }
  if (e.kind != SymbolicExpression::Kind::kAtom) return;
  const auto it = std::find(names.begin(), names.end(), std::string_view(e.name));
  if (it == names.end()) return;
  const uint64_t word = ResolveName(e, version);
  if ((word & kNotAVariableBit) != 0 || ((word >> 8) & 0xff) != 0) return;  // never read as an argument
  e.memo.Store((word & ~kSlotMask) | (static_cast<uint64_t>(it - names.begin() + 1) << kSlotShift));
}

// lookup_reserved_variable: the keywords. Those answered from the invocation or the chain are free, as in the
// reference; those that read the store charge cost_fetch_var(1) there (block_natives.h).
util::Result<Value> LookupReservedVariable(const ReservedVariable& variable, Environment& env) {
  const std::string_view name = variable.name;
  switch (variable.keyword) {
    case Keyword::kTrue:
      return Value::Bool(true);
    case Keyword::kFalse:
      return Value::Bool(false);
    case Keyword::kNone:
      return Value::None();
    case Keyword::kTxSender:
      return env.sender();
    case Keyword::kContractCaller:
      return env.caller();
    case Keyword::kTxSponsor:
      if (!env.sponsor()) return Value::None();
      return Value::Some(*env.sponsor());
    case Keyword::kIsInMainnet:
      return Value::Bool(env.mainnet());
    case Keyword::kChainId:
      return Value::UInt(env.chain_id());
    case Keyword::kIsInRegtest:
      return Value::Bool(env.global().chain().regtest);
    case Keyword::kCurrentContract:
      if (env.contract() == nullptr) return util::FailedPrecondition("current-contract outside a contract");
      return Value::Contract(env.contract()->identifier);
    case Keyword::kChain:
      break;
  }
  STACKS_TRY(std::optional<Value> chain_value, LookupChainVariable(name, env));
  if (chain_value) return std::move(*chain_value);
  return util::Unimplemented("the reserved variable " + std::string(name) + " is not built yet");
}

[[gnu::cold, gnu::noinline]] util::Error NotAVariable(const std::string& name) {
  return InterpreterError("BadSymbolicRepresentation(Unexpected variable name: " + name + ")");
}

[[gnu::cold, gnu::noinline]] util::Error UndefinedVariable(const std::string& name) {
  return Unchecked("UndefinedVariable(" + name + ")");
}

[[gnu::cold, gnu::noinline]] util::Error UndefinedFunction(const std::string& name) {
  return Unchecked("UndefinedFunction(" + name + ")");
}

// lookup_variable. With `borrowed` set (EvalRef from Epoch 3.4) a local or a constant is answered without charging
// its size, and *borrowed says so.
util::Result<Value> LookupVariable(const SymbolicExpression& atom, Environment& env, const LocalContext& context,
                                   bool* borrowed = nullptr) {
  const std::string& name = atom.name;
  const Resolution resolution = Resolve(atom, env.version());
  if (resolution.not_a_variable) {
    return NotAVariable(name);
  }
  if (resolution.reserved != nullptr) return LookupReservedVariable(*resolution.reserved, env);
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kLookupVariableDepth, context.depth()));
  // An argument read in its function's body context (MemoizeArgumentSlots): that context's binding at its position.
  const Value* value =
      resolution.argument_slot != 0 && context.depth() == 0 ? context.BindingAt(resolution.argument_slot - 1) : nullptr;
  if (value == nullptr) value = context.Lookup(name);
  // A contract constant: after the local context, charged as a local variable (a clone of the value).
  if (value == nullptr && env.contract() != nullptr) value = env.contract()->FindConstant(name);
  if (value != nullptr) {
    if (borrowed != nullptr) {
      *borrowed = true;
      return *value;
    }
    STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kLookupVariableSize, ValueSize(*value)));
    return *value;
  }
  // A trait-typed argument: in Clarity 1 it reads as the contract principal, later as the callable (free).
  if (const Value* callable = context.LookupCallable(name)) {
    if (env.version() < ClarityVersion::kClarity2) return Value::Contract(callable->AsContract());
    return *callable;
  }
  return UndefinedVariable(name);
}

}  // namespace

void MemoizeArgumentSlots(const DefinedFunction& function, ClarityVersion version) {
  if (function.body == nullptr || function.arguments.size() > kMaxSlots) return;
  std::vector<std::string_view> names;
  names.reserve(function.arguments.size());
  for (const auto& [name, type] : function.arguments) {
    if (type.kind() == TypeSignature::Kind::kCallableTrait || type.kind() == TypeSignature::Kind::kTraitReference) {
      return;
    }
    names.push_back(name);
  }
  if (!names.empty()) MarkArgumentSlots(*function.body, names, version);
}

bool IsReserved(std::string_view name, ClarityVersion version) {
  return LookupNative(name, version) != nullptr || FindReservedVariable(name, version) != nullptr;
}

util::Result<Value> Eval(const SymbolicExpression& expression, Environment& env, const LocalContext& context) {
  switch (expression.kind) {
    case SymbolicExpression::Kind::kLiteralValue:
      return *expression.value;
    case SymbolicExpression::Kind::kAtom:
      return LookupVariable(expression, env, context);
    case SymbolicExpression::Kind::kList: {
      if (expression.items.empty()) return Unchecked("NonFunctionApplication");
      const SymbolicExpression& head = expression.items.front();
      if (head.kind != SymbolicExpression::Kind::kAtom) return Unchecked("BadFunctionName");
      // LookupFunction, with the native memoized on the head.
      STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kLookupFunction, 0));
      const Args args = Args(expression.items).subspan(1);
      if (const NativeFunction* native = Resolve(head, env.version()).native) return Apply(*native, args, env, context);
      if (env.contract() != nullptr) {
        if (const DefinedFunction* defined = env.contract()->FindFunction(head.name)) {
          return ApplyDefined(*defined, args, env, context);
        }
      }
      return UndefinedFunction(head.name);
    }
    case SymbolicExpression::Kind::kField:
    case SymbolicExpression::Kind::kTraitReference:
      break;
  }
  return InterpreterError("BadSymbolicRepresentation(Unexpected trait reference)");
}

util::Result<EvaluatedRef> EvalRef(const SymbolicExpression& expression, Environment& env,
                                   const LocalContext& context) {
  if (expression.kind != SymbolicExpression::Kind::kAtom || !UsesBorrowedVariables(env.epoch())) {
    STACKS_TRY(Value value, Eval(expression, env, context));
    return EvaluatedRef{std::move(value), false};
  }
  bool borrowed = false;
  STACKS_TRY(Value value, LookupVariable(expression, env, context, &borrowed));
  return EvaluatedRef{std::move(value), borrowed};
}

util::Result<Value> CloneWithCost(EvaluatedRef ref, Environment& env) {
  if (ref.borrowed) STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kLookupVariableSize, ValueSize(ref.value)));
  return std::move(ref.value);
}

util::Status TakeRef(EvaluatedRef& ref, Environment& env) {
  if (!ref.borrowed) return {};
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kLookupVariableSize, ValueSize(ref.value)));
  ref.borrowed = false;
  return {};
}

util::Result<Value> EvalBorrowed(const SymbolicExpression& expression, Environment& env, const LocalContext& context) {
  STACKS_TRY(EvaluatedRef ref, EvalRef(expression, env, context));
  return std::move(ref.value);
}

}  // namespace stacks::clarity::vm
