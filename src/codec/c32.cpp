#include "codec/c32.h"

#include <algorithm>
#include <array>

namespace stacks::codec {

namespace {

// Digit value of each ASCII character after normalisation, -1 outside the alphabet.
constexpr std::array<int8_t, 128> BuildDigitTable() {
  std::array<int8_t, 128> table{};
  for (auto& v : table) v = -1;
  for (size_t i = 0; i < C32_ALPHABET.size(); ++i) {
    const char c = C32_ALPHABET[i];
    table[static_cast<size_t>(c)] = static_cast<int8_t>(i);
    if (c >= 'A' && c <= 'Z') table[static_cast<size_t>(c - 'A' + 'a')] = static_cast<int8_t>(i);
  }
  for (char c : {'O', 'o'}) table[static_cast<size_t>(c)] = 0;
  for (char c : {'L', 'l', 'I', 'i'}) table[static_cast<size_t>(c)] = 1;
  return table;
}
constexpr std::array<int8_t, 128> C32_DIGITS = BuildDigitTable();

// The digit of text[i], or the error naming position `offset + i`.
util::Result<uint8_t> Digit(std::string_view text, size_t i, size_t offset) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c >= 0x80)
    return util::InvalidArgument("non-ASCII character in c32 text at position " + std::to_string(offset + i));
  if (C32_DIGITS[c] < 0) {
    return util::InvalidArgument("invalid c32 character '" + std::string(1, static_cast<char>(c)) + "' at position " +
                                 std::to_string(offset + i));
  }
  return static_cast<uint8_t>(C32_DIGITS[c]);
}

// C32Decode, reporting positions shifted by `offset`.
util::Result<util::Bytes> DecodeAt(std::string_view text, size_t offset) {
  // Validate left to right first, so that the error names the first bad character.
  util::Bytes digits(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    STACKS_TRY(digits[i], Digit(text, i, offset));
  }
  util::Bytes out;  // least significant byte first
  out.reserve(text.size() * 5 / 8 + 1);
  uint32_t carry = 0;
  unsigned carry_bits = 0;
  for (size_t i = digits.size(); i-- > 0;) {
    carry |= static_cast<uint32_t>(digits[i]) << carry_bits;
    carry_bits += 5;
    if (carry_bits >= 8) {
      out.push_back(static_cast<uint8_t>(carry & 0xff));
      carry >>= 8;
      carry_bits -= 8;
    }
  }
  if (carry_bits > 0) out.push_back(static_cast<uint8_t>(carry));
  while (!out.empty() && out.back() == 0) out.pop_back();
  // Each leading '0' (or 'O'/'o') stands for one zero byte.
  for (size_t i = 0; i < digits.size() && digits[i] == 0; ++i) out.push_back(0);
  std::reverse(out.begin(), out.end());
  return out;
}

std::array<uint8_t, C32_CHECKSUM_LEN> Checksum(uint8_t version, util::ByteView data) {
  const uint8_t version_byte[1] = {version};
  crypto::Hash256 hash = crypto::DoubleSha256(util::Concat({version_byte, data}));
  return {hash[0], hash[1], hash[2], hash[3]};
}

util::Status CheckVersion(uint8_t version) {
  if (version <= C32_MAX_VERSION) return {};
  return util::InvalidArgument("c32 version " + std::to_string(version) + " out of range 0..31");
}

// C32CheckDecode, reporting positions shifted by `offset`.
util::Result<C32CheckPayload> CheckDecodeAt(std::string_view text, size_t offset) {
  if (text.empty()) return util::InvalidArgument("empty c32check text");
  STACKS_TRY(uint8_t version, Digit(text, 0, offset));
  STACKS_TRY(util::Bytes bytes, DecodeAt(text.substr(1), offset + 1));
  if (bytes.size() < C32_CHECKSUM_LEN) {
    return util::InvalidArgument("c32check data too short: " + std::to_string(bytes.size()) + " bytes");
  }
  const size_t data_len = bytes.size() - C32_CHECKSUM_LEN;
  const auto expected = Checksum(version, util::ByteView(bytes.data(), data_len));
  if (!std::equal(expected.begin(), expected.end(), bytes.begin() + static_cast<ptrdiff_t>(data_len))) {
    return util::InvalidArgument("bad c32check checksum");
  }
  bytes.resize(data_len);
  return C32CheckPayload{version, std::move(bytes)};
}

}  // namespace

std::string C32Encode(util::ByteView data) {
  std::string out;  // least significant digit first
  out.reserve(data.size() * 8 / 5 + 1);
  uint32_t carry = 0;
  unsigned carry_bits = 0;
  for (size_t i = data.size(); i-- > 0;) {
    carry |= static_cast<uint32_t>(data[i]) << carry_bits;
    carry_bits += 8;
    while (carry_bits >= 5) {
      out.push_back(C32_ALPHABET[carry & 0x1f]);
      carry >>= 5;
      carry_bits -= 5;
    }
  }
  if (carry_bits > 0) out.push_back(C32_ALPHABET[carry]);
  while (!out.empty() && out.back() == C32_ALPHABET[0]) out.pop_back();
  // Each leading zero byte becomes one leading '0'.
  for (size_t i = 0; i < data.size() && data[i] == 0; ++i) out.push_back(C32_ALPHABET[0]);
  std::reverse(out.begin(), out.end());
  return out;
}

util::Result<util::Bytes> C32Decode(std::string_view text) { return DecodeAt(text, 0); }

util::Result<std::string> C32CheckEncode(uint8_t version, util::ByteView data) {
  STACKS_RETURN_IF_ERROR(CheckVersion(version));
  auto checksum = Checksum(version, data);
  std::string out(1, C32_ALPHABET[version]);
  out += C32Encode(util::Concat({data, checksum}));
  return out;
}

util::Result<C32CheckPayload> C32CheckDecode(std::string_view text) { return CheckDecodeAt(text, 0); }

util::Result<std::string> C32AddressEncode(uint8_t version, const crypto::Hash160& hash160) {
  // The thread's last address, kept: callers encode the same few addresses again and again (the Clarity VM builds
  // every storage key of a contract from its issuer's address), and each encoding costs a double SHA-256.
  struct LastAddress {
    bool valid = false;
    uint8_t version = 0;
    crypto::Hash160 hash160{};
    std::string text;
  };
  thread_local LastAddress last;
  if (last.valid && last.version == version && last.hash160 == hash160) return last.text;
  STACKS_TRY(std::string check, C32CheckEncode(version, hash160));
  std::string text = "S" + check;
  last = LastAddress{true, version, hash160, text};
  return text;
}

util::Result<C32CheckPayload> C32AddressDecodeAnyLength(std::string_view text) {
  if (text.size() <= 5)
    return util::InvalidArgument("c32 address too short: " + std::to_string(text.size()) + " chars");
  if (text[0] != 'S') return util::InvalidArgument("c32 address must start with 'S'");
  return CheckDecodeAt(text.substr(1), 1);
}

util::Result<C32AddressParts> C32AddressDecode(std::string_view text) {
  STACKS_TRY(C32CheckPayload payload, C32AddressDecodeAnyLength(text));
  if (payload.data.size() != std::tuple_size_v<crypto::Hash160>) {
    return util::InvalidArgument("c32 address hash must be 20 bytes, got " + std::to_string(payload.data.size()));
  }
  return C32AddressParts{payload.version, util::ToArray<20>(payload.data)};
}

}  // namespace stacks::codec
