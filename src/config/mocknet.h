// The configuration `make run` starts a node with: a mocknet miner that reaches epoch 3.0 (Nakamoto) quickly.
//
// It is the reference's `stacks-node mocknet` preset (ConfigFile::mocknet(): mode "mocknet", a 10 s burn block
// interval) with the changes conf/mocknet-miner-conf.toml makes to it (mining, the test genesis chainstate, public
// address 127.0.0.1:20444) and an explicit epoch schedule: the reference's mocknet stops at epoch 2.1, this
// project's mocknet runs the Nakamoto rules from MOCKNET_EPOCHS' "3.0" on.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "config/epoch_schedule.h"
#include "config/node_config.h"
#include "crypto/secp256k1.h"

namespace stacks::config {

/// Burn block interval of the reference's mocknet preset (burnchain.commit_anchor_block_within).
inline constexpr uint64_t MOCKNET_BURN_BLOCK_INTERVAL_MS = 10'000;
/// connection_options.public_ip_address of conf/mocknet-miner-conf.toml.
inline constexpr std::string_view MOCKNET_PUBLIC_IP_ADDRESS = "127.0.0.1:20444";
/// µSTX each preset account holds (10 million STX).
inline constexpr uint64_t MOCKNET_PRESET_BALANCE_USTX = 10'000'000'000'000'000;
/// The four accounts the reference's mocknet preset funds; their keys are published in stacks-core's source.
inline constexpr std::array<std::string_view, 4> MOCKNET_PRESET_ADDRESSES = {
    "ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19", "ST3KCNDSWZSFZCC6BE4VA9AXWXC9KEB16FBTRK36T",
    "STB2BWB0K5XZGS3FXVTG3TKS46CQVV66NAK3YVN8", "STSTW15D618BSZQB85R058DS46THH86YQQY6XCB7"};

/// The shortest schedule that passes the reference's Nakamoto checks with the regtest PoX lengths (reward cycles of
/// 5 burn blocks, prepare phases of 3): every 2.x epoch in the first burn blocks, 3.0 at height 12 (reward cycle 2,
/// offset 2). Burn blocks before 12 carry no Stacks blocks.
std::vector<EpochStart> MocknetEpochs();

/// A mocknet miner: node.miner, node.seed, node.local_peer_seed and miner.mining_key from `miner_key`,
/// use_test_genesis_chainstate, public_ip_address MOCKNET_PUBLIC_IP_ADDRESS, a burn block every
/// MOCKNET_BURN_BLOCK_INTERVAL_MS, epochs MocknetEpochs(), and `funded_accounts` as the genesis balances. Every other
/// setting is at its default (RPC on 0.0.0.0:20443, p2p on 0.0.0.0:20444, working_dir unset). The result passes
/// ValidateNodeConfig.
/// In: miner_key: copied; the caller keeps its own. funded_accounts: moved into the config.
NodeConfig DefaultMocknetConfig(const crypto::PrivateKey& miner_key, std::vector<InitialBalance> funded_accounts);

/// MOCKNET_PRESET_ADDRESSES, each with MOCKNET_PRESET_BALANCE_USTX.
std::vector<InitialBalance> MocknetPresetBalances();

}  // namespace stacks::config
