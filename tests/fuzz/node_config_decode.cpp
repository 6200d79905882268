// Fuzz the node config parser with arbitrary bytes as TOML. Nothing may crash and no exception may escape; errors
// carry only the codes node_config.h promises. A config that parses passes ValidateNodeConfig and parses again to
// the same value, and resolves to the node's options or to a clear refusal (kInvalidArgument, kUnimplemented for a
// burnchain mode the node cannot run). The same bytes also go to the parsers of HOST:PORT and event keys.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "config/event_observer.h"
#include "config/net_address.h"
#include "config/node_config.h"
#include "node/node_options.h"

namespace {

using namespace stacks;

void Check(bool condition) {
  if (!condition) std::abort();
}

template <typename T>
void CheckCode(const util::Result<T>& r) {
  if (!r) {
    Check(r.error().code == util::ErrorCode::kInvalidArgument || r.error().code == util::ErrorCode::kResourceExhausted);
    Check(!r.error().message.empty());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> warnings;
  auto config = config::ParseNodeConfig(text, &warnings);
  CheckCode(config);
  if (config) {
    Check(config::ValidateNodeConfig(*config).has_value());
    auto again = config::ParseNodeConfig(text, nullptr);
    Check(again && *again == *config);
    auto options = node::NodeOptionsFromConfig(*config, 0);
    if (!options) {
      Check(options.error().code == util::ErrorCode::kInvalidArgument ||
            options.error().code == util::ErrorCode::kUnimplemented);
      Check(!options.error().message.empty());
    } else {
      Check(!options->epochs.empty() && options->epochs.front().start_height == 0);
      Check(options->burn_block_interval_ms > 0);
      Check(options->miner.has_value() == config->node.miner);
    }
  }
  auto host_port = config::ParseHostPort(text);
  CheckCode(host_port);
  if (host_port)
    Check(config::ParseHostPort(host_port->ToString()) && *config::ParseHostPort(host_port->ToString()) == *host_port);
  auto key = config::ParseEventKey(text);
  CheckCode(key);
  if (key) {
    auto back = config::ParseEventKey(key->ToString());
    Check(back && *back == *key);
  }
  return 0;
}
