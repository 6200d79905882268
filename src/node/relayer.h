// Relayer: the thread that acts on what the rest of the node learns (the reference's RelayerThread,
// stacks-node/src/nakamoto_node/relayer.rs), driven by RelayerDirective messages:
//   RegisterKey         sends the miner's LeaderKeyRegister to the burnchain (once; a restarted node finds its key)
//   ProcessedBurnBlock  notices the key's acceptance, and on a sortition this node's commit won, starts the miner's
//                       tenure; otherwise issues the next commit at once
//   IssueBlockCommit    sends a LeaderBlockCommit for the next burn block, building on the chain tip's tenure
//   HandleNetResult     announces newly accepted mempool transactions to observers (the p2p relay's seat)
// Commits start with the first burn block of epoch 3.0 (this node mines no epoch 2.x blocks).
//
// Thread safety: Run belongs to one thread; everything else reaches it through its channel.
#pragma once

#include <optional>

#include "burndb/mocknet_burnchain.h"
#include "events/event_dispatcher.h"
#include "node/channel.h"
#include "node/messages.h"
#include "node/node_options.h"
#include "node/shared_state.h"

namespace stacks::node {

class Relayer {
 public:
  /// Every reference must outlive the relayer; `events` may be null.
  Relayer(const NodeOptions& options, ChainState& chain, burndb::MocknetBurnchain& burnchain,
          Channel<MinerCommand>& miner, events::EventDispatcher* events)
      : m_options(options), m_chain(chain), m_burnchain(burnchain), m_miner(miner), m_events(events) {}

  /// Handles directives from `inbox` until it is closed and drained. A miner node first looks up its registered key
  /// and registers one if there is none.
  void Run(Channel<RelayerDirective>& inbox);

 private:
  void HandleProcessedBurnBlock(const sortition::BlockSnapshot& snapshot);
  util::Status RegisterKey();
  util::Status IssueBlockCommit();

  const NodeOptions& m_options;
  ChainState& m_chain;
  burndb::MocknetBurnchain& m_burnchain;
  Channel<MinerCommand>& m_miner;
  events::EventDispatcher* m_events;
  std::optional<burnchain::LeaderKeyRegisterOp> m_key;  ///< The accepted key this miner commits with.
  std::optional<uint64_t> m_key_submitted_at;           ///< Burn height when a registration was last sent.
  std::optional<burnchain::Txid> m_last_commit_txid;
  std::optional<burnchain::OutPoint> m_next_input;  ///< The UTXO the next commit spends (chaining).
  uint64_t m_last_commit_target = 0;                ///< The burn height the last commit was meant for.
};

}  // namespace stacks::node
