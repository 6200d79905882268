// The [burnchain] section: which network the node follows, how it reaches bitcoind, and the regtest overrides (first
// burn block, PoX lengths, epoch schedule). Keys, types and defaults are stacks-core's BurnchainConfigFile and
// BurnchainConfig (stackslib/src/config/mod.rs); docs/CONFIG.md documents each key and its checks.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/epoch_schedule.h"

namespace stacks::config {

/// burnchain.mode. Every mode but mainnet and xenon runs on a regtest Bitcoin; mocknet simulates it in-process.
enum class BurnchainMode { kMocknet, kHelium, kNeon, kArgon, kKrypton, kXenon, kMainnet, kNakamotoNeon };

/// The mode's name in the config file ("mocknet", "nakamoto-neon", ...).
std::string_view BurnchainModeName(BurnchainMode mode);
/// The mode named `name` (exact, lower case), or nullopt.
std::optional<BurnchainMode> ParseBurnchainMode(std::string_view name);

/// The Bitcoin network under a mode.
enum class BitcoinNetwork { kMainnet, kTestnet, kRegtest };
BitcoinNetwork BitcoinNetworkOf(BurnchainMode mode);

inline constexpr uint32_t CHAIN_ID_MAINNET = 0x00000001;
inline constexpr uint32_t CHAIN_ID_TESTNET = 0x80000000;
inline constexpr std::string_view MAGIC_BYTES_MAINNET = "X2";
inline constexpr std::string_view MAGIC_BYTES_TESTNET = "T2";  ///< xenon
inline constexpr std::string_view MAGIC_BYTES_DEFAULT = "id";  ///< Every other mode (BLOCKSTACK_MAGIC_MAINNET).

inline constexpr std::string_view DEFAULT_BURNCHAIN_CHAIN = "bitcoin";
inline constexpr BurnchainMode DEFAULT_BURNCHAIN_MODE = BurnchainMode::kMocknet;
inline constexpr uint64_t DEFAULT_BURN_FEE_CAP_SATS = 20'000;
inline constexpr uint64_t DEFAULT_COMMIT_ANCHOR_BLOCK_WITHIN_MS = 5'000;
inline constexpr std::string_view DEFAULT_BITCOIND_PEER_HOST = "0.0.0.0";
inline constexpr uint16_t DEFAULT_BITCOIND_PEER_PORT = 8333;
inline constexpr uint16_t DEFAULT_BITCOIND_RPC_PORT = 8332;
inline constexpr uint64_t DEFAULT_BITCOIND_TIMEOUT_SECS = 300;
inline constexpr uint64_t DEFAULT_BITCOIND_SOCKET_TIMEOUT_SECS = 30;
inline constexpr uint64_t DEFAULT_BURNCHAIN_POLL_TIME_SECS = 10;
inline constexpr uint64_t DEFAULT_SATOSHIS_PER_BYTE = 50;
inline constexpr uint64_t DEFAULT_LEADER_KEY_TX_ESTIMATED_SIZE = 290;
inline constexpr uint64_t DEFAULT_BLOCK_COMMIT_TX_ESTIMATED_SIZE = 380;
inline constexpr uint64_t DEFAULT_RBF_FEE_INCREMENT = 5;
inline constexpr uint64_t DEFAULT_MAX_RBF_PERCENT = 150;
inline constexpr uint64_t MAX_UNSPENT_UTXOS = 1024;  ///< Also the default.

/// PoX lengths of each network when burnchain.pox_reward_length / pox_prepare_length are unset (PoxConstants).
inline constexpr uint32_t REGTEST_POX_REWARD_CYCLE_LENGTH = 5;
inline constexpr uint32_t REGTEST_POX_PREPARE_LENGTH = 3;
inline constexpr uint32_t TESTNET_POX_REWARD_CYCLE_LENGTH = 1050;
inline constexpr uint32_t TESTNET_POX_PREPARE_LENGTH = 50;
inline constexpr uint32_t MAINNET_POX_REWARD_CYCLE_LENGTH = 2100;
inline constexpr uint32_t MAINNET_POX_PREPARE_LENGTH = 100;
/// First burn block heights when burnchain.first_burn_block_height is unset.
inline constexpr uint64_t REGTEST_FIRST_BURN_BLOCK_HEIGHT = 0;
inline constexpr uint64_t TESTNET_FIRST_BURN_BLOCK_HEIGHT = 2'000'000;
inline constexpr uint64_t MAINNET_FIRST_BURN_BLOCK_HEIGHT = 666'050;

/// The [burnchain] section. Defaults are mocknet's; the parser replaces the mode-dependent ones (chain_id,
/// magic_bytes) when the file names another mode and does not set them.
struct BurnchainSettings {
  std::string chain{DEFAULT_BURNCHAIN_CHAIN};             //!< chain: the burnchain; only "bitcoin".
  BurnchainMode mode{DEFAULT_BURNCHAIN_MODE};             //!< mode: network profile and run loop.
  uint32_t chain_id{CHAIN_ID_TESTNET};                    //!< chain_id: network id in p2p messages and databases.
  uint64_t burn_fee_cap_sats{DEFAULT_BURN_FEE_CAP_SATS};  //!< burn_fee_cap: most BTC a block commit spends.
  //! commit_anchor_block_within: mocknet's burn block interval (helium: wait before building a block), in ms.
  uint64_t commit_anchor_block_within_ms{DEFAULT_COMMIT_ANCHOR_BLOCK_WITHIN_MS};
  std::string peer_host{DEFAULT_BITCOIND_PEER_HOST};                   //!< peer_host: bitcoind's host name or IP.
  uint16_t peer_port{DEFAULT_BITCOIND_PEER_PORT};                      //!< peer_port: bitcoind's p2p port.
  uint16_t rpc_port{DEFAULT_BITCOIND_RPC_PORT};                        //!< rpc_port: bitcoind's JSON-RPC port.
  bool rpc_ssl{false};                                                 //!< rpc_ssl: reach bitcoind over HTTPS.
  std::optional<std::string> username;                                 //!< username: bitcoind RPC user.
  std::optional<std::string> password;                                 //!< password: bitcoind RPC password (a secret).
  uint64_t timeout_secs{DEFAULT_BITCOIND_TIMEOUT_SECS};                //!< timeout: bitcoind RPC timeout.
  uint64_t socket_timeout_secs{DEFAULT_BITCOIND_SOCKET_TIMEOUT_SECS};  //!< socket_timeout: bitcoind socket timeout.
  std::string magic_bytes{MAGIC_BYTES_DEFAULT};          //!< magic_bytes: two ASCII bytes opening each burn op.
  std::optional<std::string> local_mining_public_key;    //!< local_mining_public_key: hex key; required by helium.
  std::optional<uint64_t> process_exit_at_block_height;  //!< process_exit_at_block_height: exit at this burn height.
  uint64_t poll_time_secs{DEFAULT_BURNCHAIN_POLL_TIME_SECS};  //!< poll_time_secs: bitcoind polling interval.
  uint64_t satoshis_per_byte{DEFAULT_SATOSHIS_PER_BYTE};      //!< satoshis_per_byte: miner fee rate (sat/vB).
  uint64_t leader_key_tx_estimated_size{DEFAULT_LEADER_KEY_TX_ESTIMATED_SIZE};      //!< In vbytes.
  uint64_t block_commit_tx_estimated_size{DEFAULT_BLOCK_COMMIT_TX_ESTIMATED_SIZE};  //!< In vbytes.
  uint64_t rbf_fee_increment{DEFAULT_RBF_FEE_INCREMENT};  //!< rbf_fee_increment: sat/vB added per RBF.
  uint64_t max_rbf_percent{DEFAULT_MAX_RBF_PERCENT};      //!< max_rbf: highest RBF fee rate, % of satoshis_per_byte.
  std::optional<uint64_t> first_burn_block_height;        //!< first_burn_block_height: not on mainnet.
  std::optional<uint32_t> first_burn_block_timestamp;     //!< first_burn_block_timestamp: not on mainnet.
  std::optional<std::string> first_burn_block_hash;       //!< first_burn_block_hash: 64 hex digits; not on mainnet.
  std::optional<std::vector<EpochStart>> epochs;          //!< [[burnchain.epochs]]; unset: the mode's schedule.
  std::optional<uint32_t> pox_prepare_length;             //!< pox_prepare_length: unset: the network's.
  std::optional<uint32_t> pox_reward_length;              //!< pox_reward_length: unset: the network's.
  std::optional<uint32_t> pox_2_activation;               //!< pox_2_activation: v1 unlock height override.
  std::optional<std::string> wallet_name;                 //!< wallet_name: bitcoind wallet; blank means unset.
  uint64_t fault_injection_burnchain_block_delay_ms{0};   //!< fault_injection_burnchain_block_delay: test only.
  uint64_t max_unspent_utxos{MAX_UNSPENT_UTXOS};          //!< max_unspent_utxos: listunspent limit, at most 1024.

  bool operator==(const BurnchainSettings&) const = default;
};

/// The reward cycle length in force: pox_reward_length, else the network's.
uint32_t EffectivePoxRewardCycleLength(const BurnchainSettings& burnchain);
/// The prepare length in force: pox_prepare_length, else the network's.
uint32_t EffectivePoxPrepareLength(const BurnchainSettings& burnchain);
/// The first burn block height in force: first_burn_block_height, else the network's.
uint64_t EffectiveFirstBurnBlockHeight(const BurnchainSettings& burnchain);

}  // namespace stacks::config
