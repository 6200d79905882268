// Helpers for the net tests: a fake RpcBackend with settable answers, a raw HTTP/1.1 client over a loopback socket
// (so that tests see exactly the bytes the server writes), and a fixture that serves the RPC routes on 127.0.0.1.
#pragma once

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cctype>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "net/api/registry.h"
#include "net/http_server.h"
#include "net/rpc_backend.h"
#include "util/hex.h"

namespace stacks::testing {

/// A testnet STX transfer (tests/unit/data/transaction_vectors.json, token_transfer_testnet) and its txid.
inline constexpr const char* TRANSFER_TX_HEX =
    "8080000000040015c31b8c1c11c515e244b75806bac48d1399c775000000000000000100000000000000b40001a76a5a86f69390295f8c"
    "ebfb9268a7e3128f44fe7ef2c9d3ba11a828f67b87770be83d09f099c71b036f445c9f5d5b80c1107dfb3bd5f106a658e32f15f65ca403"
    "020000000000051aa5180cc1ff6050df53f0ab766d76b630e14feb0c000000000000303968656c6c6f206d656d6f00000000000000000000"
    "0000000000000000000000000000";
inline constexpr const char* TRANSFER_TXID = "4952637300f29a2826bc7e51231f4c6a852ee15a9a089e63a522d6ed9ef35f35";

/// Answers what its members say and records what it was asked. Thread-safe.
class FakeBackend : public net::RpcBackend {
 public:
  util::Result<net::NodeInfo> node_info = net::NodeInfo{};
  util::Result<net::AccountEntry> account = net::AccountEntry{};
  util::Result<uint64_t> fee_rate = uint64_t{1};
  util::Result<net::MempoolOutcome> submit_outcome = net::MempoolOutcome{net::MempoolAccepted{}};
  util::Result<net::UnconfirmedTransaction> unconfirmed = util::NotFound("no such tx");
  util::Result<util::Bytes> block = util::NotFound("no such block");
  util::Result<net::TenureInfo> tenure = net::TenureInfo{};
  util::Result<std::vector<net::SortitionInfo>> sortitions = std::vector<net::SortitionInfo>{};
  util::Result<net::PoxInfo> pox = net::PoxInfo{};

  // What the last call was given.
  std::optional<codec::Principal> last_principal;
  std::optional<net::TipRequest> last_tip;
  std::optional<bool> last_with_proof;
  std::optional<chain::Txid> last_txid;
  std::optional<std::optional<util::Bytes>> last_attachment;
  std::optional<chain::StacksBlockId> last_block_id;
  std::optional<uint64_t> last_height;
  std::optional<net::SortitionQuery> last_sortition_query;
  int submit_calls = 0;

  util::Result<net::NodeInfo> GetNodeInfo() override {
    std::lock_guard<std::mutex> lock(m_mutex);
    return node_info;
  }
  util::Result<net::AccountEntry> GetAccount(const codec::Principal& principal, const net::TipRequest& tip,
                                             bool with_proof) override {
    std::lock_guard<std::mutex> lock(m_mutex);
    last_principal = principal;
    last_tip = tip;
    last_with_proof = with_proof;
    return account;
  }
  util::Result<uint64_t> GetTransferFeeRate() override {
    std::lock_guard<std::mutex> lock(m_mutex);
    return fee_rate;
  }
  util::Result<net::MempoolOutcome> SubmitTransaction(const chain::Transaction& tx,
                                                      const std::optional<util::Bytes>& attachment) override {
    std::lock_guard<std::mutex> lock(m_mutex);
    ++submit_calls;
    last_txid = tx.txid();
    last_attachment = attachment;
    return submit_outcome;
  }
  util::Result<net::UnconfirmedTransaction> GetUnconfirmedTransaction(const chain::Txid& txid) override {
    std::lock_guard<std::mutex> lock(m_mutex);
    last_txid = txid;
    return unconfirmed;
  }
  util::Result<util::Bytes> GetNakamotoBlock(const chain::StacksBlockId& block_id) override {
    std::lock_guard<std::mutex> lock(m_mutex);
    last_block_id = block_id;
    return block;
  }
  util::Result<util::Bytes> GetNakamotoBlockByHeight(uint64_t height, const net::TipRequest& tip) override {
    std::lock_guard<std::mutex> lock(m_mutex);
    last_height = height;
    last_tip = tip;
    return block;
  }
  util::Result<net::TenureInfo> GetTenureInfo() override {
    std::lock_guard<std::mutex> lock(m_mutex);
    return tenure;
  }
  util::Result<std::vector<net::SortitionInfo>> GetSortitions(const net::SortitionQuery& query) override {
    std::lock_guard<std::mutex> lock(m_mutex);
    last_sortition_query = query;
    return sortitions;
  }
  util::Result<net::PoxInfo> GetPoxInfo(const net::TipRequest& tip) override {
    std::lock_guard<std::mutex> lock(m_mutex);
    last_tip = tip;
    return pox;
  }

 private:
  std::mutex m_mutex;
};

/// A response as read off the wire. Header names are lower-cased.
struct RawResponse {
  int status = 0;  ///< 0 when nothing (or no status line) came back.
  std::map<std::string, std::string> headers;
  std::string body;
  std::string Header(const std::string& name) const {
    auto it = headers.find(name);
    return it == headers.end() ? "" : it->second;
  }
  nlohmann::json Json() const { return nlohmann::json::parse(body, nullptr, false); }
};

/// A connected loopback socket with 5-second timeouts, or -1.
inline int Connect(uint16_t port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return -1;
  timeval tv{5, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
  ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

inline RawResponse ParseRaw(const std::string& raw) {
  RawResponse r;
  size_t head_end = raw.find("\r\n\r\n");
  if (head_end == std::string::npos || raw.compare(0, 9, "HTTP/1.1 ") != 0) return r;
  r.status = std::stoi(raw.substr(9, 3));
  size_t pos = raw.find("\r\n") + 2;
  while (pos < head_end) {
    size_t eol = raw.find("\r\n", pos);
    std::string line = raw.substr(pos, eol - pos);
    size_t colon = line.find(':');
    std::string name = line.substr(0, colon);
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string value = line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.erase(0, 1);
    r.headers[name] = value;
    pos = eol + 2;
  }
  r.body = raw.substr(head_end + 4);
  return r;
}

/// Writes `request` as is and reads until the server closes the connection.
inline RawResponse SendRaw(uint16_t port, const std::string& request) {
  int fd = Connect(port);
  if (fd < 0) return {};
  size_t sent = 0;
  while (sent < request.size()) {
    ssize_t n = ::send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;
    sent += static_cast<size_t>(n);
  }
  std::string raw;
  char buf[65536];
  for (;;) {
    ssize_t n = ::recv(fd, buf, sizeof(buf), 0);
    if (n <= 0) break;
    raw.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return ParseRaw(raw);
}

/// One request on its own connection (Connection: close).
inline RawResponse Request(uint16_t port, const std::string& method, const std::string& target,
                           const std::string& body = "", const std::string& content_type = "") {
  std::string req = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
  if (!content_type.empty()) req += "Content-Type: " + content_type + "\r\n";
  if (!body.empty() || method == "POST") req += "Content-Length: " + std::to_string(body.size()) + "\r\n";
  req += "\r\n" + body;
  return SendRaw(port, req);
}

/// Serves api::RpcRoutes over a FakeBackend on 127.0.0.1, an ephemeral port.
class RpcServerTest : public ::testing::Test {
 protected:
  void SetUp() override { StartServer({}); }
  void StartServer(net::HttpServerOptions options) {
    m_server.reset();
    options.bind_host = "127.0.0.1";
    options.port = 0;
    auto server = net::HttpServer::Start(options, net::Router(net::api::RpcRoutes(backend)));
    ASSERT_TRUE(server) << server.error().ToString();
    m_server = std::move(*server);
  }
  uint16_t port() const { return m_server->port(); }
  RawResponse Get(const std::string& target) { return Request(port(), "GET", target); }
  RawResponse Post(const std::string& target, const std::string& body, const std::string& content_type) {
    return Request(port(), "POST", target, body, content_type);
  }

  FakeBackend backend;
  std::unique_ptr<net::HttpServer> m_server;
};

/// Bytes from hex; aborts the test on bad hex.
inline util::Bytes Unhex(const std::string& hex) {
  auto bytes = util::FromHex(hex);
  EXPECT_TRUE(bytes);
  return bytes ? *bytes : util::Bytes{};
}

}  // namespace stacks::testing
