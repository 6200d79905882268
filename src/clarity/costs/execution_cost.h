// ExecutionCost: the five dimensions Clarity execution is measured and budgeted in, as the reference's ExecutionCost
// (clarity/src/vm/costs/execution_cost.rs).
//
// The struct is common::ExecutionCost, which the chain uses too (common/execution_cost.h); this header adds the
// arithmetic and limit checks the VM needs.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "common/execution_cost.h"
#include "util/result.h"

namespace stacks::clarity::costs {

using ExecutionCost = common::ExecutionCost;

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
