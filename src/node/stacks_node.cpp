#include "node/stacks_node.h"

#include <chrono>
#include <filesystem>
#include <thread>

#include "burndb/mocknet_burnchain.h"
#include "events/event_dispatcher.h"
#include "net/api/registry.h"
#include "net/http_server.h"
#include "node/burnchain_controller.h"
#include "node/chains_coordinator.h"
#include "node/miner.h"
#include "node/node_rpc_backend.h"
#include "node/relayer.h"
#include "node/shared_state.h"
#include "util/clock.h"
#include "util/log.h"

namespace stacks::node {
namespace {

constexpr size_t COORDINATOR_CHANNEL_CAPACITY = 1024;
constexpr size_t RELAYER_CHANNEL_CAPACITY = 4096;
constexpr size_t MINER_CHANNEL_CAPACITY = 64;

util::Status CreateDirectory(const std::string& path) {
  std::error_code error;
  std::filesystem::create_directories(path, error);
  if (error) return util::IoError("cannot create directory " + path + ": " + error.message());
  return {};
}

}  // namespace

struct StacksNode::Impl {
  NodeOptions options;
  std::unique_ptr<burndb::MocknetBurnchain> burnchain;
  std::unique_ptr<ChainState> chain;
  std::unique_ptr<MempoolState> mempool;
  std::unique_ptr<events::EventDispatcher> events;
  Channel<CoordinatorMessage> coordinator_inbox{COORDINATOR_CHANNEL_CAPACITY};
  Channel<RelayerDirective> relayer_inbox{RELAYER_CHANNEL_CAPACITY};
  Channel<MinerCommand> miner_inbox{MINER_CHANNEL_CAPACITY};
  std::unique_ptr<ChainsCoordinator> coordinator;
  std::unique_ptr<Relayer> relayer;
  std::unique_ptr<Miner> miner;
  std::unique_ptr<BurnchainController> controller;
  std::unique_ptr<NodeRpcBackend> rpc_backend;
  std::unique_ptr<net::HttpServer> http;
  std::thread controller_thread, coordinator_thread, relayer_thread, miner_thread;
  mutable std::mutex failure_mutex;
  std::optional<std::string> failure;
  bool stopped = false;

  void Fail(const std::string& message) {
    std::lock_guard lock(failure_mutex);
    if (!failure) failure = message;
  }
};

StacksNode::StacksNode(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

StacksNode::~StacksNode() { Stop(); }

util::Result<std::unique_ptr<StacksNode>> StacksNode::Start(NodeOptions options) {
  auto impl = std::make_unique<Impl>();
  impl->options = std::move(options);
  const NodeOptions& o = impl->options;
  STACKS_RETURN_IF_ERROR(CreateDirectory(o.chainstate_dir));
  STACKS_RETURN_IF_ERROR(CreateDirectory(std::filesystem::path(o.burnchain_db_path).parent_path().string()));

  // The burnchain first: its first block names the sortition DB's first snapshot.
  burndb::MocknetBurnchainOptions burn_options;
  burn_options.db_path = o.burnchain_db_path;
  burn_options.parse.params = o.burnchain_params;
  burn_options.parse.commit_output_rule = [&o](uint64_t height) { return o.CommitRuleAt(height); };
  burn_options.first_burn_block_height = o.first_burn_block_height;
  STACKS_TRY(impl->burnchain, burndb::MocknetBurnchain::Open(std::move(burn_options), util::UnixNowSecs()));
  STACKS_TRY(burndb::BurnBlockHeader first_burn_block, impl->burnchain->db().BlockAtHeight(o.first_burn_block_height));

  sortition::SortitionDbOptions sortition_options;
  sortition_options.first_burn_height = o.first_burn_block_height;
  sortition_options.first_burn_header_hash = first_burn_block.hash;
  sortition_options.first_burn_timestamp = first_burn_block.timestamp_secs;
  sortition_options.first_epoch = o.EpochAt(o.first_burn_block_height);
  STACKS_TRY(sortition::SortitionDb sortition_db, sortition::SortitionDb::Open(o.sortition_db_path, sortition_options));

  chainstate::ChainstateOptions chainstate_options;
  chainstate_options.mainnet = o.mainnet;
  chainstate_options.chain_id = o.chain_id;
  chainstate_options.first_burn_block_height = o.first_burn_block_height;
  STACKS_TRY(chainstate::ChainstateDb chainstate_db,
             chainstate::ChainstateDb::Open(o.chainstate_dir, chainstate_options));
  if (!chainstate_db.IsInitialized()) {
    STACKS_RETURN_IF_ERROR(chainstate_db.InitializeGenesis(o.genesis_balances));
    LOG_INFO("chainstate: genesis written with {} funded accounts", o.genesis_balances.size());
  }
  impl->chain = std::make_unique<ChainState>(std::move(sortition_db), std::move(chainstate_db));

  mempool::MempoolOptions mempool_options;
  // A pending transaction lost to power failure is the sender's to resubmit, as with the reference's mempool.
  mempool_options.database.synchronous = sqlite::Synchronous::kNormal;
  STACKS_TRY(mempool::MempoolDb mempool_db, mempool::MempoolDb::Open(o.mempool_db_path, mempool_options));
  impl->mempool = std::make_unique<MempoolState>(std::move(mempool_db));

  if (!o.observers.empty()) {
    events::EventDispatcherOptions event_options;
    event_options.queue_path = o.event_queue_path;
    event_options.observers = o.observers;
    STACKS_TRY(impl->events, events::EventDispatcher::Open(event_options));
  }
  Impl& n = *impl;
  n.coordinator = std::make_unique<ChainsCoordinator>(o, *n.chain, *n.mempool, n.relayer_inbox, n.events.get());
  STACKS_RETURN_IF_ERROR(n.coordinator->ResolveHeldAnnouncements());
  STACKS_RETURN_IF_ERROR(n.coordinator->CatchUp(n.burnchain->db()));
  {
    util::LockGuard chain_lock(n.chain->mutex);
    STACKS_TRY(sortition::BlockSnapshot burn_tip, n.chain->sortition_db.CanonicalTip());
    n.chain->burn_tip_height = burn_tip.block_height;
  }
  {
    util::LockGuard chain_lock(n.chain->mutex);
    util::LockGuard mempool_lock(n.mempool->mutex);
    STACKS_TRY(size_t dropped, n.mempool->db.RemoveStale(NonceLookupAt(n.chain->chainstate), util::UnixNowSecs()));
    if (dropped > 0) LOG_INFO("mempool: dropped {} transactions mined or expired before the restart", dropped);
  }

  STACKS_TRY(chainstate::ChainstateReader reader, chainstate::ChainstateReader::Open(o.chainstate_dir));
  n.rpc_backend =
      std::make_unique<NodeRpcBackend>(o, *n.chain, *n.mempool, n.relayer_inbox, n.events.get(), std::move(reader));
  net::HttpServerOptions http_options;
  http_options.bind_host = o.rpc_host;
  http_options.port = o.rpc_port;
  STACKS_TRY(n.http, net::HttpServer::Start(http_options, net::Router(net::api::RpcRoutes(*n.rpc_backend))));
  LOG_INFO("rpc: listening on http://{}:{}", o.rpc_host, n.http->port());

  n.relayer = std::make_unique<Relayer>(o, *n.chain, *n.burnchain, n.miner_inbox, n.events.get());
  if (o.miner) {
    n.miner = std::make_unique<Miner>(o, *n.chain, *n.mempool, n.coordinator_inbox, n.relayer_inbox);
  }
  ChainState* chain = n.chain.get();
  const bool miner = o.miner.has_value();
  n.controller = std::make_unique<BurnchainController>(*n.burnchain, n.coordinator_inbox, o.burn_block_interval_ms,
                                                       [chain, miner]() {
                                                         if (!miner) return false;
                                                         util::LockGuard lock(chain->mutex);
                                                         auto tip = chain->chainstate.GetTip();
                                                         return tip && tip->block_id == chainstate::BOOT_BLOCK_ID;
                                                       });
  n.coordinator_thread = std::thread([&n] { n.coordinator->Run(n.coordinator_inbox); });
  n.relayer_thread = std::thread([&n] { n.relayer->Run(n.relayer_inbox); });
  if (n.miner) n.miner_thread = std::thread([&n] { n.miner->Run(n.miner_inbox); });
  n.controller_thread = std::thread([&n] {
    if (auto status = n.controller->Run(); !status) {
      LOG_ERROR("burnchain controller stopped: {}", status.error().message);
      n.Fail("burnchain controller: " + status.error().message);
    }
  });
  return std::unique_ptr<StacksNode>(new StacksNode(std::move(impl)));
}

void StacksNode::Stop() {
  if (!m_impl || m_impl->stopped) return;
  Impl& n = *m_impl;
  n.stopped = true;
  // The HTTP server waits for idle keep-alive connections; let it do so while the other threads wind down.
  std::thread http_stopper([&n] {
    if (n.http) n.http->Stop();
  });
  n.controller->Stop();
  if (n.controller_thread.joinable()) n.controller_thread.join();
  n.miner_inbox.Close();
  if (n.miner_thread.joinable()) n.miner_thread.join();
  n.relayer_inbox.Close();
  if (n.relayer_thread.joinable()) n.relayer_thread.join();
  n.coordinator_inbox.Close();
  if (n.coordinator_thread.joinable()) n.coordinator_thread.join();
  http_stopper.join();
  if (n.events) n.events->Stop();
  LOG_INFO("node stopped");
}

std::optional<std::string> StacksNode::failed() const {
  std::lock_guard lock(m_impl->failure_mutex);
  return m_impl->failure;
}

uint16_t StacksNode::rpc_port() const { return m_impl->http->port(); }

}  // namespace stacks::node
