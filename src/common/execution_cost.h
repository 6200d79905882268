// ExecutionCost: the five dimensions Clarity execution is measured and budgeted in (ExecutionCost in
// clarity/src/vm/costs/execution_cost.rs), shared by the Clarity VM (clarity/costs charges and limits it) and the chain
// (block limits, receipts; the RPC and the event observer print it with these field names).
#pragma once

#include <cstdint>

namespace stacks::common {

struct ExecutionCost {
  uint64_t write_length = 0;
  uint64_t write_count = 0;
  uint64_t read_length = 0;
  uint64_t read_count = 0;
  uint64_t runtime = 0;
  bool operator==(const ExecutionCost&) const = default;
};

}  // namespace stacks::common
