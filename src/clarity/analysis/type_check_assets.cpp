// Tokens and STX (stacks-core clarity/src/vm/analysis/type_checker/v2_1/natives/assets.rs): ft-* and nft-*
// natives, stx-transfer? and stx-transfer-memo?. Note the reference's order: the fungible-token natives check that
// the token exists after their arguments (except ft-get-balance and ft-get-supply), the non-fungible ones before.
#include "clarity/analysis/type_checker_impl.h"
#include "clarity/analysis/type_checker_natives.h"

namespace stacks::clarity::analysis::detail {

namespace {

util::Result<const std::string*> TokenName(Args args) {
  if (args[0].kind != SymbolicExpression::Kind::kAtom) return CheckError("BadTokenName");
  return &args[0].name;
}

util::Result<TypeSignature> NftType(TypeChecker& checker, const std::string& name) {
  const auto& nfts = checker.contract().non_fungible_tokens;
  auto it = nfts.find(name);
  if (it == nfts.end()) return CheckError("NoSuchNFT(" + name + ")");
  STACKS_TRY(uint32_t size, TypeSizeOf(it->second));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisTypeLookup, size));
  return it->second;
}

util::Status FtExists(TypeChecker& checker, const std::string& name) {
  if (!checker.contract().fungible_tokens.contains(name)) return CheckError("NoSuchFT(" + name + ")");
  return {};
}

const TypeSignature& BoolOrUIntResponse() {
  static const TypeSignature type = *NewResponse(TypeSignature::Bool(), TypeSignature::UInt());
  return type;
}

}  // namespace

util::Result<TypeSignature> CheckGetAssetOwner(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
  STACKS_TRY(const std::string* name, TokenName(args));
  STACKS_TRY(TypeSignature asset, NftType(checker, *name));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[1], context, asset));
  return NewOptional(TypeSignature::Principal());
}

util::Result<TypeSignature> CheckGetTokenBalance(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(2, args));
  STACKS_TRY(const std::string* name, TokenName(args));
  STACKS_RETURN_IF_ERROR(FtExists(checker, *name));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisTypeLookup, 1));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[1], context, TypeSignature::Principal()));
  return TypeSignature::UInt();
}

util::Result<TypeSignature> CheckMintAsset(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(3, args));
  STACKS_TRY(const std::string* name, TokenName(args));
  STACKS_TRY(TypeSignature asset, NftType(checker, *name));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[1], context, asset));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[2], context, TypeSignature::Principal()));
  return BoolOrUIntResponse();
}

util::Result<TypeSignature> CheckMintToken(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(3, args));
  STACKS_TRY(const std::string* name, TokenName(args));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisTypeLookup, 1));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[1], context, TypeSignature::UInt()));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[2], context, TypeSignature::Principal()));
  STACKS_RETURN_IF_ERROR(FtExists(checker, *name));
  return BoolOrUIntResponse();
}

util::Result<TypeSignature> CheckTransferAsset(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(4, args));
  STACKS_TRY(const std::string* name, TokenName(args));
  STACKS_TRY(TypeSignature asset, NftType(checker, *name));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[1], context, asset));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[2], context, TypeSignature::Principal()));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[3], context, TypeSignature::Principal()));
  return BoolOrUIntResponse();
}

util::Result<TypeSignature> CheckTransferToken(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(4, args));
  STACKS_TRY(const std::string* name, TokenName(args));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisTypeLookup, 1));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[1], context, TypeSignature::UInt()));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[2], context, TypeSignature::Principal()));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[3], context, TypeSignature::Principal()));
  STACKS_RETURN_IF_ERROR(FtExists(checker, *name));
  return BoolOrUIntResponse();
}

util::Result<TypeSignature> CheckStxTransfer(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(3, args));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisTypeLookup, 0));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[0], context, TypeSignature::UInt()));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[1], context, TypeSignature::Principal()));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[2], context, TypeSignature::Principal()));
  return BoolOrUIntResponse();
}

util::Result<TypeSignature> CheckStxTransferMemo(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(4, args));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisTypeLookup, 0));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[0], context, TypeSignature::UInt()));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[1], context, TypeSignature::Principal()));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[2], context, TypeSignature::Principal()));
  // TOKEN_TRANSFER_MEMO_LENGTH bytes.
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[3], context, Types().buffer_34));
  return BoolOrUIntResponse();
}

util::Result<TypeSignature> CheckGetTokenSupply(TypeChecker& checker, Args args, const TypingContext&) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(1, args));
  STACKS_TRY(const std::string* name, TokenName(args));
  STACKS_RETURN_IF_ERROR(FtExists(checker, *name));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisTypeLookup, 1));
  return TypeSignature::UInt();
}

util::Result<TypeSignature> CheckBurnAsset(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(3, args));
  STACKS_TRY(const std::string* name, TokenName(args));
  STACKS_TRY(TypeSignature asset, NftType(checker, *name));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[1], context, asset));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[2], context, TypeSignature::Principal()));
  return BoolOrUIntResponse();
}

util::Result<TypeSignature> CheckBurnToken(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentCount(3, args));
  STACKS_TRY(const std::string* name, TokenName(args));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisTypeLookup, 1));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[1], context, TypeSignature::UInt()));
  STACKS_RETURN_IF_ERROR(checker.TypeCheckExpects(args[2], context, TypeSignature::Principal()));
  STACKS_RETURN_IF_ERROR(FtExists(checker, *name));
  return BoolOrUIntResponse();
}

}  // namespace stacks::clarity::analysis::detail
