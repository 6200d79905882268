// Optionals and responses (stacks-core clarity/src/vm/analysis/type_checker/v2_1/natives/options.rs): some, ok,
// err, is-ok/is-err/is-some/is-none, default-to, asserts!, unwrap!/unwrap-err! and their panicking forms, try!,
// match. The early exits (asserts!, unwrap!, unwrap-err!, try!) record their exit type with TrackReturnType.
#include "clarity/analysis/type_checker_impl.h"
#include "clarity/analysis/type_checker_natives.h"

namespace stacks::clarity::analysis::detail {

namespace {

using TKind = TypeSignature::Kind;

// inner_unwrap: the some or ok type of `input`.
util::Result<TypeSignature> InnerUnwrap(const TypeSignature& input, TypeChecker& checker) {
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisOptionCheck, 0));
  if (input.kind() == TKind::kOptional || input.kind() == TKind::kResponse) {
    if (input.inner().IsNoType()) return CheckError("CouldNotDetermineResponseOkType");
    return input.inner();
  }
  return CheckError("ExpectedOptionalOrResponseType(" + input.ToString() + ")");
}

// inner_unwrap_err: the err type of `input`.
util::Result<TypeSignature> InnerUnwrapErr(const TypeSignature& input, TypeChecker& checker) {
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisOptionCheck, 0));
  if (input.kind() == TKind::kResponse) {
    if (input.err_type().IsNoType()) return CheckError("CouldNotDetermineResponseErrType");
    return input.err_type();
  }
  return CheckError("ExpectedResponseType(" + input.ToString() + ")");
}

// eval_with_new_binding: `body` checked with `name` bound to `type` in a new level.
util::Result<TypeSignature> CheckWithBinding(const SymbolicExpression& body, const std::string& name,
                                             const TypeSignature& type, TypeChecker& checker,
                                             const TypingContext& context) {
  STACKS_TRY(TypingContext inner, context.Extend());
  STACKS_TRY(uint32_t size, TypeSizeOf(type));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisBindName, size));
  const uint64_t memory = name.size() + uint64_t{size};
  STACKS_RETURN_IF_ERROR(checker.AddMemory(memory));
  STACKS_RETURN_IF_ERROR(checker.CheckNameUsed(name));
  if (inner.LookupVariable(name) != nullptr) return CheckError("NameAlreadyUsed(" + name + ")");
  inner.AddVariable(name, type);
  util::Result<TypeSignature> result = checker.TypeCheck(body, inner);
  STACKS_RETURN_IF_ERROR(checker.DropMemory(memory));
  return result;
}

util::Result<TypeSignature> MatchArms(TypeChecker& checker, const TypeSignature& a, const TypeSignature& b) {
  STACKS_RETURN_IF_ERROR(checker.ChargeTypeCheck(a, b));
  util::Result<TypeSignature> joined = checker.Supertype(a, b);
  if (!joined) return CheckError("MatchArmsMustMatch(" + a.ToString() + ", " + b.ToString() + ")");
  return joined;
}

util::Result<TypeSignature> CheckMatchOptional(const TypeSignature& some_type, TypeChecker& checker, Args args,
                                               const TypingContext& context) {
  if (args.size() != 3) {
    return CheckError("BadMatchOptionSyntax(IncorrectArgumentCount(4, " + std::to_string(args.size() + 1) + "))");
  }
  if (args[0].kind != SymbolicExpression::Kind::kAtom) return CheckError("BadMatchOptionSyntax(ExpectedName)");
  if (some_type.IsNoType()) return CheckError("CouldNotDetermineMatchTypes");
  STACKS_TRY(TypeSignature some_branch, CheckWithBinding(args[1], args[0].name, some_type, checker, context));
  STACKS_TRY(TypeSignature none_branch, checker.TypeCheck(args[2], context));
  return MatchArms(checker, some_branch, none_branch);
}

util::Result<TypeSignature> CheckMatchResponse(const TypeSignature& response, TypeChecker& checker, Args args,
                                               const TypingContext& context) {
  if (args.size() != 4) {
    return CheckError("BadMatchResponseSyntax(IncorrectArgumentCount(5, " + std::to_string(args.size() + 1) + "))");
  }
  if (args[0].kind != SymbolicExpression::Kind::kAtom) return CheckError("BadMatchResponseSyntax(ExpectedName)");
  if (args[2].kind != SymbolicExpression::Kind::kAtom) return CheckError("BadMatchResponseSyntax(ExpectedName)");
  if (response.inner().IsNoType() || response.err_type().IsNoType()) {
    return CheckError("CouldNotDetermineMatchTypes");
  }
  STACKS_TRY(TypeSignature ok_branch, CheckWithBinding(args[1], args[0].name, response.inner(), checker, context));
  STACKS_TRY(TypeSignature err_branch, CheckWithBinding(args[3], args[2].name, response.err_type(), checker, context));
  return MatchArms(checker, ok_branch, err_branch);
}

}  // namespace

util::Result<TypeSignature> CheckOk(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(1, args));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisOptionCons, 0));
  STACKS_TRY(TypeSignature inner, checker.TypeCheck(args[0], context));
  return NewResponse(std::move(inner), TypeSignature::NoType());
}

util::Result<TypeSignature> CheckSome(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(1, args));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisOptionCons, 0));
  STACKS_TRY(TypeSignature inner, checker.TypeCheck(args[0], context));
  return NewOptional(std::move(inner));
}

util::Result<TypeSignature> CheckErr(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(1, args));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisOptionCons, 0));
  STACKS_TRY(TypeSignature inner, checker.TypeCheck(args[0], context));
  return NewResponse(TypeSignature::NoType(), std::move(inner));
}

util::Result<TypeSignature> CheckIsResponse(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(1, args));
  STACKS_TRY(TypeSignature input, checker.TypeCheck(args[0], context));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisOptionCheck, 0));
  if (input.kind() != TKind::kResponse) return CheckError("ExpectedResponseType(" + input.ToString() + ")");
  return TypeSignature::Bool();
}

util::Result<TypeSignature> CheckIsOptional(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(1, args));
  STACKS_TRY(TypeSignature input, checker.TypeCheck(args[0], context));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisOptionCheck, 0));
  if (input.kind() != TKind::kOptional) return CheckError("ExpectedOptionalType(" + input.ToString() + ")");
  return TypeSignature::Bool();
}

util::Result<TypeSignature> CheckDefaultTo(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
  STACKS_TRY(TypeSignature fallback, checker.TypeCheck(args[0], context));
  STACKS_TRY(TypeSignature input, checker.TypeCheck(args[1], context));
  STACKS_RETURN_IF_ERROR(checker.ChargeTypeCheck(fallback, input));
  if (input.kind() != TKind::kOptional) return CheckError("ExpectedOptionalType(" + input.ToString() + ")");
  util::Result<TypeSignature> joined = checker.Supertype(fallback, input.inner());
  if (!joined) {
    return CheckError("DefaultTypesMustMatch(" + fallback.ToString() + ", " + input.inner().ToString() + ")");
  }
  return joined;
}

util::Result<TypeSignature> CheckAsserts(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[0], context, TypeSignature::Bool()));
  STACKS_TRY(TypeSignature on_error, checker.TypeCheck(args[1], context));
  STACKS_RETURN_IF_ERROR(checker.TrackReturnType(on_error));
  return TypeSignature::Bool();
}

util::Result<TypeSignature> CheckUnwrapOrReturn(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
  STACKS_TRY(TypeSignature input, checker.TypeCheck(args[0], context));
  STACKS_TRY(TypeSignature on_error, checker.TypeCheck(args[1], context));
  STACKS_RETURN_IF_ERROR(checker.TrackReturnType(on_error));
  return InnerUnwrap(input, checker);
}

util::Result<TypeSignature> CheckUnwrapErrOrReturn(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
  STACKS_TRY(TypeSignature input, checker.TypeCheck(args[0], context));
  STACKS_TRY(TypeSignature on_error, checker.TypeCheck(args[1], context));
  STACKS_RETURN_IF_ERROR(checker.TrackReturnType(on_error));
  return InnerUnwrapErr(input, checker);
}

util::Result<TypeSignature> CheckTry(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(1, args));
  STACKS_TRY(TypeSignature input, checker.TypeCheck(args[0], context));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisOptionCheck, 0));
  if (input.kind() == TKind::kOptional) {
    if (input.inner().IsNoType()) return CheckError("CouldNotDetermineResponseOkType");
    STACKS_TRY(TypeSignature exit, NewOptional(TypeSignature::NoType()));
    STACKS_RETURN_IF_ERROR(checker.TrackReturnType(exit));
    return input.inner();
  }
  if (input.kind() == TKind::kResponse) {
    if (input.inner().IsNoType()) return CheckError("CouldNotDetermineResponseOkType");
    if (input.err_type().IsNoType()) return CheckError("CouldNotDetermineResponseErrType");
    STACKS_TRY(TypeSignature exit, NewResponse(TypeSignature::NoType(), input.err_type()));
    STACKS_RETURN_IF_ERROR(checker.TrackReturnType(exit));
    return input.inner();
  }
  return CheckError("ExpectedOptionalOrResponseType(" + input.ToString() + ")");
}

util::Result<TypeSignature> CheckUnwrap(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(1, args));
  STACKS_TRY(TypeSignature input, checker.TypeCheck(args[0], context));
  return InnerUnwrap(input, checker);
}

util::Result<TypeSignature> CheckUnwrapErr(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(1, args));
  STACKS_TRY(TypeSignature input, checker.TypeCheck(args[0], context));
  return InnerUnwrapErr(input, checker);
}

util::Result<TypeSignature> CheckMatch(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentsAtLeast(1, args));
  STACKS_TRY(TypeSignature input, checker.TypeCheck(args[0], context));
  if (input.kind() == TKind::kOptional) return CheckMatchOptional(input.inner(), checker, args.subspan(1), context);
  if (input.kind() == TKind::kResponse) return CheckMatchResponse(input, checker, args.subspan(1), context);
  return CheckError("BadMatchInput(" + input.ToString() + ")");
}

}  // namespace stacks::clarity::analysis::detail
