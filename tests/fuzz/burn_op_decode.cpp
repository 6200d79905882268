// Fuzz the burnchain operation parsers.
//
// The input is tried two ways: as a serialized Bitcoin transaction (with the magic bytes its own OP_RETURN starts
// with, so that the fuzzer need not guess them), and as the payload of a synthetic operation transaction whose
// opcode, output layout and commit rule come from the first byte. Every parser runs on every transaction and must
// never crash or fail with a code its header does not promise. An operation that parses serializes back into a
// payload that, put in place of the original, parses to the same operation (txid aside, and up to the bytes the
// reference drops: trailing payload bytes, LeaderKeyRegister memo bytes past 25).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include "burnchain/bitcoin_tx.h"
#include "burnchain/burnchain_tx.h"
#include "burnchain/delegate_stx.h"
#include "burnchain/epoch_marker.h"
#include "burnchain/leader_block_commit.h"
#include "burnchain/leader_key_register.h"
#include "burnchain/pre_stx.h"
#include "burnchain/script.h"
#include "burnchain/stack_stx.h"
#include "burnchain/transfer_stx.h"
#include "burnchain/vote_for_aggregate_key.h"
#include "util/bytes.h"
#include "util/result.h"

namespace {

using namespace stacks;
using namespace stacks::burnchain;

void Check(bool ok) {
  if (!ok) std::abort();
}

template <typename T>
void CheckCode(const util::Result<T>& r) {
  if (r) return;
  const util::ErrorCode code = r.error().code;
  Check(code == util::ErrorCode::kNotFound || code == util::ErrorCode::kInvalidArgument ||
        code == util::ErrorCode::kConsensusViolation);
}

// `tx` with its OP_RETURN payload replaced by `payload` (which starts with the opcode).
BurnchainTx WithPayload(const BurnchainTx& tx, util::ByteView payload) {
  BurnchainTx out = tx;
  out.opcode = payload[0];
  out.payload.assign(payload.begin() + 1, payload.end());
  return out;
}

template <typename Op>
void CheckSame(const util::Result<Op>& again, const Op& op) {
  Check(again.has_value() && *again == op);
}

void RunParsers(const BurnchainTx& tx, uint64_t burn_block_height) {
  const BurnBlockRef block{burn_block_height, {}};
  const codec::StacksAddress sender{26, {}};
  CheckCode(PreStxSenderTxid(tx));

  auto key = LeaderKeyRegisterOp::FromBurnchainTx(tx, block);
  CheckCode(key);
  if (key && key->memo.size() <= LEADER_KEY_MAX_SERIALIZED_MEMO) {
    CheckSame(LeaderKeyRegisterOp::FromBurnchainTx(WithPayload(tx, key->SerializePayload()), block), *key);
  }
  for (CommitOutputRule rule :
       {CommitOutputRule::kRewardPhase, CommitOutputRule::kBurnOnly, CommitOutputRule::kWaterfall}) {
    auto commit = LeaderBlockCommitOp::FromBurnchainTx(tx, block, rule);
    CheckCode(commit);
    if (!commit) continue;
    Check(commit->burn_parent_modulus < BURN_BLOCK_MINED_AT_MODULUS && commit->memo.size() == 1);
    CheckSame(LeaderBlockCommitOp::FromBurnchainTx(WithPayload(tx, commit->SerializePayload()), block, rule), *commit);
    CheckCode(commit->CheckEpochMarker(tx.opcode));
  }
  auto pre = PreStxOp::FromBurnchainTx(tx, block);
  CheckCode(pre);
  if (pre) CheckSame(PreStxOp::FromBurnchainTx(WithPayload(tx, pre->SerializePayload()), block), *pre);

  auto stack = StackStxOp::FromBurnchainTx(tx, block, sender);
  CheckCode(stack);
  if (stack) {
    CheckCode(stack->Check());
    CheckSame(StackStxOp::FromBurnchainTx(WithPayload(tx, stack->SerializePayload()), block, sender), *stack);
  }
  auto transfer = TransferStxOp::FromBurnchainTx(tx, block, sender);
  CheckCode(transfer);
  if (transfer) {
    CheckCode(transfer->Check());
    auto payload = transfer->SerializePayload();
    Check(payload.has_value());
    CheckSame(TransferStxOp::FromBurnchainTx(WithPayload(tx, *payload), block, sender), *transfer);
  }
  auto delegate = DelegateStxOp::FromBurnchainTx(tx, block, sender);
  CheckCode(delegate);
  if (delegate) {
    CheckCode(delegate->Check());
    CheckSame(DelegateStxOp::FromBurnchainTx(WithPayload(tx, delegate->SerializePayload()), block, sender), *delegate);
  }
  auto vote = VoteForAggregateKeyOp::FromBurnchainTx(tx, block, sender);
  CheckCode(vote);
  if (vote) {
    CheckCode(vote->Check());
    CheckSame(VoteForAggregateKeyOp::FromBurnchainTx(WithPayload(tx, vote->SerializePayload()), block, sender), *vote);
  }
}

void RunOnBitcoinTx(const BitcoinTx& tx, BitcoinNetworkType network) {
  MagicBytes magic = MAGIC_BYTES_DEFAULT;
  if (!tx.outputs.empty()) {
    const auto data = OpReturnPayload(tx.outputs[0].script_pubkey);
    if (data && data->size() >= 2) magic = {(*data)[0], (*data)[1]};
  }
  auto burn_tx = ParseBurnchainTx(tx, 0, {network, magic});
  CheckCode(burn_tx);
  if (!burn_tx) return;
  // A low height exercises the back-pointer checks; one above every u32 lets commits through them.
  for (uint64_t height : {uint64_t{1000}, uint64_t{1} << 32}) RunParsers(*burn_tx, height);
}

constexpr uint8_t OPCODES[] = {'[', '^', 'p', 'x', '$', '#', 'v', '+'};

// A synthetic operation transaction: first byte = opcode index (low 3 bits), output count (next 2 bits), input 0's
// vout (next bit) and the output script kinds (top 2 bits); the rest is the payload.
BitcoinTx Synthetic(util::ByteView bytes) {
  const uint8_t control = bytes.empty() ? 0 : bytes[0];
  const util::ByteView payload = bytes.empty() ? bytes : bytes.subspan(1);
  BitcoinTx tx;
  TxIn in;
  in.prevout.vout = (control >> 5) & 1;
  in.script_sig = util::Bytes(payload.begin(), payload.begin() + std::min<size_t>(payload.size(), 70));
  tx.inputs.push_back(in);
  const uint8_t opcode[1] = {OPCODES[control & 7]};
  tx.outputs.push_back({0, OpReturnScript(util::Concat({MAGIC_BYTES_DEFAULT, opcode, payload}))});
  const size_t outputs = (control >> 3) & 3;
  for (size_t i = 0; i < outputs; ++i) {
    crypto::Hash160 hash{};
    hash.fill(static_cast<uint8_t>(control >> 6 == 0 ? 0 : i + 1));
    const bool segwit = (control >> 7) != 0 && i == 0;
    tx.outputs.push_back(
        {static_cast<uint64_t>(1000 * (i < 2 ? 1 : i)), segwit ? P2wpkhScript(hash) : P2pkhScript(hash)});
  }
  return tx;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const util::ByteView bytes(data, size);
  auto tx = DeserializeBitcoinTx(bytes);
  if (tx) {
    RunOnBitcoinTx(*tx, BitcoinNetworkType::kMainnet);
    RunOnBitcoinTx(*tx, BitcoinNetworkType::kRegtest);
  }
  RunOnBitcoinTx(Synthetic(bytes), BitcoinNetworkType::kTestnet);
  return 0;
}
