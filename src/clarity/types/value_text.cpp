#include "clarity/types/value_text.h"

#include <algorithm>
#include <cstdio>
#include <string_view>

#include "clarity/types/utf8_internal.h"
#include "util/hex.h"

namespace stacks::clarity {

namespace {

using Kind = Value::Kind;

enum class Style { kReference, kStacksJs, kLiteral };

// Rust's std::ascii::escape_default for one byte.
void AppendEscapeDefault(std::string& out, uint8_t b) {
  switch (b) {
    case '\t':
      out += "\\t";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\\':
      out += "\\\\";
      return;
    case '\'':
      out += "\\'";
      return;
    case '"':
      out += "\\\"";
      return;
    default:
      break;
  }
  if (b >= 0x20 && b <= 0x7E) {
    out.push_back(static_cast<char>(b));
    return;
  }
  static constexpr char kDigits[] = "0123456789abcdef";
  out += "\\x";
  out.push_back(kDigits[b >> 4]);
  out.push_back(kDigits[b & 0xF]);
}

// The escapes of the Clarity lexer's string literals: \\ \" \n \t \r. Returns false if `c` needs none.
bool AppendLexerEscape(std::string& out, char32_t c) {
  switch (c) {
    case '\\':
      out += "\\\\";
      return true;
    case '"':
      out += "\\\"";
      return true;
    case '\n':
      out += "\\n";
      return true;
    case '\t':
      out += "\\t";
      return true;
    case '\r':
      out += "\\r";
      return true;
    default:
      return false;
  }
}

void AppendAscii(std::string& out, const std::string& text, Style style) {
  out.push_back('"');
  for (char c : text) {
    if (style == Style::kReference) {
      AppendEscapeDefault(out, static_cast<uint8_t>(c));
    } else if (style == Style::kStacksJs || !AppendLexerEscape(out, static_cast<unsigned char>(c))) {
      out.push_back(c);
    }
  }
  out.push_back('"');
}

void AppendUtf8(std::string& out, const std::u32string& code_points, Style style) {
  out += "u\"";
  for (char32_t cp : code_points) {
    switch (style) {
      case Style::kReference:
        if (cp >= 0x80) {
          std::string utf8;
          internal::AppendUtf8(utf8, cp);
          out += "\\u{" + util::ToHex(util::AsBytes(utf8)) + "}";
        } else {
          AppendEscapeDefault(out, static_cast<uint8_t>(cp));
        }
        break;
      case Style::kStacksJs:
        internal::AppendUtf8(out, cp);
        break;
      case Style::kLiteral:
        if (AppendLexerEscape(out, cp)) break;
        if (cp >= 0x20 && cp <= 0x7E) {
          out.push_back(static_cast<char>(cp));
        } else {
          char hex[16];
          std::snprintf(hex, sizeof(hex), "%x", static_cast<unsigned>(cp));
          out += "\\u{" + std::string(hex) + "}";
        }
        break;
    }
  }
  out.push_back('"');
}

void Append(std::string& out, const Value& v, Style style) {
  switch (v.kind()) {
    case Kind::kInt:
      out += Int128ToString(v.AsInt());
      return;
    case Kind::kUInt:
      out += "u" + Uint128ToString(v.AsUInt());
      return;
    case Kind::kBool:
      out += v.AsBool() ? "true" : "false";
      return;
    case Kind::kBuffer:
      out += "0x" + util::ToHex(v.AsBuffer());
      return;
    case Kind::kStringAscii:
      AppendAscii(out, v.AsAscii(), style);
      return;
    case Kind::kStringUtf8:
      AppendUtf8(out, v.AsUtf8(), style);
      return;
    case Kind::kPrincipal:
      if (style == Style::kLiteral) out.push_back('\'');
      out += v.AsPrincipal().ToString();
      return;
    case Kind::kContract:
      if (style == Style::kLiteral) out.push_back('\'');
      out += v.AsContract().ToString();
      return;
    case Kind::kCallable:
      if (style == Style::kReference && v.CallableTrait()) {
        out += "(" + v.AsContract().ToString() + " as <" + v.CallableTrait()->ToString() + ">)";
        return;
      }
      if (style == Style::kLiteral) out.push_back('\'');
      out += v.AsContract().ToString();
      return;
    case Kind::kOptional:
      if (!v.IsSome()) {
        out += "none";
        return;
      }
      out += "(some ";
      Append(out, v.Inner(), style);
      out += ")";
      return;
    case Kind::kResponse:
      out += v.IsOk() ? "(ok " : "(err ";
      Append(out, v.Inner(), style);
      out += ")";
      return;
    case Kind::kList: {
      const std::vector<Value>& items = v.Items();
      if (style == Style::kReference) {
        out += "(";
      } else if (style == Style::kStacksJs) {
        out += "(list ";
      } else {
        out += items.empty() ? "(list" : "(list ";
      }
      for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += " ";
        Append(out, items[i], style);
      }
      out += ")";
      return;
    }
    case Kind::kTuple:
      out += "(tuple";
      for (const TupleEntry& e : v.Entries()) {
        out += " (" + e.name + " ";
        Append(out, e.value, style);
        out += ")";
      }
      out += ")";
      return;
  }
}

std::string Render(const Value& value, Style style) {
  std::string out;
  Append(out, value, style);
  return out;
}

}  // namespace

std::string ToReferenceString(const Value& value) { return Render(value, Style::kReference); }

std::string ToStacksJsString(const Value& value) { return Render(value, Style::kStacksJs); }

std::string ToClarityLiteral(const Value& value) { return Render(value, Style::kLiteral); }

std::string Uint128ToString(Uint128 v) {
  if (v == 0) return "0";
  std::string digits;
  while (v != 0) {
    digits.push_back(static_cast<char>('0' + static_cast<int>(v % 10)));
    v /= 10;
  }
  std::reverse(digits.begin(), digits.end());
  return digits;
}

std::string Int128ToString(Int128 v) {
  if (v >= 0) return Uint128ToString(static_cast<Uint128>(v));
  // Negate in unsigned arithmetic so that the minimum value does not overflow.
  return "-" + Uint128ToString(Uint128{0} - static_cast<Uint128>(v));
}

}  // namespace stacks::clarity
