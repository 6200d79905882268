// The Clarity lexer of parser v2 (stacks-core clarity/src/vm/ast/parser/v2/lexer), in the node's fail-fast mode:
// the whole source is read into tokens before parsing, and the first problem ends it.
//
// Rules (each violation is the ParseErrorKind named):
//   - The source is ASCII; the first byte >= 0x80 anywhere (comments and strings too) is kNonASCIIChar, reported as
//     soon as the lexer looks at it. Lines end with '\n'; a '\r' outside a string is kUnsupportedLineEnding.
//   - Separators: whitespace (' ', \t, \n, \f, \r), ( ) { } , : . ; and the end. Numbers, buffers, names, trait
//     references and principals must end at one (kInvalidChar*), and + - * / < <= > >= must be followed by one
//     (kExpectedSeparator). A form feed separates but is not whitespace (kUnknownSymbol).
//   - `;;` starts a comment to the end of the line; a lone `;` is kSingleSemiColon.
//   - Integers `-?[0-9]+`, uints `u[0-9]+`, buffers `0x` and an even number of hex digits (kInvalidBufferLength),
//     principals `'` and c32 characters (0-9, A-Z without I L O U), trait references `<` letter [a-zA-Z0-9_-]* `>`
//     (kLexerExpectedClosing without the `>`), identifiers [a-zA-Z] then [a-zA-Z0-9_!?+<>=/*-]*.
//   - "ascii" strings with escapes \\ \" \n \t \r \0 (kUnknownEscapeChar otherwise) and u"utf8" strings that also
//     take \u{hex} (kInvalidUTF8Encoding, kEmptyUTF8Encoding, kIllegalCharUTF8Encoding, kUnterminatedUTF8Encoding);
//     neither may span lines (kLexerExpectedClosing).
//
// Pure and thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "clarity/ast/parse_error.h"
#include "clarity/ast/symbolic_expression.h"

namespace stacks::clarity::ast {

enum class TokenKind : uint8_t {
  kEof,
  kWhitespace,
  kLparen,
  kRparen,
  kLbrace,
  kRbrace,
  kColon,
  kComma,
  kDot,
  kInt,          ///< text: the digits with an optional leading '-'
  kUint,         ///< text: the digits after 'u'
  kAsciiString,  ///< text: the unescaped bytes
  kUtf8String,   ///< text: the unescaped characters, UTF-8 encoded
  kBytes,        ///< text: the hex digits after "0x"
  kPrincipal,    ///< text: the c32 characters after '\''
  kIdent,
  kTraitIdent,  ///< text: the name between '<' and '>'
  kPlus,
  kMinus,
  kMultiply,
  kDivide,
  kLess,
  kLessEqual,
  kGreater,
  kGreaterEqual,
  kComment,  ///< text: the rest of the line after ";;", leading whitespace trimmed
};

struct Token {
  TokenKind kind = TokenKind::kEof;
  Span span;
  std::string text;
};

/// The reference's Display of a token kind: ")", "}", ":", "EOF", "int", "identifier", ...
std::string_view TokenKindText(TokenKind kind);

/// Lexes all of `source`; the last token is kEof (a token takes about 56 bytes plus its text). Errors: kInvalidArgument
/// with the ParseError's text; when `detail` is not null it receives the ParseError. Memory is linear in the source.
util::Result<std::vector<Token>> Lex(std::string_view source, ParseError* detail = nullptr);

}  // namespace stacks::clarity::ast
