// Sequences (stacks-core clarity/src/vm/analysis/type_checker/v2_1/natives/sequences.rs; v2_05's map checks its
// entries only once all are known): map, filter, fold, concat, append, as-max-len?, len, element-at(?), index-of(?),
// slice?, replace-at?.
#include "clarity/analysis/type_checker_impl.h"
#include "clarity/analysis/type_checker_natives.h"

namespace stacks::clarity::analysis::detail {

namespace {

using TKind = TypeSignature::Kind;

bool IsSequence(const TypeSignature& t) {
  switch (t.kind()) {
    case TKind::kList:
    case TKind::kBuffer:
    case TKind::kStringAscii:
    case TKind::kStringUtf8:
      return true;
    default:
      return false;
  }
}

// unit_type(): the type of one element.
TypeSignature UnitType(const TypeSignature& sequence) {
  switch (sequence.kind()) {
    case TKind::kList:
      return sequence.inner();
    case TKind::kBuffer:
      return Types().buffer_1;
    case TKind::kStringAscii:
      return Types().ascii_1;
    default:
      return Types().utf8_1;
  }
}

util::Error ExpectedSequence(const TypeSignature& found) {
  return CheckError("ExpectedSequence(" + found.ToString() + ")");
}

// get_simple_native_or_user_define: the function that map, filter and fold apply. Special forms cannot be.
util::Result<FunctionType> SimpleOrDefinedFunction(const std::string& name, TypeChecker& checker) {
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisLookupFunction, 0));
  if (const NativeFunction* native = LookupNative(name, checker.version())) {
    if (const FunctionType* simple = native->SimpleIn(checker.epoch())) return *simple;
    return CheckError("IllegalOrUnknownFunctionApplication(" + name + ")");
  }
  if (const FixedFunction* defined = checker.UserFunction(name)) return FunctionType::FromFixed(*defined);
  return CheckError("IllegalOrUnknownFunctionApplication(" + name + ")");
}

util::Result<TypeSignature> WithLength(TKind kind, uint32_t length) {
  switch (kind) {
    case TKind::kBuffer:
      return NewBuffer(length);
    case TKind::kStringAscii:
      return NewStringAscii(length);
    default:
      return NewStringUtf8(length);
  }
}

// combine_concat_types.
util::Result<TypeSignature> CombineConcatTypes(const TypeChecker& checker, const TypeSignature& lhs,
                                               const TypeSignature& rhs) {
  if (!IsSequence(lhs) || !IsSequence(rhs)) return ExpectedSequence(lhs);
  if (lhs.kind() != rhs.kind()) return TypeError(lhs, rhs);
  const uint64_t length = uint64_t{lhs.length()} + rhs.length();
  if (lhs.kind() == TKind::kList) {
    STACKS_TRY(TypeSignature entry, checker.Supertype(lhs.inner(), rhs.inner()));
    if (length > UINT32_MAX) return CheckError("MaxLengthOverflow");
    return NewList(std::move(entry), static_cast<uint32_t>(length));
  }
  if (length > UINT32_MAX) return CheckError("MaxLengthOverflow");
  return WithLength(lhs.kind(), static_cast<uint32_t>(length));
}

}  // namespace

util::Result<TypeSignature> CheckMap(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentsAtLeast(2, args));
  if (args[0].kind != SymbolicExpression::Kind::kAtom) return CheckError("NonFunctionApplication");
  STACKS_TRY(FunctionType function, SimpleOrDefinedFunction(args[0].name, checker));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisIterableFunc, args.size()));

  uint32_t min_length = UINT32_MAX;
  std::optional<TypeSignature> accumulated;
  std::vector<util::Result<ExecutionCost>> costs;
  std::optional<util::Error> failure;
  std::vector<TypeSignature> entry_types;
  Args sequences = args.subspan(1);
  for (size_t i = 0; i < sequences.size(); ++i) {
    STACKS_TRY(TypeSignature argument, checker.TypeCheck(sequences[i], context));
    if (!IsSequence(argument)) return ExpectedSequence(argument);
    TypeSignature entry = UnitType(argument);
    min_length = std::min(min_length, argument.length());
    if (checker.Before21()) {
      // TypeChecker2_05 checks the entries against the function only once all are known.
      entry_types.push_back(std::move(entry));
      continue;
    }
    if (failure) continue;
    auto [cost, checked] = checker.CheckArgsVisitor(function, entry, i, accumulated ? &*accumulated : nullptr);
    entry_types.push_back(std::move(entry));
    if (cost) costs.push_back(std::move(*cost));
    if (!checked) {
      failure = std::move(checked).error();
    } else if (*checked) {
      accumulated = std::move(**checked);
    }
  }
  if (failure) {
    util::Error error = std::move(*failure);
    constexpr std::string_view kPrefix = "IncorrectArgumentCount(";
    if (error.message.starts_with(kPrefix)) {
      size_t comma = error.message.find(',');
      if (comma != std::string::npos) {
        error.message = error.message.substr(0, comma) + ", " + std::to_string(sequences.size()) + ")";
      }
    }
    for (util::Result<ExecutionCost>& cost : costs) {
      if (!cost) return std::move(cost).error();
      STACKS_RETURN_IF_ERROR(checker.AddCost(*cost));
    }
    return error;
  }
  STACKS_TRY(TypeSignature mapped, checker.CheckArgs(function, entry_types));
  util::Result<TypeSignature> list = NewList(std::move(mapped), min_length);
  if (!list) return CheckError("ConstructedListTooLarge");
  return list;
}

util::Result<TypeSignature> CheckFilter(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
  if (args[0].kind != SymbolicExpression::Kind::kAtom) return CheckError("NonFunctionApplication");
  STACKS_TRY(FunctionType function, SimpleOrDefinedFunction(args[0].name, checker));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisIterableFunc, 0));
  STACKS_TRY(TypeSignature argument, checker.TypeCheck(args[1], context));
  if (!IsSequence(argument)) return ExpectedSequence(argument);
  const TypeSignature input = UnitType(argument);
  STACKS_TRY(TypeSignature filter_type, checker.CheckArgs(function, std::span<const TypeSignature>(&input, 1)));
  if (filter_type.kind() != TKind::kBool) return TypeError(TypeSignature::Bool(), filter_type);
  return argument;
}

util::Result<TypeSignature> CheckFold(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(3, args));
  if (args[0].kind != SymbolicExpression::Kind::kAtom) return CheckError("NonFunctionApplication");
  STACKS_TRY(FunctionType function, SimpleOrDefinedFunction(args[0].name, checker));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisIterableFunc, 0));
  STACKS_TRY(TypeSignature argument, checker.TypeCheck(args[1], context));
  if (!IsSequence(argument)) return ExpectedSequence(argument);
  TypeSignature input = UnitType(argument);
  STACKS_TRY(TypeSignature initial, checker.TypeCheck(args[2], context));
  // fold: f(item, accumulator) -> accumulator; f must take the initial value and then its own result.
  std::vector<TypeSignature> call = {input, std::move(initial)};
  STACKS_TRY(TypeSignature result, checker.CheckArgs(function, call));
  call[1] = std::move(result);
  return checker.CheckArgs(function, call);
}

util::Result<TypeSignature> CheckConcat(TypeChecker& checker, Args args, const TypingContext& context) {
  // Clarity 6 makes concat variadic.
  if (checker.version() >= ClarityVersion::kClarity6) {
    STACKS_RETURN_IF_ERROR(CheckArgumentsAtLeast(2, args));
  } else {
    STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
  }
  STACKS_TRY(TypeSignature lhs, checker.TypeCheck(args[0], context));
  STACKS_TRY(TypeSignature rhs, checker.TypeCheck(args[1], context));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisIterableFunc, 0));
  STACKS_RETURN_IF_ERROR(checker.ChargeTypeCheck(lhs, rhs));
  STACKS_TRY(TypeSignature accumulated, CombineConcatTypes(checker, lhs, rhs));
  for (size_t i = 2; i < args.size(); ++i) {
    STACKS_TRY(TypeSignature next, checker.TypeCheck(args[i], context));
    STACKS_RETURN_IF_ERROR(checker.ChargeTypeCheck(accumulated, next));
    STACKS_TRY(accumulated, CombineConcatTypes(checker, accumulated, next));
  }
  return accumulated;
}

util::Result<TypeSignature> CheckAppend(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisIterableFunc, 0));
  STACKS_TRY(TypeSignature lhs, checker.TypeCheck(args[0], context));
  if (lhs.kind() != TKind::kList) return CheckError("ExpectedListApplication");
  STACKS_TRY(TypeSignature rhs, checker.TypeCheck(args[1], context));
  STACKS_RETURN_IF_ERROR(checker.ChargeTypeCheck(lhs.inner(), rhs));
  STACKS_TRY(TypeSignature entry, checker.Supertype(lhs.inner(), rhs));
  if (lhs.length() == UINT32_MAX) return CheckError("MaxLengthOverflow");
  return NewList(std::move(entry), lhs.length() + 1);
}

util::Result<TypeSignature> CheckAsMaxLen(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
  const SymbolicExpression& length_expr = args[1];
  if (length_expr.kind != SymbolicExpression::Kind::kLiteralValue || !length_expr.value ||
      length_expr.value->kind() != Value::Kind::kUInt) {
    STACKS_TRY(TypeSignature found, checker.TypeCheck(length_expr, context));
    return TypeError(TypeSignature::UInt(), found);
  }
  const Uint128 expected_length = length_expr.value->AsUInt();
  STACKS_TRY(uint32_t uint_size, TypeSizeOf(TypeSignature::UInt()));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisTypeAnnotate, uint_size));
  STACKS_RETURN_IF_ERROR(checker.Annotate(length_expr, TypeSignature::UInt()));
  if (expected_length > UINT32_MAX) return CheckError("MaxLengthOverflow");
  const auto length = static_cast<uint32_t>(expected_length);
  STACKS_TRY(TypeSignature sequence, checker.TypeCheck(args[0], context));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisIterableFunc, 0));
  // The reference wraps the resized type in an optional without new_option's size check.
  if (sequence.kind() == TKind::kList) {
    STACKS_TRY(TypeSignature resized, NewList(sequence.inner(), length));
    return TypeSignature::OptionalUnchecked(std::move(resized));
  }
  if (!IsSequence(sequence)) return ExpectedSequence(sequence);
  STACKS_TRY(TypeSignature resized, WithLength(sequence.kind(), length));
  return TypeSignature::OptionalUnchecked(std::move(resized));
}

util::Result<TypeSignature> CheckLen(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(1, args));
  STACKS_TRY(TypeSignature collection, checker.TypeCheck(args[0], context));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisIterableFunc, 0));
  if (!IsSequence(collection)) return ExpectedSequence(collection);
  return TypeSignature::UInt();
}

util::Result<TypeSignature> CheckElementAt(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[1], context, TypeSignature::UInt()));
  STACKS_TRY(TypeSignature collection, checker.TypeCheck(args[0], context));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisIterableFunc, 0));
  if (!IsSequence(collection)) return ExpectedSequence(collection);
  return NewOptional(UnitType(collection));
}

util::Result<TypeSignature> CheckIndexOf(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisIterableFunc, 0));
  STACKS_TRY(TypeSignature list, checker.TypeCheck(args[0], context));
  if (!IsSequence(list)) return ExpectedSequence(list);
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[1], context, UnitType(list)));
  return NewOptional(TypeSignature::UInt());
}

util::Result<TypeSignature> CheckSlice(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(3, args));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisIterableFunc, 0));
  STACKS_TRY(TypeSignature sequence, checker.TypeCheck(args[0], context));
  if (!IsSequence(sequence)) return ExpectedSequence(sequence);
  STACKS_TRY(TypeSignature result, NewOptional(sequence));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[1], context, TypeSignature::UInt()));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[2], context, TypeSignature::UInt()));
  return result;
}

util::Result<TypeSignature> CheckReplaceAt(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(3, args));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisIterableFunc, 0));
  STACKS_TRY(TypeSignature input, checker.TypeCheck(args[0], context));
  if (!IsSequence(input)) return ExpectedSequence(input);
  const TypeSignature unit = UnitType(input);
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[1], context, TypeSignature::UInt()));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[2], context, unit));
  return NewOptional(std::move(input));
}

}  // namespace stacks::clarity::analysis::detail
