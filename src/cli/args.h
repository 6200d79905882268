// Command-line arguments in the `stx` CLI's manner (@stacks/cli): a flag is any token exactly equal to a known
// option, wherever it stands before a `--`; a flag that takes a value consumes the next token; every other token is
// positional (the command, then its arguments). So `stacks-cli -t make_keychain` and `stacks-cli make_keychain -t`
// mean the same, as they do for `stx`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "util/result.h"

namespace stacks::cli {

/// The parsed command line.
struct Args {
  bool testnet = false;                 ///< -t: testnet addresses and keys.
  bool tx_only = false;                 ///< -x: print a signed transaction instead of broadcasting it.
  std::optional<std::string> node_url;  ///< -I URL: the node to talk to.
  std::vector<std::string> positional;  ///< The command and its arguments, in order.
};

/// Split argv (without the program name) into flags and positional arguments.
/// Errors: kInvalidArgument when a flag that takes a value is last.
util::Result<Args> ParseArgs(const std::vector<std::string>& argv);

}  // namespace stacks::cli
