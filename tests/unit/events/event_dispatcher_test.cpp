#include "events/event_dispatcher.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "sqlite/sqlite.h"
#include "util/hex.h"

namespace stacks::events {
namespace {

using namespace std::chrono_literals;

struct Received {
  std::string path;
  std::string body;
  std::string content_type;
  std::string connection;
};

// An event observer on 127.0.0.1: records every POST and answers 200, or 500 while `failures_left` > 0.
class TestObserver {
 public:
  // Binds `port` (0: any free one) and serves on a thread.
  explicit TestObserver(int port = 0) {
    m_server.Post(".*", [this](const httplib::Request& req, httplib::Response& res) {
      std::unique_lock lock(m_mutex);
      m_release.wait_for(lock, 5s, [this] { return !m_hang; });
      m_posts.push_back({req.path, req.body, req.get_header_value("Content-Type"), req.get_header_value("Connection")});
      if (m_failures_left > 0) {
        --m_failures_left;
        res.status = 500;
      } else {
        res.status = 200;
      }
    });
    m_port =
        port == 0 ? m_server.bind_to_any_port("127.0.0.1") : (m_server.bind_to_port("127.0.0.1", port) ? port : -1);
    m_thread = std::thread([this] { m_server.listen_after_bind(); });
    while (m_port > 0 && !m_server.is_running()) std::this_thread::sleep_for(1ms);
  }
  ~TestObserver() {
    Hang(false);
    m_server.stop();
    m_thread.join();
  }
  int port() const { return m_port; }
  std::string endpoint() const { return "127.0.0.1:" + std::to_string(m_port); }
  void FailNext(int n) {
    std::lock_guard lock(m_mutex);
    m_failures_left = n;
  }
  // While true, requests wait (at most 5 s) before they are answered.
  void Hang(bool hang) {
    {
      std::lock_guard lock(m_mutex);
      m_hang = hang;
    }
    m_release.notify_all();
  }
  std::vector<Received> posts() {
    std::lock_guard lock(m_mutex);
    return m_posts;
  }
  size_t count() { return posts().size(); }

 private:
  httplib::Server m_server;
  std::thread m_thread;
  int m_port = -1;
  std::mutex m_mutex;
  std::vector<Received> m_posts;
  int m_failures_left = 0;
  bool m_hang = false;
  std::condition_variable m_release;
};

// A port with nothing listening: bound once to learn a free one, then closed.
int UnusedPort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof(addr);
  int port = -1;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0 &&
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) {
    port = ntohs(addr.sin_port);
  }
  ::close(fd);
  return port;
}

bool WaitFor(const std::function<bool()>& done, std::chrono::milliseconds limit = 5s) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < deadline) {
    if (done()) return true;
    std::this_thread::sleep_for(10ms);
  }
  return done();
}

util::Bytes Tx(uint8_t n) { return util::Bytes{0x80, n}; }

class EventDispatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = std::filesystem::temp_directory_path() / ("stacks_events_" + std::to_string(::getpid()) + "_" +
                                                      ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(m_dir);
    std::filesystem::create_directories(m_dir);
  }
  void TearDown() override { std::filesystem::remove_all(m_dir); }

  EventDispatcherOptions Options(std::vector<ObserverOptions> observers) {
    return {.queue_path = (m_dir / "event_observers.sqlite").string(),
            .observers = std::move(observers),
            .first_retry_delay = 20ms};
  }
  static ObserverOptions Observer(std::string endpoint, std::vector<std::string> keys = {"*"}) {
    return {.endpoint = std::move(endpoint), .events_keys = std::move(keys), .timeout = 200ms};
  }

  std::filesystem::path m_dir;
};

TEST_F(EventDispatcherTest, DeliversInOrderWithTheReferenceHeaders) {
  TestObserver observer;
  auto dispatcher = EventDispatcher::Open(Options({Observer(observer.endpoint())}));
  ASSERT_TRUE(dispatcher) << dispatcher.error().ToString();
  for (uint8_t i = 0; i < 5; ++i) {
    const std::vector<util::Bytes> txs = {Tx(i)};
    ASSERT_TRUE((*dispatcher)->AnnounceMempoolTxs(txs));
  }
  ASSERT_TRUE(WaitFor([&] { return observer.count() == 5; }));
  const auto posts = observer.posts();
  for (uint8_t i = 0; i < 5; ++i) {
    EXPECT_EQ(posts[i].path, "/new_mempool_tx");
    EXPECT_EQ(nlohmann::json::parse(posts[i].body), nlohmann::json::array({"0x800" + std::to_string(i)}));
    EXPECT_EQ(posts[i].content_type, "application/json");
    EXPECT_EQ(posts[i].connection, "close");
  }
  ASSERT_TRUE(WaitFor([&] { return *(*dispatcher)->PendingCount() == 0; }));
}

TEST_F(EventDispatcherTest, EndpointPathPrefixIsKept) {
  TestObserver observer;
  auto dispatcher = EventDispatcher::Open(Options({Observer(observer.endpoint() + "/hooks/")}));
  ASSERT_TRUE(dispatcher);
  const std::vector<util::Bytes> txids = {util::Bytes(32, 1)};
  ASSERT_TRUE((*dispatcher)->AnnounceDroppedMempoolTxs(txids, DropReason::kTooExpensive, std::nullopt));
  ASSERT_TRUE(WaitFor([&] { return observer.count() == 1; }));
  EXPECT_EQ(observer.posts()[0].path, "/hooks/drop_mempool_tx");
}

TEST_F(EventDispatcherTest, ObserverDownThenUpLosesNothingAndKeepsOrder) {
  const int port = UnusedPort();
  auto dispatcher = EventDispatcher::Open(Options({Observer("127.0.0.1:" + std::to_string(port))}));
  ASSERT_TRUE(dispatcher);
  for (uint8_t i = 0; i < 4; ++i) {
    const std::vector<util::Bytes> txs = {Tx(i)};
    ASSERT_TRUE((*dispatcher)->AnnounceMempoolTxs(txs));
  }
  std::this_thread::sleep_for(300ms);
  EXPECT_EQ(*(*dispatcher)->PendingCount(), 4u);
  TestObserver observer(port);
  ASSERT_EQ(observer.port(), port);
  ASSERT_TRUE(WaitFor([&] { return observer.count() == 4; }));
  const auto posts = observer.posts();
  for (uint8_t i = 0; i < 4; ++i) {
    EXPECT_EQ(nlohmann::json::parse(posts[i].body)[0], "0x800" + std::to_string(i));
  }
}

TEST_F(EventDispatcherTest, Non200AnswerIsRetriedBeforeTheNextEntry) {
  TestObserver observer;
  observer.FailNext(2);
  auto dispatcher = EventDispatcher::Open(Options({Observer(observer.endpoint())}));
  ASSERT_TRUE(dispatcher);
  const std::vector<util::Bytes> first = {Tx(1)};
  const std::vector<util::Bytes> second = {Tx(2)};
  ASSERT_TRUE((*dispatcher)->AnnounceMempoolTxs(first));
  ASSERT_TRUE((*dispatcher)->AnnounceMempoolTxs(second));
  ASSERT_TRUE(WaitFor([&] { return observer.count() == 4; }));
  const auto posts = observer.posts();
  for (int i = 0; i < 3; ++i) EXPECT_EQ(nlohmann::json::parse(posts[i].body)[0], "0x8001");
  EXPECT_EQ(nlohmann::json::parse(posts[3].body)[0], "0x8002");
}

TEST_F(EventDispatcherTest, RestartResendsWhatWasPending) {
  const int port = UnusedPort();
  const std::string endpoint = "127.0.0.1:" + std::to_string(port);
  {
    auto dispatcher = EventDispatcher::Open(Options({Observer(endpoint)}));
    ASSERT_TRUE(dispatcher);
    BurnBlockEvent bb;
    bb.burn_block_height = 7;
    ASSERT_TRUE((*dispatcher)->AnnounceBurnBlock(bb));
    const std::vector<util::Bytes> txs = {Tx(9)};
    ASSERT_TRUE((*dispatcher)->AnnounceMempoolTxs(txs));
    (*dispatcher)->Stop();
    EXPECT_EQ((*dispatcher)->AnnounceMempoolTxs(txs).error().code, util::ErrorCode::kFailedPrecondition);
  }
  TestObserver observer(port);
  ASSERT_EQ(observer.port(), port);
  auto dispatcher = EventDispatcher::Open(Options({Observer(endpoint)}));
  ASSERT_TRUE(dispatcher);
  ASSERT_TRUE(WaitFor([&] { return observer.count() == 2; }));
  const auto posts = observer.posts();
  EXPECT_EQ(posts[0].path, "/new_burn_block");
  EXPECT_EQ(nlohmann::json::parse(posts[0].body)["burn_block_height"], 7);
  EXPECT_EQ(posts[1].path, "/new_mempool_tx");
  ASSERT_TRUE(WaitFor([&] { return *(*dispatcher)->PendingCount() == 0; }));
}

TEST_F(EventDispatcherTest, KeysSelectPathsAndEveryObserverGetsNewBlock) {
  TestObserver burn;
  TestObserver mempool;
  auto dispatcher = EventDispatcher::Open(
      Options({Observer(burn.endpoint(), {"burn_blocks"}), Observer(mempool.endpoint(), {"memtx", "stx"})}));
  ASSERT_TRUE(dispatcher);
  ASSERT_TRUE((*dispatcher)->AnnounceBurnBlock(BurnBlockEvent{}));
  const std::vector<util::Bytes> txs = {Tx(1)};
  ASSERT_TRUE((*dispatcher)->AnnounceMempoolTxs(txs));
  BlockEvent block;
  block.events.resize(2);
  block.events[0].type = EventType::kContractEvent;
  block.events[0].event_index = 0;
  block.events[1].type = EventType::kStxTransfer;
  block.events[1].event_index = 1;
  ASSERT_TRUE((*dispatcher)->AnnounceBlock(block));

  ASSERT_TRUE(WaitFor([&] { return burn.count() == 2 && mempool.count() == 2; }));
  std::this_thread::sleep_for(50ms);
  const auto burn_posts = burn.posts();
  const auto mempool_posts = mempool.posts();
  ASSERT_EQ(burn_posts.size(), 2u);
  ASSERT_EQ(mempool_posts.size(), 2u);
  EXPECT_EQ(burn_posts[0].path, "/new_burn_block");
  EXPECT_EQ(burn_posts[1].path, "/new_block");
  EXPECT_EQ(nlohmann::json::parse(burn_posts[1].body)["events"], nlohmann::json::array());
  EXPECT_EQ(mempool_posts[0].path, "/new_mempool_tx");
  EXPECT_EQ(mempool_posts[1].path, "/new_block");
  const auto events = nlohmann::json::parse(mempool_posts[1].body)["events"];
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0]["type"], "stx_transfer_event");
  EXPECT_EQ(events[0]["event_index"], 1);
}

TEST_F(EventDispatcherTest, DisableContractInterfaceNullsItForThatObserverOnly) {
  TestObserver plain;
  TestObserver without_abi;
  ObserverOptions o = Observer(without_abi.endpoint());
  o.disable_contract_interface = true;
  auto dispatcher = EventDispatcher::Open(Options({Observer(plain.endpoint()), o}));
  ASSERT_TRUE(dispatcher);
  BlockEvent block;
  block.transactions.resize(1);
  block.transactions[0].contract_interface = {{"functions", nlohmann::json::array()}};
  ASSERT_TRUE((*dispatcher)->AnnounceBlock(block));
  ASSERT_TRUE(WaitFor([&] { return plain.count() == 1 && without_abi.count() == 1; }));
  EXPECT_EQ(nlohmann::json::parse(plain.posts()[0].body)["transactions"][0]["contract_interface"],
            block.transactions[0].contract_interface);
  EXPECT_EQ(nlohmann::json::parse(without_abi.posts()[0].body)["transactions"][0]["contract_interface"], nullptr);
}

TEST_F(EventDispatcherTest, WaitUntilDeliveredReportsWhetherTheQueueDrained) {
  const int port = UnusedPort();
  auto dispatcher = EventDispatcher::Open(Options({Observer("127.0.0.1:" + std::to_string(port))}));
  ASSERT_TRUE(dispatcher);
  auto empty = (*dispatcher)->WaitUntilDelivered(0ms);
  ASSERT_TRUE(empty);
  EXPECT_TRUE(*empty);
  const std::vector<util::Bytes> txs = {Tx(1)};
  ASSERT_TRUE((*dispatcher)->AnnounceMempoolTxs(txs));
  auto down = (*dispatcher)->WaitUntilDelivered(150ms);
  ASSERT_TRUE(down);
  EXPECT_FALSE(*down);
  TestObserver observer(port);
  ASSERT_EQ(observer.port(), port);
  auto up = (*dispatcher)->WaitUntilDelivered(5s);
  ASSERT_TRUE(up);
  EXPECT_TRUE(*up);
  EXPECT_EQ(observer.count(), 1u);
}

TEST_F(EventDispatcherTest, StopIsPromptWhileRetrying) {
  auto dispatcher = EventDispatcher::Open(
      Options({{.endpoint = "127.0.0.1:" + std::to_string(UnusedPort()), .events_keys = {"*"}, .timeout = 2000ms}}));
  ASSERT_TRUE(dispatcher);
  const std::vector<util::Bytes> txs = {Tx(1)};
  ASSERT_TRUE((*dispatcher)->AnnounceMempoolTxs(txs));
  std::this_thread::sleep_for(400ms);  // the retry delay has grown past 300 ms
  const auto start = std::chrono::steady_clock::now();
  (*dispatcher)->Stop();
  EXPECT_LT(std::chrono::steady_clock::now() - start, 1s);
  EXPECT_EQ(*(*dispatcher)->PendingCount(), 1u);
}

TEST_F(EventDispatcherTest, StopAbortsAPostInFlight) {
  TestObserver observer;
  observer.Hang(true);
  auto dispatcher =
      EventDispatcher::Open(Options({{.endpoint = observer.endpoint(), .events_keys = {"*"}, .timeout = 5000ms}}));
  ASSERT_TRUE(dispatcher);
  const std::vector<util::Bytes> txs = {Tx(1)};
  ASSERT_TRUE((*dispatcher)->AnnounceMempoolTxs(txs));
  std::this_thread::sleep_for(200ms);  // the POST is waiting for the observer's answer
  const auto start = std::chrono::steady_clock::now();
  (*dispatcher)->Stop();
  EXPECT_LT(std::chrono::steady_clock::now() - start, 1s);
  EXPECT_EQ(*(*dispatcher)->PendingCount(), 1u);
}

TEST_F(EventDispatcherTest, DisableRetriesDropsAnUnreachableEntry) {
  ObserverOptions o = Observer("127.0.0.1:" + std::to_string(UnusedPort()));
  o.disable_retries = true;
  auto dispatcher = EventDispatcher::Open(Options({o}));
  ASSERT_TRUE(dispatcher);
  const std::vector<util::Bytes> txs = {Tx(1)};
  ASSERT_TRUE((*dispatcher)->AnnounceMempoolTxs(txs));
  ASSERT_TRUE(WaitFor([&] { return *(*dispatcher)->PendingCount() == 0; }));
}

TEST_F(EventDispatcherTest, EntriesOfAnEndpointNoLongerConfiguredStayPending) {
  {
    auto dispatcher = EventDispatcher::Open(Options({Observer("127.0.0.1:" + std::to_string(UnusedPort()))}));
    ASSERT_TRUE(dispatcher);
    const std::vector<util::Bytes> txs = {Tx(1)};
    ASSERT_TRUE((*dispatcher)->AnnounceMempoolTxs(txs));
  }
  TestObserver observer;
  auto dispatcher = EventDispatcher::Open(Options({Observer(observer.endpoint())}));
  ASSERT_TRUE(dispatcher);
  const std::vector<util::Bytes> txs = {Tx(2)};
  ASSERT_TRUE((*dispatcher)->AnnounceMempoolTxs(txs));
  ASSERT_TRUE(WaitFor([&] { return observer.count() == 1; }));
  EXPECT_EQ(nlohmann::json::parse(observer.posts()[0].body)[0], "0x8002");
  ASSERT_TRUE(WaitFor([&] { return *(*dispatcher)->PendingCount() == 1; }));
}

BlockEvent Block(uint8_t id) {
  BlockEvent block;
  block.block_height = id;
  block.index_block_hash = util::Bytes(32, id);
  return block;
}

std::string IndexHashOf(const Received& post) {
  return nlohmann::json::parse(post.body)["index_block_hash"].get<std::string>();
}

TEST_F(EventDispatcherTest, HeldBlockWaitsForItsReleaseAndHoldsBackWhatFollows) {
  TestObserver observer;
  auto dispatcher = EventDispatcher::Open(Options({Observer(observer.endpoint())}));
  ASSERT_TRUE(dispatcher);
  ASSERT_TRUE((*dispatcher)->HoldBlock(Block(1)));
  const std::vector<util::Bytes> txs = {Tx(1)};
  ASSERT_TRUE((*dispatcher)->AnnounceMempoolTxs(txs));
  EXPECT_EQ(*(*dispatcher)->HeldBlocks(), std::vector<util::Bytes>{util::Bytes(32, 1)});
  std::this_thread::sleep_for(300ms);
  EXPECT_EQ(observer.count(), 0u) << "a held block, or what was queued after it, was sent";
  EXPECT_EQ(*(*dispatcher)->PendingCount(), 2u);
  ASSERT_TRUE((*dispatcher)->ReleaseBlock(util::Bytes(32, 1)));
  ASSERT_TRUE(WaitFor([&] { return observer.count() == 2; }));
  const auto posts = observer.posts();
  EXPECT_EQ(posts[0].path, "/new_block");
  EXPECT_EQ(IndexHashOf(posts[0]), "0x" + util::ToHex(util::Bytes(32, 1)));
  EXPECT_EQ(posts[1].path, "/new_mempool_tx");
  EXPECT_TRUE((*dispatcher)->HeldBlocks()->empty());
  ASSERT_TRUE(WaitFor([&] { return *(*dispatcher)->PendingCount() == 0; }));
}

TEST_F(EventDispatcherTest, DiscardedBlockIsNeverSent) {
  TestObserver observer;
  auto dispatcher = EventDispatcher::Open(Options({Observer(observer.endpoint())}));
  ASSERT_TRUE(dispatcher);
  ASSERT_TRUE((*dispatcher)->HoldBlock(Block(2)));
  const std::vector<util::Bytes> txs = {Tx(2)};
  ASSERT_TRUE((*dispatcher)->AnnounceMempoolTxs(txs));
  ASSERT_TRUE((*dispatcher)->DiscardBlock(util::Bytes(32, 2)));
  // Releasing or discarding what is not held changes nothing.
  ASSERT_TRUE((*dispatcher)->ReleaseBlock(util::Bytes(32, 2)));
  ASSERT_TRUE((*dispatcher)->DiscardBlock(util::Bytes(32, 9)));
  ASSERT_TRUE(WaitFor([&] { return *(*dispatcher)->PendingCount() == 0; }));
  ASSERT_EQ(observer.count(), 1u);
  EXPECT_EQ(observer.posts()[0].path, "/new_mempool_tx");
  auto drained = (*dispatcher)->WaitUntilDelivered(1s);
  ASSERT_TRUE(drained);
  EXPECT_TRUE(*drained);
}

TEST_F(EventDispatcherTest, HeldBlocksSurviveARestartUntilResolved) {
  TestObserver observer;
  {
    auto dispatcher = EventDispatcher::Open(Options({Observer(observer.endpoint())}));
    ASSERT_TRUE(dispatcher);
    ASSERT_TRUE((*dispatcher)->HoldBlock(Block(3)));
    ASSERT_TRUE((*dispatcher)->HoldBlock(Block(4)));
    // The process dies here: neither was released nor discarded.
  }
  auto dispatcher = EventDispatcher::Open(Options({Observer(observer.endpoint())}));
  ASSERT_TRUE(dispatcher);
  const std::vector<util::Bytes> expected = {util::Bytes(32, 3), util::Bytes(32, 4)};
  EXPECT_EQ(*(*dispatcher)->HeldBlocks(), expected);
  std::this_thread::sleep_for(200ms);
  EXPECT_EQ(observer.count(), 0u);
  ASSERT_TRUE((*dispatcher)->DiscardBlock(util::Bytes(32, 3)));
  ASSERT_TRUE((*dispatcher)->ReleaseBlock(util::Bytes(32, 4)));
  ASSERT_TRUE(WaitFor([&] { return *(*dispatcher)->PendingCount() == 0; }));
  ASSERT_EQ(observer.count(), 1u);
  EXPECT_EQ(nlohmann::json::parse(observer.posts()[0].body)["block_height"], 4);
}

TEST_F(EventDispatcherTest, AQueueOfTheFirstSchemaIsUpgradedAndItsEntriesSent) {
  {
    auto db = sqlite::Database::Open((m_dir / "event_observers.sqlite").string(), {});
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->Execute(
        "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version (version) VALUES (1);"
        "CREATE TABLE pending_payloads (id INTEGER PRIMARY KEY AUTOINCREMENT, endpoint TEXT NOT NULL, "
        "path TEXT NOT NULL, body TEXT NOT NULL, created_at_ms INTEGER NOT NULL);"
        "CREATE INDEX pending_payloads_by_endpoint ON pending_payloads (endpoint, id);",
        "version 1"));
  }
  TestObserver observer;
  {
    auto db = sqlite::Database::Open((m_dir / "event_observers.sqlite").string(), {});
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->Execute("INSERT INTO pending_payloads (endpoint, path, body, created_at_ms) VALUES ('" +
                                observer.endpoint() + "', '/new_mempool_tx', '[\"0x8007\"]', 0)",
                            "an entry"));
  }
  auto dispatcher = EventDispatcher::Open(Options({Observer(observer.endpoint())}));
  ASSERT_TRUE(dispatcher) << dispatcher.error().ToString();
  ASSERT_TRUE(WaitFor([&] { return observer.count() == 1; }));
  EXPECT_EQ(nlohmann::json::parse(observer.posts()[0].body)[0], "0x8007");
  ASSERT_TRUE((*dispatcher)->HoldBlock(Block(5)));
  EXPECT_EQ((*dispatcher)->HeldBlocks()->size(), 1u);
  auto db = sqlite::Database::Open((m_dir / "event_observers.sqlite").string(), {});
  ASSERT_TRUE(db);
  auto index =
      db->Prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'pending_payloads_held'");
  ASSERT_TRUE(index);
  ASSERT_TRUE(*index->Step());
  EXPECT_EQ(index->ColumnInt64(0), 1) << "the upgrade indexes the held entries";
}

TEST_F(EventDispatcherTest, RejectsAQueueFileThatIsNotADatabase) {
  {
    std::ofstream garbage(m_dir / "event_observers.sqlite", std::ios::binary);
    garbage << std::string(4096, 'x');
  }
  auto dispatcher = EventDispatcher::Open(Options({}));
  ASSERT_FALSE(dispatcher);
  EXPECT_EQ(dispatcher.error().code, util::ErrorCode::kCorruption);
}

TEST_F(EventDispatcherTest, RejectsBadObserverOptions) {
  auto no_port = EventDispatcher::Open(Options({Observer("localhost")}));
  ASSERT_FALSE(no_port);
  EXPECT_EQ(no_port.error().code, util::ErrorCode::kInvalidArgument);
  auto scheme = EventDispatcher::Open(Options({Observer("http://localhost:3700")}));
  ASSERT_FALSE(scheme);
  EXPECT_EQ(scheme.error().code, util::ErrorCode::kInvalidArgument);
  auto twice = EventDispatcher::Open(Options({Observer("127.0.0.1:3700"), Observer("127.0.0.1:3700")}));
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().code, util::ErrorCode::kInvalidArgument);
  auto bad_key = EventDispatcher::Open(Options({Observer("127.0.0.1:3700", {"blocks"})}));
  ASSERT_FALSE(bad_key);
  EXPECT_EQ(bad_key.error().code, util::ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace stacks::events
