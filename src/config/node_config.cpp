#include "config/node_config.h"

#include <fstream>
#include <new>
#include <sstream>
#include <string>
#include <system_error>
#include <utility>

#include "config/detail/decode.h"
#include "config/detail/toml_reader.h"
#include "util/hex.h"

namespace stacks::config {
namespace {

using detail::Diagnostics;
using detail::TableReader;

std::string Join(const std::vector<std::string>& messages) {
  std::string out;
  for (const std::string& message : messages) out += (out.empty() ? "" : "; ") + message;
  return out;
}

// The length of the run of `quote` characters starting at `i`.
size_t QuoteRun(std::string_view text, size_t i, char quote) {
  size_t n = 0;
  while (i + n < text.size() && text[i + n] == quote) ++n;
  return n;
}

// Counts '.' outside strings and comments, lexing strings as TOML does, and refuses more than
// MAX_DOTS_OUTSIDE_STRINGS (see node_config.h). Only the lexing of strings and comments matters: wherever this scan
// and the parser could disagree the input is invalid TOML, and the parser stops at the first error.
util::Status CheckKeyNesting(std::string_view text) {
  enum class State { kCode, kComment, kBasic, kLiteral, kMultiBasic, kMultiLiteral };
  State state = State::kCode;
  size_t dots = 0;
  size_t line = 1;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      ++line;
      if (state == State::kComment || state == State::kBasic || state == State::kLiteral) state = State::kCode;
      continue;
    }
    switch (state) {
      case State::kCode:
        if (c == '#') {
          state = State::kComment;
        } else if (c == '"' || c == '\'') {
          const bool multi = QuoteRun(text, i, c) >= 3;
          state = c == '"' ? (multi ? State::kMultiBasic : State::kBasic)
                           : (multi ? State::kMultiLiteral : State::kLiteral);
          if (multi) i += 2;
        } else if (c == '.' && ++dots > MAX_DOTS_OUTSIDE_STRINGS) {
          return util::ResourceExhausted("more than " + std::to_string(MAX_DOTS_OUTSIDE_STRINGS) +
                                         " '.' outside strings and comments (line " + std::to_string(line) +
                                         "): keys nest too deeply");
        }
        break;
      case State::kComment:
        break;
      case State::kBasic:
      case State::kMultiBasic:
        if (c == '\\') {
          if (i + 1 < text.size() && text[i + 1] != '\n') ++i;
        } else if (c == '"') {
          const size_t run = QuoteRun(text, i, '"');
          if (state == State::kBasic) {
            state = State::kCode;
          } else if (run >= 3) {
            i += run - 1;  // up to two quotes may end the content just before the closing three
            state = State::kCode;
          }
        }
        break;
      case State::kLiteral:
        if (c == '\'') state = State::kCode;
        break;
      case State::kMultiLiteral:
        if (c == '\'') {
          const size_t run = QuoteRun(text, i, '\'');
          if (run >= 3) {
            i += run - 1;
            state = State::kCode;
          }
        }
        break;
    }
  }
  return {};
}

void DecodeBalances(TableReader& root, std::string_view key, std::vector<InitialBalance>& out) {
  const toml::array* array = root.TableArray(key);
  if (!array) return;
  if (key == "mstx_balance") {
    const auto line = array->source().begin.line;
    root.diagnostics().Warn("deprecated key mstx_balance" + (line ? " at line " + std::to_string(line) : "") +
                            " (read as ustx_balance)");
  }
  for (size_t i = 0; i < array->size(); ++i) {
    TableReader entry(*array->get(i)->as_table(), root.PathOf(key) + "[" + std::to_string(i) + "]", root.diagnostics());
    entry.Require("address");
    entry.Require("amount");
    InitialBalance balance;
    const bool address_ok = detail::ReadParsed(
        entry, "address", "not a Stacks address",
        [](std::string_view text) -> util::Result<codec::StacksAddress> {
          if (text.find('.') != std::string_view::npos) {
            return util::InvalidArgument("a contract principal cannot hold a genesis balance");
          }
          return codec::StacksAddress::Parse(text);
        },
        balance.address);
    const bool amount_ok = entry.Uint("amount", balance.amount_ustx, {0, UINT64_MAX, "microSTX"});
    entry.Finish();
    if (address_ok && amount_ok) out.push_back(balance);
  }
}

void DecodeObservers(TableReader& root, std::vector<EventObserverSettings>& out) {
  const toml::array* array = root.TableArray("events_observer");
  if (!array) return;
  for (size_t i = 0; i < array->size(); ++i) {
    TableReader entry(*array->get(i)->as_table(), "events_observer[" + std::to_string(i) + "]", root.diagnostics());
    entry.Require("endpoint");
    entry.Require("events_keys");
    EventObserverSettings observer;
    detail::ReadParsed(
        entry, "endpoint", "expected HOST:PORT",
        [](std::string_view text) -> util::Result<std::string> {
          STACKS_RETURN_IF_ERROR(ValidateEventObserverEndpoint(text));
          return std::string(text);
        },
        observer.endpoint);
    std::vector<std::string> keys;
    if (entry.StringArray("events_keys", keys)) {
      for (size_t k = 0; k < keys.size(); ++k) {
        auto key = ParseEventKey(keys[k]);
        if (key) {
          observer.events_keys.push_back(std::move(*key));
        } else {
          const toml::node& element = *entry.Take("events_keys")->as_array()->get(k);
          entry.FailPath(entry.PathOf("events_keys") + "[" + std::to_string(k) + "]", element,
                         key.error().message + ", got " + detail::Describe(element));
        }
      }
    }
    entry.Uint("timeout_ms", observer.timeout_ms, {0, std::numeric_limits<int64_t>::max(), "milliseconds"});
    entry.Bool("disable_retries", observer.disable_retries);
    entry.Bool("disable_contract_interface", observer.disable_contract_interface);
    entry.Finish();
    out.push_back(std::move(observer));
  }
}

// Decodes every section into `config`; problems go to `diagnostics`.
void DecodeConfig(const toml::table& table, Diagnostics& diagnostics, NodeConfig& config) {
  TableReader root(table, "", diagnostics);
  // [burnchain] first: the mode sets other sections' defaults.
  if (const toml::table* section = root.Table("burnchain")) {
    TableReader reader(*section, "burnchain", diagnostics);
    detail::DecodeBurnchain(reader, config.burnchain);
    reader.Finish();
  }
  if (const toml::table* section = root.Table("node")) {
    TableReader reader(*section, "node", diagnostics);
    detail::DecodeNode(reader, config.node);
    reader.Finish();
  }
  if (const toml::table* section = root.Table("miner")) {
    TableReader reader(*section, "miner", diagnostics);
    detail::DecodeMiner(reader, config.node, config.miner);
    reader.Finish();
  }
  config.connection_options.inv_reward_cycles =
      config.IsMainnet() ? INV_REWARD_CYCLES_MAINNET : INV_REWARD_CYCLES_TESTNET;
  if (const toml::table* section = root.Table("connection_options")) {
    TableReader reader(*section, "connection_options", diagnostics);
    detail::DecodeConnection(reader, config.IsMainnet(), config.connection_options);
    reader.Finish();
  }
  if (const toml::table* section = root.Table("fee_estimation")) {
    TableReader reader(*section, "fee_estimation", diagnostics);
    detail::DecodeFeeEstimation(reader, config.fee_estimation);
    reader.Finish();
  }
  if (const toml::table* section = root.Table("atlas")) {
    TableReader reader(*section, "atlas", diagnostics);
    detail::DecodeAtlas(reader, config.atlas);
    reader.Finish();
  }
  DecodeBalances(root, "ustx_balance", config.initial_balances);
  DecodeBalances(root, "mstx_balance", config.initial_balances);
  DecodeObservers(root, config.events_observers);
  root.Finish();
}

util::Result<NodeConfig> ParseUnchecked(std::string_view toml_text, std::vector<std::string>* warnings) {
  if (toml_text.size() > MAX_CONFIG_BYTES) {
    return util::ResourceExhausted("config is larger than " + std::to_string(MAX_CONFIG_BYTES) + " bytes");
  }
  STACKS_RETURN_IF_ERROR(CheckKeyNesting(toml_text));
  toml::table table;
  try {
    table = toml::parse(toml_text);
  } catch (const toml::parse_error& e) {
    return util::InvalidArgument("TOML syntax error at line " + std::to_string(e.source().begin.line) + ", column " +
                                 std::to_string(e.source().begin.column) + ": " + std::string(e.description()));
  }
  Diagnostics diagnostics(warnings);
  NodeConfig config;
  DecodeConfig(table, diagnostics, config);
  if (!diagnostics.errors().empty()) return util::InvalidArgument(Join(diagnostics.errors()));
  STACKS_RETURN_IF_ERROR(ValidateNodeConfig(config));
  return config;
}

}  // namespace

util::Result<NodeConfig> ParseNodeConfig(std::string_view toml_text, std::vector<std::string>* warnings) {
  // toml++ reports syntax errors by exception and any allocation may throw; none may leave this function.
  try {
    return ParseUnchecked(toml_text, warnings);
  } catch (const std::bad_alloc&) {
    return util::ResourceExhausted("out of memory while parsing the config");
  } catch (const std::exception& e) {
    return util::InvalidArgument(std::string("config could not be parsed: ") + e.what());
  } catch (...) {
    return util::InvalidArgument("config could not be parsed");
  }
}

util::Result<NodeConfig> LoadNodeConfigFile(const std::filesystem::path& path, std::vector<std::string>* warnings) {
  const std::string name = path.string();
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (status.type() == std::filesystem::file_type::not_found) return util::NotFound(name + ": no such file");
  if (ec) return util::IoError(name + ": " + ec.message());
  if (std::filesystem::is_directory(status)) return util::IoError(name + ": is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) return util::IoError(name + ": cannot be opened");
  std::string text;
  char buffer[8192];
  while (in.read(buffer, sizeof(buffer)) || in.gcount() > 0) {
    text.append(buffer, static_cast<size_t>(in.gcount()));
    if (text.size() > MAX_CONFIG_BYTES) {
      return util::ResourceExhausted(name + ": larger than " + std::to_string(MAX_CONFIG_BYTES) + " bytes");
    }
  }
  if (in.bad()) return util::IoError(name + ": read failed");
  auto config = ParseNodeConfig(text, warnings);
  if (!config) return util::Error{config.error().code, name + ": " + config.error().message};
  return config;
}

}  // namespace stacks::config
