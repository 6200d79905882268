#include "codec/stacks_address.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_util.h"
#include "util/hex.h"

namespace stacks::codec {
namespace {

using stacks::testing::ErrorOf;

using util::Bytes;
using util::ErrorCode;
using namespace std::string_view_literals;

class StacksAddressTest : public ::testing::Test {
 protected:
  static Bytes Hex(std::string_view text) { return util::FromHex(text).value(); }
  static crypto::Hash160 Hash(std::string_view text) { return util::ToArray<20>(Hex(text)); }
  static constexpr std::string_view HASH = "a46ff88886c2ef9762d970b4d2c63678835bd39d";
  static constexpr std::string_view MAINNET = "SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7";
  static StacksAddress Address() { return StacksAddress{C32_ADDRESS_VERSION_MAINNET_SINGLESIG, Hash(HASH)}; }
  static ErrorCode NameError(std::string_view name, size_t max_length = CONTRACT_NAME_MAX_PARSE_LENGTH) {
    auto status = ValidateContractName(name, max_length);
    EXPECT_FALSE(status) << name;
    return status ? ErrorCode::kUnimplemented : status.error().code;
  }
  // The SIP-005 encoding of a contract name of `length` (claimed) bytes.
  static Bytes NameWire(uint8_t length, std::string_view body) {
    Bytes out{length};
    util::Append(out, util::AsBytes(body));
    return out;
  }
};

TEST_F(StacksAddressTest, VersionsGiveTheirPrefixes) {
  const crypto::Hash160 hash = Hash(HASH);
  EXPECT_EQ(StacksAddress({C32_ADDRESS_VERSION_MAINNET_SINGLESIG, hash}).ToString(), MAINNET);
  EXPECT_EQ(StacksAddress({C32_ADDRESS_VERSION_MAINNET_MULTISIG, hash}).ToString(),
            "SM2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKQVX8X0G");
  EXPECT_EQ(StacksAddress({C32_ADDRESS_VERSION_TESTNET_SINGLESIG, hash}).ToString(),
            "ST2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKQYAC0RQ");
  EXPECT_EQ(StacksAddress({C32_ADDRESS_VERSION_TESTNET_MULTISIG, hash}).ToString(),
            "SN2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKP6D2ZK9");
  EXPECT_TRUE(StacksAddress({C32_ADDRESS_VERSION_MAINNET_MULTISIG, hash}).IsMainnet());
  EXPECT_FALSE(StacksAddress({C32_ADDRESS_VERSION_TESTNET_SINGLESIG, hash}).IsMainnet());
}

TEST_F(StacksAddressTest, ParseNormalisesAndPrintsCanonically) {
  auto parsed = StacksAddress::Parse("Sp2j6zy48gv1ez5v2v5rb9mp66sw86pykknrv9ej7");
  ASSERT_TRUE(parsed);
  EXPECT_EQ(*parsed, Address());
  EXPECT_EQ(parsed->ToString(), MAINNET);
}

TEST_F(StacksAddressTest, ParseRejectsBadAddresses) {
  EXPECT_EQ(ErrorOf(StacksAddress::Parse("SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ8")).message,
            "bad c32check checksum");
  EXPECT_EQ(ErrorOf(StacksAddress::Parse("XP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7")).code,
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(StacksAddress::Parse("SP37JJX3D")).message, "c32 address hash must be 20 bytes, got 0");
  EXPECT_EQ(ErrorOf(StacksAddress::Parse("")).code, ErrorCode::kInvalidArgument);
}

TEST_F(StacksAddressTest, CreateChecksVersion) {
  EXPECT_TRUE(StacksAddress::Create(31, Hash(HASH)));
  auto r = StacksAddress::Create(32, Hash(HASH));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
}

TEST_F(StacksAddressTest, InvalidVersionPrintsWithoutAborting) {
  EXPECT_EQ(StacksAddress({40, crypto::Hash160{}}).ToString(),
            "invalid-stacks-address(version=40,hash160=0000000000000000000000000000000000000000)");
}

TEST_F(StacksAddressTest, FromPublicKeyMatchesStacksJs) {
  // Expected values in stacks_address_vectors.json come from @stacks/transactions 6.17.0 getAddressFromPublicKey.
  auto vectors = testing::LoadTestData("stacks_address_vectors.json")["public_key_addresses"];
  ASSERT_GE(vectors.size(), 12u);
  for (const auto& v : vectors) {
    const Bytes key = Hex(v["public_key"].get<std::string>());
    auto mainnet = StacksAddress::FromPublicKey(C32_ADDRESS_VERSION_MAINNET_SINGLESIG, key);
    auto testnet = StacksAddress::FromPublicKey(C32_ADDRESS_VERSION_TESTNET_SINGLESIG, key);
    ASSERT_TRUE(mainnet && testnet);
    EXPECT_EQ(mainnet->ToString(), v["mainnet"].get<std::string>());
    EXPECT_EQ(testnet->ToString(), v["testnet"].get<std::string>());
  }
}

TEST_F(StacksAddressTest, FromPublicKeyRejectsMalformedKeys) {
  const std::string x = "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798";
  const std::string y = "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8";
  EXPECT_TRUE(StacksAddress::FromPublicKey(22, Hex("02" + x)));
  EXPECT_TRUE(StacksAddress::FromPublicKey(22, Hex("04" + x + y)));
  for (const std::string& bad : {x, "04" + x, "02" + x + y, "06" + x + y, "07" + x + y, "00" + x, std::string()}) {
    auto r = StacksAddress::FromPublicKey(22, Hex(bad));
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  }
  EXPECT_EQ(ErrorOf(StacksAddress::FromPublicKey(32, Hex("02" + x))).code, ErrorCode::kInvalidArgument);
}

TEST_F(StacksAddressTest, ContractNamesFollowTheReferenceRules) {
  for (std::string_view good : {"a", "Z", "pox-4", "A_b-9", "sip-010-trait-ft-standard", "__transient", "a--__"}) {
    EXPECT_TRUE(ValidateContractName(good)) << good;
  }
  EXPECT_TRUE(ValidateContractName(std::string(128, 'a')));
  EXPECT_EQ(NameError(""), ErrorCode::kInvalidArgument);
  for (std::string_view bad :
       {"1abc", "-a", "_a", "__transient2", "__Transient", "a.b", "a b", "a!", "a?", "a/b", "caf\xc3\xa9", "a\n"}) {
    EXPECT_EQ(NameError(bad), ErrorCode::kInvalidArgument) << bad;
  }
  EXPECT_EQ(NameError(std::string(129, 'a')), ErrorCode::kResourceExhausted);
  EXPECT_EQ(NameError(std::string(41, 'a'), CONTRACT_NAME_MAX_LENGTH), ErrorCode::kResourceExhausted);
  // A caller's limit above 128 does not widen the rule.
  EXPECT_EQ(NameError(std::string(129, 'a'), 1000), ErrorCode::kResourceExhausted);
  EXPECT_EQ(ErrorOf(ValidateContractName("ab!")).message, "invalid character in contract name at position 2");
}

TEST_F(StacksAddressTest, ParsesStandardAndContractPrincipals) {
  auto standard = ParsePrincipal(MAINNET);
  ASSERT_TRUE(standard);
  ASSERT_TRUE(std::holds_alternative<StandardPrincipal>(*standard));
  EXPECT_EQ(std::get<StandardPrincipal>(*standard), Address());

  auto contract = ParsePrincipal("SP000000000000000000002Q6VF78.pox-4");
  ASSERT_TRUE(contract);
  ASSERT_TRUE(std::holds_alternative<ContractPrincipal>(*contract));
  const auto& c = std::get<ContractPrincipal>(*contract);
  EXPECT_EQ(c.issuer, (StacksAddress{22, crypto::Hash160{}}));
  EXPECT_EQ(c.name, "pox-4");
  EXPECT_EQ(PrincipalToString(*contract), "SP000000000000000000002Q6VF78.pox-4");
  EXPECT_EQ(PrincipalToString(*standard), MAINNET);
}

TEST_F(StacksAddressTest, ParsePrincipalFollowsPrincipalDataParse) {
  // One leading quote is ignored, as in Clarity literals.
  auto quoted = ParsePrincipal("'" + std::string(MAINNET) + ".a");
  ASSERT_TRUE(quoted);
  EXPECT_EQ(PrincipalToString(*quoted), std::string(MAINNET) + ".a");
  EXPECT_EQ(ErrorOf(ParsePrincipal("''" + std::string(MAINNET))).code, ErrorCode::kInvalidArgument);
  // Names up to 128 bytes parse (older nodes accepted them); the codec limit of 40 does not apply to text.
  EXPECT_TRUE(ParsePrincipal(std::string(MAINNET) + "." + std::string(128, 'n')));
  EXPECT_EQ(ErrorOf(ParsePrincipal(std::string(MAINNET) + "." + std::string(129, 'n'))).code,
            ErrorCode::kResourceExhausted);
  EXPECT_TRUE(ParsePrincipal(std::string(MAINNET) + ".__transient"));
  // The name is everything after the first dot.
  EXPECT_EQ(ErrorOf(ParsePrincipal(std::string(MAINNET) + ".a.b")).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(ParsePrincipal(std::string(MAINNET) + ".")).message, "empty contract name");
  EXPECT_EQ(ErrorOf(ParsePrincipal(".pox")).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(ParsePrincipal("SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ8.pox")).message, "bad c32check checksum");
  // Lower case is normalised in the address, but not in the name.
  auto lower = ParsePrincipal("Sp2j6zy48gv1ez5v2v5rb9mp66sw86pykknrv9ej7.MyToken");
  ASSERT_TRUE(lower);
  EXPECT_EQ(PrincipalToString(*lower), std::string(MAINNET) + ".MyToken");
}

TEST_F(StacksAddressTest, ParseContractPrincipalNeedsADot) {
  auto r = ParseContractPrincipal(MAINNET);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, "contract principal has no '.'");
  EXPECT_EQ(ErrorOf(ParseContractPrincipal("'" + std::string(MAINNET) + ".a")).code, ErrorCode::kInvalidArgument);
}

TEST_F(StacksAddressTest, StacksAddressConsensusLayout) {
  ByteWriter w;
  WriteStacksAddress(w, Address());
  EXPECT_EQ(util::ToHex(w.bytes()), "16" + std::string(HASH));
  ByteReader r(w.bytes());
  EXPECT_EQ(*ReadStacksAddress(r), Address());
  EXPECT_TRUE(r.ExpectEnd());
}

TEST_F(StacksAddressTest, ReadStacksAddressRejectsVersion32AndTruncation) {
  Bytes wire = Hex("20" + std::string(HASH));
  ByteReader bad_version(wire);
  auto r = ReadStacksAddress(bad_version);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.error().message, "stacks address version 32 out of range 0..31");

  Bytes short_wire = Hex("16a46ff8");
  ByteReader truncated(short_wire);
  auto t = ReadStacksAddress(truncated);
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(t.error().message, "truncated input reading stacks address hash160: need 20 bytes at offset 1, have 3");
}

TEST_F(StacksAddressTest, ContractNameConsensusLayout) {
  ByteWriter w;
  ASSERT_TRUE(WriteContractName(w, "pox-4"));
  ASSERT_TRUE(WriteContractName(w, TRANSIENT_CONTRACT_NAME));
  EXPECT_EQ(util::ToHex(w.bytes()),
            "05706f782d34"
            "0b5f5f7472616e7369656e74");
  ByteReader r(w.bytes());
  EXPECT_EQ(*ReadContractName(r), "pox-4");
  EXPECT_EQ(*ReadContractName(r), "__transient");
  EXPECT_TRUE(r.ExpectEnd());
}

TEST_F(StacksAddressTest, WriteContractNameEnforcesCodecLimit) {
  ByteWriter w;
  EXPECT_TRUE(WriteContractName(w, std::string(40, 'a')));
  const size_t before = w.size();
  auto status = WriteContractName(w, std::string(41, 'a'));
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(ErrorOf(WriteContractName(w, "")).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(WriteContractName(w, "9lives")).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(w.size(), before);
  // Inside Clarity values the limit is 128.
  EXPECT_TRUE(WriteContractName(w, std::string(128, 'a'), CONTRACT_NAME_MAX_PARSE_LENGTH));
}

TEST_F(StacksAddressTest, ReadContractNameRejectsBadEncodings) {
  // stacks-core's test_contract_name_invalid: empty, "foooo" (ok), then 41 bytes.
  Bytes empty = {0};
  ByteReader r0(empty);
  EXPECT_EQ(ErrorOf(ReadContractName(r0)).message, "empty contract name");
  Bytes foooo = NameWire(5, "foooo");
  ByteReader r1(foooo);
  EXPECT_EQ(*ReadContractName(r1), "foooo");
  Bytes too_long = NameWire(41, std::string(41, 'o'));
  ByteReader r2(too_long);
  auto long_name = ReadContractName(r2);
  ASSERT_FALSE(long_name);
  EXPECT_EQ(long_name.error().code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(long_name.error().message, "contract name length 41 exceeds limit 40");
  ByteReader r3(too_long);
  EXPECT_EQ(*ReadContractName(r3, CONTRACT_NAME_MAX_PARSE_LENGTH), std::string(41, 'o'));

  Bytes truncated = NameWire(10, "short");
  ByteReader r4(truncated);
  EXPECT_EQ(ErrorOf(ReadContractName(r4)).message,
            "truncated input reading contract name: need 10 bytes at offset 1, have 5");
  for (std::string_view bad : {"1abc"sv, "a.b"sv, "a\xff"sv, "a\0b"sv}) {
    Bytes wire = NameWire(static_cast<uint8_t>(bad.size()), bad);
    ByteReader r(wire);
    auto name = ReadContractName(r);
    ASSERT_FALSE(name) << bad;
    EXPECT_EQ(name.error().code, ErrorCode::kInvalidArgument) << bad;
  }
  Bytes huge = NameWire(200, std::string(200, 'a'));
  ByteReader r5(huge);
  EXPECT_EQ(ErrorOf(ReadContractName(r5, CONTRACT_NAME_MAX_PARSE_LENGTH)).code, ErrorCode::kResourceExhausted);
}

}  // namespace
}  // namespace stacks::codec
