// GET /v3/blocks/{block_id} and GET /v3/blocks/height/{height}[?tip=...]: a Nakamoto block's serialization,
// application/octet-stream (stackslib/src/net/api/getblock_v3.rs, getblockbyheight.rs).
#include "net/api/api_internal.h"
#include "net/request_decode.h"

namespace stacks::net::api {

namespace {

HttpResponse BlockResponse(util::Result<util::Bytes> block, const std::string& name) {
  if (!block) {
    if (block.error().code == util::ErrorCode::kNotFound) return NotFound("No such block " + name + "\n");
    return ServerError("Failed to load block " + name + ": " + block.error().message + "\n");
  }
  return HttpResponse::Bytes(200, std::string(block->begin(), block->end()));
}

}  // namespace

Route GetBlockRoute(RpcBackend& backend) {
  return MakeRoute("GET", "^/v3/blocks/([0-9a-f]{64})$", std::string("^/v3/blocks/") + PERMISSIVE_PARAM + "$",
                   [&backend](const HttpRequest& request, const std::smatch& captures) {
                     if (HasBody(request)) return DecodeError("Invalid Http request: expected 0-length body");
                     auto bytes = ParseFixedHex(captures[1].str(), 32);
                     if (!bytes) return DecodeError("Invalid path: unparseable consensus hash");
                     chain::StacksBlockId block_id{};
                     std::copy(bytes->begin(), bytes->end(), block_id.begin());
                     return BlockResponse(backend.GetNakamotoBlock(block_id), Hex(block_id));
                   });
}

Route GetBlockByHeightRoute(RpcBackend& backend) {
  return MakeRoute(
      "GET", "^/v3/blocks/height/([0-9]{1,20})$", std::string("^/v3/blocks/height/") + PERMISSIVE_PARAM + "$",
      [&backend](const HttpRequest& request, const std::smatch& captures) {
        if (HasBody(request)) return DecodeError("Invalid Http request: expected 0-length body");
        auto height = ParseU64(captures[1].str());
        if (!height) return DecodeError("Invalid path: unparseable block height");
        const TipRequest tip = ParseTipRequest(request.Query("tip"));
        return BlockResponse(backend.GetNakamotoBlockByHeight(*height, tip), "#" + std::to_string(*height));
      });
}

}  // namespace stacks::net::api
