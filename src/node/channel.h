// Channel<T>: the bounded, blocking, multi-producer multi-consumer queue the node's threads talk through (the
// reference uses std::sync::mpsc channels between the same threads).
//
// A full channel makes Send wait (back-pressure rather than unbounded memory); Close wakes every waiter: Send then
// fails, and Receive drains what is left before it reports the end.
//
// Thread safety: every method may be called from any thread.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <utility>

namespace stacks::node {

template <typename T>
class Channel {
 public:
  /// REQUIRES: capacity > 0.
  explicit Channel(size_t capacity) : m_capacity(capacity) {}
  Channel(const Channel&) = delete;
  Channel& operator=(const Channel&) = delete;

  /// Appends `value`, waiting while the channel is full. Returns false (dropping `value`) once the channel is closed.
  bool Send(T value) {
    std::unique_lock lock(m_mutex);
    m_not_full.wait(lock, [&] { return m_closed || m_items.size() < m_capacity; });
    if (m_closed) return false;
    m_items.push_back(std::move(value));
    m_not_empty.notify_one();
    return true;
  }

  /// Appends `value` unless the channel is full or closed; returns whether it did.
  bool TrySend(T value) {
    std::lock_guard lock(m_mutex);
    if (m_closed || m_items.size() >= m_capacity) return false;
    m_items.push_back(std::move(value));
    m_not_empty.notify_one();
    return true;
  }

  /// The oldest value, waiting for one up to `timeout`. nullopt when the timeout passed or the channel is closed and
  /// empty (tell them apart with closed()).
  template <typename Rep, typename Period>
  std::optional<T> ReceiveFor(std::chrono::duration<Rep, Period> timeout) {
    std::unique_lock lock(m_mutex);
    if (!m_not_empty.wait_for(lock, timeout, [&] { return m_closed || !m_items.empty(); })) return std::nullopt;
    return PopLocked();
  }

  /// The oldest value, waiting as long as it takes. nullopt once the channel is closed and empty.
  std::optional<T> Receive() {
    std::unique_lock lock(m_mutex);
    m_not_empty.wait(lock, [&] { return m_closed || !m_items.empty(); });
    return PopLocked();
  }

  /// The oldest value if one is waiting, without blocking.
  std::optional<T> TryReceive() {
    std::lock_guard lock(m_mutex);
    return PopLocked();
  }

  /// Refuses further sends and wakes every waiter. Idempotent.
  void Close() {
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_not_empty.notify_all();
    m_not_full.notify_all();
  }

  bool closed() const {
    std::lock_guard lock(m_mutex);
    return m_closed;
  }

 private:
  std::optional<T> PopLocked() {
    if (m_items.empty()) return std::nullopt;
    T value = std::move(m_items.front());
    m_items.pop_front();
    m_not_full.notify_one();
    return value;
  }

  const size_t m_capacity;
  mutable std::mutex m_mutex;
  std::condition_variable m_not_empty;
  std::condition_variable m_not_full;
  std::deque<T> m_items;
  bool m_closed = false;
};

}  // namespace stacks::node
