#include "chain/strings.h"

#include <cstdio>

#include "clarity/types/names.h"

namespace stacks::chain {
namespace {

bool IsStacksStringByte(uint8_t c) { return (c >= 0x20 && c <= 0x7e) || c == '\t' || c == '\n'; }

std::string ByteHex(uint8_t c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02x", c);
  return buf;
}

}  // namespace

bool IsStacksString(std::string_view text) {
  for (char c : text) {
    if (!IsStacksStringByte(static_cast<uint8_t>(c))) return false;
  }
  return true;
}

util::Status WriteStacksString(codec::ByteWriter& writer, std::string_view text) {
  if (!IsStacksString(text)) return util::InvalidArgument("stacks string is not printable ASCII");
  return writer.WriteLengthPrefixed32(util::AsBytes(text));
}

util::Result<std::string> ReadStacksString(codec::ByteReader& reader, size_t max_length, std::string_view what) {
  STACKS_TRY(util::Bytes bytes, reader.ReadLengthPrefixed32(max_length, what));
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (!IsStacksStringByte(bytes[i])) {
      return util::InvalidArgument(std::string(what) + " byte " + ByteHex(bytes[i]) + " at index " + std::to_string(i) +
                                   " is not printable ASCII");
    }
  }
  return std::string(bytes.begin(), bytes.end());
}

util::Status WriteClarityName(codec::ByteWriter& writer, std::string_view name, std::string_view what) {
  if (name.size() > CLARITY_NAME_MAX_LENGTH || !clarity::IsClarityName(name)) {
    return util::InvalidArgument(std::string(what) + " '" + std::string(name.substr(0, 64)) +
                                 "' is not a clarity name");
  }
  return writer.WriteLengthPrefixed8(util::AsBytes(name));
}

util::Result<std::string> ReadClarityName(codec::ByteReader& reader, std::string_view what) {
  STACKS_TRY(util::Bytes bytes, reader.ReadLengthPrefixed8(CLARITY_NAME_MAX_LENGTH, what));
  std::string name(bytes.begin(), bytes.end());
  if (!clarity::IsClarityName(name)) {
    // Only printable bytes are quoted, so a hostile name cannot inject control characters into logs.
    return util::InvalidArgument(std::string(what) + " '" + (IsStacksString(name) ? name : "<binary>") +
                                 "' is not a clarity name");
  }
  return name;
}

}  // namespace stacks::chain
