// stacks-cli: the `stx` CLI's commands, natively. See src/cli/commands.h.
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  stacks::cli::Outcome outcome = stacks::cli::Execute(args, /*pretty=*/isatty(STDOUT_FILENO) == 1);
  std::fputs(outcome.out.c_str(), stdout);
  std::fputs(outcome.err.c_str(), stderr);
  return outcome.exit_code;
}
