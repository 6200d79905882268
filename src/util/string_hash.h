// A hash of strings for the in-memory tables keyed by storage keys (the Clarity write stack's levels, the memory
// store). Storage keys are long and share long prefixes ("vm::{contract}::2::{map}::{hex}"), which made every
// comparison of an ordered map walk the prefix; a hashed table compares a key about once.
#pragma once

#include <cstddef>
#include <string_view>

// Inline, from the header: the calls are too short to pay for a call into the shared library.
#define XXH_INLINE_ALL
#include <xxhash.h>

namespace stacks::util {

/// XXH3 (xxHash) of the bytes, transparent: std::string and std::string_view hash alike, so lookups by view build
/// no string. XXH3 mixes a long key in independent lanes; for storage keys (~100 bytes) it ran as many instructions as
/// libstdc++'s std::hash (one long chain of multiplies) but took 2-5% less time per map-set-get call
/// (bench/README.md). Like libstdc++'s std::hash it has a fixed seed. Not
/// noexcept on purpose: libstdc++'s unordered containers then keep each key's hash in its node instead of hashing
/// keys again when they grow or walk a bucket (twice the hashing, measured).
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return XXH3_64bits(text.data(), text.size()); }
};

}  // namespace stacks::util
