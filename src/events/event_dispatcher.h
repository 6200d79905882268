// EventDispatcher: delivers the node's events to its [[events_observer]] endpoints as the reference node does
// (stacks-node/src/event_dispatcher.rs and event_dispatcher/{worker,db}.rs), at least once and in order.
//
// Every Announce* call builds each interested observer's body (see event_filter.h for who gets what) and stores
// them all in the queue file in one SQLite transaction before returning, so an event announced is never lost: a
// crash or Stop() leaves it pending, and the next Open() sends it. Each observer has a sender thread that POSTs its
// entries in the order they were stored (http://{endpoint}/{path}, Content-Type: application/json,
// Connection: close), deletes an entry only once the observer answered 200 and then moves to the next one. A
// connection error or any other status is retried forever, after 100 ms, then twice as long plus 0-100 ms of
// jitter, capped at three times the observer's timeout. With disable_retries, an entry whose connection fails is
// dropped after one attempt (a non-200 answer is still retried, as in the reference).
//
// A block's /new_block can also be stored held (HoldBlock) before the block is committed and released after, which
// the reference does not do (it queues the announcement after the commit, so a crash in between loses it).
//
// Unlike the reference, whose single worker serves every observer in one queue, each observer here has its own
// thread, so one that is down does not hold back the others; the order per observer is the same.
//
// Example:
//   STACKS_TRY(auto dispatcher, EventDispatcher::Open({.queue_path = dir + "/event_observers.sqlite",
//                                                       .observers = {{.endpoint = "127.0.0.1:3700",
//                                                                      .events_keys = {"*"}}}}));
//   STACKS_RETURN_IF_ERROR(dispatcher->AnnounceBurnBlock(burn_block));
//
// Thread safety: every public method may be called from any thread; Announce* calls are stored in call order.
// The queue has one SQLite connection, used under one mutex by the callers of Announce* and by the senders (which
// never hold it during a POST).
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "events/payloads.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::events {

inline constexpr std::chrono::milliseconds DEFAULT_OBSERVER_TIMEOUT{1000};
inline constexpr std::chrono::milliseconds DEFAULT_FIRST_RETRY_DELAY{100};

/// One [[events_observer]].
struct ObserverOptions {
  //! HOST:PORT[/prefix] without a scheme, as config::ValidateEventObserverEndpoint accepts it.
  std::string endpoint;
  //! events_keys as config::EventKey::ToString writes them.
  std::vector<std::string> events_keys;
  //! Connect, write and read timeout of one POST; the retry delay is capped at three times this.
  std::chrono::milliseconds timeout = DEFAULT_OBSERVER_TIMEOUT;
  //! Drop an entry after one attempt that could not connect.
  bool disable_retries = false;
  //! Send every /new_block transaction's contract_interface as null.
  bool disable_contract_interface = false;
};

struct EventDispatcherOptions {
  //! The queue's SQLite file (the reference's {working_dir}/event_observers.sqlite); created if missing.
  std::string queue_path;
  //! The observers; endpoints must be distinct.
  std::vector<ObserverOptions> observers;
  //! The delay before the first retry (tests shorten it).
  std::chrono::milliseconds first_retry_delay = DEFAULT_FIRST_RETRY_DELAY;
};

class EventDispatcher {
 public:
  /// Opens (or creates) the queue and starts one sender thread per observer, which first sends what an earlier run
  /// left pending for its endpoint. Entries stored for an endpoint no longer configured stay in the file, untouched.
  /// Errors: kInvalidArgument for an endpoint without HOST:PORT, a duplicate endpoint, a zero timeout or a bad event
  /// key; kIo/kCorruption/kFailedPrecondition from the queue file (see sqlite::OpenSchema).
  static util::Result<std::unique_ptr<EventDispatcher>> Open(const EventDispatcherOptions& options);

  /// Stops, as Stop().
  ~EventDispatcher();
  EventDispatcher(const EventDispatcher&) = delete;
  EventDispatcher& operator=(const EventDispatcher&) = delete;

  /// Queues POST /new_block for every observer, each with its filtered `events`.
  /// Errors: kIo/kCorruption if the queue cannot be written (then nothing of this call is stored);
  /// kFailedPrecondition after Stop().
  util::Status AnnounceBlock(const BlockEvent& block);

  /// Queues POST /new_block as AnnounceBlock does, held: no observer is sent it, nor anything queued after it for
  /// that observer, until ReleaseBlock(block.index_block_hash); DiscardBlock drops it instead. A node holds a block's
  /// announcement inside the transaction that stores the block and releases it once that transaction committed, so
  /// that a crash in between neither loses the announcement of a stored block nor announces a block never stored:
  /// at the next start it releases what HeldBlocks() lists if the block is stored, and discards it if not.
  /// Errors: as AnnounceBlock.
  util::Status HoldBlock(const BlockEvent& block);

  /// Lets the announcements held for `index_block_hash` be sent (none held: nothing happens). Errors: kIo/kCorruption.
  util::Status ReleaseBlock(const util::Bytes& index_block_hash);

  /// Drops the announcements held for `index_block_hash` (none held: nothing happens). Errors: kIo/kCorruption.
  util::Status DiscardBlock(const util::Bytes& index_block_hash);

  /// The index block hashes of the announcements held, oldest first, including those of endpoints no longer
  /// configured. Errors: kIo/kCorruption.
  util::Result<std::vector<util::Bytes>> HeldBlocks();

  /// Queues POST /new_burn_block for observers with "*" or "burn_blocks". Errors: as AnnounceBlock.
  util::Status AnnounceBurnBlock(const BurnBlockEvent& burn_block);

  /// Queues POST /new_mempool_tx (serialized transactions) for observers with "*" or "memtx"; nothing for an empty
  /// list. Errors: as AnnounceBlock.
  util::Status AnnounceMempoolTxs(std::span<const util::Bytes> raw_txs);

  /// Queues POST /drop_mempool_tx for observers with "*" or "memtx"; nothing for an empty list.
  /// Errors: as AnnounceBlock.
  util::Status AnnounceDroppedMempoolTxs(std::span<const util::Bytes> dropped_txids, DropReason reason,
                                         const std::optional<util::Bytes>& new_txid);

  /// The number of entries stored and not yet delivered (held ones included), over all endpoints. Errors:
  /// kIo/kCorruption.
  util::Result<size_t> PendingCount();

  /// Waits until every entry of the configured observers has been delivered (or dropped under disable_retries), for
  /// a node that blocks on delivery as the reference's event_dispatcher_blocking does. Returns true when none is left,
  /// false when `limit` passed first or the dispatcher is stopped. Errors: kIo/kCorruption from the queue.
  util::Result<bool> WaitUntilDelivered(std::chrono::milliseconds limit);

  /// Asks the sender threads to stop and joins them. A POST in flight is abandoned (its entry stays pending), so
  /// this returns within about 100 ms. Idempotent.
  void Stop();

 private:
  struct Impl;
  explicit EventDispatcher(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace stacks::events
