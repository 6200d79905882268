#include "clarity/vm/runtime.h"

#include <memory>
#include <utility>

#include "clarity/analysis/run_analysis.h"
#include "clarity/analysis/store_analysis_db.h"
#include "clarity/ast/build_ast.h"
#include "clarity/storage/keys.h"
#include "clarity/vm/calls.h"
#include "clarity/vm/contract_parse.h"
#include "clarity/vm/contract_store.h"
#include "clarity/vm/define.h"
#include "clarity/vm/errors.h"
#include "clarity/vm/evaluator.h"

namespace stacks::clarity::vm {
namespace {

costs::ExecutionCost Growth(const costs::ExecutionCost& before, const costs::ExecutionCost& after) {
  return {.write_length = after.write_length - before.write_length,
          .write_count = after.write_count - before.write_count,
          .read_length = after.read_length - before.read_length,
          .read_count = after.read_count - before.read_count,
          .runtime = after.runtime - before.runtime};
}

util::Result<costs::CostVersion> CheckContext(const TransactionContext& tx) {
  if (tx.store == nullptr || tx.tracker == nullptr) {
    return util::InvalidArgument("a transaction needs a store and a cost tracker");
  }
  return costs::CostVersionForEpoch(tx.chain.epoch, tx.chain.mainnet);
}

// Whether `error` is the store's failure rather than the execution's (an outer error of the API).
bool IsStoreFailure(const util::Error& error) {
  return error.code == util::ErrorCode::kIo || error.code == util::ErrorCode::kCorruption;
}

// execute_in_env's ending: the transaction's level committed on success, rolled back on failure; the outcome gets
// the committed events and asset map, filled into `outcome` (a fresh one).
util::Status Finish(GlobalContext& global, util::Result<std::optional<Value>> result, const costs::ExecutionCost& start,
                    costs::CostTracker& tracker, bool analysed, Outcome& outcome) {
  // The transaction's memory is released when it ends (reset_memory), whatever its outcome.
  tracker.ResetMemory();
  if (result) {
    STACKS_RETURN_IF_ERROR(global.Commit());
    outcome.value = std::move(*result);
    outcome.events = global.TakeCommittedEvents();
    outcome.asset_map = global.TakeCommittedAssetMap();
  } else {
    if (IsStoreFailure(result.error())) {
      util::Status rolled_back = global.Rollback();
      (void)rolled_back;
      return result.error();
    }
    STACKS_RETURN_IF_ERROR(global.Rollback());
    // After the static analysis, a check the evaluator makes is the reference's run-time check.
    outcome.error = analysed ? AsRuntimeCheck(std::move(result).error()) : std::move(result).error();
  }
  outcome.cost = Growth(start, tracker.total());
  return {};
}

// A contract call into `outcome` (a fresh one); the errors are Call's outer errors.
util::Status RunCall(const TransactionContext& tx, const CallRequest& request, bool read_only, Outcome& outcome) {
  STACKS_TRY(costs::CostVersion cost_version, CheckContext(tx));
  const costs::ExecutionCost start = tx.tracker->total();
  GlobalContext global(*tx.store, *tx.tracker, tx.chain, cost_version, tx.cache);
  STACKS_RETURN_IF_ERROR(global.Begin());
  const Value sender = PrincipalValue(request.sender);
  std::optional<Value> sponsor;
  if (request.sponsor) sponsor = PrincipalValue(*request.sponsor);
  // As the reference's execute_in_env: no running contract (its transient one, Clarity 1) until the callee runs.
  Environment env(global, nullptr, sender, sender, std::move(sponsor));
  util::Result<Value> value =
      ExecuteContract(request.contract, request.function, request.args, read_only, CallSite::kTransaction, env);
  const bool committed = !read_only && value && value->kind() == Value::Kind::kResponse && value->IsOk();
  util::Result<std::optional<Value>> result =
      value ? util::Result<std::optional<Value>>(std::move(*value)) : util::Result<std::optional<Value>>(value.error());
  STACKS_RETURN_IF_ERROR(Finish(global, std::move(result), start, *tx.tracker, /*analysed=*/true, outcome));
  outcome.committed = committed;
  return {};
}

util::Result<Outcome> Call(const TransactionContext& tx, const CallRequest& request, bool read_only) {
  // The outcome is filled where it is returned from (one named result on every path), not moved there.
  util::Result<Outcome> answer(std::in_place);
  if (util::Status ran = RunCall(tx, request, read_only, *answer); !ran) answer = std::move(ran).error();
  return answer;
}

}  // namespace

util::Result<Outcome> DeployContract(const TransactionContext& tx, const DeployRequest& request) {
  STACKS_TRY(costs::CostVersion cost_version, CheckContext(tx));
  if (util::Status valid = codec::ValidateContractName(request.name, codec::CONTRACT_NAME_MAX_LENGTH); !valid) {
    return util::InvalidArgument("bad contract name '" + request.name + "': " + valid.error().message);
  }
  const ContractIdentifier id{request.sender, request.name};
  const costs::ExecutionCost start = tx.tracker->total();
  GlobalContext global(*tx.store, *tx.tracker, tx.chain, cost_version, tx.cache);

  // Parsing (build_ast: cost_ast_parse at the source length, the definition sorter's cost_ast_cycle_detection).
  Outcome failed;
  auto fail = [&](util::Error error) -> util::Result<Outcome> {
    if (IsStoreFailure(error)) return error;
    failed.error = std::move(error);
    failed.cost = Growth(start, tx.tracker->total());
    return std::move(failed);
  };
  const ast::ParseOptions parse = ContractParseOptions(tx.chain.epoch, id);
  util::Result<ast::ContractAst> parsed = ast::BuildContractAst(request.source, parse, tx.tracker, cost_version);
  if (!parsed) return fail(parsed.error());

  // The static analysis (read-only checker, type checker with its costs, trait checker), between parsing and
  // initialization: a contract it refuses is refused before anything is stored. Its result is stored with the
  // contract below, in the same level, so that a failed initialization leaves no analysis behind either.
  analysis::AnalysisOptions analysis_options;
  analysis_options.epoch = tx.chain.epoch;
  analysis_options.clarity_version = request.clarity_version;
  analysis_options.mainnet = tx.chain.mainnet;
  analysis_options.save = false;
  std::optional<analysis::ContractAnalysis> analysed;
  uint64_t analysis_memory = 0;
  if (request.run_analysis) {
    util::Result<analysis::ContractAnalysis> run = analysis::RunAnalysis(
        id, std::move(parsed->expressions), *tx.store, *tx.tracker, analysis_options, &analysis_memory);
    if (!run) return fail(AnalysisError(std::move(run).error()));
    analysed = std::move(run).value();
    parsed->expressions = std::move(analysed->expressions);
    analysed->expressions.clear();
  }

  auto contract = std::make_shared<ContractContext>();
  contract->identifier = id;
  contract->version = request.clarity_version;
  contract->ast = std::make_shared<const ast::ContractAst>(std::move(parsed).value());
  contract->source_size = request.source.size();
  AdoptTraits(*contract);

  STACKS_RETURN_IF_ERROR(global.Begin());  // the transaction (execute_in_env)
  costs::ExecutionCost evaluation_cost;
  // initialize_contract_from_ast: one more level, committed only when the whole contract is in.
  util::Result<std::optional<Value>> result = [&]() -> util::Result<std::optional<Value>> {
    STACKS_RETURN_IF_ERROR(global.Begin());
    util::Result<std::optional<Value>> inner = [&]() -> util::Result<std::optional<Value>> {
      // A node's analysis counts the contract's definitions on the transaction's tracker, where they stay until the
      // transaction ends (the reference resets memory only when the transaction's connection closes); the
      // reference's tools analyse on a free tracker, so answering as its WASM build counts none.
      if (!tx.chain.wasm_build) STACKS_RETURN_IF_ERROR(global.AddMemory(analysis_memory));
      STACKS_RETURN_IF_ERROR(global.Charge(costs::CostFunction::kContractStorage, request.source.size()));
      STACKS_TRY(bool exists, global.HasContract(id));
      if (exists) return RuntimeCheckError("Unreachable(Contract already exists: " + id.ToString() + ")");
      STACKS_RETURN_IF_ERROR(
          WriteContractHeader(global.store(), id, request.source, global.store().store().CurrentBlockHeight()));
      const Value issuer = PrincipalValue(request.sender);
      std::optional<Value> sponsor;
      if (request.sponsor) sponsor = PrincipalValue(*request.sponsor);
      Environment env(global, contract.get(), issuer, issuer, std::move(sponsor));
      env.set_deploying(contract.get());
      const costs::ExecutionCost before_evaluation = tx.tracker->total();
      // The source counts as memory while the contract initializes.
      STACKS_RETURN_IF_ERROR(global.AddMemory(request.source.size()));
      util::Result<std::optional<Value>> last = EvalTopLevel(contract->ast->expressions, env, *contract);
      STACKS_RETURN_IF_ERROR(global.DropMemory(request.source.size()));
      evaluation_cost = Growth(before_evaluation, tx.tracker->total());
      if (!last) return last;
      if (!request.count_data_size) contract->data_size = 0;
      contract->stored_body_depth = StoredBodyDepth(*contract);
      STACKS_RETURN_IF_ERROR(WriteContract(global.store(), *contract, tx.chain.epoch));
      if (analysed) STACKS_RETURN_IF_ERROR(analysis::StoreAnalysisDb(global.store()).InsertAnalysis(*analysed));
      return last;
    }();
    if (inner) {
      STACKS_RETURN_IF_ERROR(global.Commit());
    } else {
      STACKS_RETURN_IF_ERROR(global.Rollback());
    }
    return inner;
  }();
  const bool committed = result.has_value();
  Outcome outcome;
  STACKS_RETURN_IF_ERROR(Finish(global, std::move(result), start, *tx.tracker, request.run_analysis, outcome));
  outcome.evaluation_cost = evaluation_cost;
  outcome.committed = committed;
  if (committed) outcome.contract = std::move(contract);
  return outcome;
}

util::Result<Outcome> CallContract(const TransactionContext& tx, const CallRequest& request) {
  return Call(tx, request, /*read_only=*/false);
}

util::Result<Outcome> CallReadOnly(const TransactionContext& tx, const CallRequest& request) {
  return Call(tx, request, /*read_only=*/true);
}

util::Result<std::optional<FunctionInterface>> FindFunctionInterface(storage::WriteStack& store,
                                                                     const ContractIdentifier& contract,
                                                                     std::string_view function, ContractCache* cache) {
  std::shared_ptr<const ContractContext> loaded;
  if (cache != nullptr && !store.HasPendingMetadata(contract, storage::ContractMetadataKey())) {
    loaded = cache->Find(contract);
  }
  if (loaded == nullptr) {
    STACKS_RETURN_IF_ERROR(store.Nest());
    util::Result<std::shared_ptr<const ContractContext>> read = ReadContract(store, contract);
    STACKS_RETURN_IF_ERROR(store.Rollback());
    if (!read) {
      if (read.error().code == util::ErrorCode::kNotFound) return std::optional<FunctionInterface>();
      return read.error();
    }
    loaded = std::move(read).value();
  }
  const DefinedFunction* found = loaded->FindFunction(function);
  if (found == nullptr) return std::optional<FunctionInterface>();
  FunctionInterface interface;
  interface.define_type = found->define_type;
  for (const auto& argument : found->arguments) interface.argument_types.push_back(argument.second);
  return std::optional<FunctionInterface>(std::move(interface));
}

}  // namespace stacks::clarity::vm
