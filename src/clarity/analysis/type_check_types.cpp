// The type checker's errors and type builders: the reference's StaticCheckErrorKind variants as text, and the
// TypeSignature constructors, least_supertype and admits_type (v2_0 and v2_1) and concretize with the error kinds the
// reference's checker reports for them (clarity-types/src/types/signatures.rs, clarity/src/vm/analysis/errors.rs).
#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "clarity/analysis/type_checker_impl.h"
#include "clarity/types/limits.h"

namespace stacks::clarity::analysis::detail {

using Kind = TypeSignature::Kind;

util::Error CheckError(std::string variant) { return util::InvalidArgument(std::move(variant)); }

util::Error LimitError(std::string variant) { return util::ResourceExhausted(std::move(variant)); }

util::Error TypeError(const TypeSignature& expected, const TypeSignature& found) {
  return CheckError("TypeError(" + expected.ToString() + ", " + found.ToString() + ")");
}

util::Error UnionTypeError(const std::vector<TypeSignature>& expected, const TypeSignature& found) {
  std::string out = "UnionTypeError([";
  for (size_t i = 0; i < expected.size(); ++i) {
    if (i > 0) out += ", ";
    out += expected[i].ToString();
  }
  return CheckError(out + "], " + found.ToString() + ")");
}

util::Error IncorrectArgumentCount(size_t expected, size_t found) {
  return CheckError("IncorrectArgumentCount(" + std::to_string(expected) + ", " + std::to_string(found) + ")");
}

util::Status CheckArgumentCount(size_t expected, Args args) {
  if (args.size() != expected) return IncorrectArgumentCount(expected, args.size());
  return {};
}

util::Status CheckArgumentsAtLeast(size_t expected, Args args) {
  if (args.size() < expected) {
    return CheckError("RequiresAtLeastArguments(" + std::to_string(expected) + ", " + std::to_string(args.size()) +
                      ")");
  }
  return {};
}

util::Status CheckArgumentsAtMost(size_t expected, Args args) {
  if (args.size() > expected) {
    return CheckError("RequiresAtMostArguments(" + std::to_string(expected) + ", " + std::to_string(args.size()) + ")");
  }
  return {};
}

std::string VariantMessage(const util::Error& error) {
  const std::string& m = error.message;
  if (m == "ValueTooLarge") return "created a type which was greater than maximum allowed value size";
  if (m == "TypeSignatureTooDeep") return "created a type which was deeper than maximum allowed type depth";
  if (m == "EmptyTuplesNotAllowed") return "tuple types may not be empty";
  if (m.starts_with("NameAlreadyUsed(") && m.ends_with(")")) {
    return "defining '" + m.substr(16, m.size() - 17) + "' conflicts with previous value";
  }
  return m;
}

// --- Constructors -----------------------------------------------------------------------------------------------

namespace {

util::Error ValueTooLarge() { return CheckError("ValueTooLarge"); }
util::Error TooDeep() { return LimitError("TypeSignatureTooDeep"); }

util::Result<TypeSignature> OrTooLarge(util::Result<TypeSignature> type) {
  if (!type) return ValueTooLarge();
  return type;
}

}  // namespace

util::Result<TypeSignature> NewOptional(TypeSignature inner) {
  if (uint64_t{WRAPPER_VALUE_SIZE} + inner.Size() > MAX_VALUE_SIZE) return ValueTooLarge();
  if (1 + inner.Depth() > MAX_TYPE_DEPTH) return TooDeep();
  return OrTooLarge(TypeSignature::Optional(std::move(inner)));
}

util::Result<TypeSignature> NewResponse(TypeSignature ok, TypeSignature err) {
  if (uint64_t{WRAPPER_VALUE_SIZE} + std::max(ok.Size(), err.Size()) > MAX_VALUE_SIZE) return ValueTooLarge();
  if (1 + std::max(ok.Depth(), err.Depth()) > MAX_TYPE_DEPTH) return TooDeep();
  return OrTooLarge(TypeSignature::Response(std::move(ok), std::move(err)));
}

util::Result<TypeSignature> NewList(TypeSignature entry, uint32_t max_len) {
  if (1 + entry.Depth() > MAX_TYPE_DEPTH) return TooDeep();
  return OrTooLarge(TypeSignature::List(std::move(entry), max_len));
}

util::Result<TypeSignature> NewTuple(std::vector<TupleFieldType> fields) {
  if (fields.empty()) return CheckError("EmptyTuplesNotAllowed");
  // The first name written twice, in the order written.
  std::set<std::string_view> names;
  for (const TupleFieldType& f : fields) {
    if (!names.insert(f.name).second) return CheckError("NameAlreadyUsed(" + f.name + ")");
  }
  for (const TupleFieldType& f : fields) {
    if (1 + f.type.Depth() > MAX_TYPE_DEPTH) return TooDeep();
  }
  return OrTooLarge(TypeSignature::Tuple(std::move(fields)));
}

namespace {

util::Result<uint32_t> CheckedLength(Int128 len, uint32_t max) {
  if (len > static_cast<Int128>(max)) return ValueTooLarge();
  if (len < 0) return CheckError("ValueOutOfBounds");
  return static_cast<uint32_t>(len);
}

}  // namespace

util::Result<TypeSignature> NewBuffer(Int128 len) {
  STACKS_TRY(uint32_t n, CheckedLength(len, MAX_VALUE_SIZE));
  return OrTooLarge(TypeSignature::Buffer(n));
}

util::Result<TypeSignature> NewStringAscii(Int128 len) {
  STACKS_TRY(uint32_t n, CheckedLength(len, MAX_VALUE_SIZE));
  return OrTooLarge(TypeSignature::StringAscii(n));
}

util::Result<TypeSignature> NewStringUtf8(Int128 len) {
  STACKS_TRY(uint32_t n, CheckedLength(len, MAX_UTF8_VALUE_SIZE));
  return OrTooLarge(TypeSignature::StringUtf8(n));
}

util::Result<uint32_t> TypeSizeOf(const TypeSignature& type) {
  util::Result<uint32_t> size = type.TypeSize();
  if (!size) return ValueTooLarge();
  return size;
}

// --- least_supertype, concretize, admits ------------------------------------------------------------------------

namespace {

bool IsCallable(Kind k) { return k == Kind::kCallablePrincipal || k == Kind::kCallableTrait; }

CallableSubtype AsCallable(const TypeSignature& t) {
  if (t.kind() == Kind::kCallablePrincipal) return t.contract();
  return t.trait();
}

TypeSignature CallableType(const CallableSubtype& c) {
  if (const auto* contract = std::get_if<ContractIdentifier>(&c)) return TypeSignature::CallablePrincipal(*contract);
  return TypeSignature::CallableTrait(std::get<TraitIdentifier>(c));
}

util::Result<TypeSignature> SupertypeWith(const TypeSignature& a, const TypeSignature& b, bool callables);

// factor_out_no_type.
util::Result<TypeSignature> FactorOutNoType(const TypeSignature& a, const TypeSignature& b, bool callables) {
  if (a.IsNoType()) return b;
  if (b.IsNoType()) return a;
  return SupertypeWith(a, b, callables);
}

// least_supertype_v2_1, or without the callable rules least_supertype_v2_0.
util::Result<TypeSignature> SupertypeWith(const TypeSignature& a, const TypeSignature& b, bool callables) {
  const Kind ka = a.kind();
  const Kind kb = b.kind();
  if (ka == Kind::kTuple && kb == Kind::kTuple) {
    std::vector<TupleFieldType> out;
    out.reserve(a.fields().size());
    for (const TupleFieldType& f : a.fields()) {
      const TypeSignature* other = b.FieldType(f.name);
      if (other == nullptr) return TypeError(a, b);
      STACKS_TRY(TypeSignature field, SupertypeWith(f.type, *other, callables));
      out.push_back({f.name, std::move(field)});
    }
    util::Result<TypeSignature> tuple = TypeSignature::Tuple(std::move(out));
    if (!tuple) return CheckError("SupertypeTooLarge");
    return tuple;
  }
  if (ka == Kind::kList && kb == Kind::kList) {
    TypeSignature entry;
    if (a.length() == 0) {
      entry = b.inner();
    } else if (b.length() == 0) {
      entry = a.inner();
    } else {
      STACKS_TRY(entry, SupertypeWith(a.inner(), b.inner(), callables));
    }
    util::Result<TypeSignature> list = TypeSignature::List(std::move(entry), std::max(a.length(), b.length()));
    if (!list) return CheckError("SupertypeTooLarge");
    return list;
  }
  if (ka == Kind::kResponse && kb == Kind::kResponse) {
    STACKS_TRY(TypeSignature ok, FactorOutNoType(a.inner(), b.inner(), callables));
    STACKS_TRY(TypeSignature err, FactorOutNoType(a.err_type(), b.err_type(), callables));
    return NewResponse(std::move(ok), std::move(err));
  }
  if (ka == Kind::kOptional && kb == Kind::kOptional) {
    STACKS_TRY(TypeSignature some, FactorOutNoType(a.inner(), b.inner(), callables));
    return NewOptional(std::move(some));
  }
  if ((ka == Kind::kBuffer || ka == Kind::kStringAscii || ka == Kind::kStringUtf8) && ka == kb) {
    return a.length() > b.length() ? a : b;
  }
  if (ka == Kind::kNoType) return b;
  if (kb == Kind::kNoType) return a;
  // Epochs 2.0 and 2.05 have no callable types: past this point only equal types unify.
  if (!callables) {
    if (a == b) return a;
    return TypeError(a, b);
  }
  if (IsCallable(ka) && IsCallable(kb)) {
    if (a == b) return a;
    return TypeSignature::ListUnion({AsCallable(a), AsCallable(b)});
  }
  if ((ka == Kind::kListUnion && IsCallable(kb)) || (IsCallable(ka) && kb == Kind::kListUnion)) {
    const TypeSignature& list_union = ka == Kind::kListUnion ? a : b;
    std::vector<CallableSubtype> members = list_union.union_members();
    members.push_back(AsCallable(ka == Kind::kListUnion ? b : a));
    return TypeSignature::ListUnion(std::move(members));
  }
  if ((ka == Kind::kPrincipal && kb == Kind::kCallablePrincipal) ||
      (ka == Kind::kCallablePrincipal && kb == Kind::kPrincipal)) {
    return TypeSignature::Principal();
  }
  if ((ka == Kind::kPrincipal && kb == Kind::kListUnion) || (ka == Kind::kListUnion && kb == Kind::kPrincipal)) {
    const TypeSignature& list_union = ka == Kind::kListUnion ? a : b;
    for (const CallableSubtype& member : list_union.union_members()) {
      if (std::holds_alternative<TraitIdentifier>(member)) return TypeError(a, b);
    }
    return TypeSignature::Principal();
  }
  if (ka == Kind::kListUnion && kb == Kind::kListUnion) {
    std::vector<CallableSubtype> members = a.union_members();
    members.insert(members.end(), b.union_members().begin(), b.union_members().end());
    return TypeSignature::ListUnion(std::move(members));
  }
  if (a == b) return a;
  return TypeError(a, b);
}

}  // namespace

util::Result<TypeSignature> Supertype(const TypeSignature& a, const TypeSignature& b, StacksEpochId epoch) {
  return SupertypeWith(a, b, /*callables=*/epoch >= StacksEpochId::k21);
}

util::Result<TypeSignature> Concretize(const TypeSignature& type) {
  if (type.kind() == Kind::kListUnion) {
    // As the reference's loop, which starts out assuming principals: any trait member is a mismatch.
    for (const CallableSubtype& member : type.union_members()) {
      if (std::holds_alternative<TraitIdentifier>(member))
        return TypeError(TypeSignature::Principal(), CallableType(member));
    }
    return TypeSignature::Principal();
  }
  if (type.kind() == Kind::kCallablePrincipal) return TypeSignature::Principal();
  return type;
}

util::Result<bool> Admits(const TypeSignature& expected, const TypeSignature& found, StacksEpochId epoch) {
  if (epoch >= StacksEpochId::k21) {
    util::Result<bool> admitted = AdmitsType(expected, found);
    if (!admitted) return CheckError("CouldNotDetermineType");
    return admitted;
  }
  util::Result<bool> admitted = AdmitsTypeV2_0(expected, found);
  if (!admitted) {
    if (admitted.error().code == util::ErrorCode::kFailedPrecondition) {
      return CheckError("Unreachable(" + admitted.error().message + ")");
    }
    return CheckError("CouldNotDetermineType");
  }
  return admitted;
}

// --- Sizes ----------------------------------------------------------------------------------------------------------

namespace {

util::Result<uint64_t> CostAdd(uint64_t a, uint64_t b) {
  if (a > UINT64_MAX - b) return CheckError("CostOverflow");
  return a + b;
}

}  // namespace

util::Result<uint64_t> TotalTypeSize(const FunctionSignature& function) {
  STACKS_TRY(uint64_t total, TypeSizeOf(function.returns));
  for (const TypeSignature& arg : function.args) {
    STACKS_TRY(uint32_t size, TypeSizeOf(arg));
    STACKS_TRY(total, CostAdd(total, size));
  }
  return total;
}

util::Result<uint64_t> TotalTypeSize(const FixedFunction& function) {
  STACKS_TRY(uint64_t total, TypeSizeOf(function.returns));
  for (const FunctionArg& arg : function.args) {
    STACKS_TRY(uint32_t size, TypeSizeOf(arg.type));
    STACKS_TRY(total, CostAdd(total, size));
  }
  return total;
}

util::Result<uint64_t> TraitTypeSize(const TraitDefinition& trait) {
  uint64_t total = 0;
  for (const auto& [name, method] : trait) {
    STACKS_TRY(uint64_t size, TotalTypeSize(method));
    STACKS_TRY(total, CostAdd(total, size));
  }
  return total;
}

const CommonTypes& Types() {
  static const CommonTypes types = [] {
    CommonTypes t;
    t.buffer_1 = *TypeSignature::Buffer(1);
    t.buffer_16 = *TypeSignature::Buffer(16);
    t.buffer_20 = *TypeSignature::Buffer(20);
    t.buffer_32 = *TypeSignature::Buffer(32);
    t.buffer_33 = *TypeSignature::Buffer(33);
    t.buffer_34 = *TypeSignature::Buffer(34);
    t.buffer_64 = *TypeSignature::Buffer(64);
    t.buffer_65 = *TypeSignature::Buffer(65);
    t.buffer_1024 = *TypeSignature::Buffer(1024);
    t.buffer_max = *TypeSignature::Buffer(MAX_VALUE_SIZE);
    t.ascii_1 = *TypeSignature::StringAscii(1);
    t.ascii_40 = *TypeSignature::StringAscii(40);
    t.ascii_128 = *TypeSignature::StringAscii(128);
    t.ascii_contract_name = *TypeSignature::StringAscii(MAX_CONTRACT_NAME_LITERAL_LEN);
    t.ascii_max = *TypeSignature::StringAscii(MAX_VALUE_SIZE);
    t.utf8_1 = *TypeSignature::StringUtf8(1);
    t.utf8_40 = *TypeSignature::StringUtf8(40);
    t.utf8_max = *TypeSignature::StringUtf8(MAX_UTF8_VALUE_SIZE);
    // MAX_TO_ASCII_BUFFER_LEN: ((MAX_VALUE_SIZE - 5) - 2) / 2, for "0x" and two characters a byte.
    t.to_ascii_buffer_max = *TypeSignature::Buffer((MAX_VALUE_SIZE - 5 - 2) / 2);
    return t;
  }();
  return types;
}

}  // namespace stacks::clarity::analysis::detail
