// Value: a Clarity value (stacks-core clarity-types/src/types/mod.rs, `Value`).
//
//   int (i128)  uint (u128)  bool  buffer  string-ascii  string-utf8  standard principal  contract principal
//   optional (none / some v)  response (ok v / err v)  list  tuple  callable contract (a contract used as a trait)
//
// Representation. A Value is a tag, a flag and a 128-bit word held inline, plus a shared pointer to an immutable body
// for everything that is not an int, uint or bool. Copying a Value never copies its contents, only a reference count;
// ints, uints and bools never allocate. Values are immutable after construction, so copies may be shared freely
// between threads.
//
// Invariants. Every Value was built by a checked constructor below, which enforces the reference's rules: buffers
// and ascii strings at most MAX_VALUE_SIZE bytes, ascii strings printable or whitespace, utf-8 strings valid and at
// most MAX_UTF8_VALUE_SIZE scalar values, principal versions below 32, contract names as the reference allows,
// wrappers and collections no larger than MAX_VALUE_SIZE (in TypeSignature::Size units) nor deeper than
// MAX_TYPE_DEPTH, list elements of one common type, tuples non-empty with distinct valid names. So serialization of a
// Value cannot fail.
//
// string-utf8 is stored as unicode scalar values (code points), which is what Clarity's `len`, `element-at` and
// `slice?` count; Utf8Bytes() gives the UTF-8 encoding the wire uses.
//
// Lists and tuples carry their type, as the reference's do: derived from the elements (List, Tuple), or the declared
// type when read against one (ListWithType, TupleWithType). It shows in TypeOf() and in sizes, never in equality.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clarity/types/principal.h"
#include "clarity/types/type_signature.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::clarity {

using Int128 = __int128;
using Uint128 = unsigned __int128;

struct TupleEntry;

/// How a tuple read against a declared type treats fields that disagree with it (TupleFieldsBehavior).
enum class TupleFieldRule : uint8_t {
  kLegacy,         ///< Before Epoch 4.1: a repeated field overwrites the earlier one, missing fields are allowed.
  kExactFieldSet,  ///< Epoch 4.1 on: repeated fields are rejected, every declared field must be present.
};

class Value {
 public:
  enum class Kind : uint8_t {
    kInt,
    kUInt,
    kBool,
    kBuffer,
    kStringAscii,
    kStringUtf8,
    kPrincipal,  ///< A standard principal.
    kContract,   ///< A contract principal.
    kOptional,
    kResponse,
    kList,
    kTuple,
    kCallable,  ///< A contract passed where a trait is expected; serializes as a contract principal.
  };

  static Value Int(Int128 v) { return Value(Kind::kInt, false, static_cast<Uint128>(v), nullptr); }
  static Value UInt(Uint128 v) { return Value(Kind::kUInt, false, v, nullptr); }
  static Value Bool(bool v) { return Value(Kind::kBool, v, 0, nullptr); }
  /// Errors: kResourceExhausted if longer than MAX_VALUE_SIZE.
  static util::Result<Value> Buffer(util::Bytes bytes);
  /// Errors: kResourceExhausted if longer than MAX_VALUE_SIZE; kInvalidArgument naming the first byte that is not
  /// an ASCII letter, digit, punctuation or whitespace (space, \t, \n, \f, \r).
  static util::Result<Value> StringAscii(std::string text);
  /// From UTF-8 bytes. Errors: kInvalidArgument if not valid UTF-8 (overlong forms, surrogates and code points past
  /// U+10FFFF are invalid); kResourceExhausted if more than MAX_UTF8_VALUE_SIZE scalar values.
  static util::Result<Value> StringUtf8(std::string_view utf8);
  /// From code points. Errors: kInvalidArgument for a surrogate or a value past U+10FFFF; kResourceExhausted as above.
  static util::Result<Value> StringUtf8FromCodePoints(std::u32string code_points);
  /// Errors: kInvalidArgument if the version is 32 or more.
  static util::Result<Value> Principal(StandardPrincipal principal);
  /// Errors: kInvalidArgument for an issuer version of 32 or more, or a name that is not a contract name; the name
  /// may have up to 128 bytes (codec::ValidateContractName with CONTRACT_NAME_MAX_PARSE_LENGTH), kResourceExhausted
  /// beyond.
  static util::Result<Value> Contract(ContractIdentifier contract);
  /// A contract used as a value of a trait type (or of none, for a bare callable). Errors: as Contract().
  static util::Result<Value> Callable(ContractIdentifier contract, std::optional<TraitIdentifier> trait);
  static Value None() { return Value(Kind::kOptional, false, 0, nullptr); }
  /// Errors: kResourceExhausted if the result would be larger than MAX_VALUE_SIZE or deeper than MAX_TYPE_DEPTH.
  static util::Result<Value> Some(Value inner);
  /// (ok inner). Errors: as Some().
  static util::Result<Value> Ok(Value inner);
  /// (err inner). Errors: as Some().
  static util::Result<Value> Err(Value inner);
  /// A list typed from its elements (their least supertype; an empty list has entry type NoType and length 0).
  /// Errors: kInvalidArgument if the elements have no common type; kResourceExhausted if too large or too deep.
  static util::Result<Value> List(std::vector<Value> items);
  /// A list of the declared `list_type`. Errors: kInvalidArgument if `list_type` is not a list type or an element
  /// is not admitted by its entry type; kResourceExhausted if there are more elements than its length.
  static util::Result<Value> ListWithType(std::vector<Value> items, const TypeSignature& list_type);
  /// A tuple typed from its fields, given in any order. Errors: kInvalidArgument if empty, a name is not a Clarity
  /// name, or a name repeats; kResourceExhausted if too large or too deep.
  static util::Result<Value> Tuple(std::vector<TupleEntry> entries);
  /// A tuple of the declared `tuple_type` (TupleData::from_data_typed). Errors: kInvalidArgument if `tuple_type` is
  /// not a tuple type, a field is not declared, a value is not admitted by its field's type, a field repeats under
  /// kExactFieldSet, or a declared field is missing under kExactFieldSet.
  static util::Result<Value> TupleWithType(std::vector<TupleEntry> entries, const TypeSignature& tuple_type,
                                           TupleFieldRule rule);

  Kind kind() const { return m_kind; }

  // Accessors. Each REQUIRES the kind it names and aborts otherwise.
  Int128 AsInt() const {
    if (m_kind != Kind::kInt) std::abort();
    return static_cast<Int128>(m_word);
  }
  Uint128 AsUInt() const {
    if (m_kind != Kind::kUInt) std::abort();
    return m_word;
  }
  bool AsBool() const {
    if (m_kind != Kind::kBool) std::abort();
    return m_flag;
  }
  const util::Bytes& AsBuffer() const;
  const std::string& AsAscii() const;
  /// The code points of a string-utf8.
  const std::u32string& AsUtf8() const;
  /// The UTF-8 encoding of a string-utf8.
  std::string Utf8Bytes() const;
  const StandardPrincipal& AsPrincipal() const;
  /// The contract of a kContract or kCallable value.
  const ContractIdentifier& AsContract() const;
  /// The trait of a kCallable value, if it has one.
  const std::optional<TraitIdentifier>& CallableTrait() const;
  /// kOptional: whether it is `some`.
  bool IsSome() const;
  /// kResponse: whether it is `ok`.
  bool IsOk() const;
  /// The contents of a `some`, `ok` or `err`.
  const Value& Inner() const;
  /// kList: the elements.
  const std::vector<Value>& Items() const;
  /// kTuple: the fields, sorted by name (byte order).
  const std::vector<TupleEntry>& Entries() const;
  /// kTuple: the value of field `name`, or nullptr.
  const Value* Field(std::string_view name) const;

  /// Structural equality as the reference's: same kind and contents; the types carried by lists and tuples are
  /// ignored, and a callable never equals a contract principal.
  bool operator==(const Value& other) const;
  /// A hash consistent with operator==.
  size_t Hash() const;

 private:
  friend TypeSignature TypeOf(const Value& value);
  friend uint32_t TypeSizeOf(const Value& value);
  Value(Kind kind, bool flag, Uint128 word, std::shared_ptr<const void> body)
      : m_word(word), m_body(std::move(body)), m_kind(kind), m_flag(flag) {}
  template <typename Body>
  const Body& body() const {
    return *static_cast<const Body*>(m_body.get());
  }

  Uint128 m_word = 0;                  ///< The bits of an int or uint.
  std::shared_ptr<const void> m_body;  ///< The immutable contents of every other kind; null for int, uint, bool.
  Kind m_kind;
  bool m_flag = false;  ///< A bool's value; `some` for optionals; `ok` for responses.
};

/// One field of a tuple value.
struct TupleEntry {
  std::string name;
  Value value;
  bool operator==(const TupleEntry&) const = default;
};

/// The type of a value (type_of): a buffer of n bytes is (buff n), `none` is (optional NoType), `(ok 1)` is
/// (response int NoType), a list or tuple the type it carries, a contract principal `principal`, a callable its
/// trait (or (principal c) without one).
TypeSignature TypeOf(const Value& value);

/// TypeOf(value).Size() (the reference's Value::size()), without copying the type a list, tuple, `some`, `ok` or
/// `err` carries.
uint32_t TypeSizeOf(const Value& value);

/// Whether `type` admits `value` (AdmitsType of its type). Errors: as AdmitsType.
util::Result<bool> Admits(const TypeSignature& type, const Value& value);

}  // namespace stacks::clarity

template <>
struct std::hash<stacks::clarity::Value> {
  size_t operator()(const stacks::clarity::Value& v) const { return v.Hash(); }
};
