#include "clarity/ast/lexer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace stacks::clarity::ast {
namespace {

class LexerTest : public ::testing::Test {
 protected:
  // "kind text" for each token but whitespace and the end, space-joined, or "<Kind L:C-L:C>" on error.
  static std::string Show(std::string_view source) {
    ParseError e;
    util::Result<std::vector<Token>> r = Lex(source, &e);
    if (!r) return Describe(e);
    std::string out;
    for (const Token& t : *r) {
      if (t.kind == TokenKind::kWhitespace || t.kind == TokenKind::kEof) continue;
      if (!out.empty()) out += ' ';
      out += std::string(TokenKindText(t.kind));
      if (!t.text.empty()) out += "[" + t.text + "]";
    }
    return out;
  }
  static std::string Describe(const ParseError& e) {
    return "<" + std::string(ParseErrorKindName(e.kind)) + " " + std::to_string(e.span.start_line) + ":" +
           std::to_string(e.span.start_column) + "-" + std::to_string(e.span.end_line) + ":" +
           std::to_string(e.span.end_column) + ">";
  }
  static Span SpanOf(std::string_view source, size_t index) {
    util::Result<std::vector<Token>> r = Lex(source);
    EXPECT_TRUE(r.has_value());
    if (!r || index >= r->size()) return Span{};
    return (*r)[index].span;
  }
};

TEST_F(LexerTest, LexesEveryTokenKind) {
  EXPECT_EQ(Show("( ) { } : , ."), "( ) { } : , .");
  EXPECT_EQ(Show("12 -3 0 007 u5 u0"), "int[12] int[-3] int[0] int[007] uint[5] uint[0]");
  EXPECT_EQ(Show("0x 0xdeAD"), "bytes bytes[deAD]");
  EXPECT_EQ(Show("\"a\\\"b\\\\\\n\" u\"x\\u{41}\""), "string-ascii[a\"b\\\n] string-utf8[xA]");
  EXPECT_EQ(Show("'ST1 <my-trait> foo-bar? u"),
            "principal[ST1] trait-identifier[my-trait] identifier[foo-bar?] identifier[u]");
  EXPECT_EQ(Show("+ - * / < <= > >="), "+ - * / < <= > >=");
  EXPECT_EQ(Show(";;   hello\n;;"), "comment[hello] comment");
  EXPECT_EQ(Show("a.b"), "identifier[a] . identifier[b]");
  EXPECT_EQ(Show("{a:1,b:2}"), "{ identifier[a] : int[1] , identifier[b] : int[2] }");
}

TEST_F(LexerTest, CountsSpansAsTheReference) {
  // Columns from 1, inclusive ends; a newline belongs to the line it ends.
  EXPECT_EQ(SpanOf("(abc)", 1), (Span{1, 2, 1, 4}));
  EXPECT_EQ(SpanOf("a\n  bc", 2), (Span{2, 3, 2, 4}));
  EXPECT_EQ(SpanOf("a\n  bc", 1), (Span{1, 2, 2, 2}));
  EXPECT_EQ(SpanOf("u\"x\"", 0), (Span{1, 1, 1, 4}));
  EXPECT_EQ(SpanOf("ab", 1), (Span{1, 3, 1, 3}));  // EOF just past the end
}

TEST_F(LexerTest, RejectsBadCharacters) {
  EXPECT_EQ(Show("12a"), "<InvalidCharInt 1:3-1:3>");
  EXPECT_EQ(Show("12abc )"), "<InvalidCharInt 1:3-1:5>");
  EXPECT_EQ(Show("0a"), "<InvalidCharInt 1:2-1:2>");
  EXPECT_EQ(Show("u12a"), "<InvalidCharUint 1:4-1:4>");
  EXPECT_EQ(Show("0x1g"), "<InvalidCharBuffer 1:4-1:4>");
  EXPECT_EQ(Show("0xabc"), "<InvalidBufferLength 1:1-1:5>");
  EXPECT_EQ(Show("ab#c"), "<InvalidCharIdent 1:3-1:4>");
  EXPECT_EQ(Show("<ab#>"), "<InvalidCharTraitIdent 1:4-1:5>");
  EXPECT_EQ(Show("<ab"), "<ExpectedClosing 1:4-1:4>");
  EXPECT_EQ(Show("'STa"), "<InvalidCharPrincipal 1:4-1:4>");
  EXPECT_EQ(Show("'STI"), "<InvalidCharPrincipal 1:4-1:4>");
  EXPECT_EQ(Show("#"), "<UnknownSymbol 1:1-1:1>");
  EXPECT_EQ(Show("a\fb"), "<UnknownSymbol 1:2-1:2>");
  EXPECT_EQ(Show("_a"), "<UnknownSymbol 1:1-1:1>");
  EXPECT_EQ(Show("+1"), "<ExpectedSeparator 1:2-1:2>");
  EXPECT_EQ(Show("<=a"), "<ExpectedSeparator 1:3-1:3>");
  EXPECT_EQ(Show("-a"), "<ExpectedSeparator 1:2-1:2>");
  EXPECT_EQ(Show("a ; b"), "<SingleSemiColon 1:3-1:3>");
}

TEST_F(LexerTest, RejectsNonAsciiAndCarriageReturns) {
  EXPECT_EQ(Show("(a \xC3\xA9)"), "<NonASCIIChar 1:4-1:4>");
  EXPECT_EQ(Show(";; caf\xC3\xA9"), "<NonASCIIChar 1:7-1:7>");
  EXPECT_EQ(Show("u\"\xC3\xA9\""), "<NonASCIIChar 1:3-1:3>");
  EXPECT_EQ(Show("\xFF"), "<NonASCIIChar 1:1-1:1>");
  // The lexer looks ahead before it reports a bad character: the non-ASCII one wins.
  EXPECT_EQ(Show("12a\xC3\xA9"), "<NonASCIIChar 1:4-1:4>");
  EXPECT_EQ(Show("a\r\nb"), "<UnsupportedLineEnding 1:2-1:2>");
  EXPECT_EQ(Show(";; x\r\n"), "<UnsupportedLineEnding 1:5-1:5>");
  EXPECT_EQ(Show("\"a\rb\""), "string-ascii[a\rb]");  // inside a string it is a character
  ParseError e;
  ASSERT_FALSE(Lex("x \xE2\x82\xAC", &e));
  EXPECT_EQ(e.message, "illegal non-ASCII character, '\xE2\x82\xAC'");
}

TEST_F(LexerTest, RejectsBadStrings) {
  EXPECT_EQ(Show("\"abc"), "<ExpectedClosing 1:5-1:5>");
  EXPECT_EQ(Show("\"ab\nc\""), "<ExpectedClosing 1:4-1:4>");
  EXPECT_EQ(Show("u\"abc"), "<ExpectedClosing 1:6-1:6>");
  EXPECT_EQ(Show("\"a\\qb\""), "<UnknownEscapeChar 1:3-1:4>");
  EXPECT_EQ(Show("\"\\u{41}\""), "<UnknownEscapeChar 1:2-1:3>");  // no \u in ascii strings
  EXPECT_EQ(Show("u\"\\u41\""), "<InvalidUTF8Encoding 1:5-1:5>");
  EXPECT_EQ(Show("u\"\\u{}\""), "<EmptyUTF8Encoding 1:5-1:6>");
  EXPECT_EQ(Show("u\"\\u{4g}\""), "<IllegalCharUTF8Encoding 1:7-1:7>");
  EXPECT_EQ(Show("u\"\\u{41\""), "<UnterminatedUTF8Encoding 1:8-1:8>");
  EXPECT_EQ(Show("u\"\\u{41"), "<UnterminatedUTF8Encoding 1:8-1:8>");
  EXPECT_EQ(Show("u\"\\u{d800}\""), "<InvalidUTF8Encoding 1:4-1:11>");
  EXPECT_EQ(Show("u\"\\u{110000}\""), "<InvalidUTF8Encoding 1:4-1:13>");
  EXPECT_EQ(Show("u\"\\u{100000000}\""), "<InvalidUTF8Encoding 1:4-1:16>");
  EXPECT_EQ(Show("u\"\\u{000000041}\""), "string-utf8[A]");
  EXPECT_EQ(Show("u\"\\u{1F600}\""), "string-utf8[\xF0\x9F\x98\x80]");
}

TEST_F(LexerTest, MessagesAreTheReferences) {
  ParseError e;
  ASSERT_FALSE(Lex("(foo 12x)", &e));
  EXPECT_EQ(e.message, "invalid character, 'x', in int literal");
  EXPECT_EQ(e.ToString(), "Lexer::InvalidCharInt at 1:8: invalid character, 'x', in int literal");
  EXPECT_EQ(e.ToError().code, util::ErrorCode::kInvalidArgument);
  ASSERT_FALSE(Lex("0x123", &e));
  EXPECT_EQ(e.message, "invalid buffer length, 3");
  ASSERT_FALSE(Lex(";x", &e));
  EXPECT_EQ(e.message, "unexpected single ';' (comments begin with \";;\"");
}

}  // namespace
}  // namespace stacks::clarity::ast
