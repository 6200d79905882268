#include "chain/nakamoto_block_check.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "chain_test_util.h"

namespace stacks::chain {
namespace {

using testing::CodeOf;
using testing::MessageOf;
using testing::VectorTx;
using util::ErrorCode;

class NakamotoBlockCheckTest : public ::testing::Test {
 protected:
  static Transaction TenureChange() { return VectorTx("tenure_change_block_found"); }
  static Transaction Coinbase() { return VectorTx("nakamoto_coinbase_no_recipient"); }
  static Transaction Transfer() { return VectorTx("token_transfer_testnet"); }
  // The vector tenure change with its payload edited.
  template <typename Edit>
  static Transaction EditedTenureChange(Edit edit) {
    MutableTransaction fields = TenureChange().fields();
    edit(std::get<TenureChangePayload>(fields.payload));
    return Transaction::Create(fields).value();
  }
  static const TenureChangePayload& PayloadOf(const Transaction& tx) {
    return std::get<TenureChangePayload>(tx.payload());
  }
  // A block of `txs` whose header continues the vector tenure change's tenure.
  static NakamotoBlock Block(std::vector<Transaction> txs) {
    NakamotoBlock block;
    block.header.parent_block_id = PayloadOf(TenureChange()).previous_tenure_end;
    block.header.consensus_hash = PayloadOf(TenureChange()).tenure_consensus_hash;
    block.txs = std::move(txs);
    block.header.tx_merkle_root = ComputeTxMerkleRoot(block.txs);
    return block;
  }
  // A tenure extension of the block's own tenure.
  static Transaction Extension(const NakamotoBlock& like, TenureChangeCause cause = TenureChangeCause::kExtended) {
    return EditedTenureChange([&](TenureChangePayload& p) {
      p.cause = cause;
      p.tenure_consensus_hash = like.header.consensus_hash;
      p.prev_tenure_consensus_hash = like.header.consensus_hash;
      p.previous_tenure_end = like.header.parent_block_id;
    });
  }
  static util::Status Static(const NakamotoBlock& block, StacksEpochId epoch = StacksEpochId::k30) {
    return CheckNakamotoBlockStatic(block, /*mainnet=*/false, CHAIN_ID_TESTNET, epoch);
  }
};

TEST_F(NakamotoBlockCheckTest, WellFormedTenureStart) {
  const NakamotoBlock block = Block({TenureChange(), Coinbase(), Transfer()});
  EXPECT_EQ(IsTenureStartBlock(block).value(), true);
  EXPECT_EQ(IsTenureExtendBlock(block).value(), false);
  EXPECT_TRUE(Static(block));
}

TEST_F(NakamotoBlockCheckTest, PlainBlockIsNeitherStartNorExtend) {
  const NakamotoBlock block = Block({Transfer()});
  EXPECT_EQ(IsTenureStartBlock(block).value(), false);
  EXPECT_EQ(IsTenureExtendBlock(block).value(), false);
  EXPECT_TRUE(Static(block));
}

TEST_F(NakamotoBlockCheckTest, RejectsEmptyBlock) {
  auto r = Static(Block({}));
  EXPECT_EQ(CodeOf(r), ErrorCode::kConsensusViolation);
  EXPECT_EQ(MessageOf(r), "block has no transactions");
}

TEST_F(NakamotoBlockCheckTest, RejectsCoinbaseWithoutTenureChange) {
  auto r = IsTenureStartBlock(Block({Coinbase(), Transfer()}));
  EXPECT_EQ(CodeOf(r), ErrorCode::kConsensusViolation);
  EXPECT_EQ(MessageOf(r), "malformed tenure-start block: coinbase without a tenure change");
  EXPECT_EQ(CodeOf(Static(Block({Coinbase(), Transfer()}))), ErrorCode::kConsensusViolation);
}

TEST_F(NakamotoBlockCheckTest, RejectsTenureChangeAndCoinbaseOutOfPlace) {
  for (const auto& txs : std::vector<std::vector<Transaction>>{{Coinbase(), TenureChange()},
                                                               {Transfer(), TenureChange(), Coinbase()},
                                                               {TenureChange(), Transfer(), Coinbase()}}) {
    auto r = IsTenureStartBlock(Block(txs));
    EXPECT_EQ(MessageOf(r), "malformed tenure-start block: tenure change and coinbase are not transactions 0 and 1");
  }
}

TEST_F(NakamotoBlockCheckTest, RejectsTwoTenureChangesOrCoinbases) {
  const Transaction second = EditedTenureChange([](TenureChangePayload& p) { p.previous_tenure_blocks += 1; });
  auto r = IsTenureStartBlock(Block({TenureChange(), Coinbase(), second}));
  EXPECT_EQ(MessageOf(r), "malformed tenure-start block: 1 coinbases and 2 tenure changes");
  MutableTransaction other_coinbase = Coinbase().fields();
  SetNonce(other_coinbase.auth.origin, 77);
  r = IsTenureStartBlock(Block({TenureChange(), Coinbase(), Transaction::Create(other_coinbase).value()}));
  EXPECT_EQ(CodeOf(r), ErrorCode::kConsensusViolation);
}

TEST_F(NakamotoBlockCheckTest, RejectsExtensionCauseWithCoinbase) {
  const NakamotoBlock like = Block({});
  auto r = IsTenureStartBlock(Block({Extension(like), Coinbase()}));
  EXPECT_EQ(MessageOf(r), "malformed tenure-start block: tenure change with a coinbase does not expect a sortition");
}

TEST_F(NakamotoBlockCheckTest, RejectsDiscontiguousTenureStart) {
  NakamotoBlock block = Block({TenureChange(), Coinbase()});
  block.header.parent_block_id[0] ^= 1;
  auto r = IsTenureStartBlock(block);
  EXPECT_EQ(MessageOf(r), "malformed tenure-start block: tenure change previous_tenure_end is not the parent block");
}

TEST_F(NakamotoBlockCheckTest, RejectsEpoch2CoinbaseInTenureStart) {
  auto r = IsTenureStartBlock(Block({TenureChange(), VectorTx("coinbase")}));
  EXPECT_EQ(MessageOf(r), "malformed tenure-start block: coinbase has no VRF proof");
}

TEST_F(NakamotoBlockCheckTest, RejectsBlockFoundWithoutCoinbase) {
  auto r = IsTenureStartBlock(Block({TenureChange(), Transfer()}));
  EXPECT_EQ(MessageOf(r), "malformed tenure-start block: no coinbase, but the tenure change expects a sortition");
}

TEST_F(NakamotoBlockCheckTest, WellFormedTenureExtend) {
  const NakamotoBlock like = Block({});
  for (auto cause :
       {TenureChangeCause::kExtended, TenureChangeCause::kExtendedReadCount, TenureChangeCause::kExtendedWriteLength}) {
    const NakamotoBlock block = Block({Extension(like, cause), Transfer()});
    EXPECT_EQ(IsTenureExtendBlock(block).value(), true);
    EXPECT_EQ(IsTenureStartBlock(block).value(), false);
    EXPECT_TRUE(Static(block, StacksEpochId::k33));
  }
}

TEST_F(NakamotoBlockCheckTest, RejectsMalformedTenureExtend) {
  const NakamotoBlock like = Block({});
  auto r = IsTenureExtendBlock(Block({Transfer(), Extension(like)}));
  EXPECT_EQ(MessageOf(r), "malformed tenure-extend block: tenure change is not the first transaction");
  EXPECT_EQ(CodeOf(IsTenureStartBlock(Block({Transfer(), Extension(like)}))), ErrorCode::kConsensusViolation);

  const Transaction other_tenure = EditedTenureChange([&](TenureChangePayload& p) {
    p.cause = TenureChangeCause::kExtended;
    p.previous_tenure_end = like.header.parent_block_id;
    p.tenure_consensus_hash = like.header.consensus_hash;
    p.prev_tenure_consensus_hash[0] = static_cast<uint8_t>(like.header.consensus_hash[0] ^ 1);
  });
  r = IsTenureExtendBlock(Block({other_tenure}));
  EXPECT_EQ(MessageOf(r), "malformed tenure-extend block: tenure change consensus hashes are not the block's");

  NakamotoBlock discontiguous = Block({Extension(like)});
  discontiguous.header.parent_block_id[31] ^= 1;
  r = IsTenureExtendBlock(discontiguous);
  EXPECT_EQ(MessageOf(r), "malformed tenure-extend block: tenure change previous_tenure_end is not the parent block");

  const Transaction second = EditedTenureChange([&](TenureChangePayload& p) {
    p.cause = TenureChangeCause::kExtended;
    p.previous_tenure_blocks = 1234;
  });
  r = IsTenureExtendBlock(Block({Extension(like), second}));
  EXPECT_EQ(MessageOf(r), "malformed tenure-extend block: 2 tenure changes");
  EXPECT_EQ(CodeOf(Static(Block({Extension(like), second}))), ErrorCode::kConsensusViolation);
}

TEST_F(NakamotoBlockCheckTest, RejectsWrongNetworkAndChainId) {
  const NakamotoBlock block = Block({TenureChange(), Coinbase()});
  EXPECT_EQ(CodeOf(CheckNakamotoBlockStatic(block, /*mainnet=*/true, CHAIN_ID_TESTNET, StacksEpochId::k30)),
            ErrorCode::kConsensusViolation);
  EXPECT_EQ(CodeOf(CheckNakamotoBlockStatic(block, /*mainnet=*/false, 0x80000001, StacksEpochId::k30)),
            ErrorCode::kConsensusViolation);
}

TEST_F(NakamotoBlockCheckTest, RejectsDuplicateTransactions) {
  auto r = Static(Block({Transfer(), Transfer()}));
  EXPECT_EQ(CodeOf(r), ErrorCode::kConsensusViolation);
  EXPECT_NE(MessageOf(r).find("duplicate transaction"), std::string::npos);
}

TEST_F(NakamotoBlockCheckTest, RejectsTransactionsOfAnotherEpoch) {
  // A Nakamoto coinbase and a tenure change before Epoch 3.0 (header version 0 is still expected).
  EXPECT_EQ(CodeOf(Static(Block({TenureChange(), Coinbase()}), StacksEpochId::k25)), ErrorCode::kConsensusViolation);
  // A single-dimension extension before 3.3 passes here: the reference checks its cause when it processes it.
  const NakamotoBlock like = Block({});
  EXPECT_TRUE(Static(Block({Extension(like, TenureChangeCause::kExtendedRuntime)}), StacksEpochId::k30));
}

TEST_F(NakamotoBlockCheckTest, HeaderVersionMustMatchEpoch) {
  NakamotoBlockHeader header;
  EXPECT_TRUE(CheckHeaderVersion(header, StacksEpochId::k30));
  auto r = CheckHeaderVersion(header, StacksEpochId::k40);
  EXPECT_EQ(CodeOf(r), ErrorCode::kConsensusViolation);
  EXPECT_EQ(MessageOf(r), "block header version 0 is not 1 in epoch 4.0");
  header.version = NAKAMOTO_BLOCK_VERSION_EPOCH_4 | SHADOW_BLOCK_VERSION_BIT;
  EXPECT_TRUE(CheckHeaderVersion(header, StacksEpochId::k40));
  EXPECT_EQ(CodeOf(CheckHeaderVersion(header, StacksEpochId::k34)), ErrorCode::kConsensusViolation);
}

TEST_F(NakamotoBlockCheckTest, ProblematicTxMarkers) {
  const Transaction transfer = Transfer();
  MutableTransaction second_fields = transfer.fields();
  SetNonce(second_fields.auth.origin, 5);
  const Transaction second = Transaction::Create(second_fields).value();
  NakamotoBlock block = Block({TenureChange(), Coinbase(), transfer, second});
  block.header.version = NAKAMOTO_BLOCK_VERSION_EPOCH_4;

  block.header.problematic_txs = {{2, 7}, {3, 0}};
  EXPECT_TRUE(CheckProblematicTxs(block, StacksEpochId::k40));
  EXPECT_EQ(MessageOf(CheckProblematicTxs(block, StacksEpochId::k34)),
            "problematic_txs: header version 1 does not match epoch 3.4");

  const std::vector<std::pair<std::vector<ProblematicTxMarker>, std::string>> cases = {
      {{{3, 0}, {2, 0}}, "problematic_txs: indexes not strictly increasing at 2"},
      {{{2, 0}, {2, 1}}, "problematic_txs: indexes not strictly increasing at 2"},
      {{{4, 0}}, "problematic_txs: index 4 out of bounds"},
      {{{1, 0}}, "problematic_txs: index 1 is a coinbase"},
      {{{0, 0}}, "problematic_txs: index 0 is a tenure change"},
  };
  for (const auto& [markers, message] : cases) {
    block.header.problematic_txs = markers;
    auto r = CheckProblematicTxs(block, StacksEpochId::k40);
    EXPECT_EQ(CodeOf(r), ErrorCode::kConsensusViolation);
    EXPECT_EQ(MessageOf(r), message);
  }

  NakamotoBlock old = Block({transfer});
  old.header.problematic_txs = {{0, 0}};  // version 0 does not even carry them; the check refuses them anyway
  EXPECT_EQ(MessageOf(CheckProblematicTxs(old, StacksEpochId::k34)), "problematic_txs: markers before Epoch 4.0");
}

}  // namespace
}  // namespace stacks::chain
