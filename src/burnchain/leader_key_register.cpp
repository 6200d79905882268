#include "burnchain/leader_key_register.h"

#include <algorithm>

#include "burnchain/op_internal.h"

namespace stacks::burnchain {

namespace {

constexpr size_t CONSENSUS_HASH_SIZE = 20;
constexpr size_t MIN_PAYLOAD_SIZE = CONSENSUS_HASH_SIZE + crypto::VRF_PUBLIC_KEY_SIZE;  // 52

}  // namespace

util::Result<LeaderKeyRegisterOp> LeaderKeyRegisterOp::Parse(const BitcoinTx& tx, const BurnBlockRef& block,
                                                             uint32_t vtxindex, const BurnchainParams& params) {
  STACKS_TRY(BurnchainTx burn_tx, ParseBurnchainTx(tx, vtxindex, params));
  return FromBurnchainTx(burn_tx, block);
}

util::Result<LeaderKeyRegisterOp> LeaderKeyRegisterOp::FromBurnchainTx(const BurnchainTx& tx,
                                                                       const BurnBlockRef& block) {
  STACKS_RETURN_IF_ERROR(internal::ExpectInputsAndOutputs(tx, /*min_outputs=*/1));
  STACKS_RETURN_IF_ERROR(internal::ExpectOpcode(tx, Opcode::kLeaderKeyRegister, "LeaderKeyRegister"));
  const util::ByteView payload(tx.payload);
  if (payload.size() < MIN_PAYLOAD_SIZE) {
    return internal::ParseError("LeaderKeyRegister payload of " + std::to_string(payload.size()) +
                                " bytes is shorter than 52");
  }
  auto key = crypto::VrfPublicKey::FromBytes(payload.subspan(CONSENSUS_HASH_SIZE, crypto::VRF_PUBLIC_KEY_SIZE));
  if (!key) return internal::ParseError("invalid VRF public key: " + key.error().message);

  LeaderKeyRegisterOp op;
  op.consensus_hash = util::ToArray<CONSENSUS_HASH_SIZE>(payload.first(CONSENSUS_HASH_SIZE));
  op.public_key = key->ToBytes();
  op.memo.assign(payload.begin() + MIN_PAYLOAD_SIZE, payload.end());
  op.txid = tx.txid;
  op.vtxindex = tx.vtxindex;
  op.block_height = block.height;
  op.burn_header_hash = block.hash;
  return op;
}

util::Bytes LeaderKeyRegisterOp::SerializePayload() const {
  const size_t memo_size = std::min(memo.size(), LEADER_KEY_MAX_SERIALIZED_MEMO);
  const uint8_t opcode[1] = {static_cast<uint8_t>(Opcode::kLeaderKeyRegister)};
  return util::Concat({opcode, consensus_hash, public_key, util::ByteView(memo).first(memo_size)});
}

BitcoinTx LeaderKeyRegisterOp::ToBitcoinTx(const MagicBytes& magic, const OpTxFunding& funding) const {
  return AssembleOpTx(magic, SerializePayload(), /*op_return_sats=*/0, {}, funding);
}

std::optional<crypto::Hash160> LeaderKeyRegisterOp::NakamotoSigningKeyHash() const {
  if (memo.size() < 20) return std::nullopt;
  return util::ToArray<20>(util::ByteView(memo).first(20));
}

void LeaderKeyRegisterOp::SetNakamotoSigningKeyHash(const crypto::Hash160& hash) {
  if (memo.size() < 20) memo.resize(20, 0);
  std::copy(hash.begin(), hash.end(), memo.begin());
}

}  // namespace stacks::burnchain
