// GET /v3/tenures/info: the node's current tenure (stackslib/src/net/api/gettenureinfo.rs, RPCGetTenureInfo).
// The reference's pattern has no end anchor, so /v3/tenures/info... paths match too.
#include <nlohmann/json.hpp>

#include "net/api/api_internal.h"

namespace stacks::net::api {

Route GetTenureInfoRoute(RpcBackend& backend) {
  return MakeRoute("GET", "^/v3/tenures/info", [&backend](const HttpRequest& request, const std::smatch&) {
    if (HasBody(request)) return DecodeError("Invalid Http request: expected 0-length body");
    auto info = backend.GetTenureInfo();
    if (!info) return BackendError(info.error(), info.error().message);
    nlohmann::ordered_json j;
    j["consensus_hash"] = Hex(info->consensus_hash);
    j["tenure_start_block_id"] = Hex(info->tenure_start_block_id);
    j["parent_consensus_hash"] = Hex(info->parent_consensus_hash);
    j["parent_tenure_start_block_id"] = Hex(info->parent_tenure_start_block_id);
    j["tip_block_id"] = Hex(info->tip_block_id);
    j["tip_height"] = info->tip_height;
    j["reward_cycle"] = info->reward_cycle;
    return HttpResponse::Json(200, j);
  });
}

}  // namespace stacks::net::api
