#include "events/event_dispatcher.h"

#include <httplib.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <condition_variable>
#include <random>
#include <set>
#include <stop_token>
#include <thread>
#include <utility>

#include "events/event_filter.h"
#include "sqlite/schema.h"
#include "sqlite/sqlite.h"
#include "util/log.h"
#include "util/thread_annotations.h"

namespace stacks::events {
namespace {

// The queue file. One row per (observer, payload), deleted once that observer answered 200; rows of one endpoint
// are sent in id order. A row with held_block set is a /new_block held until its block is committed (HoldBlock).
constexpr std::string_view QUEUE_SCHEMA_V2 = R"sql(
CREATE TABLE pending_payloads (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  endpoint TEXT NOT NULL,
  path TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at_ms INTEGER NOT NULL,
  held_block BLOB
);
CREATE INDEX pending_payloads_by_endpoint ON pending_payloads (endpoint, id);
CREATE INDEX pending_payloads_held ON pending_payloads (held_block) WHERE held_block IS NOT NULL;
)sql";

constexpr std::array<sqlite::SchemaMigration, 1> QUEUE_MIGRATIONS{{
    // 2: a block's announcement can be stored before the block is committed, held until it is.
    // Each stored block releases its entries by held_block: indexed (only the held rows), so that a long queue
    // behind an observer that is down is not scanned once per block.
    {2,
     "ALTER TABLE pending_payloads ADD COLUMN held_block BLOB;"
     "CREATE INDEX pending_payloads_held ON pending_payloads (held_block) WHERE held_block IS NOT NULL;"},
}};

constexpr sqlite::Schema QUEUE_SCHEMA{"event_observers", 2, QUEUE_SCHEMA_V2, QUEUE_MIGRATIONS};

// The reference's jitter: 0-100 ms added to each doubled delay.
constexpr int MAX_JITTER_MS = 100;

struct Entry {
  int64_t id = 0;
  std::string path;
  std::string body;
  bool held = false;
};

enum class PostOutcome { kDelivered, kConnectionFailed, kRefused };

// HOST:PORT[/prefix] split for httplib.
struct Endpoint {
  std::string host;
  int port = 0;
  std::string path_prefix;  // "" or "/prefix" without a trailing '/'
};

util::Result<Endpoint> ParseEndpoint(const std::string& text) {
  Endpoint out;
  const size_t slash = text.find('/');
  std::string host_port = text.substr(0, slash);
  if (slash != std::string::npos) {
    out.path_prefix = text.substr(slash);
    while (!out.path_prefix.empty() && out.path_prefix.back() == '/') out.path_prefix.pop_back();
  }
  const size_t colon = host_port.rfind(':');
  if (text.find("://") != std::string::npos || colon == std::string::npos || colon == 0) {
    return util::InvalidArgument("event observer endpoint '" + text + "' is not HOST:PORT");
  }
  out.host = host_port.substr(0, colon);
  if (out.host.size() > 2 && out.host.front() == '[' && out.host.back() == ']') {
    out.host = out.host.substr(1, out.host.size() - 2);
  }
  const std::string port = host_port.substr(colon + 1);
  auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), out.port);
  if (ec != std::errc() || end != port.data() + port.size() || out.port < 1 || out.port > 65535) {
    return util::InvalidArgument("event observer endpoint '" + text + "' has a bad port");
  }
  return out;
}

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

struct EventDispatcher::Impl {
  struct Observer {
    ObserverOptions options;
    EventFilter filter;
    Endpoint endpoint;
    size_t index = 0;  // Position in Impl::observers and Impl::m_in_flight.
    std::jthread thread;
  };

  // One body for one observer.
  struct Outgoing {
    const Observer* observer;
    std::string path;
    std::string body;
  };

  Impl(EventDispatcherOptions opts, sqlite::Database db) : options(std::move(opts)), m_db(std::move(db)) {}

  // Stores `outgoing` in one transaction; with `held_block`, held until ResolveHeld(held_block, ..).
  util::Status Enqueue(const std::vector<Outgoing>& outgoing, const util::Bytes* held_block = nullptr)
      EXCLUDES(m_mutex);
  // Releases (`release`) or deletes the entries held for `block`.
  util::Status ResolveHeld(const util::Bytes& block, bool release) EXCLUDES(m_mutex);
  util::Result<std::vector<util::Bytes>> HeldBlocks() EXCLUDES(m_mutex);
  // The /new_block body of each observer, with its filtered events.
  std::vector<Outgoing> BlockPayloads(const BlockEvent& block) const;
  util::Result<size_t> PendingCount() EXCLUDES(m_mutex);
  util::Result<bool> WaitUntilDelivered(std::chrono::milliseconds limit) EXCLUDES(m_mutex);
  void SenderLoop(Observer& observer, std::stop_token stop) EXCLUDES(m_mutex);
  util::Result<std::optional<Entry>> NextEntry(const Observer& observer) REQUIRES(m_mutex);
  // Retries `entry` until the observer takes it (true), disable_retries drops it (true) or a stop is requested
  // (false: the entry stays pending).
  bool Deliver(Observer& observer, const Entry& entry, const std::stop_token& stop) EXCLUDES(m_mutex);
  PostOutcome Post(Observer& observer, const Entry& entry, const std::stop_token& stop) EXCLUDES(m_mutex);
  void Stop() EXCLUDES(m_mutex);

  const EventDispatcherOptions options;
  std::vector<std::unique_ptr<Observer>> observers;  // Fixed after Open.

  util::Mutex m_mutex;
  std::condition_variable_any m_wake;       // Signalled when entries are stored.
  std::condition_variable_any m_delivered;  // Signalled when an entry is deleted after delivery, and at Stop().
  sqlite::Database m_db GUARDED_BY(m_mutex);
  uint64_t m_stored_batches GUARDED_BY(m_mutex) = 0;
  bool m_stopped GUARDED_BY(m_mutex) = false;
  // Per observer, the client of the POST running now, so that Stop() can abort it; null between POSTs.
  std::vector<httplib::Client*> m_in_flight GUARDED_BY(m_mutex);
};

util::Status EventDispatcher::Impl::Enqueue(const std::vector<Outgoing>& outgoing, const util::Bytes* held_block) {
  util::LockGuard lock(m_mutex);
  if (m_stopped) return util::FailedPrecondition("event dispatcher is stopped");
  if (outgoing.empty()) return {};
  {
    STACKS_TRY(sqlite::WriteTransaction txn, sqlite::WriteTransaction::Begin(m_db));
    STACKS_TRY(sqlite::Statement insert,
               m_db.Prepare("INSERT INTO pending_payloads (endpoint, path, body, created_at_ms, held_block) "
                            "VALUES (?1, ?2, ?3, ?4, ?5)"));
    for (const Outgoing& o : outgoing) {
      insert.Reset();
      STACKS_RETURN_IF_ERROR(insert.BindText(1, o.observer->options.endpoint));
      STACKS_RETURN_IF_ERROR(insert.BindText(2, o.path));
      STACKS_RETURN_IF_ERROR(insert.BindText(3, o.body));
      STACKS_RETURN_IF_ERROR(insert.BindInt64(4, NowMs()));
      if (held_block != nullptr) STACKS_RETURN_IF_ERROR(insert.BindBlob(5, *held_block));
      STACKS_RETURN_IF_ERROR(insert.Run());
    }
    STACKS_RETURN_IF_ERROR(txn.Commit());
  }
  ++m_stored_batches;
  m_wake.notify_all();
  return {};
}

util::Status EventDispatcher::Impl::ResolveHeld(const util::Bytes& block, bool release) {
  util::LockGuard lock(m_mutex);
  STACKS_TRY(sqlite::Statement resolve,
             m_db.Prepare(release ? "UPDATE pending_payloads SET held_block = NULL WHERE held_block = ?1"
                                  : "DELETE FROM pending_payloads WHERE held_block = ?1"));
  STACKS_RETURN_IF_ERROR(resolve.BindBlob(1, block));
  STACKS_RETURN_IF_ERROR(resolve.Run());
  // Senders waiting at a held entry look again; WaitUntilDelivered may be done after a discard.
  ++m_stored_batches;
  m_wake.notify_all();
  m_delivered.notify_all();
  return {};
}

util::Result<std::vector<util::Bytes>> EventDispatcher::Impl::HeldBlocks() {
  util::LockGuard lock(m_mutex);
  STACKS_TRY(sqlite::Statement held,
             m_db.Prepare("SELECT held_block FROM pending_payloads WHERE held_block IS NOT NULL "
                          "GROUP BY held_block ORDER BY MIN(id)"));
  std::vector<util::Bytes> out;
  for (;;) {
    STACKS_TRY(bool row, held.Step());
    if (!row) break;
    out.push_back(held.ColumnBlob(0));
  }
  return out;
}

util::Result<size_t> EventDispatcher::Impl::PendingCount() {
  util::LockGuard lock(m_mutex);
  STACKS_TRY(sqlite::Statement count, m_db.Prepare("SELECT COUNT(*) FROM pending_payloads"));
  STACKS_TRY(bool row, count.Step());
  return row ? static_cast<size_t>(count.ColumnInt64(0)) : size_t{0};
}

util::Result<std::optional<Entry>> EventDispatcher::Impl::NextEntry(const Observer& observer) {
  STACKS_TRY(sqlite::Statement next,
             m_db.Prepare("SELECT id, path, body, held_block IS NOT NULL FROM pending_payloads WHERE endpoint = ?1 "
                          "ORDER BY id LIMIT 1"));
  STACKS_RETURN_IF_ERROR(next.BindText(1, observer.options.endpoint));
  STACKS_TRY(bool row, next.Step());
  if (!row) return std::optional<Entry>();
  return std::optional<Entry>(
      Entry{next.ColumnInt64(0), next.ColumnText(1), next.ColumnText(2), next.ColumnInt64(3) != 0});
}

// The waits below hold m_mutex through a std::unique_lock on its native mutex, which clang's analysis cannot
// follow; every access to guarded members here happens with that lock held.
void EventDispatcher::Impl::SenderLoop(Observer& observer, std::stop_token stop) NO_THREAD_SAFETY_ANALYSIS {
  while (!stop.stop_requested()) {
    std::optional<Entry> entry;
    {
      std::unique_lock lock(m_mutex.native());
      auto next = NextEntry(observer);
      if (!next) {
        LOG_ERROR("event queue read failed endpoint={} error={}", observer.options.endpoint, next.error().ToString());
        m_wake.wait_for(lock, stop, std::chrono::seconds(1), [] { return false; });
        continue;
      }
      // Nothing to send, or the next entry is held (and what follows waits behind it, to keep the order).
      if (!next->has_value() || (*next)->held) {
        const uint64_t seen = m_stored_batches;
        m_wake.wait(lock, stop, [&]() NO_THREAD_SAFETY_ANALYSIS { return m_stored_batches != seen; });
        continue;
      }
      entry = std::move(**next);
    }
    if (!Deliver(observer, *entry, stop)) continue;
    std::unique_lock lock(m_mutex.native());
    auto del = m_db.Prepare("DELETE FROM pending_payloads WHERE id = ?1");
    util::Status deleted = del ? del->BindInt64(1, entry->id) : util::Status(del.error());
    if (deleted) deleted = del->Run();
    if (!deleted) {
      // The entry will be sent again: at-least-once delivery.
      LOG_ERROR("event queue delete failed endpoint={} error={}", observer.options.endpoint,
                deleted.error().ToString());
      m_wake.wait_for(lock, stop, std::chrono::seconds(1), [] { return false; });
    } else {
      m_delivered.notify_all();
    }
  }
}

util::Result<bool> EventDispatcher::Impl::WaitUntilDelivered(std::chrono::milliseconds limit)
    NO_THREAD_SAFETY_ANALYSIS {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  std::unique_lock lock(m_mutex.native());
  for (;;) {
    size_t pending = 0;
    for (const auto& observer : observers) {
      STACKS_TRY(sqlite::Statement count, m_db.Prepare("SELECT COUNT(*) FROM pending_payloads WHERE endpoint = ?1"));
      STACKS_RETURN_IF_ERROR(count.BindText(1, observer->options.endpoint));
      STACKS_TRY(bool row, count.Step());
      if (row) pending += static_cast<size_t>(count.ColumnInt64(0));
    }
    if (pending == 0) return true;
    if (m_stopped || std::chrono::steady_clock::now() >= deadline) return false;
    m_delivered.wait_until(lock, deadline);
  }
}

bool EventDispatcher::Impl::Deliver(Observer& observer, const Entry& entry,
                                    const std::stop_token& stop) NO_THREAD_SAFETY_ANALYSIS {
  thread_local std::mt19937 rng(std::random_device{}());  // Retry jitter; seeded once per sender thread.
  std::uniform_int_distribution<int> jitter_ms(0, MAX_JITTER_MS - 1);
  const auto max_delay = observer.options.timeout * 3;
  auto delay = options.first_retry_delay;
  for (uint64_t attempts = 0;; ++attempts) {
    if (stop.stop_requested()) return false;
    const PostOutcome outcome = Post(observer, entry, stop);
    if (outcome == PostOutcome::kDelivered) return true;
    if (stop.stop_requested()) return false;
    if (outcome == PostOutcome::kConnectionFailed && observer.options.disable_retries) {
      LOG_WARN("event observer unreachable, dropping payload endpoint={} path={}", observer.options.endpoint,
               entry.path);
      return true;
    }
    LOG_WARN("event observer POST failed endpoint={} path={} attempts={} retry_ms={}", observer.options.endpoint,
             entry.path, attempts + 1, delay.count());
    {
      std::unique_lock lock(m_mutex.native());
      m_wake.wait_for(lock, stop, delay, [] { return false; });
    }
    delay = std::min(delay * 2 + std::chrono::milliseconds(jitter_ms(rng)), max_delay);
  }
}

PostOutcome EventDispatcher::Impl::Post(Observer& observer, const Entry& entry, const std::stop_token& stop) {
  // A connection per POST with "Connection: close", as the reference's dispatcher sends them.
  httplib::Client client(observer.endpoint.host, observer.endpoint.port);
  const auto timeout = observer.options.timeout;
  client.set_connection_timeout(timeout);
  client.set_read_timeout(timeout);
  client.set_write_timeout(timeout);
  client.set_tcp_nodelay(true);
  {
    util::LockGuard lock(m_mutex);
    if (stop.stop_requested()) return PostOutcome::kConnectionFailed;
    m_in_flight[observer.index] = &client;
  }
  httplib::Result result = client.Post(observer.endpoint.path_prefix + entry.path,
                                       httplib::Headers{{"Connection", "close"}}, entry.body, "application/json");
  {
    util::LockGuard lock(m_mutex);
    m_in_flight[observer.index] = nullptr;
  }
  if (!result) return PostOutcome::kConnectionFailed;
  return result->status == 200 ? PostOutcome::kDelivered : PostOutcome::kRefused;
}

void EventDispatcher::Impl::Stop() {
  for (auto& observer : observers) observer->thread.request_stop();
  {
    util::LockGuard lock(m_mutex);
    m_stopped = true;
    for (auto& observer : observers) {
      if (m_in_flight[observer->index] != nullptr) m_in_flight[observer->index]->stop();
    }
  }
  m_wake.notify_all();
  m_delivered.notify_all();
  for (auto& observer : observers) {
    if (observer->thread.joinable()) observer->thread.join();
  }
}

util::Result<std::unique_ptr<EventDispatcher>> EventDispatcher::Open(const EventDispatcherOptions& options) {
  std::set<std::string> endpoints;
  std::vector<std::unique_ptr<Impl::Observer>> observers;
  for (const ObserverOptions& o : options.observers) {
    if (!endpoints.insert(o.endpoint).second) {
      return util::InvalidArgument("event observer endpoint '" + o.endpoint + "' is listed twice");
    }
    if (o.timeout.count() <= 0) return util::InvalidArgument("event observer '" + o.endpoint + "' has a zero timeout");
    STACKS_TRY(Endpoint endpoint, ParseEndpoint(o.endpoint));
    STACKS_TRY(EventFilter filter, EventFilter::Parse(o.events_keys));
    auto observer = std::make_unique<Impl::Observer>();
    observer->options = o;
    observer->filter = std::move(filter);
    observer->endpoint = std::move(endpoint);
    observer->index = observers.size();
    observers.push_back(std::move(observer));
  }
  // synchronous=NORMAL: in WAL mode a queued event survives a crash of the process (kill -9 included); only a power
  // loss can take the last few, and it never corrupts the file. FULL would cost two fsyncs per event.
  sqlite::DatabaseOptions queue_options;
  queue_options.synchronous = sqlite::Synchronous::kNormal;
  STACKS_TRY(sqlite::Database db, sqlite::Database::Open(options.queue_path, queue_options));
  STACKS_RETURN_IF_ERROR(sqlite::OpenSchema(db, QUEUE_SCHEMA));
  auto impl = std::make_unique<Impl>(options, std::move(db));
  impl->observers = std::move(observers);
  {
    util::LockGuard lock(impl->m_mutex);
    impl->m_in_flight.assign(impl->observers.size(), nullptr);
  }
  for (auto& observer : impl->observers) {
    Impl::Observer* o = observer.get();
    Impl* self = impl.get();
    observer->thread = std::jthread([self, o](std::stop_token stop) { self->SenderLoop(*o, stop); });
  }
  return std::unique_ptr<EventDispatcher>(new EventDispatcher(std::move(impl)));
}

EventDispatcher::EventDispatcher(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

EventDispatcher::~EventDispatcher() { Stop(); }

void EventDispatcher::Stop() { m_impl->Stop(); }

util::Result<size_t> EventDispatcher::PendingCount() { return m_impl->PendingCount(); }

util::Result<bool> EventDispatcher::WaitUntilDelivered(std::chrono::milliseconds limit) {
  return m_impl->WaitUntilDelivered(limit);
}

util::Status EventDispatcher::AnnounceBlock(const BlockEvent& block) {
  return m_impl->Enqueue(m_impl->BlockPayloads(block));
}

std::vector<EventDispatcher::Impl::Outgoing> EventDispatcher::Impl::BlockPayloads(const BlockEvent& block) const {
  std::vector<Outgoing> outgoing;
  for (const auto& observer : observers) {
    std::vector<TransactionEvent> events;
    for (const TransactionEvent& e : block.events) {
      if (observer->filter.WantsEvent(e)) events.push_back(e);
    }
    nlohmann::json payload = NewBlockPayload(block, events);
    if (observer->options.disable_contract_interface) {
      for (nlohmann::json& tx : payload["transactions"]) tx["contract_interface"] = nullptr;
    }
    outgoing.push_back({observer.get(), "/new_block", payload.dump()});
  }
  return outgoing;
}

util::Status EventDispatcher::HoldBlock(const BlockEvent& block) {
  return m_impl->Enqueue(m_impl->BlockPayloads(block), &block.index_block_hash);
}

util::Status EventDispatcher::ReleaseBlock(const util::Bytes& index_block_hash) {
  return m_impl->ResolveHeld(index_block_hash, /*release=*/true);
}

util::Status EventDispatcher::DiscardBlock(const util::Bytes& index_block_hash) {
  return m_impl->ResolveHeld(index_block_hash, /*release=*/false);
}

util::Result<std::vector<util::Bytes>> EventDispatcher::HeldBlocks() { return m_impl->HeldBlocks(); }

util::Status EventDispatcher::AnnounceBurnBlock(const BurnBlockEvent& burn_block) {
  std::vector<Impl::Outgoing> outgoing;
  std::string body;
  for (const auto& observer : m_impl->observers) {
    if (!observer->filter.WantsBurnBlocks()) continue;
    if (body.empty()) body = NewBurnBlockPayload(burn_block).dump();
    outgoing.push_back({observer.get(), "/new_burn_block", body});
  }
  return m_impl->Enqueue(outgoing);
}

util::Status EventDispatcher::AnnounceMempoolTxs(std::span<const util::Bytes> raw_txs) {
  std::vector<Impl::Outgoing> outgoing;
  if (!raw_txs.empty()) {
    const std::string body = NewMempoolTxPayload(raw_txs).dump();
    for (const auto& observer : m_impl->observers) {
      if (observer->filter.WantsMempool()) outgoing.push_back({observer.get(), "/new_mempool_tx", body});
    }
  }
  return m_impl->Enqueue(outgoing);
}

util::Status EventDispatcher::AnnounceDroppedMempoolTxs(std::span<const util::Bytes> dropped_txids, DropReason reason,
                                                        const std::optional<util::Bytes>& new_txid) {
  std::vector<Impl::Outgoing> outgoing;
  if (!dropped_txids.empty()) {
    const std::string body = DropMempoolTxPayload(dropped_txids, reason, new_txid).dump();
    for (const auto& observer : m_impl->observers) {
      if (observer->filter.WantsMempool()) outgoing.push_back({observer.get(), "/drop_mempool_tx", body});
    }
  }
  return m_impl->Enqueue(outgoing);
}

}  // namespace stacks::events
