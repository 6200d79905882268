// The parse options a contract's source is read with in an epoch, as stacks-core's build_ast chooses them
// (clarity/src/vm/ast/mod.rs, parse_in_epoch): parser v1 for Epochs 2.0 and 2.05, v2 from 2.1; the call stack depth
// of the epoch. Deployment, snippets, `clarity-cli check` and the reloading of a stored contract (which parses its
// source again at the epoch it was deployed in) all use these, so a stored contract reads as it was deployed.
#pragma once

#include "clarity/ast/parser.h"
#include "clarity/costs/cost_table.h"
#include "clarity/types/principal.h"

namespace stacks::clarity::vm {

/// The options to parse the source of contract `contract` deployed in `epoch`: ParserVersion::kV1 before Epoch 2.1
/// (under AstRules::kPrecheckSize, the only rules newer stacks-core keeps: it runs both depth checkers in every
/// epoch), kV2 from it; max_call_stack_depth = MaxCallStackDepth(epoch).
ast::ParseOptions ContractParseOptions(costs::Epoch epoch, const ContractIdentifier& contract);

}  // namespace stacks::clarity::vm
