#include "burnchain/stack_stx.h"

#include "burnchain/op_internal.h"
#include "crypto/secp256k1.h"

namespace stacks::burnchain {

namespace {

constexpr size_t MIN_PAYLOAD_SIZE = 17;
constexpr size_t WITH_SIGNER_KEY_SIZE = 50;
constexpr size_t WITH_MAX_AMOUNT_SIZE = 66;
constexpr size_t WITH_AUTH_ID_SIZE = 70;

}  // namespace

util::Result<StackStxOp> StackStxOp::Parse(const BitcoinTx& tx, const BurnBlockRef& block, uint32_t vtxindex,
                                           const BurnchainParams& params, const codec::StacksAddress& sender) {
  STACKS_TRY(BurnchainTx burn_tx, ParseBurnchainTx(tx, vtxindex, params));
  return FromBurnchainTx(burn_tx, block, sender);
}

util::Result<StackStxOp> StackStxOp::FromBurnchainTx(const BurnchainTx& tx, const BurnBlockRef& block,
                                                     const codec::StacksAddress& sender) {
  STACKS_RETURN_IF_ERROR(internal::ExpectInputsAndOutputs(tx, /*min_outputs=*/1));
  STACKS_RETURN_IF_ERROR(internal::ExpectOpcode(tx, Opcode::kStackStx, "StackStx"));
  const size_t size = tx.payload.size();
  if (size < MIN_PAYLOAD_SIZE) {
    return internal::ParseError("StackStx payload of " + std::to_string(size) + " bytes is shorter than 17");
  }
  // The length checks make every read below succeed.
  codec::ByteReader r(tx.payload);
  StackStxOp op;
  op.sender = sender;
  op.reward_addr = CoerceHashMode(*tx.Recipient(0));
  op.stacked_ustx = r.ReadU128().value();
  op.num_cycles = r.ReadU8().value();
  if (size >= WITH_SIGNER_KEY_SIZE) op.signer_key = r.ReadArray<33>().value();
  if (size >= WITH_MAX_AMOUNT_SIZE) op.max_amount = r.ReadU128().value();
  if (size >= WITH_AUTH_ID_SIZE) op.auth_id = r.ReadU32().value();
  op.txid = tx.txid;
  op.vtxindex = tx.vtxindex;
  op.block_height = block.height;
  op.burn_header_hash = block.hash;
  return op;
}

util::Status StackStxOp::Check() const {
  if (stacked_ustx == 0) return internal::RuleViolation("stack-stx-must-be-positive", "stacked_ustx is 0");
  if (signer_key) {
    auto key = crypto::PublicKey::Parse(*signer_key);
    if (!key) return internal::RuleViolation("stack-stx-invalid-key", key.error().message);
  }
  return {};
}

util::Bytes StackStxOp::SerializePayload() const {
  codec::ByteWriter w;
  w.WriteU8(static_cast<uint8_t>(Opcode::kStackStx));
  w.WriteU128(stacked_ustx);
  w.WriteU8(num_cycles);
  if (signer_key) w.WriteBytes(*signer_key);
  if (max_amount) w.WriteU128(*max_amount);
  if (auth_id) w.WriteU32(*auth_id);
  return w.Take();
}

util::Result<BitcoinTx> StackStxOp::ToBitcoinTx(const MagicBytes& magic, const OpTxFunding& funding) const {
  STACKS_TRY(TxOut paid, internal::PayTo(reward_addr, DUST_UTXO_LIMIT_SATS));
  return AssembleOpTx(magic, SerializePayload(), /*op_return_sats=*/0, {std::move(paid)}, funding);
}

}  // namespace stacks::burnchain
