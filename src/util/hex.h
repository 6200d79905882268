// Hexadecimal text <-> bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "util/bytes.h"
#include "util/result.h"

namespace stacks::util {

/// Lower-case hex of `bytes`, two characters a byte, no prefix.
std::string ToHex(ByteView bytes);
/// Appends ToHex(bytes) to `out`.
void AppendHex(std::string& out, ByteView bytes);
/// Appends the 32 lower-case hex digits of the 128-bit number high * 2^64 + low, most significant first (its
/// sixteen bytes big-endian, as consensus serialization writes an int or uint).
void AppendHex128(std::string& out, uint64_t high, uint64_t low);
/// FromHex into `out` (replacing its contents, reusing its capacity). Errors: as FromHex; `out` is unspecified then.
Status FromHexInto(std::string_view text, bool allow_0x, Bytes& out);

/// Decode hex text (either case). An optional "0x" prefix is accepted when `allow_0x` is true.
/// Errors: kInvalidArgument naming the first bad character's position, or an odd length.
Result<Bytes> FromHex(std::string_view text, bool allow_0x = false);

/// Decode hex text that must encode exactly `n` bytes. Errors: as FromHex, or a wrong length.
Result<Bytes> FromHexExact(std::string_view text, size_t n);

}  // namespace stacks::util
