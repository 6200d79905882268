#include "clarity/cli/cli.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <utility>

#include "clarity/cli/contract_commands.h"
#include "clarity/cli/output.h"
#include "clarity/types/literal.h"
#include "clarity/types/names.h"
#include "clarity/types/serialization.h"
#include "clarity/types/value_text.h"
#include "clarity/vm/errors.h"
#include "codec/stacks_address.h"
#include "common/clarity_version.h"
#include "common/epoch.h"

#ifdef STACKS_CLARITY_CLI_HAVE_EDITLINE
#include <editline/readline.h>
#endif

namespace stacks::clarity::cli {
namespace {

using common::StacksEpochId;

// The reference's ClarityVersion::default_for_epoch.
vm::ClarityVersion DefaultVersionForEpoch(StacksEpochId epoch) { return common::DefaultClarityVersion(epoch); }

// How many arguments each command takes: {min, max}; max < 0 means any number from min.
struct Arity {
  int min;
  int max;
};

std::optional<Arity> CommandArity(std::string_view command) {
  if (command == "eval") return Arity{1, 1};
  if (command == "check") return Arity{1, 1};
  if (command == "deploy") return Arity{2, 2};
  if (command == "call") return Arity{2, -1};
  if (command == "run") return Arity{2, -1};
  if (command == "repl") return Arity{0, 0};
  if (command == "help") return Arity{0, 0};
  return std::nullopt;
}

util::Status ValidateFile(std::string_view what, const std::string& path) {
  std::ifstream file(path);
  if (!file) return util::InvalidArgument(std::string(what) + " '" + path + "' cannot be read");
  return {};
}

util::Status ValidateArgs(const std::vector<std::string>& args, size_t first) {
  for (size_t i = first; i < args.size(); ++i) {
    auto value = ParseValueLiteral(args[i]);
    if (!value) {
      return util::InvalidArgument("argument " + std::to_string(i - first + 1) + " '" + args[i] +
                                   "' is not a Clarity literal: " + value.error().message);
    }
  }
  return {};
}

// A contract a transaction deploys: 1 to 40 characters.
util::Status ValidateContractName(const std::string& name) {
  if (auto s = codec::ValidateContractName(name, codec::CONTRACT_NAME_MAX_LENGTH); !s) {
    return util::InvalidArgument("bad contract name '" + name + "': " + s.error().message);
  }
  return {};
}

// The contract of `call`: a name of the sender's, or a full contract identifier (an optional leading quote).
util::Status ValidateContractReference(const std::string& text) {
  if (text.find('.') == std::string::npos) return ValidateContractName(text);
  std::string_view id = text;
  if (!id.empty() && id.front() == '\'') id.remove_prefix(1);
  if (auto parsed = codec::ParseContractPrincipal(id); !parsed) {
    return util::InvalidArgument("bad contract '" + text + "': " + parsed.error().message);
  }
  return {};
}

util::Status ValidateFunctionName(const std::string& name) {
  if (!IsClarityName(name)) return util::InvalidArgument("bad function name '" + name + "'");
  return {};
}

// The command's own arguments, checked without contract state.
util::Status ValidateCommandArgs(const CommandLine& line) {
  const auto& a = line.args;
  if (line.command == "eval") {
    if (a[0].empty()) return util::InvalidArgument("eval needs a non-empty expression");
  } else if (line.command == "check") {
    return ValidateFile("file", a[0]);
  } else if (line.command == "deploy") {
    STACKS_RETURN_IF_ERROR(ValidateContractName(a[0]));
    return ValidateFile("file", a[1]);
  } else if (line.command == "call") {
    STACKS_RETURN_IF_ERROR(ValidateContractReference(a[0]));
    STACKS_RETURN_IF_ERROR(ValidateFunctionName(a[1]));
    return ValidateArgs(a, 2);
  } else if (line.command == "run") {
    STACKS_RETURN_IF_ERROR(ValidateFile("file", a[0]));
    STACKS_RETURN_IF_ERROR(ValidateFunctionName(a[1]));
    return ValidateArgs(a, 2);
  }
  return {};
}

}  // namespace

std::string UsageText() {
  return "usage: clarity-cli [options] <command> [args...]\n"
         "options:\n"
         "  --db FILE              keep contract state in FILE (SQLite) for deploy and call\n"
         "  --epoch E              the epoch, e.g. 3.0 (default 3.0)\n"
         "  --clarity-version N    1-6, at most the epoch's (default: the epoch's)\n"
         "  --sender PRINCIPAL     a standard principal (default " +
         std::string(kDefaultSender) +
         ")\n"
         "  --json                 print one JSON object\n"
         "commands:\n"
         "  eval 'EXPR'            evaluate an expression\n"
         "  repl                   read, evaluate and print lines until :quit or end of input\n"
         "  check FILE             run the static analysis over FILE (against --db's contracts)\n"
         "  deploy NAME FILE       deploy FILE as the sender's contract NAME\n"
         "  call NAME FN [ARGS...] call a public or read-only function (NAME: the sender's, or ST....name)\n"
         "  run FILE FN [ARGS...]  deploy FILE into a fresh state and call FN\n"
         "exit status: 0 success, 1 the command failed, 2 usage error\n";
}

util::Result<CommandLine> ParseCommandLine(const std::vector<std::string>& argv) {
  CommandLine line;
  std::optional<std::string> epoch_text;
  std::optional<std::string> version_text;
  bool options_done = false;
  bool have_command = false;
  for (size_t i = 0; i < argv.size(); ++i) {
    const std::string& arg = argv[i];
    if (!options_done && arg == "--") {
      options_done = true;
      continue;
    }
    if (!options_done && arg.size() > 2 && arg.compare(0, 2, "--") == 0) {
      std::string name = arg;
      std::optional<std::string> value;
      if (size_t eq = arg.find('='); eq != std::string::npos) {
        name = arg.substr(0, eq);
        value = arg.substr(eq + 1);
      }
      if (name == "--json" || name == "--help") {
        if (value) return util::InvalidArgument("option " + name + " takes no value");
        if (name == "--json") {
          line.options.json = true;
        } else {
          line.command = "help";
          have_command = true;
        }
        continue;
      }
      if (name != "--db" && name != "--epoch" && name != "--clarity-version" && name != "--sender") {
        return util::InvalidArgument("unknown option '" + name + "'");
      }
      if (!value) {
        if (i + 1 >= argv.size()) return util::InvalidArgument("option " + name + " needs a value");
        value = argv[++i];
      }
      if (name == "--db") {
        if (value->empty()) return util::InvalidArgument("option --db needs a file name");
        line.options.db = *value;
      } else if (name == "--epoch") {
        epoch_text = *value;
      } else if (name == "--clarity-version") {
        version_text = *value;
      } else {
        std::string_view text = *value;
        if (!text.empty() && text.front() == '\'') text.remove_prefix(1);
        if (text.find('.') != std::string_view::npos) {
          return util::InvalidArgument("bad sender '" + *value + "': not a standard principal");
        }
        auto address = codec::StacksAddress::Parse(text);
        if (!address) return util::InvalidArgument("bad sender '" + *value + "': " + address.error().message);
        line.options.sender = address->ToString();
      }
      continue;
    }
    if (!have_command) {
      line.command = arg;
      have_command = true;
    } else {
      line.args.push_back(arg);
    }
  }

  if (epoch_text) {
    auto epoch = common::ParseEpochName(*epoch_text);
    if (!epoch) return util::InvalidArgument("unknown epoch '" + *epoch_text + "'");
    if (*epoch == StacksEpochId::k10) return util::InvalidArgument("epoch 1.0 has no Clarity");
    line.options.eval.epoch = *epoch;
  }
  line.options.eval.clarity_version = DefaultVersionForEpoch(line.options.eval.epoch);
  if (version_text) {
    const std::string& v = *version_text;
    if (v.size() != 1 || v[0] < '1' || v[0] > '6') {
      return util::InvalidArgument("bad clarity version '" + v + "': expected 1 to 6");
    }
    auto version = static_cast<vm::ClarityVersion>(v[0] - '0');
    StacksEpochId first = common::FirstEpochOf(version);
    if (line.options.eval.epoch < first) {
      return util::InvalidArgument("clarity version " + v + " needs epoch " + std::string(common::EpochName(first)) +
                                   " or later (epoch is " + std::string(common::EpochName(line.options.eval.epoch)) +
                                   ")");
    }
    line.options.eval.clarity_version = version;
  }
  line.options.eval.mainnet = false;
  line.options.eval.chain_id = vm::CHAIN_ID_TESTNET;

  if (!have_command) return util::InvalidArgument("no command given");
  auto arity = CommandArity(line.command);
  if (!arity) return util::InvalidArgument("unknown command '" + line.command + "'");
  auto n = static_cast<int>(line.args.size());
  if (n < arity->min || (arity->max >= 0 && n > arity->max)) {
    return util::InvalidArgument("wrong number of arguments for '" + line.command + "' (see --help)");
  }
  STACKS_RETURN_IF_ERROR(ValidateCommandArgs(line));
  if (line.options.db && line.command != "deploy" && line.command != "call" && line.command != "check") {
    return util::InvalidArgument("--db applies to check, deploy and call only ('" + line.command +
                                 "' uses a fresh state)");
  }
  return line;
}

std::string ErrorKind(const util::Error& error) {
  vm::ErrorInfo info = vm::ClassifyError(error);
  // The reference's tools report a public function that is not public as a refused call wherever it happens (a
  // dynamic contract-call? too), not as the run-time check it is.
  if (info.error == "RuntimeCheck" && info.reason == "NoSuchPublicFunction") return "NoSuchPublicFunction";
  if (!info.error.empty()) return info.error;
  const std::string& m = error.message;
  if (error.code == util::ErrorCode::kUnimplemented) return "Unimplemented";
  if (error.code == util::ErrorCode::kResourceExhausted) {
    if (m.compare(0, 19, "cost limit exceeded") == 0) return "CostBalanceExceeded";
    if (m.compare(0, 13, "cost overflow") == 0) return "CostOverflow";
    return "Parse";
  }
  if (error.code == util::ErrorCode::kInvalidArgument) return "Parse";
  if (error.code == util::ErrorCode::kIo || error.code == util::ErrorCode::kCorruption) return "Store";
  return "Interpreter";
}

Outcome EvalToOutcome(std::string_view source, const GlobalOptions& options) {
  vm::EvalOptions eval = options.eval;
  // Validated by ParseCommandLine.
  eval.sender = StandardPrincipal::Parse(options.sender).value();
  auto result = vm::EvalSnippet(source, eval);
  if (!result) return ErrorOutcome(options, result.error());
  return ValueOutcome(options, result->value, result->cost, result->events);
}

Outcome Execute(const std::vector<std::string>& argv) {
  auto line = ParseCommandLine(argv);
  if (!line) {
    Outcome o;
    o.exit_code = kExitUsage;
    o.err = "error: " + line.error().message + "\n";
    return o;
  }
  const GlobalOptions& options = line->options;
  if (line->command == "help") {
    Outcome o;
    o.out = UsageText();
    return o;
  }
  if (line->command == "repl") {
    Outcome o;
    o.exit_code = kExitUsage;
    o.err = "error: repl reads the terminal; run it as `clarity-cli repl`\n";
    return o;
  }
  if (line->command == "eval") return EvalToOutcome(line->args[0], options);
  if (line->command == "deploy") return DeployCommand(*line);
  if (line->command == "call") return CallCommand(*line);
  if (line->command == "run") return RunCommand(*line);
  return CheckCommand(*line);
}

int RunRepl(const GlobalOptions& options, const LineReader& read_line, std::ostream& out, std::ostream& err) {
  while (true) {
    std::optional<std::string> line = read_line(">> ");
    if (!line) break;
    std::string_view text = *line;
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    if (text.empty()) continue;
    if (text == ":quit" || text == ":q") break;
    if (text == ":help") {
      out << "Enter a Clarity expression to evaluate it (each line alone: nothing is kept between lines).\n"
             ":help   this text\n"
             ":quit   leave (or end of input)\n";
      out.flush();
      continue;
    }
    Outcome o = EvalToOutcome(text, options);
    out << o.out;
    err << o.err;
    out.flush();
    err.flush();
  }
  return kExitOk;
}

LineReader TerminalLineReader() {
#ifdef STACKS_CLARITY_CLI_HAVE_EDITLINE
  return [](const std::string& prompt) -> std::optional<std::string> {
    char* raw = readline(prompt.c_str());
    if (raw == nullptr) return std::nullopt;
    std::string line(raw);
    std::free(raw);
    if (!line.empty()) add_history(line.c_str());
    return line;
  };
#else
  return [](const std::string& prompt) -> std::optional<std::string> {
    std::fputs(prompt.c_str(), stdout);
    std::fflush(stdout);
    std::string line;
    if (!std::getline(std::cin, line)) return std::nullopt;
    return line;
  };
#endif
}

}  // namespace stacks::clarity::cli
