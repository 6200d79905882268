#include "clarity/costs/cost_function.h"

#include <array>

namespace stacks::clarity::costs {

namespace {

constexpr std::array<std::string_view, kCostFunctionCount> kNames = {
#define STACKS_COST_FUNCTION(enumerator, name) name,
#include "clarity/costs/cost_functions.inc"
#undef STACKS_COST_FUNCTION
};

}  // namespace

std::string_view CostFunctionName(CostFunction function) { return kNames.at(static_cast<std::size_t>(function)); }

std::optional<CostFunction> CostFunctionFromName(std::string_view name) {
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name) return static_cast<CostFunction>(i);
  }
  return std::nullopt;
}

}  // namespace stacks::clarity::costs
