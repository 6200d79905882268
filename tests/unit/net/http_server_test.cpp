// The HTTP server: the reference's fixed headers, its 404/405/400 rules, body limits, timeouts and clean stop.
#include "net/http_server.h"

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <future>
#include <thread>

#include "net/net_test_util.h"
#include "test_util.h"

namespace stacks::net {
namespace {

using stacks::testing::Connect;
using stacks::testing::ErrorOf;
using stacks::testing::RawResponse;
using stacks::testing::Request;
using stacks::testing::SendRaw;

class HttpServerTest : public stacks::testing::RpcServerTest {};

void ExpectReferenceHeaders(const RawResponse& r) {
  EXPECT_EQ(r.Header("server"), "stacks/2.0");
  EXPECT_EQ(r.Header("access-control-allow-origin"), "*");
  EXPECT_EQ(r.Header("access-control-allow-headers"), "origin, content-type");
  EXPECT_EQ(r.Header("access-control-allow-methods"), "POST, GET, OPTIONS");
}

TEST_F(HttpServerTest, SuccessCarriesCorsHeadersAndJsonType) {
  RawResponse r = Get("/v2/fees/transfer");
  EXPECT_EQ(r.status, 200);
  ExpectReferenceHeaders(r);
  EXPECT_EQ(r.Header("content-type"), "application/json");
  EXPECT_EQ(r.body, "1");
}

TEST_F(HttpServerTest, UnknownPathIs404WithReferenceText) {
  RawResponse r = Get("/v2/nonsense");
  EXPECT_EQ(r.status, 404);
  ExpectReferenceHeaders(r);
  EXPECT_EQ(r.Header("content-type"), "text/plain");
  EXPECT_EQ(r.body, "No such file or directory");
}

TEST_F(HttpServerTest, WrongMethodOnKnownPathIs405WithAllow) {
  RawResponse r = Request(port(), "DELETE", "/v2/info");
  EXPECT_EQ(r.status, 405);
  ExpectReferenceHeaders(r);
  EXPECT_EQ(r.Header("allow"), "GET");
  EXPECT_EQ(r.body, "Method Not Allowed. Allowed: GET");
  RawResponse post = Request(port(), "GET", "/v2/transactions");
  EXPECT_EQ(post.status, 405);
  EXPECT_EQ(post.body, "Method Not Allowed. Allowed: POST");
}

TEST_F(HttpServerTest, OptionsIsRoutedLikeAnyMethodAsInTheReference) {
  RawResponse known = Request(port(), "OPTIONS", "/v2/transactions");
  EXPECT_EQ(known.status, 405);
  ExpectReferenceHeaders(known);
  EXPECT_EQ(known.Header("allow"), "POST");
  RawResponse unknown = Request(port(), "OPTIONS", "/nowhere");
  EXPECT_EQ(unknown.status, 404);
  ExpectReferenceHeaders(unknown);
}

TEST_F(HttpServerTest, BadPathParameterIs400) {
  RawResponse r = Get("/v3/blocks/xyz");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body, "Invalid path parameters for '/v3/blocks/xyz'");
  ExpectReferenceHeaders(r);
}

TEST_F(HttpServerTest, PercentEncodedPathIsDecodedBeforeRouting) { EXPECT_EQ(Get("/v2/fees/%74ransfer").status, 200); }

TEST_F(HttpServerTest, MalformedRequestLineIs400Text) {
  RawResponse r = SendRaw(port(), "BLAH\r\n\r\n");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.Header("content-type"), "text/plain");
  EXPECT_FALSE(r.body.empty());
  ExpectReferenceHeaders(r);
}

TEST_F(HttpServerTest, OversizedBodyIsRejectedWithoutReachingTheBackend) {
  HttpServerOptions options;
  options.max_body_bytes = 1024;
  StartServer(options);
  RawResponse r = Post("/v2/transactions", std::string(2048, 'a'), "application/octet-stream");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.Header("content-type"), "text/plain");
  EXPECT_EQ(r.body, "Failed to decode: Invalid Http request: body is too big");
  EXPECT_EQ(backend.submit_calls, 0);
}

TEST_F(HttpServerTest, KeepAliveServesSeveralRequestsOnOneConnection) {
  int fd = Connect(port());
  ASSERT_GE(fd, 0);
  const std::string request = "GET /v2/fees/transfer HTTP/1.1\r\nHost: x\r\n\r\n";
  for (int i = 0; i < 3; ++i) {
    ASSERT_EQ(::send(fd, request.data(), request.size(), MSG_NOSIGNAL), static_cast<ssize_t>(request.size()));
    std::string raw;
    char buf[4096];
    while (raw.find("\r\n\r\n") == std::string::npos || raw.back() != '1') {
      ssize_t n = ::recv(fd, buf, sizeof(buf), 0);
      ASSERT_GT(n, 0) << "connection closed before response " << i;
      raw.append(buf, static_cast<size_t>(n));
    }
    EXPECT_EQ(raw.rfind("HTTP/1.1 200 OK\r\n", 0), 0u);
  }
  ::close(fd);
}

TEST_F(HttpServerTest, SilentClientDoesNotBlockOthers) {
  HttpServerOptions options;
  options.worker_threads = 2;
  options.keep_alive_timeout = std::chrono::seconds(5);
  StartServer(options);
  int silent = Connect(port());
  ASSERT_GE(silent, 0);
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 3; ++i) EXPECT_EQ(Get("/v2/fees/transfer").status, 200);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
  ::close(silent);
}

TEST_F(HttpServerTest, ClientStalledMidRequestDoesNotBlockOthers) {
  HttpServerOptions options;
  options.worker_threads = 2;
  StartServer(options);
  int stalled = Connect(port());
  ASSERT_GE(stalled, 0);
  const std::string partial = "GET /v2/info HTTP/1.1\r\nHost: x\r\n";  // headers never finished
  ASSERT_EQ(::send(stalled, partial.data(), partial.size(), MSG_NOSIGNAL), static_cast<ssize_t>(partial.size()));
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 3; ++i) EXPECT_EQ(Get("/v2/fees/transfer").status, 200);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
  ::close(stalled);
}

TEST_F(HttpServerTest, HeadIsNotAMethodOfAnyEndpoint) {
  RawResponse r = Request(port(), "HEAD", "/v2/info");
  EXPECT_EQ(r.status, 405);
  EXPECT_EQ(r.Header("allow"), "GET");
}

TEST_F(HttpServerTest, StopReturnsWithinASecondWithAnIdleClient) {
  int idle = Connect(port());
  ASSERT_GE(idle, 0);
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  const auto start = std::chrono::steady_clock::now();
  m_server->Stop();
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(1500));
  ::close(idle);
  EXPECT_LT(Connect(port()), 0);  // nothing listens any more
  m_server->Stop();               // idempotent
}

TEST_F(HttpServerTest, StopCutsSlowAndKeptAliveConnections) {
  HttpServerOptions options;
  options.keep_alive_timeout = std::chrono::seconds(5);
  options.read_timeout = std::chrono::milliseconds(5000);
  StartServer(options);
  auto send_all = [](int fd, const std::string& text) {
    return ::send(fd, text.data(), text.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(text.size());
  };
  // One connection kept alive after a request, one with half a request head, one with a body that never ends: each
  // would hold its worker for 5 s.
  int kept_alive = Connect(port());
  int half_head = Connect(port());
  int short_body = Connect(port());
  ASSERT_GE(kept_alive, 0);
  ASSERT_GE(half_head, 0);
  ASSERT_GE(short_body, 0);
  const std::string request = "GET /v2/fees/transfer HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n";
  ASSERT_TRUE(send_all(kept_alive, request));
  char buffer[4096];
  ASSERT_GT(::recv(kept_alive, buffer, sizeof buffer, 0), 0);
  ASSERT_TRUE(send_all(half_head, "GET /v2/info HTTP/1.1\r\nHost: x\r\n"));
  ASSERT_TRUE(send_all(short_body, "POST /v2/transactions HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nab"));
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  const auto start = std::chrono::steady_clock::now();
  m_server->Stop();
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(800));
  // The kept-alive client reads the rest of its answer, then the end of the connection.
  ssize_t got = 0;
  for (int reads = 0; reads < 10; ++reads) {
    got = ::recv(kept_alive, buffer, sizeof buffer, 0);
    if (got <= 0) break;
  }
  EXPECT_EQ(got, 0);
  ::close(kept_alive);
  ::close(half_head);
  ::close(short_body);
}

TEST_F(HttpServerTest, BindingATakenPortFailsWithIo) {
  HttpServerOptions options;
  options.bind_host = "127.0.0.1";
  options.port = port();
  auto second = HttpServer::Start(options, Router({}));
  EXPECT_EQ(ErrorOf(second).code, util::ErrorCode::kIo);
}

TEST_F(HttpServerTest, RejectsZeroWorkers) {
  HttpServerOptions options;
  options.worker_threads = 0;
  EXPECT_EQ(ErrorOf(HttpServer::Start(options, Router({}))).code, util::ErrorCode::kInvalidArgument);
}

TEST_F(HttpServerTest, ConcurrentRequestsAllSucceed) {
  std::vector<std::future<int>> results;
  for (int i = 0; i < 16; ++i) {
    results.push_back(std::async(std::launch::async, [this] { return Get("/v2/info").status; }));
  }
  for (auto& f : results) EXPECT_EQ(f.get(), 200);
}

}  // namespace
}  // namespace stacks::net
