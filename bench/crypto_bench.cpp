// Crypto micro-benchmarks. Results: bench/README.md.
#include <benchmark/benchmark.h>

#include "crypto/hash.h"

namespace {

using namespace stacks;

void BM_Sha256_64B(benchmark::State& state) {
  util::Bytes data(64, 0xab);
  for (auto _ : state) benchmark::DoNotOptimize(crypto::Sha256(data));
  state.SetBytesProcessed(state.iterations() * 64);
}
BENCHMARK(BM_Sha256_64B);

void BM_Sha512_256_1KiB(benchmark::State& state) {
  util::Bytes data(1024, 0xab);
  for (auto _ : state) benchmark::DoNotOptimize(crypto::Sha512_256(data));
  state.SetBytesProcessed(state.iterations() * 1024);
}
BENCHMARK(BM_Sha512_256_1KiB);

void BM_Hash160_33B(benchmark::State& state) {
  util::Bytes data(33, 0x02);
  for (auto _ : state) benchmark::DoNotOptimize(crypto::Hash160Of(data));
}
BENCHMARK(BM_Hash160_33B);

void BM_Keccak256_64B(benchmark::State& state) {
  util::Bytes data(64, 0xab);
  for (auto _ : state) benchmark::DoNotOptimize(crypto::Keccak256(data));
}
BENCHMARK(BM_Keccak256_64B);

}  // namespace
