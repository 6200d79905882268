// httplib.h is included only here, with Debian's pkg-config flags (see src/cli/CMakeLists.txt).
#include "cli/broadcast.h"

#include <httplib.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>

#include "codec/stacks_address.h"

namespace stacks::cli {

namespace {

constexpr size_t kMaxAnswerBytes = 1 << 20;
constexpr time_t kConnectTimeoutSec = 10;
constexpr time_t kReadWriteTimeoutSec = 30;

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// Text from the command line as messages name it, quoted: printable ASCII as typed, other bytes as \xNN, so that a
// message stays one line.
std::string Quoted(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "'";
  for (char c : text) {
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0x20 && b < 0x7f) {
      out += c;
    } else {
      out += "\\x";
      out += kHex[b >> 4];
      out += kHex[b & 0xf];
    }
  }
  return out + "'";
}

// Up to 200 bytes of `body`, for an error message: printable ASCII only, others as '?'.
std::string Excerpt(std::string_view body) {
  std::string out;
  for (char c : body.substr(0, 200)) out += (c >= 0x20 && c < 0x7f) ? c : '?';
  if (body.size() > 200) out += "...";
  return out;
}

struct Answer {
  int status = 0;
  std::string body;
};

// One request to `url`'s node: `method` `prefix + path`, with `body` as `content_type` when non-empty.
util::Result<Answer> Request(std::string_view url, const std::string& method, const std::string& path,
                             const std::string& content_type, std::string body) {
  STACKS_TRY(NodeUrl node, ParseNodeUrl(url));
  std::unique_ptr<httplib::ClientImpl> client;
  if (node.https) {
    client = std::make_unique<httplib::SSLClient>(node.host, node.port);
  } else {
    client = std::make_unique<httplib::ClientImpl>(node.host, node.port);
  }
  client->set_connection_timeout(kConnectTimeoutSec);
  client->set_read_timeout(kReadWriteTimeoutSec);
  client->set_write_timeout(kReadWriteTimeoutSec);
  client->set_follow_location(false);
  client->set_keep_alive(false);

  httplib::Request req;
  req.method = method;
  req.path = node.prefix + path;
  req.set_header("Accept", "application/json");
  if (!content_type.empty()) req.set_header("Content-Type", content_type);
  req.body = std::move(body);
  std::string answer_body;
  bool too_long = false;
  req.content_receiver = [&](const char* data, size_t n, uint64_t, uint64_t) {
    if (answer_body.size() + n > kMaxAnswerBytes) {
      too_long = true;
      return false;
    }
    answer_body.append(data, n);
    return true;
  };
  httplib::Response res;
  httplib::Error error = httplib::Error::Success;
  if (!client->send(req, res, error)) {
    if (too_long) {
      return util::ResourceExhausted("the node at " + Quoted(url) + " answered more than " +
                                     std::to_string(kMaxAnswerBytes) + " bytes");
    }
    std::string why;
    switch (error) {
      case httplib::Error::Connection:
        why = "cannot connect";
        break;
      case httplib::Error::ConnectionTimeout:
        why = "connection timed out";
        break;
      case httplib::Error::Read:
        why = "failed reading the answer";
        break;
      case httplib::Error::Write:
        why = "failed sending the request";
        break;
      case httplib::Error::SSLConnection:
        why = "TLS handshake failed";
        break;
      case httplib::Error::SSLServerVerification:
        why = "TLS certificate not trusted";
        break;
      default:
        why = "request failed (" + httplib::to_string(error) + ")";
        break;
    }
    return util::IoError("node " + Quoted(url) + ": " + why);
  }
  return Answer{res.status, std::move(answer_body)};
}

bool IsTxidHex(std::string_view s) {
  return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
         });
}

// Stacks.js's BigInt(string) on what the node sends: "0x" hex or decimal digits, at most 2^128-1.
util::Result<clarity::Uint128> ParseU128Text(const Json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || !it->is_string()) {
    return util::FailedPrecondition(std::string("account JSON: '") + key + "' is not a string");
  }
  const std::string& s = it->get_ref<const std::string&>();
  const bool hex = s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
  const std::string_view digits = hex ? std::string_view(s).substr(2) : std::string_view(s);
  if (digits.empty()) return util::FailedPrecondition(std::string("account JSON: '") + key + "' is empty");
  const unsigned base = hex ? 16 : 10;
  clarity::Uint128 v = 0;
  const clarity::Uint128 max = ~clarity::Uint128(0);
  for (char c : digits) {
    unsigned d;
    if (c >= '0' && c <= '9') {
      d = static_cast<unsigned>(c - '0');
    } else if (hex && c >= 'a' && c <= 'f') {
      d = static_cast<unsigned>(c - 'a' + 10);
    } else if (hex && c >= 'A' && c <= 'F') {
      d = static_cast<unsigned>(c - 'A' + 10);
    } else {
      return util::FailedPrecondition(std::string("account JSON: '") + key + "' is not a number: " + Excerpt(s));
    }
    if (v > (max - d) / base) {
      return util::FailedPrecondition(std::string("account JSON: '") + key + "' exceeds 2^128-1");
    }
    v = v * base + d;
  }
  return v;
}

util::Result<uint64_t> ParseU64Number(const Json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || !it->is_number_unsigned()) {
    return util::FailedPrecondition(std::string("account JSON: '") + key + "' is not a non-negative integer");
  }
  return it->get<uint64_t>();
}

}  // namespace

util::Result<NodeUrl> ParseNodeUrl(std::string_view url) {
  const auto bad = [&](const std::string& why) {
    return util::InvalidArgument("node URL " + Quoted(url) + ": " + why);
  };
  for (char c : url) {
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) return bad("contains spaces or control characters");
  }
  const size_t scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return bad("expected http://HOST[:PORT][/PATH]");
  NodeUrl node;
  const std::string scheme = Lower(url.substr(0, scheme_end));
  if (scheme == "https") {
    node.https = true;
  } else if (scheme != "http") {
    return bad("scheme must be http or https, not '" + scheme + "'");
  }
  std::string_view rest = url.substr(scheme_end + 3);
  if (rest.find_first_of("?#") != std::string_view::npos) return bad("a query or fragment is not allowed");
  const size_t path_start = rest.find('/');
  std::string_view authority = rest.substr(0, path_start);
  std::string_view path = path_start == std::string_view::npos ? std::string_view() : rest.substr(path_start);
  if (authority.find('@') != std::string_view::npos) return bad("user info is not allowed");
  std::string_view port_text;
  if (!authority.empty() && authority[0] == '[') {
    const size_t close = authority.find(']');
    if (close == std::string_view::npos) return bad("unclosed '[' in the host");
    node.host = std::string(authority.substr(1, close - 1));
    std::string_view after = authority.substr(close + 1);
    if (!after.empty()) {
      if (after[0] != ':') return bad("unexpected text after ']'");
      port_text = after.substr(1);
      if (port_text.empty()) return bad("empty port");
    }
    if (node.host.empty() || node.host.find_first_not_of("0123456789abcdefABCDEF:.") != std::string::npos) {
      return bad("bad IPv6 address");
    }
  } else {
    const size_t colon = authority.find(':');
    node.host = std::string(authority.substr(0, colon));
    if (colon != std::string_view::npos) {
      port_text = authority.substr(colon + 1);
      if (port_text.empty()) return bad("empty port");
    }
    for (char c : node.host) {
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '.' && c != '_') {
        return bad("bad character '" + std::string(1, c) + "' in the host");
      }
    }
  }
  if (node.host.empty()) return bad("empty host");
  if (port_text.empty()) {
    node.port = node.https ? 443 : 80;
  } else {
    unsigned long port = 0;
    for (char c : port_text) {
      if (c < '0' || c > '9') return bad("port must be a decimal number");
      port = port * 10 + static_cast<unsigned long>(c - '0');
      if (port > 65535) return bad("port must be at most 65535");
    }
    if (port == 0) return bad("port must not be 0");
    node.port = static_cast<uint16_t>(port);
  }
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  node.prefix = std::string(path);
  return node;
}

util::Result<PostTransactionReply> PostTransaction(std::string_view url, util::ByteView tx) {
  STACKS_TRY(Answer answer,
             Request(url, "POST", "/v2/transactions", "application/octet-stream", std::string(tx.begin(), tx.end())));
  PostTransactionReply reply;
  if (answer.status >= 200 && answer.status < 300) {
    // As Stacks.js: the body with its double quotes removed must be a txid.
    std::string txid = answer.body;
    txid.erase(std::remove(txid.begin(), txid.end(), '"'), txid.end());
    if (answer.status != 200 || !IsTxidHex(txid)) {
      return util::FailedPrecondition("node " + Quoted(url) + " answered HTTP " + std::to_string(answer.status) +
                                      " without a txid: " + Excerpt(answer.body));
    }
    reply.txid = Lower(txid);
    return reply;
  }
  Json body = Json::parse(answer.body, nullptr, /*allow_exceptions=*/false);
  if (!body.is_object() || !body.contains("error")) {
    return util::FailedPrecondition("node " + Quoted(url) + " refused the transaction: HTTP " +
                                    std::to_string(answer.status) + ": " + Excerpt(answer.body));
  }
  reply.rejection = std::move(body);
  return reply;
}

util::Result<AccountInfo> GetAccount(std::string_view url, std::string_view address) {
  if (!address.empty() && address[0] == '\'') address.remove_prefix(1);
  for (char c : address) {
    const auto b = static_cast<unsigned char>(c);
    if (b <= 0x20 || b >= 0x7f) return util::InvalidArgument("address " + Quoted(address) + ": not a c32 principal");
  }
  auto principal = codec::ParsePrincipal(address);
  if (!principal) return util::InvalidArgument("address " + Quoted(address) + ": " + principal.error().message);
  STACKS_TRY(Answer answer, Request(url, "GET", "/v2/accounts/" + std::string(address) + "?proof=0", "", ""));
  if (answer.status != 200) {
    return util::FailedPrecondition("node " + Quoted(url) + " answered HTTP " + std::to_string(answer.status) + ": " +
                                    Excerpt(answer.body));
  }
  Json body = Json::parse(answer.body, nullptr, /*allow_exceptions=*/false);
  if (!body.is_object()) {
    return util::FailedPrecondition("node " + Quoted(url) +
                                    " answered an account that is not a JSON object: " + Excerpt(answer.body));
  }
  AccountInfo account;
  STACKS_TRY(account.balance_ustx, ParseU128Text(body, "balance"));
  STACKS_TRY(account.locked_ustx, ParseU128Text(body, "locked"));
  STACKS_TRY(account.unlock_height, ParseU64Number(body, "unlock_height"));
  STACKS_TRY(account.nonce, ParseU64Number(body, "nonce"));
  return account;
}

}  // namespace stacks::cli
