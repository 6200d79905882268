#include "clarity/types/serialization.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "clarity/types/limits.h"
#include "clarity/types/value_text.h"
#include "test_util.h"
#include "util/hex.h"

namespace stacks::clarity {
namespace {

using util::Bytes;
using util::ErrorCode;

using stacks::testing::ErrorOf;

class SerializationTest : public ::testing::Test {
 protected:
  static nlohmann::json Vectors() { return testing::LoadTestData("clarity_value_vectors.json"); }
  static Value Must(util::Result<Value> r) {
    if (!r) ADD_FAILURE() << r.error().ToString();
    return std::move(r).value();
  }
  static Bytes Hex(std::string_view text) { return util::FromHex(text).value(); }
  static util::Result<Value> Decode(std::string_view hex, const DeserializeOptions& options = {}) {
    return DeserializeValue(Hex(hex), options);
  }
  static DeserializeOptions Typed(TypeSignature type, bool sanitize = false,
                                  TupleFieldRule rule = TupleFieldRule::kLegacy) {
    return DeserializeOptions{std::move(type), sanitize, rule};
  }
  // Serializes, checks SerializedSize, and reads back both untyped and against the value's own type.
  static void ExpectRoundTrip(const Value& v) {
    Bytes bytes = SerializeValue(v);
    EXPECT_EQ(SerializedSize(v), bytes.size());
    util::Result<Value> untyped = DeserializeValue(bytes);
    ASSERT_TRUE(untyped) << untyped.error().ToString();
    EXPECT_TRUE(*untyped == v) << ToReferenceString(*untyped) << " != " << ToReferenceString(v);
    EXPECT_EQ(SerializeValue(*untyped), bytes);
    util::Result<Value> typed = DeserializeValue(bytes, Typed(TypeOf(v)));
    ASSERT_TRUE(typed) << typed.error().ToString();
    EXPECT_TRUE(*typed == v);
  }
  static Value Tuple(std::vector<TupleEntry> entries) { return Must(Value::Tuple(std::move(entries))); }
  static Value NestedSomes(int levels) {
    Value v = Value::Int(1);
    for (int i = 0; i < levels; ++i) v = Must(Value::Some(v));
    return v;
  }
  // "0c" tuple header with `count` fields.
  static std::string TupleHeader(uint32_t count) {
    return "0c" + util::ToHex(Bytes{static_cast<uint8_t>(count >> 24), static_cast<uint8_t>(count >> 16),
                                    static_cast<uint8_t>(count >> 8), static_cast<uint8_t>(count)});
  }
  static std::string IntHex(uint8_t low) { return "00" + std::string(30, '0') + util::ToHex(Bytes{low}); }
  static std::string Field(std::string_view name, std::string_view value_hex) {
    return util::ToHex(Bytes{static_cast<uint8_t>(name.size())}) + util::ToHex(util::AsBytes(name)) +
           std::string(value_hex);
  }
  static constexpr std::string_view kHash = "11deadbeef11ababffff11deadbeef11ababffff";
};

TEST_F(SerializationTest, ReferenceVectorsDecodeAndReencode) {
  nlohmann::json vectors = Vectors();
  ASSERT_FALSE(vectors["valid"].empty());
  for (const auto& v : vectors["valid"]) {
    const std::string hex = v["hex"];
    util::Result<Value> value = Decode(hex);
    ASSERT_TRUE(value) << hex << ": " << value.error().ToString();
    EXPECT_EQ(ToReferenceString(*value), v["text"].get<std::string>()) << hex;
    EXPECT_EQ(SerializeValueToHex(*value), hex);
    EXPECT_EQ(SerializedSize(*value), hex.size() / 2);
    util::Result<Value> prefixed = DeserializeValueHex("0x" + hex);
    ASSERT_TRUE(prefixed) << hex;
    EXPECT_TRUE(*prefixed == *value);
    ExpectRoundTrip(*value);
  }
}

TEST_F(SerializationTest, ReferenceInvalidVectorsAreRejected) {
  nlohmann::json vectors = Vectors();
  ASSERT_FALSE(vectors["invalid"].empty());
  for (const auto& v : vectors["invalid"]) {
    util::Result<Value> value = DeserializeValueHex(v["hex"].get<std::string>());
    ASSERT_FALSE(value) << v["why"];
    EXPECT_EQ(util::ErrorCodeName(value.error().code), v["error"].get<std::string>()) << v["why"];
  }
}

// AppendValueHex appends what SerializeValueToHex answers, whatever the string held, one value after another
// (its buffer is reused between calls).
TEST_F(SerializationTest, AppendValueHexAppendsTheSerialization) {
  std::string out = "prefix::";
  const Value big = Value::Buffer(util::Bytes(300, 0xab)).value();
  AppendValueHex(out, big);
  AppendValueHex(out, Value::UInt(7));
  EXPECT_EQ(out, "prefix::" + SerializeValueToHex(big) + SerializeValueToHex(Value::UInt(7)));
  EXPECT_EQ(SerializeValueToHex(Value::UInt(7)), "0100000000000000000000000000000007");
}

// Ints, uints and bools, bare or inside one optional or response, take a short path into hex; it writes what the
// general writer (SerializeValue) writes, byte for byte, including at the integer extremes and after a prefix.
// Values around them that are nested deeper take the general path and agree too.
TEST_F(SerializationTest, ShortHexPathAgreesWithTheGeneralWriter) {
  const Int128 int_min = static_cast<Int128>(Uint128{1} << 127);
  const Int128 int_max = static_cast<Int128>((Uint128{1} << 127) - 1);
  std::vector<Value> atoms = {Value::Int(int_min),
                              Value::Int(int_max),
                              Value::Int(0),
                              Value::Int(-1),
                              Value::Int(0x0102030405060708),
                              Value::UInt(0),
                              Value::UInt(~Uint128{0}),
                              Value::UInt(Uint128{1} << 64),
                              Value::Bool(true),
                              Value::Bool(false)};
  std::vector<Value> values = atoms;
  for (const Value& atom : atoms) {
    values.push_back(Must(Value::Some(atom)));
    values.push_back(Must(Value::Ok(atom)));
    values.push_back(Must(Value::Err(atom)));
    values.push_back(Must(Value::Some(Must(Value::Some(atom)))));
    values.push_back(Must(Value::Ok(Must(Value::Err(atom)))));
  }
  values.push_back(Value::None());
  values.push_back(Must(Value::Some(Value::None())));
  for (const Value& v : values) {
    const std::string general = util::ToHex(SerializeValue(v));
    EXPECT_EQ(SerializeValueToHex(v), general) << ToReferenceString(v);
    std::string out = "vm::key::";
    AppendValueHex(out, v);
    EXPECT_EQ(out, "vm::key::" + general) << ToReferenceString(v);
  }
  EXPECT_EQ(SerializeValueToHex(Must(Value::Some(Value::Int(-2)))), "0a00fffffffffffffffffffffffffffffffe");
  EXPECT_EQ(SerializeValueToHex(Must(Value::Err(Value::Bool(true)))), "0803");
}

TEST_F(SerializationTest, IntegerExtremes) {
  const Int128 int_min = static_cast<Int128>(Uint128{1} << 127);
  const Int128 int_max = static_cast<Int128>((Uint128{1} << 127) - 1);
  EXPECT_EQ(SerializeValueToHex(Value::Int(int_min)), "0080000000000000000000000000000000");
  EXPECT_EQ(SerializeValueToHex(Value::Int(int_max)), "007fffffffffffffffffffffffffffffff");
  EXPECT_EQ(SerializeValueToHex(Value::UInt(~Uint128{0})), "01ffffffffffffffffffffffffffffffff");
  EXPECT_EQ(SerializeValueToHex(Value::UInt(0)), "0100000000000000000000000000000000");
  for (const Value& v : {Value::Int(int_min), Value::Int(int_max), Value::Int(0), Value::Int(-1),
                         Value::UInt(~Uint128{0}), Value::UInt(0)}) {
    ExpectRoundTrip(v);
  }
}

TEST_F(SerializationTest, EdgeValuesRoundTrip) {
  ExpectRoundTrip(Must(Value::Buffer({})));
  ExpectRoundTrip(Must(Value::Buffer(Bytes(MAX_VALUE_SIZE, 0xab))));
  ExpectRoundTrip(Must(Value::StringAscii("")));
  ExpectRoundTrip(Must(Value::StringAscii(" tab\there \"quoted\" \\ ~\f\r\n")));
  ExpectRoundTrip(Must(Value::StringUtf8("")));
  ExpectRoundTrip(Must(Value::StringUtf8("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xF4\x8F\xBF\xBF")));
  ExpectRoundTrip(Must(Value::StringUtf8(std::string(MAX_UTF8_VALUE_SIZE, 'z'))));
  ExpectRoundTrip(Must(Value::List({})));
  ExpectRoundTrip(Must(Value::List({Must(Value::List({})), Must(Value::List({Value::Int(1)}))})));
  ExpectRoundTrip(Value::None());
  ExpectRoundTrip(Must(Value::Some(Value::None())));
  ExpectRoundTrip(Must(Value::Ok(Must(Value::Err(Value::Bool(false))))));
  ExpectRoundTrip(Tuple({{"outer", Tuple({{"inner", Tuple({{"x", Value::UInt(7)}})}, {"b", Value::Bool(true)}})}}));
  ExpectRoundTrip(Must(Value::Principal({31, {}})));
  StandardPrincipal issuer{22, util::ToArray<20>(Hex(kHash))};
  ExpectRoundTrip(Must(Value::Contract({issuer, "a" + std::string(127, '_')})));
  ExpectRoundTrip(Must(Value::Contract({issuer, "__transient"})));
  ExpectRoundTrip(NestedSomes(15));
}

TEST_F(SerializationTest, WritesTupleFieldsInByteOrderOfNames) {
  Value t = Tuple({{"b", Value::Bool(true)}, {"a", Value::Bool(false)}, {"B", Value::None()}});
  EXPECT_EQ(SerializeValueToHex(t), TupleHeader(3) + Field("B", "09") + Field("a", "04") + Field("b", "03"));
}

TEST_F(SerializationTest, ReadsTupleFieldsInAnyOrder) {
  // The reference builds a BTreeMap from whatever order it reads; the bytes are not canonical.
  std::string unsorted = TupleHeader(2) + Field("b", "03") + Field("a", "04");
  Value t = Must(Decode(unsorted));
  EXPECT_TRUE(t == Tuple({{"a", Value::Bool(false)}, {"b", Value::Bool(true)}}));
  std::string sorted = SerializeValueToHex(t);
  EXPECT_EQ(sorted, TupleHeader(2) + Field("a", "04") + Field("b", "03"));
  EXPECT_EQ(sorted.size(), unsorted.size());
}

TEST_F(SerializationTest, RejectsRepeatedAndEmptyTuples) {
  EXPECT_EQ(ErrorOf(Decode(TupleHeader(2) + Field("a", "03") + Field("a", "04"))).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Decode(TupleHeader(0))).code, ErrorCode::kInvalidArgument);
}

TEST_F(SerializationTest, RejectsBadTupleFieldNames) {
  for (std::string_view name : {"", "1a", "a.b", "a b", "-a", "a,"}) {
    EXPECT_EQ(ErrorOf(Decode(TupleHeader(1) + Field(name, "03"))).code, ErrorCode::kInvalidArgument) << name;
  }
  EXPECT_EQ(ErrorOf(Decode(TupleHeader(1) + "02ff61" + "03")).code, ErrorCode::kInvalidArgument);  // not UTF-8
  EXPECT_TRUE(Decode(TupleHeader(1) + Field(std::string(128, 'k'), "03")));
  EXPECT_EQ(ErrorOf(Decode(TupleHeader(1) + Field(std::string(129, 'k'), "03"))).code, ErrorCode::kResourceExhausted);
}

TEST_F(SerializationTest, RejectsEveryTruncation) {
  std::vector<Value> values = {
      Value::Int(-5),
      Must(Value::Buffer({1, 2, 3})),
      Must(Value::StringUtf8("\xF0\x9F\x98\x80")),
      Must(Value::Contract({StandardPrincipal{26, {}}, "pox-4"})),
      Must(Value::List({Value::UInt(1), Value::UInt(2)})),
      Tuple({{"a", Value::None()}, {"bb", Must(Value::Some(Value::Bool(true)))}}),
      Must(Value::Err(Must(Value::StringAscii("x")))),
  };
  for (const Value& v : values) {
    Bytes bytes = SerializeValue(v);
    for (size_t n = 0; n < bytes.size(); ++n) {
      util::Result<Value> r = DeserializeValue(util::ByteView(bytes).first(n));
      EXPECT_EQ(ErrorOf(r).code, ErrorCode::kInvalidArgument) << ToReferenceString(v) << " cut at " << n;
    }
  }
}

TEST_F(SerializationTest, RejectsTrailingBytesButReadValueStopsAfterTheValue) {
  EXPECT_EQ(ErrorOf(Decode("0300")).code, ErrorCode::kInvalidArgument);
  Bytes two = Hex("03" + IntHex(7));
  codec::ByteReader reader(two);
  EXPECT_TRUE(Must(ReadValue(reader)).AsBool());
  EXPECT_EQ(reader.position(), 1u);
  EXPECT_EQ(Must(ReadValue(reader)).AsInt(), 7);
  EXPECT_TRUE(reader.ExpectEnd());
}

TEST_F(SerializationTest, RejectsLengthsPastTheInputOrTheLimit) {
  EXPECT_EQ(ErrorOf(Decode("0200000005010203")).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Decode("0d00000005616263")).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Decode("0e00000005616263")).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Decode("0b00000002" + IntHex(1))).code, ErrorCode::kInvalidArgument);
  // One past MAX_VALUE_SIZE, with no body: the limit is checked before the input.
  for (const char* prefix : {"02", "0b", "0c", "0d", "0e"}) {
    EXPECT_EQ(ErrorOf(Decode(std::string(prefix) + "00100001")).code, ErrorCode::kResourceExhausted) << prefix;
    EXPECT_EQ(ErrorOf(Decode(std::string(prefix) + "ffffffff")).code, ErrorCode::kResourceExhausted) << prefix;
  }
}

TEST_F(SerializationTest, RejectsBadStrings) {
  EXPECT_EQ(ErrorOf(Decode("0d0000000100")).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Decode("0d000000017f")).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Decode("0d0000000180")).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Decode("0d000000010b")).code, ErrorCode::kInvalidArgument);  // vertical tab
  EXPECT_TRUE(Decode("0d00000004090a0c0d"));                                     // \t \n \f \r
  for (const char* bad : {"c080", "eda080", "f4908080", "e282", "80", "ff", "f09f98"}) {
    std::string hex = util::ToHex(Hex(bad));
    std::string len = util::ToHex(Bytes{0, 0, 0, static_cast<uint8_t>(hex.size() / 2)});
    EXPECT_EQ(ErrorOf(Decode("0e" + len + hex)).code, ErrorCode::kInvalidArgument) << bad;
  }
  // A string-utf8 of 1 MiB of ASCII bytes fits the byte limit but has too many characters.
  Bytes too_many = Hex("0e00100000");
  too_many.resize(too_many.size() + MAX_VALUE_SIZE, 'a');
  EXPECT_EQ(ErrorOf(DeserializeValue(too_many)).code, ErrorCode::kResourceExhausted);
}

TEST_F(SerializationTest, RejectsBadPrincipals) {
  EXPECT_TRUE(Decode("051f" + std::string(kHash)));
  EXPECT_EQ(ErrorOf(Decode("0520" + std::string(kHash))).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Decode("05ff" + std::string(kHash))).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Decode("0620" + std::string(kHash) + "0461626364")).code, ErrorCode::kInvalidArgument);
  const std::string issuer = "0616" + std::string(kHash);
  EXPECT_EQ(ErrorOf(Decode(issuer + "00")).code, ErrorCode::kInvalidArgument);        // empty name
  EXPECT_EQ(ErrorOf(Decode(issuer + "03316162")).code, ErrorCode::kInvalidArgument);  // "1ab"
  EXPECT_EQ(ErrorOf(Decode(issuer + "03612e62")).code, ErrorCode::kInvalidArgument);  // "a.b"
  EXPECT_EQ(ErrorOf(Decode(issuer + "0261ff")).code, ErrorCode::kInvalidArgument);    // not UTF-8
  const std::string name128 = "a" + std::string(127, 'b');
  EXPECT_TRUE(Decode(issuer + "80" + util::ToHex(util::AsBytes(name128))));
  EXPECT_EQ(ErrorOf(Decode(issuer + "81" + util::ToHex(util::AsBytes(name128 + "b")))).code,
            ErrorCode::kResourceExhausted);
}

TEST_F(SerializationTest, CallablesSerializeAsContractPrincipals) {
  ContractIdentifier contract{StandardPrincipal{26, util::ToArray<20>(Hex(kHash))}, "token"};
  TraitIdentifier trait{"ft-trait", contract};
  Value callable = Must(Value::Callable(contract, trait));
  Value principal = Must(Value::Contract(contract));
  EXPECT_EQ(SerializeValue(callable), SerializeValue(principal));
  EXPECT_EQ(SerializedSize(callable), SerializeValue(callable).size());
  EXPECT_TRUE(Must(DeserializeValue(SerializeValue(callable))) == principal);
}

// What DeserializesAsItself accepts reads back, with a wider type that admits it and sanitized or not, as a value
// identical to it (type and size included); what it refuses may not.
TEST_F(SerializationTest, DeserializesAsItselfMeansTheReadValueIsTheSame) {
  ContractIdentifier contract{StandardPrincipal{26, util::ToArray<20>(Hex(kHash))}, "token"};
  struct Case {
    Value value;
    TypeSignature wider;
  };
  const Value buffer = Must(Value::Buffer(Bytes{1, 2}));
  const Value ascii = Must(Value::StringAscii("hi"));
  const Value utf8 = Must(Value::StringUtf8("\xc3\xa9"));
  const std::vector<Case> accepted = {
      {Value::Int(-5), TypeSignature::Int()},
      {Value::UInt(5), TypeSignature::UInt()},
      {Value::Bool(true), TypeSignature::Bool()},
      {buffer, TypeSignature::Buffer(100).value()},
      {ascii, TypeSignature::StringAscii(100).value()},
      {utf8, TypeSignature::StringUtf8(100).value()},
      {Must(Value::Principal(StandardPrincipal{26, util::ToArray<20>(Hex(kHash))})), TypeSignature::Principal()},
      {Must(Value::Contract(contract)), TypeSignature::Principal()},
      {Value::None(), TypeSignature::Optional(TypeSignature::UInt()).value()},
      {Must(Value::Some(buffer)), TypeSignature::Optional(TypeSignature::Buffer(100).value()).value()},
      {Must(Value::Ok(Value::UInt(1))), TypeSignature::Response(TypeSignature::UInt(), TypeSignature::Int()).value()},
      {Must(Value::Err(ascii)),
       TypeSignature::Response(TypeSignature::Bool(), TypeSignature::StringAscii(100).value()).value()},
  };
  for (const Case& c : accepted) {
    SCOPED_TRACE(ToReferenceString(c.value));
    EXPECT_TRUE(DeserializesAsItself(c.value));
    for (bool sanitize : {false, true}) {
      Value read = Must(DeserializeValue(SerializeValue(c.value), Typed(c.wider, sanitize)));
      EXPECT_TRUE(read == c.value);
      EXPECT_TRUE(TypeOf(read) == TypeOf(c.value));
      EXPECT_EQ(TypeOf(read).Size(), TypeOf(c.value).Size());
    }
  }
  // A list takes the reading type as its own (and so another size); a callable reads back as a contract principal.
  const Value list = Must(Value::List({Value::Int(1)}));
  EXPECT_FALSE(DeserializesAsItself(list));
  const Value read_list =
      Must(DeserializeValue(SerializeValue(list), Typed(TypeSignature::List(TypeSignature::Int(), 50).value())));
  EXPECT_FALSE(TypeOf(read_list) == TypeOf(list));
  EXPECT_FALSE(DeserializesAsItself(Tuple({{"a", Value::Int(1)}})));
  EXPECT_FALSE(DeserializesAsItself(Must(Value::Some(list))));
  const Value callable = Must(Value::Callable(contract, TraitIdentifier{"ft-trait", contract}));
  EXPECT_FALSE(DeserializesAsItself(callable));
  EXPECT_FALSE(DeserializesAsItself(Must(Value::Some(callable))));
  // Optionals of optionals are left to the decoder and its depth limits.
  EXPECT_FALSE(DeserializesAsItself(NestedSomes(2)));
}

TEST_F(SerializationTest, UntypedReadsNestAtMost16Deep) {
  // The top level plus 15 containers.
  EXPECT_TRUE(DeserializeValue(SerializeValue(NestedSomes(15))));
  EXPECT_EQ(ErrorOf(DeserializeValue(SerializeValue(NestedSomes(16)))).code, ErrorCode::kResourceExhausted);
  Value list = Value::Int(0);
  for (int i = 0; i < 16; ++i) list = Must(Value::List({list}));
  EXPECT_EQ(ErrorOf(DeserializeValue(SerializeValue(list))).code, ErrorCode::kResourceExhausted);
}

TEST_F(SerializationTest, SanitizingReadsNestTo32) {
  Value v = NestedSomes(30);
  TypeSignature type = TypeOf(v);
  EXPECT_EQ(ErrorOf(DeserializeValue(SerializeValue(v), Typed(type))).code, ErrorCode::kResourceExhausted);
  util::Result<Value> sanitized = DeserializeValue(SerializeValue(v), Typed(type, /*sanitize=*/true));
  ASSERT_TRUE(sanitized) << sanitized.error().ToString();
  EXPECT_TRUE(*sanitized == v);
}

TEST_F(SerializationTest, RejectsListsWithoutACommonType) {
  EXPECT_EQ(ErrorOf(Decode("0b00000002" + IntHex(1) + "01" + std::string(30, '0') + "01")).code,
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Decode("0b00000002" + std::string("03") + "0d0000000161")).code, ErrorCode::kInvalidArgument);
  // Tuples unify only when the second has the first's fields.
  std::string ab = TupleHeader(2) + Field("a", "03") + Field("b", "03");
  std::string abc = TupleHeader(3) + Field("a", "03") + Field("b", "03") + Field("c", "03");
  EXPECT_TRUE(Decode("0b00000002" + ab + abc));
  EXPECT_EQ(ErrorOf(Decode("0b00000002" + abc + ab)).code, ErrorCode::kInvalidArgument);
}

TEST_F(SerializationTest, RejectsListsLargerThanMaxValueSize) {
  // 65536 ints: 1.1 MB on the wire but 16 * 65536 + 6 in type size.
  Bytes bytes = Hex("0b00010000");
  for (int i = 0; i < 65536; ++i) {
    Bytes one = Hex(IntHex(1));
    bytes.insert(bytes.end(), one.begin(), one.end());
  }
  EXPECT_EQ(ErrorOf(DeserializeValue(bytes)).code, ErrorCode::kResourceExhausted);
}

TEST_F(SerializationTest, TypedReadsCheckTheExpectedType) {
  // test_bad_expectation cases.
  EXPECT_EQ(ErrorOf(Decode("03", Typed(TypeSignature::Int()))).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Decode(IntHex(1), Typed(TypeSignature::UInt()))).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Decode("09", Typed(TypeSignature::Int()))).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Decode("0a" + IntHex(1), Typed(TypeSignature::Int()))).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Decode("07" + IntHex(1), Typed(TypeSignature::Int()))).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Decode("0200000002abcd", Typed(TypeSignature::Buffer(1).value()))).code,
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Decode("0e00000004f09f9880", Typed(TypeSignature::StringUtf8(0).value()))).code,
            ErrorCode::kInvalidArgument);
  EXPECT_TRUE(Decode("0e00000004f09f9880", Typed(TypeSignature::StringUtf8(1).value())));
  TypeSignature resp = TypeSignature::Response(TypeSignature::Int(), TypeSignature::NoType()).value();
  EXPECT_EQ(ErrorOf(Decode("08" + IntHex(1), Typed(resp))).code, ErrorCode::kInvalidArgument);
  // A typed list carries the declared type.
  TypeSignature list_type = TypeSignature::List(TypeSignature::Int(), 5).value();
  Value list = Must(Decode("0b00000001" + IntHex(1), Typed(list_type)));
  EXPECT_TRUE(TypeOf(list) == list_type);
  EXPECT_EQ(ErrorOf(Decode("0b00000006", Typed(list_type))).code, ErrorCode::kInvalidArgument);
}

TEST_F(SerializationTest, TypedTupleFieldHandlingFollowsTheEpochRules) {
  // typed_tuple_deserialization_epoch_gated: Epoch 2.1 reads unsanitized, 4.0 sanitizes, 4.1 also rejects repeats.
  const std::string kDuplicate =
      "0c000000020161000000000000000000000000000000000101610000000000000000000000000000000002";
  const std::string kDuplicateWithUnknown =
      "0c00000003016100000000000000000000000000000000010161000000000000000000000000000000000201630000000000000000000000"
      "000000000003";
  const std::string kReduced = "0c0000000101610000000000000000000000000000000002";
  TypeSignature ab = TypeSignature::Tuple({{"a", TypeSignature::Int()}, {"b", TypeSignature::Int()}}).value();
  Value well_formed = Tuple({{"a", Value::Int(1)}, {"b", Value::Int(2)}});
  std::string wider = SerializeValueToHex(Tuple({{"a", Value::Int(1)}, {"b", Value::Int(2)}, {"c", Value::Int(3)}}));
  std::string missing = SerializeValueToHex(Tuple({{"a", Value::Int(1)}}));
  const DeserializeOptions epoch21 = Typed(ab);
  const DeserializeOptions epoch40 = Typed(ab, true);
  const DeserializeOptions epoch41 = Typed(ab, true, TupleFieldRule::kExactFieldSet);

  for (const auto& options : {epoch21, epoch40, epoch41}) {
    EXPECT_TRUE(Must(DeserializeValueHex(SerializeValueToHex(well_formed), options)) == well_formed);
    EXPECT_EQ(ErrorOf(DeserializeValueHex(missing, options)).code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(ErrorOf(DeserializeValueHex(SerializeValueToHex(well_formed) + "00", options)).code,
              ErrorCode::kInvalidArgument);
  }
  EXPECT_EQ(ErrorOf(DeserializeValueHex(wider, epoch21)).code, ErrorCode::kInvalidArgument);
  EXPECT_TRUE(Must(DeserializeValueHex(wider, epoch40)) == well_formed);
  EXPECT_TRUE(Must(DeserializeValueHex(wider, epoch41)) == well_formed);
  EXPECT_EQ(SerializeValueToHex(Must(DeserializeValueHex(kDuplicate, epoch21))), kReduced);
  EXPECT_EQ(SerializeValueToHex(Must(DeserializeValueHex(kDuplicate, epoch40))), kReduced);
  EXPECT_EQ(ErrorOf(DeserializeValueHex(kDuplicate, epoch41)).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(DeserializeValueHex(kDuplicateWithUnknown, epoch21)).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(SerializeValueToHex(Must(DeserializeValueHex(kDuplicateWithUnknown, epoch40))), kReduced);
  EXPECT_EQ(ErrorOf(DeserializeValueHex(kDuplicateWithUnknown, epoch41)).code, ErrorCode::kInvalidArgument);

  // The same inside an optional and inside an outer tuple.
  TypeSignature opt = TypeSignature::Optional(ab).value();
  EXPECT_EQ(SerializeValueToHex(Must(DeserializeValueHex("0a" + kDuplicate, Typed(opt, true)))), "0a" + kReduced);
  EXPECT_EQ(ErrorOf(DeserializeValueHex("0a" + kDuplicate, Typed(opt, true, TupleFieldRule::kExactFieldSet))).code,
            ErrorCode::kInvalidArgument);
  TypeSignature outer = TypeSignature::Tuple({{"x", ab}}).value();
  EXPECT_EQ(SerializeValueToHex(Must(DeserializeValueHex("0c000000010178" + kDuplicate, Typed(outer, true)))),
            "0c000000010178" + kReduced);
  EXPECT_EQ(
      ErrorOf(DeserializeValueHex("0c000000010178" + kDuplicate, Typed(outer, true, TupleFieldRule::kExactFieldSet)))
          .code,
      ErrorCode::kInvalidArgument);
  // Untyped reads never allow repeats.
  EXPECT_EQ(ErrorOf(DeserializeValueHex(kDuplicate)).code, ErrorCode::kInvalidArgument);
}

TEST_F(SerializationTest, SanitizingReadsAreBoundedAt15MB) {
  // Fifteen fields the type does not declare, each a 1 MiB buffer: read and dropped, until the bound.
  TypeSignature a_only = TypeSignature::Tuple({{"a", TypeSignature::Int()}}).value();
  Bytes bytes = Hex(TupleHeader(16) + Field("a", IntHex(1)));
  for (char c = 'b'; c < 'b' + 15; ++c) {
    Bytes field = Hex(Field(std::string(1, c), "0200100000"));
    bytes.insert(bytes.end(), field.begin(), field.end());
    bytes.resize(bytes.size() + MAX_VALUE_SIZE, 0);
  }
  ASSERT_GT(bytes.size(), SANITIZATION_READ_BOUND);
  EXPECT_EQ(ErrorOf(DeserializeValue(bytes, Typed(a_only, true))).code, ErrorCode::kResourceExhausted);
  // Fourteen fit.
  Bytes fewer = Hex(TupleHeader(15) + Field("a", IntHex(1)));
  for (char c = 'b'; c < 'b' + 14; ++c) {
    Bytes field = Hex(Field(std::string(1, c), "0200100000"));
    fewer.insert(fewer.end(), field.begin(), field.end());
    fewer.resize(fewer.size() + MAX_VALUE_SIZE, 0);
  }
  EXPECT_TRUE(Must(DeserializeValue(fewer, Typed(a_only, true))) == Tuple({{"a", Value::Int(1)}}));
}

TEST_F(SerializationTest, HexHelpers) {
  EXPECT_EQ(SerializeValueToHex(Value::Bool(true)), "03");
  EXPECT_TRUE(Must(DeserializeValueHex("0x03")).AsBool());
  EXPECT_TRUE(Must(DeserializeValueHex("03")).AsBool());
  EXPECT_EQ(ErrorOf(DeserializeValueHex("0g")).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(DeserializeValueHex("030")).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(DeserializeValueHex("")).code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace stacks::clarity
