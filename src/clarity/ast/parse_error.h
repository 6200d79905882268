// ParseError: why the Clarity parser refused a contract, as the reference names it (stacks-core
// clarity/src/vm/ast/errors.rs `ParseErrorKind`, with the v2 lexer's `LexerError` variants flattened in), and where.
// Parsers v1 and v2 have kinds of their own and share a few (kFailedParsingIntValue, the depth kinds).
//
// The node parses in fail-fast mode: the first error stops it. Its kind and message are the reference's; the span is
// the one the reference's diagnostic mode attaches to the same error (the fail-fast error itself carries none). For
// the depth checks run after parsing, the span is the list or tuple whose contents are too deep.
//
// Pure and thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "clarity/ast/symbolic_expression.h"
#include "util/result.h"

namespace stacks::clarity::ast {

enum class ParseErrorKind : uint8_t {
  // Lexer (the reference's ParseErrorKind::Lexer(LexerError::...)).
  kInvalidCharInt,
  kInvalidCharUint,
  kInvalidCharBuffer,
  kInvalidCharIdent,
  kInvalidCharTraitIdent,
  kInvalidCharPrincipal,
  kInvalidBufferLength,
  kUnknownEscapeChar,
  kIllegalCharUTF8Encoding,
  kUnterminatedUTF8Encoding,
  kLexerExpectedClosing,  ///< LexerError::ExpectedClosing: an unclosed string or trait reference.
  kExpectedSeparator,
  kEmptyUTF8Encoding,
  kInvalidUTF8Encoding,
  kSingleSemiColon,
  kUnknownSymbol,
  kNonASCIIChar,
  kUnsupportedLineEnding,
  // Parser.
  kExpressionStackDepthTooDeep,
  kVaryExpressionStackDepthTooDeep,
  kFailedParsingIntValue,
  kFailedParsingUIntValue,
  kContractNameTooLong,
  kExpectedClosing,  ///< ParseErrorKind::ExpectedClosing: an unclosed `(` or `{`.
  kExpectedContractIdentifier,
  kExpectedTraitIdentifier,
  kExpectedWhitespace,
  kIllegalTraitName,
  kInvalidPrincipalLiteral,
  kInvalidBuffer,
  kNameTooLong,
  kUnexpectedToken,
  kTupleColonExpectedv2,
  kTupleCommaExpectedv2,
  kTupleValueExpected,
  kIllegalClarityName,
  kIllegalASCIIString,
  kIllegalContractName,
  kProgramTooLarge,    ///< Ours: the source is larger than ParseOptions::max_source_bytes.
  kUtf8StringTooLong,  ///< Ours: a u"..." literal longer than a string-utf8 value may be (the reference defers this).
  // The passes after parsing (definition_sorter.h, traits_resolver.h).
  kCircularReference,         ///< fields: the definitions in the cycle, sorted: `(["a", "b"])`.
  kNameAlreadyUsed,           ///< fields: the trait name defined or imported twice: `("tr")`.
  kTraitReferenceNotAllowed,  ///< A `<trait>` in a constant, data var, map or token definition.
  kImportTraitBadSignature,   ///< use-trait without a name and a trait identifier.
  kDefineTraitBadSignature,   ///< define-trait without a name and a list of methods.
  kImplTraitBadSignature,     ///< impl-trait without exactly one trait identifier.
  kTraitReferenceUnknown,     ///< fields: the `<name>` neither defined nor imported: `("name")`.
  // Parser v1 (Epochs 2.0 and 2.05, parser_v1.h); the offending text is in the message.
  kFailedCapturingInput,  ///< The reference's kind for a regex without its capture; our scanner never reports it.
  kSeparatorExpected,
  kSeparatorExpectedAfterColon,
  kIllegalVariableName,
  kFailedParsingBuffer,
  kFailedParsingHexValue,
  kFailedParsingPrincipal,
  kFailedParsingField,
  kFailedParsingRemainder,
  kClosingParenthesisUnexpected,
  kClosingParenthesisExpected,
  kClosingTupleLiteralUnexpected,
  kClosingTupleLiteralExpected,
  kTupleColonExpected,
  kTupleCommaExpected,
  kTupleItemExpected,
  kCommaSeparatorUnexpected,
  kColonSeparatorUnexpected,
  kInvalidCharactersDetected,
  kInvalidEscaping,
};

/// The reference's variant name: "InvalidCharInt", "ExpectedClosing" (for both kLexerExpectedClosing and
/// kExpectedClosing), "ExpressionStackDepthTooDeep", ...
std::string_view ParseErrorKindName(ParseErrorKind kind);

/// True for the kinds the reference reports as ParseErrorKind::Lexer(...).
bool IsLexerError(ParseErrorKind kind);

/// The util::ErrorCode a kind maps to: kResourceExhausted for the two depth kinds, kProgramTooLarge and
/// kUtf8StringTooLong; kInvalidArgument for every other kind (those of the passes after parsing included).
util::ErrorCode ParseErrorCode(ParseErrorKind kind);

struct ParseError {
  ParseErrorKind kind = ParseErrorKind::kUnexpectedToken;
  Span span;
  std::string message;  ///< The reference's message, e.g. "expected closing ')'".
  /// The variant's fields as the reference's Debug form prints them, e.g. `("tr")` or `(["a", "b"])`; empty for a
  /// variant without fields (and for the parser's kinds, whose fields the message already says).
  std::string fields = {};

  /// "ExpectedClosing at 3:1: expected closing ')'" (lexer kinds are prefixed "Lexer::"); the fields follow the
  /// name, and " at l:c" is left out when the span is zero (the reference gives the error no position):
  /// `CircularReference(["a", "b"]): detected interdependent functions (a, b)`.
  std::string ToString() const;
  /// {ParseErrorCode(kind), ToString()}.
  util::Error ToError() const;
};

}  // namespace stacks::clarity::ast
