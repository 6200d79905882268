#include "burnchain/burnchain_tx.h"

#include <algorithm>
#include <string>

#include "burnchain/script.h"

namespace stacks::burnchain {

namespace {

constexpr size_t MAGIC_BYTES_LENGTH = 2;

}  // namespace

std::optional<PoxAddress> BurnchainTx::Recipient(size_t index) const {
  if (index >= outputs.size()) return std::nullopt;
  return PoxAddressFromOutput(outputs[index].address);
}

util::Result<BurnchainTx> ParseBurnchainTx(const BitcoinTx& tx, uint32_t vtxindex, const BurnchainParams& params) {
  if (tx.outputs.empty()) return util::NotFound("no-burnchain-op: transaction has no outputs");
  const std::optional<util::ByteView> data = OpReturnPayload(tx.outputs[0].script_pubkey);
  if (!data) return util::NotFound("no-burnchain-op: output 0 is not OP_RETURN <data>");
  if (data->size() <= MAGIC_BYTES_LENGTH) return util::NotFound("no-burnchain-op: OP_RETURN data too short");
  if (!std::equal(params.magic.begin(), params.magic.end(), data->begin())) {
    return util::NotFound("no-burnchain-op: OP_RETURN data does not start with the magic bytes");
  }

  BurnchainTx out;
  out.outputs.reserve(tx.outputs.size() - 1);
  for (size_t i = 1; i < tx.outputs.size(); ++i) {
    std::optional<BitcoinOutputAddress> address = OutputAddressFromScript(params.network, tx.outputs[i].script_pubkey);
    if (!address) return util::InvalidArgument("unrecognized-output: output " + std::to_string(i) + " has no address");
    out.outputs.push_back({std::move(*address), tx.outputs[i].value_sats});
  }
  out.txid = BitcoinTxid(tx);
  out.vtxindex = vtxindex;
  out.opcode = (*data)[MAGIC_BYTES_LENGTH];
  out.payload.assign(data->begin() + MAGIC_BYTES_LENGTH + 1, data->end());
  out.op_return_amount_sats = tx.outputs[0].value_sats;
  out.inputs.reserve(tx.inputs.size());
  for (const TxIn& in : tx.inputs) out.inputs.push_back({in.prevout, in.script_sig, in.witness});
  return out;
}

util::Result<Txid> PreStxSenderTxid(const BurnchainTx& tx) {
  if (tx.inputs.empty()) return util::InvalidArgument("invalid-input: operation has no input to name its PreStx");
  if (tx.inputs[0].prevout.vout != 1) {
    return util::InvalidArgument("invalid-input: input 0 spends output " + std::to_string(tx.inputs[0].prevout.vout) +
                                 ", not output 1 of a PreStx");
  }
  return tx.inputs[0].prevout.txid;
}

BitcoinTx AssembleOpTx(const MagicBytes& magic, util::ByteView payload, uint64_t op_return_sats,
                       std::vector<TxOut> recipients, const OpTxFunding& funding) {
  BitcoinTx tx;
  tx.version = 1;
  tx.lock_time = 0;
  tx.inputs = funding.inputs;
  tx.outputs.reserve(recipients.size() + 2);
  tx.outputs.push_back({op_return_sats, OpReturnScript(util::Concat({magic, payload}))});
  for (TxOut& recipient : recipients) tx.outputs.push_back(std::move(recipient));
  if (funding.change) tx.outputs.push_back(*funding.change);
  return tx;
}

}  // namespace stacks::burnchain
