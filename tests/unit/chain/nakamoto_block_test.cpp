#include "chain/nakamoto_block.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "chain/merkle.h"
#include "chain_test_util.h"

namespace stacks::chain {
namespace {

using testing::AppendList;
using testing::CodeOf;
using testing::MessageOf;
using testing::VectorTx;
using util::ErrorCode;

class NakamotoBlockTest : public ::testing::Test {
 protected:
  // `tx` with another nonce (hence another txid).
  static Transaction WithNonce(const Transaction& tx, uint64_t nonce) {
    MutableTransaction fields = tx.fields();
    SetNonce(fields.auth.origin, nonce);
    return Transaction::Create(fields).value();
  }
  // A tenure-start block: tenure change, Nakamoto coinbase, two transfers; its merkle root set.
  static NakamotoBlock TenureStartBlock() {
    NakamotoBlock block;
    const Transaction tenure_change = VectorTx("tenure_change_block_found");
    block.header.parent_block_id = std::get<TenureChangePayload>(tenure_change.payload()).previous_tenure_end;
    block.header.consensus_hash = std::get<TenureChangePayload>(tenure_change.payload()).tenure_consensus_hash;
    block.header.chain_length = 12;
    block.header.burn_spent = 5000;
    block.header.timestamp = 1'700'000'000;
    block.header.pox_treatment = BitVec::Ones(3).value();
    const Transaction transfer = VectorTx("token_transfer_testnet");
    block.txs = {tenure_change, VectorTx("nakamoto_coinbase_no_recipient"), transfer, WithNonce(transfer, 99)};
    block.header.tx_merkle_root = ComputeTxMerkleRoot(block.txs);
    return block;
  }
};

TEST_F(NakamotoBlockTest, RoundTrips) {
  const NakamotoBlock block = TenureStartBlock();
  const util::Bytes bytes = SerializeNakamotoBlock(block);
  util::Bytes expected = SerializeNakamotoBlockHeader(block.header);
  AppendList(expected, {0, 0, 0, 4});
  for (const auto& tx : block.txs) util::Append(expected, SerializeTransaction(tx));
  EXPECT_EQ(bytes, expected);
  auto decoded = DecodeNakamotoBlock(bytes);
  ASSERT_TRUE(decoded) << MessageOf(decoded);
  EXPECT_EQ(*decoded, block);
  EXPECT_EQ(NakamotoBlockId(*decoded), NakamotoBlockId(block.header));
  EXPECT_EQ(NakamotoBlockHash(*decoded), SignerSignatureHash(block.header));
}

TEST_F(NakamotoBlockTest, MerkleRootIsOverTxidsInOrder) {
  const NakamotoBlock block = TenureStartBlock();
  std::vector<Txid> txids;
  for (const auto& tx : block.txs) txids.push_back(tx.txid());
  EXPECT_EQ(block.header.tx_merkle_root, TxMerkleRoot(txids));
  EXPECT_EQ(ComputeTxMerkleRoot({}), crypto::Hash256{});
}

TEST_F(NakamotoBlockTest, EmptyBlockDecodesWithZeroRoot) {
  // The codec allows it; CheckNakamotoBlockStatic refuses it.
  NakamotoBlock block;
  EXPECT_EQ(DecodeNakamotoBlock(SerializeNakamotoBlock(block)).value(), block);
}

TEST_F(NakamotoBlockTest, RejectsWrongMerkleRoot) {
  NakamotoBlock block = TenureStartBlock();
  block.header.tx_merkle_root[0] ^= 1;
  auto r = DecodeNakamotoBlock(SerializeNakamotoBlock(block));
  EXPECT_EQ(CodeOf(r), ErrorCode::kConsensusViolation);
  EXPECT_EQ(MessageOf(r), "tx merkle root mismatch");
  EXPECT_EQ(CodeOf(CheckTxMerkleRoot(block)), ErrorCode::kConsensusViolation);
}

TEST_F(NakamotoBlockTest, RejectsReorderedTransactions) {
  NakamotoBlock block = TenureStartBlock();
  std::swap(block.txs[2], block.txs[3]);
  EXPECT_EQ(CodeOf(DecodeNakamotoBlock(SerializeNakamotoBlock(block))), ErrorCode::kConsensusViolation);
}

TEST_F(NakamotoBlockTest, RejectsDuplicateTxids) {
  NakamotoBlock block = TenureStartBlock();
  block.txs.push_back(block.txs[2]);
  block.header.tx_merkle_root = ComputeTxMerkleRoot(block.txs);
  auto r = DecodeNakamotoBlock(SerializeNakamotoBlock(block));
  EXPECT_EQ(CodeOf(r), ErrorCode::kConsensusViolation);
  EXPECT_EQ(MessageOf(r), "duplicate transaction " + util::ToHex(block.txs[2].txid()) + " at indexes 2 and 4");
}

TEST_F(NakamotoBlockTest, RejectsTruncationAtEveryByte) {
  const util::Bytes bytes = SerializeNakamotoBlock(TenureStartBlock());
  for (size_t n = 0; n < bytes.size(); ++n) {
    auto r = DecodeNakamotoBlock(util::ByteView(bytes).first(n));
    ASSERT_EQ(CodeOf(r), ErrorCode::kInvalidArgument) << n << " " << MessageOf(r);
  }
}

TEST_F(NakamotoBlockTest, RejectsTrailingBytes) {
  util::Bytes bytes = SerializeNakamotoBlock(TenureStartBlock());
  bytes.push_back(0x00);
  auto r = DecodeNakamotoBlock(bytes);
  EXPECT_EQ(CodeOf(r), ErrorCode::kInvalidArgument);
  EXPECT_NE(MessageOf(r).find("1 trailing bytes after block"), std::string::npos);
}

TEST_F(NakamotoBlockTest, ReaderLeavesWhatFollows) {
  util::Bytes bytes = SerializeNakamotoBlock(TenureStartBlock());
  const size_t size = bytes.size();
  bytes.push_back(0xab);
  codec::ByteReader reader(bytes);
  ASSERT_TRUE(ReadNakamotoBlock(reader));
  EXPECT_EQ(reader.position(), size);
}

TEST_F(NakamotoBlockTest, RejectsTransactionCountBeyondTheInput) {
  NakamotoBlock block;
  util::Bytes bytes = SerializeNakamotoBlockHeader(block.header);
  AppendList(bytes, {0x00, 0x00, 0x76, 0xbb});  // 30395, within the limit, but no input follows
  EXPECT_EQ(CodeOf(DecodeNakamotoBlock(bytes)), ErrorCode::kInvalidArgument);
  bytes.resize(bytes.size() - 4);
  AppendList(bytes, {0xff, 0xff, 0xff, 0xff});
  EXPECT_EQ(CodeOf(DecodeNakamotoBlock(bytes)), ErrorCode::kResourceExhausted);
}

TEST_F(NakamotoBlockTest, RejectsMoreTransactionsThanTheReferenceAllocates) {
  // 30395 * size_of::<StacksTransaction>() (552) fits in MAX_MESSAGE_LEN; one more does not.
  NakamotoBlock block;
  util::Bytes bytes = SerializeNakamotoBlockHeader(block.header);
  AppendList(bytes, {0x00, 0x00, 0x76, 0xbc});  // 30396
  bytes.resize(bytes.size() + 30396 * 100);
  EXPECT_EQ(CodeOf(DecodeNakamotoBlock(bytes)), ErrorCode::kResourceExhausted);
  bytes[bytes.size() - 30396 * 100 - 1] = 0xbb;  // 30395: read on, and fail on the first (all-zero) transaction
  EXPECT_EQ(CodeOf(DecodeNakamotoBlock(bytes)), ErrorCode::kInvalidArgument);
}

TEST_F(NakamotoBlockTest, BadTransactionNamesItsIndex) {
  const NakamotoBlock block = TenureStartBlock();
  util::Bytes bytes = SerializeNakamotoBlockHeader(block.header);
  AppendList(bytes, {0, 0, 0, 2});
  util::Append(bytes, SerializeTransaction(block.txs[0]));
  util::Bytes bad = SerializeTransaction(block.txs[2]);
  bad[bad.size() - 65] = 0x09;  // the payload id (id, standard principal, amount, memo): unknown
  util::Append(bytes, bad);
  auto r = DecodeNakamotoBlock(bytes);
  EXPECT_EQ(CodeOf(r), ErrorCode::kInvalidArgument);
  EXPECT_EQ(MessageOf(r).rfind("transaction 1: ", 0), 0u) << MessageOf(r);
}

TEST_F(NakamotoBlockTest, HeaderErrorsPropagate) {
  NakamotoBlock block = TenureStartBlock();
  util::Bytes bytes = SerializeNakamotoBlock(block);
  const size_t bitvec_at = 141 + 65 + 4;  // no signer signatures
  bytes[bitvec_at] = 0x10;                // 0x1003 bits, over 4000
  EXPECT_EQ(CodeOf(DecodeNakamotoBlock(bytes)), ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace stacks::chain
