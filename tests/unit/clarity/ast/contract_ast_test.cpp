// ParseContract: depth checkers, sugar expansion, expression ids, and the printers.
#include <gtest/gtest.h>

#include <string>

#include "clarity/ast/parser.h"
#include "clarity/ast/printer.h"
#include "test_util.h"

namespace stacks::clarity::ast {
namespace {

using util::ErrorCode;

constexpr std::string_view kAddress = "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM";

class ContractAstTest : public ::testing::Test {
 protected:
  static ParseOptions WithIssuer() {
    ParseOptions options;
    util::Result<codec::StacksAddress> issuer = codec::StacksAddress::Parse(kAddress);
    EXPECT_TRUE(issuer.has_value());
    options.contract = ContractIdentifier{*issuer, "my-contract"};
    return options;
  }
  // The reference's Display of each top-level expression, one a line, or "<Kind L:C-L:C>".
  static std::string Display(std::string_view source, const ParseOptions& options = WithIssuer()) {
    ParseError e;
    util::Result<ContractAst> r = ParseContract(source, options, &e);
    if (!r) {
      return "<" + std::string(ParseErrorKindName(e.kind)) + " " + std::to_string(e.span.start_line) + ":" +
             std::to_string(e.span.start_column) + "-" + std::to_string(e.span.end_line) + ":" +
             std::to_string(e.span.end_column) + ">";
    }
    std::string out;
    for (const SymbolicExpression& x : r->expressions) {
      if (!out.empty()) out += '\n';
      out += ToReferenceDisplay(x);
    }
    return out;
  }
  static std::string Nested(int lists, std::string_view inner = "x") {
    return std::string(lists, '(') + std::string(inner) + std::string(lists, ')');
  }
};

TEST_F(ContractAstTest, ExpandsSugar) {
  EXPECT_EQ(Display("{a: 1, b: u2}"), "( tuple ( a 1 ) ( b u2 ) )");
  EXPECT_EQ(Display("{}"), "( tuple )");
  EXPECT_EQ(Display(".other"), std::string(kAddress) + ".other");
  EXPECT_EQ(Display(".other.tr"), "<" + std::string(kAddress) + ".other.tr>");
  EXPECT_EQ(Display("(f <t> 'SP000000000000000000002Q6VF78.pox-4.tr)"),
            "( f <t> <SP000000000000000000002Q6VF78.pox-4.tr> )");
  EXPECT_EQ(Display(";; only a comment\n(a ;; x\n b)"), "( a b )");
  EXPECT_EQ(Display("\"a\\tb\" u\"\\u{e9}\" 0x0a -5"), "\"a\\tb\"\nu\"\\u{c3a9}\"\n0x0a\n-5");
}

TEST_F(ContractAstTest, ResolvesSugarAgainstTheTransientContractByDefault) {
  util::Result<ContractAst> r = ParseContract(".c");
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->contract_identifier, TransientContract());
  const SymbolicExpression& e = r->expressions.at(0);
  ASSERT_EQ(e.kind, SymbolicExpression::Kind::kLiteralValue);
  EXPECT_EQ(e.value->AsContract().issuer, TransientContract().issuer);
  EXPECT_EQ(e.value->AsContract().name, "c");
}

TEST_F(ContractAstTest, NumbersExpressionsAsTheReference) {
  util::Result<ContractAst> r = ParseContract("(a (b) c) () d {k: 1}");
  ASSERT_TRUE(r.has_value());
  const auto& x = r->expressions;
  ASSERT_EQ(x.size(), 4u);
  EXPECT_EQ(x[0].id, 1u);           // (a (b) c)
  EXPECT_EQ(x[0].items[0].id, 2u);  // a
  EXPECT_EQ(x[0].items[1].id, 3u);  // (b)
  EXPECT_EQ(x[0].items[1].items[0].id, 4u);
  EXPECT_EQ(x[0].items[2].id, 5u);  // c
  EXPECT_EQ(x[1].id, 6u);           // ()
  EXPECT_EQ(x[2].id, 7u);           // d
  EXPECT_EQ(x[3].id, 8u);           // (tuple (k 1))
  EXPECT_EQ(x[3].items[0].id, 9u);
  EXPECT_EQ(x[3].items[1].id, 10u);
  EXPECT_EQ(x[3].items[1].items[1].id, 12u);
}

TEST_F(ContractAstTest, KeepsSpansThroughExpansion) {
  util::Result<ContractAst> r = ParseContract("\n  {a: 1}");
  ASSERT_TRUE(r.has_value());
  const SymbolicExpression& t = r->expressions.at(0);
  EXPECT_EQ(t.span, (Span{2, 3, 2, 8}));
  EXPECT_EQ(t.items[0].span, Span{});  // the `tuple` atom is the parser's
  EXPECT_EQ(t.items[1].items[0].span, (Span{2, 4, 2, 4}));
  EXPECT_EQ(t.items[1].items[1].span, (Span{2, 7, 2, 7}));
}

TEST_F(ContractAstTest, ChecksListDepthAfterParsing) {
  // Lists nested 64 + 5 deep fail in the depth checker, although the parser allows 70.
  ParseError e;
  EXPECT_TRUE(ParseContract(Nested(68)).has_value());
  ASSERT_FALSE(ParseContract(Nested(69), {}, &e).has_value());
  EXPECT_EQ(e.kind, ParseErrorKind::kExpressionStackDepthTooDeep);
  EXPECT_EQ(e.span, (Span{1, 69, 1, 71}));  // the innermost list, whose members are too deep
  EXPECT_EQ(e.message, "AST has too deep of an expression nesting. The maximum stack depth is 64");
  EXPECT_EQ(testing::ErrorOf(ParseContract(Nested(69))).code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(Display(Nested(70)), "<ExpressionStackDepthTooDeep 1:69-1:73>");  // the 69th list
  EXPECT_EQ(Display(Nested(71)), "<ExpressionStackDepthTooDeep 1:71-1:71>");  // the parser's own check
  // An empty innermost list counts too.
  EXPECT_EQ(Display(std::string(69, '(') + std::string(69, ')')), "<ExpressionStackDepthTooDeep 1:69-1:70>");
}

TEST_F(ContractAstTest, ChecksTuplesInTheVaryingDepth) {
  // One tuple around 68 lists: the list checker does not look inside tuples; the varying one counts 69.
  const std::string source = "{a: " + Nested(68) + "}";
  ParseError e;
  ASSERT_FALSE(ParseContract(source, {}, &e).has_value());
  EXPECT_EQ(e.kind, ParseErrorKind::kVaryExpressionStackDepthTooDeep);
  EXPECT_EQ(testing::ErrorOf(ParseContract(source)).code, ErrorCode::kResourceExhausted);
  EXPECT_TRUE(ParseContract("{a: " + Nested(67) + "}").has_value());
  // 35 nested tuples are 70 for the parser and 35 for the checker.
  std::string tuples;
  for (int i = 0; i < 35; ++i) tuples += "{a: ";
  tuples += "1";
  for (int i = 0; i < 35; ++i) tuples += "}";
  EXPECT_TRUE(ParseContract(tuples).has_value());
  EXPECT_EQ(Display("{a: " + tuples + "}"), "<ExpressionStackDepthTooDeep 1:141-1:141>");
}

TEST_F(ContractAstTest, RoundTripsThroughSource) {
  const std::string sources[] = {
      "(define-public (transfer (amount uint) (to principal))\n"
      "  (begin (asserts! (> amount u0) (err u1)) (stx-transfer? amount tx-sender to)))",
      "(define-constant owner 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.c.tr) (f .c .c.t <t> {a: 1, b: {c: 0x00}})",
      "(list \"a\\\"b\\\\c\\n\" u\"caf\\u{e9} \\u{1F600}\" -170141183460469231731687303715884105728 "
      "u340282366920938463463374607431768211455)",
      "(+ 1 2) (- 3) (* 4 5) (/ 6 7) (< a b) (<= a b) (> a b) (>= a b)",
  };
  for (const std::string& source : sources) {
    util::Result<ContractAst> first = ParseContract(source);
    ASSERT_TRUE(first.has_value()) << source;
    const std::string printed = ToSource(*first);
    util::Result<ContractAst> second = ParseContract(printed);
    ASSERT_TRUE(second.has_value()) << printed;
    EXPECT_EQ(ToSource(*second), printed);
    ASSERT_EQ(first->expressions.size(), second->expressions.size());
    for (size_t i = 0; i < first->expressions.size(); ++i) {
      EXPECT_EQ(ToReferenceDisplay(first->expressions[i]), ToReferenceDisplay(second->expressions[i]));
    }
    // The pre-expressions keep the sugar and read back to the same expressions.
    util::Result<std::vector<PreSymbolicExpression>> pre = ParsePreExpressions(source);
    ASSERT_TRUE(pre.has_value());
    util::Result<ContractAst> third = ParseContract(ToSource(*pre));
    ASSERT_TRUE(third.has_value()) << ToSource(*pre);
    EXPECT_EQ(ToSource(*third), printed);
  }
}

TEST_F(ContractAstTest, RejectsABadContractIdentifier) {
  ParseOptions options;
  options.contract.issuer.version = 40;
  EXPECT_EQ(testing::ErrorOf(ParseContract("1", options)).code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace stacks::clarity::ast
