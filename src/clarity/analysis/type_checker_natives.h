// The checks of the special forms (TypedNativeFunction::Special in the reference), one per native, grouped by the
// file that defines them. Each takes the checker, the arguments (the list after the name) and the context, and
// returns the form's type or the reference's error. Internal to the type checker.
#pragma once

#include "clarity/analysis/type_checker_impl.h"

namespace stacks::clarity::analysis::detail {

// type_check_natives.cpp: core special forms, principals, signatures, block information, Bitcoin
util::Result<TypeSignature> CheckListCons(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckPrint(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckAsContract(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckAtBlock(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckBegin(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckTupleGet(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckTupleMerge(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckTupleCons(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckLet(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckFetchVar(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckSetVar(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckEquals(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckIf(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckContractCall(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckContractOf(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckPrincipalOf(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckPrincipalConstruct(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckSecp256k1Recover(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckSecp256k1Verify(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckSecp256r1Verify(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckEd25519Verify(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckSecp256k1Decompress(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckGetBlockInfo(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckGetBurnBlockInfo(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckGetStacksBlockInfo(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckGetTenureInfo(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckVerifyMerkleProof(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckGetBitcoinTxOutput(TypeChecker& checker, Args args, const TypingContext& context);

// type_check_options.cpp: optionals and responses (natives/options.rs)
util::Result<TypeSignature> CheckSome(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckOk(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckErr(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckIsResponse(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckIsOptional(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckDefaultTo(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckAsserts(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckUnwrapOrReturn(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckUnwrapErrOrReturn(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckUnwrap(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckUnwrapErr(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckTry(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckMatch(TypeChecker& checker, Args args, const TypingContext& context);

// type_check_sequences.cpp: sequences (natives/sequences.rs)
util::Result<TypeSignature> CheckMap(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckFilter(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckFold(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckConcat(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckAppend(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckAsMaxLen(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckLen(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckElementAt(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckIndexOf(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckSlice(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckReplaceAt(TypeChecker& checker, Args args, const TypingContext& context);

// type_check_maps.cpp: data maps (natives/maps.rs)
util::Result<TypeSignature> CheckFetchEntry(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckSetEntry(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckDeleteEntry(TypeChecker& checker, Args args, const TypingContext& context);

// type_check_assets.cpp: tokens and STX (natives/assets.rs)
util::Result<TypeSignature> CheckGetAssetOwner(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckGetTokenBalance(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckMintAsset(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckMintToken(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckTransferAsset(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckTransferToken(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckStxTransfer(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckStxTransferMemo(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckGetTokenSupply(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckBurnAsset(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckBurnToken(TypeChecker& checker, Args args, const TypingContext& context);

// type_check_conversions.cpp: to-consensus-buff?, from-consensus-buff?, to-ascii? (natives/conversions.rs)
util::Result<TypeSignature> CheckToConsensusBuff(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckFromConsensusBuff(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckToAscii(TypeChecker& checker, Args args, const TypingContext& context);

// type_check_post_conditions.cpp: restrict-assets?, as-contract? and allowances (natives/post_conditions.rs)
util::Result<TypeSignature> CheckRestrictAssets(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckAsContractSafe(TypeChecker& checker, Args args, const TypingContext& context);
util::Result<TypeSignature> CheckAllowanceOutside(TypeChecker& checker, Args args, const TypingContext& context);

}  // namespace stacks::clarity::analysis::detail
