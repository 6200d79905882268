// Context-free checks of a Nakamoto block, after the reference's NakamotoBlock::validate_header_static,
// validate_transactions_static, is_wellformed_tenure_start_block, is_wellformed_tenure_extend_block and
// validate_problematic_txs (stackslib/src/chainstate/nakamoto/mod.rs): rules that need only the block, the node's
// network and the block's epoch. Rules against the burnchain, the parent or the reward set live elsewhere
// (VerifySignerSignatures is in nakamoto_block_header.h).
//
// Every rejection is kConsensusViolation with a message naming the rule.
//
// All functions are pure and thread-safe.
#pragma once

#include <cstdint>

#include "chain/epoch.h"
#include "chain/nakamoto_block.h"
#include "util/result.h"

namespace stacks::chain {

/// The header version, shadow bit aside, is ExpectedHeaderVersion(epoch) (validate_header_static).
/// Errors: "block header version V is not E in epoch X".
util::Status CheckHeaderVersion(const NakamotoBlockHeader& header, StacksEpochId epoch);

/// Whether the block starts a tenure (is_wellformed_tenure_start_block): true when it holds exactly one
/// TenureChange, at index 0, with cause BlockFound and previous_tenure_end equal to the header's parent_block_id,
/// and exactly one Coinbase, at index 1, carrying a VRF proof; false when it holds neither kind, or only a
/// TenureChange at index 0 whose cause is an extension. Errors, "malformed tenure-start block: <rule>": more than one
/// coinbase or tenure change; a coinbase without a tenure change; a lone tenure change not at index 0, or with cause
/// BlockFound; tenure change or coinbase not at index 0 and 1; the tenure change not BlockFound; previous_tenure_end
/// not the parent; a coinbase without a VRF proof.
util::Result<bool> IsTenureStartBlock(const NakamotoBlock& block);

/// Whether the block extends its tenure (is_wellformed_tenure_extend_block): false when it holds a coinbase or no
/// TenureChange; true when its only TenureChange is at index 0, has an Extended* cause, has previous_tenure_end equal
/// to the parent and both consensus hashes equal to the header's. Errors, "malformed tenure-extend block: <rule>":
/// more than one tenure change; the tenure change not at index 0; cause BlockFound; previous_tenure_end not the
/// parent; a consensus hash not the header's.
util::Result<bool> IsTenureExtendBlock(const NakamotoBlock& block);

/// validate_problematic_txs: the header version matches the epoch; before Epoch 4.0 no markers; at most
/// MAX_PROBLEMATIC_TX_MARKERS; indexes strictly increasing, each naming a transaction that is neither a Coinbase nor
/// a TenureChange. Errors: "problematic_txs: <rule>".
util::Status CheckProblematicTxs(const NakamotoBlock& block, StacksEpochId epoch);

/// validate_transactions_static, in its order: at least one transaction; CheckTransactionsUnique; every transaction
/// on `mainnet` with `chain_id` (CheckTransactionNetwork); IsTenureStartBlock and IsTenureExtendBlock do not fail;
/// every transaction passes CheckTransactionStaticEpoch; CheckProblematicTxs.
/// Errors: "block has no transactions", or those of the checks named.
util::Status CheckNakamotoBlockStatic(const NakamotoBlock& block, bool mainnet, uint32_t chain_id, StacksEpochId epoch);

}  // namespace stacks::chain
