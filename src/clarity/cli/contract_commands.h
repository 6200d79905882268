// clarity-cli's commands over contract state: check, deploy, call and run (docs/CLARITY.md, "clarity-cli"). Internal to
// stacks_clarity_cli.
//
// State is a storage::SqliteStore kept in the --db file, or a MemoryStore for one command. A fresh state is prepared
// once (a marker entry `_clarity-cli::genesis`; 100,000,000 STX for the default sender; the block height 1 from
// Epoch 3.0, 0 before, as the reference's simnet starts). Every deploy and every public call mines a block first (the
// height grows by one, whether the transaction succeeds or fails), as the simnet does; read-only calls and calls
// refused before they run (a private function) do not. Block information is storage::SimnetBlockInfo's, up to the
// current block.
#pragma once

#include "clarity/cli/cli.h"

namespace stacks::clarity::cli {

/// deploy NAME FILE: deploys FILE as `<sender>.NAME`. REQUIRES: `line` passed ParseCommandLine.
Outcome DeployCommand(const CommandLine& line);

/// check FILE: parses FILE and runs the static analysis over it as `<sender>.<the file's stem or "contract">`
/// (against the contracts in --db, if given), charging nothing and storing nothing. Prints "Checks passed." (with
/// --json: {"message": "Checks passed.", "interface": the contract interface as /v2/contracts/interface serves it});
/// a refusal is an error of kind Parse or Analysis. REQUIRES: `line` passed ParseCommandLine.
Outcome CheckCommand(const CommandLine& line);

/// call NAME FN ARGS...: a read-only call when FN is define-read-only, else a contract-call transaction. NAME is
/// `<sender>.NAME`, or a full contract identifier `ST....name`. REQUIRES: `line` passed ParseCommandLine.
Outcome CallCommand(const CommandLine& line);

/// run FILE FN ARGS...: deploys FILE into a fresh in-memory state (named after the file, or `contract`), then calls
/// FN as `call` does. REQUIRES: `line` passed ParseCommandLine.
Outcome RunCommand(const CommandLine& line);

}  // namespace stacks::clarity::cli
