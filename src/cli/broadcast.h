// stacks-cli's HTTP client for a node's RPC (docs/RPC.md): posting a transaction and reading an account, as the `stx`
// CLI does through Stacks.js (broadcastTransaction, getAccountApiUrl).
//
// Every function here is thread-safe, blocks the caller for at most one connection (10 s to connect, 30 s per
// read or write), never follows redirects, and reads at most 1 MiB of the node's answer.
//
// Example:
//   STACKS_TRY(PostTransactionReply reply, PostTransaction("http://localhost:20443", bytes));
//   if (reply.txid) ...accepted... else ...reply.rejection is the node's JSON...
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "clarity/types/value.h"
#include "cli/keys.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::cli {

/// A node's RPC base URL: `http://HOST[:PORT][/PREFIX]` or `https://...`.
struct NodeUrl {
  bool https = false;
  std::string host;    ///< A name, an IPv4 address, or an IPv6 address (written in brackets in the URL, stored bare).
  uint16_t port = 0;   ///< The URL's port, else 80 (http) or 443 (https).
  std::string prefix;  ///< The path the node's routes hang below: "" or "/a/b" (no trailing slash).
};

/// Parse `url`. The scheme is `http` or `https` (case-insensitive); the host is non-empty and has no user info; the
/// port, if given, is a decimal 1..65535; the path, if any, is kept as a prefix with its trailing slashes dropped.
/// Errors: kInvalidArgument naming what is wrong (no or another scheme, empty host, bad port, a query or fragment,
/// spaces or control characters).
util::Result<NodeUrl> ParseNodeUrl(std::string_view url);

/// What a node answered to a posted transaction.
struct PostTransactionReply {
  std::optional<std::string> txid;  ///< Accepted (HTTP 200): the txid the node returned, 64 lower-case hex digits.
  Json rejection;                   ///< Otherwise: the node's JSON rejection, an object with an "error" key.
};

/// POST the serialized transaction `tx` to `<url>/v2/transactions` (Content-Type application/octet-stream).
/// Returns the txid on a 200 whose body is a txid (a JSON string, or bare 64 hex digits, as Stacks.js accepts), or
/// the node's body on an answer that is not 2xx and is a JSON object with an "error" key (a mempool rejection).
/// Errors: kInvalidArgument for a bad `url`; kIo when the node cannot be reached or the connection fails
/// (the message names the URL); kFailedPrecondition for any other answer (the status and the start of the body).
util::Result<PostTransactionReply> PostTransaction(std::string_view url, util::ByteView tx);

/// An account as `GET /v2/accounts/<principal>` reports it.
struct AccountInfo {
  clarity::Uint128 balance_ustx = 0;
  clarity::Uint128 locked_ustx = 0;
  uint64_t unlock_height = 0;
  uint64_t nonce = 0;
};

/// GET `<url>/v2/accounts/<address>?proof=0`. `address` must be a principal in c32 text, one leading quote allowed
/// (checked before any request). Balances are read from `0x` hex (what the node sends) or decimal strings, as
/// Stacks.js's BigInt does. Errors: kInvalidArgument for a bad `url` or `address`; kIo when the node cannot be reached;
/// kFailedPrecondition for an answer other than 200 or a body that is not the account JSON.
util::Result<AccountInfo> GetAccount(std::string_view url, std::string_view address);

}  // namespace stacks::cli
