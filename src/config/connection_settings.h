// The [connection_options] section: limits and timeouts of p2p and HTTP connections, read-only call budgets, block
// proposal validation limits and the RPC auth token. Keys, types and defaults are stacks-core's ConnectionOptionsFile
// and the helium defaults it falls back to (stackslib/src/config/mod.rs, net/connection.rs); docs/CONFIG.md documents
// each key.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>

namespace stacks::config {

inline constexpr uint64_t DEFAULT_INBOX_MAXLEN = 100;
inline constexpr uint64_t DEFAULT_OUTBOX_MAXLEN = 100;
inline constexpr uint64_t DEFAULT_CONNECT_TIMEOUT_SECS = 10;
inline constexpr uint64_t DEFAULT_HANDSHAKE_TIMEOUT_SECS = 5;
inline constexpr uint64_t DEFAULT_CONNECTION_TIMEOUT_SECS = 15;
inline constexpr uint64_t DEFAULT_IDLE_TIMEOUT_SECS = 15;
inline constexpr uint32_t DEFAULT_HEARTBEAT_SECS = 3'600;
/// i64::MAX, not u64::MAX: the reference stores it in SQLite.
inline constexpr uint64_t DEFAULT_PRIVATE_KEY_LIFETIME = std::numeric_limits<int64_t>::max();
inline constexpr uint64_t DEFAULT_NUM_NEIGHBORS = 32;
inline constexpr uint64_t DEFAULT_NUM_CLIENTS = 750;
inline constexpr uint64_t DEFAULT_MAX_HTTP_CLIENTS = 1'000;
inline constexpr uint64_t DEFAULT_SOFT_NUM_NEIGHBORS = 16;
inline constexpr uint64_t DEFAULT_SOFT_NUM_CLIENTS = 750;
inline constexpr uint64_t DEFAULT_SOFT_MAX_NEIGHBORS_PER_ORG = 32;
inline constexpr uint64_t DEFAULT_SOFT_MAX_CLIENTS_PER_HOST = 4;
inline constexpr uint64_t DEFAULT_MAX_SOCKETS = 800;
inline constexpr uint64_t DEFAULT_WALK_INTERVAL_SECS = 60;
inline constexpr double DEFAULT_WALK_SEED_PROBABILITY = 0.1;
inline constexpr uint64_t DEFAULT_LOG_NEIGHBORS_FREQ_MS = 60'000;
inline constexpr uint64_t DEFAULT_DNS_TIMEOUT_MS = 15'000;
inline constexpr uint64_t DEFAULT_MAX_INFLIGHT_BLOCKS = 6;
inline constexpr uint64_t DEFAULT_MAX_INFLIGHT_ATTACHMENTS = 6;
inline constexpr uint64_t DEFAULT_READ_ONLY_CALL_LIMIT_WRITE_LENGTH = 0;
inline constexpr uint64_t DEFAULT_READ_ONLY_CALL_LIMIT_READ_LENGTH = 200'000;
inline constexpr uint64_t DEFAULT_READ_ONLY_CALL_LIMIT_WRITE_COUNT = 0;
inline constexpr uint64_t DEFAULT_READ_ONLY_CALL_LIMIT_READ_COUNT = 100;
inline constexpr uint64_t DEFAULT_READ_ONLY_CALL_LIMIT_RUNTIME = 1'000'000'000;
inline constexpr uint32_t DEFAULT_MAXIMUM_CALL_ARGUMENT_SIZE = 83'886'080;
inline constexpr uint64_t DEFAULT_READ_ONLY_MAX_EXECUTION_TIME_SECS = 30;
inline constexpr uint64_t DEFAULT_READ_ONLY_CALL_MAX_MEM_BYTES = 1024ULL * 1024 * 1024;
inline constexpr uint64_t DEFAULT_INV_SYNC_INTERVAL_SECS = 45;
inline constexpr uint64_t INV_REWARD_CYCLES_MAINNET = 3;
inline constexpr uint64_t INV_REWARD_CYCLES_TESTNET = 6;
inline constexpr uint64_t DEFAULT_BLOCK_PROPOSAL_MAX_AGE_SECS = 600;
inline constexpr uint64_t DEFAULT_BLOCK_PROPOSAL_VALIDATION_TIMEOUT_SECS = 60;
inline constexpr uint64_t DEFAULT_BLOCK_PROPOSAL_MAX_TX_EXECUTION_TIME_SECS = 30;
inline constexpr uint64_t DEFAULT_BLOCK_PROPOSAL_MAX_TX_ANALYSIS_TIME_SECS = 30;
inline constexpr uint64_t DEFAULT_BLOCK_PROPOSAL_MAX_TX_MEM_BYTES = 3ULL * 1024 * 1024 * 1024;
inline constexpr uint64_t DEFAULT_MAX_STACKERDB_PUSH_BANDWIDTH = 4 * 1024 * 1024;

/// The [connection_options] section. Bandwidths are bytes per second per peer; 0 means no cap.
struct ConnectionSettings {
  uint64_t inbox_maxlen{DEFAULT_INBOX_MAXLEN};                              //!< Messages buffered in, per connection.
  uint64_t outbox_maxlen{DEFAULT_OUTBOX_MAXLEN};                            //!< Messages buffered out, per connection.
  uint64_t connect_timeout_secs{DEFAULT_CONNECT_TIMEOUT_SECS};              //!< connect_timeout.
  uint64_t handshake_timeout_secs{DEFAULT_HANDSHAKE_TIMEOUT_SECS};          //!< handshake_timeout.
  uint64_t timeout_secs{DEFAULT_CONNECTION_TIMEOUT_SECS};                   //!< timeout: requests and HTTP.
  uint64_t idle_timeout_secs{DEFAULT_IDLE_TIMEOUT_SECS};                    //!< idle_timeout: idle HTTP connections.
  uint32_t heartbeat_secs{DEFAULT_HEARTBEAT_SECS};                          //!< heartbeat.
  uint64_t private_key_lifetime{DEFAULT_PRIVATE_KEY_LIFETIME};              //!< In burn blocks.
  uint64_t num_neighbors{DEFAULT_NUM_NEIGHBORS};                            //!< Outbound peers, hard limit.
  uint64_t num_clients{DEFAULT_NUM_CLIENTS};                                //!< Inbound peers, hard limit.
  uint64_t max_http_clients{DEFAULT_MAX_HTTP_CLIENTS};                      //!< HTTP connections.
  uint64_t soft_num_neighbors{DEFAULT_SOFT_NUM_NEIGHBORS};                  //!< Outbound peers before pruning.
  uint64_t soft_num_clients{DEFAULT_SOFT_NUM_CLIENTS};                      //!< Inbound peers before pruning.
  uint64_t soft_max_neighbors_per_org{DEFAULT_SOFT_MAX_NEIGHBORS_PER_ORG};  //!< Outbound peers per AS.
  uint64_t soft_max_clients_per_host{DEFAULT_SOFT_MAX_CLIENTS_PER_HOST};    //!< Inbound peers per IP.
  uint64_t max_sockets{DEFAULT_MAX_SOCKETS};                                //!< Client sockets, all kinds.
  uint64_t walk_interval_secs{DEFAULT_WALK_INTERVAL_SECS};                  //!< walk_interval: neighbor walks.
  double walk_seed_probability{DEFAULT_WALK_SEED_PROBABILITY};              //!< Chance to walk to a non-seed, 0..1.
  uint64_t log_neighbors_freq_ms{DEFAULT_LOG_NEIGHBORS_FREQ_MS};            //!< log_neighbors_freq.
  uint64_t dns_timeout_ms{DEFAULT_DNS_TIMEOUT_MS};                          //!< dns_timeout.
  uint64_t max_inflight_blocks{DEFAULT_MAX_INFLIGHT_BLOCKS};                //!< Parallel block downloads.
  uint64_t max_inflight_attachments{DEFAULT_MAX_INFLIGHT_ATTACHMENTS};      //!< Parallel attachment downloads.
  uint64_t read_only_call_limit_write_length{DEFAULT_READ_ONLY_CALL_LIMIT_WRITE_LENGTH};  //!< Read-only call budget.
  uint64_t read_only_call_limit_read_length{DEFAULT_READ_ONLY_CALL_LIMIT_READ_LENGTH};    //!< Read-only call budget.
  uint64_t read_only_call_limit_write_count{DEFAULT_READ_ONLY_CALL_LIMIT_WRITE_COUNT};    //!< Read-only call budget.
  uint64_t read_only_call_limit_read_count{DEFAULT_READ_ONLY_CALL_LIMIT_READ_COUNT};      //!< Read-only call budget.
  uint64_t read_only_call_limit_runtime{DEFAULT_READ_ONLY_CALL_LIMIT_RUNTIME};            //!< Read-only call budget.
  uint32_t maximum_call_argument_size{DEFAULT_MAXIMUM_CALL_ARGUMENT_SIZE};  //!< Bytes of read-only call arguments.
  uint64_t read_only_max_execution_time_secs{DEFAULT_READ_ONLY_MAX_EXECUTION_TIME_SECS};  //!< Per read-only call.
  uint64_t read_only_call_max_mem_bytes{DEFAULT_READ_ONLY_CALL_MAX_MEM_BYTES};            //!< Per read-only call.
  uint64_t inv_sync_interval_secs{DEFAULT_INV_SYNC_INTERVAL_SECS};                        //!< inv_sync_interval.
  uint64_t inv_reward_cycles{INV_REWARD_CYCLES_TESTNET};   //!< Cycles per inventory sync; mainnet 3.
  std::optional<std::string> public_ip_address;            //!< IP:PORT peers reach us at; unset: discovered.
  bool disable_inbound_walks{false};                       //!< Test.
  bool disable_inbound_handshakes{false};                  //!< Test.
  bool disable_block_download{false};                      //!< Test.
  std::optional<uint64_t> force_disconnect_interval_secs;  //!< force_disconnect_interval: test.
  bool private_neighbors{false};                           //!< Accept peers on private IP ranges.
  //! auth_token: password for /v3/block_proposal and other privileged RPCs; equals the signer's auth_password.
  std::optional<std::string> auth_token;
  bool reject_blocks_pushed{false};  //!< Drop Nakamoto blocks pushed by peers.
  //! stackerdb_hint_replicas: JSON text, [[contract, [neighbor address, ...]], ...]; checked to be such an array.
  std::optional<std::string> stackerdb_hint_replicas;
  uint64_t block_proposal_max_age_secs{DEFAULT_BLOCK_PROPOSAL_MAX_AGE_SECS};  //!< Older proposals are refused.
  uint64_t block_proposal_validation_timeout_secs{DEFAULT_BLOCK_PROPOSAL_VALIDATION_TIMEOUT_SECS};  //!< Per proposal.
  uint64_t block_proposal_max_tx_execution_time_secs{DEFAULT_BLOCK_PROPOSAL_MAX_TX_EXECUTION_TIME_SECS};  //!< Per tx.
  uint64_t block_proposal_max_tx_analysis_time_secs{DEFAULT_BLOCK_PROPOSAL_MAX_TX_ANALYSIS_TIME_SECS};    //!< Per tx.
  uint64_t block_proposal_max_tx_mem_bytes{DEFAULT_BLOCK_PROPOSAL_MAX_TX_MEM_BYTES};  //!< Per tx; 0: no limit.
  uint64_t max_transaction_push_bandwidth{0};                                         //!< 0: no cap.
  uint64_t max_stackerdb_push_bandwidth{DEFAULT_MAX_STACKERDB_PUSH_BANDWIDTH};        //!< 0: no cap.
  uint64_t max_nakamoto_block_push_bandwidth{0};                                      //!< 0: no cap.

  bool operator==(const ConnectionSettings&) const = default;
};

}  // namespace stacks::config
