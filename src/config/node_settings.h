// The [node] section: the node's identity, binds, peers, role (miner, stacker) and storage. Keys, types and defaults
// are stacks-core's NodeConfigFile and NodeConfig (stackslib/src/config/mod.rs); docs/CONFIG.md documents each key.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "codec/stacks_address.h"
#include "config/net_address.h"
#include "crypto/secp256k1.h"
#include "util/bytes.h"

namespace stacks::config {

inline constexpr std::string_view DEFAULT_NODE_NAME = "helium-node";
inline constexpr std::string_view DEFAULT_RPC_BIND = "0.0.0.0:20443";
inline constexpr std::string_view DEFAULT_P2P_BIND = "0.0.0.0:20444";
/// data_url and p2p_address when the file has no [node] section; with one, both derive from rpc_bind.
inline constexpr std::string_view DEFAULT_DATA_URL = "http://127.0.0.1:20443";
inline constexpr std::string_view DEFAULT_P2P_ADDRESS = "127.0.0.1:20443";
inline constexpr uint64_t DEFAULT_WAIT_TIME_FOR_BLOCKS_MS = 30'000;
inline constexpr uint64_t DEFAULT_NEXT_INITIATIVE_DELAY_MS = 10'000;
inline constexpr uint64_t DEFAULT_CHAIN_LIVENESS_POLL_TIME_SECS = 300;
inline constexpr uint64_t DEFAULT_EVENT_DISPATCHER_QUEUE_SIZE = 1'000;
/// Longest seed or local_peer_seed accepted, in bytes (the reference takes any length; real ones are 32).
inline constexpr size_t MAX_SEED_BYTES = 1024;

/// One `node.bootstrap_node` entry, "PUBKEY@HOST:PORT".
struct BootstrapPeer {
  crypto::PublicKey public_key;  ///< The peer's p2p identity key.
  HostPort address;              ///< Resolved by the node, not here.
  bool operator==(const BootstrapPeer&) const = default;
};

/// The [node] section.
struct NodeSettings {
  std::string name{DEFAULT_NODE_NAME};  //!< name: a label for logs and test directories.
  //! seed: hex bytes the burnchain keychain (and, with a [miner] section, the default mining key) derives from;
  //! unset: the node draws 32 random bytes. A secret.
  std::optional<util::Bytes> seed;
  //! working_dir: where chainstate lives; unset: the node uses /tmp/stacks-node-<unix ms> (env STACKS_WORKING_DIR
  //! overrides both, read by the program, not here).
  std::optional<std::string> working_dir;
  std::string rpc_bind{DEFAULT_RPC_BIND};        //!< rpc_bind: IP:PORT of the HTTP RPC server.
  std::string p2p_bind{DEFAULT_P2P_BIND};        //!< p2p_bind: IP:PORT of the p2p listener.
  std::string p2p_address{DEFAULT_P2P_ADDRESS};  //!< p2p_address: HOST:PORT; defaults to rpc_bind (as the reference).
  std::string data_url{DEFAULT_DATA_URL};        //!< data_url: public RPC URL; defaults to "http://" + rpc_bind.
  std::vector<BootstrapPeer> bootstrap_nodes;    //!< bootstrap_node: comma list of PUBKEY@HOST:PORT.
  std::vector<HostPort> deny_nodes;              //!< deny_nodes: comma list of HOST:PORT never to connect to.
  std::optional<util::Bytes> local_peer_seed;    //!< local_peer_seed: hex seed of the p2p identity key; a secret.
  bool miner{false};                             //!< miner: take part in sortitions and mine tenures.
  bool stacker{false};      //!< stacker: replicate the .miners and .signers-* StackerDBs signers need.
  bool mock_mining{false};  //!< mock_mining: build blocks but never commit to the burnchain.
  uint64_t wait_time_for_blocks_ms{DEFAULT_WAIT_TIME_FOR_BLOCKS_MS};    //!< wait_time_for_blocks.
  uint64_t next_initiative_delay_ms{DEFAULT_NEXT_INITIATIVE_DELAY_MS};  //!< next_initiative_delay: relayer poll.
  std::optional<std::string> prometheus_bind;       //!< prometheus_bind: HOST:PORT of the metrics endpoint.
  bool marf_defer_hashing{true};                    //!< marf_defer_hashing: hash MARF nodes at commit time.
  bool marf_compress{true};                         //!< marf_compress: compress MARF nodes on disk.
  std::optional<bool> use_test_genesis_chainstate;  //!< use_test_genesis_chainstate: small test genesis; not mainnet.
  uint64_t chain_liveness_poll_time_secs{DEFAULT_CHAIN_LIVENESS_POLL_TIME_SECS};  //!< chain_liveness_poll_time_secs.
  bool event_dispatcher_blocking{true};  //!< event_dispatcher_blocking: wait for observers before going on.
  uint64_t event_dispatcher_queue_size{DEFAULT_EVENT_DISPATCHER_QUEUE_SIZE};  //!< In-flight events when not blocking.
  std::vector<codec::ContractPrincipal> stacker_dbs;  //!< stacker_dbs: StackerDB contracts to replicate.
  std::optional<uint8_t> fault_injection_block_push_fail_probability;  //!< Percent (0-100); test only.
  bool txindex{false};  //!< txindex: index transactions by txid (/v3/transaction/{txid}).
  std::optional<codec::ContractPrincipal> pox_5_sbtc_contract;           //!< Epoch 4.0 devnets; not mainnet.
  std::optional<codec::ContractPrincipal> pox_5_sbtc_registry_contract;  //!< Epoch 4.0 devnets; not mainnet.
  std::optional<codec::Principal> pox_5_bond_admin;                      //!< Epoch 4.0 devnets; not mainnet.
  std::optional<codec::Principal> pox_5_pause_admin;                     //!< Epoch 4.0 devnets; not mainnet.

  bool operator==(const NodeSettings&) const = default;
};

}  // namespace stacks::config
