// GET /v2/fees/transfer: the fee rate for a STX transfer, micro-STX per byte, as a bare JSON number
// (stackslib/src/net/api/getstxtransfercost.rs).
#include <nlohmann/json.hpp>

#include "net/api/api_internal.h"

namespace stacks::net::api {

Route GetTransferFeeRoute(RpcBackend& backend) {
  return MakeRoute("GET", "^/v2/fees/transfer$", [&backend](const HttpRequest& request, const std::smatch&) {
    if (HasBody(request)) return DecodeError("Invalid Http request: expected 0-length body");
    auto rate = backend.GetTransferFeeRate();
    if (!rate) return BackendError(rate.error(), rate.error().message);
    return HttpResponse::Json(200, nlohmann::ordered_json(*rate));
  });
}

}  // namespace stacks::net::api
