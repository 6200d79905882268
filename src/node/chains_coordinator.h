// ChainsCoordinator: the node's one writer of the sortition DB and the chainstate (the reference's ChainsCoordinator,
// stackslib/src/chainstate/coordinator/mod.rs). For each burn block the controller stores, it reads the block's
// leader keys and commits, runs the sortition and tells the relayer; for each block the miner proposes, it checks
// the block against its tenure's sortition and appends it to the chainstate; it announces both to event observers.
//
// Block validity while there are no signers (docs/NODE.md): a Nakamoto block is accepted on its miner's signature
// alone. It must pass the context-free checks (chain/nakamoto_block_check.h), name a sortition that had a winner,
// be signed by the key the winner's leader key registered, build on the chain tip, open its tenure with
// TenureChange(BlockFound) and a Coinbase whose VRF proof verifies under the winner's VRF key over the sortition
// hash (later blocks of the tenure continue it), carry a timestamp no earlier than its parent's and at most 15 s ahead
// of the clock, and commit to the state root that applying it yields. The signer issue adds the signer threshold.
//
// Thread safety: one thread runs Run (or calls the Process* methods); the shared state is locked inside.
#pragma once

#include <memory>
#include <stop_token>

#include "burndb/burnchain_db.h"
#include "chain/nakamoto_block.h"
#include "events/event_dispatcher.h"
#include "node/channel.h"
#include "node/messages.h"
#include "node/node_options.h"
#include "node/shared_state.h"
#include "util/result.h"
#include "util/thread_annotations.h"

namespace stacks::node {

class ChainsCoordinator {
 public:
  /// `options`, `chain`, `mempool`, `relayer` and `events` (null: no observers) must outlive the coordinator.
  ChainsCoordinator(const NodeOptions& options, ChainState& chain, MempoolState& mempool,
                    Channel<RelayerDirective>& relayer, events::EventDispatcher* events)
      : m_options(options), m_chain(chain), m_mempool(mempool), m_relayer(relayer), m_events(events) {}

  /// Processes every burn block stored in `burnchain_db` above the sortition DB's tip, in height order: what a crash
  /// between storing a burn block and its sortition left undone. Errors: as ProcessBurnBlock; kIo/kCorruption.
  util::Status CatchUp(burndb::BurnchainDb& burnchain_db);

  /// Runs the sortition of `block` (its keys and commits re-read from the raw transactions, as from Bitcoin), stores
  /// it, announces /new_burn_block, sends ProcessedBurnBlock to the relayer and drops stale mempool transactions. A
  /// block processed before is only announced again. Errors: those of SortitionDb::ProcessBurnBlock.
  util::Status ProcessBurnBlock(const burndb::BurnBlock& block);

  /// Validates `block` (see the file comment) and appends it to the chainstate, removes its transactions from the
  /// mempool and announces /new_block (held inside the block's transaction, released after its commit: see
  /// events::EventDispatcher::HoldBlock). Errors: kConsensusViolation naming the broken rule (nothing is stored); as
  /// ChainstateDb::ApplyBlock.
  util::Status ProcessStacksBlock(const chain::NakamotoBlock& block);

  /// Settles the /new_block announcements a crash left held: released for the blocks the chainstate stored, dropped
  /// for the others. Call it at start, before any block is processed. Errors: kIo/kCorruption.
  util::Status ResolveHeldAnnouncements();

  /// Handles messages from `inbox` until it is closed and drained.
  void Run(Channel<CoordinatorMessage>& inbox);

 private:
  /// Drops mempool transactions whose nonces the chain has used, or that waited past their age limit (once per burn
  /// block, so the cost of the scan does not grow with the block rate).
  void DropStaleMempoolTransactions(uint64_t now_secs);

  /// The /new_block event of `block`, applied as `applied` in the tenure `election` won with `commit`. Reads the
  /// chainstate and the sortition DB (the burn tip). REQUIRES: m_chain.mutex held. Errors: kIo/kCorruption.
  util::Result<events::BlockEvent> BuildBlockEvent(const chain::NakamotoBlock& block,
                                                   const chainstate::BlockToApply& to_apply,
                                                   const chainstate::AppliedBlock& applied,
                                                   const sortition::BlockSnapshot& election,
                                                   const burnchain::LeaderBlockCommitOp& commit,
                                                   const chain::BlockHeaderHash& parent_block_hash)
      REQUIRES(m_chain.mutex);

  const NodeOptions& m_options;
  ChainState& m_chain;
  MempoolState& m_mempool;
  Channel<RelayerDirective>& m_relayer;
  events::EventDispatcher* m_events;
};

}  // namespace stacks::node
