// ExecutionCost: the five dimensions Clarity execution is measured and budgeted in, as the reference's ExecutionCost
// (clarity/src/vm/costs/execution_cost.rs).
//
// Note: chain/execution_cost.h holds the same struct for the chain's use (block limits printed by the RPC and the
// event observer). The Clarity VM must not include chain code, so the VM keeps its own copy here with the same field
// names and order; whoever wires the VM into the chain converts field by field.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "util/result.h"

namespace stacks::clarity::costs {

struct ExecutionCost {
  uint64_t write_length = 0;
  uint64_t write_count = 0;
  uint64_t read_length = 0;
  uint64_t read_count = 0;
  uint64_t runtime = 0;
  bool operator==(const ExecutionCost&) const = default;
};

/// a + b, dimension by dimension. Fails with kResourceExhausted "cost overflow in <dimension>" (the first dimension,
/// in the order runtime, read_count, read_length, write_length, write_count, that passes 2^64 - 1) — the reference's
/// CostOverflow. Pure, thread-safe.
util::Result<ExecutionCost> CheckedAdd(const ExecutionCost& a, const ExecutionCost& b);

/// The first dimension of `cost` above the same dimension of `limit`, checked in the reference's order (runtime,
/// write_length, write_count, read_count, read_length), or an empty view when none is. Pure, thread-safe.
std::string_view FirstExceededDimension(const ExecutionCost& cost, const ExecutionCost& limit);

/// True when any dimension of `cost` is above `limit`'s (the reference's ExecutionCost::exceeds).
inline bool Exceeds(const ExecutionCost& cost, const ExecutionCost& limit) {
  return !FirstExceededDimension(cost, limit).empty();
}

/// The reference's display form: {"runtime": 1, "write_len": 2, "write_cnt": 3, "read_len": 4, "read_cnt": 5}.
std::string ToString(const ExecutionCost& cost);

}  // namespace stacks::clarity::costs
