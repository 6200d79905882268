// HttpServer: the RPC's HTTP/1.1 server (cpp-httplib underneath), serving a Router on a worker thread pool.
//
// Every response carries the reference node's fixed headers (stackslib/src/net/http/response.rs):
//   Server: stacks/2.0
//   Access-Control-Allow-Origin: *
//   Access-Control-Allow-Headers: origin, content-type
//   Access-Control-Allow-Methods: POST, GET, OPTIONS
// There is no preflight special case, as in the reference: OPTIONS is routed like any method, so it answers 405
// (with the headers above and an Allow list) on a known path and 404 elsewhere.
//
// Requests the router never sees are answered as the reference would as far as cpp-httplib allows: a body over
// max_body_bytes or a malformed request line/headers gets 400 text/plain; a request URI over 8 KiB gets 414.
//
// Threads: one listener thread plus `worker_threads` workers. A worker holds a connection while it is open: while a
// request is being read (each read waits at most read_timeout), and between keep-alive requests (at most
// keep_alive_timeout). A client that connects and sends nothing therefore holds one worker for keep_alive_timeout;
// other clients are served by the other workers. Stop() cuts such connections rather than waiting them out.
//
// Example:
//   Router router(api::RpcRoutes(backend));
//   STACKS_TRY(auto server, HttpServer::Start({.bind_host = "127.0.0.1", .port = 0}, std::move(router)));
//   LOG_INFO("rpc listening port={}", server->port());
//   server->Stop();
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "net/request_decode.h"
#include "net/router.h"
#include "util/result.h"

namespace stacks::net {

struct HttpServerOptions {
  //! Address to bind (the reference's node.rpc_bind host); "0.0.0.0" for all IPv4 interfaces.
  std::string bind_host = "0.0.0.0";
  //! Port to bind; 0 picks a free one (see HttpServer::port()).
  uint16_t port = 20443;
  //! Workers serving connections; at least 1.
  size_t worker_threads = 8;
  //! The longest a single read of a request may wait for bytes.
  std::chrono::milliseconds read_timeout{5000};
  //! The longest a single write of a response may wait for the client.
  std::chrono::milliseconds write_timeout{5000};
  //! How long an idle connection is kept for its next request; also bounds how long Stop() waits for idle
  //! connections. Whole seconds, at least 1.
  std::chrono::seconds keep_alive_timeout{1};
  //! Requests served on one connection before it is closed.
  size_t keep_alive_max_requests = 100;
  //! The largest request body read (the reference's MAX_PAYLOAD_LEN, what POST /v2/transactions accepts).
  size_t max_body_bytes = MAX_PAYLOAD_LEN;
};

class HttpServer {
 public:
  /// Binds `options.bind_host:options.port`, then serves `router` on new threads until Stop().
  /// Errors: kInvalidArgument for zero worker_threads or keep_alive_timeout; kIo if the address cannot be bound.
  static util::Result<std::unique_ptr<HttpServer>> Start(const HttpServerOptions& options, Router router);

  /// Stops, as Stop().
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  /// The bound port (the chosen one when options.port was 0).
  uint16_t port() const;

  /// Closes the listening socket, gives requests in progress 200 ms to finish, then shuts down every connection
  /// still open (idle keep-alive ones, requests arriving slowly) and joins every thread: it returns in about 200 ms
  /// whatever the clients do, plus the time a handler already running takes. Idempotent; not to be called from a
  /// handler.
  void Stop();

 private:
  struct Impl;
  explicit HttpServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace stacks::net
