// A cost written in the order the reference's tools print it (runtime, read count, read length, write count, write
// length), for the VM tests' expected numbers.
#pragma once

#include <cstdint>

#include "clarity/costs/execution_cost.h"

namespace stacks::clarity::vm {

/// A cost from its runtime, read count, read length, write count and write length.
inline costs::ExecutionCost Cost(uint64_t runtime, uint64_t read_count, uint64_t read_length, uint64_t write_count,
                                 uint64_t write_length) {
  return {.write_length = write_length,
          .write_count = write_count,
          .read_length = read_length,
          .read_count = read_count,
          .runtime = runtime};
}

}  // namespace stacks::clarity::vm
