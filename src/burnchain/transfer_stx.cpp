#include "burnchain/transfer_stx.h"

#include "burnchain/op_internal.h"

namespace stacks::burnchain {

namespace {

constexpr size_t USTX_SIZE = 16;

}  // namespace

util::Result<TransferStxOp> TransferStxOp::Parse(const BitcoinTx& tx, const BurnBlockRef& block, uint32_t vtxindex,
                                                 const BurnchainParams& params, const codec::StacksAddress& sender) {
  STACKS_TRY(BurnchainTx burn_tx, ParseBurnchainTx(tx, vtxindex, params));
  return FromBurnchainTx(burn_tx, block, sender);
}

util::Result<TransferStxOp> TransferStxOp::FromBurnchainTx(const BurnchainTx& tx, const BurnBlockRef& block,
                                                           const codec::StacksAddress& sender) {
  STACKS_RETURN_IF_ERROR(internal::ExpectInputsAndOutputs(tx, /*min_outputs=*/1));
  STACKS_RETURN_IF_ERROR(internal::ExpectOpcode(tx, Opcode::kTransferStx, "TransferStx"));
  const size_t size = tx.payload.size();
  if (size < USTX_SIZE || size > USTX_SIZE + TRANSFER_STX_MAX_MEMO) {
    return internal::ParseError("TransferStx payload of " + std::to_string(size) + " bytes is outside 16..77");
  }
  STACKS_TRY(codec::StacksAddress recipient, internal::FirstRecipientStacksAddress(tx, /*coerce_hash_mode=*/false));
  codec::ByteReader r(tx.payload);
  TransferStxOp op;
  op.sender = sender;
  op.recipient = recipient;
  op.transferred_ustx = r.ReadU128().value();  // the length check makes this succeed
  op.memo.assign(tx.payload.begin() + USTX_SIZE, tx.payload.end());
  op.txid = tx.txid;
  op.vtxindex = tx.vtxindex;
  op.block_height = block.height;
  op.burn_header_hash = block.hash;
  return op;
}

util::Status TransferStxOp::Check() const {
  if (transferred_ustx == 0) return internal::RuleViolation("transfer-stx-must-be-positive", "transferred_ustx is 0");
  if (sender == recipient) return internal::RuleViolation("transfer-stx-self-send", "sender is the recipient");
  return {};
}

util::Result<util::Bytes> TransferStxOp::SerializePayload() const {
  if (memo.size() > TRANSFER_STX_MAX_MEMO) {
    return util::ResourceExhausted("TransferStx memo of " + std::to_string(memo.size()) + " bytes exceeds limit 61");
  }
  codec::ByteWriter w;
  w.WriteU8(static_cast<uint8_t>(Opcode::kTransferStx));
  w.WriteU128(transferred_ustx);
  w.WriteBytes(memo);
  return w.Take();
}

util::Result<BitcoinTx> TransferStxOp::ToBitcoinTx(const MagicBytes& magic, const OpTxFunding& funding) const {
  STACKS_TRY(util::Bytes payload, SerializePayload());
  STACKS_TRY(TxOut paid, internal::PayTo(PoxStandardAddress{recipient, std::nullopt}, DUST_UTXO_LIMIT_SATS));
  return AssembleOpTx(magic, payload, /*op_return_sats=*/0, {std::move(paid)}, funding);
}

}  // namespace stacks::burnchain
