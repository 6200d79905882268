// The traits resolver (stacks-core clarity/src/vm/ast/traits_resolver): which trait names a contract may write as
// `<name>` (those it defines with define-trait and imports with use-trait) and which traits it implements
// (impl-trait), read from its top-level pre-expressions in source order (comments dropped from each form).
//
// Rules, as the reference's:
//   - (define-trait name (methods...)): exactly a name atom and a list, else kDefineTraitBadSignature;
//   - (use-trait name .contract.trait) or (use-trait name 'SP....contract.trait): else kImportTraitBadSignature;
//   - (impl-trait .contract.trait) with exactly one trait identifier: else kImplTraitBadSignature;
//   - a name defined or imported twice: kNameAlreadyUsed("name");
//   - a `<name>` in a trait's methods or in a function's signature or body must be defined or imported somewhere in
//     the contract (before or after): else kTraitReferenceUnknown("name"), with the span of that `<name>`;
//   - a `<name>` in a constant's value, a data var's type or value, a map's types or a token's arguments:
//     kTraitReferenceNotAllowed.
// A `<name>` anywhere else (a top-level expression) is checked later, by the sugar expansion (parser.h).
//
// Where the reference reports one of several unknown trait names it picks one by hash order; this picks the first
// in source order.
//
// Pure and thread-safe; recursion is bounded by the parser's nesting limits.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "clarity/ast/parse_error.h"
#include "clarity/ast/pre_expression.h"
#include "clarity/ast/symbolic_expression.h"
#include "util/result.h"

namespace stacks::clarity::ast {

struct TraitsResolution {
  std::map<std::string, ReferencedTrait, std::less<>> referenced_traits;
  std::set<TraitIdentifier> implemented_traits;
};

/// Resolves the traits of the contract `contract` whose top-level pre-expressions are `pre` (`.c.t` names a trait
/// of a contract of `contract`'s issuer). Errors: the kinds above (kInvalidArgument); `detail`, when not null,
/// receives the ParseError.
util::Result<TraitsResolution> ResolveTraits(const std::vector<PreSymbolicExpression>& pre,
                                             const ContractIdentifier& contract, ParseError* detail = nullptr);

}  // namespace stacks::clarity::ast
