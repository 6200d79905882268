#include "burnchain/vote_for_aggregate_key.h"

#include <limits>
#include <vector>

#include "burnchain/op_internal.h"
#include "burnchain/script.h"
#include "crypto/secp256k1.h"

namespace stacks::burnchain {

namespace {

constexpr size_t PAYLOAD_SIZE = 47;
constexpr size_t HYBRID_KEY_SIZE = 65;

// A public key as libsecp256k1's secp256k1_ec_pubkey_parse reads it: 33-byte compressed, 65-byte uncompressed, or
// 65-byte hybrid (prefix 0x06/0x07 naming the parity of y), which crypto::PublicKey::Parse refuses.
util::Result<crypto::PublicKey> ParseLibsecpPublicKey(util::ByteView bytes) {
  if (bytes.size() != HYBRID_KEY_SIZE || (bytes[0] != 0x06 && bytes[0] != 0x07)) {
    return crypto::PublicKey::Parse(bytes);
  }
  util::Bytes uncompressed(bytes.begin(), bytes.end());
  uncompressed[0] = 0x04;
  STACKS_TRY(crypto::PublicKey key, crypto::PublicKey::Parse(uncompressed));
  const bool odd_y = (bytes[HYBRID_KEY_SIZE - 1] & 1) != 0;
  if (odd_y != (bytes[0] == 0x07)) return util::InvalidArgument("hybrid public key prefix contradicts y's parity");
  return key;
}

// The key of a P2PKH scriptSig: <signature push> <public key push>.
util::Result<PublicKeyBuffer> SignerKeyFromScriptSig(util::ByteView script_sig) {
  const std::vector<ScriptInstruction> instructions = ParseScript(script_sig);
  if (instructions.size() != 2 || instructions[0].kind != ScriptInstruction::Kind::kPush ||
      instructions[1].kind != ScriptInstruction::Kind::kPush) {
    return internal::InvalidInput("input 0's scriptSig is not <signature> <public key>");
  }
  auto key = ParseLibsecpPublicKey(instructions[1].data);
  if (!key) return internal::InvalidInput("input 0's scriptSig has no valid public key: " + key.error().message);
  return util::ToArray<33>(key->SerializeCompressed());
}

}  // namespace

util::Result<VoteForAggregateKeyOp> VoteForAggregateKeyOp::Parse(const BitcoinTx& tx, const BurnBlockRef& block,
                                                                 uint32_t vtxindex, const BurnchainParams& params,
                                                                 const codec::StacksAddress& sender) {
  STACKS_TRY(BurnchainTx burn_tx, ParseBurnchainTx(tx, vtxindex, params));
  return FromBurnchainTx(burn_tx, block, sender);
}

util::Result<VoteForAggregateKeyOp> VoteForAggregateKeyOp::FromBurnchainTx(const BurnchainTx& tx,
                                                                           const BurnBlockRef& block,
                                                                           const codec::StacksAddress& sender) {
  STACKS_RETURN_IF_ERROR(internal::ExpectInputsAndOutputs(tx, /*min_outputs=*/0));
  STACKS_RETURN_IF_ERROR(internal::ExpectOpcode(tx, Opcode::kVoteForAggregateKey, "VoteForAggregateKey"));
  if (tx.payload.size() != PAYLOAD_SIZE) {
    return internal::ParseError("VoteForAggregateKey payload of " + std::to_string(tx.payload.size()) +
                                " bytes is not 47");
  }
  STACKS_TRY(PublicKeyBuffer signer_key, SignerKeyFromScriptSig(tx.inputs[0].script_sig));
  // The length check makes every read below succeed.
  codec::ByteReader r(tx.payload);
  VoteForAggregateKeyOp op;
  op.sender = sender;
  op.signer_index = r.ReadU16().value();
  op.aggregate_key = r.ReadArray<33>().value();
  op.round = r.ReadU32().value();
  op.reward_cycle = r.ReadU64().value();
  op.signer_key = signer_key;
  op.txid = tx.txid;
  op.vtxindex = tx.vtxindex;
  op.block_height = block.height;
  op.burn_header_hash = block.hash;
  return op;
}

util::Status VoteForAggregateKeyOp::Check() const {
  for (const PublicKeyBuffer* key : {&aggregate_key, &signer_key}) {
    auto parsed = crypto::PublicKey::Parse(*key);
    if (!parsed) return internal::RuleViolation("vote-for-aggregate-key-invalid-key", parsed.error().message);
  }
  if (reward_cycle > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
    return internal::RuleViolation("invalid-input", "reward_cycle exceeds INT64_MAX");
  }
  return {};
}

util::Bytes VoteForAggregateKeyOp::SerializePayload() const {
  codec::ByteWriter w(1 + PAYLOAD_SIZE);
  w.WriteU8(static_cast<uint8_t>(Opcode::kVoteForAggregateKey));
  w.WriteU16(signer_index);
  w.WriteBytes(aggregate_key);
  w.WriteU32(round);
  w.WriteU64(reward_cycle);
  return w.Take();
}

BitcoinTx VoteForAggregateKeyOp::ToBitcoinTx(const MagicBytes& magic, const OpTxFunding& funding) const {
  return AssembleOpTx(magic, SerializePayload(), /*op_return_sats=*/0, {}, funding);
}

}  // namespace stacks::burnchain
