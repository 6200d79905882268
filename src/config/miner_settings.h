// The [miner] section: the mining key, how blocks are assembled from the mempool, the tenure budget and the pauses
// between proposals. Keys, types and defaults are stacks-core's MinerConfigFile and MinerConfig
// (stackslib/src/config/mod.rs); docs/CONFIG.md documents each key.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "codec/stacks_address.h"
#include "crypto/secp256k1.h"

namespace stacks::config {

/// miner.mempool_walk_strategy.
enum class MempoolWalkStrategy { kNextNonceWithHighestFeeRate, kGlobalFeeRate };
/// The strategy's name in the config file ("GlobalFeeRate").
std::string_view MempoolWalkStrategyName(MempoolWalkStrategy strategy);

/// One entry of miner.txs_to_consider.
enum class MempoolTxType { kTokenTransfer, kSmartContract, kContractCall };
/// The type's name in the config file ("TokenTransfer").
std::string_view MempoolTxTypeName(MempoolTxType type);

inline constexpr uint64_t DEFAULT_NAKAMOTO_ATTEMPT_TIME_MS = 5'000;
inline constexpr uint8_t DEFAULT_PROBABILITY_PICK_NO_ESTIMATE_TX = 25;
inline constexpr uint64_t DEFAULT_NONCE_CACHE_SIZE = 1024 * 1024;
inline constexpr uint64_t DEFAULT_CANDIDATE_RETRY_CACHE_SIZE = 1024 * 1024;
/// Signers reject a block mined in the same second as its parent, so smaller values are raised to this.
inline constexpr uint64_t MIN_TIME_BETWEEN_BLOCKS_MS = 1'000;
inline constexpr uint64_t DEFAULT_EMPTY_MEMPOOL_SLEEP_MS = 2'500;
inline constexpr uint64_t DEFAULT_FIRST_REJECTION_PAUSE_MS = 5'000;
inline constexpr uint64_t DEFAULT_SUBSEQUENT_REJECTION_PAUSE_MS = 10'000;
inline constexpr uint64_t DEFAULT_BLOCK_COMMIT_DELAY_MS = 40'000;
inline constexpr uint8_t DEFAULT_TENURE_COST_LIMIT_PER_BLOCK_PERCENTAGE = 25;
inline constexpr uint8_t DEFAULT_CONTRACT_COST_LIMIT_PERCENTAGE = 95;
inline constexpr uint64_t DEFAULT_TENURE_EXTEND_POLL_SECS = 1;
inline constexpr uint64_t DEFAULT_TENURE_EXTEND_WAIT_TIMEOUT_MS = 120'000;
inline constexpr uint64_t DEFAULT_TENURE_TIMEOUT_SECS = 180;
inline constexpr uint64_t DEFAULT_TENURE_EXTEND_COST_THRESHOLD = 50;
/// Not a config key in the reference: the share of the read-count budget that allows a read-count extend.
inline constexpr uint64_t READ_COUNT_EXTEND_COST_THRESHOLD = 25;
inline constexpr uint64_t DEFAULT_MAX_EXECUTION_TIME_SECS = 30;
inline constexpr uint64_t DEFAULT_MAX_ANALYSIS_TIME_SECS = 30;
inline constexpr uint64_t DEFAULT_STACKERDB_TIMEOUT_SECS = 120;
inline constexpr uint64_t DEFAULT_MAX_TENURE_BYTES = 10 * 1024 * 1024;
inline constexpr uint64_t DEFAULT_MAX_ASSEMBLY_MEM_BYTES = 2ULL * 1024 * 1024 * 1024;

/// miner.block_rejection_timeout_steps by default: {percent of signer weight that rejected: seconds to wait}.
std::map<uint32_t, uint64_t> DefaultBlockRejectionTimeoutSteps();

/// The [miner] section.
struct MinerSettings {
  //! mining_key: signs blocks and leader keys. Unset with a [miner] section: node.seed (as the reference); unset
  //! without one: the node derives a key from node.seed.
  std::optional<crypto::PrivateKey> mining_key;
  uint64_t nakamoto_attempt_time_ms{DEFAULT_NAKAMOTO_ATTEMPT_TIME_MS};  //!< Longest transaction selection per block.
  MempoolWalkStrategy mempool_walk_strategy{MempoolWalkStrategy::kNextNonceWithHighestFeeRate};  //!< Tx order.
  uint8_t probability_pick_no_estimate_tx{DEFAULT_PROBABILITY_PICK_NO_ESTIMATE_TX};              //!< Percent (0-100).
  std::optional<codec::Principal> block_reward_recipient;  //!< Coinbase recipient instead of the miner.
  bool segwit{false};                                      //!< Spend from a P2WPKH output (bitcoind modes).
  uint64_t nonce_cache_size{DEFAULT_NONCE_CACHE_SIZE};     //!< Entries; above 0.
  uint64_t candidate_retry_cache_size{DEFAULT_CANDIDATE_RETRY_CACHE_SIZE};  //!< Entries.
  std::optional<std::string> activated_vrf_key_path;  //!< File that persists the registered VRF key.
  //! txs_to_consider: the transaction types a block may take; default all three.
  std::vector<MempoolTxType> txs_to_consider{MempoolTxType::kTokenTransfer, MempoolTxType::kSmartContract,
                                             MempoolTxType::kContractCall};
  std::vector<codec::StacksAddress> filter_origins;  //!< filter_origins: if not empty, only these senders.
  uint64_t min_time_between_blocks_ms{MIN_TIME_BETWEEN_BLOCKS_MS};      //!< At least MIN_TIME_BETWEEN_BLOCKS_MS.
  uint64_t empty_mempool_sleep_ms{DEFAULT_EMPTY_MEMPOOL_SLEEP_MS};      //!< Pause when the mempool is empty.
  uint64_t first_rejection_pause_ms{DEFAULT_FIRST_REJECTION_PAUSE_MS};  //!< After the first rejection.
  uint64_t subsequent_rejection_pause_ms{DEFAULT_SUBSEQUENT_REJECTION_PAUSE_MS};  //!< After later ones.
  uint64_t block_commit_delay_ms{DEFAULT_BLOCK_COMMIT_DELAY_MS};  //!< Wait for the tenure's block before committing.
  //! Percent (1-99) of the remaining tenure budget one block may use; nullopt (the file's 100) means no limit.
  std::optional<uint8_t> tenure_cost_limit_per_block_percentage{DEFAULT_TENURE_COST_LIMIT_PER_BLOCK_PERCENTAGE};
  uint8_t contract_cost_limit_percentage{DEFAULT_CONTRACT_COST_LIMIT_PERCENTAGE};  //!< Non-boot calls' share, 0-100.
  uint64_t tenure_extend_poll_secs{DEFAULT_TENURE_EXTEND_POLL_SECS};  //!< How often to check for a needed extend.
  uint64_t tenure_extend_wait_timeout_ms{DEFAULT_TENURE_EXTEND_WAIT_TIMEOUT_MS};  //!< Wait for the next miner.
  uint64_t tenure_timeout_secs{DEFAULT_TENURE_TIMEOUT_SECS};  //!< Time before a time-based tenure extend.
  uint64_t tenure_extend_cost_threshold{DEFAULT_TENURE_EXTEND_COST_THRESHOLD};  //!< Budget % used before extending.
  //! block_rejection_timeout_steps: {rejected signer weight %: seconds}; must have the key 0.
  std::map<uint32_t, uint64_t> block_rejection_timeout_steps{DefaultBlockRejectionTimeoutSteps()};
  uint64_t max_execution_time_secs{DEFAULT_MAX_EXECUTION_TIME_SECS};  //!< Per transaction.
  uint64_t max_analysis_time_secs{DEFAULT_MAX_ANALYSIS_TIME_SECS};    //!< Per contract analysis.
  bool replay_transactions{false};                                    //!< Test feature; not on mainnet.
  uint64_t stackerdb_timeout_secs{DEFAULT_STACKERDB_TIMEOUT_SECS};    //!< StackerDB HTTP requests.
  uint64_t max_tenure_bytes{DEFAULT_MAX_TENURE_BYTES};                //!< Bytes of blocks per tenure (or extend).
  bool log_skipped_transactions{false};                               //!< Log why transactions were skipped.
  uint64_t max_assembly_mem_bytes{DEFAULT_MAX_ASSEMBLY_MEM_BYTES};    //!< Heap a block assembly may use.

  bool operator==(const MinerSettings&) const = default;
};

}  // namespace stacks::config
