#include "net/router.h"

#include <exception>
#include <utility>

namespace stacks::net {

Router::Router(std::vector<Route> routes) : m_routes(std::move(routes)) {}

HttpResponse Router::Dispatch(const HttpRequest& request) const {
  if (request.path.size() > MAX_REQUEST_PATH_LEN) {
    return HttpResponse::Text(400, "Failed to decode: request path is too long");
  }
  std::vector<std::string> allowed_methods;
  bool method_matched_but_params_invalid = false;
  bool any_strict_match = false;
  for (const Route& route : m_routes) {
    std::smatch captures;
    if (!std::regex_search(request.path, captures, route.strict)) {
      if (std::regex_search(request.path, route.permissive)) {
        if (request.method == route.method) method_matched_but_params_invalid = true;
        allowed_methods.push_back(route.method);
      }
      continue;
    }
    any_strict_match = true;
    allowed_methods.push_back(route.method);
    if (request.method != route.method) continue;
    try {
      return route.handler(request, captures);
    } catch (const std::exception& e) {
      return HttpResponse::Text(500, std::string("Internal error: ") + e.what());
    }
  }
  if (!any_strict_match && method_matched_but_params_invalid) {
    return HttpResponse::Text(400, "Invalid path parameters for '" + request.path + "'");
  }
  if (!allowed_methods.empty()) {
    std::string allowed;
    for (const auto& m : allowed_methods) allowed += (allowed.empty() ? "" : ", ") + m;
    HttpResponse response = HttpResponse::Text(405, "Method Not Allowed. Allowed: " + allowed);
    response.headers.emplace_back("Allow", allowed);
    return response;
  }
  return HttpResponse::Text(404, "No such file or directory");
}

}  // namespace stacks::net
