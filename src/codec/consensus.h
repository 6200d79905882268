// The consensus codec primitives shared by every Stacks wire format (SIP-005, `StacksMessageCodec` in stacks-core).
//
// Layout rules, as stacks-common/src/codec writes them:
//   - integers are big-endian: u8, u16, u32, u64, u128 (and Clarity's i128, two's complement);
//   - fixed-size byte arrays (hashes, signatures, public keys) are written raw, with no length;
//   - variable-length byte strings carry a length prefix (u32, or u8 for names) followed by the bytes;
//   - a vector is a u32 item count followed by the items.
//
// Example:
//   ByteWriter w;
//   w.WriteU8(version);
//   w.WriteU64(nonce);
//   util::Bytes wire = w.Take();
//
//   ByteReader r(wire);
//   STACKS_TRY(uint8_t version, r.ReadU8("version"));
//   STACKS_TRY(uint64_t nonce, r.ReadU64("nonce"));
//   STACKS_RETURN_IF_ERROR(r.ExpectEnd("transaction"));
//
// Neither class is thread-safe; each instance belongs to one thread at a time.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "util/bytes.h"
#include "util/result.h"

namespace stacks::codec {

using Uint128 = unsigned __int128;  ///< Clarity `uint`, and u128 fields on the wire.
using Int128 = __int128;            ///< Clarity `int`.

/// Appends consensus-encoded fields to a growing buffer. Writes never fail except where a length prefix cannot hold
/// the length, and then nothing is written.
class ByteWriter {
 public:
  ByteWriter() = default;
  /// Starts with room for `capacity` bytes (an optimisation only).
  explicit ByteWriter(size_t capacity) { m_bytes.reserve(capacity); }

  /// Append an unsigned integer, big-endian, in 1, 2, 4, 8 or 16 bytes.
  void WriteU8(uint8_t v) { m_bytes.push_back(v); }
  void WriteU16(uint16_t v);
  void WriteU32(uint32_t v);
  void WriteU64(uint64_t v);
  void WriteU128(Uint128 v);
  /// Two's complement, big-endian, 16 bytes.
  void WriteI128(Int128 v);
  /// Raw bytes, no length prefix.
  void WriteBytes(util::ByteView bytes) { util::Append(m_bytes, bytes); }
  /// u32 big-endian length, then the bytes. Errors: kResourceExhausted if bytes.size() > UINT32_MAX.
  util::Status WriteLengthPrefixed32(util::ByteView bytes);
  /// u8 length, then the bytes. Errors: kResourceExhausted if bytes.size() > 255.
  util::Status WriteLengthPrefixed8(util::ByteView bytes);
  /// The u32 item count that starts a vector. Errors: kResourceExhausted if count > UINT32_MAX.
  util::Status WriteCount(size_t count);

  /// The bytes written so far. The reference is invalidated by the next write or Take().
  const util::Bytes& bytes() const { return m_bytes; }
  size_t size() const { return m_bytes.size(); }
  /// Moves the buffer out; the writer is empty afterwards and may be reused.
  util::Bytes Take();
  /// Empties the writer, keeping its buffer's capacity for the next writes.
  void Clear() { m_bytes.clear(); }

 private:
  util::Bytes m_bytes;
};

/// Reads consensus-encoded fields from untrusted input, front to back.
///
/// The reader does not copy its input: the caller keeps the viewed bytes alive and unchanged while the reader, and any
/// ByteView it returned, is in use.
///
/// Every read takes an optional `what`, the name of the field being read, which errors quote. A failed read leaves
/// the position unchanged. Errors:
///   - kInvalidArgument "truncated input reading <what>: need N bytes at offset P, have R" when the input ends early
///     (also when a length prefix or count claims more than the remaining input could hold);
///   - kResourceExhausted "<what> length L exceeds limit M" when a length prefix or count is over the caller's limit.
/// Length prefixes are checked against the limit and against the remaining input before anything is allocated.
class ByteReader {
 public:
  explicit ByteReader(util::ByteView input) : m_input(input) {}

  /// Read an integer of 1, 2, 4, 8 or 16 bytes, big-endian (two's complement for I128).
  util::Result<uint8_t> ReadU8(std::string_view what = "u8");
  util::Result<uint16_t> ReadU16(std::string_view what = "u16");
  util::Result<uint32_t> ReadU32(std::string_view what = "u32");
  util::Result<uint64_t> ReadU64(std::string_view what = "u64");
  util::Result<Uint128> ReadU128(std::string_view what = "u128");
  util::Result<Int128> ReadI128(std::string_view what = "i128");

  /// The next `n` bytes, as a view into the input (valid as long as the input is).
  util::Result<util::ByteView> ReadBytes(size_t n, std::string_view what = "bytes");

  /// The next N bytes, copied: hashes, signatures, public keys.
  template <size_t N>
  util::Result<std::array<uint8_t, N>> ReadArray(std::string_view what = "byte array") {
    STACKS_TRY(util::ByteView view, ReadBytes(N, what));
    return util::ToArray<N>(view);
  }

  /// A u32 big-endian length, then that many bytes, copied. The length must be at most `max_len`.
  util::Result<util::Bytes> ReadLengthPrefixed32(size_t max_len, std::string_view what = "length-prefixed bytes");
  /// A u8 length, then that many bytes, copied. The length must be at most `max_len`.
  util::Result<util::Bytes> ReadLengthPrefixed8(size_t max_len, std::string_view what = "length-prefixed bytes");

  /// A vector's u32 item count. The count must be at most `max_count`, and count * `min_item_size` bytes must fit in
  /// the remaining input, so that callers may reserve `count` items safely. Pass the smallest encoded size of one item
  /// (0 when items can be empty).
  util::Result<uint32_t> ReadCount(uint32_t max_count, size_t min_item_size, std::string_view what = "vector");

  /// Ok if the whole input has been read. Errors: kInvalidArgument "N trailing bytes after <what> at offset P".
  util::Status ExpectEnd(std::string_view what = "input") const;

  size_t remaining() const { return m_input.size() - m_position; }
  size_t position() const { return m_position; }

 private:
  /// Ok if `n` more bytes are available; the truncation error otherwise.
  util::Status Need(size_t n, std::string_view what) const;
  /// Reads `n` <= 8 bytes as a big-endian unsigned integer.
  util::Result<uint64_t> ReadBigEndian(size_t n, std::string_view what);
  /// Checks a decoded length against `max_len` and the remaining input, then copies that many bytes.
  util::Result<util::Bytes> ReadPrefixedBody(uint64_t len, size_t max_len, std::string_view what);

  util::ByteView m_input;
  size_t m_position = 0;
};

}  // namespace stacks::codec
