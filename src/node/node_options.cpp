#include "node/node_options.h"

#include "config/mocknet.h"
#include "config/net_address.h"
#include "crypto/hash.h"

namespace stacks::node {
namespace {

// The Bitcoin network magic (the p2p message start bytes as a big-endian u32) that /v2/info serves as
// parent_network_id.
constexpr uint32_t BITCOIN_MAGIC_MAINNET = 0xD9B4BEF9;
constexpr uint32_t BITCOIN_MAGIC_TESTNET = 0x0709110B;
constexpr uint32_t BITCOIN_MAGIC_REGTEST = 0xDAB5BFFA;

// The VRF key a node proves its sortitions with, derived from its block-signing key so that a restart finds the key it
// registered before: SHA-256 of a domain tag and the secret.
crypto::VrfPrivateKey DeriveVrfKey(const crypto::PrivateKey& signing_key) {
  util::Bytes material;
  const std::string_view tag = "stacks-cpp miner VRF key";
  material.insert(material.end(), tag.begin(), tag.end());
  material.insert(material.end(), signing_key.secret().begin(), signing_key.secret().end());
  const crypto::Hash256 seed = crypto::Sha256(material);
  auto key = crypto::VrfPrivateKey::FromBytes(seed);
  if (!key) std::abort();  // Any 32 bytes are a valid ed25519 seed.
  return std::move(key).value();
}

}  // namespace

chain::StacksEpochId NodeOptions::EpochAt(uint64_t height) const {
  chain::StacksEpochId epoch = chain::StacksEpochId::k10;
  for (const auto& range : epochs) {
    if (range.start_height <= height) epoch = range.epoch;
  }
  return epoch;
}

std::optional<uint64_t> NodeOptions::EpochStartHeight(chain::StacksEpochId epoch) const {
  for (const auto& range : epochs) {
    if (range.epoch == epoch) return range.start_height;
  }
  return std::nullopt;
}

burnchain::CommitOutputRule NodeOptions::CommitRuleAt(uint64_t height) const {
  return sortition::IsInPreparePhase(pox, first_burn_block_height, height) ? burnchain::CommitOutputRule::kBurnOnly
                                                                           : burnchain::CommitOutputRule::kRewardPhase;
}

util::Result<NodeOptions> NodeOptionsFromConfig(const config::NodeConfig& config, uint64_t now_ms) {
  if (config.burnchain.mode != config::BurnchainMode::kMocknet) {
    return util::Unimplemented("burnchain.mode \"" + std::string(config::BurnchainModeName(config.burnchain.mode)) +
                               "\" needs a bitcoind client, which this node does not have yet; use mode = "
                               "\"mocknet\"");
  }
  NodeOptions options;
  options.working_dir = config.node.working_dir.value_or("/tmp/stacks-node-" + std::to_string(now_ms));
  options.chainstate_dir = options.working_dir + "/chainstate";
  options.burnchain_db_path = options.working_dir + "/burnchain/burnchain.sqlite";
  options.sortition_db_path = options.working_dir + "/burnchain/sortition.sqlite";
  options.mempool_db_path = options.working_dir + "/chainstate/mempool.sqlite";
  options.event_queue_path = options.working_dir + "/event_observers.sqlite";

  auto rpc = config::ParseHostPort(config.node.rpc_bind);
  if (!rpc) return util::InvalidArgument("node.rpc_bind: " + rpc.error().message);
  options.rpc_host = rpc->host;
  options.rpc_port = rpc->port;

  options.mainnet = config.IsMainnet();
  options.chain_id = config.burnchain.chain_id;
  const std::string& magic = config.burnchain.magic_bytes;
  if (magic.size() != 2) return util::InvalidArgument("burnchain.magic_bytes: expected two ASCII characters");
  options.burnchain_params.magic = {static_cast<uint8_t>(magic[0]), static_cast<uint8_t>(magic[1])};
  switch (config::BitcoinNetworkOf(config.burnchain.mode)) {
    case config::BitcoinNetwork::kMainnet:
      options.burnchain_params.network = burnchain::BitcoinNetworkType::kMainnet;
      options.burnchain_network_id = BITCOIN_MAGIC_MAINNET;
      break;
    case config::BitcoinNetwork::kTestnet:
      options.burnchain_params.network = burnchain::BitcoinNetworkType::kTestnet;
      options.burnchain_network_id = BITCOIN_MAGIC_TESTNET;
      break;
    case config::BitcoinNetwork::kRegtest:
      options.burnchain_params.network = burnchain::BitcoinNetworkType::kRegtest;
      options.burnchain_network_id = BITCOIN_MAGIC_REGTEST;
      break;
  }
  options.first_burn_block_height = config.burnchain.first_burn_block_height.value_or(0);
  options.burn_block_interval_ms = config.burnchain.commit_anchor_block_within_ms;
  if (options.burn_block_interval_ms == 0) {
    return util::InvalidArgument("burnchain.commit_anchor_block_within: expected a positive number of milliseconds");
  }
  options.burn_fee_cap_sats = config.burnchain.burn_fee_cap_sats;
  if (options.burn_fee_cap_sats < 2) return util::InvalidArgument("burnchain.burn_fee_cap: expected at least 2 sats");
  options.burn_fee_cap_sats &= ~uint64_t{1};  // Two equal commit outputs in a reward phase.

  const std::vector<config::EpochStart> schedule = config.burnchain.epochs.value_or(config::MocknetEpochs());
  for (const auto& start : schedule) {
    auto epoch = chain::ParseEpochName(start.epoch_name);
    if (!epoch) return util::InvalidArgument("burnchain.epochs: unknown epoch \"" + start.epoch_name + "\"");
    if (!options.epochs.empty()) options.epochs.back().end_height = start.start_height;
    options.epochs.push_back({*epoch, start.start_height, UINT64_MAX});
  }
  if (options.epochs.empty() || options.epochs.front().start_height != 0) {
    return util::InvalidArgument("burnchain.epochs: the schedule must start with epoch 1.0 at height 0");
  }
  options.pox = sortition::PoxConstants::Regtest();
  if (config.burnchain.pox_reward_length) options.pox.reward_cycle_length = *config.burnchain.pox_reward_length;
  if (config.burnchain.pox_prepare_length) options.pox.prepare_length = *config.burnchain.pox_prepare_length;

  if (config.node.miner) {
    std::optional<crypto::PrivateKey> key = config.miner.mining_key;
    if (!key && config.node.seed) {
      auto from_seed = crypto::PrivateKey::FromBytes(*config.node.seed);
      if (!from_seed) return util::InvalidArgument("node.seed: not a private key: " + from_seed.error().message);
      key = std::move(from_seed).value();
    }
    if (!key) return util::InvalidArgument("node.miner is true but neither miner.mining_key nor node.seed is set");
    options.miner = MinerKeys{*key, DeriveVrfKey(*key)};
  }
  options.min_time_between_blocks_ms = config.miner.min_time_between_blocks_ms;
  options.max_tenure_bytes = config.miner.max_tenure_bytes;

  options.genesis_balances.resize(config.initial_balances.size());
  for (size_t i = 0; i < config.initial_balances.size(); ++i) {
    options.genesis_balances[i].principal.emplace<codec::StandardPrincipal>(config.initial_balances[i].address);
    options.genesis_balances[i].amount_ustx = config.initial_balances[i].amount_ustx;
  }
  for (const auto& observer : config.events_observers) {
    events::ObserverOptions out;
    out.endpoint = observer.endpoint;
    for (const auto& key : observer.events_keys) out.events_keys.push_back(key.ToString());
    out.timeout = std::chrono::milliseconds(observer.timeout_ms);
    out.disable_retries = observer.disable_retries;
    out.disable_contract_interface = observer.disable_contract_interface;
    options.observers.push_back(std::move(out));
  }
  return options;
}

}  // namespace stacks::node
