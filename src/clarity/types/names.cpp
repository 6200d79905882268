#include "clarity/types/names.h"

#include "clarity/types/limits.h"

namespace stacks::clarity {

namespace {
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
}  // namespace

bool IsClarityName(std::string_view name) {
  if (name.empty() || name.size() > MAX_STRING_LEN) return false;
  // The operator names: `-`, `+`, `=`, `/`, `*`, `<`, `>`, `<=`, `>=`.
  if (name.size() == 1 && std::string_view("-+=/*<>").find(name[0]) != std::string_view::npos) return true;
  if (name == "<=" || name == ">=") return true;
  if (!IsAsciiAlpha(name[0])) return false;
  for (char c : name.substr(1)) {
    if (IsAsciiAlpha(c) || IsAsciiDigit(c)) continue;
    if (std::string_view("-_!?+<>=/*").find(c) == std::string_view::npos) return false;
  }
  return true;
}

}  // namespace stacks::clarity
