// ValidateNodeConfig: the checks that involve more than one key.
#include <string>
#include <vector>

#include "config/node_config.h"

namespace stacks::config {
namespace {

std::string Hex32(uint32_t value) {
  static constexpr char HEX[] = "0123456789abcdef";
  std::string out = "0x";
  for (int shift = 28; shift >= 0; shift -= 4) out += HEX[(value >> shift) & 0xf];
  return out;
}

void CheckMainnet(const NodeConfig& c, std::vector<std::string>& errors) {
  const BurnchainSettings& b = c.burnchain;
  const std::string on_mainnet = ": not allowed on mainnet";
  if (b.chain_id != CHAIN_ID_MAINNET) {
    errors.push_back("burnchain.chain_id: mainnet requires " + Hex32(CHAIN_ID_MAINNET) + ", got " + Hex32(b.chain_id));
  }
  if (b.magic_bytes != MAGIC_BYTES_MAINNET) {
    errors.push_back("burnchain.magic_bytes: mainnet requires \"" + std::string(MAGIC_BYTES_MAINNET) + "\"");
  }
  if (b.first_burn_block_height) errors.push_back("burnchain.first_burn_block_height" + on_mainnet);
  if (b.first_burn_block_timestamp) errors.push_back("burnchain.first_burn_block_timestamp" + on_mainnet);
  if (b.first_burn_block_hash) errors.push_back("burnchain.first_burn_block_hash" + on_mainnet);
  if (b.pox_2_activation) errors.push_back("burnchain.pox_2_activation" + on_mainnet);
  if (b.epochs) errors.push_back("burnchain.epochs" + on_mainnet);
  if (c.node.use_test_genesis_chainstate == true) errors.push_back("node.use_test_genesis_chainstate" + on_mainnet);
  if (c.node.pox_5_sbtc_contract) errors.push_back("node.pox_5_sbtc_contract" + on_mainnet);
  if (c.node.pox_5_sbtc_registry_contract) errors.push_back("node.pox_5_sbtc_registry_contract" + on_mainnet);
  if (c.node.pox_5_bond_admin) errors.push_back("node.pox_5_bond_admin" + on_mainnet);
  if (c.node.pox_5_pause_admin) errors.push_back("node.pox_5_pause_admin" + on_mainnet);
  if (!c.initial_balances.empty()) errors.push_back("ustx_balance" + on_mainnet);
  if (c.miner.replay_transactions) errors.push_back("miner.replay_transactions" + on_mainnet);
}

}  // namespace

util::Status ValidateNodeConfig(const NodeConfig& config) {
  std::vector<std::string> errors;
  const BurnchainSettings& b = config.burnchain;
  if (config.IsMainnet()) CheckMainnet(config, errors);
  if (b.mode == BurnchainMode::kHelium && !b.local_mining_public_key) {
    errors.push_back("burnchain.local_mining_public_key: required in helium mode");
  }
  if (config.node.miner && !config.node.mock_mining && b.mode != BurnchainMode::kMocknet && !b.wallet_name) {
    errors.push_back("burnchain.wallet_name: required for a miner that commits to bitcoind (set it, or mock_mining)");
  }
  const uint32_t reward_length = EffectivePoxRewardCycleLength(b);
  const uint32_t prepare_length = EffectivePoxPrepareLength(b);
  if (reward_length == 0 || prepare_length == 0 || prepare_length >= reward_length) {
    errors.push_back("burnchain.pox_prepare_length: must be at least 1 and below the reward cycle length (" +
                     std::to_string(prepare_length) + " vs " + std::to_string(reward_length) + ")");
  } else if (b.epochs && !config.IsMainnet()) {
    EpochScheduleContext context;
    context.first_burn_block_height = EffectiveFirstBurnBlockHeight(b);
    context.pox_reward_cycle_length = reward_length;
    context.pox_prepare_length = prepare_length;
    context.pox_2_activation = b.pox_2_activation;
    auto status = ValidateEpochSchedule(*b.epochs, context);
    if (!status) errors.push_back("burnchain.epochs: " + status.error().message);
  }
  if (config.miner.block_rejection_timeout_steps.find(0) == config.miner.block_rejection_timeout_steps.end()) {
    errors.push_back("miner.block_rejection_timeout_steps: needs a step for 0 (percent rejected)");
  }
  if (errors.empty()) return {};
  std::string message;
  for (const std::string& error : errors) message += (message.empty() ? "" : "; ") + error;
  return util::InvalidArgument(message);
}

}  // namespace stacks::config
