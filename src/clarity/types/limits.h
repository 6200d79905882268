// The size and depth limits of Clarity values and types (stacks-core clarity-types/src/types/mod.rs and
// representations.rs). They are consensus rules: every node must reject exactly the same values.
#pragma once

#include <cstdint>

namespace stacks::clarity {

/// Largest value a type may describe, in the reference's "size" units (TypeSignature::Size, which counts a buffer of
/// length n as 4 + n, an int as 16, a principal as 148, ...): 1 MiB. Also the largest buffer or string-ascii length.
inline constexpr uint32_t MAX_VALUE_SIZE = 1024 * 1024;

/// Largest number of unicode scalar values in a string-utf8: a quarter of MAX_VALUE_SIZE, since each may take 4 bytes.
inline constexpr uint32_t MAX_UTF8_VALUE_SIZE = MAX_VALUE_SIZE / 4;

/// Deepest nesting of types: `int` has depth 1, `(optional int)` 2, `(list 2 (optional int))` 3.
inline constexpr uint8_t MAX_TYPE_DEPTH = 32;

/// Size charged for the wrapper of an optional or a response around its contents.
inline constexpr uint32_t WRAPPER_VALUE_SIZE = 1;

/// Most bytes one value deserialization may read: twice MAX_VALUE_SIZE.
inline constexpr uint32_t BOUND_VALUE_SERIALIZATION_BYTES = MAX_VALUE_SIZE * 2;

/// Most bytes a sanitizing, typed deserialization may read (values stored before Epoch 2.4 may be larger than the
/// untyped bound).
inline constexpr uint32_t SANITIZATION_READ_BOUND = 15'000'000;

/// Deepest stack of nested values an unsanitized deserialization accepts (the top level plus 15 open containers).
/// Sanitizing deserialization (Epoch 2.4+) allows MAX_TYPE_DEPTH instead.
inline constexpr uint32_t UNSANITIZED_DEPTH_CHECK = 16;

/// Longest Clarity name (tuple key, function, variable) and longest contract name inside a value: 128 bytes.
inline constexpr uint32_t MAX_STRING_LEN = 128;

/// Longest contract name a Clarity literal (`'SP....name`) may spell; names up to MAX_STRING_LEN are still accepted
/// from the wire for backwards compatibility.
inline constexpr uint32_t MAX_CONTRACT_NAME_LITERAL_LEN = 40;

/// Size the reference charges for a `principal` (20-byte hash plus a 128-byte contract name).
inline constexpr uint32_t PRINCIPAL_SIZE = 148;

/// Size the reference charges for a trait reference (a principal plus a 128-byte trait name).
inline constexpr uint32_t TRAIT_REFERENCE_SIZE = 276;

}  // namespace stacks::clarity
