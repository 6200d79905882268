// Running contracts: deploying one and calling its functions as transactions do (stacks-core
// clarity/src/vm/contexts.rs OwnedEnvironment::execute_in_env, initialize_contract_from_ast, execute_transaction,
// execute_contract), for clarity-cli now and the node's chainstate later. No chain code: the caller supplies the
// store, the budget and the chain's facts.
//
//   storage::MemoryStore store;                                   // or SqliteStore, or the chainstate's store
//   storage::WriteStack stack(store);
//   costs::CostTracker tracker(costs::BlockLimit(epoch, costs::Network::kTestnet));
//   TransactionContext tx{&stack, &tracker, ChainContext{.epoch = epoch}};
//   STACKS_TRY(auto deployed, DeployContract(tx, {.sender = me, .name = "counter", .source = src, ...}));
//   STACKS_TRY(auto called, CallContract(tx, {.contract = id, .function = "incr", .args = {}, .sender = me}));
//   if (called.error) ... else use *called.value, called.cost, called.events
//
// Two levels of failure. The outer util::Result fails only when the request could not run at all: an epoch without
// a parser or cost table (kUnimplemented, kFailedPrecondition), a malformed request (kInvalidArgument), or the store
// failing (kIo, kCorruption) — nothing of it is in the store then. Everything Clarity decides is an outcome:
// `error` is set when the execution failed (its kinds in errors.h: CallError for a missing contract or function,
// Runtime/RuntimeCheck/EarlyReturn, Unchecked for what the type checker refuses, kResourceExhausted for the cost
// limit), and the costs charged up to the failure are reported either way, as the reference keeps them.
//
// Budgets: the caller's tracker is the budget (a transaction's own limit, a block's limit with the block's running
// total as its starting total, or a read-only call's limit such as costs::kDefaultReadOnlyCallLimit). Its total
// grows by what the call charges; Outcome::cost is that growth.
//
// Levels: each call opens one level on the stack and commits or rolls it back before returning. If the caller has
// levels open (a block's), the transaction commits into them; otherwise into the store (one PutAll).
//
// Deployment runs the static analysis (src/clarity/analysis: read-only checker, type checker, trait checker) between
// parsing and initialization and stores its result beside the contract; a contract it refuses fails with
// Analysis(..) and nothing is stored. A check the evaluator makes while running an analysed contract (a dynamic
// contract-call?'s callee, a value read back from the store) is the reference's run-time check: Unchecked(..) from
// the evaluator is reported as RuntimeCheck(..) by these functions.
//
// Thread safety: none; one store and tracker per thread.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clarity/costs/cost_tracker.h"
#include "clarity/costs/execution_cost.h"
#include "clarity/storage/write_stack.h"
#include "clarity/types/principal.h"
#include "clarity/types/value.h"
#include "clarity/vm/asset_map.h"
#include "clarity/vm/contract_store.h"
#include "clarity/vm/events.h"
#include "clarity/vm/global_context.h"
#include "codec/stacks_address.h"
#include "common/clarity_version.h"
#include "util/result.h"

namespace stacks::clarity::vm {

/// Where a transaction runs. The pointers must be non-null and outlive the call; `cache` may be null.
struct TransactionContext {
  storage::WriteStack* store = nullptr;
  costs::CostTracker* tracker = nullptr;
  ChainContext chain;
  /// Loaded contracts kept between calls (contract_store.h); null loads each contract once per call.
  ContractCache* cache = nullptr;
};

/// A smart-contract transaction: `sender`.`name` with `source`.
struct DeployRequest {
  StandardPrincipal
      sender;        ///< The deployer: the contract's issuer, and tx-sender and contract-caller of its top level.
  std::string name;  ///< A contract name (1 to 40 characters, codec::ValidateContractName).
  std::string_view source;
  common::ClarityVersion clarity_version = common::ClarityVersion::kClarity2;
  std::optional<codec::Principal> sponsor;  ///< tx-sponsor? of the top level.
  /// Whether the constants' memory counts in the contract's size (contract-data-size, added to the source length
  /// when cost_load_contract is charged), as a node counts it. The reference's simnet (clarinet) stores 0 instead;
  /// clarity-cli does the same so that its call costs equal the simnet's.
  bool count_data_size = true;
  /// Whether the static analysis runs before initialization (as every deployment on a chain does). False deploys
  /// unchecked, as the reference's own VM tests can: what the analysis would refuse is then found, if at all, by the
  /// evaluator's own checks as Unchecked(..) — for tests of those checks, never for a chain.
  bool run_analysis = true;
};

/// A contract-call transaction, or a read-only call.
struct CallRequest {
  ContractIdentifier contract;
  std::string function;
  std::vector<Value> args;  ///< Values, as a transaction's arguments.
  codec::Principal sender;  ///< tx-sender and contract-caller (a standard principal for a transaction).
  std::optional<codec::Principal> sponsor;
};

/// What a transaction did.
struct Outcome {
  /// On success: the function's result (a deployment's: the value of its last top-level expression that is not a
  /// definition, nullopt when there is none).
  std::optional<Value> value;
  /// On failure: what ended the execution (errors.h). `value` is then nullopt.
  std::optional<util::Error> error;
  /// Everything the transaction charged, failures included (the tracker's growth).
  costs::ExecutionCost cost;
  /// A deployment only: what evaluating the top-level forms charged (what the reference's tools report for a
  /// deployment, without parsing, storage and analysis).
  costs::ExecutionCost evaluation_cost;
  /// The events of the committed execution, in order; empty when nothing was committed.
  std::vector<Event> events;
  /// The assets the committed execution moved (post-conditions' input).
  AssetMap asset_map;
  /// Whether the writes reached the store (or the caller's open level): a deployment that succeeded, a public
  /// function that returned (ok ..). False for failures, (err ..) results and read-only calls.
  bool committed = false;
  /// A deployment that succeeded: the contract as deployed (its functions, types and traits; immutable).
  std::shared_ptr<const ContractContext> contract;
};

/// Deploys `request` (a smart-contract transaction): charges cost_ast_parse at the source length and parses it,
/// runs the static analysis (charging its costs; skipped when request.run_analysis is false), then in one level counts
/// the memory the analysis left for the contract's definitions (not when tx.chain.wasm_build), charges
/// cost_contract_storage at the source length, refuses a contract that exists (RuntimeCheck(Unreachable(Contract
/// already exists: ..))), stores the contract (contract_store.h) and evaluates its top level as the deployer; the level
/// is committed only when everything succeeds. Outer errors: kInvalidArgument for a bad contract name or null pointers;
/// kFailedPrecondition for Epoch 1.0 (no Clarity); the store's. The source is parsed as the epoch's (parser v1 in
/// Epochs 2.0 and 2.05, contract_parse.h). Outcome errors: the parser's (parse_error.h), the
/// analysis' as Analysis(..) (vm::AnalysisError; a cost limit stays a cost limit), the evaluator's.
util::Result<Outcome> DeployContract(const TransactionContext& tx, const DeployRequest& request);

/// Calls public or read-only function `request.function` of a deployed contract as a contract-call transaction
/// (execute_contract): charges cost_load_contract at the contract's size, checks the function is public or
/// read-only, runs it; an (ok ..) result commits its writes and events, an (err ..) or a failure rolls them back
/// (costs stay). Outer errors: as DeployContract's. Outcome errors: CallError(NoSuchContract(..)),
/// CallError(NoSuchFunction(..)), CallError(NoSuchPublicFunction(..)) for a private function; the evaluator's.
util::Result<Outcome> CallContract(const TransactionContext& tx, const CallRequest& request);

/// Calls read-only function `request.function` (execute_contract in read-only mode): as CallContract, but the
/// function must be define-read-only (else CallError(NotReadOnly(..))), and nothing is ever committed.
util::Result<Outcome> CallReadOnly(const TransactionContext& tx, const CallRequest& request);

/// What a caller sees of a deployed function: how it was defined and its parameters' types.
struct FunctionInterface {
  DefineType define_type = DefineType::kPrivate;
  std::vector<TypeSignature> argument_types;
};

/// The interface of `function` of the deployed `contract`, or nullopt when there is no such contract or function
/// (for tools that pick CallContract or CallReadOnly, or read arguments against their types). Charges nothing and
/// writes nothing. Errors: the store's.
util::Result<std::optional<FunctionInterface>> FindFunctionInterface(storage::WriteStack& store,
                                                                     const ContractIdentifier& contract,
                                                                     std::string_view function,
                                                                     ContractCache* cache = nullptr);

}  // namespace stacks::clarity::vm
