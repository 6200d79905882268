// Context-free checks of a transaction, in the manner of Bitcoin Core's CheckTransaction: rules that need no chain
// state, only the node's network and the epoch the transaction would be mined in. Kept apart from the codec (what
// decodes) and from signature verification (verify.h).
//
// Every rejection is kConsensusViolation with a short message naming the rule.
//
// All functions are pure and thread-safe.
#pragma once

#include <cstdint>

#include "chain/epoch.h"
#include "chain/transaction.h"
#include "util/result.h"

namespace stacks::chain {

/// Where the transaction is being checked for: the node's network and the epoch of the block it would join.
struct TransactionCheckContext {
  bool mainnet = true;                       //!< Mainnet node: transactions must have version kMainnet.
  uint32_t chain_id = CHAIN_ID_MAINNET;      //!< The node's chain id; transactions must carry it.
  StacksEpochId epoch = StacksEpochId::k30;  //!< Epoch of the block (or mempool tip) the transaction is for.
};

/// The version must match the network (validate_transactions_network) and the chain id the node's
/// (validate_transactions_chain_id). Errors: "transaction is testnet on a mainnet node" and the reverse,
/// "transaction chain id 0x... is not 0x...".
util::Status CheckTransactionNetwork(const Transaction& tx, bool mainnet, uint32_t chain_id);

/// The rules of validate_transaction_static_epoch (stackslib/src/chainstate/stacks/block.rs), in its order:
///   - Originator post-condition mode and NFT MaybeSent codes only from Epoch 3.4 (SIP-040);
///   - Staking and Pox post-conditions only from Epoch 4.0;
///   - a coinbase with a VRF proof only from Epoch 3.0, and one without it only before 3.0; an alternative coinbase
///     recipient only from Epoch 2.1;
///   - a versioned smart contract only from Epoch 2.1, naming at most DefaultClarityVersion(epoch);
///   - TenureChange only from Epoch 3.0;
///   - order-independent multi-sig auth only from Epoch 3.0 (CheckAuthSupportedInEpoch).
util::Status CheckTransactionStaticEpoch(const Transaction& tx, StacksEpochId epoch);

/// SIP-034: a TenureChange whose cause extends a single budget dimension (causes 2-6) only from Epoch 3.3. The
/// reference checks this when it processes the tenure change and the block, not in the static check above.
util::Status CheckTenureChangeCauseEpoch(const Transaction& tx, StacksEpochId epoch);

/// A block may not hold an OffChainOnly transaction; a microblock may not hold an OnChainOnly one
/// (validate_anchor_mode). Errors: "off-chain-only transaction in an anchored block" and the reverse.
util::Status CheckAnchorMode(const Transaction& tx, bool anchored_block);

/// Coinbase and TenureChange transactions come only from miners inside blocks, never through the mempool
/// (NoCoinbaseViaMempool, NoTenureChangeViaMempool).
util::Status CheckMempoolPayload(const Transaction& tx);

/// CheckTransactionNetwork, then CheckTransactionStaticEpoch and CheckTenureChangeCauseEpoch.
util::Status CheckTransaction(const Transaction& tx, const TransactionCheckContext& context);

}  // namespace stacks::chain
