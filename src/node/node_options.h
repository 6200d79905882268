// NodeOptions: what the node's parts need from its configuration, resolved once at start-up from the reference's
// TOML keys (config::NodeConfig): file paths under the working directory, the RPC address, the miner's keys, the
// epoch schedule as epochs by height, the PoX cycle shape, the burnchain's timing and the event observers.
//
// Pure and thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "burnchain/burn_op.h"
#include "burnchain/leader_block_commit.h"
#include "chain/epoch.h"
#include "chainstate/chainstate_db.h"
#include "config/node_config.h"
#include "crypto/secp256k1.h"
#include "crypto/vrf.h"
#include "events/event_dispatcher.h"
#include "sortition/pox_constants.h"
#include "util/result.h"

namespace stacks::node {

/// While the chain has no Stacks block yet, the mocknet mines a burn block this often (see docs/NODE.md), so that a
/// new chain walks through the 2.x epochs and reaches its first Nakamoto tenure in about a second.
inline constexpr uint64_t MOCKNET_BOOTSTRAP_INTERVAL_MS = 100;

/// One epoch of the schedule, with its end (exclusive; UINT64_MAX for the last).
struct EpochRange {
  chain::StacksEpochId epoch = chain::StacksEpochId::k10;
  uint64_t start_height = 0;
  uint64_t end_height = UINT64_MAX;
};

/// The miner's identity: the key that signs blocks and pays for its transactions, and the VRF key it proves
/// sortitions with.
struct MinerKeys {
  crypto::PrivateKey signing_key;
  crypto::VrfPrivateKey vrf_key;
};

struct NodeOptions {
  std::string working_dir;
  std::string chainstate_dir;     ///< {working_dir}/chainstate
  std::string burnchain_db_path;  ///< {working_dir}/burnchain/burnchain.sqlite
  std::string sortition_db_path;  ///< {working_dir}/burnchain/sortition.sqlite
  std::string mempool_db_path;    ///< {working_dir}/chainstate/mempool.sqlite
  std::string event_queue_path;   ///< {working_dir}/event_observers.sqlite
  std::string rpc_host;           ///< node.rpc_bind's host.
  uint16_t rpc_port = 0;          ///< node.rpc_bind's port.
  bool mainnet = false;
  uint32_t chain_id = chain::CHAIN_ID_TESTNET;
  burnchain::BurnchainParams burnchain_params;  ///< Magic bytes and the Bitcoin network.
  uint32_t burnchain_network_id = 0;            ///< The burnchain's p2p magic, served as parent_network_id.
  uint64_t first_burn_block_height = 0;
  uint64_t burn_block_interval_ms = 0;  ///< burnchain.commit_anchor_block_within.
  uint64_t burn_fee_cap_sats = 0;       ///< What each block commit burns.
  std::vector<EpochRange> epochs;       ///< In order, contiguous from height 0.
  sortition::PoxConstants pox;
  std::optional<MinerKeys> miner;  ///< Set when node.miner is true.
  uint64_t min_time_between_blocks_ms = 0;
  uint64_t max_tenure_bytes = 0;
  std::vector<chainstate::GenesisBalance> genesis_balances;
  std::vector<events::ObserverOptions> observers;
  std::vector<std::string> notes;  ///< What was accepted but is ignored, for the log.

  /// The epoch at burn block `height`.
  chain::StacksEpochId EpochAt(uint64_t height) const;
  /// The first height of `epoch`, or nullopt if the schedule does not reach it.
  std::optional<uint64_t> EpochStartHeight(chain::StacksEpochId epoch) const;
  /// The commit outputs a block commit mined at `height` carries: one burn output in a prepare phase, else two.
  burnchain::CommitOutputRule CommitRuleAt(uint64_t height) const;
};

/// Resolves `config` (already validated by config::ValidateNodeConfig). `now_ms` names the default working directory
/// ("/tmp/stacks-node-{now_ms}", as the reference).
/// Errors: kUnimplemented for a burnchain mode other than mocknet (bitcoind modes need a Bitcoin client, not built
/// yet); kInvalidArgument for an rpc_bind that is not HOST:PORT, a miner without a key (node.seed or
/// miner.mining_key), a seed that is not a private key, an epoch schedule that does not start at 0.
util::Result<NodeOptions> NodeOptionsFromConfig(const config::NodeConfig& config, uint64_t now_ms);

}  // namespace stacks::node
