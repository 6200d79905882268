// Stacks epochs (StacksEpochId in stacks-common/src/types/mod.rs), shared by the chain and the Clarity VM: the
// numeric ids and the names the reference displays. The rules that change with epochs live with what they govern
// (chain/epoch.h for transactions, clarity/costs for cost tables).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace stacks::common {

enum class StacksEpochId : uint32_t {
  k10 = 0x01000,
  k20 = 0x02000,
  k2_05 = 0x02005,
  k21 = 0x0200a,
  k22 = 0x0200f,
  k23 = 0x02014,
  k24 = 0x02019,
  k25 = 0x0201a,
  k30 = 0x03000,
  k31 = 0x03001,
  k32 = 0x03002,
  k33 = 0x03003,
  k34 = 0x03004,
  k40 = 0x04000,
  k41 = 0x04001,
};

/// "1.0", "2.05", "3.4", ... as the reference displays epochs; "unknown" for a value outside the enum.
std::string_view EpochName(StacksEpochId epoch);

/// The epoch named by `name` ("2.1", "4.0"), or nullopt.
std::optional<StacksEpochId> ParseEpochName(std::string_view name);

}  // namespace stacks::common
