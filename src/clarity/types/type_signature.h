// TypeSignature: the static type of a Clarity value (stacks-core clarity-types/src/types/signatures.rs).
//
//   int  uint  bool  principal  (buff N)  (string-ascii N)  (string-utf8 N)  (optional T)  (response T E)
//   (list N T)  (tuple (a T) (b U))  <trait>  and NoType, the unknown side of `none`, `(ok 1)` or an empty list.
//
// Every composite type is built by a checked constructor that fails, as the reference's do, when the type would be
// deeper than MAX_TYPE_DEPTH or describe values larger than MAX_VALUE_SIZE; so a TypeSignature that exists always
// has a Size() and a Depth(). Types are immutable and share their parts: copying one costs a reference-count
// increment. Equality is structural. Thread-safe for concurrent reads.
//
// AdmitsType and LeastSupertype are the reference's rules from Epoch 2.1 on (admits_type_v2_1, least_supertype_v2_1);
// AdmitsTypeV2_0 and LeastSupertypeV2_0 those of Epochs 2.0 and 2.05, which have no callable types (a trait is a
// kTraitReference there, and a contract literal a plain principal).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "clarity/types/principal.h"
#include "util/result.h"

namespace stacks::clarity {

class TypeSignature;
struct TupleFieldType;

/// What a callable type stands for: a literal contract (`.foo`) or a trait (`<my-trait>`). Ordered as the
/// reference's CallableSubtype (contracts before traits).
using CallableSubtype = std::variant<ContractIdentifier, TraitIdentifier>;

class TypeSignature {
 public:
  enum class Kind : uint8_t {
    kNoType,
    kInt,
    kUInt,
    kBool,
    kPrincipal,
    kBuffer,
    kStringAscii,
    kStringUtf8,
    kOptional,
    kResponse,
    kList,
    kTuple,
    kCallablePrincipal,  ///< A contract principal literal that may still become a trait reference.
    kCallableTrait,      ///< A value implementing a trait (Clarity 2+).
    kListUnion,          ///< A list of callables whose common type is decided later (Clarity 2+).
    kTraitReference,     ///< A trait reference before Epoch 2.1 (canonicalized to kCallableTrait from then on).
  };

  /// NoType.
  TypeSignature() = default;

  static TypeSignature NoType() { return TypeSignature(Kind::kNoType); }
  static TypeSignature Int() { return TypeSignature(Kind::kInt); }
  static TypeSignature UInt() { return TypeSignature(Kind::kUInt); }
  static TypeSignature Bool() { return TypeSignature(Kind::kBool); }
  static TypeSignature Principal() { return TypeSignature(Kind::kPrincipal); }

  /// (buff len). Errors: kResourceExhausted if len > MAX_VALUE_SIZE.
  static util::Result<TypeSignature> Buffer(uint32_t len);
  /// (string-ascii len). Errors: kResourceExhausted if len > MAX_VALUE_SIZE.
  static util::Result<TypeSignature> StringAscii(uint32_t len);
  /// (string-utf8 len), len counting unicode scalar values. Errors: kResourceExhausted if len > MAX_UTF8_VALUE_SIZE.
  static util::Result<TypeSignature> StringUtf8(uint32_t len);
  /// (optional inner). Errors: kResourceExhausted if 1 + inner.Size() > MAX_VALUE_SIZE or the depth would pass
  /// MAX_TYPE_DEPTH.
  static util::Result<TypeSignature> Optional(TypeSignature inner);
  /// (optional inner) without the size and depth checks. The reference's type checker builds a few optionals
  /// directly (as-max-len? of a sequence at the maximum length), so such a type may describe values slightly larger
  /// than MAX_VALUE_SIZE or be one level deeper than MAX_TYPE_DEPTH. For the type checker only; Size() and Depth()
  /// stay exact.
  static TypeSignature OptionalUnchecked(TypeSignature inner);
  /// (response ok err). Errors: kResourceExhausted if 1 + max(sizes) > MAX_VALUE_SIZE or too deep.
  static util::Result<TypeSignature> Response(TypeSignature ok, TypeSignature err);
  /// (list max_len entry). Errors: kResourceExhausted if too deep, or entry.Size() * max_len plus the list's type
  /// size passes MAX_VALUE_SIZE.
  static util::Result<TypeSignature> List(TypeSignature entry, uint32_t max_len);
  /// (tuple ...), fields in any order (stored sorted by name, byte order). Errors: kInvalidArgument if there are no
  /// fields, a name is not a Clarity name, or a name repeats; kResourceExhausted if too deep or too large.
  static util::Result<TypeSignature> Tuple(std::vector<TupleFieldType> fields);
  static TypeSignature CallablePrincipal(ContractIdentifier contract);
  static TypeSignature CallableTrait(TraitIdentifier trait);
  static TypeSignature TraitReference(TraitIdentifier trait);
  /// A union of callables, deduplicated and ordered.
  static TypeSignature ListUnion(std::vector<CallableSubtype> members);

  Kind kind() const { return m_kind; }
  bool IsNoType() const { return m_kind == Kind::kNoType; }

  /// Length of a buffer or string, maximum length of a list. REQUIRES: one of those kinds.
  uint32_t length() const;
  /// Inner type of an optional, entry type of a list, ok type of a response. REQUIRES: one of those kinds.
  const TypeSignature& inner() const;
  /// Err type of a response. REQUIRES: kind() == kResponse.
  const TypeSignature& err_type() const;
  /// Fields of a tuple, sorted by name. REQUIRES: kind() == kTuple.
  const std::vector<TupleFieldType>& fields() const;
  /// The type of tuple field `name`, or nullptr. REQUIRES: kind() == kTuple.
  const TypeSignature* FieldType(std::string_view name) const;
  /// The contract of a kCallablePrincipal. REQUIRES: that kind.
  const ContractIdentifier& contract() const;
  /// The trait of a kCallableTrait or kTraitReference. REQUIRES: one of those kinds.
  const TraitIdentifier& trait() const;
  /// Members of a kListUnion, sorted. REQUIRES: that kind.
  const std::vector<CallableSubtype>& union_members() const;

  /// Nesting depth: 1 for simple types, 1 + the deepest part for composites.
  uint8_t Depth() const;
  /// The reference's size(): the largest size of a value of this type (int 16, bool 1, principal 148, buff n 4 + n,
  /// string-utf8 n 4 + 4n, list entry * n + its type size, ...). Charged by the cost model and bounded by
  /// MAX_VALUE_SIZE at construction.
  uint32_t Size() const;
  /// The reference's type_size(): the size of the signature itself. Errors: kResourceExhausted on overflow.
  util::Result<uint32_t> TypeSize() const;
  /// Largest consensus serialization of a value of this type, including its prefix byte.
  /// Errors: kInvalidArgument for NoType or a list union (no value has that type); kResourceExhausted on u32 overflow.
  util::Result<uint32_t> MaxSerializedSize() const;

  /// The type as the reference prints it: `int`, `(buff 32)`, `(list 10 uint)`, `(tuple (a int) (b uint))`,
  /// `(optional UnknownType)` for NoType parts, `<SP....contract.trait>` for traits.
  std::string ToString() const;

  bool operator==(const TypeSignature& other) const;

 private:
  struct Parts;
  explicit TypeSignature(Kind kind) : m_kind(kind) {}
  TypeSignature(Kind kind, uint32_t length, std::shared_ptr<const Parts> parts)
      : m_kind(kind), m_length(length), m_parts(std::move(parts)) {}
  const Parts& parts() const;

  Kind m_kind = Kind::kNoType;
  uint32_t m_length = 0;                 ///< Buffer/string length or list max length.
  std::shared_ptr<const Parts> m_parts;  ///< Inner types, tuple fields, callable identifiers; null for simple types.
};

/// One field of a tuple type.
struct TupleFieldType {
  std::string name;
  TypeSignature type;
  bool operator==(const TupleFieldType&) const = default;
};

/// Whether `type` admits every value of type `other` (admits_type_v2_1): lists, buffers and strings by length,
/// optionals and responses through their NoType sides, tuples field by field with the same field set, and
/// everything else by equality after resolving callables to `principal`. Errors: kInvalidArgument if `type` is
/// NoType (no value can be checked against an unknown type).
util::Result<bool> AdmitsType(const TypeSignature& type, const TypeSignature& other);

/// The most restrictive type that admits both `a` and `b` (least_supertype_v2_1). Lists take the longer length and
/// the supertype of their entries (an empty list takes the other's entry), buffers and strings the longer length,
/// optionals and responses unify their known sides, tuples take `a`'s field set (each of which `b` must have), and
/// callables form unions. Errors: kInvalidArgument when no such type exists; kResourceExhausted when it would be
/// too large or too deep.
util::Result<TypeSignature> LeastSupertype(const TypeSignature& a, const TypeSignature& b);

/// admits_type_v2_0, the rule of Epochs 2.0 and 2.05: as AdmitsType, except that `other` is compared as it is (a
/// callable is not resolved to `principal` first) and a callable or list union `type`, which those epochs cannot
/// write, cannot be asked about. Errors: kInvalidArgument if `type` is NoType; kFailedPrecondition "<type> should
/// not be used in 2.0" if `type` is a callable or a list union (the reference's UnsupportedTypeInEpoch).
util::Result<bool> AdmitsTypeV2_0(const TypeSignature& type, const TypeSignature& other);

/// least_supertype_v2_0, the rule of Epochs 2.0 and 2.05: as LeastSupertype without its callable rules, so
/// callables, list unions and trait references unify only with an equal type. Errors: as LeastSupertype.
util::Result<TypeSignature> LeastSupertypeV2_0(const TypeSignature& a, const TypeSignature& b);

/// canonicalize_v2_1: `type` with every kTraitReference inside it (at any depth) replaced by the callable trait of
/// the same trait, as Epoch 2.1 on reads the types of a contract stored before it. Other types are returned as
/// they are.
TypeSignature CanonicalizeV2_1(const TypeSignature& type);

}  // namespace stacks::clarity
