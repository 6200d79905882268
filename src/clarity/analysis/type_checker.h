// The Clarity type checker (static analysis): stacks-core's TypeChecker2_1 (clarity/src/vm/analysis/type_checker/v2_1/,
// with contexts.rs and natives/*.rs) from Epoch 2.1, and its TypeChecker2_05 (type_checker/v2_05/) in Epochs 2.0 and
// 2.05, for Clarity 1. The two share their rules except where TypeChecker2_05 differs: the Epoch 2.0 type rules
// (admits_type_v2_0, least_supertype_v2_0: no callable types, so `<trait>` is a trait reference type and a contract
// literal a plain `principal`), a simple native's arguments all inferred before any is checked against it,
// stx-transfer? a simple native (so map, filter and fold may apply it), list and tuple constructors without their
// 2.1 size guards, the Clarity 1 comparison error naming only int and uint, and other contracts' types read as
// stored (TypeChecker2_1 canonicalizes pre-2.1 trait references into callable traits).
//
// TypeCheck runs over a contract's top-level expressions (in the order the definition sorter gives) and infers the
// type of every expression with single-direction inference: each define registers its name and type, each native
// and special form checks its arguments and yields its result type, defined functions get their declared argument
// types and their inferred return type (unified with every early exit: asserts!, unwrap!, try!, ...). Types of
// other contracts come from the AnalysisDb (static contract-call?, use-trait, contract principals passed as traits).
//
// Errors are the reference's StaticCheckErrorKind variants, as util::Error messages that start with the variant and
// its fields (strings unquoted, types as the reference displays them), then the source position where the reference
// attaches an expression:
//
//   "TypeError(int, uint) at 3:12"  "UndefinedVariable(x) at 1:20"  "IncorrectArgumentCount(2, 3) at 2:1"
//   "NoSuchContract(ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.c) at 1:1"  "ReturnTypesMustMatch(int, uint) at 1:1"
//
// Codes: kResourceExhausted for the depth and memory limits (MaxContextDepthReached, TypeSignatureTooDeep,
// TraitReferenceChainTooDeep, MemoryBalanceExceeded) and for the cost tracker's own errors (a limit exceeded, an
// overflow; passed through unchanged); kUnimplemented when costs are charged by a cost function the epoch's table
// lacks; the AnalysisDb's own errors unchanged (kCorruption); kInvalidArgument for every other refusal.
//
// Costs: every analysis cost the reference charges (cost_analysis_*, cost_type_parse_step in from-consensus-buff?,
// cost_contract_of in contract-of), in its order and at its input sizes, to the caller's tracker with the epoch's
// cost table (costs in Epoch 2.0, costs-2 or costs-2-testnet in 2.05, ...); memory (Epoch 2.5 on) against the
// reference's 100 MB analysis limit, counted from zero.
#pragma once

#include <string_view>

#include "clarity/analysis/analysis_db.h"
#include "clarity/analysis/contract_analysis.h"
#include "clarity/costs/cost_tracker.h"
#include "common/epoch.h"
#include "util/result.h"

namespace stacks::clarity::analysis {

struct TypeCheckOptions {
  /// Whether to charge `tracker` (and count memory). False is the reference's free tracker, which clarinet and
  /// read-only tools use: nothing is charged and no cost or memory limit applies.
  bool charge_costs = true;
  /// Which cost table charges in Epoch 2.05 (costs-2 or costs-2-testnet); the same table serves both networks from
  /// Epoch 2.1 on.
  bool mainnet = false;
  /// Whether to fill ContractAnalysis::type_map. Without it the checker still refuses a node typed twice, as the
  /// reference's set-backed TypeMap does.
  bool build_type_map = true;
};

/// Type-checks `analysis.expressions` as a contract of `analysis.contract_identifier`, written in
/// `analysis.clarity_version` and deployed in `analysis.epoch`, as the reference's TypeChecker2_1::run_pass does
/// (TypeChecker2_05::run_pass before Epoch 2.1).
///
/// On success fills the analysis' type fields (function types, constants, data vars, maps, tokens, defined and
/// implemented traits, replacing what they held) and, if asked, `type_map` (every checked expression's type by id).
/// On failure those fields are left as they were and the error says why (see the file comment); the costs charged
/// so far stay in `tracker`, as the reference's do. Reads earlier contracts through `db` only.
///
/// Errors: kFailedPrecondition for Epoch 1.0 (no Clarity) and for a Clarity version other than 1 before Epoch 2.1;
/// otherwise as the file comment says.
///
/// When `memory_left` is not null, a successful check sets it to the memory the check still counts at its end (the
/// names and types of the contract's definitions, from Epoch 2.5, when charging): the reference counts that on the
/// transaction's tracker, where it stays until the transaction ends.
///
/// Not thread-safe for one `analysis`, `db` or `tracker`; separate calls on separate objects may run in parallel.
/// Nothing is kept after the call returns.
util::Status TypeCheck(ContractAnalysis& analysis, AnalysisDb& db, costs::CostTracker& tracker,
                       const TypeCheckOptions& options = {}, uint64_t* memory_left = nullptr);

/// The reference's ContractAnalysis::check_trait_compliance: whether `contract` (an analysis as stored) implements
/// every method of `trait` (defined as `definition`) with a public or read-only function whose argument types admit
/// the trait's and whose return type the trait's admits, by `epoch`'s admits_type (v2_0 before Epoch 2.1).
/// Errors: BadTraitImplementation(<trait name>, <method>) for the first method (in name order) that is missing or
/// incompatible; CouldNotDetermineType if a type is unknown; before 2.1, Unreachable(..) for a callable type in the
/// contract's functions. Pure; no costs.
util::Status CheckTraitCompliance(const ContractAnalysis& contract, const TraitIdentifier& trait,
                                  const TraitDefinition& definition, common::StacksEpochId epoch);

/// The variant of an error TypeCheck returned: "TypeError" for "TypeError(int, uint) at 3:12", "ValueTooLarge" for
/// "ValueTooLarge", empty for an error that does not start with a variant name (the tracker's and the db's). The
/// view points into `error`'s message.
std::string_view CheckErrorVariant(const util::Error& error);

}  // namespace stacks::clarity::analysis
