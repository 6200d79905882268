// Types written in the source (stacks-core clarity/src/vm/types/signatures.rs: parse_type_repr,
// parse_name_type_pairs, parse_trait_type_repr), as the type checker reads them: `<trait>` is a callable trait from
// Epoch 2.1 and a trait reference type before it.
#include "clarity/analysis/type_checker_impl.h"

namespace stacks::clarity::analysis::detail {

namespace {

using EKind = SymbolicExpression::Kind;

util::Error InvalidTypeDescription() { return CheckError("InvalidTypeDescription"); }

// The length of (list n t), (buff n), (string-ascii n), (string-utf8 n): an int literal.
const Value* LengthLiteral(const SymbolicExpression& e) {
  if (e.kind != EKind::kLiteralValue || !e.value || e.value->kind() != Value::Kind::kInt) return nullptr;
  return &*e.value;
}

}  // namespace

util::Result<TypeSignature> TypeChecker::ParseType(const SymbolicExpression& expr, bool charge) {
  if (charge) STACKS_RETURN_IF_ERROR(Charge(CostFunction::kTypeParseStep, 0));
  switch (expr.kind) {
    case EKind::kAtom:
      if (expr.name == "int") return TypeSignature::Int();
      if (expr.name == "uint") return TypeSignature::UInt();
      if (expr.name == "bool") return TypeSignature::Bool();
      if (expr.name == "principal") return TypeSignature::Principal();
      return CheckError("UnknownTypeName(" + expr.name + ")");
    case EKind::kTraitReference: {
      const TraitIdentifier* trait = expr.field ? &*expr.field : nullptr;
      if (trait == nullptr) {
        // No resolver pass filled it in: the trait defined or imported under that name so far.
        auto alias = m_trait_aliases.find(expr.name);
        if (alias == m_trait_aliases.end()) return CheckError("TraitReferenceUnknown(" + expr.name + ")");
        trait = &alias->second;
      }
      // A trait reference type before Epoch 2.1, a callable trait from it.
      return Before21() ? TypeSignature::TraitReference(*trait) : TypeSignature::CallableTrait(*trait);
    }
    case EKind::kList:
      break;
    default:
      return InvalidTypeDescription();
  }
  if (expr.items.empty() || expr.items[0].kind != EKind::kAtom) return InvalidTypeDescription();
  const std::string& head = expr.items[0].name;
  Args rest = Args(expr.items).subspan(1);
  if (head == "list") {
    if (rest.size() != 2) return InvalidTypeDescription();
    const Value* length = LengthLiteral(rest[0]);
    if (length == nullptr) return InvalidTypeDescription();
    STACKS_TRY(TypeSignature entry, ParseType(rest[1], charge));
    const Int128 n = length->AsInt();
    if (n < 0 || n > static_cast<Int128>(UINT32_MAX)) return CheckError("ValueTooLarge");
    return NewList(std::move(entry), static_cast<uint32_t>(n));
  }
  if (head == "buff" || head == "string-ascii" || head == "string-utf8") {
    if (rest.size() != 1) return InvalidTypeDescription();
    const Value* length = LengthLiteral(rest[0]);
    if (length == nullptr) return InvalidTypeDescription();
    if (head == "buff") return NewBuffer(length->AsInt());
    if (head == "string-ascii") return NewStringAscii(length->AsInt());
    return NewStringUtf8(length->AsInt());
  }
  if (head == "tuple") {
    STACKS_TRY(auto pairs, ParseNameTypePairs(rest, "TupleCons"));
    std::vector<TupleFieldType> fields;
    fields.reserve(pairs.size());
    for (auto& [name, type] : pairs) fields.push_back({std::move(name), std::move(type)});
    return NewTuple(std::move(fields));
  }
  if (head == "optional") {
    if (rest.size() != 1) return InvalidTypeDescription();
    STACKS_TRY(TypeSignature inner, ParseType(rest[0], charge));
    return NewOptional(std::move(inner));
  }
  if (head == "response") {
    if (rest.size() != 2) return InvalidTypeDescription();
    STACKS_TRY(TypeSignature ok, ParseType(rest[0], charge));
    STACKS_TRY(TypeSignature err, ParseType(rest[1], charge));
    return NewResponse(std::move(ok), std::move(err));
  }
  return InvalidTypeDescription();
}

util::Result<std::vector<std::pair<std::string, TypeSignature>>> TypeChecker::ParseNameTypePairs(
    Args pairs, std::string_view binding_kind) {
  auto binding_error = [&](std::string_view what, size_t index, const SymbolicExpression& at) {
    NoteErrorAt(at);
    return CheckError("BadSyntaxBinding(" + std::string(what) + "(" + std::string(binding_kind) + ", " +
                      std::to_string(index) + "))");
  };
  // Every pair's shape first, then the names and types in order.
  for (size_t i = 0; i < pairs.size(); ++i) {
    if (pairs[i].kind != EKind::kList) return binding_error("NotList", i, pairs[i]);
    if (pairs[i].items.size() != 2) return binding_error("InvalidLength", i, pairs[i]);
  }
  std::vector<std::pair<std::string, TypeSignature>> out;
  out.reserve(pairs.size());
  for (size_t i = 0; i < pairs.size(); ++i) {
    const SymbolicExpression& name = pairs[i].items[0];
    if (name.kind != EKind::kAtom) return binding_error("NotAtom", i, name);
    util::Result<TypeSignature> type = ParseType(pairs[i].items[1], false);
    if (!type) {
      NoteErrorAt(pairs[i].items[1]);
      return std::move(type).error();
    }
    out.emplace_back(name.name, std::move(*type));
  }
  return out;
}

util::Result<TraitDefinition> TypeChecker::ParseTraitType(Args functions) {
  if (functions.empty()) return InvalidTypeDescription();
  if (functions[0].kind != EKind::kList) return CheckError("DefineTraitBadSignature");
  const std::vector<SymbolicExpression>& methods = functions[0].items;
  const bool limited = m_epoch >= StacksEpochId::k33;
  if (limited && methods.size() > kMaxTraitMethods) {
    return CheckError("TraitTooManyMethods(" + std::to_string(methods.size()) + ", " +
                      std::to_string(kMaxTraitMethods) + ")");
  }
  TraitDefinition trait;
  for (const SymbolicExpression& method : methods) {
    if (method.kind != EKind::kList) return CheckError("DefineTraitBadSignature");
    if (method.items.size() != 3) return InvalidTypeDescription();
    const SymbolicExpression& name = method.items[0];
    if (name.kind != EKind::kAtom) return CheckError("DefineTraitBadSignature");
    if (method.items[1].kind != EKind::kList) return CheckError("DefineTraitBadSignature");
    const std::vector<SymbolicExpression>& arg_types = method.items[1].items;
    if (limited && arg_types.size() > kMaxFunctionParameters) {
      return CheckError("TooManyFunctionParameters(" + std::to_string(arg_types.size()) + ", " +
                        std::to_string(kMaxFunctionParameters) + ")");
    }
    FunctionSignature signature;
    signature.args.reserve(arg_types.size());
    for (const SymbolicExpression& arg : arg_types) {
      STACKS_TRY(TypeSignature type, ParseType(arg, false));
      signature.args.push_back(std::move(type));
    }
    util::Result<TypeSignature> returns = ParseType(method.items[2], false);
    if (!returns || returns->kind() != TypeSignature::Kind::kResponse) return CheckError("DefineTraitBadSignature");
    signature.returns = std::move(*returns);
    auto [it, inserted] = trait.insert_or_assign(name.name, std::move(signature));
    if (!inserted && m_version >= ClarityVersion::kClarity2) {
      return CheckError("DefineTraitDuplicateMethod(" + name.name + ")");
    }
  }
  return trait;
}

}  // namespace stacks::clarity::analysis::detail
