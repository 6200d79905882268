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
#include "clarity/types/value_text.h"
#include "cli/args.h"
#include "cli/broadcast.h"
#include "cli/decode.h"
#include "cli/keys.h"
#include "cli/transactions.h"
#include "cli/tx_json.h"
#include "util/hex.h"

namespace stacks::cli {

namespace {

// A JSON document that is printed on stdout although the command failed (exit status 1), with `message` on stderr:
// a node's rejection of a transaction.
struct Refusal {
  Json json;
  std::string message;
};

// What a command prints: a JSON document (pretty on a terminal), a line of text (a hex transaction, a value), or a
// node's refusal.
using Output = std::variant<Json, std::string, Refusal>;

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

// The node named by -I, which stx would default to Hiro's public API: that is not assumed here.
util::Result<std::string> NodeUrlArg(const Args& args, std::string_view what) {
  if (args.node_url) return *args.node_url;
  return util::InvalidArgument("no node given: pass -I URL (e.g. -I http://localhost:20443) " + std::string(what));
}

// With -x, the signed transaction's hex (what `stx -x` prints). Otherwise the transaction is posted to the node at
// -I URL and, as stx, {"txid": "0x...", "transaction": explorer link} is printed when it is accepted, or the node's
// rejection JSON when it is not (then with exit status 1, where stx exits 0).
util::Result<Output> SignedTxOutput(const Args& args, util::Result<chain::Transaction> tx) {
  if (!tx) return std::move(tx).error();
  const util::Bytes bytes = chain::SerializeTransaction(*tx);
  if (args.tx_only) return Output(util::ToHex(bytes));
  STACKS_TRY(std::string url,
             NodeUrlArg(args, "to broadcast the transaction to, or -x to print the signed transaction as hex"));
  STACKS_TRY(PostTransactionReply reply, PostTransaction(url, bytes));
  const std::string txid = util::ToHex(tx->txid());
  if (!reply.txid) {
    std::string message = "the node rejected the transaction";
    const auto reason = reply.rejection.find("reason");
    if (reason != reply.rejection.end() && reason->is_string()) {
      message += ": ";
      for (char c : reason->get<std::string>().substr(0, 200)) message += (c >= 0x20 && c < 0x7f) ? c : '?';
    }
    return Output(Refusal{std::move(reply.rejection), std::move(message)});
  }
  if (*reply.txid != txid) {
    return util::FailedPrecondition("node '" + url + "' accepted txid " + *reply.txid + ", not this transaction's " +
                                    txid);
  }
  Json out;
  out["txid"] = "0x" + txid;
  out["transaction"] = "https://explorer.hiro.so/txid/0x" + txid + "?chain=" + (args.testnet ? "testnet" : "mainnet");
  return Output(std::move(out));
}

// stx's `balance`: the account's balances as decimal strings, its unlock height and nonce.
util::Result<Output> Balance(const Args& args, const std::string& address) {
  STACKS_TRY(std::string url, NodeUrlArg(args, "to read the account from"));
  STACKS_TRY(AccountInfo account, GetAccount(url, address));
  Json out;
  out["balance"] = clarity::Uint128ToString(account.balance_ustx);
  out["locked"] = clarity::Uint128ToString(account.locked_ustx);
  out["unlock_height"] = account.unlock_height;
  out["nonce"] = account.nonce;
  return Output(std::move(out));
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
      {"balance", "ADDRESS",
       "The micro-STX balance, locked amount, unlock height and nonce of ADDRESS, from the node at -I URL.", 1, 1,
       [](const Args& args, const std::vector<std::string>& a) { return Balance(args, a[0]); }},
      {"send_tokens", "ADDRESS AMOUNT FEE NONCE PAYMENT_KEY [MEMO]",
       "Send AMOUNT micro-STX to ADDRESS: broadcast to -I URL, or printed as hex with -x.", 5, 6,
       [](const Args& args, const std::vector<std::string>& a) {
         return SignedTxOutput(args, SendTokens(Common(args, a, 2), a[0], a[1], Opt(a, 5).value_or("")));
       }},
      {"deploy_contract", "SOURCE_FILE CONTRACT_NAME FEE NONCE PAYMENT_KEY",
       "Deploy the Clarity contract in SOURCE_FILE: broadcast to -I URL, or printed as hex with -x.", 5, 5,
       [](const Args& args, const std::vector<std::string>& a) -> util::Result<Output> {
         STACKS_TRY(std::string source, ReadFile(a[0], "source file"));
         return SignedTxOutput(args, DeployContract(Common(args, a, 2), a[1], source));
       }},
      {"call_contract_func", "CONTRACT_ADDRESS CONTRACT_NAME FUNCTION_NAME FEE NONCE PAYMENT_KEY [ARGS...]",
       "Call a public function, each ARG a Clarity literal such as u10 or 'ST...: broadcast to -I URL, or hex with -x.",
       6, 6 + 256,
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
      "usage: stacks-cli [-t] [-x] [-I URL] COMMAND [ARGS...]\n"
      "  -t      testnet (default: mainnet)\n"
      "  -x      print a signed transaction as hex instead of broadcasting it\n"
      "  -I URL  the node to broadcast to and read accounts from: http[s]://HOST[:PORT][/PATH]\n\ncommands:\n";
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
    if (const Refusal* refusal = std::get_if<Refusal>(&*result)) {
      return {1, refusal->json.dump(pretty ? 2 : -1) + "\n", "error: " + refusal->message + "\n"};
    }
    return {0, std::get<std::string>(*result) + "\n", ""};
  }
  return {1, "", "error: unknown command '" + name + "' (try: stacks-cli help)\n"};
}

}  // namespace stacks::cli
