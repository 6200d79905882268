#include "chain/transaction.h"

#include <gtest/gtest.h>

#include "chain/limits.h"
#include "chain/tx_check.h"
#include "chain/verify.h"
#include "chain_test_util.h"

namespace stacks::chain {
namespace {

using testing::CodeOf;
using testing::Hex;
using testing::MessageOf;
using testing::VectorHex;
using testing::Vectors;
using testing::VectorTx;
using util::ErrorCode;

class TransactionTest : public ::testing::Test {
 protected:
  // An unsigned testnet token transfer to mutate.
  static MutableTransaction TokenTransfer() {
    MutableTransaction tx;
    tx.version = TransactionVersion::kTestnet;
    tx.chain_id = CHAIN_ID_TESTNET;
    tx.auth.origin = NewP2pkhCondition(testing::VectorKey(0).GetPublicKey());
    tx.payload = TokenTransferPayload{codec::StacksAddress{26, {}}, 5, {}};
    return tx;
  }
  static util::Bytes Bytes(const MutableTransaction& tx) {
    return SerializeTransaction(Transaction::Create(tx).value());
  }
  // A smart contract whose whole transaction is exactly `length` bytes.
  static util::Bytes TransactionOfLength(size_t length) {
    MutableTransaction tx = TokenTransfer();
    tx.payload = SmartContractPayload{"c", "", std::nullopt};
    const size_t base = SerializeTransaction(Transaction::Create(tx).value()).size();
    codec::ByteWriter writer;
    EXPECT_TRUE(WriteMutableTransaction(writer, tx));
    util::Bytes bytes = writer.Take();
    // The code body is last: grow it to fill the requested length.
    const size_t body = length - base;
    bytes.resize(bytes.size() - 4);
    for (int shift = 24; shift >= 0; shift -= 8) bytes.push_back(static_cast<uint8_t>(body >> shift));
    bytes.insert(bytes.end(), body, 'a');
    return bytes;
  }
};

TEST_F(TransactionTest, StacksJsVectorsRoundTripWithTheirTxids) {
  for (const auto& v : Vectors()["vectors"]) {
    SCOPED_TRACE(v["name"].get<std::string>());
    auto tx = DecodeTransactionHex(v["hex"].get<std::string>());
    ASSERT_TRUE(tx) << MessageOf(tx);
    EXPECT_EQ(testing::ToHex(*tx), v["hex"]);
    EXPECT_EQ(util::ToHex(tx->txid()), v["txid"]);
    EXPECT_EQ(tx->serialized_size() * 2, v["hex"].get<std::string>().size());
    EXPECT_EQ(static_cast<int>(PayloadIdOf(tx->payload())), v["payload_id"]);
    EXPECT_EQ(static_cast<int>(tx->auth().flag()), v["auth_type"]);
    EXPECT_EQ(util::ToHex(SignerOf(tx->auth().origin)), v["origin_signer"]);
    EXPECT_EQ(std::to_string(tx->fee_ustx()), v["fee"]);
    EXPECT_EQ(std::to_string(tx->origin_nonce()), v["origin_nonce"]);
    EXPECT_EQ(tx->post_conditions().size(), v["post_conditions"]);
    EXPECT_TRUE(VerifyAuth(*tx, AuthVerificationMode::kEnforceLowS));
    EXPECT_TRUE(VerifyAuth(*tx, AuthVerificationMode::kAllowHighS));
  }
}

TEST_F(TransactionTest, PublishedVectorsRoundTrip) {
  for (const auto& v : Vectors()["published"]) {
    SCOPED_TRACE(v["source"].get<std::string>());
    auto tx = DecodeTransactionHex(v["hex"].get<std::string>());
    ASSERT_TRUE(tx) << MessageOf(tx);
    EXPECT_EQ(testing::ToHex(*tx), v["hex"]);
    if (v.contains("verifies_origin")) {
      EXPECT_TRUE(VerifyOrigin(*tx, AuthVerificationMode::kEnforceLowS));
    }
  }
}

TEST_F(TransactionTest, TxidIsSha512_256OfTheBytes) {
  const util::Bytes bytes = Hex(VectorHex("token_transfer_testnet"));
  EXPECT_EQ(DecodeTransaction(bytes)->txid(), crypto::Sha512_256(bytes));
}

TEST_F(TransactionTest, RejectsTruncationAtEveryByte) {
  for (const auto& v : Vectors()["vectors"]) {
    const util::Bytes bytes = Hex(v["hex"].get<std::string>());
    for (size_t n = 0; n < bytes.size(); ++n) {
      auto tx = DecodeTransaction(util::ByteView(bytes).first(n));
      ASSERT_EQ(CodeOf(tx), ErrorCode::kInvalidArgument) << v["name"] << " cut at " << n << ": " << MessageOf(tx);
    }
  }
}

TEST_F(TransactionTest, RejectsTrailingBytes) {
  util::Bytes bytes = Hex(VectorHex("token_transfer_testnet"));
  bytes.push_back(0x00);
  auto tx = DecodeTransaction(bytes);
  EXPECT_EQ(CodeOf(tx), ErrorCode::kInvalidArgument);
  EXPECT_EQ(MessageOf(tx), "1 trailing bytes after transaction at offset 180");
  // ReadTransaction leaves them to the caller, as a block's next transaction.
  codec::ByteReader reader(bytes);
  ASSERT_TRUE(ReadTransaction(reader));
  EXPECT_EQ(reader.remaining(), 1u);
}

TEST_F(TransactionTest, VersionByteKeepsOnlyItsHighBit) {
  const util::Bytes original = Hex(VectorHex("token_transfer_testnet"));
  util::Bytes odd = original;
  odd[0] = 0x81;
  auto tx = DecodeTransaction(odd);
  ASSERT_TRUE(tx);
  EXPECT_FALSE(tx->IsMainnet());
  // The reference re-serializes 0x80, and so does the txid.
  EXPECT_EQ(SerializeTransaction(*tx), original);
  EXPECT_EQ(tx->txid(), crypto::Sha512_256(original));
  odd[0] = 0x7f;
  ASSERT_TRUE(DecodeTransaction(odd));
  EXPECT_TRUE(DecodeTransaction(odd)->IsMainnet());
}

TEST_F(TransactionTest, RejectsUnknownModesAndIds) {
  const util::Bytes original = Hex(VectorHex("token_transfer_testnet"));
  // Offsets in a single-sig token transfer: auth flag 5, hash mode 6, key encoding 43, anchor 109, pc mode 110,
  // payload id 115.
  struct Case {
    size_t offset;
    uint8_t value;
    std::string message;
  };
  const Case cases[] = {
      {5, 0x06, "auth flag 6 is unknown"},
      {6, 0x04, "origin hash mode 4 is unknown"},
      {6, 0x08, "origin hash mode 8 is unknown"},
      {43, 0x02, "origin key encoding 2 is unknown"},
      {109, 0x00, "transaction anchor mode 0 is unknown"},
      {109, 0x04, "transaction anchor mode 4 is unknown"},
      {110, 0x00, "transaction post-condition mode 0 is unknown"},
      {110, 0x04, "transaction post-condition mode 4 is unknown"},
      {115, 0x09, "payload id 9 is unknown"},
  };
  for (const auto& c : cases) {
    util::Bytes bytes = original;
    bytes[c.offset] = c.value;
    auto tx = DecodeTransaction(bytes);
    EXPECT_EQ(CodeOf(tx), ErrorCode::kInvalidArgument) << c.message;
    EXPECT_EQ(MessageOf(tx), c.message);
  }
}

TEST_F(TransactionTest, RejectsCoinbaseAndPoisonOutsideOnChainOnly) {
  for (const char* name : {"coinbase", "coinbase_to_alt_recipient", "nakamoto_coinbase_no_recipient"}) {
    util::Bytes bytes = Hex(VectorHex(name));
    ASSERT_EQ(bytes[109], 0x01);
    for (uint8_t mode : {0x02, 0x03}) {
      bytes[109] = mode;
      auto tx = DecodeTransaction(bytes);
      EXPECT_EQ(CodeOf(tx), ErrorCode::kInvalidArgument);
      EXPECT_EQ(MessageOf(tx), "coinbase transaction anchor mode must be on-chain-only");
    }
  }
  MutableTransaction tx = TokenTransfer();
  MicroblockHeader h1;
  h1.signature[1] = 1;
  MicroblockHeader h2 = h1;
  h2.tx_merkle_root[0] = 1;
  tx.payload = PoisonMicroblockPayload{h1, h2};
  EXPECT_EQ(MessageOf(Transaction::Create(tx)), "poison microblock transaction anchor mode must be on-chain-only");
  tx.anchor_mode = AnchorMode::kOnChainOnly;
  EXPECT_TRUE(Transaction::Create(tx));
}

TEST_F(TransactionTest, EnforcesTheTwoMebibyteBound) {
  auto exact = DecodeTransaction(TransactionOfLength(MAX_TRANSACTION_LEN));
  ASSERT_TRUE(exact) << MessageOf(exact);
  EXPECT_EQ(exact->serialized_size(), MAX_TRANSACTION_LEN);
  auto over = DecodeTransaction(TransactionOfLength(MAX_TRANSACTION_LEN + 1));
  EXPECT_EQ(CodeOf(over), ErrorCode::kInvalidArgument);  // the 2 MiB window ends inside the code body
  MutableTransaction big = TokenTransfer();
  big.payload = SmartContractPayload{"c", std::string(MAX_TRANSACTION_LEN, 'a'), std::nullopt};
  EXPECT_EQ(CodeOf(Transaction::Create(big)), ErrorCode::kResourceExhausted);
}

TEST_F(TransactionTest, LimitsPostConditionCount) {
  // Pox post-conditions on the origin are 3 bytes each; the reference caps the count at MAX_POST_CONDITIONS.
  MutableTransaction tx = TokenTransfer();
  codec::ByteWriter head;
  ASSERT_TRUE(WriteTransactionAuth(head, tx.auth));
  auto build = [&](uint32_t count) {
    codec::ByteWriter w;
    w.WriteU8(0x80);
    w.WriteU32(CHAIN_ID_TESTNET);
    w.WriteBytes(head.bytes());
    w.WriteU8(3);
    w.WriteU8(2);
    w.WriteU32(count);
    for (uint32_t i = 0; i < count; ++i) w.WriteBytes(std::array<uint8_t, 3>{0x04, 0x01, 0x30});
    EXPECT_TRUE(WritePayload(w, tx.payload));
    return w.Take();
  };
  auto at_limit = DecodeTransaction(build(MAX_POST_CONDITIONS));
  ASSERT_TRUE(at_limit) << MessageOf(at_limit);
  EXPECT_EQ(at_limit->post_conditions().size(), MAX_POST_CONDITIONS);
  EXPECT_EQ(CodeOf(DecodeTransaction(build(MAX_POST_CONDITIONS + 1))), ErrorCode::kResourceExhausted);
}

TEST_F(TransactionTest, PostConditionErrorsNameTheirIndex) {
  MutableTransaction tx = TokenTransfer();
  tx.post_conditions.push_back(StxPostCondition{OriginPrincipal{}, FungibleConditionCode::kSentEq, 1});
  tx.post_conditions.push_back(StxPostCondition{OriginPrincipal{}, FungibleConditionCode::kSentEq, 1});
  util::Bytes bytes = Bytes(tx);
  // Second post-condition starts at 115 + 11; its code byte is at +2.
  bytes[115 + 11 + 2] = 0x06;
  EXPECT_EQ(MessageOf(DecodeTransaction(bytes)), "post-condition 1: STX post-condition code 6 is unknown");
}

TEST_F(TransactionTest, CreateRejectsFieldsTheDecoderWouldReject) {
  MutableTransaction tx = TokenTransfer();
  tx.payload = ContractCallPayload{codec::StacksAddress{26, {}}, "not a name", "f", {}};
  EXPECT_EQ(CodeOf(Transaction::Create(tx)), ErrorCode::kInvalidArgument);
  tx.payload = ContractCallPayload{codec::StacksAddress{26, {}}, "c", "1bad", {}};
  EXPECT_EQ(MessageOf(Transaction::Create(tx)), "contract call function name '1bad' is not a clarity name");
  tx.payload = SmartContractPayload{"c", "bad\rbody", std::nullopt};
  EXPECT_EQ(CodeOf(Transaction::Create(tx)), ErrorCode::kInvalidArgument);
  tx.payload = SmartContractPayload{std::string(41, 'c'), "", std::nullopt};
  EXPECT_EQ(CodeOf(Transaction::Create(tx)), ErrorCode::kResourceExhausted);
}

TEST_F(TransactionTest, FeeIsThePayersAndAddressesFollowTheNetwork) {
  const Transaction sponsored = VectorTx("sponsored_token_transfer");
  EXPECT_EQ(sponsored.fee_ustx(), 500u);
  EXPECT_EQ(FeeOf(sponsored.auth().origin), 0u);
  EXPECT_EQ(NonceOf(*sponsored.auth().sponsor), 9u);
  const Transaction mainnet = VectorTx("token_transfer_mainnet_contract_recipient");
  EXPECT_EQ(mainnet.OriginAddress().version, codec::C32_ADDRESS_VERSION_MAINNET_SINGLESIG);
  EXPECT_EQ(VectorTx("multisig_p2sh_2_of_3").OriginAddress().version, codec::C32_ADDRESS_VERSION_TESTNET_MULTISIG);
}

// ---- Static checks (tx_check.h) ----

TEST_F(TransactionTest, NetworkCheckNamesTheMismatch) {
  const Transaction tx = VectorTx("token_transfer_testnet");
  EXPECT_TRUE(CheckTransactionNetwork(tx, /*mainnet=*/false, CHAIN_ID_TESTNET));
  auto wrong_chain = CheckTransactionNetwork(tx, false, CHAIN_ID_MAINNET);
  EXPECT_EQ(CodeOf(wrong_chain), ErrorCode::kConsensusViolation);
  EXPECT_EQ(MessageOf(wrong_chain), "transaction chain id 0x80000000 is not 0x00000001");
  EXPECT_EQ(MessageOf(CheckTransactionNetwork(tx, true, CHAIN_ID_TESTNET)), "transaction is testnet on a mainnet node");
  const Transaction mainnet = VectorTx("token_transfer_mainnet_contract_recipient");
  EXPECT_EQ(MessageOf(CheckTransactionNetwork(mainnet, false, CHAIN_ID_MAINNET)),
            "transaction is mainnet on a testnet node");
}

TEST_F(TransactionTest, StaticEpochGatesPayloads) {
  const auto check = [](const char* name, StacksEpochId epoch) {
    return CheckTransactionStaticEpoch(VectorTx(name), epoch);
  };
  EXPECT_TRUE(check("coinbase", StacksEpochId::k25));
  EXPECT_EQ(MessageOf(check("coinbase", StacksEpochId::k30)),
            "coinbase without a VRF proof is not supported in epoch 3.0");
  EXPECT_EQ(CodeOf(check("coinbase_to_alt_recipient", StacksEpochId::k2_05)), ErrorCode::kConsensusViolation);
  EXPECT_TRUE(check("coinbase_to_alt_recipient", StacksEpochId::k21));
  EXPECT_EQ(CodeOf(check("nakamoto_coinbase_no_recipient", StacksEpochId::k25)), ErrorCode::kConsensusViolation);
  EXPECT_TRUE(check("nakamoto_coinbase_contract_recipient", StacksEpochId::k30));
  EXPECT_EQ(CodeOf(check("tenure_change_block_found", StacksEpochId::k25)), ErrorCode::kConsensusViolation);
  EXPECT_TRUE(check("tenure_change_block_found", StacksEpochId::k30));
  EXPECT_TRUE(check("smart_contract_unversioned", StacksEpochId::k20));
  EXPECT_EQ(CodeOf(check("versioned_smart_contract_clarity2", StacksEpochId::k2_05)), ErrorCode::kConsensusViolation);
  EXPECT_TRUE(check("versioned_smart_contract_clarity2", StacksEpochId::k21));
  EXPECT_EQ(MessageOf(check("versioned_smart_contract_clarity4", StacksEpochId::k32)),
            "smart contract version Clarity 4 is not supported in epoch 3.2");
  EXPECT_TRUE(check("versioned_smart_contract_clarity4", StacksEpochId::k33));
}

TEST_F(TransactionTest, StaticEpochGatesPostConditionsAndAuth) {
  const Transaction sip040 = VectorTx("originator_mode_maybe_sent_and_pox_post_conditions");
  EXPECT_EQ(MessageOf(CheckTransactionStaticEpoch(sip040, StacksEpochId::k33)),
            "originator post-condition mode is not supported in epoch 3.3");
  EXPECT_EQ(MessageOf(CheckTransactionStaticEpoch(sip040, StacksEpochId::k34)),
            "staking or pox post-condition is not supported in epoch 3.4");
  EXPECT_TRUE(CheckTransactionStaticEpoch(sip040, StacksEpochId::k40));
  MutableTransaction maybe_sent = sip040.fields();
  maybe_sent.post_condition_mode = PostConditionMode::kDeny;
  maybe_sent.post_conditions.resize(1);
  EXPECT_EQ(MessageOf(CheckTransactionStaticEpoch(Transaction::Create(maybe_sent).value(), StacksEpochId::k33)),
            "NFT maybe-sent post-condition is not supported in epoch 3.3");

  const Transaction order_independent = VectorTx("multisig_p2sh_non_sequential_2_of_3");
  EXPECT_EQ(MessageOf(CheckTransactionStaticEpoch(order_independent, StacksEpochId::k25)),
            "origin order-independent multi-sig is not supported in epoch 2.5");
  EXPECT_TRUE(CheckTransactionStaticEpoch(order_independent, StacksEpochId::k30));
  EXPECT_TRUE(CheckTransactionStaticEpoch(VectorTx("multisig_p2sh_2_of_3"), StacksEpochId::k20));
}

TEST_F(TransactionTest, TenureChangeCausesBeyondExtendedNeedEpoch33) {
  const Transaction extend = VectorTx("tenure_change_extended_read_count");
  EXPECT_EQ(MessageOf(CheckTenureChangeCauseEpoch(extend, StacksEpochId::k32)),
            "tenure change cause 3 is not supported in epoch 3.2");
  EXPECT_TRUE(CheckTenureChangeCauseEpoch(extend, StacksEpochId::k33));
  EXPECT_TRUE(CheckTenureChangeCauseEpoch(VectorTx("tenure_change_block_found"), StacksEpochId::k30));
  EXPECT_EQ(CodeOf(CheckTransaction(extend, {false, CHAIN_ID_TESTNET, StacksEpochId::k31})),
            ErrorCode::kConsensusViolation);
  EXPECT_TRUE(CheckTransaction(extend, {false, CHAIN_ID_TESTNET, StacksEpochId::k33}));
}

TEST_F(TransactionTest, AnchorModeAndMempoolRules) {
  MutableTransaction tx = TokenTransfer();
  tx.anchor_mode = AnchorMode::kOffChainOnly;
  const Transaction off_chain = Transaction::Create(tx).value();
  EXPECT_EQ(MessageOf(CheckAnchorMode(off_chain, /*anchored_block=*/true)),
            "off-chain-only transaction in an anchored block");
  EXPECT_TRUE(CheckAnchorMode(off_chain, false));
  const Transaction coinbase = VectorTx("coinbase");
  EXPECT_EQ(MessageOf(CheckAnchorMode(coinbase, false)), "on-chain-only transaction in a microblock");
  EXPECT_EQ(CodeOf(CheckMempoolPayload(coinbase)), ErrorCode::kConsensusViolation);
  EXPECT_EQ(CodeOf(CheckMempoolPayload(VectorTx("tenure_change_block_found"))), ErrorCode::kConsensusViolation);
  EXPECT_TRUE(CheckMempoolPayload(off_chain));
}

TEST_F(TransactionTest, EpochNamesRoundTrip) {
  for (const char* name :
       {"1.0", "2.0", "2.05", "2.1", "2.2", "2.3", "2.4", "2.5", "3.0", "3.1", "3.2", "3.3", "3.4", "4.0", "4.1"}) {
    auto epoch = ParseEpochName(name);
    ASSERT_TRUE(epoch) << name;
    EXPECT_EQ(EpochName(*epoch), name);
  }
  EXPECT_FALSE(ParseEpochName("3.5"));
  EXPECT_EQ(DefaultClarityVersion(StacksEpochId::k2_05), ClarityVersion::kClarity1);
  EXPECT_EQ(DefaultClarityVersion(StacksEpochId::k25), ClarityVersion::kClarity2);
  EXPECT_EQ(DefaultClarityVersion(StacksEpochId::k32), ClarityVersion::kClarity3);
  EXPECT_EQ(DefaultClarityVersion(StacksEpochId::k41), ClarityVersion::kClarity6);
}

}  // namespace
}  // namespace stacks::chain
