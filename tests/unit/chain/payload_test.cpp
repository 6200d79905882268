#include "chain/payload.h"

#include <gtest/gtest.h>

#include "chain/limits.h"
#include "chain_test_util.h"
#include "clarity/types/serialization.h"

namespace stacks::chain {
namespace {

using testing::CodeOf;
using testing::Hex;
using testing::MessageOf;
using util::Bytes;
using util::ErrorCode;

constexpr std::string_view VRF_PROOF =
    "9275df67a68c8745c0ff97b48201ee6db447f7c93b23ae24cdc2400f52fdb08a1a6ac7ec71bf9c9c76e96ee4675ebff60625af28718501047b"
    "f"
    "d87b810c2d2139b73c23bd69de66360953a642c2a330a";

class PayloadTest : public ::testing::Test {
 protected:
  static codec::StacksAddress Address() { return codec::StacksAddress{1, crypto::Hash160{0xff}}; }
  static Bytes Write(const Payload& payload) {
    codec::ByteWriter w;
    EXPECT_TRUE(WritePayload(w, payload));
    return w.Take();
  }
  static util::Result<Payload> Read(const Bytes& bytes) {
    codec::ByteReader reader(bytes);
    auto payload = ReadPayload(reader, MAX_TRANSACTION_LEN);
    if (payload && reader.remaining() != 0) return util::Corruption("trailing bytes");
    return payload;
  }
  static void RoundTrip(const Payload& payload, const Bytes& expected) {
    EXPECT_EQ(Write(payload), expected);
    auto back = Read(expected);
    ASSERT_TRUE(back) << MessageOf(back);
    EXPECT_EQ(*back, payload);
    for (size_t n = 0; n < expected.size(); ++n) {
      EXPECT_EQ(CodeOf(Read(Bytes(expected.begin(), expected.begin() + n))), ErrorCode::kInvalidArgument) << n;
    }
  }
  static MicroblockHeader Header(uint16_t sequence, uint8_t root) {
    MicroblockHeader h;
    h.sequence = sequence;
    h.tx_merkle_root.fill(root);
    h.signature[1] = 1;
    return h;
  }
};

// test_transaction_payload_token_transfer: recipient in Clarity principal encoding, amount, 34-byte memo.
TEST_F(PayloadTest, TokenTransferToStandardAndContractPrincipals) {
  TokenTransferMemo memo;
  memo.fill(1);
  for (const codec::Principal& recipient :
       {codec::Principal(Address()), codec::Principal(codec::ContractPrincipal{Address(), "foo-contract"})}) {
    Bytes expected{0x00};
    util::Append(expected,
                 clarity::SerializeValue(std::holds_alternative<codec::StacksAddress>(recipient)
                                             ? clarity::Value::Principal(Address()).value()
                                             : clarity::Value::Contract({Address(), "foo-contract"}).value()));
    testing::AppendList(expected, {0, 0, 0, 0, 0, 0, 0, 123});
    util::Append(expected, memo);
    RoundTrip(TokenTransferPayload{recipient, 123, memo}, expected);
  }
}

TEST_F(PayloadTest, TokenTransferRecipientMustBeAPrincipal) {
  Bytes bytes{0x00, 0x01};  // a uint where the principal goes
  bytes.insert(bytes.end(), 16 + 8 + 34, 0);
  EXPECT_EQ(MessageOf(Read(bytes)), "token transfer recipient has bad principal prefix 1");
  // Contract names inside principal values may have up to 128 bytes, not 129.
  Bytes long_name{0x00, 0x06, 1};
  util::Append(long_name, crypto::Hash160{});
  long_name.push_back(128);
  long_name.insert(long_name.end(), 128, 'a');
  long_name.insert(long_name.end(), 8 + 34, 0);
  auto ok = Read(long_name);
  ASSERT_TRUE(ok) << MessageOf(ok);
  long_name[23] = 129;
  long_name.insert(long_name.begin() + 24, 'a');
  EXPECT_EQ(CodeOf(Read(long_name)), ErrorCode::kResourceExhausted);
}

TEST_F(PayloadTest, ContractCallWithArguments) {
  const ContractCallPayload call{Address(), "hello-contract-name", "hello-function-name", {clarity::Value::Int(0)}};
  Bytes expected{0x02, 1};
  util::Append(expected, crypto::Hash160{0xff});
  expected.push_back(19);
  util::Append(expected, util::AsBytes("hello-contract-name"));
  expected.push_back(19);
  util::Append(expected, util::AsBytes("hello-function-name"));
  testing::AppendList(expected, {0, 0, 0, 1});
  util::Append(expected, clarity::SerializeValue(clarity::Value::Int(0)));
  RoundTrip(call, expected);
}

TEST_F(PayloadTest, ContractCallArgumentCountIsBounded) {
  auto call_with = [](uint32_t count) {
    codec::ByteWriter w;
    w.WriteU8(0x02);
    codec::WriteStacksAddress(w, Address());
    EXPECT_TRUE(codec::WriteContractName(w, "c"));
    EXPECT_TRUE(w.WriteLengthPrefixed8(util::AsBytes("f")));
    w.WriteU32(count);
    w.WriteBytes(Bytes(count, 0x03));  // `true`
    return w.Take();
  };
  auto at_limit = Read(call_with(MAX_CONTRACT_CALL_ARGS));
  ASSERT_TRUE(at_limit) << MessageOf(at_limit);
  EXPECT_EQ(std::get<ContractCallPayload>(*at_limit).function_args.size(), MAX_CONTRACT_CALL_ARGS);
  EXPECT_EQ(CodeOf(Read(call_with(MAX_CONTRACT_CALL_ARGS + 1))), ErrorCode::kResourceExhausted);
}

TEST_F(PayloadTest, ContractCallRejectsBadNamesAndArguments) {
  Bytes bad_function = Write(ContractCallPayload{Address(), "c", "f", {}});
  bad_function[1 + 21 + 2 + 1] = '9';
  EXPECT_EQ(MessageOf(Read(bad_function)), "contract call function name '9' is not a clarity name");
  Bytes empty_contract = Write(ContractCallPayload{Address(), "c", "f", {}});
  empty_contract[1 + 21] = 0;
  empty_contract.erase(empty_contract.begin() + 1 + 21 + 1);
  EXPECT_EQ(CodeOf(Read(empty_contract)), ErrorCode::kInvalidArgument);
  Bytes bad_arg = Write(ContractCallPayload{Address(), "c", "f", {clarity::Value::Bool(true)}});
  bad_arg.back() = 0x10;
  EXPECT_EQ(MessageOf(Read(bad_arg)).substr(0, 25), "contract call argument 0:");
}

TEST_F(PayloadTest, SmartContractsVersionedAndNot) {
  const SmartContractPayload plain{"hello-contract-name", "hello contract code body", std::nullopt};
  Bytes expected{0x01, 19};
  util::Append(expected, util::AsBytes("hello-contract-name"));
  testing::AppendList(expected, {0, 0, 0, 24});
  util::Append(expected, util::AsBytes("hello contract code body"));
  RoundTrip(plain, expected);
  for (uint8_t version = 1; version <= 6; ++version) {
    SmartContractPayload versioned = plain;
    versioned.clarity_version = static_cast<ClarityVersion>(version);
    Bytes v_expected{0x06, version};
    v_expected.insert(v_expected.end(), expected.begin() + 1, expected.end());
    RoundTrip(versioned, v_expected);
  }
  for (uint8_t version : {0, 7}) {
    Bytes bad{0x06, version};
    bad.insert(bad.end(), expected.begin() + 1, expected.end());
    EXPECT_EQ(MessageOf(Read(bad)), "unknown clarity version " + std::to_string(version));
  }
}

TEST_F(PayloadTest, StacksStringAllowsTabAndNewlineOnly) {
  for (char c : std::string("\t\n ~")) {
    EXPECT_TRUE(Read(Write(SmartContractPayload{"c", std::string("a") + c, std::nullopt}))) << int(c);
  }
  for (uint8_t c : {0x0d, 0x7f, 0x00, 0x1f, 0x80, 0xc3}) {
    Bytes bytes = Write(SmartContractPayload{"c", "ab", std::nullopt});
    bytes.back() = c;
    EXPECT_EQ(CodeOf(Read(bytes)), ErrorCode::kInvalidArgument) << int(c);
  }
  codec::ByteWriter w;
  EXPECT_EQ(CodeOf(WritePayload(w, SmartContractPayload{"c", "a\rb", std::nullopt})), ErrorCode::kInvalidArgument);
}

TEST_F(PayloadTest, CoinbaseVariantsPickTheirIds) {
  CoinbaseBuffer buffer;
  buffer.fill(0x11);
  const crypto::VrfProof proof = crypto::VrfProof::FromHex(VRF_PROOF).value();
  const codec::Principal recipient = Address();

  Bytes plain{0x04};
  util::Append(plain, buffer);
  RoundTrip(CoinbasePayload{buffer, std::nullopt, std::nullopt}, plain);

  Bytes alt{0x05};
  util::Append(alt, buffer);
  util::Append(alt, clarity::SerializeValue(clarity::Value::Principal(Address()).value()));
  RoundTrip(CoinbasePayload{buffer, recipient, std::nullopt}, alt);

  Bytes nakamoto{0x08};
  util::Append(nakamoto, buffer);
  nakamoto.push_back(0x09);
  util::Append(nakamoto, Hex(VRF_PROOF));
  RoundTrip(CoinbasePayload{buffer, std::nullopt, proof}, nakamoto);

  Bytes nakamoto_alt{0x08};
  util::Append(nakamoto_alt, buffer);
  nakamoto_alt.push_back(0x0a);
  util::Append(nakamoto_alt, clarity::SerializeValue(clarity::Value::Principal(Address()).value()));
  util::Append(nakamoto_alt, Hex(VRF_PROOF));
  RoundTrip(CoinbasePayload{buffer, recipient, proof}, nakamoto_alt);
}

TEST_F(PayloadTest, CoinbaseRecipientValuesFollowTheReference) {
  CoinbaseBuffer buffer{};
  // CoinbaseToAltRecipient: the value must be a principal.
  Bytes alt{0x05};
  util::Append(alt, buffer);
  alt.push_back(0x03);
  EXPECT_EQ(MessageOf(Read(alt)), "coinbase recipient is not a principal value");
  // NakamotoCoinbase: the value must be an optional...
  Bytes not_optional{0x08};
  util::Append(not_optional, buffer);
  not_optional.push_back(0x03);
  util::Append(not_optional, Hex(VRF_PROOF));
  EXPECT_EQ(MessageOf(Read(not_optional)), "nakamoto coinbase recipient is not an optional value");
  // ...and (some v) with v not a principal reads as no recipient, re-encoding as none.
  Bytes some_uint{0x08};
  util::Append(some_uint, buffer);
  util::Append(some_uint, clarity::SerializeValue(clarity::Value::Some(clarity::Value::UInt(5)).value()));
  util::Append(some_uint, Hex(VRF_PROOF));
  auto payload = Read(some_uint);
  ASSERT_TRUE(payload) << MessageOf(payload);
  EXPECT_FALSE(std::get<CoinbasePayload>(*payload).alt_recipient);
  Bytes canonical{0x08};
  util::Append(canonical, buffer);
  canonical.push_back(0x09);
  util::Append(canonical, Hex(VRF_PROOF));
  EXPECT_EQ(Write(*payload), canonical);
}

TEST_F(PayloadTest, RejectsMalformedVrfProof) {
  Bytes bytes{0x08};
  util::Append(bytes, CoinbaseBuffer{});
  bytes.push_back(0x09);
  Bytes proof = Hex(VRF_PROOF);
  std::fill(proof.begin() + 48, proof.end(), 0xff);  // s >= group order
  util::Append(bytes, proof);
  EXPECT_EQ(CodeOf(Read(bytes)), ErrorCode::kInvalidArgument);
  EXPECT_TRUE(MessageOf(Read(bytes)).starts_with("coinbase VRF proof: "));
}

TEST_F(PayloadTest, TenureChangeEveryCause) {
  for (uint8_t cause = 0; cause <= 6; ++cause) {
    TenureChangePayload tc;
    tc.tenure_consensus_hash.fill(0x22);
    tc.prev_tenure_consensus_hash.fill(0x33);
    tc.burn_view_consensus_hash.fill(0x44);
    tc.previous_tenure_end.fill(0x55);
    tc.previous_tenure_blocks = 0x01020304;
    tc.cause = static_cast<TenureChangeCause>(cause);
    tc.pubkey_hash.fill(0x66);
    Bytes expected{0x07};
    expected.insert(expected.end(), 20, 0x22);
    expected.insert(expected.end(), 20, 0x33);
    expected.insert(expected.end(), 20, 0x44);
    expected.insert(expected.end(), 32, 0x55);
    testing::AppendList(expected, {1, 2, 3, 4, cause});
    expected.insert(expected.end(), 20, 0x66);
    RoundTrip(tc, expected);
  }
  Bytes bad = Write(TenureChangePayload{});
  bad[1 + 92 + 4] = 7;
  EXPECT_EQ(MessageOf(Read(bad)), "tenure change cause 7 is unknown");
}

TEST_F(PayloadTest, PoisonMicroblockNeedsTwoForkingHeaders) {
  const MicroblockHeader a = Header(5, 0x01);
  const MicroblockHeader b = Header(5, 0x02);
  Bytes expected{0x03};
  codec::ByteWriter w;
  WriteMicroblockHeader(w, a);
  WriteMicroblockHeader(w, b);
  util::Append(expected, w.bytes());
  ASSERT_EQ(expected.size(), 1u + 2 * 132);
  RoundTrip(PoisonMicroblockPayload{a, b}, expected);

  EXPECT_EQ(MessageOf(Read(Write(PoisonMicroblockPayload{a, a}))), "poison microblock headers are identical");
  MicroblockHeader c = Header(6, 0x02);
  c.prev_block.fill(9);
  EXPECT_EQ(MessageOf(Read(Write(PoisonMicroblockPayload{a, c}))), "poison microblock headers do not identify a fork");
  MicroblockHeader same_parent = Header(6, 0x02);
  EXPECT_TRUE(Read(Write(PoisonMicroblockPayload{a, same_parent})));
}

TEST_F(PayloadTest, MicroblockHeaderSignatureMustParse) {
  MicroblockHeader h = Header(0, 0);
  codec::ByteWriter w;
  h.signature[0] = 4;
  WriteMicroblockHeader(w, h);
  codec::ByteReader r(w.bytes());
  EXPECT_EQ(MessageOf(ReadMicroblockHeader(r)), "microblock header signature is malformed");
  h.signature[0] = 3;
  std::fill(h.signature.begin() + 33, h.signature.end(), 0xff);  // s >= n
  EXPECT_FALSE(IsWellFormedRecoverableSignature(h.signature));
  h.signature = {};
  EXPECT_TRUE(IsWellFormedRecoverableSignature(h.signature));  // zero r and s parse; they just never recover
}

TEST_F(PayloadTest, MicroblockHeaderSignerRecovers) {
  const crypto::PrivateKey key = testing::VectorKey(1);
  MicroblockHeader h = Header(3, 0x07);
  h.signature = {};
  codec::ByteWriter w;
  WriteMicroblockHeader(w, h);
  h.signature = crypto::SignRecoverable(key, crypto::Sha512_256(w.bytes()));
  EXPECT_EQ(MicroblockSignerHash160(h).value(), crypto::Hash160Of(key.GetPublicKey().SerializeCompressed()));
  codec::ByteWriter signed_writer;
  WriteMicroblockHeader(signed_writer, h);
  EXPECT_EQ(MicroblockHeaderHash(h), crypto::Sha512_256(signed_writer.bytes()));
  h.signature[1] ^= 1;
  auto other = MicroblockSignerHash160(h);
  EXPECT_TRUE(!other || *other != crypto::Hash160Of(key.GetPublicKey().SerializeCompressed()));
}

}  // namespace
}  // namespace stacks::chain
