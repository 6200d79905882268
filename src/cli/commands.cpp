#include "cli/commands.h"

#include <functional>
#include <optional>
#include <string_view>

#include "cli/args.h"
#include "cli/keys.h"

namespace stacks::cli {

namespace {

struct Command {
  std::string_view name;
  std::string_view usage;  // the arguments, as `stx help` names them
  std::string_view help;
  size_t min_args;
  size_t max_args;
  std::function<util::Result<Json>(const Args&, const std::vector<std::string>&)> run;
};

std::optional<std::string_view> Opt(const std::vector<std::string>& a, size_t i) {
  if (i < a.size()) return std::string_view(a[i]);
  return std::nullopt;
}

const std::vector<Command>& Commands() {
  static const std::vector<Command> kCommands = {
      {"make_keychain", "[MNEMONIC] [DERIVATION_PATH]",
       "Derive the Stacks wallet key (default path m/44'/5757'/0'/0/0) from a BIP39 mnemonic, or from a new "
       "24-word one.",
       0, 2,
       [](const Args& args, const std::vector<std::string>& a) {
         return MakeKeychain(args.testnet, Opt(a, 0), Opt(a, 1));
       }},
      {"get_address", "PRIVATE_KEY", "The Stacks and Bitcoin addresses of a private key.", 1, 1,
       [](const Args& args, const std::vector<std::string>& a) { return GetAddress(args.testnet, a[0]); }},
      {"convert_address", "ADDRESS", "Convert an address between its Stacks (c32) and Bitcoin (base58) forms.", 1, 1,
       [](const Args& args, const std::vector<std::string>& a) { return ConvertAddress(args.testnet, a[0]); }},
  };
  return kCommands;
}

std::string Usage() {
  std::string s =
      "usage: stacks-cli [-t] COMMAND [ARGS...]\n"
      "  -t  testnet (default: mainnet)\n\ncommands:\n";
  for (const auto& c : Commands()) {
    s += "  " + std::string(c.name) + " " + std::string(c.usage) + "\n      " + std::string(c.help) + "\n";
  }
  return s;
}

}  // namespace

Outcome Execute(const std::vector<std::string>& argv, bool pretty) {
  auto args = ParseArgs(argv);
  if (!args) return {1, "", "error: " + args.error().message + "\n"};
  if (args->positional.empty()) return {1, Usage(), "error: no command given\n"};
  const std::string& name = args->positional[0];
  if (name == "help" || name == "--help" || name == "-h") return {0, Usage(), ""};
  std::vector<std::string> rest(args->positional.begin() + 1, args->positional.end());
  for (const auto& c : Commands()) {
    if (c.name != name) continue;
    if (rest.size() < c.min_args || rest.size() > c.max_args) {
      return {1, "",
              "error: " + name + " takes " +
                  (c.min_args == c.max_args ? std::to_string(c.min_args)
                                            : std::to_string(c.min_args) + " to " + std::to_string(c.max_args)) +
                  " argument(s), got " + std::to_string(rest.size()) + "; usage: stacks-cli " + name + " " +
                  std::string(c.usage) + "\n"};
    }
    auto result = c.run(*args, rest);
    if (!result) return {1, "", "error: " + result.error().message + "\n"};
    return {0, result->dump(pretty ? 2 : -1) + "\n", ""};
  }
  return {1, "", "error: unknown command '" + name + "' (try: stacks-cli help)\n"};
}

}  // namespace stacks::cli
