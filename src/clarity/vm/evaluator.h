// The Clarity evaluator (stacks-core clarity/src/vm/mod.rs eval/apply, contexts.rs LocalContext and CallStack): it
// evaluates SymbolicExpressions in a local context, charging the cost tracker as the reference does.
//
// Contract state: an Environment may carry a ContractContext (constants, looked up after the local context as the
// reference's lookup_variable does; data vars and maps, stored through clarity/storage; private and read-only
// functions, callable directly and through map, filter and fold). Not yet: tokens, contract calls, block info. Reserved
// variables that need chain state (tx-sender, block-height) are to be answered by LookupReservedVariable, and more
// natives join the table in natives.cpp (those over contract state are in database.h).
//
// Charging (as the reference, for the epochs whose costs are tabled: 2.1 - 3.4):
//   - a literal: nothing;  `true`/`false`/`none`: nothing
//   - a variable: cost_lookup_variable_depth(context depth), then cost_lookup_variable_size(size of the value)
//   - a call: cost_lookup_function(0), then for a native that takes evaluated arguments, the arguments left to
//     right, then its cost function at the reference's input (the argument count, or for is-eq, index-of,
//     merge and the hashes the sum of the arguments' serialized sizes); special forms charge as each documents.
// Memory accounting (the reference's 100 MB memory limit per transaction) is not modelled yet.
//
// Limits: the call stack (natives being applied, special forms running, arguments being evaluated) may not reach
// MaxCallStackDepth(epoch) (64 before Epoch 3.4, 128 from it): Runtime(MaxStackDepthReached); local contexts nest at
// most MAX_CONTEXT_DEPTH (256) deep: Runtime(MaxContextDepthReached).
//
// Errors: see errors.h. Not thread-safe: one Environment belongs to one evaluation.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "clarity/ast/symbolic_expression.h"
#include "clarity/costs/cost_table.h"
#include "clarity/costs/cost_tracker.h"
#include "clarity/storage/write_stack.h"
#include "clarity/types/principal.h"
#include "clarity/types/type_signature.h"
#include "clarity/types/value.h"
#include "clarity/vm/errors.h"
#include "common/clarity_version.h"
#include "util/result.h"

namespace stacks::clarity::vm {

using common::ClarityVersion;

/// The chain ids of mainnet and testnet (CHAIN_ID_MAINNET, CHAIN_ID_TESTNET).
inline constexpr uint32_t CHAIN_ID_MAINNET = 0x00000001;
inline constexpr uint32_t CHAIN_ID_TESTNET = 0x80000000;

/// Deepest nesting of local contexts (MAX_CONTEXT_DEPTH).
inline constexpr uint64_t MAX_CONTEXT_DEPTH = 256;

/// The call stack depth of `epoch`: 64 before Epoch 3.4, 128 from it.
uint64_t MaxCallStackDepth(costs::Epoch epoch);

/// Let/match bindings (LocalContext). A child refers to its parent, which must outlive it.
class LocalContext {
 public:
  LocalContext() = default;
  /// A child context one deeper. Errors: Runtime(MaxContextDepthReached) past MAX_CONTEXT_DEPTH.
  util::Result<LocalContext> Extend() const;
  /// The value bound to `name` here or in a parent, or nullptr.
  const Value* Lookup(std::string_view name) const;
  /// Binds `name` in this context (the caller has checked it is not in use).
  void Bind(std::string name, Value value) { m_variables.insert_or_assign(std::move(name), std::move(value)); }
  uint64_t depth() const { return m_depth; }

 private:
  const LocalContext* m_parent = nullptr;
  uint64_t m_depth = 0;
  std::map<std::string, Value, std::less<>> m_variables;
};

/// The key and value types of a data map (DataMapMetadata).
struct DataMapTypes {
  TypeSignature key;
  TypeSignature value;
};

/// A function defined by define-private or define-read-only (DefinedFunction): its arguments in order and its body.
struct DefinedFunction {
  std::vector<std::pair<std::string, TypeSignature>> arguments;
  ast::SymbolicExpression body;
  bool read_only = false;
};

/// What a contract's top level has defined so far (ContractContext), and the storage its data lives in. Constants
/// and functions live here; data vars and map entries live in `store` under the reference's keys (keys.h), with
/// their types here (the reference's metadata).
struct ContractContext {
  ContractIdentifier identifier;
  storage::WriteStack* store = nullptr;  ///< REQUIRES: an open level while data natives run.
  std::map<std::string, Value, std::less<>> constants;
  std::map<std::string, TypeSignature, std::less<>> data_vars;
  std::map<std::string, DataMapTypes, std::less<>> maps;
  std::map<std::string, DefinedFunction, std::less<>> functions;
  std::set<std::string, std::less<>> active_functions;  ///< Defined functions being called (recursion is refused).
};

/// What an evaluation runs under.
class Environment {
 public:
  /// REQUIRES: `tracker` outlives the environment. Costs are charged from `cost_version`.
  /// `mainnet`: the network the principal natives check versions against and `is-in-mainnet` answers (the
  /// reference's GlobalContext::mainnet); `chain_id`: what `chain-id` answers.
  Environment(costs::Epoch epoch, ClarityVersion version, costs::CostVersion cost_version, costs::CostTracker& tracker,
              bool mainnet = false, uint32_t chain_id = CHAIN_ID_TESTNET)
      : m_epoch(epoch),
        m_version(version),
        m_cost_version(cost_version),
        m_tracker(tracker),
        m_mainnet(mainnet),
        m_chain_id(chain_id) {}

  costs::Epoch epoch() const { return m_epoch; }
  ClarityVersion version() const { return m_version; }
  bool mainnet() const { return m_mainnet; }
  uint32_t chain_id() const { return m_chain_id; }
  /// The contract whose code runs, or nullptr (a bare expression: no constants, data or user functions).
  ContractContext* contract() const { return m_contract; }
  /// REQUIRES: `contract` outlives the environment's use of it.
  void set_contract(ContractContext* contract) { m_contract = contract; }

  /// Charges `function` at input size n. Errors: the tracker's (kResourceExhausted); a cost function that cannot be
  /// evaluated at n (a log of 0) is the reference's RuntimeCheck(CostComputationFailed(..)).
  util::Status Charge(costs::CostFunction function, uint64_t n);

  /// The call stack (CallStack): depth counts frames plus arguments being evaluated.
  uint64_t stack_depth() const { return m_frames + m_apply_depth; }
  /// Pushes a frame. Errors: Runtime(MaxStackDepthReached) when the stack is already at the epoch's limit.
  util::Status PushFrame();
  void PopFrame() { --m_frames; }
  void IncrApplyDepth() { ++m_apply_depth; }
  void DecrApplyDepth() { --m_apply_depth; }

  /// Where asserts!, unwrap!, unwrap-err! and try! leave the value of their short return (errors.h).
  ShortReturnSlot& short_return() { return m_short_return; }

 private:
  costs::Epoch m_epoch;
  ClarityVersion m_version;
  costs::CostVersion m_cost_version;
  costs::CostTracker& m_tracker;
  bool m_mainnet;
  uint32_t m_chain_id;
  ContractContext* m_contract = nullptr;
  uint64_t m_frames = 0;
  uint64_t m_apply_depth = 0;
  ShortReturnSlot m_short_return;
};

/// Evaluates `expression` (eval). Errors: errors.h.
util::Result<Value> Eval(const ast::SymbolicExpression& expression, Environment& env, const LocalContext& context);

/// Whether `name` is a native function or reserved variable in `version` (is_reserved): such names cannot be bound.
bool IsReserved(std::string_view name, ClarityVersion version);

}  // namespace stacks::clarity::vm
