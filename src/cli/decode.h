// stacks-cli's decoders: decode_cv and decode_tx.
#pragma once

#include <string>
#include <string_view>

#include "util/result.h"

namespace stacks::cli {

/// `decode_cv HEX`: the Clarity value serialized in HEX (with or without 0x), in the reference VM's text form, e.g.
/// `(ok u3)` or `(tuple (a 1))`. Errors: kInvalidArgument / kResourceExhausted naming what is wrong with the bytes.
util::Result<std::string> DecodeClarityValue(std::string_view hex);

}  // namespace stacks::cli
