// bench_node_load: a load benchmark of stacks-node. STX transfers are submitted over HTTP (POST /v2/transactions) and
// confirmed in blocks (the node's /new_block event, received on our own observer server); it reports throughput and
// the latency from submission to confirmation. Results are recorded in bench/README.md.
//
//   bench_node_load --node PATH [--accounts N] [--txs M] [--threads T] [--rate R] [--block-interval-ms MS]
//                   [--burn-interval-ms MS] [--fee USTX] [--events-keys K,K] [--timeout-s S]
//                   [--tcp-nodelay 0|1] [--keep-alive 0|1] [--keep]
//
// What it does: derives N keys from a fixed seed and pre-signs M transfers (account i sends nonces 0..ceil(M/N)-1 to
// account i+1, 1 uSTX each), writes a mocknet config funding the N accounts into a fresh temporary directory, starts
// the node, waits for /v2/info and the first Stacks block, then submits the transfers from T client threads (each
// thread owns a set of accounts and submits their nonces in order) at R transactions/s in total (0: as fast as
// possible), waits until every accepted transfer is confirmed (or --timeout-s passes), prints the numbers and
// SIGTERMs the node. Each request opens a new connection unless --keep-alive 1 (see Options::keep_alive for why).
// With --keep the temporary directory and the node's log (node.log) are left in place.
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "chain/auth.h"
#include "chain/payload.h"
#include "chain/signer.h"
#include "chain/transaction.h"
#include "codec/stacks_address.h"
#include "crypto/hash.h"
#include "crypto/secp256k1.h"
#include "util/bytes.h"
#include "util/hex.h"

namespace {

using namespace stacks;
using Clock = std::chrono::steady_clock;

struct Options {
  std::string node;
  size_t accounts = 2000;
  size_t txs = 20000;
  size_t threads = 4;
  double rate = 0;  // transactions/s in total; 0 = as fast as possible
  uint64_t block_interval_ms = 1000;
  uint64_t burn_interval_ms = 5000;
  uint64_t fee = 200;
  std::string events_keys = "*";
  double timeout_s = 30;
  bool keep = false;
  bool tcp_nodelay = true;
  // Off by default: the node's HTTP server writes a response's headers and body in two writes without TCP_NODELAY, so
  // on a kept-alive connection the body waits for the client's delayed ACK (~40 ms a request). A fresh connection per
  // request starts in quick-ACK mode and does not wait. See bench/README.md.
  bool keep_alive = false;
};

[[noreturn]] void Usage(const char* why) {
  std::fprintf(stderr,
               "error: %s\nusage: bench_node_load --node PATH [--accounts N] [--txs M] [--threads T] [--rate R]\n"
               "       [--block-interval-ms MS] [--burn-interval-ms MS] [--fee USTX] [--events-keys K,K]\n"
               "       [--timeout-s S] [--tcp-nodelay 0|1] [--keep-alive 0|1] [--keep]\n",
               why);
  std::exit(2);
}

Options ParseOptions(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) Usage(("missing value after " + std::string(a)).c_str());
      return argv[++i];
    };
    if (a == "--node")
      o.node = value();
    else if (a == "--accounts")
      o.accounts = std::stoul(value());
    else if (a == "--txs")
      o.txs = std::stoul(value());
    else if (a == "--threads")
      o.threads = std::stoul(value());
    else if (a == "--rate")
      o.rate = std::stod(value());
    else if (a == "--block-interval-ms")
      o.block_interval_ms = std::stoull(value());
    else if (a == "--burn-interval-ms")
      o.burn_interval_ms = std::stoull(value());
    else if (a == "--fee")
      o.fee = std::stoull(value());
    else if (a == "--events-keys")
      o.events_keys = value();
    else if (a == "--timeout-s")
      o.timeout_s = std::stod(value());
    else if (a == "--keep")
      o.keep = true;
    else if (a == "--tcp-nodelay")
      o.tcp_nodelay = value() != "0";
    else if (a == "--keep-alive")
      o.keep_alive = value() != "0";
    else
      Usage(("unknown option " + std::string(a)).c_str());
  }
  if (o.node.empty()) Usage("--node PATH is required");
  if (o.accounts == 0 || o.txs == 0 || o.threads == 0) Usage("--accounts, --txs and --threads must be positive");
  return o;
}

uint16_t FreePort() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof(addr);
  if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    std::perror("socket");
    std::exit(1);
  }
  ::close(fd);
  return ntohs(addr.sin_port);
}

crypto::PrivateKey KeyFromSeed(std::string_view label, uint64_t index) {
  std::string seed = "stacks-cpp node_load " + std::string(label) + " " + std::to_string(index);
  crypto::Hash256 secret = crypto::Sha256(util::ByteView(reinterpret_cast<const uint8_t*>(seed.data()), seed.size()));
  util::Bytes bytes(secret.begin(), secret.end());
  bytes.push_back(0x01);  // compressed public key
  return crypto::PrivateKey::FromBytes(bytes).value();
}

struct Account {
  crypto::PrivateKey key;
  codec::StacksAddress address;
};

struct PreparedTx {
  std::string body;  // serialized transaction
  std::string txid;  // lower-case hex, no 0x
  size_t account = 0;
};

PreparedTx SignTransfer(const Account& from, const codec::StacksAddress& to, uint64_t nonce, uint64_t fee,
                        size_t account_index) {
  chain::MutableTransaction tx;
  tx.version = chain::TransactionVersion::kTestnet;
  tx.chain_id = chain::CHAIN_ID_TESTNET;
  tx.auth.origin = chain::NewP2pkhCondition(from.key.GetPublicKey());
  chain::SetFee(tx.auth.origin, fee);
  chain::SetNonce(tx.auth.origin, nonce);
  tx.anchor_mode = chain::AnchorMode::kAny;
  tx.post_condition_mode = chain::PostConditionMode::kDeny;
  tx.payload = chain::TokenTransferPayload{codec::Principal(to), 1, {}};
  auto signer = chain::TransactionSigner::ForOrigin(std::move(tx)).value();
  if (!signer.SignOrigin(from.key)) std::abort();
  chain::Transaction signed_tx = signer.Finish().value();
  util::Bytes raw = chain::SerializeTransaction(signed_tx);
  return PreparedTx{std::string(raw.begin(), raw.end()), util::ToHex(signed_tx.txid()), account_index};
}

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

struct BlockSeen {
  uint64_t height = 0;
  size_t txs = 0;
  size_t ours = 0;
  Clock::time_point at;
};

// What the observer and the client threads record.
struct Shared {
  std::unordered_map<std::string, size_t> index_of_txid;  // read-only once the run starts
  std::vector<std::atomic<int64_t>> submitted_ns;         // per tx; 0 = not (yet) accepted
  std::vector<std::atomic<int64_t>> confirmed_ns;         // per tx; 0 = not (yet) confirmed
  Clock::time_point t0;
  std::mutex mutex;
  std::vector<BlockSeen> blocks;
  std::map<std::string, size_t> rejections;  // reason -> count
  std::atomic<size_t> accepted{0}, confirmed{0}, mempool_events{0};
  std::atomic<uint64_t> max_height{0};
  explicit Shared(size_t n) : submitted_ns(n), confirmed_ns(n) {}
  int64_t Now() const { return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - t0).count(); }
};

void OnNewBlock(Shared& s, const std::string& body) {
  const int64_t now = s.Now();
  auto json = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) return;
  BlockSeen seen;
  seen.at = Clock::now();
  seen.height = json.value("block_height", uint64_t{0});
  for (const auto& tx : json["transactions"]) {
    ++seen.txs;
    std::string txid = tx.value("txid", std::string());
    if (txid.starts_with("0x")) txid.erase(0, 2);
    auto it = s.index_of_txid.find(txid);
    if (it == s.index_of_txid.end()) continue;
    int64_t expected = 0;
    if (s.confirmed_ns[it->second].compare_exchange_strong(expected, now)) {
      ++seen.ours;
      s.confirmed.fetch_add(1);
    }
  }
  std::lock_guard lock(s.mutex);
  s.blocks.push_back(seen);
  uint64_t prev = s.max_height.load();
  while (seen.height > prev && !s.max_height.compare_exchange_weak(prev, seen.height)) {
  }
}

std::string Percentile(std::vector<double>& sorted, double p) {
  if (sorted.empty()) return "-";
  size_t i = static_cast<size_t>(p * static_cast<double>(sorted.size() - 1) + 0.5);
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.0f ms", sorted[std::min(i, sorted.size() - 1)] * 1e3);
  return buf;
}

}  // namespace

int main(int argc, char** argv) {
  const Options o = ParseOptions(argc, argv);
  const size_t per_account = (o.txs + o.accounts - 1) / o.accounts;
  if (per_account > 26) {
    std::fprintf(stderr, "warning: %zu nonces per account; the mempool admits at most 26 chained (use more accounts)\n",
                 per_account);
  }

  // Keys and pre-signed transfers.
  auto t_sign = Clock::now();
  std::vector<Account> accounts;
  accounts.reserve(o.accounts);
  for (size_t i = 0; i < o.accounts; ++i) {
    crypto::PrivateKey key = KeyFromSeed("account", i);
    auto address = codec::StacksAddress::FromPublicKey(codec::C32_ADDRESS_VERSION_TESTNET_SINGLESIG,
                                                       key.GetPublicKey().SerializeCompressed())
                       .value();
    accounts.push_back(Account{std::move(key), address});
  }
  // Transaction k is account k % N's nonce k / N, so submitting in index order keeps every account's nonces in order.
  std::vector<PreparedTx> txs(o.txs);
  {
    const size_t workers = std::max<size_t>(1, std::thread::hardware_concurrency());
    std::vector<std::thread> pool;
    for (size_t w = 0; w < workers; ++w) {
      pool.emplace_back([&, w] {
        for (size_t k = w; k < o.txs; k += workers) {
          const size_t a = k % o.accounts;
          txs[k] = SignTransfer(accounts[a], accounts[(a + 1) % o.accounts].address, k / o.accounts, o.fee, a);
        }
      });
    }
    for (auto& t : pool) t.join();
  }
  std::printf("signed %zu transfers from %zu accounts (%zu nonces each, %zu bytes each) in %.2f s\n", o.txs, o.accounts,
              per_account, txs[0].body.size(), Seconds(Clock::now() - t_sign));

  Shared shared(o.txs);
  shared.index_of_txid.reserve(o.txs);
  for (size_t k = 0; k < o.txs; ++k) shared.index_of_txid.emplace(txs[k].txid, k);
  shared.t0 = Clock::now();

  // The event observer.
  httplib::Server observer;
  observer.Post("/new_block", [&](const httplib::Request& req, httplib::Response& res) {
    OnNewBlock(shared, req.body);
    res.status = 200;
  });
  observer.Post("/new_mempool_tx", [&](const httplib::Request&, httplib::Response& res) {
    shared.mempool_events.fetch_add(1);
    res.status = 200;
  });
  observer.Post(R"(/.*)", [](const httplib::Request&, httplib::Response& res) { res.status = 200; });
  const int observer_port = observer.bind_to_any_port("127.0.0.1");
  if (observer_port <= 0) {
    std::fprintf(stderr, "error: cannot bind the observer\n");
    return 1;
  }
  std::thread observer_thread([&] { observer.listen_after_bind(); });

  // Config and node.
  std::error_code ec;
  std::string tmpl = (std::filesystem::temp_directory_path() / "node_load.XXXXXX").string();
  if (::mkdtemp(tmpl.data()) == nullptr) {
    std::perror("mkdtemp");
    return 1;
  }
  const std::filesystem::path dir = tmpl;
  const uint16_t rpc_port = FreePort(), p2p_port = FreePort();
  {
    std::ofstream cfg(dir / "config.toml");
    cfg << "[node]\nworking_dir = \"" << (dir / "node").string() << "\"\n"
        << "rpc_bind = \"127.0.0.1:" << rpc_port << "\"\np2p_bind = \"127.0.0.1:" << p2p_port << "\"\n"
        << "seed = \"" << KeyFromSeed("miner", 0).ToHex() << "\"\nminer = true\n"
        << "[burnchain]\nchain = \"bitcoin\"\nmode = \"mocknet\"\ncommit_anchor_block_within = " << o.burn_interval_ms
        << "\n[miner]\nmin_time_between_blocks_ms = " << o.block_interval_ms << "\nmax_tenure_bytes = 1000000000\n";
    for (const auto& account : accounts) {
      cfg << "[[ustx_balance]]\naddress = \"" << account.address.ToString() << "\"\namount = 100000000000000\n";
    }
    cfg << "[[events_observer]]\nendpoint = \"127.0.0.1:" << observer_port << "\"\nevents_keys = [";
    std::string keys = o.events_keys;
    for (size_t start = 0; start <= keys.size();) {
      size_t comma = keys.find(',', start);
      if (comma == std::string::npos) comma = keys.size();
      cfg << (start ? ", " : "") << '"' << keys.substr(start, comma - start) << '"';
      start = comma + 1;
    }
    cfg << "]\n";
  }
  const std::string log_path = (dir / "node.log").string();
  const pid_t node_pid = ::fork();
  if (node_pid == 0) {
    int fd = ::open(log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(fd, 1);
    ::dup2(fd, 2);
    const std::string config_path = (dir / "config.toml").string();
    ::execl(o.node.c_str(), o.node.c_str(), "start", "--config", config_path.c_str(), static_cast<char*>(nullptr));
    std::perror("exec");
    ::_exit(127);
  }
  auto stop_node = [&] {
    ::kill(node_pid, SIGTERM);
    for (int i = 0; i < 200; ++i) {
      int status = 0;
      if (::waitpid(node_pid, &status, WNOHANG) == node_pid) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    std::fprintf(stderr, "warning: the node did not stop in 10 s; killing it\n");
    ::kill(node_pid, SIGKILL);
    ::waitpid(node_pid, nullptr, 0);
  };
  auto finish = [&](int code) {
    stop_node();
    observer.stop();
    observer_thread.join();
    if (o.keep) {
      std::printf("kept %s (node log: %s)\n", dir.c_str(), log_path.c_str());
    } else {
      std::filesystem::remove_all(dir, ec);
    }
    return code;
  };

  // Wait for the RPC and the first Stacks block.
  const auto t_start = Clock::now();
  {
    httplib::Client probe("127.0.0.1", rpc_port);
    probe.set_connection_timeout(std::chrono::milliseconds(200));
    bool up = false;
    while (Clock::now() - t_start < std::chrono::seconds(30)) {
      if (auto res = probe.Get("/v2/info"); res && res->status == 200) {
        up = true;
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    if (!up) {
      std::fprintf(stderr, "error: the node's /v2/info did not answer in 30 s (log: %s)\n", log_path.c_str());
      return finish(1);
    }
    while (shared.max_height.load() < 1 && Clock::now() - t_start < std::chrono::seconds(30)) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (shared.max_height.load() < 1) {
      std::fprintf(stderr, "error: no Stacks block in 30 s (log: %s)\n", log_path.c_str());
      return finish(1);
    }
  }
  std::printf("node up; first Stacks block %.2f s after start\n", Seconds(Clock::now() - t_start));
  {
    std::lock_guard lock(shared.mutex);
    shared.blocks.clear();  // only blocks from the load window count
  }

  // Submit. Thread t submits the transactions of the accounts a with a % T == t, in index order.
  std::atomic<size_t> submitted{0};
  const auto submit_start = Clock::now();
  const int64_t submit_start_ns = shared.Now();
  std::vector<std::thread> clients;
  for (size_t t = 0; t < o.threads; ++t) {
    clients.emplace_back([&, t] {
      httplib::Client client("127.0.0.1", rpc_port);
      client.set_keep_alive(o.keep_alive);
      client.set_tcp_nodelay(o.tcp_nodelay);
      client.set_read_timeout(std::chrono::seconds(30));
      std::vector<size_t> mine;
      for (size_t k = 0; k < o.txs; ++k) {
        if (txs[k].account % o.threads == t) mine.push_back(k);
      }
      const double thread_rate = o.rate / static_cast<double>(o.threads);
      std::map<std::string, size_t> rejections;
      for (size_t n = 0; n < mine.size(); ++n) {
        if (thread_rate > 0) {
          auto due = submit_start + std::chrono::duration_cast<Clock::duration>(
                                        std::chrono::duration<double>(static_cast<double>(n) / thread_rate));
          std::this_thread::sleep_until(due);
        }
        const size_t k = mine[n];
        const int64_t sent = shared.Now();
        shared.submitted_ns[k].store(sent);
        auto res = client.Post("/v2/transactions", txs[k].body, "application/octet-stream");
        submitted.fetch_add(1);
        if (res && res->status == 200) {
          shared.accepted.fetch_add(1);
          continue;
        }
        shared.submitted_ns[k].store(0);
        std::string reason;
        if (!res) {
          reason = "http error: " + httplib::to_string(res.error());
        } else if (res->status == 400) {
          auto json = nlohmann::json::parse(res->body, nullptr, false);
          reason = json.is_object() ? json.value("reason", std::string("400")) : "400: " + res->body.substr(0, 60);
        } else {
          reason = "HTTP " + std::to_string(res->status);
        }
        ++rejections[reason];
      }
      std::lock_guard lock(shared.mutex);
      for (const auto& [reason, count] : rejections) shared.rejections[reason] += count;
    });
  }
  for (auto& c : clients) c.join();
  const auto submit_end = Clock::now();
  const double submit_s = Seconds(submit_end - submit_start);

  // Wait for the confirmations.
  const size_t accepted = shared.accepted.load();
  while (shared.confirmed.load() < accepted && Clock::now() - submit_end < std::chrono::duration<double>(o.timeout_s)) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }

  // Report.
  std::vector<double> latencies;
  int64_t last_confirm_ns = submit_start_ns;
  for (size_t k = 0; k < o.txs; ++k) {
    const int64_t c = shared.confirmed_ns[k].load(), s = shared.submitted_ns[k].load();
    if (c == 0) continue;
    last_confirm_ns = std::max(last_confirm_ns, c);
    if (s != 0) latencies.push_back(static_cast<double>(c - s) * 1e-9);
  }
  std::sort(latencies.begin(), latencies.end());
  const size_t confirmed = shared.confirmed.load();
  const double window_s = static_cast<double>(last_confirm_ns - submit_start_ns) * 1e-9;
  std::printf(
      "\nsettings: accounts=%zu txs=%zu threads=%zu rate=%s block-interval=%llu ms burn-interval=%llu ms "
      "events_keys=%s\n",
      o.accounts, o.txs, o.threads, o.rate > 0 ? std::to_string(static_cast<long>(o.rate)).c_str() : "max",
      static_cast<unsigned long long>(o.block_interval_ms), static_cast<unsigned long long>(o.burn_interval_ms),
      o.events_keys.c_str());
  std::printf("submitted  %zu in %.2f s = %.0f tx/s (HTTP round trips, %zu client threads)\n", submitted.load(),
              submit_s, static_cast<double>(submitted.load()) / submit_s, o.threads);
  std::printf("accepted   %zu\n", accepted);
  std::printf("rejected   %zu\n", submitted.load() - accepted);
  for (const auto& [reason, count] : shared.rejections) std::printf("    %-40s %zu\n", reason.c_str(), count);
  std::printf("confirmed  %zu of %zu accepted in %.2f s (first submit to last confirmation) = %.0f tx/s\n", confirmed,
              accepted, window_s, window_s > 0 ? static_cast<double>(confirmed) / window_s : 0.0);
  std::printf("latency    p50 %s  p90 %s  p99 %s  max %s  (submit to /new_block at the observer)\n",
              Percentile(latencies, 0.50).c_str(), Percentile(latencies, 0.90).c_str(),
              Percentile(latencies, 0.99).c_str(), Percentile(latencies, 1.0).c_str());
  std::printf("mempool events received: %zu\n", shared.mempool_events.load());
  {
    std::lock_guard lock(shared.mutex);
    size_t with_ours = 0, ours_total = 0, max_txs = 0;
    for (const auto& b : shared.blocks) {
      if (b.ours == 0) continue;
      ++with_ours;
      ours_total += b.ours;
      max_txs = std::max(max_txs, b.txs);
    }
    std::printf("blocks     %zu with load (%.0f transfers per block on average, max %zu txs)\n", with_ours,
                with_ours ? static_cast<double>(ours_total) / static_cast<double>(with_ours) : 0.0, max_txs);
    std::printf("    height  txs    ours   at (s after first submit)\n");
    for (const auto& b : shared.blocks) {
      std::printf("    %6llu  %5zu  %5zu  %.2f\n", static_cast<unsigned long long>(b.height), b.txs, b.ours,
                  Seconds(b.at - submit_start));
    }
  }
  return finish(confirmed == accepted ? 0 : 3);
}
