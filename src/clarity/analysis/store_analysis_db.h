// StoreAnalysisDb: the AnalysisDb the VM gives static analysis at deployment, over clarity/storage (the reference's
// AnalysisDatabase over its RollbackWrapper, clarity/src/vm/analysis/analysis_db.rs). A contract's analysis is its
// metadata entry "analysis" (storage::ContractAnalysisKey()), in analysis_codec.h's form.
//
// Reads and writes go through the caller's WriteStack, so they see and join its pending levels: an analysis
// inserted in a level that is rolled back is gone again, as in the reference (whose run_analysis nests a level
// around the passes and the insert).
//
// Ownership: the stack must outlive this object. Thread safety: none (the stack's).
#pragma once

#include <optional>

#include "clarity/analysis/analysis_db.h"
#include "clarity/analysis/contract_analysis.h"
#include "clarity/storage/write_stack.h"
#include "util/result.h"

namespace stacks::clarity::analysis {

class StoreAnalysisDb final : public AnalysisDb {
 public:
  explicit StoreAnalysisDb(storage::WriteStack& stack) : m_stack(stack) {}

  /// The stored analysis of `contract`, or nullopt if none is stored. Errors: kCorruption if the entry cannot be
  /// decoded; the stack's errors (kFailedPrecondition with no level open, the store's own).
  util::Result<std::optional<ContractAnalysis>> LoadAnalysis(const ContractIdentifier& contract) override;

  /// Whether an analysis of `contract` is stored or pending (has_contract). Errors: the stack's.
  util::Result<bool> HasAnalysis(const ContractIdentifier& contract);

  /// Writes `analysis` as the entry of analysis.contract_identifier in the innermost open level (insert_contract).
  /// Errors: kConsensusViolation "ContractAlreadyExists(SP....name)" if one is already stored or pending; the
  /// stack's errors.
  util::Status InsertAnalysis(const ContractAnalysis& analysis);

 private:
  storage::WriteStack& m_stack;
};

}  // namespace stacks::clarity::analysis
