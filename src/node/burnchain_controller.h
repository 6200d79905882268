// BurnchainController: the thread that drives the mocknet burnchain (the reference's MocknetController run loop):
// it mines a burn block every burnchain.commit_anchor_block_within ms, holding what the relayer submitted, and hands
// each one to the chains coordinator. While `bootstrapping()` says the chain has no Stacks block yet, it mines every
// MOCKNET_BOOTSTRAP_INTERVAL_MS instead, so that a fresh chain walks through the epoch 2.x burn blocks, registers the
// miner's key and starts its first tenure within about a second (docs/NODE.md).
//
// Thread safety: Run belongs to one thread; Stop may be called from any thread.
#pragma once

#include <functional>
#include <stop_token>

#include "burndb/mocknet_burnchain.h"
#include "node/channel.h"
#include "node/messages.h"
#include "util/result.h"

namespace stacks::node {

class BurnchainController {
 public:
  /// `burnchain` and `coordinator` must outlive the controller.
  BurnchainController(burndb::MocknetBurnchain& burnchain, Channel<CoordinatorMessage>& coordinator,
                      uint64_t interval_ms, std::function<bool()> bootstrapping)
      : m_burnchain(burnchain),
        m_coordinator(coordinator),
        m_interval_ms(interval_ms),
        m_bootstrapping(std::move(bootstrapping)) {}

  /// Mines (MocknetBurnchain::Run with the interval chosen per block) until Stop(). Returns the first error of
  /// MineBlock (the chain then stays at its last stored block).
  util::Status Run();
  /// Makes Run return promptly. Idempotent.
  void Stop() { m_stop.request_stop(); }

 private:
  burndb::MocknetBurnchain& m_burnchain;
  Channel<CoordinatorMessage>& m_coordinator;
  const uint64_t m_interval_ms;
  const std::function<bool()> m_bootstrapping;
  std::stop_source m_stop;
};

}  // namespace stacks::node
