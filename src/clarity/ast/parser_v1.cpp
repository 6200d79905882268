// Parser v1: a scanner that accepts the language of the reference's regex lexer (parser_v1.h says which), then the
// reference's stack parse of the tokens into lists and tuples.
#include "clarity/ast/parser_v1.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "clarity/ast/principal_literal.h"
#include "clarity/types/limits.h"
#include "clarity/types/names.h"

namespace stacks::clarity::ast {

namespace {

using Kind = PreSymbolicExpression::Kind;

// The regexes' bounds.
constexpr size_t kMinPrincipalChars = 28;
constexpr size_t kMaxPrincipalChars = 41;
constexpr size_t kMaxContractNameChars = 40;
constexpr size_t kMaxNameChars = MAX_NAME_LEN;
// Ours: how much source text an error message quotes.
constexpr size_t kMaxQuoted = 128;

std::string Quote(std::string_view text) {
  if (text.size() <= kMaxQuoted) return std::string(text);
  return std::string(text.substr(0, kMaxQuoted)) + "...[" + std::to_string(text.size()) + "]";
}

bool IsPrintable(char c) { return c >= ' ' && c <= '~'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAlnum(char c) { return IsAlpha(c) || IsDigit(c); }
bool IsWord(char c) { return IsAlnum(c) || c == '_'; }       // [[:word:]]
bool IsTraitChar(char c) { return IsWord(c) || c == '-'; }   // [[:word:]]|[-]
bool IsFieldChar(char c) { return IsAlnum(c) || c == '-'; }  // [[:alnum:]]|[-]
bool IsContractNameChar(char c) { return IsAlnum(c) || c == '-' || c == '_'; }
bool IsHexDigit(char c) { return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool IsC32(char c) {
  return IsDigit(c) || (IsAlpha(c) && c >= 'A' && c <= 'Z' && c != 'I' && c != 'L' && c != 'O' && c != 'U');
}
bool IsNameChar(char c) {
  switch (c) {
    case '-':
    case '!':
    case '?':
    case '+':
    case '<':
    case '>':
    case '=':
    case '/':
    case '*':
      return true;
    default:
      return IsWord(c);
  }
}

template <typename Pred>
size_t Run(std::string_view s, size_t from, Pred pred) {
  size_t i = from;
  while (i < s.size() && pred(s[i])) ++i;
  return i - from;
}

char At(std::string_view s, size_t i) { return i < s.size() ? s[i] : '\0'; }

enum class TokenType : uint8_t {
  kUtf8String,
  kAsciiString,
  kWhitespace,  // comments too
  kComma,
  kColon,
  kLparen,
  kRparen,
  kLbrace,
  kRbrace,
  kTraitReference,
  kHex,
  kUint,
  kInt,
  kQualifiedField,
  kSugaredField,
  kQualifiedContract,
  kSugaredContract,
  kPrincipal,
  kVariable,
};

// A match at the scanner's position: `length` bytes in all, the captured value at [value_begin, +value_length).
struct Match {
  TokenType type;
  size_t length;
  size_t value_begin;
  size_t value_length;
};

// The body of a string starting at `i` (after the opening quote): the index of the closing quote, as the regex
// `((\\")|([[ -~]&&[^"]]))*"` finds it. It prefers `\"` to '\' at each step; when no '"' ends the printable run,
// backtracking turns the last `\"` taken into '\' and a closing '"'.
std::optional<size_t> ClosingQuote(std::string_view s, size_t i) {
  std::optional<size_t> last_escaped_quote;
  while (i < s.size()) {
    const char c = s[i];
    if (c == '\\' && At(s, i + 1) == '"') {
      last_escaped_quote = i + 1;
      i += 2;
    } else if (c == '"') {
      return i;
    } else if (IsPrintable(c)) {
      ++i;
    } else {
      break;
    }
  }
  return last_escaped_quote;
}

// `[C32]{28,41}\.` at `i`: the index of the dot.
std::optional<size_t> PrincipalThenDot(std::string_view s, size_t i) {
  const size_t n = Run(s, i, IsC32);
  if (n < kMinPrincipalChars || n > kMaxPrincipalChars || At(s, i + n) != '.') return std::nullopt;
  return i + n;
}

// `[a-zA-Z]([a-zA-Z0-9]|[-_]){0,39}` at `i`, greedy: its length, 0 if none.
size_t ContractNameAt(std::string_view s, size_t i) {
  if (!IsAlpha(At(s, i))) return 0;
  return 1 + std::min(Run(s, i + 1, IsContractNameChar), kMaxContractNameChars - 1);
}

// A contract name at `i` followed by a dot (the name class has no dot, so the whole run must fit): the dot's index.
std::optional<size_t> ContractNameThenDot(std::string_view s, size_t i) {
  if (!IsAlpha(At(s, i))) return std::nullopt;
  const size_t rest = Run(s, i + 1, IsContractNameChar);
  if (rest > kMaxContractNameChars - 1 || At(s, i + 1 + rest) != '.') return std::nullopt;
  return i + 1 + rest;
}

// `([[:alnum:]]|[-]){1,128}` at `i`: its length, 0 if none.
size_t FieldNameAt(std::string_view s, size_t i) { return std::min(Run(s, i, IsFieldChar), kMaxNameChars); }

// The first of the reference's matchers, in its order, that matches at `p`.
std::optional<Match> MatchAt(std::string_view s, size_t p) {
  const char c = s[p];
  if (c == 'u' && At(s, p + 1) == '"') {
    if (std::optional<size_t> q = ClosingQuote(s, p + 2))
      return Match{TokenType::kUtf8String, *q + 1 - p, p + 2, *q - p - 2};
  }
  if (c == '"') {
    if (std::optional<size_t> q = ClosingQuote(s, p + 1))
      return Match{TokenType::kAsciiString, *q + 1 - p, p + 1, *q - p - 1};
  }
  if (c == ';' && At(s, p + 1) == ';') return Match{TokenType::kWhitespace, 2 + Run(s, p + 2, IsPrintable), p, 0};
  if (c == '\n') return Match{TokenType::kWhitespace, Run(s, p, [](char x) { return x == '\n'; }), p, 0};
  if (c == ' ' || c == '\t') {
    return Match{TokenType::kWhitespace, Run(s, p, [](char x) { return x == ' ' || x == '\t'; }), p, 0};
  }
  switch (c) {
    case ',':
      return Match{TokenType::kComma, 1, p, 0};
    case ':':
      return Match{TokenType::kColon, 1, p, 0};
    case '(':
      return Match{TokenType::kLparen, 1, p, 0};
    case ')':
      return Match{TokenType::kRparen, 1, p, 0};
    case '{':
      return Match{TokenType::kLbrace, 1, p, 0};
    case '}':
      return Match{TokenType::kRbrace, 1, p, 0};
    default:
      break;
  }
  if (c == '<') {
    const size_t n = Run(s, p + 1, IsTraitChar);
    if (n > 0 && At(s, p + 1 + n) == '>') return Match{TokenType::kTraitReference, n + 2, p + 1, n};
  }
  if (c == '0' && At(s, p + 1) == 'x') {
    const size_t n = Run(s, p + 2, IsHexDigit);
    return Match{TokenType::kHex, 2 + n, p + 2, n};
  }
  if (c == 'u' && IsDigit(At(s, p + 1))) {
    const size_t n = Run(s, p + 1, IsDigit);
    return Match{TokenType::kUint, 1 + n, p + 1, n};
  }
  if (IsDigit(c) || (c == '-' && IsDigit(At(s, p + 1)))) {
    const size_t n = (c == '-' ? 1 : 0) + Run(s, p + (c == '-' ? 1 : 0), IsDigit);
    return Match{TokenType::kInt, n, p, n};
  }
  if (c == '\'') {
    if (std::optional<size_t> dot = PrincipalThenDot(s, p + 1)) {
      if (std::optional<size_t> dot2 = ContractNameThenDot(s, *dot + 1)) {
        if (size_t f = FieldNameAt(s, *dot2 + 1); f > 0) {
          return Match{TokenType::kQualifiedField, *dot2 + 1 + f - p, p + 1, *dot2 + f - p};
        }
      }
    }
  }
  if (c == '.') {
    if (std::optional<size_t> dot2 = ContractNameThenDot(s, p + 1)) {
      if (size_t f = FieldNameAt(s, *dot2 + 1); f > 0)
        return Match{TokenType::kSugaredField, *dot2 + 1 + f - p, p, *dot2 + 1 + f - p};
    }
  }
  if (c == '\'') {
    if (std::optional<size_t> dot = PrincipalThenDot(s, p + 1)) {
      if (size_t n = ContractNameAt(s, *dot + 1); n > 0) {
        return Match{TokenType::kQualifiedContract, *dot + 1 + n - p, p + 1, *dot + n - p};
      }
    }
  }
  if (c == '.') {
    if (size_t n = ContractNameAt(s, p + 1); n > 0) return Match{TokenType::kSugaredContract, 1 + n, p, 1 + n};
  }
  if (c == '\'') {
    const size_t n = Run(s, p + 1, IsC32);
    if (n >= kMinPrincipalChars) {
      const size_t taken = std::min(n, kMaxPrincipalChars);
      return Match{TokenType::kPrincipal, 1 + taken, p + 1, taken};
    }
  }
  if (IsNameChar(c)) {
    const size_t n = std::min(Run(s, p, IsNameChar), kMaxNameChars);
    return Match{TokenType::kVariable, n, p, n};
  }
  return std::nullopt;
}

// What the parser sees of a token (whitespace leaves nothing).
struct Token {
  enum class Kind : uint8_t { kLparen, kRparen, kLbrace, kRbrace, kComma, kColon, kExpression, kVariable };
  Kind kind;
  uint32_t line;
  uint32_t column;
  PreSymbolicExpression expression = {};  // kExpression; kVariable: `name` and `span`
};

std::optional<Int128> ParseInt(std::string_view text) {
  const bool negative = !text.empty() && text[0] == '-';
  if (negative) text.remove_prefix(1);
  const Uint128 limit = (Uint128{1} << 127) - (negative ? 0 : 1);
  Uint128 v = 0;
  for (char c : text) {
    const auto d = static_cast<Uint128>(c - '0');
    if (v > (limit - d) / 10) return std::nullopt;
    v = v * 10 + d;
  }
  if (!negative) return static_cast<Int128>(v);
  return v == (Uint128{1} << 127) ? static_cast<Int128>(-static_cast<Int128>(v - 1) - 1) : -static_cast<Int128>(v);
}

std::optional<Uint128> ParseUint(std::string_view text) {
  const Uint128 max = ~Uint128{0};
  Uint128 v = 0;
  for (char c : text) {
    const auto d = static_cast<Uint128>(c - '0');
    if (v > (max - d) / 10) return std::nullopt;
    v = v * 10 + d;
  }
  return v;
}

// The reference's unescape_ascii_chars: nullopt on a bad escape.
std::optional<std::string> Unescape(std::string_view body, bool keep_unicode_escape) {
  std::string out;
  out.reserve(body.size());
  for (size_t i = 0; i < body.size(); ++i) {
    if (body[i] != '\\') {
      out += body[i];
      continue;
    }
    if (++i == body.size()) return std::nullopt;
    switch (body[i]) {
      case '\\':
        out += '\\';
        break;
      case '"':
        out += '"';
        break;
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'r':
        out += '\r';
        break;
      case '0':
        out += '\0';
        break;
      case 'u':
        if (!keep_unicode_escape) return std::nullopt;
        out += "\\u";
        break;
      default:
        return std::nullopt;
    }
  }
  return out;
}

// The reference's string_utf8_from_string_utf8_literal over an unescaped body: `\u{hex}` is a code point, every other
// byte (all ASCII here) a character of its own. nullopt if a code point is not a scalar value or does not fit 32
// bits, or the string is too long.
std::optional<Value> Utf8Literal(std::string_view text) {
  std::u32string code_points;
  size_t i = 0;
  while (i < text.size()) {
    size_t digits = 0;
    if (text.substr(i, 3) == "\\u{") digits = Run(text, i + 3, IsHexDigit);
    if (digits > 0 && At(text, i + 3 + digits) == '}') {
      uint64_t v = 0;
      for (char h : text.substr(i + 3, digits)) {
        v = v * 16 + static_cast<uint64_t>(IsDigit(h) ? h - '0' : (h | 0x20) - 'a' + 10);
        if (v > 0xFFFFFFFFu) return std::nullopt;
      }
      if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return std::nullopt;
      code_points.push_back(static_cast<char32_t>(v));
      i += digits + 4;
    } else {
      code_points.push_back(static_cast<char32_t>(static_cast<unsigned char>(text[i])));
      ++i;
    }
    if (code_points.size() > MAX_UTF8_VALUE_SIZE) return std::nullopt;
  }
  util::Result<Value> v = Value::StringUtf8FromCodePoints(std::move(code_points));
  if (!v) return std::nullopt;
  return std::move(*v);
}

class ParserV1 {
 public:
  ParserV1(std::string_view source, const ParseOptions& options)
      : m_source(source),
        m_max_call_stack_depth(options.max_call_stack_depth),
        m_max_nesting(options.ast_rules == AstRules::kTypical
                          ? MAX_V1_TYPICAL_NESTING
                          : options.max_call_stack_depth + AST_CALL_STACK_DEPTH_BUFFER + 1) {}

  bool Lex();
  bool Parse(std::vector<PreSymbolicExpression>& out);
  const ParseError& error() const { return m_error; }

 private:
  bool Fail(ParseErrorKind kind, std::string message, Span span = {}) {
    m_error = ParseError{kind, span, std::move(message)};
    return false;
  }
  // Makes the token's expression from a value-like match; false on a bad value.
  bool ReadValue(const Match& m, Token& token);
  bool PushValue(Token& token, Value value, size_t length);

  std::string_view m_source;
  uint64_t m_max_call_stack_depth;
  uint64_t m_max_nesting;
  std::vector<Token> m_tokens;
  ParseError m_error;
};

// A literal's span: `length` is the captured value's, so quotes, the `u` of u123 and the `0x` are not counted.
Span ValueSpan(uint32_t line, uint32_t column, size_t length) {
  const auto end = static_cast<uint32_t>(column + length - (length > 0 ? 1 : 0));
  return Span{line, column, line, end};
}

bool ParserV1::PushValue(Token& token, Value value, size_t length) {
  token.expression.kind = Kind::kAtomValue;
  token.expression.value = std::move(value);
  token.expression.span = ValueSpan(token.line, token.column, length);
  return true;
}

bool ParserV1::ReadValue(const Match& m, Token& token) {
  const std::string_view value = m_source.substr(m.value_begin, m.value_length);
  token.kind = Token::Kind::kExpression;
  PreSymbolicExpression& e = token.expression;
  switch (m.type) {
    case TokenType::kVariable:
      token.kind = Token::Kind::kVariable;
      e.kind = Kind::kAtom;
      e.name = std::string(value);
      e.span = ValueSpan(token.line, token.column, value.size());
      return true;
    case TokenType::kUint: {
      std::optional<Uint128> v = ParseUint(value);
      if (!v) return Fail(ParseErrorKind::kFailedParsingIntValue, "Failed to parse int literal '" + Quote(value) + "'");
      return PushValue(token, Value::UInt(*v), value.size());
    }
    case TokenType::kInt: {
      std::optional<Int128> v = ParseInt(value);
      if (!v) return Fail(ParseErrorKind::kFailedParsingIntValue, "Failed to parse int literal '" + Quote(value) + "'");
      return PushValue(token, Value::Int(*v), value.size());
    }
    case TokenType::kQualifiedContract:
    case TokenType::kPrincipal: {
      const size_t dot = value.find('.');
      std::optional<StandardPrincipal> issuer = DecodePrincipalLiteral(value.substr(0, dot));
      std::optional<util::Result<Value>> v;
      if (issuer) {
        v = dot == std::string_view::npos
                ? Value::Principal(*issuer)
                : Value::Contract(ContractIdentifier{*issuer, std::string(value.substr(dot + 1))});
      }
      if (!v || !*v) return Fail(ParseErrorKind::kFailedParsingPrincipal, "Invalid principal literal: " + Quote(value));
      return PushValue(token, std::move(**v), value.size());
    }
    case TokenType::kSugaredContract:
      e.kind = Kind::kSugaredContractIdentifier;
      e.name = std::string(value.substr(1));
      e.span = ValueSpan(token.line, token.column, value.size());
      return true;
    case TokenType::kQualifiedField:
    case TokenType::kSugaredField: {
      // principal (empty when sugared) '.' contract '.' trait
      const size_t dot1 = value.find('.');
      const size_t dot2 = value.find('.', dot1 + 1);
      const std::string_view contract = value.substr(dot1 + 1, dot2 - dot1 - 1);
      const std::string_view trait = value.substr(dot2 + 1);
      std::optional<StandardPrincipal> issuer;
      if (dot1 > 0) issuer = DecodePrincipalLiteral(value.substr(0, dot1));
      if ((dot1 > 0 && !issuer) || !IsClarityName(trait)) {
        return Fail(ParseErrorKind::kFailedParsingField, "Invalid field literal: " + Quote(value));
      }
      e.span = ValueSpan(token.line, token.column, value.size());
      if (issuer) {
        e.kind = Kind::kFieldIdentifier;
        e.field = TraitIdentifier{std::string(trait), ContractIdentifier{*issuer, std::string(contract)}};
      } else {
        e.kind = Kind::kSugaredFieldIdentifier;
        e.name = std::string(contract);
        e.trait_name = std::string(trait);
      }
      return true;
    }
    case TokenType::kTraitReference:
      if (!IsClarityName(value)) {
        return Fail(ParseErrorKind::kIllegalVariableName, "Illegal variable name: '" + Quote(value) + "'");
      }
      e.kind = Kind::kTraitReference;
      e.name = std::string(value);
      e.span = ValueSpan(token.line, token.column, value.size());
      return true;
    case TokenType::kHex: {
      if (value.size() % 2 != 0) {
        return Fail(ParseErrorKind::kFailedParsingHexValue, "Invalid hex-string literal " + Quote(value) +
                                                                ": bad length " + std::to_string(value.size()) +
                                                                " for hex string");
      }
      util::Bytes bytes;
      bytes.reserve(value.size() / 2);
      auto nibble = [](char h) { return static_cast<uint8_t>(IsDigit(h) ? h - '0' : (h | 0x20) - 'a' + 10); };
      for (size_t i = 0; i < value.size(); i += 2) {
        bytes.push_back(static_cast<uint8_t>(nibble(value[i]) << 4 | nibble(value[i + 1])));
      }
      util::Result<Value> v = Value::Buffer(std::move(bytes));
      if (!v) return Fail(ParseErrorKind::kFailedParsingBuffer, "Invalid buffer literal: " + Quote(value));
      return PushValue(token, std::move(*v), value.size());
    }
    case TokenType::kAsciiString:
    case TokenType::kUtf8String: {
      const bool utf8 = m.type == TokenType::kUtf8String;
      std::optional<std::string> text = Unescape(value, utf8);
      if (!text) return Fail(ParseErrorKind::kInvalidEscaping, "invalid escaping detected in string");
      std::optional<Value> v;
      if (utf8) {
        v = Utf8Literal(*text);
      } else if (util::Result<Value> ascii = Value::StringAscii(std::move(*text))) {
        v = std::move(*ascii);
      }
      if (!v) return Fail(ParseErrorKind::kInvalidCharactersDetected, "invalid characters detected");
      return PushValue(token, std::move(*v), value.size());
    }
    default:
      return true;
  }
}

bool ParserV1::Lex() {
  enum class Context : uint8_t { kExpectNothing, kExpectClosing, kExpectClosingColon };
  Context context = Context::kExpectNothing;
  uint64_t nesting = 0;
  uint32_t line = 1;
  uint32_t column = 1;
  size_t next_newline = m_source.find('\n');
  size_t p = 0;
  while (p < m_source.size()) {
    // The reference moves on by at most one line per token.
    if (next_newline != std::string_view::npos && p > next_newline) {
      next_newline = m_source.find('\n', next_newline + 1);
      column = 1;
      ++line;
    }
    std::optional<Match> m = MatchAt(m_source, p);
    if (!m) {
      return Fail(ParseErrorKind::kFailedParsingRemainder,
                  "Failed to lex input remainder: '" + Quote(m_source.substr(p)) + "'");
    }
    const TokenType type = m->type;
    const bool separator = type == TokenType::kRparen || type == TokenType::kRbrace || type == TokenType::kWhitespace ||
                           type == TokenType::kComma || type == TokenType::kColon;
    if (context != Context::kExpectNothing && !separator) {
      const std::string found = Quote(m_source.substr(p, m->length));
      if (context == Context::kExpectClosing) {
        return Fail(ParseErrorKind::kSeparatorExpected,
                    "Expected whitespace or a close parens. Found: '" + found + "'");
      }
      return Fail(ParseErrorKind::kSeparatorExpectedAfterColon,
                  "Whitespace expected after colon (:), Found: '" + found + "'");
    }
    context = Context::kExpectClosing;
    Token token{Token::Kind::kExpression, line, column};
    bool keep = true;
    switch (type) {
      case TokenType::kWhitespace:
        context = Context::kExpectNothing;
        keep = false;
        break;
      case TokenType::kComma:
        context = Context::kExpectNothing;
        token.kind = Token::Kind::kComma;
        break;
      case TokenType::kColon:
        context = Context::kExpectClosingColon;
        token.kind = Token::Kind::kColon;
        break;
      case TokenType::kLparen:
      case TokenType::kLbrace:
        context = Context::kExpectNothing;
        if (++nesting > m_max_nesting) {
          return Fail(ParseErrorKind::kVaryExpressionStackDepthTooDeep,
                      "AST has too deep of an expression nesting. The maximum stack depth is " +
                          std::to_string(m_max_call_stack_depth));
        }
        token.kind = type == TokenType::kLparen ? Token::Kind::kLparen : Token::Kind::kLbrace;
        break;
      case TokenType::kRparen:
      case TokenType::kRbrace:
        if (nesting > 0) --nesting;
        token.kind = type == TokenType::kRparen ? Token::Kind::kRparen : Token::Kind::kRbrace;
        break;
      default:
        if (!ReadValue(*m, token)) return false;
        break;
    }
    if (keep) m_tokens.push_back(std::move(token));
    column += static_cast<uint32_t>(m->length);
    p += m->length;
  }
  return true;
}

bool ParserV1::Parse(std::vector<PreSymbolicExpression>& out) {
  enum class Separator : uint8_t { kNone, kComma, kColon };
  struct Member {
    Separator separator = Separator::kNone;
    PreSymbolicExpression expression;
  };
  struct Open {
    bool tuple;
    uint32_t line;
    uint32_t column;
    std::vector<Member> members;
  };
  std::vector<Open> stack;
  auto emit = [&](PreSymbolicExpression e) {
    if (stack.empty()) {
      out.push_back(std::move(e));
    } else {
      stack.back().members.push_back(Member{Separator::kNone, std::move(e)});
    }
  };

  for (Token& token : m_tokens) {
    switch (token.kind) {
      case Token::Kind::kLparen:
      case Token::Kind::kLbrace:
        stack.push_back(Open{token.kind == Token::Kind::kLbrace, token.line, token.column, {}});
        break;
      case Token::Kind::kRparen:
      case Token::Kind::kRbrace: {
        const bool closes_tuple = token.kind == Token::Kind::kRbrace;
        if (stack.empty()) {
          return closes_tuple
                     ? Fail(ParseErrorKind::kClosingTupleLiteralUnexpected,
                            "Tried to close tuple literal which isn't open.")
                     : Fail(ParseErrorKind::kClosingParenthesisUnexpected, "Tried to close list which isn't open.");
        }
        Open open = std::move(stack.back());
        stack.pop_back();
        const Span span{open.line, open.column, token.line, token.column};
        if (open.tuple != closes_tuple) {
          return open.tuple
                     ? Fail(ParseErrorKind::kClosingTupleLiteralExpected, "Tuple literal {{..}} left opened.", span)
                     : Fail(ParseErrorKind::kClosingParenthesisExpected, "List expressions (..) left opened.", span);
        }
        PreSymbolicExpression e;
        e.kind = open.tuple ? Kind::kTuple : Kind::kList;
        e.span = span;
        e.items.reserve(open.members.size());
        for (size_t i = 0; i < open.members.size(); ++i) {
          Member& member = open.members[i];
          if (!open.tuple) {
            if (member.separator == Separator::kColon) {
              return Fail(ParseErrorKind::kColonSeparatorUnexpected, "Misplaced colon.");
            }
            if (member.separator == Separator::kComma) {
              return Fail(ParseErrorKind::kCommaSeparatorUnexpected, "Misplaced comma.");
            }
          } else if (i % 2 == 0 && member.separator != Separator::kNone) {
            return Fail(ParseErrorKind::kTupleItemExpected,
                        "Tuple literal construction expects a key or value at index " + std::to_string(i));
          } else if (i % 4 == 1 && member.separator != Separator::kColon) {
            return Fail(ParseErrorKind::kTupleColonExpected,
                        "Tuple literal construction expects a colon at index " + std::to_string(i));
          } else if (i % 4 == 3 && member.separator != Separator::kComma) {
            return Fail(ParseErrorKind::kTupleCommaExpected,
                        "Tuple literal construction expects a comma at index " + std::to_string(i));
          }
          if (member.separator == Separator::kNone) e.items.push_back(std::move(member.expression));
        }
        emit(std::move(e));
        break;
      }
      case Token::Kind::kComma:
      case Token::Kind::kColon: {
        const bool comma = token.kind == Token::Kind::kComma;
        if (stack.empty()) {
          return comma ? Fail(ParseErrorKind::kCommaSeparatorUnexpected, "Misplaced comma.")
                       : Fail(ParseErrorKind::kColonSeparatorUnexpected, "Misplaced colon.");
        }
        stack.back().members.push_back(Member{comma ? Separator::kComma : Separator::kColon, {}});
        break;
      }
      case Token::Kind::kVariable:
        if (!IsClarityName(token.expression.name)) {
          return Fail(ParseErrorKind::kIllegalVariableName,
                      "Illegal variable name: '" + Quote(token.expression.name) + "'");
        }
        emit(std::move(token.expression));
        break;
      case Token::Kind::kExpression:
        emit(std::move(token.expression));
        break;
    }
  }
  if (!stack.empty()) {
    const Open& open = stack.back();
    return Fail(ParseErrorKind::kClosingParenthesisExpected, "List expressions (..) left opened.",
                Span{open.line, open.column, 0, 0});
  }
  return true;
}

}  // namespace

util::Result<std::vector<PreSymbolicExpression>> ParsePreExpressionsV1(std::string_view source,
                                                                       const ParseOptions& options,
                                                                       ParseError* detail) {
  ParserV1 parser(source, options);
  std::vector<PreSymbolicExpression> out;
  if (!parser.Lex() || !parser.Parse(out)) {
    if (detail != nullptr) *detail = parser.error();
    return parser.error().ToError();
  }
  return out;
}

}  // namespace stacks::clarity::ast
