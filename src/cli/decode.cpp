#include "cli/decode.h"

#include "clarity/types/serialization.h"
#include "clarity/types/value_text.h"

namespace stacks::cli {

util::Result<std::string> DecodeClarityValue(std::string_view hex) {
  auto value = clarity::DeserializeValueHex(hex);
  if (!value) return util::Error{value.error().code, "value: " + value.error().message};
  return clarity::ToReferenceString(*value);
}

}  // namespace stacks::cli
