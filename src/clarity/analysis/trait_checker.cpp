// The trait checker: impl-trait against the traits' definitions in deployed contracts.
#include "clarity/analysis/trait_checker.h"

#include <optional>
#include <string>
#include <utility>

#include "clarity/analysis/analysis_error_internal.h"
#include "clarity/analysis/type_checker.h"

namespace stacks::clarity::analysis {
namespace {

using internal::AnalysisError;

// canonicalize_v2_1: a pre-2.1 trait reference type becomes the callable trait type, at any depth. The rebuilt
// types are no larger or deeper than the originals, so their constructors cannot fail; if one did, the type is kept.
TypeSignature Canonical(const TypeSignature& type) {
  using K = TypeSignature::Kind;
  util::Result<TypeSignature> out = type;
  switch (type.kind()) {
    case K::kTraitReference:
      return TypeSignature::CallableTrait(type.trait());
    case K::kOptional:
      out = TypeSignature::Optional(Canonical(type.inner()));
      break;
    case K::kResponse:
      out = TypeSignature::Response(Canonical(type.inner()), Canonical(type.err_type()));
      break;
    case K::kList:
      out = TypeSignature::List(Canonical(type.inner()), type.length());
      break;
    case K::kTuple: {
      std::vector<TupleFieldType> fields;
      for (const TupleFieldType& f : type.fields()) fields.push_back(TupleFieldType{f.name, Canonical(f.type)});
      out = TypeSignature::Tuple(std::move(fields));
      break;
    }
    default:
      return type;
  }
  return out ? std::move(*out) : type;
}

TypeSignature ForEpoch(const TypeSignature& type, common::StacksEpochId epoch) {
  return epoch >= common::StacksEpochId::k21 ? Canonical(type) : type;
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
    STACKS_RETURN_IF_ERROR(CheckTraitCompliance(analysis, trait, ForEpoch(definition->second, analysis.epoch)));
  }
  return {};
}

}  // namespace stacks::clarity::analysis
