// Fuzz the parser of a node's RPC URL (stacks-cli -I URL). Nothing may crash; errors are kInvalidArgument with a
// message; a URL that parses has a host, a port above 0 and a prefix that is empty or starts with '/' and does not
// end with one, and printing it back parses to the same parts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "cli/broadcast.h"

namespace {

using namespace stacks;

void Check(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto url = cli::ParseNodeUrl(text);
  if (!url) {
    Check(url.error().code == util::ErrorCode::kInvalidArgument);
    Check(!url.error().message.empty());
    return 0;
  }
  Check(!url->host.empty());
  Check(url->port > 0);
  Check(url->prefix.empty() || (url->prefix.front() == '/' && url->prefix.back() != '/'));
  const bool ipv6 = url->host.find(':') != std::string::npos;
  const std::string printed = std::string(url->https ? "https://" : "http://") + (ipv6 ? "[" : "") + url->host +
                              (ipv6 ? "]" : "") + ":" + std::to_string(url->port) + url->prefix;
  auto again = cli::ParseNodeUrl(printed);
  Check(again.has_value());
  Check(again->https == url->https && again->host == url->host && again->port == url->port &&
        again->prefix == url->prefix);
  return 0;
}
