#include "cli/args.h"

namespace stacks::cli {

util::Result<Args> ParseArgs(const std::vector<std::string>& argv) {
  Args args;
  bool options_done = false;
  for (size_t i = 0; i < argv.size(); ++i) {
    const std::string& tok = argv[i];
    if (!options_done) {
      if (tok == "--") {
        options_done = true;
        continue;
      }
      if (tok == "-t") {
        args.testnet = true;
        continue;
      }
      if (tok == "-x") {
        args.tx_only = true;
        continue;
      }
      if (tok == "-I") {
        if (i + 1 >= argv.size()) return util::InvalidArgument("option -I needs a URL");
        args.node_url = argv[++i];
        continue;
      }
    }
    args.positional.push_back(tok);
  }
  return args;
}

}  // namespace stacks::cli
