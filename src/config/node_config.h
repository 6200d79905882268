// The stacks-node configuration: one struct per section of the reference node's TOML file, and its parser.
//
// The file format is stacks-core's (stackslib/src/config/mod.rs, ConfigFile): the same sections, keys, types and
// defaults, so a file written for the reference node configures this one. docs/CONFIG.md documents every key. Where
// this parser differs from the reference:
//   - an unknown key or section is a warning ("unknown key node.foo at line 3 (ignored)"), not an error;
//   - keys the reference has deprecated (epoch 2.x microblocks, old miner heuristics, ...) are type-checked, then
//     ignored with a warning;
//   - a bad value is always an error naming the key and the form expected; the reference panics on some (bad
//     ustx_balance addresses, events_keys, mempool_walk_strategy, magic_bytes, block_rejection_timeout_steps);
//   - burnchain.wallet_name is not required for mocknet miners (there is no bitcoind to name a wallet of).
//
// Example:
//   std::vector<std::string> warnings;
//   STACKS_TRY(NodeConfig config, LoadNodeConfigFile("conf/mocknet-miner-conf.toml", &warnings));
//   for (const auto& w : warnings) LogWarning(w);
//
// All functions are thread-safe; none reads the environment.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "codec/stacks_address.h"
#include "config/atlas_settings.h"
#include "config/burnchain_settings.h"
#include "config/connection_settings.h"
#include "config/event_observer.h"
#include "config/fee_estimation_settings.h"
#include "config/miner_settings.h"
#include "config/node_settings.h"
#include "util/result.h"

namespace stacks::config {

/// Largest config file accepted, in bytes.
inline constexpr size_t MAX_CONFIG_BYTES = 1024 * 1024;
/// Most '.' characters outside strings and comments in a file. Dotted keys nest tables one level per dot and the TOML
/// parser recurses once per level, so this bounds its stack use; a real config has a few dozen.
inline constexpr size_t MAX_DOTS_OUTSIDE_STRINGS = 1024;

/// One [[ustx_balance]] entry (legacy alias [[mstx_balance]]): µSTX credited to an address at genesis.
struct InitialBalance {
  codec::StacksAddress address;  ///< A standard principal; contracts are refused.
  uint64_t amount_ustx = 0;      ///< amount
  bool operator==(const InitialBalance&) const = default;
};

/// The whole configuration. A default-constructed NodeConfig is what an empty file gives: a mocknet follower.
struct NodeConfig {
  NodeSettings node;                                    //!< [node]
  BurnchainSettings burnchain;                          //!< [burnchain] and [[burnchain.epochs]]
  MinerSettings miner;                                  //!< [miner]
  ConnectionSettings connection_options;                //!< [connection_options]
  FeeEstimationSettings fee_estimation;                 //!< [fee_estimation]
  AtlasSettings atlas;                                  //!< [atlas]
  std::vector<InitialBalance> initial_balances;         //!< [[ustx_balance]] then [[mstx_balance]], in file order.
  std::vector<EventObserverSettings> events_observers;  //!< [[events_observer]], in file order.

  /// burnchain.mode is mainnet.
  bool IsMainnet() const { return burnchain.mode == BurnchainMode::kMainnet; }
  bool operator==(const NodeConfig&) const = default;
};

/// Parses and validates a config file's text.
/// In: toml_text: the file's bytes (UTF-8 TOML 1.0), read only during the call.
/// Out: warnings: if not null, receives one line per unknown or ignored key (appended, in file order).
/// Returns the config, with every key the file leaves out at its default.
/// Errors: kResourceExhausted if toml_text is larger than MAX_CONFIG_BYTES or has more than MAX_DOTS_OUTSIDE_STRINGS
/// dots outside strings and comments; kInvalidArgument for a TOML syntax error ("TOML syntax error at line
/// L, column C: ...") or for bad values, whose message lists every one found, separated by "; ", each as
/// "<key>: <problem> (line N)" (e.g. "ustx_balance[2].address: not a Stacks address: ... (line 14)"; array indices
/// count from 0), followed by the errors of ValidateNodeConfig.
util::Result<NodeConfig> ParseNodeConfig(std::string_view toml_text, std::vector<std::string>* warnings);

/// Reads the file at `path` and parses it with ParseNodeConfig.
/// Errors: kNotFound if the file does not exist; kIo if it cannot be read; kResourceExhausted if it is larger than
/// MAX_CONFIG_BYTES; otherwise those of ParseNodeConfig, the message prefixed with the path.
util::Result<NodeConfig> LoadNodeConfigFile(const std::filesystem::path& path, std::vector<std::string>* warnings);

/// The checks that involve more than one key, as the reference makes them when it builds its Config:
/// mainnet may not set chain_id other than 1, magic_bytes other than "X2", first burn block fields, pox_2_activation,
/// epochs, use_test_genesis_chainstate, pox_5_* settings, initial balances or replay_transactions; helium needs
/// burnchain.local_mining_public_key; a miner in a bitcoind mode (not mocknet) that is not mock mining needs
/// burnchain.wallet_name; a configured epoch schedule must pass ValidateEpochSchedule; the PoX prepare length must be
/// below the reward cycle length.
/// Errors: kInvalidArgument listing every failed check, separated by "; ".
util::Status ValidateNodeConfig(const NodeConfig& config);

}  // namespace stacks::config
