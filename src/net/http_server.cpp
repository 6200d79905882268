#include "net/http_server.h"

#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <utility>

#include "util/log.h"

namespace stacks::net {

namespace {

// The reference's fixed response headers (HttpResponsePreamble::consensus_serialize in http/response.rs).
httplib::Headers FixedHeaders() {
  return {{"Server", "stacks/2.0"},
          {"Access-Control-Allow-Origin", "*"},
          {"Access-Control-Allow-Headers", "origin, content-type"},
          {"Access-Control-Allow-Methods", "POST, GET, OPTIONS"}};
}

HttpRequest ToRequest(const httplib::Request& req) {
  HttpRequest request;
  request.method = req.method;
  request.path = req.path;  // httplib has percent-decoded it and split off the query
  for (const auto& [name, value] : req.params) request.query[name] = value;  // last value wins
  if (req.has_header("Content-Type")) request.content_type = req.get_header_value("Content-Type");
  request.body = req.body;
  request.content_length = request.body.size();
  if (req.has_header("Content-Length")) {
    // httplib does not read a GET's body; the declared length still says one was sent (leading digits count).
    const std::string declared = req.get_header_value("Content-Length");
    uint64_t n = 0;
    for (char c : declared) {
      if (c < '0' || c > '9' || n > UINT64_MAX / 10 - 1) break;
      n = n * 10 + static_cast<uint64_t>(c - '0');
    }
    request.content_length = std::max<uint64_t>(request.content_length, n);
  }
  return request;
}

void WriteResponse(const HttpResponse& response, httplib::Response& res) {
  res.status = response.status;
  for (const auto& [name, value] : response.headers) res.set_header(name, value);
  res.set_content(response.body, response.content_type.c_str());
}

/// Shuts down (both directions) every connection this process accepted on TCP `port`: what a worker waits on (an idle
/// keep-alive connection, a request that arrives slowly) then reads end-of-stream at once. cpp-httplib keeps no list
/// of its connections, so they are found among the process's descriptors: sockets whose local port is `port` and
/// that have a peer (the listening socket has none; our own clients of `port` have another local port).
void ShutdownAcceptedConnections(uint16_t port) {
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd", error)) {
    int fd = -1;
    const std::string name = entry.path().filename().string();
    if (std::from_chars(name.data(), name.data() + name.size(), fd).ec != std::errc() || fd < 0) continue;
    sockaddr_storage local{};
    socklen_t local_length = sizeof local;
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&local), &local_length) != 0) continue;
    uint16_t local_port = 0;
    if (local.ss_family == AF_INET) {
      local_port = ntohs(reinterpret_cast<const sockaddr_in*>(&local)->sin_port);
    } else if (local.ss_family == AF_INET6) {
      local_port = ntohs(reinterpret_cast<const sockaddr_in6*>(&local)->sin6_port);
    } else {
      continue;
    }
    if (local_port != port) continue;
    sockaddr_storage peer{};
    socklen_t peer_length = sizeof peer;
    if (::getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &peer_length) != 0) continue;
    ::shutdown(fd, SHUT_RDWR);
  }
}

}  // namespace

/// How long Stop lets requests in progress finish before it cuts the connections still open.
constexpr std::chrono::milliseconds STOP_GRACE{200};

struct HttpServer::Impl {
  Router router;
  httplib::Server server;
  std::thread listener;
  std::atomic<bool> listener_done{false};
  uint16_t port = 0;
  std::mutex stop_mutex;
  bool stopped = false;

  explicit Impl(Router r) : router(std::move(r)) {}
};

HttpServer::HttpServer(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

HttpServer::~HttpServer() { Stop(); }

uint16_t HttpServer::port() const { return m_impl->port; }

util::Result<std::unique_ptr<HttpServer>> HttpServer::Start(const HttpServerOptions& options, Router router) {
  if (options.worker_threads == 0) return util::InvalidArgument("http server: worker_threads must be at least 1");
  if (options.keep_alive_timeout.count() < 1) {
    return util::InvalidArgument("http server: keep_alive_timeout must be at least 1 second");
  }
  if (options.keep_alive_max_requests == 0) {
    return util::InvalidArgument("http server: keep_alive_max_requests must be at least 1");
  }
  auto impl = std::make_unique<Impl>(std::move(router));
  httplib::Server& server = impl->server;
  const size_t workers = options.worker_threads;
  server.new_task_queue = [workers] { return new httplib::ThreadPool(workers); };
  server.set_default_headers(FixedHeaders());
  server.set_read_timeout(std::chrono::duration_cast<std::chrono::microseconds>(options.read_timeout));
  server.set_write_timeout(std::chrono::duration_cast<std::chrono::microseconds>(options.write_timeout));
  server.set_keep_alive_timeout(static_cast<time_t>(options.keep_alive_timeout.count()));
  // Without it a kept-alive client waits for the delayed ACK on every response (about 40 ms here).
  server.set_tcp_nodelay(true);
  server.set_keep_alive_max_count(options.keep_alive_max_requests);
  server.set_payload_max_length(options.max_body_bytes);
  // SO_REUSEADDR only: httplib's default also sets SO_REUSEPORT, which would let a second node share the port.
  server.set_socket_options([](socket_t sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });

  // Every method goes through the one router, which decides between 200/400/404/405 as the reference does.
  const Router* routes = &impl->router;
  auto dispatch = [routes](const httplib::Request& req, httplib::Response& res) {
    WriteResponse(routes->Dispatch(ToRequest(req)), res);
  };
  const std::string any = ".*";
  server.Get(any, dispatch);  // also HEAD
  server.Post(any, dispatch);
  server.Put(any, dispatch);
  server.Patch(any, dispatch);
  server.Delete(any, dispatch);
  server.Options(any, dispatch);

  // Errors httplib raises before routing (bad request line, body too long) arrive here with no body yet.
  server.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty() || res.has_header("Content-Type")) return httplib::Server::HandlerResponse::Unhandled;
    if (res.status == 413) {
      res.status = 400;
      res.set_content("Failed to decode: Invalid Http request: body is too big", std::string(CONTENT_TYPE_TEXT));
    } else if (res.status == 400) {
      res.set_content("Failed to decode: Failed to parse HTTP request", std::string(CONTENT_TYPE_TEXT));
    } else {
      res.set_content(res.status == 414 ? "Request-URI Too Large" : "Bad Request", std::string(CONTENT_TYPE_TEXT));
    }
    return httplib::Server::HandlerResponse::Handled;
  }));
  server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    res.status = 500;
    res.set_content("Internal error", std::string(CONTENT_TYPE_TEXT));
  });

  int port = 0;
  if (options.port == 0) {
    port = server.bind_to_any_port(options.bind_host);
    if (port <= 0) return util::IoError("http server: cannot bind " + options.bind_host + ":0");
  } else {
    if (!server.bind_to_port(options.bind_host, options.port)) {
      return util::IoError("http server: cannot bind " + options.bind_host + ":" + std::to_string(options.port));
    }
    port = options.port;
  }
  impl->port = static_cast<uint16_t>(port);
  std::atomic<bool>* listener_done = &impl->listener_done;
  impl->listener = std::thread([&server, listener_done] {
    server.listen_after_bind();
    *listener_done = true;
  });
  // httplib's stop() does nothing until the listen loop runs, so Start returns only once it does.
  while (!server.is_running() && !*listener_done) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  LOG_INFO("rpc server listening address={}:{} workers={}", options.bind_host, port, workers);
  return std::unique_ptr<HttpServer>(new HttpServer(std::move(impl)));
}

void HttpServer::Stop() {
  std::lock_guard<std::mutex> lock(m_impl->stop_mutex);
  if (m_impl->stopped) return;
  m_impl->stopped = true;
  m_impl->server.stop();
  // Requests in progress get a moment to finish; connections still open after it are idle or slow, and are cut so
  // that shutdown does not wait for the keep-alive or read timeout.
  const auto deadline = std::chrono::steady_clock::now() + STOP_GRACE;
  while (!m_impl->listener_done && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  if (!m_impl->listener_done) ShutdownAcceptedConnections(m_impl->port);
  if (m_impl->listener.joinable()) m_impl->listener.join();
  LOG_INFO("rpc server stopped port={}", m_impl->port);
}

}  // namespace stacks::net
