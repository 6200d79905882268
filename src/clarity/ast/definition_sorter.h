// The definition sorter (stacks-core clarity/src/vm/ast/definition_sorter): the order in which a contract's
// top-level expressions are kept so that each definition comes after the definitions it uses, and the refusal of
// definitions that use each other in a cycle.
//
// It works on pre-expressions, as the reference's pass does (after the depth checks, before sugar expansion and
// trait resolution), because what counts as a use depends on their shape:
//   - a use is an atom or `<name>` equal to the name a top-level define-* form defines (the name of
//     `(define-x name ...)` or `(define-x (name ...) ...)`), other than that defining atom itself; each occurrence
//     is one edge of the dependency graph (uses of the same name count again);
//   - inside any list (comments dropped) whose head is a define-* form or one of `contract-call?`, `let`, `get`,
//     `tuple`, only the parts that are evaluated are searched: not the names of a constant, data var, map, token
//     or function, not the argument names of a function or a let binding, not tuple keys, not the contract and
//     function of a contract-call?, nothing in use-trait, impl-trait or define-non-fungible-token; the type and
//     initial value of a data var are searched, as are a map's types, a token's supply and a trait's method types;
//   - the pairs of `{...}` tuples, let bindings and function arguments are taken two by two as written, comments
//     included, as the reference takes them (a comment there can hide a use, and then the edge is not counted).
//
// The order is the reference's: a depth-first post-order over the expressions in source order, each one's uses
// visited in the order they occur. Top-level comments are expressions too (with no uses), so indexes are into the
// full list.
//
// Cost: cost_ast_cycle_detection(number of edges) is charged once, after the graph is built and before the sort.
//
// Pure and thread-safe; recursion is bounded by the parser's nesting limits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "clarity/ast/parse_error.h"
#include "clarity/ast/pre_expression.h"
#include "clarity/costs/cost_table.h"
#include "clarity/costs/cost_tracker.h"
#include "util/result.h"

namespace stacks::clarity::ast {

struct DefinitionOrder {
  /// Indexes into the pre-expressions, each exactly once, in the order to keep them.
  std::vector<size_t> order;
  /// The edges of the dependency graph: the number cost_ast_cycle_detection was charged with.
  uint64_t edge_count = 0;
};

/// Sorts the top-level expressions `pre`. When `tracker` is not null it is charged cost_ast_cycle_detection at
/// `cost_version` (null: nothing is charged, as the reference's free tracker).
/// Errors: kCircularReference (the message names the definitions in the cycles, sorted by name, duplicates kept:
/// `CircularReference(["a", "b"]): detected interdependent functions (a, b)`, no span); the tracker's error
/// (kResourceExhausted) when the charge is over its limit. `detail`, when not null, receives the ParseError of a
/// sorting failure.
util::Result<DefinitionOrder> SortDefinitions(const std::vector<PreSymbolicExpression>& pre,
                                              costs::CostTracker* tracker, costs::CostVersion cost_version,
                                              ParseError* detail = nullptr);

}  // namespace stacks::clarity::ast
