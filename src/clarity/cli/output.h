// clarity-cli's output: plain text and the --json objects (docs/CLARITY.md, "clarity-cli"). Internal to
// stacks_clarity_cli. Pure.
//
//   success  {"result": TEXT, "hex": "0x...", "costs": COSTS, "events": [EVENT, ...]}   (+ "evaluation_costs" for a
//            deployment)
//   failure  {"error": {"kind": KIND, "message": TEXT}}
//   COSTS    {"runtime": N, "read_count": N, "read_length": N, "write_count": N, "write_length": N}
//   EVENT    the event observer's shape without txid and index: {"type": "contract_event", "contract_event":
//            {"contract_identifier": ..., "topic": "print", "raw_value": "0x..."}}, {"type": "stx_transfer_event",
//            "stx_transfer_event": {"sender", "recipient", "amount", "memo"}}, stx_mint_event {recipient, amount},
//            stx_burn_event {sender, amount}, stx_lock_event {locked_amount, unlock_height, locked_address,
//            contract_identifier}, ft_transfer_event {asset_identifier, sender, recipient, amount}, ft_mint_event
//            {asset_identifier, recipient, amount}, ft_burn_event {asset_identifier, sender, amount},
//            nft_transfer_event {asset_identifier, sender, recipient, raw_value}, nft_mint_event {asset_identifier,
//            recipient, raw_value}, nft_burn_event {asset_identifier, sender, raw_value}; amounts and heights are
//            decimal strings, a memo is hex without "0x".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clarity/cli/cli.h"
#include "clarity/costs/execution_cost.h"
#include "clarity/types/value.h"
#include "clarity/vm/events.h"

namespace stacks::clarity::cli {

/// `s` as a JSON string literal.
std::string JsonString(std::string_view s);

/// The JSON object of one event.
std::string EventJson(const vm::Event& event);

/// A failure: `error: <message>` on stderr, or the JSON error object on stdout; exit 1.
Outcome Failure(const GlobalOptions& options, std::string_view kind, const std::string& message);

/// A failure described by `error` (its kind from ErrorKind).
Outcome ErrorOutcome(const GlobalOptions& options, const util::Error& error);

/// A success: the value's reference text on stdout, or the JSON object; exit 0. `evaluation_cost` is written as
/// "evaluation_costs" when set.
Outcome ValueOutcome(const GlobalOptions& options, const Value& value, const costs::ExecutionCost& cost,
                     const std::vector<vm::Event>& events,
                     const std::optional<costs::ExecutionCost>& evaluation_cost = std::nullopt);

}  // namespace stacks::clarity::cli
