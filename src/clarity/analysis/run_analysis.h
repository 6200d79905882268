// RunAnalysis: the static analysis a contract goes through at deployment, every pass in the reference's order
// (stacks-core clarity/src/vm/analysis/mod.rs run_analysis): the read-only checker (before the type checker up to
// Epoch 4.0, after it from 4.1), the type checker, the trait checker; then, when asked, the analysis is stored in
// the contract's metadata for later contracts to be checked against (StoreAnalysisDb).
//
// The passes read earlier contracts through the caller's WriteStack, in a level of their own that is committed
// only when every pass succeeds and rolled back otherwise, as the reference's AnalysisDatabase::execute does: a
// failed analysis leaves nothing behind.
//
// Costs: the type checker's (cost_analysis_*) go to the caller's tracker when `charge_costs` is set, and stay there
// when the analysis fails, as the reference keeps them. The AST passes (parse, cycle detection) are charged earlier,
// by ast::BuildContractAst.
#pragma once

#include <vector>

#include "clarity/analysis/contract_analysis.h"
#include "clarity/ast/symbolic_expression.h"
#include "clarity/costs/cost_tracker.h"
#include "clarity/storage/write_stack.h"
#include "common/clarity_version.h"
#include "common/epoch.h"
#include "util/result.h"

namespace stacks::clarity::analysis {

struct AnalysisOptions {
  common::StacksEpochId epoch = common::StacksEpochId::k30;
  common::ClarityVersion clarity_version = common::ClarityVersion::kClarity3;
  /// Charge the tracker (a deployment) or not (the reference's free tracker, as its tools use).
  bool charge_costs = true;
  /// The network whose cost table charges in Epoch 2.05 (the same table serves both from 2.1).
  bool mainnet = false;
  /// Store the analysis under the contract's metadata (a deployment) or only return it (`clarity-cli check`).
  bool save = true;
  /// Fill ContractAnalysis::type_map.
  bool build_type_map = false;
};

/// Analyses `expressions` (the top-level expressions of `contract` as ast::BuildContractAst left them: sorted,
/// traits resolved) and answers the finished analysis, which holds them (move them in and take them back out of
/// ContractAnalysis::expressions to evaluate them without a copy). REQUIRES: `stack` and `tracker` outlive the call.
/// Errors: the passes' (read_only_checker.h, type_checker.h, trait_checker.h: kInvalidArgument with the reference's
/// variant, kResourceExhausted for limits and costs); kConsensusViolation ContractAlreadyExists(..) when `save` is
/// set and the contract has an analysis already; the stack's (kIo, kCorruption). Nothing
/// is left in the stack on failure. When `memory_left` is not null, success sets it to the memory the type checker
/// still counts at its end (TypeCheck). Not thread-safe for one stack or tracker.
util::Result<ContractAnalysis> RunAnalysis(const ContractIdentifier& contract,
                                           std::vector<ast::SymbolicExpression> expressions, storage::WriteStack& stack,
                                           costs::CostTracker& tracker, const AnalysisOptions& options,
                                           uint64_t* memory_left = nullptr);

}  // namespace stacks::clarity::analysis
