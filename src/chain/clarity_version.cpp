#include "chain/clarity_version.h"

namespace stacks::chain {

ClarityVersion DefaultClarityVersion(StacksEpochId epoch) {
  if (epoch < StacksEpochId::k21) return ClarityVersion::kClarity1;
  if (epoch < StacksEpochId::k30) return ClarityVersion::kClarity2;
  if (epoch < StacksEpochId::k33) return ClarityVersion::kClarity3;
  if (epoch < StacksEpochId::k34) return ClarityVersion::kClarity4;
  if (epoch < StacksEpochId::k40) return ClarityVersion::kClarity5;
  return ClarityVersion::kClarity6;
}

std::string ClarityVersionName(ClarityVersion version) {
  return "Clarity " + std::to_string(static_cast<int>(version));
}

void WriteClarityVersion(codec::ByteWriter& writer, ClarityVersion version) {
  writer.WriteU8(static_cast<uint8_t>(version));
}

util::Result<ClarityVersion> ReadClarityVersion(codec::ByteReader& reader) {
  STACKS_TRY(uint8_t byte, reader.ReadU8("clarity version"));
  if (byte < 1 || byte > 6) return util::InvalidArgument("unknown clarity version " + std::to_string(byte));
  return static_cast<ClarityVersion>(byte);
}

}  // namespace stacks::chain
