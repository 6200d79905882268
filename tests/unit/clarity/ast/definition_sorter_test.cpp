// SortDefinitions: the order of top-level expressions, cycles refused, the edges charged. Most cases are the
// reference's own (clarity/src/vm/ast/definition_sorter/tests.rs), re-expressed; the orders were worked out by hand
// from its depth-first post-order.
#include "clarity/ast/definition_sorter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clarity/ast/parser.h"
#include "test_util.h"

namespace stacks::clarity::ast {
namespace {

using stacks::testing::ErrorOf;
using util::ErrorCode;

constexpr costs::CostVersion kCosts3 = costs::CostVersion::kCosts3;

class DefinitionSorterTest : public ::testing::Test {
 protected:
  static std::vector<PreSymbolicExpression> Pre(std::string_view source) {
    util::Result<std::vector<PreSymbolicExpression>> pre = ParsePreExpressions(source);
    EXPECT_TRUE(pre.has_value()) << (pre ? "" : pre.error().message);
    return pre ? std::move(*pre) : std::vector<PreSymbolicExpression>{};
  }
  static util::Result<DefinitionOrder> Sort(std::string_view source, ParseError* detail = nullptr) {
    return SortDefinitions(Pre(source), nullptr, kCosts3, detail);
  }
  static std::vector<size_t> Order(std::string_view source) {
    util::Result<DefinitionOrder> r = Sort(source);
    EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().message);
    return r ? r->order : std::vector<size_t>{};
  }
  static uint64_t Edges(std::string_view source) {
    util::Result<DefinitionOrder> r = Sort(source);
    EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().message);
    return r ? r->edge_count : 0;
  }
  // The error message of a refused source, or "" when it sorts.
  static std::string Refusal(std::string_view source) {
    util::Result<DefinitionOrder> r = Sort(source);
    return r ? "" : r.error().message;
  }
};

TEST_F(DefinitionSorterTest, KeepsSourceOrderWithoutDependencies) {
  EXPECT_EQ(Order("(define-constant a 1) (define-constant b 2) (+ 1 2)"), (std::vector<size_t>{0, 1, 2}));
  EXPECT_EQ(Order(""), std::vector<size_t>{});
}

TEST_F(DefinitionSorterTest, ContractCallContractAndFunctionAreNotUses) {
  // should_succeed_sorting_contract_call: the function's own name as contract-call?'s function is no use.
  EXPECT_EQ(Order("(define-read-only (foo-function (a int)) (contract-call? .contract-b foo-function a))"),
            std::vector<size_t>{0});
  EXPECT_EQ(Edges("(define-read-only (foo-function (a int)) (contract-call? .contract-b foo-function a))"), 0u);
}

TEST_F(DefinitionSorterTest, TokenSupplyIsAUse) {
  // should_fix_2123: the supply expression calls a function defined after the token.
  EXPECT_EQ(Order("(define-fungible-token limited-supply-stacks (supply)) (define-read-only (supply) u100)"),
            (std::vector<size_t>{1, 0}));
}

TEST_F(DefinitionSorterTest, MovesDefinitionsBeforeTheirUses) {
  // should_succeed_sorting_contract_case_1.
  EXPECT_EQ(Order("(define-private (wrapped-kv-del (key int)) (kv-del key))"
                  "(define-private (kv-del (key int)) (begin (map-delete kv-store { key: key }) key))"
                  "(define-map kv-store { key: int } { value: int })"),
            (std::vector<size_t>{2, 1, 0}));
  // should_succeed_sorting_contract_case_2.
  EXPECT_EQ(Order("(define-private (a (x int)) (b x))"
                  "(define-private (b (x int)) (+ x c))"
                  "(define-constant c 1)"
                  "(define-private (d (x int)) (h x))"
                  "(define-constant e 1)"
                  "(define-private (f (x int)) (+ e x))"
                  "(define-constant g 1)"
                  "(define-private (h (x int)) (a x))"
                  "(+ (a 1) (b 1) c (d 1) e (f 1) g (h 1))"),
            (std::vector<size_t>{2, 1, 0, 7, 3, 4, 5, 6, 8}));
}

TEST_F(DefinitionSorterTest, TopLevelCommentsAreNodesOfTheirOwn) {
  EXPECT_EQ(Order(";; first\n(define-read-only (f) k)\n;; second\n(define-constant k 1)"),
            (std::vector<size_t>{0, 3, 1, 2}));
}

TEST_F(DefinitionSorterTest, RefusesCycles) {
  // should_raise_dependency_cycle_case_1 and _2: the names are sorted; a top-level use of the cycle is no name.
  constexpr std::string_view kCycle =
      "(define-private (a (x int)) (b x)) (define-private (b (x int)) (c x)) (define-private (c (x int)) (a x))";
  ParseError e;
  util::Result<DefinitionOrder> r = Sort(kCycle, &e);
  EXPECT_EQ(ErrorOf(r).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(e.kind, ParseErrorKind::kCircularReference);
  EXPECT_EQ(ErrorOf(r).message,
            "CircularReference([\"a\", \"b\", \"c\"]): detected interdependent functions (a, b, c)");
  EXPECT_EQ(Refusal(std::string(kCycle) + " (a 0)"),
            "CircularReference([\"a\", \"b\", \"c\"]): detected interdependent functions (a, b, c)");
  EXPECT_EQ(Refusal("(define-private (c (x int)) (b x)) (define-private (b (x int)) (c x))"),
            "CircularReference([\"b\", \"c\"]): detected interdependent functions (b, c)");
}

TEST_F(DefinitionSorterTest, RefusesRecursion) {
  EXPECT_EQ(Refusal("(define-private (f (x int)) (f x))"),
            "CircularReference([\"f\"]): detected interdependent functions (f)");
  EXPECT_EQ(Refusal("(define-constant k (+ k 1))"),
            "CircularReference([\"k\"]): detected interdependent functions (k)");
}

TEST_F(DefinitionSorterTest, DefinitionsBehindACycleAreNamedToo) {
  // d uses the cycle: it is unsettled as well, so the reference names it.
  EXPECT_EQ(Refusal("(define-private (a) (b)) (define-private (b) (a)) (define-private (d) (a))"),
            "CircularReference([\"a\", \"b\", \"d\"]): detected interdependent functions (a, b, d)");
}

TEST_F(DefinitionSorterTest, LetBindingNamesAreNotUses) {
  // should_not_raise_dependency_cycle_case_let / should_raise_dependency_cycle_case_let.
  EXPECT_FALSE(Refusal("(define-private (foo (x int)) (begin (bar 1) 1))"
                       "(define-private (bar (x int)) (let ((foo 1)) (+ 1 x)))")
                   .size());
  EXPECT_NE(Refusal("(define-private (foo (x int)) (begin (bar 1) 1))"
                    "(define-private (bar (x int)) (let ((baz (foo 1))) (+ 1 x)))"),
            "");
}

TEST_F(DefinitionSorterTest, TupleKeysAreNotUses) {
  // should_not_raise_dependency_cycle_case_get / _fetch_entry / _delete_entry / _set_entry / _insert_entry.
  for (std::string_view body :
       {"(get foo (tuple (foo 1) (bar 2)))", "(map-get? kv-store { foo: 1 })", "(map-delete kv-store (tuple (foo 1)))",
        "(map-set kv-store { foo: 1 } { bar: 3 })", "(map-insert kv-store { foo: 1 } { bar: 3 })"}) {
    EXPECT_EQ(Refusal("(define-private (foo (x int)) (begin (bar 1) 1))"
                      "(define-private (bar (x int)) " +
                      std::string(body) +
                      ")"
                      "(define-map kv-store { foo: int } { bar: int })"),
              "")
        << body;
  }
}

TEST_F(DefinitionSorterTest, TupleValuesAreUses) {
  // should_raise_dependency_cycle_case_fetch_entry / _delete_entry / _set_entry / _insert_entry /
  // _fetch_contract_entry.
  for (std::string_view body :
       {"(map-get? kv-store { foo: (foo 1) })", "(map-delete kv-store (tuple (foo (foo 1))))",
        "(map-set kv-store { foo: 1 } { bar: (foo 1) })", "(map-insert kv-store { foo: (foo 1) } { bar: 3 })"}) {
    EXPECT_EQ(Refusal("(define-private (foo (x int)) (+ (bar x) x))"
                      "(define-private (bar (x int)) " +
                      std::string(body) + ")"),
              "CircularReference([\"bar\", \"foo\"]): detected interdependent functions (bar, foo)")
        << body;
  }
}

TEST_F(DefinitionSorterTest, ArgumentNamesAreNotUses) {
  // should_not_build_cycle_within_defined_args_types.
  EXPECT_EQ(Refusal("(define-private (function-1 (function-2 int)) (+ 1 2))"
                    "(define-private (function-2 (function-1 int)) (+ 1 2))"),
            "");
}

TEST_F(DefinitionSorterTest, TraitReferencesInSignaturesAreUses) {
  // should_reorder_traits_references.
  EXPECT_EQ(Order("(define-private (foo (function-2 <trait-a>)) (+ 1 2))"
                  "(define-trait trait-a ((get-a () (response uint uint))))"),
            (std::vector<size_t>{1, 0}));
}

TEST_F(DefinitionSorterTest, TraitMethodNamesAreNotUses) {
  // should_not_conflict_with_atoms_from_trait_definitions.
  EXPECT_EQ(Order("(define-trait foo ((bar (int) (int)))) (define-trait bar ((foo (int) (int))))"),
            (std::vector<size_t>{0, 1}));
  // test_cycle_in_traits_1_contract (trait_checker/tests.rs): method types that name each other are a cycle.
  EXPECT_EQ(Refusal("(define-trait trait-1 ((get-1 (<trait-2>) (response uint uint))))"
                    "(define-trait trait-2 ((get-2 (<trait-1>) (response uint uint))))"),
            "CircularReference([\"trait-1\", \"trait-2\"]): detected interdependent functions (trait-1, trait-2)");
}

TEST_F(DefinitionSorterTest, CountsEveryOccurrenceAsAnEdge) {
  EXPECT_EQ(Edges("(define-constant a 1) (define-constant b (+ a a)) (define-private (f) (+ a b))"), 4u);
  // Not searched: data var and map names, nft types, use-trait, impl-trait, let names, contract-call? targets.
  EXPECT_EQ(Edges("(define-constant a 1) (define-data-var a2 int a) (define-map m {k: int} {v: int})"
                  "(define-non-fungible-token n (buff a)) (define-private (g) (let ((a 2)) a))"),
            2u);
  // Searched: a data var's type too, a map's types, a fungible token's supply.
  EXPECT_EQ(Edges("(define-constant a u1) (define-data-var v (buff a) 0x) (define-map m a a)"
                  "(define-fungible-token t a)"),
            4u);
}

TEST_F(DefinitionSorterTest, CommentsInsideTuplesShiftThePairs) {
  // The reference pairs a tuple's members two by two with comments left in: after the comment, the key `b` is
  // taken as a value (a use of the constant b) and the value `x` is not searched.
  EXPECT_EQ(Edges("(define-constant x 1) (define-constant b 2) (define-read-only (f) {k: 1, ;; c\n b: x})"), 1u);
  EXPECT_EQ(Edges("(define-constant x 1) (define-constant b 2) (define-read-only (f) {k: 1, b: x})"), 1u);
  EXPECT_EQ(Order("(define-read-only (f) {k: 1, b: x}) (define-constant x 1) (define-constant b 2)"),
            (std::vector<size_t>{1, 0, 2}));
  EXPECT_EQ(Order("(define-read-only (f) {k: 1, ;; c\n b: x}) (define-constant x 1) (define-constant b 2)"),
            (std::vector<size_t>{2, 0, 1}));
}

TEST_F(DefinitionSorterTest, ChargesTheEdgeCount) {
  std::vector<PreSymbolicExpression> pre =
      Pre("(define-constant a 1) (define-constant b (+ a a)) (define-private (f) (+ a b))");
  costs::CostTracker tracker(costs::kBlockLimitMainnet21);
  util::Result<DefinitionOrder> r = SortDefinitions(pre, &tracker, kCosts3);
  ASSERT_TRUE(r.has_value());
  util::Result<costs::ExecutionCost> expected = costs::Evaluate(kCosts3, costs::CostFunction::kAstCycleDetection, 4);
  ASSERT_TRUE(expected.has_value());
  EXPECT_EQ(tracker.total(), *expected);
  EXPECT_GT(tracker.total().runtime, 0u);
}

TEST_F(DefinitionSorterTest, ChargesBeforeRefusingACycle) {
  std::vector<PreSymbolicExpression> pre = Pre("(define-private (f) (f))");
  costs::CostTracker tracker(costs::kBlockLimitMainnet21);
  EXPECT_EQ(ErrorOf(SortDefinitions(pre, &tracker, kCosts3)).code, ErrorCode::kInvalidArgument);
  util::Result<costs::ExecutionCost> expected = costs::Evaluate(kCosts3, costs::CostFunction::kAstCycleDetection, 1);
  ASSERT_TRUE(expected.has_value());
  EXPECT_EQ(tracker.total(), *expected);
}

TEST_F(DefinitionSorterTest, FailsOverTheCostLimit) {
  std::vector<PreSymbolicExpression> pre = Pre("(define-constant a 1) (define-constant b a)");
  costs::CostTracker tracker(costs::ExecutionCost{.runtime = 1});
  EXPECT_EQ(ErrorOf(SortDefinitions(pre, &tracker, kCosts3)).code, ErrorCode::kResourceExhausted);
}

}  // namespace
}  // namespace stacks::clarity::ast
