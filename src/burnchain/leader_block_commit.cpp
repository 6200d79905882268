#include "burnchain/leader_block_commit.h"

#include <algorithm>
#include <limits>

#include "burnchain/epoch_marker.h"
#include "burnchain/op_internal.h"
#include "codec/consensus.h"

namespace stacks::burnchain {

namespace {

constexpr size_t MIN_PAYLOAD_SIZE = 77;

struct ParsedPayload {
  BlockHeaderHash block_header_hash{};
  VrfSeed new_seed{};
  uint32_t parent_block_ptr = 0;
  uint16_t parent_vtxindex = 0;
  uint32_t key_block_ptr = 0;
  uint16_t key_vtxindex = 0;
  uint8_t burn_parent_modulus = 0;
  uint8_t memo = 0;
};

util::Result<ParsedPayload> ParsePayload(util::ByteView payload) {
  if (payload.size() < MIN_PAYLOAD_SIZE) {
    return internal::ParseError("LeaderBlockCommit payload of " + std::to_string(payload.size()) +
                                " bytes is shorter than 77");
  }
  // The length check above makes every read below succeed.
  codec::ByteReader r(payload);
  ParsedPayload out;
  out.block_header_hash = r.ReadArray<32>().value();
  out.new_seed = r.ReadArray<32>().value();
  out.parent_block_ptr = r.ReadU32().value();
  out.parent_vtxindex = r.ReadU16().value();
  out.key_block_ptr = r.ReadU32().value();
  out.key_vtxindex = r.ReadU16().value();
  const uint8_t modulus_and_memo = r.ReadU8().value();
  out.burn_parent_modulus = static_cast<uint8_t>((modulus_and_memo & 0x07) % BURN_BLOCK_MINED_AT_MODULUS);
  out.memo = static_cast<uint8_t>((modulus_and_memo >> 3) & 0x1f);
  return out;
}

std::string ApparentSender(const BurnchainTx& tx, size_t index) {
  std::optional<PoxAddress> change = tx.Recipient(index);
  return change ? PoxAddressToB58(*change) : std::string(NO_CHANGE_OUTPUT_SENDER);
}

util::Status FillRewardPhaseOutputs(const BurnchainTx& tx, LeaderBlockCommitOp& op) {
  const size_t count = std::min(tx.outputs.size(), OUTPUTS_PER_COMMIT);
  for (size_t i = 0; i < count; ++i) {
    if (tx.outputs[i].amount_sats != tx.outputs[0].amount_sats) {
      return internal::ParseError("PoX outputs pay different amounts (" + std::to_string(tx.outputs[0].amount_sats) +
                                  " != " + std::to_string(tx.outputs[i].amount_sats) + ")");
    }
    op.commit_outs.push_back(*tx.Recipient(i));
  }
  if (op.commit_outs.size() != OUTPUTS_PER_COMMIT) {
    return internal::InvalidInput(std::to_string(op.commit_outs.size()) + " commit outputs, but a reward phase needs " +
                                  std::to_string(OUTPUTS_PER_COMMIT));
  }
  const uint64_t amount = tx.outputs[0].amount_sats;
  if (amount > std::numeric_limits<uint64_t>::max() / OUTPUTS_PER_COMMIT) {
    return internal::ParseError("burn fee overflows");
  }
  op.burn_fee = amount * OUTPUTS_PER_COMMIT;
  if (op.burn_fee == 0) return internal::ParseError("burn/transfer amount is 0");
  op.sunset_burn = tx.op_return_amount_sats;
  op.apparent_sender = ApparentSender(tx, OUTPUTS_PER_COMMIT);
  return {};
}

util::Status FillBurnOnlyOutputs(const BurnchainTx& tx, LeaderBlockCommitOp& op) {
  PoxAddress output = *tx.Recipient(0);
  if (!IsBurnAddress(output)) {
    return internal::RuleViolation("block-commit-bad-outputs", "a burn-only commit must pay the burn address");
  }
  op.commit_outs.push_back(std::move(output));
  op.burn_fee = tx.outputs[0].amount_sats;
  op.sunset_burn = tx.op_return_amount_sats;
  op.apparent_sender = ApparentSender(tx, 1);
  return {};
}

util::Status FillWaterfallOutputs(const BurnchainTx& tx, LeaderBlockCommitOp& op) {
  if (tx.outputs[0].amount_sats == 0) return internal::InvalidInput("waterfall commit output 1 has zero amount");
  op.commit_outs.push_back(*tx.Recipient(0));
  op.burn_fee = tx.outputs[0].amount_sats;
  op.sunset_burn = 0;
  op.apparent_sender = ApparentSender(tx, 1);
  return {};
}

}  // namespace

uint8_t BurnParentModulus(uint64_t burn_block_height) {
  if (burn_block_height == 0) return static_cast<uint8_t>(BURN_BLOCK_MINED_AT_MODULUS - 1);
  return static_cast<uint8_t>((burn_block_height - 1) % BURN_BLOCK_MINED_AT_MODULUS);
}

uint32_t ExpectedChainedUtxo(bool single_commit) {
  return single_commit ? 2 : static_cast<uint32_t>(OUTPUTS_PER_COMMIT) + 1;
}

util::Result<LeaderBlockCommitOp> LeaderBlockCommitOp::Parse(const BitcoinTx& tx, const BurnBlockRef& block,
                                                             uint32_t vtxindex, const BurnchainParams& params,
                                                             CommitOutputRule rule) {
  STACKS_TRY(BurnchainTx burn_tx, ParseBurnchainTx(tx, vtxindex, params));
  return FromBurnchainTx(burn_tx, block, rule);
}

util::Result<LeaderBlockCommitOp> LeaderBlockCommitOp::FromBurnchainTx(const BurnchainTx& tx, const BurnBlockRef& block,
                                                                       CommitOutputRule rule) {
  STACKS_RETURN_IF_ERROR(internal::ExpectInputsAndOutputs(tx, /*min_outputs=*/1));
  STACKS_RETURN_IF_ERROR(internal::ExpectOpcode(tx, Opcode::kLeaderBlockCommit, "LeaderBlockCommit"));
  STACKS_TRY(ParsedPayload data, ParsePayload(tx.payload));

  if (data.parent_block_ptr == 0 && data.parent_vtxindex != 0) {
    return internal::ParseError("parent block back-pointer must be positive");
  }
  if (data.parent_block_ptr >= block.height) {
    return internal::ParseError("parent block back-pointer " + std::to_string(data.parent_block_ptr) +
                                " is not below block height " + std::to_string(block.height));
  }
  if (data.key_block_ptr == 0) return internal::ParseError("key block back-pointer must be positive");
  if (data.key_block_ptr >= block.height) {
    return internal::ParseError("key block back-pointer " + std::to_string(data.key_block_ptr) +
                                " is not below block height " + std::to_string(block.height));
  }

  LeaderBlockCommitOp op;
  switch (rule) {
    case CommitOutputRule::kRewardPhase:
      STACKS_RETURN_IF_ERROR(FillRewardPhaseOutputs(tx, op));
      break;
    case CommitOutputRule::kBurnOnly:
      STACKS_RETURN_IF_ERROR(FillBurnOnlyOutputs(tx, op));
      break;
    case CommitOutputRule::kWaterfall:
      STACKS_RETURN_IF_ERROR(FillWaterfallOutputs(tx, op));
      break;
  }
  op.block_header_hash = data.block_header_hash;
  op.new_seed = data.new_seed;
  op.parent_block_ptr = data.parent_block_ptr;
  op.parent_vtxindex = data.parent_vtxindex;
  op.key_block_ptr = data.key_block_ptr;
  op.key_vtxindex = data.key_vtxindex;
  op.memo = {data.memo};
  op.burn_parent_modulus = data.burn_parent_modulus;
  op.input = tx.inputs[0].prevout;
  op.txid = tx.txid;
  op.vtxindex = tx.vtxindex;
  op.block_height = block.height;
  op.burn_header_hash = block.hash;
  return op;
}

util::Bytes LeaderBlockCommitOp::SerializePayload() const {
  codec::ByteWriter w(1 + MIN_PAYLOAD_SIZE);
  w.WriteU8(static_cast<uint8_t>(Opcode::kLeaderBlockCommit));
  w.WriteBytes(block_header_hash);
  w.WriteBytes(new_seed);
  w.WriteU32(parent_block_ptr);
  w.WriteU16(parent_vtxindex);
  w.WriteU32(key_block_ptr);
  w.WriteU16(key_vtxindex);
  const uint8_t memo_byte = memo.empty() ? 0 : memo[0];
  w.WriteU8(static_cast<uint8_t>((memo_byte << 3) + (burn_parent_modulus & 0x07)));
  return w.Take();
}

util::Result<BitcoinTx> LeaderBlockCommitOp::ToBitcoinTx(const MagicBytes& magic, const OpTxFunding& funding) const {
  if (commit_outs.empty()) return util::InvalidArgument("block commit has no commit outputs");
  if (burn_fee % commit_outs.size() != 0) {
    return util::InvalidArgument("burn fee " + std::to_string(burn_fee) + " does not split evenly over " +
                                 std::to_string(commit_outs.size()) + " commit outputs");
  }
  const uint64_t per_output = burn_fee / commit_outs.size();
  std::vector<TxOut> recipients;
  recipients.reserve(commit_outs.size());
  for (const PoxAddress& out : commit_outs) {
    STACKS_TRY(TxOut paid, internal::PayTo(out, per_output));
    recipients.push_back(std::move(paid));
  }
  return AssembleOpTx(magic, SerializePayload(), sunset_burn, std::move(recipients), funding);
}

util::Status LeaderBlockCommitOp::CheckEpochMarker(uint8_t marker) const {
  if (memo.empty()) return internal::RuleViolation("block-commit-bad-epoch", "no epoch marker byte given");
  if (memo[0] < marker) {
    return internal::RuleViolation("block-commit-bad-epoch",
                                   "epoch marker " + std::to_string(memo[0]) + " is below " + std::to_string(marker));
  }
  return {};
}

uint64_t LeaderBlockCommitOp::BurnBlockMinedAt() const { return burn_parent_modulus % BURN_BLOCK_MINED_AT_MODULUS; }

bool LeaderBlockCommitOp::IsParentGenesis() const { return parent_block_ptr == 0 && parent_vtxindex == 0; }

bool LeaderBlockCommitOp::AllOutputsBurn() const {
  return std::all_of(commit_outs.begin(), commit_outs.end(), IsBurnAddress);
}

}  // namespace stacks::burnchain
