// EvalSnippet: parses and evaluates one piece of Clarity source as the reference evaluates a contract's top level
// (eval_all): defines register in a fresh contract whose data lives in a fresh in-memory store, the other expressions
// run in order as the sender; one fresh cost tracker is charged. Nothing is stored as a deployed contract, and only
// the evaluation is charged (no parsing or storage costs), as the reference's snippets are.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "clarity/costs/cost_table.h"
#include "clarity/costs/execution_cost.h"
#include "clarity/types/value.h"
#include "clarity/vm/evaluator.h"
#include "clarity/vm/events.h"
#include "util/result.h"

namespace stacks::clarity::vm {

/// The sender of snippets when none is given: the reference's test sessions' deployer (a testnet address).
inline constexpr std::string_view kDefaultSnippetSender = "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM";

struct EvalOptions {
  costs::Epoch epoch = costs::Epoch::k30;
  ClarityVersion clarity_version = ClarityVersion::kClarity3;
  /// The network: is-standard, principal-destruct? and principal-construct? accept the versions of this one
  /// (testnet by default, as the reference's test sessions), and Epoch 2.05 prices with its cost table (costs-2 on
  /// mainnet, costs-2-testnet otherwise, as the reference's test sessions do).
  bool mainnet = false;
  /// What `chain-id` answers; unset means the network's (CHAIN_ID_MAINNET or CHAIN_ID_TESTNET).
  std::optional<uint32_t> chain_id;
  /// The budget; unset means the epoch's mainnet block limit (what the reference's snippets run under).
  std::optional<costs::ExecutionCost> cost_limit;
  /// tx-sender and contract-caller, and the issuer of the snippet's contract (`<sender>.snippet`); unset means
  /// kDefaultSnippetSender.
  std::optional<StandardPrincipal> sender;
};

struct EvalOutcome {
  Value value;                ///< The last expression's value.
  costs::ExecutionCost cost;  ///< Everything charged (parsing is not charged, as in the reference's snippets).
  std::vector<Event> events;  ///< What the snippet emitted (print, token events), in order.
};

/// Parses `source` (parser v1 before Epoch 2.1, v2 from it; the epoch's nesting limit) and evaluates its expressions
/// in order with one fresh tracker; the value is the last expression's. Errors: the parser's (parse_error.h);
/// kFailedPrecondition for Epoch 1.0; kUnimplemented for an empty source or one of only definitions, and for what needs
/// a chain's block information (block-height and friends, get-block-info? and friends, at-block); otherwise the
/// evaluator's (errors.h; a cost limit is kResourceExhausted; contract-call? finds no deployed contracts). Tokens
/// work in the snippet's own store; no one holds STX.
/// Thread-safe.
util::Result<EvalOutcome> EvalSnippet(std::string_view source, const EvalOptions& options);

}  // namespace stacks::clarity::vm
