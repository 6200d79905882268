// DelegateStx: delegate stacking rights from Bitcoin (stackslib/src/chainstate/burn/operations/delegate_stx.rs).
//
// Payload layout (after magic and opcode '#'; integers big-endian; at least 22 bytes, 30 when until_burn_height is
// set; bytes past the fields are ignored):
//   delegated_ustx u128                      (16)
//   reward_addr_flag u8 | reward_addr_index u32   flag 1: Some(index); flag 0: None (the index is still written)
//   until_flag u8 | until_burn_height u64         flag 1: Some(height) (needs the 8 bytes); flag 0: None (nothing)
// delegate_to is output 1's address (hash mode coerced), which must be legacy. reward_addr is the output at
// reward_addr_index among the outputs after the OP_RETURN (0 = output 1), or None if the index is past the last one.
// The sender is the `output` of the PreStx whose output 1 input 0 spends (PreStxSenderTxid).
#pragma once

#include <cstdint>
#include <optional>
#include <utility>

#include "burnchain/bitcoin_tx.h"
#include "burnchain/burn_op.h"
#include "burnchain/burnchain_tx.h"
#include "burnchain/pox_address.h"
#include "codec/consensus.h"
#include "codec/stacks_address.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::burnchain {

struct DelegateStxOp {
  codec::StacksAddress sender;
  codec::StacksAddress delegate_to;
  /// The reward address's index among the outputs after the OP_RETURN, and the address (hash mode coerced).
  std::optional<std::pair<uint32_t, PoxAddress>> reward_addr;
  codec::Uint128 delegated_ustx = 0;
  std::optional<uint64_t> until_burn_height;

  Txid txid{};
  uint32_t vtxindex = 0;
  uint64_t block_height = 0;  ///< Height of the burn block the op was mined in.
  BurnchainHeaderHash burn_header_hash{};

  bool operator==(const DelegateStxOp&) const = default;

  /// The op `tx` carries, acting for `sender`. Errors: those of ParseBurnchainTx, then FromBurnchainTx's.
  static util::Result<DelegateStxOp> Parse(const BitcoinTx& tx, const BurnBlockRef& block, uint32_t vtxindex,
                                           const BurnchainParams& params, const codec::StacksAddress& sender);

  /// Errors (kInvalidArgument): "invalid-input" for no input, no output after the OP_RETURN, another opcode, or an
  /// output 1 paying a segwit address; "parse-error" for a payload under 22 bytes, a flag other than 0 or 1, or a
  /// set until flag in a payload under 30 bytes.
  static util::Result<DelegateStxOp> FromBurnchainTx(const BurnchainTx& tx, const BurnBlockRef& block,
                                                     const codec::StacksAddress& sender);

  /// The context-free rules of DelegateStxOp::check. Errors (kConsensusViolation): "delegate-stx-must-be-positive"
  /// for 0 uSTX; "invalid-input" for an until_burn_height above INT64_MAX.
  util::Status Check() const;

  /// opcode '#' | delegated_ustx | reward flag | index (0 when None) | until flag | [until_burn_height].
  util::Bytes SerializePayload() const;

  /// OP_RETURN worth 0, output 1 paying delegate_to DUST_UTXO_LIMIT_SATS, then (when reward_addr has index 1) the
  /// reward address at DUST_UTXO_LIMIT_SATS, then the change. (The reference's miner never adds the reward output.)
  /// Errors (kInvalidArgument): a reward index other than 1, or 0 naming an address other than delegate_to's; an
  /// address with no Bitcoin script.
  util::Result<BitcoinTx> ToBitcoinTx(const MagicBytes& magic, const OpTxFunding& funding) const;
};

}  // namespace stacks::burnchain
