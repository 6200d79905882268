// AnalysisDb: how static analysis reads what it knows of contracts deployed before (stacks-core
// clarity/src/vm/analysis/analysis_db.rs): their function types for contract-call?, their traits for use-trait and
// impl-trait. The VM implements it over clarity/storage (the analysis is kept in the contract's metadata); tests
// implement it over a map.
#pragma once

#include <optional>

#include "clarity/analysis/contract_analysis.h"
#include "clarity/types/principal.h"
#include "util/result.h"

namespace stacks::clarity::analysis {

class AnalysisDb {
 public:
  virtual ~AnalysisDb() = default;

  /// The analysis stored for `contract` (its expressions and type map are empty: they are not stored), or nullopt
  /// when no such contract is deployed. Errors: kCorruption when what is stored cannot be read back.
  virtual util::Result<std::optional<ContractAnalysis>> LoadAnalysis(const ContractIdentifier& contract) = 0;
};

}  // namespace stacks::clarity::analysis
