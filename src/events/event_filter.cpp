#include "events/event_filter.h"

#include <algorithm>
#include <string_view>

namespace stacks::events {

util::Result<EventFilter> EventFilter::Parse(std::span<const std::string> events_keys) {
  EventFilter filter;
  for (const std::string& key : events_keys) {
    if (key == "*") {
      filter.any_event = true;
    } else if (key == "stx") {
      filter.stx_events = true;
    } else if (key == "memtx") {
      filter.mempool = true;
    } else if (key == "burn_blocks") {
      filter.burn_blocks = true;
    } else if (key == "microblocks" || key == "stackerdb" || key == "block_proposal") {
      // Valid keys for paths this build does not send.
    } else if (size_t sep = key.find("::"); sep != std::string::npos) {
      if (sep == 0 || key.find("::", sep + 2) != std::string::npos) {
        return util::InvalidArgument("bad event key '" + key + "'");
      }
      filter.contract_events.emplace_back(key.substr(0, sep), key.substr(sep + 2));
    } else if (std::count(key.begin(), key.end(), '.') == 2) {
      size_t last_dot = key.rfind('.');
      filter.assets.push_back(key.substr(0, last_dot) + "::" + key.substr(last_dot + 1));
    } else {
      return util::InvalidArgument("bad event key '" + key + "'");
    }
  }
  return filter;
}

bool EventFilter::WantsEvent(const TransactionEvent& event) const {
  if (any_event) return true;
  switch (event.type) {
    case EventType::kContractEvent:
      return std::any_of(contract_events.begin(), contract_events.end(), [&](const auto& key) {
        return key.first == event.contract_identifier && key.second == event.topic;
      });
    case EventType::kStxTransfer:
    case EventType::kStxMint:
    case EventType::kStxBurn:
    case EventType::kStxLock:
      return stx_events;
    case EventType::kNftTransfer:
    case EventType::kNftMint:
    case EventType::kNftBurn:
    case EventType::kFtTransfer:
    case EventType::kFtMint:
    case EventType::kFtBurn:
      return std::find(assets.begin(), assets.end(), event.asset_identifier) != assets.end();
  }
  return false;
}

}  // namespace stacks::events
