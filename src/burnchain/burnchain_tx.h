// A Bitcoin transaction read as a carrier of one burnchain operation, before the operation itself is decoded
// (stacks-core BitcoinTransaction, built by BitcoinBlockParser::parse_tx in stackslib/src/burnchains/bitcoin/
// blocks.rs), and the pieces every operation's transaction builder shares.
//
// Recognition, with Stacks 2.1+ rules (raw inputs, segwit outputs):
//   1. output 0 must be OP_RETURN <push>, the pushed data longer than 2 bytes and starting with the magic bytes;
//      data[2] is the opcode and data[3..] the payload (any opcode is accepted here);
//   2. every output after it must have an address (output_address.h);
//   3. inputs are kept raw: outpoint, scriptSig and witness.
// Outputs 1..n become the "recipients" that operations index from 0.
//
// All functions are pure and thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "burnchain/bitcoin_tx.h"
#include "burnchain/burn_op.h"
#include "burnchain/output_address.h"
#include "burnchain/pox_address.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::burnchain {

/// An input as 2.1+ keeps it (BitcoinTxInputRaw).
struct BurnchainTxInput {
  OutPoint prevout;  ///< The spent output; its txid in display order.
  util::Bytes script_sig;
  std::vector<util::Bytes> witness;
  bool operator==(const BurnchainTxInput&) const = default;
};

/// An output after the OP_RETURN (BitcoinTxOutput).
struct BurnchainTxOutput {
  BitcoinOutputAddress address;
  uint64_t amount_sats = 0;
  bool operator==(const BurnchainTxOutput&) const = default;
};

struct BurnchainTx {
  Txid txid{};
  uint32_t vtxindex = 0;  ///< Position in its Bitcoin block.
  uint8_t opcode = 0;
  util::Bytes payload;                 ///< The OP_RETURN data after magic and opcode.
  uint64_t op_return_amount_sats = 0;  ///< The value of output 0 (data_amt).
  std::vector<BurnchainTxInput> inputs;
  std::vector<BurnchainTxOutput> outputs;  ///< Outputs 1..n.
  bool operator==(const BurnchainTx&) const = default;

  /// The PoX address of outputs[index], or nullopt past the end (get_recipients).
  std::optional<PoxAddress> Recipient(size_t index) const;
};

/// Reads `tx` as an operation carrier (see the file comment).
/// Errors: kNotFound "no-burnchain-op: ..." if output 0 is missing or not OP_RETURN <magic, opcode, ...>;
/// kInvalidArgument "unrecognized-output: ..." if some later output has no address.
util::Result<BurnchainTx> ParseBurnchainTx(const BitcoinTx& tx, uint32_t vtxindex, const BurnchainParams& params);

/// The txid of the PreStx operation whose output 1 input 0 spends: where StackStx, TransferStx, DelegateStx and
/// VoteForAggregateKey find their sender (get_sender_txid). The caller looks that PreStx up and passes its output
/// address to the operation's Parse.
/// Errors: kInvalidArgument "invalid-input: ..." when there is no input, or input 0 spends an output other than 1.
util::Result<Txid> PreStxSenderTxid(const BurnchainTx& tx);

/// The value of each output an operation pays besides its commit outputs, as the reference's miner uses
/// (DUST_UTXO_LIMIT in stacks-node's bitcoin_regtest_controller.rs).
inline constexpr uint64_t DUST_UTXO_LIMIT_SATS = 5500;

/// What an operation transaction spends and where its change goes; the caller selects and later signs the inputs.
/// For a block commit, input 0 should spend the previous commit's change (UTXO chaining); for the STX operations it
/// must spend output 1 of the sender's PreStx.
struct OpTxFunding {
  std::vector<TxIn> inputs;
  std::optional<TxOut> change;  ///< Appended after the operation's outputs.
};

/// An unsigned operation transaction as the reference's miner lays it out: version 1, lock time 0, the funding
/// inputs, output 0 = OP_RETURN <magic | payload> worth `op_return_sats`, then `recipients`, then the change.
/// `payload` starts with the opcode.
BitcoinTx AssembleOpTx(const MagicBytes& magic, util::ByteView payload, uint64_t op_return_sats,
                       std::vector<TxOut> recipients, const OpTxFunding& funding);

}  // namespace stacks::burnchain
