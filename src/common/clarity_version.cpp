#include "common/clarity_version.h"

namespace stacks::common {

ClarityVersion DefaultClarityVersion(StacksEpochId epoch) {
  if (epoch < StacksEpochId::k21) return ClarityVersion::kClarity1;
  if (epoch < StacksEpochId::k30) return ClarityVersion::kClarity2;
  if (epoch < StacksEpochId::k33) return ClarityVersion::kClarity3;
  if (epoch < StacksEpochId::k34) return ClarityVersion::kClarity4;
  if (epoch < StacksEpochId::k40) return ClarityVersion::kClarity5;
  return ClarityVersion::kClarity6;
}

StacksEpochId FirstEpochOf(ClarityVersion version) {
  switch (version) {
    case ClarityVersion::kClarity1:
      return StacksEpochId::k20;
    case ClarityVersion::kClarity2:
      return StacksEpochId::k21;
    case ClarityVersion::kClarity3:
      return StacksEpochId::k30;
    case ClarityVersion::kClarity4:
      return StacksEpochId::k33;
    case ClarityVersion::kClarity5:
      return StacksEpochId::k34;
    case ClarityVersion::kClarity6:
      break;
  }
  return StacksEpochId::k40;
}

std::string ClarityVersionName(ClarityVersion version) {
  return "Clarity " + std::to_string(static_cast<int>(version));
}

}  // namespace stacks::common
