// The consensus serialization of Clarity values (SIP-005 "Clarity value representation"; stacks-core
// clarity-types/src/types/serialization.rs). Used in transactions (contract-call arguments), in the Clarity database,
// by `to-consensus-buff?` / `from-consensus-buff?`, and by Stacks.js's serializeCV (whose hex has no 0x prefix).
//
// Layout: one type prefix byte, then the body; integers big-endian.
//   0x00 int                 i128 (16 bytes, two's complement)
//   0x01 uint                u128 (16 bytes)
//   0x02 buffer              u32 length (<= MAX_VALUE_SIZE), bytes
//   0x03 true, 0x04 false    no body
//   0x05 standard principal  version u8 (< 32), hash160 [20]
//   0x06 contract principal  version u8 (< 32), hash160 [20], name length u8 (<= 128), name (contract-name rules)
//                            (a callable contract value is written this way too)
//   0x07 (ok v), 0x08 (err v)   v
//   0x09 none                no body
//   0x0a (some v)            v
//   0x0b list                u32 count (<= MAX_VALUE_SIZE), values; the elements must have a common type
//   0x0c tuple               u32 count (<= MAX_VALUE_SIZE, > 0), then per field: name length u8 (<= 128), name (a
//                            Clarity name), value. Written in byte order of the names; read in any order, but a
//                            repeated name is rejected.
//   0x0d string-ascii        u32 length (<= MAX_VALUE_SIZE), bytes (printable ASCII or \t \n \f \r)
//   0x0e string-utf8         u32 byte length (<= MAX_VALUE_SIZE), valid UTF-8 of at most MAX_UTF8_VALUE_SIZE chars
//
// A deserialized value must also satisfy every Value invariant (sizes, depth, common list element types).
// Deserialization reads at most BOUND_VALUE_SERIALIZATION_BYTES (SANITIZATION_READ_BOUND when sanitizing against a
// type) and at most UNSANITIZED_DEPTH_CHECK (16) nested levels counting the top (MAX_TYPE_DEPTH, 32, when
// sanitizing).
//
// Reading is not canonical: tuple fields may come in any order (as in the reference), so a value read from bytes
// with unsorted fields serializes to different bytes of the same length. Every other accepted input serializes back
// to itself.
//
// All functions are pure and thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "clarity/types/type_signature.h"
#include "clarity/types/value.h"
#include "codec/consensus.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::clarity {

/// The consensus type prefixes.
enum class TypePrefix : uint8_t {
  kInt = 0x00,
  kUInt = 0x01,
  kBuffer = 0x02,
  kBoolTrue = 0x03,
  kBoolFalse = 0x04,
  kPrincipalStandard = 0x05,
  kPrincipalContract = 0x06,
  kResponseOk = 0x07,
  kResponseErr = 0x08,
  kOptionalNone = 0x09,
  kOptionalSome = 0x0a,
  kList = 0x0b,
  kTuple = 0x0c,
  kStringAscii = 0x0d,
  kStringUtf8 = 0x0e,
};

/// How to read a value. The defaults are the reference's untyped read (`consensus_deserialize`, as for transaction
/// payloads): no expected type, no sanitization, depth 16.
struct DeserializeOptions {
  /// When set, the value must have this type (Value::deserialize_read with a type): every prefix is checked against
  /// it, buffers and strings must fit its lengths, lists its length, tuples must have exactly its fields, and lists
  /// and tuples take it as their type.
  std::optional<TypeSignature> expected_type;
  /// Epoch 2.4+ sanitization (only with an expected type): tuple fields the type does not declare are read untyped
  /// and dropped, the depth limit is MAX_TYPE_DEPTH and the read bound SANITIZATION_READ_BOUND.
  bool sanitize = false;
  /// How a typed tuple treats repeated and missing fields (Epoch 4.1 changed it).
  TupleFieldRule tuple_fields = TupleFieldRule::kLegacy;
};

/// Appends the serialization of `value`.
void WriteValue(codec::ByteWriter& writer, const Value& value);

/// The serialization of `value`.
util::Bytes SerializeValue(const Value& value);

/// Lower-case hex of SerializeValue(value), without a prefix (as Stacks.js 7's serializeCV).
std::string SerializeValueToHex(const Value& value);
/// Appends SerializeValueToHex(value) to `out`.
void AppendValueHex(std::string& out, const Value& value);

/// The length of SerializeValue(value), computed without serializing.
uint32_t SerializedSize(const Value& value);

/// Reads one value from `reader`, leaving it just past the value; bytes after it are the caller's business.
/// Errors:
///   - kInvalidArgument: truncated input; an unknown type prefix; a principal version of 32 or more; a bad contract
///     name or tuple field name; a string-ascii byte outside the allowed set; invalid UTF-8; an empty tuple; a
///     repeated tuple field (untyped, or typed under kExactFieldSet); list elements with no common type; a value
///     that does not match options.expected_type;
///   - kResourceExhausted: a length or count over MAX_VALUE_SIZE; a string-utf8 of more than MAX_UTF8_VALUE_SIZE
///     characters; nesting past the depth limit; a value larger than MAX_VALUE_SIZE or deeper than MAX_TYPE_DEPTH;
///     more bytes than the read bound.
/// On error the reader's position is unspecified.
util::Result<Value> ReadValue(codec::ByteReader& reader, const DeserializeOptions& options = {});

/// Reads a value that must span all of `bytes`. Errors: as ReadValue, and kInvalidArgument for trailing bytes.
util::Result<Value> DeserializeValue(util::ByteView bytes, const DeserializeOptions& options = {});

/// Whether reading `value`'s serialization back with any type that admits it (sanitized or not) answers a value
/// identical to it, so that a reader may use `value` in place of decoding: an int, uint, bool, buffer, string or
/// principal, or an optional or response around one (or none). Lists and tuples take the reading type as theirs,
/// a callable reads back as a contract principal, and deeper values meet the readers' depth limits, so those are
/// not. Pure.
bool DeserializesAsItself(const Value& value);

/// DeserializeValue of hex text, with or without a 0x prefix. Errors: kInvalidArgument for bad hex; as
/// DeserializeValue.
util::Result<Value> DeserializeValueHex(std::string_view hex, const DeserializeOptions& options = {});

}  // namespace stacks::clarity
