#include "node/node_options.h"

#include <gtest/gtest.h>

#include "config/node_config.h"
#include "test_util.h"

namespace stacks::node {
namespace {

using stacks::testing::ErrorOf;
using util::ErrorCode;

constexpr const char* MINER_KEY = "e5b7d80acb85ffd997bae1a42267bc640f5e09b02a51597bf8885d38efe1437901";

config::NodeConfig Parse(const std::string& toml) {
  std::vector<std::string> warnings;
  auto config = config::ParseNodeConfig(toml, &warnings);
  EXPECT_TRUE(config) << ErrorOf(config).ToString();
  return std::move(config).value();
}

std::string MinerConfig(const std::string& extra = "") {
  return std::string("[node]\nrpc_bind = \"127.0.0.1:20443\"\nworking_dir = \"/tmp/x\"\nminer = true\nseed = \"") +
         MINER_KEY + "\"\n[burnchain]\nchain = \"bitcoin\"\nmode = \"mocknet\"\n" + extra;
}

TEST(NodeOptionsTest, ResolvesTheSeedsMinerConfig) {
  auto options = NodeOptionsFromConfig(Parse(MinerConfig()), 1);
  ASSERT_TRUE(options) << ErrorOf(options).ToString();
  EXPECT_EQ(options->working_dir, "/tmp/x");
  EXPECT_EQ(options->chainstate_dir, "/tmp/x/chainstate");
  EXPECT_EQ(options->rpc_host, "127.0.0.1");
  EXPECT_EQ(options->rpc_port, 20443);
  ASSERT_TRUE(options->miner.has_value());
  EXPECT_EQ(options->miner->signing_key.ToHex(), MINER_KEY);
  EXPECT_EQ(options->burn_block_interval_ms, config::DEFAULT_COMMIT_ANCHOR_BLOCK_WITHIN_MS);
  EXPECT_EQ(options->burnchain_params.magic, (burnchain::MagicBytes{'i', 'd'}));
  EXPECT_EQ(options->chain_id, chain::CHAIN_ID_TESTNET);
  EXPECT_FALSE(options->mainnet);
}

TEST(NodeOptionsTest, VrfKeyIsStableAndDiffersPerMiner) {
  auto a = NodeOptionsFromConfig(Parse(MinerConfig()), 1);
  auto b = NodeOptionsFromConfig(Parse(MinerConfig()), 2);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->miner->vrf_key.public_key().ToBytes(), b->miner->vrf_key.public_key().ToBytes());
  std::string other = MinerConfig();
  other.replace(other.find(MINER_KEY), 64, std::string(64, '1'));
  auto c = NodeOptionsFromConfig(Parse(other), 1);
  ASSERT_TRUE(c) << ErrorOf(c).ToString();
  EXPECT_NE(a->miner->vrf_key.public_key().ToBytes(), c->miner->vrf_key.public_key().ToBytes());
}

TEST(NodeOptionsTest, DefaultScheduleReachesNakamoto) {
  auto options = NodeOptionsFromConfig(Parse(MinerConfig()), 1);
  ASSERT_TRUE(options);
  EXPECT_EQ(options->EpochAt(0), chain::StacksEpochId::k20);
  const auto nakamoto = options->EpochStartHeight(chain::StacksEpochId::k30);
  ASSERT_TRUE(nakamoto.has_value());
  EXPECT_LE(*nakamoto, 20u);
  EXPECT_EQ(options->EpochAt(*nakamoto), chain::StacksEpochId::k30);
  EXPECT_EQ(options->EpochAt(*nakamoto - 1), chain::StacksEpochId::k25);
  EXPECT_EQ(options->EpochAt(1'000'000), chain::StacksEpochId::k30);
}

TEST(NodeOptionsTest, ConfiguredEpochsAndPoxLengthsAreUsed) {
  auto options =
      NodeOptionsFromConfig(Parse(MinerConfig("pox_reward_length = 20\npox_prepare_length = 5\n"
                                              "[[burnchain.epochs]]\nepoch_name = \"1.0\"\nstart_height = 0\n"
                                              "[[burnchain.epochs]]\nepoch_name = \"2.0\"\nstart_height = 0\n")),
                            1);
  ASSERT_TRUE(options) << ErrorOf(options).ToString();
  EXPECT_EQ(options->pox.reward_cycle_length, 20u);
  EXPECT_EQ(options->pox.prepare_length, 5u);
  ASSERT_EQ(options->epochs.size(), 2u);
  EXPECT_EQ(options->EpochAt(500), chain::StacksEpochId::k20);
  EXPECT_EQ(options->EpochStartHeight(chain::StacksEpochId::k30), std::nullopt);
}

TEST(NodeOptionsTest, CommitRuleFollowsThePreparePhase) {
  auto options = NodeOptionsFromConfig(Parse(MinerConfig()), 1);
  ASSERT_TRUE(options);
  // Regtest cycles: 5 blocks, the last 3 (offsets 3, 4 and 0) a prepare phase.
  EXPECT_EQ(options->CommitRuleAt(11), burnchain::CommitOutputRule::kRewardPhase);
  EXPECT_EQ(options->CommitRuleAt(12), burnchain::CommitOutputRule::kRewardPhase);
  EXPECT_EQ(options->CommitRuleAt(13), burnchain::CommitOutputRule::kBurnOnly);
  EXPECT_EQ(options->CommitRuleAt(15), burnchain::CommitOutputRule::kBurnOnly);
}

TEST(NodeOptionsTest, RefusesBitcoindModes) {
  config::NodeConfig config = Parse(MinerConfig());
  config.burnchain.mode = config::BurnchainMode::kKrypton;
  auto options = NodeOptionsFromConfig(config, 1);
  ASSERT_FALSE(options);
  EXPECT_EQ(options.error().code, ErrorCode::kUnimplemented);
  EXPECT_NE(options.error().message.find("mocknet"), std::string::npos);
}

TEST(NodeOptionsTest, MinerNeedsAKey) {
  auto options =
      NodeOptionsFromConfig(Parse("[node]\nminer = true\n[burnchain]\nchain = \"bitcoin\"\nmode = \"mocknet\"\n"), 1);
  ASSERT_FALSE(options);
  EXPECT_EQ(options.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(options.error().message.find("node.seed"), std::string::npos);
}

TEST(NodeOptionsTest, SeedMustBeAPrivateKey) {
  std::string toml = MinerConfig();
  toml.replace(toml.find(MINER_KEY), 66, "00");
  auto options = NodeOptionsFromConfig(Parse(toml), 1);
  ASSERT_FALSE(options);
  EXPECT_EQ(options.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(options.error().message.find("node.seed"), std::string::npos);
}

TEST(NodeOptionsTest, DefaultWorkingDirectoryIsNamedByTime) {
  auto options = NodeOptionsFromConfig(Parse("[burnchain]\nchain = \"bitcoin\"\nmode = \"mocknet\"\n"), 1234);
  ASSERT_TRUE(options) << ErrorOf(options).ToString();
  EXPECT_EQ(options->working_dir, "/tmp/stacks-node-1234");
  EXPECT_FALSE(options->miner.has_value());
}

}  // namespace
}  // namespace stacks::node
