#include "clarity/analysis/run_analysis.h"

#include <utility>

#include "clarity/analysis/read_only_checker.h"
#include "clarity/analysis/store_analysis_db.h"
#include "clarity/analysis/trait_checker.h"
#include "clarity/analysis/type_checker.h"

namespace stacks::clarity::analysis {
namespace {

util::Status RunPasses(ContractAnalysis& analysis, StoreAnalysisDb& db, costs::CostTracker& tracker,
                       const AnalysisOptions& options, uint64_t* memory_left) {
  const bool read_only_first = ReadOnlyCheckRunsBeforeTypeCheck(options.epoch);
  if (read_only_first) STACKS_RETURN_IF_ERROR(CheckReadOnly(analysis, db));
  TypeCheckOptions type_options;
  type_options.charge_costs = options.charge_costs;
  type_options.mainnet = options.mainnet;
  type_options.build_type_map = options.build_type_map;
  STACKS_RETURN_IF_ERROR(TypeCheck(analysis, db, tracker, type_options, memory_left));
  if (!read_only_first) STACKS_RETURN_IF_ERROR(CheckReadOnly(analysis, db));
  STACKS_RETURN_IF_ERROR(CheckImplementedTraits(analysis, db));
  if (options.save) STACKS_RETURN_IF_ERROR(db.InsertAnalysis(analysis));
  return {};
}

}  // namespace

util::Result<ContractAnalysis> RunAnalysis(const ContractIdentifier& contract,
                                           std::vector<ast::SymbolicExpression> expressions, storage::WriteStack& stack,
                                           costs::CostTracker& tracker, const AnalysisOptions& options,
                                           uint64_t* memory_left) {
  ContractAnalysis analysis;
  analysis.contract_identifier = contract;
  analysis.epoch = options.epoch;
  analysis.clarity_version = options.clarity_version;
  analysis.expressions = std::move(expressions);
  StoreAnalysisDb db(stack);
  STACKS_RETURN_IF_ERROR(stack.Nest());
  if (util::Status passed = RunPasses(analysis, db, tracker, options, memory_left); !passed) {
    STACKS_RETURN_IF_ERROR(stack.Rollback());
    return passed.error();
  }
  STACKS_RETURN_IF_ERROR(stack.Commit());
  return analysis;
}

}  // namespace stacks::clarity::analysis
