#include "clarity/cli/contract_commands.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "clarity/analysis/contract_interface.h"
#include "clarity/analysis/run_analysis.h"
#include "clarity/ast/build_ast.h"
#include "clarity/ast/parser.h"
#include "clarity/cli/output.h"
#include "clarity/costs/cost_tracker.h"
#include "clarity/storage/memory_store.h"
#include "clarity/storage/simnet_block_info.h"
#include "clarity/storage/sqlite_store.h"
#include "clarity/storage/write_stack.h"
#include "clarity/types/literal.h"
#include "clarity/vm/contract_parse.h"
#include "clarity/vm/errors.h"
#include "clarity/vm/evaluator.h"
#include "clarity/vm/runtime.h"
#include "clarity/vm/stx_accounts.h"
#include "codec/stacks_address.h"

namespace stacks::clarity::cli {
namespace {

constexpr std::string_view kGenesisKey = "_clarity-cli::genesis";
constexpr Uint128 kDeployerUstx = 100'000'000'000'000;

// The contract state a command runs over.
struct State {
  std::unique_ptr<storage::ClarityStore> store;
  std::unique_ptr<storage::WriteStack> stack;
  vm::ContractCache cache;
};

// Prepares a fresh state once: the marker, the default sender's 100,000,000 STX (as the simnet funds its deployer),
// and the starting block height of the reference's simnet.
util::Status Prepare(State& state, const GlobalOptions& options) {
  storage::WriteStack& stack = *state.stack;
  STACKS_RETURN_IF_ERROR(stack.Nest());
  util::Result<std::optional<std::string>> marker = stack.Get(kGenesisKey);
  if (!marker || *marker) {
    STACKS_RETURN_IF_ERROR(stack.Rollback());
    return marker ? util::Status() : util::Status(marker.error());
  }
  STACKS_RETURN_IF_ERROR(stack.Put(std::string(kGenesisKey), "1"));
  STACKS_RETURN_IF_ERROR(vm::CreditStx(stack, StandardPrincipal::Parse(kDefaultSender).value(), kDeployerUstx));
  STACKS_RETURN_IF_ERROR(stack.Commit());
  if (options.eval.epoch >= costs::Epoch::k30 && state.store->CurrentBlockHeight() == 0) {
    STACKS_RETURN_IF_ERROR(state.store->SetCurrentBlockHeight(1));
  }
  return {};
}

util::Result<std::unique_ptr<State>> OpenState(const std::optional<std::string>& db, const GlobalOptions& options) {
  auto state = std::make_unique<State>();
  if (db) {
    STACKS_TRY(storage::SqliteStore store, storage::SqliteStore::Open(*db));
    state->store = std::make_unique<storage::SqliteStore>(std::move(store));
  } else {
    state->store = std::make_unique<storage::MemoryStore>();
  }
  state->stack = std::make_unique<storage::WriteStack>(*state->store);
  STACKS_RETURN_IF_ERROR(Prepare(*state, options));
  return state;
}

// Mines the block the next transaction goes into.
util::Status NextBlock(State& state) {
  return state.store->SetCurrentBlockHeight(state.store->CurrentBlockHeight() + 1);
}

// A fresh budget (the epoch's mainnet block limit, as the reference's sessions use) and the chain of the options,
// its blocks laid out as the simnet's up to the current one.
struct Budget {
  costs::CostTracker tracker;
  vm::TransactionContext tx;
  std::unique_ptr<storage::SimnetBlockInfo> blocks;
};

std::unique_ptr<Budget> MakeBudget(State& state, const GlobalOptions& options) {
  auto budget = std::make_unique<Budget>(
      Budget{costs::CostTracker(costs::BlockLimit(options.eval.epoch, costs::Network::kMainnet)), {}, nullptr});
  budget->tx.store = state.stack.get();
  budget->tx.tracker = &budget->tracker;
  budget->tx.chain.epoch = options.eval.epoch;
  budget->tx.chain.mainnet = options.eval.mainnet;
  budget->tx.chain.chain_id = options.eval.chain_id.value_or(vm::CHAIN_ID_TESTNET);
  budget->tx.chain.wasm_build = true;  // answer as the reference's simnet (its WASM build) does
  budget->tx.cache = &state.cache;
  budget->blocks = std::make_unique<storage::SimnetBlockInfo>(storage::SimnetChain{
      .tip_height = state.store->CurrentBlockHeight(), .nakamoto = options.eval.epoch >= costs::Epoch::k30});
  budget->tx.chain.block_info = budget->blocks.get();
  return budget;
}

StandardPrincipal Sender(const GlobalOptions& options) {
  // Validated by ParseCommandLine.
  return StandardPrincipal::Parse(options.sender).value();
}

util::Result<std::string> ReadSource(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return util::InvalidArgument("file '" + path + "' cannot be read");
  std::string source;
  source.reserve(4096);
  char buffer[65536];
  while (file.read(buffer, sizeof buffer) || file.gcount() > 0) {
    source.append(buffer, static_cast<size_t>(file.gcount()));
    if (source.size() > ast::DEFAULT_MAX_SOURCE_BYTES) {
      return util::InvalidArgument("file '" + path + "' is larger than a contract may be (2 MiB)");
    }
  }
  return source;
}

// Usage errors found only now (a file that vanished); reported as failures of the command.
Outcome Refuse(const GlobalOptions& options, const util::Error& error) {
  return Failure(options, "Usage", error.message);
}

Outcome StoreFailure(const GlobalOptions& options, const util::Error& error) {
  return Failure(options, "Store", error.message);
}

// A transaction's outcome as output. A deployment without a value answers as the reference's simnet does: `true`
// for a contract that defines functions or traits, `none` for one that does not.
Outcome Report(const GlobalOptions& options, const vm::Outcome& outcome, bool deployment) {
  if (outcome.error) return ErrorOutcome(options, *outcome.error);
  const bool has_interface =
      outcome.contract && (!outcome.contract->functions.empty() || !outcome.contract->defined_traits.empty());
  const Value value = outcome.value.value_or(has_interface ? Value::Bool(true) : Value::None());
  std::optional<costs::ExecutionCost> evaluation;
  if (deployment) evaluation = outcome.evaluation_cost;
  return ValueOutcome(options, value, outcome.cost, outcome.events, evaluation);
}

Outcome Deploy(State& state, const GlobalOptions& options, const std::string& name, const std::string& source) {
  if (util::Status mined = NextBlock(state); !mined) return StoreFailure(options, mined.error());
  std::unique_ptr<Budget> budget = MakeBudget(state, options);
  vm::DeployRequest request;
  request.sender = Sender(options);
  request.name = name;
  request.source = source;
  request.clarity_version = options.eval.clarity_version;
  request.count_data_size = false;  // as the reference's simnet stores contracts (contract-data-size 0)
  util::Result<vm::Outcome> outcome = vm::DeployContract(budget->tx, request);
  if (!outcome) return ErrorOutcome(options, outcome.error());
  return Report(options, *outcome, /*deployment=*/true);
}

Outcome Call(State& state, const GlobalOptions& options, const std::string& contract_text, const std::string& function,
             const std::vector<std::string>& arg_texts) {
  vm::CallRequest request;
  if (contract_text.find('.') != std::string::npos) {
    util::Result<ContractIdentifier> id = codec::ParseContractPrincipal(
        contract_text.front() == '\'' ? std::string_view(contract_text).substr(1) : std::string_view(contract_text));
    if (!id)
      return Refuse(options, util::InvalidArgument("bad contract '" + contract_text + "': " + id.error().message));
    request.contract = std::move(id).value();
  } else {
    request.contract = ContractIdentifier{Sender(options), contract_text};
  }
  request.function = function;
  for (const std::string& text : arg_texts) {
    util::Result<Value> value = ParseValueLiteral(text);
    if (!value) return Refuse(options, value.error());
    request.args.push_back(std::move(value).value());
  }
  request.sender = Sender(options);

  util::Result<std::optional<vm::FunctionInterface>> found =
      vm::FindFunctionInterface(*state.stack, request.contract, function, &state.cache);
  if (!found) return StoreFailure(options, found.error());
  const std::optional<vm::FunctionInterface>& interface = *found;
  const bool read_only = interface && interface->define_type == vm::DefineType::kReadOnly;
  const bool refused = interface && interface->define_type == vm::DefineType::kPrivate;
  // A public call mines a block; so does one the chain would include although it fails (no such contract or
  // function). A read-only call does not, nor does a call of a private function, which is refused up front.
  if (!read_only && !refused) {
    if (util::Status mined = NextBlock(state); !mined) return StoreFailure(options, mined.error());
  }
  std::unique_ptr<Budget> budget = MakeBudget(state, options);
  util::Result<vm::Outcome> outcome =
      read_only ? vm::CallReadOnly(budget->tx, request) : vm::CallContract(budget->tx, request);
  if (!outcome) return ErrorOutcome(options, outcome.error());
  return Report(options, *outcome, /*deployment=*/false);
}

// The contract name `run` deploys FILE as: the file's stem when it is a contract name, else "contract".
std::string RunContractName(const std::string& path) {
  std::string stem = std::filesystem::path(path).stem().string();
  if (codec::ValidateContractName(stem, codec::CONTRACT_NAME_MAX_LENGTH)) return stem;
  return "contract";
}

}  // namespace

Outcome DeployCommand(const CommandLine& line) {
  const GlobalOptions& options = line.options;
  util::Result<std::string> source = ReadSource(line.args[1]);
  if (!source) return Refuse(options, source.error());
  util::Result<std::unique_ptr<State>> state = OpenState(options.db, options);
  if (!state) return StoreFailure(options, state.error());
  return Deploy(**state, options, line.args[0], *source);
}

Outcome CheckCommand(const CommandLine& line) {
  const GlobalOptions& options = line.options;
  util::Result<std::string> source = ReadSource(line.args[0]);
  if (!source) return Refuse(options, source.error());
  util::Result<std::unique_ptr<State>> state = OpenState(options.db, options);
  if (!state) return StoreFailure(options, state.error());
  util::Result<costs::CostVersion> cost_version = costs::CostVersionForEpoch(options.eval.epoch, options.eval.mainnet);
  if (!cost_version) return ErrorOutcome(options, cost_version.error());
  const ContractIdentifier id{Sender(options), RunContractName(line.args[0])};
  const ast::ParseOptions parse = vm::ContractParseOptions(options.eval.epoch, id);
  // As the reference's `clarity-cli check`: nothing is charged (its free tracker).
  util::Result<ast::ContractAst> parsed = ast::BuildContractAst(*source, parse, nullptr, *cost_version);
  if (!parsed) return ErrorOutcome(options, parsed.error());
  costs::CostTracker tracker(costs::BlockLimit(options.eval.epoch, costs::Network::kMainnet));
  analysis::AnalysisOptions analysis_options;
  analysis_options.epoch = options.eval.epoch;
  analysis_options.clarity_version = options.eval.clarity_version;
  analysis_options.mainnet = options.eval.mainnet;
  analysis_options.charge_costs = false;
  analysis_options.save = false;
  util::Result<analysis::ContractAnalysis> analysed =
      analysis::RunAnalysis(id, std::move(parsed->expressions), *(*state)->stack, tracker, analysis_options);
  if (!analysed) {
    const util::Error& error = analysed.error();
    if (error.code == util::ErrorCode::kIo || error.code == util::ErrorCode::kCorruption) {
      return StoreFailure(options, error);
    }
    return ErrorOutcome(options, vm::AnalysisError(error));
  }
  Outcome outcome;
  if (options.json) {
    outcome.out = "{\"message\":\"Checks passed.\",\"interface\":" + analysis::ContractInterfaceJson(*analysed) + "}\n";
  } else {
    outcome.out = "Checks passed.\n";
  }
  return outcome;
}

Outcome CallCommand(const CommandLine& line) {
  const GlobalOptions& options = line.options;
  util::Result<std::unique_ptr<State>> state = OpenState(options.db, options);
  if (!state) return StoreFailure(options, state.error());
  return Call(**state, options, line.args[0], line.args[1],
              std::vector<std::string>(line.args.begin() + 2, line.args.end()));
}

Outcome RunCommand(const CommandLine& line) {
  const GlobalOptions& options = line.options;
  util::Result<std::string> source = ReadSource(line.args[0]);
  if (!source) return Refuse(options, source.error());
  util::Result<std::unique_ptr<State>> state = OpenState(std::nullopt, options);
  if (!state) return StoreFailure(options, state.error());
  const std::string name = RunContractName(line.args[0]);
  Outcome deployed = Deploy(**state, options, name, *source);
  if (deployed.exit_code != kExitOk) return deployed;
  return Call(**state, options, name, line.args[1], std::vector<std::string>(line.args.begin() + 2, line.args.end()));
}

}  // namespace stacks::clarity::cli
