// Byte containers used across the project.
//
// Bytes is an owning, growable buffer; ByteView a non-owning view whose referent must outlive it. Fixed-size hashes
// and keys are std::array<uint8_t, N> under a name that says what they hold (see crypto/hash.h).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace stacks::util {

using Bytes = std::vector<uint8_t>;
using ByteView = std::span<const uint8_t>;

/// View over the bytes of a string (no copy; the string must outlive the view).
inline ByteView AsBytes(std::string_view s) { return {reinterpret_cast<const uint8_t*>(s.data()), s.size()}; }

/// Append `b` to `out`.
inline void Append(Bytes& out, ByteView b) { out.insert(out.end(), b.begin(), b.end()); }

/// Concatenate views into a new buffer.
inline Bytes Concat(std::initializer_list<ByteView> parts) {
  Bytes out;
  size_t n = 0;
  for (auto p : parts) n += p.size();
  out.reserve(n);
  for (auto p : parts) Append(out, p);
  return out;
}

/// Copy a view into a fixed-size array. REQUIRES: v.size() == N.
template <size_t N>
std::array<uint8_t, N> ToArray(ByteView v) {
  std::array<uint8_t, N> a{};
  for (size_t i = 0; i < N && i < v.size(); ++i) a[i] = v[i];
  return a;
}

/// Overwrite a buffer holding a secret with zeros in a way the compiler will not elide.
void SecureZero(void* p, size_t n);

}  // namespace stacks::util
