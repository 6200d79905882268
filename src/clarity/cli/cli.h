// clarity-cli's command line: global options, the commands, and their plain and JSON output (docs/CLARITY.md,
// "clarity-cli"). `eval` and `repl` evaluate through vm::EvalSnippet; `deploy`, `call` and `run` run contracts
// through vm's runtime.h over a store (--db FILE, or memory); `check` is refused until the static analysis exists.
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clarity/vm/snippet.h"
#include "util/result.h"

namespace stacks::clarity::cli {

/// Exit statuses: 0 success; 1 the command ran and failed (an evaluation or transaction error, a --db file that is not
/// a store, `check`); 2 a usage error (unknown option or command, a bad option value, wrong arguments).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

/// The sender when `--sender` is not given: a standard testnet principal.
inline constexpr std::string_view kDefaultSender = "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM";

/// What a run printed and its exit status.
struct Outcome {
  int exit_code = kExitOk;
  std::string out;  ///< For stdout: the result (plain text or one JSON object), each ending in a newline.
  std::string err;  ///< For stderr: one `error: ...` line, or usage text.
};

/// The global options, validated.
struct GlobalOptions {
  std::optional<std::string> db;                     ///< --db FILE: a SqliteStore for check, deploy and call.
  vm::EvalOptions eval;                              ///< --epoch and --clarity-version; testnet, chain id 0x80000000.
  std::string sender = std::string(kDefaultSender);  ///< --sender: a standard principal, c32 text without a quote.
  bool json = false;                                 ///< --json
};

/// A parsed command line: the options, the command and its arguments.
struct CommandLine {
  GlobalOptions options;
  std::string command;            ///< "eval", "check", "deploy", "call", "run", "repl", "help".
  std::vector<std::string> args;  ///< The command's arguments, as given.
};

/// Parses `argv` (without the program name). Global options may come before or after the command; `--opt=value`
/// and `--opt value` are both accepted; `--` ends the options. When --clarity-version is absent it is the epoch's
/// default (the reference's ClarityVersion::default_for_epoch).
/// Errors (kInvalidArgument, the message naming what is wrong): an unknown option or command, a missing value, an
/// unknown epoch name or Epoch 1.0, a version outside 1-4 or newer than the epoch allows, a sender that is not a
/// standard principal, an empty --db path or --db with a command other than check, deploy and call, the wrong number of
/// arguments for the command, an unreadable file, a contract name that is not one of 1 to 40 characters, a function
/// name or argument that is not a Clarity name or literal. Pure apart from checking that files can be read.
util::Result<CommandLine> ParseCommandLine(const std::vector<std::string>& argv);

/// The reference-style kind of an error from the VM: "Runtime", "EarlyReturn", "RuntimeCheck", "Unchecked",
/// "NoSuchContract", "NoSuchFunction", "NoSuchPublicFunction", "NotReadOnly" (from the message, as
/// vm::ClassifyError; a RuntimeCheck(NoSuchPublicFunction(..)) is "NoSuchPublicFunction", as the reference's tools
/// classify it), "CostBalanceExceeded" and "CostOverflow" (the cost tracker's), "Unimplemented"
/// (kUnimplemented), "Parse" (other kInvalidArgument and kResourceExhausted errors: the parser's), "Store" (kIo,
/// kCorruption), "Interpreter" for anything else. Pure.
std::string ErrorKind(const util::Error& error);

/// One evaluation's output: plain (the value's reference text form) or the JSON object
/// `{"result": ..., "hex": "0x...", "costs": {...}, "events": [...]}` (output.h), each ending in a newline. On
/// failure: plain
/// `error: <message>` for stderr, or `{"error": {"kind": ..., "message": ...}}` for stdout, exit 1. Pure.
Outcome EvalToOutcome(std::string_view source, const GlobalOptions& options);

/// Runs the command line `argv` (without the program name), except `repl` (see RunRepl), which answers a usage
/// error here. Never throws. Thread-safe (no shared state).
Outcome Execute(const std::vector<std::string>& argv);

/// Reads one line (without its newline) after showing `prompt`, or nullopt at end of input.
using LineReader = std::function<std::optional<std::string>(const std::string& prompt)>;

/// The read-eval-print loop: evaluates each non-empty line with EvalSnippet (each line alone: there is no state
/// between lines yet) and writes its result to `out` or its error to `err`, in the format `options` asks for.
/// `:quit` or end of input ends it; `:help` prints the commands. Returns kExitOk.
int RunRepl(const GlobalOptions& options, const LineReader& read_line, std::ostream& out, std::ostream& err);

/// A LineReader for the terminal: libedit with in-memory history when this build found it, otherwise a plain
/// line read from stdin (no editing, no history). Not thread-safe (the terminal is global).
LineReader TerminalLineReader();

/// The usage text.
std::string UsageText();

}  // namespace stacks::clarity::cli
