// Text forms of Clarity values.
//
// ToReferenceString is what the reference VM prints (`impl Display for Value`): what clarity-cli, read-only call
// results and the node's logs show. ToStacksJsString is what Stacks.js 7's `cvToString` prints. They differ:
//
//   value                  ToReferenceString           ToStacksJsString      ToClarityLiteral
//   list of 1 and 2        (1 2)                       (list 1 2)            (list 1 2)
//   empty list             ()                          (list )               (list)
//   ascii  a"b<TAB>'       "a\"b\t\'"                  "a"b<TAB>'"           "a\"b\t'"
//   utf-8  é               u"\u{c3a9}"                 u"é"                  u"\u{e9}"
//   callable with trait    (SP...c as <SP...t.tr>)     SP...c                'SP...c
//   principal              SP...                       SP...                 'SP...
// (<TAB> is a raw tab. The reference escapes ASCII with Rust's escape_default and prints every other character as
// the hex of its UTF-8 bytes, not its code point; Stacks.js prints strings raw.)
//
// Both print tuples as `(tuple (a 1) (b u2))` with fields in byte order of their names (Stacks.js prints them in the
// order they were read, which is that order for any value the reference wrote). ToClarityLiteral is Clarity source that
// ParseValueLiteral and the Clarity parser read back as the same value (a callable reads back as a contract
// principal).
//
// All functions are pure and thread-safe.
#pragma once

#include <string>

#include "clarity/types/value.h"

namespace stacks::clarity {

/// The reference VM's Display form. Ascii strings use Rust's `escape_default` (\t \r \n \\ \' \" and \xNN for other
/// bytes outside 0x20..0x7e); in utf-8 strings, one-byte characters are escaped the same way and every other
/// character is printed `\u{...}` around the lower-case hex of its UTF-8 bytes.
std::string ToReferenceString(const Value& value);

/// Stacks.js 7's `cvToString(value)` (its default 'hex' buffer encoding). Strings are printed raw (utf-8 as UTF-8).
std::string ToStacksJsString(const Value& value);

/// Clarity literal syntax: `-5`, `u10`, `0x0102`, `"a\"b"`, `u"caf\u{e9}"`, `'SP...`, `'SP....name`, `none`,
/// `(some x)`, `(ok x)`, `(err x)`, `(list ...)`, `(tuple (a 1) (b u2))`. Ascii escapes are \\ \" \n \t \r (a form
/// feed is written raw); in utf-8 strings every character outside 0x20..0x7e is written `\u{hex code point}`.
std::string ToClarityLiteral(const Value& value);

/// Decimal text of a 128-bit integer.
std::string Int128ToString(Int128 v);
std::string Uint128ToString(Uint128 v);

}  // namespace stacks::clarity
