#include "codec/consensus.h"

#include <bit>
#include <cstring>
#include <limits>
#include <string>

namespace stacks::codec {

namespace {

// v with its bytes in big-endian order, for a 2-, 4- or 8-byte unsigned T.
template <typename T>
T ToBigEndian(T v) {
  if constexpr (std::endian::native == std::endian::big) {
    return v;
  } else if constexpr (sizeof(T) == 2) {
    return __builtin_bswap16(v);
  } else if constexpr (sizeof(T) == 4) {
    return __builtin_bswap32(v);
  } else {
    static_assert(sizeof(T) == 8);
    return __builtin_bswap64(v);
  }
}

// Appends v big-endian, all sizeof(T) bytes (a 128-bit value as its high then its low half).
template <typename T>
void AppendBigEndian(util::Bytes& out, T v) {
  const size_t at = out.size();
  out.resize(at + sizeof(T));
  uint8_t* p = out.data() + at;
  if constexpr (sizeof(T) == 16) {
    const uint64_t high = ToBigEndian(static_cast<uint64_t>(v >> 64));
    const uint64_t low = ToBigEndian(static_cast<uint64_t>(v));
    std::memcpy(p, &high, 8);
    std::memcpy(p + 8, &low, 8);
  } else {
    const T big = ToBigEndian(v);
    std::memcpy(p, &big, sizeof(T));
  }
}

std::string TooLong(std::string_view what, uint64_t len, uint64_t limit) {
  return std::string(what) + " length " + std::to_string(len) + " exceeds limit " + std::to_string(limit);
}

}  // namespace

void ByteWriter::WriteU16(uint16_t v) { AppendBigEndian(m_bytes, v); }
void ByteWriter::WriteU32(uint32_t v) { AppendBigEndian(m_bytes, v); }
void ByteWriter::WriteU64(uint64_t v) { AppendBigEndian(m_bytes, v); }
void ByteWriter::WriteU128(Uint128 v) { AppendBigEndian(m_bytes, v); }
void ByteWriter::WriteI128(Int128 v) { WriteU128(static_cast<Uint128>(v)); }

util::Status ByteWriter::WriteLengthPrefixed32(util::ByteView bytes) {
  if (bytes.size() > std::numeric_limits<uint32_t>::max()) {
    return util::ResourceExhausted(TooLong("u32-prefixed bytes", bytes.size(), std::numeric_limits<uint32_t>::max()));
  }
  WriteU32(static_cast<uint32_t>(bytes.size()));
  WriteBytes(bytes);
  return {};
}

util::Status ByteWriter::WriteLengthPrefixed8(util::ByteView bytes) {
  if (bytes.size() > std::numeric_limits<uint8_t>::max()) {
    return util::ResourceExhausted(TooLong("u8-prefixed bytes", bytes.size(), std::numeric_limits<uint8_t>::max()));
  }
  WriteU8(static_cast<uint8_t>(bytes.size()));
  WriteBytes(bytes);
  return {};
}

util::Status ByteWriter::WriteCount(size_t count) {
  if (count > std::numeric_limits<uint32_t>::max()) {
    return util::ResourceExhausted(TooLong("vector count", count, std::numeric_limits<uint32_t>::max()));
  }
  WriteU32(static_cast<uint32_t>(count));
  return {};
}

util::Bytes ByteWriter::Take() {
  util::Bytes out = std::move(m_bytes);
  m_bytes.clear();
  return out;
}

util::Status ByteReader::Need(size_t n, std::string_view what) const {
  if (n <= remaining()) return {};
  return util::InvalidArgument("truncated input reading " + std::string(what) + ": need " + std::to_string(n) +
                               " bytes at offset " + std::to_string(m_position) + ", have " +
                               std::to_string(remaining()));
}

util::Result<uint64_t> ByteReader::ReadBigEndian(size_t n, std::string_view what) {
  STACKS_RETURN_IF_ERROR(Need(n, what));
  uint64_t v = 0;
  for (size_t i = 0; i < n; ++i) v = v << 8 | m_input[m_position + i];
  m_position += n;
  return v;
}

util::Result<uint8_t> ByteReader::ReadU8(std::string_view what) {
  STACKS_TRY(uint64_t v, ReadBigEndian(1, what));
  return static_cast<uint8_t>(v);
}

util::Result<uint16_t> ByteReader::ReadU16(std::string_view what) {
  STACKS_TRY(uint64_t v, ReadBigEndian(2, what));
  return static_cast<uint16_t>(v);
}

util::Result<uint32_t> ByteReader::ReadU32(std::string_view what) {
  STACKS_TRY(uint64_t v, ReadBigEndian(4, what));
  return static_cast<uint32_t>(v);
}

util::Result<uint64_t> ByteReader::ReadU64(std::string_view what) { return ReadBigEndian(8, what); }

util::Result<Uint128> ByteReader::ReadU128(std::string_view what) {
  STACKS_RETURN_IF_ERROR(Need(16, what));
  uint64_t high = 0;
  uint64_t low = 0;
  std::memcpy(&high, m_input.data() + m_position, 8);
  std::memcpy(&low, m_input.data() + m_position + 8, 8);
  m_position += 16;
  return static_cast<Uint128>(ToBigEndian(high)) << 64 | ToBigEndian(low);
}

util::Result<Int128> ByteReader::ReadI128(std::string_view what) {
  STACKS_TRY(Uint128 v, ReadU128(what));
  return static_cast<Int128>(v);
}

util::Result<util::ByteView> ByteReader::ReadBytes(size_t n, std::string_view what) {
  STACKS_RETURN_IF_ERROR(Need(n, what));
  util::ByteView out = m_input.subspan(m_position, n);
  m_position += n;
  return out;
}

util::Result<util::Bytes> ByteReader::ReadPrefixedBody(uint64_t len, size_t max_len, std::string_view what) {
  if (len > max_len) return util::ResourceExhausted(TooLong(what, len, max_len));
  STACKS_RETURN_IF_ERROR(Need(static_cast<size_t>(len), what));
  util::ByteView body = m_input.subspan(m_position, static_cast<size_t>(len));
  m_position += body.size();
  return util::Bytes(body.begin(), body.end());
}

util::Result<util::Bytes> ByteReader::ReadLengthPrefixed32(size_t max_len, std::string_view what) {
  const size_t start = m_position;
  STACKS_TRY(uint32_t len, ReadU32(what));
  auto body = ReadPrefixedBody(len, max_len, what);
  if (!body) m_position = start;
  return body;
}

util::Result<util::Bytes> ByteReader::ReadLengthPrefixed8(size_t max_len, std::string_view what) {
  const size_t start = m_position;
  STACKS_TRY(uint8_t len, ReadU8(what));
  auto body = ReadPrefixedBody(len, max_len, what);
  if (!body) m_position = start;
  return body;
}

util::Result<uint32_t> ByteReader::ReadCount(uint32_t max_count, size_t min_item_size, std::string_view what) {
  const size_t start = m_position;
  STACKS_TRY(uint32_t count, ReadU32(what));
  if (count > max_count) {
    m_position = start;
    return util::ResourceExhausted(TooLong(what, count, max_count));
  }
  if (min_item_size > 0 && count > remaining() / min_item_size) {
    // The items cannot all fit: report the shortfall in bytes, as for any other truncation.
    const uint64_t need = min_item_size > std::numeric_limits<uint64_t>::max() / count
                              ? std::numeric_limits<uint64_t>::max()
                              : static_cast<uint64_t>(count) * min_item_size;
    std::string message = "truncated input reading " + std::string(what) + ": need " + std::to_string(need) +
                          " bytes at offset " + std::to_string(m_position) + ", have " + std::to_string(remaining());
    m_position = start;
    return util::InvalidArgument(std::move(message));
  }
  return count;
}

util::Status ByteReader::ExpectEnd(std::string_view what) const {
  if (remaining() == 0) return {};
  return util::InvalidArgument(std::to_string(remaining()) + " trailing bytes after " + std::string(what) +
                               " at offset " + std::to_string(m_position));
}

}  // namespace stacks::codec
