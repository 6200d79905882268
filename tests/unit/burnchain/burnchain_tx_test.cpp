#include "burnchain/burnchain_tx.h"

#include <gtest/gtest.h>

#include "burnchain_test_util.h"

namespace stacks::burnchain {
namespace {

using testing::ErrorOf;
using testing::FailsWith;
using testing::Hex;
using testing::OpTx;
using testing::P2pkhOut;
using util::ErrorCode;

class BurnchainTxTest : public ::testing::Test {
 protected:
  static constexpr BurnchainParams MAINNET_ID = {BitcoinNetworkType::kMainnet, MAGIC_BYTES_DEFAULT};
  static constexpr BurnchainParams REGTEST = {BitcoinNetworkType::kRegtest, MAGIC_BYTES_DEFAULT};
};

TEST_F(BurnchainTxTest, ParsesReferenceTransactions) {
  // stacks-core blocks.rs parse_tx_test_2_1: mainnet, magic "id", vtxindex 4.
  const auto section = testing::Vectors("burnchain_txs");
  const uint32_t vtxindex = section["vtxindex"];
  for (const auto& v : section["vectors"]) {
    SCOPED_TRACE(v["name"].get<std::string>());
    auto tx = ParseBurnchainTx(testing::TxFromHex(v["tx"].get<std::string>()), vtxindex, MAINNET_ID);
    ASSERT_TRUE(tx) << tx.error().ToString();
    EXPECT_EQ(util::ToHex(tx->txid), v["txid"].get<std::string>());
    EXPECT_EQ(tx->vtxindex, vtxindex);
    EXPECT_EQ(tx->opcode, static_cast<uint8_t>(v["opcode"].get<std::string>()[0]));
    EXPECT_EQ(util::ToHex(tx->payload), v["payload"].get<std::string>());
    EXPECT_EQ(tx->op_return_amount_sats, v["op_return_amount"].get<uint64_t>());
    ASSERT_EQ(tx->inputs.size(), v["inputs"].size());
    for (size_t i = 0; i < tx->inputs.size(); ++i) {
      EXPECT_EQ(util::ToHex(tx->inputs[i].prevout.txid), v["inputs"][i]["prev_txid"].get<std::string>());
      EXPECT_EQ(tx->inputs[i].prevout.vout, v["inputs"][i]["prev_vout"].get<uint32_t>());
      EXPECT_EQ(util::ToHex(tx->inputs[i].script_sig), v["inputs"][i]["script_sig"].get<std::string>());
      EXPECT_EQ(tx->inputs[i].witness.size(), v["inputs"][i]["witness"].size());
    }
    ASSERT_EQ(tx->outputs.size(), v["outputs"].size());
    for (size_t i = 0; i < tx->outputs.size(); ++i) {
      const auto& want = v["outputs"][i];
      EXPECT_EQ(tx->outputs[i].amount_sats, want["amount"].get<uint64_t>());
      if (want.contains("legacy")) {
        const auto kind =
            want["legacy"]["type"] == "p2pkh" ? codec::BitcoinAddressKind::kP2pkh : codec::BitcoinAddressKind::kP2sh;
        EXPECT_EQ(tx->outputs[i].address, BitcoinOutputAddress(LegacyAddress(
                                              kind, BitcoinNetworkType::kMainnet,
                                              testing::HexArray<20>(want["legacy"]["hash160"].get<std::string>()))));
      } else {
        EXPECT_EQ(OutputAddressToString(tx->outputs[i].address), want["address"].get<std::string>());
      }
    }
  }
}

TEST_F(BurnchainTxTest, TransactionsWithoutAnOperationAreNotFound) {
  // Invalid magic, no OP_RETURN, a coinbase: stacks-core blocks.rs maybe_burnchain_tx_test_2_05 and
  // parse_tx_strange_2_05.
  const nlohmann::json vectors = testing::Vectors("not_burnchain_txs")["vectors"];
  for (const auto& v : vectors) {
    auto r = ParseBurnchainTx(testing::TxFromHex(v["tx"].get<std::string>()), 0, MAINNET_ID);
    EXPECT_TRUE(FailsWith(r, ErrorCode::kNotFound, "no-burnchain-op")) << v["name"];
  }
}

TEST_F(BurnchainTxTest, MagicBytesSelectTheNetwork) {
  const BitcoinTx tx = OpTx('p', {}, {P2pkhOut(1, 10)}, 0, MAGIC_BYTES_MAINNET);
  EXPECT_TRUE(ParseBurnchainTx(tx, 0, {BitcoinNetworkType::kMainnet, MAGIC_BYTES_MAINNET}));
  EXPECT_TRUE(FailsWith(ParseBurnchainTx(tx, 0, {BitcoinNetworkType::kMainnet, MAGIC_BYTES_TESTNET}),
                        ErrorCode::kNotFound, "no-burnchain-op"));
  EXPECT_TRUE(FailsWith(ParseBurnchainTx(tx, 0, REGTEST), ErrorCode::kNotFound, "no-burnchain-op"));
}

TEST_F(BurnchainTxTest, NeedsAnOpcodeAfterTheMagic) {
  BitcoinTx tx = OpTx('p', {}, {P2pkhOut(1, 10)});
  tx.outputs[0].script_pubkey = OpReturnScript(util::Bytes{'i', 'd'});
  EXPECT_TRUE(FailsWith(ParseBurnchainTx(tx, 0, REGTEST), ErrorCode::kNotFound, "no-burnchain-op"));
  tx.outputs[0].script_pubkey = OpReturnScript(util::Bytes{'i', 'd', 'p'});
  auto r = ParseBurnchainTx(tx, 0, REGTEST);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->opcode, 'p');
  EXPECT_TRUE(r->payload.empty());
}

TEST_F(BurnchainTxTest, OutputZeroMustBeTheOpReturn) {
  BitcoinTx tx = OpTx('p', {}, {P2pkhOut(1, 10)});
  std::swap(tx.outputs[0], tx.outputs[1]);
  EXPECT_TRUE(FailsWith(ParseBurnchainTx(tx, 0, REGTEST), ErrorCode::kNotFound, "no-burnchain-op"));
  tx.outputs.clear();
  EXPECT_TRUE(FailsWith(ParseBurnchainTx(tx, 0, REGTEST), ErrorCode::kNotFound, "no-burnchain-op"));
  // OP_RETURN with two pushes.
  tx = OpTx('p', {}, {});
  tx.outputs[0].script_pubkey.push_back(0x00);
  EXPECT_TRUE(FailsWith(ParseBurnchainTx(tx, 0, REGTEST), ErrorCode::kNotFound, "no-burnchain-op"));
}

TEST_F(BurnchainTxTest, RejectsOutputsWithoutAnAddress) {
  const util::Bytes p2pk = Hex("2102d8015134d9db8178ac93acbc43170a2f20febba5087a5b0437058765ad5133d0ac");
  const BitcoinTx tx = OpTx('p', {}, {P2pkhOut(1, 10), TxOut{5, p2pk}});
  EXPECT_TRUE(FailsWith(ParseBurnchainTx(tx, 0, REGTEST), ErrorCode::kInvalidArgument, "unrecognized-output"));
  // A second OP_RETURN has no address either.
  const BitcoinTx two_op_returns = OpTx('p', {}, {TxOut{0, OpReturnScript(util::Bytes{1})}});
  EXPECT_TRUE(
      FailsWith(ParseBurnchainTx(two_op_returns, 0, REGTEST), ErrorCode::kInvalidArgument, "unrecognized-output"));
}

TEST_F(BurnchainTxTest, AcceptsSegwitOutputsAndTransactionsWithoutInputs) {
  BitcoinTx tx = OpTx('p', {}, {TxOut{1, Hex("0014751e76e8199196d454941c45d1b3a323f1433bd6")}}, 0, MAGIC_BYTES_DEFAULT,
                      /*num_inputs=*/0);
  auto r = ParseBurnchainTx(tx, 3, REGTEST);
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->inputs.empty());
  EXPECT_EQ(r->Recipient(0), PoxAddress(PoxAddr20{false, POX_ADDRESS_TYPE_P2WPKH,
                                                  testing::HexArray<20>("751e76e8199196d454941c45d1b3a323f1433bd6")}));
  EXPECT_FALSE(r->Recipient(1));
  EXPECT_EQ(r->txid, BitcoinTxid(tx));
}

TEST_F(BurnchainTxTest, FindsThePreStxThroughInputZero) {
  auto tx = ParseBurnchainTx(OpTx('x', {}, {P2pkhOut(1, 10)}), 0, REGTEST);
  ASSERT_TRUE(tx);
  auto sender = PreStxSenderTxid(*tx);
  ASSERT_TRUE(sender);
  EXPECT_EQ(util::ToHex(*sender), std::string(64, '1'));

  auto wrong_vout = ParseBurnchainTx(OpTx('x', {}, {P2pkhOut(1, 10)}, 0, MAGIC_BYTES_DEFAULT, 1, 2), 0, REGTEST);
  EXPECT_TRUE(FailsWith(PreStxSenderTxid(*wrong_vout), ErrorCode::kInvalidArgument, "invalid-input"));
  auto no_input = ParseBurnchainTx(OpTx('x', {}, {P2pkhOut(1, 10)}, 0, MAGIC_BYTES_DEFAULT, 0), 0, REGTEST);
  EXPECT_TRUE(FailsWith(PreStxSenderTxid(*no_input), ErrorCode::kInvalidArgument, "invalid-input"));
}

TEST_F(BurnchainTxTest, AssemblesOperationTransactionsAsTheReferenceMinerDoes) {
  OpTxFunding funding;
  funding.inputs.push_back(TxIn{{Txid{}, 3}, {0x01}, SEQUENCE_FINAL, {}});
  funding.change = P2pkhOut(9, 1000);
  const BitcoinTx tx = AssembleOpTx(MAGIC_BYTES_TESTNET, util::Bytes{'p'}, 77, {P2pkhOut(1, 10)}, funding);
  EXPECT_EQ(tx.version, 1u);
  EXPECT_EQ(tx.lock_time, 0u);
  EXPECT_EQ(tx.inputs, funding.inputs);
  ASSERT_EQ(tx.outputs.size(), 3u);
  EXPECT_EQ(tx.outputs[0], (TxOut{77, Hex("6a03543270")}));
  EXPECT_EQ(tx.outputs[1], P2pkhOut(1, 10));
  EXPECT_EQ(tx.outputs[2], *funding.change);
}

}  // namespace
}  // namespace stacks::burnchain
