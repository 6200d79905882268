#include "common/epoch.h"

#include <array>
#include <utility>

namespace stacks::common {
namespace {

constexpr std::array<std::pair<StacksEpochId, std::string_view>, 15> kEpochNames = {{
    {StacksEpochId::k10, "1.0"},
    {StacksEpochId::k20, "2.0"},
    {StacksEpochId::k2_05, "2.05"},
    {StacksEpochId::k21, "2.1"},
    {StacksEpochId::k22, "2.2"},
    {StacksEpochId::k23, "2.3"},
    {StacksEpochId::k24, "2.4"},
    {StacksEpochId::k25, "2.5"},
    {StacksEpochId::k30, "3.0"},
    {StacksEpochId::k31, "3.1"},
    {StacksEpochId::k32, "3.2"},
    {StacksEpochId::k33, "3.3"},
    {StacksEpochId::k34, "3.4"},
    {StacksEpochId::k40, "4.0"},
    {StacksEpochId::k41, "4.1"},
}};

}  // namespace

std::string_view EpochName(StacksEpochId epoch) {
  for (const auto& [id, name] : kEpochNames) {
    if (id == epoch) return name;
  }
  return "unknown";
}

std::optional<StacksEpochId> ParseEpochName(std::string_view name) {
  for (const auto& [id, epoch_name] : kEpochNames) {
    if (epoch_name == name) return id;
  }
  return std::nullopt;
}

}  // namespace stacks::common
