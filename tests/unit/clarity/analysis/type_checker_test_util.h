// Helpers for the type checker's tests: an AnalysisDb over a map, and Check(), which parses a contract as a
// deployment does (BuildContractAst with the epoch's parser: sorted, traits resolved) and type-checks it.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "clarity/analysis/read_only_checker.h"
#include "clarity/analysis/type_checker.h"
#include "clarity/ast/build_ast.h"
#include "clarity/costs/cost_tracker.h"
#include "codec/stacks_address.h"
#include "common/clarity_version.h"
#include "common/epoch.h"

namespace stacks::clarity::analysis::type_check_testing {

inline constexpr std::string_view kDeployer = "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM";

inline ContractIdentifier ContractId(std::string_view name, std::string_view issuer = kDeployer) {
  auto address = codec::StacksAddress::Parse(issuer);
  if (!address) std::abort();
  return ContractIdentifier{*address, std::string(name)};
}

/// Earlier contracts' analyses, by identifier.
class MapAnalysisDb : public AnalysisDb {
 public:
  util::Result<std::optional<ContractAnalysis>> LoadAnalysis(const ContractIdentifier& contract) override {
    ++loads;
    auto it = m_contracts.find(contract);
    if (it == m_contracts.end()) return std::optional<ContractAnalysis>();
    return std::optional<ContractAnalysis>(it->second);
  }
  /// Stores `analysis` as the reference stores it: without its expressions and type map.
  void Insert(ContractAnalysis analysis) {
    analysis.expressions.clear();
    analysis.type_map.clear();
    ContractIdentifier id = analysis.contract_identifier;
    m_contracts.insert_or_assign(std::move(id), std::move(analysis));
  }
  int loads = 0;

 private:
  std::map<ContractIdentifier, ContractAnalysis> m_contracts;
};

struct CheckOptions {
  common::StacksEpochId epoch = common::StacksEpochId::k30;
  common::ClarityVersion version = common::ClarityVersion::kClarity3;
  std::string name = "test";
  bool charge_costs = true;
  costs::ExecutionCost limit = costs::kBlockLimitMainnet21;
  /// Which Epoch 2.05 cost table charges (costs-2 or costs-2-testnet).
  bool mainnet = false;
  /// Whether the read-only checker runs first, as in the reference's mem_type_check (its run_analysis), which the
  /// reference's TypeChecker2_05 tests use; its error is then the result.
  bool read_only_first = false;
};

struct Checked {
  util::Status status;
  ContractAnalysis analysis;
  costs::ExecutionCost cost;
};

/// Parses `source` (failing the test if it does not parse) and type-checks it against `db`.
inline Checked Check(std::string_view source, MapAnalysisDb& db, const CheckOptions& options = {}) {
  Checked out;
  ast::ParseOptions parse;
  parse.contract = ContractId(options.name);
  // As a deployment parses: parser v1 in Epochs 2.0 and 2.05.
  if (options.epoch < common::StacksEpochId::k21) parse.parser = ast::ParserVersion::kV1;
  auto built = ast::BuildContractAst(source, parse, nullptr, costs::CostVersion::kCosts3);
  if (!built) {
    ADD_FAILURE() << "does not parse: " << built.error().message << "\n" << source;
    out.status = built.error();
    return out;
  }
  out.analysis.contract_identifier = built->contract_identifier;
  out.analysis.clarity_version = options.version;
  out.analysis.epoch = options.epoch;
  out.analysis.expressions = std::move(built->expressions);
  costs::CostTracker tracker(options.limit);
  TypeCheckOptions type_check;
  type_check.charge_costs = options.charge_costs;
  type_check.mainnet = options.mainnet;
  if (options.read_only_first) {
    out.status = CheckReadOnly(out.analysis, db);
    if (!out.status) return out;
  }
  out.status = TypeCheck(out.analysis, db, tracker, type_check);
  out.cost = tracker.total();
  return out;
}

inline Checked Check(std::string_view source, const CheckOptions& options = {}) {
  MapAnalysisDb db;
  return Check(source, db, options);
}

/// The error message of a failed check ("" on success), for EXPECT_EQ on exact variants.
inline std::string ErrorOf(const Checked& checked) {
  return checked.status ? std::string() : checked.status.error().message;
}

/// The message without its " at L:C" position.
inline std::string VariantTextOf(const Checked& checked) {
  std::string m = ErrorOf(checked);
  size_t at = m.rfind(" at ");
  if (at != std::string::npos && m.find_first_not_of("0123456789:", at + 4) == std::string::npos) m.resize(at);
  return m;
}

}  // namespace stacks::clarity::analysis::type_check_testing
