// The trait checker: impl-trait against the traits' definitions in deployed contracts.
#include "clarity/analysis/trait_checker.h"

#include <optional>
#include <string>
#include <utility>

#include "clarity/analysis/analysis_error_internal.h"
#include "clarity/analysis/type_checker.h"
#include "clarity/types/type_signature.h"

namespace stacks::clarity::analysis {
namespace {

using internal::AnalysisError;

// canonicalize(epoch): from Epoch 2.1 pre-2.1 trait reference types become callable traits, except in Epoch 2.2,
// which kept them as stored (a regression the reference preserves); before 2.1 they stay as they are.
TypeSignature ForEpoch(const TypeSignature& type, common::StacksEpochId epoch) {
  const bool canonical = epoch >= common::StacksEpochId::k21 && epoch != common::StacksEpochId::k22;
  return canonical ? CanonicalizeV2_1(type) : type;
}

// The trait's methods as this contract's epoch types them (load_contract's canonicalize_types).
TraitDefinition ForEpoch(const TraitDefinition& definition, common::StacksEpochId epoch) {
  TraitDefinition out;
  for (const auto& [method, signature] : definition) {
    FunctionSignature canonical;
    for (const TypeSignature& arg : signature.args) canonical.args.push_back(ForEpoch(arg, epoch));
    canonical.returns = ForEpoch(signature.returns, epoch);
    out.emplace(method, std::move(canonical));
  }
  return out;
}

}  // namespace

util::Status CheckImplementedTraits(const ContractAnalysis& analysis, AnalysisDb& db) {
  for (const TraitIdentifier& trait : analysis.implemented_traits) {
    STACKS_TRY(std::optional<ContractAnalysis> defining, db.LoadAnalysis(trait.contract));
    if (!defining) return AnalysisError("TraitReferenceUnknown(" + trait.name + ")");
    auto definition = defining->defined_traits.find(trait.name);
    if (definition == defining->defined_traits.end()) return AnalysisError("TraitReferenceUnknown(" + trait.name + ")");
    STACKS_RETURN_IF_ERROR(
        CheckTraitCompliance(analysis, trait, ForEpoch(definition->second, analysis.epoch), analysis.epoch));
  }
  return {};
}

}  // namespace stacks::clarity::analysis
