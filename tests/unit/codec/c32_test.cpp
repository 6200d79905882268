#include "codec/c32.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

#include "test_util.h"
#include "util/hex.h"

namespace stacks::codec {
namespace {

using stacks::testing::ErrorOf;

using util::Bytes;
using util::ErrorCode;

class C32Test : public ::testing::Test {
 protected:
  // Expected values in c32_vectors.json come from the c32check npm package 2.0.0 (c32encode, c32checkEncode,
  // c32address), including the tables of its own unit tests.
  static const nlohmann::json& Vectors() {
    static const nlohmann::json vectors = [] { return testing::LoadTestData("c32_vectors.json"); }();
    return vectors;
  }
  static Bytes Hex(std::string_view text) { return util::FromHex(text).value(); }
  static crypto::Hash160 Hash(std::string_view text) { return util::ToArray<20>(Hex(text)); }
  static std::string Replace(std::string s, char from, char to) {
    std::replace(s.begin(), s.end(), from, to);
    return s;
  }
  static std::string Lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }
};

TEST_F(C32Test, EncodesLikeC32check) {
  const auto& vectors = Vectors()["c32_encode"];
  ASSERT_GE(vectors.size(), 100u);
  for (const auto& v : vectors) {
    const Bytes data = Hex(v["hex"].get<std::string>());
    const std::string text = v["c32"];
    EXPECT_EQ(C32Encode(data), text) << v["hex"];
    auto back = C32Decode(text);
    ASSERT_TRUE(back) << text;
    EXPECT_EQ(*back, data) << text;
  }
}

TEST_F(C32Test, StacksCoreSimpleVectors) {
  // stacks-common/src/address/c32.rs test_simple.
  EXPECT_EQ(C32Encode(Hex("a46ff88886c2ef9762d970b4d2c63678835bd39d")), "MHQZH246RBQSERPSE2TD5HHPF21NQMWX");
  EXPECT_EQ(C32Encode(Hex("0000000000000000000000000000000000000001")), "00000000000000000001");
  EXPECT_EQ(C32Encode(Hex("000001")), "001");
  EXPECT_EQ(C32Encode(Hex("10")), "G");
  EXPECT_EQ(C32Encode(Hex("0100000000")), "4000000");
  EXPECT_EQ(C32Encode({}), "");
}

TEST_F(C32Test, CheckEncodesLikeC32checkAndDecodesHomoglyphs) {
  const auto& vectors = Vectors()["c32check"];
  ASSERT_GE(vectors.size(), 300u);
  for (const auto& v : vectors) {
    const auto version = v["version"].get<uint8_t>();
    const Bytes data = Hex(v["hex"].get<std::string>());
    const std::string text = v["c32check"];
    auto encoded = C32CheckEncode(version, data);
    ASSERT_TRUE(encoded);
    EXPECT_EQ(*encoded, text);
    // As c32check's own tests: 1 may be written I, i, L or l; 0 as O or o; and any letter in lower case.
    for (const std::string& variant :
         {text, Replace(text, '1', 'I'), Replace(text, '1', 'i'), Replace(text, '1', 'L'), Replace(text, '1', 'l'),
          Replace(text, '0', 'O'), Replace(text, '0', 'o'), Lower(text)}) {
      auto decoded = C32CheckDecode(variant);
      ASSERT_TRUE(decoded) << variant << ": " << decoded.error().ToString();
      EXPECT_EQ(decoded->version, version) << variant;
      EXPECT_EQ(decoded->data, data) << variant;
    }
  }
}

TEST_F(C32Test, AddressesLikeC32check) {
  const auto& vectors = Vectors()["c32_address"];
  ASSERT_GE(vectors.size(), 100u);
  for (const auto& v : vectors) {
    const auto version = v["version"].get<uint8_t>();
    const crypto::Hash160 hash = Hash(v["hash160"].get<std::string>());
    const std::string text = v["address"];
    auto encoded = C32AddressEncode(version, hash);
    ASSERT_TRUE(encoded);
    EXPECT_EQ(*encoded, text);
    auto decoded = C32AddressDecode(text);
    ASSERT_TRUE(decoded) << text;
    EXPECT_EQ(*decoded, (C32AddressParts{version, hash}));
  }
}

TEST_F(C32Test, BootAddresses) {
  EXPECT_EQ(*C32AddressEncode(22, crypto::Hash160{}), "SP000000000000000000002Q6VF78");
  EXPECT_EQ(*C32AddressEncode(26, crypto::Hash160{}), "ST000000000000000000002AMW42H");
}

TEST_F(C32Test, RejectsCharactersOutsideAlphabetNamingPosition) {
  auto r = C32Decode("12U4");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.error().message, "invalid c32 character 'U' at position 2");
  for (std::string_view bad : {"u", "!", " ", "-", "=", "\x7f"}) {
    EXPECT_EQ(ErrorOf(C32Decode("0" + std::string(bad))).code, ErrorCode::kInvalidArgument) << bad;
  }
  // c32check's own invalid-input cases.
  EXPECT_EQ(ErrorOf(C32Decode("wtu")).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(C32CheckDecode("sn1g96reo5bq9f5n5famjwsgg3hegs6uuia5jq19")).code, ErrorCode::kInvalidArgument);
}

TEST_F(C32Test, RejectsNonAsciiLikeStacksCore) {
  // stacks-core test_ascii_only: U+1D7D8 MATHEMATICAL DOUBLE-STRUCK DIGIT ZERO in place of '0'.
  auto r = C32AddressDecode(
      "S\xf0\x9d\x9f\x98"
      "2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKPVKG2CE");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.error().message, "non-ASCII character in c32 text at position 1");
  // c32check upper-cases Unicode first and would read U+0131 (dotless i) as '1'; we refuse it.
  EXPECT_EQ(ErrorOf(C32Decode("\xc4\xb1")).code, ErrorCode::kInvalidArgument);
}

TEST_F(C32Test, LeadingZeroBytesAreLeadingZeros) {
  EXPECT_EQ(C32Encode(Hex("00")), "0");
  EXPECT_EQ(C32Encode(Hex("0000")), "00");
  EXPECT_EQ(*C32Decode("0"), Hex("00"));
  EXPECT_EQ(*C32Decode("00"), Hex("0000"));
  EXPECT_EQ(*C32Decode("oO"), Hex("0000"));
  EXPECT_EQ(*C32Decode("01"), Hex("0001"));
  // Digits that overflow a byte boundary still decode to the minimal big-endian number.
  EXPECT_EQ(*C32Decode("ZZ"), Hex("03ff"));
}

TEST_F(C32Test, ByteOrderMarkPrefixFollowsStacksCoreNotC32check) {
  // c32check 2.0.0 counts leading zero bytes after a UTF-8 decode that drops a leading EF BB BF, so it encodes
  // efbbbf00ff as "0XYXVY07Z" (and efbbbf0000ff as "007FQEZG007Z"). stacks-core, and we, give the canonical form.
  EXPECT_EQ(C32Encode(Hex("efbbbf00ff")), "XYXVY07Z");
  EXPECT_EQ(*C32Decode("XYXVY07Z"), Hex("efbbbf00ff"));
  EXPECT_EQ(C32Encode(Hex("00efbbbf00ff")), "0XYXVY07Z");
}

TEST_F(C32Test, CheckEncodeRejectsVersionAbove31) {
  EXPECT_TRUE(C32CheckEncode(31, Hex("abcdef")));
  for (uint8_t version : {32, 100, 255}) {
    auto r = C32CheckEncode(version, Hex("abcdef"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(ErrorOf(C32AddressEncode(version, crypto::Hash160{})).code, ErrorCode::kInvalidArgument);
  }
}

TEST_F(C32Test, CheckDecodeRejectsBadChecksum) {
  for (std::string_view text :
       {"sia5jq18", "P2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ8", "Q2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7"}) {
    auto r = C32CheckDecode(text);
    ASSERT_FALSE(r) << text;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(r.error().message, "bad c32check checksum") << text;
  }
}

TEST_F(C32Test, CheckDecodeRejectsTooShortText) {
  EXPECT_EQ(ErrorOf(C32CheckDecode("")).message, "empty c32check text");
  EXPECT_EQ(ErrorOf(C32CheckDecode("P")).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(C32CheckDecode("Wtz")).message, "c32check data too short: 2 bytes");
  EXPECT_EQ(ErrorOf(C32CheckDecode("U37JJX3D")).message, "invalid c32 character 'U' at position 0");
}

TEST_F(C32Test, CheckDecodeAcceptsEmptyDataLikeC32check) {
  // c32checkEncode(22, '') is "P37JJX3D" and c32checkDecode returns [22, '']; stacks-core would refuse this.
  EXPECT_EQ(*C32CheckEncode(22, {}), "P37JJX3D");
  auto r = C32CheckDecode("P37JJX3D");
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, (C32CheckPayload{22, {}}));
}

TEST_F(C32Test, AddressDecodeRejectsC32checkInvalidCases) {
  // c32check's "c32address invalid input" decodes: extra character, bad checksum, missing character.
  for (std::string_view text :
       {"ST2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKQYAC0RQ0", "ST2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKQYAC0RR",
        "ST2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKQYAC0R"}) {
    auto r = C32AddressDecode(text);
    ASSERT_FALSE(r) << text;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(r.error().message, "bad c32check checksum") << text;
  }
  EXPECT_EQ(ErrorOf(C32AddressDecode("ST2J")).message, "c32 address too short: 4 chars");
  EXPECT_EQ(ErrorOf(C32AddressDecode("SP37J")).message, "c32 address too short: 5 chars");
  EXPECT_EQ(ErrorOf(C32AddressDecode("bP2CT665Q0JB7P39TZ7BST0QYCAQSMJWBZK8QT35J")).message,
            "c32 address must start with 'S'");
}

TEST_F(C32Test, AddressMustStartWithUpperCaseS) {
  // c32check checks the raw first character; stacks-core skips it unchecked. The rest is normalised.
  EXPECT_EQ(ErrorOf(C32AddressDecode("sP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7")).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(C32AddressDecode("XP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7")).code, ErrorCode::kInvalidArgument);
  auto r = C32AddressDecode("Sp2j6zy48gv1ez5v2v5rb9mp66sw86pykknrv9ej7");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->version, 22);
  EXPECT_EQ(r->hash160, Hash("a46ff88886c2ef9762d970b4d2c63678835bd39d"));
}

TEST_F(C32Test, AddressNormalisesLikeStacksCore) {
  // stacks-core test_normalize (the upper-case-S half; the lower-case-s half is refused, as c32check does).
  for (std::string_view text :
       {"S02J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKPVKG2CE", "SO2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKPVKG2CE",
        "S02J6ZY48GVLEZ5V2V5RB9MP66SW86PYKKPVKG2CE", "SO2J6ZY48GVLEZ5V2V5RB9MP66SW86PYKKPVKG2CE"}) {
    auto r = C32AddressDecode(text);
    ASSERT_TRUE(r) << text;
    EXPECT_EQ(*r, (C32AddressParts{0, Hash("a46ff88886c2ef9762d970b4d2c63678835bd39d")}));
  }
}

TEST_F(C32Test, AddressRejectsWrongDataLength) {
  // c32check's c32addressDecode returns these; an address needs exactly 20 bytes.
  for (std::string_view hex :
       {"", "a46ff88886c2ef9762d970b4d2c63678835bd3", "0011223344556677889900112233445566778899aabb"}) {
    const std::string text = "S" + *C32CheckEncode(22, Hex(hex));
    auto r = C32AddressDecode(text);
    ASSERT_FALSE(r) << text;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(r.error().message, "c32 address hash must be 20 bytes, got " + std::to_string(hex.size() / 2));
    auto any = C32AddressDecodeAnyLength(text);
    ASSERT_TRUE(any);
    EXPECT_EQ(any->data, Hex(hex));
  }
}

TEST_F(C32Test, AddressErrorPositionsCountFromTheS) {
  auto r = C32AddressDecode("SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EU7");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, "invalid c32 character 'U' at position 39");
  EXPECT_EQ(ErrorOf(C32AddressDecode("SU2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7")).message,
            "invalid c32 character 'U' at position 1");
}

TEST_F(C32Test, EveryVersionCharacterRoundTrips) {
  const crypto::Hash160 hash = Hash("a46ff88886c2ef9762d970b4d2c63678835bd39d");
  for (uint8_t version = 0; version <= C32_MAX_VERSION; ++version) {
    auto text = C32AddressEncode(version, hash);
    ASSERT_TRUE(text);
    EXPECT_EQ((*text)[1], C32_ALPHABET[version]);
    EXPECT_EQ(*C32AddressDecode(*text), (C32AddressParts{version, hash}));
  }
}

}  // namespace
}  // namespace stacks::codec
