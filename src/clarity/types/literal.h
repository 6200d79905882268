// ParseValueLiteral: a Clarity value written as Clarity literal syntax, for command-line arguments and tests.
//
// Accepts exactly one value, with optional surrounding whitespace:
//   -5  0  u10                                  int, uint (decimal, range-checked)
//   true  false  none
//   0xdead  0x                                  buffer (an even number of hex digits)
//   "ascii"                                     escapes \\ \" \n \t \r \0; the result must be valid string-ascii
//   u"utf8 \u{1F600}"                           escapes as above plus \u{hex code point}; raw UTF-8 is allowed
//   'SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7  standard principal ('ST..., 'SM..., ...)
//   'SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7.name   contract principal (name at most 40 bytes, as in source)
//   (some v)  (ok v)  (err v)  (list v ...)  (tuple (a v) (b v))  {a: v, b: v}
// The lexical rules are the Clarity lexer's (stacks-core clarity/src/vm/ast/parser/v2/lexer): an atom ends at
// whitespace or one of ( ) { } , : . ; and string literals may not span lines. There is no evaluation: sugared
// `.contract` principals, names, and function calls other than the forms above are rejected.
//
// This is a small stand-in until the VM's parser exists; it lives in its own file so that parser can replace it.
//
// Pure and thread-safe.
#pragma once

#include <string_view>

#include "clarity/types/value.h"
#include "util/result.h"

namespace stacks::clarity {

/// Most containers a literal may nest (values deeper than MAX_TYPE_DEPTH are rejected anyway).
inline constexpr int MAX_LITERAL_NESTING = 32;

/// Parses `text` as one value literal (see above).
/// Errors: kInvalidArgument "at position N: expected ..." (N a byte offset into `text`) for a syntax error, an
/// integer out of range, a bad principal or name, a string that breaks its type's rules, or a repeated tuple field;
/// kResourceExhausted for nesting past MAX_LITERAL_NESTING or a value past the size limits.
util::Result<Value> ParseValueLiteral(std::string_view text);

}  // namespace stacks::clarity
