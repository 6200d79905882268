// Decoders of [burnchain] (with [[burnchain.epochs]]) and [node].
#include <string>
#include <string_view>
#include <vector>

#include "codec/stacks_address.h"
#include "config/detail/decode.h"
#include "config/net_address.h"
#include "crypto/secp256k1.h"
#include "util/hex.h"

namespace stacks::config::detail {

std::vector<std::string_view> SplitCommas(std::string_view text) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    const size_t comma = text.find(',', start);
    parts.push_back(text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    if (comma == std::string_view::npos) return parts;
    start = comma + 1;
  }
}

namespace {

constexpr std::string_view IP_PORT = "IP:PORT (e.g. 0.0.0.0:20443)";
constexpr std::string_view HOST_PORT = "HOST:PORT";
constexpr IntSpec PORT{0, 65535, "port"};
constexpr IntSpec MILLISECONDS{0, std::numeric_limits<int64_t>::max(), "milliseconds"};
constexpr IntSpec SECONDS{0, std::numeric_limits<int64_t>::max(), "seconds"};

util::Result<util::Bytes> ParseSeed(std::string_view text) {
  if (text.size() > 2 * MAX_SEED_BYTES) {
    return util::InvalidArgument("longer than " + std::to_string(MAX_SEED_BYTES) + " bytes");
  }
  return util::FromHex(text);
}

util::Result<std::string> CheckIpPort(std::string_view text) {
  STACKS_TRY(HostPort parsed, ParseIpPort(text));
  (void)parsed;
  return std::string(text);
}

util::Result<std::string> CheckHostPort(std::string_view text) {
  STACKS_TRY(HostPort parsed, ParseHostPort(text));
  (void)parsed;
  return std::string(text);
}

util::Result<std::string> CheckWalletName(std::string_view name) {
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                    c == '_' || c == '-' || c == '/';
    if (!ok) return util::InvalidArgument("a character other than ASCII letters, digits, '.', '_', '-' and '/'");
  }
  if (name.find("..") != std::string_view::npos) return util::InvalidArgument("\"..\" is not allowed");
  return std::string(name);
}

void DecodeEpochs(TableReader& reader, std::optional<std::vector<EpochStart>>& out) {
  const toml::array* array = reader.TableArray("epochs");
  if (!array) return;
  std::vector<EpochStart> epochs;
  bool ok = true;
  for (size_t i = 0; i < array->size(); ++i) {
    TableReader entry(*array->get(i)->as_table(), reader.PathOf("epochs") + "[" + std::to_string(i) + "]",
                      reader.diagnostics());
    EpochStart epoch;
    entry.Require("epoch_name");
    entry.Require("start_height");
    std::string name;
    if (entry.String("epoch_name", name)) {
      if (EpochIndex(name)) {
        epoch.epoch_name = name;
      } else {
        std::string known;
        for (std::string_view n : EPOCH_NAMES) known += (known.empty() ? "" : ", ") + std::string(n);
        entry.FailExpected("epoch_name", *entry.Take("epoch_name"), "an epoch name (" + known + ")");
        ok = false;
      }
    } else {
      ok = false;
    }
    ok =
        entry.Uint("start_height", epoch.start_height, {0, std::numeric_limits<int64_t>::max(), "burn block height"}) &&
        ok;
    entry.Finish();
    epochs.push_back(std::move(epoch));
  }
  if (ok) out = std::move(epochs);
}

}  // namespace

void DecodeBurnchain(TableReader& r, BurnchainSettings& b) {
  std::string chain;
  if (r.String("chain", chain)) {
    if (chain == DEFAULT_BURNCHAIN_CHAIN) {
      b.chain = chain;
    } else {
      r.FailExpected("chain", *r.Take("chain"), "\"bitcoin\" (the only burnchain)");
    }
  }
  std::string mode;
  if (r.String("mode", mode)) {
    if (auto parsed = ParseBurnchainMode(mode)) {
      b.mode = *parsed;
    } else {
      r.FailExpected("mode", *r.Take("mode"),
                     "one of mocknet, helium, neon, argon, krypton, xenon, mainnet, nakamoto-neon");
    }
  }
  const bool mainnet = b.mode == BurnchainMode::kMainnet;
  b.chain_id = mainnet ? CHAIN_ID_MAINNET : CHAIN_ID_TESTNET;
  r.Uint("chain_id", b.chain_id);
  r.Uint("burn_fee_cap", b.burn_fee_cap_sats, {0, std::numeric_limits<int64_t>::max(), "satoshis"});
  r.Uint("commit_anchor_block_within", b.commit_anchor_block_within_ms,
         {1, std::numeric_limits<int64_t>::max(), "milliseconds"});
  ReadParsed(
      r, "peer_host", "expected a host name or IP address",
      [](std::string_view host) -> util::Result<std::string> {
        STACKS_TRY(HostPort parsed, ParseHostPort(std::string(host) + ":1"));
        (void)parsed;
        return std::string(host);
      },
      b.peer_host);
  r.Uint("peer_port", b.peer_port, PORT);
  r.Uint("rpc_port", b.rpc_port, PORT);
  r.Bool("rpc_ssl", b.rpc_ssl);
  r.String("username", b.username);
  r.String("password", b.password, /*secret=*/true);
  r.Uint("timeout", b.timeout_secs, SECONDS);
  r.Uint("socket_timeout", b.socket_timeout_secs, SECONDS);
  b.magic_bytes = std::string(mainnet                           ? MAGIC_BYTES_MAINNET
                              : b.mode == BurnchainMode::kXenon ? MAGIC_BYTES_TESTNET
                                                                : MAGIC_BYTES_DEFAULT);
  std::string magic;
  if (r.String("magic_bytes", magic)) {
    const bool ascii =
        magic.size() == 2 && static_cast<unsigned char>(magic[0]) < 0x80 && static_cast<unsigned char>(magic[1]) < 0x80;
    if (ascii) {
      b.magic_bytes = magic;
    } else {
      r.FailExpected("magic_bytes", *r.Take("magic_bytes"), "two ASCII characters");
    }
  }
  ReadParsed(
      r, "local_mining_public_key", "expected a hex secp256k1 public key",
      [](std::string_view hex) -> util::Result<std::string> {
        STACKS_TRY(crypto::PublicKey key, crypto::PublicKey::FromHex(hex));
        (void)key;
        return std::string(hex);
      },
      b.local_mining_public_key);
  ReadOptionalUint(r, "process_exit_at_block_height", b.process_exit_at_block_height);
  r.Uint("poll_time_secs", b.poll_time_secs, SECONDS);
  r.Uint("satoshis_per_byte", b.satoshis_per_byte);
  r.Uint("leader_key_tx_estimated_size", b.leader_key_tx_estimated_size);
  r.Uint("block_commit_tx_estimated_size", b.block_commit_tx_estimated_size);
  r.Uint("rbf_fee_increment", b.rbf_fee_increment);
  r.Uint("max_rbf", b.max_rbf_percent, {0, std::numeric_limits<int64_t>::max(), "percent"});
  ReadOptionalUint(r, "first_burn_block_height", b.first_burn_block_height);
  ReadOptionalUint(r, "first_burn_block_timestamp", b.first_burn_block_timestamp);
  ReadParsed(
      r, "first_burn_block_hash", "expected a block hash (64 hex digits)",
      [](std::string_view hex) -> util::Result<std::string> {
        STACKS_TRY(util::Bytes bytes, util::FromHexExact(hex, 32));
        (void)bytes;
        return std::string(hex);
      },
      b.first_burn_block_hash);
  DecodeEpochs(r, b.epochs);
  ReadOptionalUint(r, "pox_prepare_length", b.pox_prepare_length, {1, UINT32_MAX, "burn blocks"});
  ReadOptionalUint(r, "pox_reward_length", b.pox_reward_length, {1, UINT32_MAX, "burn blocks"});
  ReadOptionalUint(r, "pox_2_activation", b.pox_2_activation, {0, UINT32_MAX, "burn block height"});
  r.Ignore("sunset_start", ValueKind::kUint, "the PoX sunset ended with epoch 2.1");
  r.Ignore("sunset_end", ValueKind::kUint, "the PoX sunset ended with epoch 2.1");
  std::string wallet_name;
  if (r.String("wallet_name", wallet_name)) {
    // A blank name means unset: deployment templates write wallet_name = "" for every node.
    if (wallet_name.find_first_not_of(" \t") == std::string::npos) {
      b.wallet_name.reset();
    } else if (auto checked = CheckWalletName(wallet_name)) {
      b.wallet_name = std::move(*checked);
    } else {
      r.Fail("wallet_name", *r.Take("wallet_name"), "expected a bitcoind wallet name: " + checked.error().message);
    }
  }
  r.Uint("fault_injection_burnchain_block_delay", b.fault_injection_burnchain_block_delay_ms, MILLISECONDS);
  r.Uint("max_unspent_utxos", b.max_unspent_utxos, {0, MAX_UNSPENT_UTXOS, {}});
}

void DecodeNode(TableReader& r, NodeSettings& n) {
  r.String("name", n.name);
  ReadParsed(r, "seed", "expected hex bytes", ParseSeed, n.seed, /*secret=*/true);
  std::string deny_nodes;
  if (r.String("deny_nodes", deny_nodes)) {
    std::vector<HostPort> parsed;
    for (std::string_view part : SplitCommas(deny_nodes)) {
      if (part.empty()) continue;
      auto address = ParseHostPort(part);
      if (!address) {
        r.Fail("deny_nodes", *r.Take("deny_nodes"),
               "expected a comma-separated list of HOST:PORT: " + address.error().message);
        break;
      }
      parsed.push_back(*address);
    }
    n.deny_nodes = std::move(parsed);
  }
  std::optional<std::string> working_dir;
  if (r.String("working_dir", working_dir)) {
    if (working_dir->empty()) {
      r.FailExpected("working_dir", *r.Take("working_dir"), "a directory path");
    } else {
      n.working_dir = std::move(working_dir);
    }
  }
  ReadParsed(r, "rpc_bind", "expected " + std::string(IP_PORT), CheckIpPort, n.rpc_bind);
  ReadParsed(r, "p2p_bind", "expected " + std::string(IP_PORT), CheckIpPort, n.p2p_bind);
  // With a [node] section the reference derives both from rpc_bind (even the default one).
  n.p2p_address = n.rpc_bind;
  n.data_url = "http://" + n.rpc_bind;
  ReadParsed(r, "p2p_address", "expected " + std::string(HOST_PORT), CheckHostPort, n.p2p_address);
  ReadParsed(
      r, "data_url", "expected an http:// or https:// URL",
      [](std::string_view url) -> util::Result<std::string> {
        const bool http = url.starts_with("http://") && url.size() > 7;
        const bool https = url.starts_with("https://") && url.size() > 8;
        if (!http && !https) return util::InvalidArgument("no http:// or https:// scheme, or nothing after it");
        return std::string(url);
      },
      n.data_url);
  std::string bootstrap;
  if (r.String("bootstrap_node", bootstrap)) {
    std::vector<BootstrapPeer> peers;
    for (std::string_view part : SplitCommas(bootstrap)) {
      if (part.empty()) continue;
      const size_t at = part.find('@');
      auto fail = [&](const std::string& why) {
        r.Fail("bootstrap_node", *r.Take("bootstrap_node"),
               "expected a comma-separated list of PUBKEY@HOST:PORT: " + why);
      };
      if (at == std::string_view::npos || part.find('@', at + 1) != std::string_view::npos) {
        fail("an entry without exactly one '@'");
        break;
      }
      auto key = crypto::PublicKey::FromHex(part.substr(0, at));
      if (!key) {
        fail("bad public key: " + key.error().message);
        break;
      }
      auto address = ParseHostPort(part.substr(at + 1));
      if (!address) {
        fail(address.error().message);
        break;
      }
      peers.push_back({*key, *address});
    }
    n.bootstrap_nodes = std::move(peers);
  }
  ReadParsed(r, "local_peer_seed", "expected hex bytes", ParseSeed, n.local_peer_seed, /*secret=*/true);
  r.Bool("miner", n.miner);
  r.Bool("stacker", n.stacker);
  r.Bool("mock_mining", n.mock_mining);
  r.Ignore("mock_mining_output_dir", ValueKind::kString, "deprecated in the reference");
  constexpr std::string_view NO_MICROBLOCKS = "epoch 2.x microblocks are not built";
  r.Ignore("mine_microblocks", ValueKind::kBool, NO_MICROBLOCKS);
  r.Ignore("microblock_frequency", ValueKind::kUint, NO_MICROBLOCKS);
  r.Ignore("max_microblocks", ValueKind::kUint, NO_MICROBLOCKS);
  r.Ignore("wait_time_for_microblocks", ValueKind::kUint, NO_MICROBLOCKS);
  r.Uint("wait_time_for_blocks", n.wait_time_for_blocks_ms, MILLISECONDS);
  r.Uint("next_initiative_delay", n.next_initiative_delay_ms, MILLISECONDS);
  ReadParsed(r, "prometheus_bind", "expected " + std::string(HOST_PORT), CheckHostPort, n.prometheus_bind);
  r.Ignore("marf_cache_strategy", ValueKind::kString, "MARF node caching was removed in the reference");
  r.Bool("marf_defer_hashing", n.marf_defer_hashing);
  r.Bool("marf_compress", n.marf_compress);
  r.Ignore("pox_sync_sample_secs", ValueKind::kUint, "deprecated in the reference");
  r.Bool("use_test_genesis_chainstate", n.use_test_genesis_chainstate);
  r.Uint("chain_liveness_poll_time_secs", n.chain_liveness_poll_time_secs, SECONDS);
  r.Bool("event_dispatcher_blocking", n.event_dispatcher_blocking);
  r.Uint("event_dispatcher_queue_size", n.event_dispatcher_queue_size);
  std::vector<std::string> stacker_dbs;
  if (r.StringArray("stacker_dbs", stacker_dbs)) {
    n.stacker_dbs.clear();
    for (size_t i = 0; i < stacker_dbs.size(); ++i) {
      auto contract = codec::ParseContractPrincipal(stacker_dbs[i]);
      if (contract) {
        n.stacker_dbs.push_back(std::move(*contract));
      } else {
        // The reference drops such entries silently.
        r.diagnostics().Warn(r.PathOf("stacker_dbs") + "[" + std::to_string(i) + "]: not a contract id (" +
                             contract.error().message + "); entry ignored");
      }
    }
  }
  ReadOptionalUint(r, "fault_injection_block_push_fail_probability", n.fault_injection_block_push_fail_probability,
                   {0, 100, "percent"});
  r.Bool("txindex", n.txindex);
  ReadParsed(r, "pox_5_sbtc_contract", "expected a contract id (ADDRESS.name)", codec::ParseContractPrincipal,
             n.pox_5_sbtc_contract);
  ReadParsed(r, "pox_5_sbtc_registry_contract", "expected a contract id (ADDRESS.name)", codec::ParseContractPrincipal,
             n.pox_5_sbtc_registry_contract);
  ReadParsed(r, "pox_5_bond_admin", "expected a principal", codec::ParsePrincipal, n.pox_5_bond_admin);
  ReadParsed(r, "pox_5_pause_admin", "expected a principal", codec::ParsePrincipal, n.pox_5_pause_admin);
}

}  // namespace stacks::config::detail
