// Parser v1 (Epochs 2.0 and 2.05): the reference's own v1 tests (clarity/src/vm/ast/parser/v1.rs and the v1 cases of
// clarity/src/vm/ast/mod.rs and the type checker's tests), its quirks, and bad input of every kind.
#include "clarity/ast/parser_v1.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clarity/ast/build_ast.h"
#include "clarity/ast/printer.h"
#include "clarity/types/value_text.h"
#include "codec/stacks_address.h"
#include "test_util.h"

namespace stacks::clarity::ast {
namespace {

using stacks::testing::ErrorOf;
using util::ErrorCode;

constexpr std::string_view kAddress = "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM";

std::string Repeat(std::string_view s, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

std::string SpanText(const Span& s) {
  return std::to_string(s.start_line) + ":" + std::to_string(s.start_column) + "-" + std::to_string(s.end_line) + ":" +
         std::to_string(s.end_column);
}

// A pre-expression with every span: `x@1:1-1:1`, `(@1:3-6:11 a@.. b@..)`, `{@.. k@.. v@..}`.
std::string WithSpans(const PreSymbolicExpression& e) {
  using Kind = PreSymbolicExpression::Kind;
  if (e.kind == Kind::kList || e.kind == Kind::kTuple) {
    std::string out = (e.kind == Kind::kList ? "(@" : "{@") + SpanText(e.span);
    for (const PreSymbolicExpression& item : e.items) out += " " + WithSpans(item);
    return out + (e.kind == Kind::kList ? ")" : "}");
  }
  return ToSource(e) + "@" + SpanText(e.span);
}

class ParserV1Test : public ::testing::Test {
 protected:
  static ParseOptions V1(AstRules rules = AstRules::kPrecheckSize) {
    ParseOptions options;
    options.parser = ParserVersion::kV1;
    options.ast_rules = rules;
    util::Result<codec::StacksAddress> issuer = codec::StacksAddress::Parse(kAddress);
    EXPECT_TRUE(issuer.has_value());
    options.contract = ContractIdentifier{*issuer, "me"};
    return options;
  }
  // The pre-expressions as source, one per line, or the error's kind.
  static std::string Show(std::string_view source, const ParseOptions& options = V1()) {
    ParseError e;
    util::Result<std::vector<PreSymbolicExpression>> r = ParsePreExpressions(source, options, &e);
    if (!r) {
      EXPECT_EQ(r.error().code, ParseErrorCode(e.kind)) << source;
      EXPECT_EQ(r.error().message, e.ToString()) << source;
      return "<" + std::string(ParseErrorKindName(e.kind)) + ">";
    }
    std::string out = ToSource(*r);
    if (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
  }
  static std::string Spans(std::string_view source) {
    util::Result<std::vector<PreSymbolicExpression>> r = ParsePreExpressions(source, V1());
    if (!r) return r.error().message;
    std::string out;
    for (const PreSymbolicExpression& e : *r) out += (out.empty() ? "" : " ") + WithSpans(e);
    return out;
  }
  static ParseError ErrorOf(std::string_view source, const ParseOptions& options = V1()) {
    ParseError e;
    EXPECT_FALSE(ParsePreExpressions(source, options, &e).has_value()) << source;
    return e;
  }
  static std::string Message(std::string_view source) { return ErrorOf(source).ToString(); }
  static Value ValueOf(std::string_view source) {
    util::Result<std::vector<PreSymbolicExpression>> r = ParsePreExpressions(source, V1());
    EXPECT_TRUE(r.has_value()) << source << ": " << (r ? "" : r.error().message);
    if (!r || r->size() != 1 || !(*r)[0].value) return Value::Int(-999);
    return *(*r)[0].value;
  }
};

// v1.rs test_parse_let_expression: structure and every span, comments dropped.
TEST_F(ParserV1Test, ReferenceLetExpressionWithSpans) {
  const std::string input =
      "z (let ((x 1) (y 2))\n"
      "    (+ x ;; \"comments section?\"\n"
      "        ;; this is also a comment!\n"
      "        (let ((x 3)) ;; more commentary\n"
      "        (+ x y))\n"
      "        x)) x y\n"
      "        ;; this is 'quoted comment!";
  EXPECT_EQ(Spans(input),
            "z@1:1-1:1 (@1:3-6:11 let@1:4-1:6 (@1:8-1:20 (@1:9-1:13 x@1:10-1:10 1@1:12-1:12) "
            "(@1:15-1:19 y@1:16-1:16 2@1:18-1:18)) (@2:5-6:10 +@2:6-2:6 x@2:8-2:8 (@4:9-5:16 let@4:10-4:12 "
            "(@4:14-4:20 (@4:15-4:19 x@4:16-4:16 3@4:18-4:18)) (@5:9-5:15 +@5:10-5:10 x@5:12-5:12 y@5:14-5:14)) "
            "x@6:9-6:9)) x@6:13-6:13 y@6:15-6:15");
  EXPECT_EQ(Spans("        -1234\n        (- 12 34)"),
            "-1234@1:9-1:13 (@2:9-2:17 -@2:10-2:10 12@2:12-2:13 34@2:15-2:16)");
}

// v1.rs test_parse_tuple_literal, contract principals, generics, field identifiers.
TEST_F(ParserV1Test, ReferenceLiterals) {
  EXPECT_EQ(Spans("{id: 1337 }"), "{@1:1-1:11 id@1:2-1:3 1337@1:6-1:9}");
  const std::string p = "'SZ2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKQ9H6DPR";
  EXPECT_EQ(Show(p + ".contract-a"), p + ".contract-a");
  EXPECT_EQ(Show(p + ".a"), p + ".a");
  EXPECT_EQ(Show("<a>"), "<a>");
  util::Result<std::vector<PreSymbolicExpression>> field = ParsePreExpressions(p + ".my-contract.my-trait", V1());
  ASSERT_TRUE(field.has_value());
  ASSERT_EQ((*field)[0].kind, PreSymbolicExpression::Kind::kFieldIdentifier);
  EXPECT_EQ((*field)[0].field->ToString(), p.substr(1) + ".my-contract.my-trait");
  util::Result<std::vector<PreSymbolicExpression>> sugared = ParsePreExpressions(".my-contract.my-trait", V1());
  ASSERT_TRUE(sugared.has_value());
  ASSERT_EQ((*sugared)[0].kind, PreSymbolicExpression::Kind::kSugaredFieldIdentifier);
  EXPECT_EQ((*sugared)[0].name, "my-contract");
  EXPECT_EQ((*sugared)[0].trait_name, "my-trait");
}

// v1.rs test_parse_failures, every case.
TEST_F(ParserV1Test, ReferenceFailures) {
  EXPECT_EQ(Show("(let ((023ab13 1)))"), "<SeparatorExpected>");
  EXPECT_EQ(Show("(let ((x 1) (y 2))))"), "<ClosingParenthesisUnexpected>");
  EXPECT_EQ(Show("(let ((x 1) (y 2))"), "<ClosingParenthesisExpected>");
  EXPECT_EQ(Show("(let ((x 1) (y#not 2)) x)"), "<FailedParsingRemainder>");
  EXPECT_EQ(Show("(let ((x\xF0\x9F\x8E\xB6 1)) (eq x\xF0\x9F\x8E\xB6 1))"), "<FailedParsingRemainder>");
  EXPECT_EQ(Show("(let ((ab.de 1)))"), "<SeparatorExpected>");
  EXPECT_EQ(Show("{id 1337)"), "<ClosingTupleLiteralExpected>");
  EXPECT_EQ(Show("(13 37}"), "<ClosingParenthesisExpected>");
  EXPECT_EQ(Show("{id: 37}}"), "<ClosingTupleLiteralUnexpected>");
  EXPECT_EQ(Show("(let ((a 1), (b 2)) b)"), "<CommaSeparatorUnexpected>");
  EXPECT_EQ(Show("{ a: b,c: 3 }"), "{a: b, c: 3}");
  EXPECT_EQ(Show("{ a:b }"), "<SeparatorExpectedAfterColon>");
  EXPECT_EQ(Show("{ a, b }"), "<TupleColonExpected>");
  EXPECT_EQ(Show("{ a: b, b: ,}"), "<TupleItemExpected>");
  EXPECT_EQ(Show("{ a: b: }"), "<TupleCommaExpected>");
  EXPECT_EQ(Show("{ a: b, : b a}"), "<TupleItemExpected>");
  EXPECT_EQ(Show("{,}"), "<TupleItemExpected>");
  EXPECT_EQ(Show("{:}"), "<TupleItemExpected>");
  EXPECT_EQ(Show("(and 'true 'false)"), "<FailedParsingRemainder>");
  EXPECT_EQ(Show("(define (foo (x y)) \n (+ 1 2 3) \r (- 1 2 3))"), "<FailedParsingRemainder>");
  EXPECT_EQ(Show("(define (foo (x y)) \n (+ 1 2 3) \n\r (- 1 2 3))"), "<FailedParsingRemainder>");
  EXPECT_EQ(Show("(define (foo (x y)) \xC2\x85 (+ 1 2 3) \xC2\x85 (- 1 2 3))"), "<FailedParsingRemainder>");
  EXPECT_EQ(Show("(define (foo (x y)) \xE2\x80\xA8 (+ 1 2 3) \xE2\x80\xA8 (- 1 2 3))"), "<FailedParsingRemainder>");
  EXPECT_EQ(Show("(define (foo (x y)) \xE2\x80\xA9 (+ 1 2 3) \xE2\x80\xA9 (- 1 2 3))"), "<FailedParsingRemainder>");
  EXPECT_EQ(Show("(define (foo (x y)) \n (+ 1 2 3) \n (- 1 2 3))"), "(define (foo (x y)) (+ 1 2 3) (- 1 2 3))");
  EXPECT_EQ(Show("\n        \"hello\\eworld\"\n        "), "<InvalidEscaping>");
  EXPECT_EQ(Show("\n        \"hello\\u{1F436}world\"\n        "), "<InvalidEscaping>");
  EXPECT_EQ(ValueOf("\n        \"hello\\nworld\"\n        ").AsAscii().size(), 11u);
  EXPECT_EQ(ValueOf("\n        \"hello\\\\eworld\"\n        ").AsAscii(), "hello\\eworld");
  EXPECT_EQ(ValueOf("\n        \"hello\\\\\\\"world\"\n        ").AsAscii(), "hello\\\"world");
  // 71 nested lists or tuples: the lexer's limit.
  EXPECT_EQ(Show(Repeat("{ a : ", 71) + "u1 " + Repeat("} ", 71)), "<VaryExpressionStackDepthTooDeep>");
  EXPECT_EQ(Show(Repeat("(list ", 71) + "u1 " + Repeat(")", 71)), "<VaryExpressionStackDepthTooDeep>");
  // test_long_contract_name: a contract name runs out at 40 characters, and the rest is glued to it.
  EXPECT_EQ(Show("(define-private (transfer (id uint) (receiver principal)) (contract-call? "
                 "'SP3D6PV2ACBPEKYJTCMH7HEN02KP87QSP8KTEH335.megapont-robot-expansion-nftSPNWZ5V2TPWGQGVDR6T7B6RQ4XMG"
                 "Z4PXTEE0VQ0S.guests-hosted-stacks-parrots transfer id tx-sender receiver))"),
            "<SeparatorExpected>");
}

// mod.rs test_cost_tracking_deep_contracts_2_05, and the older reference's ASTRules::Typical cases.
TEST_F(ParserV1Test, ReferenceDeepContracts) {
  const std::string list = Repeat("(list ", 71) + "u1 " + Repeat(")", 71);
  const std::string tuple = Repeat("{ a : ", 71) + "u1 " + Repeat("} ", 71);
  ASSERT_EQ(list.size(), 500u);
  ASSERT_EQ(tuple.size(), 571u);
  for (const std::string& source : {list, tuple}) {
    costs::CostTracker tracker(costs::ExecutionCost{~0ull, ~0ull, ~0ull, ~0ull, ~0ull});
    ParseError e;
    EXPECT_FALSE(BuildContractAst(source, V1(), &tracker, costs::CostVersion::kCosts2, &e).has_value());
    EXPECT_EQ(e.kind, ParseErrorKind::kVaryExpressionStackDepthTooDeep);
    EXPECT_EQ(e.message, "AST has too deep of an expression nesting. The maximum stack depth is 64");
    util::Result<costs::ExecutionCost> parse =
        costs::Evaluate(costs::CostVersion::kCosts2, costs::CostFunction::kAstParse, source.size());
    ASSERT_TRUE(parse.has_value());
    EXPECT_EQ(tracker.total(), *parse);  // cost_ast_parse at the source length, nothing else
  }
  // Typical rules: no limit while lexing, no VaryStackDepthChecker.
  ParseError e;
  EXPECT_FALSE(ParseContract(list, V1(AstRules::kTypical), &e).has_value());
  EXPECT_EQ(e.kind, ParseErrorKind::kExpressionStackDepthTooDeep);
  EXPECT_TRUE(ParseContract(tuple, V1(AstRules::kTypical)).has_value());
  EXPECT_TRUE(BuildContractAst(tuple, V1(AstRules::kTypical), nullptr, costs::CostVersion::kCosts2).has_value());
}

// The type checker's tests: what fails before type checking in Epochs 2.0 and 2.05.
TEST_F(ParserV1Test, ReferenceTraitDefinitionsBeforeTypeChecking) {
  ParseError e;
  for (std::string_view bad : {"(define-trait trait-1)", "(define-trait)"}) {
    EXPECT_FALSE(BuildContractAst(bad, V1(), nullptr, costs::CostVersion::kCosts2, &e).has_value());
    EXPECT_EQ(e.kind, ParseErrorKind::kDefineTraitBadSignature) << bad;
  }
  EXPECT_FALSE(BuildContractAst("(define-trait trait-1 ((get-1 (uint) (response uint uint)))) u1)", V1(), nullptr,
                                costs::CostVersion::kCosts2, &e)
                   .has_value());
  EXPECT_EQ(e.kind, ParseErrorKind::kClosingParenthesisUnexpected);
}

TEST_F(ParserV1Test, ParsesEveryLiteral) {
  EXPECT_EQ(ValueOf("170141183460469231731687303715884105727"), Value::Int(~(Int128{1} << 127)));
  EXPECT_EQ(ValueOf("-170141183460469231731687303715884105728"), Value::Int(Int128{1} << 127));
  EXPECT_EQ(ValueOf("u340282366920938463463374607431768211455"), Value::UInt(~Uint128{0}));
  EXPECT_EQ(ValueOf("-0"), Value::Int(0));
  EXPECT_EQ(ValueOf("u007"), Value::UInt(7));
  EXPECT_EQ(Show("0x 0x00ff 0xABcd"), "0x\n0x00ff\n0xabcd");
  EXPECT_EQ(ValueOf("\"\"").AsAscii(), "");
  EXPECT_EQ(ValueOf("\"a\\tb\\rc\\\"\"").AsAscii(), "a\tb\rc\"");
  EXPECT_EQ(ValueOf("u\"caf\\u{e9}\"").Utf8Bytes(), "caf\xC3\xA9");
  EXPECT_EQ(ValueOf("u\"\\u{1F436}\"").Utf8Bytes(), "\xF0\x9F\x90\xB6");
  EXPECT_EQ(ValueOf("u\"\\u{000000041}\"").Utf8Bytes(), "A");  // leading zeros beyond 8 digits
  EXPECT_EQ(ValueOf("u\"\\u{0}\"").AsUtf8(), std::u32string(1, U'\0'));
  EXPECT_EQ(Show("'" + std::string(kAddress) + " .c .c.t"), "'" + std::string(kAddress) + "\n.c\n.c.t");
  EXPECT_EQ(Show("<a_b-1> a-b? x! <= * -"), "<a_b-1>\na-b?\nx!\n<=\n*\n-");
  EXPECT_EQ(Show(".c.-"), ".c.-");  // a field may be any Clarity name of [A-Za-z0-9-]
  EXPECT_EQ(Show("(a\t(b)\n)"), "(a (b))");
}

// What v1 accepts and v2 refuses, and the other way round.
TEST_F(ParserV1Test, DiffersFromV2) {
  ParseOptions v2;
  auto v2_accepts = [&](std::string_view s) { return ParsePreExpressions(s, v2).has_value(); };
  // Tuples may stop anywhere; sugar expansion pairs what is there.
  EXPECT_EQ(Show("{a}"), "{a}");
  EXPECT_EQ(Show("{a:}"), "{a}");
  EXPECT_EQ(Show("{a: 1, b}"), "{a: 1, b}");
  EXPECT_FALSE(v2_accepts("{a}"));
  util::Result<ContractAst> odd = ParseContract("{a: 1, b}", V1());
  ASSERT_TRUE(odd.has_value());
  EXPECT_EQ(ToReferenceDisplay(odd->expressions[0]), "( tuple ( a 1 ) ( b ) )");
  // Names glued to brackets, and `{a:1}`.
  EXPECT_TRUE(v2_accepts("{a:1}"));
  EXPECT_EQ(Show("{a:1}"), "<SeparatorExpectedAfterColon>");
  EXPECT_EQ(Show("(a)(b)"), "<SeparatorExpected>");
  EXPECT_EQ(Show("(a (b)c)"), "<SeparatorExpected>");
  EXPECT_EQ(Show("(a)b"), "<SeparatorExpected>");
  EXPECT_EQ(Show("(a);;c"), "(a)");
  EXPECT_EQ(Show("{a: 1}{b: 2}"), "<SeparatorExpected>");
  // Odd-length hex, \u in ascii strings, the double reading of u"..." escapes.
  EXPECT_EQ(Show("0x1"), "<FailedParsingHexValue>");
  EXPECT_EQ(ValueOf("u\"\\\\u{41}\"").Utf8Bytes(), "A");
  EXPECT_EQ(ValueOf("u\"\\u\"").Utf8Bytes(), "\\u");
  EXPECT_FALSE(v2_accepts("u\"\\u\""));
  // Comments end at a tab or non-printable character; v2 reads tabs in comments.
  EXPECT_EQ(Show("1 ;; a\tb"), "1\nb");
  EXPECT_EQ(ParsePreExpressions("1 ;; a\tb", v2)->size(), 2u);  // 1 and the comment
  // A name runs to 128 characters and the rest is glued; v2 calls it NameTooLong.
  EXPECT_EQ(Show(std::string(128, 'n')), std::string(128, 'n'));
  EXPECT_EQ(Show(std::string(129, 'n')), "<SeparatorExpected>");
  // Names v2 lexes differently.
  EXPECT_EQ(Show("a.b"), "<SeparatorExpected>");
  EXPECT_EQ(Show("_a"), "<IllegalVariableName>");
  EXPECT_EQ(Show("(+1)"), "<IllegalVariableName>");
}

// The regex's backtracking: where no '"' ends the line, the last `\"` closes the string.
TEST_F(ParserV1Test, StringsBacktrackToTheLastEscapedQuote) {
  EXPECT_EQ(ValueOf("\"x\\\\\"").AsAscii(), "x\\");            // "x\\" ends the source
  EXPECT_EQ(ValueOf("\"a\\\\\" b \"").AsAscii(), "a\\\" b ");  // the next '"' on the line wins
  EXPECT_EQ(Show("(list \"a\\\\\" \"b\")"), "<SeparatorExpected>");
  EXPECT_EQ(Show("\"a\\\")"), "<InvalidEscaping>");  // body `a\"` backtracks to `a\`
  EXPECT_EQ(Show("\"abc"), "<FailedParsingRemainder>");
  EXPECT_EQ(Show("\"ab\ncd\""), "<FailedParsingRemainder>");
}

// Positions as the reference reports them.
TEST_F(ParserV1Test, SpansAreTheReferences) {
  // A literal's span is its captured value's length: no quotes, no `u`, no `0x`, no brackets; `.c` keeps its dot.
  EXPECT_EQ(Spans("\"ab\" u12 0x0102 <abc> .c u\"x\" \"\" 0x"),
            "\"ab\"@1:1-1:2 u12@1:6-1:7 0x0102@1:10-1:13 <abc>@1:17-1:19 .c@1:23-1:24 u\"x\"@1:26-1:26 "
            "\"\"@1:31-1:31 0x@1:34-1:34");
  EXPECT_EQ(Spans("'" + std::string(kAddress) + ".c"), "'" + std::string(kAddress) + ".c@1:1-1:43");
  // One line per token: after blank lines the lexer lags behind.
  EXPECT_EQ(Spans("a\n\n\nb c\nd"), "a@1:1-1:1 b@2:1-2:1 c@4:1-4:1 d@5:1-5:1");
  EXPECT_EQ(Spans("(f)\n\n\n\n(g\n\n\n  2)"), "(@1:1-1:3 f@1:2-1:2) (@2:1-7:1 g@3:1-3:1 2@6:1-6:1)");
  // Closing errors name the opening bracket (and the wrong closing one).
  ParseError e = ErrorOf("(a\n {b: 1)");
  EXPECT_EQ(e.kind, ParseErrorKind::kClosingTupleLiteralExpected);
  EXPECT_EQ(SpanText(e.span), "2:2-2:7");
  EXPECT_EQ(e.ToString(), "ClosingTupleLiteralExpected at 2:2: Tuple literal {{..}} left opened.");
  e = ErrorOf("(a (b}");
  EXPECT_EQ(SpanText(e.span), "1:4-1:6");
  e = ErrorOf("(a (b c)");
  EXPECT_EQ(e.kind, ParseErrorKind::kClosingParenthesisExpected);
  EXPECT_EQ(SpanText(e.span), "1:1-0:0");
  // The others carry none.
  EXPECT_EQ(Message("\n\n  (a b))"), "ClosingParenthesisUnexpected: Tried to close list which isn't open.");
}

// Every error kind with the reference's message.
TEST_F(ParserV1Test, ErrorMessages) {
  EXPECT_EQ(Message("1a"), "SeparatorExpected: Expected whitespace or a close parens. Found: 'a'");
  EXPECT_EQ(Message("(x \"s\"u1)"), "SeparatorExpected: Expected whitespace or a close parens. Found: 'u1'");
  EXPECT_EQ(Message("{a:\"x\"}"), "SeparatorExpectedAfterColon: Whitespace expected after colon (:), Found: '\"x\"'");
  EXPECT_EQ(Message("(a #b)"), "FailedParsingRemainder: Failed to lex input remainder: '#b)'");
  EXPECT_EQ(Message("(a -b)"), "IllegalVariableName: Illegal variable name: '-b'");
  EXPECT_EQ(Message("<1a>"), "IllegalVariableName: Illegal variable name: '1a'");
  EXPECT_EQ(Message("170141183460469231731687303715884105728"),
            "FailedParsingIntValue: Failed to parse int literal '170141183460469231731687303715884105728'");
  EXPECT_EQ(Message("u340282366920938463463374607431768211456"),
            "FailedParsingIntValue: Failed to parse int literal '340282366920938463463374607431768211456'");
  EXPECT_EQ(Message("0xabc"), "FailedParsingHexValue: Invalid hex-string literal abc: bad length 3 for hex string");
  EXPECT_EQ(Message("'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGN"),
            "FailedParsingPrincipal: Invalid principal literal: ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGN");
  EXPECT_EQ(Message("'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGN.c"),
            "FailedParsingPrincipal: Invalid principal literal: ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGN.c");
  EXPECT_EQ(Message(".c.1t"), "FailedParsingField: Invalid field literal: .c.1t");
  EXPECT_EQ(Message("'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGN.c.t"),
            "FailedParsingField: Invalid field literal: ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGN.c.t");
  EXPECT_EQ(Message("}"), "ClosingTupleLiteralUnexpected: Tried to close tuple literal which isn't open.");
  EXPECT_EQ(Message("(a : b)"), "ColonSeparatorUnexpected: Misplaced colon.");
  EXPECT_EQ(Message(":"), "ColonSeparatorUnexpected: Misplaced colon.");
  EXPECT_EQ(Message(", a"), "CommaSeparatorUnexpected: Misplaced comma.");
  EXPECT_EQ(Message("{a b}"), "TupleColonExpected: Tuple literal construction expects a colon at index 1");
  EXPECT_EQ(Message("{a: 1 b: 2}"), "TupleCommaExpected: Tuple literal construction expects a comma at index 3");
  EXPECT_EQ(Message("{a: 1, :}"), "TupleItemExpected: Tuple literal construction expects a key or value at index 4");
  EXPECT_EQ(Message("\"\\0\""), "InvalidCharactersDetected: invalid characters detected");
  EXPECT_EQ(Message("u\"\\u{D800}\""), "InvalidCharactersDetected: invalid characters detected");
  EXPECT_EQ(Message("u\"\\u{110000}\""), "InvalidCharactersDetected: invalid characters detected");
  EXPECT_EQ(Message("u\"\\u{100000000}\""), "InvalidCharactersDetected: invalid characters detected");
  EXPECT_EQ(Message("\"\\q\""), "InvalidEscaping: invalid escaping detected in string");
  EXPECT_EQ(
      Message(std::string(71, '(')),
      "VaryExpressionStackDepthTooDeep: AST has too deep of an expression nesting. The maximum stack depth is 64");
  EXPECT_EQ(ErrorOf(std::string(71, '(')).ToError().code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(ErrorOf("1a").ToError().code, ErrorCode::kInvalidArgument);
}

// The whole source is lexed first: a lexer error anywhere wins over a parse error before it.
TEST_F(ParserV1Test, LexerErrorsComeFirst) {
  EXPECT_EQ(Show(") 1a"), "<SeparatorExpected>");
  EXPECT_EQ(Show("(_x) #"), "<FailedParsingRemainder>");
  EXPECT_EQ(Show("(_x) )"), "<IllegalVariableName>");
  EXPECT_EQ(Show("(a , b) )"), "<CommaSeparatorUnexpected>");  // the list closes first
  EXPECT_EQ(Show("(a , b"), "<ClosingParenthesisExpected>");   // never closed: its comma is never looked at
}

TEST_F(ParserV1Test, PrincipalsAndNames) {
  const std::string a(kAddress);
  // The character after the quote is never read (the reference's c32_address_decode).
  EXPECT_EQ(Show("'AT1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM"), "'" + a);
  // 28 to 41 c32 characters; a longer run stops at 41 and the rest is glued.
  EXPECT_EQ(Show("'SSSSSSSSSSSSSSSSSSSSSSSSSSSS"), "<FailedParsingPrincipal>");
  EXPECT_EQ(Show("'SSSSSSSSSSSSSSSSSSSSSSSSSSS"), "<FailedParsingRemainder>");
  EXPECT_EQ(Show("'" + a + "XY"), "<SeparatorExpected>");
  EXPECT_EQ(Show("'st1pqhqkv0rjxzfy1dgx8mnsnyve3vgzjsrtpgzgm"), "<FailedParsingRemainder>");
  // Contract names: a letter, then 0-39 of [A-Za-z0-9_-].
  EXPECT_EQ(Show("." + std::string(40, 'c')), "." + std::string(40, 'c'));
  EXPECT_EQ(Show("." + std::string(41, 'c')), "<SeparatorExpected>");
  EXPECT_EQ(Show(".c_1-d"), ".c_1-d");
  EXPECT_EQ(Show(".1c"), "<FailedParsingRemainder>");
  EXPECT_EQ(Show("'" + a + ".c."), "<FailedParsingRemainder>");
  // Fields: [A-Za-z0-9-]{1,128}, no '_'.
  EXPECT_EQ(Show(".c.t_x"), "<SeparatorExpected>");
  EXPECT_EQ(Show(".c." + std::string(128, 't')), ".c." + std::string(128, 't'));
  EXPECT_EQ(Show(".c." + std::string(129, 't')), "<SeparatorExpected>");
  // Trait references.
  EXPECT_EQ(Show("<_t>"), "<IllegalVariableName>");
  EXPECT_EQ(Show("<" + std::string(129, 't') + ">"), "<IllegalVariableName>");
  EXPECT_EQ(Show("<t"), "<IllegalVariableName>");  // `<t` is a name, and not a valid one
  EXPECT_EQ(Show("<= >="), "<=\n>=");              // names, not trait references
  EXPECT_EQ(Show("<a>b"), "<SeparatorExpected>");
}

TEST_F(ParserV1Test, RefusesBadInputWithoutCrashing) {
  for (std::string_view bad : {std::string_view("\r\n"), std::string_view("\f"), std::string_view("\x01"),
                               std::string_view("\0", 1), std::string_view("\x80"), std::string_view("["),
                               std::string_view("'"), std::string_view("."), std::string_view("\"")}) {
    EXPECT_EQ(Show(bad), "<FailedParsingRemainder>") << ::testing::PrintToString(bad);
  }
  EXPECT_EQ(Show(""), "");
  EXPECT_EQ(Show(" \n\t;; only a comment"), "");
  // A long remainder is quoted cut at 128 characters.
  const std::string message = Message("#" + std::string(10000, 'a'));
  EXPECT_LT(message.size(), 250u);
  EXPECT_NE(message.find("...[10001]"), std::string::npos);
  // Under Typical rules, nesting is bounded all the same (ours).
  const std::string deep = std::string(MAX_V1_TYPICAL_NESTING + 1, '{');
  EXPECT_EQ(Show(deep, V1(AstRules::kTypical)), "<VaryExpressionStackDepthTooDeep>");
  EXPECT_EQ(Show(std::string(100000, '(') + std::string(100000, ')'), V1(AstRules::kTypical)),
            "<VaryExpressionStackDepthTooDeep>");
  const std::string tuples = Repeat("{a: ", 4000) + "1" + Repeat("}", 4000);
  EXPECT_TRUE(ParseContract(tuples, V1(AstRules::kTypical)).has_value());
  EXPECT_EQ(ErrorOf(tuples).kind, ParseErrorKind::kVaryExpressionStackDepthTooDeep);
}

TEST_F(ParserV1Test, BuildsContractsLikeV2) {
  const std::string source =
      "(define-constant k {a: .other, b: 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.c})\n"
      "(impl-trait .lib.tr)\n(use-trait t .lib.tr)\n(define-public (f (x <t>)) (ok k))";
  util::Result<ContractAst> v1 = BuildContractAst(source, V1(), nullptr, costs::CostVersion::kCosts2);
  ParseOptions v2_options = V1();
  v2_options.parser = ParserVersion::kV2;
  util::Result<ContractAst> v2 = BuildContractAst(source, v2_options, nullptr, costs::CostVersion::kCosts2);
  ASSERT_TRUE(v1.has_value()) << v1.error().message;
  ASSERT_TRUE(v2.has_value()) << v2.error().message;
  ASSERT_EQ(v1->expressions.size(), v2->expressions.size());
  for (size_t i = 0; i < v1->expressions.size(); ++i) {
    EXPECT_EQ(ToReferenceDisplay(v1->expressions[i]), ToReferenceDisplay(v2->expressions[i]));
    EXPECT_EQ(v1->expressions[i].id, v2->expressions[i].id);
  }
  EXPECT_EQ(ToReferenceDisplay(v1->expressions[0]), "( define-constant k ( tuple ( a " + std::string(kAddress) +
                                                        ".other ) ( b " + std::string(kAddress) + ".c ) ) )");
  EXPECT_EQ(v1->referenced_traits, v2->referenced_traits);
  EXPECT_EQ(v1->implemented_traits, v2->implemented_traits);
}

}  // namespace
}  // namespace stacks::clarity::ast
