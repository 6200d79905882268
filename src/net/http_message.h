// An HTTP request and response as the router and the endpoint handlers see them, independent of the HTTP library.
//
// Example:
//   HttpResponse r = HttpResponse::Json(200, nlohmann::ordered_json{{"nonce", 3}});
//
// Plain values; safe to share between threads when not mutated.
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace stacks::net {

/// The reference node's content types (stackslib/src/net/http/mod.rs, HttpContentType).
inline constexpr std::string_view CONTENT_TYPE_JSON = "application/json";
inline constexpr std::string_view CONTENT_TYPE_TEXT = "text/plain";
inline constexpr std::string_view CONTENT_TYPE_BYTES = "application/octet-stream";

/// A request after the HTTP layer has read it.
struct HttpRequest {
  std::string method;                        ///< "GET", "POST", ... as sent.
  std::string path;                          ///< Percent-decoded path, without the query.
  std::map<std::string, std::string> query;  ///< Decoded query arguments; a repeated name keeps its last value.
  std::optional<std::string> content_type;   ///< The Content-Type header, if sent.
  std::string body;                          ///< The whole body (empty when none was sent).
  /// The declared Content-Length. For GET requests the HTTP layer does not read the body, so this alone says
  /// whether one was sent.
  uint64_t content_length = 0;

  /// The query argument `name`, if present.
  std::optional<std::string_view> Query(std::string_view name) const;
};

/// A response to write back. Every response also carries the reference's fixed headers (see http_server.h).
struct HttpResponse {
  int status = 200;
  std::string content_type;                                  ///< One of the CONTENT_TYPE_* values.
  std::string body;                                          ///< Exactly the bytes to send.
  std::vector<std::pair<std::string, std::string>> headers;  ///< Extra headers, e.g. Allow on a 405.

  /// A JSON body, serialized compactly in the order of `body`'s keys (as serde_json writes a struct).
  static HttpResponse Json(int status, const nlohmann::ordered_json& body);
  /// A JSON body whose object keys are sorted (as serde_json writes a json!{} value).
  static HttpResponse SortedJson(int status, const nlohmann::json& body);
  /// A text/plain body.
  static HttpResponse Text(int status, std::string body);
  /// An application/octet-stream body.
  static HttpResponse Bytes(int status, std::string body);
};

}  // namespace stacks::net
