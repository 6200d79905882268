#include "burndb/burn_op_parse.h"

#include <string>

#include "burnchain/burnchain_tx.h"
#include "burnchain/delegate_stx.h"
#include "burnchain/leader_key_register.h"
#include "burnchain/pre_stx.h"
#include "burnchain/stack_stx.h"
#include "burnchain/transfer_stx.h"
#include "burnchain/vote_for_aggregate_key.h"
#include "util/hex.h"

namespace stacks::burndb {
namespace {

using burnchain::Opcode;

// Runs an STX operation's parser for the sender its PreStx names.
template <typename Op>
util::Status ParseStxOp(const burnchain::BitcoinTx& tx, const burnchain::BurnchainTx& parsed,
                        const burnchain::BurnBlockRef& block, uint32_t vtxindex, const BurnOpParseContext& context) {
  STACKS_TRY(const burnchain::Txid pre_stx_txid, burnchain::PreStxSenderTxid(parsed));
  std::optional<codec::StacksAddress> sender;
  if (context.pre_stx_sender) sender = context.pre_stx_sender(pre_stx_txid);
  if (!sender) return util::NotFound("no-pre-stx: no accepted PreStx " + util::ToHex(pre_stx_txid));
  STACKS_TRY(const Op op, Op::Parse(tx, block, vtxindex, context.params, *sender));
  (void)op;
  return {};
}

}  // namespace

util::Result<BurnOpRecord> ParseBurnOp(const burnchain::BitcoinTx& tx, const burnchain::BurnBlockRef& block,
                                       uint32_t vtxindex, const BurnOpParseContext& context) {
  STACKS_TRY(const burnchain::BurnchainTx parsed, burnchain::ParseBurnchainTx(tx, vtxindex, context.params));
  switch (static_cast<Opcode>(parsed.opcode)) {
    case Opcode::kLeaderKeyRegister: {
      STACKS_RETURN_IF_ERROR(burnchain::LeaderKeyRegisterOp::Parse(tx, block, vtxindex, context.params));
      break;
    }
    case Opcode::kLeaderBlockCommit: {
      const burnchain::CommitOutputRule rule = context.commit_output_rule ? context.commit_output_rule(block.height)
                                                                          : burnchain::CommitOutputRule::kRewardPhase;
      STACKS_RETURN_IF_ERROR(burnchain::LeaderBlockCommitOp::Parse(tx, block, vtxindex, context.params, rule));
      break;
    }
    case Opcode::kPreStx: {
      STACKS_RETURN_IF_ERROR(burnchain::PreStxOp::Parse(tx, block, vtxindex, context.params));
      break;
    }
    case Opcode::kStackStx:
      STACKS_RETURN_IF_ERROR(ParseStxOp<burnchain::StackStxOp>(tx, parsed, block, vtxindex, context));
      break;
    case Opcode::kTransferStx:
      STACKS_RETURN_IF_ERROR(ParseStxOp<burnchain::TransferStxOp>(tx, parsed, block, vtxindex, context));
      break;
    case Opcode::kDelegateStx:
      STACKS_RETURN_IF_ERROR(ParseStxOp<burnchain::DelegateStxOp>(tx, parsed, block, vtxindex, context));
      break;
    case Opcode::kVoteForAggregateKey:
      STACKS_RETURN_IF_ERROR(ParseStxOp<burnchain::VoteForAggregateKeyOp>(tx, parsed, block, vtxindex, context));
      break;
    default:
      return util::InvalidArgument("invalid-input: unknown opcode 0x" + util::ToHex(util::ByteView(&parsed.opcode, 1)));
  }
  BurnOpRecord record;
  record.vtxindex = vtxindex;
  record.txid = parsed.txid;
  record.opcode = static_cast<Opcode>(parsed.opcode);
  record.payload.push_back(parsed.opcode);
  util::Append(record.payload, parsed.payload);
  return record;
}

}  // namespace stacks::burndb
