// VoteForAggregateKey: a signer's WSTS aggregate-key vote from Bitcoin (stackslib/src/chainstate/burn/operations/
// vote_for_aggregate_key.rs). Still parsed by the reference, though nothing acts on it since signers moved off WSTS.
//
// Payload layout (after magic and opcode 'v'; exactly 47 bytes; integers big-endian):
//   signer_index u16 | aggregate_key [33] | round u32 | reward_cycle u64
// signer_key is the public key in input 0's scriptSig, read as a P2PKH scriptSig (exactly two pushes, the second a
// secp256k1 key in any form libsecp256k1 parses: compressed, uncompressed or hybrid), kept compressed. The sender is
// the `output` of the PreStx whose output 1 input 0 spends (PreStxSenderTxid). No output is required.
#pragma once

#include <cstdint>

#include "burnchain/bitcoin_tx.h"
#include "burnchain/burn_op.h"
#include "burnchain/burnchain_tx.h"
#include "codec/stacks_address.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::burnchain {

struct VoteForAggregateKeyOp {
  codec::StacksAddress sender;
  PublicKeyBuffer aggregate_key{};
  uint32_t round = 0;
  uint64_t reward_cycle = 0;
  uint16_t signer_index = 0;
  PublicKeyBuffer signer_key{};  ///< Compressed.

  Txid txid{};
  uint32_t vtxindex = 0;
  uint64_t block_height = 0;  ///< Height of the burn block the op was mined in.
  BurnchainHeaderHash burn_header_hash{};

  bool operator==(const VoteForAggregateKeyOp&) const = default;

  /// The op `tx` carries, acting for `sender`. Errors: those of ParseBurnchainTx, then FromBurnchainTx's.
  static util::Result<VoteForAggregateKeyOp> Parse(const BitcoinTx& tx, const BurnBlockRef& block, uint32_t vtxindex,
                                                   const BurnchainParams& params, const codec::StacksAddress& sender);

  /// Errors (kInvalidArgument): "invalid-input" for no input, another opcode, or an input 0 scriptSig that is not
  /// <push> <public key>; "parse-error" for a payload that is not 47 bytes.
  static util::Result<VoteForAggregateKeyOp> FromBurnchainTx(const BurnchainTx& tx, const BurnBlockRef& block,
                                                             const codec::StacksAddress& sender);

  /// The context-free rules of VoteForAggregateKeyOp::check. Errors (kConsensusViolation):
  /// "vote-for-aggregate-key-invalid-key" when aggregate_key or signer_key is not a valid compressed key;
  /// "invalid-input" for a reward_cycle above INT64_MAX.
  util::Status Check() const;

  /// opcode 'v' | signer_index | aggregate_key | round | reward_cycle.
  util::Bytes SerializePayload() const;

  /// OP_RETURN worth 0, then the change. Input 0 of `funding` must spend the PreStx's output 1 with a P2PKH
  /// scriptSig by signer_key once signed.
  BitcoinTx ToBitcoinTx(const MagicBytes& magic, const OpTxFunding& funding) const;
};

}  // namespace stacks::burnchain
