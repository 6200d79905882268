// The 256-bit unsigned integers of sortition: burn-distribution ranges and the sortition index
// (stacks-common's Uint256, four 64-bit limbs, least significant first).
//
// Pure and thread-safe.
#pragma once

#include <array>
#include <compare>
#include <cstdint>

#include "crypto/hash.h"

namespace stacks::sortition {

struct Uint256 {
  std::array<uint64_t, 4> limbs{};  ///< limbs[0] is the least significant.

  static Uint256 Zero() { return {}; }
  /// 2^256 - 1.
  static Uint256 Max() { return {{~0ULL, ~0ULL, ~0ULL, ~0ULL}}; }
  /// The number whose little-endian bytes are `bytes` (SortitionHash::to_uint256: limb i = bytes[8i..8i+8] read
  /// little-endian).
  static Uint256 FromLeBytes(const crypto::Hash256& bytes);

  bool operator==(const Uint256&) const = default;
  std::strong_ordering operator<=>(const Uint256& other) const;
};

/// floor((2^256 - 1) * numerator / denominator), the end of a burn-distribution range whose cumulative burn is
/// `numerator` out of `denominator` (the reference's 512-bit fixed-point step).
/// REQUIRES: 0 < denominator and numerator <= denominator.
Uint256 ScaleMaxByFraction(uint64_t numerator, uint64_t denominator);

}  // namespace stacks::sortition
