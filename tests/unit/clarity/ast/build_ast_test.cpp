// BuildContractAst: the passes in the reference's order, their costs, and what the AST carries afterwards.
#include "clarity/ast/build_ast.h"

#include <gtest/gtest.h>

#include <string>

#include "clarity/ast/printer.h"
#include "test_util.h"

namespace stacks::clarity::ast {
namespace {

using stacks::testing::ErrorOf;
using util::ErrorCode;

constexpr costs::CostVersion kCosts3 = costs::CostVersion::kCosts3;
constexpr std::string_view kAddress = "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM";

class BuildAstTest : public ::testing::Test {
 protected:
  static ParseOptions Options() {
    ParseOptions options;
    util::Result<codec::StacksAddress> issuer = codec::StacksAddress::Parse(kAddress);
    EXPECT_TRUE(issuer.has_value());
    options.contract = ContractIdentifier{*issuer, "me"};
    return options;
  }
  static util::Result<ContractAst> Build(std::string_view source, ParseError* detail = nullptr) {
    return BuildContractAst(source, Options(), nullptr, kCosts3, detail);
  }
  static costs::ExecutionCost Cost(costs::CostFunction f, uint64_t n) {
    util::Result<costs::ExecutionCost> c = costs::Evaluate(kCosts3, f, n);
    EXPECT_TRUE(c.has_value());
    return c ? *c : costs::ExecutionCost{};
  }
};

TEST_F(BuildAstTest, SortsExpandsAndNumbersInSortedOrder) {
  util::Result<ContractAst> r = Build("(define-read-only (f) {a: k})\n;; c\n(define-constant k .other)");
  ASSERT_TRUE(r.has_value()) << r.error().message;
  ASSERT_EQ(r->expressions.size(), 2u);
  EXPECT_EQ(ToReferenceDisplay(r->expressions[0]), "( define-constant k " + std::string(kAddress) + ".other )");
  EXPECT_EQ(ToReferenceDisplay(r->expressions[1]), "( define-read-only ( f ) ( tuple ( a k ) ) )");
  EXPECT_EQ(r->expressions[0].id, 1u);
  EXPECT_EQ(r->expressions[0].items[0].id, 2u);
  EXPECT_EQ(r->expressions[1].id, 5u);
  EXPECT_EQ(r->contract_identifier, Options().contract);
}

TEST_F(BuildAstTest, ResolvesTraitReferences) {
  util::Result<ContractAst> r =
      Build("(define-public (f (x <t>)) (ok u1)) (use-trait t .lib.tr) (impl-trait .lib.tr2)");
  ASSERT_TRUE(r.has_value()) << r.error().message;
  ASSERT_EQ(r->referenced_traits.size(), 1u);
  EXPECT_EQ(r->referenced_traits.at("t").origin, ReferencedTrait::Origin::kImported);
  ASSERT_EQ(r->implemented_traits.size(), 1u);
  EXPECT_EQ(r->implemented_traits.begin()->name, "tr2");
  // The use-trait comes first now; the function's `<t>` carries the trait it names.
  ASSERT_EQ(r->expressions.size(), 3u);
  const SymbolicExpression& reference = r->expressions[1].items[1].items[1].items[1];
  ASSERT_EQ(reference.kind, SymbolicExpression::Kind::kTraitReference);
  ASSERT_TRUE(reference.field.has_value());
  EXPECT_EQ(reference.field->name, "tr");
  EXPECT_EQ(reference.field->contract.name, "lib");
}

TEST_F(BuildAstTest, RefusesUnknownTraitReferencesAnywhere) {
  ParseError e;
  util::Result<ContractAst> r = Build("(define-trait trait-1 ((get-1 (uint) (response uint uint))))\n(list <zz>)", &e);
  EXPECT_EQ(ErrorOf(r).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(r).message, "TraitReferenceUnknown(\"zz\") at 2:7: use of undeclared trait <zz>");
  EXPECT_EQ(e.kind, ParseErrorKind::kTraitReferenceUnknown);
}

TEST_F(BuildAstTest, RefusesCyclesBeforeTraitErrors) {
  ParseError e;
  util::Result<ContractAst> r = Build("(define-private (f (x <nope>)) (f x))", &e);
  EXPECT_EQ(e.kind, ParseErrorKind::kCircularReference);
  EXPECT_EQ(ErrorOf(r).message, "CircularReference([\"f\"]): detected interdependent functions (f)");
  // test_cycle_in_traits_1_contract.
  EXPECT_EQ(ErrorOf(Build("(define-trait trait-1 ((get-1 (<trait-2>) (response uint uint))))"
                          "(define-trait trait-2 ((get-2 (<trait-1>) (response uint uint))))"))
                .message.substr(0, 17),
            "CircularReference");
}

TEST_F(BuildAstTest, ParserErrorsComeFirst) {
  ParseError e;
  EXPECT_EQ(ErrorOf(Build("(define-trait t) (", &e)).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(e.kind, ParseErrorKind::kExpectedClosing);
}

TEST_F(BuildAstTest, ChargesParseAndCycleDetection) {
  const std::string source = "(define-constant a 1) (define-constant b (+ a a))";
  costs::CostTracker tracker(costs::kBlockLimitMainnet21);
  util::Result<ContractAst> r = BuildContractAst(source, Options(), &tracker, kCosts3);
  ASSERT_TRUE(r.has_value());
  util::Result<costs::ExecutionCost> expected = costs::CheckedAdd(Cost(costs::CostFunction::kAstParse, source.size()),
                                                                  Cost(costs::CostFunction::kAstCycleDetection, 2));
  ASSERT_TRUE(expected.has_value());
  EXPECT_EQ(tracker.total(), *expected);
}

TEST_F(BuildAstTest, ChargesTheParseOfADeepContractBeforeRefusingIt) {
  // The reference's test_cost_tracking_deep_contracts_2_1 (ast/mod.rs): only cost_ast_parse, at the source's
  // length (500 for the lists, 571 for the tuples), is charged before the parser refuses it.
  const uint64_t too_deep = MAX_CALL_STACK_DEPTH_LEGACY + AST_CALL_STACK_DEPTH_BUFFER + 2;
  std::string lists, tuples;
  for (uint64_t i = 0; i < too_deep; ++i) lists += "(list ";
  lists += "u1 ";
  for (uint64_t i = 0; i < too_deep; ++i) lists += ")";
  for (uint64_t i = 0; i < too_deep; ++i) tuples += "{ a : ";
  tuples += "u1 ";
  for (uint64_t i = 0; i < too_deep; ++i) tuples += "} ";
  ASSERT_EQ(lists.size(), 500u);
  ASSERT_EQ(tuples.size(), 571u);

  for (const std::string& source : {lists, tuples}) {
    costs::CostTracker tracker(costs::kBlockLimitMainnet21);
    ParseError e;
    util::Result<ContractAst> r = BuildContractAst(source, Options(), &tracker, kCosts3, &e);
    EXPECT_EQ(ErrorOf(r).code, ErrorCode::kResourceExhausted);
    // From Epoch 2.1 the parser itself stops both at the bracket that is too deep.
    EXPECT_EQ(e.kind, ParseErrorKind::kExpressionStackDepthTooDeep);
    EXPECT_EQ(tracker.total(), Cost(costs::CostFunction::kAstParse, source.size()));
  }
}

TEST_F(BuildAstTest, StopsWhenTheParseChargeIsOverTheLimit) {
  costs::CostTracker tracker(costs::ExecutionCost{.runtime = 1});
  ParseError e;
  e.kind = ParseErrorKind::kNameTooLong;
  EXPECT_EQ(ErrorOf(BuildContractAst("(+ 1 2)", Options(), &tracker, kCosts3, &e)).code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(e.kind, ParseErrorKind::kNameTooLong);  // no pass ran
}

TEST_F(BuildAstTest, RefusesANonContractIdentifier) {
  ParseOptions options = Options();
  options.contract.name = "not a name";
  EXPECT_EQ(ErrorOf(BuildContractAst("1", options, nullptr, kCosts3)).code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace stacks::clarity::ast
