#include "burndb/burn_op_parse.h"

#include <gtest/gtest.h>

#include "burndb/burndb_test_util.h"
#include "test_util.h"

namespace stacks::burndb {
namespace {

using stacks::testing::ErrorOf;
using util::ErrorCode;

class BurnOpParseTest : public ::testing::Test {
 protected:
  static constexpr burnchain::BurnBlockRef BLOCK = {5, {}};
  BurnOpParseContext m_context;  // regtest, magic "id"
};

TEST_F(BurnOpParseTest, ReadsALeaderKeyRegister) {
  const burnchain::BitcoinTx tx = testing::KeyRegisterTx(7);
  auto op = ParseBurnOp(tx, BLOCK, 3, m_context);
  ASSERT_TRUE(op) << ErrorOf(op).ToString();
  EXPECT_EQ(op->opcode, burnchain::Opcode::kLeaderKeyRegister);
  EXPECT_EQ(op->vtxindex, 3u);
  EXPECT_EQ(op->txid, burnchain::BitcoinTxid(tx));
  EXPECT_EQ(op->payload.size(), 1u + 20 + 32 + 1);
  EXPECT_EQ(op->payload.front(), '^');
  EXPECT_EQ(op->payload.back(), 7);
}

TEST_F(BurnOpParseTest, RejectsAnotherNetworksMagic) {
  auto op = ParseBurnOp(testing::ForeignMagicTx(), BLOCK, 0, m_context);
  EXPECT_EQ(ErrorOf(op).code, ErrorCode::kNotFound);
  EXPECT_EQ(ErrorOf(op).message.rfind("no-burnchain-op", 0), 0u) << ErrorOf(op).message;
}

TEST_F(BurnOpParseTest, RejectsAnUnknownOpcode) {
  const burnchain::BitcoinTx tx = burnchain::testing::OpTx('Z', util::Bytes(10, 0), {});
  auto op = ParseBurnOp(tx, BLOCK, 0, m_context);
  EXPECT_EQ(ErrorOf(op).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(op).message, "invalid-input: unknown opcode 0x5a");
}

TEST_F(BurnOpParseTest, RejectsAMalformedPayloadWithTheParsersReason) {
  const burnchain::BitcoinTx tx =
      burnchain::testing::OpTx('^', util::Bytes(10, 0), {burnchain::testing::P2pkhOut(1, 1)});
  auto op = ParseBurnOp(tx, BLOCK, 0, m_context);
  EXPECT_EQ(ErrorOf(op).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(op).message.rfind("parse-error", 0), 0u) << ErrorOf(op).message;
}

TEST_F(BurnOpParseTest, StxOpNeedsItsPreStx) {
  const burnchain::BitcoinTx pre_stx = testing::PreStxTx(9);
  const burnchain::BitcoinTx transfer = testing::TransferStxTx(pre_stx);
  auto unknown = ParseBurnOp(transfer, BLOCK, 0, m_context);
  EXPECT_EQ(ErrorOf(unknown).code, ErrorCode::kNotFound);
  EXPECT_EQ(ErrorOf(unknown).message.rfind("no-pre-stx", 0), 0u) << ErrorOf(unknown).message;

  burnchain::Txid asked{};
  m_context.pre_stx_sender = [&](const burnchain::Txid& txid) -> std::optional<codec::StacksAddress> {
    asked = txid;
    return codec::StacksAddress{26, burnchain::testing::Hash160Of(9)};
  };
  auto known = ParseBurnOp(transfer, BLOCK, 1, m_context);
  ASSERT_TRUE(known) << ErrorOf(known).ToString();
  EXPECT_EQ(known->opcode, burnchain::Opcode::kTransferStx);
  EXPECT_EQ(asked, burnchain::BitcoinTxid(pre_stx));
}

TEST_F(BurnOpParseTest, BlockCommitFollowsTheCommitOutputRule) {
  // A commit with one burn output: invalid in a reward phase (which needs two), valid in a prepare phase.
  util::Bytes payload(77, 0);
  payload[73] = 1;  // key_block_ptr = 1: the big-endian u32 at offset 70
  const burnchain::BitcoinTx tx = burnchain::testing::OpTx(
      '[', payload,
      {burnchain::TxOut{100, burnchain::testing::Hex("76a914000000000000000000000000000000000000000088ac")}});
  EXPECT_EQ(ErrorOf(ParseBurnOp(tx, BLOCK, 0, m_context)).code, ErrorCode::kInvalidArgument);
  m_context.commit_output_rule = [](uint64_t) { return burnchain::CommitOutputRule::kBurnOnly; };
  auto op = ParseBurnOp(tx, BLOCK, 0, m_context);
  ASSERT_TRUE(op) << ErrorOf(op).ToString();
  EXPECT_EQ(op->opcode, burnchain::Opcode::kLeaderBlockCommit);
}

}  // namespace
}  // namespace stacks::burndb
