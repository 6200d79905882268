#include "clarity/types/value.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <utility>

#include "clarity/types/limits.h"
#include "clarity/types/names.h"
#include "clarity/types/utf8_internal.h"
#include "codec/stacks_address.h"

namespace stacks::clarity {

namespace {

using Kind = Value::Kind;

// The bodies behind Value::m_body, one per kind that has contents.
struct BufferBody {
  util::Bytes bytes;
};
struct AsciiBody {
  std::string text;
};
struct Utf8Body {
  std::u32string code_points;
};
struct PrincipalBody {
  StandardPrincipal principal;
};
struct ContractBody {
  ContractIdentifier contract;
  std::optional<TraitIdentifier> trait;  ///< Callables only.
};
struct WrapperBody {  ///< some / ok / err, with the wrapper's type cached.
  Value inner;
  TypeSignature type;
};
struct ListBody {
  std::vector<Value> items;
  TypeSignature type;
};
struct TupleBody {
  std::vector<TupleEntry> entries;  ///< Sorted by name.
  TypeSignature type;
};

// Rust's is_ascii_alphanumeric() || is_ascii_punctuation() || is_ascii_whitespace().
bool IsClarityAsciiByte(uint8_t b) {
  return (b >= 0x20 && b <= 0x7E) || b == '\t' || b == '\n' || b == '\f' || b == '\r';
}

util::Error TooLarge(std::string_view what) {
  return util::ResourceExhausted(std::string(what) + " larger than " + std::to_string(MAX_VALUE_SIZE) + " bytes");
}

util::Status CheckContract(const ContractIdentifier& contract) {
  if (contract.issuer.version >= 32) {
    return util::InvalidArgument("principal version " + std::to_string(contract.issuer.version) + " is not below 32");
  }
  return codec::ValidateContractName(contract.name, codec::CONTRACT_NAME_MAX_PARSE_LENGTH);
}

void SortEntries(std::vector<TupleEntry>& entries) {
  std::stable_sort(entries.begin(), entries.end(),
                   [](const TupleEntry& a, const TupleEntry& b) { return a.name < b.name; });
}

uint64_t Mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  return h;
}

uint64_t HashBytes(uint64_t h, std::string_view bytes) {
  for (unsigned char c : bytes) h = (h ^ c) * 0x100000001B3ull;
  return Mix(h, bytes.size());
}

}  // namespace

util::Result<Value> Value::Buffer(util::Bytes bytes) {
  if (bytes.size() > MAX_VALUE_SIZE) return TooLarge("buffer");
  return Value(Kind::kBuffer, false, 0, std::make_shared<BufferBody>(BufferBody{std::move(bytes)}));
}

util::Result<Value> Value::StringAscii(std::string text) {
  if (text.size() > MAX_VALUE_SIZE) return TooLarge("string-ascii");
  for (size_t i = 0; i < text.size(); ++i) {
    auto b = static_cast<uint8_t>(text[i]);
    if (!IsClarityAsciiByte(b)) {
      return util::InvalidArgument("byte " + std::to_string(b) + " at offset " + std::to_string(i) +
                                   " is not allowed in string-ascii");
    }
  }
  return Value(Kind::kStringAscii, false, 0, std::make_shared<AsciiBody>(AsciiBody{std::move(text)}));
}

util::Result<Value> Value::StringUtf8(std::string_view utf8) {
  std::u32string code_points;
  size_t pos = 0;
  while (pos < utf8.size()) {
    std::optional<char32_t> cp = internal::DecodeUtf8(utf8, &pos);
    if (!cp) return util::InvalidArgument("invalid UTF-8 at offset " + std::to_string(pos));
    code_points.push_back(*cp);
  }
  return StringUtf8FromCodePoints(std::move(code_points));
}

util::Result<Value> Value::StringUtf8FromCodePoints(std::u32string code_points) {
  if (code_points.size() > MAX_UTF8_VALUE_SIZE) {
    return util::ResourceExhausted("string-utf8 longer than " + std::to_string(MAX_UTF8_VALUE_SIZE) + " characters");
  }
  for (char32_t cp : code_points) {
    if (!internal::IsScalarValue(cp)) {
      return util::InvalidArgument("code point " + std::to_string(static_cast<uint32_t>(cp)) +
                                   " is not a unicode scalar value");
    }
  }
  return Value(Kind::kStringUtf8, false, 0, std::make_shared<Utf8Body>(Utf8Body{std::move(code_points)}));
}

util::Result<Value> Value::Principal(StandardPrincipal principal) {
  if (principal.version >= 32) {
    return util::InvalidArgument("principal version " + std::to_string(principal.version) + " is not below 32");
  }
  return Value(Kind::kPrincipal, false, 0, std::make_shared<PrincipalBody>(PrincipalBody{principal}));
}

util::Result<Value> Value::Contract(ContractIdentifier contract) {
  STACKS_RETURN_IF_ERROR(CheckContract(contract));
  return Value(Kind::kContract, false, 0, std::make_shared<ContractBody>(ContractBody{std::move(contract), {}}));
}

util::Result<Value> Value::Callable(ContractIdentifier contract, std::optional<TraitIdentifier> trait) {
  STACKS_RETURN_IF_ERROR(CheckContract(contract));
  return Value(Kind::kCallable, false, 0,
               std::make_shared<ContractBody>(ContractBody{std::move(contract), std::move(trait)}));
}

namespace {

// The types of `some`, `ok` and `err` around an int, uint or bool, built once: wrapping these is common, and their
// types need no building or checking (they are far inside the size and depth limits). TypeSignatures are
// immutable, so sharing them is safe.
enum class Wrapper : uint8_t { kSome, kOk, kErr };

const TypeSignature* SimpleWrapperType(Wrapper wrapper, Value::Kind inner) {
  int index = 0;
  switch (inner) {
    case Value::Kind::kInt:
      index = 0;
      break;
    case Value::Kind::kUInt:
      index = 1;
      break;
    case Value::Kind::kBool:
      index = 2;
      break;
    default:
      return nullptr;
  }
  static const std::array<std::array<TypeSignature, 3>, 3> kTypes = [] {
    const std::array<TypeSignature, 3> inners = {TypeSignature::Int(), TypeSignature::UInt(), TypeSignature::Bool()};
    std::array<std::array<TypeSignature, 3>, 3> types;
    for (size_t i = 0; i < inners.size(); ++i) {
      types[0][i] = TypeSignature::Optional(inners[i]).value();
      types[1][i] = TypeSignature::Response(inners[i], TypeSignature::NoType()).value();
      types[2][i] = TypeSignature::Response(TypeSignature::NoType(), inners[i]).value();
    }
    return types;
  }();
  return &kTypes[static_cast<size_t>(wrapper)][index];
}

// (wrapper false) and (wrapper true), built once by `wrap` (a lambda per wrapper, so a table per wrapper); their
// bodies are immutable, so copies share them. (ok true) is what most public functions answer.
template <typename Wrap>
const Value& PrebuiltBoolWrapper(bool inner, Wrapper wrapper, Wrap wrap) {
  static const std::array<Value, 2> kBools = {wrap(Value::Bool(false), *SimpleWrapperType(wrapper, Value::Kind::kBool)),
                                              wrap(Value::Bool(true), *SimpleWrapperType(wrapper, Value::Kind::kBool))};
  return kBools[inner ? 1 : 0];
}

}  // namespace

util::Result<Value> Value::Some(Value inner) {
  const auto wrap = [](Value v, TypeSignature type) {
    return Value(Kind::kOptional, true, 0, std::make_shared<WrapperBody>(WrapperBody{std::move(v), std::move(type)}));
  };
  if (inner.kind() == Kind::kBool) return PrebuiltBoolWrapper(inner.AsBool(), Wrapper::kSome, wrap);
  if (const TypeSignature* type = SimpleWrapperType(Wrapper::kSome, inner.kind())) return wrap(std::move(inner), *type);
  STACKS_TRY(TypeSignature type, TypeSignature::Optional(TypeOf(inner)));
  return wrap(std::move(inner), std::move(type));
}

util::Result<Value> Value::Ok(Value inner) {
  const auto wrap = [](Value v, TypeSignature type) {
    return Value(Kind::kResponse, true, 0, std::make_shared<WrapperBody>(WrapperBody{std::move(v), std::move(type)}));
  };
  if (inner.kind() == Kind::kBool) return PrebuiltBoolWrapper(inner.AsBool(), Wrapper::kOk, wrap);
  if (const TypeSignature* type = SimpleWrapperType(Wrapper::kOk, inner.kind())) return wrap(std::move(inner), *type);
  STACKS_TRY(TypeSignature type, TypeSignature::Response(TypeOf(inner), TypeSignature::NoType()));
  return wrap(std::move(inner), std::move(type));
}

util::Result<Value> Value::Err(Value inner) {
  const auto wrap = [](Value v, TypeSignature type) {
    return Value(Kind::kResponse, false, 0, std::make_shared<WrapperBody>(WrapperBody{std::move(v), std::move(type)}));
  };
  if (inner.kind() == Kind::kBool) return PrebuiltBoolWrapper(inner.AsBool(), Wrapper::kErr, wrap);
  if (const TypeSignature* type = SimpleWrapperType(Wrapper::kErr, inner.kind())) return wrap(std::move(inner), *type);
  STACKS_TRY(TypeSignature type, TypeSignature::Response(TypeSignature::NoType(), TypeOf(inner)));
  return wrap(std::move(inner), std::move(type));
}

namespace {

// The length that orders a sequence value's type among others of its kind.
size_t SequenceTypeLength(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::kBuffer:
      return v.AsBuffer().size();
    case Value::Kind::kStringAscii:
      return v.AsAscii().size();
    default:
      return v.AsUtf8().size();
  }
}

// The entry type of a list whose items are all of one kind that LeastSupertype joins trivially: ints, uints or
// bools (their type), buffers or strings of one kind (the longest one's type). Else nullopt.
std::optional<TypeSignature> UniformEntryType(const std::vector<Value>& items) {
  const Kind kind = items.front().kind();
  const bool scalar = kind == Kind::kInt || kind == Kind::kUInt || kind == Kind::kBool;
  const bool sequence = kind == Kind::kBuffer || kind == Kind::kStringAscii || kind == Kind::kStringUtf8;
  if (!scalar && !sequence) return std::nullopt;
  size_t longest = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].kind() != kind) return std::nullopt;
    if (sequence && SequenceTypeLength(items[i]) > SequenceTypeLength(items[longest])) longest = i;
  }
  return TypeOf(items[longest]);
}

}  // namespace

util::Result<Value> Value::List(std::vector<Value> items) {
  // construct_parent_list_type: fold the element types left to right through LeastSupertype (at once when the
  // items are all of one simple kind, for which that fold is the first type or the longest one).
  TypeSignature entry;
  std::optional<TypeSignature> uniform = items.empty() ? std::nullopt : UniformEntryType(items);
  if (uniform) entry = std::move(*uniform);
  for (size_t i = 0; !uniform && i < items.size(); ++i) {
    TypeSignature next = TypeOf(items[i]);
    if (i == 0) {
      entry = std::move(next);
    } else if (!(entry == next)) {
      STACKS_TRY(entry, LeastSupertype(entry, next));
    }
  }
  if (items.size() > UINT32_MAX) return TooLarge("list");
  STACKS_TRY(TypeSignature type, TypeSignature::List(std::move(entry), static_cast<uint32_t>(items.size())));
  return Value(Kind::kList, false, 0, std::make_shared<ListBody>(ListBody{std::move(items), std::move(type)}));
}

util::Result<Value> Value::ListWithType(std::vector<Value> items, const TypeSignature& list_type) {
  if (list_type.kind() != TypeSignature::Kind::kList) {
    return util::InvalidArgument("expected a list type, got " + list_type.ToString());
  }
  if (items.size() > list_type.length()) {
    return util::ResourceExhausted(std::to_string(items.size()) + " elements do not fit " + list_type.ToString());
  }
  for (const Value& item : items) {
    STACKS_TRY(bool admitted, Admits(list_type.inner(), item));
    if (!admitted) return util::InvalidArgument("list element does not match " + list_type.ToString());
  }
  return Value(Kind::kList, false, 0, std::make_shared<ListBody>(ListBody{std::move(items), list_type}));
}

util::Result<Value> Value::Tuple(std::vector<TupleEntry> entries) {
  std::vector<TupleFieldType> fields;
  fields.reserve(entries.size());
  for (const TupleEntry& e : entries) {
    if (!IsClarityName(e.name)) return util::InvalidArgument("bad tuple field name '" + e.name + "'");
    fields.push_back({e.name, TypeOf(e.value)});
  }
  STACKS_TRY(TypeSignature type, TypeSignature::Tuple(std::move(fields)));
  SortEntries(entries);
  return Value(Kind::kTuple, false, 0, std::make_shared<TupleBody>(TupleBody{std::move(entries), std::move(type)}));
}

util::Result<Value> Value::TupleWithType(std::vector<TupleEntry> entries, const TypeSignature& tuple_type,
                                         TupleFieldRule rule) {
  if (tuple_type.kind() != TypeSignature::Kind::kTuple) {
    return util::InvalidArgument("expected a tuple type, got " + tuple_type.ToString());
  }
  std::vector<TupleEntry> kept;
  kept.reserve(entries.size());
  for (TupleEntry& e : entries) {
    const TypeSignature* field_type = tuple_type.FieldType(e.name);
    if (field_type == nullptr) {
      return util::InvalidArgument("no field '" + e.name + "' in " + tuple_type.ToString());
    }
    STACKS_TRY(bool admitted, Admits(*field_type, e.value));
    if (!admitted) return util::InvalidArgument("field '" + e.name + "' does not match " + field_type->ToString());
    auto same = std::find_if(kept.begin(), kept.end(), [&](const TupleEntry& k) { return k.name == e.name; });
    if (same == kept.end()) {
      kept.push_back(std::move(e));
    } else if (rule == TupleFieldRule::kLegacy) {
      same->value = std::move(e.value);  // Before Epoch 4.1 the last repeated field wins.
    } else {
      return util::InvalidArgument("duplicate tuple field '" + e.name + "'");
    }
  }
  if (rule == TupleFieldRule::kExactFieldSet && kept.size() != tuple_type.fields().size()) {
    return util::InvalidArgument("tuple has " + std::to_string(kept.size()) + " of the fields of " +
                                 tuple_type.ToString());
  }
  SortEntries(kept);
  return Value(Kind::kTuple, false, 0, std::make_shared<TupleBody>(TupleBody{std::move(kept), tuple_type}));
}

const util::Bytes& Value::AsBuffer() const {
  if (m_kind != Kind::kBuffer) std::abort();
  return body<BufferBody>().bytes;
}

const std::string& Value::AsAscii() const {
  if (m_kind != Kind::kStringAscii) std::abort();
  return body<AsciiBody>().text;
}

const std::u32string& Value::AsUtf8() const {
  if (m_kind != Kind::kStringUtf8) std::abort();
  return body<Utf8Body>().code_points;
}

std::string Value::Utf8Bytes() const {
  std::string out;
  for (char32_t cp : AsUtf8()) internal::AppendUtf8(out, cp);
  return out;
}

const StandardPrincipal& Value::AsPrincipal() const {
  if (m_kind != Kind::kPrincipal) std::abort();
  return body<PrincipalBody>().principal;
}

const ContractIdentifier& Value::AsContract() const {
  if (m_kind != Kind::kContract && m_kind != Kind::kCallable) std::abort();
  return body<ContractBody>().contract;
}

const std::optional<TraitIdentifier>& Value::CallableTrait() const {
  if (m_kind != Kind::kCallable) std::abort();
  return body<ContractBody>().trait;
}

bool Value::IsSome() const {
  if (m_kind != Kind::kOptional) std::abort();
  return m_flag;
}

bool Value::IsOk() const {
  if (m_kind != Kind::kResponse) std::abort();
  return m_flag;
}

const Value& Value::Inner() const {
  if (!(m_kind == Kind::kOptional && m_flag) && m_kind != Kind::kResponse) std::abort();
  return body<WrapperBody>().inner;
}

const std::vector<Value>& Value::Items() const {
  if (m_kind != Kind::kList) std::abort();
  return body<ListBody>().items;
}

const std::vector<TupleEntry>& Value::Entries() const {
  if (m_kind != Kind::kTuple) std::abort();
  return body<TupleBody>().entries;
}

const Value* Value::Field(std::string_view name) const {
  const std::vector<TupleEntry>& entries = Entries();
  auto it = std::lower_bound(entries.begin(), entries.end(), name,
                             [](const TupleEntry& e, std::string_view n) { return e.name < n; });
  if (it == entries.end() || it->name != name) return nullptr;
  return &it->value;
}

bool Value::operator==(const Value& other) const {
  if (m_kind != other.m_kind || m_flag != other.m_flag) return false;
  switch (m_kind) {
    case Kind::kInt:
    case Kind::kUInt:
      return m_word == other.m_word;
    case Kind::kBool:
      return true;
    case Kind::kBuffer:
      return AsBuffer() == other.AsBuffer();
    case Kind::kStringAscii:
      return AsAscii() == other.AsAscii();
    case Kind::kStringUtf8:
      return AsUtf8() == other.AsUtf8();
    case Kind::kPrincipal:
      return AsPrincipal() == other.AsPrincipal();
    case Kind::kContract:
      return AsContract() == other.AsContract();
    case Kind::kCallable:
      return AsContract() == other.AsContract() && CallableTrait() == other.CallableTrait();
    case Kind::kOptional:
      return !m_flag || Inner() == other.Inner();
    case Kind::kResponse:
      return Inner() == other.Inner();
    case Kind::kList:
      return Items() == other.Items();
    case Kind::kTuple:
      return Entries() == other.Entries();
  }
  return false;
}

size_t Value::Hash() const {
  uint64_t h = Mix(static_cast<uint64_t>(m_kind), m_flag);
  switch (m_kind) {
    case Kind::kInt:
    case Kind::kUInt:
      h = Mix(Mix(h, static_cast<uint64_t>(m_word >> 64)), static_cast<uint64_t>(m_word));
      break;
    case Kind::kBool:
      break;
    case Kind::kBuffer: {
      const util::Bytes& b = AsBuffer();
      h = HashBytes(h, std::string_view(reinterpret_cast<const char*>(b.data()), b.size()));
      break;
    }
    case Kind::kStringAscii:
      h = HashBytes(h, AsAscii());
      break;
    case Kind::kStringUtf8:
      for (char32_t cp : AsUtf8()) h = Mix(h, cp);
      break;
    case Kind::kPrincipal: {
      const StandardPrincipal& p = AsPrincipal();
      h = HashBytes(Mix(h, p.version), std::string_view(reinterpret_cast<const char*>(p.hash160.data()), 20));
      break;
    }
    case Kind::kContract:
    case Kind::kCallable: {
      const ContractIdentifier& c = AsContract();
      h = HashBytes(Mix(h, c.issuer.version),
                    std::string_view(reinterpret_cast<const char*>(c.issuer.hash160.data()), 20));
      h = HashBytes(h, c.name);
      if (m_kind == Kind::kCallable && CallableTrait()) h = HashBytes(h, CallableTrait()->name);
      break;
    }
    case Kind::kOptional:
    case Kind::kResponse:
      if (m_kind == Kind::kResponse || m_flag) h = Mix(h, Inner().Hash());
      break;
    case Kind::kList:
      for (const Value& item : Items()) h = Mix(h, item.Hash());
      break;
    case Kind::kTuple:
      for (const TupleEntry& e : Entries()) h = Mix(HashBytes(h, e.name), e.value.Hash());
      break;
  }
  return static_cast<size_t>(h);
}

TypeSignature TypeOf(const Value& value) {
  switch (value.kind()) {
    case Kind::kInt:
      return TypeSignature::Int();
    case Kind::kUInt:
      return TypeSignature::UInt();
    case Kind::kBool:
      return TypeSignature::Bool();
    case Kind::kPrincipal:
    case Kind::kContract:
      return TypeSignature::Principal();
    // Lengths were bounded when the value was built, so these constructors cannot fail.
    case Kind::kBuffer:
      return *TypeSignature::Buffer(static_cast<uint32_t>(value.AsBuffer().size()));
    case Kind::kStringAscii:
      return *TypeSignature::StringAscii(static_cast<uint32_t>(value.AsAscii().size()));
    case Kind::kStringUtf8:
      return *TypeSignature::StringUtf8(static_cast<uint32_t>(value.AsUtf8().size()));
    case Kind::kOptional:
      if (!value.IsSome()) return *TypeSignature::Optional(TypeSignature::NoType());
      return value.body<WrapperBody>().type;
    case Kind::kResponse:
      return value.body<WrapperBody>().type;
    case Kind::kList:
      return value.body<ListBody>().type;
    case Kind::kTuple:
      return value.body<TupleBody>().type;
    case Kind::kCallable:
      if (value.CallableTrait()) return TypeSignature::CallableTrait(*value.CallableTrait());
      return TypeSignature::CallablePrincipal(value.AsContract());
  }
  std::abort();
}

uint32_t TypeSizeOf(const Value& value) {
  switch (value.kind()) {
    case Kind::kOptional:
      if (!value.IsSome()) break;
      return value.body<WrapperBody>().type.Size();
    case Kind::kResponse:
      return value.body<WrapperBody>().type.Size();
    case Kind::kList:
      return value.body<ListBody>().type.Size();
    case Kind::kTuple:
      return value.body<TupleBody>().type.Size();
    default:
      break;
  }
  return TypeOf(value).Size();
}

util::Result<bool> Admits(const TypeSignature& type, const Value& value) {
  // The common case without building the value's type: an int, uint or bool checked against its own type.
  using TypeKind = TypeSignature::Kind;
  switch (value.kind()) {
    case Value::Kind::kInt:
      if (type.kind() == TypeKind::kInt) return true;
      break;
    case Value::Kind::kUInt:
      if (type.kind() == TypeKind::kUInt) return true;
      break;
    case Value::Kind::kBool:
      if (type.kind() == TypeKind::kBool) return true;
      break;
    default:
      break;
  }
  return AdmitsType(type, TypeOf(value));
}

}  // namespace stacks::clarity
