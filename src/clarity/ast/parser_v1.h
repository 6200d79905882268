// The Clarity parser v1 (stacks-core clarity/src/vm/ast/parser/v1.rs), which parses contracts deployed in Epochs 2.0
// and 2.05. ParsePreExpressions (parser.h) calls it for ParserVersion::kV1; call it directly only to parse v1 alone.
//
// The reference lexes with a list of anchored regular expressions tried in order, the first that matches at the
// current position making the token; this is a hand-written scanner for exactly the same language. The whole source
// is lexed before anything is parsed, so a lexer error anywhere wins over a parser error earlier in the file.
//
// Tokens, in the order they are tried (printable means ' ' to '~'):
//   u"..." and "..."   strings: printable characters other than '"', and `\"`. Where no closing '"' follows on the
//                      line, the last `\"` taken as an escape closes the string instead (its '\' becomes the last
//                      character), as the regex backtracks. The body is unescaped: \\ \" \n \t \r \0 (any other
//                      escape, or a '\' at the end, is kInvalidEscaping); u"..." also keeps `\u`, and its unescaped
//                      body is read again for `\u{hex}` code points, so `u"\\u{41}"` is "A". A string-ascii may not
//                      hold \0, nor a code point be a surrogate or above U+10FFFF (kInvalidCharactersDetected).
//   ;; comment          to the first character that is not printable (a tab or non-ASCII character ends it); dropped.
//   whitespace         runs of '\n', runs of ' ' and '\t'. Nothing else: '\r', form feed and non-ASCII characters
//                      match no token (kFailedParsingRemainder, with the rest of the source).
//   , : ( ) { }
//   <name>             [A-Za-z0-9_-]+ between '<' and '>'; an invalid Clarity name is kIllegalVariableName.
//   0x...              any number of hex digits, none included; an odd count is kFailedParsingHexValue.
//   u123, 123, -123    u128 and i128; overflow is kFailedParsingIntValue (for both).
//   'P.c.t, .c.t       a trait: P is 28-41 c32 characters ([0-9A-Z] without I L O U), c a contract name
//                      ([A-Za-z][A-Za-z0-9_-]{0,39}), t 1-128 of [A-Za-z0-9-] (no '_'); P must decode (c32check)
//                      and t be a Clarity name, else kFailedParsingField.
//   'P.c, .c           a contract; a longer name stops after 40 characters. P must decode (kFailedParsingPrincipal).
//   'P                 a standard principal; the c32 run stops after 41 characters (kFailedParsingPrincipal).
//   names              1-128 of [A-Za-z0-9_-!?+<>=/*]; a longer run is cut at 128. An invalid Clarity name (`_a`,
//                      `-a`, `+1`) is kIllegalVariableName when parsing.
// After any token except ( { , and whitespace, the next token must be ) } , : or whitespace: otherwise
// kSeparatorExpected (after ':', kSeparatorExpectedAfterColon) quoting the whole offending token. So `(a)(b)`,
// `1a`, `{a:1}` and names longer than 128 characters are refused, and `{a: 1,b: 2}` is not.
//
// Parsing: a ',' or ':' in a list is kCommaSeparatorUnexpected/kColonSeparatorUnexpected when the list closes, and at
// top level at once. A tuple's members must run key, ':', value, ',', ... (kTupleItemExpected, kTupleColonExpected,
// kTupleCommaExpected with the index of the member), but may stop anywhere: `{a}`, `{a:}` and `{a: 1,}` parse, and
// sugar expansion makes pairs of what is there. Unbalanced brackets: kClosingParenthesisUnexpected,
// kClosingTupleLiteralUnexpected, kClosingTupleLiteralExpected (a tuple closed by ')'), kClosingParenthesisExpected
// (a list closed by '}', or anything left open at the end). Comments leave no pre-expression.
//
// Positions are the reference's: a token's line and column are where the lexer believes it is, and the lexer moves
// on by one line per token, so after a run of blank lines the next tokens are reported on lines too early (columns
// count from 1 after each such step). A value's span ends `length - 1` columns after its start, the length being that
// of the regex's captured value: the digits of u123 and 0x.., the body of a string (without its quotes and u), a
// principal without its quote (`.c` keeps its dot), a trait reference's name without its brackets. Errors carry the
// span the reference gives them: the opening bracket (and the wrong closing one) for the closing errors, none (a zero
// span, no " at l:c" in the message) for every other.
//
// Nesting: under AstRules::kPrecheckSize every '(' and '{' counts one and more than max_call_stack_depth + 6 open at
// once is kVaryExpressionStackDepthTooDeep; the depth checkers run afterwards (parser.h). Under AstRules::kTypical
// the reference has no limit while lexing: here more than MAX_V1_TYPICAL_NESTING open brackets is refused as
// kVaryExpressionStackDepthTooDeep, where the reference would exhaust its stack in the passes that follow.
//
// Ours: messages quoting source text (a token, the remainder) cut it at 128 characters; a source longer than
// ParseOptions::max_source_bytes is kProgramTooLarge.
//
// Pure and thread-safe. Memory and time are linear in the source.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "clarity/ast/parse_error.h"
#include "clarity/ast/parser.h"
#include "clarity/ast/pre_expression.h"
#include "util/result.h"

namespace stacks::clarity::ast {

/// Most brackets open at once that parser v1 accepts under AstRules::kTypical (ours; see the file comment).
inline constexpr uint64_t MAX_V1_TYPICAL_NESTING = 4096 + AST_CALL_STACK_DEPTH_BUFFER + 1;

/// Parses `source` with parser v1 under `options.ast_rules` and `options.max_call_stack_depth` (other fields are not
/// read). Returns the top-level pre-expressions; none is a comment. Errors: util::Error with ParseErrorCode(kind) and
/// ParseError::ToString() as message, the kinds above; `detail`, when not null, receives the ParseError.
/// REQUIRES: options.max_call_stack_depth <= 4096 (ParsePreExpressions checks it).
util::Result<std::vector<PreSymbolicExpression>> ParsePreExpressionsV1(std::string_view source,
                                                                       const ParseOptions& options,
                                                                       ParseError* detail = nullptr);

}  // namespace stacks::clarity::ast
