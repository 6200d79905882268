// GET /v2/accounts/{principal}[?proof=0|1][&tip=...]: an account's balances and nonce
// (stackslib/src/net/api/getaccount.rs, AccountEntryResponse).
#include <nlohmann/json.hpp>

#include "codec/stacks_address.h"
#include "net/api/api_internal.h"
#include "net/request_decode.h"

namespace stacks::net::api {

namespace {

// PRINCIPAL_DATA_REGEX_STRING (clarity-types/src/representations.rs): a c32 address, or one with a contract name
// of up to 128 characters. The reference's loosening of this nested pattern fails, so it has no permissive form:
// a malformed principal is a 404, a well-shaped one that does not parse is a 400.
constexpr const char* STANDARD_PRINCIPAL = "[0123456789ABCDEFGHJKMNPQRSTVWXYZ]{28,41}";
constexpr const char* CONTRACT_NAME = "([a-zA-Z](([a-zA-Z0-9]|[-_])){0,127})";

std::string AccountPattern() {
  const std::string standard = STANDARD_PRINCIPAL;
  const std::string contract = standard + "(\\.)" + CONTRACT_NAME;
  return "^/v2/accounts/((" + standard + ")|(" + contract + "))$";
}

/// AccountEntryResponse; the proofs appear only when asked for ("" when the value has none).
nlohmann::ordered_json AccountJson(const AccountEntry& account, bool with_proof) {
  nlohmann::ordered_json j;
  j["balance"] = U128Hex(account.balance_ustx);
  j["locked"] = U128Hex(account.locked_ustx);
  j["unlock_height"] = account.unlock_height;
  j["nonce"] = account.nonce;
  if (with_proof) {
    j["balance_proof"] = account.balance_proof ? PrefixedHex(*account.balance_proof) : "";
    j["nonce_proof"] = account.nonce_proof ? PrefixedHex(*account.nonce_proof) : "";
  }
  return j;
}

std::string TipText(const TipRequest& tip) {
  switch (tip.kind) {
    case TipRequest::Kind::kLatestUnconfirmed:
      return "latest";
    case TipRequest::Kind::kSpecific:
      return Hex(tip.block_id);
    case TipRequest::Kind::kLatestAnchored:
      break;
  }
  return "";
}

}  // namespace

Route GetAccountRoute(RpcBackend& backend) {
  return MakeRoute("GET", AccountPattern(), [&backend](const HttpRequest& request, const std::smatch& captures) {
    if (HasBody(request)) return DecodeError("Invalid Http request: expected 0-length body");
    auto principal = codec::ParsePrincipal(captures[1].str());
    if (!principal) return DecodeError("Failed to parse `principal` field");
    const TipRequest tip = ParseTipRequest(request.Query("tip"));
    const bool with_proof = ParseWithProof(request.Query("proof"));
    auto account = backend.GetAccount(*principal, tip, with_proof);
    if (!account) return BackendError(account.error(), "Chain tip '" + TipText(tip) + "' not found");
    return HttpResponse::Json(200, AccountJson(*account, with_proof));
  });
}

}  // namespace stacks::net::api
