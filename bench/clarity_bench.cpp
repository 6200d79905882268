// The Clarity evaluator on snippets (EvalSnippet: parse + evaluate, no contract state), the shapes the issue names.
// The reference VM's numbers for the same snippets come from tests/interop/clarity_reference_smoke.js, which times
// @stacks/clarinet-sdk's WASM build; bench/README.md puts them side by side.
#include <benchmark/benchmark.h>

#include <string>

#include "clarity/vm/snippet.h"

namespace {

using namespace stacks::clarity;

void Run(benchmark::State& state, const std::string& source) {
  const vm::EvalOptions options;
  for (auto _ : state) {
    auto outcome = vm::EvalSnippet(source, options);
    if (!outcome) state.SkipWithError(outcome.error().message.c_str());
    benchmark::DoNotOptimize(outcome);
  }
}

/// (list 1 2 ... n) as source.
std::string ListOf(int n) {
  std::string list = "(list";
  for (int i = 1; i <= n; ++i) list += " " + std::to_string(i);
  return list + ")";
}

void BM_Add(benchmark::State& state) { Run(state, "(+ 1 2)"); }
BENCHMARK(BM_Add);

void BM_Fold200(benchmark::State& state) { Run(state, "(fold + " + ListOf(200) + " 0)"); }
BENCHMARK(BM_Fold200);

void BM_Fold1001(benchmark::State& state) { Run(state, "(fold + " + ListOf(1001) + " 0)"); }
BENCHMARK(BM_Fold1001);

void BM_Map200Sha256(benchmark::State& state) { Run(state, "(map sha256 " + ListOf(200) + ")"); }
BENCHMARK(BM_Map200Sha256);

void BM_DataMap200(benchmark::State& state) {
  Run(state,
      "(define-map m int int) (define-private (put (k int) (acc int)) (begin (map-set m k (* k 2)) (+ acc 1))) "
      "(define-private (get-it (k int) (acc int)) (+ acc (default-to 0 (map-get? m k)))) "
      "(begin (fold put " +
          ListOf(200) + " 0) (fold get-it " + ListOf(200) + " 0))");
}
BENCHMARK(BM_DataMap200);

}  // namespace
