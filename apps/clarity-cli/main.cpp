// clarity-cli: evaluate Clarity from the command line. See src/clarity/cli/cli.h and docs/CLARITY.md.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "clarity/cli/cli.h"

namespace cli = stacks::clarity::cli;

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  auto line = cli::ParseCommandLine(args);
  if (line && line->command == "repl") {
    return cli::RunRepl(line->options, cli::TerminalLineReader(), std::cout, std::cerr);
  }
  cli::Outcome outcome = cli::Execute(args);
  std::fputs(outcome.out.c_str(), stdout);
  std::fputs(outcome.err.c_str(), stderr);
  return outcome.exit_code;
}
