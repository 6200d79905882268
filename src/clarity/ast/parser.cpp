#include "clarity/ast/parser.h"

#include <optional>
#include <string>
#include <utility>

#include "clarity/ast/lexer.h"
#include "clarity/ast/parser_v1.h"
#include "clarity/ast/principal_literal.h"
#include "clarity/types/limits.h"
#include "clarity/types/names.h"
#include "codec/stacks_address.h"
#include "util/hex.h"

namespace stacks::clarity::ast {

namespace {

using Kind = PreSymbolicExpression::Kind;

// The reference prints whole strings; long ones are cut here so an error message stays small.
std::string Ellipsize(const std::string& text) {
  constexpr size_t kMax = 128;
  if (text.size() <= kMax) return text;
  return text.substr(0, kMax) + "...[" + std::to_string(text.size()) + "]";
}

std::string DepthMessage(uint64_t max_depth) {
  return "AST has too deep of an expression nesting. The maximum stack depth is " + std::to_string(max_depth);
}

// Decimal digits with an optional '-' (as the lexer makes them) to i128/u128; nullopt on overflow.
std::optional<Int128> ParseInt128(std::string_view text) {
  const bool negative = !text.empty() && text[0] == '-';
  if (negative) text.remove_prefix(1);
  const Uint128 limit = (Uint128{1} << 127) - (negative ? 0 : 1);
  Uint128 v = 0;
  for (char c : text) {
    const auto d = static_cast<Uint128>(c - '0');
    if (v > (limit - d) / 10) return std::nullopt;
    v = v * 10 + d;
  }
  if (negative)
    return v == (Uint128{1} << 127) ? static_cast<Int128>(-static_cast<Int128>(v - 1) - 1) : -static_cast<Int128>(v);
  return static_cast<Int128>(v);
}

std::optional<Uint128> ParseUint128(std::string_view text) {
  const Uint128 max = ~Uint128{0};
  Uint128 v = 0;
  for (char c : text) {
    const auto d = static_cast<Uint128>(c - '0');
    if (v > (max - d) / 10) return std::nullopt;
    v = v * 10 + d;
  }
  return v;
}

PreSymbolicExpression Node(Kind kind, Span span) {
  PreSymbolicExpression e;
  e.kind = kind;
  e.span = span;
  return e;
}

PreSymbolicExpression ValueNode(Value value, Span span) {
  PreSymbolicExpression e = Node(Kind::kAtomValue, span);
  e.value = std::move(value);
  return e;
}

class Parser {
 public:
  Parser(std::vector<Token> tokens, uint64_t max_call_stack_depth)
      : m_tokens(std::move(tokens)),
        m_max_call_stack_depth(max_call_stack_depth),
        m_max_nesting(max_call_stack_depth + AST_CALL_STACK_DEPTH_BUFFER + 1) {}

  bool ParseAll(std::vector<PreSymbolicExpression>& out);
  const ParseError& error() const { return m_error; }

 private:
  bool Fail(ParseErrorKind kind, std::string message, Span span) {
    m_error = ParseError{kind, span, std::move(message)};
    return false;
  }
  bool FailUnexpected(const Token& tok) {
    return Fail(ParseErrorKind::kUnexpectedToken, "unexpected '" + std::string(TokenKindText(tok.kind)) + "'",
                tok.span);
  }

  const Token* NextToken() { return m_next < m_tokens.size() ? &m_tokens[m_next++] : nullptr; }
  const Token& PeekToken() const { return m_next < m_tokens.size() ? m_tokens[m_next] : m_past_end; }
  const Token& LastToken() const { return m_tokens[m_next - 1]; }
  bool IgnoreWhitespace();
  void IgnoreWhitespaceAndComments(std::vector<PreSymbolicExpression>& out);

  bool ParseNode(std::optional<PreSymbolicExpression>& node);
  bool ParseList(const Token& lparen, std::optional<PreSymbolicExpression>& node);
  bool ParseTuple(const Token& lbrace, std::optional<PreSymbolicExpression>& node);
  bool ReadAtom(const Token& tok, std::optional<PreSymbolicExpression>& node);
  bool ReadPrincipal(const Token& tok, std::optional<PreSymbolicExpression>& node);
  bool ReadSugaredPrincipal(const Token& dot, std::optional<PreSymbolicExpression>& node);
  // After a contract: reads `.trait` if a dot follows. `span` is extended to its end.
  bool ReadTraitSuffix(Span& span, std::optional<std::string>& trait);
  bool CheckName(const std::string& name, const Span& span, ParseErrorKind illegal_kind, const char* illegal_what);
  bool CheckContractName(const std::string& name, const Span& too_long_span, const Span& illegal_span);

  std::vector<Token> m_tokens;
  size_t m_next = 0;
  uint64_t m_depth = 0;
  uint64_t m_max_call_stack_depth;
  uint64_t m_max_nesting;
  Token m_past_end{TokenKind::kEof, Span{1, 1, 1, 1}, {}};
  ParseError m_error;
};

bool Parser::IgnoreWhitespace() {
  bool found = false;
  while (m_next < m_tokens.size() && m_tokens[m_next].kind == TokenKind::kWhitespace) {
    ++m_next;
    found = true;
  }
  return found;
}

void Parser::IgnoreWhitespaceAndComments(std::vector<PreSymbolicExpression>& out) {
  while (m_next < m_tokens.size()) {
    const Token& tok = m_tokens[m_next];
    if (tok.kind == TokenKind::kComment) {
      PreSymbolicExpression c = Node(Kind::kComment, tok.span);
      c.name = tok.text;
      out.push_back(std::move(c));
    } else if (tok.kind != TokenKind::kWhitespace) {
      return;
    }
    ++m_next;
  }
}

bool Parser::ParseAll(std::vector<PreSymbolicExpression>& out) {
  while (true) {
    std::optional<PreSymbolicExpression> node;
    if (!ParseNode(node)) return false;
    if (node) {
      out.push_back(std::move(*node));
      continue;
    }
    const Token& last = LastToken();
    if (last.kind == TokenKind::kEof) return true;
    return FailUnexpected(last);
  }
}

// Reads one node. Leaves `node` empty when the token read cannot start one (a closing bracket, ':', ',', the end);
// the caller looks at LastToken() then.
bool Parser::ParseNode(std::optional<PreSymbolicExpression>& node) {
  IgnoreWhitespace();
  const Token* tok = NextToken();
  if (tok == nullptr) return true;
  switch (tok->kind) {
    case TokenKind::kLparen:
      ++m_depth;
      if (m_depth > m_max_nesting) {
        return Fail(ParseErrorKind::kExpressionStackDepthTooDeep, DepthMessage(m_max_call_stack_depth), tok->span);
      }
      if (!ParseList(*tok, node)) return false;
      --m_depth;
      return true;
    case TokenKind::kLbrace:
      if (m_depth + 2 > m_max_nesting) {
        return Fail(ParseErrorKind::kExpressionStackDepthTooDeep, DepthMessage(m_max_call_stack_depth), tok->span);
      }
      return ParseTuple(*tok, node);
    case TokenKind::kRparen:
    case TokenKind::kRbrace:
    case TokenKind::kColon:
    case TokenKind::kComma:
    case TokenKind::kEof:
    case TokenKind::kWhitespace:
      return true;
    default:
      return ReadAtom(*tok, node);
  }
}

bool Parser::ParseList(const Token& lparen, std::optional<PreSymbolicExpression>& node) {
  PreSymbolicExpression list = Node(Kind::kList, lparen.span);
  bool whitespace = true;
  while (true) {
    std::optional<PreSymbolicExpression> item;
    if (!ParseNode(item)) return false;
    if (item) {
      if (!whitespace && item->kind != Kind::kComment) {
        return Fail(ParseErrorKind::kExpectedWhitespace, "expected whitespace before expression", item->span);
      }
      list.items.push_back(std::move(*item));
      whitespace = IgnoreWhitespace();
      continue;
    }
    const Token& last = LastToken();
    if (last.kind == TokenKind::kRparen) {
      list.span.end_line = last.span.end_line;
      list.span.end_column = last.span.end_column;
      node = std::move(list);
      return true;
    }
    if (last.kind == TokenKind::kEof) return Fail(ParseErrorKind::kExpectedClosing, "expected closing ')'", last.span);
    return FailUnexpected(last);
  }
}

bool Parser::ParseTuple(const Token& lbrace, std::optional<PreSymbolicExpression>& node) {
  PreSymbolicExpression tuple = Node(Kind::kTuple, lbrace.span);
  auto close = [&](const Token& rbrace) {
    tuple.span.end_line = rbrace.span.end_line;
    tuple.span.end_column = rbrace.span.end_column;
    ++m_next;
    node = std::move(tuple);
  };

  IgnoreWhitespaceAndComments(tuple.items);
  if (PeekToken().kind == TokenKind::kComma) return FailUnexpected(PeekToken());
  if (PeekToken().kind == TokenKind::kRbrace) {
    close(PeekToken());
    return true;
  }
  Span diagnostic = PeekToken().span;  // where an unclosed tuple or a missing value is reported
  m_depth += 2;

  bool expects_key = true;
  while (true) {
    std::optional<PreSymbolicExpression> item;
    if (!ParseNode(item)) return false;
    if (!item) {
      const Token& last = LastToken();
      if (last.kind != TokenKind::kEof) return FailUnexpected(last);
      if (expects_key) return Fail(ParseErrorKind::kExpectedClosing, "expected closing '}'", diagnostic);
      return Fail(ParseErrorKind::kTupleValueExpected, "expected value expression for tuple", diagnostic);
    }
    tuple.items.push_back(std::move(*item));
    IgnoreWhitespaceAndComments(tuple.items);
    const Token& after = PeekToken();
    if (expects_key) {
      if (after.kind != TokenKind::kColon) {
        return Fail(ParseErrorKind::kTupleColonExpectedv2, "expected ':' after key in tuple", after.span);
      }
      ++m_next;
      diagnostic = after.span;
      IgnoreWhitespaceAndComments(tuple.items);
      expects_key = false;
      continue;
    }
    if (after.kind == TokenKind::kComma) {
      ++m_next;
    } else if (after.kind == TokenKind::kRbrace) {
      m_depth -= 2;
      close(after);
      return true;
    } else if (after.kind != TokenKind::kEof) {
      return Fail(ParseErrorKind::kTupleCommaExpectedv2, "expected ',' separating key-value pairs in tuple",
                  after.span);
    }
    IgnoreWhitespaceAndComments(tuple.items);
    if (PeekToken().kind == TokenKind::kRbrace) {
      m_depth -= 2;
      close(PeekToken());
      return true;
    }
    diagnostic = PeekToken().span;
    IgnoreWhitespaceAndComments(tuple.items);
    expects_key = true;
  }
}

bool Parser::CheckName(const std::string& name, const Span& span, ParseErrorKind illegal_kind,
                       const char* illegal_what) {
  if (name.size() > MAX_NAME_LEN) {
    return Fail(ParseErrorKind::kNameTooLong, "illegal name (too long), '" + name + "'", span);
  }
  if (!IsClarityName(name)) return Fail(illegal_kind, std::string(illegal_what) + ", '" + name + "'", span);
  return true;
}

bool Parser::CheckContractName(const std::string& name, const Span& too_long_span, const Span& illegal_span) {
  if (name.size() > MAX_CONTRACT_NAME_LEN) {
    return Fail(ParseErrorKind::kContractNameTooLong, "contract name '" + name + "' is too long", too_long_span);
  }
  if (!codec::ValidateContractName(name)) {
    return Fail(ParseErrorKind::kIllegalContractName, "Illegal contract name: '" + name + "'", illegal_span);
  }
  return true;
}

bool Parser::ReadAtom(const Token& tok, std::optional<PreSymbolicExpression>& node) {
  switch (tok.kind) {
    case TokenKind::kInt: {
      std::optional<Int128> v = ParseInt128(tok.text);
      if (!v)
        return Fail(ParseErrorKind::kFailedParsingIntValue, "Failed to parse int literal '" + tok.text + "'", tok.span);
      node = ValueNode(Value::Int(*v), tok.span);
      return true;
    }
    case TokenKind::kUint: {
      std::optional<Uint128> v = ParseUint128(tok.text);
      if (!v)
        return Fail(ParseErrorKind::kFailedParsingUIntValue, "Failed to parse uint literal 'u" + tok.text + "'",
                    tok.span);
      node = ValueNode(Value::UInt(*v), tok.span);
      return true;
    }
    case TokenKind::kAsciiString: {
      util::Result<Value> v = Value::StringAscii(tok.text);
      if (!v)
        return Fail(ParseErrorKind::kIllegalASCIIString, "illegal ascii string \"" + Ellipsize(tok.text) + "\"",
                    tok.span);
      node = ValueNode(std::move(*v), tok.span);
      return true;
    }
    case TokenKind::kUtf8String: {
      util::Result<Value> v = Value::StringUtf8(tok.text);
      if (!v) {
        return Fail(ParseErrorKind::kUtf8StringTooLong,
                    "string-utf8 literal longer than " + std::to_string(MAX_UTF8_VALUE_SIZE) + " characters", tok.span);
      }
      node = ValueNode(std::move(*v), tok.span);
      return true;
    }
    case TokenKind::kBytes: {
      util::Result<util::Bytes> bytes = util::FromHex(tok.text);
      if (!bytes) return Fail(ParseErrorKind::kInvalidBuffer, "invalid hex-string literal", tok.span);
      util::Result<Value> v = Value::Buffer(std::move(*bytes));
      if (!v) return Fail(ParseErrorKind::kInvalidBuffer, "invalid hex-string literal", tok.span);
      node = ValueNode(std::move(*v), tok.span);
      return true;
    }
    case TokenKind::kIdent:
      if (!CheckName(tok.text, tok.span, ParseErrorKind::kIllegalClarityName, "illegal clarity name")) return false;
      node = Node(Kind::kAtom, tok.span);
      node->name = tok.text;
      return true;
    case TokenKind::kTraitIdent:
      if (!CheckName(tok.text, tok.span, ParseErrorKind::kIllegalTraitName, "illegal trait name")) return false;
      node = Node(Kind::kTraitReference, tok.span);
      node->name = tok.text;
      return true;
    case TokenKind::kPrincipal:
      return ReadPrincipal(tok, node);
    case TokenKind::kDot:
      return ReadSugaredPrincipal(tok, node);
    case TokenKind::kPlus:
    case TokenKind::kMinus:
    case TokenKind::kMultiply:
    case TokenKind::kDivide:
    case TokenKind::kLess:
    case TokenKind::kLessEqual:
    case TokenKind::kGreater:
    case TokenKind::kGreaterEqual:
      node = Node(Kind::kAtom, tok.span);
      node->name = std::string(TokenKindText(tok.kind));
      return true;
    case TokenKind::kComment:
      node = Node(Kind::kComment, tok.span);
      node->name = tok.text;
      return true;
    default:
      return true;
  }
}

bool Parser::ReadTraitSuffix(Span& span, std::optional<std::string>& trait) {
  if (PeekToken().kind != TokenKind::kDot) return true;
  const Token* dot = NextToken();
  const Token* tok = NextToken();
  if (tok == nullptr) return Fail(ParseErrorKind::kExpectedTraitIdentifier, "expected trait identifier", dot->span);
  if (tok->kind != TokenKind::kIdent) {
    return Fail(ParseErrorKind::kExpectedTraitIdentifier, "expected trait identifier", tok->span);
  }
  span.end_line = tok->span.end_line;
  span.end_column = tok->span.end_column;
  if (!CheckName(tok->text, tok->span, ParseErrorKind::kIllegalTraitName, "illegal trait name")) return false;
  trait = tok->text;
  return true;
}

bool Parser::ReadPrincipal(const Token& tok, std::optional<PreSymbolicExpression>& node) {
  Span span = tok.span;
  std::optional<StandardPrincipal> issuer = DecodePrincipalLiteral(tok.text);
  if (!issuer) {
    return Fail(ParseErrorKind::kInvalidPrincipalLiteral, "invalid principal literal", span);
  }
  if (PeekToken().kind != TokenKind::kDot) {
    util::Result<Value> v = Value::Principal(*issuer);
    if (!v) return Fail(ParseErrorKind::kInvalidPrincipalLiteral, "invalid principal literal", span);
    node = ValueNode(std::move(*v), span);
    return true;
  }
  const Token* dot = NextToken();
  const Token* name_tok = NextToken();
  if (name_tok == nullptr) {
    return Fail(ParseErrorKind::kExpectedContractIdentifier, "expected contract identifier", dot->span);
  }
  if (name_tok->kind != TokenKind::kIdent) {
    return Fail(ParseErrorKind::kExpectedContractIdentifier, "expected contract identifier", name_tok->span);
  }
  span.end_line = name_tok->span.end_line;
  span.end_column = name_tok->span.end_column;
  if (!CheckContractName(name_tok->text, name_tok->span, name_tok->span)) return false;
  ContractIdentifier contract{*issuer, name_tok->text};

  std::optional<std::string> trait;
  if (!ReadTraitSuffix(span, trait)) return false;
  if (trait) {
    node = Node(Kind::kFieldIdentifier, span);
    node->field = TraitIdentifier{*trait, std::move(contract)};
    return true;
  }
  util::Result<Value> v = Value::Contract(std::move(contract));
  if (!v) return Fail(ParseErrorKind::kInvalidPrincipalLiteral, "invalid principal literal", span);
  node = ValueNode(std::move(*v), span);
  return true;
}

bool Parser::ReadSugaredPrincipal(const Token& dot, std::optional<PreSymbolicExpression>& node) {
  Span span = dot.span;
  const Token* name_tok = NextToken();
  if (name_tok == nullptr) {
    return Fail(ParseErrorKind::kExpectedContractIdentifier, "expected contract identifier", span);
  }
  if (name_tok->kind != TokenKind::kIdent) {
    return Fail(ParseErrorKind::kExpectedContractIdentifier, "expected contract identifier", name_tok->span);
  }
  span.end_line = name_tok->span.end_line;
  span.end_column = name_tok->span.end_column;
  // The reference reports a too-long name over the whole `.name`, an illegal one over the name alone.
  if (!CheckContractName(name_tok->text, span, name_tok->span)) return false;

  std::optional<std::string> trait;
  if (!ReadTraitSuffix(span, trait)) return false;
  node = Node(trait ? Kind::kSugaredFieldIdentifier : Kind::kSugaredContractIdentifier, span);
  node->name = name_tok->text;
  if (trait) node->trait_name = std::move(*trait);
  return true;
}

}  // namespace

ContractIdentifier TransientContract() {
  codec::StacksAddress issuer;
  issuer.version = 1;
  issuer.hash160.fill(1);
  return ContractIdentifier{issuer, std::string(codec::TRANSIENT_CONTRACT_NAME)};
}

util::Result<std::vector<PreSymbolicExpression>> ParsePreExpressions(std::string_view source,
                                                                     const ParseOptions& options, ParseError* detail) {
  if (options.max_call_stack_depth > 4096) return util::InvalidArgument("max_call_stack_depth above 4096");
  if (source.size() > options.max_source_bytes) {
    ParseError e{ParseErrorKind::kProgramTooLarge, Span{1, 1, 1, 1},
                 "Program too large to parse: " + std::to_string(source.size()) + " bytes, at most " +
                     std::to_string(options.max_source_bytes)};
    if (detail != nullptr) *detail = e;
    return e.ToError();
  }
  if (options.parser == ParserVersion::kV1) return ParsePreExpressionsV1(source, options, detail);
  STACKS_TRY(std::vector<Token> tokens, Lex(source, detail));
  Parser parser(std::move(tokens), options.max_call_stack_depth);
  std::vector<PreSymbolicExpression> out;
  if (!parser.ParseAll(out)) {
    if (detail != nullptr) *detail = parser.error();
    return parser.error().ToError();
  }
  return out;
}

}  // namespace stacks::clarity::ast
