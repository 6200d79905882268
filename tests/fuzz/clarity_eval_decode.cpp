// Fuzz the Clarity evaluator with hostile source: parse and evaluate under a small cost budget. Nothing may crash or
// hang, errors carry a message, and a success stays within the budget. Nesting bombs, huge literals and
// cost-exhausting folds must end in an error inside their limits. (libFuzzer's -rss_limit_mb bounds memory.)
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "clarity/vm/snippet.h"

namespace {

using namespace stacks;

void Check(bool condition) {
  if (!condition) std::abort();
}

/// A budget far below a block's, so that loops the fuzzer builds end quickly in kResourceExhausted.
constexpr clarity::costs::ExecutionCost kBudget{/*write_length=*/0, /*write_count=*/0, /*read_length=*/0,
                                                /*read_count=*/0, /*runtime=*/2'000'000};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view source(reinterpret_cast<const char*>(data), size);
  clarity::vm::EvalOptions options;
  options.cost_limit = kBudget;
  auto outcome = clarity::vm::EvalSnippet(source, options);
  if (!outcome) {
    Check(!outcome.error().message.empty());
    return 0;
  }
  Check(outcome->cost.runtime <= kBudget.runtime);
  return 0;
}
