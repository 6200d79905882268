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
  ExecutionCost sum;
  // The common case first: no dimension overflows and none passes its limit.
  const bool overflow = __builtin_add_overflow(m_total.runtime, cost.runtime, &sum.runtime) ||
                        __builtin_add_overflow(m_total.read_count, cost.read_count, &sum.read_count) ||
                        __builtin_add_overflow(m_total.read_length, cost.read_length, &sum.read_length) ||
                        __builtin_add_overflow(m_total.write_length, cost.write_length, &sum.write_length) ||
                        __builtin_add_overflow(m_total.write_count, cost.write_count, &sum.write_count);
  if (overflow) {
    STACKS_TRY(sum, CheckedAdd(m_total, cost));  // names the dimension; leaves the total unchanged
  }
  m_total = sum;
  if (sum.runtime <= m_limit.runtime && sum.write_length <= m_limit.write_length &&
      sum.write_count <= m_limit.write_count && sum.read_count <= m_limit.read_count &&
      sum.read_length <= m_limit.read_length) {
    return {};
  }
  std::string_view over = FirstExceededDimension(m_total, m_limit);
  return util::ResourceExhausted("cost limit exceeded: " + std::string(over) + " " +
                                 std::to_string(Dimension(m_total, over)) + " > limit " +
                                 std::to_string(Dimension(m_limit, over)));
}

util::Status CostTracker::Charge(CostVersion version, CostFunction function, uint64_t n) {
  STACKS_TRY(ExecutionCost cost, Evaluate(version, function, n));
  return Add(cost);
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
