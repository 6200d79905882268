// GET /v2/pox[?tip=...]: PoX parameters and the current and next reward cycles
// (stackslib/src/net/api/getpoxinfo.rs, RPCPoxInfoData).
#include <nlohmann/json.hpp>

#include "net/api/api_internal.h"
#include "net/request_decode.h"

namespace stacks::net::api {

namespace {

template <typename T>
nlohmann::ordered_json OrNull(const std::optional<T>& value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json CostJson(const ExecutionCost& c) {
  nlohmann::ordered_json j;
  j["write_length"] = c.write_length;
  j["write_count"] = c.write_count;
  j["read_length"] = c.read_length;
  j["read_count"] = c.read_count;
  j["runtime"] = c.runtime;
  return j;
}

nlohmann::ordered_json PoxJson(const PoxInfo& p) {
  nlohmann::ordered_json j;
  j["contract_id"] = p.contract_id;
  j["pox_activation_threshold_ustx"] = p.pox_activation_threshold_ustx;
  j["first_burnchain_block_height"] = p.first_burnchain_block_height;
  j["current_burnchain_block_height"] = p.current_burnchain_block_height;
  j["prepare_phase_block_length"] = p.prepare_phase_block_length;
  j["reward_phase_block_length"] = p.reward_phase_block_length;
  j["reward_slots"] = p.reward_slots;
  j["rejection_fraction"] = OrNull(p.rejection_fraction);
  j["total_liquid_supply_ustx"] = p.total_liquid_supply_ustx;
  nlohmann::ordered_json current;
  current["id"] = p.current_cycle.id;
  current["min_threshold_ustx"] = p.current_cycle.min_threshold_ustx;
  current["stacked_ustx"] = p.current_cycle.stacked_ustx;
  current["is_pox_active"] = p.current_cycle.is_pox_active;
  j["current_cycle"] = current;
  nlohmann::ordered_json next;
  next["id"] = p.next_cycle.id;
  next["min_threshold_ustx"] = p.next_cycle.min_threshold_ustx;
  next["min_increment_ustx"] = p.next_cycle.min_increment_ustx;
  next["stacked_ustx"] = p.next_cycle.stacked_ustx;
  next["prepare_phase_start_block_height"] = p.next_cycle.prepare_phase_start_block_height;
  next["blocks_until_prepare_phase"] = p.next_cycle.blocks_until_prepare_phase;
  next["reward_phase_start_block_height"] = p.next_cycle.reward_phase_start_block_height;
  next["blocks_until_reward_phase"] = p.next_cycle.blocks_until_reward_phase;
  next["ustx_until_pox_rejection"] = OrNull(p.next_cycle.ustx_until_pox_rejection);
  j["next_cycle"] = next;
  nlohmann::ordered_json epochs = nlohmann::ordered_json::array();
  for (const auto& e : p.epochs) {
    nlohmann::ordered_json epoch;
    epoch["epoch_id"] = e.epoch_id;
    epoch["start_height"] = e.start_height;
    epoch["end_height"] = e.end_height;
    epoch["block_limit"] = CostJson(e.block_limit);
    epoch["network_epoch"] = e.network_epoch;
    epochs.push_back(epoch);
  }
  j["epochs"] = epochs;
  j["current_epoch"] = p.current_epoch;
  j["min_amount_ustx"] = p.min_amount_ustx;
  j["prepare_cycle_length"] = p.prepare_cycle_length;
  j["reward_cycle_id"] = p.reward_cycle_id;
  j["reward_cycle_length"] = p.reward_cycle_length;
  j["rejection_votes_left_required"] = OrNull(p.rejection_votes_left_required);
  j["next_reward_cycle_in"] = p.next_reward_cycle_in;
  nlohmann::ordered_json versions = nlohmann::ordered_json::array();
  for (const auto& v : p.contract_versions) {
    nlohmann::ordered_json version;
    version["contract_id"] = v.contract_id;
    version["activation_burnchain_block_height"] = v.activation_burnchain_block_height;
    version["first_reward_cycle_id"] = v.first_reward_cycle_id;
    versions.push_back(version);
  }
  j["contract_versions"] = versions;
  j["pox_5_sbtc_contract"] = p.pox_5_sbtc_contract;
  j["pox_5_sbtc_registry_contract"] = p.pox_5_sbtc_registry_contract;
  return j;
}

}  // namespace

Route GetPoxInfoRoute(RpcBackend& backend) {
  return MakeRoute("GET", "^/v2/pox$", [&backend](const HttpRequest& request, const std::smatch&) {
    if (HasBody(request)) return DecodeError("Invalid Http request: expected 0-length body for GetPoxInfo");
    auto pox = backend.GetPoxInfo(ParseTipRequest(request.Query("tip")));
    if (!pox) {
      if (pox.error().code == util::ErrorCode::kNotFound) return NotFound("No such chain tip");
      return ServerError("Failed to load PoX info: " + pox.error().message);
    }
    return HttpResponse::Json(200, PoxJson(*pox));
  });
}

}  // namespace stacks::net::api
