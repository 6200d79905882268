// Test-only helper for clarity_values.js: reads one request per line on stdin and writes one JSON object per line.
//
//   <hex>          a consensus serialization (optional 0x), read untyped as a transaction payload would be
//   lit <text>     a Clarity literal (ParseValueLiteral)
//
// Answers: {"ok":true,"hex":<our serialization>,"text":<ToReferenceString>,"js":<ToStacksJsString>,
// "literal":<ToClarityLiteral>} or {"ok":false,"code":<error code name>,"message":...}.
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "clarity/types/literal.h"
#include "clarity/types/serialization.h"
#include "clarity/types/value_text.h"

namespace {

nlohmann::json Answer(const stacks::util::Result<stacks::clarity::Value>& value) {
  using namespace stacks::clarity;
  if (!value) {
    return {{"ok", false},
            {"code", std::string(stacks::util::ErrorCodeName(value.error().code))},
            {"message", value.error().message}};
  }
  return {{"ok", true},
          {"hex", SerializeValueToHex(*value)},
          {"text", ToReferenceString(*value)},
          {"js", ToStacksJsString(*value)},
          {"literal", ToClarityLiteral(*value)}};
}

}  // namespace

int main() {
  std::ios::sync_with_stdio(false);
  std::string line;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    nlohmann::json answer = line.rfind("lit ", 0) == 0
                                ? Answer(stacks::clarity::ParseValueLiteral(std::string_view(line).substr(4)))
                                : Answer(stacks::clarity::DeserializeValueHex(line));
    std::cout << answer.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  return 0;
}
