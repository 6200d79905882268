#include "clarity/types/serialization.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <utility>
#include <vector>

#include "clarity/types/limits.h"
#include "clarity/types/names.h"
#include "clarity/types/utf8_internal.h"
#include "codec/stacks_address.h"
#include "util/hex.h"

namespace stacks::clarity {

namespace {

using Kind = Value::Kind;
using TypeKind = TypeSignature::Kind;

void WriteU8Prefix(codec::ByteWriter& w, TypePrefix prefix) { w.WriteU8(static_cast<uint8_t>(prefix)); }

void WriteU32Length(codec::ByteWriter& w, size_t length) {
  // Every length in a Value is bounded by MAX_VALUE_SIZE, far below UINT32_MAX.
  w.WriteU32(static_cast<uint32_t>(length));
}

void WriteContract(codec::ByteWriter& w, const ContractIdentifier& contract) {
  codec::WriteStacksAddress(w, contract.issuer);
  w.WriteU8(static_cast<uint8_t>(contract.name.size()));
  w.WriteBytes(util::AsBytes(contract.name));
}

// The reader of one deserialization: its limits and the position it started from.
class ValueReader {
 public:
  ValueReader(codec::ByteReader& reader, const DeserializeOptions& options)
      : m_reader(reader),
        m_start(reader.position()),
        m_sanitize(options.sanitize),
        m_rule(options.tuple_fields),
        m_depth_limit(options.sanitize ? MAX_TYPE_DEPTH : UNSANITIZED_DEPTH_CHECK),
        m_bound(options.sanitize && options.expected_type ? SANITIZATION_READ_BOUND : BOUND_VALUE_SERIALIZATION_BYTES) {
  }

  // Reads a value at `stack_depth`: 1 for the top level, one more inside each container (the reference's
  // deserializer stack, whose height it checks before every value).
  util::Result<Value> Read(const TypeSignature* expected, uint32_t stack_depth);

 private:
  util::Status CheckBound() const {
    if (m_reader.position() - m_start > m_bound) {
      return util::ResourceExhausted("value serialization longer than the read bound of " + std::to_string(m_bound) +
                                     " bytes");
    }
    return {};
  }
  util::Result<uint8_t> ReadU8(std::string_view what) {
    STACKS_TRY(uint8_t v, m_reader.ReadU8(what));
    STACKS_RETURN_IF_ERROR(CheckBound());
    return v;
  }
  // A u32 length or count, at most MAX_VALUE_SIZE.
  util::Result<uint32_t> ReadLength(std::string_view what) {
    STACKS_TRY(uint32_t v, m_reader.ReadU32(what));
    STACKS_RETURN_IF_ERROR(CheckBound());
    if (v > MAX_VALUE_SIZE) {
      return util::ResourceExhausted(std::string(what) + " " + std::to_string(v) + " exceeds limit " +
                                     std::to_string(MAX_VALUE_SIZE));
    }
    return v;
  }
  util::Result<util::ByteView> ReadBytes(size_t n, std::string_view what) {
    STACKS_TRY(util::ByteView v, m_reader.ReadBytes(n, what));
    STACKS_RETURN_IF_ERROR(CheckBound());
    return v;
  }
  util::Result<StandardPrincipal> ReadPrincipal() {
    STACKS_TRY(StandardPrincipal p, codec::ReadStacksAddress(m_reader));
    STACKS_RETURN_IF_ERROR(CheckBound());
    return p;
  }
  util::Result<ContractIdentifier> ReadContract() {
    STACKS_TRY(StandardPrincipal issuer, ReadPrincipal());
    STACKS_TRY(std::string name, codec::ReadContractName(m_reader, codec::CONTRACT_NAME_MAX_PARSE_LENGTH));
    STACKS_RETURN_IF_ERROR(CheckBound());
    return ContractIdentifier{issuer, std::move(name)};
  }
  // A tuple field name: u8 length <= MAX_STRING_LEN, then a Clarity name.
  util::Result<std::string> ReadClarityName() {
    size_t at = m_reader.position();
    STACKS_TRY(uint8_t len, ReadU8("tuple field name length"));
    if (len > MAX_STRING_LEN) {
      return util::ResourceExhausted("tuple field name length " + std::to_string(len) + " exceeds limit " +
                                     std::to_string(MAX_STRING_LEN));
    }
    STACKS_TRY(util::ByteView bytes, ReadBytes(len, "tuple field name"));
    std::string name(bytes.begin(), bytes.end());
    if (!IsClarityName(name)) {
      return util::InvalidArgument("bad tuple field name at offset " + std::to_string(at));
    }
    return name;
  }
  util::Error Expected(const TypeSignature& type, size_t at) const {
    return util::InvalidArgument("value at offset " + std::to_string(at) + " does not match expected type " +
                                 type.ToString());
  }
  // check_match!: with an expected type, its kind must be `kind`.
  util::Status Expect(const TypeSignature* expected, TypeKind kind, size_t at) const {
    if (expected != nullptr && expected->kind() != kind) return Expected(*expected, at);
    return {};
  }

  util::Result<Value> ReadList(const TypeSignature* expected, uint32_t stack_depth, size_t at);
  util::Result<Value> ReadTuple(const TypeSignature* expected, uint32_t stack_depth, size_t at);

  codec::ByteReader& m_reader;
  size_t m_start;
  bool m_sanitize;
  TupleFieldRule m_rule;
  uint32_t m_depth_limit;
  size_t m_bound;
};

util::Result<Value> ValueReader::Read(const TypeSignature* expected, uint32_t stack_depth) {
  if (stack_depth > m_depth_limit) {
    return util::ResourceExhausted("value nesting exceeds the deserialization depth limit " +
                                   std::to_string(m_depth_limit));
  }
  size_t at = m_reader.position();
  STACKS_TRY(uint8_t prefix_byte, ReadU8("type prefix"));
  if (prefix_byte > static_cast<uint8_t>(TypePrefix::kStringUtf8)) {
    return util::InvalidArgument("bad type prefix " + std::to_string(prefix_byte) + " at offset " + std::to_string(at));
  }
  switch (static_cast<TypePrefix>(prefix_byte)) {
    case TypePrefix::kInt: {
      STACKS_RETURN_IF_ERROR(Expect(expected, TypeKind::kInt, at));
      STACKS_TRY(Int128 v, m_reader.ReadI128("int"));
      STACKS_RETURN_IF_ERROR(CheckBound());
      return Value::Int(v);
    }
    case TypePrefix::kUInt: {
      STACKS_RETURN_IF_ERROR(Expect(expected, TypeKind::kUInt, at));
      STACKS_TRY(Uint128 v, m_reader.ReadU128("uint"));
      STACKS_RETURN_IF_ERROR(CheckBound());
      return Value::UInt(v);
    }
    case TypePrefix::kBuffer: {
      STACKS_TRY(uint32_t len, ReadLength("buffer length"));
      if (expected != nullptr && (expected->kind() != TypeKind::kBuffer || len > expected->length())) {
        return Expected(*expected, at);
      }
      STACKS_TRY(util::ByteView bytes, ReadBytes(len, "buffer"));
      return Value::Buffer(util::Bytes(bytes.begin(), bytes.end()));
    }
    case TypePrefix::kBoolTrue:
    case TypePrefix::kBoolFalse:
      STACKS_RETURN_IF_ERROR(Expect(expected, TypeKind::kBool, at));
      return Value::Bool(prefix_byte == static_cast<uint8_t>(TypePrefix::kBoolTrue));
    case TypePrefix::kPrincipalStandard: {
      STACKS_RETURN_IF_ERROR(Expect(expected, TypeKind::kPrincipal, at));
      STACKS_TRY(StandardPrincipal p, ReadPrincipal());
      return Value::Principal(p);
    }
    case TypePrefix::kPrincipalContract: {
      STACKS_RETURN_IF_ERROR(Expect(expected, TypeKind::kPrincipal, at));
      STACKS_TRY(ContractIdentifier c, ReadContract());
      return Value::Contract(std::move(c));
    }
    case TypePrefix::kResponseOk:
    case TypePrefix::kResponseErr: {
      bool ok = prefix_byte == static_cast<uint8_t>(TypePrefix::kResponseOk);
      const TypeSignature* inner_expected = nullptr;
      if (expected != nullptr) {
        if (expected->kind() != TypeKind::kResponse) return Expected(*expected, at);
        inner_expected = ok ? &expected->inner() : &expected->err_type();
      }
      STACKS_TRY(Value inner, Read(inner_expected, stack_depth + 1));
      return ok ? Value::Ok(std::move(inner)) : Value::Err(std::move(inner));
    }
    case TypePrefix::kOptionalNone:
      STACKS_RETURN_IF_ERROR(Expect(expected, TypeKind::kOptional, at));
      return Value::None();
    case TypePrefix::kOptionalSome: {
      const TypeSignature* inner_expected = nullptr;
      if (expected != nullptr) {
        if (expected->kind() != TypeKind::kOptional) return Expected(*expected, at);
        inner_expected = &expected->inner();
      }
      STACKS_TRY(Value inner, Read(inner_expected, stack_depth + 1));
      return Value::Some(std::move(inner));
    }
    case TypePrefix::kList:
      return ReadList(expected, stack_depth, at);
    case TypePrefix::kTuple:
      return ReadTuple(expected, stack_depth, at);
    case TypePrefix::kStringAscii: {
      STACKS_TRY(uint32_t len, ReadLength("string-ascii length"));
      if (expected != nullptr && (expected->kind() != TypeKind::kStringAscii || len > expected->length())) {
        return Expected(*expected, at);
      }
      STACKS_TRY(util::ByteView bytes, ReadBytes(len, "string-ascii"));
      return Value::StringAscii(std::string(bytes.begin(), bytes.end()));
    }
    case TypePrefix::kStringUtf8: {
      STACKS_TRY(uint32_t len, ReadLength("string-utf8 length"));
      STACKS_TRY(util::ByteView bytes, ReadBytes(len, "string-utf8"));
      util::Result<Value> value =
          Value::StringUtf8(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
      if (expected != nullptr) {
        // The reference decodes first and compares the character count afterwards.
        if (!value || expected->kind() != TypeKind::kStringUtf8 || value->AsUtf8().size() > expected->length()) {
          return Expected(*expected, at);
        }
      }
      return value;
    }
  }
  return util::InvalidArgument("bad type prefix at offset " + std::to_string(at));
}

util::Result<Value> ValueReader::ReadList(const TypeSignature* expected, uint32_t stack_depth, size_t at) {
  STACKS_TRY(uint32_t count, ReadLength("list length"));
  const TypeSignature* entry_type = nullptr;
  if (expected != nullptr) {
    if (expected->kind() != TypeKind::kList || count > expected->length()) return Expected(*expected, at);
    entry_type = &expected->inner();
  }
  std::vector<Value> items;
  // Each element takes at least one byte, so this never reserves more than the input could fill.
  items.reserve(std::min<size_t>(count, m_reader.remaining()));
  for (uint32_t i = 0; i < count; ++i) {
    STACKS_TRY(Value item, Read(entry_type, stack_depth + 1));
    items.push_back(std::move(item));
  }
  if (expected != nullptr) return Value::ListWithType(std::move(items), *expected);
  return Value::List(std::move(items));
}

util::Result<Value> ValueReader::ReadTuple(const TypeSignature* expected, uint32_t stack_depth, size_t at) {
  STACKS_TRY(uint32_t count, ReadLength("tuple length"));
  if (expected != nullptr) {
    if (expected->kind() != TypeKind::kTuple) return Expected(*expected, at);
    size_t declared = expected->fields().size();
    // Sanitizing reads may drop fields the type does not declare; plain reads need exactly its field count.
    if (m_sanitize ? count < declared : count != declared) return Expected(*expected, at);
  }
  std::vector<TupleEntry> entries;
  entries.reserve(std::min<size_t>(count, m_reader.remaining()));
  for (uint32_t i = 0; i < count; ++i) {
    STACKS_TRY(std::string name, ReadClarityName());
    const TypeSignature* field_type = nullptr;
    bool elide = false;
    if (expected != nullptr) {
      field_type = expected->FieldType(name);
      if (field_type == nullptr) {
        if (!m_sanitize) return Expected(*expected, at);
        elide = true;  // Read untyped, then dropped.
      }
    }
    STACKS_TRY(Value value, Read(field_type, stack_depth + 1));
    if (!elide) entries.push_back({std::move(name), std::move(value)});
  }
  if (expected != nullptr) {
    if (entries.size() != expected->fields().size()) return Expected(*expected, at);
    return Value::TupleWithType(std::move(entries), *expected, m_rule);
  }
  return Value::Tuple(std::move(entries));
}

uint32_t SizeOf(const Value& v) {
  switch (v.kind()) {
    case Kind::kInt:
    case Kind::kUInt:
      return 1 + 16;
    case Kind::kBool:
      return 1;
    case Kind::kBuffer:
      return 1 + 4 + static_cast<uint32_t>(v.AsBuffer().size());
    case Kind::kStringAscii:
      return 1 + 4 + static_cast<uint32_t>(v.AsAscii().size());
    case Kind::kStringUtf8: {
      uint32_t size = 1 + 4;
      for (char32_t cp : v.AsUtf8()) size += static_cast<uint32_t>(internal::Utf8Width(cp));
      return size;
    }
    case Kind::kPrincipal:
      return 1 + 1 + 20;
    case Kind::kContract:
    case Kind::kCallable:
      return 1 + 1 + 20 + 1 + static_cast<uint32_t>(v.AsContract().name.size());
    case Kind::kOptional:
      return v.IsSome() ? 1 + SizeOf(v.Inner()) : 1;
    case Kind::kResponse:
      return 1 + SizeOf(v.Inner());
    case Kind::kList: {
      uint32_t size = 1 + 4;
      for (const Value& item : v.Items()) size += SizeOf(item);
      return size;
    }
    case Kind::kTuple: {
      uint32_t size = 1 + 4;
      for (const TupleEntry& e : v.Entries()) size += 1 + static_cast<uint32_t>(e.name.size()) + SizeOf(e.value);
      return size;
    }
  }
  return 0;
}

}  // namespace

void WriteValue(codec::ByteWriter& w, const Value& v) {
  switch (v.kind()) {
    case Kind::kInt:
      WriteU8Prefix(w, TypePrefix::kInt);
      w.WriteI128(v.AsInt());
      return;
    case Kind::kUInt:
      WriteU8Prefix(w, TypePrefix::kUInt);
      w.WriteU128(v.AsUInt());
      return;
    case Kind::kBool:
      WriteU8Prefix(w, v.AsBool() ? TypePrefix::kBoolTrue : TypePrefix::kBoolFalse);
      return;
    case Kind::kBuffer:
      WriteU8Prefix(w, TypePrefix::kBuffer);
      WriteU32Length(w, v.AsBuffer().size());
      w.WriteBytes(v.AsBuffer());
      return;
    case Kind::kStringAscii:
      WriteU8Prefix(w, TypePrefix::kStringAscii);
      WriteU32Length(w, v.AsAscii().size());
      w.WriteBytes(util::AsBytes(v.AsAscii()));
      return;
    case Kind::kStringUtf8: {
      std::string utf8 = v.Utf8Bytes();
      WriteU8Prefix(w, TypePrefix::kStringUtf8);
      WriteU32Length(w, utf8.size());
      w.WriteBytes(util::AsBytes(utf8));
      return;
    }
    case Kind::kPrincipal:
      WriteU8Prefix(w, TypePrefix::kPrincipalStandard);
      codec::WriteStacksAddress(w, v.AsPrincipal());
      return;
    case Kind::kContract:
    case Kind::kCallable:
      WriteU8Prefix(w, TypePrefix::kPrincipalContract);
      WriteContract(w, v.AsContract());
      return;
    case Kind::kOptional:
      if (!v.IsSome()) {
        WriteU8Prefix(w, TypePrefix::kOptionalNone);
        return;
      }
      WriteU8Prefix(w, TypePrefix::kOptionalSome);
      WriteValue(w, v.Inner());
      return;
    case Kind::kResponse:
      WriteU8Prefix(w, v.IsOk() ? TypePrefix::kResponseOk : TypePrefix::kResponseErr);
      WriteValue(w, v.Inner());
      return;
    case Kind::kList:
      WriteU8Prefix(w, TypePrefix::kList);
      WriteU32Length(w, v.Items().size());
      for (const Value& item : v.Items()) WriteValue(w, item);
      return;
    case Kind::kTuple:
      WriteU8Prefix(w, TypePrefix::kTuple);
      WriteU32Length(w, v.Entries().size());
      for (const TupleEntry& e : v.Entries()) {
        w.WriteU8(static_cast<uint8_t>(e.name.size()));
        w.WriteBytes(util::AsBytes(e.name));
        WriteValue(w, e.value);
      }
      return;
  }
}

util::Bytes SerializeValue(const Value& value) {
  codec::ByteWriter w(SerializedSize(value));
  WriteValue(w, value);
  return w.Take();
}

std::string SerializeValueToHex(const Value& value) {
  std::string out;
  AppendValueHex(out, value);
  return out;
}

namespace {

// The serialization of an int, uint or bool, bare or as the one value inside an optional or response, into `out`
// (room for 18 bytes): the number of bytes written, or 0 for any other value.
size_t WriteSmallValue(const Value& value, uint8_t* out) {
  size_t n = 0;
  const Value* atom = &value;
  if (value.kind() == Kind::kOptional || value.kind() == Kind::kResponse) {
    if (value.kind() == Kind::kOptional && !value.IsSome()) {
      out[0] = static_cast<uint8_t>(TypePrefix::kOptionalNone);
      return 1;
    }
    out[n++] = static_cast<uint8_t>(value.kind() == Kind::kOptional ? TypePrefix::kOptionalSome
                                    : value.IsOk()                  ? TypePrefix::kResponseOk
                                                                    : TypePrefix::kResponseErr);
    atom = &value.Inner();
  }
  switch (atom->kind()) {
    case Kind::kInt:
    case Kind::kUInt: {
      const bool is_int = atom->kind() == Kind::kInt;
      out[n++] = static_cast<uint8_t>(is_int ? TypePrefix::kInt : TypePrefix::kUInt);
      const Uint128 bits = is_int ? static_cast<Uint128>(atom->AsInt()) : atom->AsUInt();
      uint64_t high = static_cast<uint64_t>(bits >> 64);
      uint64_t low = static_cast<uint64_t>(bits);
      if constexpr (std::endian::native == std::endian::little) {
        high = __builtin_bswap64(high);
        low = __builtin_bswap64(low);
      }
      std::memcpy(out + n, &high, 8);
      std::memcpy(out + n + 8, &low, 8);
      return n + 16;
    }
    case Kind::kBool:
      out[n++] = static_cast<uint8_t>(atom->AsBool() ? TypePrefix::kBoolTrue : TypePrefix::kBoolFalse);
      return n;
    default:
      return 0;
  }
}

}  // namespace

void AppendValueHex(std::string& out, const Value& value) {
  // The common map keys and values straight into the text, without the general writer.
  std::array<uint8_t, 18> small;
  if (const size_t n = WriteSmallValue(value, small.data()); n != 0) {
    util::AppendHex(out, util::ByteView(small.data(), n));
    return;
  }
  // Other values go through a buffer of the thread's, kept between calls (storage keys and values are serialized
  // for every read and write).
  thread_local codec::ByteWriter t_writer;
  t_writer.Clear();
  WriteValue(t_writer, value);
  util::AppendHex(out, t_writer.bytes());
}

uint32_t SerializedSize(const Value& value) { return SizeOf(value); }

util::Result<Value> ReadValue(codec::ByteReader& reader, const DeserializeOptions& options) {
  ValueReader value_reader(reader, options);
  const TypeSignature* expected = options.expected_type ? &*options.expected_type : nullptr;
  return value_reader.Read(expected, 1);
}

util::Result<Value> DeserializeValue(util::ByteView bytes, const DeserializeOptions& options) {
  codec::ByteReader reader(bytes);
  STACKS_TRY(Value value, ReadValue(reader, options));
  STACKS_RETURN_IF_ERROR(reader.ExpectEnd("clarity value"));
  return value;
}

namespace {

bool IsPlainAtom(const Value& value) {
  switch (value.kind()) {
    case Value::Kind::kInt:
    case Value::Kind::kUInt:
    case Value::Kind::kBool:
    case Value::Kind::kBuffer:
    case Value::Kind::kStringAscii:
    case Value::Kind::kStringUtf8:
    case Value::Kind::kPrincipal:
    case Value::Kind::kContract:
      return true;
    default:
      return false;
  }
}

}  // namespace

bool DeserializesAsItself(const Value& value) {
  if (value.kind() == Value::Kind::kOptional) return !value.IsSome() || IsPlainAtom(value.Inner());
  if (value.kind() == Value::Kind::kResponse) return IsPlainAtom(value.Inner());
  return IsPlainAtom(value);
}

util::Result<Value> DeserializeValueHex(std::string_view hex, const DeserializeOptions& options) {
  // Decoded into a buffer of the thread's, kept between calls (stored values are read as hex).
  thread_local util::Bytes t_bytes;
  STACKS_RETURN_IF_ERROR(util::FromHexInto(hex, /*allow_0x=*/true, t_bytes));
  return DeserializeValue(t_bytes, options);
}

}  // namespace stacks::clarity
