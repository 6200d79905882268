#include "clarity/ast/parser.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clarity/ast/printer.h"
#include "clarity/types/limits.h"
#include "test_util.h"

namespace stacks::clarity::ast {
namespace {

using util::ErrorCode;

constexpr std::string_view kAddress = "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM";

class ParserTest : public ::testing::Test {
 protected:
  // The pre-expressions as source, or "<Kind L:C-L:C>" on error.
  static std::string Show(std::string_view source, ParseOptions options = {}) {
    ParseError e;
    util::Result<std::vector<PreSymbolicExpression>> r = ParsePreExpressions(source, options, &e);
    if (!r) {
      EXPECT_EQ(r.error().code, ParseErrorCode(e.kind));
      return Describe(e);
    }
    std::string out = ToSource(*r);
    if (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
  }
  static std::string Describe(const ParseError& e) {
    return "<" + std::string(ParseErrorKindName(e.kind)) + " " + std::to_string(e.span.start_line) + ":" +
           std::to_string(e.span.start_column) + "-" + std::to_string(e.span.end_line) + ":" +
           std::to_string(e.span.end_column) + ">";
  }
  static ParseError ErrorOf(std::string_view source, ParseOptions options = {}) {
    ParseError e;
    util::Result<std::vector<PreSymbolicExpression>> r = ParsePreExpressions(source, options, &e);
    EXPECT_FALSE(r.has_value()) << source;
    return e;
  }
  static std::string Address() { return std::string(kAddress); }
};

TEST_F(ParserTest, ParsesEveryLiteralForm) {
  EXPECT_EQ(Show("1 -2 u3 0x0102 \"hi\" u\"caf\\u{e9}\""), "1\n-2\nu3\n0x0102\n\"hi\"\nu\"caf\\u{e9}\"");
  EXPECT_EQ(Show("170141183460469231731687303715884105727"), "170141183460469231731687303715884105727");
  EXPECT_EQ(Show("-170141183460469231731687303715884105728"), "-170141183460469231731687303715884105728");
  EXPECT_EQ(Show("u340282366920938463463374607431768211455"), "u340282366920938463463374607431768211455");
  EXPECT_EQ(Show("-0 0007"), "0\n7");
  EXPECT_EQ(Show("'" + Address()), "'" + Address());
  EXPECT_EQ(Show("'" + Address() + ".my-contract"), "'" + Address() + ".my-contract");
  EXPECT_EQ(Show("'" + Address() + ".c.my-trait"), "'" + Address() + ".c.my-trait");
  EXPECT_EQ(Show(".c .c.t <t>"), ".c\n.c.t\n<t>");
  EXPECT_EQ(Show("(+ 1 2) (<= a b)"), "(+ 1 2)\n(<= a b)");
  EXPECT_EQ(Show("{a: 1, b: {c: u2}}"), "{a: 1, b: {c: u2}}");
  EXPECT_EQ(Show("{a:1,b:2,}"), "{a: 1, b: 2}");
  EXPECT_EQ(Show("{}"), "{}");
  EXPECT_EQ(Show("(tuple (a 1))"), "(tuple (a 1))");
  EXPECT_EQ(Show(""), "");
}

TEST_F(ParserTest, KeepsComments) {
  EXPECT_EQ(Show(";; top\n(a ;; in\n b)"), ";; top\n(a ;; in\nb)");
  // A comment inside a tuple is kept where the parser met it (here: after the colon, printed before it).
  EXPECT_EQ(Show("{a: ;; k\n 1}"), "{a ;; k\n: 1}");
}

TEST_F(ParserTest, SpansCoverTheExpression) {
  auto r = ParsePreExpressions("(define-public (f)\n  (ok u1))");
  ASSERT_TRUE(r.has_value());
  ASSERT_EQ(r->size(), 1u);
  const PreSymbolicExpression& top = (*r)[0];
  EXPECT_EQ(top.span, (Span{1, 1, 2, 10}));
  EXPECT_EQ(top.items[1].span, (Span{1, 16, 1, 18}));
  EXPECT_EQ(top.items[2].span, (Span{2, 3, 2, 9}));
  EXPECT_EQ(top.items[2].items[1].span, (Span{2, 7, 2, 8}));

  auto p = ParsePreExpressions("'" + Address() + ".c.t .x.y");
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ((*p)[0].span, (Span{1, 1, 1, 46}));
  EXPECT_EQ((*p)[1].span, (Span{1, 48, 1, 51}));
}

TEST_F(ParserTest, RejectsUnbalancedBrackets) {
  EXPECT_EQ(Show("(a b"), "<ExpectedClosing 1:5-1:5>");
  // The line count moves on only when a character follows the newline: the end here is at 2:8.
  EXPECT_EQ(Show("(a\n (b c)\n"), "<ExpectedClosing 2:8-2:8>");
  EXPECT_EQ(Show("(a\n (b c)\n "), "<ExpectedClosing 3:2-3:2>");
  EXPECT_EQ(Show("a)"), "<UnexpectedToken 1:2-1:2>");
  EXPECT_EQ(Show("(a })"), "<UnexpectedToken 1:4-1:4>");
  EXPECT_EQ(Show("(a : b)"), "<UnexpectedToken 1:4-1:4>");
  EXPECT_EQ(Show(", a"), "<UnexpectedToken 1:1-1:1>");
  EXPECT_EQ(Show("{a: 1"), "<ExpectedClosing 1:6-1:6>");
  EXPECT_EQ(Show("{a: 1,"), "<ExpectedClosing 1:7-1:7>");
  EXPECT_EQ(Show("{"), "<ExpectedClosing 1:2-1:2>");
  EXPECT_EQ(ErrorOf("(a b").message, "expected closing ')'");
  EXPECT_EQ(ErrorOf("{a: 1").message, "expected closing '}'");
  EXPECT_EQ(ErrorOf("a)").message, "unexpected ')'");
}

TEST_F(ParserTest, RejectsBadTuples) {
  EXPECT_EQ(Show("{a 1}"), "<TupleColonExpectedv2 1:4-1:4>");
  EXPECT_EQ(Show("{a"), "<TupleColonExpectedv2 1:3-1:3>");
  EXPECT_EQ(Show("{a: 1 b: 2}"), "<TupleCommaExpectedv2 1:7-1:7>");
  EXPECT_EQ(Show("{a: }"), "<UnexpectedToken 1:5-1:5>");
  EXPECT_EQ(Show("{a:"), "<TupleValueExpected 1:3-1:3>");
  EXPECT_EQ(Show("{a: ;; c\n"), "<TupleValueExpected 1:3-1:3>");
  EXPECT_EQ(Show("{, a: 1}"), "<UnexpectedToken 1:2-1:2>");
  EXPECT_EQ(Show("{a: 1,, b: 2}"), "<UnexpectedToken 1:7-1:7>");
  EXPECT_EQ(Show("{a: 1 )"), "<TupleCommaExpectedv2 1:7-1:7>");
}

TEST_F(ParserTest, RequiresWhitespaceBetweenListMembers) {
  EXPECT_EQ(Show("(a(b))"), "<ExpectedWhitespace 1:3-1:5>");
  EXPECT_EQ(Show("(\"a\"\"b\")"), "<ExpectedWhitespace 1:5-1:7>");
  EXPECT_EQ(Show("((a)(b))"), "<ExpectedWhitespace 1:5-1:7>");
  EXPECT_EQ(Show("(a .b)"), "(a .b)");
  EXPECT_EQ(Show("(x (a).b)"), "<ExpectedWhitespace 1:7-1:8>");
  EXPECT_EQ(Show("(a;; c\n b)"), "(a ;; c\nb)");
  EXPECT_EQ(Show("(a)(b)"), "(a)\n(b)");  // not at the top level
}

TEST_F(ParserTest, RejectsBadNumbers) {
  EXPECT_EQ(Show("170141183460469231731687303715884105728"), "<FailedParsingIntValue 1:1-1:39>");
  EXPECT_EQ(Show("-170141183460469231731687303715884105729"), "<FailedParsingIntValue 1:1-1:40>");
  EXPECT_EQ(Show("u340282366920938463463374607431768211456"), "<FailedParsingUIntValue 1:1-1:40>");
  EXPECT_EQ(ErrorOf("u340282366920938463463374607431768211456").message,
            "Failed to parse uint literal 'u340282366920938463463374607431768211456'");
}

TEST_F(ParserTest, RejectsBadStringsAndBuffers) {
  EXPECT_EQ(Show("\"a\\0b\""), "<IllegalASCIIString 1:1-1:6>");
  EXPECT_EQ(Show("(f \"\x01\")"), "<IllegalASCIIString 1:4-1:6>");
  ParseOptions roomy;
  roomy.max_source_bytes = 4 * MAX_VALUE_SIZE;
  const std::string big_hex = "0x" + std::string(2 * (MAX_VALUE_SIZE + 1), 'a');
  EXPECT_EQ(Show(big_hex, roomy), "<InvalidBuffer 1:1-1:" + std::to_string(big_hex.size()) + ">");
  const std::string ok_hex = "0x" + std::string(2 * MAX_VALUE_SIZE, 'a');
  EXPECT_TRUE(ParsePreExpressions(ok_hex, roomy).has_value());
  const std::string long_utf8 = "u\"" + std::string(MAX_UTF8_VALUE_SIZE + 1, 'a') + "\"";
  EXPECT_EQ(ErrorOf(long_utf8).kind, ParseErrorKind::kUtf8StringTooLong);
  EXPECT_EQ(ErrorOf(long_utf8).ToError().code, ErrorCode::kResourceExhausted);
}

TEST_F(ParserTest, RejectsBadPrincipals) {
  EXPECT_EQ(Show("'"), "<InvalidPrincipalLiteral 1:1-1:1>");
  EXPECT_EQ(Show("'ST1"), "<InvalidPrincipalLiteral 1:1-1:4>");
  std::string bad_checksum = Address();
  bad_checksum.back() = bad_checksum.back() == 'M' ? 'N' : 'M';
  EXPECT_EQ(Show("'" + bad_checksum), "<InvalidPrincipalLiteral 1:1-1:42>");
  EXPECT_EQ(Show("'" + Address() + "."), "<ExpectedContractIdentifier 1:44-1:44>");
  EXPECT_EQ(Show("'" + Address() + ". c"), "<ExpectedContractIdentifier 1:44-1:44>");
  EXPECT_EQ(Show("'" + Address() + ".1"), "<ExpectedContractIdentifier 1:44-1:44>");
  EXPECT_EQ(Show("'" + Address() + ".c."), "<ExpectedTraitIdentifier 1:46-1:46>");
  EXPECT_EQ(Show("'" + Address() + ".c?"), "<IllegalContractName 1:44-1:45>");
  EXPECT_EQ(Show("'" + Address() + ".c.t?"), "'" + Address() + ".c.t?");
  const std::string name41(41, 'a');
  EXPECT_EQ(Show("'" + Address() + "." + name41), "<ContractNameTooLong 1:44-1:84>");
  EXPECT_EQ(Show("'" + Address() + "." + std::string(40, 'a')), "'" + Address() + "." + std::string(40, 'a'));
  EXPECT_EQ(Show("." + name41), "<ContractNameTooLong 1:1-1:42>");  // the whole `.name`
  EXPECT_EQ(Show(".a+"), "<IllegalContractName 1:2-1:3>");
  EXPECT_EQ(Show("."), "<ExpectedContractIdentifier 1:2-1:2>");
  EXPECT_EQ(Show(". a"), "<ExpectedContractIdentifier 1:2-1:2>");
  EXPECT_EQ(Show(".c.u1"), "<ExpectedTraitIdentifier 1:4-1:5>");
  EXPECT_EQ(ErrorOf("." + name41).message, "contract name '" + name41 + "' is too long");
}

TEST_F(ParserTest, RejectsLongNames) {
  const std::string name128(128, 'a');
  const std::string name129(129, 'a');
  EXPECT_EQ(Show(name128), name128);
  EXPECT_EQ(Show(name129), "<NameTooLong 1:1-1:129>");
  EXPECT_EQ(Show("<" + name128 + ">"), "<" + name128 + ">");
  EXPECT_EQ(Show("<" + name129 + ">"), "<NameTooLong 1:1-1:131>");
  EXPECT_EQ(Show(".c." + name129), "<NameTooLong 1:4-1:132>");
  EXPECT_EQ(Show("'" + Address() + ".c." + name129), "<NameTooLong 1:46-1:174>");
}

TEST_F(ParserTest, LexerErrorsComeFirst) {
  // The whole source is lexed before parsing, as in the reference.
  EXPECT_EQ(Show(") 12x"), "<InvalidCharInt 1:5-1:5>");
  EXPECT_EQ(Show("(a\n\n#"), "<UnknownSymbol 3:1-3:1>");
}

TEST_F(ParserTest, LimitsNestingWhileParsing) {
  // `(` counts 1 and `{` 2; more than 64 + 5 + 1 fails at the bracket.
  const std::string ok = std::string(70, '(') + std::string(70, ')');
  EXPECT_TRUE(ParsePreExpressions(ok).has_value());
  const std::string deep = std::string(71, '(') + std::string(71, ')');
  EXPECT_EQ(Show(deep), "<ExpressionStackDepthTooDeep 1:71-1:71>");
  EXPECT_EQ(ErrorOf(deep).message, "AST has too deep of an expression nesting. The maximum stack depth is 64");
  EXPECT_EQ(ErrorOf(deep).ToError().code, ErrorCode::kResourceExhausted);
  // 69 lists and one tuple: 71.
  EXPECT_EQ(Show(std::string(69, '(') + "{a: 1}" + std::string(69, ')')), "<ExpressionStackDepthTooDeep 1:70-1:70>");
  EXPECT_TRUE(ParsePreExpressions(std::string(68, '(') + "{a: 1}" + std::string(68, ')')).has_value());
  // Unclosed brackets past the limit: the depth error comes first.
  EXPECT_EQ(Show(std::string(100000, '(')), "<ExpressionStackDepthTooDeep 1:71-1:71>");
  EXPECT_EQ(Show(std::string(100000, '{')), "<ExpressionStackDepthTooDeep 1:36-1:36>");
  // Epoch 3.4 doubles the call stack depth.
  ParseOptions v34;
  v34.max_call_stack_depth = MAX_CALL_STACK_DEPTH;
  EXPECT_TRUE(ParsePreExpressions(std::string(134, '(') + std::string(134, ')'), v34).has_value());
  EXPECT_EQ(Show(std::string(135, '(') + std::string(135, ')'), v34), "<ExpressionStackDepthTooDeep 1:135-1:135>");
}

// The reference's c32_address_decode never reads the character after the quote: any c32 character stands for 'S'.
TEST_F(ParserTest, PrincipalLiteralsSkipTheirFirstCharacter) {
  EXPECT_EQ(Show("'AT1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM"), "'" + Address());
  EXPECT_EQ(Show("'0T1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.c"), "'" + Address() + ".c");
  EXPECT_EQ(Show("'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGN"), "<InvalidPrincipalLiteral 1:1-1:42>");
  EXPECT_EQ(Show("'STAB"), "<InvalidPrincipalLiteral 1:1-1:5>");
}

TEST_F(ParserTest, EnforcesOptions) {
  ParseOptions small;
  small.max_source_bytes = 4;
  EXPECT_EQ(Show("(a b)", small), "<ProgramTooLarge 1:1-1:1>");
  EXPECT_EQ(Show("(ab)", small), "(ab)");
  ParseOptions huge;
  huge.max_call_stack_depth = 1'000'000;
  EXPECT_EQ(testing::ErrorOf(ParsePreExpressions("1", huge)).code, ErrorCode::kInvalidArgument);
  huge.parser = ParserVersion::kV1;
  EXPECT_EQ(testing::ErrorOf(ParsePreExpressions("1", huge)).code, ErrorCode::kInvalidArgument);
  small.parser = ParserVersion::kV1;
  EXPECT_EQ(Show("(a b)", small), "<ProgramTooLarge 1:1-1:1>");
}

// Cases and spans from the reference's own parser tests (its diagnostic mode's first error).
TEST_F(ParserTest, MatchesTheReferencesDiagnostics) {
  EXPECT_EQ(Show("42g "), "<InvalidCharInt 1:3-1:3>");
  EXPECT_EQ(Show("\n u2*3"), "<InvalidCharUint 2:4-2:5>");
  EXPECT_EQ(Show("\"\xF0\x9F\x91\x8E nope\""), "<NonASCIIChar 1:2-1:2>");
  EXPECT_EQ(Show("u\"\\m nope\""), "<UnknownEscapeChar 1:3-1:4>");
  EXPECT_EQ(Show("{  "), "<ExpectedClosing 1:4-1:4>");
  EXPECT_EQ(Show("{foo:"), "<TupleValueExpected 1:5-1:5>");
  EXPECT_EQ(Show("{foo:bar"), "<ExpectedClosing 1:9-1:9>");
  EXPECT_EQ(Show("{foo:bar boo:far}"), "<TupleCommaExpectedv2 1:10-1:12>");
  EXPECT_EQ(Show("{foo bar}"), "<TupleColonExpectedv2 1:6-1:8>");
  EXPECT_EQ(Show("{foo"), "<TupleColonExpectedv2 1:5-1:5>");
  EXPECT_EQ(Show("{, foo: bar}"), "<UnexpectedToken 1:2-1:2>");
  EXPECT_EQ(Show("(1, 3)"), "<UnexpectedToken 1:3-1:3>");
  EXPECT_EQ(Show("' u42"), "<InvalidPrincipalLiteral 1:1-1:1>");
  EXPECT_EQ(Show("'ST000000000000000000002AMW42H.this-name-is-way-too-many-characters-to-be-a-legal-contract-name "),
            "<ContractNameTooLong 1:32-1:95>");
  EXPECT_EQ(Show(".123"), "<ExpectedContractIdentifier 1:2-1:4>");
  EXPECT_EQ(Show(".illegal?name "), "<IllegalContractName 1:2-1:13>");
  EXPECT_EQ(Show(".foo.123"), "<ExpectedTraitIdentifier 1:6-1:8>");
  EXPECT_EQ(Show("<123>"), "<ExpectedSeparator 1:2-1:2>");
  EXPECT_EQ(ErrorOf("{foo bar}").message, "expected ':' after key in tuple");
  EXPECT_EQ(ErrorOf("{foo:bar boo:far}").message, "expected ',' separating key-value pairs in tuple");
  EXPECT_EQ(ErrorOf("{foo:").message, "expected value expression for tuple");

  auto spans = [](std::string_view source) {
    auto r = ParsePreExpressions(source);
    EXPECT_TRUE(r.has_value()) << source;
    return r && !r->empty() ? (*r)[0].span : Span{};
  };
  EXPECT_EQ(spans("'ST000000000000000000002AMW42H.silly-goose"), (Span{1, 1, 1, 42}));
  EXPECT_EQ(spans(".fancy_pants"), (Span{1, 1, 1, 12}));
  EXPECT_EQ(spans("(1 2 3\n )"), (Span{1, 1, 2, 2}));
  EXPECT_EQ(spans("{foo:bar,baz:goo}"), (Span{1, 1, 1, 17}));
  EXPECT_EQ(spans("    u98"), (Span{1, 5, 1, 7}));
}

}  // namespace
}  // namespace stacks::clarity::ast
