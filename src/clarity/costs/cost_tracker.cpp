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

util::Status CostTracker::AddFailing(const ExecutionCost& cost) {
  ExecutionCost sum;
  STACKS_TRY(sum, CheckedAdd(m_total, cost));  // names the dimension that overflows; leaves the total unchanged
  m_total = sum;
  std::string_view over = FirstExceededDimension(m_total, m_limit);
  if (over.empty()) return {};  // not reached: Add calls this only when a dimension overflows or is over
  return util::ResourceExhausted("cost limit exceeded: " + std::string(over) + " " +
                                 std::to_string(Dimension(m_total, over)) + " > limit " +
                                 std::to_string(Dimension(m_limit, over)));
}

util::Error CostTracker::EvaluateFailure(CostVersion version, CostFunction function, uint64_t n) {
  util::Result<ExecutionCost> evaluated = Evaluate(version, function, n);
  if (!evaluated) return evaluated.error();
  return util::FailedPrecondition("cost evaluation refused without a reason");
}

util::Status CostTracker::AddMemory(uint64_t bytes) {
  uint64_t sum = 0;
  if (__builtin_add_overflow(m_memory, bytes, &sum)) return util::ResourceExhausted("cost overflow in memory");
  m_memory = sum;
  if (m_memory > m_memory_limit) {
    return util::ResourceExhausted("MemoryBalanceExceeded(" + std::to_string(m_memory) + ", " +
                                   std::to_string(m_memory_limit) + ")");
  }
  return {};
}

util::Status CostTracker::DropMemory(uint64_t bytes) {
  if (bytes > m_memory) return util::FailedPrecondition("Underflowed dropped memory");
  m_memory -= bytes;
  return {};
}

}  // namespace stacks::clarity::costs
