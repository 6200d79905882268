#include "net/api/api_internal.h"

#include <utility>

#include "util/hex.h"

namespace stacks::net::api {

Route MakeRoute(std::string method, const std::string& pattern, RouteHandler handler) {
  return MakeRoute(std::move(method), pattern, pattern, std::move(handler));
}

Route MakeRoute(std::string method, const std::string& pattern, const std::string& permissive, RouteHandler handler) {
  return Route{std::move(method), std::regex(pattern, std::regex::ECMAScript | std::regex::optimize),
               std::regex(permissive, std::regex::ECMAScript | std::regex::optimize), std::move(handler)};
}

HttpResponse DecodeError(std::string_view message) {
  return HttpResponse::Text(400, "Failed to decode: " + std::string(message));
}

bool HasBody(const HttpRequest& request) { return request.content_length > 0 || !request.body.empty(); }

HttpResponse NotFound(std::string message) { return HttpResponse::Text(404, std::move(message)); }

HttpResponse ServerError(std::string message) { return HttpResponse::Text(500, std::move(message)); }

HttpResponse BackendError(const util::Error& error, std::string not_found_message) {
  switch (error.code) {
    case util::ErrorCode::kNotFound:
      return NotFound(std::move(not_found_message));
    case util::ErrorCode::kInvalidArgument:
      return HttpResponse::Text(400, error.message);
    default:
      return ServerError(error.message);
  }
}

std::string Hex(util::ByteView bytes) { return util::ToHex(bytes); }

std::string PrefixedHex(util::ByteView bytes) { return "0x" + util::ToHex(bytes); }

std::string U128Hex(unsigned __int128 value) {
  util::Bytes be(16);
  for (int i = 15; i >= 0; --i) {
    be[static_cast<size_t>(i)] = static_cast<uint8_t>(value & 0xff);
    value >>= 8;
  }
  return PrefixedHex(be);
}

}  // namespace stacks::net::api
