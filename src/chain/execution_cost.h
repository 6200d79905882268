// ExecutionCost: the five dimensions Clarity execution is measured and budgeted in (ExecutionCost in
// clarity/src/vm/costs/execution_cost.rs): a block's or tenure's budget, a transaction's cost. The RPC (/v2/pox,
// /v2/info) and the event observer (/new_block) print it with these field names.
#pragma once

#include <cstdint>

namespace stacks::chain {

struct ExecutionCost {
  uint64_t write_length = 0;
  uint64_t write_count = 0;
  uint64_t read_length = 0;
  uint64_t read_count = 0;
  uint64_t runtime = 0;
  bool operator==(const ExecutionCost&) const = default;
};

}  // namespace stacks::chain
