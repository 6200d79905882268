// Names of the enumerations in the settings headers, and the defaults that are not constants.
#include <array>
#include <map>
#include <string_view>
#include <utility>

#include "config/burnchain_settings.h"
#include "config/miner_settings.h"

namespace stacks::config {
namespace {

constexpr std::array<std::pair<BurnchainMode, std::string_view>, 8> MODE_NAMES = {{
    {BurnchainMode::kMocknet, "mocknet"},
    {BurnchainMode::kHelium, "helium"},
    {BurnchainMode::kNeon, "neon"},
    {BurnchainMode::kArgon, "argon"},
    {BurnchainMode::kKrypton, "krypton"},
    {BurnchainMode::kXenon, "xenon"},
    {BurnchainMode::kMainnet, "mainnet"},
    {BurnchainMode::kNakamotoNeon, "nakamoto-neon"},
}};

}  // namespace

std::string_view BurnchainModeName(BurnchainMode mode) {
  for (const auto& [m, name] : MODE_NAMES) {
    if (m == mode) return name;
  }
  return "unknown";
}

std::optional<BurnchainMode> ParseBurnchainMode(std::string_view name) {
  for (const auto& [mode, n] : MODE_NAMES) {
    if (n == name) return mode;
  }
  return std::nullopt;
}

BitcoinNetwork BitcoinNetworkOf(BurnchainMode mode) {
  switch (mode) {
    case BurnchainMode::kMainnet:
      return BitcoinNetwork::kMainnet;
    case BurnchainMode::kXenon:
      return BitcoinNetwork::kTestnet;
    default:
      return BitcoinNetwork::kRegtest;
  }
}

uint32_t EffectivePoxRewardCycleLength(const BurnchainSettings& burnchain) {
  if (burnchain.pox_reward_length) return *burnchain.pox_reward_length;
  switch (BitcoinNetworkOf(burnchain.mode)) {
    case BitcoinNetwork::kMainnet:
      return MAINNET_POX_REWARD_CYCLE_LENGTH;
    case BitcoinNetwork::kTestnet:
      return TESTNET_POX_REWARD_CYCLE_LENGTH;
    case BitcoinNetwork::kRegtest:
      break;
  }
  return REGTEST_POX_REWARD_CYCLE_LENGTH;
}

uint32_t EffectivePoxPrepareLength(const BurnchainSettings& burnchain) {
  if (burnchain.pox_prepare_length) return *burnchain.pox_prepare_length;
  switch (BitcoinNetworkOf(burnchain.mode)) {
    case BitcoinNetwork::kMainnet:
      return MAINNET_POX_PREPARE_LENGTH;
    case BitcoinNetwork::kTestnet:
      return TESTNET_POX_PREPARE_LENGTH;
    case BitcoinNetwork::kRegtest:
      break;
  }
  return REGTEST_POX_PREPARE_LENGTH;
}

uint64_t EffectiveFirstBurnBlockHeight(const BurnchainSettings& burnchain) {
  if (burnchain.first_burn_block_height) return *burnchain.first_burn_block_height;
  switch (BitcoinNetworkOf(burnchain.mode)) {
    case BitcoinNetwork::kMainnet:
      return MAINNET_FIRST_BURN_BLOCK_HEIGHT;
    case BitcoinNetwork::kTestnet:
      return TESTNET_FIRST_BURN_BLOCK_HEIGHT;
    case BitcoinNetwork::kRegtest:
      break;
  }
  return REGTEST_FIRST_BURN_BLOCK_HEIGHT;
}

std::string_view MempoolWalkStrategyName(MempoolWalkStrategy strategy) {
  return strategy == MempoolWalkStrategy::kGlobalFeeRate ? "GlobalFeeRate" : "NextNonceWithHighestFeeRate";
}

std::string_view MempoolTxTypeName(MempoolTxType type) {
  switch (type) {
    case MempoolTxType::kTokenTransfer:
      return "TokenTransfer";
    case MempoolTxType::kSmartContract:
      return "SmartContract";
    case MempoolTxType::kContractCall:
      return "ContractCall";
  }
  return "unknown";
}

std::map<uint32_t, uint64_t> DefaultBlockRejectionTimeoutSteps() { return {{0, 180}, {10, 90}, {20, 45}, {30, 0}}; }

}  // namespace stacks::config
