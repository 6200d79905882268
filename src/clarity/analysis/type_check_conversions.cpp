// Conversions (stacks-core clarity/src/vm/analysis/type_checker/v2_1/natives/conversions.rs):
// to-consensus-buff?, from-consensus-buff? and to-ascii? (Clarity 4).
#include "clarity/analysis/type_checker_impl.h"
#include "clarity/analysis/type_checker_natives.h"

namespace stacks::clarity::analysis::detail {

namespace {

using TKind = TypeSignature::Kind;

}  // namespace

util::Result<TypeSignature> CheckToConsensusBuff(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(1, args));
  STACKS_TRY(TypeSignature input, checker.TypeCheck(args[0], context));
  util::Result<uint32_t> max_size = input.MaxSerializedSize();
  if (!max_size) {
    return CheckError(max_size.error().code == util::ErrorCode::kInvalidArgument ? "CouldNotDetermineSerializationType"
                                                                                 : "ValueTooLarge");
  }
  STACKS_TRY(TypeSignature buffer, NewBuffer(*max_size));
  return NewOptional(std::move(buffer));
}

util::Result<TypeSignature> CheckFromConsensusBuff(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
  STACKS_TRY(TypeSignature result, checker.ParseType(args[0], /*charge=*/true));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[1], context, Types().buffer_max));
  return NewOptional(std::move(result));
}

util::Result<TypeSignature> CheckToAscii(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(1, args));
  STACKS_TRY(TypeSignature input, checker.TypeCheck(args[0], context));
  const CommonTypes& t = Types();
  TypeSignature result;
  switch (input.kind()) {
    case TKind::kInt:
    case TKind::kUInt:
      result = t.ascii_40;  // "-170141183460469231731687303715884105728", "u3402...455"
      break;
    case TKind::kBool:
      result = *TypeSignature::StringAscii(5);  // "false"
      break;
    case TKind::kPrincipal:
    case TKind::kCallablePrincipal:
    case TKind::kCallableTrait:
    case TKind::kTraitReference:
      result = *TypeSignature::StringAscii(170);  // an address, a dot and a 128-byte name
      break;
    case TKind::kBuffer:
      if (input.length() <= t.to_ascii_buffer_max.length()) {
        STACKS_TRY(result, NewStringAscii(Int128{input.length()} * 2 + 2));  // "0x" and two digits a byte
        break;
      }
      [[fallthrough]];
    case TKind::kStringUtf8:
      if (input.kind() == TKind::kStringUtf8) {
        STACKS_TRY(result, NewStringAscii(input.length()));
        break;
      }
      [[fallthrough]];
    default:
      return UnionTypeError({TypeSignature::Int(), TypeSignature::UInt(), TypeSignature::Bool(),
                             TypeSignature::Principal(), t.to_ascii_buffer_max, t.utf8_max},
                            input);
  }
  return NewResponse(std::move(result), TypeSignature::UInt());
}

}  // namespace stacks::clarity::analysis::detail
