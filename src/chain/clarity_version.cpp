#include "chain/clarity_version.h"

namespace stacks::chain {

void WriteClarityVersion(codec::ByteWriter& writer, ClarityVersion version) {
  writer.WriteU8(static_cast<uint8_t>(version));
}

util::Result<ClarityVersion> ReadClarityVersion(codec::ByteReader& reader) {
  STACKS_TRY(uint8_t byte, reader.ReadU8("clarity version"));
  if (byte < 1 || byte > 6) return util::InvalidArgument("unknown clarity version " + std::to_string(byte));
  return static_cast<ClarityVersion>(byte);
}

}  // namespace stacks::chain
