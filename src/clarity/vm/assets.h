// Fungible and non-fungible tokens (stacks-core clarity/src/vm/functions/assets.rs, their define forms in
// functions/define.rs and vm/mod.rs eval_all, their storage in vm/database/clarity_db.rs). Internal to
// stacks_clarity_vm.
//
// Storage (data keys of keys.h), as the reference writes it:
//   FT supply   vm::{contract}::3::{token}            decimal text (the serde JSON of a u128); "0" at definition
//   FT balance  vm::{contract}::2::{token}::{owner}   decimal text; no entry reads as 0
//   NFT owner   vm::{contract}::4::{token}::{asset}   hex of the serialized `(some owner)`; `none` after a burn
// The reference also writes each token's descriptor as metadata (vm-metadata::7/8::{token}); this VM keeps the
// supply cap in its own description of the contract (contract_store.h) and reparses the NFT type from the source,
// and writes no descriptor.
//
// Charging (Epoch 2.05 on, the reference's *_v205 forms; an asset's size is its serialized length):
//   define-fungible-token       the cap's evaluation, then cost_create_ft(0)
//   define-non-fungible-token   the type's cost_type_parse_step nodes, then cost_create_nft(type size)
//   ft-mint? ft-transfer? ft-burn? ft-get-balance ft-get-supply   cost_ft_*(0), then the arguments
//   nft-mint? nft-transfer? nft-get-owner?   the arguments, then cost_nft_*(asset size)
//   nft-burn?   cost_nft_burn(0), the arguments, then cost_nft_burn(asset size) again (the reference charges twice)
// No other reads or writes are charged: those cost functions carry them.
//
// Results (the reference's codes):
//   ft-mint?       (err u1) amount 0                  ft-transfer?  (err u1) balance too low, (err u2) to self,
//   ft-burn?       (err u1) amount 0 or > balance                   (err u3) amount 0
//   nft-mint?      (err u1) the asset exists          nft-transfer? (err u1) not the sender's, (err u2) to self,
//   nft-burn?      (err u1) not the sender's,                       (err u3) no such asset
//                  (err u3) no such asset
// and Runtime(SupplyOverflow(new supply, cap)) when a mint would pass the cap, Runtime(ArithmeticOverflow) past u128.
// Events (events.h): ft_mint/ft_transfer/ft_burn and nft_mint/nft_transfer/nft_burn; the asset map records what
// ft-transfer?, ft-burn?, nft-transfer? and nft-burn? took from their sender. What only the type checker refuses (an
// undefined token, a wrong argument type or count) is Unchecked(..): NoSuchFT(t), NoSuchNFT(t), BadTokenName,
// TypeValueError(..), IncorrectArgumentCount(..).
#pragma once

#include "clarity/vm/contract.h"
#include "clarity/vm/define.h"
#include "clarity/vm/evaluator.h"
#include "clarity/vm/natives.h"
#include "util/result.h"

namespace stacks::clarity::vm {

/// Registers `(define-fungible-token name [cap])` (its arguments in `args`) into `contract`: with `stored` null a
/// deployment (the cap evaluated, cost_create_ft, the supply entry written), else a load (the cap from `stored`,
/// nothing written). Errors: Unchecked(RequiresAtLeastArguments(1, 0)), Unchecked(IncorrectArgumentCount(1, n)),
/// Unchecked(ExpectedName), Unchecked(NameAlreadyUsed(name)), Unchecked(TypeValueError(uint, v)) for a cap that is
/// not a uint; kCorruption when `stored` lacks the token; the evaluator's and the store's.
util::Status DefineFungibleToken(Args args, Environment& env, ContractContext& contract,
                                 const StoredDefinitions* stored);

/// Registers `(define-non-fungible-token name type)` into `contract` (charging cost_create_nft at deployment and at
/// load alike; the caller's tracker decides whether that counts). Errors: Unchecked(IncorrectArgumentCount(2, n)),
/// Unchecked(ExpectedName), Unchecked(NameAlreadyUsed(name)), the type parser's.
util::Status DefineNonFungibleToken(Args args, Environment& env, ContractContext& contract);

util::Result<Value> SpecialFtMint(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialFtTransfer(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialFtBurn(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialFtGetBalance(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialFtGetSupply(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialNftMint(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialNftTransfer(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialNftBurn(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialNftGetOwner(Args args, Environment& env, const LocalContext& context);

}  // namespace stacks::clarity::vm
