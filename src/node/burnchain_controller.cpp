#include "node/burnchain_controller.h"

#include "node/node_options.h"

namespace stacks::node {

util::Status BurnchainController::Run() {
  // While bootstrapping, the next burn block comes after MOCKNET_BOOTSTRAP_INTERVAL_MS; the interval is chosen again
  // after each block, so the switch to the configured one happens at most one short block late.
  return m_burnchain.Run(
      m_stop.get_token(), [this] { return m_bootstrapping() ? MOCKNET_BOOTSTRAP_INTERVAL_MS : m_interval_ms; },
      [this](const burndb::BurnBlock& block) { m_coordinator.Send(BurnBlockArrived{block}); });
}

}  // namespace stacks::node
