// StoreAnalysisDb: analyses as contract metadata.
#include "clarity/analysis/store_analysis_db.h"

#include <string>
#include <utility>

#include "clarity/analysis/analysis_codec.h"
#include "clarity/storage/keys.h"

namespace stacks::clarity::analysis {

util::Result<std::optional<ContractAnalysis>> StoreAnalysisDb::LoadAnalysis(const ContractIdentifier& contract) {
  STACKS_TRY(std::optional<std::string> stored, m_stack.GetMetadata(contract, storage::ContractAnalysisKey()));
  if (!stored) return std::optional<ContractAnalysis>{};
  STACKS_TRY(ContractAnalysis analysis, DecodeAnalysis(*stored));
  if (analysis.contract_identifier != contract) {
    return util::Error{util::ErrorCode::kCorruption, "analysis: the entry of " + contract.ToString() + " describes " +
                                                         analysis.contract_identifier.ToString()};
  }
  return std::optional<ContractAnalysis>(std::move(analysis));
}

util::Result<bool> StoreAnalysisDb::HasAnalysis(const ContractIdentifier& contract) {
  STACKS_TRY(std::optional<std::string> stored, m_stack.GetMetadata(contract, storage::ContractAnalysisKey()));
  return stored.has_value();
}

util::Status StoreAnalysisDb::InsertAnalysis(const ContractAnalysis& analysis) {
  const ContractIdentifier& contract = analysis.contract_identifier;
  STACKS_TRY(bool exists, HasAnalysis(contract));
  if (exists) {
    return util::Error{util::ErrorCode::kConsensusViolation, "ContractAlreadyExists(" + contract.ToString() + ")"};
  }
  return m_stack.PutMetadata(contract, storage::ContractAnalysisKey(), EncodeAnalysis(analysis));
}

}  // namespace stacks::clarity::analysis
