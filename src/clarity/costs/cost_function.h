// CostFunction: every cost function the reference's Clarity VM charges, named as in its ClarityCostFunction
// (clarity/src/vm/costs/cost_functions.rs) and in the boot cost contracts (costs.clar, costs-2.clar, ...). The list
// is generated (cost_functions.inc, by tools/gen_clarity_costs.py) in the reference's order. Functions the reference
// added after costs-4 (the Clarity 6 natives', charged from its Rust-only costs-5 in Epoch 4.0 on) are listed too;
// only the costs-5 table defines them.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace stacks::clarity::costs {

enum class CostFunction : unsigned char {
#define STACKS_COST_FUNCTION(enumerator, name) enumerator,
#include "clarity/costs/cost_functions.inc"
#undef STACKS_COST_FUNCTION
};

/// How many cost functions there are; CostFunction values are 0 .. kCostFunctionCount - 1.
inline constexpr std::size_t kCostFunctionCount = 0
#define STACKS_COST_FUNCTION(enumerator, name) +1
#include "clarity/costs/cost_functions.inc"
#undef STACKS_COST_FUNCTION
    ;

/// The reference's name, e.g. "cost_add", "cost_analysis_type_check", "poison_microblock". The view is static.
std::string_view CostFunctionName(CostFunction function);

/// The function with that reference name, or nullopt. Thread-safe.
std::optional<CostFunction> CostFunctionFromName(std::string_view name);

}  // namespace stacks::clarity::costs
