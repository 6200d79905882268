#include "config/net_address.h"

#include <arpa/inet.h>

#include <charconv>
#include <string>

namespace stacks::config {
namespace {

bool IsIpv4(const std::string& host) {
  in_addr addr{};
  return inet_pton(AF_INET, host.c_str(), &addr) == 1;
}

bool IsIpv6(const std::string& host) {
  in6_addr addr{};
  return inet_pton(AF_INET6, host.c_str(), &addr) == 1;
}

bool IsHostNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}

util::Result<uint16_t> ParsePort(std::string_view text) {
  if (text.empty()) return util::InvalidArgument("empty port");
  if (text.size() > 5) return util::InvalidArgument("port out of range");
  unsigned value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return util::InvalidArgument("port is not a number");
  if (value > 65535) return util::InvalidArgument("port out of range");
  return static_cast<uint16_t>(value);
}

}  // namespace

std::string HostPort::ToString() const {
  const bool bracket = host.find(':') != std::string::npos;
  return (bracket ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

util::Result<HostPort> ParseHostPort(std::string_view text) {
  HostPort out;
  std::string_view port_text;
  if (!text.empty() && text.front() == '[') {
    const size_t close = text.find(']');
    if (close == std::string_view::npos) return util::InvalidArgument("unclosed '[' around the IPv6 address");
    out.host = std::string(text.substr(1, close - 1));
    if (!IsIpv6(out.host)) return util::InvalidArgument("not an IPv6 address between '[' and ']'");
    if (close + 1 >= text.size() || text[close + 1] != ':') return util::InvalidArgument("missing ':PORT'");
    port_text = text.substr(close + 2);
    out.host_is_ip = true;
  } else {
    const size_t colon = text.rfind(':');
    if (colon == std::string_view::npos) return util::InvalidArgument("missing ':PORT'");
    out.host = std::string(text.substr(0, colon));
    port_text = text.substr(colon + 1);
    if (out.host.empty()) return util::InvalidArgument("empty host");
    if (out.host.find(':') != std::string::npos) {
      return util::InvalidArgument("an IPv6 address must be written in brackets, as [::1]:20443");
    }
    for (char c : out.host) {
      if (!IsHostNameChar(c)) return util::InvalidArgument("character not allowed in a host name");
    }
    out.host_is_ip = IsIpv4(out.host);
  }
  STACKS_TRY(out.port, ParsePort(port_text));
  return out;
}

util::Result<HostPort> ParseIpPort(std::string_view text) {
  STACKS_TRY(HostPort out, ParseHostPort(text));
  if (!out.host_is_ip) return util::InvalidArgument("the host must be an IP address, not a name");
  return out;
}

}  // namespace stacks::config
