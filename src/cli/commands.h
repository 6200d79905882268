// stacks-cli's command table and entry point. Commands and their arguments follow the `stx` CLI (@stacks/cli).
#pragma once

#include <string>
#include <vector>

namespace stacks::cli {

/// What a run printed and its exit status.
struct Outcome {
  int exit_code = 0;
  std::string out;  ///< For stdout (a JSON document, or usage text).
  std::string err;  ///< For stderr (one line naming what is wrong).
};

/// Run the command line `argv` (without the program name). `pretty` asks for indented JSON, as stx prints on a
/// terminal. Never throws; every failure is an Outcome with a non-zero exit code and a one-line message.
Outcome Execute(const std::vector<std::string>& argv, bool pretty);

}  // namespace stacks::cli
