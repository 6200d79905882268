// A bit vector with a bound on its length (BitVec<MAX_SIZE> in stacks-common/src/bitvec.rs). Nakamoto block headers
// carry one as pox_treatment (at most POX_TREATMENT_MAX_BITS bits), one bit per PoX reward address.
//
// Bit i is bit (i % 8) of byte i / 8, least significant first. The bytes are kept exactly as decoded: bits past the
// length in the last byte are neither rejected nor cleared (the reference keeps them too), so they re-encode
// unchanged and take part in equality and in every hash over the header.
//
// BitVec is a value; a const BitVec may be shared between threads.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "codec/consensus.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::chain {

class BitVec {
 public:
  /// One bit, clear: what the reference's empty header holds (BitVec::zeros(1)).
  BitVec() : m_len(1), m_bytes(1, 0) {}

  /// `len` bits, all clear. Errors: kInvalidArgument if len is 0 or above max_len.
  static util::Result<BitVec> Zeros(uint16_t len, uint16_t max_len = UINT16_MAX);
  /// `len` bits, all set. Errors: as Zeros.
  static util::Result<BitVec> Ones(uint16_t len, uint16_t max_len = UINT16_MAX);
  /// One bit per element of `bits`. Errors: kInvalidArgument if `bits` is empty or longer than max_len.
  static util::Result<BitVec> FromBools(std::span<const bool> bits, uint16_t max_len = UINT16_MAX);

  /// The number of bits, 1 or more.
  uint16_t size() const { return m_len; }
  /// Bit i, or nullopt when i >= size().
  std::optional<bool> Get(uint16_t i) const;
  /// Sets or clears bit i. Errors: kInvalidArgument when i >= size().
  util::Status Set(uint16_t i, bool value);
  /// The ceil(size() / 8) bytes, as they are encoded.
  const util::Bytes& bytes() const { return m_bytes; }
  /// "1001..." with bit 0 first, size() characters (binary_str).
  std::string BinaryString() const;

  /// Equal lengths and equal bytes (including any bits past the length).
  bool operator==(const BitVec&) const = default;

 private:
  friend util::Result<BitVec> ReadBitVec(codec::ByteReader& reader, uint16_t max_len, std::string_view what);
  BitVec(uint16_t len, util::Bytes bytes) : m_len(len), m_bytes(std::move(bytes)) {}

  uint16_t m_len;
  util::Bytes m_bytes;  // always ceil(m_len / 8) bytes
};

/// Bytes needed for `len` bits: ceil(len / 8).
constexpr uint32_t BitVecByteLength(uint16_t len) { return (static_cast<uint32_t>(len) + 7) / 8; }

/// Layout:
///   len u16          number of bits, 1..=max_len
///   byte_count u32   must equal ceil(len / 8)
///   bytes            byte_count bytes; bit i = bytes[i / 8] & (1 << (i % 8))
void WriteBitVec(codec::ByteWriter& writer, const BitVec& bits);

/// Reads a BitVec of at most `max_len` bits; `what` names the field in errors. Errors: truncation as ByteReader;
/// kInvalidArgument "<what> length is 0", "<what> length L exceeds limit M", "<what> byte count C is not B" (the
/// reference's read_next_exact). Stray bits past the length are accepted.
util::Result<BitVec> ReadBitVec(codec::ByteReader& reader, uint16_t max_len, std::string_view what = "bitvec");

}  // namespace stacks::chain
