// Internals of the type checker (type_checker.h), shared by its .cpp files: the checker itself, the function types
// of the natives (FunctionType), the native table, the error and type builders with the reference's error kinds.
// Not a public header: only src/clarity/analysis/type_check*.cpp and its tests include it.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "clarity/analysis/analysis_db.h"
#include "clarity/analysis/contract_analysis.h"
#include "clarity/analysis/type_checker.h"
#include "clarity/analysis/typing_context.h"
#include "clarity/ast/symbolic_expression.h"
#include "clarity/costs/cost_function.h"
#include "clarity/costs/cost_table.h"
#include "clarity/costs/cost_tracker.h"
#include "clarity/types/type_signature.h"
#include "clarity/types/value.h"
#include "common/clarity_version.h"
#include "common/epoch.h"
#include "util/result.h"

namespace stacks::clarity::analysis::detail {

using ast::SymbolicExpression;
using Args = std::span<const SymbolicExpression>;
using common::ClarityVersion;
using common::StacksEpochId;
using costs::CostFunction;
using costs::ExecutionCost;

/// The reference's MAX_FUNCTION_PARAMETERS and MAX_TRAIT_METHODS, enforced from Epoch 3.3.
inline constexpr size_t kMaxFunctionParameters = 256;
inline constexpr size_t kMaxTraitMethods = 256;
/// The reference's CLARITY_MEMORY_LIMIT (bytes of analysis memory, Epoch 2.5 on).
inline constexpr uint64_t kMemoryLimit = 100'000'000;

// --- Errors -------------------------------------------------------------------------------------------------------

/// A refusal: kInvalidArgument with the reference's variant text, e.g. "TypeError(int, uint)".
util::Error CheckError(std::string variant);
/// A depth or memory limit: kResourceExhausted with the variant text ("MaxContextDepthReached").
util::Error LimitError(std::string variant);
/// TypeError(expected, found).
util::Error TypeError(const TypeSignature& expected, const TypeSignature& found);
/// UnionTypeError([a, b, ...], found).
util::Error UnionTypeError(const std::vector<TypeSignature>& expected, const TypeSignature& found);
util::Error IncorrectArgumentCount(size_t expected, size_t found);
util::Status CheckArgumentCount(size_t expected, Args args);
util::Status CheckArgumentsAtLeast(size_t expected, Args args);
util::Status CheckArgumentsAtMost(size_t expected, Args args);
/// The reference's Display message of a variant a BadTupleConstruction wraps ("defining 'a' conflicts with previous
/// value" for NameAlreadyUsed(a), ...), from our error of that variant.
std::string VariantMessage(const util::Error& error);

// --- Types with the reference's constructor errors ------------------------------------------------------------------

/// (optional inner): ValueTooLarge, then TypeSignatureTooDeep, as new_option.
util::Result<TypeSignature> NewOptional(TypeSignature inner);
/// (response ok err): ValueTooLarge, then TypeSignatureTooDeep, as new_response.
util::Result<TypeSignature> NewResponse(TypeSignature ok, TypeSignature err);
/// (list len entry): TypeSignatureTooDeep, then ValueTooLarge, as ListTypeData::new_list.
util::Result<TypeSignature> NewList(TypeSignature entry, uint32_t max_len);
/// A tuple from fields in the order written: EmptyTuplesNotAllowed, NameAlreadyUsed(<first repeated name>),
/// TypeSignatureTooDeep, ValueTooLarge, as TupleTypeSignature::try_from.
util::Result<TypeSignature> NewTuple(std::vector<TupleFieldType> fields);
/// Buffer and string lengths as written in a type (BufferLength/StringUTF8Length::try_from): ValueTooLarge past the
/// maximum, ValueOutOfBounds below zero.
util::Result<TypeSignature> NewBuffer(Int128 len);
util::Result<TypeSignature> NewStringAscii(Int128 len);
util::Result<TypeSignature> NewStringUtf8(Int128 len);
/// type_size(): ValueTooLarge when it overflows.
util::Result<uint32_t> TypeSizeOf(const TypeSignature& type);
/// least_supertype as `epoch` has it (least_supertype_v2_0 before Epoch 2.1, least_supertype_v2_1 from it) with
/// its error kinds: TypeError(a, b) of the innermost pair that has no supertype, SupertypeTooLarge when a tuple or
/// list supertype cannot be built, and the response/optional constructors' errors.
util::Result<TypeSignature> Supertype(const TypeSignature& a, const TypeSignature& b, StacksEpochId epoch);
/// concretize(): a list union of contract principals or a contract principal becomes `principal`; a union with a
/// trait fails with TypeError(principal, <trait>).
util::Result<TypeSignature> Concretize(const TypeSignature& type);
/// admits_type as `epoch` has it (admits_type_v2_0 before Epoch 2.1, admits_type_v2_1 from it).
/// CouldNotDetermineType when `expected` is NoType; before 2.1, Unreachable(<expected> should not be used in 2.0)
/// when `expected` is a callable or a list union.
util::Result<bool> Admits(const TypeSignature& expected, const TypeSignature& found, StacksEpochId epoch);
/// The sum of the type sizes of a function's return and argument types (total_type_size). CostOverflow on overflow.
util::Result<uint64_t> TotalTypeSize(const FunctionSignature& function);
util::Result<uint64_t> TotalTypeSize(const FixedFunction& function);
/// The sum of TotalTypeSize over a trait's methods (trait_type_size).
util::Result<uint64_t> TraitTypeSize(const TraitDefinition& trait);

/// Types the natives name, built once.
struct CommonTypes {
  TypeSignature buffer_1, buffer_16, buffer_20, buffer_32, buffer_33, buffer_34, buffer_64, buffer_65, buffer_1024;
  TypeSignature buffer_max;
  TypeSignature ascii_1, ascii_40, ascii_128, ascii_contract_name, ascii_max, utf8_1, utf8_40, utf8_max;
  TypeSignature to_ascii_buffer_max;
};
const CommonTypes& Types();

// --- Function types -------------------------------------------------------------------------------------------------

/// The type of a native that checks its arguments one by one (the reference's FunctionType), or of a defined
/// function (kFixed).
struct FunctionType {
  enum class Kind : uint8_t {
    kVariadic,              ///< One or more arguments admitted by args[0]; returns `returns`.
    kFixed,                 ///< Exactly args.size() arguments, each admitted by its type.
    kUnionArgs,             ///< One argument admitted by one of args.
    kBinary,                ///< Two arguments: the first admitted by (one of) args, the second by (one of) second.
    kArithmeticVariadic,    ///< One or more ints or one or more uints.
    kArithmeticBinary,      ///< Two ints or two uints.
    kArithmeticUnary,       ///< One int or uint.
    kArithmeticComparison,  ///< Two ints, uints, or (Clarity 2) strings or buffers of one kind; returns bool.
  };
  Kind kind = Kind::kFixed;
  std::vector<TypeSignature> args;
  std::vector<TypeSignature> second;
  bool args_union = false;    ///< kBinary: whether args is a union (UnionTypeError) or one type (TypeError).
  bool second_union = false;  ///< kBinary: likewise for second.
  TypeSignature returns;
  int return_arg = -1;  ///< kBinary: return the type of this argument instead of `returns`.

  static FunctionType FromFixed(const FixedFunction& function);
};

using SpecialCheck = util::Result<TypeSignature> (*)(class TypeChecker&, Args, const TypingContext&);

/// A native function or special form and the Clarity versions that have it (both ends inclusive).
struct NativeFunction {
  std::string_view name;
  ClarityVersion min_version;
  ClarityVersion max_version;
  SpecialCheck special = nullptr;        ///< Set for special forms.
  const FunctionType* simple = nullptr;  ///< Set for simple natives.
  /// Set for a special form that was a simple native before Epoch 2.1 (stx-transfer?: TypeChecker2_05 checks its
  /// arguments as a fixed function, and map, filter and fold may apply it).
  const FunctionType* simple_before_21 = nullptr;

  /// The function type this native is checked by in `epoch`, or nullptr if it is a special form there.
  const FunctionType* SimpleIn(StacksEpochId epoch) const {
    if (epoch < StacksEpochId::k21 && simple_before_21 != nullptr) return simple_before_21;
    return simple;
  }
};

/// The native named `name` in `version`, or nullptr. Thread-safe.
const NativeFunction* LookupNative(std::string_view name, ClarityVersion version);

/// The type of reserved variable `name` in `version` (tx-sender, block-height, none, ...), or nullopt.
std::optional<TypeSignature> ReservedVariableType(std::string_view name, ClarityVersion version);

// --- The checker ----------------------------------------------------------------------------------------------------

/// What the contract defines so far (the reference's v2_1 ContractContext).
struct ContractContext {
  std::map<std::string, std::pair<TypeSignature, TypeSignature>, std::less<>> map_types;
  std::map<std::string, TypeSignature, std::less<>> variable_types;
  std::map<std::string, FixedFunction, std::less<>> private_function_types;
  std::map<std::string, FixedFunction, std::less<>> public_function_types;
  std::map<std::string, FixedFunction, std::less<>> read_only_function_types;
  std::map<std::string, TypeSignature, std::less<>> persisted_variable_types;
  std::set<std::string, std::less<>> fungible_tokens;
  std::map<std::string, TypeSignature, std::less<>> non_fungible_tokens;
  /// Clarity 1: traits defined or imported, by trait name (an import under its original name).
  std::map<std::string, TraitDefinition, std::less<>> clarity1_traits;
  /// Clarity 2+: the names (aliases) defined or imported, and every such trait by identifier.
  std::set<std::string, std::less<>> clarity2_trait_names;
  std::map<TraitIdentifier, TraitDefinition> clarity2_traits;
  std::set<TraitIdentifier> implemented_traits;
};

class TypeChecker {
 public:
  TypeChecker(ContractAnalysis& analysis, AnalysisDb& db, costs::CostTracker& tracker, const TypeCheckOptions& options);

  /// run(): charges the storage cost, then checks every top-level expression. On success moves the results into
  /// the analysis.
  util::Status Run();
  /// The memory the check counts in use (add_memory less drop_memory): after Run, its definitions'.
  uint64_t memory() const { return m_memory; }

  // -- Checking, as the reference's TypeChecker methods --
  /// type_check: charges a visit, infers, annotates.
  util::Result<TypeSignature> TypeCheck(const SymbolicExpression& expr, const TypingContext& context);
  /// type_check_expects (Clarity 1 and 2 rules).
  util::Result<TypeSignature> TypeCheckExpects(const SymbolicExpression& expr, const TypingContext& context,
                                               const TypeSignature& expected);
  /// type_check_all.
  util::Result<std::vector<TypeSignature>> TypeCheckAll(Args args, const TypingContext& context);
  /// type_check_consecutive_statements: the last statement's type; UncheckedIntermediaryResponses if an earlier
  /// one is a response (reported after every statement is checked).
  util::Result<TypeSignature> TypeCheckConsecutiveStatements(Args args, const TypingContext& context);
  /// type_check_function_type: the arguments of a simple native, through the visitor from Epoch 2.1 (a failed check
  /// stops checking the later arguments' types against the function), all inferred first and then checked before.
  util::Result<TypeSignature> TypeCheckFunctionType(const FunctionType& function, Args args,
                                                    const TypingContext& context);
  /// FunctionType::check_args_2_1 (check_args_2_05 before Epoch 2.1) over argument types already inferred.
  util::Result<TypeSignature> CheckArgs(const FunctionType& function, std::span<const TypeSignature> args);
  /// FunctionType::check_args_visitor_2_1: the cost to charge if checking stops here (nullopt for none; an error if
  /// it cannot be computed), and the check of argument `index` (a type to carry to the next argument, or nothing).
  std::pair<std::optional<util::Result<ExecutionCost>>, util::Result<std::optional<TypeSignature>>> CheckArgsVisitor(
      const FunctionType& function, const TypeSignature& arg, size_t index, const TypeSignature* accumulated);
  /// Admits and Supertype (above) at this contract's epoch.
  util::Result<bool> Admits(const TypeSignature& expected, const TypeSignature& found) const {
    return detail::Admits(expected, found, m_epoch);
  }
  util::Result<TypeSignature> Supertype(const TypeSignature& a, const TypeSignature& b) const {
    return detail::Supertype(a, b, m_epoch);
  }
  /// Whether this is TypeChecker2_05 (Epochs 2.0 and 2.05): no callable types (a trait is a kTraitReference, a
  /// contract literal a plain principal), simple natives checked after all their arguments, stx-transfer? simple,
  /// stored contracts read as they were stored.
  bool Before21() const { return m_epoch < StacksEpochId::k21; }
  /// track_return_type: an early exit's type, unified with the function's other exits.
  util::Status TrackReturnType(const TypeSignature& type);
  /// Records `type` as the type of `expr` (set_type). Errors: TypeAlreadyAnnotatedFailure if it has one.
  util::Status Annotate(const SymbolicExpression& expr, const TypeSignature& type);
  /// The span where an error is reported, if none is recorded yet (set_expression).
  void NoteErrorAt(const SymbolicExpression& expr);

  /// parse_type_repr of a type written in the source. `charge`: one cost_type_parse_step per node
  /// (from-consensus-buff?), or none (define-data-var, define-map, arguments, traits).
  util::Result<TypeSignature> ParseType(const SymbolicExpression& expr, bool charge);
  /// parse_name_type_pairs: ((name type) ...) with the binding errors of `binding_kind` ("Let", "Eval",
  /// "TupleCons").
  util::Result<std::vector<std::pair<std::string, TypeSignature>>> ParseNameTypePairs(Args pairs,
                                                                                      std::string_view binding_kind);
  /// parse_trait_type_repr.
  util::Result<TraitDefinition> ParseTraitType(Args functions);

  // -- Costs and memory --
  util::Status Charge(CostFunction function, uint64_t input);
  util::Result<ExecutionCost> ComputeCost(CostFunction function, uint64_t input);
  util::Status AddCost(const ExecutionCost& cost);
  /// analysis_typecheck_cost: cost_analysis_type_check at the larger type size.
  util::Status ChargeTypeCheck(const TypeSignature& a, const TypeSignature& b);
  util::Result<ExecutionCost> ComputeTypeCheckCost(const TypeSignature& a, const TypeSignature& b);
  /// add_memory / drop_memory, from Epoch 2.5 (no-ops before, and with a free tracker).
  util::Status AddMemory(uint64_t bytes);
  util::Status DropMemory(uint64_t bytes);

  // -- Names --
  /// check_name_used: ReservedWord (block-height from Clarity 3), NameAlreadyUsed for a name the contract defines.
  util::Status CheckNameUsed(std::string_view name) const;
  /// A defined function's type (public, then private, then read-only), or nullptr.
  const FixedFunction* UserFunction(std::string_view name) const;
  /// The contract's trait `trait` (get_trait), or nullptr.
  const TraitDefinition* ContextTrait(const TraitIdentifier& trait) const;

  // -- Other contracts --
  /// The stored analysis of `contract` (load_contract), or nullptr if there is none. Errors: the db's.
  util::Result<const ContractAnalysis*> LoadContract(const ContractIdentifier& contract);
  /// The public, else read-only function `name` of `contract`, canonicalized (get_public_function_type, then
  /// get_read_only_function_type). Errors: NoSuchContract, NoSuchPublicFunction.
  util::Result<FixedFunction> ContractCallFunction(const ContractIdentifier& contract, std::string_view name);
  /// get_defined_trait: the trait's methods canonicalized, or nullopt if the contract has no such trait. Errors:
  /// NoSuchContract.
  util::Result<std::optional<TraitDefinition>> DefinedTrait(const TraitIdentifier& trait);
  /// clarity2_inner_type_check_type: whether `actual` may be used where `expected` is expected, checking trait
  /// compliance of contracts and traits (costs charged). Errors: TypeError, IncompatibleTrait, NoSuchContract,
  /// NoSuchTrait, BadTraitImplementation, TypeSignatureTooDeep, TraitReferenceChainTooDeep, ...
  util::Status InnerTypeCheckType(const TypeSignature& actual, const TypeSignature& expected, int depth);

  ClarityVersion version() const { return m_version; }
  StacksEpochId epoch() const { return m_epoch; }
  ContractContext& contract() { return m_contract; }
  const ContractIdentifier& contract_identifier() const { return m_analysis.contract_identifier; }

 private:
  util::Result<TypeSignature> InferType(const SymbolicExpression& expr, const TypingContext& context);
  util::Result<TypeSignature> TypeCheckFunctionApplication(const SymbolicExpression& expr,
                                                           const TypingContext& context);
  util::Result<TypeSignature> LookupVariable(const std::string& name, const TypingContext& context);
  util::Result<TypeSignature> Clarity1TypeCheckExpects(const SymbolicExpression& expr, const TypingContext& context,
                                                       const TypeSignature& expected);
  util::Result<TypeSignature> Clarity2TypeCheckExpects(const SymbolicExpression& expr, const TypingContext& context,
                                                       const TypeSignature& expected);

  // Defines (try_type_check_define): true if `expr` was a define form.
  util::Result<bool> TryTypeCheckDefine(const SymbolicExpression& expr, TypingContext& context);
  util::Result<std::pair<std::string, FixedFunction>> TypeCheckDefineFunction(Args signature,
                                                                              const SymbolicExpression& body,
                                                                              const TypingContext& context);
  util::Status DefineTrait(const std::string& name, Args functions);
  util::Status UseTrait(const std::string& alias, const TraitIdentifier& trait);
  util::Status ImplTrait(const TraitIdentifier& trait);

  // Trait compliance (clarity2_*).
  util::Result<TraitDefinition> LookupTrait(const TraitIdentifier& trait);
  util::Status TraitCompliance(const TraitIdentifier& actual_id, const TraitDefinition& actual,
                               const TraitIdentifier& expected_id, const TraitDefinition& expected, int depth);
  util::Result<bool> FunctionsCompatible(const FunctionSignature& expected, const FunctionSignature& actual, int depth);

  ContractAnalysis& m_analysis;
  AnalysisDb& m_db;
  costs::CostTracker& m_tracker;
  TypeCheckOptions m_options;
  StacksEpochId m_epoch;
  ClarityVersion m_version;
  std::optional<costs::CostVersion> m_cost_version;
  util::Status m_cost_version_status;

  ContractContext m_contract;
  /// function_return_tracker: set while a function body is checked; holds the early exits' supertype.
  bool m_in_function = false;
  std::optional<TypeSignature> m_return_type;
  std::unordered_map<uint64_t, TypeSignature> m_type_map;
  std::unordered_set<uint64_t> m_typed_ids;  ///< When no type map is built.
  std::optional<ast::Span> m_error_span;
  int m_check_depth = 0;  ///< Nested TypeCheck calls.
  uint64_t m_memory = 0;
  /// `<name>` in types, for expressions whose trait references no resolver pass has filled in: define-trait and
  /// use-trait names seen so far.
  std::map<std::string, TraitIdentifier, std::less<>> m_trait_aliases;
  /// Analyses of other contracts read so far (null: no such contract). The db does not change during a check.
  std::map<ContractIdentifier, std::unique_ptr<ContractAnalysis>> m_loaded;
};

}  // namespace stacks::clarity::analysis::detail
