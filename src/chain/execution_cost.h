// ExecutionCost: the five dimensions Clarity execution is measured and budgeted in; one struct shared with the
// Clarity VM (common/execution_cost.h).
#pragma once

#include "common/execution_cost.h"

namespace stacks::chain {

using ExecutionCost = common::ExecutionCost;

}  // namespace stacks::chain
