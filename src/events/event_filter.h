// Which events an observer receives, from its events_keys as the reference reads them (EventKeyType in
// stackslib/src/config/mod.rs, the dispatch in stacks-node/src/event_dispatcher.rs):
//
//   "*"            every Clarity event in /new_block, /new_mempool_tx, /drop_mempool_tx, /new_burn_block
//   "stx"          STX transfer, mint, burn and lock events in /new_block
//   "memtx"        /new_mempool_tx and /drop_mempool_tx
//   "burn_blocks"  /new_burn_block
//   "ADDR.contract::topic"  that contract's events with that topic
//   "ADDR.contract.asset"   that asset's FT and NFT events ("ADDR.contract::asset" in the events)
//   "microblocks", "stackerdb", "block_proposal"  accepted; their paths are not sent by this build
//
// /new_block itself goes to every observer whatever its keys; only its `events` array is filtered.
//
// Pure and thread-safe.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "events/payloads.h"
#include "util/result.h"

namespace stacks::events {

/// An observer's parsed events_keys.
struct EventFilter {
  bool any_event = false;    ///< "*"
  bool stx_events = false;   ///< "stx"
  bool mempool = false;      ///< "memtx"
  bool burn_blocks = false;  ///< "burn_blocks"
  //! ("ADDR.contract", "topic") pairs.
  std::vector<std::pair<std::string, std::string>> contract_events;
  //! "ADDR.contract::asset" identifiers.
  std::vector<std::string> assets;

  /// Parses events_keys (already checked by config::ParseEventKey, whose ToString gives these strings).
  /// Errors: kInvalidArgument naming a key of none of the forms above.
  static util::Result<EventFilter> Parse(std::span<const std::string> events_keys);

  /// Whether /new_mempool_tx and /drop_mempool_tx are sent ("*" or "memtx").
  bool WantsMempool() const { return any_event || mempool; }
  /// Whether /new_burn_block is sent ("*" or "burn_blocks").
  bool WantsBurnBlocks() const { return any_event || burn_blocks; }
  /// Whether `event` goes into this observer's /new_block `events`.
  bool WantsEvent(const TransactionEvent& event) const;
};

}  // namespace stacks::events
