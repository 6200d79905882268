// StackStx: lock STX for PoX from Bitcoin (stackslib/src/chainstate/burn/operations/stack_stx.rs).
//
// Payload layout (after magic and opcode 'x'; integers big-endian; the optional tail fields are present when the
// payload is long enough, and bytes past 70 are ignored):
//   stacked_ustx u128      (16)
//   num_cycles u8          (payload >= 17 bytes)
//   signer_key [33]        (payload >= 50 bytes)
//   max_amount u128        (payload >= 66 bytes)
//   auth_id u32            (payload >= 70 bytes)
// Output 1 is the reward address (its hash mode coerced, see CoerceHashMode). The sender is the `output` of the
// PreStx whose output 1 input 0 spends (PreStxSenderTxid); the caller looks it up.
//
// Implements the Stacks 2.1+ rules: the pre-2.1 refusal after the PoX sunset height is not applied.
#pragma once

#include <cstdint>
#include <optional>

#include "burnchain/bitcoin_tx.h"
#include "burnchain/burn_op.h"
#include "burnchain/burnchain_tx.h"
#include "burnchain/pox_address.h"
#include "codec/consensus.h"
#include "codec/stacks_address.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::burnchain {

struct StackStxOp {
  codec::StacksAddress sender;
  PoxAddress reward_addr;
  codec::Uint128 stacked_ustx = 0;
  uint8_t num_cycles = 0;
  std::optional<PublicKeyBuffer> signer_key;
  std::optional<codec::Uint128> max_amount;
  std::optional<uint32_t> auth_id;

  Txid txid{};
  uint32_t vtxindex = 0;
  uint64_t block_height = 0;  ///< Height of the burn block the op was mined in.
  BurnchainHeaderHash burn_header_hash{};

  bool operator==(const StackStxOp&) const = default;

  /// The op `tx` carries, acting for `sender`. Errors: those of ParseBurnchainTx, then FromBurnchainTx's.
  static util::Result<StackStxOp> Parse(const BitcoinTx& tx, const BurnBlockRef& block, uint32_t vtxindex,
                                        const BurnchainParams& params, const codec::StacksAddress& sender);

  /// Errors (kInvalidArgument): "invalid-input" for no input, no output after the OP_RETURN or another opcode;
  /// "parse-error" for a payload shorter than 17 bytes.
  static util::Result<StackStxOp> FromBurnchainTx(const BurnchainTx& tx, const BurnBlockRef& block,
                                                  const codec::StacksAddress& sender);

  /// The context-free rules of StackStxOp::check. Errors (kConsensusViolation): "stack-stx-must-be-positive" for
  /// stacked_ustx 0; "stack-stx-invalid-key" for a signer key that is not a valid compressed secp256k1 key. Like the
  /// reference, num_cycles is not bounded here (the PoX contract rejects bad values).
  util::Status Check() const;

  /// opcode 'x' | stacked_ustx | num_cycles | then each optional field that is set, in order. Setting a later field
  /// without the earlier ones writes bytes that parse differently, as in the reference.
  util::Bytes SerializePayload() const;

  /// OP_RETURN worth 0, output 1 paying reward_addr DUST_UTXO_LIMIT_SATS, then the change.
  /// Errors: kInvalidArgument if reward_addr has no script (PoxAddressScript).
  util::Result<BitcoinTx> ToBitcoinTx(const MagicBytes& magic, const OpTxFunding& funding) const;
};

}  // namespace stacks::burnchain
