// BuildContractAst: a contract's source to the AST that deployment analyses and stores, as stacks-core's
// build_ast (clarity/src/vm/ast/mod.rs) builds it in fail-fast mode:
//
//   cost_ast_parse(source bytes) → parse (parser.h) → the two depth checkers → the definition sorter
//   (definition_sorter.h, charging cost_ast_cycle_detection) → the traits resolver (traits_resolver.h) → sugar
//   expansion in sorted order, checking each `<name>` against the traits → expression ids.
//
// The first failure ends it: the charge, then each pass's error kinds in that order. So a contract with a cycle is
// refused as CircularReference even when it also uses an unknown trait.
//
// Pure and thread-safe, apart from the caller's tracker.
#pragma once

#include <string_view>

#include "clarity/ast/parse_error.h"
#include "clarity/ast/parser.h"
#include "clarity/ast/symbolic_expression.h"
#include "clarity/costs/cost_table.h"
#include "clarity/costs/cost_tracker.h"
#include "util/result.h"

namespace stacks::clarity::ast {

/// Builds the AST of `source` as `options.contract`. `tracker`, when not null, is charged cost_ast_parse at the
/// source's length in bytes and cost_ast_cycle_detection, both at `cost_version` (null charges nothing, as the
/// reference's free tracker); it is not kept. The result's expressions are in sorted order with ids numbered in
/// that order, its `<name>` references resolved (`field`), its referenced and implemented traits filled.
/// Errors: the tracker's (kResourceExhausted), then the parser's, the depth checkers', kCircularReference, the
/// traits resolver's and kTraitReferenceUnknown from the expansion; kInvalidArgument if options.contract is not a
/// contract. `detail`, when not null, receives the ParseError of a pass's failure.
util::Result<ContractAst> BuildContractAst(std::string_view source, const ParseOptions& options,
                                           costs::CostTracker* tracker, costs::CostVersion cost_version,
                                           ParseError* detail = nullptr);

}  // namespace stacks::clarity::ast
