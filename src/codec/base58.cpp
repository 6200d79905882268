#include "codec/base58.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "crypto/hash.h"

namespace stacks::codec {

namespace {

// Digit value of each ASCII character, -1 outside the alphabet.
constexpr std::array<int8_t, 128> BuildDigitTable() {
  std::array<int8_t, 128> table{};
  for (auto& v : table) v = -1;
  for (size_t i = 0; i < BASE58_ALPHABET.size(); ++i)
    table[static_cast<size_t>(BASE58_ALPHABET[i])] = static_cast<int8_t>(i);
  return table;
}
constexpr std::array<int8_t, 128> BASE58_DIGITS = BuildDigitTable();

std::array<uint8_t, BASE58CHECK_CHECKSUM_LEN> Checksum(util::ByteView payload) {
  crypto::Hash256 hash = crypto::DoubleSha256(payload);
  return {hash[0], hash[1], hash[2], hash[3]};
}

}  // namespace

std::string Base58Encode(util::ByteView data) {
  size_t zeros = 0;
  while (zeros < data.size() && data[zeros] == 0) ++zeros;
  // Base-58 digits of the remaining number, least significant first. log(256)/log(58) < 1.37.
  std::vector<uint8_t> digits;
  digits.reserve((data.size() - zeros) * 137 / 100 + 1);
  for (size_t i = zeros; i < data.size(); ++i) {
    uint32_t carry = data[i];
    for (auto& d : digits) {
      carry += static_cast<uint32_t>(d) << 8;
      d = static_cast<uint8_t>(carry % 58);
      carry /= 58;
    }
    while (carry > 0) {
      digits.push_back(static_cast<uint8_t>(carry % 58));
      carry /= 58;
    }
  }
  std::string out(zeros, BASE58_ALPHABET[0]);
  out.reserve(zeros + digits.size());
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) out.push_back(BASE58_ALPHABET[*it]);
  return out;
}

util::Result<util::Bytes> Base58Decode(std::string_view text) {
  if (text.size() > BASE58_MAX_DECODE_CHARS) {
    return util::ResourceExhausted("base58 text length " + std::to_string(text.size()) + " exceeds limit " +
                                   std::to_string(BASE58_MAX_DECODE_CHARS));
  }
  size_t zeros = 0;
  while (zeros < text.size() && text[zeros] == BASE58_ALPHABET[0]) ++zeros;
  // Bytes of the number, least significant first. log(58)/log(256) < 0.733.
  util::Bytes bytes;
  bytes.reserve((text.size() - zeros) * 733 / 1000 + 1);
  for (size_t i = zeros; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const int digit = c < BASE58_DIGITS.size() ? BASE58_DIGITS[c] : -1;
    if (digit < 0) return util::InvalidArgument("invalid base58 character at position " + std::to_string(i));
    uint32_t carry = static_cast<uint32_t>(digit);
    for (auto& b : bytes) {
      carry += static_cast<uint32_t>(b) * 58;
      b = static_cast<uint8_t>(carry & 0xff);
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push_back(static_cast<uint8_t>(carry & 0xff));
      carry >>= 8;
    }
  }
  bytes.insert(bytes.end(), zeros, 0);
  std::reverse(bytes.begin(), bytes.end());
  return bytes;
}

std::string Base58CheckEncode(util::ByteView payload) {
  auto checksum = Checksum(payload);
  return Base58Encode(util::Concat({payload, checksum}));
}

util::Result<util::Bytes> Base58CheckDecode(std::string_view text) {
  STACKS_TRY(util::Bytes bytes, Base58Decode(text));
  if (bytes.size() < BASE58CHECK_CHECKSUM_LEN) {
    return util::InvalidArgument("base58check data too short: " + std::to_string(bytes.size()) + " bytes");
  }
  const size_t payload_len = bytes.size() - BASE58CHECK_CHECKSUM_LEN;
  util::ByteView payload(bytes.data(), payload_len);
  if (!std::equal(bytes.begin() + static_cast<ptrdiff_t>(payload_len), bytes.end(), Checksum(payload).begin())) {
    return util::InvalidArgument("bad base58check checksum");
  }
  bytes.resize(payload_len);
  return bytes;
}

}  // namespace stacks::codec
