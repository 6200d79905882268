// The read-only checker (stacks-core clarity/src/vm/analysis/read_only_checker): a contract may not write state where
// it promised not to.
//
//   - a define-read-only body that may write (var-set, map-set/insert/delete, token mint/transfer/burn,
//     stx-transfer?/stx-transfer-memo?/stx-burn?, a call of a private or public function that may write, a
//     contract-call? that is not statically a read-only function, including every dynamic call through a trait) is
//     WriteAttemptedInReadOnly;
//   - an at-block body that may write is AtBlockClosureMustBeReadOnly;
//   - a contract-call? of a literal contract looks the callee up through the AnalysisDb: a contract not deployed is
//     NoSuchContract(id);
//   - on the way it refuses what it cannot read, as the reference does: a call of an unknown function
//     (UnknownFunction), a list that is not a call (NonFunctionApplication), malformed define forms
//     (IncorrectArgumentCount, RequiresAtLeastArguments, ExpectedName, DefineFunctionBadSignature, BadFunctionName,
//     ExpectedTraitIdentifier), malformed let/tuple bindings (BadLetSyntax, BadSyntaxBinding(NotList(Let, i)),
//     BadSyntaxBinding(InvalidLength(TupleCons, i)), ...), argument counts of at-block, map-get?, fold, filter,
//     map, let, contract-call?, from-consensus-buff?, restrict-assets?, as-contract? (and their allowance lists:
//     ExpectedListOfAllowances(restrict-assets?, 2)), ContractCallExpectName, and native calls nested past 160
//     (ReadOnlyCheckerRecursionLimitExceeded).
// Which names are natives depends on the contract's Clarity version (`at-block` is gone from Clarity 5, `as-contract`
// from Clarity 4, ...): a name that is not a native there must be a function the contract defined earlier.
//
// Errors are kInvalidArgument "Variant(fields) at l:c": the position is the head of the outermost native call
// that the error passed through inside its top-level form, else the top-level form itself (as the reference
// attaches them); the AnalysisDb's own errors pass unchanged. Runs before the type checker up to Epoch 4.0 and
// after it from 4.1 (ReadOnlyCheckRunsBeforeTypeCheck), as the reference's run_analysis orders them.
//
// Reads `analysis.expressions`, `clarity_version` and `epoch`; changes nothing. Not thread-safe for one `db`;
// recursion is bounded by the parser's nesting limits and the 160-call limit.
#pragma once

#include "clarity/analysis/analysis_db.h"
#include "clarity/analysis/contract_analysis.h"
#include "common/epoch.h"
#include "util/result.h"

namespace stacks::clarity::analysis {

/// The reference's limit on nested native calls in the read-only checker (NATIVE_FUNCTION_CHECK_RECURSION_LIMIT).
inline constexpr uint64_t kReadOnlyCheckerRecursionLimit = 160;

/// Checks `analysis.expressions` (the sorted top-level expressions). Errors: see the file comment.
util::Status CheckReadOnly(const ContractAnalysis& analysis, AnalysisDb& db);

/// Whether deployment in `epoch` runs the read-only checker before the type checker (every epoch before 4.1) or
/// after it (performs_read_only_checks_before_type_checks).
bool ReadOnlyCheckRunsBeforeTypeCheck(common::StacksEpochId epoch);

}  // namespace stacks::clarity::analysis
