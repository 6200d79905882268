// stacks-cli against a node stand-in: an httplib server on 127.0.0.1 that records each request and answers what the
// test sets, as the reference node's POST /v2/transactions and GET /v2/accounts do (docs/RPC.md).
#include "cli/broadcast.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "chain/transaction.h"
#include "cli/commands.h"
#include "test_util.h"
#include "util/hex.h"

namespace stacks::cli {
namespace {

using namespace std::chrono_literals;
using stacks::testing::ErrorOf;
using util::ErrorCode;

constexpr const char* kKeyOne = "000000000000000000000000000000000000000000000000000000000000000101";
constexpr const char* kRecipient = "ST000000000000000000002AMW42H";

struct Seen {
  std::string method;
  std::string path;
  std::string query_proof;
  std::string content_type;
  std::string body;
};

// The node: answers every request with `status`, `body` and `content_type` as last set, and records it.
class TestNode {
 public:
  TestNode() {
    const auto handle = [this](const httplib::Request& req, httplib::Response& res) {
      std::lock_guard lock(m_mutex);
      m_seen.push_back(
          {req.method, req.path, req.get_param_value("proof"), req.get_header_value("Content-Type"), req.body});
      res.status = m_status;
      res.set_content(m_body, m_content_type);
    };
    m_server.Post(".*", handle);
    m_server.Get(".*", handle);
    m_port = m_server.bind_to_any_port("127.0.0.1");
    m_thread = std::thread([this] { m_server.listen_after_bind(); });
    while (m_port > 0 && !m_server.is_running()) std::this_thread::sleep_for(1ms);
  }
  ~TestNode() {
    m_server.stop();
    m_thread.join();
  }
  std::string url(const std::string& path = "") const { return "http://127.0.0.1:" + std::to_string(m_port) + path; }
  int port() const { return m_port; }
  void Answer(int status, std::string body, std::string content_type = "application/json") {
    std::lock_guard lock(m_mutex);
    m_status = status;
    m_body = std::move(body);
    m_content_type = std::move(content_type);
  }
  std::vector<Seen> seen() {
    std::lock_guard lock(m_mutex);
    return m_seen;
  }

 private:
  httplib::Server m_server;
  std::thread m_thread;
  int m_port = -1;
  std::mutex m_mutex;
  int m_status = 500;
  std::string m_body;
  std::string m_content_type = "text/plain";
  std::vector<Seen> m_seen;
};

// A port with nothing listening: bound once to learn a free one, then closed.
int UnusedPort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof(addr);
  int port = -1;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0 &&
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) {
    port = ntohs(addr.sin_port);
  }
  ::close(fd);
  return port;
}

std::vector<std::string> SendArgs(std::vector<std::string> flags) {
  std::vector<std::string> argv = std::move(flags);
  for (const char* a : {"send_tokens", kRecipient, "100", "180", "0", kKeyOne}) argv.emplace_back(a);
  return argv;
}

// The transaction send_tokens builds, as hex, and its txid.
struct Built {
  std::string hex;
  std::string txid;
};
Built BuildSend() {
  std::vector<std::string> argv = SendArgs({"-t", "-x"});
  Outcome out = Execute(argv, false);
  EXPECT_EQ(out.exit_code, 0) << out.err;
  std::string hex = out.out.substr(0, out.out.size() - 1);
  auto tx = chain::DecodeTransactionHex(hex);
  EXPECT_TRUE(tx);
  return {hex, tx ? util::ToHex(tx->txid()) : ""};
}

bool OneErrorLine(const Outcome& o) {
  return o.out.empty() && o.err.rfind("error: ", 0) == 0 && o.err.back() == '\n' &&
         o.err.find('\n') == o.err.size() - 1;
}

TEST(BroadcastTest, AcceptedTransferPrintsTxidAndExplorerLinkAsStx) {
  TestNode node;
  const Built built = BuildSend();
  node.Answer(200, "\"" + built.txid + "\"");
  Outcome out = Execute(SendArgs({"-t", "-I", node.url()}), false);
  EXPECT_EQ(out.exit_code, 0) << out.err;
  EXPECT_EQ(out.err, "");
  EXPECT_EQ(out.out, "{\"txid\":\"0x" + built.txid + "\",\"transaction\":\"https://explorer.hiro.so/txid/0x" +
                         built.txid + "?chain=testnet\"}\n");
  auto seen = node.seen();
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].method, "POST");
  EXPECT_EQ(seen[0].path, "/v2/transactions");
  EXPECT_EQ(seen[0].content_type, "application/octet-stream");
  EXPECT_EQ(util::ToHex(util::ByteView(reinterpret_cast<const uint8_t*>(seen[0].body.data()), seen[0].body.size())),
            built.hex);
}

TEST(BroadcastTest, PathPrefixAndTrailingSlashAreKept) {
  TestNode node;
  const Built built = BuildSend();
  node.Answer(200, built.txid);  // bare, without quotes: Stacks.js accepts it too
  Outcome out = Execute(SendArgs({"-t", "-I", node.url("/node/rpc/")}), true);
  EXPECT_EQ(out.exit_code, 0) << out.err;
  EXPECT_EQ(out.out.substr(0, 12), "{\n  \"txid\": ");
  ASSERT_EQ(node.seen().size(), 1u);
  EXPECT_EQ(node.seen()[0].path, "/node/rpc/v2/transactions");
}

TEST(BroadcastTest, RejectionPrintsTheNodesJsonAndFails) {
  TestNode node;
  const std::string rejection =
      R"({"error":"transaction rejected","reason":"BadNonce","reason_data":{"actual":0,"expected":5,)"
      R"("is_origin":true,"principal":"ST2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKPVKG2CE"},"txid":"abcd"})";
  node.Answer(400, rejection);
  Outcome out = Execute(SendArgs({"-t", "-I", node.url()}), false);
  EXPECT_EQ(out.exit_code, 1);
  EXPECT_EQ(out.out, rejection + "\n");  // the node's keys in the node's order
  EXPECT_EQ(out.err, "error: the node rejected the transaction: BadNonce\n");
}

TEST(BroadcastTest, RejectionWithoutReasonStillFails) {
  TestNode node;
  node.Answer(400, R"({"error":"transaction rejected"})");
  Outcome out = Execute(SendArgs({"-I", node.url()}), false);
  EXPECT_EQ(out.exit_code, 1);
  EXPECT_EQ(out.out, "{\"error\":\"transaction rejected\"}\n");
  EXPECT_EQ(out.err, "error: the node rejected the transaction\n");

  // The node's reason is untrusted text: the message stays one line.
  node.Answer(400, R"({"error":"transaction rejected","reason":"Bad\nNonce\u0007"})");
  out = Execute(SendArgs({"-I", node.url()}), false);
  EXPECT_EQ(out.exit_code, 1);
  EXPECT_EQ(out.err, "error: the node rejected the transaction: Bad?Nonce?\n");
}

TEST(BroadcastTest, TextRefusalIsOneErrorLineWithStatusAndBody) {
  TestNode node;
  node.Answer(400, "Failed to decode: Failed to deserialize posted transaction", "text/plain");
  Outcome out = Execute(SendArgs({"-t", "-I", node.url()}), false);
  EXPECT_EQ(out.exit_code, 1);
  EXPECT_TRUE(OneErrorLine(out)) << out.err;
  EXPECT_NE(out.err.find("HTTP 400: Failed to decode"), std::string::npos) << out.err;

  node.Answer(500, R"({"message":"no error key"})");
  out = Execute(SendArgs({"-t", "-I", node.url()}), false);
  EXPECT_EQ(out.exit_code, 1);
  EXPECT_TRUE(OneErrorLine(out)) << out.err;
  EXPECT_NE(out.err.find("HTTP 500"), std::string::npos) << out.err;
}

TEST(BroadcastTest, AcceptanceWithoutATxidOrWithAnotherTxidFails) {
  TestNode node;
  node.Answer(200, "\"ok\"");
  Outcome out = Execute(SendArgs({"-t", "-I", node.url()}), false);
  EXPECT_EQ(out.exit_code, 1);
  EXPECT_TRUE(OneErrorLine(out)) << out.err;
  EXPECT_NE(out.err.find("without a txid"), std::string::npos) << out.err;

  node.Answer(200, "\"" + std::string(64, 'a') + "\"");
  out = Execute(SendArgs({"-t", "-I", node.url()}), false);
  EXPECT_EQ(out.exit_code, 1);
  EXPECT_TRUE(OneErrorLine(out)) << out.err;
  EXPECT_NE(out.err.find("accepted txid " + std::string(64, 'a')), std::string::npos) << out.err;

  node.Answer(202, "\"" + BuildSend().txid + "\"");  // only a 200 is an acceptance
  out = Execute(SendArgs({"-t", "-I", node.url()}), false);
  EXPECT_EQ(out.exit_code, 1);
  EXPECT_NE(out.err.find("HTTP 202"), std::string::npos) << out.err;
}

TEST(BroadcastTest, OversizedAnswerIsRefused) {
  TestNode node;
  node.Answer(400, std::string((1 << 20) + 1, 'x'), "text/plain");
  Outcome out = Execute(SendArgs({"-t", "-I", node.url()}), false);
  EXPECT_EQ(out.exit_code, 1);
  EXPECT_TRUE(OneErrorLine(out)) << out.err.substr(0, 300);
  EXPECT_NE(out.err.find("more than 1048576 bytes"), std::string::npos) << out.err.substr(0, 300);
}

TEST(BroadcastTest, WithoutNodeUrlSaysToPassIt) {
  Outcome out = Execute(SendArgs({"-t"}), false);
  EXPECT_EQ(out.exit_code, 1);
  EXPECT_TRUE(OneErrorLine(out)) << out.err;
  EXPECT_NE(out.err.find("-I URL"), std::string::npos) << out.err;
  EXPECT_NE(out.err.find("-x"), std::string::npos) << out.err;

  out = Execute({"balance", kRecipient}, false);
  EXPECT_EQ(out.exit_code, 1);
  EXPECT_NE(out.err.find("-I URL"), std::string::npos) << out.err;
}

TEST(BroadcastTest, TxOnlyWinsOverNodeUrl) {
  TestNode node;
  Outcome out = Execute(SendArgs({"-t", "-x", "-I", node.url()}), false);
  EXPECT_EQ(out.exit_code, 0);
  EXPECT_EQ(out.out, BuildSend().hex + "\n");
  EXPECT_TRUE(node.seen().empty());
}

TEST(BroadcastTest, ClosedPortIsOneErrorLineNamingTheUrl) {
  const int port = UnusedPort();
  ASSERT_GT(port, 0);
  const std::string url = "http://127.0.0.1:" + std::to_string(port);
  Outcome out = Execute(SendArgs({"-t", "-I", url}), false);
  EXPECT_EQ(out.exit_code, 1);
  EXPECT_TRUE(OneErrorLine(out)) << out.err;
  EXPECT_EQ(out.err, "error: node '" + url + "': cannot connect\n");

  out = Execute({"-I", url, "balance", kRecipient}, false);
  EXPECT_EQ(out.exit_code, 1);
  EXPECT_EQ(out.err, "error: node '" + url + "': cannot connect\n");
  EXPECT_EQ(ErrorOf(PostTransaction(url, util::Bytes{0})).code, ErrorCode::kIo);
}

TEST(BroadcastTest, HttpsToAPlainHttpNodeFailsCleanly) {
  TestNode node;
  node.Answer(200, "\"" + BuildSend().txid + "\"");
  const std::string url = "https://127.0.0.1:" + std::to_string(node.port());
  Outcome out = Execute(SendArgs({"-t", "-I", url}), false);
  EXPECT_EQ(out.exit_code, 1);
  EXPECT_TRUE(OneErrorLine(out)) << out.err;
  EXPECT_EQ(out.err.rfind("error: node '" + url + "': ", 0), 0u) << out.err;
}

TEST(BroadcastTest, BadUrlsAreRefusedBeforeAnyRequest) {
  for (const char* url : {"localhost:20443", "127.0.0.1", "ftp://127.0.0.1:20443", "http://", "http://:20443",
                          "http://127.0.0.1:", "http://127.0.0.1:0", "http://127.0.0.1:65536", "http://127.0.0.1:2x",
                          "http://127.0.0.1:99999999999999999999", "http://user@127.0.0.1:20443",
                          "http://127.0.0.1:20443/?a=1", "http://127.0.0.1:20443#x", "http://127.0.0.1 :20443",
                          "http://[::1:20443", "http://[::1]x", "http://[zz]:1", "http://a/b\n", "http://a%2fb:1"}) {
    SCOPED_TRACE(url);
    EXPECT_EQ(ErrorOf(ParseNodeUrl(url)).code, ErrorCode::kInvalidArgument);
    Outcome out = Execute(SendArgs({"-t", "-I", url}), false);
    EXPECT_EQ(out.exit_code, 1);
    EXPECT_TRUE(OneErrorLine(out)) << out.err;
    EXPECT_EQ(out.err.rfind("error: node URL '", 0), 0u) << out.err;
    EXPECT_EQ(ErrorOf(GetAccount(url, kRecipient)).code, ErrorCode::kInvalidArgument);
  }
}

TEST(BroadcastTest, ParsesUrlParts) {
  auto u = ParseNodeUrl("HTTP://Example.com");
  ASSERT_TRUE(u) << u.error().message;
  EXPECT_FALSE(u->https);
  EXPECT_EQ(u->host, "Example.com");
  EXPECT_EQ(u->port, 80);
  EXPECT_EQ(u->prefix, "");
  u = ParseNodeUrl("https://node.example:20443/a/b//");
  ASSERT_TRUE(u) << u.error().message;
  EXPECT_TRUE(u->https);
  EXPECT_EQ(u->port, 20443);
  EXPECT_EQ(u->prefix, "/a/b");
  u = ParseNodeUrl("https://[::1]");
  ASSERT_TRUE(u) << u.error().message;
  EXPECT_EQ(u->host, "::1");
  EXPECT_EQ(u->port, 443);
  u = ParseNodeUrl("http://127.0.0.1:65535/");
  ASSERT_TRUE(u) << u.error().message;
  EXPECT_EQ(u->port, 65535);
  EXPECT_EQ(u->prefix, "");
}

TEST(BroadcastTest, DeployAndCallArePostedToo) {
  TestNode node;
  const std::filesystem::path source =
      std::filesystem::temp_directory_path() / ("broadcast_test_" + std::to_string(::getpid()) + ".clar");
  std::ofstream(source) << "(define-public (hello) (ok u1))\n";
  node.Answer(400, R"({"error":"transaction rejected","reason":"FeeTooLow"})");
  Outcome deploy =
      Execute({"-t", "-I", node.url(), "deploy_contract", source.string(), "hello", "1", "0", kKeyOne}, false);
  std::filesystem::remove(source);
  EXPECT_EQ(deploy.exit_code, 1);
  EXPECT_EQ(deploy.err, "error: the node rejected the transaction: FeeTooLow\n");
  Outcome call = Execute(
      {"-t", "-I", node.url(), "call_contract_func", kRecipient, "pox-4", "stack-stx", "1", "0", kKeyOne, "u1"}, false);
  EXPECT_EQ(call.exit_code, 1);
  EXPECT_EQ(call.err, "error: the node rejected the transaction: FeeTooLow\n");
  auto seen = node.seen();
  ASSERT_EQ(seen.size(), 2u);
  for (const auto& s : seen) {
    EXPECT_EQ(s.path, "/v2/transactions");
    auto tx = chain::DecodeTransaction(util::ByteView(reinterpret_cast<const uint8_t*>(s.body.data()), s.body.size()));
    EXPECT_TRUE(tx);
  }
}

TEST(BroadcastTest, BalancePrintsDecimalStringsAndNonceAsStx) {
  TestNode node;
  node.Answer(200, R"({"balance":"0x0000000000000000000000e8d4a51000","locked":"0xffffffffffffffffffffffffffffffff",)"
                   R"("unlock_height":42,"nonce":7})");
  Outcome out = Execute({"-t", "-I", node.url(), "balance", kRecipient}, false);
  EXPECT_EQ(out.exit_code, 0) << out.err;
  EXPECT_EQ(out.out,
            R"({"balance":"1000000000000","locked":"340282366920938463463374607431768211455","unlock_height":42,)"
            R"("nonce":7})"
            "\n");
  auto seen = node.seen();
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].method, "GET");
  EXPECT_EQ(seen[0].path, std::string("/v2/accounts/") + kRecipient);
  EXPECT_EQ(seen[0].query_proof, "0");

  // A contract principal, and decimal balances (as BigInt reads them).
  node.Answer(200, R"({"balance":"12","locked":"0","unlock_height":0,"nonce":0})");
  out = Execute({"-I", node.url(), "balance", std::string(kRecipient) + ".pox-4"}, false);
  EXPECT_EQ(out.exit_code, 0) << out.err;
  EXPECT_EQ(out.out, R"({"balance":"12","locked":"0","unlock_height":0,"nonce":0})"
                     "\n");
}

TEST(BroadcastTest, BalanceRefusesBadAddressesWithoutAsking) {
  TestNode node;
  for (const char* address :
       {"", "16pm276FpJYpm7Dv3GEaRqTVvGPTdceoY4", "ST000000000000000000002AMW42J", "ST000000000000000000002AMW42H.",
        "ST000000000000000000002AMW42H/../x", "ST000000000000000000002AMW42H\n"}) {
    SCOPED_TRACE(address);
    Outcome out = Execute({"-I", node.url(), "balance", address}, false);
    EXPECT_EQ(out.exit_code, 1);
    EXPECT_TRUE(OneErrorLine(out)) << out.err;
    EXPECT_EQ(out.err.rfind("error: address '", 0), 0u) << out.err;
  }
  EXPECT_TRUE(node.seen().empty());
}

TEST(BroadcastTest, BalanceRefusesBadAnswers) {
  TestNode node;
  const std::vector<std::pair<int, std::string>> answers = {
      {404, "Chain tip 'latest' not found"},
      {200, "not json"},
      {200, "[1]"},
      {200, R"({"balance":5,"locked":"0x0","unlock_height":0,"nonce":0})"},
      {200, R"({"balance":"0x","locked":"0x0","unlock_height":0,"nonce":0})"},
      {200, R"({"balance":"0x1ffffffffffffffffffffffffffffffff","locked":"0x0","unlock_height":0,"nonce":0})"},
      {200, R"({"balance":"340282366920938463463374607431768211456","locked":"0","unlock_height":0,"nonce":0})"},
      {200, R"({"balance":"-1","locked":"0x0","unlock_height":0,"nonce":0})"},
      {200, R"({"balance":"0x0g","locked":"0x0","unlock_height":0,"nonce":0})"},
      {200, R"({"balance":"0x0","unlock_height":0,"nonce":0})"},
      {200, R"({"balance":"0x0","locked":"0x0","unlock_height":-1,"nonce":0})"},
      {200, R"({"balance":"0x0","locked":"0x0","unlock_height":0,"nonce":1.5})"},
      {200, R"({"balance":"0x0","locked":"0x0","unlock_height":0})"},
  };
  for (const auto& [status, body] : answers) {
    SCOPED_TRACE(body);
    node.Answer(status, body);
    Outcome out = Execute({"-I", node.url(), "balance", kRecipient}, false);
    EXPECT_EQ(out.exit_code, 1);
    EXPECT_TRUE(OneErrorLine(out)) << out.err;
    EXPECT_EQ(ErrorOf(GetAccount(node.url(), kRecipient)).code, ErrorCode::kFailedPrecondition);
  }
}

TEST(BroadcastTest, HelpListsBalanceAndTheNodeFlag) {
  Outcome out = Execute({"help"}, false);
  EXPECT_EQ(out.exit_code, 0);
  EXPECT_NE(out.out.find("  balance ADDRESS\n"), std::string::npos);
  EXPECT_NE(out.out.find("-I URL"), std::string::npos);
}

}  // namespace
}  // namespace stacks::cli
