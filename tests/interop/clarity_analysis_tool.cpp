// Test-only helper for clarity_analysis_diff.js: deploys contracts through our static analysis, one JSON request
// per line on stdin, one JSON answer per line on stdout. Each request is a fresh chain: its contracts are analysed in
// order, and each one that passes is stored (as a deployment stores its analysis) for the later ones to call.
//
//   request: {"epoch": "3.0", "version": 3, "sender": "ST1...", "contracts": [{"name": "a", "source": "...",
//            "version": 2 (optional: this contract's Clarity version, else the request's),
//            "epoch": "2.05" (optional: the epoch it is deployed in, else the request's)}]}
//   answer:  {"results": [{"ok": true} | {"ok": false, "stage": "parse"|"read-only"|"type"|"traits",
//                                        "variant": "TypeError", "message": "TypeError(int, uint) at 1:5"}]}
//            or {"error": "<why the request is bad>"}
//
// The passes run as the reference's deployment runs them: the AST (parse, with parser v1 before Epoch 2.1; the
// definition sorter, the traits resolver), then the read-only checker (before the type checker until Epoch 4.0, after
// it from 4.1), the type checker, the trait checker. Costs are charged to a mainnet-sized block budget where the
// epoch's cost table exists.
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "clarity/analysis/read_only_checker.h"
#include "clarity/analysis/trait_checker.h"
#include "clarity/analysis/type_checker.h"
#include "clarity/ast/build_ast.h"
#include "clarity/costs/cost_table.h"
#include "clarity/costs/cost_tracker.h"
#include "codec/stacks_address.h"
#include "common/epoch.h"

namespace {

using namespace stacks::clarity;
namespace common = stacks::common;
using analysis::ContractAnalysis;

class MemoryAnalysisDb : public analysis::AnalysisDb {
 public:
  stacks::util::Result<std::optional<ContractAnalysis>> LoadAnalysis(const ContractIdentifier& contract) override {
    auto it = m_contracts.find(contract);
    if (it == m_contracts.end()) return std::optional<ContractAnalysis>();
    return std::optional<ContractAnalysis>(it->second);
  }
  void Store(ContractAnalysis analysis) {
    analysis.expressions.clear();
    analysis.type_map.clear();
    ContractIdentifier id = analysis.contract_identifier;
    m_contracts.insert_or_assign(std::move(id), std::move(analysis));
  }

 private:
  std::map<ContractIdentifier, ContractAnalysis> m_contracts;
};

nlohmann::json Refused(std::string stage, const stacks::util::Error& error) {
  return {{"ok", false},
          {"stage", std::move(stage)},
          {"variant", std::string(analysis::CheckErrorVariant(error))},
          {"message", error.message}};
}

nlohmann::json Deploy(const std::string& source, const ContractIdentifier& id, common::StacksEpochId epoch,
                      common::ClarityVersion version, MemoryAnalysisDb& db) {
  ast::ParseOptions parse;
  parse.contract = id;
  // Parser v1 before Epoch 2.1, as a node deploys.
  if (epoch < common::StacksEpochId::k21) parse.parser = ast::ParserVersion::kV1;
  parse.max_call_stack_depth =
      epoch >= common::StacksEpochId::k34 ? ast::MAX_CALL_STACK_DEPTH : ast::MAX_CALL_STACK_DEPTH_LEGACY;
  ast::ParseError detail;
  auto built = ast::BuildContractAst(source, parse, nullptr, costs::CostVersion::kCosts3, &detail);
  if (!built) {
    nlohmann::json out = Refused("parse", built.error());
    out["variant"] = std::string(ast::ParseErrorKindName(detail.kind));
    return out;
  }
  ContractAnalysis a;
  a.contract_identifier = id;
  a.clarity_version = version;
  a.epoch = epoch;
  a.expressions = std::move(built->expressions);

  const bool read_only_first = analysis::ReadOnlyCheckRunsBeforeTypeCheck(epoch);
  if (read_only_first) {
    if (auto s = analysis::CheckReadOnly(a, db); !s) return Refused("read-only", s.error());
  }
  costs::CostTracker tracker(costs::BlockLimit(epoch, costs::Network::kTestnet));
  analysis::TypeCheckOptions options;
  options.charge_costs = costs::CostVersionForEpoch(epoch, false).has_value();
  if (auto s = analysis::TypeCheck(a, db, tracker, options); !s) return Refused("type", s.error());
  if (!read_only_first) {
    if (auto s = analysis::CheckReadOnly(a, db); !s) return Refused("read-only", s.error());
  }
  if (auto s = analysis::CheckImplementedTraits(a, db); !s) return Refused("traits", s.error());
  db.Store(std::move(a));
  return {{"ok", true}};
}

nlohmann::json Answer(const nlohmann::json& request) {
  auto epoch = common::ParseEpochName(request.value("epoch", std::string("3.0")));
  if (!epoch) return {{"error", "unknown epoch"}};
  const auto version = static_cast<common::ClarityVersion>(request.value("version", 3));
  auto sender = stacks::codec::StacksAddress::Parse(request.value("sender", std::string()));
  if (!sender) return {{"error", "bad sender: " + sender.error().message}};
  MemoryAnalysisDb db;
  nlohmann::json results = nlohmann::json::array();
  for (const auto& contract : request.at("contracts")) {
    ContractIdentifier id{*sender, contract.at("name").get<std::string>()};
    const auto contract_version = static_cast<common::ClarityVersion>(contract.value("version", int(version)));
    auto contract_epoch = epoch;
    if (contract.contains("epoch")) {
      contract_epoch = common::ParseEpochName(contract.at("epoch").get<std::string>());
      if (!contract_epoch) return {{"error", "unknown epoch"}};
    }
    results.push_back(Deploy(contract.at("source").get<std::string>(), id, *contract_epoch, contract_version, db));
  }
  return {{"results", std::move(results)}};
}

}  // namespace

int main() {
  std::ios::sync_with_stdio(false);
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    nlohmann::json answer;
    try {
      answer = Answer(nlohmann::json::parse(line));
    } catch (const std::exception& e) {
      answer = {{"error", std::string("bad request: ") + e.what()}};
    }
    std::cout << answer.dump() << '\n' << std::flush;
  }
  return 0;
}
