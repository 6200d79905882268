#include "burndb/mocknet_burnchain.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "burndb/burndb_test_util.h"
#include "burndb/mocknet_block_hash.h"
#include "test_util.h"

namespace stacks::burndb {
namespace {

using stacks::testing::ErrorOf;
using testing::KeyRegisterTx;
using testing::TempDir;
using util::ErrorCode;

class MocknetBurnchainTest : public ::testing::Test {
 protected:
  MocknetBurnchainOptions Options() const {
    MocknetBurnchainOptions options;
    options.db_path = m_dir.File("burnchain.sqlite");
    return options;
  }
  std::unique_ptr<MocknetBurnchain> Open(const MocknetBurnchainOptions& options, uint64_t now_secs = 1'700'000'000) {
    auto chain = MocknetBurnchain::Open(options, now_secs);
    EXPECT_TRUE(chain) << ErrorOf(chain).ToString();
    return std::move(chain).value();
  }
  std::unique_ptr<MocknetBurnchain> Open() { return Open(Options()); }

  TempDir m_dir;
};

TEST_F(MocknetBurnchainTest, FirstBlockIsTheConfiguredEmptyBlock) {
  auto chain = Open(Options(), 1234);
  const BurnBlockHeader tip = chain->Tip();
  EXPECT_EQ(tip.burn_block_height, 0u);
  EXPECT_EQ(tip.hash, burnchain::BurnchainHeaderHash{});
  EXPECT_EQ(tip.parent_hash, burnchain::BurnchainHeaderHash{});
  EXPECT_EQ(tip.timestamp_secs, 1234u);
  EXPECT_TRUE(chain->db().TxsOfBlock(0)->empty());
}

TEST_F(MocknetBurnchainTest, FirstBlockTakesHeightHashAndTimestampFromOptions) {
  MocknetBurnchainOptions options = Options();
  options.first_burn_block_height = 100;
  options.first_burn_block_hash.fill(0xab);
  options.first_burn_block_timestamp_secs = 77;
  auto chain = Open(options, 1234);
  EXPECT_EQ(chain->Tip().burn_block_height, 100u);
  EXPECT_EQ(chain->Tip().hash, options.first_burn_block_hash);
  EXPECT_EQ(chain->Tip().timestamp_secs, 77u);
  auto next = chain->MineBlock(2000);
  ASSERT_TRUE(next);
  EXPECT_EQ(next->header.burn_block_height, 101u);
  EXPECT_EQ(next->header.parent_hash, options.first_burn_block_hash);
}

TEST_F(MocknetBurnchainTest, BlocksChainByParentHash) {
  auto chain = Open();
  std::vector<BurnBlockHeader> headers = {chain->Tip()};
  for (uint64_t t = 1; t <= 5; ++t) {
    auto block = chain->MineBlock(1'700'000'000 + t);
    ASSERT_TRUE(block) << ErrorOf(block).ToString();
    headers.push_back(block->header);
  }
  std::set<burnchain::BurnchainHeaderHash> hashes;
  for (size_t i = 1; i < headers.size(); ++i) {
    EXPECT_EQ(headers[i].burn_block_height, i);
    EXPECT_EQ(headers[i].parent_hash, headers[i - 1].hash);
    EXPECT_EQ(headers[i].hash, MocknetBlockHash(headers[i].parent_hash, i, headers[i].timestamp_secs, {}));
    EXPECT_EQ(chain->db().BlockAtHeight(i).value(), headers[i]);
    hashes.insert(headers[i].hash);
  }
  EXPECT_EQ(hashes.size(), 5u);
  EXPECT_EQ(chain->Tip(), headers.back());
}

TEST_F(MocknetBurnchainTest, TimestampsNeverGoBackwards) {
  auto chain = Open(Options(), 5000);
  auto block = chain->MineBlock(4000);
  ASSERT_TRUE(block);
  EXPECT_EQ(block->header.timestamp_secs, 5000u);
}

TEST_F(MocknetBurnchainTest, IncludesSubmittedOpsInOrderAndParsesThem) {
  auto chain = Open();
  std::vector<burnchain::Txid> txids;
  for (uint8_t tag = 1; tag <= 3; ++tag) {
    auto txid = chain->Submit(KeyRegisterTx(tag));
    ASSERT_TRUE(txid);
    txids.push_back(*txid);
  }
  EXPECT_EQ(chain->QueuedCount(), 3u);
  auto block = chain->MineBlock(1'700'000'100);
  ASSERT_TRUE(block) << ErrorOf(block).ToString();
  EXPECT_EQ(chain->QueuedCount(), 0u);
  ASSERT_EQ(block->txs.size(), 3u);
  ASSERT_EQ(block->ops.size(), 3u);
  for (uint32_t i = 0; i < 3; ++i) {
    EXPECT_EQ(block->txs[i].vtxindex, i);
    EXPECT_EQ(block->txs[i].txid, txids[i]);
    EXPECT_EQ(block->txs[i].reject_reason, std::nullopt);
    EXPECT_EQ(block->ops[i].txid, txids[i]);
    EXPECT_EQ(block->ops[i].opcode, burnchain::Opcode::kLeaderKeyRegister);
  }
  EXPECT_EQ(block->header.hash, MocknetBlockHash(block->header.parent_hash, 1, block->header.timestamp_secs, txids));
  EXPECT_EQ(chain->db().ReadBlock(1).value(), *block);
  // The next block is empty.
  EXPECT_TRUE(chain->MineBlock(1'700'000'200)->txs.empty());
}

TEST_F(MocknetBurnchainTest, MalformedTransactionIsRecordedAsRejectedAndTheChainGoesOn) {
  auto chain = Open();
  ASSERT_TRUE(chain->Submit(testing::ForeignMagicTx()));
  ASSERT_TRUE(chain->Submit(burnchain::testing::OpTx('^', util::Bytes(3, 0), {burnchain::testing::P2pkhOut(1, 1)})));
  ASSERT_TRUE(chain->Submit(KeyRegisterTx(1)));
  auto block = chain->MineBlock(1'700'000'100);
  ASSERT_TRUE(block) << ErrorOf(block).ToString();
  ASSERT_EQ(block->txs.size(), 3u);
  ASSERT_TRUE(block->txs[0].reject_reason);
  EXPECT_EQ(block->txs[0].reject_reason->rfind("no-burnchain-op", 0), 0u) << *block->txs[0].reject_reason;
  ASSERT_TRUE(block->txs[1].reject_reason);
  EXPECT_EQ(block->txs[1].reject_reason->rfind("parse-error", 0), 0u) << *block->txs[1].reject_reason;
  EXPECT_EQ(block->txs[2].reject_reason, std::nullopt);
  ASSERT_EQ(block->ops.size(), 1u);
  EXPECT_EQ(block->ops[0].vtxindex, 2u);
  EXPECT_EQ(chain->db().TxsOfBlock(1).value(), block->txs);
  EXPECT_TRUE(chain->MineBlock(1'700'000'200));
}

TEST_F(MocknetBurnchainTest, StxOpFindsItsPreStxInTheSameBlockOrAnEarlierOne) {
  auto chain = Open();
  const burnchain::BitcoinTx pre_stx_a = testing::PreStxTx(1);
  ASSERT_TRUE(chain->Submit(pre_stx_a));
  ASSERT_TRUE(chain->Submit(testing::TransferStxTx(pre_stx_a)));
  auto first = chain->MineBlock(1'700'000'100);
  ASSERT_TRUE(first);
  ASSERT_EQ(first->ops.size(), 2u) << first->txs[1].reject_reason.value_or("");
  EXPECT_EQ(first->ops[1].opcode, burnchain::Opcode::kTransferStx);

  const burnchain::BitcoinTx pre_stx_b = testing::PreStxTx(2);
  ASSERT_TRUE(chain->Submit(pre_stx_b));
  auto second = chain->MineBlock(1'700'000'200);
  ASSERT_TRUE(second);
  ASSERT_TRUE(chain->Submit(testing::TransferStxTx(pre_stx_b)));
  ASSERT_TRUE(chain->Submit(testing::TransferStxTx(testing::PreStxTx(3))));  // never mined
  auto third = chain->MineBlock(1'700'000'300);
  ASSERT_TRUE(third);
  ASSERT_EQ(third->ops.size(), 1u);
  EXPECT_EQ(third->ops[0].vtxindex, 0u);
  ASSERT_TRUE(third->txs[1].reject_reason);
  EXPECT_EQ(third->txs[1].reject_reason->rfind("no-pre-stx", 0), 0u);
}

TEST_F(MocknetBurnchainTest, RestartContinuesTheSameChain) {
  BurnBlockHeader tip;
  {
    auto chain = Open();
    ASSERT_TRUE(chain->Submit(KeyRegisterTx(1)));
    ASSERT_TRUE(chain->MineBlock(1'700'000'100));
    ASSERT_TRUE(chain->MineBlock(1'700'000'200));
    tip = chain->Tip();
  }
  auto chain = Open(Options(), 1'800'000'000);  // a later clock must not replace the first block
  EXPECT_EQ(chain->Tip(), tip);
  EXPECT_EQ(chain->db().BlockAtHeight(0)->timestamp_secs, 1'700'000'000u);
  auto next = chain->MineBlock(1'800'000'100);
  ASSERT_TRUE(next);
  EXPECT_EQ(next->header.burn_block_height, 3u);
  EXPECT_EQ(next->header.parent_hash, tip.hash);
}

TEST_F(MocknetBurnchainTest, RefusesAStoredChainWithAnotherFirstHeight) {
  { auto chain = Open(); }
  MocknetBurnchainOptions options = Options();
  options.first_burn_block_height = 10;
  EXPECT_EQ(ErrorOf(MocknetBurnchain::Open(options, 1)).code, ErrorCode::kFailedPrecondition);
}

TEST_F(MocknetBurnchainTest, SubmitRefusesBeyondTheQueueLimit) {
  MocknetBurnchainOptions options = Options();
  options.max_queued_txs = 2;
  auto chain = Open(options);
  ASSERT_TRUE(chain->Submit(KeyRegisterTx(1)));
  ASSERT_TRUE(chain->Submit(KeyRegisterTx(2)));
  EXPECT_EQ(ErrorOf(chain->Submit(KeyRegisterTx(3))).code, ErrorCode::kResourceExhausted);
  ASSERT_TRUE(chain->MineBlock(1'700'000'100));
  EXPECT_TRUE(chain->Submit(KeyRegisterTx(3)));
}

// Several threads submit while Run mines every few milliseconds; every submitted transaction lands in exactly one
// block, each thread's in its submission order, and blocks are announced in height order.
TEST_F(MocknetBurnchainTest, ConcurrentSubmitWhileMining) {
  auto chain = Open();
  constexpr int THREADS = 4;
  constexpr int PER_THREAD = 50;
  std::mutex announced_mutex;
  std::vector<BurnBlock> announced;  // guarded by announced_mutex
  std::atomic<size_t> announced_txs{0};
  std::jthread miner([&](std::stop_token stop) {
    EXPECT_TRUE(chain->Run(stop, 5, [&](const BurnBlock& block) {
      std::lock_guard lock(announced_mutex);
      announced.push_back(block);
      announced_txs += block.txs.size();
    }));
  });
  std::vector<std::vector<burnchain::Txid>> submitted(THREADS);
  {
    std::vector<std::jthread> submitters;
    for (int t = 0; t < THREADS; ++t) {
      submitters.emplace_back([&, t] {
        for (int i = 0; i < PER_THREAD; ++i) {
          burnchain::BitcoinTx tx = KeyRegisterTx(static_cast<uint8_t>(i));
          tx.lock_time = static_cast<uint32_t>(t);  // distinct txids across threads
          auto txid = chain->Submit(std::move(tx));
          ASSERT_TRUE(txid);
          submitted[static_cast<size_t>(t)].push_back(*txid);
          if (i % 10 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
      });
    }
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (announced_txs.load() < static_cast<size_t>(THREADS * PER_THREAD) &&
         std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  miner.request_stop();
  miner.join();

  std::lock_guard lock(announced_mutex);
  std::vector<burnchain::Txid> mined;
  for (size_t i = 0; i < announced.size(); ++i) {
    EXPECT_EQ(announced[i].header.burn_block_height, i + 1);
    for (const BurnTxRecord& tx : announced[i].txs) mined.push_back(tx.txid);
    EXPECT_EQ(announced[i].ops.size(), announced[i].txs.size());
  }
  EXPECT_EQ(mined.size(), static_cast<size_t>(THREADS * PER_THREAD));
  for (const auto& ours : submitted) {
    size_t at = 0;
    for (const burnchain::Txid& txid : mined) {
      if (at < ours.size() && txid == ours[at]) ++at;
    }
    EXPECT_EQ(at, ours.size());
  }
}

TEST_F(MocknetBurnchainTest, RunStopsPromptlyMidInterval) {
  auto chain = Open();
  std::atomic<int> blocks{0};
  std::jthread miner(
      [&](std::stop_token stop) { EXPECT_TRUE(chain->Run(stop, 60'000, [&](const BurnBlock&) { ++blocks; })); });
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  const auto asked = std::chrono::steady_clock::now();
  miner.request_stop();
  miner.join();
  EXPECT_LT(std::chrono::steady_clock::now() - asked, std::chrono::milliseconds(500));
  EXPECT_EQ(blocks.load(), 0);
  EXPECT_EQ(chain->Tip().burn_block_height, 0u);
}

TEST_F(MocknetBurnchainTest, RunMinesEveryInterval) {
  auto chain = Open();
  std::atomic<int> blocks{0};
  std::jthread miner(
      [&](std::stop_token stop) { EXPECT_TRUE(chain->Run(stop, 10, [&](const BurnBlock&) { ++blocks; })); });
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (blocks.load() < 3 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  miner.request_stop();
  miner.join();
  EXPECT_GE(blocks.load(), 3);
  EXPECT_EQ(chain->Tip().burn_block_height, static_cast<uint64_t>(blocks.load()));
}

}  // namespace
}  // namespace stacks::burndb
