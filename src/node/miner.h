// Miner: produces this node's tenures (the reference's BlockMinerThread, stacks-node/src/nakamoto_node/miner.rs).
//
// On StartTenure it builds the tenure's first block: TenureChange(BlockFound) and a Coinbase carrying its VRF proof
// over the election's sortition hash, then what the mempool offers. While the tenure lasts it builds a further block
// whenever the mempool holds minable transactions and min_time_between_blocks_ms has passed since the last one.
// Each block is checked by the chains coordinator before it counts (StacksBlockProposed). After the tenure's first
// block the miner asks the relayer to commit to the next burn block.
//
// Block assembly: transactions in MiningOrder (fee rate across accounts, nonces in order), each applied to the
// accounts as they stand after the ones before; a transaction that would make the block invalid (a nonce or fee the
// account cannot cover) is left out. A block stops at MAX_BLOCK_LEN bytes and at the tenure's max_tenure_bytes. The
// state root is the one ChainstateDb::ProposeBlock computes; the block is then signed with the miner's key.
//
// Thread safety: Run belongs to one thread; everything else reaches it through its channel.
#pragma once

#include <chrono>
#include <optional>

#include "chain/nakamoto_block.h"
#include "node/channel.h"
#include "node/messages.h"
#include "node/node_options.h"
#include "node/shared_state.h"
#include "util/result.h"

namespace stacks::node {

/// Assembles a block of `tenure` on the chain tip, as the file comment describes: the tenure-start transactions
/// first when `tenure_start`, then what the mempool offers, within MAX_BLOCK_LEN and the tenure's remaining
/// options.max_tenure_bytes - `tenure_bytes_used`; sets the state root from ChainstateDb::ProposeBlock and signs it
/// with options.miner's key. Returns nullopt when there is nothing to mine (not a tenure start and no minable
/// transaction). Locks `chain_state`, then `mempool`. REQUIRES: options.miner is set. Errors: kFailedPrecondition if a
/// non-start block is asked for while the chain tip is outside `tenure`, or the tenure-start transactions do not apply;
/// kIo/kCorruption from the databases.
util::Result<std::optional<chain::NakamotoBlock>> AssembleBlock(const NodeOptions& options, ChainState& chain_state,
                                                                MempoolState& mempool, const StartTenure& tenure,
                                                                bool tenure_start, uint64_t tenure_bytes_used);

class Miner {
 public:
  /// Every reference must outlive the miner. REQUIRES: options.miner is set.
  Miner(const NodeOptions& options, ChainState& chain, MempoolState& mempool, Channel<CoordinatorMessage>& coordinator,
        Channel<RelayerDirective>& relayer)
      : m_options(options), m_chain(chain), m_mempool(mempool), m_coordinator(coordinator), m_relayer(relayer) {}

  /// Handles commands from `inbox` and mines until it is closed.
  void Run(Channel<MinerCommand>& inbox);

 private:
  /// Hands `block` to the coordinator and waits for its verdict.
  util::Status Propose(const chain::NakamotoBlock& block);

  const NodeOptions& m_options;
  ChainState& m_chain;
  MempoolState& m_mempool;
  Channel<CoordinatorMessage>& m_coordinator;
  Channel<RelayerDirective>& m_relayer;
  std::optional<StartTenure> m_tenure;  ///< The tenure being mined.
  uint64_t m_tenure_bytes = 0;          ///< Bytes of blocks mined in it so far.
  std::chrono::steady_clock::time_point m_last_block_time{};
};

}  // namespace stacks::node
