#include "clarity/types/literal.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "clarity/types/limits.h"
#include "clarity/types/names.h"
#include "clarity/types/utf8_internal.h"
#include "codec/stacks_address.h"
#include "util/hex.h"

namespace stacks::clarity {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsHexDigit(char c) { return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsWhitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
// The lexer's separators: ASCII whitespace and ( ) { } , : . ;
bool IsSeparator(char c) {
  return IsWhitespace(c) || c == '\f' || std::string_view("(){},:.;").find(c) != std::string_view::npos;
}
// Characters of an identifier token.
bool IsIdentChar(char c) {
  return IsLetter(c) || IsDigit(c) || std::string_view("_-!?+<>=/*").find(c) != std::string_view::npos;
}
// The characters the lexer accepts in a principal: Crockford's alphabet, upper case only.
bool IsC32Char(char c) { return IsDigit(c) || (c >= 'A' && c <= 'Z' && c != 'I' && c != 'L' && c != 'O' && c != 'U'); }

int HexValue(char c) {
  if (IsDigit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}

class LiteralParser {
 public:
  explicit LiteralParser(std::string_view text) : m_text(text) {}

  util::Result<Value> ParseAll() {
    STACKS_TRY(Value value, ParseValue(0));
    SkipWhitespace();
    if (!AtEnd()) return Fail(m_pos, "expected end of input");
    return value;
  }

 private:
  bool AtEnd() const { return m_pos >= m_text.size(); }
  char Peek(size_t ahead = 0) const { return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0'; }
  bool AtSeparator() const { return AtEnd() || IsSeparator(Peek()); }
  void SkipWhitespace() {
    while (!AtEnd() && IsWhitespace(Peek())) ++m_pos;
  }

  util::Error Fail(size_t pos, const std::string& what) const {
    return util::InvalidArgument("at position " + std::to_string(pos) + ": " + what);
  }
  // Prefixes a constructor's error with the position of the literal it came from, keeping its code.
  util::Error At(size_t pos, util::Error error) const {
    error.message = "at position " + std::to_string(pos) + ": " + error.message;
    return error;
  }
  util::Result<Value> Checked(size_t pos, util::Result<Value> value) const {
    if (!value) return At(pos, std::move(value).error());
    return value;
  }
  util::Status ExpectSeparator(const char* token) const {
    if (!AtSeparator()) return Fail(m_pos, std::string("unexpected character after ") + token);
    return {};
  }
  util::Status Expect(char c, const char* what) {
    SkipWhitespace();
    if (Peek() != c || AtEnd()) return Fail(m_pos, std::string("expected ") + what);
    ++m_pos;
    return {};
  }
  std::string ReadIdentifier() {
    size_t start = m_pos;
    while (!AtEnd() && IsIdentChar(Peek())) ++m_pos;
    return std::string(m_text.substr(start, m_pos - start));
  }

  util::Result<Value> ParseValue(int nesting);
  util::Result<Value> ParseForm(int nesting);
  util::Result<Value> ParseBraceTuple(int nesting);
  util::Result<Uint128> ParseDigits(Uint128 max, const char* what);
  util::Result<Value> ParseInt();
  util::Result<Value> ParseBuffer();
  util::Result<Value> ParseAscii();
  util::Result<Value> ParseUtf8();
  util::Result<Value> ParsePrincipal();
  util::Result<std::string> ParseFieldName();

  std::string_view m_text;
  size_t m_pos = 0;
};

util::Result<Value> LiteralParser::ParseValue(int nesting) {
  SkipWhitespace();
  if (AtEnd()) return Fail(m_pos, "expected a value");
  char c = Peek();
  if (c == '(' || c == '{') {
    if (nesting >= MAX_LITERAL_NESTING) {
      return util::ResourceExhausted("at position " + std::to_string(m_pos) + ": nesting deeper than " +
                                     std::to_string(MAX_LITERAL_NESTING));
    }
    return c == '(' ? ParseForm(nesting + 1) : ParseBraceTuple(nesting + 1);
  }
  if (c == '"') return ParseAscii();
  if (c == 'u' && Peek(1) == '"') return ParseUtf8();
  if (c == 'u' && IsDigit(Peek(1))) {
    ++m_pos;
    STACKS_TRY(Uint128 v, ParseDigits(~Uint128{0}, "uint"));
    return Value::UInt(v);
  }
  if (c == '\'') return ParsePrincipal();
  if (c == '0' && Peek(1) == 'x') return ParseBuffer();
  if (IsDigit(c) || (c == '-' && IsDigit(Peek(1)))) return ParseInt();
  if (IsLetter(c)) {
    size_t start = m_pos;
    std::string word = ReadIdentifier();
    STACKS_RETURN_IF_ERROR(ExpectSeparator("a name"));
    if (word == "true") return Value::Bool(true);
    if (word == "false") return Value::Bool(false);
    if (word == "none") return Value::None();
    return Fail(start, "expected a value, found the name '" + word + "'");
  }
  return Fail(m_pos, "expected a value");
}

util::Result<Value> LiteralParser::ParseForm(int nesting) {
  size_t open = m_pos++;
  SkipWhitespace();
  size_t word_at = m_pos;
  std::string word = ReadIdentifier();
  STACKS_RETURN_IF_ERROR(ExpectSeparator("a name"));
  if (word == "some" || word == "ok" || word == "err") {
    STACKS_TRY(Value inner, ParseValue(nesting));
    STACKS_RETURN_IF_ERROR(Expect(')', "')'"));
    if (word == "some") return Checked(open, Value::Some(std::move(inner)));
    if (word == "ok") return Checked(open, Value::Ok(std::move(inner)));
    return Checked(open, Value::Err(std::move(inner)));
  }
  if (word == "list") {
    std::vector<Value> items;
    for (;;) {
      SkipWhitespace();
      if (Peek() == ')' && !AtEnd()) break;
      STACKS_TRY(Value item, ParseValue(nesting));
      items.push_back(std::move(item));
    }
    ++m_pos;
    return Checked(open, Value::List(std::move(items)));
  }
  if (word == "tuple") {
    std::vector<TupleEntry> entries;
    for (;;) {
      SkipWhitespace();
      if (Peek() == ')' && !AtEnd()) break;
      STACKS_RETURN_IF_ERROR(Expect('(', "'(' opening a tuple field or ')'"));
      STACKS_TRY(std::string name, ParseFieldName());
      STACKS_TRY(Value value, ParseValue(nesting));
      STACKS_RETURN_IF_ERROR(Expect(')', "')' closing the tuple field"));
      entries.push_back({std::move(name), std::move(value)});
    }
    ++m_pos;
    return Checked(open, Value::Tuple(std::move(entries)));
  }
  return Fail(word_at, "expected some, ok, err, list or tuple");
}

util::Result<Value> LiteralParser::ParseBraceTuple(int nesting) {
  size_t open = m_pos++;
  std::vector<TupleEntry> entries;
  SkipWhitespace();
  if (Peek() == '}' && !AtEnd()) {
    ++m_pos;
    return Checked(open, Value::Tuple({}));
  }
  for (;;) {
    STACKS_TRY(std::string name, ParseFieldName());
    STACKS_RETURN_IF_ERROR(Expect(':', "':' after the tuple field name"));
    STACKS_TRY(Value value, ParseValue(nesting));
    entries.push_back({std::move(name), std::move(value)});
    SkipWhitespace();
    if (Peek() == '}' && !AtEnd()) break;
    STACKS_RETURN_IF_ERROR(Expect(',', "',' or '}'"));
  }
  ++m_pos;
  return Checked(open, Value::Tuple(std::move(entries)));
}

util::Result<std::string> LiteralParser::ParseFieldName() {
  SkipWhitespace();
  size_t start = m_pos;
  std::string name = ReadIdentifier();
  if (name.empty()) return Fail(start, "expected a tuple field name");
  STACKS_RETURN_IF_ERROR(ExpectSeparator("a tuple field name"));
  if (!IsClarityName(name)) return Fail(start, "'" + name + "' is not a valid Clarity name");
  return name;
}

util::Result<Uint128> LiteralParser::ParseDigits(Uint128 max, const char* what) {
  size_t start = m_pos;
  Uint128 v = 0;
  bool overflow = false;
  while (!AtEnd() && IsDigit(Peek())) {
    auto digit = static_cast<unsigned>(Peek() - '0');
    if (v > (max - digit) / 10) overflow = true;
    if (!overflow) v = v * 10 + digit;
    ++m_pos;
  }
  STACKS_RETURN_IF_ERROR(ExpectSeparator(what));
  if (overflow) return Fail(start, std::string(what) + " literal out of range");
  return v;
}

util::Result<Value> LiteralParser::ParseInt() {
  bool negative = Peek() == '-';
  if (negative) ++m_pos;
  const Uint128 int_max = (~Uint128{0}) >> 1;
  STACKS_TRY(Uint128 magnitude, ParseDigits(negative ? int_max + 1 : int_max, "int"));
  if (!negative) return Value::Int(static_cast<Int128>(magnitude));
  return Value::Int(static_cast<Int128>(Uint128{0} - magnitude));
}

util::Result<Value> LiteralParser::ParseBuffer() {
  size_t start = m_pos;
  m_pos += 2;
  size_t digits_at = m_pos;
  while (!AtEnd() && IsHexDigit(Peek())) ++m_pos;
  STACKS_RETURN_IF_ERROR(ExpectSeparator("a buffer"));
  if ((m_pos - digits_at) % 2 != 0) return Fail(start, "buffer literal has an odd number of hex digits");
  STACKS_TRY(util::Bytes bytes, util::FromHex(m_text.substr(digits_at, m_pos - digits_at)));
  return Checked(start, Value::Buffer(std::move(bytes)));
}

util::Result<Value> LiteralParser::ParseAscii() {
  size_t start = m_pos++;
  std::string text;
  for (;;) {
    if (AtEnd() || Peek() == '\n') return Fail(start, "unterminated string literal");
    char c = m_text[m_pos++];
    if (c == '"') break;
    if (static_cast<unsigned char>(c) >= 0x80) return Fail(m_pos - 1, "non-ASCII character in an ascii string");
    if (c != '\\') {
      text.push_back(c);
      continue;
    }
    char e = Peek();
    switch (e) {
      case '\\':
      case '"':
        text.push_back(e);
        break;
      case 'n':
        text.push_back('\n');
        break;
      case 't':
        text.push_back('\t');
        break;
      case 'r':
        text.push_back('\r');
        break;
      case '0':
        text.push_back('\0');
        break;
      default:
        return Fail(m_pos - 1, "unknown escape in string literal");
    }
    ++m_pos;
  }
  STACKS_RETURN_IF_ERROR(ExpectSeparator("a string"));
  return Checked(start, Value::StringAscii(std::move(text)));
}

util::Result<Value> LiteralParser::ParseUtf8() {
  size_t start = m_pos;
  m_pos += 2;
  std::u32string code_points;
  for (;;) {
    if (AtEnd() || Peek() == '\n') return Fail(start, "unterminated string literal");
    char c = Peek();
    if (c == '"') {
      ++m_pos;
      break;
    }
    if (c != '\\') {
      size_t at = m_pos;
      std::optional<char32_t> cp = internal::DecodeUtf8(m_text, &m_pos);
      if (!cp) return Fail(at, "invalid UTF-8 in string literal");
      code_points.push_back(*cp);
      continue;
    }
    size_t escape_at = m_pos++;
    char e = Peek();
    ++m_pos;
    switch (e) {
      case '\\':
      case '"':
        code_points.push_back(static_cast<char32_t>(e));
        continue;
      case 'n':
        code_points.push_back(U'\n');
        continue;
      case 't':
        code_points.push_back(U'\t');
        continue;
      case 'r':
        code_points.push_back(U'\r');
        continue;
      case '0':
        code_points.push_back(U'\0');
        continue;
      case 'u':
        break;
      default:
        return Fail(escape_at, "unknown escape in string literal");
    }
    if (Peek() != '{') return Fail(m_pos, "expected '{' after \\u");
    ++m_pos;
    uint64_t cp = 0;
    size_t digits = 0;
    while (!AtEnd() && IsHexDigit(Peek())) {
      cp = cp * 16 + static_cast<uint64_t>(HexValue(Peek()));
      if (cp > UINT32_MAX) return Fail(escape_at, "\\u{...} escape out of range");
      ++digits;
      ++m_pos;
    }
    if (Peek() != '}' || AtEnd()) return Fail(m_pos, "expected a hex digit or '}' in \\u{...}");
    ++m_pos;
    if (digits == 0) return Fail(escape_at, "empty \\u{} escape");
    if (!internal::IsScalarValue(static_cast<char32_t>(cp))) {
      return Fail(escape_at, "\\u{...} escape is not a unicode scalar value");
    }
    code_points.push_back(static_cast<char32_t>(cp));
  }
  STACKS_RETURN_IF_ERROR(ExpectSeparator("a string"));
  return Checked(start, Value::StringUtf8FromCodePoints(std::move(code_points)));
}

util::Result<Value> LiteralParser::ParsePrincipal() {
  size_t start = m_pos++;
  size_t address_at = m_pos;
  while (!AtEnd() && IsC32Char(Peek())) ++m_pos;
  STACKS_RETURN_IF_ERROR(ExpectSeparator("a principal"));
  util::Result<StandardPrincipal> issuer = codec::StacksAddress::Parse(m_text.substr(address_at, m_pos - address_at));
  if (!issuer) return Fail(start, "bad principal: " + issuer.error().message);
  if (Peek() != '.' || AtEnd()) return Checked(start, Value::Principal(*issuer));
  ++m_pos;
  size_t name_at = m_pos;
  std::string name = ReadIdentifier();
  STACKS_RETURN_IF_ERROR(ExpectSeparator("a contract name"));
  util::Status valid = codec::ValidateContractName(name, MAX_CONTRACT_NAME_LITERAL_LEN);
  if (!valid) return At(name_at, std::move(valid).error());
  if (Peek() == '.' && !AtEnd()) return Fail(m_pos, "trait identifiers are not values");
  return Checked(start, Value::Contract(ContractIdentifier{*issuer, std::move(name)}));
}

}  // namespace

util::Result<Value> ParseValueLiteral(std::string_view text) { return LiteralParser(text).ParseAll(); }

}  // namespace stacks::clarity
