#include "clarity/types/value.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_set>
#include <vector>

#include "clarity/types/limits.h"
#include "test_util.h"

namespace stacks::clarity {
namespace {

using util::ErrorCode;

using stacks::testing::ErrorOf;

class ValueTest : public ::testing::Test {
 protected:
  static Value Must(util::Result<Value> r) {
    if (!r) ADD_FAILURE() << r.error().ToString();
    return std::move(r).value();
  }
  static StandardPrincipal Address(std::string_view text) { return codec::StacksAddress::Parse(text).value(); }
  static Value Ascii(std::string text) { return Must(Value::StringAscii(std::move(text))); }
  static Value Tuple(std::vector<TupleEntry> entries) { return Must(Value::Tuple(std::move(entries))); }
  // `levels` somes around an int: a value of depth levels + 1.
  static Value NestedSomes(int levels) {
    Value v = Value::Int(1);
    for (int i = 0; i < levels; ++i) v = Must(Value::Some(v));
    return v;
  }
};

TEST_F(ValueTest, ScalarsHoldTheirValues) {
  const Int128 int_min = static_cast<Int128>(Uint128{1} << 127);
  const Int128 int_max = static_cast<Int128>((Uint128{1} << 127) - 1);
  EXPECT_EQ(Value::Int(int_min).AsInt(), int_min);
  EXPECT_EQ(Value::Int(int_max).AsInt(), int_max);
  EXPECT_EQ(Value::UInt(~Uint128{0}).AsUInt(), ~Uint128{0});
  EXPECT_TRUE(Value::Bool(true).AsBool());
  EXPECT_FALSE(Value::Bool(false).AsBool());
  EXPECT_FALSE(Value::None().IsSome());
  EXPECT_FALSE(Value::Int(1) == Value::UInt(1));
  EXPECT_FALSE(Value::Bool(true) == Value::Bool(false));
}

TEST_F(ValueTest, BufferLengthIsBounded) {
  EXPECT_TRUE(Must(Value::Buffer({})).AsBuffer().empty());
  EXPECT_TRUE(Value::Buffer(util::Bytes(MAX_VALUE_SIZE, 0)));
  EXPECT_EQ(ErrorOf(Value::Buffer(util::Bytes(MAX_VALUE_SIZE + 1, 0))).code, ErrorCode::kResourceExhausted);
}

TEST_F(ValueTest, AsciiAcceptsPrintableAndWhitespaceOnly) {
  EXPECT_TRUE(Value::StringAscii(" !~azAZ09\t\n\f\r\"'\\"));
  for (char bad : {'\0', '\x01', '\v', '\x1f', '\x7f', '\x80', '\xff'}) {
    EXPECT_EQ(ErrorOf(Value::StringAscii(std::string("ab") + bad)).code, ErrorCode::kInvalidArgument)
        << static_cast<int>(static_cast<unsigned char>(bad));
  }
  EXPECT_EQ(ErrorOf(Value::StringAscii(std::string(MAX_VALUE_SIZE + 1, 'a'))).code, ErrorCode::kResourceExhausted);
}

TEST_F(ValueTest, Utf8CountsScalarValues) {
  Value v = Must(Value::StringUtf8("a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80"));  // a é € 😀
  EXPECT_EQ(v.AsUtf8(), (std::u32string{U'a', 0xE9, 0x20AC, 0x1F600}));
  EXPECT_EQ(v.Utf8Bytes(), "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
  EXPECT_EQ(TypeOf(v).ToString(), "(string-utf8 4)");
  EXPECT_TRUE(Value::StringUtf8(""));
}

TEST_F(ValueTest, Utf8RejectsMalformedSequences) {
  for (std::string_view bad : {std::string_view("\xC0\x80"),          // overlong NUL
                               std::string_view("\xE0\x80\xAF"),      // overlong '/'
                               std::string_view("\xED\xA0\x80"),      // surrogate U+D800
                               std::string_view("\xF4\x90\x80\x80"),  // U+110000
                               std::string_view("\xE2\x82"),          // truncated
                               std::string_view("\x80"),              // lone continuation
                               std::string_view("\xFF")}) {
    EXPECT_EQ(ErrorOf(Value::StringUtf8(bad)).code, ErrorCode::kInvalidArgument);
  }
  EXPECT_EQ(ErrorOf(Value::StringUtf8FromCodePoints(U"\xD800")).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Value::StringUtf8FromCodePoints(std::u32string(1, char32_t{0x110000}))).code,
            ErrorCode::kInvalidArgument);
}

TEST_F(ValueTest, Utf8LengthIsBoundedInCharacters) {
  EXPECT_TRUE(Value::StringUtf8(std::string(MAX_UTF8_VALUE_SIZE, 'a')));
  EXPECT_EQ(ErrorOf(Value::StringUtf8(std::string(MAX_UTF8_VALUE_SIZE + 1, 'a'))).code, ErrorCode::kResourceExhausted);
}

TEST_F(ValueTest, PrincipalVersionMustBeBelow32) {
  EXPECT_TRUE(Value::Principal(StandardPrincipal{31, {}}));
  EXPECT_EQ(ErrorOf(Value::Principal(StandardPrincipal{32, {}})).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Value::Contract({StandardPrincipal{32, {}}, "foo"})).code, ErrorCode::kInvalidArgument);
}

TEST_F(ValueTest, ContractNamesFollowTheValueRules) {
  StandardPrincipal issuer = Address("SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7");
  EXPECT_TRUE(Value::Contract({issuer, "a"}));
  EXPECT_TRUE(Value::Contract({issuer, "__transient"}));
  EXPECT_TRUE(Value::Contract({issuer, "a" + std::string(127, '-')}));  // 128 bytes: allowed inside values
  EXPECT_EQ(ErrorOf(Value::Contract({issuer, "a" + std::string(128, '-')})).code, ErrorCode::kResourceExhausted);
  for (const char* bad : {"", "1abc", "-abc", "a.b", "a b", "a!"}) {
    EXPECT_EQ(ErrorOf(Value::Contract({issuer, bad})).code, ErrorCode::kInvalidArgument) << bad;
  }
}

TEST_F(ValueTest, WrappersRejectValuesThatWouldBeTooLarge) {
  // From the reference's test_constructors: a maximal buffer cannot be wrapped.
  Value big = Must(Value::Buffer(util::Bytes(MAX_VALUE_SIZE, 0)));
  EXPECT_EQ(ErrorOf(Value::Some(big)).code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(ErrorOf(Value::Ok(big)).code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(ErrorOf(Value::Err(big)).code, ErrorCode::kResourceExhausted);
  EXPECT_TRUE(Value::Some(Must(Value::Buffer(util::Bytes(MAX_VALUE_SIZE - 5, 0)))));
}

TEST_F(ValueTest, NestingStopsAtMaxTypeDepth) {
  // 31 somes around an int have depth 32, the maximum; one more level fails everywhere.
  Value deepest = NestedSomes(31);
  EXPECT_EQ(TypeOf(deepest).Depth(), MAX_TYPE_DEPTH);
  EXPECT_EQ(ErrorOf(Value::Some(deepest)).code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(ErrorOf(Value::Ok(deepest)).code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(ErrorOf(Value::Err(deepest)).code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(ErrorOf(Value::List({deepest})).code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(ErrorOf(Value::Tuple({{"a", deepest}})).code, ErrorCode::kResourceExhausted);
}

TEST_F(ValueTest, ListTypeIsTheLeastSupertypeOfItsElements) {
  EXPECT_EQ(TypeOf(Must(Value::List({Value::Int(1), Value::Int(2)}))).ToString(), "(list 2 int)");
  EXPECT_EQ(TypeOf(Must(Value::List({}))).ToString(), "(list 0 UnknownType)");
  Value buffers = Must(Value::List({Must(Value::Buffer({1})), Must(Value::Buffer({1, 2, 3}))}));
  EXPECT_EQ(TypeOf(buffers).ToString(), "(list 2 (buff 3))");
  Value optionals = Must(Value::List({Value::None(), Must(Value::Some(Value::UInt(1)))}));
  EXPECT_EQ(TypeOf(optionals).ToString(), "(list 2 (optional uint))");
  Value responses = Must(Value::List({Must(Value::Ok(Value::Int(1))), Must(Value::Err(Value::Bool(false)))}));
  EXPECT_EQ(TypeOf(responses).ToString(), "(list 2 (response int bool))");
  Value nested = Must(Value::List({Must(Value::List({})), Must(Value::List({Value::Int(1)}))}));
  EXPECT_EQ(TypeOf(nested).ToString(), "(list 2 (list 1 int))");
}

// Lists of one simple kind take the first item's type, or the longest sequence's, as the pairwise fold would.
TEST_F(ValueTest, ListOfOneKindTakesTheLongestItemsType) {
  EXPECT_EQ(TypeOf(Must(Value::List({Value::Bool(true), Value::Bool(false)}))).ToString(), "(list 2 bool)");
  Value buffers =
      Must(Value::List({Must(Value::Buffer({})), Must(Value::Buffer({1, 2, 3})), Must(Value::Buffer({1}))}));
  EXPECT_EQ(TypeOf(buffers).ToString(), "(list 3 (buff 3))");
  Value ascii = Must(Value::List({Ascii("abcd"), Ascii(""), Ascii("ab")}));
  EXPECT_EQ(TypeOf(ascii).ToString(), "(list 3 (string-ascii 4))");
  Value utf8 = Must(Value::List({Must(Value::StringUtf8("\xc3\xa9")), Must(Value::StringUtf8("abc"))}));
  EXPECT_EQ(TypeOf(utf8).ToString(), "(list 2 (string-utf8 3))");
  // A second kind anywhere falls back to the fold, which refuses int with uint wherever it stands.
  EXPECT_EQ(ErrorOf(Value::List({Value::Int(1), Value::Int(2), Value::UInt(3)})).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Value::List({Must(Value::Buffer({1})), Ascii("a")})).code, ErrorCode::kInvalidArgument);
}

TEST_F(ValueTest, ListRejectsElementsWithoutACommonType) {
  EXPECT_EQ(ErrorOf(Value::List({Value::Int(1), Value::UInt(1)})).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Value::List({Ascii("a"), Must(Value::StringUtf8("a"))})).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Value::List({Must(Value::Ok(Value::Int(1))), Must(Value::Ok(Value::UInt(1)))})).code,
            ErrorCode::kInvalidArgument);
}

TEST_F(ValueTest, ListOfTuplesTakesTheFirstTuplesFields) {
  // least_supertype keeps the first tuple's fields and only requires the second to have them too.
  Value ab = Tuple({{"a", Value::Int(1)}, {"b", Value::Int(2)}});
  Value abc = Tuple({{"a", Value::Int(1)}, {"b", Value::Int(2)}, {"c", Value::Int(3)}});
  Value list = Must(Value::List({ab, abc}));
  EXPECT_EQ(TypeOf(list).ToString(), "(list 2 (tuple (a int) (b int)))");
  EXPECT_EQ(ErrorOf(Value::List({abc, ab})).code, ErrorCode::kInvalidArgument);
}

TEST_F(ValueTest, ListSizeIsBoundedByItsType) {
  // 16 bytes an int, plus 6 for the list type: 65535 ints fit in MAX_VALUE_SIZE, 65536 do not.
  EXPECT_TRUE(Value::List(std::vector<Value>(65535, Value::Int(0))));
  EXPECT_EQ(ErrorOf(Value::List(std::vector<Value>(65536, Value::Int(0)))).code, ErrorCode::kResourceExhausted);
}

TEST_F(ValueTest, ListWithTypeChecksLengthAndElements) {
  TypeSignature list_type = TypeSignature::List(TypeSignature::Int(), 3).value();
  Value list = Must(Value::ListWithType({Value::Int(1)}, list_type));
  EXPECT_TRUE(TypeOf(list) == list_type);
  EXPECT_TRUE(list == Must(Value::List({Value::Int(1)})));  // the carried type does not matter
  EXPECT_EQ(ErrorOf(Value::ListWithType({Value::Bool(true)}, list_type)).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Value::ListWithType(std::vector<Value>(4, Value::Int(0)), list_type)).code,
            ErrorCode::kResourceExhausted);
  EXPECT_EQ(ErrorOf(Value::ListWithType({}, TypeSignature::Int())).code, ErrorCode::kInvalidArgument);
  // The reference's test_constructors: ints into a list of bools.
  EXPECT_EQ(ErrorOf(Value::ListWithType({Value::Int(5), Value::Int(2)},
                                        TypeSignature::List(TypeSignature::Bool(), 3).value()))
                .code,
            ErrorCode::kInvalidArgument);
}

TEST_F(ValueTest, TupleSortsFieldsByName) {
  Value t = Tuple({{"b", Value::Int(2)}, {"a", Value::Int(1)}, {"B", Value::Int(0)}});
  ASSERT_EQ(t.Entries().size(), 3u);
  EXPECT_EQ(t.Entries()[0].name, "B");
  EXPECT_EQ(t.Entries()[1].name, "a");
  EXPECT_EQ(t.Entries()[2].name, "b");
  ASSERT_NE(t.Field("a"), nullptr);
  EXPECT_EQ(t.Field("a")->AsInt(), 1);
  EXPECT_EQ(t.Field("c"), nullptr);
  EXPECT_TRUE(t == Tuple({{"a", Value::Int(1)}, {"B", Value::Int(0)}, {"b", Value::Int(2)}}));
}

TEST_F(ValueTest, TupleRejectsEmptyDuplicateAndBadNames) {
  EXPECT_EQ(ErrorOf(Value::Tuple({})).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Value::Tuple({{"a", Value::Int(1)}, {"a", Value::Int(2)}})).code, ErrorCode::kInvalidArgument);
  for (const char* bad : {"", "1a", "a.b", "a b", "-a", "a\xC3\xA9"}) {
    EXPECT_EQ(ErrorOf(Value::Tuple({{bad, Value::Int(1)}})).code, ErrorCode::kInvalidArgument) << bad;
  }
  EXPECT_EQ(ErrorOf(Value::Tuple({{std::string(129, 'a'), Value::Int(1)}})).code, ErrorCode::kInvalidArgument);
  EXPECT_TRUE(Value::Tuple({{std::string(128, 'a'), Value::Int(1)}}));
}

TEST_F(ValueTest, TupleWithTypeHandlesRepeatedFieldsByRule) {
  TypeSignature ab = TypeSignature::Tuple({{"a", TypeSignature::Int()}, {"b", TypeSignature::Int()}}).value();
  std::vector<TupleEntry> repeated = {{"a", Value::Int(1)}, {"a", Value::Int(2)}};
  // Before Epoch 4.1 the last repeat wins and the tuple keeps the declared type with a field missing.
  Value legacy = Must(Value::TupleWithType(repeated, ab, TupleFieldRule::kLegacy));
  ASSERT_EQ(legacy.Entries().size(), 1u);
  EXPECT_EQ(legacy.Field("a")->AsInt(), 2);
  EXPECT_TRUE(TypeOf(legacy) == ab);
  EXPECT_EQ(ErrorOf(Value::TupleWithType(repeated, ab, TupleFieldRule::kExactFieldSet)).code,
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Value::TupleWithType({{"a", Value::Int(1)}}, ab, TupleFieldRule::kExactFieldSet)).code,
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Value::TupleWithType({{"c", Value::Int(1)}}, ab, TupleFieldRule::kLegacy)).code,
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Value::TupleWithType({{"a", Value::UInt(1)}}, ab, TupleFieldRule::kLegacy)).code,
            ErrorCode::kInvalidArgument);
}

TEST_F(ValueTest, TypeOfWrappersHasNoTypeSides) {
  EXPECT_EQ(TypeOf(Value::None()).ToString(), "(optional UnknownType)");
  EXPECT_EQ(TypeOf(Must(Value::Ok(Value::Int(1)))).ToString(), "(response int UnknownType)");
  EXPECT_EQ(TypeOf(Must(Value::Err(Value::UInt(1)))).ToString(), "(response UnknownType uint)");
  EXPECT_EQ(TypeOf(Must(Value::Some(Ascii("abc")))).ToString(), "(optional (string-ascii 3))");
  EXPECT_EQ(TypeOf(Tuple({{"b", Value::Bool(true)}, {"a", Value::Int(1)}})).ToString(), "(tuple (a int) (b bool))");
}

TEST_F(ValueTest, SizesMatchTheReference) {
  EXPECT_EQ(TypeOf(Value::Int(10)).Size(), 16u);  // simple_size_test
  EXPECT_EQ(TypeOf(Value::None()).Size(), 2u);
  EXPECT_EQ(TypeOf(Must(Value::Principal({22, {}}))).Size(), PRINCIPAL_SIZE);
}

TEST_F(ValueTest, CallablesAreNotContractPrincipals) {
  ContractIdentifier contract{Address("SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7"), "token"};
  TraitIdentifier trait{"sip-010-trait", {Address("SP3FBR2AGK5H9QBDH3EEN6DF8EK8JY7RX8QJ5SVTE"), "sip-010"}};
  Value as_principal = Must(Value::Contract(contract));
  Value callable = Must(Value::Callable(contract, trait));
  EXPECT_FALSE(as_principal == callable);
  EXPECT_FALSE(callable == Must(Value::Callable(contract, std::nullopt)));
  EXPECT_EQ(callable.AsContract(), contract);
  EXPECT_EQ(TypeOf(callable).kind(), TypeSignature::Kind::kCallableTrait);
  EXPECT_EQ(TypeOf(Must(Value::Callable(contract, std::nullopt))).kind(), TypeSignature::Kind::kCallablePrincipal);
  EXPECT_EQ(TypeOf(as_principal).kind(), TypeSignature::Kind::kPrincipal);
  // A callable without a trait is admitted where a principal is expected.
  EXPECT_TRUE(Admits(TypeSignature::Principal(), Must(Value::Callable(contract, std::nullopt))).value());
}

TEST_F(ValueTest, EqualValuesHashEqually) {
  std::vector<Value> values = {
      Value::Int(-1),
      Value::UInt(1),
      Value::Bool(true),
      Value::None(),
      Must(Value::Some(Value::Int(1))),
      Must(Value::Ok(Value::Int(1))),
      Must(Value::Err(Value::Int(1))),
      Must(Value::Buffer({1, 2})),
      Ascii("ab"),
      Must(Value::StringUtf8("ab")),
      Must(Value::List({Value::Int(1)})),
      Tuple({{"a", Value::Int(1)}}),
  };
  std::unordered_set<Value> set(values.begin(), values.end());
  EXPECT_EQ(set.size(), values.size());
  for (const Value& v : values) {
    Value copy = v;
    EXPECT_TRUE(copy == v);
    EXPECT_EQ(copy.Hash(), v.Hash());
    EXPECT_EQ(set.count(copy), 1u);
  }
  // Same contents, different carried list type.
  Value typed = Must(Value::ListWithType({Value::Int(1)}, TypeSignature::List(TypeSignature::Int(), 9).value()));
  EXPECT_TRUE(typed == values[10]);
  EXPECT_EQ(typed.Hash(), values[10].Hash());
  // An ascii and a utf-8 string with the same text differ.
  EXPECT_FALSE(values[8] == values[9]);
}

TEST_F(ValueTest, AdmitsFollowsNoTypeSides) {
  TypeSignature opt_int = TypeSignature::Optional(TypeSignature::Int()).value();
  EXPECT_TRUE(Admits(opt_int, Value::None()).value());
  EXPECT_TRUE(Admits(opt_int, Must(Value::Some(Value::Int(1)))).value());
  EXPECT_FALSE(Admits(opt_int, Must(Value::Some(Value::UInt(1)))).value());
  TypeSignature resp = TypeSignature::Response(TypeSignature::Int(), TypeSignature::Bool()).value();
  EXPECT_TRUE(Admits(resp, Must(Value::Ok(Value::Int(1)))).value());
  EXPECT_TRUE(Admits(resp, Must(Value::Err(Value::Bool(true)))).value());
  EXPECT_FALSE(Admits(resp, Must(Value::Err(Value::Int(1)))).value());
  TypeSignature list = TypeSignature::List(TypeSignature::UInt(), 2).value();
  EXPECT_TRUE(Admits(list, Must(Value::List({}))).value());
  EXPECT_FALSE(Admits(list, Must(Value::List({Value::UInt(1), Value::UInt(2), Value::UInt(3)}))).value());
  EXPECT_EQ(ErrorOf(Admits(TypeSignature::NoType(), Value::Int(1))).code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace stacks::clarity
