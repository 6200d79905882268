// TransferStx: send STX from Bitcoin (stackslib/src/chainstate/burn/operations/transfer_stx.rs).
//
// Payload layout (after magic and opcode '$'; 16..77 bytes):
//   transferred_ustx u128   big-endian
//   memo [0..61]            the rest
// Output 1 pays the recipient, which must be a legacy address (its Stacks form). The sender is the `output` of the
// PreStx whose output 1 input 0 spends (PreStxSenderTxid); the caller looks it up.
#pragma once

#include <cstdint>

#include "burnchain/bitcoin_tx.h"
#include "burnchain/burn_op.h"
#include "burnchain/burnchain_tx.h"
#include "codec/consensus.h"
#include "codec/stacks_address.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::burnchain {

/// The longest memo a TransferStx payload carries.
inline constexpr size_t TRANSFER_STX_MAX_MEMO = 61;

struct TransferStxOp {
  codec::StacksAddress sender;
  codec::StacksAddress recipient;
  codec::Uint128 transferred_ustx = 0;  ///< The reference spells it transfered_ustx.
  util::Bytes memo;

  Txid txid{};
  uint32_t vtxindex = 0;
  uint64_t block_height = 0;  ///< Height of the burn block the op was mined in.
  BurnchainHeaderHash burn_header_hash{};

  bool operator==(const TransferStxOp&) const = default;

  /// The op `tx` carries, acting for `sender`. Errors: those of ParseBurnchainTx, then FromBurnchainTx's.
  static util::Result<TransferStxOp> Parse(const BitcoinTx& tx, const BurnBlockRef& block, uint32_t vtxindex,
                                           const BurnchainParams& params, const codec::StacksAddress& sender);

  /// Errors (kInvalidArgument): "invalid-input" for no input, no output after the OP_RETURN, another opcode, or an
  /// output 1 paying a segwit address; "parse-error" for a payload shorter than 16 or longer than 77 bytes.
  static util::Result<TransferStxOp> FromBurnchainTx(const BurnchainTx& tx, const BurnBlockRef& block,
                                                     const codec::StacksAddress& sender);

  /// The context-free rules of TransferStxOp::check. Errors (kConsensusViolation): "transfer-stx-must-be-positive"
  /// for 0 uSTX; "transfer-stx-self-send" when sender equals recipient.
  util::Status Check() const;

  /// opcode '$' | transferred_ustx | memo. Errors: kResourceExhausted for a memo over 61 bytes.
  util::Result<util::Bytes> SerializePayload() const;

  /// OP_RETURN worth 0, output 1 paying recipient DUST_UTXO_LIMIT_SATS, then the change.
  /// Errors: as SerializePayload; kInvalidArgument if recipient's version has no Bitcoin script.
  util::Result<BitcoinTx> ToBitcoinTx(const MagicBytes& magic, const OpTxFunding& funding) const;
};

}  // namespace stacks::burnchain
