// TransactionToJson on hand-checked transactions. The three hex transactions were built and signed by Stacks.js
// (@stacks/transactions 7.6.0); their fields were read off the bytes by hand (layout in docs/DECODE_TX.md and
// src/chain/transaction.h), the addresses computed with c32check. tests/interop/transactions.js compares every field
// with Stacks.js on hundreds of random transactions.
#include "cli/tx_json.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "chain/payload.h"
#include "chain/transaction.h"
#include "crypto/secp256k1.h"
#include "crypto/vrf.h"
#include "util/hex.h"

namespace stacks::cli {
namespace {

// Mainnet P2PKH token transfer: key edf9ae...70bc01 (SPAW66WC3G8WA5F28JVNG1NTRJ6H76E7EN5H6QQD), nonce 7, fee 180,
// 12345 uSTX to SP3FGQ8Z7JY9BWYZ5WM53E0M9NK7WHJF0691NZ159, memo "test memo".
constexpr const char* kTokenTransferHex =
    "0000000001040015c31b8c1c11c515e244b75806bac48d1399c775000000000000000700000000000000b40000430661cae69270aa76a3"
    "41eddcfed187566a45cb96e232f7e47a1db8424475200c0e145d9488e6f5646d674a398e45643943e7a2d39b5fdf6d151106b7887b8e03"
    "0200000000000516df0ba3e79792be7be5e50a370289accfc8c9e032000000000000303974657374206d656d6f00000000000000000000"
    "000000000000000000000000000000";

// Testnet 2-of-3 P2SH contract call (keys 1, 2, 3; 1 and 3 sign, 2 appears as a public key), nonce 3, fee 250, three
// post-conditions: origin sends <= 100 uSTX; SP...pox-4 sends > 2^60 of SP...tok::token; ST... does not send
// SP...bns::names {name: 0x616263, namespace: 0x737478}. Calls SP...pox-4 stack-stx with u1000000, a tuple and
// (some SP...bns).
constexpr const char* kMultisigCallHex =
    "8080000000040115fc0754e73eb85d1cbce08786fadb7320ecb8dc000000000000000300000000000000fa000000030201e01594a8934f"
    "e9f8bc1fd9cdef55553ef4b3f00eecde6680009845620a686b1638eb568e6aafa7dc4b0b4148bb1ecbc0617a9e1746219c2f1ca5f6cdec"
    "1c0b570002c6047f9441ed7d6d3045406e95c07cd85c778e4b8cef3ca7abac09b95c709ee502018391d6934a71748a10a8b8e17b79bb74"
    "bdb9c265946269d81ae3c3ef57de14c43bf09c2e1264207a16e6c418a3071bbd3ece403adf1089ff8846ee52ff081e4a00020302000000"
    "030001050000000000000064010316000000000000000000000000000000000000000005706f782d3416000000000000000000000000000"
    "000000000000003746f6b05746f6b656e02100000000000000002021a000000000000000000000000000000000000000016000000000000"
    "000000000000000000000000000003626e73056e616d65730c00000002046e616d650200000003616263096e616d657370616365020000"
    "0003737478110216000000000000000000000000000000000000000005706f782d3409737461636b2d7374780000000301000000000000"
    "000000000000000f42400c00000002096861736862797465730200000004001122330776657273696f6e0200000001010a061600000000"
    "0000000000000000000000000000000003626e73";

// Mainnet sponsored Clarity 3 deploy of "hello": origin P2PKH with the uncompressed key of secret 5, nonce 2^53 - 1,
// fee 0; sponsor P2WPKH with key 4, nonce 2^53, fee 2^64 - 1; post-condition mode allow.
constexpr const char* kSponsoredDeployHex =
    "000000000105008eab8f2151da240474bf7cdd2d9065f7dcd3602e001fffffffffffff00000000000000000101b83ff3a57233eb23d2f6"
    "757aa3fa7b364f74d4cdd4c876049b098a329df4552e78a2a2605cac84961c591a102adf68049a70d054ac3a5624d151a9b9675f99ff02"
    "37c70b38661336f43b0ea798913860a89007e0d50020000000000000ffffffffffffffff00011a69d74ee1127eb11c27e8486d4e0c18f3"
    "0c6ff5cda7450782e90b07f6aa143a7ecfca9cb98f5f8c510728c7583ed4876bac4602324e226bd9327158f060a7f30301000000000603"
    "0568656c6c6f0000001d28646566696e652d726561642d6f6e6c7920286869292022686922290a";

std::string Repeat(std::string_view text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

Json Decode(const char* hex) {
  auto tx = chain::DecodeTransactionHex(hex);
  EXPECT_TRUE(tx) << tx.error().ToString();
  return tx ? TransactionToJson(*tx) : Json();
}

// A transaction with `payload` and an unsigned P2PKH origin (TransactionToJson does not look at signatures).
chain::Transaction WithPayload(chain::Payload payload, chain::AnchorMode anchor_mode = chain::AnchorMode::kAny) {
  auto key = crypto::PrivateKey::FromHex("0000000000000000000000000000000000000000000000000000000000000001");
  EXPECT_TRUE(key);
  chain::MutableTransaction mtx;
  mtx.auth.origin = chain::NewP2pkhCondition(key->GetPublicKey());
  mtx.anchor_mode = anchor_mode;
  mtx.payload = std::move(payload);
  auto tx = chain::Transaction::Create(std::move(mtx));
  EXPECT_TRUE(tx) << tx.error().ToString();
  return std::move(tx).value();
}

TEST(TxJsonTest, TokenTransferPrintsEveryField) {
  EXPECT_EQ(
      Decode(kTokenTransferHex).dump(),
      R"({"txid":"c3466fadfc2a275b962d5dc33e98847fc36ecb7edd60afe015d03c68f80d72d9","version":0,)"
      R"("network":"mainnet","chain_id":1,"auth":{"type":"standard","origin":{"hash_mode":"p2pkh",)"
      R"("signer":"15c31b8c1c11c515e244b75806bac48d1399c775","address":"SPAW66WC3G8WA5F28JVNG1NTRJ6H76E7EN5H6QQD",)"
      R"("nonce":7,"fee_ustx":180,"key_encoding":"compressed","signature":"00430661cae69270aa76a341eddcfed1875)"
      R"(66a45cb96e232f7e47a1db8424475200c0e145d9488e6f5646d674a398e45643943e7a2d39b5fdf6d151106b7887b8e"},)"
      R"("sponsor":null},"anchor_mode":"any","post_condition_mode":"deny","post_conditions":[],)"
      R"("payload":{"type":"token_transfer","recipient":"SP3FGQ8Z7JY9BWYZ5WM53E0M9NK7WHJF0691NZ159",)"
      R"("amount_ustx":12345,"memo":"74657374206d656d6f00000000000000000000000000000000000000000000000000",)"
      R"("memo_text":"test memo"}})");
}

TEST(TxJsonTest, MultisigOriginPrintsFieldsInScriptOrder) {
  const Json j = Decode(kMultisigCallHex);
  EXPECT_EQ(j["txid"], "815f5891655a4e999a81ff2ccaa70ae6d7a10133a58026792a842de1e930565d");
  EXPECT_EQ(j["version"], 128);
  EXPECT_EQ(j["network"], "testnet");
  EXPECT_EQ(j["chain_id"], 2147483648u);
  const Json& origin = j["auth"]["origin"];
  EXPECT_EQ(origin["hash_mode"], "p2sh");
  EXPECT_EQ(origin["signer"], "15fc0754e73eb85d1cbce08786fadb7320ecb8dc");
  EXPECT_EQ(origin["address"], "SNAZR1TMWWZBGQ8WQKG8F1QTVDSJ1V5RVJKHFHE7");  // testnet multi-sig version 21
  EXPECT_EQ(origin["nonce"], 3);
  EXPECT_EQ(origin["fee_ustx"], 250);
  ASSERT_EQ(origin["fields"].size(), 3u);
  EXPECT_EQ(origin["fields"][0]["type"], "signature");
  EXPECT_EQ(origin["fields"][0]["key_encoding"], "compressed");
  EXPECT_EQ(
      origin["fields"][0]["signature"],
      "01e01594a8934fe9f8bc1fd9cdef55553ef4b3f00eecde6680009845620a686b1638eb568e6aafa7dc4b0b4148bb1ecbc0617a9e1746"
      "219c2f1ca5f6cdec1c0b57");
  EXPECT_EQ(origin["fields"][1].dump(),
            R"({"type":"public_key","key_encoding":"compressed",)"
            R"("public_key":"02c6047f9441ed7d6d3045406e95c07cd85c778e4b8cef3ca7abac09b95c709ee5"})");
  EXPECT_EQ(origin["fields"][2]["type"], "signature");
  EXPECT_EQ(origin["signatures_required"], 2);
  EXPECT_FALSE(origin.contains("key_encoding"));
  EXPECT_TRUE(j["auth"]["sponsor"].is_null());
}

TEST(TxJsonTest, PostConditionsOfEachKindAndPrincipal) {
  const Json pcs = Decode(kMultisigCallHex)["post_conditions"];
  ASSERT_EQ(pcs.size(), 3u);
  EXPECT_EQ(pcs[0].dump(),
            R"({"type":"stx","principal":{"type":"origin"},"condition_code":"sent_le","amount_ustx":100})");
  EXPECT_EQ(
      pcs[1].dump(),
      R"({"type":"fungible","principal":{"type":"contract","address":"SP000000000000000000002Q6VF78",)"
      R"("contract_name":"pox-4"},"asset":{"contract_address":"SP000000000000000000002Q6VF78",)"
      R"("contract_name":"tok","asset_name":"token"},"condition_code":"sent_gt","amount":"1152921504606846976"})");
  EXPECT_EQ(
      pcs[2].dump(),
      R"({"type":"nonfungible","principal":{"type":"standard","address":"ST000000000000000000002AMW42H"},)"
      R"("asset":{"contract_address":"SP000000000000000000002Q6VF78","contract_name":"bns","asset_name":"names"},)"
      R"("asset_value":{"hex":"0c00000002046e616d650200000003616263096e616d6573706163650200000003737478",)"
      R"json("repr":"(tuple (name 0x616263) (namespace 0x737478))"},"condition_code":"not_sent"})json");
}

TEST(TxJsonTest, ContractCallArgumentsAsHexAndReferenceText) {
  const Json payload = Decode(kMultisigCallHex)["payload"];
  EXPECT_EQ(payload["type"], "contract_call");
  EXPECT_EQ(payload["contract_address"], "SP000000000000000000002Q6VF78");
  EXPECT_EQ(payload["contract_name"], "pox-4");
  EXPECT_EQ(payload["function_name"], "stack-stx");
  ASSERT_EQ(payload["function_args"].size(), 3u);
  EXPECT_EQ(payload["function_args"][0].dump(), R"({"hex":"01000000000000000000000000000f4240","repr":"u1000000"})");
  EXPECT_EQ(payload["function_args"][1]["repr"], "(tuple (hashbytes 0x00112233) (version 0x01))");
  EXPECT_EQ(payload["function_args"][2]["repr"], "(some SP000000000000000000002Q6VF78.bns)");
}

TEST(TxJsonTest, SponsoredU64sBeyond2To53AreDecimalStrings) {
  const Json j = Decode(kSponsoredDeployHex);
  EXPECT_EQ(j["txid"], "d95de207c9f91f625b97da30c81082ba9d2bf5d1840a533259e4a47e807dd7ec");
  EXPECT_EQ(j["auth"]["type"], "sponsored");
  const Json& origin = j["auth"]["origin"];
  EXPECT_EQ(origin["hash_mode"], "p2pkh");
  EXPECT_EQ(origin["address"], "SP27AQ3S1A7D2813MQXYDTBCGCQVXSMV05RV2VYNC");
  EXPECT_EQ(origin["key_encoding"], "uncompressed");
  EXPECT_TRUE(origin["nonce"].is_number());
  EXPECT_EQ(origin["nonce"], 9007199254740991u);  // 2^53 - 1, the largest number printed as one
  EXPECT_EQ(origin["fee_ustx"], 0);
  const Json& sponsor = j["auth"]["sponsor"];
  EXPECT_EQ(sponsor["hash_mode"], "p2wpkh");
  EXPECT_EQ(sponsor["address"], "SMVWE2SRCR9KDX1V1TKSH49RC2M901Z0TMA3ANP6");  // P2WPKH takes the multi-sig version
  EXPECT_EQ(sponsor["nonce"], "9007199254740992");
  EXPECT_EQ(sponsor["fee_ustx"], "18446744073709551615");
  EXPECT_EQ(j["anchor_mode"], "any");
  EXPECT_EQ(j["post_condition_mode"], "allow");
  EXPECT_EQ(j["payload"].dump(), R"({"type":"versioned_smart_contract","clarity_version":3,"contract_name":"hello",)"
                                 R"("code_body":"(define-read-only (hi) \"hi\")\n"})");
}

TEST(TxJsonTest, U64ToJsonSwitchesToStringsAbove2To53Minus1) {
  EXPECT_EQ(U64ToJson(0).dump(), "0");
  EXPECT_EQ(U64ToJson(9007199254740991u).dump(), "9007199254740991");
  EXPECT_EQ(U64ToJson(9007199254740992u).dump(), "\"9007199254740992\"");
  EXPECT_EQ(U64ToJson(UINT64_MAX).dump(), "\"18446744073709551615\"");
}

TEST(TxJsonTest, MemoTextReplacesInvalidUtf8AsTextDecoderDoes) {
  chain::TokenTransferPayload transfer;
  transfer.recipient = codec::StacksAddress{22, {}};
  // "a", a stray continuation byte, "b", a truncated 3-byte sequence, "\u00e9", then zeros.
  const uint8_t memo[] = {'a', 0x80, 'b', 0xe2, 0x82, 0xc3, 0xa9};
  std::copy(std::begin(memo), std::end(memo), transfer.memo.begin());
  const Json j = TransactionToJson(WithPayload(transfer));
  EXPECT_EQ(j["payload"]["memo_text"],
            "a\xef\xbf\xbd"
            "b\xef\xbf\xbd\xc3\xa9");
  EXPECT_EQ(j["payload"]["memo"], "618062e282c3a9" + std::string(54, '0'));
  EXPECT_NO_THROW((void)j.dump());
}

TEST(TxJsonTest, CoinbaseVariantsHaveTheirOwnKeys) {
  chain::CoinbasePayload coinbase;
  coinbase.buffer.fill(0x11);
  EXPECT_EQ(TransactionToJson(WithPayload(coinbase, chain::AnchorMode::kOnChainOnly))["payload"].dump(),
            R"({"type":"coinbase","buffer":")" + std::string(64, '1') + R"("})");

  auto contract = codec::ParsePrincipal("SP000000000000000000002Q6VF78.pox-4");
  ASSERT_TRUE(contract);
  coinbase.alt_recipient = *contract;
  const Json alt = TransactionToJson(WithPayload(coinbase, chain::AnchorMode::kOnChainOnly))["payload"];
  EXPECT_EQ(alt["type"], "coinbase_to_alt_recipient");
  EXPECT_EQ(alt["alt_recipient"], "SP000000000000000000002Q6VF78.pox-4");

  auto vrf_key = crypto::VrfPrivateKey::FromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
  ASSERT_TRUE(vrf_key);
  coinbase.alt_recipient.reset();
  coinbase.vrf_proof = crypto::VrfProve(*vrf_key, util::AsBytes("alpha"));
  const Json nakamoto = TransactionToJson(WithPayload(coinbase, chain::AnchorMode::kOnChainOnly))["payload"];
  EXPECT_EQ(nakamoto["type"], "nakamoto_coinbase");
  EXPECT_TRUE(nakamoto["alt_recipient"].is_null());
  EXPECT_EQ(nakamoto["vrf_proof"], coinbase.vrf_proof->ToHex());
  EXPECT_EQ(nakamoto.size(), 4u);
}

TEST(TxJsonTest, TenureChangeAndPoisonMicroblock) {
  chain::TenureChangePayload change;
  change.tenure_consensus_hash.fill(0x01);
  change.previous_tenure_blocks = 4294967295u;
  change.cause = chain::TenureChangeCause::kExtendedReadLength;
  const Json tc = TransactionToJson(WithPayload(change))["payload"];
  EXPECT_EQ(tc["type"], "tenure_change");
  EXPECT_EQ(tc["tenure_consensus_hash"], Repeat("01", 20));
  EXPECT_EQ(tc["previous_tenure_blocks"], 4294967295u);
  EXPECT_EQ(tc["cause"], "extended_read_length");
  EXPECT_EQ(tc["pubkey_hash"], std::string(40, '0'));

  chain::PoisonMicroblockPayload poison;
  poison.header1.sequence = 7;
  poison.header2.sequence = 7;
  poison.header2.tx_merkle_root.fill(0xab);  // same parent and sequence, different contents: a fork
  const Json p = TransactionToJson(WithPayload(poison, chain::AnchorMode::kOnChainOnly))["payload"];
  EXPECT_EQ(p["type"], "poison_microblock");
  EXPECT_EQ(p["header_2"]["sequence"], 7);
  EXPECT_EQ(p["header_2"]["tx_merkle_root"], Repeat("ab", 32));
  EXPECT_EQ(p["header_1"]["block_hash"], util::ToHex(chain::MicroblockHeaderHash(poison.header1)));
}

}  // namespace
}  // namespace stacks::cli
