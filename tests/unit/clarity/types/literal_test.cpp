#include "clarity/types/literal.h"

#include <gtest/gtest.h>

#include <string>

#include "clarity/types/value_text.h"
#include "test_util.h"

namespace stacks::clarity {
namespace {

using util::ErrorCode;

using stacks::testing::ErrorOf;

class LiteralTest : public ::testing::Test {
 protected:
  // Parses and prints the result in the reference's form ("<error code>" on failure).
  static std::string Show(std::string_view text) {
    util::Result<Value> v = ParseValueLiteral(text);
    if (!v) return "<" + std::string(util::ErrorCodeName(v.error().code)) + ">";
    return ToReferenceString(*v);
  }
  static constexpr std::string_view kAddress = "SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7";
};

TEST_F(LiteralTest, ParsesScalars) {
  EXPECT_EQ(Show("-5"), "-5");
  EXPECT_EQ(Show("-0"), "0");
  EXPECT_EQ(Show("007"), "7");
  EXPECT_EQ(Show("u10"), "u10");
  EXPECT_EQ(Show("true"), "true");
  EXPECT_EQ(Show("false"), "false");
  EXPECT_EQ(Show("none"), "none");
  EXPECT_EQ(Show("0xdeAD"), "0xdead");
  EXPECT_EQ(Show("0x"), "0x");
  EXPECT_EQ(Show("  \t\n u1 \r\n"), "u1");
}

TEST_F(LiteralTest, ParsesIntegerExtremesAndRejectsOverflow) {
  EXPECT_EQ(Show("170141183460469231731687303715884105727"), "170141183460469231731687303715884105727");
  EXPECT_EQ(Show("-170141183460469231731687303715884105728"), "-170141183460469231731687303715884105728");
  EXPECT_EQ(Show("u340282366920938463463374607431768211455"), "u340282366920938463463374607431768211455");
  EXPECT_EQ(Show("170141183460469231731687303715884105728"), "<invalid_argument>");
  EXPECT_EQ(Show("-170141183460469231731687303715884105729"), "<invalid_argument>");
  EXPECT_EQ(Show("u340282366920938463463374607431768211456"), "<invalid_argument>");
  EXPECT_EQ(Show("u99999999999999999999999999999999999999999999"), "<invalid_argument>");
}

TEST_F(LiteralTest, ParsesStrings) {
  EXPECT_EQ(Show("\"ascii\""), "\"ascii\"");
  EXPECT_EQ(Show("\"a\\\"b\\\\c\\n\\t\\r\""), "\"a\\\"b\\\\c\\n\\t\\r\"");
  EXPECT_EQ(Show("u\"utf8 \\u{1F600}\""), "u\"utf8 \\u{f09f9880}\"");
  EXPECT_EQ(Show("u\"caf\xC3\xA9\""), "u\"caf\\u{c3a9}\"");
  EXPECT_EQ(Show("u\"\\u{0}\\u{10FFFF}\""), "u\"\\x00\\u{f48fbfbf}\"");
  EXPECT_EQ(Show("\"\""), "\"\"");
  EXPECT_EQ(Show("u\"\""), "u\"\"");
}

TEST_F(LiteralTest, RejectsBadStrings) {
  EXPECT_EQ(Show("\"abc"), "<invalid_argument>");            // unterminated
  EXPECT_EQ(Show("\"a\nb\""), "<invalid_argument>");         // spans a line
  EXPECT_EQ(Show("\"\\q\""), "<invalid_argument>");          // unknown escape
  EXPECT_EQ(Show("\"\\0\""), "<invalid_argument>");          // NUL is not allowed in string-ascii
  EXPECT_EQ(Show("\"caf\xC3\xA9\""), "<invalid_argument>");  // non-ASCII in an ascii string
  EXPECT_EQ(Show("\"\x01\""), "<invalid_argument>");
  EXPECT_EQ(Show("u\"\\u{D800}\""), "<invalid_argument>");       // surrogate
  EXPECT_EQ(Show("u\"\\u{110000}\""), "<invalid_argument>");     // past U+10FFFF
  EXPECT_EQ(Show("u\"\\u{123456789}\""), "<invalid_argument>");  // past u32
  EXPECT_EQ(Show("u\"\\u{}\""), "<invalid_argument>");
  EXPECT_EQ(Show("u\"\\u{24gb}\""), "<invalid_argument>");
  EXPECT_EQ(Show("u\"\\u1234\""), "<invalid_argument>");
  EXPECT_EQ(Show("u\"\xC3\""), "<invalid_argument>");  // invalid UTF-8 in the literal
  EXPECT_EQ(Show("\"a\"b"), "<invalid_argument>");     // no separator after the string
}

TEST_F(LiteralTest, ParsesPrincipals) {
  EXPECT_EQ(Show("'" + std::string(kAddress)), kAddress);
  EXPECT_EQ(Show("'" + std::string(kAddress) + ".my-contract_1"), std::string(kAddress) + ".my-contract_1");
  EXPECT_EQ(Show("'" + std::string(kAddress) + "." + std::string(40, 'a')),
            std::string(kAddress) + "." + std::string(40, 'a'));
}

TEST_F(LiteralTest, RejectsBadPrincipals) {
  EXPECT_EQ(Show(std::string(kAddress)), "<invalid_argument>");                          // no quote
  EXPECT_EQ(Show("'sp2j6zy48gv1ez5v2v5rb9mp66sw86pykknrv9ej7"), "<invalid_argument>");   // lower case
  EXPECT_EQ(Show("'SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ8"), "<invalid_argument>");   // checksum
  EXPECT_EQ(Show("'SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7."), "<invalid_argument>");  // empty name
  EXPECT_EQ(Show("'" + std::string(kAddress) + ".1abc"), "<invalid_argument>");
  EXPECT_EQ(Show("'" + std::string(kAddress) + ".a!"), "<invalid_argument>");
  EXPECT_EQ(Show("'" + std::string(kAddress) + "." + std::string(41, 'a')), "<resource_exhausted>");
  EXPECT_EQ(Show("'" + std::string(kAddress) + ".contract.trait"), "<invalid_argument>");
  EXPECT_EQ(Show(".contract"), "<invalid_argument>");
}

TEST_F(LiteralTest, ParsesCompositeForms) {
  EXPECT_EQ(Show("(some 1)"), "(some 1)");
  EXPECT_EQ(Show("( ok  u1 )"), "(ok u1)");
  EXPECT_EQ(Show("(err none)"), "(err none)");
  EXPECT_EQ(Show("(list 1 2 3)"), "(1 2 3)");
  EXPECT_EQ(Show("(list)"), "()");
  EXPECT_EQ(Show("(list (list) (list 1))"), "(() (1))");
  EXPECT_EQ(Show("(tuple (b u2) (a 1))"), "(tuple (a 1) (b u2))");
  EXPECT_EQ(Show("{a: 1, b: u2}"), "(tuple (a 1) (b u2))");
  EXPECT_EQ(Show("{ a:1 ,b:{c: (some 0x00)} }"), "(tuple (a 1) (b (tuple (c (some 0x00)))))");
  EXPECT_EQ(Show("(list {a: 1} {a: 2})"), "((tuple (a 1)) (tuple (a 2)))");
}

TEST_F(LiteralTest, RejectsBadCompositeForms) {
  EXPECT_EQ(Show("(some)"), "<invalid_argument>");
  EXPECT_EQ(Show("(some 1 2)"), "<invalid_argument>");
  EXPECT_EQ(Show("(some 1"), "<invalid_argument>");
  EXPECT_EQ(Show("(foo 1)"), "<invalid_argument>");
  EXPECT_EQ(Show("()"), "<invalid_argument>");
  EXPECT_EQ(Show("(list 1 u2)"), "<invalid_argument>");  // no common type
  EXPECT_EQ(Show("(tuple)"), "<invalid_argument>");
  EXPECT_EQ(Show("{}"), "<invalid_argument>");
  EXPECT_EQ(Show("{a: 1, a: 2}"), "<invalid_argument>");
  EXPECT_EQ(Show("{a 1}"), "<invalid_argument>");
  EXPECT_EQ(Show("{a: 1 b: 2}"), "<invalid_argument>");
  EXPECT_EQ(Show("{a: 1,}"), "<invalid_argument>");
  EXPECT_EQ(Show("{1a: 1}"), "<invalid_argument>");
  EXPECT_EQ(Show("(tuple (a))"), "<invalid_argument>");
  EXPECT_EQ(Show("(tuple a 1)"), "<invalid_argument>");
}

TEST_F(LiteralTest, RejectsStrayInput) {
  EXPECT_EQ(Show(""), "<invalid_argument>");
  EXPECT_EQ(Show("   "), "<invalid_argument>");
  EXPECT_EQ(Show("1 2"), "<invalid_argument>");
  EXPECT_EQ(Show("1a"), "<invalid_argument>");
  EXPECT_EQ(Show("u"), "<invalid_argument>");
  EXPECT_EQ(Show("u1x"), "<invalid_argument>");
  EXPECT_EQ(Show("truex"), "<invalid_argument>");
  EXPECT_EQ(Show("foo"), "<invalid_argument>");
  EXPECT_EQ(Show("0x1"), "<invalid_argument>");
  EXPECT_EQ(Show("0xzz"), "<invalid_argument>");
  EXPECT_EQ(Show("+1"), "<invalid_argument>");
  EXPECT_EQ(Show("- 1"), "<invalid_argument>");
  EXPECT_EQ(Show(")"), "<invalid_argument>");
  EXPECT_EQ(Show(";; comment"), "<invalid_argument>");
}

TEST_F(LiteralTest, ErrorsNameThePosition) {
  util::Result<Value> r = ParseValueLiteral("(list 1 2 foo)");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(r.error().message.find("position 10"), std::string::npos) << r.error().message;
  r = ParseValueLiteral("{a: 1 b: 2}");
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("position 6"), std::string::npos) << r.error().message;
  EXPECT_NE(r.error().message.find("expected ','"), std::string::npos) << r.error().message;
}

TEST_F(LiteralTest, NestingIsBounded) {
  std::string ok;
  for (int i = 0; i < 31; ++i) ok += "(some ";
  ok += "1" + std::string(31, ')');
  EXPECT_TRUE(ParseValueLiteral(ok));
  // One more level is a valid literal but too deep a value.
  EXPECT_EQ(ErrorOf(ParseValueLiteral("(some " + ok + ")")).code, ErrorCode::kResourceExhausted);
  // Far deeper input stops at the nesting bound without recursing further.
  std::string deep(100000, '(');
  EXPECT_EQ(ErrorOf(ParseValueLiteral(deep)).code, ErrorCode::kInvalidArgument);
  std::string deep_lists;
  for (int i = 0; i < 1000; ++i) deep_lists += "(list ";
  EXPECT_EQ(ErrorOf(ParseValueLiteral(deep_lists)).code, ErrorCode::kResourceExhausted);
}

}  // namespace
}  // namespace stacks::clarity
