// Test-only helper for clarity_eval_diff.js: evaluates Clarity snippets with vm::EvalSnippet, one JSON request per
// line on stdin, one JSON answer per line on stdout.
//
//   request: {"source": "(+ 1 2)", "epoch": "3.0", "version": 3}
//   answer:  {"ok": true, "hex": "0x00..03", "costs": {"runtime", "read_count", "read_length", "write_count",
//            "write_length"}}
//            or {"ok": false, "error": {"kind": "runtime"|"analysis"|"cost"|"internal"|"unsupported",
//            "error": <variant>, "reason": <first field>, "message": <our message>}}
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "clarity/types/serialization.h"
#include "clarity/vm/errors.h"
#include "clarity/vm/snippet.h"

namespace {

using namespace stacks::clarity;

const std::map<std::string, costs::Epoch>& Epochs() {
  static const std::map<std::string, costs::Epoch> epochs = {
      {"2.0", costs::Epoch::k20}, {"2.05", costs::Epoch::k2_05}, {"2.1", costs::Epoch::k21},
      {"2.2", costs::Epoch::k22}, {"2.3", costs::Epoch::k23},    {"2.4", costs::Epoch::k24},
      {"2.5", costs::Epoch::k25}, {"3.0", costs::Epoch::k30},    {"3.1", costs::Epoch::k31},
      {"3.2", costs::Epoch::k32}, {"3.3", costs::Epoch::k33},    {"3.4", costs::Epoch::k34}};
  return epochs;
}

nlohmann::json Failure(std::string kind, std::string error, std::string reason, std::string message) {
  return {{"ok", false},
          {"error",
           {{"kind", std::move(kind)},
            {"error", std::move(error)},
            {"reason", std::move(reason)},
            {"message", std::move(message)}}}};
}

nlohmann::json Answer(const nlohmann::json& request) {
  auto epoch = Epochs().find(request.value("epoch", std::string("3.0")));
  if (epoch == Epochs().end()) return Failure("unsupported", "", "", "unknown epoch");
  vm::EvalOptions options;
  options.epoch = epoch->second;
  options.clarity_version = static_cast<vm::ClarityVersion>(request.value("version", 3));
  auto outcome = vm::EvalSnippet(request.at("source").get<std::string>(), options);
  if (!outcome) {
    const auto& e = outcome.error();
    if (e.code == stacks::util::ErrorCode::kUnimplemented) return Failure("unsupported", "", "", e.message);
    vm::ErrorInfo info = vm::ClassifyError(e);
    // Parse errors are the reference's analysis failures too.
    if (info.kind == "internal" && e.code == stacks::util::ErrorCode::kInvalidArgument) info.kind = "analysis";
    return Failure(info.kind, info.error, info.reason, e.message);
  }
  const auto& c = outcome->cost;
  return {{"ok", true},
          {"hex", "0x" + SerializeValueToHex(outcome->value)},
          {"costs",
           {{"runtime", c.runtime},
            {"read_count", c.read_count},
            {"read_length", c.read_length},
            {"write_count", c.write_count},
            {"write_length", c.write_length}}}};
}

}  // namespace

int main() {
  std::ios::sync_with_stdio(false);
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    nlohmann::json answer;
    try {
      answer = Answer(nlohmann::json::parse(line));
    } catch (const std::exception& e) {
      answer = Failure("internal", "", "", std::string("bad request: ") + e.what());
    }
    std::cout << answer.dump() << '\n';
  }
  return 0;
}
