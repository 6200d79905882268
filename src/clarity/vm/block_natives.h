// Block information and time-shifted evaluation (stacks-core clarity/src/vm/functions/database.rs
// special_get_block_info, special_get_burn_block_info, special_get_stacks_block_info, special_get_tenure_info,
// special_at_block; the block keywords of vm/variables.rs; the block questions of vm/database/clarity_db.rs).
// Internal to stacks_clarity_vm.
//
// Answers come from ChainContext::block_info (storage::BlockInfo). Without one (EvalSnippet) every block native and
// keyword is kUnimplemented ("needs the chain's block information"). "The current height" is the height of the block
// being executed (the store's CurrentBlockHeight), or inside at-block the height of the block it evaluates at.
//
//   keyword (each charges cost_fetch_var(1))  answers
//   block-height (Clarity 1-2)    the current height before Epoch 3.0; from 3.0 the current tenure height
//   stacks-block-height (3)       the current height
//   tenure-height (3)             the current height before 3.0; from 3.0 the tenure of the current block
//   burn-block-height             before 3.0 the burn height of the parent block (of the first burn block at
//                                 height 0); from 3.0 the burn chain tip
//   stacks-block-time (4)         the current block's time; Runtime(BlockTimeNotAvailable) before Epoch 3.3 (the
//                                 reference stores it only from then)
//
// get-block-info? (Clarity 1-2; cost_block_info), get-stacks-block-info? and get-tenure-info? (Clarity 3;
// cost_block_info) and get-burn-block-info? (Clarity 2; cost_burn_block_info), each charged before anything else:
// `none` for a height past u32, at or past the current height (for burn blocks: past the burn block the current
// tip's sortition knows, the parent block's before 3.0 and the tip's from 3.0), and for a block reward not yet
// matured (its child plus 100 blocks must be below the current height). miner-spend-* of block 0 is u0. In Clarity
// 1-2 from Epoch 3.0 off testnet, get-block-info? takes a tenure height and asks about that tenure's first block, as
// the reference. A past block the BlockInfo cannot describe is Internal(Expect(..)) (kFailedPrecondition, the
// reference's internal error).
//
// at-block (Clarity 1-4, before Epoch 3.4; cost_at_block(0) after the arity check): its first argument must be a
// 32-byte index block hash of a block below the current height (Runtime(BadBlockHash(..)) for another length,
// Runtime(UnknownBlockHeaderHash(..)) for an unknown block); the expression is evaluated in a read-only level, with
// the current height and every data read shifted to that block (WriteStack::BeginAtBlock), and the level is rolled
// back: writes and events inside are dropped. From Epoch 3.4 it is RuntimeCheck(AtBlockUnavailable). A store that
// keeps no history fails the first read with its error (kUnimplemented).
//
// What only the type checker refuses is Unchecked(..): the property name (GetBlockInfoExpectPropertyName,
// NoSuchBlockInfoProperty(p), and the burn, stacks-block and tenure variants), a height that is not a uint
// (TypeValueError), the argument count.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "clarity/vm/evaluator.h"
#include "clarity/vm/natives.h"
#include "util/result.h"

namespace stacks::clarity::vm {

util::Result<Value> SpecialGetBlockInfo(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialGetBurnBlockInfo(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialGetStacksBlockInfo(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialGetTenureInfo(Args args, Environment& env, const LocalContext& context);
util::Result<Value> SpecialAtBlock(Args args, Environment& env, const LocalContext& context);

/// The value of keyword `name` (already known to exist in the running contract's Clarity version) if it is one of
/// the block keywords above or `stx-liquid-supply`, charged as the reference charges it; nullopt for any other name.
/// Errors: kUnimplemented without block information; Runtime(BlockTimeNotAvailable); Internal(..) when the
/// BlockInfo lacks the current block; the tracker's.
util::Result<std::optional<Value>> LookupChainVariable(std::string_view name, Environment& env);

/// The reference's get_current_burnchain_block_height (what burn-block-height answers and locked STX are judged
/// at). Charges nothing. Errors: kUnimplemented without block information; Internal(..) if the BlockInfo
/// lacks the parent block.
util::Result<uint32_t> CurrentBurnBlockHeight(Environment& env);

}  // namespace stacks::clarity::vm
