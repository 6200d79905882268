#include "burnchain/delegate_stx.h"

#include <limits>

#include "burnchain/op_internal.h"

namespace stacks::burnchain {

namespace {

constexpr size_t MIN_PAYLOAD_SIZE = 22;
constexpr size_t WITH_UNTIL_HEIGHT_SIZE = 30;

// An option flag byte: 0 None, 1 Some.
util::Result<bool> ReadOptionFlag(uint8_t flag, std::string_view field) {
  if (flag == 0 || flag == 1) return flag == 1;
  return internal::ParseError("DelegateStx " + std::string(field) + " option flag is " + std::to_string(flag));
}

}  // namespace

util::Result<DelegateStxOp> DelegateStxOp::Parse(const BitcoinTx& tx, const BurnBlockRef& block, uint32_t vtxindex,
                                                 const BurnchainParams& params, const codec::StacksAddress& sender) {
  STACKS_TRY(BurnchainTx burn_tx, ParseBurnchainTx(tx, vtxindex, params));
  return FromBurnchainTx(burn_tx, block, sender);
}

util::Result<DelegateStxOp> DelegateStxOp::FromBurnchainTx(const BurnchainTx& tx, const BurnBlockRef& block,
                                                           const codec::StacksAddress& sender) {
  STACKS_RETURN_IF_ERROR(internal::ExpectInputsAndOutputs(tx, /*min_outputs=*/1));
  STACKS_RETURN_IF_ERROR(internal::ExpectOpcode(tx, Opcode::kDelegateStx, "DelegateStx"));
  const size_t size = tx.payload.size();
  if (size < MIN_PAYLOAD_SIZE) {
    return internal::ParseError("DelegateStx payload of " + std::to_string(size) + " bytes is shorter than 22");
  }
  // The length checks make every read below succeed.
  codec::ByteReader r(tx.payload);
  DelegateStxOp op;
  op.delegated_ustx = r.ReadU128().value();
  STACKS_TRY(bool has_reward_index, ReadOptionFlag(r.ReadU8().value(), "reward_addr_index"));
  const uint32_t reward_index = r.ReadU32().value();
  STACKS_TRY(bool has_until, ReadOptionFlag(r.ReadU8().value(), "until_burn_height"));
  if (has_until) {
    if (size < WITH_UNTIL_HEIGHT_SIZE) {
      return internal::ParseError("DelegateStx payload of " + std::to_string(size) +
                                  " bytes is too short for until_burn_height");
    }
    op.until_burn_height = r.ReadU64().value();
  }

  STACKS_TRY(op.delegate_to, internal::FirstRecipientStacksAddress(tx, /*coerce_hash_mode=*/true));
  if (has_reward_index) {
    if (std::optional<PoxAddress> reward = tx.Recipient(reward_index)) {
      op.reward_addr = std::make_pair(reward_index, CoerceHashMode(std::move(*reward)));
    }
  }
  op.sender = sender;
  op.txid = tx.txid;
  op.vtxindex = tx.vtxindex;
  op.block_height = block.height;
  op.burn_header_hash = block.hash;
  return op;
}

util::Status DelegateStxOp::Check() const {
  if (delegated_ustx == 0) return internal::RuleViolation("delegate-stx-must-be-positive", "delegated_ustx is 0");
  if (until_burn_height && *until_burn_height > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
    return internal::RuleViolation("invalid-input", "until_burn_height exceeds INT64_MAX");
  }
  return {};
}

util::Bytes DelegateStxOp::SerializePayload() const {
  codec::ByteWriter w;
  w.WriteU8(static_cast<uint8_t>(Opcode::kDelegateStx));
  w.WriteU128(delegated_ustx);
  w.WriteU8(reward_addr ? 1 : 0);
  w.WriteU32(reward_addr ? reward_addr->first : 0);
  w.WriteU8(until_burn_height ? 1 : 0);
  if (until_burn_height) w.WriteU64(*until_burn_height);
  return w.Take();
}

util::Result<BitcoinTx> DelegateStxOp::ToBitcoinTx(const MagicBytes& magic, const OpTxFunding& funding) const {
  const PoxAddress delegate_pox = PoxStandardAddress{delegate_to, std::nullopt};
  std::vector<TxOut> recipients;
  STACKS_TRY(TxOut delegate_out, internal::PayTo(delegate_pox, DUST_UTXO_LIMIT_SATS));
  recipients.push_back(std::move(delegate_out));
  if (reward_addr) {
    if (reward_addr->first == 0) {
      if (reward_addr->second != CoerceHashMode(delegate_pox)) {
        return util::InvalidArgument("reward address index 0 names output 1, which pays delegate_to");
      }
    } else if (reward_addr->first == 1) {
      STACKS_TRY(TxOut reward_out, internal::PayTo(reward_addr->second, DUST_UTXO_LIMIT_SATS));
      recipients.push_back(std::move(reward_out));
    } else {
      return util::InvalidArgument("reward address index " + std::to_string(reward_addr->first) +
                                   " cannot be built; use 0 or 1");
    }
  }
  return AssembleOpTx(magic, SerializePayload(), /*op_return_sats=*/0, std::move(recipients), funding);
}

}  // namespace stacks::burnchain
