#include "clarity/types/value_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clarity/types/literal.h"

namespace stacks::clarity {
namespace {

class ValueTextTest : public ::testing::Test {
 protected:
  static Value Must(util::Result<Value> r) {
    if (!r) ADD_FAILURE() << r.error().ToString();
    return std::move(r).value();
  }
  static StandardPrincipal Address(std::string_view text) { return codec::StacksAddress::Parse(text).value(); }
  static Value List(std::vector<Value> items) { return Must(Value::List(std::move(items))); }
  static constexpr std::string_view kAddress = "SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7";
  static constexpr std::string_view kTraitAddress = "SP3FBR2AGK5H9QBDH3EEN6DF8EK8JY7RX8QJ5SVTE";
};

TEST_F(ValueTextTest, ReferenceDisplayOfScalars) {
  EXPECT_EQ(ToReferenceString(Value::Int(0)), "0");
  EXPECT_EQ(ToReferenceString(Value::Int(-42)), "-42");
  EXPECT_EQ(ToReferenceString(Value::Int(static_cast<Int128>(Uint128{1} << 127))),
            "-170141183460469231731687303715884105728");
  EXPECT_EQ(ToReferenceString(Value::Int(static_cast<Int128>((Uint128{1} << 127) - 1))),
            "170141183460469231731687303715884105727");
  EXPECT_EQ(ToReferenceString(Value::UInt(~Uint128{0})), "u340282366920938463463374607431768211455");
  EXPECT_EQ(ToReferenceString(Value::UInt(3)), "u3");
  EXPECT_EQ(ToReferenceString(Value::Bool(true)), "true");
  EXPECT_EQ(ToReferenceString(Must(Value::Buffer({0x01, 0x02, 0xab}))), "0x0102ab");
  EXPECT_EQ(ToReferenceString(Must(Value::Buffer({}))), "0x");
}

TEST_F(ValueTextTest, ReferenceDisplayEscapesAsciiLikeRust) {
  EXPECT_EQ(ToReferenceString(Must(Value::StringAscii("abc"))), "\"abc\"");
  EXPECT_EQ(ToReferenceString(Must(Value::StringAscii("a\"b\\c'd\t\n\r\f~ "))), "\"a\\\"b\\\\c\\'d\\t\\n\\r\\x0c~ \"");
  EXPECT_EQ(ToReferenceString(Must(Value::StringAscii(""))), "\"\"");
}

TEST_F(ValueTextTest, ReferenceDisplayEscapesUtf8AsHexOfItsBytes) {
  // Non-ASCII characters print as the hex of their UTF-8 encoding, not as their code point.
  EXPECT_EQ(ToReferenceString(Must(Value::StringUtf8("a\xC3\xA9\xF0\x9F\x98\x80"))), "u\"a\\u{c3a9}\\u{f09f9880}\"");
  EXPECT_EQ(ToReferenceString(Must(Value::StringUtf8("\"\\\n\x01"))), "u\"\\\"\\\\\\n\\x01\"");
  EXPECT_EQ(ToReferenceString(Must(Value::StringUtf8(""))), "u\"\"");
}

TEST_F(ValueTextTest, ReferenceDisplayOfComposites) {
  // test_some_displays.
  EXPECT_EQ(ToReferenceString(List({Value::Int(10), Value::Int(5)})), "(10 5)");
  EXPECT_EQ(ToReferenceString(Must(Value::Some(Value::Int(10)))), "(some 10)");
  EXPECT_EQ(ToReferenceString(Must(Value::Ok(Value::Int(10)))), "(ok 10)");
  EXPECT_EQ(ToReferenceString(Must(Value::Err(Value::Int(10)))), "(err 10)");
  EXPECT_EQ(ToReferenceString(Value::None()), "none");
  EXPECT_EQ(ToReferenceString(Must(Value::Principal(Address("SM2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKQVX8X0G")))),
            "SM2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKQVX8X0G");
  EXPECT_EQ(ToReferenceString(Must(Value::Tuple({{"a", Value::Int(2)}}))), "(tuple (a 2))");
  EXPECT_EQ(ToReferenceString(List({})), "()");
  EXPECT_EQ(ToReferenceString(List({List({Value::Int(1)}), List({})})), "((1) ())");
  EXPECT_EQ(ToReferenceString(Must(Value::Tuple({{"b", Value::UInt(2)}, {"a", Value::Int(1)}}))),
            "(tuple (a 1) (b u2))");
  EXPECT_EQ(ToReferenceString(Must(Value::Contract({Address(kAddress), "foo"}))), std::string(kAddress) + ".foo");
}

TEST_F(ValueTextTest, ReferenceDisplayOfCallables) {
  ContractIdentifier contract{Address(kAddress), "token"};
  TraitIdentifier trait{"ft", {Address(kTraitAddress), "sip-010"}};
  EXPECT_EQ(ToReferenceString(Must(Value::Callable(contract, trait))),
            "(" + std::string(kAddress) + ".token as <" + std::string(kTraitAddress) + ".sip-010.ft>)");
  EXPECT_EQ(ToReferenceString(Must(Value::Callable(contract, std::nullopt))), std::string(kAddress) + ".token");
  EXPECT_EQ(ToStacksJsString(Must(Value::Callable(contract, trait))), std::string(kAddress) + ".token");
}

TEST_F(ValueTextTest, StacksJsFormDiffersInListsAndStrings) {
  EXPECT_EQ(ToStacksJsString(List({Value::UInt(1), Value::UInt(2)})), "(list u1 u2)");
  EXPECT_EQ(ToStacksJsString(List({})), "(list )");
  EXPECT_EQ(ToStacksJsString(Must(Value::StringAscii("a\"b\tc"))), "\"a\"b\tc\"");
  EXPECT_EQ(ToStacksJsString(Must(Value::StringUtf8("caf\xC3\xA9"))), "u\"caf\xC3\xA9\"");
  EXPECT_EQ(ToStacksJsString(Must(Value::Tuple({{"b", List({})}, {"a", Value::None()}}))),
            "(tuple (a none) (b (list )))");
  EXPECT_EQ(ToStacksJsString(Must(Value::Some(Must(Value::Ok(Must(Value::Buffer({0xff}))))))), "(some (ok 0xff))");
  EXPECT_EQ(ToStacksJsString(Must(Value::Principal(Address(kAddress)))), kAddress);
}

TEST_F(ValueTextTest, ClarityLiteralForm) {
  EXPECT_EQ(ToClarityLiteral(List({})), "(list)");
  EXPECT_EQ(ToClarityLiteral(List({Value::Int(-1), Value::Int(2)})), "(list -1 2)");
  EXPECT_EQ(ToClarityLiteral(Must(Value::StringAscii("a\"b\\\t\f"))), "\"a\\\"b\\\\\\t\f\"");
  EXPECT_EQ(ToClarityLiteral(Must(Value::StringUtf8("caf\xC3\xA9 \xF0\x9F\x98\x80\x01"))),
            "u\"caf\\u{e9} \\u{1f600}\\u{1}\"");
  EXPECT_EQ(ToClarityLiteral(Must(Value::Principal(Address(kAddress)))), "'" + std::string(kAddress));
  EXPECT_EQ(ToClarityLiteral(Must(Value::Tuple({{"a", Value::None()}}))), "(tuple (a none))");
}

TEST_F(ValueTextTest, ClarityLiteralReadsBack) {
  std::vector<Value> values = {
      Value::Int(static_cast<Int128>(Uint128{1} << 127)),
      Value::UInt(~Uint128{0}),
      Must(Value::Buffer({})),
      Must(Value::Buffer({0, 1, 0xfe})),
      Must(Value::StringAscii(" !\"#\\'\t\n\r\f~")),
      Must(Value::StringUtf8("\"\\\n\t\r\x01\x7f\xC3\xA9\xF0\x9F\x98\x80")),
      Must(Value::Contract({Address(kAddress), "a-b_c"})),
      List({}),
      List({List({Value::None()}), List({})}),
      Must(Value::Tuple({{"x", Must(Value::Err(Must(Value::Some(Value::Bool(false)))))}, {"y", Value::UInt(0)}})),
  };
  for (const Value& v : values) {
    util::Result<Value> back = ParseValueLiteral(ToClarityLiteral(v));
    ASSERT_TRUE(back) << ToClarityLiteral(v) << ": " << back.error().ToString();
    EXPECT_TRUE(*back == v) << ToClarityLiteral(v);
  }
}

}  // namespace
}  // namespace stacks::clarity
