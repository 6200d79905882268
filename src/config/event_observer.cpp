#include "config/event_observer.h"

#include <string>
#include <vector>

#include "clarity/types/names.h"
#include "config/net_address.h"

namespace stacks::config {
namespace {

struct SimpleKey {
  std::string_view text;
  EventKey::Kind kind;
};

constexpr SimpleKey SIMPLE_KEYS[] = {
    {"*", EventKey::Kind::kAnyEvent},
    {"stx", EventKey::Kind::kStxEvent},
    {"memtx", EventKey::Kind::kMempoolTransactions},
    {"burn_blocks", EventKey::Kind::kBurnchainBlocks},
    {"microblocks", EventKey::Kind::kMicroblocks},
    {"stackerdb", EventKey::Kind::kStackerDbChunks},
    {"block_proposal", EventKey::Kind::kBlockProposal},
};

std::vector<std::string_view> Split(std::string_view text, std::string_view separator) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    const size_t at = text.find(separator, start);
    if (at == std::string_view::npos) break;
    parts.push_back(text.substr(start, at - start));
    start = at + separator.size();
  }
  parts.push_back(text.substr(start));
  return parts;
}

}  // namespace

std::string EventKey::ToString() const {
  for (const SimpleKey& simple : SIMPLE_KEYS) {
    if (simple.kind == kind) return std::string(simple.text);
  }
  const std::string prefix = contract ? contract->ToString() : std::string();
  return kind == Kind::kSmartContractEvent ? prefix + "::" + name : prefix + "." + name;
}

util::Result<EventKey> ParseEventKey(std::string_view text) {
  for (const SimpleKey& simple : SIMPLE_KEYS) {
    if (simple.text == text) return EventKey{simple.kind, std::nullopt, {}};
  }
  const std::vector<std::string_view> halves = Split(text, "::");
  if (halves.size() == 2) {
    auto contract = codec::ParseContractPrincipal(halves[0]);
    if (!contract) return util::Error{contract.error().code, "bad contract in event key: " + contract.error().message};
    return EventKey{EventKey::Kind::kSmartContractEvent, std::move(*contract), std::string(halves[1])};
  }
  if (halves.size() > 2) return util::InvalidArgument("more than one \"::\" in event key");
  const std::vector<std::string_view> parts = Split(text, ".");
  if (parts.size() != 3) {
    return util::InvalidArgument(
        "not an event key: expected *, stx, memtx, burn_blocks, microblocks, stackerdb, block_proposal, "
        "ADDRESS.contract::event or ADDRESS.contract.asset");
  }
  auto address = codec::StacksAddress::Parse(parts[0]);
  if (!address) return util::InvalidArgument("bad address in event key: " + address.error().message);
  STACKS_RETURN_IF_ERROR(codec::ValidateContractName(parts[1]));
  if (!clarity::IsClarityName(parts[2])) return util::InvalidArgument("bad asset name in event key");
  return EventKey{EventKey::Kind::kAssetEvent, codec::ContractPrincipal{*address, std::string(parts[1])},
                  std::string(parts[2])};
}

util::Status ValidateEventObserverEndpoint(std::string_view endpoint) {
  if (endpoint.empty()) return util::InvalidArgument("empty endpoint");
  if (endpoint.find("://") != std::string_view::npos) {
    return util::InvalidArgument("write HOST:PORT without a scheme; http:// is implied");
  }
  const size_t slash = endpoint.find('/');
  auto host_port = ParseHostPort(endpoint.substr(0, slash));
  if (!host_port) return host_port.error();
  return {};
}

}  // namespace stacks::config
