// [[events_observer]] entries: where the node POSTs its events (/new_block, /new_burn_block, /new_mempool_tx, ...)
// and which ones. Keys, types, defaults and the event key grammar are stacks-core's EventObserverConfigFile and
// EventKeyType::from_string (stackslib/src/config/mod.rs).
//
// Event keys:
//   "*"  "stx"  "memtx"  "burn_blocks"  "microblocks"  "stackerdb"  "block_proposal"
//   "ADDRESS.contract::event-name"   a contract's print events with that name (any text after "::")
//   "ADDRESS.contract.asset-name"    a fungible or non-fungible token's events
//
// Pure and thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "codec/stacks_address.h"
#include "util/result.h"

namespace stacks::config {

inline constexpr uint64_t DEFAULT_EVENT_OBSERVER_TIMEOUT_MS = 1'000;

/// One parsed entry of events_keys.
struct EventKey {
  enum class Kind {
    kAnyEvent,             ///< "*"
    kStxEvent,             ///< "stx"
    kMempoolTransactions,  ///< "memtx"
    kBurnchainBlocks,      ///< "burn_blocks"
    kMicroblocks,          ///< "microblocks"
    kStackerDbChunks,      ///< "stackerdb"
    kBlockProposal,        ///< "block_proposal"
    kSmartContractEvent,   ///< "ADDRESS.contract::event-name"
    kAssetEvent,           ///< "ADDRESS.contract.asset-name"
  };
  Kind kind = Kind::kAnyEvent;
  std::optional<codec::ContractPrincipal> contract;  ///< Set for kSmartContractEvent and kAssetEvent only.
  std::string name;                                  ///< The event or asset name, for those two kinds.

  /// The key as the config file writes it.
  std::string ToString() const;
  bool operator==(const EventKey&) const = default;
};

/// Parses one events_keys entry as EventKeyType::from_string does.
/// Errors: kInvalidArgument (or kResourceExhausted for a too long contract name) for a string that is none of the
/// forms above: more than one "::", an asset key without exactly three '.'-separated parts, a bad address, contract
/// name or asset name (a Clarity name).
util::Result<EventKey> ParseEventKey(std::string_view text);

/// One [[events_observer]] entry.
struct EventObserverSettings {
  std::string endpoint;                                    //!< HOST:PORT[/path], no scheme: http:// is implied.
  std::vector<EventKey> events_keys;                       //!< What to send; may be empty.
  uint64_t timeout_ms{DEFAULT_EVENT_OBSERVER_TIMEOUT_MS};  //!< Wait for the observer's reply.
  bool disable_retries{false};                             //!< Drop an event after one failed attempt.
  bool disable_contract_interface{false};                  //!< Send contract_interface as null.

  bool operator==(const EventObserverSettings&) const = default;
};

/// Checks an endpoint: HOST:PORT as config::ParseHostPort, optionally followed by a path starting with '/'.
/// Errors: kInvalidArgument for a scheme ("http://..."), an empty text or a bad HOST:PORT.
util::Status ValidateEventObserverEndpoint(std::string_view endpoint);

}  // namespace stacks::config
