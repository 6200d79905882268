#include "config/node_config.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "config/mocknet.h"
#include "config_test_util.h"
#include "util/hex.h"

namespace stacks::config {
namespace {

using testing::HasError;
using util::ErrorCode;

// A throwaway key from `stacks-cli -t make_keychain` (also in conf/mocknet-miner-conf.toml); never holds funds.
constexpr std::string_view KEY = "e5b7d80acb85ffd997bae1a42267bc640f5e09b02a51597bf8885d38efe1437901";
constexpr std::string_view PUBLIC_KEY = "025f0ac2da6f824ae1352365a8f3c4621906339b4ecc28c2b9832a110c2da9507e";
constexpr std::string_view ADDRESS = "ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19";

// The seed's mocknet-miner-conf.toml, byte for byte, placeholders included.
constexpr std::string_view SEED_CONF = R"([node]
# working_dir = "/dir/to/save/chainstate"
rpc_bind = "0.0.0.0:20443"
p2p_bind = "0.0.0.0:20444"
seed = "<npx privateKey>"
local_peer_seed = "<npx privateKey>"
miner = true
wait_time_for_microblocks = 10000
use_test_genesis_chainstate = true

[connection_options]
public_ip_address = "127.0.0.1:20444"

[burnchain]
chain = "bitcoin"
mode = "mocknet"

[[ustx_balance]]
address = "ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19"
amount = 100000000000000

[[ustx_balance]]
address = "ST3KCNDSWZSFZCC6BE4VA9AXWXC9KEB16FBTRK36T"
amount = 100000000000000

[[ustx_balance]]
address = "STB2BWB0K5XZGS3FXVTG3TKS46CQVV66NAK3YVN8"
amount = 100000000000000

[[ustx_balance]]
address = "STSTW15D618BSZQB85R058DS46THH86YQQY6XCB7"
amount = 100000000000000


)";

class NodeConfigTest : public ::testing::Test {
 protected:
  util::Result<NodeConfig> Parse(std::string_view text) {
    warnings.clear();
    return ParseNodeConfig(text, &warnings);
  }
  // Parses `text`, which must succeed.
  NodeConfig Ok(std::string_view text) {
    auto config = Parse(text);
    EXPECT_TRUE(config) << stacks::testing::ErrorOf(config).message;
    return config ? *config : NodeConfig{};
  }
  // A document with one key set in one section.
  static std::string Key(std::string_view section, std::string_view key_and_value) {
    return "[" + std::string(section) + "]\n" + std::string(key_and_value) + "\n";
  }
  static std::string FilledSeedConf() {
    std::string text(SEED_CONF);
    for (size_t at; (at = text.find("<npx privateKey>")) != std::string::npos;) text.replace(at, 16, KEY);
    return text;
  }
  bool Warned(std::string_view needle) const {
    for (const auto& w : warnings) {
      if (w.find(needle) != std::string::npos) return true;
    }
    return false;
  }
  std::vector<std::string> warnings;
};

// ---- Files that must parse ----

TEST_F(NodeConfigTest, EmptyFileGivesMocknetFollowerDefaults) {
  const NodeConfig config = Ok("");
  EXPECT_EQ(config, NodeConfig{});
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(config.burnchain.mode, BurnchainMode::kMocknet);
  EXPECT_EQ(config.burnchain.chain_id, CHAIN_ID_TESTNET);
  EXPECT_EQ(config.burnchain.magic_bytes, "id");
  EXPECT_EQ(config.burnchain.commit_anchor_block_within_ms, 5'000u);
  EXPECT_FALSE(config.node.miner);
  EXPECT_EQ(config.node.rpc_bind, "0.0.0.0:20443");
  EXPECT_EQ(config.node.data_url, "http://127.0.0.1:20443");
  EXPECT_FALSE(config.miner.mining_key);
  EXPECT_EQ(config.connection_options.inv_reward_cycles, INV_REWARD_CYCLES_TESTNET);
}

TEST_F(NodeConfigTest, SeedConfWithPlaceholdersFilledParses) {
  const NodeConfig config = Ok(FilledSeedConf());
  EXPECT_TRUE(config.node.miner);
  EXPECT_EQ(config.node.seed, util::FromHex(KEY).value());
  EXPECT_EQ(config.node.local_peer_seed, util::FromHex(KEY).value());
  EXPECT_EQ(config.node.use_test_genesis_chainstate, true);
  EXPECT_EQ(config.connection_options.public_ip_address, "127.0.0.1:20444");
  ASSERT_EQ(config.initial_balances.size(), 4u);
  EXPECT_EQ(config.initial_balances[0].address.ToString(), ADDRESS);
  EXPECT_EQ(config.initial_balances[3].amount_ustx, 100'000'000'000'000u);
  // No [miner] section: the reference leaves the mining key unset, and so does this parser.
  EXPECT_FALSE(config.miner.mining_key);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0],
            "deprecated key node.wait_time_for_microblocks at line 8 (ignored: epoch 2.x microblocks are not built)");
}

TEST_F(NodeConfigTest, SeedConfWithPlaceholdersLeftInFailsNamingBothKeys) {
  auto config = Parse(SEED_CONF);
  EXPECT_TRUE(HasError(config, ErrorCode::kInvalidArgument, "node.seed: expected hex bytes: "));
  EXPECT_TRUE(HasError(config, ErrorCode::kInvalidArgument, "node.local_peer_seed: expected hex bytes: "));
  EXPECT_TRUE(HasError(config, ErrorCode::kInvalidArgument, "(line 5)"));
}

TEST_F(NodeConfigTest, ShippedMocknetMinerConfParses) {
  const std::filesystem::path path =
      std::filesystem::path(STACKS_TEST_DATA_DIR) / "../../../conf/mocknet-miner-conf.toml";
  auto config = LoadNodeConfigFile(path, &warnings);
  ASSERT_TRUE(config) << config.error().message;
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_TRUE(Warned("node.wait_time_for_microblocks"));
  EXPECT_EQ(*config, Ok(FilledSeedConf()));
}

TEST_F(NodeConfigTest, EveryKeyOfEverySectionParses) {
  const std::string text = std::string(R"(
[node]
name = "n1"
seed = "00"
deny_nodes = "1.2.3.4:20444,example.com:1"
working_dir = "/var/stacks"
rpc_bind = "127.0.0.1:30443"
p2p_bind = "[::1]:30444"
p2p_address = "node.example:30444"
data_url = "https://node.example"
bootstrap_node = ")") + std::string(PUBLIC_KEY) +
                           R"(@seed.example:20444,"
local_peer_seed = "0102"
miner = true
stacker = true
mock_mining = true
wait_time_for_blocks = 1
next_initiative_delay = 2
prometheus_bind = "0.0.0.0:9153"
marf_defer_hashing = false
marf_compress = false
use_test_genesis_chainstate = false
chain_liveness_poll_time_secs = 3
event_dispatcher_blocking = false
event_dispatcher_queue_size = 4
stacker_dbs = ["ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19.db"]
fault_injection_block_push_fail_probability = 100
txindex = true
pox_5_sbtc_contract = "ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19.sbtc"
pox_5_sbtc_registry_contract = "ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19.registry"
pox_5_bond_admin = "ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19"
pox_5_pause_admin = "ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19.admin"

[burnchain]
chain = "bitcoin"
mode = "nakamoto-neon"
chain_id = 2147483648
burn_fee_cap = 1
commit_anchor_block_within = 2
peer_host = "bitcoind.example"
peer_port = 18444
rpc_port = 18443
rpc_ssl = true
username = "u"
password = "p"
timeout = 3
socket_timeout = 4
magic_bytes = "T3"
local_mining_public_key = ")" +
                           std::string(PUBLIC_KEY) + R"("
process_exit_at_block_height = 5
poll_time_secs = 6
satoshis_per_byte = 7
leader_key_tx_estimated_size = 8
block_commit_tx_estimated_size = 9
rbf_fee_increment = 10
max_rbf = 11
first_burn_block_height = 0
first_burn_block_timestamp = 12
first_burn_block_hash = "0000000000000000000000000000000000000000000000000000000000000000"
pox_prepare_length = 3
pox_reward_length = 5
pox_2_activation = 3
wallet_name = "miner/w-1.a_b"
fault_injection_burnchain_block_delay = 13
max_unspent_utxos = 1024
[[burnchain.epochs]]
epoch_name = "1.0"
start_height = 0
[[burnchain.epochs]]
epoch_name = "2.0"
start_height = 0
[[burnchain.epochs]]
epoch_name = "2.05"
start_height = 1
[[burnchain.epochs]]
epoch_name = "2.1"
start_height = 2

[miner]
mining_key = ")" + std::string(KEY) +
                           R"("
nakamoto_attempt_time_ms = 1
mempool_walk_strategy = "GlobalFeeRate"
probability_pick_no_estimate_tx = 100
block_reward_recipient = "ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19.pool"
segwit = true
nonce_cache_size = 2
candidate_retry_cache_size = 3
activated_vrf_key_path = "/tmp/vrf"
txs_to_consider = "ContractCall,TokenTransfer,ContractCall"
filter_origins = "ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19,ST3KCNDSWZSFZCC6BE4VA9AXWXC9KEB16FBTRK36T"
min_time_between_blocks_ms = 1500
empty_mempool_sleep_ms = 4
first_rejection_pause_ms = 5
subsequent_rejection_pause_ms = 6
block_commit_delay_ms = 7
tenure_cost_limit_per_block_percentage = 100
contract_cost_limit_percentage = 0
tenure_extend_poll_secs = 8
tenure_extend_wait_timeout_ms = 9
tenure_timeout_secs = 10
tenure_extend_cost_threshold = 11
block_rejection_timeout_steps = { "0" = 100, "50" = 1 }
max_execution_time_secs = 12
max_analysis_time_secs = 13
replay_transactions = true
stackerdb_timeout_secs = 14
max_tenure_bytes = 15
log_skipped_transactions = true
max_assembly_mem_bytes = 16

[connection_options]
inbox_maxlen = 1
outbox_maxlen = 2
connect_timeout = 3
handshake_timeout = 4
timeout = 5
idle_timeout = 6
heartbeat = 7
private_key_lifetime = 8
num_neighbors = 9
num_clients = 10
max_http_clients = 11
soft_num_neighbors = 12
soft_num_clients = 13
soft_max_neighbors_per_org = 14
soft_max_clients_per_host = 15
max_sockets = 16
walk_interval = 17
walk_seed_probability = 1
log_neighbors_freq = 18
dns_timeout = 19
max_inflight_blocks = 20
max_inflight_attachments = 21
read_only_call_limit_write_length = 22
read_only_call_limit_read_length = 23
read_only_call_limit_write_count = 24
read_only_call_limit_read_count = 25
read_only_call_limit_runtime = 26
maximum_call_argument_size = 27
read_only_max_execution_time_secs = 28
read_only_call_max_mem_bytes = 29
inv_sync_interval = 30
inv_reward_cycles = 31
public_ip_address = "[::1]:20444"
disable_inbound_walks = true
disable_inbound_handshakes = true
disable_block_download = true
force_disconnect_interval = 32
private_neighbors = true
auth_token = "secret"
reject_blocks_pushed = true
stackerdb_hint_replicas = '[[{"issuer":[26,[]],"name":"db"}, [{"ip":"1.2.3.4","port":1}]]]'
block_proposal_max_age_secs = 33
block_proposal_validation_timeout_secs = 34
block_proposal_max_tx_execution_time_secs = 35
block_proposal_max_tx_analysis_time_secs = 36
block_proposal_max_tx_mem_bytes = 37
max_transaction_push_bandwidth = 38
max_stackerdb_push_bandwidth = 39
max_nakamoto_block_push_bandwidth = 40

[fee_estimation]
cost_estimator = "Naive_Pessimistic"
fee_estimator = "FUZZED_WEIGHTED_MEDIAN_FEE_RATE"
cost_metric = "proportion_dot_product"
disabled = true
log_error = true
fee_rate_fuzzer_fraction = 0.5
fee_rate_window_size = 9

[atlas]
attachments_max_size = 2000000
max_uninstantiated_attachments = 60000
uninstantiated_attachments_expire_after = 90000
unresolved_attachment_instances_expire_after = 180000

[[ustx_balance]]
address = "ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19"
amount = 9223372036854775807

[[events_observer]]
endpoint = "localhost:3700"
events_keys = ["*", "stackerdb", "block_proposal", "burn_blocks"]
timeout_ms = 5
disable_retries = true
disable_contract_interface = true
)";
  const NodeConfig c = Ok(text);
  EXPECT_TRUE(warnings.empty()) << warnings[0];
  EXPECT_EQ(c.node.name, "n1");
  EXPECT_EQ(c.node.seed, util::Bytes{0});
  ASSERT_EQ(c.node.deny_nodes.size(), 2u);
  EXPECT_EQ(c.node.deny_nodes[1], (HostPort{"example.com", 1, false}));
  EXPECT_EQ(c.node.working_dir, "/var/stacks");
  EXPECT_EQ(c.node.p2p_bind, "[::1]:30444");
  EXPECT_EQ(c.node.p2p_address, "node.example:30444");
  EXPECT_EQ(c.node.data_url, "https://node.example");
  ASSERT_EQ(c.node.bootstrap_nodes.size(), 1u);
  EXPECT_EQ(c.node.bootstrap_nodes[0].public_key.ToHex(), PUBLIC_KEY);
  EXPECT_EQ(c.node.bootstrap_nodes[0].address.ToString(), "seed.example:20444");
  EXPECT_EQ(c.node.local_peer_seed, (util::Bytes{1, 2}));
  EXPECT_TRUE(c.node.miner && c.node.stacker && c.node.mock_mining);
  EXPECT_EQ(c.node.wait_time_for_blocks_ms, 1u);
  EXPECT_EQ(c.node.next_initiative_delay_ms, 2u);
  EXPECT_EQ(c.node.prometheus_bind, "0.0.0.0:9153");
  EXPECT_FALSE(c.node.marf_defer_hashing || c.node.marf_compress || c.node.event_dispatcher_blocking);
  EXPECT_EQ(c.node.use_test_genesis_chainstate, false);
  EXPECT_EQ(c.node.chain_liveness_poll_time_secs, 3u);
  EXPECT_EQ(c.node.event_dispatcher_queue_size, 4u);
  ASSERT_EQ(c.node.stacker_dbs.size(), 1u);
  EXPECT_EQ(c.node.stacker_dbs[0].name, "db");
  EXPECT_EQ(c.node.fault_injection_block_push_fail_probability, 100);
  EXPECT_TRUE(c.node.txindex);
  EXPECT_EQ(c.node.pox_5_sbtc_registry_contract->name, "registry");
  EXPECT_TRUE(std::holds_alternative<codec::StandardPrincipal>(*c.node.pox_5_bond_admin));
  EXPECT_TRUE(std::holds_alternative<codec::ContractPrincipal>(*c.node.pox_5_pause_admin));

  EXPECT_EQ(c.burnchain.mode, BurnchainMode::kNakamotoNeon);
  EXPECT_EQ(c.burnchain.burn_fee_cap_sats, 1u);
  EXPECT_EQ(c.burnchain.commit_anchor_block_within_ms, 2u);
  EXPECT_EQ(c.burnchain.peer_host, "bitcoind.example");
  EXPECT_EQ(c.burnchain.peer_port, 18444);
  EXPECT_EQ(c.burnchain.rpc_port, 18443);
  EXPECT_TRUE(c.burnchain.rpc_ssl);
  EXPECT_EQ(c.burnchain.password, "p");
  EXPECT_EQ(c.burnchain.magic_bytes, "T3");
  EXPECT_EQ(c.burnchain.max_rbf_percent, 11u);
  EXPECT_EQ(c.burnchain.first_burn_block_timestamp, 12u);
  ASSERT_TRUE(c.burnchain.epochs);
  EXPECT_EQ(c.burnchain.epochs->back(), (EpochStart{"2.1", 2}));
  EXPECT_EQ(c.burnchain.pox_2_activation, 3u);
  EXPECT_EQ(c.burnchain.wallet_name, "miner/w-1.a_b");
  EXPECT_EQ(c.burnchain.fault_injection_burnchain_block_delay_ms, 13u);

  ASSERT_TRUE(c.miner.mining_key);
  EXPECT_EQ(c.miner.mining_key->ToHex(), KEY);
  EXPECT_EQ(c.miner.mempool_walk_strategy, MempoolWalkStrategy::kGlobalFeeRate);
  EXPECT_EQ(c.miner.probability_pick_no_estimate_tx, 100);
  EXPECT_TRUE(c.miner.block_reward_recipient);
  EXPECT_EQ(c.miner.txs_to_consider, (std::vector{MempoolTxType::kContractCall, MempoolTxType::kTokenTransfer}));
  EXPECT_EQ(c.miner.filter_origins.size(), 2u);
  EXPECT_EQ(c.miner.min_time_between_blocks_ms, 1500u);
  EXPECT_EQ(c.miner.tenure_cost_limit_per_block_percentage, std::nullopt);
  EXPECT_EQ(c.miner.contract_cost_limit_percentage, 0);
  EXPECT_EQ(c.miner.block_rejection_timeout_steps, (std::map<uint32_t, uint64_t>{{0, 100}, {50, 1}}));
  EXPECT_TRUE(c.miner.replay_transactions && c.miner.log_skipped_transactions && c.miner.segwit);
  EXPECT_EQ(c.miner.max_assembly_mem_bytes, 16u);

  EXPECT_EQ(c.connection_options.inbox_maxlen, 1u);
  EXPECT_EQ(c.connection_options.heartbeat_secs, 7u);
  EXPECT_EQ(c.connection_options.walk_seed_probability, 1.0);
  EXPECT_EQ(c.connection_options.maximum_call_argument_size, 27u);
  EXPECT_EQ(c.connection_options.inv_reward_cycles, 31u);
  EXPECT_EQ(c.connection_options.public_ip_address, "[::1]:20444");
  EXPECT_EQ(c.connection_options.force_disconnect_interval_secs, 32u);
  EXPECT_EQ(c.connection_options.auth_token, "secret");
  EXPECT_TRUE(c.connection_options.stackerdb_hint_replicas);
  EXPECT_EQ(c.connection_options.max_nakamoto_block_push_bandwidth, 40u);

  EXPECT_TRUE(c.fee_estimation.disabled);
  EXPECT_EQ(c.fee_estimation.fee_estimator, FeeEstimator::kFuzzedWeightedMedianFeeRate);
  EXPECT_EQ(c.fee_estimation.fee_rate_fuzzer_fraction, 0.5);
  EXPECT_EQ(c.atlas.unresolved_attachment_instances_expire_after_secs, 180'000u);

  ASSERT_EQ(c.initial_balances.size(), 1u);
  EXPECT_EQ(c.initial_balances[0].amount_ustx, 9'223'372'036'854'775'807u);
  ASSERT_EQ(c.events_observers.size(), 1u);
  EXPECT_EQ(c.events_observers[0].events_keys.size(), 4u);
  EXPECT_EQ(c.events_observers[0].events_keys[3].kind, EventKey::Kind::kBurnchainBlocks);
  EXPECT_TRUE(c.events_observers[0].disable_retries && c.events_observers[0].disable_contract_interface);
}

TEST_F(NodeConfigTest, ModeSetsChainIdMagicBytesAndInventoryDepth) {
  const NodeConfig xenon = Ok("[burnchain]\nmode = \"xenon\"\n[connection_options]\n");
  EXPECT_EQ(xenon.burnchain.magic_bytes, "T2");
  EXPECT_EQ(xenon.burnchain.chain_id, CHAIN_ID_TESTNET);
  EXPECT_EQ(xenon.connection_options.inv_reward_cycles, INV_REWARD_CYCLES_TESTNET);
  const NodeConfig mainnet = Ok("[burnchain]\nmode = \"mainnet\"\n");
  EXPECT_TRUE(mainnet.IsMainnet());
  EXPECT_EQ(mainnet.burnchain.magic_bytes, "X2");
  EXPECT_EQ(mainnet.burnchain.chain_id, CHAIN_ID_MAINNET);
  EXPECT_EQ(mainnet.connection_options.inv_reward_cycles, INV_REWARD_CYCLES_MAINNET);
}

TEST_F(NodeConfigTest, NodeSectionDerivesDataUrlAndP2pAddressFromRpcBind) {
  const NodeConfig config = Ok(Key("node", "rpc_bind = \"10.0.0.1:1234\""));
  EXPECT_EQ(config.node.data_url, "http://10.0.0.1:1234");
  EXPECT_EQ(config.node.p2p_address, "10.0.0.1:1234");
}

TEST_F(NodeConfigTest, MinerSectionDefaultsMiningKeyToSeed) {
  const NodeConfig config = Ok("[node]\nseed = \"" + std::string(KEY) + "\"\n[miner]\n");
  ASSERT_TRUE(config.miner.mining_key);
  EXPECT_EQ(config.miner.mining_key->ToHex(), KEY);
}

TEST_F(NodeConfigTest, MinerSectionRefusesSeedThatIsNoKeyAsDefaultMiningKey) {
  // The reference's own mocknet sample uses an all-zero seed: fine alone, not as a mining key.
  const std::string zero_seed = "[node]\nseed = \"" + std::string(64, '0') + "\"\n";
  EXPECT_TRUE(Parse(zero_seed));
  EXPECT_TRUE(HasError(Parse(zero_seed + "[miner]\n"), ErrorCode::kInvalidArgument,
                       "miner.mining_key: unset, and node.seed (its default) is not a secp256k1 private key: "
                       "private key is zero"));
}

TEST_F(NodeConfigTest, MstxBalanceIsReadAfterUstxBalanceWithAWarning) {
  const NodeConfig config =
      Ok("[[mstx_balance]]\naddress = \"STB2BWB0K5XZGS3FXVTG3TKS46CQVV66NAK3YVN8\"\namount = 2\n"
         "[[ustx_balance]]\naddress = \"ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19\"\namount = 1\n");
  ASSERT_EQ(config.initial_balances.size(), 2u);
  EXPECT_EQ(config.initial_balances[0].amount_ustx, 1u);
  EXPECT_EQ(config.initial_balances[1].amount_ustx, 2u);
  EXPECT_TRUE(Warned("deprecated key mstx_balance at line 1 (read as ustx_balance)"));
}

TEST_F(NodeConfigTest, ShortMinTimeBetweenBlocksIsRaisedWithAWarning) {
  const NodeConfig config = Ok(Key("miner", "min_time_between_blocks_ms = 10"));
  EXPECT_EQ(config.miner.min_time_between_blocks_ms, MIN_TIME_BETWEEN_BLOCKS_MS);
  EXPECT_TRUE(Warned("miner.min_time_between_blocks_ms (line 2): below the minimum of 1000 ms"));
}

TEST_F(NodeConfigTest, BlankWalletNameIsUnset) {
  EXPECT_FALSE(Ok(Key("burnchain", "wallet_name = \"  \"")).burnchain.wallet_name);
}

TEST_F(NodeConfigTest, NullWarningsPointerIsAllowed) { EXPECT_TRUE(ParseNodeConfig(Key("node", "foo = 1"), nullptr)); }

// ---- Unknown and deprecated keys: warnings, never errors ----

TEST_F(NodeConfigTest, UnknownKeyIsAWarningNamingItsSection) {
  const NodeConfig config = Ok(Key("node", "foo = 1\nminer = true"));
  EXPECT_TRUE(config.node.miner);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0], "unknown key node.foo at line 2 (ignored)");
}

TEST_F(NodeConfigTest, UnknownKeysAreWarnedEverywhere) {
  Ok("top = 1\n[mystery]\nx = 1\n[burnchain]\nfoo = 1\n[[burnchain.epochs]]\nepoch_name = \"1.0\"\nstart_height = 0\n"
     "bar = 2\n[miner]\nread_count_extend_cost_threshold = 25\n[connection_options]\nbaz = true\n"
     "[fee_estimation]\nq = 1\n[atlas]\nr = 1\n"
     "[[ustx_balance]]\naddress = \"ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19\"\namount = 1\nmemo = \"x\"\n"
     "[[events_observer]]\nendpoint = \"localhost:1\"\nevents_keys = []\nretries = 3\n"
     "[\"odd key\\n\"]\n");
  for (std::string_view expected :
       {"unknown key top at line 1", "unknown key mystery at line 2", "unknown key burnchain.foo at line 5",
        "unknown key burnchain.epochs[0].bar at line 9", "unknown key miner.read_count_extend_cost_threshold",
        "unknown key connection_options.baz", "unknown key fee_estimation.q", "unknown key atlas.r",
        "unknown key ustx_balance[0].memo", "unknown key events_observer[0].retries", "unknown key \"odd key\\x0a\""}) {
    EXPECT_TRUE(Warned(expected)) << expected;
  }
  EXPECT_EQ(warnings.size(), 11u);
}

TEST_F(NodeConfigTest, DeprecatedKeysAreTypeCheckedThenIgnoredWithAWarning) {
  Ok("[node]\nmine_microblocks = true\nmicroblock_frequency = 1\nmax_microblocks = 2\npox_sync_sample_secs = 3\n"
     "marf_cache_strategy = \"noop\"\nmock_mining_output_dir = \"/x\"\n"
     "[burnchain]\nsunset_start = 1\nsunset_end = 2\n"
     "[miner]\nfirst_attempt_time_ms = 1\nsubsequent_attempt_time_ms = 1\nmicroblock_attempt_time_ms = 1\n"
     "unprocessed_block_deadline_secs = 1\nwait_on_interim_blocks_ms = 1\nmin_tx_count = 1\n"
     "only_increase_tx_count = true\npre_nakamoto_mock_signing = false\nunconfirmed_commits_helper = \"x\"\n"
     "target_win_probability = 0.5\nfast_rampup = true\nunderperform_stop_threshold = 1\nmax_reorg_depth = 3\n"
     "[connection_options]\nmax_neighbors_per_host = 1\nmax_clients_per_host = 1\nsoft_max_neighbors_per_host = 1\n"
     "download_interval = 1\nfull_inv_sync_interval = 1\nantientropy_public = true\nantientropy_retry = 1\n");
  EXPECT_EQ(warnings.size(), 28u);
  EXPECT_TRUE(Warned("deprecated key node.mine_microblocks at line 2 (ignored: epoch 2.x microblocks"));
  EXPECT_TRUE(Warned("deprecated key miner.max_reorg_depth"));
  EXPECT_TRUE(Warned("deprecated key connection_options.antientropy_retry"));
}

TEST_F(NodeConfigTest, DeprecatedKeyWithWrongTypeIsAnError) {
  EXPECT_TRUE(HasError(Parse(Key("node", "wait_time_for_microblocks = \"soon\"")), ErrorCode::kInvalidArgument,
                       "node.wait_time_for_microblocks: expected a non-negative integer, got \"soon\" (line 2)"));
  EXPECT_TRUE(HasError(Parse(Key("miner", "fast_rampup = 1")), ErrorCode::kInvalidArgument,
                       "miner.fast_rampup: expected true or false, got 1"));
}

// ---- TOML syntax ----

TEST_F(NodeConfigTest, SyntaxErrorGivesLineAndColumn) {
  EXPECT_TRUE(HasError(Parse("[node]\nminer = tru\n"), ErrorCode::kInvalidArgument, "TOML syntax error at line 2, "));
  EXPECT_TRUE(HasError(Parse("[node\n"), ErrorCode::kInvalidArgument, "TOML syntax error at line 1, column "));
  EXPECT_TRUE(HasError(Parse("a = 1\na = 2\n"), ErrorCode::kInvalidArgument, "at line 2, column"));
  EXPECT_TRUE(HasError(Parse("[node]\n[node]\n"), ErrorCode::kInvalidArgument, "TOML syntax error at line 2"));
  EXPECT_TRUE(HasError(Parse("a = \"\xff\"\n"), ErrorCode::kInvalidArgument, "TOML syntax error at line 1"));
  EXPECT_TRUE(HasError(Parse(std::string("a = 1\0", 6)), ErrorCode::kInvalidArgument, "TOML syntax error"));
  EXPECT_TRUE(HasError(Parse("x = " + std::string(300, '[') + std::string(300, ']')), ErrorCode::kInvalidArgument,
                       "TOML syntax error"));
}

TEST_F(NodeConfigTest, AmountBeyondSixtyFourBitsIsASyntaxError) {
  // TOML integers are signed 64-bit, so no file can hold an amount above i64::MAX.
  EXPECT_TRUE(HasError(
      Parse(
          "[[ustx_balance]]\naddress = \"ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19\"\namount = 18446744073709551616\n"),
      ErrorCode::kInvalidArgument, "TOML syntax error at line 3"));
}

TEST_F(NodeConfigTest, OversizedTextIsRefused) {
  EXPECT_TRUE(HasError(Parse(std::string(MAX_CONFIG_BYTES + 1, '#')), ErrorCode::kResourceExhausted, "larger than"));
}

TEST_F(NodeConfigTest, DeeplyDottedKeysAreRefusedBeforeParsing) {
  std::string deep;
  for (size_t i = 0; i <= MAX_DOTS_OUTSIDE_STRINGS; ++i) deep += "a.";
  EXPECT_TRUE(HasError(Parse(deep + "a = 1\n"), ErrorCode::kResourceExhausted, "keys nest too deeply"));
  EXPECT_TRUE(HasError(Parse("[" + deep + "a]\n"), ErrorCode::kResourceExhausted, "(line 1)"));
  // Dots inside strings, multi-line strings and comments do not count.
  const std::string dots(2 * MAX_DOTS_OUTSIDE_STRINGS, '.');
  Ok("[node]\nname = \"" + dots + "\"\nworking_dir = '" + dots + "'\n# " + dots + "\n");
  Ok("[node]\nname = \"\"\"" + dots + "\n" + dots + "\"\"\"\nworking_dir = '''" + dots + "'''\n");
  Ok("[node]\nname = \"\\\"" + dots + "\"\n");
  Ok("[node]\nname = \"\"\"a\"\"\"\"\"\nworking_dir = \"" + dots + "\"\n");
}

// ---- Wrong types and values, one key kind at a time ----

TEST_F(NodeConfigTest, IntegerKeyGivenStringNamesKeyAndExpectedForm) {
  EXPECT_TRUE(HasError(Parse(Key("burnchain", "commit_anchor_block_within = \"abc\"")), ErrorCode::kInvalidArgument,
                       "burnchain.commit_anchor_block_within: expected a positive integer (milliseconds), got \"abc\" "
                       "(line 2)"));
}

TEST_F(NodeConfigTest, IntegerKeysRefuseOtherTypesAndRanges) {
  const std::pair<std::string, std::string> cases[] = {
      {Key("burnchain", "commit_anchor_block_within = 0"), "expected a positive integer (milliseconds), got 0"},
      {Key("burnchain", "burn_fee_cap = -1"), "burnchain.burn_fee_cap: expected a non-negative integer (satoshis)"},
      {Key("burnchain", "burn_fee_cap = 1.5"), "got 1.5"},
      {Key("burnchain", "burn_fee_cap = true"), "got true"},
      {Key("burnchain", "burn_fee_cap = [1]"), "got an array"},
      {Key("burnchain", "burn_fee_cap = {a = 1}"), "got a table"},
      {Key("burnchain", "burn_fee_cap = 1979-05-27"), "got a date"},
      {Key("burnchain", "burn_fee_cap = nan"), "got nan"},
      {Key("burnchain", "rpc_port = 65536"), "burnchain.rpc_port: expected an integer from 0 to 65535 (port)"},
      {Key("burnchain", "chain_id = 4294967296"), "burnchain.chain_id: expected an integer from 0 to 4294967295"},
      {Key("burnchain", "pox_reward_length = 0"), "burnchain.pox_reward_length: expected an integer from 1 to"},
      {Key("burnchain", "first_burn_block_timestamp = 4294967296"), "first_burn_block_timestamp: expected an"},
      {Key("burnchain", "max_unspent_utxos = 1025"), "max_unspent_utxos: expected an integer from 0 to 1024"},
      {Key("connection_options", "heartbeat = 4294967296"), "connection_options.heartbeat: expected an integer"},
      {Key("miner", "tenure_cost_limit_per_block_percentage = 0"), "expected an integer from 1 to 100 (percent)"},
      {Key("miner", "tenure_cost_limit_per_block_percentage = 101"), "expected an integer from 1 to 100 (percent)"},
      {Key("miner", "contract_cost_limit_percentage = 101"), "expected an integer from 0 to 100 (percent)"},
      {Key("miner", "probability_pick_no_estimate_tx = 256"), "expected an integer from 0 to 100 (percent)"},
      {Key("miner", "nonce_cache_size = 0"), "miner.nonce_cache_size: expected a positive integer (entries)"},
      {Key("node", "fault_injection_block_push_fail_probability = 101"), "expected an integer from 0 to 100"},
      {Key("node", "event_dispatcher_queue_size = \"10\""), "got \"10\""},
      {Key("atlas", "attachments_max_size = 1"), "atlas.attachments_max_size: expected an integer from 1048576"},
      {Key("fee_estimation", "fee_rate_window_size = 0"), "fee_estimation.fee_rate_window_size: expected a positive"},
      {"[[events_observer]]\nendpoint = \"h:1\"\nevents_keys = []\ntimeout_ms = -5\n",
       "events_observer[0].timeout_ms: expected a non-negative integer (milliseconds), got -5 (line 4)"},
  };
  for (const auto& [text, message] : cases) {
    EXPECT_TRUE(HasError(Parse(text), ErrorCode::kInvalidArgument, message)) << text;
  }
}

TEST_F(NodeConfigTest, BoolStringFloatArrayAndTableKeysRefuseOtherTypes) {
  const std::pair<std::string, std::string> cases[] = {
      {Key("node", "miner = \"true\""), "node.miner: expected true or false, got \"true\" (line 2)"},
      {Key("node", "miner = 1"), "node.miner: expected true or false, got 1"},
      {Key("node", "name = 5"), "node.name: expected a string, got 5"},
      {Key("node", "stacker_dbs = \"ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19.db\""),
       "node.stacker_dbs: expected an array of strings"},
      {Key("node", "stacker_dbs = [1]"), "node.stacker_dbs[0]: expected a string, got 1"},
      {Key("connection_options", "walk_seed_probability = 1.5"),
       "connection_options.walk_seed_probability: expected a number from 0 to 1, got 1.5"},
      {Key("connection_options", "walk_seed_probability = \"0.1\""), "expected a number from 0 to 1"},
      {Key("fee_estimation", "fee_rate_fuzzer_fraction = -0.1"), "expected a number from 0 to 1, got -0.1"},
      {Key("fee_estimation", "fee_rate_fuzzer_fraction = inf"), "got inf"},
      {"node = 5\n", "node: expected a table, got 5 (line 1)"},
      {"ustx_balance = 5\n", "ustx_balance: expected an array of tables ([[ustx_balance]]), got 5"},
      {"ustx_balance = [1]\n", "ustx_balance[0]: expected a table, got 1"},
      {"burnchain = { epochs = 1 }\n", "burnchain.epochs: expected an array of tables"},
      {Key("miner", "block_rejection_timeout_steps = 5"), "miner.block_rejection_timeout_steps: expected a table"},
      {Key("miner", "mempool_walk_strategy = \"Random\""),
       "miner.mempool_walk_strategy: expected NextNonceWithHighestFeeRate or GlobalFeeRate, got \"Random\""},
  };
  for (const auto& [text, message] : cases) {
    EXPECT_TRUE(HasError(Parse(text), ErrorCode::kInvalidArgument, message)) << text;
  }
}

TEST_F(NodeConfigTest, LongAndControlCharacterValuesArePrintedEscapedAndTruncated) {
  auto config = Parse(Key("node", "miner = \"" + std::string(100, 'x') + "\\n\""));
  EXPECT_TRUE(HasError(config, ErrorCode::kInvalidArgument, "got \"" + std::string(48, 'x') + "...\""));
  EXPECT_TRUE(
      HasError(Parse(Key("node", "miner = \"a\\tb\\\"\"")), ErrorCode::kInvalidArgument, "got \"a\\x09b\\\"\""));
}

TEST_F(NodeConfigTest, EveryBadValueIsReportedAtOnce) {
  auto config = Parse("[node]\nminer = 1\nrpc_bind = \"x\"\n[burnchain]\nmode = \"moon\"\n");
  EXPECT_TRUE(HasError(config, ErrorCode::kInvalidArgument, "node.miner: "));
  EXPECT_TRUE(HasError(config, ErrorCode::kInvalidArgument, "; node.rpc_bind: "));
  EXPECT_TRUE(HasError(config, ErrorCode::kInvalidArgument,
                       "burnchain.mode: expected one of mocknet, helium, neon, argon, krypton, xenon, mainnet, "
                       "nakamoto-neon, got \"moon\" (line 5)"));
}

// ---- Addresses and amounts ----

TEST_F(NodeConfigTest, BadBalanceAddressNamesTheEntry) {
  const std::string good = "[[ustx_balance]]\naddress = \"" + std::string(ADDRESS) + "\"\namount = 1\n";
  auto config = Parse(good + good +
                      "[[ustx_balance]]\naddress = \"ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H18\"\n"
                      "amount = 1\n");
  EXPECT_TRUE(HasError(config, ErrorCode::kInvalidArgument,
                       "ustx_balance[2].address: not a Stacks address: bad c32check checksum (line 8)"));
}

TEST_F(NodeConfigTest, BalanceAddressesAndAmountsAreChecked) {
  const std::pair<std::string, std::string> cases[] = {
      {"address = \"\"\namount = 1", "ustx_balance[0].address: not a Stacks address: "},
      {"address = \"hello\"\namount = 1", "ustx_balance[0].address: not a Stacks address: "},
      {"address = \"ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19.pool\"\namount = 1",
       "not a Stacks address: a contract principal cannot hold a genesis balance"},
      {"address = 5\namount = 1", "ustx_balance[0].address: expected a string, got 5"},
      {"amount = 1", "ustx_balance[0].address: missing (required) (line 1)"},
      {"address = \"ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19\"", "ustx_balance[0].amount: missing (required)"},
      {"address = \"ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19\"\namount = -1",
       "ustx_balance[0].amount: expected a non-negative integer (microSTX), got -1 (line 3)"},
      {"address = \"ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19\"\namount = 1e6", "got 1e+06"},
      {"address = \"ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19\"\namount = \"100\"", "got \"100\""},
  };
  for (const auto& [entry, message] : cases) {
    EXPECT_TRUE(HasError(Parse("[[ustx_balance]]\n" + entry + "\n"), ErrorCode::kInvalidArgument, message)) << entry;
  }
}

TEST_F(NodeConfigTest, OtherPrincipalKeysAreChecked) {
  const std::pair<std::string, std::string> cases[] = {
      {Key("miner", "filter_origins = \"ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19,nope\""),
       "miner.filter_origins: expected a comma-separated list of Stacks addresses: "},
      {Key("miner", "filter_origins = \"\""), "miner.filter_origins: expected a comma-separated list"},
      {Key("miner", "block_reward_recipient = \"ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19.\""),
       "miner.block_reward_recipient: expected a principal: "},
      {Key("miner", "txs_to_consider = \"TokenTransfer,Coinbase\""), "unknown transaction type \"Coinbase\""},
      {Key("miner", "txs_to_consider = \"\""), "miner.txs_to_consider: expected a comma-separated list"},
      {Key("node", "pox_5_sbtc_contract = \"ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19\""),
       "node.pox_5_sbtc_contract: expected a contract id (ADDRESS.name): "},
      {Key("node", "pox_5_bond_admin = \"SP\""), "node.pox_5_bond_admin: expected a principal: "},
  };
  for (const auto& [text, message] : cases) {
    EXPECT_TRUE(HasError(Parse(text), ErrorCode::kInvalidArgument, message)) << text;
  }
}

TEST_F(NodeConfigTest, BadStackerDbEntriesAreDroppedWithAWarningAsTheReferenceDoes) {
  const NodeConfig config =
      Ok(Key("node", "stacker_dbs = [\"nope\", \"ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19.db\"]"));
  EXPECT_EQ(config.node.stacker_dbs.size(), 1u);
  EXPECT_TRUE(Warned("node.stacker_dbs[0]: not a contract id"));
}

// ---- Keys and seeds ----

TEST_F(NodeConfigTest, BadMiningKeysAreRefusedWithoutEchoingThem) {
  const std::string n_hex = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";
  const std::pair<std::string, std::string> cases[] = {
      {"abcd", "private key must be 32 or 33 bytes, got 2"},
      {std::string(KEY.substr(0, 65)), "hex string has odd length 65"},
      {std::string(KEY.substr(0, 64)) + "02", "33-byte private key must end in the compression marker 0x01, got 0x02"},
      {"zz" + std::string(KEY.substr(2)), "non-hex character at position 0"},
      {std::string(64, '0'), "private key is zero"},
      {n_hex, "private key is not below the curve order"},
      {"0x" + std::string(KEY.substr(0, 64)), "non-hex character at position 1"},
  };
  for (const auto& [key, reason] : cases) {
    auto config = Parse(Key("miner", "mining_key = \"" + key + "\""));
    EXPECT_TRUE(HasError(config, ErrorCode::kInvalidArgument,
                         "miner.mining_key: expected a secp256k1 private key (64 hex digits, or 66 ending in 01): " +
                             reason + " (line 2)"))
        << key;
    EXPECT_EQ(stacks::testing::ErrorOf(config).message.find(key), std::string::npos) << "echoed " << key;
  }
  EXPECT_TRUE(HasError(Parse(Key("miner", "mining_key = 12345")), ErrorCode::kInvalidArgument,
                       "miner.mining_key: expected a string, got an integer"));
  EXPECT_TRUE(Ok(Key("miner", "mining_key = \"" + std::string(KEY.substr(0, 64)) + "\"")).miner.mining_key);
}

TEST_F(NodeConfigTest, SeedsAreHexBytesOfAnyLengthUpToALimit) {
  EXPECT_EQ(Ok(Key("node", "local_peer_seed = \"\"")).node.local_peer_seed, util::Bytes{});
  EXPECT_EQ(Ok(Key("node", "seed = \"ABcd\"")).node.seed, (util::Bytes{0xab, 0xcd}));
  EXPECT_TRUE(HasError(Parse(Key("node", "seed = \"abc\"")), ErrorCode::kInvalidArgument,
                       "node.seed: expected hex bytes: hex string has odd length 3 (line 2)"));
  EXPECT_TRUE(HasError(Parse(Key("node", "local_peer_seed = \"0g\"")), ErrorCode::kInvalidArgument,
                       "node.local_peer_seed: expected hex bytes: non-hex character at position 1"));
  EXPECT_TRUE(HasError(Parse(Key("node", "seed = \"" + std::string(2 * MAX_SEED_BYTES + 2, 'a') + "\"")),
                       ErrorCode::kInvalidArgument, "node.seed: expected hex bytes: longer than 1024 bytes"));
  EXPECT_TRUE(HasError(Parse(Key("node", "seed = [1]")), ErrorCode::kInvalidArgument,
                       "node.seed: expected a string, got an array"));
}

TEST_F(NodeConfigTest, SecretsAreNotEchoedOnTypeErrors) {
  auto config = Parse(Key("burnchain", "password = 314159") + Key("connection_options", "auth_token = 271828"));
  EXPECT_TRUE(HasError(config, ErrorCode::kInvalidArgument, "burnchain.password: expected a string, got an integer"));
  EXPECT_TRUE(HasError(config, ErrorCode::kInvalidArgument,
                       "connection_options.auth_token: expected a string, got "
                       "an integer"));
  EXPECT_EQ(config.error().message.find("314159"), std::string::npos);
}

TEST_F(NodeConfigTest, PublicKeysAreChecked) {
  EXPECT_TRUE(HasError(Parse(Key("burnchain", "local_mining_public_key = \"02\"")), ErrorCode::kInvalidArgument,
                       "burnchain.local_mining_public_key: expected a hex secp256k1 public key: "));
  EXPECT_TRUE(HasError(Parse(Key("node", "bootstrap_node = \"0211@h:1\"")), ErrorCode::kInvalidArgument,
                       "node.bootstrap_node: expected a comma-separated list of PUBKEY@HOST:PORT: bad public key: "));
}

// ---- Binds and endpoints ----

TEST_F(NodeConfigTest, BadBindsAreRefused) {
  const std::pair<std::string, std::string> cases[] = {
      {Key("node", "rpc_bind = \"localhost:20443\""),
       "node.rpc_bind: expected IP:PORT (e.g. 0.0.0.0:20443): the host must be an IP address, not a name (line 2)"},
      {Key("node", "rpc_bind = \"0.0.0.0\""), "node.rpc_bind: expected IP:PORT (e.g. 0.0.0.0:20443): missing ':PORT'"},
      {Key("node", "rpc_bind = \"0.0.0.0:\""), "node.rpc_bind: expected IP:PORT (e.g. 0.0.0.0:20443): empty port"},
      {Key("node", "rpc_bind = \"0.0.0.0:65536\""), "port out of range"},
      {Key("node", "rpc_bind = \"0.0.0.0:-1\""), "port is not a number"},
      {Key("node", "p2p_bind = \":::20444\""), "node.p2p_bind: expected IP:PORT (e.g. 0.0.0.0:20443): an IPv6"},
      {Key("node", "p2p_bind = \"[::x]:1\""), "not an IPv6 address between '[' and ']'"},
      {Key("node", "p2p_bind = \"[::1:1\""), "unclosed '['"},
      {Key("node", "p2p_address = \"a b:1\""), "node.p2p_address: expected HOST:PORT: character not allowed"},
      {Key("node", "prometheus_bind = \":9153\""), "node.prometheus_bind: expected HOST:PORT: empty host"},
      {Key("node", "data_url = \"127.0.0.1:20443\""), "node.data_url: expected an http:// or https:// URL"},
      {Key("node", "deny_nodes = \"1.2.3.4\""), "node.deny_nodes: expected a comma-separated list of HOST:PORT"},
      {Key("node", "bootstrap_node = \"1.2.3.4:1\""), "an entry without exactly one '@'"},
      {Key("node", "bootstrap_node = \"" + std::string(PUBLIC_KEY) + "@seed\""), "missing ':PORT'"},
      {Key("node", "working_dir = \"\""), "node.working_dir: expected a directory path, got \"\""},
      {Key("connection_options", "public_ip_address = \"example.com:20444\""),
       "connection_options.public_ip_address: expected IP:PORT (e.g. 127.0.0.1:20444): the host must be an IP"},
      {Key("burnchain", "peer_host = \"bad host\""), "burnchain.peer_host: expected a host name or IP address: "},
      {Key("burnchain", "peer_host = \"::1\""), "burnchain.peer_host: expected a host name or IP address: "},
  };
  for (const auto& [text, message] : cases) {
    EXPECT_TRUE(HasError(Parse(text), ErrorCode::kInvalidArgument, message)) << text;
  }
}

TEST_F(NodeConfigTest, EventObserversAreChecked) {
  const std::pair<std::string, std::string> cases[] = {
      {"events_keys = [\"*\"]", "events_observer[0].endpoint: missing (required) (line 1)"},
      {"endpoint = \"localhost:3700\"", "events_observer[0].events_keys: missing (required)"},
      {"endpoint = \"http://localhost:3700\"\nevents_keys = []",
       "events_observer[0].endpoint: expected HOST:PORT: write HOST:PORT without a scheme"},
      {"endpoint = \"localhost\"\nevents_keys = []", "events_observer[0].endpoint: expected HOST:PORT: missing"},
      {"endpoint = \"localhost:3700\"\nevents_keys = \"*\"", "events_observer[0].events_keys: expected an array"},
      {"endpoint = \"localhost:3700\"\nevents_keys = [\"*\", \"blocks\"]",
       "events_observer[0].events_keys[1]: not an event key: expected *, stx, memtx, burn_blocks, microblocks, "
       "stackerdb, block_proposal, ADDRESS.contract::event or ADDRESS.contract.asset, got \"blocks\" (line 3)"},
      {"endpoint = \"localhost:3700\"\nevents_keys = [\"ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19.c.1bad\"]",
       "events_observer[0].events_keys[0]: bad asset name in event key"},
  };
  for (const auto& [entry, message] : cases) {
    EXPECT_TRUE(HasError(Parse("[[events_observer]]\n" + entry + "\n"), ErrorCode::kInvalidArgument, message)) << entry;
  }
}

// ---- [burnchain]: mode, chain, epochs ----

TEST_F(NodeConfigTest, BurnchainNamesAreChecked) {
  EXPECT_TRUE(HasError(Parse(Key("burnchain", "chain = \"litecoin\"")), ErrorCode::kInvalidArgument,
                       "burnchain.chain: expected \"bitcoin\" (the only burnchain), got \"litecoin\""));
  EXPECT_TRUE(HasError(Parse(Key("burnchain", "mode = \"Mocknet\"")), ErrorCode::kInvalidArgument,
                       "burnchain.mode: expected one of"));
  EXPECT_TRUE(HasError(Parse(Key("burnchain", "magic_bytes = \"X\"")), ErrorCode::kInvalidArgument,
                       "burnchain.magic_bytes: expected two ASCII characters, got \"X\""));
  EXPECT_TRUE(HasError(Parse(Key("burnchain", "magic_bytes = \"\xc3\xa9\"")), ErrorCode::kInvalidArgument,
                       "burnchain.magic_bytes: expected two ASCII characters"));
  EXPECT_TRUE(HasError(Parse(Key("burnchain", "first_burn_block_hash = \"00\"")), ErrorCode::kInvalidArgument,
                       "burnchain.first_burn_block_hash: expected a block hash (64 hex digits): "));
  EXPECT_TRUE(HasError(Parse(Key("burnchain", "wallet_name = \"a?b\"")), ErrorCode::kInvalidArgument,
                       "burnchain.wallet_name: expected a bitcoind wallet name: a character other than"));
  EXPECT_TRUE(HasError(Parse(Key("burnchain", "wallet_name = \"a/../b\"")), ErrorCode::kInvalidArgument,
                       "\"..\" is not allowed"));
  for (std::string_view mode : {"mocknet", "helium", "neon", "argon", "krypton", "xenon", "mainnet", "nakamoto-neon"}) {
    auto config = Parse(Key("burnchain", "mode = \"" + std::string(mode) + "\"\nlocal_mining_public_key = \"" +
                                             std::string(PUBLIC_KEY) + "\""));
    ASSERT_TRUE(config) << mode << ": " << config.error().message;
    EXPECT_EQ(BurnchainModeName(config->burnchain.mode), mode);
  }
}

TEST_F(NodeConfigTest, EpochEntriesAreChecked) {
  auto entry = [](std::string body) { return "[[burnchain.epochs]]\n" + body + "\n"; };
  const std::string e10 = entry("epoch_name = \"1.0\"\nstart_height = 0");
  const std::string e20 = entry("epoch_name = \"2.0\"\nstart_height = 0");
  const std::pair<std::string, std::string> cases[] = {
      {e10 + entry("epoch_name = \"2.6\"\nstart_height = 1"),
       "burnchain.epochs[1].epoch_name: expected an epoch name (1.0, 2.0, 2.05, 2.1, 2.2, 2.3, 2.4, 2.5, 3.0, 3.1, "
       "3.2, 3.3, 3.4, 4.0, 4.1), got \"2.6\" (line 5)"},
      {e10 + entry("epoch_name = 2.0\nstart_height = 1"), "burnchain.epochs[1].epoch_name: expected a string, got 2"},
      {e10 + entry("epoch_name = \"2.0\"\nstart_height = -1"),
       "burnchain.epochs[1].start_height: expected a non-negative integer (burn block height), got -1"},
      {e10 + entry("epoch_name = \"2.0\""), "burnchain.epochs[1].start_height: missing (required) (line 4)"},
      {e10 + entry("start_height = 0"), "burnchain.epochs[1].epoch_name: missing (required)"},
      {e20, "burnchain.epochs: epochs may not skip an epoch: expected 1.0, found 2.0"},
      {e10 + entry("epoch_name = \"2.05\"\nstart_height = 1"), "may not skip an epoch: expected 2.0, found 2.05"},
      {e10 + e20 + entry("epoch_name = \"2.05\"\nstart_height = 5") + entry("epoch_name = \"2.1\"\nstart_height = 4"),
       "burnchain.epochs: epoch start heights must follow epoch order: 2.1 starts at 4, before 2.05 at 5"},
      {e10 + e20 + e20, "burnchain.epochs: epoch 2.0 is configured twice"},
      {entry("epoch_name = \"1.0\"\nstart_height = 1"), "burnchain.epochs: epoch 1.0 must start at height 0"},
      {e10 + entry("epoch_name = \"2.0\"\nstart_height = 3"),
       "burnchain.epochs: epoch 2.0 must start at the first burn block height (0)"},
      {"[burnchain]\npox_2_activation = 5\n" + e10 + e20,
       "burnchain.epochs: pox_2_activation cannot be configured unless epoch 2.1 is configured"},
      {"[burnchain]\nmode = \"mainnet\"\n" + e10, "burnchain.epochs: not allowed on mainnet"},
  };
  for (const auto& [text, message] : cases) {
    EXPECT_TRUE(HasError(Parse(text), ErrorCode::kInvalidArgument, message)) << text;
  }
}

TEST_F(NodeConfigTest, NakamotoScheduleIsCheckedAgainstPoxLengths) {
  std::string schedule;
  for (const EpochStart& epoch : MocknetEpochs()) {
    schedule += "[[burnchain.epochs]]\nepoch_name = \"" + epoch.epoch_name +
                "\"\nstart_height = " + std::to_string(epoch.start_height) + "\n";
  }
  EXPECT_TRUE(Parse(schedule));
  // Epochs listed in any order are sorted as the reference sorts them.
  EXPECT_TRUE(
      Parse("[[burnchain.epochs]]\nepoch_name = \"2.0\"\nstart_height = 0\n"
            "[[burnchain.epochs]]\nepoch_name = \"1.0\"\nstart_height = 0\n"));
  EXPECT_TRUE(HasError(Parse("[burnchain]\npox_prepare_length = 2\n" + schedule), ErrorCode::kInvalidArgument,
                       "burnchain.epochs: Nakamoto epochs need a prepare length of at least 3, got 2"));
  EXPECT_TRUE(HasError(Parse("[burnchain]\npox_reward_length = 10\n" + schedule), ErrorCode::kInvalidArgument,
                       "epoch 3.0 must start at or after reward cycle 2"));
  EXPECT_TRUE(HasError(Parse("[burnchain]\npox_prepare_length = 5\n" + schedule), ErrorCode::kInvalidArgument,
                       "burnchain.pox_prepare_length: must be at least 1 and below the reward cycle length (5 vs 5)"));
}

// ---- Checks across keys ----

TEST_F(NodeConfigTest, MainnetRefusesTestOnlySettings) {
  const std::string mainnet = "[burnchain]\nmode = \"mainnet\"\n";
  const std::pair<std::string, std::string> cases[] = {
      {mainnet + "chain_id = 2147483648\n", "burnchain.chain_id: mainnet requires 0x00000001, got 0x80000000"},
      {mainnet + "magic_bytes = \"T2\"\n", "burnchain.magic_bytes: mainnet requires \"X2\""},
      {mainnet + "first_burn_block_height = 1\n", "burnchain.first_burn_block_height: not allowed on mainnet"},
      {mainnet + "pox_2_activation = 1\n", "burnchain.pox_2_activation: not allowed on mainnet"},
      {mainnet + Key("node", "use_test_genesis_chainstate = true"),
       "node.use_test_genesis_chainstate: not allowed on mainnet"},
      {mainnet + Key("node", "pox_5_sbtc_contract = \"SP3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DQR47Z9M.x\""),
       "node.pox_5_sbtc_contract: not allowed on mainnet"},
      {mainnet + "[[ustx_balance]]\naddress = \"" + std::string(ADDRESS) + "\"\namount = 1\n",
       "ustx_balance: not allowed on mainnet"},
      {mainnet + Key("miner", "replay_transactions = true"), "miner.replay_transactions: not allowed on mainnet"},
  };
  for (const auto& [text, message] : cases) {
    EXPECT_TRUE(HasError(Parse(text), ErrorCode::kInvalidArgument, message)) << text;
  }
}

TEST_F(NodeConfigTest, ModeRequirementsAreChecked) {
  EXPECT_TRUE(HasError(Parse(Key("burnchain", "mode = \"helium\"")), ErrorCode::kInvalidArgument,
                       "burnchain.local_mining_public_key: required in helium mode"));
  const std::string neon_miner = "[burnchain]\nmode = \"neon\"\n[node]\nminer = true\n";
  EXPECT_TRUE(HasError(Parse(neon_miner), ErrorCode::kInvalidArgument, "burnchain.wallet_name: required for a miner"));
  EXPECT_TRUE(Parse(neon_miner + "mock_mining = true\n"));
  EXPECT_TRUE(Parse("[burnchain]\nmode = \"neon\"\nwallet_name = \"w\"\n[node]\nminer = true\n"));
  EXPECT_TRUE(Parse(Key("node", "miner = true")));  // mocknet has no bitcoind wallet
}

TEST_F(NodeConfigTest, RejectionTimeoutStepsAreChecked) {
  EXPECT_TRUE(HasError(Parse(Key("miner", "block_rejection_timeout_steps = { \"10\" = 5 }")),
                       ErrorCode::kInvalidArgument,
                       "miner.block_rejection_timeout_steps: needs a step for 0 (percent rejected)"));
  EXPECT_TRUE(HasError(Parse(Key("miner", "block_rejection_timeout_steps = { \"0\" = 5, \"x\" = 1 }")),
                       ErrorCode::kInvalidArgument, "miner.block_rejection_timeout_steps.x: keys must be unsigned"));
  EXPECT_TRUE(HasError(Parse(Key("miner", "block_rejection_timeout_steps = { \"0\" = -5 }")),
                       ErrorCode::kInvalidArgument,
                       "miner.block_rejection_timeout_steps.0: expected a non-negative integer (seconds), got -5"));
}

TEST_F(NodeConfigTest, FeeEstimatorNamesAreChecked) {
  EXPECT_TRUE(HasError(Parse(Key("fee_estimation", "cost_estimator = \"optimistic\"")), ErrorCode::kInvalidArgument,
                       "fee_estimation.cost_estimator: expected \"naive_pessimistic\", got \"optimistic\""));
  EXPECT_TRUE(HasError(Parse(Key("fee_estimation", "fee_estimator = \"median\"")), ErrorCode::kInvalidArgument,
                       "fee_estimation.fee_estimator: expected \"scalar_fee_rate\" or"));
  EXPECT_TRUE(HasError(Parse(Key("fee_estimation", "cost_metric = \"dot\"")), ErrorCode::kInvalidArgument,
                       "fee_estimation.cost_metric: expected \"proportion_dot_product\""));
  EXPECT_TRUE(HasError(Parse(Key("connection_options", "stackerdb_hint_replicas = \"{\"")), ErrorCode::kInvalidArgument,
                       "connection_options.stackerdb_hint_replicas: expected a JSON array"
                       " of [contract, [neighbor address, ...]] pairs: not JSON"));
  EXPECT_TRUE(HasError(Parse(Key("connection_options", "stackerdb_hint_replicas = '[[1]]'")),
                       ErrorCode::kInvalidArgument, "an entry is not a [contract, [addresses]] pair"));
}

// ---- Files ----

class NodeConfigFileTest : public NodeConfigTest {
 protected:
  void SetUp() override {
    dir = std::filesystem::temp_directory_path() /
          ("stacks_config_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
           ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir);
  }
  void TearDown() override { std::filesystem::remove_all(dir); }
  std::filesystem::path Write(std::string_view name, std::string_view text) {
    const auto path = dir / name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  std::filesystem::path dir;
};

TEST_F(NodeConfigFileTest, MissingFileIsNotFound) {
  EXPECT_TRUE(HasError(LoadNodeConfigFile(dir / "absent.toml", &warnings), ErrorCode::kNotFound, "no such file"));
}

TEST_F(NodeConfigFileTest, DirectoryIsAnIoError) {
  EXPECT_TRUE(HasError(LoadNodeConfigFile(dir, &warnings), ErrorCode::kIo, "is a directory"));
}

TEST_F(NodeConfigFileTest, ErrorsArePrefixedWithThePath) {
  const auto path = Write("bad.toml", "[node]\nminer = 1\n");
  EXPECT_TRUE(HasError(LoadNodeConfigFile(path, &warnings), ErrorCode::kInvalidArgument,
                       path.string() + ": node.miner: expected true or false, got 1 (line 2)"));
}

TEST_F(NodeConfigFileTest, OversizedFileIsRefused) {
  const auto path = Write("big.toml", std::string(MAX_CONFIG_BYTES + 1, '\n'));
  EXPECT_TRUE(HasError(LoadNodeConfigFile(path, &warnings), ErrorCode::kResourceExhausted, "larger than"));
}

TEST_F(NodeConfigFileTest, GoodFileParses) {
  const auto path = Write("good.toml", FilledSeedConf());
  auto config = LoadNodeConfigFile(path, &warnings);
  ASSERT_TRUE(config);
  EXPECT_TRUE(config->node.miner);
}

}  // namespace
}  // namespace stacks::config
