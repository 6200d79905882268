#include "clarity/costs/execution_cost.h"

namespace stacks::clarity::costs {

namespace {

bool AddInto(uint64_t& sum, uint64_t a, uint64_t b) { return !__builtin_add_overflow(a, b, &sum); }

}  // namespace

util::Result<ExecutionCost> CheckedAdd(const ExecutionCost& a, const ExecutionCost& b) {
  ExecutionCost sum;
  if (!AddInto(sum.runtime, a.runtime, b.runtime)) return util::ResourceExhausted("cost overflow in runtime");
  if (!AddInto(sum.read_count, a.read_count, b.read_count))
    return util::ResourceExhausted("cost overflow in read_count");
  if (!AddInto(sum.read_length, a.read_length, b.read_length)) {
    return util::ResourceExhausted("cost overflow in read_length");
  }
  if (!AddInto(sum.write_length, a.write_length, b.write_length)) {
    return util::ResourceExhausted("cost overflow in write_length");
  }
  if (!AddInto(sum.write_count, a.write_count, b.write_count)) {
    return util::ResourceExhausted("cost overflow in write_count");
  }
  return sum;
}

std::string_view FirstExceededDimension(const ExecutionCost& cost, const ExecutionCost& limit) {
  if (cost.runtime > limit.runtime) return "runtime";
  if (cost.write_length > limit.write_length) return "write_length";
  if (cost.write_count > limit.write_count) return "write_count";
  if (cost.read_count > limit.read_count) return "read_count";
  if (cost.read_length > limit.read_length) return "read_length";
  return {};
}

std::string ToString(const ExecutionCost& cost) {
  return "{\"runtime\": " + std::to_string(cost.runtime) + ", \"write_len\": " + std::to_string(cost.write_length) +
         ", \"write_cnt\": " + std::to_string(cost.write_count) +
         ", \"read_len\": " + std::to_string(cost.read_length) + ", \"read_cnt\": " + std::to_string(cost.read_count) +
         "}";
}

}  // namespace stacks::clarity::costs
