// GET /v2/info: the node's view of the chains (stackslib/src/net/api/getinfo.rs, RPCPeerInfoData).
#include <nlohmann/json.hpp>

#include "net/api/api_internal.h"

namespace stacks::net::api {

namespace {

/// RPCPeerInfoData, keys in its field order; null for an absent Option, omitted for the four skip_serializing_if.
nlohmann::ordered_json NodeInfoJson(const NodeInfo& info) {
  nlohmann::ordered_json j;
  j["peer_version"] = info.peer_version;
  j["pox_consensus"] = Hex(info.pox_consensus);
  j["burn_block_height"] = info.burn_block_height;
  j["stable_pox_consensus"] = Hex(info.stable_pox_consensus);
  j["stable_burn_block_height"] = info.stable_burn_block_height;
  j["server_version"] = info.server_version;
  j["network_id"] = info.network_id;
  j["parent_network_id"] = info.parent_network_id;
  j["stacks_tip_height"] = info.stacks_tip_height;
  j["stacks_tip"] = Hex(info.stacks_tip);
  j["stacks_tip_consensus_hash"] = Hex(info.stacks_tip_consensus_hash);
  j["genesis_chainstate_hash"] = Hex(info.genesis_chainstate_hash);
  j["unanchored_tip"] = info.unanchored_tip ? nlohmann::ordered_json(Hex(*info.unanchored_tip)) : nullptr;
  j["unanchored_seq"] = info.unanchored_seq ? nlohmann::ordered_json(*info.unanchored_seq) : nullptr;
  j["tenure_height"] = info.tenure_height;
  j["exit_at_block_height"] = info.exit_at_block_height ? nlohmann::ordered_json(*info.exit_at_block_height) : nullptr;
  j["is_fully_synced"] = info.is_fully_synced;
  if (info.node_public_key) j["node_public_key"] = Hex(*info.node_public_key);
  if (info.node_public_key_hash) j["node_public_key_hash"] = Hex(*info.node_public_key_hash);
  if (info.last_pox_anchor) {
    j["last_pox_anchor"] = {{"anchor_block_hash", Hex(info.last_pox_anchor->anchor_block_hash)},
                            {"anchor_block_txid", Hex(info.last_pox_anchor->anchor_block_txid)}};
  }
  if (info.stackerdbs) j["stackerdbs"] = *info.stackerdbs;
  return j;
}

}  // namespace

Route GetInfoRoute(RpcBackend& backend) {
  return MakeRoute("GET", "^/v2/info$", [&backend](const HttpRequest& request, const std::smatch&) {
    if (HasBody(request)) return DecodeError("Invalid Http request: expected 0-length body for GetInfo");
    auto info = backend.GetNodeInfo();
    if (!info) return BackendError(info.error(), info.error().message);
    return HttpResponse::Json(200, NodeInfoJson(*info));
  });
}

}  // namespace stacks::net::api
