#include "burnchain/bech32.h"

#include <array>

namespace stacks::burnchain {

namespace {

constexpr std::string_view CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr uint32_t BECH32_CONSTANT = 1;
constexpr uint32_t BECH32M_CONSTANT = 0x2bc830a3;
constexpr size_t CHECKSUM_LENGTH = 6;
constexpr size_t MAX_HRP_LENGTH = 83;

uint32_t PolyMod(const std::vector<uint8_t>& values) {
  constexpr std::array<uint32_t, 5> GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
  uint32_t chk = 1;
  for (uint8_t v : values) {
    const uint32_t top = chk >> 25;
    chk = (chk & 0x1ffffff) << 5 ^ v;
    for (size_t i = 0; i < GENERATOR.size(); ++i) {
      if ((top >> i) & 1) chk ^= GENERATOR[i];
    }
  }
  return chk;
}

// The hrp's high bits, a zero, then its low bits: the prefix the checksum covers.
std::vector<uint8_t> ExpandHrp(std::string_view hrp) {
  std::vector<uint8_t> out;
  out.reserve(hrp.size() * 2 + 1);
  for (char c : hrp) out.push_back(static_cast<uint8_t>(c) >> 5);
  out.push_back(0);
  for (char c : hrp) out.push_back(static_cast<uint8_t>(c) & 0x1f);
  return out;
}

uint32_t Constant(Bech32Variant variant) {
  return variant == Bech32Variant::kBech32 ? BECH32_CONSTANT : BECH32M_CONSTANT;
}

int CharsetIndex(char lower) {
  const size_t i = CHARSET.find(lower);
  return i == std::string_view::npos ? -1 : static_cast<int>(i);
}

char ToLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::string Bech32Encode(std::string_view hrp, const std::vector<uint8_t>& values, Bech32Variant variant) {
  std::vector<uint8_t> checked = ExpandHrp(hrp);
  checked.insert(checked.end(), values.begin(), values.end());
  checked.insert(checked.end(), CHECKSUM_LENGTH, 0);
  const uint32_t mod = PolyMod(checked) ^ Constant(variant);
  std::string out(hrp);
  out.push_back('1');
  for (uint8_t v : values) out.push_back(CHARSET[v & 0x1f]);
  for (size_t i = 0; i < CHECKSUM_LENGTH; ++i) out.push_back(CHARSET[(mod >> (5 * (5 - i))) & 0x1f]);
  return out;
}

util::Result<Bech32Data> Bech32Decode(std::string_view text) {
  if (text.size() > BECH32_MAX_DECODE_LENGTH) {
    return util::ResourceExhausted("bech32 string of " + std::to_string(text.size()) + " characters exceeds limit " +
                                   std::to_string(BECH32_MAX_DECODE_LENGTH));
  }
  const size_t separator = text.rfind('1');
  if (separator == std::string_view::npos) return util::InvalidArgument("bech32 string has no separator '1'");
  const std::string_view hrp = text.substr(0, separator);
  const std::string_view data = text.substr(separator + 1);
  if (hrp.empty() || hrp.size() > MAX_HRP_LENGTH) {
    return util::InvalidArgument("bech32 hrp length " + std::to_string(hrp.size()) + " outside 1..83");
  }
  bool has_lower = false;
  bool has_upper = false;
  Bech32Data out;
  for (char c : hrp) {
    if (c < 33 || c > 126) return util::InvalidArgument("bad character in bech32 hrp");
    has_lower |= c >= 'a' && c <= 'z';
    has_upper |= c >= 'A' && c <= 'Z';
    out.hrp.push_back(ToLower(c));
  }
  out.values.reserve(data.size());
  for (char c : data) {
    has_lower |= c >= 'a' && c <= 'z';
    has_upper |= c >= 'A' && c <= 'Z';
    const int value = CharsetIndex(ToLower(c));
    if (value < 0) return util::InvalidArgument("bad character in bech32 data");
    out.values.push_back(static_cast<uint8_t>(value));
  }
  if (has_lower && has_upper) return util::InvalidArgument("bech32 string mixes upper and lower case");
  if (out.values.size() < CHECKSUM_LENGTH) return util::InvalidArgument("bech32 data too short for a checksum");
  std::vector<uint8_t> checked = ExpandHrp(out.hrp);
  checked.insert(checked.end(), out.values.begin(), out.values.end());
  const uint32_t mod = PolyMod(checked);
  if (mod == BECH32_CONSTANT) {
    out.variant = Bech32Variant::kBech32;
  } else if (mod == BECH32M_CONSTANT) {
    out.variant = Bech32Variant::kBech32m;
  } else {
    return util::InvalidArgument("bad bech32 checksum");
  }
  out.values.resize(out.values.size() - CHECKSUM_LENGTH);
  return out;
}

util::Result<std::vector<uint8_t>> ConvertBits(util::ByteView data, unsigned from_bits, unsigned to_bits, bool pad) {
  uint32_t acc = 0;
  unsigned bits = 0;
  const uint32_t max_value = (1u << to_bits) - 1;
  std::vector<uint8_t> out;
  out.reserve(data.size() * from_bits / to_bits + 1);
  for (uint8_t v : data) {
    if (v >> from_bits) return util::InvalidArgument("value wider than " + std::to_string(from_bits) + " bits");
    acc = (acc << from_bits) | v;
    bits += from_bits;
    while (bits >= to_bits) {
      bits -= to_bits;
      out.push_back(static_cast<uint8_t>((acc >> bits) & max_value));
    }
  }
  if (pad) {
    if (bits > 0) out.push_back(static_cast<uint8_t>((acc << (to_bits - bits)) & max_value));
  } else if (bits >= from_bits || ((acc << (to_bits - bits)) & max_value) != 0) {
    return util::InvalidArgument("bad padding in " + std::to_string(from_bits) + "-bit groups");
  }
  return out;
}

}  // namespace stacks::burnchain
