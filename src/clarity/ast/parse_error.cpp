#include "clarity/ast/parse_error.h"

namespace stacks::clarity::ast {

std::string_view ParseErrorKindName(ParseErrorKind kind) {
  switch (kind) {
    case ParseErrorKind::kInvalidCharInt:
      return "InvalidCharInt";
    case ParseErrorKind::kInvalidCharUint:
      return "InvalidCharUint";
    case ParseErrorKind::kInvalidCharBuffer:
      return "InvalidCharBuffer";
    case ParseErrorKind::kInvalidCharIdent:
      return "InvalidCharIdent";
    case ParseErrorKind::kInvalidCharTraitIdent:
      return "InvalidCharTraitIdent";
    case ParseErrorKind::kInvalidCharPrincipal:
      return "InvalidCharPrincipal";
    case ParseErrorKind::kInvalidBufferLength:
      return "InvalidBufferLength";
    case ParseErrorKind::kUnknownEscapeChar:
      return "UnknownEscapeChar";
    case ParseErrorKind::kIllegalCharUTF8Encoding:
      return "IllegalCharUTF8Encoding";
    case ParseErrorKind::kUnterminatedUTF8Encoding:
      return "UnterminatedUTF8Encoding";
    case ParseErrorKind::kLexerExpectedClosing:
      return "ExpectedClosing";
    case ParseErrorKind::kExpectedSeparator:
      return "ExpectedSeparator";
    case ParseErrorKind::kEmptyUTF8Encoding:
      return "EmptyUTF8Encoding";
    case ParseErrorKind::kInvalidUTF8Encoding:
      return "InvalidUTF8Encoding";
    case ParseErrorKind::kSingleSemiColon:
      return "SingleSemiColon";
    case ParseErrorKind::kUnknownSymbol:
      return "UnknownSymbol";
    case ParseErrorKind::kNonASCIIChar:
      return "NonASCIIChar";
    case ParseErrorKind::kUnsupportedLineEnding:
      return "UnsupportedLineEnding";
    case ParseErrorKind::kExpressionStackDepthTooDeep:
      return "ExpressionStackDepthTooDeep";
    case ParseErrorKind::kVaryExpressionStackDepthTooDeep:
      return "VaryExpressionStackDepthTooDeep";
    case ParseErrorKind::kFailedParsingIntValue:
      return "FailedParsingIntValue";
    case ParseErrorKind::kFailedParsingUIntValue:
      return "FailedParsingUIntValue";
    case ParseErrorKind::kContractNameTooLong:
      return "ContractNameTooLong";
    case ParseErrorKind::kExpectedClosing:
      return "ExpectedClosing";
    case ParseErrorKind::kExpectedContractIdentifier:
      return "ExpectedContractIdentifier";
    case ParseErrorKind::kExpectedTraitIdentifier:
      return "ExpectedTraitIdentifier";
    case ParseErrorKind::kExpectedWhitespace:
      return "ExpectedWhitespace";
    case ParseErrorKind::kIllegalTraitName:
      return "IllegalTraitName";
    case ParseErrorKind::kInvalidPrincipalLiteral:
      return "InvalidPrincipalLiteral";
    case ParseErrorKind::kInvalidBuffer:
      return "InvalidBuffer";
    case ParseErrorKind::kNameTooLong:
      return "NameTooLong";
    case ParseErrorKind::kUnexpectedToken:
      return "UnexpectedToken";
    case ParseErrorKind::kTupleColonExpectedv2:
      return "TupleColonExpectedv2";
    case ParseErrorKind::kTupleCommaExpectedv2:
      return "TupleCommaExpectedv2";
    case ParseErrorKind::kTupleValueExpected:
      return "TupleValueExpected";
    case ParseErrorKind::kIllegalClarityName:
      return "IllegalClarityName";
    case ParseErrorKind::kIllegalASCIIString:
      return "IllegalASCIIString";
    case ParseErrorKind::kIllegalContractName:
      return "IllegalContractName";
    case ParseErrorKind::kProgramTooLarge:
      return "ProgramTooLarge";
    case ParseErrorKind::kUtf8StringTooLong:
      return "Utf8StringTooLong";
    case ParseErrorKind::kCircularReference:
      return "CircularReference";
    case ParseErrorKind::kNameAlreadyUsed:
      return "NameAlreadyUsed";
    case ParseErrorKind::kTraitReferenceNotAllowed:
      return "TraitReferenceNotAllowed";
    case ParseErrorKind::kImportTraitBadSignature:
      return "ImportTraitBadSignature";
    case ParseErrorKind::kDefineTraitBadSignature:
      return "DefineTraitBadSignature";
    case ParseErrorKind::kImplTraitBadSignature:
      return "ImplTraitBadSignature";
    case ParseErrorKind::kTraitReferenceUnknown:
      return "TraitReferenceUnknown";
    case ParseErrorKind::kFailedCapturingInput:
      return "FailedCapturingInput";
    case ParseErrorKind::kSeparatorExpected:
      return "SeparatorExpected";
    case ParseErrorKind::kSeparatorExpectedAfterColon:
      return "SeparatorExpectedAfterColon";
    case ParseErrorKind::kIllegalVariableName:
      return "IllegalVariableName";
    case ParseErrorKind::kFailedParsingBuffer:
      return "FailedParsingBuffer";
    case ParseErrorKind::kFailedParsingHexValue:
      return "FailedParsingHexValue";
    case ParseErrorKind::kFailedParsingPrincipal:
      return "FailedParsingPrincipal";
    case ParseErrorKind::kFailedParsingField:
      return "FailedParsingField";
    case ParseErrorKind::kFailedParsingRemainder:
      return "FailedParsingRemainder";
    case ParseErrorKind::kClosingParenthesisUnexpected:
      return "ClosingParenthesisUnexpected";
    case ParseErrorKind::kClosingParenthesisExpected:
      return "ClosingParenthesisExpected";
    case ParseErrorKind::kClosingTupleLiteralUnexpected:
      return "ClosingTupleLiteralUnexpected";
    case ParseErrorKind::kClosingTupleLiteralExpected:
      return "ClosingTupleLiteralExpected";
    case ParseErrorKind::kTupleColonExpected:
      return "TupleColonExpected";
    case ParseErrorKind::kTupleCommaExpected:
      return "TupleCommaExpected";
    case ParseErrorKind::kTupleItemExpected:
      return "TupleItemExpected";
    case ParseErrorKind::kCommaSeparatorUnexpected:
      return "CommaSeparatorUnexpected";
    case ParseErrorKind::kColonSeparatorUnexpected:
      return "ColonSeparatorUnexpected";
    case ParseErrorKind::kInvalidCharactersDetected:
      return "InvalidCharactersDetected";
    case ParseErrorKind::kInvalidEscaping:
      return "InvalidEscaping";
  }
  return "Unknown";
}

bool IsLexerError(ParseErrorKind kind) { return kind <= ParseErrorKind::kUnsupportedLineEnding; }

util::ErrorCode ParseErrorCode(ParseErrorKind kind) {
  switch (kind) {
    case ParseErrorKind::kExpressionStackDepthTooDeep:
    case ParseErrorKind::kVaryExpressionStackDepthTooDeep:
    case ParseErrorKind::kProgramTooLarge:
    case ParseErrorKind::kUtf8StringTooLong:
      return util::ErrorCode::kResourceExhausted;
    default:
      return util::ErrorCode::kInvalidArgument;
  }
}

std::string ParseError::ToString() const {
  std::string out = IsLexerError(kind) ? "Lexer::" : "";
  out += ParseErrorKindName(kind);
  out += fields;
  if (span.start_line != 0) out += " at " + std::to_string(span.start_line) + ":" + std::to_string(span.start_column);
  out += ": " + message;
  return out;
}

util::Error ParseError::ToError() const { return util::Error{ParseErrorCode(kind), ToString()}; }

}  // namespace stacks::clarity::ast
