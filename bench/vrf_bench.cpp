// ECVRF prove, verify and proof decoding through crypto/vrf.h. The message is 32 bytes, the size of the sortition hash
// a miner proves over. Results: bench/README.md.
#include <benchmark/benchmark.h>

#include "crypto/vrf.h"

namespace {

using namespace stacks;

const crypto::VrfPrivateKey& BenchKey() {
  static const crypto::VrfPrivateKey key =
      crypto::VrfPrivateKey::FromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60").value();
  return key;
}

const util::Bytes& BenchMessage() {
  static const util::Bytes message(32, 0xab);
  return message;
}

void BM_VrfProve(benchmark::State& state) {
  const auto& key = BenchKey();
  for (auto _ : state) benchmark::DoNotOptimize(crypto::VrfProve(key, BenchMessage()));
}
BENCHMARK(BM_VrfProve);

void BM_VrfVerify(benchmark::State& state) {
  const auto& key = BenchKey();
  const crypto::VrfProof proof = crypto::VrfProve(key, BenchMessage());
  for (auto _ : state) {
    bool ok = crypto::VrfVerify(key.public_key(), proof, BenchMessage());
    if (!ok) state.SkipWithError("proof did not verify");
    benchmark::DoNotOptimize(ok);
  }
}
BENCHMARK(BM_VrfVerify);

void BM_VrfProofParse(benchmark::State& state) {
  const crypto::VrfProofBytes bytes = crypto::VrfProve(BenchKey(), BenchMessage()).ToBytes();
  for (auto _ : state) benchmark::DoNotOptimize(crypto::VrfProof::Parse(bytes));
}
BENCHMARK(BM_VrfProofParse);

}  // namespace
