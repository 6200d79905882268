// The Clarity evaluator (stacks-core clarity/src/vm/mod.rs eval/apply, contexts.rs LocalContext, CallStack and the
// ExecutionState/InvocationContext pair): it evaluates SymbolicExpressions in a local context, charging the cost
// tracker as the reference does.
//
// How a native reaches the transaction's state. Every native gets the Environment of the execution (`env`):
//   - who is calling:  env.sender() (tx-sender), env.caller() (contract-caller), env.sponsor() (tx-sponsor?), each a
//                      principal Value; env.contract() is the contract whose code runs (its identifier, version,
//                      constants, functions, data var/map/token types). contract-call? and as-contract switch
//                      these for the extent of their body (Environment::Invocation, ScopedInvocation).
//   - the store:       env.store() is the storage::WriteStack of the transaction; read and write under the keys of
//                      storage/keys.h (data vars, map entries, FT balances and supply, NFT owners, STX accounts).
//                      Writes land in the innermost level and go away with it when it rolls back.
//   - events:          env.global().EmitEvent(PrintEvent{...}) (events.h): appended to the innermost level's list,
//                      committed or rolled back with it.
//   - the asset map:   env.global().asset_map() (asset_map.h): the innermost level's record of STX, FT and NFT
//                      moved, per sender, for post-conditions; merged into the parent on commit.
//   - nesting:         env.global().Begin()/BeginReadOnly()/Commit()/Rollback() open and close a level of all of
//                      the above at once; env.global().IsReadOnly() says whether writes are allowed in spirit.
//   - the chain:       env.global().chain(): epoch, network, chain id, regtest, and block_info (storage::BlockInfo,
//                      null when the caller has no chain) for get-block-info? and friends;
//                      env.store().store().CurrentBlockHeight() is the height of the block being executed.
//   - costs:           env.Charge(cost function, n) before or after the work, as the reference charges it.
//   - other contracts: env.global().LoadContract(id) (loaded once per transaction, through the cache).
//
// Charging (as the reference, for the epochs whose costs are tabled: 2.1 - 3.4):
//   - a literal: nothing;  `true`/`false`/`none`: nothing
//   - a variable: cost_lookup_variable_depth(context depth), then cost_lookup_variable_size(size of the value);
//     from Epoch 3.4 the size only when a native takes the value (the reference's borrowed variables: Eval takes
//     it, EvalRef/EvalBorrowed do not, CloneWithCost/TakeRef take it later). Natives over evaluated arguments,
//     user functions' arguments, let bindings, tuple/list items, match, get, map/filter/fold, concat, as-max-len?,
//     var-set, map-set/map-insert, contract-call? arguments and the branch of if take their values. Only looked
//     at: the comparisons, and/or, if's condition, the let bodies before the last, slice?'s positions,
//     replace-at?'s index, map-get?/map-delete keys, the STX, FT and block-info natives' arguments,
//     nft-get-owner?, from-consensus-buff?, to-ascii?, contract-hash?, principal-of?, the
//     secp256k1/secp256r1 natives, is-standard, with-stx's amount, a dynamic contract-call?'s trait name. Taken
//     late: append's element (after cost_append), print's value (after cost_print), replace-at?'s sequence and
//     element and principal-construct?'s name (once their checks pass), the NFT natives' identifier (after the
//     store write).
//   - a call: cost_lookup_function(0), then for a native that takes evaluated arguments, the arguments left to
//     right, then its cost function at the reference's input (the argument count, or for is-eq, index-of,
//     merge and the hashes the sum of the arguments' serialized sizes); special forms charge as each documents.
// Memory (the reference's 100 MB per transaction, GlobalContext::AddMemory): arguments while a function is applied,
// let/match bindings while in scope; natives and definitions count their own (docs/CLARITY.md).
//
// Limits: the call stack (natives being applied, special forms running, arguments being evaluated) may not reach
// MaxCallStackDepth(epoch) (64 before Epoch 3.4, 128 from it): Runtime(MaxStackDepthReached); local contexts nest at
// most MAX_CONTEXT_DEPTH (256) deep: Runtime(MaxContextDepthReached).
//
// Errors: see errors.h. Not thread-safe: one Environment belongs to one execution.
#pragma once

#include <array>
#include <cstdint>
#include <new>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "clarity/ast/symbolic_expression.h"
#include "clarity/costs/cost_table.h"
#include "clarity/storage/write_stack.h"
#include "clarity/types/principal.h"
#include "clarity/types/type_signature.h"
#include "clarity/types/value.h"
#include "clarity/vm/contract.h"
#include "clarity/vm/errors.h"
#include "clarity/vm/global_context.h"
#include "common/clarity_version.h"
#include "util/result.h"

namespace stacks::clarity::vm {

/// Deepest nesting of local contexts (MAX_CONTEXT_DEPTH).
inline constexpr uint64_t MAX_CONTEXT_DEPTH = 256;

/// The call stack depth of `epoch`: 64 before Epoch 3.4, 128 from it.
inline uint64_t MaxCallStackDepth(costs::Epoch epoch) { return epoch >= costs::Epoch::k34 ? 128 : 64; }
/// Whether variables are borrowed in `epoch` (uses_pre_sanitized_variables, from Epoch 3.4): see EvalRef.
inline bool UsesBorrowedVariables(costs::Epoch epoch) { return epoch >= costs::Epoch::k34; }

/// Let/match bindings and function arguments (LocalContext). A child refers to its parent, which must outlive it.
/// Names are views: the name given to Bind or BindCallable (a node's name or a function's argument name) must
/// outlive the context. A context holds a few bindings in place and more in a vector, looked up by a linear scan:
/// contexts are small (a let's bindings, a function's arguments).
class LocalContext {
 public:
  LocalContext() {}  // NOLINT(modernize-use-equals-default): m_inline stays unconstructed
  LocalContext(LocalContext&& other) noexcept;
  LocalContext(const LocalContext&) = delete;
  LocalContext& operator=(const LocalContext&) = delete;
  LocalContext& operator=(LocalContext&&) = delete;
  ~LocalContext() {
    for (size_t i = 0; i < m_inline_count; ++i) InlineAt(i).~Binding();
  }

  /// A child context one deeper. Errors: Runtime(MaxContextDepthReached) past MAX_CONTEXT_DEPTH.
  util::Result<LocalContext> Extend() const;
  /// The value bound to `name` here or in a parent, or nullptr.
  const Value* Lookup(std::string_view name) const;
  /// Binds `name` in this context, replacing a binding of the same name here (the caller has checked it is not in
  /// use).
  void Bind(std::string_view name, Value value);
  /// Binds `name` in this context. REQUIRES: `name` is not bound here (the caller has looked it up).
  void BindNew(std::string_view name, Value&& value) {
    if (m_inline_count < kInlineBindings) {
      new (m_inline + m_inline_count * sizeof(Binding)) Binding{name, std::move(value)};
      ++m_inline_count;
      return;
    }
    m_more.push_back(Binding{name, std::move(value)});
  }
  /// The contract `name` stands for when it names a trait-typed argument or binding (lookup_callable_contract):
  /// a kCallable value, or nullptr.
  const Value* LookupCallable(std::string_view name) const;
  /// Records that `name` stands for the callable `value` (REQUIRES: value.kind() == kCallable).
  void BindCallable(std::string_view name, Value value);
  uint64_t depth() const { return m_depth; }
  /// The value of the i-th binding made here with Bind or BindNew (in the order they were made), or nullptr when
  /// there are not that many. A function's body context binds its arguments in order (MemoizeArgumentSlots).
  const Value* BindingAt(size_t i) const {
    if (i < m_inline_count) return &InlineAt(i).value;
    if (i < kInlineBindings) return nullptr;
    return i - kInlineBindings < m_more.size() ? &m_more[i - kInlineBindings].value : nullptr;
  }

 private:
  struct Binding {
    std::string_view name;
    Value value;
  };
  static constexpr size_t kInlineBindings = 4;

  const Value* FindHere(std::string_view name) const;
  Binding& InlineAt(size_t i) { return *std::launder(reinterpret_cast<Binding*>(m_inline + i * sizeof(Binding))); }
  const Binding& InlineAt(size_t i) const {
    return *std::launder(reinterpret_cast<const Binding*>(m_inline + i * sizeof(Binding)));
  }

  const LocalContext* m_parent = nullptr;
  uint64_t m_depth = 0;
  size_t m_inline_count = 0;
  /// The first bindings, [0, m_inline_count), constructed in place only when bound (a context is made per call).
  alignas(Binding) unsigned char m_inline[kInlineBindings * sizeof(Binding)];
  std::vector<Binding> m_more;  ///< Bindings past the first kInlineBindings.
  std::vector<Binding> m_callables;
};

/// The principal value of `principal` (a standard principal or a contract).
Value PrincipalValue(const codec::Principal& principal);
/// The principal of a kPrincipal, kContract or kCallable value. REQUIRES: one of those kinds.
codec::Principal PrincipalOf(const Value& value);

/// What an execution runs under: the transaction's GlobalContext, the call stack, and who calls which contract.
class Environment {
 public:
  /// Who runs which contract (InvocationContext). `sender` and `caller` are principal values.
  struct Invocation {
    const ContractContext* contract = nullptr;
    Value sender = Value::Bool(false);
    Value caller = Value::Bool(false);
  };

  /// REQUIRES: `global` outlives the environment; `contract` (may be null: no constants, data or user functions,
  /// Clarity 1) outlives its use. `sender`, `caller` and `sponsor` are principal values.
  Environment(GlobalContext& global, const ContractContext* contract, Value sender, Value caller,
              std::optional<Value> sponsor);

  GlobalContext& global() { return m_global; }
  costs::Epoch epoch() const { return m_global.epoch(); }
  /// The Clarity version of the contract whose code runs (Clarity 1 with none).
  ClarityVersion version() const { return m_version; }
  bool mainnet() const { return m_global.chain().mainnet; }
  uint32_t chain_id() const { return m_global.chain().chain_id; }
  storage::WriteStack& store() { return m_global.store(); }

  /// The contract whose code runs, or nullptr.
  const ContractContext* contract() const { return m_invocation.contract; }
  /// tx-sender, contract-caller, tx-sponsor?.
  const Value& sender() const { return m_invocation.sender; }
  const Value& caller() const { return m_invocation.caller; }
  const std::optional<Value>& sponsor() const { return m_sponsor; }
  const Invocation& invocation() const { return m_invocation; }
  /// Replaces who runs which contract; answers the previous invocation (restore it with another Swap).
  Invocation Swap(Invocation next);

  /// The contract being deployed, while its top level runs (defines register into it), else nullptr.
  ContractContext* deploying() const { return m_deploying; }
  void set_deploying(ContractContext* contract) { m_deploying = contract; }

  /// Charges `function` at input size n (GlobalContext::Charge).
  util::Status Charge(costs::CostFunction function, uint64_t n) { return m_global.Charge(function, n); }

  /// The call stack (CallStack): depth counts frames plus arguments being evaluated.
  uint64_t stack_depth() const { return m_frames + m_apply_depth; }
  /// Pushes a frame. Errors: Runtime(MaxStackDepthReached) when the stack is already at the epoch's limit.
  util::Status PushFrame() {
    if (stack_depth() >= MaxCallStackDepth(epoch())) return RuntimeError("MaxStackDepthReached");
    ++m_frames;
    return {};
  }
  /// Pushes a frame without the depth check (execute_contract's insert: the caller's apply checked it).
  void PushFrameUnchecked() { ++m_frames; }
  void PopFrame() { --m_frames; }
  void IncrApplyDepth() { ++m_apply_depth; }
  void DecrApplyDepth() { --m_apply_depth; }
  /// User functions being applied, for the recursion check (the call stack's tracked set). Loaded contracts are
  /// unique per GlobalContext, so functions compare by address.
  bool IsActive(const DefinedFunction* function) const;
  void PushActive(const DefinedFunction* function) {
    if (m_active_count < kInlineActive) {
      m_active_inline[m_active_count] = function;
    } else {
      m_active_more.push_back(function);
    }
    ++m_active_count;
  }
  void PopActive() {
    --m_active_count;
    if (m_active_count >= kInlineActive) m_active_more.pop_back();
  }

  /// Where asserts!, unwrap!, unwrap-err! and try! leave the value of their short return (errors.h).
  ShortReturnSlot& short_return() { return m_short_return; }

 private:
  GlobalContext& m_global;
  Invocation m_invocation;
  ClarityVersion m_version;
  std::optional<Value> m_sponsor;
  ContractContext* m_deploying = nullptr;
  uint64_t m_frames = 0;
  uint64_t m_apply_depth = 0;
  // The active functions: the first kInlineActive in place, the rest in m_active_more.
  static constexpr size_t kInlineActive = 8;
  size_t m_active_count = 0;
  std::array<const DefinedFunction*, kInlineActive> m_active_inline{};
  std::vector<const DefinedFunction*> m_active_more;
  ShortReturnSlot m_short_return;
};

/// An empty vector for a call's argument values, borrowed for a scope from a pool of the thread's and given back,
/// cleared, when the scope ends: the vectors of nested calls are kept between calls (and transactions), so calls
/// stop allocating once as many have been used as calls nest. Scopes end in the reverse order they began, as
/// calls do. Not to be shared between threads.
class ArgValues {
 public:
  ArgValues();
  ~ArgValues();
  ArgValues(const ArgValues&) = delete;
  ArgValues& operator=(const ArgValues&) = delete;

  std::vector<Value>& values() { return m_values; }

 private:
  std::vector<Value>& m_values;
};

/// The argument values of a call, up to kCapacity, constructed in place: what most calls take, without a vector
/// borrowed from the pool (ArgValues). Values are destroyed with it.
class InlineValues {
 public:
  static constexpr size_t kCapacity = 4;

  InlineValues() {}  // NOLINT(modernize-use-equals-default): m_storage stays unconstructed
  ~InlineValues() {
    for (size_t i = 0; i < m_count; ++i) data()[i].~Value();
  }
  InlineValues(const InlineValues&) = delete;
  InlineValues& operator=(const InlineValues&) = delete;

  /// REQUIRES: fewer than kCapacity values so far.
  void push_back(Value&& value) {
    new (m_storage + m_count * sizeof(Value)) Value(std::move(value));
    ++m_count;
  }
  std::span<Value> span() { return {data(), m_count}; }

 private:
  Value* data() { return std::launder(reinterpret_cast<Value*>(m_storage)); }

  alignas(Value) unsigned char m_storage[kCapacity * sizeof(Value)];
  size_t m_count = 0;
};

/// Switches the environment's invocation for a scope and restores it on exit.
class ScopedInvocation {
 public:
  ScopedInvocation(Environment& env, Environment::Invocation next) : m_env(env), m_saved(env.Swap(std::move(next))) {}
  ~ScopedInvocation() { m_env.Swap(std::move(m_saved)); }
  ScopedInvocation(const ScopedInvocation&) = delete;
  ScopedInvocation& operator=(const ScopedInvocation&) = delete;

 private:
  Environment& m_env;
  Environment::Invocation m_saved;
};

/// Evaluates `expression` and takes its value (the reference's eval(..).clone_with_cost()): a variable's value (a
/// local or a constant) is charged cost_lookup_variable_size at its size. Errors: errors.h.
util::Result<Value> Eval(const ast::SymbolicExpression& expression, Environment& env, const LocalContext& context);

/// A value as the reference's eval answers it (ValueRef): `borrowed` when it is a variable's value read without
/// charging its size, which only happens from Epoch 3.4 (uses_pre_sanitized_variables).
struct EvaluatedRef {
  Value value;
  bool borrowed = false;
};
/// Evaluates `expression` without taking its value (the reference's eval): from Epoch 3.4 a variable's size is
/// charged only if the value is then taken (CloneWithCost); before 3.4 it is charged here, as Eval does.
/// Errors: as Eval.
util::Result<EvaluatedRef> EvalRef(const ast::SymbolicExpression& expression, Environment& env,
                                   const LocalContext& context);
/// Takes the value of `ref` (clone_with_cost): charges cost_lookup_variable_size at its size if it is borrowed.
/// Errors: the tracker's.
util::Result<Value> CloneWithCost(EvaluatedRef ref, Environment& env);
/// Takes `ref` where it stands (clone_with_cost without the copy): charges cost_lookup_variable_size at its size if
/// it is borrowed, after which it counts as taken (borrowed is cleared, so a second call charges nothing).
/// Errors: the tracker's.
util::Status TakeRef(EvaluatedRef& ref, Environment& env);
/// The value of EvalRef, for natives that only look at it and never take it.
util::Result<Value> EvalBorrowed(const ast::SymbolicExpression& expression, Environment& env,
                                 const LocalContext& context);

/// Records on the atoms of `function`'s body that read one of its arguments where no let or match can have bound
/// another name (outside every let and match), and that are variables in `version`, which argument they read: looked
/// up there, they then take the body context's binding of that position (LocalContext::BindingAt) instead of
/// scanning names. A function with a trait-typed argument is left alone (Clarity 1 binds those apart, which shifts
/// the positions). Only memos change; evaluating the body answers and charges exactly as before.
/// REQUIRES: function.body is set and belongs to a contract of `version`.
void MemoizeArgumentSlots(const DefinedFunction& function, ClarityVersion version);

/// Whether `name` is a native function or reserved variable in `version` (is_reserved): such names cannot be bound.
bool IsReserved(std::string_view name, ClarityVersion version);

}  // namespace stacks::clarity::vm
