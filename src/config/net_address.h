// Network addresses as the config file writes them: "HOST:PORT" and "IP:PORT".
//
// stacks-core reads binds and the public address with Rust's SocketAddr parser (an IP literal, IPv6 in brackets, then
// a port) and endpoints such as bitcoind's or an event observer's as a host name or IP and a port. Nothing here
// resolves names: a HOST is only checked for form.
//
// Example:
//   STACKS_TRY(HostPort bind, ParseIpPort("0.0.0.0:20443"));   // {"0.0.0.0", 20443, true}
//
// Pure and thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "util/result.h"

namespace stacks::config {

/// A host and a port. `host` holds an IPv6 literal without its brackets.
struct HostPort {
  std::string host;
  uint16_t port = 0;
  bool host_is_ip = false;  ///< `host` is an IPv4 or IPv6 literal, not a name.

  /// "host:port", with brackets around an IPv6 host.
  std::string ToString() const;
  bool operator==(const HostPort&) const = default;
};

/// Parses "HOST:PORT": a host name (letters, digits, '-', '_', '.'), an IPv4 literal or a bracketed IPv6 literal,
/// then ':' and a decimal port 0..65535.
/// Errors: kInvalidArgument naming the part that is wrong (empty host, a character not allowed in a host name,
/// an unbracketed IPv6 address, a missing, empty, non-decimal or too large port).
util::Result<HostPort> ParseHostPort(std::string_view text);

/// Parses "IP:PORT" as Rust's SocketAddr does: "1.2.3.4:80" or "[::1]:80", no host names.
/// Errors: those of ParseHostPort, and kInvalidArgument when the host is a name rather than an IP literal.
util::Result<HostPort> ParseIpPort(std::string_view text);

}  // namespace stacks::config
