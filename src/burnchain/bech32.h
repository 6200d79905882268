// Bech32 (BIP 173) and Bech32m (BIP 350) strings, the text form of segwit addresses.
//
// Layout of a string: hrp (1..83 ASCII characters 33..126) | '1' | data characters | 6 checksum characters, all in
// one case. The checksum constant tells the variants apart: 1 for Bech32, 0x2bc830a3 for Bech32m. Decoding follows
// the bech32 crate stacks-core vendors (stacks-common/src/deps_common/bech32): the separator is the last '1', the hrp
// comes back in lower case, and there is no overall length limit beyond the caller's.
//
// All functions are pure and thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/bytes.h"
#include "util/result.h"

namespace stacks::burnchain {

enum class Bech32Variant { kBech32, kBech32m };

/// The longest string Bech32Decode reads: a segwit address is at most 83 + 1 + 65 + 6 characters.
inline constexpr size_t BECH32_MAX_DECODE_LENGTH = 155;

/// A decoded string: the lower-case hrp and the 5-bit data values without the checksum.
struct Bech32Data {
  std::string hrp;
  std::vector<uint8_t> values;  ///< Each 0..31.
  Bech32Variant variant = Bech32Variant::kBech32;
};

/// Encodes `values` (each 0..31) under `hrp` (lower case, valid as above) with the checksum of `variant`.
/// REQUIRES: a valid hrp and values below 32.
std::string Bech32Encode(std::string_view hrp, const std::vector<uint8_t>& values, Bech32Variant variant);

/// Decodes a Bech32 or Bech32m string.
/// Errors: kResourceExhausted if text is longer than BECH32_MAX_DECODE_LENGTH; kInvalidArgument for no separator,
/// a bad hrp, mixed case, a character outside the alphabet, fewer than 6 data characters, or a checksum that matches
/// neither variant.
util::Result<Bech32Data> Bech32Decode(std::string_view text);

/// Regroups bits, as BIP 173's convertbits: 8-bit bytes to 5-bit values with `pad` true, 5-bit values to bytes with
/// `pad` false. Errors (kInvalidArgument): an input value wider than from_bits; without padding, leftover bits of
/// from_bits or more, or nonzero leftover bits.
util::Result<std::vector<uint8_t>> ConvertBits(util::ByteView data, unsigned from_bits, unsigned to_bits, bool pad);

}  // namespace stacks::burnchain
