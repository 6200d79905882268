// Checking the arguments of simple natives and defined functions against their FunctionType (stacks-core
// clarity/src/vm/analysis/type_checker/v2_1/mod.rs: check_args_visitor_2_1, check_args_2_1,
// type_check_function_type; v2_05/mod.rs: check_args_2_05, which differs only in the comparison's error).
#include "clarity/analysis/type_checker_impl.h"

namespace stacks::clarity::analysis::detail {

using TKind = TypeSignature::Kind;

FunctionType FunctionType::FromFixed(const FixedFunction& function) {
  FunctionType out;
  out.kind = Kind::kFixed;
  out.args.reserve(function.args.size());
  for (const FunctionArg& arg : function.args) out.args.push_back(arg.type);
  out.returns = function.returns;
  return out;
}

namespace {

// check_function_arg_signature: one type (TypeError) or a union (UnionTypeError), charging a type check per
// alternative tried.
util::Status CheckArgSignature(TypeChecker& checker, const std::vector<TypeSignature>& expected, bool is_union,
                               const TypeSignature& actual) {
  if (!is_union) {
    STACKS_RETURN_IF_ERROR(checker.ChargeTypeCheck(expected[0], actual));
    STACKS_TRY(bool admitted, checker.Admits(expected[0], actual));
    if (!admitted) return TypeError(expected[0], actual);
    return {};
  }
  for (const TypeSignature& t : expected) {
    STACKS_RETURN_IF_ERROR(checker.ChargeTypeCheck(t, actual));
    STACKS_TRY(bool admitted, checker.Admits(t, actual));
    if (admitted) return {};
  }
  return UnionTypeError(expected, actual);
}

const std::vector<TypeSignature>& IntOrUInt() {
  static const std::vector<TypeSignature> types = {TypeSignature::Int(), TypeSignature::UInt()};
  return types;
}

bool IsComparable(TKind kind, bool clarity2) {
  switch (kind) {
    case TKind::kInt:
    case TKind::kUInt:
      return true;
    case TKind::kStringAscii:
    case TKind::kStringUtf8:
    case TKind::kBuffer:
      return clarity2;
    default:
      return false;
  }
}

}  // namespace

util::Result<TypeSignature> TypeChecker::CheckArgs(const FunctionType& function, std::span<const TypeSignature> args) {
  using FKind = FunctionType::Kind;
  switch (function.kind) {
    case FKind::kVariadic: {
      if (args.empty()) return CheckError("RequiresAtLeastArguments(1, 0)");
      const TypeSignature& expected = function.args[0];
      for (const TypeSignature& found : args) {
        STACKS_RETURN_IF_ERROR(ChargeTypeCheck(expected, found));
        STACKS_TRY(bool admitted, Admits(expected, found));
        if (!admitted) return TypeError(expected, found);
      }
      return function.returns;
    }
    case FKind::kFixed: {
      if (args.size() != function.args.size()) return IncorrectArgumentCount(function.args.size(), args.size());
      for (size_t i = 0; i < args.size(); ++i) {
        STACKS_RETURN_IF_ERROR(ChargeTypeCheck(function.args[i], args[i]));
        STACKS_TRY(bool admitted, Admits(function.args[i], args[i]));
        if (!admitted) return TypeError(function.args[i], args[i]);
      }
      return function.returns;
    }
    case FKind::kUnionArgs: {
      if (args.size() != 1) return IncorrectArgumentCount(1, args.size());
      for (const TypeSignature& expected : function.args) {
        STACKS_RETURN_IF_ERROR(ChargeTypeCheck(expected, args[0]));
        STACKS_TRY(bool admitted, Admits(expected, args[0]));
        if (admitted) return function.returns;
      }
      return UnionTypeError(function.args, args[0]);
    }
    case FKind::kBinary: {
      if (args.size() != 2) return IncorrectArgumentCount(2, args.size());
      STACKS_RETURN_IF_ERROR(CheckArgSignature(*this, function.args, function.args_union, args[0]));
      STACKS_RETURN_IF_ERROR(CheckArgSignature(*this, function.second, function.second_union, args[1]));
      if (function.return_arg >= 0) return args[static_cast<size_t>(function.return_arg)];
      return function.returns;
    }
    case FKind::kArithmeticVariadic:
    case FKind::kArithmeticBinary:
    case FKind::kArithmeticUnary: {
      if (function.kind == FKind::kArithmeticUnary && args.size() != 1) return IncorrectArgumentCount(1, args.size());
      if (function.kind == FKind::kArithmeticBinary && args.size() != 2) {
        return IncorrectArgumentCount(2, args.size());
      }
      if (args.empty()) return CheckError("RequiresAtLeastArguments(1, 0)");
      const TypeSignature& first = args[0];
      STACKS_RETURN_IF_ERROR(ChargeTypeCheck(TypeSignature::Int(), first));
      if (first.kind() != TKind::kInt && first.kind() != TKind::kUInt) return UnionTypeError(IntOrUInt(), first);
      for (size_t i = 1; i < args.size(); ++i) {
        STACKS_RETURN_IF_ERROR(ChargeTypeCheck(TypeSignature::Int(), args[i]));
        if (!(args[i] == first)) return TypeError(first, args[i]);
      }
      return first;
    }
    case FKind::kArithmeticComparison: {
      if (args.size() != 2) return IncorrectArgumentCount(2, args.size());
      const TypeSignature& first = args[0];
      const TypeSignature& second = args[1];
      STACKS_RETURN_IF_ERROR(ChargeTypeCheck(TypeSignature::Int(), first));
      STACKS_RETURN_IF_ERROR(ChargeTypeCheck(TypeSignature::Int(), second));
      // check_args_2_05 names only the types it compares.
      if (Before21() && !IsComparable(first.kind(), false)) return UnionTypeError(IntOrUInt(), first);
      if (!IsComparable(first.kind(), m_version >= ClarityVersion::kClarity2)) {
        const CommonTypes& t = Types();
        return UnionTypeError({TypeSignature::Int(), TypeSignature::UInt(), t.ascii_max, t.utf8_max, t.buffer_max},
                              first);
      }
      if (first.kind() != second.kind()) return TypeError(first, second);
      return TypeSignature::Bool();
    }
  }
  return CheckError("CheckerImplementationFailure");
}

std::pair<std::optional<util::Result<ExecutionCost>>, util::Result<std::optional<TypeSignature>>>
TypeChecker::CheckArgsVisitor(const FunctionType& function, const TypeSignature& arg, size_t index,
                              const TypeSignature* accumulated) {
  using FKind = FunctionType::Kind;
  using Checked = util::Result<std::optional<TypeSignature>>;
  switch (function.kind) {
    case FKind::kVariadic: {
      util::Result<ExecutionCost> cost = ComputeTypeCheckCost(function.args[0], arg);
      util::Result<bool> admitted = Admits(function.args[0], arg);
      if (!admitted) return {std::move(cost), Checked(admitted.error())};
      if (!*admitted) return {std::move(cost), Checked(TypeError(function.args[0], arg))};
      return {std::move(cost), Checked(std::nullopt)};
    }
    case FKind::kArithmeticVariadic: {
      util::Result<ExecutionCost> cost = ComputeTypeCheckCost(TypeSignature::Int(), arg);
      if (index == 0) {
        if (arg.kind() == TKind::kInt || arg.kind() == TKind::kUInt) return {std::move(cost), Checked(arg)};
        return {std::move(cost), Checked(UnionTypeError(IntOrUInt(), arg))};
      }
      if (accumulated == nullptr) {
        return {std::move(cost),
                Checked(CheckError("Unreachable(Failed to set accumulated type for arg indices >= 1 in variadic "
                                   "arithmetic)"))};
      }
      if (!(arg == *accumulated)) return {std::move(cost), Checked(TypeError(*accumulated, arg))};
      return {std::move(cost), Checked(std::nullopt)};
    }
    case FKind::kFixed:
      if (index >= function.args.size())
        return {std::nullopt, Checked(IncorrectArgumentCount(function.args.size(), index))};
      return {std::nullopt, Checked(std::nullopt)};
    case FKind::kArithmeticUnary:
    case FKind::kUnionArgs:
      if (index >= 1) return {std::nullopt, Checked(IncorrectArgumentCount(1, index))};
      return {std::nullopt, Checked(std::nullopt)};
    case FKind::kArithmeticBinary:
    case FKind::kArithmeticComparison:
    case FKind::kBinary:
      if (index >= 2) return {std::nullopt, Checked(IncorrectArgumentCount(2, index))};
      return {std::nullopt, Checked(std::nullopt)};
  }
  return {std::nullopt, Checked(CheckError("CheckerImplementationFailure"))};
}

namespace {

// The reference rewrites an IncorrectArgumentCount found by the visitor to name the real argument count.
util::Error WithArgumentCount(util::Error error, size_t count) {
  constexpr std::string_view kPrefix = "IncorrectArgumentCount(";
  if (!error.message.starts_with(kPrefix)) return error;
  size_t comma = error.message.find(',');
  if (comma == std::string::npos) return error;
  error.message = error.message.substr(0, comma) + ", " + std::to_string(count) + ")";
  return error;
}

}  // namespace

util::Result<TypeSignature> TypeChecker::TypeCheckFunctionType(const FunctionType& function, Args args,
                                                               const TypingContext& context) {
  if (Before21()) {
    STACKS_TRY(std::vector<TypeSignature> types, TypeCheckAll(args, context));
    return CheckArgs(function, types);
  }
  std::optional<TypeSignature> accumulated;
  std::vector<util::Result<ExecutionCost>> costs;
  std::optional<util::Error> failure;
  std::vector<TypeSignature> types;
  types.reserve(args.size());
  for (size_t i = 0; i < args.size(); ++i) {
    STACKS_TRY(TypeSignature arg_type, TypeCheck(args[i], context));
    if (failure) continue;
    auto [cost, checked] = CheckArgsVisitor(function, arg_type, i, accumulated ? &*accumulated : nullptr);
    types.push_back(std::move(arg_type));
    if (cost) costs.push_back(std::move(*cost));
    if (!checked) {
      failure = std::move(checked).error();
    } else if (*checked) {
      accumulated = std::move(**checked);
    }
  }
  if (failure) {
    util::Error error = WithArgumentCount(std::move(*failure), args.size());
    // The costs of the checks made before the failure, charged now (as the reference does, for compatibility).
    for (util::Result<ExecutionCost>& cost : costs) {
      if (!cost) return std::move(cost).error();
      STACKS_RETURN_IF_ERROR(AddCost(*cost));
    }
    return error;
  }
  return CheckArgs(function, types);
}

}  // namespace stacks::clarity::analysis::detail
