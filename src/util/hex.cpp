#include "util/hex.h"

#include <array>
#include <cstdint>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace stacks::util {

namespace {

// Each byte's value as a hex digit, or -1.
constexpr std::array<int8_t, 256> kHexValues = [] {
  std::array<int8_t, 256> values{};
  values.fill(-1);
  for (int i = 0; i < 10; ++i) values['0' + i] = static_cast<int8_t>(i);
  for (int i = 0; i < 6; ++i) {
    values['a' + i] = static_cast<int8_t>(10 + i);
    values['A' + i] = static_cast<int8_t>(10 + i);
  }
  return values;
}();

int HexValue(char c) { return kHexValues[static_cast<uint8_t>(c)]; }

// Each byte's two lowercase hex digits.
constexpr std::array<char, 512> kHexPairs = [] {
  constexpr char digits[] = "0123456789abcdef";
  std::array<char, 512> pairs{};
  for (int b = 0; b < 256; ++b) {
    pairs[2 * b] = digits[b >> 4];
    pairs[2 * b + 1] = digits[b & 0xf];
  }
  return pairs;
}();

#ifdef __SSE2__
// Sixteen bytes at `in` as thirty-two lowercase hex digits at `out`: each byte split into its two nibbles,
// interleaved high then low, and each nibble turned into its digit ('0' + n, plus 39 more from 10 up to reach 'a').
inline void HexSixteen(__m128i bytes, char* out) {
  const __m128i low_nibble = _mm_set1_epi8(0x0f);
  const __m128i high = _mm_and_si128(_mm_srli_epi16(bytes, 4), low_nibble);
  const __m128i low = _mm_and_si128(bytes, low_nibble);
  const auto digits = [](__m128i nibbles) {
    const __m128i letters = _mm_and_si128(_mm_cmpgt_epi8(nibbles, _mm_set1_epi8(9)), _mm_set1_epi8(39));
    return _mm_add_epi8(_mm_add_epi8(nibbles, _mm_set1_epi8('0')), letters);
  };
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), digits(_mm_unpacklo_epi8(high, low)));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out + 16), digits(_mm_unpackhi_epi8(high, low)));
}
#endif

}  // namespace

std::string ToHex(ByteView bytes) {
  std::string out;
  AppendHex(out, bytes);
  return out;
}

void AppendHex(std::string& out, ByteView bytes) {
  const size_t start = out.size();
  out.resize(start + bytes.size() * 2);
  char* p = out.data() + start;
  const uint8_t* in = bytes.data();
  size_t left = bytes.size();
#ifdef __SSE2__
  // Storage keys and values are mostly 17 or 18 bytes (an int or uint, bare or in an optional): sixteen at a time,
  // then the rest through the table.
  for (; left >= 16; left -= 16, in += 16, p += 32) {
    HexSixteen(_mm_loadu_si128(reinterpret_cast<const __m128i*>(in)), p);
  }
#endif
  for (; left > 0; --left, ++in, p += 2) std::memcpy(p, &kHexPairs[2 * *in], 2);
}

void AppendHex128(std::string& out, uint64_t high, uint64_t low) {
  char text[32];
#ifdef __SSE2__
  // Straight from the registers: bytes stored and then loaded sixteen at a time would wait for the stores.
  HexSixteen(
      _mm_set_epi64x(static_cast<int64_t>(__builtin_bswap64(low)), static_cast<int64_t>(__builtin_bswap64(high))),
      text);
#else
  for (int i = 0; i < 8; ++i) {
    std::memcpy(&text[2 * i], &kHexPairs[2 * ((high >> (56 - 8 * i)) & 0xff)], 2);
    std::memcpy(&text[16 + 2 * i], &kHexPairs[2 * ((low >> (56 - 8 * i)) & 0xff)], 2);
  }
#endif
  out.append(text, sizeof(text));
}

Result<Bytes> FromHex(std::string_view text, bool allow_0x) {
  Bytes out;
  STACKS_RETURN_IF_ERROR(FromHexInto(text, allow_0x, out));
  return out;
}

Status FromHexInto(std::string_view text, bool allow_0x, Bytes& out) {
  if (allow_0x && text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) text.remove_prefix(2);
  if (text.size() % 2 != 0) return InvalidArgument("hex string has odd length " + std::to_string(text.size()));
  out.resize(text.size() / 2);
  for (size_t i = 0; i < out.size(); ++i) {
    int hi = HexValue(text[2 * i]);
    int lo = HexValue(text[2 * i + 1]);
    if (hi < 0 || lo < 0) {
      size_t pos = hi < 0 ? 2 * i : 2 * i + 1;
      return InvalidArgument("non-hex character at position " + std::to_string(pos));
    }
    out[i] = static_cast<uint8_t>(hi << 4 | lo);
  }
  return {};
}

Result<Bytes> FromHexExact(std::string_view text, size_t n) {
  STACKS_TRY(Bytes b, FromHex(text));
  if (b.size() != n) {
    return InvalidArgument("expected " + std::to_string(n) + " bytes of hex, got " + std::to_string(b.size()));
  }
  return b;
}

void SecureZero(void* p, size_t n) {
  volatile auto* v = static_cast<volatile uint8_t*>(p);
  while (n--) *v++ = 0;
}

}  // namespace stacks::util
