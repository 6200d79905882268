// Reading one transaction of a burn block as a burn operation, as the reference's burnchain DB does before it stores
// a block's operations (BurnchainDB::get_blockstack_transactions): recognize the OP_RETURN, dispatch on the opcode
// and run that operation's parser. The context-free Check rules and everything contextual (sortition, PoX state)
// are applied later, by the sortition, so an operation stored here is one that parses, not one that counts.
//
// The function is pure and thread-safe as long as the context's callbacks are.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>

#include "burnchain/bitcoin_tx.h"
#include "burnchain/burn_op.h"
#include "burnchain/leader_block_commit.h"
#include "burndb/burnchain_db.h"
#include "codec/stacks_address.h"
#include "util/result.h"

namespace stacks::burndb {

/// What parsing needs besides the transaction.
struct BurnOpParseContext {
  burnchain::BurnchainParams params;  ///< Network and magic bytes.
  //! The commit outputs a LeaderBlockCommit in a block at this height must have; unset: always kRewardPhase.
  std::function<burnchain::CommitOutputRule(uint64_t burn_block_height)> commit_output_rule;
  //! The `output` of the accepted PreStx with this txid, or nullopt if there is none (StackStx, TransferStx,
  //! DelegateStx and VoteForAggregateKey act for it); unset: no PreStx is known.
  std::function<std::optional<codec::StacksAddress>(const burnchain::Txid& pre_stx_txid)> pre_stx_sender;
};

/// The operation `tx` carries as the `vtxindex`-th transaction of `block`.
/// Errors: those of ParseBurnchainTx and of the opcode's Parse (burn_op.h lists them; the message is the reason to
/// record); kInvalidArgument "invalid-input: unknown opcode ..." for an opcode no operation uses; kNotFound
/// "no-pre-stx: ..." when an STX operation's sender PreStx is not known to `context.pre_stx_sender`.
util::Result<BurnOpRecord> ParseBurnOp(const burnchain::BitcoinTx& tx, const burnchain::BurnBlockRef& block,
                                       uint32_t vtxindex, const BurnOpParseContext& context);

}  // namespace stacks::burndb
