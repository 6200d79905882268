#include "node/burnchain_controller.h"

#include <chrono>

#include "node/node_options.h"
#include "util/log.h"

namespace stacks::node {

util::Status BurnchainController::Run() {
  using Clock = std::chrono::steady_clock;
  Clock::time_point last = Clock::now();
  while (true) {
    {
      std::unique_lock lock(m_mutex);
      while (!m_stopped) {
        const uint64_t interval = m_bootstrapping() ? MOCKNET_BOOTSTRAP_INTERVAL_MS : m_interval_ms;
        const Clock::time_point due = last + std::chrono::milliseconds(interval);
        if (Clock::now() >= due) break;
        // Wake at least every bootstrap interval so that the end of bootstrapping is noticed.
        m_wake.wait_until(lock, std::min(due, Clock::now() + std::chrono::milliseconds(MOCKNET_BOOTSTRAP_INTERVAL_MS)));
      }
      if (m_stopped) return {};
    }
    last = Clock::now();
    const auto now_secs = static_cast<uint64_t>(
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
    STACKS_TRY(burndb::BurnBlock block, m_burnchain.MineBlock(now_secs));
    if (!m_coordinator.Send(BurnBlockArrived{std::move(block)})) return {};
  }
}

void BurnchainController::Stop() {
  std::lock_guard lock(m_mutex);
  m_stopped = true;
  m_wake.notify_all();
}

}  // namespace stacks::node
