#include "clarity/costs/cost_tracker.h"

#include <string>

namespace stacks::clarity::costs {

namespace {

uint64_t Dimension(const ExecutionCost& cost, std::string_view name) {
  if (name == "runtime") return cost.runtime;
  if (name == "write_length") return cost.write_length;
  if (name == "write_count") return cost.write_count;
  if (name == "read_count") return cost.read_count;
  return cost.read_length;
}

}  // namespace

ExecutionCost BlockLimit(Epoch epoch, Network network) {
  if (epoch == Epoch::k10) return kBlockLimitMainnet10;
  if (epoch >= Epoch::k40) return kBlockLimitMainnet40;
  if (network == Network::kRegtest) return epoch >= Epoch::k25 ? kBlockLimitMainnet21 : kHeliumBlockLimit20;
  if (epoch == Epoch::k20) return kBlockLimitMainnet20;
  if (epoch == Epoch::k2_05) return kBlockLimitMainnet205;
  return kBlockLimitMainnet21;
}

util::Status CostTracker::Add(const ExecutionCost& cost) {
  STACKS_TRY(m_total, CheckedAdd(m_total, cost));
  std::string_view over = FirstExceededDimension(m_total, m_limit);
  if (over.empty()) return {};
  return util::ResourceExhausted("cost limit exceeded: " + std::string(over) + " " +
                                 std::to_string(Dimension(m_total, over)) + " > limit " +
                                 std::to_string(Dimension(m_limit, over)));
}

util::Status CostTracker::Charge(CostVersion version, CostFunction function, uint64_t n) {
  STACKS_TRY(ExecutionCost cost, Evaluate(version, function, n));
  return Add(cost);
}

}  // namespace stacks::clarity::costs
