#include "chain/bit_vec.h"

#include <string>
#include <utility>

namespace stacks::chain {
namespace {

util::Status CheckLength(size_t len, uint16_t max_len) {
  if (len == 0) return util::InvalidArgument("bitvec length is 0");
  if (len > max_len) {
    return util::InvalidArgument("bitvec length " + std::to_string(len) + " exceeds limit " + std::to_string(max_len));
  }
  return {};
}

uint8_t BitMask(uint16_t i) { return static_cast<uint8_t>(1u << (i % 8)); }

}  // namespace

util::Result<BitVec> BitVec::Zeros(uint16_t len, uint16_t max_len) {
  STACKS_RETURN_IF_ERROR(CheckLength(len, max_len));
  return BitVec(len, util::Bytes(BitVecByteLength(len), 0));
}

util::Result<BitVec> BitVec::Ones(uint16_t len, uint16_t max_len) {
  STACKS_TRY(BitVec bits, Zeros(len, max_len));
  for (uint16_t i = 0; i < len; ++i) bits.m_bytes[i / 8] |= BitMask(i);
  return bits;
}

util::Result<BitVec> BitVec::FromBools(std::span<const bool> values, uint16_t max_len) {
  STACKS_RETURN_IF_ERROR(CheckLength(values.size(), max_len));
  STACKS_TRY(BitVec bits, Zeros(static_cast<uint16_t>(values.size()), max_len));
  for (uint16_t i = 0; i < bits.m_len; ++i) {
    if (values[i]) bits.m_bytes[i / 8] |= BitMask(i);
  }
  return bits;
}

std::optional<bool> BitVec::Get(uint16_t i) const {
  if (i >= m_len) return std::nullopt;
  return (m_bytes[i / 8] & BitMask(i)) != 0;
}

util::Status BitVec::Set(uint16_t i, bool value) {
  if (i >= m_len) {
    return util::InvalidArgument("bit index " + std::to_string(i) + " outside bitvec length " + std::to_string(m_len));
  }
  if (value) {
    m_bytes[i / 8] |= BitMask(i);
  } else {
    m_bytes[i / 8] &= static_cast<uint8_t>(~BitMask(i));
  }
  return {};
}

std::string BitVec::BinaryString() const {
  std::string out;
  out.reserve(m_len);
  for (uint16_t i = 0; i < m_len; ++i) out.push_back((m_bytes[i / 8] & BitMask(i)) ? '1' : '0');
  return out;
}

void WriteBitVec(codec::ByteWriter& writer, const BitVec& bits) {
  writer.WriteU16(bits.size());
  writer.WriteU32(static_cast<uint32_t>(bits.bytes().size()));
  writer.WriteBytes(bits.bytes());
}

util::Result<BitVec> ReadBitVec(codec::ByteReader& reader, uint16_t max_len, std::string_view what) {
  const std::string name(what);
  STACKS_TRY(uint16_t len, reader.ReadU16(name + " length"));
  if (len == 0) return util::InvalidArgument(name + " length is 0");
  if (len > max_len) {
    return util::InvalidArgument(name + " length " + std::to_string(len) + " exceeds limit " + std::to_string(max_len));
  }
  const uint32_t expected = BitVecByteLength(len);
  STACKS_TRY(uint32_t byte_count, reader.ReadU32(name + " byte count"));
  if (byte_count != expected) {
    return util::InvalidArgument(name + " byte count " + std::to_string(byte_count) + " is not " +
                                 std::to_string(expected));
  }
  STACKS_TRY(util::ByteView bytes, reader.ReadBytes(byte_count, name + " bytes"));
  return BitVec(len, util::Bytes(bytes.begin(), bytes.end()));
}

}  // namespace stacks::chain
