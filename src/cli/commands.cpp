#include "cli/commands.h"

#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string_view>
#include <variant>

#include "chain/transaction.h"
#include "cli/args.h"
#include "cli/decode.h"
#include "cli/keys.h"
#include "cli/transactions.h"
#include "cli/tx_json.h"
#include "util/hex.h"

namespace stacks::cli {

namespace {

// What a command prints: a JSON document (pretty on a terminal) or a line of text (a hex transaction, a value).
using Output = std::variant<Json, std::string>;

struct Command {
  std::string_view name;
  std::string_view usage;  // the arguments, as `stx help` names them
  std::string_view help;
  size_t min_args;
  size_t max_args;
  std::function<util::Result<Output>(const Args&, const std::vector<std::string>&)> run;
};

template <typename T>
util::Result<Output> AsOutput(util::Result<T> r) {
  if (!r) return std::move(r).error();
  return Output(std::move(*r));
}

util::Result<std::string> ReadFile(const std::string& path, std::string_view what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return util::InvalidArgument(std::string(what) + ": cannot read '" + path + "'");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// stx's convention for value arguments: "-" reads the value from standard input.
util::Result<std::string> ArgOrStdin(const std::string& arg) {
  if (arg != "-") return arg;
  std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
  return text;
}

// With -x, the signed transaction's hex (what `stx -x` prints). Broadcasting (-I URL) comes with the node's RPC.
util::Result<Output> SignedTxOutput(const Args& args, util::Result<chain::Transaction> tx) {
  if (!tx) return std::move(tx).error();
  if (!args.tx_only) {
    return util::Unimplemented(
        "broadcasting is not available yet: pass -x to print the signed transaction (hex) instead");
  }
  return Output(util::ToHex(chain::SerializeTransaction(*tx)));
}

TxCommon Common(const Args& args, const std::vector<std::string>& a, size_t first) {
  return TxCommon{args.testnet, a[first], a[first + 1], a[first + 2]};
}

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
         return AsOutput(MakeKeychain(args.testnet, Opt(a, 0), Opt(a, 1)));
       }},
      {"get_address", "PRIVATE_KEY", "The Stacks and Bitcoin addresses of a private key.", 1, 1,
       [](const Args& args, const std::vector<std::string>& a) { return AsOutput(GetAddress(args.testnet, a[0])); }},
      {"convert_address", "ADDRESS", "Convert an address between its Stacks (c32) and Bitcoin (base58) forms.", 1, 1,
       [](const Args& args, const std::vector<std::string>& a) {
         return AsOutput(ConvertAddress(args.testnet, a[0]));
       }},
      {"send_tokens", "ADDRESS AMOUNT FEE NONCE PAYMENT_KEY [MEMO]",
       "A signed STX transfer of AMOUNT micro-STX to ADDRESS (-x prints it as hex).", 5, 6,
       [](const Args& args, const std::vector<std::string>& a) {
         return SignedTxOutput(args, SendTokens(Common(args, a, 2), a[0], a[1], Opt(a, 5).value_or("")));
       }},
      {"deploy_contract", "SOURCE_FILE CONTRACT_NAME FEE NONCE PAYMENT_KEY",
       "A signed deploy of the Clarity contract in SOURCE_FILE (-x prints it as hex).", 5, 5,
       [](const Args& args, const std::vector<std::string>& a) -> util::Result<Output> {
         STACKS_TRY(std::string source, ReadFile(a[0], "source file"));
         return SignedTxOutput(args, DeployContract(Common(args, a, 2), a[1], source));
       }},
      {"call_contract_func", "CONTRACT_ADDRESS CONTRACT_NAME FUNCTION_NAME FEE NONCE PAYMENT_KEY [ARGS...]",
       "A signed call of a public function; each ARG is a Clarity literal such as u10 or 'ST... (-x prints hex).", 6,
       6 + 256,
       [](const Args& args, const std::vector<std::string>& a) {
         std::vector<std::string> fn_args(a.begin() + 6, a.end());
         return SignedTxOutput(args, CallContractFunction(Common(args, a, 3), a[0], a[1], a[2], fn_args));
       }},
      {"decode_cv", "HEX", "The Clarity value serialized in HEX (or - for standard input), in Clarity's text form.", 1,
       1,
       [](const Args&, const std::vector<std::string>& a) -> util::Result<Output> {
         STACKS_TRY(std::string hex, ArgOrStdin(a[0]));
         return AsOutput(DecodeClarityValue(hex));
       }},
      {"decode_tx", "HEX",
       "Every field of the transaction serialized in HEX (or - for standard input), as JSON with its txid.", 1, 1,
       [](const Args&, const std::vector<std::string>& a) -> util::Result<Output> {
         STACKS_TRY(std::string hex, ArgOrStdin(a[0]));
         auto tx = chain::DecodeTransactionHex(hex);
         if (!tx) return util::Error{tx.error().code, "transaction: " + tx.error().message};
         return Output(TransactionToJson(*tx));
       }},
  };
  return kCommands;
}

std::string Usage() {
  std::string s =
      "usage: stacks-cli [-t] [-x] COMMAND [ARGS...]\n"
      "  -t  testnet (default: mainnet)\n"
      "  -x  print a signed transaction as hex instead of broadcasting it\n\ncommands:\n";
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
    if (const Json* json = std::get_if<Json>(&*result)) return {0, json->dump(pretty ? 2 : -1) + "\n", ""};
    return {0, std::get<std::string>(*result) + "\n", ""};
  }
  return {1, "", "error: unknown command '" + name + "' (try: stacks-cli help)\n"};
}

}  // namespace stacks::cli
