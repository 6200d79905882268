// Base58 with Bitcoin's alphabet, and Base58Check (payload followed by the first 4 bytes of its double SHA-256).
//
// Base58 reads the bytes as one big-endian number written in base 58; each leading zero byte becomes a leading '1'
// and back. The decoder accepts exactly the alphabet: no whitespace, no other characters (as the `base-x` npm
// package, which c32check and Stacks.js use). Encoding and decoding take time quadratic in the length, so decoding
// refuses text longer than BASE58_MAX_DECODE_CHARS.
//
// Example:
//   std::string text = Base58CheckEncode(payload);
//   STACKS_TRY(util::Bytes back, Base58CheckDecode(text));
//
// All functions are pure and thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "util/bytes.h"
#include "util/result.h"

namespace stacks::codec {

/// The Bitcoin base58 alphabet: no 0, O, I or l.
inline constexpr std::string_view BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/// The longest text Base58Decode accepts. Addresses and keys are under 120 characters.
inline constexpr size_t BASE58_MAX_DECODE_CHARS = 1024;

/// Length of the Base58Check checksum: the first 4 bytes of SHA256(SHA256(payload)).
inline constexpr size_t BASE58CHECK_CHECKSUM_LEN = 4;

/// The base58 text of `data`; "" for empty input.
std::string Base58Encode(util::ByteView data);

/// Decodes base58 text. "" decodes to no bytes.
/// Errors: kResourceExhausted if text is longer than BASE58_MAX_DECODE_CHARS; kInvalidArgument naming the position
/// of the first character outside BASE58_ALPHABET.
util::Result<util::Bytes> Base58Decode(std::string_view text);

/// Base58 of payload || checksum.
std::string Base58CheckEncode(util::ByteView payload);

/// Decodes Base58Check text and returns the payload (possibly empty) without its checksum.
/// Errors: as Base58Decode; kInvalidArgument if the decoded bytes are shorter than the checksum, or
/// "bad base58check checksum" if the checksum does not match.
util::Result<util::Bytes> Base58CheckDecode(std::string_view text);

}  // namespace stacks::codec
