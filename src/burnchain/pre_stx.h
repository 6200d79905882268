// PreStx: names the Stacks address behind later STX operations (stackslib/src/chainstate/burn/operations/
// stack_stx.rs, PreStxOp).
//
// Payload: none (opcode 'p' only; anything after it is ignored). Output 1 must pay a legacy address; its Stacks
// form is the `output` address. A later StackStx, TransferStx, DelegateStx or VoteForAggregateKey whose input 0
// spends this transaction's output 1 acts for `output` (see PreStxSenderTxid in burnchain_tx.h).
//
// Implements the Stacks 2.1+ rules: the pre-2.1 refusal after the PoX sunset height is not applied.
#pragma once

#include <cstdint>

#include "burnchain/bitcoin_tx.h"
#include "burnchain/burn_op.h"
#include "burnchain/burnchain_tx.h"
#include "codec/stacks_address.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::burnchain {

struct PreStxOp {
  codec::StacksAddress output;  ///< The Stacks form of output 1's legacy address.

  Txid txid{};
  uint32_t vtxindex = 0;
  uint64_t block_height = 0;  ///< Height of the burn block the op was mined in.
  BurnchainHeaderHash burn_header_hash{};

  bool operator==(const PreStxOp&) const = default;

  /// The op `tx` carries. Errors: those of ParseBurnchainTx, then FromBurnchainTx's.
  static util::Result<PreStxOp> Parse(const BitcoinTx& tx, const BurnBlockRef& block, uint32_t vtxindex,
                                      const BurnchainParams& params);

  /// Errors (kInvalidArgument "invalid-input"): no input; no output after the OP_RETURN; another opcode; output 1
  /// pays a segwit address.
  static util::Result<PreStxOp> FromBurnchainTx(const BurnchainTx& tx, const BurnBlockRef& block);

  /// The opcode 'p' alone.
  util::Bytes SerializePayload() const;

  /// OP_RETURN worth 0, output 1 paying `output` (P2PKH or P2SH by its version) `output_sats`, then the change. The
  /// reference's miner pays DUST_UTXO_LIMIT_SATS plus the fee the follow-up operation will need.
  /// Errors: kInvalidArgument if output's version has no Bitcoin script (PoxAddressScript).
  util::Result<BitcoinTx> ToBitcoinTx(const MagicBytes& magic, uint64_t output_sats, const OpTxFunding& funding) const;
};

}  // namespace stacks::burnchain
