#include "net/http_message.h"

namespace stacks::net {

std::optional<std::string_view> HttpRequest::Query(std::string_view name) const {
  auto it = query.find(std::string(name));
  if (it == query.end()) return std::nullopt;
  return std::string_view(it->second);
}

HttpResponse HttpResponse::Json(int status, const nlohmann::ordered_json& body) {
  return {
      status, std::string(CONTENT_TYPE_JSON), body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), {}};
}

HttpResponse HttpResponse::SortedJson(int status, const nlohmann::json& body) {
  return {
      status, std::string(CONTENT_TYPE_JSON), body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), {}};
}

HttpResponse HttpResponse::Text(int status, std::string body) {
  return {status, std::string(CONTENT_TYPE_TEXT), std::move(body), {}};
}

HttpResponse HttpResponse::Bytes(int status, std::string body) {
  return {status, std::string(CONTENT_TYPE_BYTES), std::move(body), {}};
}

}  // namespace stacks::net
