// The trait checker: impl-trait against the traits' definitions in deployed contracts.
#include "clarity/analysis/trait_checker.h"

#include <optional>
#include <string>
#include <utility>

#include "clarity/analysis/analysis_error_internal.h"

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

util::Status BadImplementation(const TraitIdentifier& trait, const std::string& method) {
  return AnalysisError("BadTraitImplementation(" + trait.name + ", " + method + ")");
}

// check_trait_compliance for one method.
util::Status CheckMethod(const ContractAnalysis& analysis, const TraitIdentifier& trait, const std::string& method,
                         const FunctionSignature& expected) {
  auto pub = analysis.public_function_types.find(method);
  auto ro = analysis.read_only_function_types.find(method);
  const bool has_public = pub != analysis.public_function_types.end();
  const bool has_read_only = ro != analysis.read_only_function_types.end();
  if (has_public == has_read_only) return BadImplementation(trait, method);
  const FixedFunction& function = has_public ? pub->second : ro->second;
  if (function.args.size() != expected.args.size()) return BadImplementation(trait, method);
  for (size_t i = 0; i < expected.args.size(); ++i) {
    STACKS_TRY(bool admits, AdmitsType(function.args[i].type, ForEpoch(expected.args[i], analysis.epoch)));
    if (!admits) return BadImplementation(trait, method);
  }
  STACKS_TRY(bool admits, AdmitsType(ForEpoch(expected.returns, analysis.epoch), function.returns));
  if (!admits) return BadImplementation(trait, method);
  return {};
}

}  // namespace

util::Status CheckImplementedTraits(const ContractAnalysis& analysis, AnalysisDb& db) {
  for (const TraitIdentifier& trait : analysis.implemented_traits) {
    STACKS_TRY(std::optional<ContractAnalysis> defining, db.LoadAnalysis(trait.contract));
    if (!defining) return AnalysisError("TraitReferenceUnknown(" + trait.name + ")");
    auto definition = defining->defined_traits.find(trait.name);
    if (definition == defining->defined_traits.end()) return AnalysisError("TraitReferenceUnknown(" + trait.name + ")");
    for (const auto& [method, signature] : definition->second) {
      STACKS_RETURN_IF_ERROR(CheckMethod(analysis, trait, method, signature));
    }
  }
  return {};
}

}  // namespace stacks::clarity::analysis
