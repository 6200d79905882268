#include "burnchain/pre_stx.h"

#include "burnchain/op_internal.h"

namespace stacks::burnchain {

util::Result<PreStxOp> PreStxOp::Parse(const BitcoinTx& tx, const BurnBlockRef& block, uint32_t vtxindex,
                                       const BurnchainParams& params) {
  STACKS_TRY(BurnchainTx burn_tx, ParseBurnchainTx(tx, vtxindex, params));
  return FromBurnchainTx(burn_tx, block);
}

util::Result<PreStxOp> PreStxOp::FromBurnchainTx(const BurnchainTx& tx, const BurnBlockRef& block) {
  STACKS_RETURN_IF_ERROR(internal::ExpectInputsAndOutputs(tx, /*min_outputs=*/1));
  STACKS_RETURN_IF_ERROR(internal::ExpectOpcode(tx, Opcode::kPreStx, "PreStx"));
  STACKS_TRY(codec::StacksAddress output, internal::FirstRecipientStacksAddress(tx, /*coerce_hash_mode=*/false));
  return PreStxOp{output, tx.txid, tx.vtxindex, block.height, block.hash};
}

util::Bytes PreStxOp::SerializePayload() const { return {static_cast<uint8_t>(Opcode::kPreStx)}; }

util::Result<BitcoinTx> PreStxOp::ToBitcoinTx(const MagicBytes& magic, uint64_t output_sats,
                                              const OpTxFunding& funding) const {
  STACKS_TRY(TxOut paid, internal::PayTo(PoxStandardAddress{output, std::nullopt}, output_sats));
  return AssembleOpTx(magic, SerializePayload(), /*op_return_sats=*/0, {std::move(paid)}, funding);
}

}  // namespace stacks::burnchain
