// Decoders of [miner], [connection_options], [fee_estimation] and [atlas].
#include <algorithm>
#include <cctype>
#include <charconv>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "codec/stacks_address.h"
#include "config/detail/decode.h"
#include "config/net_address.h"
#include "crypto/secp256k1.h"

namespace stacks::config::detail {
namespace {

constexpr uint64_t UNBOUNDED = std::numeric_limits<int64_t>::max();
constexpr IntSpec MILLISECONDS{0, UNBOUNDED, "milliseconds"};
constexpr IntSpec SECONDS{0, UNBOUNDED, "seconds"};
constexpr IntSpec BYTES{0, UNBOUNDED, "bytes"};
constexpr IntSpec BYTES_PER_SECOND{0, UNBOUNDED, "bytes per second"};
constexpr std::string_view PRIVATE_KEY = "expected a secp256k1 private key (64 hex digits, or 66 ending in 01)";

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

util::Result<MempoolTxType> ParseMempoolTxType(std::string_view text) {
  for (auto type : {MempoolTxType::kTokenTransfer, MempoolTxType::kSmartContract, MempoolTxType::kContractCall}) {
    if (MempoolTxTypeName(type) == text) return type;
  }
  return util::InvalidArgument("unknown transaction type \"" + std::string(text.substr(0, 40)) +
                               "\" (expected TokenTransfer, SmartContract or ContractCall)");
}

void DecodeTxsToConsider(TableReader& r, std::vector<MempoolTxType>& out) {
  std::string text;
  if (!r.String("txs_to_consider", text)) return;
  std::vector<MempoolTxType> types;
  for (std::string_view part : SplitCommas(text)) {
    auto type = ParseMempoolTxType(part);
    if (!type) {
      r.Fail("txs_to_consider", *r.Take("txs_to_consider"),
             "expected a comma-separated list of transaction types: " + type.error().message);
      return;
    }
    if (std::find(types.begin(), types.end(), *type) == types.end()) types.push_back(*type);
  }
  out = std::move(types);
}

void DecodeFilterOrigins(TableReader& r, std::vector<codec::StacksAddress>& out) {
  std::string text;
  if (!r.String("filter_origins", text)) return;
  std::vector<codec::StacksAddress> origins;
  for (std::string_view part : SplitCommas(text)) {
    auto address = codec::StacksAddress::Parse(part);
    if (!address) {
      r.Fail("filter_origins", *r.Take("filter_origins"),
             "expected a comma-separated list of Stacks addresses: " + address.error().message);
      return;
    }
    if (std::find(origins.begin(), origins.end(), *address) == origins.end()) origins.push_back(*address);
  }
  out = std::move(origins);
}

void DecodeRejectionTimeoutSteps(TableReader& r, std::map<uint32_t, uint64_t>& out) {
  const toml::table* table = r.Table("block_rejection_timeout_steps");
  if (!table) return;
  const std::string path = r.PathOf("block_rejection_timeout_steps");
  std::map<uint32_t, uint64_t> steps;
  bool ok = true;
  for (auto&& [key, value] : *table) {
    const std::string_view text = key.str();
    const std::string entry = path + "." + PrintableKey(text);
    uint32_t percent = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), percent);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size()) {
      r.FailPath(entry, value, "keys must be unsigned integers (percent of signer weight that rejected)");
      ok = false;
      continue;
    }
    const auto* seconds = value.as_integer();
    if (!seconds || seconds->get() < 0) {
      r.FailPath(entry, value, "expected a non-negative integer (seconds), got " + Describe(value));
      ok = false;
      continue;
    }
    steps[percent] = static_cast<uint64_t>(seconds->get());
  }
  if (ok && !steps.contains(0)) {
    r.Fail("block_rejection_timeout_steps", *table, "needs a step for 0 (percent rejected)");
    ok = false;
  }
  if (ok) out = std::move(steps);
}

}  // namespace

void DecodeMiner(TableReader& r, const NodeSettings& node, MinerSettings& m) {
  if (!ReadParsed(r, "mining_key", PRIVATE_KEY, crypto::PrivateKey::FromHex, m.mining_key, /*secret=*/true) &&
      !r.Take("mining_key") && node.seed && !node.seed->empty()) {
    // As the reference: with a [miner] section, the mining key defaults to node.seed.
    auto key = crypto::PrivateKey::FromBytes(*node.seed);
    if (key) {
      m.mining_key = *key;
    } else {
      r.diagnostics().Error(r.PathOf("mining_key") + ": unset, and node.seed (its default) is not a secp256k1 " +
                            "private key: " + key.error().message);
    }
  }
  constexpr std::string_view OLD_MINER = "epoch 2.x block assembly is not built";
  r.Ignore("first_attempt_time_ms", ValueKind::kUint, OLD_MINER);
  r.Ignore("subsequent_attempt_time_ms", ValueKind::kUint, OLD_MINER);
  r.Ignore("microblock_attempt_time_ms", ValueKind::kUint, OLD_MINER);
  r.Ignore("unprocessed_block_deadline_secs", ValueKind::kUint, OLD_MINER);
  r.Ignore("wait_on_interim_blocks_ms", ValueKind::kUint, OLD_MINER);
  r.Ignore("min_tx_count", ValueKind::kUint, OLD_MINER);
  r.Ignore("only_increase_tx_count", ValueKind::kBool, OLD_MINER);
  r.Ignore("pre_nakamoto_mock_signing", ValueKind::kBool, OLD_MINER);
  constexpr std::string_view OLD_HEURISTIC = "a deprecated epoch 2.x mining heuristic";
  r.Ignore("unconfirmed_commits_helper", ValueKind::kString, OLD_HEURISTIC);
  r.Ignore("target_win_probability", ValueKind::kFloat, OLD_HEURISTIC);
  r.Ignore("fast_rampup", ValueKind::kBool, OLD_HEURISTIC);
  r.Ignore("underperform_stop_threshold", ValueKind::kUint, OLD_HEURISTIC);
  r.Ignore("max_reorg_depth", ValueKind::kUint, OLD_HEURISTIC);
  r.Uint("nakamoto_attempt_time_ms", m.nakamoto_attempt_time_ms, MILLISECONDS);
  std::string strategy;
  if (r.String("mempool_walk_strategy", strategy)) {
    if (strategy == MempoolWalkStrategyName(MempoolWalkStrategy::kNextNonceWithHighestFeeRate)) {
      m.mempool_walk_strategy = MempoolWalkStrategy::kNextNonceWithHighestFeeRate;
    } else if (strategy == MempoolWalkStrategyName(MempoolWalkStrategy::kGlobalFeeRate)) {
      m.mempool_walk_strategy = MempoolWalkStrategy::kGlobalFeeRate;
    } else {
      r.FailExpected("mempool_walk_strategy", *r.Take("mempool_walk_strategy"),
                     "NextNonceWithHighestFeeRate or GlobalFeeRate");
    }
  }
  r.Uint("probability_pick_no_estimate_tx", m.probability_pick_no_estimate_tx, {0, 100, "percent"});
  ReadParsed(r, "block_reward_recipient", "expected a principal", codec::ParsePrincipal, m.block_reward_recipient);
  r.Bool("segwit", m.segwit);
  r.Uint("nonce_cache_size", m.nonce_cache_size, {1, UNBOUNDED, "entries"});
  r.Uint("candidate_retry_cache_size", m.candidate_retry_cache_size, {0, UNBOUNDED, "entries"});
  r.String("activated_vrf_key_path", m.activated_vrf_key_path);
  DecodeTxsToConsider(r, m.txs_to_consider);
  DecodeFilterOrigins(r, m.filter_origins);
  if (r.Uint("min_time_between_blocks_ms", m.min_time_between_blocks_ms, MILLISECONDS) &&
      m.min_time_between_blocks_ms < MIN_TIME_BETWEEN_BLOCKS_MS) {
    r.diagnostics().Warn(r.PathOf("min_time_between_blocks_ms") + LineOf(*r.Take("min_time_between_blocks_ms")) +
                         ": below the minimum of " + std::to_string(MIN_TIME_BETWEEN_BLOCKS_MS) +
                         " ms (signers reject a block in the same second as its parent); using the minimum");
    m.min_time_between_blocks_ms = MIN_TIME_BETWEEN_BLOCKS_MS;
  }
  r.Uint("empty_mempool_sleep_ms", m.empty_mempool_sleep_ms, MILLISECONDS);
  r.Uint("first_rejection_pause_ms", m.first_rejection_pause_ms, MILLISECONDS);
  r.Uint("subsequent_rejection_pause_ms", m.subsequent_rejection_pause_ms, MILLISECONDS);
  r.Uint("block_commit_delay_ms", m.block_commit_delay_ms, MILLISECONDS);
  uint8_t per_block = 0;
  if (r.Uint("tenure_cost_limit_per_block_percentage", per_block, {1, 100, "percent"})) {
    m.tenure_cost_limit_per_block_percentage = per_block == 100 ? std::nullopt : std::optional<uint8_t>(per_block);
  }
  r.Uint("contract_cost_limit_percentage", m.contract_cost_limit_percentage, {0, 100, "percent"});
  r.Uint("tenure_extend_poll_secs", m.tenure_extend_poll_secs, SECONDS);
  r.Uint("tenure_extend_wait_timeout_ms", m.tenure_extend_wait_timeout_ms, MILLISECONDS);
  r.Uint("tenure_timeout_secs", m.tenure_timeout_secs, SECONDS);
  r.Uint("tenure_extend_cost_threshold", m.tenure_extend_cost_threshold, {0, UNBOUNDED, "percent"});
  DecodeRejectionTimeoutSteps(r, m.block_rejection_timeout_steps);
  r.Uint("max_execution_time_secs", m.max_execution_time_secs, SECONDS);
  r.Uint("max_analysis_time_secs", m.max_analysis_time_secs, SECONDS);
  r.Bool("replay_transactions", m.replay_transactions);
  r.Uint("stackerdb_timeout_secs", m.stackerdb_timeout_secs, SECONDS);
  r.Uint("max_tenure_bytes", m.max_tenure_bytes, BYTES);
  r.Bool("log_skipped_transactions", m.log_skipped_transactions);
  r.Uint("max_assembly_mem_bytes", m.max_assembly_mem_bytes, BYTES);
}

void DecodeConnection(TableReader& r, bool mainnet, ConnectionSettings& c) {
  r.Uint("inbox_maxlen", c.inbox_maxlen);
  r.Uint("outbox_maxlen", c.outbox_maxlen);
  r.Uint("connect_timeout", c.connect_timeout_secs, SECONDS);
  r.Uint("handshake_timeout", c.handshake_timeout_secs, SECONDS);
  r.Uint("timeout", c.timeout_secs, SECONDS);
  r.Uint("idle_timeout", c.idle_timeout_secs, SECONDS);
  r.Uint("heartbeat", c.heartbeat_secs, SECONDS);
  r.Uint("private_key_lifetime", c.private_key_lifetime, {0, UNBOUNDED, "burn blocks"});
  r.Uint("num_neighbors", c.num_neighbors);
  r.Uint("num_clients", c.num_clients);
  r.Uint("max_http_clients", c.max_http_clients);
  r.Uint("soft_num_neighbors", c.soft_num_neighbors);
  r.Uint("soft_num_clients", c.soft_num_clients);
  constexpr std::string_view UNUSED = "deprecated in the reference";
  r.Ignore("max_neighbors_per_host", ValueKind::kUint, UNUSED);
  r.Ignore("max_clients_per_host", ValueKind::kUint, UNUSED);
  r.Ignore("soft_max_neighbors_per_host", ValueKind::kUint, UNUSED);
  r.Uint("soft_max_neighbors_per_org", c.soft_max_neighbors_per_org);
  r.Uint("soft_max_clients_per_host", c.soft_max_clients_per_host);
  r.Uint("max_sockets", c.max_sockets);
  r.Uint("walk_interval", c.walk_interval_secs, SECONDS);
  r.Double("walk_seed_probability", c.walk_seed_probability, 0.0, 1.0);
  r.Uint("log_neighbors_freq", c.log_neighbors_freq_ms, MILLISECONDS);
  r.Uint("dns_timeout", c.dns_timeout_ms, MILLISECONDS);
  r.Uint("max_inflight_blocks", c.max_inflight_blocks);
  r.Uint("max_inflight_attachments", c.max_inflight_attachments);
  r.Uint("read_only_call_limit_write_length", c.read_only_call_limit_write_length, BYTES);
  r.Uint("read_only_call_limit_read_length", c.read_only_call_limit_read_length, BYTES);
  r.Uint("read_only_call_limit_write_count", c.read_only_call_limit_write_count);
  r.Uint("read_only_call_limit_read_count", c.read_only_call_limit_read_count);
  r.Uint("read_only_call_limit_runtime", c.read_only_call_limit_runtime, {0, UNBOUNDED, "cost units"});
  r.Uint("maximum_call_argument_size", c.maximum_call_argument_size, BYTES);
  r.Ignore("download_interval", ValueKind::kUint, UNUSED);
  r.Uint("inv_sync_interval", c.inv_sync_interval_secs, SECONDS);
  r.Ignore("full_inv_sync_interval", ValueKind::kUint, "it has no effect in the reference");
  c.inv_reward_cycles = mainnet ? INV_REWARD_CYCLES_MAINNET : INV_REWARD_CYCLES_TESTNET;
  r.Uint("inv_reward_cycles", c.inv_reward_cycles, {0, UNBOUNDED, "reward cycles"});
  ReadParsed(
      r, "public_ip_address", "expected IP:PORT (e.g. 127.0.0.1:20444)",
      [](std::string_view text) -> util::Result<std::string> {
        STACKS_TRY(HostPort parsed, ParseIpPort(text));
        (void)parsed;
        return std::string(text);
      },
      c.public_ip_address);
  r.Bool("disable_inbound_walks", c.disable_inbound_walks);
  r.Bool("disable_inbound_handshakes", c.disable_inbound_handshakes);
  r.Bool("disable_block_download", c.disable_block_download);
  ReadOptionalUint(r, "force_disconnect_interval", c.force_disconnect_interval_secs, SECONDS);
  r.Ignore("antientropy_public", ValueKind::kBool, UNUSED);
  r.Bool("private_neighbors", c.private_neighbors);
  r.String("auth_token", c.auth_token, /*secret=*/true);
  r.Ignore("antientropy_retry", ValueKind::kUint, UNUSED);
  r.Bool("reject_blocks_pushed", c.reject_blocks_pushed);
  ReadParsed(
      r, "stackerdb_hint_replicas", "expected a JSON array of [contract, [neighbor address, ...]] pairs",
      [](std::string_view text) -> util::Result<std::string> {
        const auto json = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
        if (json.is_discarded()) return util::InvalidArgument("not JSON");
        if (!json.is_array()) return util::InvalidArgument("not an array");
        for (const auto& pair : json) {
          if (!pair.is_array() || pair.size() != 2 || !pair[1].is_array()) {
            return util::InvalidArgument("an entry is not a [contract, [addresses]] pair");
          }
        }
        return std::string(text);
      },
      c.stackerdb_hint_replicas);
  r.Uint("block_proposal_max_age_secs", c.block_proposal_max_age_secs, SECONDS);
  r.Uint("read_only_max_execution_time_secs", c.read_only_max_execution_time_secs, SECONDS);
  r.Uint("read_only_call_max_mem_bytes", c.read_only_call_max_mem_bytes, BYTES);
  r.Uint("block_proposal_validation_timeout_secs", c.block_proposal_validation_timeout_secs, SECONDS);
  r.Uint("block_proposal_max_tx_execution_time_secs", c.block_proposal_max_tx_execution_time_secs, SECONDS);
  r.Uint("block_proposal_max_tx_analysis_time_secs", c.block_proposal_max_tx_analysis_time_secs, SECONDS);
  r.Uint("block_proposal_max_tx_mem_bytes", c.block_proposal_max_tx_mem_bytes, BYTES);
  r.Uint("max_transaction_push_bandwidth", c.max_transaction_push_bandwidth, BYTES_PER_SECOND);
  r.Uint("max_stackerdb_push_bandwidth", c.max_stackerdb_push_bandwidth, BYTES_PER_SECOND);
  r.Uint("max_nakamoto_block_push_bandwidth", c.max_nakamoto_block_push_bandwidth, BYTES_PER_SECOND);
}

void DecodeFeeEstimation(TableReader& r, FeeEstimationSettings& f) {
  std::string name;
  if (r.String("cost_estimator", name) && Lower(name) != "naive_pessimistic") {
    r.FailExpected("cost_estimator", *r.Take("cost_estimator"), "\"naive_pessimistic\"");
  }
  if (r.String("fee_estimator", name)) {
    if (Lower(name) == "scalar_fee_rate") {
      f.fee_estimator = FeeEstimator::kScalarFeeRate;
    } else if (Lower(name) == "fuzzed_weighted_median_fee_rate") {
      f.fee_estimator = FeeEstimator::kFuzzedWeightedMedianFeeRate;
    } else {
      r.FailExpected("fee_estimator", *r.Take("fee_estimator"),
                     "\"scalar_fee_rate\" or \"fuzzed_weighted_median_fee_rate\"");
    }
  }
  if (r.String("cost_metric", name) && Lower(name) != "proportion_dot_product") {
    r.FailExpected("cost_metric", *r.Take("cost_metric"), "\"proportion_dot_product\"");
  }
  r.Bool("disabled", f.disabled);
  r.Bool("log_error", f.log_error);
  r.Double("fee_rate_fuzzer_fraction", f.fee_rate_fuzzer_fraction, 0.0, 1.0);
  r.Uint("fee_rate_window_size", f.fee_rate_window_size, {1, UNBOUNDED, "blocks"});
}

void DecodeAtlas(TableReader& r, AtlasSettings& a) {
  r.Uint("attachments_max_size", a.attachments_max_size, {MIN_ATTACHMENTS_MAX_SIZE, UINT32_MAX, "bytes"});
  r.Uint("max_uninstantiated_attachments", a.max_uninstantiated_attachments,
         {MIN_MAX_UNINSTANTIATED_ATTACHMENTS, UINT32_MAX, {}});
  r.Uint("uninstantiated_attachments_expire_after", a.uninstantiated_attachments_expire_after_secs,
         {MIN_UNINSTANTIATED_ATTACHMENTS_EXPIRE_AFTER_SECS, UINT32_MAX, "seconds"});
  r.Uint("unresolved_attachment_instances_expire_after", a.unresolved_attachment_instances_expire_after_secs,
         {MIN_UNRESOLVED_ATTACHMENT_INSTANCES_EXPIRE_AFTER_SECS, UINT32_MAX, "seconds"});
}

}  // namespace stacks::config::detail
