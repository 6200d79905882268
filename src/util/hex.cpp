#include "util/hex.h"

#include <cstring>

namespace stacks::util {

namespace {
int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
}  // namespace

std::string ToHex(ByteView bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(bytes.size() * 2, '\0');
  for (size_t i = 0; i < bytes.size(); ++i) {
    out[2 * i] = kDigits[bytes[i] >> 4];
    out[2 * i + 1] = kDigits[bytes[i] & 0xf];
  }
  return out;
}

Result<Bytes> FromHex(std::string_view text, bool allow_0x) {
  if (allow_0x && text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) text.remove_prefix(2);
  if (text.size() % 2 != 0) return InvalidArgument("hex string has odd length " + std::to_string(text.size()));
  Bytes out(text.size() / 2);
  for (size_t i = 0; i < out.size(); ++i) {
    int hi = HexValue(text[2 * i]);
    int lo = HexValue(text[2 * i + 1]);
    if (hi < 0 || lo < 0) {
      size_t pos = hi < 0 ? 2 * i : 2 * i + 1;
      return InvalidArgument("non-hex character at position " + std::to_string(pos));
    }
    out[i] = static_cast<uint8_t>(hi << 4 | lo);
  }
  return out;
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
