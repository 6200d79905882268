#include "config/mocknet.h"

#include <gtest/gtest.h>

#include "config_test_util.h"
#include "util/hex.h"

namespace stacks::config {
namespace {

class MocknetTest : public ::testing::Test {
 protected:
  static crypto::PrivateKey Key() {
    return crypto::PrivateKey::FromHex("e5b7d80acb85ffd997bae1a42267bc640f5e09b02a51597bf8885d38efe1437901").value();
  }
};

TEST_F(MocknetTest, DefaultConfigIsAValidMocknetMiner) {
  const NodeConfig config = DefaultMocknetConfig(Key(), MocknetPresetBalances());
  EXPECT_TRUE(ValidateNodeConfig(config));
  EXPECT_EQ(config.burnchain.mode, BurnchainMode::kMocknet);
  EXPECT_EQ(config.burnchain.commit_anchor_block_within_ms, MOCKNET_BURN_BLOCK_INTERVAL_MS);
  EXPECT_EQ(config.burnchain.epochs, MocknetEpochs());
  EXPECT_TRUE(config.node.miner);
  EXPECT_EQ(config.node.seed, Key().ToBytes());
  EXPECT_EQ(config.node.local_peer_seed, Key().ToBytes());
  EXPECT_EQ(config.miner.mining_key, Key());
  EXPECT_EQ(config.node.use_test_genesis_chainstate, true);
  EXPECT_EQ(config.connection_options.public_ip_address, "127.0.0.1:20444");
  ASSERT_EQ(config.initial_balances.size(), 4u);
  EXPECT_EQ(config.initial_balances[2].address.ToString(), "STB2BWB0K5XZGS3FXVTG3TKS46CQVV66NAK3YVN8");
  EXPECT_EQ(config.initial_balances[2].amount_ustx, MOCKNET_PRESET_BALANCE_USTX);
}

TEST_F(MocknetTest, ScheduleReachesNakamotoAtHeightTwelve) {
  const std::vector<EpochStart> epochs = MocknetEpochs();
  ASSERT_EQ(epochs.size(), 9u);
  EXPECT_EQ(epochs.front(), (EpochStart{"1.0", 0}));
  EXPECT_EQ(epochs.back(), (EpochStart{"3.0", 12}));
}

TEST_F(MocknetTest, FundedAccountsAreTheCallers) {
  const NodeConfig config = DefaultMocknetConfig(Key(), {});
  EXPECT_TRUE(config.initial_balances.empty());
  EXPECT_TRUE(ValidateNodeConfig(config));
}

}  // namespace
}  // namespace stacks::config
