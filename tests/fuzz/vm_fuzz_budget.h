// What the fuzz targets that deploy and call contracts through the Clarity VM share: the check of an invariant
// (a failed one aborts, which libFuzzer reports with the input) and the small budget under which the loops the
// fuzzer builds end quickly in kResourceExhausted.
#pragma once

#include <cstdlib>

#include "clarity/costs/execution_cost.h"

namespace stacks::fuzz {

/// Aborts when `condition` is false.
inline void Check(bool condition) {
  if (!condition) std::abort();
}

/// A budget far below a block's.
inline constexpr clarity::costs::ExecutionCost kVmBudget{/*write_length=*/100'000, /*write_count=*/200,
                                                         /*read_length=*/100'000, /*read_count=*/200,
                                                         /*runtime=*/2'000'000};

}  // namespace stacks::fuzz
