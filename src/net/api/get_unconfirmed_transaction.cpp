// GET /v2/transactions/unconfirmed/{txid}: a transaction in the mempool or the unconfirmed microblock stream
// (stackslib/src/net/api/gettransaction_unconfirmed.rs, UnconfirmedTransactionResponse).
#include <nlohmann/json.hpp>

#include "net/api/api_internal.h"
#include "net/request_decode.h"

namespace stacks::net::api {

Route GetUnconfirmedTransactionRoute(RpcBackend& backend) {
  return MakeRoute(
      "GET", "^/v2/transactions/unconfirmed/([0-9a-f]{64})$",
      std::string("^/v2/transactions/unconfirmed/") + PERMISSIVE_PARAM + "$",
      [&backend](const HttpRequest& request, const std::smatch& captures) {
        if (HasBody(request)) {
          return DecodeError("Invalid Http request: expected 0-length body for GetTransactionUnconfirmed");
        }
        auto bytes = ParseFixedHex(captures[1].str(), 32);
        if (!bytes) return DecodeError(bytes.error().message);
        chain::Txid txid{};
        std::copy(bytes->begin(), bytes->end(), txid.begin());
        auto found = backend.GetUnconfirmedTransaction(txid);
        if (!found) {
          if (found.error().code == util::ErrorCode::kNotFound) {
            return NotFound("Transaction " + Hex(txid) + " not found in mempool or unconfirmed microblock stream");
          }
          return ServerError("Failed to query transaction " + Hex(txid) + ": " + found.error().message);
        }
        nlohmann::ordered_json j;
        j["tx"] = Hex(found->tx);
        if (found->microblock) {
          j["status"] = {
              {"Microblock", {{"block_hash", Hex(found->microblock->block_hash)}, {"seq", found->microblock->seq}}}};
        } else {
          j["status"] = "Mempool";
        }
        return HttpResponse::Json(200, j);
      });
}

}  // namespace stacks::net::api
