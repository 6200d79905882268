// Clarity names: the identifiers of tuple keys, functions, variables, maps and traits (ClarityName in stacks-core
// clarity-types/src/representations.rs).
//
// A Clarity name is at most MAX_STRING_LEN (128) bytes and matches
//   ^[a-zA-Z]([a-zA-Z0-9]|[-_!?+<>=/*])*$  |  ^[-+=/*]$  |  ^[<>]=?$
// so `a`, `stx-transfer?`, `map-get?`, `+`, `<=` are names and ``, `1a`, `a.b`, `a b`, `-a` are not.
//
// Pure and thread-safe.
#pragma once

#include <string_view>

namespace stacks::clarity {

/// True iff `name` is a valid Clarity name (see above).
bool IsClarityName(std::string_view name);

}  // namespace stacks::clarity
