// Clarity 4's asset restrictions (stacks-core clarity/src/vm/analysis/type_checker/v2_1/natives/post_conditions.rs):
// restrict-assets?, as-contract?, and the allowances (with-stx, with-ft, with-nft, with-stacking,
// with-all-assets-unsafe, and Clarity 6's with-staking and with-pox), which may appear only in their allowance lists.
#include "clarity/analysis/type_checker_impl.h"
#include "clarity/analysis/type_checker_natives.h"

namespace stacks::clarity::analysis::detail {

namespace {

using TKind = TypeSignature::Kind;

// MAX_ALLOWANCES and MAX_NFT_IDENTIFIERS.
constexpr size_t kMaxAllowances = 128;
constexpr uint32_t kMaxNftIdentifiers = 128;

// check_allowance: true for with-all-assets-unsafe.
util::Result<bool> CheckAllowance(TypeChecker& checker, const SymbolicExpression& allowance,
                                  const TypingContext& context) {
  if (allowance.kind != SymbolicExpression::Kind::kList || allowance.items.empty()) {
    return CheckError("ExpectedListApplication");
  }
  const SymbolicExpression& head = allowance.items[0];
  if (head.kind != SymbolicExpression::Kind::kAtom) return CheckError("NonFunctionApplication");
  const std::string& name = head.name;
  const NativeFunction* native = LookupNative(name, checker.version());
  Args args = Args(allowance.items).subspan(1);
  if (native == nullptr) return CheckError("ExpectedAllowanceExpr(" + name + ")");
  if (name == "with-stx" || name == "with-stacking" || name == "with-staking") {
    STACKS_RETURN_IF_ERROR(CheckArgumentCount(1, args));
    STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[0], context, TypeSignature::UInt()));
    return false;
  }
  if (name == "with-ft" || name == "with-nft") {
    STACKS_RETURN_IF_ERROR(CheckArgumentCount(3, args));
    STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[0], context, TypeSignature::Principal()));
    STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[1], context, Types().ascii_128));
    if (name == "with-ft") {
      STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[2], context, TypeSignature::UInt()));
      return false;
    }
    // The asset identifiers: a list of any type.
    STACKS_TRY(TypeSignature ids, checker.TypeCheck(args[2], context));
    if (ids.kind() != TKind::kList) return CheckError("WithNftExpectedListOfIdentifiers");
    if (ids.length() > kMaxNftIdentifiers) {
      return CheckError("MaxIdentifierLengthExceeded(" + std::to_string(kMaxNftIdentifiers) + ", " +
                        std::to_string(ids.length()) + ")");
    }
    return false;
  }
  if (name == "with-pox") {
    STACKS_RETURN_IF_ERROR(CheckArgumentCount(0, args));
    return false;
  }
  if (name == "with-all-assets-unsafe") {
    STACKS_RETURN_IF_ERROR(CheckArgumentCount(0, args));
    return true;
  }
  return CheckError("ExpectedAllowanceExpr(" + name + ")");
}

// The body of restrict-assets? and as-contract?: no statement may be a response, the last one included.
util::Result<TypeSignature> CheckBody(TypeChecker& checker, Args body, const TypingContext& context) {
  std::optional<TypeSignature> last;
  for (const SymbolicExpression& e : body) {
    STACKS_TRY(TypeSignature type, checker.TypeCheck(e, context));
    if (type.kind() == TKind::kResponse) return CheckError("UncheckedIntermediaryResponses");
    last = std::move(type);
  }
  if (!last) return CheckError("CheckerImplementationFailure");
  return NewResponse(std::move(*last), TypeSignature::UInt());
}

util::Status CheckAllowanceCount(size_t count) {
  if (count > kMaxAllowances) {
    return CheckError("TooManyAllowances(" + std::to_string(kMaxAllowances) + ", " + std::to_string(count) + ")");
  }
  return {};
}

}  // namespace

util::Result<TypeSignature> CheckRestrictAssets(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentsAtLeast(3, args));
  if (args[1].kind != SymbolicExpression::Kind::kList) {
    return CheckError("ExpectedListOfAllowances(restrict-assets?, 2)");
  }
  const std::vector<SymbolicExpression>& allowances = args[1].items;
  Args body = args.subspan(2);
  STACKS_RETURN_IF_ERROR(CheckAllowanceCount(allowances.size()));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisListItemsCheck, allowances.size() + body.size()));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[0], context, TypeSignature::Principal()));
  for (const SymbolicExpression& allowance : allowances) {
    STACKS_TRY(bool all, CheckAllowance(checker, allowance, context));
    if (all) return CheckError("WithAllAllowanceNotAllowed");
  }
  return CheckBody(checker, body, context);
}

util::Result<TypeSignature> CheckAsContractSafe(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentsAtLeast(2, args));
  if (args[0].kind != SymbolicExpression::Kind::kList) return CheckError("ExpectedListOfAllowances(as-contract?, 1)");
  const std::vector<SymbolicExpression>& allowances = args[0].items;
  Args body = args.subspan(1);
  STACKS_RETURN_IF_ERROR(CheckAllowanceCount(allowances.size()));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisListItemsCheck, allowances.size() + body.size()));
  for (const SymbolicExpression& allowance : allowances) {
    STACKS_TRY(bool all, CheckAllowance(checker, allowance, context));
    if (all && allowances.size() > 1) return CheckError("WithAllAllowanceNotAlone");
  }
  return CheckBody(checker, body, context);
}

util::Result<TypeSignature> CheckAllowanceOutside(TypeChecker&, Args, const TypingContext&) {
  return CheckError("AllowanceExprNotAllowed");
}

}  // namespace stacks::clarity::analysis::detail
