// The node in-process: it mines from a fresh working directory, continues after a restart, takes transfers over its
// RPC, and its chains coordinator refuses blocks that break the rules of docs/NODE.md without storing anything.
#include "node/stacks_node.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "../chainstate/chainstate_test_util.h"
#include "chain/auth.h"
#include "chain/nakamoto_block_header.h"
#include "chain/signer.h"
#include "config/node_config.h"
#include "node/chains_coordinator.h"
#include "node/miner.h"
#include "test_util.h"
#include "util/hex.h"

namespace stacks::node {
namespace {

using namespace std::chrono_literals;
using stacks::testing::ErrorOf;
using util::ErrorCode;

constexpr const char* MINER_KEY = "e5b7d80acb85ffd997bae1a42267bc640f5e09b02a51597bf8885d38efe1437901";
constexpr const char* SENDER_KEY =
    "1111111111111111111111111111111111111111111111111111111111111111"
    "01";
constexpr uint64_t SENDER_BALANCE = 100'000'000'000;

crypto::PrivateKey Key(const char* hex) { return crypto::PrivateKey::FromHex(hex).value(); }

codec::StacksAddress AddressOf(const crypto::PrivateKey& key) {
  return codec::StacksAddress::FromPublicKey(codec::C32_ADDRESS_VERSION_TESTNET_SINGLESIG,
                                             key.GetPublicKey().SerializeCompressed())
      .value();
}

chain::Transaction SignedTransfer(const crypto::PrivateKey& key, uint64_t nonce, uint64_t fee, uint64_t amount,
                                  const codec::Principal& recipient) {
  chain::MutableTransaction tx;
  tx.version = chain::TransactionVersion::kTestnet;
  tx.chain_id = chain::CHAIN_ID_TESTNET;
  tx.auth.origin = chain::NewP2pkhCondition(key.GetPublicKey());
  chain::SetNonce(tx.auth.origin, nonce);
  chain::SetFee(tx.auth.origin, fee);
  tx.payload = chain::TokenTransferPayload{recipient, amount, {}};
  auto signer = chain::TransactionSigner::ForOrigin(std::move(tx)).value();
  EXPECT_TRUE(signer.SignOrigin(key));
  return signer.Finish().value();
}

/// A u128 as /v2/accounts serves it: "0x" and 32 hex digits.
std::string U128Hex(uint64_t value) {
  char text[35];
  std::snprintf(text, sizeof text, "0x%016llx%016llx", 0ULL, static_cast<unsigned long long>(value));
  return text;
}

class StacksNodeTest : public ::testing::Test {
 protected:
  NodeOptions Options() {
    const std::string toml = "[node]\nworking_dir = \"" + m_dir.path() +
                             "\"\nrpc_bind = \"127.0.0.1:0\"\nminer = true\nseed = \"" + MINER_KEY +
                             "\"\n[burnchain]\nchain = \"bitcoin\"\nmode = \"mocknet\"\n"
                             "commit_anchor_block_within = 500\n[miner]\nmin_time_between_blocks_ms = 1000\n"
                             "[[ustx_balance]]\naddress = \"" +
                             AddressOf(Key(SENDER_KEY)).ToString() + "\"\namount = " + std::to_string(SENDER_BALANCE) +
                             "\n";
    std::vector<std::string> warnings;
    auto config = config::ParseNodeConfig(toml, &warnings);
    EXPECT_TRUE(config) << ErrorOf(config).ToString();
    auto options = NodeOptionsFromConfig(*config, 0);
    EXPECT_TRUE(options) << ErrorOf(options).ToString();
    return std::move(options).value();
  }

  std::unique_ptr<StacksNode> Start() {
    auto node = StacksNode::Start(Options());
    EXPECT_TRUE(node) << ErrorOf(node).ToString();
    return std::move(node).value();
  }

  static nlohmann::json Get(uint16_t port, const std::string& path) {
    httplib::Client client("127.0.0.1", port);
    auto response = client.Get(path);
    if (!response || response->status != 200) return nullptr;
    return nlohmann::json::parse(response->body);
  }

  /// Polls /v2/info until `done` holds for it, for at most `limit`; returns the last answer.
  static nlohmann::json WaitForInfo(uint16_t port, const std::function<bool(const nlohmann::json&)>& done,
                                    std::chrono::milliseconds limit) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    nlohmann::json info;
    while (std::chrono::steady_clock::now() < deadline) {
      info = Get(port, "/v2/info");
      if (!info.is_null() && done(info)) return info;
      std::this_thread::sleep_for(50ms);
    }
    return info;
  }

  stacks::testing::TempDir m_dir;
};

TEST_F(StacksNodeTest, MinesFromGenesisAndContinuesAfterRestart) {
  auto node = Start();
  const uint16_t port = node->rpc_port();
  const auto started = std::chrono::steady_clock::now();
  nlohmann::json info = WaitForInfo(
      port, [](const auto& i) { return i["stacks_tip_height"] >= 1; }, 5s);
  ASSERT_GE(info["stacks_tip_height"].get<uint64_t>(), 1u) << info.dump();
  EXPECT_LT(std::chrono::steady_clock::now() - started, 5s) << "the first block should come within 5 seconds";
  info = WaitForInfo(
      port, [](const auto& i) { return i["stacks_tip_height"] >= 3; }, 10s);
  ASSERT_GE(info["stacks_tip_height"].get<uint64_t>(), 3u) << info.dump();
  EXPECT_EQ(info["tenure_height"], info["stacks_tip_height"]) << "every block so far starts a tenure";

  const auto stopping = std::chrono::steady_clock::now();
  node->Stop();
  EXPECT_LT(std::chrono::steady_clock::now() - stopping, 1500ms);
  const uint64_t stacks_height = info["stacks_tip_height"];
  const uint64_t burn_height = info["burn_block_height"];
  node.reset();

  node = Start();
  info = WaitForInfo(
      node->rpc_port(), [](const auto&) { return true; }, 2s);
  ASSERT_FALSE(info.is_null());
  EXPECT_GE(info["stacks_tip_height"].get<uint64_t>(), stacks_height) << "nothing is lost over a restart";
  EXPECT_GE(info["burn_block_height"].get<uint64_t>(), burn_height);
  info = WaitForInfo(
      node->rpc_port(), [&](const auto& i) { return i["stacks_tip_height"] > stacks_height + 1; }, 10s);
  EXPECT_GT(info["stacks_tip_height"].get<uint64_t>(), stacks_height + 1) << "the chain continues: " << info.dump();
}

TEST_F(StacksNodeTest, ConfirmsATransferSubmittedOverRpc) {
  auto node = Start();
  const uint16_t port = node->rpc_port();
  ASSERT_FALSE(WaitForInfo(
                   port, [](const auto& i) { return i["stacks_tip_height"] >= 1; }, 5s)
                   .is_null());
  const codec::Principal recipient = stacks::testing::Addr(9);
  const chain::Transaction tx = SignedTransfer(Key(SENDER_KEY), 0, 300, 12345, recipient);
  const util::Bytes raw = chain::SerializeTransaction(tx);
  httplib::Client client("127.0.0.1", port);
  auto posted = client.Post("/v2/transactions", std::string(raw.begin(), raw.end()), "application/octet-stream");
  ASSERT_TRUE(posted);
  ASSERT_EQ(posted->status, 200) << posted->body;
  EXPECT_EQ(nlohmann::json::parse(posted->body), util::ToHex(tx.txid()));

  // The same nonce again, with a lower fee: refused as the reference does.
  const chain::Transaction conflicting = SignedTransfer(Key(SENDER_KEY), 0, 200, 1, recipient);
  const util::Bytes raw_conflicting = chain::SerializeTransaction(conflicting);
  auto refused = client.Post("/v2/transactions", std::string(raw_conflicting.begin(), raw_conflicting.end()),
                             "application/octet-stream");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 400);
  EXPECT_EQ(nlohmann::json::parse(refused->body)["reason"], "ConflictingNonceInMempool") << refused->body;

  const std::string sender_path = "/v2/accounts/" + AddressOf(Key(SENDER_KEY)).ToString() + "?proof=0";
  nlohmann::json account;
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  while (std::chrono::steady_clock::now() < deadline) {
    account = Get(port, sender_path);
    if (!account.is_null() && account["nonce"] == 1) break;
    std::this_thread::sleep_for(50ms);
  }
  ASSERT_EQ(account["nonce"], 1) << account.dump();
  EXPECT_EQ(account["balance"], U128Hex(SENDER_BALANCE - 12'345 - 300)) << account.dump();
  auto recipient_account =
      Get(port, "/v2/accounts/" + std::get<codec::StacksAddress>(recipient).ToString() + "?proof=0");
  EXPECT_EQ(recipient_account["balance"], U128Hex(12'345)) << recipient_account.dump();
  auto unconfirmed = client.Get("/v2/transactions/unconfirmed/" + util::ToHex(tx.txid()));
  ASSERT_TRUE(unconfirmed);
  EXPECT_EQ(unconfirmed->status, 404) << "a mined transaction leaves the mempool";
}

TEST_F(StacksNodeTest, PoxEpochsUseTheReferencesEpochIds) {
  auto node = Start();
  const nlohmann::json pox = Get(node->rpc_port(), "/v2/pox");
  ASSERT_FALSE(pox.is_null());
  std::vector<std::string> ids;
  for (const auto& epoch : pox["epochs"]) ids.push_back(epoch["epoch_id"]);
  // StacksEpochId's serde names: Epoch2_05 keeps its underscore.
  EXPECT_EQ(ids, (std::vector<std::string>{"Epoch10", "Epoch20", "Epoch2_05", "Epoch21", "Epoch22", "Epoch23",
                                           "Epoch24", "Epoch25", "Epoch30"}));
  EXPECT_EQ(pox["epochs"].back()["end_height"], 9223372036854775807ULL);
}

TEST_F(StacksNodeTest, RefusesContractTransactionsUntilTheVmRuns) {
  auto node = Start();
  const crypto::PrivateKey key = Key(SENDER_KEY);
  chain::MutableTransaction tx;
  tx.version = chain::TransactionVersion::kTestnet;
  tx.chain_id = chain::CHAIN_ID_TESTNET;
  tx.auth.origin = chain::NewP2pkhCondition(key.GetPublicKey());
  chain::SetFee(tx.auth.origin, 1000);
  chain::SmartContractPayload deploy;
  deploy.contract_name = "counter";
  deploy.code_body = "(define-data-var n int 0)";
  tx.payload = deploy;
  auto signer = chain::TransactionSigner::ForOrigin(std::move(tx)).value();
  ASSERT_TRUE(signer.SignOrigin(key));
  const util::Bytes raw = chain::SerializeTransaction(signer.Finish().value());
  httplib::Client client("127.0.0.1", node->rpc_port());
  auto posted = client.Post("/v2/transactions", std::string(raw.begin(), raw.end()), "application/octet-stream");
  ASSERT_TRUE(posted);
  EXPECT_EQ(posted->status, 400);
  const auto body = nlohmann::json::parse(posted->body);
  EXPECT_EQ(body["reason"], "ServerFailureOther") << posted->body;
  EXPECT_NE(body["reason_data"]["message"].get<std::string>().find("Clarity VM"), std::string::npos);
}

// The chain a stopped node left, opened as the coordinator sees it, for feeding it blocks by hand.
class CoordinatorTest : public StacksNodeTest {
 protected:
  void SetUp() override {
    m_options = Options();
    {
      auto node = Start();
      ASSERT_FALSE(WaitForInfo(
                       node->rpc_port(), [](const auto& i) { return i["stacks_tip_height"] >= 2; }, 10s)
                       .is_null());
      node->Stop();
    }
    auto sortition_db = sortition::SortitionDb::Open(m_options.sortition_db_path, {});
    ASSERT_TRUE(sortition_db) << ErrorOf(sortition_db).ToString();
    auto chainstate_db = chainstate::ChainstateDb::Open(m_options.chainstate_dir, {});
    ASSERT_TRUE(chainstate_db) << ErrorOf(chainstate_db).ToString();
    auto mempool_db = mempool::MempoolDb::Open(m_options.mempool_db_path, {});
    ASSERT_TRUE(mempool_db) << ErrorOf(mempool_db).ToString();
    m_chain = std::make_unique<ChainState>(std::move(sortition_db).value(), std::move(chainstate_db).value());
    m_mempool = std::make_unique<MempoolState>(std::move(mempool_db).value());
    m_coordinator = std::make_unique<ChainsCoordinator>(m_options, *m_chain, *m_mempool, m_relayer, nullptr);

    // The tenure of the chain tip, as the relayer would have handed it to the miner.
    util::LockGuard lock(m_chain->mutex);
    const auto tip = m_chain->chainstate.GetTip().value();
    const auto tip_block = m_chain->chainstate.GetBlockById(tip.block_id).value();
    m_tenure.election = m_chain->sortition_db.SnapshotByConsensusHash(tip_block.tenure_consensus_hash).value();
    m_tenure.commit = *m_chain->sortition_db.WinningCommit(m_tenure.election).value();
    m_tenure.key =
        *m_chain->sortition_db.LeaderKeyAt(m_tenure.commit.key_block_ptr, m_tenure.commit.key_vtxindex).value();
  }

  /// A valid next block of the tip's tenure holding one transfer.
  chain::NakamotoBlock ValidBlock() {
    {
      util::LockGuard lock(m_mempool->mutex);
      mempool::AdmissionContext context;
      context.accounts[AddressOf(Key(SENDER_KEY))] = {SENDER_BALANCE, m_next_nonce, 0, 0};
      auto submitted = m_mempool->db.Submit(
          SignedTransfer(Key(SENDER_KEY), m_next_nonce, 300, 5, stacks::testing::Addr(7)), context, 0);
      EXPECT_TRUE(submitted) << ErrorOf(submitted).ToString();
    }
    auto block = AssembleBlock(m_options, *m_chain, *m_mempool, m_tenure, /*tenure_start=*/false, 0);
    EXPECT_TRUE(block) << ErrorOf(block).ToString();
    EXPECT_TRUE(block->has_value());
    return **block;
  }

  chainstate::ChainTip Tip() {
    util::LockGuard lock(m_chain->mutex);
    return m_chain->chainstate.GetTip().value();
  }

  /// Processes `block` and checks it is refused with `expected` in the message and nothing stored.
  void ExpectRefused(const chain::NakamotoBlock& block, const std::string& expected) {
    const auto before = Tip();
    auto status = m_coordinator->ProcessStacksBlock(block);
    ASSERT_FALSE(status) << "accepted a block that should fail with: " << expected;
    EXPECT_EQ(status.error().code, ErrorCode::kConsensusViolation) << status.error().ToString();
    EXPECT_NE(status.error().message.find(expected), std::string::npos) << status.error().message;
    EXPECT_EQ(Tip().block_id, before.block_id);
  }

  NodeOptions m_options;
  std::unique_ptr<ChainState> m_chain;
  std::unique_ptr<MempoolState> m_mempool;
  Channel<RelayerDirective> m_relayer{64};
  std::unique_ptr<ChainsCoordinator> m_coordinator;
  StartTenure m_tenure;
  uint64_t m_next_nonce = 0;
};

TEST_F(CoordinatorTest, AcceptsTheMinersBlock) {
  const auto before = Tip();
  const chain::NakamotoBlock block = ValidBlock();
  auto status = m_coordinator->ProcessStacksBlock(block);
  ASSERT_TRUE(status) << status.error().ToString();
  EXPECT_EQ(Tip().stacks_block_height, before.stacks_block_height + 1);
  EXPECT_EQ(Tip().block_id, chain::NakamotoBlockId(block.header));
  EXPECT_EQ(m_coordinator->ProcessStacksBlock(block).error().code, ErrorCode::kConsensusViolation)
      << "the same block twice";
}

TEST_F(CoordinatorTest, RefusesABlockSignedByAnotherKey) {
  chain::NakamotoBlock block = ValidBlock();
  chain::SignAsMiner(block.header, Key(SENDER_KEY));
  ExpectRefused(block, "not signed by the key its tenure's leader key registered");
}

TEST_F(CoordinatorTest, RefusesAWrongStateRoot) {
  chain::NakamotoBlock block = ValidBlock();
  block.header.state_index_root[0] ^= 1;
  chain::SignAsMiner(block.header, Key(MINER_KEY));
  ExpectRefused(block, "state root mismatch");
}

TEST_F(CoordinatorTest, RefusesABlockNotOnTheTip) {
  chain::NakamotoBlock block = ValidBlock();
  block.header.parent_block_id[5] ^= 1;
  chain::SignAsMiner(block.header, Key(MINER_KEY));
  ExpectRefused(block, "is not the chain tip");
}

TEST_F(CoordinatorTest, RefusesATimestampFarInTheFuture) {
  chain::NakamotoBlock block = ValidBlock();
  block.header.timestamp += 3600;
  chain::SignAsMiner(block.header, Key(MINER_KEY));
  ExpectRefused(block, "in the future");
}

TEST_F(CoordinatorTest, RefusesATenureThatWasNotElected) {
  chain::NakamotoBlock block = ValidBlock();
  {
    util::LockGuard lock(m_chain->mutex);
    // Burn block 3 is in epoch 2.2: its sortition had no winner.
    block.header.consensus_hash = m_chain->sortition_db.SnapshotAtHeight(3).value().consensus_hash;
  }
  chain::SignAsMiner(block.header, Key(MINER_KEY));
  ExpectRefused(block, "no winner");
}

TEST_F(CoordinatorTest, RefusesASecondStartOfTheSameTenure) {
  auto block = AssembleBlock(m_options, *m_chain, *m_mempool, m_tenure, /*tenure_start=*/true, 0);
  ASSERT_TRUE(block) << ErrorOf(block).ToString();
  ExpectRefused(**block, "already started");
}

TEST_F(CoordinatorTest, RefusesTamperedTransactions) {
  chain::NakamotoBlock block = ValidBlock();
  block.txs.push_back(block.txs.back());  // The same transaction twice.
  block.header.tx_merkle_root = chain::ComputeTxMerkleRoot(block.txs);
  chain::SignAsMiner(block.header, Key(MINER_KEY));
  const auto before = Tip();
  auto status = m_coordinator->ProcessStacksBlock(block);
  ASSERT_FALSE(status);
  EXPECT_EQ(Tip().block_id, before.block_id);
}

// An event observer on 127.0.0.1 that records the index_block_hash of every /new_block it is sent.
class BlockRecorder {
 public:
  BlockRecorder() {
    m_server.Post("/new_block", [this](const httplib::Request& req, httplib::Response& res) {
      std::lock_guard lock(m_mutex);
      m_blocks.push_back(nlohmann::json::parse(req.body)["index_block_hash"].get<std::string>());
      res.status = 200;
    });
    m_server.Post(".*", [](const httplib::Request&, httplib::Response& res) { res.status = 200; });
    m_port = m_server.bind_to_any_port("127.0.0.1");
    m_thread = std::thread([this] { m_server.listen_after_bind(); });
    while (!m_server.is_running()) std::this_thread::sleep_for(1ms);
  }
  ~BlockRecorder() {
    m_server.stop();
    m_thread.join();
  }
  std::string endpoint() const { return "127.0.0.1:" + std::to_string(m_port); }
  std::vector<std::string> blocks() {
    std::lock_guard lock(m_mutex);
    return m_blocks;
  }

 private:
  httplib::Server m_server;
  std::thread m_thread;
  int m_port = -1;
  std::mutex m_mutex;
  std::vector<std::string> m_blocks;
};

class CoordinatorEventsTest : public CoordinatorTest {
 protected:
  void SetUp() override {
    CoordinatorTest::SetUp();
    if (HasFatalFailure()) return;
    auto events =
        events::EventDispatcher::Open({.queue_path = m_options.working_dir + "/held_test_events.sqlite",
                                       .observers = {{.endpoint = m_observer.endpoint(), .events_keys = {"*"}}}});
    ASSERT_TRUE(events) << ErrorOf(events).ToString();
    m_events = std::move(events).value();
    m_coordinator = std::make_unique<ChainsCoordinator>(m_options, *m_chain, *m_mempool, m_relayer, m_events.get());
  }
  void TearDown() override {
    m_coordinator.reset();
    m_events.reset();
  }

  bool WaitForBlocks(size_t n) {
    for (int i = 0; i < 500 && m_observer.blocks().size() < n; ++i) std::this_thread::sleep_for(10ms);
    return m_observer.blocks().size() == n;
  }

  BlockRecorder m_observer;
  std::unique_ptr<events::EventDispatcher> m_events;
};

TEST_F(CoordinatorEventsTest, AStoredBlockIsAnnouncedAndNothingStaysHeld) {
  const chain::NakamotoBlock block = ValidBlock();
  ASSERT_TRUE(m_coordinator->ProcessStacksBlock(block));
  ASSERT_TRUE(WaitForBlocks(1));
  EXPECT_EQ(m_observer.blocks()[0], "0x" + util::ToHex(chain::NakamotoBlockId(block.header)));
  EXPECT_TRUE(m_events->HeldBlocks()->empty());
  // A refused block leaves nothing queued.
  ASSERT_FALSE(m_coordinator->ProcessStacksBlock(block));
  std::this_thread::sleep_for(100ms);
  EXPECT_EQ(m_observer.blocks().size(), 1u);
  EXPECT_EQ(*m_events->PendingCount(), 0u);
}

TEST_F(CoordinatorEventsTest, HeldAnnouncementsAreSentForStoredBlocksAndDroppedForOthers) {
  // What a crash leaves: the tip's announcement held after its commit, another held for a block never stored.
  events::BlockEvent stored;
  const chainstate::ChainTip tip = Tip();
  stored.index_block_hash = util::Bytes(tip.block_id.begin(), tip.block_id.end());
  events::BlockEvent never_stored;
  never_stored.index_block_hash = util::Bytes(32, 0xee);
  ASSERT_TRUE(m_events->HoldBlock(never_stored));
  ASSERT_TRUE(m_events->HoldBlock(stored));
  std::this_thread::sleep_for(100ms);
  EXPECT_TRUE(m_observer.blocks().empty());
  ASSERT_TRUE(m_coordinator->ResolveHeldAnnouncements());
  EXPECT_TRUE(m_events->HeldBlocks()->empty());
  ASSERT_TRUE(WaitForBlocks(1));
  EXPECT_EQ(m_observer.blocks()[0], "0x" + util::ToHex(tip.block_id));
}

}  // namespace
}  // namespace stacks::node
