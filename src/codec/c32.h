// c32 (Crockford base-32), c32check and c32 addresses, as stacks-core (stacks-common/src/address/c32.rs) and the
// c32check npm package 2.0.0 (which Stacks.js uses) define them.
//
// c32 reads the bytes as one big-endian number written in base 32 with the alphabet C32_ALPHABET; each leading zero
// byte becomes a leading '0' and back, so encoding and decoding are inverse bijections between byte strings and
// canonical (upper-case, alphabet-only) text.
//
// c32check(version, data) = C32_ALPHABET[version] + c32(data || checksum), where checksum is the first 4 bytes of
// SHA256(SHA256(version || data)) and version < 32. A c32 address is "S" + c32check(version, hash160).
//
// Decoders normalise like both references: lower case is accepted, 'O'/'o' read as '0' and 'L'/'l'/'I'/'i' as '1'.
// Where the references disagree, this module follows the one named below:
//   - Non-ASCII text is rejected (stacks-core). c32check upper-cases Unicode first, so e.g. U+0131 reads as '1'.
//   - c32check's encoder counts leading zero bytes after a UTF-8 decode that drops a leading byte-order mark, so
//     data starting EF BB BF 00 gets spurious leading '0's (c32encode("efbbbf00ff") is "0XYXVY07Z", not
//     "XYXVY07Z"). C32Encode gives stacks-core's answer; such data is 1 in 2^32 of random hashes.
//   - c32check data may be empty (c32check decodes its own encoding of empty data; stacks-core refuses it).
//   - Addresses must start with an upper-case 'S' (c32check; stacks-core ignores the first character).
//
// Example:
//   STACKS_TRY(std::string addr, C32AddressEncode(22, hash160));   // "SP..."
//   STACKS_TRY(C32AddressParts parts, C32AddressDecode(addr));
//
// All functions are pure and thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "crypto/hash.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::codec {

/// Crockford's base-32 alphabet: no I, L, O or U.
inline constexpr std::string_view C32_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Versions are one c32 character, so they run 0..31.
inline constexpr uint8_t C32_MAX_VERSION = 31;

/// Length of the c32check checksum: the first 4 bytes of SHA256(SHA256(version || data)).
inline constexpr size_t C32_CHECKSUM_LEN = 4;

/// The canonical c32 text of `data`; "" for empty input.
std::string C32Encode(util::ByteView data);

/// Decodes c32 text ("" decodes to no bytes), normalising case and O/L/I as described above.
/// Errors: kInvalidArgument naming the position of the first non-ASCII character or character outside the alphabet.
util::Result<util::Bytes> C32Decode(std::string_view text);

/// The version and data carried by a c32check string.
struct C32CheckPayload {
  uint8_t version = 0;  ///< 0..31
  util::Bytes data;     ///< Without the checksum; may be empty.
  bool operator==(const C32CheckPayload&) const = default;
};

/// c32check of `data` under `version`. Errors: kInvalidArgument if version > C32_MAX_VERSION.
util::Result<std::string> C32CheckEncode(uint8_t version, util::ByteView data);

/// Decodes c32check text: a version character, then c32 of data || checksum.
/// Errors (kInvalidArgument): empty text; a bad character (as C32Decode, positions counted in `text`); fewer than
/// C32_CHECKSUM_LEN bytes after the version; "bad c32check checksum".
util::Result<C32CheckPayload> C32CheckDecode(std::string_view text);

/// The version and hash160 of a c32 address.
struct C32AddressParts {
  uint8_t version = 0;  ///< 0..31
  crypto::Hash160 hash160{};
  bool operator==(const C32AddressParts&) const = default;
};

/// "S" + c32check(version, hash160). Errors: kInvalidArgument if version > C32_MAX_VERSION.
util::Result<std::string> C32AddressEncode(uint8_t version, const crypto::Hash160& hash160);

/// Decodes a c32 address. The checks run in c32check's order (c32addressDecode), each kInvalidArgument:
/// text of 5 characters or fewer; a first character other than 'S'; any C32CheckDecode error on the rest; then data
/// that is not exactly 20 bytes (c32check itself returns any length here; stacks-core rejects it when it builds a
/// StacksAddress or principal).
util::Result<C32AddressParts> C32AddressDecode(std::string_view text);

/// C32AddressDecode without the 20-byte rule: exactly what c32check's c32addressDecode accepts. For tools that
/// convert addresses as c32check does (C32ToB58); consensus code uses C32AddressDecode.
util::Result<C32CheckPayload> C32AddressDecodeAnyLength(std::string_view text);

}  // namespace stacks::codec
