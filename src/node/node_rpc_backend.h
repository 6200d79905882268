// NodeRpcBackend: the HTTP RPC's view of this node (net::RpcBackend) over its sortition DB, chainstate and mempool.
//
// Reads lock ChainState for as long as a read takes, except account reads at the latest tip, which go through a
// connection of their own (ChainstateReader) and so never wait for a block being applied. POST /v2/transactions
// reads the sender's accounts that way, runs the admission checks holding no lock, offers the transaction to the
// mempool under the mempool's lock, and on acceptance hands it to the relayer (HandleNetResult). State is kept for the
// chain tip only: reads at another block (?tip=) answer 404 until the fork-aware index lands (docs/RPC.md).
//
// Thread safety: every method may be called from any thread (the HTTP workers).
#pragma once

#include "events/event_dispatcher.h"
#include "net/rpc_backend.h"
#include "node/channel.h"
#include "node/messages.h"
#include "node/node_options.h"
#include "node/shared_state.h"
#include "util/thread_annotations.h"

namespace stacks::node {

class NodeRpcBackend : public net::RpcBackend {
 public:
  /// Every reference must outlive the backend; `events` may be null.
  /// `reader` is a second connection to the chainstate: account reads go through it, so that submissions and
  /// /v2/accounts never wait for a block being applied.
  NodeRpcBackend(const NodeOptions& options, ChainState& chain, MempoolState& mempool,
                 Channel<RelayerDirective>& relayer, events::EventDispatcher* events,
                 chainstate::ChainstateReader reader)
      : m_options(options),
        m_chain(chain),
        m_mempool(mempool),
        m_relayer(relayer),
        m_events(events),
        m_reader(std::move(reader)) {}

  util::Result<net::NodeInfo> GetNodeInfo() override;
  util::Result<net::AccountEntry> GetAccount(const codec::Principal& principal, const net::TipRequest& tip,
                                             bool with_proof) override;
  util::Result<uint64_t> GetTransferFeeRate() override;
  util::Result<net::MempoolOutcome> SubmitTransaction(const chain::Transaction& tx,
                                                      const std::optional<util::Bytes>& attachment) override;
  util::Result<net::UnconfirmedTransaction> GetUnconfirmedTransaction(const chain::Txid& txid) override;
  util::Result<util::Bytes> GetNakamotoBlock(const chain::StacksBlockId& block_id) override;
  util::Result<util::Bytes> GetNakamotoBlockByHeight(uint64_t height, const net::TipRequest& tip) override;
  util::Result<net::TenureInfo> GetTenureInfo() override;
  util::Result<std::vector<net::SortitionInfo>> GetSortitions(const net::SortitionQuery& query) override;
  util::Result<net::PoxInfo> GetPoxInfo(const net::TipRequest& tip) override;

 private:
  /// kNotFound unless `tip` is the latest tip or names the chain tip. REQUIRES: m_chain.mutex held.
  util::Status CheckTip(const net::TipRequest& tip) REQUIRES(m_chain.mutex);
  /// The RPC's view of `snapshot`. REQUIRES: m_chain.mutex held.
  util::Result<net::SortitionInfo> SortitionInfoOf(const sortition::BlockSnapshot& snapshot) REQUIRES(m_chain.mutex);

  const NodeOptions& m_options;
  ChainState& m_chain;
  MempoolState& m_mempool;
  Channel<RelayerDirective>& m_relayer;
  events::EventDispatcher* m_events;
  util::Mutex m_reader_mutex;
  chainstate::ChainstateReader m_reader GUARDED_BY(m_reader_mutex);
};

}  // namespace stacks::node
