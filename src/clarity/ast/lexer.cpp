#include "clarity/ast/lexer.h"

#include <cstdint>
#include <utility>

namespace stacks::clarity::ast {

namespace {

constexpr int kEofChar = -1;

bool IsAsciiDigit(int c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiHexDigit(int c) { return IsAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
int HexValue(int c) { return IsAsciiDigit(c) ? c - '0' : (c >= 'a' ? c - 'a' + 10 : c - 'A' + 10); }

bool IsSeparator(int c) {
  switch (c) {
    case '(':
    case ')':
    case '{':
    case '}':
    case ',':
    case ':':
    case '.':
    case ';':
    case kEofChar:
    case ' ':
    case '\t':
    case '\n':
    case '\f':
    case '\r':
      return true;
    default:
      return false;
  }
}

bool IsIdentChar(int c) {
  if (IsAsciiAlpha(c) || IsAsciiDigit(c)) return true;
  switch (c) {
    case '_':
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
      return false;
  }
}

// The c32 (Crockford) alphabet: digits and upper-case letters without I, L, O, U.
bool IsC32Char(int c) {
  if (IsAsciiDigit(c)) return true;
  if (c < 'A' || c > 'Z') return false;
  return c != 'I' && c != 'L' && c != 'O' && c != 'U';
}

// How the reference's messages show a character: raw, with U+FFFD for the end of input.
std::string ShowChar(int c) {
  if (c == kEofChar) return "\xEF\xBF\xBD";
  return std::string(1, static_cast<char>(c));
}

// The UTF-8 sequence starting at `pos` (for kNonASCIIChar messages); a malformed one shows as U+FFFD.
std::string ShowUtf8At(std::string_view src, size_t pos) {
  const auto lead = static_cast<unsigned char>(src[pos]);
  size_t len = lead >= 0xF0 && lead < 0xF8 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0;
  if (len == 0 || pos + len > src.size()) return "\xEF\xBF\xBD";
  for (size_t i = 1; i < len; ++i) {
    if ((static_cast<unsigned char>(src[pos + i]) & 0xC0) != 0x80) return "\xEF\xBF\xBD";
  }
  return std::string(src.substr(pos, len));
}

void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// One pass over the source. Each reading function returns false after recording the first error in m_error.
class Lexer {
 public:
  explicit Lexer(std::string_view src) : m_src(src) {}

  bool Init() { return ReadChar(); }
  bool ReadToken(Token& out);
  const ParseError& error() const { return m_error; }

 private:
  bool Fail(ParseErrorKind kind, std::string message, Span span) {
    m_error = ParseError{kind, span, std::move(message)};
    return false;
  }
  Span Here() const { return Span{m_line, m_column, m_line, m_column}; }

  bool ReadChar();
  bool SkipWhitespace();
  bool ReadLine(std::string& line);
  bool ProceedThroughError(ParseErrorKind kind, std::string message);
  bool ReadIdentifier(Token& tok);
  bool ReadTraitIdentifier(Token& tok);
  bool ReadPrincipal(Token& tok);
  bool ReadDigits(Token& tok, ParseErrorKind bad_char_kind, const char* what);
  bool ReadHex(Token& tok);
  bool ReadEscape(std::u32string& out, bool utf8, bool& advance);
  bool ReadString(Token& tok, bool utf8);
  bool ReadUtf8Encoding(std::string& code);

  std::string_view m_src;
  size_t m_pos = 0;
  int m_next = 0;
  uint32_t m_line = 1;
  uint32_t m_column = 0;
  uint32_t m_last_line = 0;
  uint32_t m_last_column = 0;
  ParseError m_error;
};

bool Lexer::ReadChar() {
  m_last_line = m_line;
  m_last_column = m_column;
  if (m_pos < m_src.size()) {
    const auto ch = static_cast<unsigned char>(m_src[m_pos]);
    if (m_next == '\n') {
      ++m_line;
      m_column = 0;
    }
    if (ch >= 0x80) {
      return Fail(ParseErrorKind::kNonASCIIChar, "illegal non-ASCII character, '" + ShowUtf8At(m_src, m_pos) + "'",
                  Span{m_line, m_column + 1, m_line, m_column + 1});
    }
    m_next = ch;
    ++m_pos;
  } else {
    m_next = kEofChar;
  }
  ++m_column;
  return true;
}

bool Lexer::SkipWhitespace() {
  while (m_next != kEofChar) {
    if (m_next == '\r') {
      return Fail(ParseErrorKind::kUnsupportedLineEnding, "unsupported line-ending '\\r', only '\\n' is supported",
                  Here());
    }
    if (m_next != ' ' && m_next != '\t' && m_next != '\n') break;
    if (!ReadChar()) return false;
  }
  return true;
}

bool Lexer::ReadLine(std::string& line) {
  while (m_next != '\n' && m_next != kEofChar) {
    if (m_next == '\r') {
      return Fail(ParseErrorKind::kUnsupportedLineEnding, "unsupported line-ending '\\r', only '\\n' is supported",
                  Here());
    }
    line += static_cast<char>(m_next);
    if (!ReadChar()) return false;
  }
  return true;
}

// The reference skips to the next separator before reporting, so a non-ASCII character in the skipped part wins.
bool Lexer::ProceedThroughError(ParseErrorKind kind, std::string message) {
  const uint32_t start_line = m_line;
  const uint32_t start_column = m_column;
  while (!IsSeparator(m_next)) {
    if (!ReadChar()) return false;
  }
  return Fail(kind, std::move(message), Span{start_line, start_column, m_last_line, m_last_column});
}

bool Lexer::ReadIdentifier(Token& tok) {
  tok.kind = TokenKind::kIdent;
  while (IsIdentChar(m_next)) {
    tok.text += static_cast<char>(m_next);
    if (!ReadChar()) return false;
  }
  if (!IsSeparator(m_next)) {
    return ProceedThroughError(ParseErrorKind::kInvalidCharIdent,
                               "invalid character, '" + ShowChar(m_next) + "', in identifier");
  }
  return true;
}

// Entered with '<' read and a letter next.
bool Lexer::ReadTraitIdentifier(Token& tok) {
  tok.kind = TokenKind::kTraitIdent;
  while (true) {
    if (IsAsciiAlpha(m_next) || IsAsciiDigit(m_next) || m_next == '_' || m_next == '-') {
      tok.text += static_cast<char>(m_next);
    } else if (m_next == '>') {
      return true;  // the caller consumes the '>'
    } else if (!IsSeparator(m_next)) {
      return ProceedThroughError(ParseErrorKind::kInvalidCharTraitIdent,
                                 "invalid character, '" + ShowChar(m_next) + "', in trait identifier");
    } else {
      return Fail(ParseErrorKind::kLexerExpectedClosing, "expected closing '>'", Here());
    }
    if (!ReadChar()) return false;
  }
}

// Entered with '\'' next.
bool Lexer::ReadPrincipal(Token& tok) {
  tok.kind = TokenKind::kPrincipal;
  while (true) {
    if (!ReadChar()) return false;
    if (IsC32Char(m_next)) {
      tok.text += static_cast<char>(m_next);
    } else if (!IsSeparator(m_next)) {
      return ProceedThroughError(ParseErrorKind::kInvalidCharPrincipal,
                                 "invalid character, '" + ShowChar(m_next) + "', in principal literal");
    } else {
      return true;
    }
  }
}

bool Lexer::ReadDigits(Token& tok, ParseErrorKind bad_char_kind, const char* what) {
  while (IsAsciiDigit(m_next)) {
    tok.text += static_cast<char>(m_next);
    if (!ReadChar()) return false;
  }
  if (!IsSeparator(m_next)) {
    return ProceedThroughError(bad_char_kind, "invalid character, '" + ShowChar(m_next) + "', in " + what);
  }
  return true;
}

// Entered with "0" read and 'x' next.
bool Lexer::ReadHex(Token& tok) {
  const uint32_t start_line = m_line;
  const uint32_t start_column = m_column - 1;
  tok.kind = TokenKind::kBytes;
  while (true) {
    if (!ReadChar()) return false;
    const int first = m_next;
    if (!IsAsciiHexDigit(first)) {
      if (!IsSeparator(first)) {
        return ProceedThroughError(ParseErrorKind::kInvalidCharBuffer,
                                   "invalid character, '" + ShowChar(first) + "', in buffer");
      }
      return true;
    }
    tok.text += static_cast<char>(first);
    if (!ReadChar()) return false;
    const int second = m_next;
    if (!IsAsciiHexDigit(second)) {
      if (IsSeparator(second)) {
        return Fail(ParseErrorKind::kInvalidBufferLength, "invalid buffer length, " + std::to_string(tok.text.size()),
                    Span{start_line, start_column, m_last_line, m_last_column});
      }
      return ProceedThroughError(ParseErrorKind::kInvalidCharBuffer,
                                 "invalid character, '" + ShowChar(second) + "', in buffer");
    }
    tok.text += static_cast<char>(second);
  }
}

// Reads X in \u{X}; entered with 'u' next.
bool Lexer::ReadUtf8Encoding(std::string& code) {
  if (!ReadChar()) return false;
  const uint32_t start_line = m_line;
  const uint32_t start_column = m_column;
  if (m_next != '{') return Fail(ParseErrorKind::kInvalidUTF8Encoding, "invalid UTF8 encoding", Here());
  while (true) {
    if (!ReadChar()) return false;
    if (m_next == '}') {
      if (code.empty()) {
        return Fail(ParseErrorKind::kEmptyUTF8Encoding, "empty UTF8 encoding",
                    Span{start_line, start_column, m_line, m_column});
      }
      return ReadChar();
    }
    if (m_next == '"' || m_next == kEofChar) {
      return Fail(ParseErrorKind::kUnterminatedUTF8Encoding, "unterminated UTF8 encoding, missing '}'", Here());
    }
    if (!IsAsciiHexDigit(m_next)) {
      return Fail(ParseErrorKind::kIllegalCharUTF8Encoding,
                  "invalid character, '" + ShowChar(m_next) + "', in UTF8 encoding", Here());
    }
    code += static_cast<char>(m_next);
  }
}

// Entered with the escaped character next (the backslash read). `advance` is cleared when the escape already
// consumed its last character (\u{...}).
bool Lexer::ReadEscape(std::u32string& out, bool utf8, bool& advance) {
  switch (m_next) {
    case '\\':
      out += U'\\';
      return true;
    case '"':
      out += U'"';
      return true;
    case 'n':
      out += U'\n';
      return true;
    case 't':
      out += U'\t';
      return true;
    case 'r':
      out += U'\r';
      return true;
    case '0':
      out += U'\0';
      return true;
    default:
      break;
  }
  if (utf8 && m_next == 'u') {
    const uint32_t code_line = m_line;
    const uint32_t code_column = m_column;
    std::string code;
    if (!ReadUtf8Encoding(code)) return false;
    uint64_t value = 0;
    bool ok = true;
    for (char c : code) {
      value = value * 16 + static_cast<uint64_t>(HexValue(c));
      if (value > 0xFFFFFFFFu) {
        ok = false;
        break;
      }
    }
    if (!ok || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
      return Fail(ParseErrorKind::kInvalidUTF8Encoding, "invalid UTF8 encoding",
                  Span{code_line, code_column, m_line, m_column});
    }
    out += static_cast<char32_t>(value);
    advance = false;
    return true;
  }
  return Fail(ParseErrorKind::kUnknownEscapeChar, "unknown escape character, '" + ShowChar(m_next) + "'",
              Span{m_last_line, m_last_column, m_line, m_column});
}

// Entered with the opening '"' next.
bool Lexer::ReadString(Token& tok, bool utf8) {
  tok.kind = utf8 ? TokenKind::kUtf8String : TokenKind::kAsciiString;
  std::u32string chars;
  bool escaped = false;
  if (!ReadChar()) return false;
  while (true) {
    bool advance = true;
    if (escaped) {
      if (!ReadEscape(chars, utf8, advance)) return false;
      escaped = false;
    } else if (m_next == '"') {
      if (!ReadChar()) return false;
      break;
    } else if (m_next == '\\') {
      escaped = true;
    } else if (m_next == '\n' || m_next == kEofChar) {
      return Fail(ParseErrorKind::kLexerExpectedClosing, "expected closing '\"'", Here());
    } else {
      chars += static_cast<char32_t>(m_next);
    }
    if (advance && !ReadChar()) return false;
  }
  for (char32_t c : chars) AppendUtf8(tok.text, c);  // ascii strings hold ASCII only: the lexer stops at the rest
  return true;
}

bool Lexer::ReadToken(Token& tok) {
  tok = Token{};
  const uint32_t start_line = m_line;
  const uint32_t start_column = m_column;
  bool advance = true;
  switch (m_next) {
    case kEofChar:
      tok.kind = TokenKind::kEof;
      break;
    case '(':
      tok.kind = TokenKind::kLparen;
      break;
    case ')':
      tok.kind = TokenKind::kRparen;
      break;
    case '{':
      tok.kind = TokenKind::kLbrace;
      break;
    case '}':
      tok.kind = TokenKind::kRbrace;
      break;
    case ':':
      tok.kind = TokenKind::kColon;
      break;
    case '.':
      tok.kind = TokenKind::kDot;
      break;
    case ',':
      tok.kind = TokenKind::kComma;
      break;
    case '+':
      tok.kind = TokenKind::kPlus;
      break;
    case '*':
      tok.kind = TokenKind::kMultiply;
      break;
    case '/':
      tok.kind = TokenKind::kDivide;
      break;
    case '-':
      advance = false;
      if (!ReadChar()) return false;
      if (IsAsciiDigit(m_next)) {
        tok.kind = TokenKind::kInt;
        tok.text = "-";
        if (!ReadDigits(tok, ParseErrorKind::kInvalidCharInt, "int literal")) return false;
      } else {
        tok.kind = TokenKind::kMinus;
      }
      break;
    case '<':
      if (!ReadChar()) return false;
      if (m_next == '=') {
        tok.kind = TokenKind::kLessEqual;
      } else if (IsAsciiAlpha(m_next)) {
        if (!ReadTraitIdentifier(tok)) return false;
      } else {
        advance = false;
        tok.kind = TokenKind::kLess;
      }
      break;
    case '>':
      if (!ReadChar()) return false;
      if (m_next == '=') {
        tok.kind = TokenKind::kGreaterEqual;
      } else {
        advance = false;
        tok.kind = TokenKind::kGreater;
      }
      break;
    case ';':
      if (!ReadChar()) return false;
      if (m_next != ';') {
        // The reference notes this and lexes on as if it were a comment; in fail-fast mode it is the error.
        return Fail(ParseErrorKind::kSingleSemiColon, "unexpected single ';' (comments begin with \";;\"",
                    Span{m_last_line, m_last_column, m_last_line, m_last_column});
      }
      if (!ReadChar()) return false;
      advance = false;
      tok.kind = TokenKind::kComment;
      {
        std::string line;
        if (!ReadLine(line)) return false;
        size_t skip = 0;
        while (skip < line.size() && (line[skip] == ' ' || (line[skip] >= '\t' && line[skip] <= '\r'))) ++skip;
        tok.text = line.substr(skip);
      }
      break;
    case '\'':
      advance = false;
      if (!ReadPrincipal(tok)) return false;
      break;
    case 'u':
      advance = false;
      if (!ReadChar()) return false;
      if (IsAsciiDigit(m_next)) {
        tok.kind = TokenKind::kUint;
        if (!ReadDigits(tok, ParseErrorKind::kInvalidCharUint, "uint literal")) return false;
      } else if (m_next == '"') {
        if (!ReadString(tok, /*utf8=*/true)) return false;
      } else {
        tok.text = "u";
        if (!ReadIdentifier(tok)) return false;
      }
      break;
    case ' ':
    case '\t':
    case '\r':
    case '\n':
      advance = false;
      tok.kind = TokenKind::kWhitespace;
      if (!SkipWhitespace()) return false;
      break;
    case '"':
      advance = false;
      if (!ReadString(tok, /*utf8=*/false)) return false;
      break;
    case '0':
      advance = false;
      if (!ReadChar()) return false;
      if (m_next == 'x') {
        if (!ReadHex(tok)) return false;
      } else if (IsAsciiDigit(m_next)) {
        tok.kind = TokenKind::kInt;
        tok.text = "0";
        if (!ReadDigits(tok, ParseErrorKind::kInvalidCharInt, "int literal")) return false;
      } else if (IsSeparator(m_next)) {
        tok.kind = TokenKind::kInt;
        tok.text = "0";
      } else {
        return ProceedThroughError(ParseErrorKind::kInvalidCharInt,
                                   "invalid character, '" + ShowChar(m_next) + "', in int literal");
      }
      break;
    default:
      if (IsAsciiAlpha(m_next)) {
        advance = false;
        if (!ReadIdentifier(tok)) return false;
      } else if (IsAsciiDigit(m_next)) {
        advance = false;
        tok.kind = TokenKind::kInt;
        if (!ReadDigits(tok, ParseErrorKind::kInvalidCharInt, "int literal")) return false;
      } else {
        return Fail(ParseErrorKind::kUnknownSymbol, "unknown symbol, '" + ShowChar(m_next) + "'", Here());
      }
      break;
  }
  if (advance && !ReadChar()) return false;

  switch (tok.kind) {
    case TokenKind::kPlus:
    case TokenKind::kMinus:
    case TokenKind::kMultiply:
    case TokenKind::kDivide:
    case TokenKind::kLess:
    case TokenKind::kLessEqual:
    case TokenKind::kGreater:
    case TokenKind::kGreaterEqual:
      if (!IsSeparator(m_next)) return Fail(ParseErrorKind::kExpectedSeparator, "expected separator", Here());
      break;
    default:
      break;
  }
  tok.span = Span{start_line, start_column, m_last_line, m_last_column};
  return true;
}

}  // namespace

std::string_view TokenKindText(TokenKind kind) {
  switch (kind) {
    case TokenKind::kEof:
      return "EOF";
    case TokenKind::kWhitespace:
      return "whitespace";
    case TokenKind::kLparen:
      return "(";
    case TokenKind::kRparen:
      return ")";
    case TokenKind::kLbrace:
      return "{";
    case TokenKind::kRbrace:
      return "}";
    case TokenKind::kColon:
      return ":";
    case TokenKind::kComma:
      return ",";
    case TokenKind::kDot:
      return ".";
    case TokenKind::kInt:
      return "int";
    case TokenKind::kUint:
      return "uint";
    case TokenKind::kAsciiString:
      return "string-ascii";
    case TokenKind::kUtf8String:
      return "string-utf8";
    case TokenKind::kBytes:
      return "bytes";
    case TokenKind::kPrincipal:
      return "principal";
    case TokenKind::kIdent:
      return "identifier";
    case TokenKind::kTraitIdent:
      return "trait-identifier";
    case TokenKind::kPlus:
      return "+";
    case TokenKind::kMinus:
      return "-";
    case TokenKind::kMultiply:
      return "*";
    case TokenKind::kDivide:
      return "/";
    case TokenKind::kLess:
      return "<";
    case TokenKind::kLessEqual:
      return "<=";
    case TokenKind::kGreater:
      return ">";
    case TokenKind::kGreaterEqual:
      return ">=";
    case TokenKind::kComment:
      return "comment";
  }
  return "?";
}

util::Result<std::vector<Token>> Lex(std::string_view source, ParseError* detail) {
  Lexer lexer(source);
  std::vector<Token> tokens;
  auto fail = [&]() -> util::Error {
    if (detail != nullptr) *detail = lexer.error();
    return lexer.error().ToError();
  };
  if (!lexer.Init()) return fail();
  while (true) {
    Token tok;
    if (!lexer.ReadToken(tok)) return fail();
    const bool eof = tok.kind == TokenKind::kEof;
    tokens.push_back(std::move(tok));
    if (eof) break;
  }
  return tokens;
}

}  // namespace stacks::clarity::ast
