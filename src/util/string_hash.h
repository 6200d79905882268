// A hash of strings for the in-memory tables keyed by storage keys (the Clarity write stack's levels, the memory
// store). Storage keys are long and share long prefixes ("vm::{contract}::2::{map}::{hex}"), which made every
// comparison of an ordered map walk the prefix; a hashed table compares a key about once.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace stacks::util {

/// std::hash of the bytes, transparent: std::string and std::string_view hash alike, so lookups by view build no
/// string. Not noexcept on purpose: libstdc++'s unordered containers then keep each key's hash in its node instead of
/// hashing keys again when they grow or walk a bucket (twice the hashing, measured). (XXH3 from libxxhash was tried
/// here: no fewer instructions for keys of this length.)
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

}  // namespace stacks::util
