// Tests of the STX operations: PreStx, StackStx, TransferStx, DelegateStx and VoteForAggregateKey. The parse cases
// port stacks-core's unit tests in stackslib/src/chainstate/burn/operations/{stack_stx,transfer_stx,delegate_stx,
// vote_for_aggregate_key}.rs, whose raw payloads (vec![1; N]) and outputs (P2PKH to 20 bytes of 1, 2, ...) are
// rebuilt here as Bitcoin transactions on mainnet with magic "id".
#include <gtest/gtest.h>

#include "burnchain/delegate_stx.h"
#include "burnchain/pre_stx.h"
#include "burnchain/stack_stx.h"
#include "burnchain/transfer_stx.h"
#include "burnchain/vote_for_aggregate_key.h"
#include "burnchain_test_util.h"
#include "codec/consensus.h"
#include "crypto/secp256k1.h"

namespace stacks::burnchain {
namespace {

using testing::FailsWith;
using testing::Hex;
using testing::OpTx;
using testing::P2pkhOut;
using util::Bytes;
using util::ErrorCode;

class StxOpsTest : public ::testing::Test {
 protected:
  static constexpr BurnchainParams MAINNET_ID = {BitcoinNetworkType::kMainnet, MAGIC_BYTES_DEFAULT};
  static constexpr BurnBlockRef BLOCK = {16843022, {}};

  static codec::StacksAddress Sender() { return codec::StacksAddress{0, {}}; }
  static codec::StacksAddress Mainnet(uint8_t b) { return codec::StacksAddress{22, testing::Hash160Of(b)}; }
  static std::vector<TxOut> ThreeOutputs() { return {P2pkhOut(1, 10), P2pkhOut(2, 10), P2pkhOut(0, 30)}; }
  static codec::Uint128 Ones128() {
    codec::Uint128 v = 0;
    for (int i = 0; i < 16; ++i) v = v << 8 | 1;
    return v;
  }
  static TxOut P2wpkhOut(uint64_t value) { return {value, Hex("0014751e76e8199196d454941c45d1b3a323f1433bd6")}; }
};

// --- PreStx ---------------------------------------------------------------------------------------------------

TEST_F(StxOpsTest, PreStxNamesOutputOnesAddress) {
  // stack_stx.rs test_parse_pre_stack_stx (its 80-byte payload is ignored).
  auto op = PreStxOp::Parse(OpTx('p', Bytes(80, 1), ThreeOutputs()), BLOCK, 0, MAINNET_ID);
  ASSERT_TRUE(op) << op.error().ToString();
  EXPECT_EQ(op->output, Mainnet(1));
  EXPECT_EQ(op->block_height, BLOCK.height);
}

TEST_F(StxOpsTest, PreStxRejectsSegwitOutputsWrongOpcodesAndMissingParts) {
  EXPECT_TRUE(FailsWith(PreStxOp::Parse(OpTx('p', {}, {P2wpkhOut(10)}), BLOCK, 0, MAINNET_ID),
                        ErrorCode::kInvalidArgument, "invalid-input"));
  EXPECT_TRUE(FailsWith(PreStxOp::Parse(OpTx('x', {}, ThreeOutputs()), BLOCK, 0, MAINNET_ID),
                        ErrorCode::kInvalidArgument, "invalid-input"));
  EXPECT_TRUE(FailsWith(PreStxOp::Parse(OpTx('p', {}, {}), BLOCK, 0, MAINNET_ID), ErrorCode::kInvalidArgument,
                        "invalid-input"));
  EXPECT_TRUE(FailsWith(PreStxOp::Parse(OpTx('p', {}, ThreeOutputs(), 0, MAGIC_BYTES_DEFAULT, 0), BLOCK, 0, MAINNET_ID),
                        ErrorCode::kInvalidArgument, "invalid-input"));
}

TEST_F(StxOpsTest, PreStxBuildsATransactionThatParsesBack) {
  PreStxOp op;
  op.output = codec::StacksAddress{26, testing::Hash160Of(9)};
  const BitcoinTx tx = op.ToBitcoinTx(MAGIC_BYTES_DEFAULT, 12'345, {}).value();
  ASSERT_EQ(tx.outputs.size(), 2u);
  EXPECT_EQ(tx.outputs[1].value_sats, 12'345u);
  TxIn in;
  BitcoinTx funded = tx;
  funded.inputs.push_back(in);
  auto back = PreStxOp::Parse(funded, BLOCK, 0, {BitcoinNetworkType::kTestnet, MAGIC_BYTES_DEFAULT});
  ASSERT_TRUE(back);
  EXPECT_EQ(back->output, op.output);
  op.output.version = 7;  // no Bitcoin version maps to it
  EXPECT_EQ(testing::ErrorOf(op.ToBitcoinTx(MAGIC_BYTES_DEFAULT, 1, {})).code, ErrorCode::kInvalidArgument);
}

// --- StackStx -------------------------------------------------------------------------------------------------

TEST_F(StxOpsTest, StackStxReadsEveryOptionalField) {
  // stack_stx.rs test_parse_stack_stx: an 80-byte payload of ones.
  auto op = StackStxOp::Parse(OpTx('x', Bytes(80, 1), ThreeOutputs()), BLOCK, 0, MAINNET_ID, Sender());
  ASSERT_TRUE(op) << op.error().ToString();
  EXPECT_EQ(op->sender, Sender());
  EXPECT_EQ(op->reward_addr, PoxAddress(PoxStandardAddress{Mainnet(1), ADDRESS_HASH_MODE_P2PKH}));
  EXPECT_EQ(op->stacked_ustx, Ones128());
  EXPECT_EQ(op->num_cycles, 1);
  PublicKeyBuffer ones;
  ones.fill(1);
  EXPECT_EQ(op->signer_key, ones);
  EXPECT_EQ(op->max_amount, Ones128());
  EXPECT_EQ(op->auth_id, 0x01010101u);
}

TEST_F(StxOpsTest, StackStxOptionalFieldsFollowThePayloadLength) {
  // stack_stx.rs test_parse_stack_stx_signer_key_is_none: 17 bytes carry no signer key.
  const auto parse = [&](size_t n) {
    return StackStxOp::Parse(OpTx('x', Bytes(n, 1), ThreeOutputs()), BLOCK, 0, MAINNET_ID, Sender()).value();
  };
  EXPECT_FALSE(parse(17).signer_key);
  EXPECT_FALSE(parse(49).signer_key);
  EXPECT_TRUE(parse(50).signer_key);
  EXPECT_FALSE(parse(65).max_amount);
  EXPECT_TRUE(parse(66).max_amount);
  EXPECT_FALSE(parse(69).auth_id);
  EXPECT_TRUE(parse(70).auth_id);
  for (size_t n = 0; n < 17; ++n) {
    EXPECT_TRUE(FailsWith(StackStxOp::Parse(OpTx('x', Bytes(n, 1), ThreeOutputs()), BLOCK, 0, MAINNET_ID, Sender()),
                          ErrorCode::kInvalidArgument, "parse-error"))
        << n;
  }
}

TEST_F(StxOpsTest, StackStxAcceptsSegwitRewardAddresses) {
  auto op = StackStxOp::Parse(OpTx('x', Bytes(17, 1), {P2wpkhOut(10)}), BLOCK, 0, MAINNET_ID, Sender());
  ASSERT_TRUE(op);
  EXPECT_TRUE(std::holds_alternative<PoxAddr20>(op->reward_addr));
}

TEST_F(StxOpsTest, StackStxChecks) {
  StackStxOp op;
  op.stacked_ustx = 0;
  EXPECT_TRUE(FailsWith(op.Check(), ErrorCode::kConsensusViolation, "stack-stx-must-be-positive"));
  op.stacked_ustx = 1;
  EXPECT_TRUE(op.Check());
  op.num_cycles = 200;  // not bounded here, as in the reference
  EXPECT_TRUE(op.Check());
  op.signer_key.emplace();
  op.signer_key->fill(1);
  EXPECT_TRUE(FailsWith(op.Check(), ErrorCode::kConsensusViolation, "stack-stx-invalid-key"));
  op.signer_key = testing::HexArray<33>("02d8015134d9db8178ac93acbc43170a2f20febba5087a5b0437058765ad5133d0");
  EXPECT_TRUE(op.Check());
}

TEST_F(StxOpsTest, StackStxWithEveryFieldFitsAStandardOpReturn) {
  // stack_stx.rs test_stack_stx_op_script_len: with magic "T3" the OP_RETURN script is 75 bytes.
  StackStxOp op;
  op.reward_addr = PoxStandardAddress{codec::StacksAddress{22, testing::Hash160Of(1)}, std::nullopt};
  op.stacked_ustx = 10;
  op.num_cycles = 10;
  op.signer_key.emplace();
  op.signer_key->fill(1);
  op.max_amount = 10;
  op.auth_id = 0;
  const BitcoinTx tx = op.ToBitcoinTx({'T', '3'}, {}).value();
  EXPECT_EQ(tx.outputs[0].script_pubkey.size(), 75u);
  EXPECT_EQ(tx.outputs[1].value_sats, DUST_UTXO_LIMIT_SATS);
  BitcoinTx funded = tx;
  funded.inputs.emplace_back();
  auto back = StackStxOp::Parse(funded, BLOCK, 0, {BitcoinNetworkType::kMainnet, {'T', '3'}}, Sender());
  ASSERT_TRUE(back);
  EXPECT_EQ(back->signer_key, op.signer_key);
  EXPECT_EQ(back->max_amount, op.max_amount);
  EXPECT_EQ(back->auth_id, op.auth_id);
  EXPECT_EQ(back->reward_addr, CoerceHashMode(op.reward_addr));
}

// --- TransferStx ----------------------------------------------------------------------------------------------

TEST_F(StxOpsTest, TransferStxReadsAmountMemoAndRecipient) {
  // transfer_stx.rs test_parse_transfer_stx: a 77-byte payload of ones.
  auto op = TransferStxOp::Parse(OpTx('$', Bytes(77, 1), ThreeOutputs()), BLOCK, 0, MAINNET_ID, Sender());
  ASSERT_TRUE(op) << op.error().ToString();
  EXPECT_EQ(op->sender, Sender());
  EXPECT_EQ(op->recipient, Mainnet(1));
  EXPECT_EQ(op->transferred_ustx, Ones128());
  EXPECT_EQ(op->memo, Bytes(61, 1));
}

TEST_F(StxOpsTest, TransferStxBoundsThePayload) {
  for (size_t n : {0, 15, 78, 200}) {
    EXPECT_TRUE(FailsWith(TransferStxOp::Parse(OpTx('$', Bytes(n, 1), ThreeOutputs()), BLOCK, 0, MAINNET_ID, Sender()),
                          ErrorCode::kInvalidArgument, "parse-error"))
        << n;
  }
  auto bare = TransferStxOp::Parse(OpTx('$', Bytes(16, 1), ThreeOutputs()), BLOCK, 0, MAINNET_ID, Sender());
  ASSERT_TRUE(bare);
  EXPECT_TRUE(bare->memo.empty());
  EXPECT_TRUE(FailsWith(TransferStxOp::Parse(OpTx('$', Bytes(16, 1), {P2wpkhOut(1)}), BLOCK, 0, MAINNET_ID, Sender()),
                        ErrorCode::kInvalidArgument, "invalid-input"));
}

TEST_F(StxOpsTest, TransferStxChecks) {
  TransferStxOp op;
  op.sender = Mainnet(1);
  op.recipient = Mainnet(2);
  EXPECT_TRUE(FailsWith(op.Check(), ErrorCode::kConsensusViolation, "transfer-stx-must-be-positive"));
  op.transferred_ustx = 5;
  EXPECT_TRUE(op.Check());
  op.recipient = op.sender;
  EXPECT_TRUE(FailsWith(op.Check(), ErrorCode::kConsensusViolation, "transfer-stx-self-send"));
}

TEST_F(StxOpsTest, TransferStxBuildsATransactionThatParsesBack) {
  TransferStxOp op;
  op.sender = Mainnet(1);
  op.recipient = Mainnet(2);
  op.transferred_ustx = 1'000'000;
  op.memo = Bytes(61, 0xaa);
  OpTxFunding funding;
  funding.inputs.push_back(TxIn{{testing::HexArray<32>(std::string(64, '3')), 1}, {}, SEQUENCE_FINAL, {}});
  const BitcoinTx tx = op.ToBitcoinTx(MAGIC_BYTES_DEFAULT, funding).value();
  auto burn_tx = ParseBurnchainTx(tx, 5, MAINNET_ID).value();
  EXPECT_EQ(util::ToHex(PreStxSenderTxid(burn_tx).value()), std::string(64, '3'));
  auto back = TransferStxOp::FromBurnchainTx(burn_tx, BLOCK, op.sender);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->recipient, op.recipient);
  EXPECT_EQ(back->transferred_ustx, op.transferred_ustx);
  EXPECT_EQ(back->memo, op.memo);
  op.memo.push_back(0);
  EXPECT_EQ(testing::ErrorOf(op.SerializePayload()).code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(testing::ErrorOf(op.ToBitcoinTx(MAGIC_BYTES_DEFAULT, funding)).code, ErrorCode::kResourceExhausted);
}

// --- DelegateStx ----------------------------------------------------------------------------------------------

TEST_F(StxOpsTest, DelegateStxWithRewardIndexAndNoHeight) {
  // delegate_stx.rs test_parse_delegate_stx_height_is_none: index 1, no until height, outputs to 2, 3, 4.
  Bytes data(22, 1);
  data[17] = data[18] = data[19] = 0;
  data[21] = 0;
  auto op = DelegateStxOp::Parse(OpTx('#', data, {P2pkhOut(2, 10), P2pkhOut(3, 10), P2pkhOut(4, 30)}), BLOCK, 0,
                                 MAINNET_ID, Sender());
  ASSERT_TRUE(op) << op.error().ToString();
  EXPECT_EQ(op->delegate_to, Mainnet(2));
  ASSERT_TRUE(op->reward_addr);
  EXPECT_EQ(op->reward_addr->first, 1u);
  EXPECT_EQ(op->reward_addr->second, PoxAddress(PoxStandardAddress{Mainnet(3), ADDRESS_HASH_MODE_P2PKH}));
  EXPECT_EQ(op->delegated_ustx, Ones128());
  EXPECT_FALSE(op->until_burn_height);
}

TEST_F(StxOpsTest, DelegateStxWithHeightAndIndexTwo) {
  // delegate_stx.rs test_parse_delegate_stx: index 2, until height of ones.
  Bytes data(80, 1);
  data[17] = data[18] = data[19] = 0;
  data[20] = 2;
  auto op = DelegateStxOp::Parse(OpTx('#', data, {P2pkhOut(2, 10), P2pkhOut(3, 10), P2pkhOut(4, 30)}), BLOCK, 0,
                                 MAINNET_ID, Sender());
  ASSERT_TRUE(op);
  EXPECT_EQ(op->reward_addr->first, 2u);
  EXPECT_EQ(op->reward_addr->second, PoxAddress(PoxStandardAddress{Mainnet(4), ADDRESS_HASH_MODE_P2PKH}));
  EXPECT_EQ(op->until_burn_height, 0x0101010101010101u);
}

TEST_F(StxOpsTest, DelegateStxWithoutRewardAddress) {
  // delegate_stx.rs test_parse_delegate_stx_pox_addr_is_none; also an index past the last output.
  Bytes data(80, 1);
  data[16] = 0;
  auto op = DelegateStxOp::Parse(OpTx('#', data, {P2pkhOut(2, 10), P2pkhOut(4, 30)}), BLOCK, 0, MAINNET_ID, Sender());
  ASSERT_TRUE(op);
  EXPECT_FALSE(op->reward_addr);
  EXPECT_EQ(op->until_burn_height, 0x0101010101010101u);
  data[16] = 1;  // index 0x01010101
  auto far = DelegateStxOp::Parse(OpTx('#', data, {P2pkhOut(2, 10)}), BLOCK, 0, MAINNET_ID, Sender());
  ASSERT_TRUE(far);
  EXPECT_FALSE(far->reward_addr);
}

TEST_F(StxOpsTest, DelegateStxRejectsMalformedPayloads) {
  // delegate_stx.rs test_parse_delegate_stx_too_short, _wrong_op_code, _zero_outputs.
  const auto parse = [&](const Bytes& data, uint8_t opcode = '#', std::vector<TxOut> outs = {P2pkhOut(2, 10)}) {
    return DelegateStxOp::Parse(OpTx(opcode, data, std::move(outs)), BLOCK, 0, MAINNET_ID, Sender());
  };
  EXPECT_TRUE(FailsWith(parse(Bytes(20, 1)), ErrorCode::kInvalidArgument, "parse-error"));
  EXPECT_TRUE(FailsWith(parse(Bytes(17, 1)), ErrorCode::kInvalidArgument, "parse-error"));
  EXPECT_TRUE(FailsWith(parse(Bytes(80, 1), '$'), ErrorCode::kInvalidArgument, "invalid-input"));
  EXPECT_TRUE(FailsWith(parse(Bytes(80, 1), '#', {}), ErrorCode::kInvalidArgument, "invalid-input"));
  Bytes bad_flag(80, 1);
  bad_flag[16] = 2;
  EXPECT_TRUE(FailsWith(parse(bad_flag), ErrorCode::kInvalidArgument, "parse-error"));
  Bytes bad_until(80, 1);
  bad_until[21] = 7;
  EXPECT_TRUE(FailsWith(parse(bad_until), ErrorCode::kInvalidArgument, "parse-error"));
  Bytes short_until(29, 0);
  short_until[21] = 1;
  EXPECT_TRUE(FailsWith(parse(short_until), ErrorCode::kInvalidArgument, "parse-error"));
  EXPECT_TRUE(FailsWith(parse(Bytes(22, 0), '#', {P2wpkhOut(1)}), ErrorCode::kInvalidArgument, "invalid-input"));
}

TEST_F(StxOpsTest, DelegateStxChecks) {
  DelegateStxOp op;
  EXPECT_TRUE(FailsWith(op.Check(), ErrorCode::kConsensusViolation, "delegate-stx-must-be-positive"));
  op.delegated_ustx = 1;
  op.until_burn_height = uint64_t{1} << 63;
  EXPECT_TRUE(FailsWith(op.Check(), ErrorCode::kConsensusViolation, "invalid-input"));
  op.until_burn_height = (uint64_t{1} << 63) - 1;
  EXPECT_TRUE(op.Check());
}

TEST_F(StxOpsTest, DelegateStxSerializesAndBuilds) {
  DelegateStxOp op;
  op.delegate_to = Mainnet(2);
  op.delegated_ustx = 7;
  EXPECT_EQ(op.SerializePayload(), Hex("23 00000000000000000000000000000007 00 00000000 00"));
  op.until_burn_height = 300;
  op.reward_addr = std::make_pair(1u, PoxAddress(PoxStandardAddress{Mainnet(3), ADDRESS_HASH_MODE_P2PKH}));
  EXPECT_EQ(op.SerializePayload(), Hex("23 00000000000000000000000000000007 01 00000001 01 000000000000012c"));
  BitcoinTx tx = op.ToBitcoinTx(MAGIC_BYTES_DEFAULT, {}).value();
  ASSERT_EQ(tx.outputs.size(), 3u);
  tx.inputs.emplace_back();
  auto back = DelegateStxOp::Parse(tx, BLOCK, 0, MAINNET_ID, Sender());
  ASSERT_TRUE(back);
  EXPECT_EQ(back->delegate_to, op.delegate_to);
  EXPECT_EQ(back->reward_addr, op.reward_addr);
  EXPECT_EQ(back->until_burn_height, op.until_burn_height);
  op.reward_addr->first = 5;
  EXPECT_EQ(testing::ErrorOf(op.ToBitcoinTx(MAGIC_BYTES_DEFAULT, {})).code, ErrorCode::kInvalidArgument);
  op.reward_addr->first = 0;
  EXPECT_EQ(testing::ErrorOf(op.ToBitcoinTx(MAGIC_BYTES_DEFAULT, {})).code, ErrorCode::kInvalidArgument);
  op.reward_addr->second = PoxStandardAddress{Mainnet(2), ADDRESS_HASH_MODE_P2PKH};
  EXPECT_EQ(op.ToBitcoinTx(MAGIC_BYTES_DEFAULT, {}).value().outputs.size(), 2u);
}

// --- VoteForAggregateKey --------------------------------------------------------------------------------------

class VoteForAggregateKeyTest : public StxOpsTest {
 protected:
  // A P2PKH scriptSig from stacks-core's vote_for_aggregate_key.rs test_raw_input_signer_key (uncompressed key).
  static constexpr std::string_view SCRIPT_SIG =
      "483045022100be57031bf2c095945ba2876e97b3f86ee051643a29b908f22ed45ccf58620103022061e056e5f48c5a51c66604a1ca28e4"
      "bfaabab1478424c9bbb396cc6afe5c222e0141040fadbbcea0ff3b05f03195b41cd991d7a0af8bd38559943aec99cbdaf0b22cc806b9a4"
      "f07579934774cc0c155e781d45c989f94336765e88a66d91cfb9f060b0";
  static constexpr std::string_view UNCOMPRESSED_KEY =
      "040fadbbcea0ff3b05f03195b41cd991d7a0af8bd38559943aec99cbdaf0b22cc806b9a4f07579934774cc0c155e781d45c989f94336765"
      "e88a66d91cfb9f060b0";

  static BitcoinTx VoteTx(const Bytes& payload, const Bytes& script_sig) {
    BitcoinTx tx = OpTx('v', payload, {});
    tx.inputs[0].script_sig = script_sig;
    return tx;
  }
  static util::Result<VoteForAggregateKeyOp> Parse(const BitcoinTx& tx) {
    return VoteForAggregateKeyOp::Parse(tx, {1000, {}}, 0, MAINNET_ID, Sender());
  }
  static Bytes Payload() {
    // test_vote_tx_data: signer index 12, aggregate key 0x01 * 33, round 24, reward cycle 10.
    codec::ByteWriter w;
    w.WriteU16(12);
    w.WriteBytes(Bytes(33, 0x01));
    w.WriteU32(24);
    w.WriteU64(10);
    return w.Take();
  }
};

TEST_F(VoteForAggregateKeyTest, ReadsThePayloadAndTheScriptSigKey) {
  auto op = Parse(VoteTx(Payload(), Hex(SCRIPT_SIG)));
  ASSERT_TRUE(op) << op.error().ToString();
  EXPECT_EQ(op->sender, Sender());
  EXPECT_EQ(op->signer_index, 12);
  PublicKeyBuffer ones;
  ones.fill(1);
  EXPECT_EQ(op->aggregate_key, ones);
  EXPECT_EQ(op->round, 24u);
  EXPECT_EQ(op->reward_cycle, 10u);
  // The key comes back compressed.
  const auto key = crypto::PublicKey::FromHex(UNCOMPRESSED_KEY).value();
  EXPECT_EQ(util::ToHex(op->signer_key), util::ToHex(key.SerializeCompressed()));
  EXPECT_EQ(util::ToHex(util::ByteView(op->SerializePayload()).subspan(1)), util::ToHex(Payload()));
}

TEST_F(VoteForAggregateKeyTest, AcceptsHybridKeysAsLibsecp256k1Does) {
  const Bytes uncompressed = Hex(UNCOMPRESSED_KEY);
  Bytes hybrid = uncompressed;
  hybrid[0] = (uncompressed.back() & 1) ? 0x07 : 0x06;
  Bytes script_sig = {0x01, 0x00};
  AppendPush(script_sig, hybrid);
  auto op = Parse(VoteTx(Payload(), script_sig));
  ASSERT_TRUE(op) << op.error().ToString();
  hybrid[0] ^= 0x01;  // the wrong parity
  script_sig = {0x01, 0x00};
  AppendPush(script_sig, hybrid);
  EXPECT_TRUE(FailsWith(Parse(VoteTx(Payload(), script_sig)), ErrorCode::kInvalidArgument, "invalid-input"));
}

TEST_F(VoteForAggregateKeyTest, RejectsBadPayloadsAndScriptSigs) {
  for (size_t n : {0, 46, 48}) {
    EXPECT_TRUE(FailsWith(Parse(VoteTx(Bytes(n, 1), Hex(SCRIPT_SIG))), ErrorCode::kInvalidArgument, "parse-error"))
        << n;
  }
  for (std::string_view script_sig : {"", "00", "0100 0100 0100", "0100 76", "0100 0102"}) {
    EXPECT_TRUE(FailsWith(Parse(VoteTx(Payload(), Hex(script_sig))), ErrorCode::kInvalidArgument, "invalid-input"))
        << script_sig;
  }
  BitcoinTx no_input = VoteTx(Payload(), Hex(SCRIPT_SIG));
  no_input.inputs.clear();
  EXPECT_TRUE(FailsWith(Parse(no_input), ErrorCode::kInvalidArgument, "invalid-input"));
  BitcoinTx wrong_opcode = VoteTx(Payload(), Hex(SCRIPT_SIG));
  wrong_opcode.outputs[0].script_pubkey = OpReturnScript(util::Concat({MAGIC_BYTES_DEFAULT, Bytes{'p'}, Payload()}));
  EXPECT_TRUE(FailsWith(Parse(wrong_opcode), ErrorCode::kInvalidArgument, "invalid-input"));
}

TEST_F(VoteForAggregateKeyTest, Checks) {
  // test_key_validation: all-zero keys are invalid.
  VoteForAggregateKeyOp op;
  EXPECT_TRUE(FailsWith(op.Check(), ErrorCode::kConsensusViolation, "vote-for-aggregate-key-invalid-key"));
  op.aggregate_key = testing::HexArray<33>("02d8015134d9db8178ac93acbc43170a2f20febba5087a5b0437058765ad5133d0");
  op.signer_key = op.aggregate_key;
  EXPECT_TRUE(op.Check());
  op.reward_cycle = uint64_t{1} << 63;
  EXPECT_TRUE(FailsWith(op.Check(), ErrorCode::kConsensusViolation, "invalid-input"));
}

TEST_F(VoteForAggregateKeyTest, BuildsAnOpReturnOnlyTransaction) {
  VoteForAggregateKeyOp op;
  op.signer_index = 3;
  OpTxFunding funding;
  funding.change = P2pkhOut(5, 100);
  const BitcoinTx tx = op.ToBitcoinTx(MAGIC_BYTES_DEFAULT, funding);
  ASSERT_EQ(tx.outputs.size(), 2u);
  EXPECT_EQ(tx.outputs[0].script_pubkey.size(), 1u + 1 + 2 + 1 + 47);  // OP_RETURN, push, magic, opcode
}

}  // namespace
}  // namespace stacks::burnchain
