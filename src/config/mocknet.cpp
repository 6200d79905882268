#include "config/mocknet.h"

#include <cstdlib>
#include <string>
#include <utility>

namespace stacks::config {

std::vector<EpochStart> MocknetEpochs() {
  return {{"1.0", 0}, {"2.0", 0}, {"2.05", 1}, {"2.1", 2}, {"2.2", 3}, {"2.3", 4}, {"2.4", 5}, {"2.5", 6}, {"3.0", 12}};
}

NodeConfig DefaultMocknetConfig(const crypto::PrivateKey& miner_key, std::vector<InitialBalance> funded_accounts) {
  NodeConfig config;
  config.burnchain.mode = BurnchainMode::kMocknet;
  config.burnchain.commit_anchor_block_within_ms = MOCKNET_BURN_BLOCK_INTERVAL_MS;
  config.burnchain.epochs = MocknetEpochs();
  config.node.miner = true;
  config.node.seed = miner_key.ToBytes();
  config.node.local_peer_seed = miner_key.ToBytes();
  config.node.use_test_genesis_chainstate = true;
  config.miner.mining_key = miner_key;
  config.connection_options.public_ip_address = std::string(MOCKNET_PUBLIC_IP_ADDRESS);
  config.initial_balances = std::move(funded_accounts);
  return config;
}

std::vector<InitialBalance> MocknetPresetBalances() {
  std::vector<InitialBalance> balances;
  for (std::string_view text : MOCKNET_PRESET_ADDRESSES) {
    auto address = codec::StacksAddress::Parse(text);
    if (!address) std::abort();  // A constant of this file.
    balances.push_back({*address, MOCKNET_PRESET_BALANCE_USTX});
  }
  return balances;
}

}  // namespace stacks::config
