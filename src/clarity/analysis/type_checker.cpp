// The type checker's core (stacks-core clarity/src/vm/analysis/type_checker/v2_1/mod.rs and contexts.rs, and
// v2_05/mod.rs where Epochs 2.0 and 2.05 differ): the run over top-level expressions, the defines, type_check and
// type_check_expects, variables and function application, the early-exit return tracking, costs and memory, other
// contracts and trait compliance.
#include "clarity/analysis/type_checker.h"

#include <cctype>

#include "clarity/analysis/type_checker_impl.h"
#include "clarity/types/limits.h"

namespace stacks::clarity::analysis {

namespace detail {

namespace {

using EKind = SymbolicExpression::Kind;
using TKind = TypeSignature::Kind;

// Our own guard against expressions nested deeper than the parser allows (it refuses more than about 130 levels);
// it never fires on parsed source.
constexpr int kMaxCheckDepth = 1024;

std::string SpanText(const ast::Span& span) {
  return std::to_string(span.start_line) + ":" + std::to_string(span.start_column);
}

}  // namespace

TypeChecker::TypeChecker(ContractAnalysis& analysis, AnalysisDb& db, costs::CostTracker& tracker,
                         const TypeCheckOptions& options)
    : m_analysis(analysis),
      m_db(db),
      m_tracker(tracker),
      m_options(options),
      m_epoch(analysis.epoch),
      m_version(analysis.clarity_version) {
  if (m_options.charge_costs) {
    util::Result<costs::CostVersion> version = costs::CostVersionForEpoch(m_epoch, m_options.mainnet);
    if (version) {
      m_cost_version = *version;
    } else {
      m_cost_version_status = std::move(version).error();
    }
  }
}

// --- Costs and memory -------------------------------------------------------------------------------------------

util::Result<ExecutionCost> TypeChecker::ComputeCost(CostFunction function, uint64_t input) {
  if (!m_options.charge_costs) return ExecutionCost{};
  if (!m_cost_version) return m_cost_version_status.error();
  util::Result<ExecutionCost> cost = costs::Evaluate(*m_cost_version, function, input);
  if (!cost && cost.error().code == util::ErrorCode::kInvalidArgument) {
    return CheckError("CostComputationFailed(" + cost.error().message + ")");
  }
  return cost;
}

util::Status TypeChecker::AddCost(const ExecutionCost& cost) {
  if (!m_options.charge_costs) return {};
  return m_tracker.Add(cost);
}

util::Status TypeChecker::Charge(CostFunction function, uint64_t input) {
  STACKS_TRY(ExecutionCost cost, ComputeCost(function, input));
  return AddCost(cost);
}

util::Result<ExecutionCost> TypeChecker::ComputeTypeCheckCost(const TypeSignature& a, const TypeSignature& b) {
  util::Result<uint32_t> a_size = a.TypeSize();
  util::Result<uint32_t> b_size = b.TypeSize();
  if (!a_size || !b_size) return CheckError("CostOverflow");
  return ComputeCost(CostFunction::kAnalysisTypeCheck, std::max(*a_size, *b_size));
}

util::Status TypeChecker::ChargeTypeCheck(const TypeSignature& a, const TypeSignature& b) {
  STACKS_TRY(ExecutionCost cost, ComputeTypeCheckCost(a, b));
  return AddCost(cost);
}

util::Status TypeChecker::AddMemory(uint64_t bytes) {
  if (!m_options.charge_costs || m_epoch < StacksEpochId::k25) return {};
  if (bytes > UINT64_MAX - m_memory) return CheckError("CostOverflow");
  m_memory += bytes;
  if (m_memory > kMemoryLimit) {
    return LimitError("MemoryBalanceExceeded(" + std::to_string(m_memory) + ", " + std::to_string(kMemoryLimit) + ")");
  }
  return {};
}

util::Status TypeChecker::DropMemory(uint64_t bytes) {
  if (!m_options.charge_costs || m_epoch < StacksEpochId::k25) return {};
  if (bytes > m_memory) return CheckError("Unreachable(Underflowed dropped memory)");
  m_memory -= bytes;
  return {};
}

// --- Names and the contract's definitions ----------------------------------------------------------------------

util::Status TypeChecker::CheckNameUsed(std::string_view name) const {
  if (m_version >= ClarityVersion::kClarity3 && name == "block-height") {
    return CheckError("ReservedWord(" + std::string(name) + ")");
  }
  const ContractContext& c = m_contract;
  // As the reference's check_name_used, read-only functions are not among the names checked.
  const bool trait_name_used =
      m_version >= ClarityVersion::kClarity2 ? c.clarity2_trait_names.contains(name) : c.clarity1_traits.contains(name);
  if (c.variable_types.contains(name) || c.persisted_variable_types.contains(name) ||
      c.private_function_types.contains(name) || c.public_function_types.contains(name) ||
      c.fungible_tokens.contains(name) || c.non_fungible_tokens.contains(name) || trait_name_used ||
      c.map_types.contains(name)) {
    return CheckError("NameAlreadyUsed(" + std::string(name) + ")");
  }
  return {};
}

const FixedFunction* TypeChecker::UserFunction(std::string_view name) const {
  for (const auto* functions :
       {&m_contract.public_function_types, &m_contract.private_function_types, &m_contract.read_only_function_types}) {
    auto it = functions->find(name);
    if (it != functions->end()) return &it->second;
  }
  return nullptr;
}

const TraitDefinition* TypeChecker::ContextTrait(const TraitIdentifier& trait) const {
  if (m_version >= ClarityVersion::kClarity2) {
    auto it = m_contract.clarity2_traits.find(trait);
    return it == m_contract.clarity2_traits.end() ? nullptr : &it->second;
  }
  // Clarity 1 keeps traits by name only, whatever contract defines them.
  auto it = m_contract.clarity1_traits.find(trait.name);
  return it == m_contract.clarity1_traits.end() ? nullptr : &it->second;
}

// --- Type map and errors -----------------------------------------------------------------------------------------

util::Status TypeChecker::Annotate(const SymbolicExpression& expr, const TypeSignature& type) {
  const bool fresh =
      m_options.build_type_map ? m_type_map.emplace(expr.id, type).second : m_typed_ids.insert(expr.id).second;
  if (!fresh) return CheckError("TypeAlreadyAnnotatedFailure");
  return {};
}

void TypeChecker::NoteErrorAt(const SymbolicExpression& expr) {
  if (!m_error_span) m_error_span = expr.span;
}

// --- Checking expressions ---------------------------------------------------------------------------------------

util::Result<TypeSignature> TypeChecker::TypeCheck(const SymbolicExpression& expr, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(Charge(CostFunction::kAnalysisVisit, 0));
  if (++m_check_depth > kMaxCheckDepth) {
    --m_check_depth;
    NoteErrorAt(expr);
    return LimitError("ExpressionStackDepthTooDeep");
  }
  util::Result<TypeSignature> type = InferType(expr, context);
  --m_check_depth;
  if (type) {
    util::Result<uint32_t> size = TypeSizeOf(*type);
    util::Status annotated = size ? Charge(CostFunction::kAnalysisTypeAnnotate, *size) : util::Status(size.error());
    if (annotated) annotated = Annotate(expr, *type);
    if (!annotated) type = std::move(annotated).error();
  }
  if (!type) NoteErrorAt(expr);
  return type;
}

util::Result<TypeSignature> TypeChecker::InferType(const SymbolicExpression& expr, const TypingContext& context) {
  switch (expr.kind) {
    case EKind::kLiteralValue:
      if (!expr.value) return CheckError("CheckerImplementationFailure");
      // literal_type_of: a contract principal written in the source may still be used as a trait (from Epoch 2.1;
      // before it, type_of: a principal).
      if (expr.value->kind() == Value::Kind::kContract && !Before21())
        return TypeSignature::CallablePrincipal(expr.value->AsContract());
      return TypeOf(*expr.value);
    case EKind::kAtom:
      return LookupVariable(expr.name, context);
    case EKind::kList:
      return TypeCheckFunctionApplication(expr, context);
    case EKind::kField:
    case EKind::kTraitReference:
      return CheckError("UnexpectedTraitOrFieldReference");
  }
  return CheckError("CheckerImplementationFailure");
}

util::Result<TypeSignature> TypeChecker::TypeCheckExpects(const SymbolicExpression& expr, const TypingContext& context,
                                                          const TypeSignature& expected) {
  if (m_version >= ClarityVersion::kClarity2) {
    util::Result<TypeSignature> type = Clarity2TypeCheckExpects(expr, context, expected);
    if (!type) NoteErrorAt(expr);
    return type;
  }
  return Clarity1TypeCheckExpects(expr, context, expected);
}

util::Result<TypeSignature> TypeChecker::Clarity1TypeCheckExpects(const SymbolicExpression& expr,
                                                                  const TypingContext& context,
                                                                  const TypeSignature& expected) {
  // A trait is a callable trait in Clarity 1 from Epoch 2.1, a trait reference type before it.
  const TKind trait_kind = Before21() ? TKind::kTraitReference : TKind::kCallableTrait;
  if (expr.kind == EKind::kLiteralValue && expr.value && expr.value->kind() == Value::Kind::kContract &&
      expected.kind() == trait_kind) {
    // A contract principal literal where a trait is expected: the contract must implement it (no costs, as in the
    // reference).
    const ContractIdentifier& contract = expr.value->AsContract();
    const TraitIdentifier& trait = expected.trait();
    STACKS_TRY(const ContractAnalysis* to_check, LoadContract(contract));
    if (to_check == nullptr) return CheckError("NoSuchContract(" + contract.ToString() + ")");
    STACKS_TRY(const ContractAnalysis* defining, LoadContract(trait.contract));
    if (defining == nullptr) return CheckError("NoSuchContract(" + trait.contract.ToString() + ")");
    auto definition = defining->defined_traits.find(trait.name);
    if (definition == defining->defined_traits.end()) {
      return CheckError("NoSuchTrait(" + trait.contract.ToString() + ", " + trait.name + ")");
    }
    STACKS_RETURN_IF_ERROR(CheckTraitCompliance(*to_check, trait, definition->second, m_epoch));
    return expected;
  }
  STACKS_TRY(TypeSignature actual, TypeCheck(expr, context));
  STACKS_RETURN_IF_ERROR(ChargeTypeCheck(expected, actual));
  STACKS_TRY(bool admitted, Admits(expected, actual));
  if (!admitted) {
    NoteErrorAt(expr);
    return TypeError(expected, actual);
  }
  return actual;
}

util::Result<TypeSignature> TypeChecker::Clarity2TypeCheckExpects(const SymbolicExpression& expr,
                                                                  const TypingContext& context,
                                                                  const TypeSignature& expected) {
  // Not a visit: no cost_analysis_visit here, as in the reference.
  STACKS_TRY(TypeSignature actual, InferType(expr, context));
  STACKS_RETURN_IF_ERROR(ChargeTypeCheck(expected, actual));
  STACKS_RETURN_IF_ERROR(InnerTypeCheckType(actual, expected, 1));
  // The expression is now of the expected type.
  STACKS_TRY(uint32_t size, TypeSizeOf(expected));
  STACKS_RETURN_IF_ERROR(Charge(CostFunction::kAnalysisTypeAnnotate, size));
  STACKS_RETURN_IF_ERROR(Annotate(expr, expected));
  return expected;
}

util::Result<std::vector<TypeSignature>> TypeChecker::TypeCheckAll(Args args, const TypingContext& context) {
  std::vector<TypeSignature> out;
  out.reserve(args.size());
  for (const SymbolicExpression& arg : args) {
    STACKS_TRY(TypeSignature type, TypeCheck(arg, context));
    out.push_back(std::move(type));
  }
  return out;
}

util::Result<TypeSignature> TypeChecker::TypeCheckConsecutiveStatements(Args args, const TypingContext& context) {
  std::optional<TypeSignature> last;
  bool unchecked_response = false;
  for (size_t i = 0; i < args.size(); ++i) {
    STACKS_TRY(TypeSignature type, TypeCheck(args[i], context));
    if (i + 1 < args.size()) {
      if (type.kind() == TKind::kResponse) unchecked_response = true;
    } else {
      last = std::move(type);
    }
  }
  if (!last) return CheckError("CheckerImplementationFailure");
  if (unchecked_response) return CheckError("UncheckedIntermediaryResponses");
  return std::move(*last);
}

util::Result<TypeSignature> TypeChecker::LookupVariable(const std::string& name, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(Charge(CostFunction::kAnalysisLookupVariableConst, 0));
  if (std::optional<TypeSignature> reserved = ReservedVariableType(name, m_version)) return std::move(*reserved);
  auto constant = m_contract.variable_types.find(name);
  if (constant != m_contract.variable_types.end()) return constant->second;
  if (const TraitIdentifier* trait = context.LookupTraitReference(name)) {
    return Before21() ? TypeSignature::TraitReference(*trait) : TypeSignature::CallableTrait(*trait);
  }
  // At the top level nothing else is bound (and the depth cost below would take log2(0)).
  if (context.depth() == 0) return CheckError("UndefinedVariable(" + name + ")");
  STACKS_RETURN_IF_ERROR(Charge(CostFunction::kAnalysisLookupVariableDepth, context.depth()));
  if (const TypeSignature* type = context.LookupVariable(name)) return *type;
  return CheckError("UndefinedVariable(" + name + ")");
}

util::Result<TypeSignature> TypeChecker::TypeCheckFunctionApplication(const SymbolicExpression& expr,
                                                                      const TypingContext& context) {
  if (expr.items.empty()) return CheckError("NonFunctionApplication");
  const SymbolicExpression& head = expr.items[0];
  STACKS_RETURN_IF_ERROR(Annotate(head, TypeSignature::NoType()));
  if (head.kind != EKind::kAtom) return CheckError("NonFunctionApplication");
  Args args = Args(expr.items).subspan(1);
  if (const NativeFunction* native = LookupNative(head.name, m_version)) {
    if (const FunctionType* simple = native->SimpleIn(m_epoch)) return TypeCheckFunctionType(*simple, args, context);
    return native->special(*this, args, context);
  }
  const FixedFunction* function = UserFunction(head.name);
  if (function == nullptr) return CheckError("UnknownFunction(" + head.name + ")");
  // As the reference: the arguments given are checked against the parameters, and a wrong count is left to the
  // interpreter (it fails the call at run time).
  const FixedFunction& callee = *function;  // Stable: functions are only added between top-level expressions.
  for (size_t i = 0; i < args.size() && i < callee.args.size(); ++i) {
    STACKS_RETURN_IF_ERROR(TypeCheckExpects(args[i], context, callee.args[i].type));
  }
  return callee.returns;
}

util::Status TypeChecker::TrackReturnType(const TypeSignature& type) {
  STACKS_TRY(uint32_t size, TypeSizeOf(type));
  STACKS_RETURN_IF_ERROR(Charge(CostFunction::kAnalysisTypeCheck, size));
  // Outside a function an early exit cannot return anything: any type goes.
  if (!m_in_function) return {};
  if (!m_return_type) {
    m_return_type = type;
    return {};
  }
  util::Result<TypeSignature> joined = Supertype(*m_return_type, type);
  if (!joined) return CheckError("ReturnTypesMustMatch(" + m_return_type->ToString() + ", " + type.ToString() + ")");
  m_return_type = std::move(*joined);
  return {};
}

// --- Other contracts ---------------------------------------------------------------------------------------------

namespace {

void CanonicalizeFunctions(std::map<std::string, FixedFunction, std::less<>>& functions) {
  for (auto& [name, function] : functions) {
    for (FunctionArg& arg : function.args) arg.type = CanonicalizeV2_1(arg.type);
    function.returns = CanonicalizeV2_1(function.returns);
  }
}

}  // namespace

util::Result<const ContractAnalysis*> TypeChecker::LoadContract(const ContractIdentifier& contract) {
  auto cached = m_loaded.find(contract);
  if (cached != m_loaded.end()) return cached->second.get();
  STACKS_TRY(std::optional<ContractAnalysis> loaded, m_db.LoadAnalysis(contract));
  std::unique_ptr<ContractAnalysis> stored;
  if (loaded) {
    stored = std::make_unique<ContractAnalysis>(std::move(*loaded));
    // TypeChecker2_1 reads other contracts as Epoch 2.1 does (in every epoch from it, 2.2 included): pre-2.1 trait
    // reference types become callable traits. TypeChecker2_05 reads them as stored.
    if (!Before21()) {
      CanonicalizeFunctions(stored->public_function_types);
      CanonicalizeFunctions(stored->read_only_function_types);
      for (auto& [name, trait] : stored->defined_traits) {
        for (auto& [method, signature] : trait) {
          for (TypeSignature& arg : signature.args) arg = CanonicalizeV2_1(arg);
          signature.returns = CanonicalizeV2_1(signature.returns);
        }
      }
    }
  }
  const ContractAnalysis* out = stored.get();
  m_loaded.emplace(contract, std::move(stored));
  return out;
}

util::Result<FixedFunction> TypeChecker::ContractCallFunction(const ContractIdentifier& contract,
                                                              std::string_view name) {
  STACKS_TRY(const ContractAnalysis* callee, LoadContract(contract));
  if (callee == nullptr) return CheckError("NoSuchContract(" + contract.ToString() + ")");
  auto it = callee->public_function_types.find(name);
  if (it != callee->public_function_types.end()) return it->second;
  it = callee->read_only_function_types.find(name);
  if (it != callee->read_only_function_types.end()) return it->second;
  return CheckError("NoSuchPublicFunction(" + contract.ToString() + ", " + std::string(name) + ")");
}

util::Result<std::optional<TraitDefinition>> TypeChecker::DefinedTrait(const TraitIdentifier& trait) {
  STACKS_TRY(const ContractAnalysis* defining, LoadContract(trait.contract));
  if (defining == nullptr) return CheckError("NoSuchContract(" + trait.contract.ToString() + ")");
  auto it = defining->defined_traits.find(trait.name);
  if (it == defining->defined_traits.end()) return std::optional<TraitDefinition>();
  return std::optional<TraitDefinition>(it->second);
}

// --- Trait compliance (Clarity 2) --------------------------------------------------------------------------------

util::Result<TraitDefinition> TypeChecker::LookupTrait(const TraitIdentifier& trait) {
  if (const TraitDefinition* local = ContextTrait(trait)) {
    if (m_epoch >= StacksEpochId::k40) {
      // Only the runtime: resolving from the contract itself reads nothing.
      STACKS_TRY(uint64_t size, TraitTypeSize(*local));
      STACKS_TRY(ExecutionCost cost, ComputeCost(CostFunction::kAnalysisUseTraitEntry, size));
      STACKS_RETURN_IF_ERROR(AddCost(ExecutionCost{.runtime = cost.runtime}));
    }
    return *local;
  }
  // A trait of this contract must be in its context.
  if (trait.contract == contract_identifier()) {
    return CheckError("NoSuchTrait(" + trait.contract.ToString() + ", " + trait.name + ")");
  }
  util::Result<std::optional<TraitDefinition>> stored = DefinedTrait(trait);
  if (!stored) {
    STACKS_RETURN_IF_ERROR(Charge(CostFunction::kAnalysisUseTraitEntry, 1));
    return std::move(stored).error();
  }
  if (!*stored) {
    STACKS_RETURN_IF_ERROR(Charge(CostFunction::kAnalysisUseTraitEntry, 1));
    return CheckError("NoSuchTrait(" + trait.contract.ToString() + ", " + trait.name + ")");
  }
  STACKS_TRY(uint64_t size, TraitTypeSize(**stored));
  STACKS_RETURN_IF_ERROR(Charge(CostFunction::kAnalysisUseTraitEntry, size));
  return std::move(**stored);
}

namespace {

// mask_incompatible_or_propagate_error: which failures inside a compliance check make the traits incompatible
// (false), and which stop the analysis.
util::Result<bool> MaskIncompatible(util::Error error, StacksEpochId epoch) {
  const std::string_view variant = CheckErrorVariant(error);
  if (variant == "TraitReferenceChainTooDeep") return error;
  if (variant == "TypeSignatureTooDeep") return LimitError("TraitReferenceChainTooDeep");
  const bool cost_error = variant == "CostOverflow" || variant == "CostComputationFailed" ||
                          (variant.empty() && (error.code == util::ErrorCode::kResourceExhausted ||
                                               error.code == util::ErrorCode::kUnimplemented));
  if (cost_error && epoch >= StacksEpochId::k40) return error;
  // The db failing to read a stored analysis is not a verdict on the traits.
  if (error.code == util::ErrorCode::kCorruption) return error;
  return false;
}

}  // namespace

util::Result<bool> TypeChecker::FunctionsCompatible(const FunctionSignature& expected, const FunctionSignature& actual,
                                                    int depth) {
  if (expected.args.size() != actual.args.size()) return false;
  for (size_t i = 0; i < expected.args.size(); ++i) {
    util::Status checked = InnerTypeCheckType(actual.args[i], expected.args[i], depth + 1);
    if (!checked) return MaskIncompatible(std::move(checked).error(), m_epoch);
  }
  util::Status checked = InnerTypeCheckType(actual.returns, expected.returns, depth + 1);
  if (!checked) return MaskIncompatible(std::move(checked).error(), m_epoch);
  return true;
}

util::Status TypeChecker::TraitCompliance(const TraitIdentifier& actual_id, const TraitDefinition& actual,
                                          const TraitIdentifier& expected_id, const TraitDefinition& expected,
                                          int depth) {
  if (depth > MAX_TYPE_DEPTH) return LimitError("TraitReferenceChainTooDeep");
  if (actual_id == expected_id) return {};
  auto incompatible = [&] {
    return CheckError("IncompatibleTrait(" + expected_id.ToString() + ", " + actual_id.ToString() + ")");
  };
  for (const auto& [name, expected_signature] : expected) {
    auto it = actual.find(name);
    if (it == actual.end()) return incompatible();
    STACKS_TRY(bool compatible, FunctionsCompatible(expected_signature, it->second, depth));
    if (!compatible) return incompatible();
  }
  return {};
}

util::Status TypeChecker::InnerTypeCheckType(const TypeSignature& actual, const TypeSignature& expected, int depth) {
  if (depth > MAX_TYPE_DEPTH) return LimitError("TypeSignatureTooDeep");
  const TKind ka = actual.kind();
  const TKind ke = expected.kind();
  if (ka == TKind::kOptional && ke == TKind::kOptional)
    return InnerTypeCheckType(actual.inner(), expected.inner(), depth + 1);
  if (ka == TKind::kResponse && ke == TKind::kResponse) {
    STACKS_RETURN_IF_ERROR(InnerTypeCheckType(actual.inner(), expected.inner(), depth + 1));
    return InnerTypeCheckType(actual.err_type(), expected.err_type(), depth + 1);
  }
  if (ka == TKind::kList && ke == TKind::kList) {
    if (actual.length() > expected.length()) return TypeError(expected, actual);
    return InnerTypeCheckType(actual.inner(), expected.inner(), depth + 1);
  }
  if (ka == TKind::kTuple && ke == TKind::kTuple) {
    if (actual.fields().size() != expected.fields().size()) return TypeError(expected, actual);
    for (const TupleFieldType& field : expected.fields()) {
      const TypeSignature* actual_field = actual.FieldType(field.name);
      if (actual_field == nullptr) return TypeError(expected, actual);
      STACKS_RETURN_IF_ERROR(InnerTypeCheckType(*actual_field, field.type, depth + 1));
    }
    return {};
  }
  if (ka == TKind::kCallableTrait && ke == TKind::kCallableTrait) {
    if (actual.trait() == expected.trait()) return {};
    STACKS_TRY(TraitDefinition actual_trait, LookupTrait(actual.trait()));
    STACKS_TRY(TraitDefinition expected_trait, LookupTrait(expected.trait()));
    return TraitCompliance(actual.trait(), actual_trait, expected.trait(), expected_trait, depth);
  }
  if (ka == TKind::kCallablePrincipal && ke == TKind::kCallableTrait) {
    STACKS_TRY(const ContractAnalysis* contract, LoadContract(actual.contract()));
    if (contract == nullptr) {
      STACKS_RETURN_IF_ERROR(Charge(CostFunction::kAnalysisFetchContractEntry, 1));
      return CheckError("NoSuchContract(" + actual.contract().ToString() + ")");
    }
    // contract_analysis_size: the number of public and read-only functions.
    STACKS_RETURN_IF_ERROR(Charge(CostFunction::kAnalysisFetchContractEntry,
                                  contract->public_function_types.size() + contract->read_only_function_types.size()));
    STACKS_TRY(TraitDefinition expected_trait, LookupTrait(expected.trait()));
    return CheckTraitCompliance(*contract, expected.trait(), expected_trait, m_epoch);
  }
  if (ka == TKind::kListUnion && ke == TKind::kCallableTrait) {
    // Every member of the union must implement the trait.
    for (const CallableSubtype& member : actual.union_members()) {
      const TypeSignature member_type = std::holds_alternative<ContractIdentifier>(member)
                                            ? TypeSignature::CallablePrincipal(std::get<ContractIdentifier>(member))
                                            : TypeSignature::CallableTrait(std::get<TraitIdentifier>(member));
      STACKS_RETURN_IF_ERROR(InnerTypeCheckType(member_type, expected, depth + 1));
    }
    return {};
  }
  if (ka == TKind::kNoType) return {};
  STACKS_TRY(bool admitted, Admits(expected, actual));
  if (!admitted) return TypeError(expected, actual);
  return {};
}

// --- Defines -----------------------------------------------------------------------------------------------------

namespace {

enum class Define {
  kConstant,
  kPrivate,
  kPublic,
  kReadOnly,
  kMap,
  kDataVar,
  kFungibleToken,
  kNonFungibleToken,
  kTrait,
  kUseTrait,
  kImplTrait,
};

std::optional<Define> DefineNamed(std::string_view name) {
  static const std::pair<std::string_view, Define> kDefines[] = {
      {"define-constant", Define::kConstant},
      {"define-private", Define::kPrivate},
      {"define-public", Define::kPublic},
      {"define-read-only", Define::kReadOnly},
      {"define-map", Define::kMap},
      {"define-data-var", Define::kDataVar},
      {"define-fungible-token", Define::kFungibleToken},
      {"define-non-fungible-token", Define::kNonFungibleToken},
      {"define-trait", Define::kTrait},
      {"use-trait", Define::kUseTrait},
      {"impl-trait", Define::kImplTrait},
  };
  for (const auto& [define_name, define] : kDefines) {
    if (define_name == name) return define;
  }
  return std::nullopt;
}

util::Result<const std::string*> DefinedName(const SymbolicExpression& e) {
  if (e.kind != EKind::kAtom) return CheckError("ExpectedName");
  return &e.name;
}

}  // namespace

util::Result<std::pair<std::string, FixedFunction>> TypeChecker::TypeCheckDefineFunction(Args signature,
                                                                                         const SymbolicExpression& body,
                                                                                         const TypingContext& context) {
  if (signature.empty()) return CheckError("RequiresAtLeastArguments(1, 0)");
  Args parameters = signature.subspan(1);
  if (m_epoch >= StacksEpochId::k33 && parameters.size() > kMaxFunctionParameters) {
    return CheckError("TooManyFunctionParameters(" + std::to_string(parameters.size()) + ", " +
                      std::to_string(kMaxFunctionParameters) + ")");
  }
  if (signature[0].kind != EKind::kAtom) return CheckError("BadFunctionName");
  const std::string& name = signature[0].name;
  STACKS_TRY(auto arguments, ParseNameTypePairs(parameters, "Eval"));
  if (m_in_function) {
    return CheckError("Unreachable(Interpreter error: Previous function define left dirty typecheck state.)");
  }

  STACKS_TRY(TypingContext function_context, context.Extend());
  uint64_t tracked_memory = 0;
  for (const auto& [arg_name, arg_type] : arguments) {
    STACKS_RETURN_IF_ERROR(CheckNameUsed(arg_name));
    STACKS_TRY(uint32_t size, TypeSizeOf(arg_type));
    STACKS_RETURN_IF_ERROR(AddMemory(arg_name.size() + uint64_t{size}));
    tracked_memory += arg_name.size() + uint64_t{size};
    if (arg_type.kind() == TKind::kCallableTrait || arg_type.kind() == TKind::kTraitReference) {
      function_context.AddTraitReference(arg_name, arg_type.trait());
    } else {
      function_context.AddPlainVariable(arg_name, arg_type);
    }
  }

  m_in_function = true;
  m_return_type.reset();
  util::Result<TypeSignature> body_type = TypeCheck(body, function_context);
  STACKS_RETURN_IF_ERROR(DropMemory(tracked_memory));
  if (!body_type) {
    m_in_function = false;
    return std::move(body_type).error();
  }
  TypeSignature returns = std::move(*body_type);
  if (m_return_type) {
    // The value of the body must agree with every early exit.
    util::Result<TypeSignature> joined = Supertype(*m_return_type, returns);
    if (!joined)
      return CheckError("ReturnTypesMustMatch(" + m_return_type->ToString() + ", " + returns.ToString() + ")");
    returns = std::move(*joined);
  }
  STACKS_TRY(returns, Concretize(returns));
  m_in_function = false;
  m_return_type.reset();

  FixedFunction function;
  function.args.reserve(arguments.size());
  for (auto& [arg_name, arg_type] : arguments) function.args.push_back({std::move(arg_name), std::move(arg_type)});
  function.returns = std::move(returns);
  return std::make_pair(name, std::move(function));
}

util::Status TypeChecker::DefineTrait(const std::string& name, Args functions) {
  STACKS_TRY(TraitDefinition trait, ParseTraitType(functions));
  STACKS_TRY(uint64_t size, TraitTypeSize(trait));
  STACKS_RETURN_IF_ERROR(Charge(CostFunction::kAnalysisBindName, size));
  STACKS_RETURN_IF_ERROR(AddMemory(name.size()));
  STACKS_RETURN_IF_ERROR(AddMemory(size));
  if (m_version >= ClarityVersion::kClarity3) STACKS_RETURN_IF_ERROR(CheckNameUsed(name));
  TraitIdentifier id{name, contract_identifier()};
  m_trait_aliases.insert_or_assign(name, id);
  if (m_version >= ClarityVersion::kClarity2) {
    m_contract.clarity2_trait_names.insert(name);
    m_contract.clarity2_traits.insert_or_assign(std::move(id), std::move(trait));
  } else {
    m_contract.clarity1_traits.insert_or_assign(name, std::move(trait));
  }
  return {};
}

util::Status TypeChecker::UseTrait(const std::string& alias, const TraitIdentifier& trait_id) {
  STACKS_TRY(std::optional<TraitDefinition> trait, DefinedTrait(trait_id));
  if (!trait) {
    // The db was read even though nothing was found.
    STACKS_RETURN_IF_ERROR(Charge(CostFunction::kAnalysisUseTraitEntry, 1));
    return CheckError("TraitReferenceUnknown(" + alias + ")");
  }
  STACKS_TRY(uint64_t size, TraitTypeSize(*trait));
  STACKS_RETURN_IF_ERROR(Charge(CostFunction::kAnalysisUseTraitEntry, size));
  STACKS_RETURN_IF_ERROR(Charge(CostFunction::kAnalysisBindName, size));
  STACKS_RETURN_IF_ERROR(AddMemory(trait_id.name.size()));
  STACKS_RETURN_IF_ERROR(AddMemory(size));
  if (m_version >= ClarityVersion::kClarity3) STACKS_RETURN_IF_ERROR(CheckNameUsed(alias));
  m_trait_aliases.insert_or_assign(alias, trait_id);
  if (m_version >= ClarityVersion::kClarity2) {
    m_contract.clarity2_trait_names.insert(alias);
    m_contract.clarity2_traits.insert_or_assign(trait_id, std::move(*trait));
  } else {
    // Clarity 1 keeps an imported trait under its own name, not the alias.
    m_contract.clarity1_traits.insert_or_assign(trait_id.name, std::move(*trait));
  }
  return {};
}

util::Result<bool> TypeChecker::TryTypeCheckDefine(const SymbolicExpression& expr, TypingContext& context) {
  if (expr.kind != EKind::kList || expr.items.empty() || expr.items[0].kind != EKind::kAtom) return false;
  std::optional<Define> define = DefineNamed(expr.items[0].name);
  if (!define) return false;
  Args args = Args(expr.items).subspan(1);
  ContractContext& c = m_contract;

  // Binds a name of a data definition: cost_analysis_bind_name at the type size, its memory, the name check.
  auto bind = [&](const std::string& name, uint64_t type_size) -> util::Status {
    STACKS_RETURN_IF_ERROR(Charge(CostFunction::kAnalysisBindName, type_size));
    STACKS_RETURN_IF_ERROR(AddMemory(name.size()));
    STACKS_RETURN_IF_ERROR(AddMemory(type_size));
    return CheckNameUsed(name);
  };

  switch (*define) {
    case Define::kConstant: {
      STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
      STACKS_TRY(const std::string* name, DefinedName(args[0]));
      STACKS_TRY(TypeSignature type, TypeCheck(args[1], context));
      STACKS_TRY(uint32_t size, TypeSizeOf(type));
      STACKS_RETURN_IF_ERROR(bind(*name, size));
      c.variable_types.emplace(*name, std::move(type));
      return true;
    }
    case Define::kPrivate:
    case Define::kPublic:
    case Define::kReadOnly: {
      STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
      if (args[0].kind != EKind::kList) return CheckError("DefineFunctionBadSignature");
      STACKS_TRY(auto defined, TypeCheckDefineFunction(args[0].items, args[1], context));
      auto& [name, function] = defined;
      STACKS_TRY(uint64_t size, TotalTypeSize(function));
      STACKS_RETURN_IF_ERROR(Charge(CostFunction::kAnalysisBindName, size));
      STACKS_RETURN_IF_ERROR(AddMemory(name.size()));
      STACKS_RETURN_IF_ERROR(AddMemory(size));
      if (*define == Define::kPublic && function.returns.kind() != TKind::kResponse) {
        return CheckError("PublicFunctionMustReturnResponse(" + function.returns.ToString() + ")");
      }
      STACKS_RETURN_IF_ERROR(CheckNameUsed(name));
      auto& functions = *define == Define::kPrivate  ? c.private_function_types
                        : *define == Define::kPublic ? c.public_function_types
                                                     : c.read_only_function_types;
      functions.insert_or_assign(std::move(name), std::move(function));
      return true;
    }
    case Define::kMap: {
      STACKS_RETURN_IF_ERROR(CheckArgumentCount(3, args));
      STACKS_TRY(const std::string* name, DefinedName(args[0]));
      STACKS_RETURN_IF_ERROR(Annotate(args[1], TypeSignature::NoType()));
      STACKS_RETURN_IF_ERROR(Annotate(args[2], TypeSignature::NoType()));
      util::Result<TypeSignature> key = ParseType(args[1], false);
      if (!key) return CheckError("BadMapTypeDefinition");
      util::Result<TypeSignature> value = ParseType(args[2], false);
      if (!value) return CheckError("BadMapTypeDefinition");
      STACKS_TRY(uint32_t key_size, TypeSizeOf(*key));
      STACKS_TRY(uint32_t value_size, TypeSizeOf(*value));
      STACKS_RETURN_IF_ERROR(Charge(CostFunction::kAnalysisBindName, uint64_t{key_size} + value_size));
      STACKS_RETURN_IF_ERROR(AddMemory(name->size()));
      STACKS_RETURN_IF_ERROR(AddMemory(key_size));
      STACKS_RETURN_IF_ERROR(AddMemory(value_size));
      STACKS_RETURN_IF_ERROR(CheckNameUsed(*name));
      c.map_types.emplace(*name, std::make_pair(std::move(*key), std::move(*value)));
      return true;
    }
    case Define::kDataVar: {
      STACKS_RETURN_IF_ERROR(CheckArgumentCount(3, args));
      STACKS_TRY(const std::string* name, DefinedName(args[0]));
      util::Result<TypeSignature> type = ParseType(args[1], false);
      if (!type) return CheckError("DefineVariableBadSignature");
      STACKS_RETURN_IF_ERROR(TypeCheckExpects(args[2], context, *type));
      STACKS_TRY(uint32_t size, TypeSizeOf(*type));
      STACKS_RETURN_IF_ERROR(bind(*name, size));
      c.persisted_variable_types.emplace(*name, std::move(*type));
      return true;
    }
    case Define::kFungibleToken: {
      STACKS_RETURN_IF_ERROR(CheckArgumentsAtLeast(1, args));
      STACKS_TRY(const std::string* name, DefinedName(args[0]));
      if (args.size() > 2) return IncorrectArgumentCount(1, args.size());
      if (args.size() == 2) STACKS_RETURN_IF_ERROR(TypeCheckExpects(args[1], context, TypeSignature::UInt()));
      STACKS_RETURN_IF_ERROR(bind(*name, 1));  // the type size of uint
      c.fungible_tokens.insert(*name);
      return true;
    }
    case Define::kNonFungibleToken: {
      STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
      STACKS_TRY(const std::string* name, DefinedName(args[0]));
      util::Result<TypeSignature> type = ParseType(args[1], false);
      if (!type) return CheckError("DefineNFTBadSignature");
      STACKS_TRY(uint32_t size, TypeSizeOf(*type));
      STACKS_RETURN_IF_ERROR(bind(*name, size));
      c.non_fungible_tokens.emplace(*name, std::move(*type));
      return true;
    }
    case Define::kTrait: {
      STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
      STACKS_TRY(const std::string* name, DefinedName(args[0]));
      STACKS_RETURN_IF_ERROR(DefineTrait(*name, args.subspan(1)));
      return true;
    }
    case Define::kUseTrait: {
      STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
      STACKS_TRY(const std::string* name, DefinedName(args[0]));
      if (args[1].kind != EKind::kField || !args[1].field) return CheckError("ExpectedTraitIdentifier");
      STACKS_RETURN_IF_ERROR(UseTrait(*name, *args[1].field));
      return true;
    }
    case Define::kImplTrait: {
      STACKS_RETURN_IF_ERROR(CheckArgumentCount(1, args));
      if (args[0].kind != EKind::kField || !args[0].field) return CheckError("ExpectedTraitIdentifier");
      STACKS_RETURN_IF_ERROR(AddMemory(args[0].field->name.size()));
      c.implemented_traits.insert(*args[0].field);
      return true;
    }
  }
  return false;
}

// --- The run -----------------------------------------------------------------------------------------------------

util::Status TypeChecker::Run() {
  if (m_epoch < StacksEpochId::k20) return util::FailedPrecondition("Epoch 1.0 has no Clarity");
  if (Before21() && m_version != ClarityVersion::kClarity1) {
    return util::FailedPrecondition("only Clarity 1 exists before Epoch 2.1");
  }
  auto fail = [&](util::Error error) {
    if (m_error_span && m_error_span->start_line != 0) error.message += " at " + SpanText(*m_error_span);
    return error;
  };

  // The eventual storage cost of the analysis, linear in the number of nodes.
  uint64_t nodes = 0;
  std::vector<const SymbolicExpression*> stack;
  for (const SymbolicExpression& top : m_analysis.expressions) {
    stack.push_back(&top);
    while (!stack.empty()) {
      const SymbolicExpression* e = stack.back();
      stack.pop_back();
      ++nodes;
      for (const SymbolicExpression& item : e->items) stack.push_back(&item);
    }
  }
  if (util::Status charged = Charge(CostFunction::kAnalysisStorage, nodes); !charged) {
    return fail(std::move(charged).error());
  }
  if (m_options.build_type_map) m_type_map.reserve(nodes);

  TypingContext top_level(m_version);
  for (const SymbolicExpression& expr : m_analysis.expressions) {
    util::Result<bool> defined = TryTypeCheckDefine(expr, top_level);
    if (!defined) {
      NoteErrorAt(expr);
      return fail(std::move(defined).error());
    }
    if (*defined) continue;
    util::Result<TypeSignature> type = TypeCheck(expr, top_level);
    if (!type) return fail(std::move(type).error());
  }

  // into_contract_analysis.
  ContractAnalysis& a = m_analysis;
  ContractContext& c = m_contract;
  a.private_function_types = std::move(c.private_function_types);
  a.public_function_types = std::move(c.public_function_types);
  a.read_only_function_types = std::move(c.read_only_function_types);
  a.variable_types = std::move(c.variable_types);
  a.persisted_variable_types = std::move(c.persisted_variable_types);
  a.map_types = std::move(c.map_types);
  a.fungible_tokens = std::move(c.fungible_tokens);
  a.non_fungible_tokens = std::move(c.non_fungible_tokens);
  a.defined_traits.clear();
  if (m_version >= ClarityVersion::kClarity2) {
    // Only the traits this contract defines (imports stay with their contracts).
    for (auto& [id, trait] : c.clarity2_traits) {
      if (id.contract == a.contract_identifier) a.defined_traits.insert_or_assign(id.name, std::move(trait));
    }
  } else {
    // Clarity 1 stores imported traits too, under their own names.
    a.defined_traits = std::move(c.clarity1_traits);
  }
  a.implemented_traits = std::move(c.implemented_traits);
  if (m_options.build_type_map) a.type_map = std::move(m_type_map);
  return {};
}

}  // namespace detail

util::Status TypeCheck(ContractAnalysis& analysis, AnalysisDb& db, costs::CostTracker& tracker,
                       const TypeCheckOptions& options, uint64_t* memory_left) {
  detail::TypeChecker checker(analysis, db, tracker, options);
  STACKS_RETURN_IF_ERROR(checker.Run());
  if (memory_left != nullptr) *memory_left = checker.memory();
  return {};
}

util::Status CheckTraitCompliance(const ContractAnalysis& contract, const TraitIdentifier& trait,
                                  const TraitDefinition& definition, common::StacksEpochId epoch) {
  auto bad = [&](const std::string& method) {
    return detail::CheckError("BadTraitImplementation(" + trait.name + ", " + method + ")");
  };
  for (const auto& [method, expected] : definition) {
    auto public_fn = contract.public_function_types.find(method);
    auto read_only_fn = contract.read_only_function_types.find(method);
    const bool is_public = public_fn != contract.public_function_types.end();
    const bool is_read_only = read_only_fn != contract.read_only_function_types.end();
    if (is_public == is_read_only) return bad(method);
    const FixedFunction& function = is_public ? public_fn->second : read_only_fn->second;
    if (function.args.size() != expected.args.size()) return bad(method);
    // The function must accept whatever the trait's callers may pass.
    for (size_t i = 0; i < expected.args.size(); ++i) {
      STACKS_TRY(bool admitted, detail::Admits(function.args[i].type, expected.args[i], epoch));
      if (!admitted) return bad(method);
    }
    STACKS_TRY(bool returns_admitted, detail::Admits(expected.returns, function.returns, epoch));
    if (!returns_admitted) return bad(method);
  }
  return {};
}

std::string_view CheckErrorVariant(const util::Error& error) {
  std::string_view m = error.message;
  if (m.empty() || !std::isupper(static_cast<unsigned char>(m[0]))) return {};
  size_t end = 0;
  while (end < m.size() && std::isalnum(static_cast<unsigned char>(m[end]))) ++end;
  if (end < m.size() && m[end] != '(' && m[end] != ' ') return {};
  return m.substr(0, end);
}

}  // namespace stacks::clarity::analysis
