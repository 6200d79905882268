// Helpers the operation parsers and builders share. Not part of the module's interface.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "burnchain/burn_op.h"
#include "burnchain/burnchain_tx.h"
#include "burnchain/pox_address.h"
#include "codec/stacks_address.h"
#include "util/result.h"

namespace stacks::burnchain::internal {

/// The reference's op_error::InvalidInput.
inline util::Error InvalidInput(const std::string& detail) { return util::InvalidArgument("invalid-input: " + detail); }

/// The reference's op_error::ParseError.
inline util::Error ParseError(const std::string& detail) { return util::InvalidArgument("parse-error: " + detail); }

/// A named rule of the reference (op_error::BlockCommitBadOutputs -> "block-commit-bad-outputs").
inline util::Error RuleViolation(std::string_view reason, const std::string& detail) {
  return util::ConsensusViolation(std::string(reason) + ": " + detail);
}

/// Ok if tx carries `opcode`; "invalid-input" otherwise.
inline util::Status ExpectOpcode(const BurnchainTx& tx, Opcode opcode, std::string_view op_name) {
  if (tx.opcode == static_cast<uint8_t>(opcode)) return {};
  return InvalidInput("opcode " + std::to_string(tx.opcode) + " is not " + std::string(op_name));
}

/// Ok if tx has at least one input and `min_outputs` outputs after the OP_RETURN; "invalid-input" otherwise.
inline util::Status ExpectInputsAndOutputs(const BurnchainTx& tx, size_t min_outputs) {
  if (!tx.inputs.empty() && tx.outputs.size() >= min_outputs) return {};
  return InvalidInput("transaction has " + std::to_string(tx.inputs.size()) + " inputs and " +
                      std::to_string(tx.outputs.size()) + " outputs after OP_RETURN");
}

/// The Stacks address recipient 0 pays, if it is a legacy (Standard) address; "invalid-input" otherwise.
inline util::Result<codec::StacksAddress> FirstRecipientStacksAddress(const BurnchainTx& tx, bool coerce_hash_mode) {
  std::optional<PoxAddress> recipient = tx.Recipient(0);
  if (!recipient) return InvalidInput("no output after OP_RETURN");
  if (coerce_hash_mode) recipient = CoerceHashMode(std::move(*recipient));
  std::optional<codec::StacksAddress> address = PoxAddressToStacksAddress(*recipient);
  if (!address) return InvalidInput("output 1 must be representable as a Stacks address");
  return *address;
}

/// A TxOut of `value_sats` paying `address`. Errors: as PoxAddressScript.
inline util::Result<TxOut> PayTo(const PoxAddress& address, uint64_t value_sats) {
  STACKS_TRY(util::Bytes script, PoxAddressScript(address));
  return TxOut{value_sats, std::move(script)};
}

}  // namespace stacks::burnchain::internal
