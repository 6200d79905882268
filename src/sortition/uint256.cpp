#include "sortition/uint256.h"

#include <cassert>

namespace stacks::sortition {

Uint256 Uint256::FromLeBytes(const crypto::Hash256& bytes) {
  Uint256 out;
  for (size_t i = 0; i < 4; ++i) {
    uint64_t limb = 0;
    for (size_t j = 0; j < 8; ++j) limb |= static_cast<uint64_t>(bytes[8 * i + j]) << (8 * j);
    out.limbs[i] = limb;
  }
  return out;
}

std::strong_ordering Uint256::operator<=>(const Uint256& other) const {
  for (size_t i = 4; i-- > 0;) {
    if (limbs[i] != other.limbs[i]) return limbs[i] <=> other.limbs[i];
  }
  return std::strong_ordering::equal;
}

Uint256 ScaleMaxByFraction(uint64_t numerator, uint64_t denominator) {
  assert(denominator > 0 && numerator <= denominator);
  if (numerator == 0) return Uint256::Zero();
  // (2^256 - 1) * n = (n - 1) * 2^256 + (2^256 - n): five limbs, most significant first.
  const std::array<uint64_t, 5> dividend = {numerator - 1, ~0ULL, ~0ULL, ~0ULL, 0 - numerator};
  Uint256 quotient;
  unsigned __int128 remainder = 0;
  for (size_t i = 0; i < 5; ++i) {
    const unsigned __int128 current = (remainder << 64) | dividend[i];
    const auto q = static_cast<uint64_t>(current / denominator);
    remainder = current % denominator;
    if (i == 0) {
      assert(q == 0);  // numerator <= denominator keeps the quotient below 2^256.
    } else {
      quotient.limbs[4 - i] = q;
    }
  }
  return quotient;
}

}  // namespace stacks::sortition
