// PreSymbolicExpression: what the parser produces before sugar expansion (stacks-core clarity-types
// representations.rs, `PreSymbolicExpression`). Tuples `{...}` and `.name` forms are still sugar here, and comments
// are kept as nodes; ContractAst's SymbolicExpressions are made from these by the expansion in parser.h.
//
// Values own everything. Not thread-safe to mutate; safe to share read-only.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "clarity/ast/symbolic_expression.h"
#include "clarity/types/principal.h"
#include "clarity/types/value.h"

namespace stacks::clarity::ast {

struct PreSymbolicExpression {
  enum class Kind : uint8_t {
    kAtomValue,                  ///< value: a literal (int, uint, buffer, strings, a `'SP...` or `'SP....c` principal)
    kAtom,                       ///< name
    kList,                       ///< items
    kTuple,                      ///< items: key, value, key, value, ... with comments interleaved
    kSugaredContractIdentifier,  ///< name: the contract of `.name`
    kSugaredFieldIdentifier,     ///< name: the contract, trait_name: the trait of `.name.trait`
    kFieldIdentifier,            ///< field: `'SP....contract.trait`
    kTraitReference,             ///< name: `<name>`
    kComment,                    ///< name: the comment's text
  };

  Kind kind = Kind::kAtom;
  Span span;
  std::string name;
  std::string trait_name;
  std::optional<Value> value;
  std::vector<PreSymbolicExpression> items;
  std::optional<TraitIdentifier> field;
};

}  // namespace stacks::clarity::ast
