// GET /v3/sortitions, /v3/sortitions/latest_and_last, /v3/sortitions/{consensus|burn|burn_height}/{value}: a list
// of sortitions (stackslib/src/net/api/getsortition.rs, SortitionInfo; hashes 0x-prefixed, absent values null).
#include <nlohmann/json.hpp>

#include "net/api/api_internal.h"
#include "net/request_decode.h"

namespace stacks::net::api {

namespace {

template <typename Hash>
nlohmann::ordered_json OptionalHex(const std::optional<Hash>& value) {
  return value ? nlohmann::ordered_json(PrefixedHex(*value)) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json SortitionJson(const SortitionInfo& s) {
  nlohmann::ordered_json j;
  j["burn_block_hash"] = PrefixedHex(s.burn_block_hash);
  j["burn_block_height"] = s.burn_block_height;
  j["burn_header_timestamp"] = s.burn_header_timestamp;
  j["sortition_id"] = PrefixedHex(s.sortition_id);
  j["parent_sortition_id"] = PrefixedHex(s.parent_sortition_id);
  j["consensus_hash"] = PrefixedHex(s.consensus_hash);
  j["was_sortition"] = s.was_sortition;
  j["miner_pk_hash160"] = OptionalHex(s.miner_pk_hash160);
  j["stacks_parent_ch"] = OptionalHex(s.stacks_parent_ch);
  j["last_sortition_ch"] = OptionalHex(s.last_sortition_ch);
  j["committed_block_hash"] = OptionalHex(s.committed_block_hash);
  j["vrf_seed"] = OptionalHex(s.vrf_seed);
  return j;
}

/// The query as the reference's Debug prints it in error messages, e.g. "BlockHeight(7)".
std::string QueryText(const SortitionQuery& q) {
  switch (q.kind) {
    case SortitionQuery::Kind::kLatest:
      return "Latest";
    case SortitionQuery::Kind::kLatestAndLast:
      return "LatestAndLast";
    case SortitionQuery::Kind::kConsensusHash:
      return "ConsensusHash(" + Hex(q.consensus_hash) + ")";
    case SortitionQuery::Kind::kBurnHeaderHash:
      return "BurnchainHeaderHash(" + Hex(q.burn_header_hash) + ")";
    case SortitionQuery::Kind::kBurnHeight:
      return "BlockHeight(" + std::to_string(q.burn_block_height) + ")";
  }
  return "";
}

std::optional<std::string_view> Capture(const std::smatch& captures, size_t i) {
  if (!captures[i].matched) return std::nullopt;
  return std::string_view(&*captures[i].first, static_cast<size_t>(captures[i].length()));
}

}  // namespace

Route GetSortitionsRoute(RpcBackend& backend) {
  const std::string permissive =
      std::string("^/v3/sortitions(/") + PERMISSIVE_PARAM + "(/" + PERMISSIVE_PARAM + ")?)?$";
  return MakeRoute("GET", "^/v3/sortitions(/([a-z_]{1,15})(/([0-9a-f]{1,64}))?)?$", permissive,
                   [&backend](const HttpRequest& request, const std::smatch& captures) {
                     if (HasBody(request)) return DecodeError("Invalid Http request: expected 0-length body");
                     auto query = ParseSortitionQuery(Capture(captures, 2), Capture(captures, 4));
                     if (!query) return DecodeError(query.error().message);
                     auto sortitions = backend.GetSortitions(*query);
                     if (!sortitions) {
                       const util::Error& e = sortitions.error();
                       if (e.code == util::ErrorCode::kNotFound)
                         return NotFound("Could not find snapshot " + QueryText(*query) + "\n");
                       std::string message =
                           "Failed to load snapshot for " + QueryText(*query) + ": " + e.message + "\n";
                       if (e.code == util::ErrorCode::kInvalidArgument) return HttpResponse::Text(400, message);
                       return ServerError(message);
                     }
                     nlohmann::ordered_json list = nlohmann::ordered_json::array();
                     for (const auto& s : *sortitions) list.push_back(SortitionJson(s));
                     return HttpResponse::Json(200, list);
                   });
}

}  // namespace stacks::net::api
