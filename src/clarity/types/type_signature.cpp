#include "clarity/types/type_signature.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <utility>

#include "clarity/types/limits.h"
#include "clarity/types/names.h"
#include "clarity/types/principal.h"

namespace stacks::clarity {

// The parts of a composite type. Which members are used depends on the kind; sizes and depth are computed once, at
// construction.
struct TypeSignature::Parts {
  std::vector<TypeSignature> inner;  ///< optional: {inner}; response: {ok, err}; list: {entry}.
  std::vector<TupleFieldType> fields;
  std::vector<CallableSubtype> members;
  ContractIdentifier contract;
  TraitIdentifier trait;
  uint8_t depth = 1;
  uint32_t size = 0;
};

namespace {

using Kind = TypeSignature::Kind;

util::Error TooDeep() {
  return util::ResourceExhausted("type nesting exceeds the maximum depth " + std::to_string(MAX_TYPE_DEPTH));
}
util::Error TooLarge() {
  return util::ResourceExhausted("type describes values larger than " + std::to_string(MAX_VALUE_SIZE) + " bytes");
}

std::optional<uint32_t> CheckedAdd(std::optional<uint32_t> a, std::optional<uint32_t> b) {
  if (!a || !b) return std::nullopt;
  uint64_t sum = uint64_t{*a} + *b;
  if (sum > UINT32_MAX) return std::nullopt;
  return static_cast<uint32_t>(sum);
}

std::optional<uint32_t> CheckedMul(std::optional<uint32_t> a, std::optional<uint32_t> b) {
  if (!a || !b) return std::nullopt;
  uint64_t product = uint64_t{*a} * *b;
  if (product > UINT32_MAX) return std::nullopt;
  return static_cast<uint32_t>(product);
}

std::optional<uint32_t> CapAtMaxValueSize(std::optional<uint32_t> size) {
  if (!size || *size > MAX_VALUE_SIZE) return std::nullopt;
  return size;
}

// inner_type_size(): the size of the signature itself, or nullopt on overflow.
std::optional<uint32_t> InnerTypeSize(const TypeSignature& t) {
  switch (t.kind()) {
    case Kind::kNoType:
    case Kind::kInt:
    case Kind::kUInt:
    case Kind::kBool:
    case Kind::kPrincipal:
    case Kind::kCallablePrincipal:
    case Kind::kCallableTrait:
    case Kind::kListUnion:
    case Kind::kTraitReference:
      return 1;
    case Kind::kBuffer:
    case Kind::kStringAscii:
    case Kind::kStringUtf8:
      return 1 + 4;
    case Kind::kList:
      // 1 byte for the type tag, 4 for the maximum length.
      return CapAtMaxValueSize(CheckedAdd(InnerTypeSize(t.inner()), 4 + 1));
    case Kind::kTuple: {
      std::optional<uint32_t> total = CheckedMul(static_cast<uint32_t>(t.fields().size()), 2);
      for (const TupleFieldType& f : t.fields()) {
        total = CheckedAdd(CheckedAdd(total, InnerTypeSize(f.type)), static_cast<uint32_t>(f.name.size()));
      }
      return CapAtMaxValueSize(total);
    }
    case Kind::kOptional:
      return CheckedAdd(InnerTypeSize(t.inner()), 1);
    case Kind::kResponse:
      return CheckedAdd(CheckedAdd(InnerTypeSize(t.inner()), InnerTypeSize(t.err_type())), 1);
  }
  return std::nullopt;
}

// The value size of a list type: entry size * max_len + type size, or nullopt past MAX_VALUE_SIZE.
std::optional<uint32_t> ListInnerSize(const TypeSignature& entry, uint32_t max_len) {
  std::optional<uint32_t> type_size = CapAtMaxValueSize(CheckedAdd(InnerTypeSize(entry), 4 + 1));
  return CapAtMaxValueSize(CheckedAdd(CheckedMul(entry.Size(), max_len), type_size));
}

// The value size of a tuple type: 2 * fields + type size + sum(field size + name length), or nullopt past
// MAX_VALUE_SIZE.
std::optional<uint32_t> TupleInnerSize(const std::vector<TupleFieldType>& fields) {
  std::optional<uint32_t> type_size = CheckedMul(static_cast<uint32_t>(fields.size()), 2);
  for (const TupleFieldType& f : fields) {
    type_size = CheckedAdd(CheckedAdd(type_size, InnerTypeSize(f.type)), static_cast<uint32_t>(f.name.size()));
  }
  type_size = CapAtMaxValueSize(type_size);
  std::optional<uint32_t> total = CheckedAdd(CheckedMul(static_cast<uint32_t>(fields.size()), 2), type_size);
  for (const TupleFieldType& f : fields) {
    total = CheckedAdd(CheckedAdd(total, f.type.Size()), static_cast<uint32_t>(f.name.size()));
  }
  return CapAtMaxValueSize(total);
}

bool IsPrincipalCallable(const CallableSubtype& c) { return std::holds_alternative<ContractIdentifier>(c); }

// concretize(): resolve a list union or a callable contract to the type a value of it finally has. A union
// containing any trait cannot be resolved (as in the reference, whose loop starts out assuming principals).
util::Result<TypeSignature> Concretize(const TypeSignature& t) {
  if (t.kind() == Kind::kListUnion) {
    for (const CallableSubtype& member : t.union_members()) {
      if (!IsPrincipalCallable(member)) {
        return util::InvalidArgument("list mixes principals and trait references");
      }
    }
    return TypeSignature::Principal();
  }
  if (t.kind() == Kind::kCallablePrincipal) return TypeSignature::Principal();
  return t;
}

util::Error Mismatch(const TypeSignature& a, const TypeSignature& b) {
  return util::InvalidArgument("type mismatch: " + a.ToString() + " and " + b.ToString());
}

}  // namespace

const TypeSignature::Parts& TypeSignature::parts() const {
  if (!m_parts) std::abort();
  return *m_parts;
}

util::Result<TypeSignature> TypeSignature::Buffer(uint32_t len) {
  if (len > MAX_VALUE_SIZE) return util::ResourceExhausted("buffer length " + std::to_string(len) + " too large");
  return TypeSignature(Kind::kBuffer, len, nullptr);
}

util::Result<TypeSignature> TypeSignature::StringAscii(uint32_t len) {
  if (len > MAX_VALUE_SIZE) return util::ResourceExhausted("string-ascii length " + std::to_string(len) + " too large");
  return TypeSignature(Kind::kStringAscii, len, nullptr);
}

util::Result<TypeSignature> TypeSignature::StringUtf8(uint32_t len) {
  if (len > MAX_UTF8_VALUE_SIZE) {
    return util::ResourceExhausted("string-utf8 length " + std::to_string(len) + " too large");
  }
  return TypeSignature(Kind::kStringUtf8, len, nullptr);
}

util::Result<TypeSignature> TypeSignature::Optional(TypeSignature inner) {
  uint64_t size = uint64_t{WRAPPER_VALUE_SIZE} + inner.Size();
  if (size > MAX_VALUE_SIZE) return TooLarge();
  if (1 + inner.Depth() > MAX_TYPE_DEPTH) return TooDeep();
  auto parts = std::make_shared<Parts>();
  parts->depth = static_cast<uint8_t>(1 + inner.Depth());
  parts->size = static_cast<uint32_t>(size);
  parts->inner.push_back(std::move(inner));
  return TypeSignature(Kind::kOptional, 0, std::move(parts));
}

TypeSignature TypeSignature::OptionalUnchecked(TypeSignature inner) {
  auto parts = std::make_shared<Parts>();
  parts->depth = static_cast<uint8_t>(1 + inner.Depth());
  parts->size = WRAPPER_VALUE_SIZE + inner.Size();
  parts->inner.push_back(std::move(inner));
  return TypeSignature(Kind::kOptional, 0, std::move(parts));
}

util::Result<TypeSignature> TypeSignature::Response(TypeSignature ok, TypeSignature err) {
  uint64_t size = uint64_t{WRAPPER_VALUE_SIZE} + std::max(ok.Size(), err.Size());
  uint8_t depth = static_cast<uint8_t>(1 + std::max(ok.Depth(), err.Depth()));
  if (size > MAX_VALUE_SIZE) return TooLarge();
  if (depth > MAX_TYPE_DEPTH) return TooDeep();
  auto parts = std::make_shared<Parts>();
  parts->depth = depth;
  parts->size = static_cast<uint32_t>(size);
  parts->inner.push_back(std::move(ok));
  parts->inner.push_back(std::move(err));
  return TypeSignature(Kind::kResponse, 0, std::move(parts));
}

util::Result<TypeSignature> TypeSignature::List(TypeSignature entry, uint32_t max_len) {
  if (1 + entry.Depth() > MAX_TYPE_DEPTH) return TooDeep();
  std::optional<uint32_t> size = ListInnerSize(entry, max_len);
  if (!size) return TooLarge();
  auto parts = std::make_shared<Parts>();
  parts->depth = static_cast<uint8_t>(1 + entry.Depth());
  parts->size = *size;
  parts->inner.push_back(std::move(entry));
  return TypeSignature(Kind::kList, max_len, std::move(parts));
}

util::Result<TypeSignature> TypeSignature::Tuple(std::vector<TupleFieldType> fields) {
  if (fields.empty()) return util::InvalidArgument("empty tuples are not allowed");
  std::sort(fields.begin(), fields.end(),
            [](const TupleFieldType& a, const TupleFieldType& b) { return a.name < b.name; });
  uint8_t max_depth = 0;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (!IsClarityName(fields[i].name)) return util::InvalidArgument("bad tuple field name '" + fields[i].name + "'");
    if (i > 0 && fields[i].name == fields[i - 1].name) {
      return util::InvalidArgument("duplicate tuple field '" + fields[i].name + "'");
    }
    if (1 + fields[i].type.Depth() > MAX_TYPE_DEPTH) return TooDeep();
    max_depth = std::max(max_depth, fields[i].type.Depth());
  }
  std::optional<uint32_t> size = TupleInnerSize(fields);
  if (!size) return TooLarge();
  auto parts = std::make_shared<Parts>();
  parts->depth = static_cast<uint8_t>(1 + max_depth);
  parts->size = *size;
  parts->fields = std::move(fields);
  return TypeSignature(Kind::kTuple, 0, std::move(parts));
}

TypeSignature TypeSignature::CallablePrincipal(ContractIdentifier contract) {
  auto parts = std::make_shared<Parts>();
  parts->size = PRINCIPAL_SIZE;
  parts->contract = std::move(contract);
  return TypeSignature(Kind::kCallablePrincipal, 0, std::move(parts));
}

TypeSignature TypeSignature::CallableTrait(TraitIdentifier trait) {
  auto parts = std::make_shared<Parts>();
  parts->size = TRAIT_REFERENCE_SIZE;
  parts->trait = std::move(trait);
  return TypeSignature(Kind::kCallableTrait, 0, std::move(parts));
}

TypeSignature TypeSignature::TraitReference(TraitIdentifier trait) {
  auto parts = std::make_shared<Parts>();
  parts->size = TRAIT_REFERENCE_SIZE;
  parts->trait = std::move(trait);
  return TypeSignature(Kind::kTraitReference, 0, std::move(parts));
}

TypeSignature TypeSignature::ListUnion(std::vector<CallableSubtype> members) {
  std::sort(members.begin(), members.end());
  members.erase(std::unique(members.begin(), members.end()), members.end());
  auto parts = std::make_shared<Parts>();
  parts->size = PRINCIPAL_SIZE;
  parts->members = std::move(members);
  return TypeSignature(Kind::kListUnion, 0, std::move(parts));
}

uint32_t TypeSignature::length() const {
  if (m_kind != Kind::kBuffer && m_kind != Kind::kStringAscii && m_kind != Kind::kStringUtf8 && m_kind != Kind::kList) {
    std::abort();
  }
  return m_length;
}

const TypeSignature& TypeSignature::inner() const {
  if (m_kind != Kind::kOptional && m_kind != Kind::kResponse && m_kind != Kind::kList) std::abort();
  return parts().inner[0];
}

const TypeSignature& TypeSignature::err_type() const {
  if (m_kind != Kind::kResponse) std::abort();
  return parts().inner[1];
}

const std::vector<TupleFieldType>& TypeSignature::fields() const {
  if (m_kind != Kind::kTuple) std::abort();
  return parts().fields;
}

const TypeSignature* TypeSignature::FieldType(std::string_view name) const {
  const std::vector<TupleFieldType>& f = fields();
  auto it = std::lower_bound(f.begin(), f.end(), name,
                             [](const TupleFieldType& field, std::string_view n) { return field.name < n; });
  if (it == f.end() || it->name != name) return nullptr;
  return &it->type;
}

const ContractIdentifier& TypeSignature::contract() const {
  if (m_kind != Kind::kCallablePrincipal) std::abort();
  return parts().contract;
}

const TraitIdentifier& TypeSignature::trait() const {
  if (m_kind != Kind::kCallableTrait && m_kind != Kind::kTraitReference) std::abort();
  return parts().trait;
}

const std::vector<CallableSubtype>& TypeSignature::union_members() const {
  if (m_kind != Kind::kListUnion) std::abort();
  return parts().members;
}

uint8_t TypeSignature::Depth() const { return m_parts ? m_parts->depth : 1; }

uint32_t TypeSignature::Size() const {
  switch (m_kind) {
    case Kind::kNoType:
    case Kind::kBool:
      return 1;
    case Kind::kInt:
    case Kind::kUInt:
      return 16;
    case Kind::kPrincipal:
      return PRINCIPAL_SIZE;
    case Kind::kBuffer:
    case Kind::kStringAscii:
      return 4 + m_length;
    case Kind::kStringUtf8:
      return 4 + 4 * m_length;
    default:
      return parts().size;
  }
}

util::Result<uint32_t> TypeSignature::TypeSize() const {
  std::optional<uint32_t> size = InnerTypeSize(*this);
  if (!size) return TooLarge();
  return *size;
}

util::Result<uint32_t> TypeSignature::MaxSerializedSize() const {
  constexpr uint32_t kPrefixSize = 1;
  std::optional<uint32_t> body;
  switch (m_kind) {
    case Kind::kNoType:
    case Kind::kListUnion:
      return util::InvalidArgument("could not determine the serialization type of " + ToString());
    case Kind::kInt:
    case Kind::kUInt:
      body = 16;
      break;
    case Kind::kBool:
      body = 0;
      break;
    case Kind::kList: {
      STACKS_TRY(uint32_t entry_size, inner().MaxSerializedSize());
      body = CheckedAdd(CheckedMul(m_length, entry_size), 4);
      break;
    }
    case Kind::kBuffer:
    case Kind::kStringAscii:
      body = CheckedAdd(m_length, 4);
      break;
    case Kind::kStringUtf8:
      body = CheckedAdd(CheckedMul(m_length, 4), 4);
      break;
    case Kind::kPrincipal:
    case Kind::kCallablePrincipal:
    case Kind::kCallableTrait:
    case Kind::kTraitReference:
      // version + hash160, the name's length byte, and the longest name.
      body = 21 + 1 + MAX_STRING_LEN;
      break;
    case Kind::kTuple: {
      body = 4;
      for (const TupleFieldType& f : fields()) {
        STACKS_TRY(uint32_t field_size, f.type.MaxSerializedSize());
        body = CheckedAdd(CheckedAdd(CheckedAdd(body, 1), static_cast<uint32_t>(f.name.size())), field_size);
      }
      break;
    }
    case Kind::kOptional: {
      // An optional of NoType can only be `none`: just its prefix.
      util::Result<uint32_t> some = inner().MaxSerializedSize();
      if (!some && some.error().code != util::ErrorCode::kInvalidArgument) return some.error();
      body = some ? *some : 0;
      break;
    }
    case Kind::kResponse: {
      util::Result<uint32_t> ok = inner().MaxSerializedSize();
      if (!ok && ok.error().code != util::ErrorCode::kInvalidArgument) return ok.error();
      util::Result<uint32_t> err = err_type().MaxSerializedSize();
      if (!err && err.error().code != util::ErrorCode::kInvalidArgument) return err.error();
      if (!ok && !err) return util::InvalidArgument("could not determine the serialization type of " + ToString());
      body = std::max(ok ? *ok : 0u, err ? *err : 0u);
      break;
    }
  }
  std::optional<uint32_t> total = CheckedAdd(body, kPrefixSize);
  if (!total) return util::ResourceExhausted("maximum serialized size of " + ToString() + " overflows u32");
  return *total;
}

std::string TypeSignature::ToString() const {
  switch (m_kind) {
    case Kind::kNoType:
      return "UnknownType";
    case Kind::kInt:
      return "int";
    case Kind::kUInt:
      return "uint";
    case Kind::kBool:
      return "bool";
    case Kind::kPrincipal:
    case Kind::kListUnion:
      return "principal";
    case Kind::kBuffer:
      return "(buff " + std::to_string(m_length) + ")";
    case Kind::kStringAscii:
      return "(string-ascii " + std::to_string(m_length) + ")";
    case Kind::kStringUtf8:
      return "(string-utf8 " + std::to_string(m_length) + ")";
    case Kind::kOptional:
      return "(optional " + inner().ToString() + ")";
    case Kind::kResponse:
      return "(response " + inner().ToString() + " " + err_type().ToString() + ")";
    case Kind::kList:
      return "(list " + std::to_string(m_length) + " " + inner().ToString() + ")";
    case Kind::kTuple: {
      std::string out = "(tuple";
      for (const TupleFieldType& f : fields()) out += " (" + f.name + " " + f.type.ToString() + ")";
      return out + ")";
    }
    case Kind::kCallablePrincipal:
      return "(principal " + contract().ToString() + ")";
    case Kind::kCallableTrait:
    case Kind::kTraitReference:
      return "<" + trait().ToString() + ">";
  }
  return "";
}

bool TypeSignature::operator==(const TypeSignature& other) const {
  if (m_kind != other.m_kind || m_length != other.m_length) return false;
  if (m_parts == other.m_parts) return true;
  if (!m_parts || !other.m_parts) return false;
  const Parts& a = *m_parts;
  const Parts& b = *other.m_parts;
  switch (m_kind) {
    case Kind::kOptional:
    case Kind::kResponse:
    case Kind::kList:
      return a.inner == b.inner;
    case Kind::kTuple:
      return a.fields == b.fields;
    case Kind::kCallablePrincipal:
      return a.contract == b.contract;
    case Kind::kCallableTrait:
    case Kind::kTraitReference:
      return a.trait == b.trait;
    case Kind::kListUnion:
      return a.members == b.members;
    default:
      return true;
  }
}

namespace {

// The two rule sets of the reference: admits_type_v2_0 / least_supertype_v2_0 (Epochs 2.0 and 2.05, which have no
// callable types) and admits_type_v2_1 / least_supertype_v2_1.
enum class Rules : uint8_t { kV2_0, kV2_1 };

util::Result<bool> AdmitsWith(const TypeSignature& type, const TypeSignature& other_in, Rules rules) {
  TypeSignature other = other_in;
  if (rules == Rules::kV2_1) {
    // A callable is admitted as what it finally is; a union of principals and traits by nothing.
    util::Result<TypeSignature> concrete = Concretize(other_in);
    if (!concrete) return false;
    other = std::move(*concrete);
  }
  switch (type.kind()) {
    case Kind::kList:
      if (other.kind() != Kind::kList) return false;
      // An empty list is admitted by every list type.
      if (other.length() == 0) return true;
      if (type.length() < other.length()) return false;
      return AdmitsWith(type.inner(), other.inner(), rules);
    case Kind::kBuffer:
    case Kind::kStringAscii:
    case Kind::kStringUtf8:
      return other.kind() == type.kind() && type.length() >= other.length();
    case Kind::kOptional:
      if (other.kind() != Kind::kOptional) return false;
      // `none` (an optional of NoType) is admitted by every optional type.
      if (other.inner().IsNoType()) return true;
      return AdmitsWith(type.inner(), other.inner(), rules);
    case Kind::kResponse: {
      if (other.kind() != Kind::kResponse) return false;
      if (other.inner().IsNoType()) return AdmitsWith(type.err_type(), other.err_type(), rules);
      if (other.err_type().IsNoType()) return AdmitsWith(type.inner(), other.inner(), rules);
      STACKS_TRY(bool err_ok, AdmitsWith(type.err_type(), other.err_type(), rules));
      STACKS_TRY(bool ok_ok, AdmitsWith(type.inner(), other.inner(), rules));
      return err_ok && ok_ok;
    }
    case Kind::kTuple: {
      if (other.kind() != Kind::kTuple) return false;
      if (type.fields().size() != other.fields().size()) return false;
      for (const TupleFieldType& f : type.fields()) {
        const TypeSignature* other_field = other.FieldType(f.name);
        if (other_field == nullptr) return false;
        STACKS_TRY(bool admitted, AdmitsWith(f.type, *other_field, rules));
        if (!admitted) return false;
      }
      return true;
    }
    case Kind::kNoType:
      return util::InvalidArgument("could not determine type");
    case Kind::kCallablePrincipal:
    case Kind::kCallableTrait:
    case Kind::kListUnion:
      if (rules == Rules::kV2_0) return util::FailedPrecondition(type.ToString() + " should not be used in 2.0");
      return other == type;
    default:
      return other == type;
  }
}

util::Result<TypeSignature> SupertypeWith(const TypeSignature& a, const TypeSignature& b, Rules rules) {
  Kind ka = a.kind();
  Kind kb = b.kind();
  if (ka == Kind::kTuple && kb == Kind::kTuple) {
    std::vector<TupleFieldType> out;
    out.reserve(a.fields().size());
    for (const TupleFieldType& f : a.fields()) {
      const TypeSignature* other = b.FieldType(f.name);
      if (other == nullptr) return Mismatch(a, b);
      STACKS_TRY(TypeSignature field, SupertypeWith(f.type, *other, rules));
      out.push_back({f.name, std::move(field)});
    }
    util::Result<TypeSignature> tuple = TypeSignature::Tuple(std::move(out));
    if (!tuple) return util::ResourceExhausted("supertype of " + a.ToString() + " and " + b.ToString() + " too large");
    return tuple;
  }
  if (ka == Kind::kList && kb == Kind::kList) {
    TypeSignature entry;
    if (a.length() == 0) {
      entry = b.inner();
    } else if (b.length() == 0) {
      entry = a.inner();
    } else {
      STACKS_TRY(entry, SupertypeWith(a.inner(), b.inner(), rules));
    }
    util::Result<TypeSignature> list = TypeSignature::List(std::move(entry), std::max(a.length(), b.length()));
    if (!list) return util::ResourceExhausted("supertype of " + a.ToString() + " and " + b.ToString() + " too large");
    return list;
  }
  if (ka == Kind::kResponse && kb == Kind::kResponse) {
    STACKS_TRY(TypeSignature ok, SupertypeWith(a.inner(), b.inner(), rules));
    STACKS_TRY(TypeSignature err, SupertypeWith(a.err_type(), b.err_type(), rules));
    return TypeSignature::Response(std::move(ok), std::move(err));
  }
  if (ka == Kind::kOptional && kb == Kind::kOptional) {
    STACKS_TRY(TypeSignature some, SupertypeWith(a.inner(), b.inner(), rules));
    return TypeSignature::Optional(std::move(some));
  }
  if ((ka == Kind::kBuffer || ka == Kind::kStringAscii || ka == Kind::kStringUtf8) && ka == kb) {
    return a.length() >= b.length() ? a : b;
  }
  if (ka == Kind::kNoType) return b;
  if (kb == Kind::kNoType) return a;
  // Epochs 2.0 and 2.05 have no callable types: past this point only equal types unify.
  if (rules == Rules::kV2_0) {
    if (a == b) return a;
    return Mismatch(a, b);
  }

  auto as_callable = [](const TypeSignature& t) -> CallableSubtype {
    if (t.kind() == Kind::kCallablePrincipal) return t.contract();
    return t.trait();
  };
  bool a_callable = ka == Kind::kCallablePrincipal || ka == Kind::kCallableTrait;
  bool b_callable = kb == Kind::kCallablePrincipal || kb == Kind::kCallableTrait;
  if (a_callable && b_callable) {
    if (a == b) return a;
    return TypeSignature::ListUnion({as_callable(a), as_callable(b)});
  }
  if ((ka == Kind::kListUnion && b_callable) || (a_callable && kb == Kind::kListUnion)) {
    const TypeSignature& list_union = ka == Kind::kListUnion ? a : b;
    std::vector<CallableSubtype> members = list_union.union_members();
    members.push_back(as_callable(ka == Kind::kListUnion ? b : a));
    return TypeSignature::ListUnion(std::move(members));
  }
  if ((ka == Kind::kPrincipal && kb == Kind::kCallablePrincipal) ||
      (ka == Kind::kCallablePrincipal && kb == Kind::kPrincipal)) {
    return TypeSignature::Principal();
  }
  if ((ka == Kind::kPrincipal && kb == Kind::kListUnion) || (ka == Kind::kListUnion && kb == Kind::kPrincipal)) {
    const TypeSignature& list_union = ka == Kind::kListUnion ? a : b;
    for (const CallableSubtype& member : list_union.union_members()) {
      if (!IsPrincipalCallable(member)) return Mismatch(a, b);
    }
    return TypeSignature::Principal();
  }
  if (ka == Kind::kListUnion && kb == Kind::kListUnion) {
    std::vector<CallableSubtype> members = a.union_members();
    members.insert(members.end(), b.union_members().begin(), b.union_members().end());
    return TypeSignature::ListUnion(std::move(members));
  }
  if (a == b) return a;
  return Mismatch(a, b);
}

}  // namespace

util::Result<bool> AdmitsType(const TypeSignature& type, const TypeSignature& other) {
  return AdmitsWith(type, other, Rules::kV2_1);
}

util::Result<bool> AdmitsTypeV2_0(const TypeSignature& type, const TypeSignature& other) {
  return AdmitsWith(type, other, Rules::kV2_0);
}

util::Result<TypeSignature> LeastSupertype(const TypeSignature& a, const TypeSignature& b) {
  return SupertypeWith(a, b, Rules::kV2_1);
}

util::Result<TypeSignature> LeastSupertypeV2_0(const TypeSignature& a, const TypeSignature& b) {
  return SupertypeWith(a, b, Rules::kV2_0);
}

TypeSignature CanonicalizeV2_1(const TypeSignature& type) {
  // The rebuilt types are no larger or deeper than the originals, so their constructors cannot fail; if one did,
  // the type is kept as it was.
  util::Result<TypeSignature> out = type;
  switch (type.kind()) {
    case Kind::kTraitReference:
      return TypeSignature::CallableTrait(type.trait());
    case Kind::kOptional:
      out = TypeSignature::Optional(CanonicalizeV2_1(type.inner()));
      break;
    case Kind::kResponse:
      out = TypeSignature::Response(CanonicalizeV2_1(type.inner()), CanonicalizeV2_1(type.err_type()));
      break;
    case Kind::kList:
      out = TypeSignature::List(CanonicalizeV2_1(type.inner()), type.length());
      break;
    case Kind::kTuple: {
      std::vector<TupleFieldType> fields;
      fields.reserve(type.fields().size());
      for (const TupleFieldType& f : type.fields()) fields.push_back({f.name, CanonicalizeV2_1(f.type)});
      out = TypeSignature::Tuple(std::move(fields));
      break;
    }
    default:
      return type;
  }
  return out ? std::move(*out) : type;
}

}  // namespace stacks::clarity
