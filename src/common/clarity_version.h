// Clarity language versions (ClarityVersion in stacks-core clarity-types/src/version.rs), shared by the chain (a
// versioned smart-contract payload names one) and the Clarity VM (which natives and keywords exist), and the version
// each epoch defaults to. Pure and thread-safe.
#pragma once

#include <cstdint>
#include <string>

#include "common/epoch.h"

namespace stacks::common {

/// The version number. Ordered: kClarity1 < kClarity2 < ... .
enum class ClarityVersion : uint8_t {
  kClarity1 = 1,
  kClarity2 = 2,
  kClarity3 = 3,
  kClarity4 = 4,
  kClarity5 = 5,
  kClarity6 = 6,
};

/// The version contracts get in `epoch` when nothing names one, and the newest that epoch allows
/// (ClarityVersion::default_for_epoch): 1 in 1.0-2.05, 2 in 2.1-2.5, 3 in 3.0-3.2, 4 in 3.3, 5 in 3.4, 6 from 4.0.
ClarityVersion DefaultClarityVersion(StacksEpochId epoch);

/// The first epoch in which `version` may be used: 2.0 for Clarity 1, 2.1 for 2, 3.0 for 3, 3.3 for 4, 3.4 for 5,
/// 4.0 for 6.
StacksEpochId FirstEpochOf(ClarityVersion version);

/// "Clarity 2"
std::string ClarityVersionName(ClarityVersion version);

}  // namespace stacks::common
