// Strict UTF-8 decoding and encoding for string-utf8, as Rust's `str::from_utf8` and `char::encode_utf8` do it:
// overlong forms, surrogates (U+D800..U+DFFF) and code points past U+10FFFF are invalid. Internal to clarity/types.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace stacks::clarity::internal {

/// True iff `cp` is a unicode scalar value.
inline bool IsScalarValue(char32_t cp) { return cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF); }

/// Bytes in the UTF-8 encoding of scalar value `cp`.
inline size_t Utf8Width(char32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

/// Appends the UTF-8 encoding of scalar value `cp` to `out`.
inline void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

/// Decodes the scalar value starting at `text[*pos]` and advances `*pos` past it; nullopt (and `*pos` unchanged) if
/// the bytes there are not a valid UTF-8 sequence. REQUIRES: *pos < text.size().
inline std::optional<char32_t> DecodeUtf8(std::string_view text, size_t* pos) {
  auto byte = [&](size_t i) { return static_cast<uint8_t>(text[i]); };
  size_t i = *pos;
  uint8_t b0 = byte(i);
  size_t width;
  char32_t cp;
  char32_t min;
  if (b0 < 0x80) {
    *pos = i + 1;
    return b0;
  } else if (b0 >= 0xC2 && b0 <= 0xDF) {
    width = 2, cp = b0 & 0x1F, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    width = 3, cp = b0 & 0x0F, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    width = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    return std::nullopt;
  }
  if (text.size() - i < width) return std::nullopt;
  for (size_t k = 1; k < width; ++k) {
    uint8_t b = byte(i + k);
    if ((b & 0xC0) != 0x80) return std::nullopt;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || !IsScalarValue(cp)) return std::nullopt;
  *pos = i + width;
  return cp;
}

}  // namespace stacks::clarity::internal
