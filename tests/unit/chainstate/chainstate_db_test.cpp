#include "chainstate/chainstate_db.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "chainstate/accounts.h"
#include "chainstate_test_util.h"
#include "killed_writer.h"
#include "test_util.h"

namespace stacks::chainstate {
namespace {

using testing::Addr;
using testing::BaseTx;
using testing::Coinbase;
using testing::Condition;
using testing::Contract;
using testing::ErrorOf;
using testing::Make;
using testing::SignerHash;
using testing::STX;
using testing::TESTNET_SINGLESIG;
using testing::Transfer;
using testing::UINT128_MAX_VALUE;
using util::ErrorCode;

chain::StacksBlockId BlockId(uint64_t height, uint8_t salt = 0) {
  chain::StacksBlockId id{};
  for (int i = 0; i < 8; ++i) id[i] = static_cast<uint8_t>(height >> (56 - 8 * i));
  id[8] = salt;
  id[31] = 0x5b;
  return id;
}

class ChainstateDbTest : public ::testing::Test {
 protected:
  ChainstateDb Open(const std::string& subdir = "chainstate") {
    auto db = ChainstateDb::Open(m_dir.File(subdir), {});
    EXPECT_TRUE(db) << ErrorOf(db).ToString();
    return std::move(db).value();
  }
  // A chainstate with 1000 STX for Addr(1) and Addr(2).
  ChainstateDb OpenWithGenesis(const std::string& subdir = "chainstate") {
    ChainstateDb db = Open(subdir);
    const std::vector<GenesisBalance> balances{{Addr(1), 1000 * STX}, {Addr(2), 1000 * STX}};
    EXPECT_TRUE(db.InitializeGenesis(balances));
    return db;
  }
  // The next block on `db`'s tip holding `transactions`.
  static BlockToApply NextBlock(ChainstateDb& db, std::vector<chain::Transaction> transactions, uint8_t salt = 0) {
    const ChainTip tip = db.GetTip().value();
    BlockToApply block;
    block.stacks_block_height = tip.stacks_block_height + 1;
    block.block_id = BlockId(block.stacks_block_height, salt);
    block.parent_block_id = tip.block_id;
    block.consensus_hash.fill(static_cast<uint8_t>(block.stacks_block_height));
    block.tenure_consensus_hash.fill(1);
    block.burn_block_height = 100;
    block.header = {0xde, 0xad, static_cast<uint8_t>(block.stacks_block_height)};
    block.transactions = std::move(transactions);
    return block;
  }
  static Account AccountOf(ChainstateDb& db, const codec::Principal& principal) {
    auto account = db.GetAccount(principal);
    EXPECT_TRUE(account) << ErrorOf(account).ToString();
    return account ? *account : Account{};
  }
  // Asserts that `block` fails with `code` and that nothing was stored.
  static void ExpectRejected(ChainstateDb& db, const BlockToApply& block, ErrorCode code, std::string_view text) {
    const ChainTip before = db.GetTip().value();
    const Account a1 = AccountOf(db, Addr(1));
    const Account a2 = AccountOf(db, Addr(2));
    auto applied = db.ApplyBlock(block);
    EXPECT_EQ(ErrorOf(applied).code, code) << ErrorOf(applied).ToString();
    EXPECT_NE(ErrorOf(applied).message.find(text), std::string::npos) << ErrorOf(applied).message;
    const ChainTip after = db.GetTip().value();
    EXPECT_EQ(after.block_id, before.block_id);
    EXPECT_EQ(after.state_root, before.state_root);
    EXPECT_EQ(AccountOf(db, Addr(1)), a1);
    EXPECT_EQ(AccountOf(db, Addr(2)), a2);
    if (block.block_id != before.block_id) {
      EXPECT_EQ(ErrorOf(db.GetBlockById(block.block_id)).code, ErrorCode::kNotFound);
    }
    EXPECT_TRUE(db.CheckIntegrity());
  }
  testing::TempDir m_dir;
};

TEST_F(ChainstateDbTest, NewDatabaseHasTheCurrentSchemaVersion) {
  ChainstateDb db = Open();
  EXPECT_EQ(db.SchemaVersion().value(), CHAINSTATE_SCHEMA_VERSION);
  EXPECT_FALSE(db.IsInitialized());
  EXPECT_EQ(ErrorOf(db.GetTip()).code, ErrorCode::kFailedPrecondition);
  EXPECT_TRUE(db.CheckIntegrity());
}

TEST_F(ChainstateDbTest, NewerSchemaVersionIsRefused) {
  { Open(); }
  {
    auto raw = sqlite::Database::Open(m_dir.File("chainstate/chainstate.sqlite"), {});
    ASSERT_TRUE(raw);
    ASSERT_TRUE(raw->Execute("UPDATE schema_version SET version = 99"));
  }
  auto db = ChainstateDb::Open(m_dir.File("chainstate"), {});
  EXPECT_EQ(ErrorOf(db).code, ErrorCode::kFailedPrecondition);
}

TEST_F(ChainstateDbTest, ForeignDatabaseIsCorruption) {
  {
    auto raw = sqlite::Database::Open(m_dir.File("other/chainstate.sqlite"), {});
    ASSERT_FALSE(raw);  // The directory does not exist yet.
  }
  std::filesystem::create_directories(m_dir.File("other"));
  {
    auto raw = sqlite::Database::Open(m_dir.File("other/chainstate.sqlite"), {});
    ASSERT_TRUE(raw);
    ASSERT_TRUE(raw->Execute("CREATE TABLE unrelated (x INTEGER)"));
  }
  auto db = ChainstateDb::Open(m_dir.File("other"), {});
  EXPECT_EQ(ErrorOf(db).code, ErrorCode::kCorruption);
}

TEST_F(ChainstateDbTest, GenesisBalancesAreSummedPerPrincipal) {
  ChainstateDb db = Open();
  const std::vector<GenesisBalance> balances{{Addr(1), 5}, {Addr(2), 7}, {Addr(1), 10}, {Contract(3, "vault"), 1}};
  ASSERT_TRUE(db.InitializeGenesis(balances));
  EXPECT_TRUE(db.IsInitialized());
  EXPECT_EQ(AccountOf(db, Addr(1)), (Account{15, 0}));
  EXPECT_EQ(AccountOf(db, Addr(2)), (Account{7, 0}));
  EXPECT_EQ(AccountOf(db, Contract(3, "vault")), (Account{1, 0}));
  EXPECT_EQ(AccountOf(db, Addr(9)), (Account{0, 0}));  // Never written.
  const ChainTip tip = db.GetTip().value();
  EXPECT_EQ(tip.block_id, BOOT_BLOCK_ID);
  EXPECT_EQ(tip.stacks_block_height, 0u);
  EXPECT_NE(tip.state_root, EMPTY_STATE_ROOT);
  EXPECT_TRUE(db.CheckIntegrity());
}

TEST_F(ChainstateDbTest, GenesisTwiceIsRefused) {
  ChainstateDb db = OpenWithGenesis();
  auto again = db.InitializeGenesis(std::vector<GenesisBalance>{{Addr(5), 1}});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(AccountOf(db, Addr(5)), Account{});
}

TEST_F(ChainstateDbTest, GenesisOverflowIsRefusedAndWritesNothing) {
  ChainstateDb db = Open();
  auto status = db.InitializeGenesis(std::vector<GenesisBalance>{{Addr(1), UINT128_MAX_VALUE}, {Addr(1), 1}});
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, ErrorCode::kInvalidArgument);
  EXPECT_FALSE(db.IsInitialized());
  EXPECT_EQ(AccountOf(db, Addr(1)), Account{});
}

TEST_F(ChainstateDbTest, ApplyBeforeGenesisIsRefused) {
  ChainstateDb db = Open();
  BlockToApply block;
  block.stacks_block_height = 1;
  block.transactions.push_back(Transfer(1, 0, 0, Addr(2), 1));
  EXPECT_EQ(ErrorOf(db.ApplyBlock(block)).code, ErrorCode::kFailedPrecondition);
}

TEST_F(ChainstateDbTest, TokenTransferMovesAmountAndChargesFee) {
  ChainstateDb db = OpenWithGenesis();
  const ChainTip boot = db.GetTip().value();
  chain::MutableTransaction tx = BaseTx(1, 0, 180);
  chain::TokenTransferMemo memo{};
  memo[0] = 'h';
  tx.payload = chain::TokenTransferPayload{Addr(2), 5 * STX, memo};
  const chain::Transaction transfer = Make(tx);
  auto applied = db.ApplyBlock(NextBlock(db, {transfer}));
  ASSERT_TRUE(applied) << ErrorOf(applied).ToString();
  EXPECT_EQ(AccountOf(db, Addr(1)), (Account{995 * STX - 180, 1}));
  EXPECT_EQ(AccountOf(db, Addr(2)), (Account{1005 * STX, 0}));
  ASSERT_EQ(applied->receipts.size(), 1u);
  const TransactionReceipt& receipt = applied->receipts[0];
  EXPECT_EQ(receipt.txid, transfer.txid());
  EXPECT_EQ(receipt.result, clarity::Value::Ok(clarity::Value::Bool(true)).value());
  EXPECT_EQ(receipt.fee_ustx, 180u);
  ASSERT_EQ(receipt.events.size(), 1u);
  EXPECT_EQ(receipt.events[0], (StxTransferEvent{Addr(1), Addr(2), 5 * STX, memo}));
  EXPECT_EQ(applied->total_fees_ustx, 180u);
  const ChainTip tip = db.GetTip().value();
  EXPECT_EQ(tip.stacks_block_height, 1u);
  EXPECT_EQ(tip.state_root, applied->state_root);
  EXPECT_NE(tip.state_root, boot.state_root);
  EXPECT_TRUE(db.CheckIntegrity());
}

TEST_F(ChainstateDbTest, BeforeCommitSeesTheAppliedBlockInsideItsTransaction) {
  ChainstateDb db = OpenWithGenesis();
  const BlockToApply block = NextBlock(db, {Transfer(1, 0, 0, Addr(2), 3)});
  int calls = 0;
  auto applied = db.ApplyBlock(block, [&](const AppliedBlock& result) {
    ++calls;
    EXPECT_EQ(result.receipts.size(), 1u);
    // The block is readable there already (the caller builds its announcement from it).
    auto stored = db.GetBlockById(block.block_id);
    EXPECT_TRUE(stored) << ErrorOf(stored).ToString();
    EXPECT_EQ(AccountOf(db, Addr(2)), (Account{1000 * STX + 3, 0}));
  });
  ASSERT_TRUE(applied) << ErrorOf(applied).ToString();
  EXPECT_EQ(calls, 1);
  // A block refused before its commit does not reach it.
  calls = 0;
  auto refused = db.ApplyBlock(NextBlock(db, {Transfer(1, 0, 0, Addr(2), 3)}), [&](const AppliedBlock&) { ++calls; });
  EXPECT_FALSE(refused);
  EXPECT_EQ(calls, 0);
}

TEST_F(ChainstateDbTest, TransferToAContractPrincipalIsABalance) {
  ChainstateDb db = OpenWithGenesis();
  ASSERT_TRUE(db.ApplyBlock(NextBlock(db, {Transfer(1, 0, 0, Contract(7, "pool"), 3)})));
  EXPECT_EQ(AccountOf(db, Contract(7, "pool")), (Account{3, 0}));
  EXPECT_EQ(AccountOf(db, Addr(7)), Account{});
}

TEST_F(ChainstateDbTest, CoinbaseIsPaidWithTheParentTenuresFeesOnceItMatures) {
  ChainstateOptions options;
  options.miner_reward_maturity = 2;  // The reference's test setting; mainnet's is 100.
  auto opened = ChainstateDb::Open(m_dir.File("matures"), options);
  ASSERT_TRUE(opened) << ErrorOf(opened).ToString();
  ChainstateDb db = std::move(opened).value();
  ASSERT_TRUE(db.InitializeGenesis(std::vector<GenesisBalance>{{Addr(1), 1000 * STX}}));
  auto tenure_block = [&](uint8_t tenure, std::vector<chain::Transaction> txs) {
    BlockToApply block = NextBlock(db, std::move(txs), tenure);
    block.tenure_consensus_hash.fill(tenure);
    auto applied = db.ApplyBlock(block);
    EXPECT_TRUE(applied) << ErrorOf(applied).ToString();
    return applied ? std::move(applied).value() : AppliedBlock{};
  };
  // Tenure 1 (miner 4) collects 10 + 20 in fees over two blocks; tenure 2 pays to a contract; nothing is paid yet.
  AppliedBlock first = tenure_block(1, {Coinbase(4, 0), Transfer(1, 0, 10, Addr(2), 1)});
  EXPECT_EQ(first.receipts[0].coinbase_ustx, 1000 * STX);
  EXPECT_FALSE(first.matured_reward.has_value());
  tenure_block(1, {Transfer(1, 1, 20, Addr(2), 1)});
  EXPECT_FALSE(tenure_block(2, {Coinbase(5, 0, Contract(6, "rewards"))}).matured_reward.has_value());
  EXPECT_EQ(AccountOf(db, Addr(4)), (Account{0, 1}));
  EXPECT_EQ(AccountOf(db, Contract(6, "rewards")), Account{});
  // Tenure 3 pays tenure 1: its coinbase, plus the fees of tenure 1's parent (the boot state: none).
  AppliedBlock third = tenure_block(3, {Coinbase(4, 1)});
  ASSERT_TRUE(third.matured_reward.has_value());
  EXPECT_EQ(third.matured_reward->coinbase_height, 1u);
  EXPECT_EQ(third.matured_reward->coinbase_ustx, 1000 * STX);
  EXPECT_EQ(third.matured_reward->parent_fees_ustx, 0u);
  EXPECT_EQ(AccountOf(db, Addr(4)), (Account{1000 * STX, 2}));
  // Tenure 4 pays tenure 2 to its alt recipient: its coinbase plus the 30 in fees tenure 1 collected.
  AppliedBlock fourth = tenure_block(4, {Coinbase(9, 0)});
  ASSERT_TRUE(fourth.matured_reward.has_value());
  EXPECT_EQ(fourth.matured_reward->recipient, Contract(6, "rewards"));
  EXPECT_EQ(fourth.matured_reward->miner, Addr(5));
  EXPECT_EQ(fourth.matured_reward->parent_fees_ustx, 30u);
  EXPECT_EQ(AccountOf(db, Contract(6, "rewards")), (Account{1000 * STX + 30, 0}));
  EXPECT_EQ(AccountOf(db, Addr(5)), (Account{0, 1}));
  // A block without a coinbase pays nothing.
  EXPECT_FALSE(tenure_block(4, {Transfer(1, 2, 10, Addr(2), 1)}).matured_reward.has_value());
  EXPECT_TRUE(db.CheckIntegrity());
}

TEST_F(ChainstateDbTest, VersionOneDatabaseIsMigratedToRewardSchedules) {
  // Build a version-1 file by hand: the current schema minus what version 2 added, at version 1.
  {
    ChainstateDb current = Open("old");
    ASSERT_TRUE(current.InitializeGenesis(std::vector<GenesisBalance>{{Addr(1), 1000 * STX}}));
  }
  {
    auto raw = sqlite::Database::Open(m_dir.File("old/chainstate.sqlite"), {});
    ASSERT_TRUE(raw);
    ASSERT_TRUE(
        raw->Execute("DROP TABLE miner_rewards; ALTER TABLE tenures DROP COLUMN fees_ustx; "
                     "UPDATE schema_version SET version = 1"));
  }
  ChainstateDb migrated = Open("old");
  EXPECT_EQ(migrated.SchemaVersion().value(), CHAINSTATE_SCHEMA_VERSION);
  EXPECT_TRUE(migrated.ApplyBlock(NextBlock(migrated, {Coinbase(4, 0), Transfer(1, 0, 10, Addr(2), 1)})));
  EXPECT_TRUE(migrated.ReadScheduledReward(1).value().has_value());
  EXPECT_TRUE(migrated.CheckIntegrity());
}

TEST_F(ChainstateDbTest, SponsoredTransferChargesTheSponsorAndBumpsBothNonces) {
  ChainstateDb db = OpenWithGenesis();
  chain::MutableTransaction tx = BaseTx(1, 0, 0);
  tx.auth.sponsor = Condition(2, 0, 50);
  tx.payload = chain::TokenTransferPayload{Addr(3), 10, {}};
  ASSERT_TRUE(db.ApplyBlock(NextBlock(db, {Make(tx)})));
  EXPECT_EQ(AccountOf(db, Addr(1)), (Account{1000 * STX - 10, 1}));
  EXPECT_EQ(AccountOf(db, Addr(2)), (Account{1000 * STX - 50, 1}));
  EXPECT_EQ(AccountOf(db, Addr(3)), (Account{10, 0}));
}

TEST_F(ChainstateDbTest, BadOriginNonceRejectsTheBlock) {
  ChainstateDb db = OpenWithGenesis();
  ExpectRejected(db, NextBlock(db, {Transfer(1, 1, 0, Addr(2), 1)}), ErrorCode::kConsensusViolation,
                 "bad nonce: origin");
}

TEST_F(ChainstateDbTest, BadSponsorNonceRejectsTheBlock) {
  ChainstateDb db = OpenWithGenesis();
  chain::MutableTransaction tx = BaseTx(1, 0, 0);
  tx.auth.sponsor = Condition(2, 3, 1);
  tx.payload = chain::TokenTransferPayload{Addr(3), 10, {}};
  ExpectRejected(db, NextBlock(db, {Make(tx)}), ErrorCode::kConsensusViolation, "bad nonce: sponsor");
}

TEST_F(ChainstateDbTest, FeeBeyondTheBalanceRejectsTheBlock) {
  ChainstateDb db = OpenWithGenesis();
  ExpectRejected(db, NextBlock(db, {Transfer(9, 0, 1, Addr(2), 1)}), ErrorCode::kConsensusViolation,
                 "fee exceeds balance");
}

TEST_F(ChainstateDbTest, TransferBeyondTheBalanceFailsInsideTheTransaction) {
  ChainstateDb db = OpenWithGenesis();
  auto applied = db.ApplyBlock(NextBlock(db, {Transfer(1, 0, 100, Addr(2), 1000 * STX)}));
  ASSERT_TRUE(applied) << ErrorOf(applied).ToString();
  // The fee leaves too little for the amount: (err u1), the fee is paid and the nonce used, nothing moves.
  EXPECT_EQ(applied->receipts[0].result, clarity::Value::Err(clarity::Value::UInt(1)).value());
  EXPECT_TRUE(applied->receipts[0].events.empty());
  EXPECT_EQ(AccountOf(db, Addr(1)), (Account{1000 * STX - 100, 1}));
  EXPECT_EQ(AccountOf(db, Addr(2)), (Account{1000 * STX, 0}));
}

TEST_F(ChainstateDbTest, SelfTransferAndZeroAmountFailInsideTheTransaction) {
  ChainstateDb db = OpenWithGenesis();
  auto applied = db.ApplyBlock(NextBlock(db, {Transfer(1, 0, 1, Addr(1), 5), Transfer(1, 1, 1, Addr(2), 0)}));
  ASSERT_TRUE(applied) << ErrorOf(applied).ToString();
  EXPECT_EQ(applied->receipts[0].result, clarity::Value::Err(clarity::Value::UInt(2)).value());
  EXPECT_EQ(applied->receipts[1].result, clarity::Value::Err(clarity::Value::UInt(3)).value());
  EXPECT_EQ(AccountOf(db, Addr(1)), (Account{1000 * STX - 2, 2}));
}

TEST_F(ChainstateDbTest, BalanceOverflowRejectsTheBlock) {
  ChainstateDb db = Open();
  ASSERT_TRUE(db.InitializeGenesis(std::vector<GenesisBalance>{{Addr(1), 10}, {Addr(2), UINT128_MAX_VALUE}}));
  ExpectRejected(db, NextBlock(db, {Transfer(1, 0, 0, Addr(2), 1)}), ErrorCode::kConsensusViolation,
                 "balance overflow");
}

TEST_F(ChainstateDbTest, ContractTransactionsNeedTheVm) {
  ChainstateDb db = OpenWithGenesis();
  chain::MutableTransaction deploy = BaseTx(1, 0, 0);
  deploy.payload = chain::SmartContractPayload{"counter", "(define-data-var n uint u0)", std::nullopt};
  ExpectRejected(db, NextBlock(db, {Make(deploy)}), ErrorCode::kUnimplemented,
                 "contract transactions need the Clarity VM (not wired in yet)");
  chain::MutableTransaction call = BaseTx(1, 0, 0);
  call.payload =
      chain::ContractCallPayload{codec::StacksAddress{TESTNET_SINGLESIG, SignerHash(1)}, "counter", "increment", {}};
  ExpectRejected(db, NextBlock(db, {Make(call)}), ErrorCode::kUnimplemented,
                 "contract transactions need the Clarity VM (not wired in yet)");
}

TEST_F(ChainstateDbTest, PoisonMicroblockIsRefused) {
  ChainstateDb db = OpenWithGenesis();
  chain::MutableTransaction tx = BaseTx(1, 0, 0);
  tx.anchor_mode = chain::AnchorMode::kOnChainOnly;
  chain::PoisonMicroblockPayload poison;
  poison.header2.tx_merkle_root[0] = 1;
  tx.payload = poison;
  ExpectRejected(db, NextBlock(db, {Make(tx)}), ErrorCode::kUnimplemented, "poison-microblock");
}

TEST_F(ChainstateDbTest, TransactionOfAnotherNetworkRejectsTheBlock) {
  ChainstateDb db = OpenWithGenesis();
  chain::MutableTransaction mainnet = BaseTx(1, 0, 0);
  mainnet.version = chain::TransactionVersion::kMainnet;
  mainnet.chain_id = chain::CHAIN_ID_MAINNET;
  mainnet.payload = chain::TokenTransferPayload{Addr(2), 1, {}};
  ExpectRejected(db, NextBlock(db, {Make(mainnet)}), ErrorCode::kConsensusViolation, "mainnet");
  chain::MutableTransaction other_chain = BaseTx(1, 0, 0);
  other_chain.chain_id = 0x80000001;
  other_chain.payload = chain::TokenTransferPayload{Addr(2), 1, {}};
  ExpectRejected(db, NextBlock(db, {Make(other_chain)}), ErrorCode::kConsensusViolation, "chain id");
}

TEST_F(ChainstateDbTest, BlockWhoseThirdTransactionFailsStoresNothing) {
  ChainstateDb db = OpenWithGenesis();
  BlockToApply bad = NextBlock(db, {Transfer(1, 0, 1, Addr(2), 10), Transfer(2, 0, 1, Addr(1), 20),
                                    Transfer(1, 0, 1, Addr(2), 30)});  // Nonce 0 again.
  ExpectRejected(db, bad, ErrorCode::kConsensusViolation, "tx 2 (");
  // The same block id applies once fixed: the index was rolled back with the rest.
  BlockToApply good = bad;
  good.transactions[2] = Transfer(1, 1, 1, Addr(2), 30);
  auto applied = db.ApplyBlock(good);
  ASSERT_TRUE(applied) << ErrorOf(applied).ToString();
  EXPECT_EQ(AccountOf(db, Addr(1)), (Account{1000 * STX - 10 - 30 + 20 - 2, 2}));
  EXPECT_EQ(AccountOf(db, Addr(2)), (Account{1000 * STX + 10 + 30 - 20 - 1, 1}));
  EXPECT_TRUE(db.CheckIntegrity());
}

TEST_F(ChainstateDbTest, BlockMustExtendTheTipAtTheNextHeight) {
  ChainstateDb db = OpenWithGenesis();
  const BlockToApply first = NextBlock(db, {Transfer(1, 0, 0, Addr(2), 1)});
  ASSERT_TRUE(db.ApplyBlock(first));

  ExpectRejected(db, first, ErrorCode::kFailedPrecondition, "already stored");
  BlockToApply fork = first;
  fork.block_id = BlockId(1, 9);
  fork.transactions = {Transfer(1, 1, 0, Addr(2), 1)};
  ExpectRejected(db, fork, ErrorCode::kFailedPrecondition, "forks are not handled yet");
  BlockToApply wrong_height = NextBlock(db, {Transfer(1, 1, 0, Addr(2), 1)});
  wrong_height.stacks_block_height = 5;
  ExpectRejected(db, wrong_height, ErrorCode::kInvalidArgument, "height");
  ExpectRejected(db, NextBlock(db, {}), ErrorCode::kInvalidArgument, "no transactions");
}

TEST_F(ChainstateDbTest, StoredBlocksReadBackByIdAndHeight) {
  ChainstateDb db = OpenWithGenesis();
  const BlockToApply block = NextBlock(db, {Coinbase(4, 0), Transfer(1, 0, 3, Addr(2), 1)});
  const AppliedBlock applied = db.ApplyBlock(block).value();
  for (auto stored : {db.GetBlockById(block.block_id), db.GetBlockByHeight(1)}) {
    ASSERT_TRUE(stored) << ErrorOf(stored).ToString();
    EXPECT_EQ(stored->block_id, block.block_id);
    EXPECT_EQ(stored->parent_block_id, BOOT_BLOCK_ID);
    EXPECT_EQ(stored->stacks_block_height, 1u);
    EXPECT_EQ(stored->consensus_hash, block.consensus_hash);
    EXPECT_EQ(stored->tenure_consensus_hash, block.tenure_consensus_hash);
    EXPECT_EQ(stored->burn_block_height, block.burn_block_height);
    EXPECT_EQ(stored->state_root, applied.state_root);
    EXPECT_EQ(stored->header, block.header);
    EXPECT_EQ(stored->transactions, block.transactions);
  }
  EXPECT_EQ(ErrorOf(db.GetBlockById(BlockId(42))).code, ErrorCode::kNotFound);
  EXPECT_EQ(ErrorOf(db.GetBlockByHeight(2)).code, ErrorCode::kNotFound);
}

TEST_F(ChainstateDbTest, NakamotoBlocksApplyThroughBlockToApplyFromNakamoto) {
  ChainstateDb db = OpenWithGenesis();
  chain::NakamotoBlock block;
  block.header.chain_length = 1;
  block.header.consensus_hash.fill(0x33);
  block.header.parent_block_id = BOOT_BLOCK_ID;
  block.txs = {Coinbase(4, 0), Transfer(1, 0, 3, Addr(2), 1)};
  const BlockToApply to_apply = BlockToApplyFromNakamoto(block, 120, chain::StacksEpochId::k30);
  EXPECT_EQ(to_apply.block_id, chain::NakamotoBlockId(block));
  EXPECT_EQ(to_apply.tenure_consensus_hash, block.header.consensus_hash);
  ASSERT_TRUE(db.ApplyBlock(to_apply));
  const StoredBlock stored = db.GetBlockById(chain::NakamotoBlockId(block)).value();
  EXPECT_EQ(chain::DecodeNakamotoBlockHeader(stored.header).value(), block.header);
  EXPECT_EQ(stored.transactions, block.txs);
  EXPECT_EQ(db.GetTip()->block_id, chain::NakamotoBlockId(block));
}

TEST_F(ChainstateDbTest, ReopenKeepsState) {
  ChainTip tip;
  {
    ChainstateDb db = OpenWithGenesis();
    ASSERT_TRUE(db.ApplyBlock(NextBlock(db, {Coinbase(4, 0), Transfer(1, 0, 3, Addr(2), 1)})));
    ASSERT_TRUE(db.ApplyBlock(NextBlock(db, {Transfer(2, 0, 3, Addr(1), 7)})));
    tip = db.GetTip().value();
  }
  ChainstateDb db = Open();
  EXPECT_TRUE(db.IsInitialized());
  const ChainTip reopened = db.GetTip().value();
  EXPECT_EQ(reopened.block_id, tip.block_id);
  EXPECT_EQ(reopened.stacks_block_height, 2u);
  EXPECT_EQ(reopened.state_root, tip.state_root);
  EXPECT_EQ(AccountOf(db, Addr(1)), (Account{1000 * STX - 1 - 3 + 7, 1}));
  EXPECT_EQ(AccountOf(db, Addr(4)), (Account{0, 1}));  // The coinbase is scheduled, not yet paid.
  EXPECT_TRUE(db.ReadScheduledReward(1).value().has_value());
  EXPECT_TRUE(db.CheckIntegrity());
  ASSERT_TRUE(db.ApplyBlock(NextBlock(db, {Transfer(1, 1, 0, Addr(2), 1)})));
}

TEST_F(ChainstateDbTest, StateRootsAreDeterministicAndChangeWithEveryBlock) {
  ChainstateDb a = OpenWithGenesis("a");
  ChainstateDb b = OpenWithGenesis("b");
  EXPECT_EQ(a.GetTip()->state_root, b.GetTip()->state_root);
  std::vector<StateRoot> roots{a.GetTip()->state_root};
  for (uint64_t nonce = 0; nonce < 4; ++nonce) {
    const std::vector<chain::Transaction> txs{Transfer(1, nonce, 1, Addr(2), 1 + nonce)};
    const AppliedBlock in_a = a.ApplyBlock(NextBlock(a, txs)).value();
    const AppliedBlock in_b = b.ApplyBlock(NextBlock(b, txs)).value();
    EXPECT_EQ(in_a.state_root, in_b.state_root);
    for (const auto& earlier : roots) EXPECT_NE(in_a.state_root, earlier);
    roots.push_back(in_a.state_root);
  }
}

// A child process applies blocks in a loop and is killed with SIGKILL at an arbitrary moment; the database must
// reopen intact, with every committed block's effects and none of a partial one. Three rounds: each waits until the
// writer has committed a few blocks (it reports each commit through a pipe), kills it a different time later, and
// resumes from what the previous round left.
TEST_F(ChainstateDbTest, KilledWriterLeavesAConsistentDatabase) {
  {
    ChainstateDb db = OpenWithGenesis();
    ASSERT_TRUE(db.CheckIntegrity());
  }
  uint64_t committed_before = 0;
  for (const int delay_ms : {0, 7, 40}) {
    SCOPED_TRACE(delay_ms);
    constexpr size_t kCommits = 3;
    ASSERT_TRUE(stacks::testing::KillWriterAfterCommits(
        [&](const std::function<void()>& report_commit) {
          auto db = ChainstateDb::Open(m_dir.File("chainstate"), {});
          if (!db) _exit(2);
          while (true) {
            const ChainTip tip = db->GetTip().value();
            const uint64_t nonce = db->GetAccount(Addr(1)).value().nonce;
            BlockToApply block;
            block.stacks_block_height = tip.stacks_block_height + 1;
            block.block_id = BlockId(block.stacks_block_height);
            block.parent_block_id = tip.block_id;
            block.tenure_consensus_hash.fill(1);
            block.transactions = {Transfer(1, nonce, 2, Addr(2), 3), Transfer(2, nonce, 1, Addr(1), 1)};
            if (!db->ApplyBlock(block)) _exit(3);
            report_commit();
          }
        },
        kCommits, std::chrono::milliseconds(delay_ms)));

    ChainstateDb db = Open();
    ASSERT_TRUE(db.CheckIntegrity());
    const uint64_t blocks = db.GetTip().value().stacks_block_height;
    EXPECT_GE(blocks, committed_before + kCommits);
    committed_before = blocks;
    const Account a1 = AccountOf(db, Addr(1));
    const Account a2 = AccountOf(db, Addr(2));
    EXPECT_EQ(a1.nonce, blocks);
    EXPECT_EQ(a2.nonce, blocks);
    EXPECT_EQ(a1.balance_ustx, 1000 * STX - blocks * (2 + 3) + blocks * 1);
    EXPECT_EQ(a2.balance_ustx, 1000 * STX + blocks * 3 - blocks * (1 + 1));
    // The chain is whole.
    for (uint64_t h = 1; h <= blocks; ++h) EXPECT_TRUE(db.GetBlockByHeight(h)) << h;
    RecordProperty("blocks_after_round_" + std::to_string(delay_ms), static_cast<int>(blocks));
  }
}

TEST_F(ChainstateDbTest, ProposeBlockReportsTheRootAndStoresNothing) {
  ChainstateDb db = OpenWithGenesis();
  const ChainTip before = db.GetTip().value();
  const BlockToApply block = NextBlock(db, {Coinbase(9, 0), Transfer(1, 0, 10, Addr(2), 5 * STX)});
  auto proposed = db.ProposeBlock(block);
  ASSERT_TRUE(proposed) << ErrorOf(proposed).ToString();
  EXPECT_NE(proposed->state_root, before.state_root);
  EXPECT_EQ(db.GetTip().value().block_id, before.block_id);
  EXPECT_EQ(AccountOf(db, Addr(1)).balance_ustx, 1000 * STX);
  EXPECT_EQ(ErrorOf(db.GetBlockById(block.block_id)).code, ErrorCode::kNotFound);
  EXPECT_TRUE(db.CheckIntegrity());
  // The proposed root is the one applying the block gives.
  auto applied = db.ApplyBlock(block);
  ASSERT_TRUE(applied) << ErrorOf(applied).ToString();
  EXPECT_EQ(applied->state_root, proposed->state_root);
}

TEST_F(ChainstateDbTest, ProposeBlockReportsTheSameErrorsAsApplyBlock) {
  ChainstateDb db = OpenWithGenesis();
  const BlockToApply block = NextBlock(db, {Transfer(1, 3, 10, Addr(2), 5 * STX)});  // Nonce 3, expected 0.
  EXPECT_EQ(ErrorOf(db.ProposeBlock(block)).code, ErrorCode::kConsensusViolation);
  EXPECT_TRUE(db.CheckIntegrity());
  // A good block still applies after the failed proposal.
  EXPECT_TRUE(db.ApplyBlock(NextBlock(db, {Transfer(1, 0, 10, Addr(2), 5 * STX)})));
}

TEST_F(ChainstateDbTest, ExpectedStateRootMustMatch) {
  ChainstateDb db = OpenWithGenesis();
  BlockToApply block = NextBlock(db, {Transfer(1, 0, 10, Addr(2), 5 * STX)});
  const StateRoot root = db.ProposeBlock(block).value().state_root;
  block.expected_state_root = root;
  block.expected_state_root->at(31) ^= 1;
  ExpectRejected(db, block, ErrorCode::kConsensusViolation, "state root mismatch");
  block.expected_state_root = root;
  auto applied = db.ApplyBlock(block);
  ASSERT_TRUE(applied) << ErrorOf(applied).ToString();
}

TEST_F(ChainstateDbTest, TenuresCountTheirBlocksAndCoinbase) {
  ChainstateDb db = OpenWithGenesis();
  chain::ConsensusHash tenure{};
  tenure.fill(1);  // NextBlock's tenure.
  EXPECT_EQ(ErrorOf(db.GetTenure(tenure)).code, ErrorCode::kNotFound);
  EXPECT_EQ(db.CoinbaseHeight().value(), 0u);
  const BlockToApply first = NextBlock(db, {Coinbase(9, 0)});
  ASSERT_TRUE(db.ApplyBlock(first));
  const BlockToApply second = NextBlock(db, {Transfer(1, 0, 10, Addr(2), 5 * STX)});
  ASSERT_TRUE(db.ApplyBlock(second));
  auto stored = db.GetTenure(tenure);
  ASSERT_TRUE(stored) << ErrorOf(stored).ToString();
  EXPECT_EQ(stored->block_count, 2u);
  EXPECT_EQ(stored->first_block_id, first.block_id);
  EXPECT_EQ(stored->last_block_id, second.block_id);
  ASSERT_TRUE(stored->coinbase_txid.has_value());
  EXPECT_EQ(*stored->coinbase_txid, first.transactions[0].txid());
  EXPECT_EQ(db.CoinbaseHeight().value(), 1u);
}

}  // namespace
}  // namespace stacks::chainstate
