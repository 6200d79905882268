// Helpers for the static-analysis tests: contracts built from source by BuildContractAst, and an AnalysisDb over a
// map of analyses filled by hand.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <utility>

#include "clarity/analysis/analysis_db.h"
#include "clarity/analysis/contract_analysis.h"
#include "clarity/ast/build_ast.h"
#include "codec/stacks_address.h"

namespace stacks::clarity::analysis::testing {

inline constexpr std::string_view kDeployer = "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM";

inline ContractIdentifier Contract(const std::string& name) {
  util::Result<codec::StacksAddress> issuer = codec::StacksAddress::Parse(kDeployer);
  EXPECT_TRUE(issuer.has_value());
  return ContractIdentifier{issuer ? *issuer : codec::StacksAddress{}, name};
}

/// An analysis of `source` as contract `name` with its expressions from BuildContractAst (implemented traits too);
/// the type fields are left for the test to fill.
inline ContractAnalysis Analysis(std::string_view source, const std::string& name = "me",
                                 common::ClarityVersion version = common::ClarityVersion::kClarity3,
                                 common::StacksEpochId epoch = common::StacksEpochId::k30) {
  ast::ParseOptions options;
  options.contract = Contract(name);
  util::Result<ast::ContractAst> built = ast::BuildContractAst(source, options, nullptr, costs::CostVersion::kCosts3);
  EXPECT_TRUE(built.has_value()) << (built ? "" : built.error().message);
  ContractAnalysis analysis;
  analysis.contract_identifier = options.contract;
  analysis.clarity_version = version;
  analysis.epoch = epoch;
  if (built) {
    analysis.expressions = std::move(built->expressions);
    analysis.implemented_traits = std::move(built->implemented_traits);
  }
  return analysis;
}

/// An AnalysisDb over analyses kept in memory; `fail_with` makes every load fail.
class MapAnalysisDb : public AnalysisDb {
 public:
  util::Result<std::optional<ContractAnalysis>> LoadAnalysis(const ContractIdentifier& contract) override {
    ++loads;
    if (fail_with) return *fail_with;
    auto it = analyses.find(contract.ToString());
    if (it == analyses.end()) return std::optional<ContractAnalysis>{};
    return std::optional<ContractAnalysis>(it->second);
  }
  void Add(const ContractAnalysis& a) { analyses[a.contract_identifier.ToString()] = a; }

  std::map<std::string, ContractAnalysis> analyses;
  std::optional<util::Error> fail_with;
  int loads = 0;
};

inline FixedFunction Function(std::vector<FunctionArg> args, TypeSignature returns) {
  return FixedFunction{std::move(args), std::move(returns)};
}

template <typename T>
T Ok(util::Result<T> r) {
  EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().message);
  return std::move(*r);
}

}  // namespace stacks::clarity::analysis::testing
