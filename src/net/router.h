// Routing of a request to its endpoint, with the reference node's rules for failures
// (stackslib/src/net/httpcore.rs, StacksHttp::try_parse_request):
//   - the first route whose method and strict path pattern match handles the request;
//   - else, if some route with the request's method matches only its permissive pattern (the path parameters
//     loosened to any URL characters) and no strict pattern matched: 400 "Invalid path parameters for '<path>'";
//   - else, if any route's pattern (strict or permissive) matches the path: 405 "Method Not Allowed. Allowed: <verbs>"
//     with an Allow header;
//   - else 404 "No such file or directory".
// Bodies of these errors are text/plain, as the reference sends them.
//
// Example:
//   Router router(api::RpcRoutes(backend));
//   HttpResponse response = router.Dispatch(request);
//
// A Router is immutable after construction; Dispatch may run on many threads at once if the handlers allow it.
#pragma once

#include <cstddef>
#include <functional>
#include <regex>
#include <string>
#include <vector>

#include "net/http_message.h"

namespace stacks::net {

/// Paths longer than this are refused with 400 before any pattern runs (the reference refuses a request preamble
/// over HTTP_PREAMBLE_MAX_ENCODED_SIZE = 4096 bytes), which also bounds the regex engine's recursion.
inline constexpr size_t MAX_REQUEST_PATH_LEN = 4096;

/// The character class the reference substitutes for a path parameter in a permissive pattern.
inline constexpr const char* PERMISSIVE_PARAM = "[a-zA-Z0-9._~:@!$&'()*+,;=-]+";

/// A handler: the request and the strict pattern's captures (valid only during the call). It must not throw.
using RouteHandler = std::function<HttpResponse(const HttpRequest&, const std::smatch&)>;

/// One endpoint: a method, its path patterns (ECMAScript syntax, compiled once, searched as the reference does, so
/// they carry their own ^ and $) and its handler.
struct Route {
  std::string method;     ///< "GET" or "POST".
  std::regex strict;      ///< The reference's path_regex.
  std::regex permissive;  ///< The reference's permissive regex (equal to strict where the reference falls back).
  RouteHandler handler;
};

class Router {
 public:
  explicit Router(std::vector<Route> routes);

  /// The response to `request` under the rules above. Never throws; a handler's exception becomes a 500.
  HttpResponse Dispatch(const HttpRequest& request) const;

 private:
  std::vector<Route> m_routes;
};

}  // namespace stacks::net
