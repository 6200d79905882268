// The trait checker (stacks-core clarity/src/vm/analysis/trait_checker): every trait a contract names in impl-trait
// must be defined by a deployed contract, and the contract must implement each of its methods.
//
// For each implemented trait, in the order of ContractAnalysis::implemented_traits (trait name, then contract):
//   - the defining contract is loaded through the AnalysisDb; a contract not deployed (including the contract being
//     checked, which is not stored yet) or one without that trait is TraitReferenceUnknown(name);
//   - each method, in name order, needs a public or read-only function of that name with as many arguments, each
//     argument's declared type admitting the method's argument type, and a return type the method's admits
//     (admits_type of the contract's epoch, after the method's types are canonicalized for it: pre-2.1 trait
//     references become callable traits from Epoch 2.1, except in 2.2, which reads them as stored, as the
//     reference does); the first that fails is BadTraitImplementation(trait name, method name).
// Runs after the type checker, which fills the function types it compares.
//
// Errors are kInvalidArgument "Variant(fields)" without a position (the reference attaches none); the AnalysisDb's
// own errors pass unchanged. Reads `analysis`; changes nothing. Not thread-safe for one `db`.
#pragma once

#include "clarity/analysis/analysis_db.h"
#include "clarity/analysis/contract_analysis.h"
#include "util/result.h"

namespace stacks::clarity::analysis {

/// Checks every trait of `analysis.implemented_traits` against its definition. Errors: see the file comment.
util::Status CheckImplementedTraits(const ContractAnalysis& analysis, AnalysisDb& db);

}  // namespace stacks::clarity::analysis
