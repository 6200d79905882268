#include "burnchain/leader_key_register.h"

#include <gtest/gtest.h>

#include "burnchain_test_util.h"

namespace stacks::burnchain {
namespace {

using testing::FailsWith;
using testing::Hex;
using testing::HexArray;
using testing::OpTx;
using testing::P2pkhOut;
using util::ErrorCode;

class LeaderKeyRegisterTest : public ::testing::Test {
 protected:
  static constexpr BurnchainParams TESTNET_ID = {BitcoinNetworkType::kTestnet, MAGIC_BYTES_DEFAULT};
  static constexpr std::string_view KEY = "a366b51292bef4edd64063d9145c617fec373bceb0758e98cd72becd84d54c7a";

  // stacks-core leader_key_register.rs get_test_fixtures (see the data file).
  static nlohmann::json Fixtures() { return testing::Vectors("leader_key_register"); }

  static nlohmann::json Fixture(std::string_view name) {
    const nlohmann::json vectors = Fixtures()["vectors"];
    for (const auto& v : vectors) {
      if (v["name"].get<std::string>() == name) return v;
    }
    ADD_FAILURE() << "no fixture " << name;
    return {};
  }

  static util::Result<LeaderKeyRegisterOp> ParseFixture(std::string_view name, uint64_t height) {
    return LeaderKeyRegisterOp::Parse(testing::TxFromHex(Fixture(name)["tx"].get<std::string>()),
                                      BurnBlockRef{height, {}}, Fixtures()["vtxindex"], TESTNET_ID);
  }

  static util::Bytes Payload(std::string_view memo_hex) {
    return util::Concat({Hex(std::string(40, '2')), Hex(KEY), Hex(memo_hex)});
  }
};

TEST_F(LeaderKeyRegisterTest, ParsesReferenceFixtures) {
  const auto section = Fixtures();
  const BurnBlockRef block{section["block_height"], {}};
  for (const auto& v : section["vectors"]) {
    if (v["result"].is_null()) continue;
    SCOPED_TRACE(v["name"].get<std::string>());
    auto op = LeaderKeyRegisterOp::Parse(testing::TxFromHex(v["tx"].get<std::string>()), block, section["vtxindex"],
                                         TESTNET_ID);
    ASSERT_TRUE(op) << op.error().ToString();
    const auto& want = v["result"];
    EXPECT_EQ(util::ToHex(op->consensus_hash), want["consensus_hash"].get<std::string>());
    EXPECT_EQ(util::ToHex(op->public_key), want["public_key"].get<std::string>());
    EXPECT_EQ(util::ToHex(op->memo), want["memo"].get<std::string>());
    EXPECT_EQ(util::ToHex(op->txid), want["txid"].get<std::string>());
    EXPECT_EQ(op->vtxindex, section["vtxindex"].get<uint32_t>());
    EXPECT_EQ(op->block_height, section["block_height"].get<uint64_t>());
    // The reference checks magic || consensus_serialize against the OP_RETURN data.
    EXPECT_EQ(util::ToHex(util::Concat({MAGIC_BYTES_DEFAULT, op->SerializePayload()})),
              v["op_return_data"].get<std::string>());
  }
}

TEST_F(LeaderKeyRegisterTest, RejectsReferenceFailureFixturesForTheirReasons) {
  EXPECT_TRUE(FailsWith(ParseFixture("invalid VRF public key", 0), ErrorCode::kInvalidArgument, "parse-error"));
  EXPECT_TRUE(FailsWith(ParseFixture("too short", 0), ErrorCode::kInvalidArgument, "parse-error"));
  EXPECT_TRUE(FailsWith(ParseFixture("not enough outputs", 0), ErrorCode::kInvalidArgument, "invalid-input"));
  EXPECT_TRUE(FailsWith(ParseFixture("wrong opcode", 0), ErrorCode::kInvalidArgument, "invalid-input"));
}

TEST_F(LeaderKeyRegisterTest, NeedsAnInput) {
  const BitcoinTx tx = OpTx('^', Payload(""), {P2pkhOut(1, 10)}, 0, MAGIC_BYTES_DEFAULT, /*num_inputs=*/0);
  EXPECT_TRUE(
      FailsWith(LeaderKeyRegisterOp::Parse(tx, {1, {}}, 0, TESTNET_ID), ErrorCode::kInvalidArgument, "invalid-input"));
}

TEST_F(LeaderKeyRegisterTest, IgnoresOtherMagicBytes) {
  const BitcoinTx tx = OpTx('^', Payload(""), {P2pkhOut(1, 10)}, 0, MAGIC_BYTES_MAINNET);
  EXPECT_TRUE(
      FailsWith(LeaderKeyRegisterOp::Parse(tx, {1, {}}, 0, TESTNET_ID), ErrorCode::kNotFound, "no-burnchain-op"));
}

TEST_F(LeaderKeyRegisterTest, RejectsEveryShortPayload) {
  const util::Bytes full = Payload("");
  for (size_t n = 0; n < full.size(); ++n) {
    const BitcoinTx tx = OpTx('^', util::ByteView(full).first(n), {P2pkhOut(1, 10)});
    EXPECT_TRUE(
        FailsWith(LeaderKeyRegisterOp::Parse(tx, {1, {}}, 0, TESTNET_ID), ErrorCode::kInvalidArgument, "parse-error"))
        << n;
  }
}

TEST_F(LeaderKeyRegisterTest, KeepsLongMemosButSerializesAtMost25Bytes) {
  const std::string memo(2 * 40, 'e');
  const BitcoinTx tx = OpTx('^', Payload(memo), {P2pkhOut(1, 10)});
  auto op = LeaderKeyRegisterOp::Parse(tx, {1, {}}, 0, TESTNET_ID);
  ASSERT_TRUE(op);
  EXPECT_EQ(op->memo.size(), 40u);
  EXPECT_EQ(op->SerializePayload().size(), 1 + 20 + 32 + LEADER_KEY_MAX_SERIALIZED_MEMO);
}

TEST_F(LeaderKeyRegisterTest, ReadsAndWritesTheNakamotoSigningKeyHash) {
  LeaderKeyRegisterOp op;
  op.memo = {1, 2, 3};
  EXPECT_FALSE(op.NakamotoSigningKeyHash());
  const crypto::Hash160 hash = testing::Hash160Of(0x5a);
  op.SetNakamotoSigningKeyHash(hash);
  EXPECT_EQ(op.memo.size(), 20u);
  EXPECT_EQ(op.NakamotoSigningKeyHash(), hash);
  op.memo.resize(25, 0x77);
  op.SetNakamotoSigningKeyHash(testing::Hash160Of(0x01));
  EXPECT_EQ(op.memo.size(), 25u);
  EXPECT_EQ(op.memo[24], 0x77);
  EXPECT_EQ(op.NakamotoSigningKeyHash(), testing::Hash160Of(0x01));
}

TEST_F(LeaderKeyRegisterTest, BuildsATransactionThatParsesBack) {
  LeaderKeyRegisterOp op;
  op.consensus_hash.fill(0x22);
  op.public_key = HexArray<32>(KEY);
  op.SetNakamotoSigningKeyHash(testing::Hash160Of(0x33));
  OpTxFunding funding;
  funding.inputs.push_back(TxIn{{testing::HexArray<32>(std::string(64, 'c')), 0}, {}, SEQUENCE_FINAL, {}});
  funding.change = P2pkhOut(4, 50'000);
  const BitcoinTx tx = op.ToBitcoinTx(MAGIC_BYTES_TESTNET, funding);
  ASSERT_EQ(tx.outputs.size(), 2u);
  EXPECT_EQ(tx.outputs[0].value_sats, 0u);

  const BurnBlockRef block{120, testing::HexArray<32>(std::string(64, 'd'))};
  auto back = LeaderKeyRegisterOp::Parse(tx, block, 7, {BitcoinNetworkType::kTestnet, MAGIC_BYTES_TESTNET});
  ASSERT_TRUE(back) << back.error().ToString();
  op.txid = BitcoinTxid(tx);
  op.vtxindex = 7;
  op.block_height = 120;
  op.burn_header_hash = block.hash;
  EXPECT_EQ(*back, op);
}

}  // namespace
}  // namespace stacks::burnchain
