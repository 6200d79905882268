// POST /v2/transactions: offer a transaction to the mempool (stackslib/src/net/api/posttransaction.rs).
//   200 "<txid>" (a JSON string) when accepted or already held;
//   400 {"error":"transaction rejected","reason":...,"reason_data":{...}?,"txid":"<txid>"} (keys sorted, as the
//       reference's json!{} value) when the mempool refuses it;
//   400 text "Failed to decode: ..." for a body that does not decode.
#include <nlohmann/json.hpp>
#include <variant>

#include "net/api/api_internal.h"
#include "net/request_decode.h"

namespace stacks::net::api {

Route PostTransactionRoute(RpcBackend& backend) {
  return MakeRoute("POST", "^/v2/transactions$", [&backend](const HttpRequest& request, const std::smatch&) {
    auto posted = DecodePostedTransaction(request.content_type, request.body);
    if (!posted) return DecodeError(posted.error().message);
    const std::string txid = Hex(posted->tx.txid());
    auto outcome = backend.SubmitTransaction(posted->tx, posted->attachment);
    if (!outcome) return ServerError(outcome.error().message);
    if (const auto* rejection = std::get_if<MempoolRejection>(&*outcome)) {
      nlohmann::json body = {{"error", "transaction rejected"}, {"reason", rejection->reason}, {"txid", txid}};
      if (rejection->reason_data) body["reason_data"] = *rejection->reason_data;
      return HttpResponse::SortedJson(400, body);
    }
    return HttpResponse::Json(200, nlohmann::ordered_json(txid));
  });
}

}  // namespace stacks::net::api
