// Test-only helper for clarity_interface_diff.js: deploys contracts through the static analysis deployment runs
// (BuildContractAst, the read-only checker, the type checker, the trait checker, the analysis stored through
// StoreAnalysisDb so later contracts see earlier ones) and prints each contract's interface (ABI) JSON. One JSON
// request per line on stdin, one answer per line on stdout; the contracts of one run share one store.
//
//   request: {"name": "c1", "source": "...", "epoch": "3.0", "version": 3, "deployer": "ST..."}
//   answer:  {"ok": true, "interface": "<the interface JSON text>"} or {"ok": false, "message": "..."}
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "clarity/analysis/contract_interface.h"
#include "clarity/analysis/read_only_checker.h"
#include "clarity/analysis/store_analysis_db.h"
#include "clarity/analysis/trait_checker.h"
#include "clarity/analysis/type_checker.h"
#include "clarity/ast/build_ast.h"
#include "clarity/storage/memory_store.h"
#include "codec/stacks_address.h"

namespace {

using namespace stacks;
using namespace stacks::clarity;

util::Status Analyze(analysis::ContractAnalysis& a, analysis::StoreAnalysisDb& db) {
  costs::CostTracker free_tracker(costs::kBlockLimitMainnet21);
  analysis::TypeCheckOptions options;
  options.charge_costs = false;
  const bool read_only_first = analysis::ReadOnlyCheckRunsBeforeTypeCheck(a.epoch);
  if (read_only_first) STACKS_RETURN_IF_ERROR(analysis::CheckReadOnly(a, db));
  STACKS_RETURN_IF_ERROR(analysis::TypeCheck(a, db, free_tracker, options));
  if (!read_only_first) STACKS_RETURN_IF_ERROR(analysis::CheckReadOnly(a, db));
  STACKS_RETURN_IF_ERROR(analysis::CheckImplementedTraits(a, db));
  return db.InsertAnalysis(a);
}

util::Result<std::string> Deploy(const nlohmann::json& request, analysis::StoreAnalysisDb& db) {
  std::optional<common::StacksEpochId> epoch = common::ParseEpochName(request.value("epoch", std::string("3.0")));
  if (!epoch) return util::InvalidArgument("unknown epoch");
  STACKS_TRY(codec::StacksAddress deployer, codec::StacksAddress::Parse(request.at("deployer").get<std::string>()));
  ast::ParseOptions parse;
  parse.contract = ContractIdentifier{deployer, request.at("name").get<std::string>()};
  if (*epoch >= common::StacksEpochId::k34) parse.max_call_stack_depth = ast::MAX_CALL_STACK_DEPTH;
  STACKS_TRY(ast::ContractAst built, ast::BuildContractAst(request.at("source").get<std::string>(), parse, nullptr,
                                                           costs::CostVersion::kCosts3));
  analysis::ContractAnalysis a;
  a.contract_identifier = parse.contract;
  a.epoch = *epoch;
  a.clarity_version = static_cast<common::ClarityVersion>(request.value("version", 3));
  a.expressions = std::move(built.expressions);
  STACKS_RETURN_IF_ERROR(Analyze(a, db));
  return analysis::ContractInterfaceJson(a);
}

}  // namespace

int main() {
  storage::MemoryStore store;
  storage::WriteStack stack(store);
  analysis::StoreAnalysisDb db(stack);
  std::string line;
  while (std::getline(std::cin, line)) {
    nlohmann::json answer;
    nlohmann::json request = nlohmann::json::parse(line, nullptr, false);
    if (request.is_discarded() || !request.is_object()) {
      answer = {{"ok", false}, {"message", "bad request"}};
    } else if (!stack.Nest()) {
      answer = {{"ok", false}, {"message", "cannot open a store level"}};
    } else {
      util::Result<std::string> r = Deploy(request, db);
      if (r) {
        (void)stack.Commit();
        answer = {{"ok", true}, {"interface", *r}};
      } else {
        (void)stack.Rollback();
        answer = {{"ok", false}, {"message", r.error().message}};
      }
    }
    std::cout << answer.dump() << "\n" << std::flush;
  }
  return 0;
}
