// secp256k1 signing, recovery and verification through crypto/secp256k1.h, bare libsecp256k1 recovery for
// comparison (the difference is the wrapper's overhead), and BIP39 seed stretching. Results: bench/README.md.
#include <benchmark/benchmark.h>

#include <cstdlib>

#include "bare_secp256k1.h"
#include "crypto/bip39.h"
#include "crypto/hash.h"
#include "crypto/secp256k1.h"

namespace {

using namespace stacks;

const crypto::PrivateKey& BenchKey() {
  static const crypto::PrivateKey key =
      crypto::PrivateKey::FromHex("f8b8af8ce3c7cca5e300d33939540c10d45ce001b8f252bfbc57ba034290418101").value();
  return key;
}

const crypto::Hash256& BenchHash() {
  static const crypto::Hash256 hash = crypto::Sha256(util::AsBytes("stacks-cpp benchmark message"));
  return hash;
}

void BM_Secp256k1_Sign(benchmark::State& state) {
  const auto& key = BenchKey();
  crypto::Hash256 hash = BenchHash();
  for (auto _ : state) {
    auto sig = crypto::SignRecoverable(key, hash);
    benchmark::DoNotOptimize(sig);
    hash[0] ^= sig[1];  // vary the message so each nonce differs
  }
}
BENCHMARK(BM_Secp256k1_Sign);

void BM_Secp256k1_Recover(benchmark::State& state) {
  const auto& hash = BenchHash();
  auto sig = crypto::SignRecoverable(BenchKey(), hash);
  for (auto _ : state) benchmark::DoNotOptimize(crypto::RecoverPublicKey(hash, sig));
}
BENCHMARK(BM_Secp256k1_Recover);

void BM_Secp256k1_Verify(benchmark::State& state) {
  const auto& hash = BenchHash();
  auto sig = crypto::SignRecoverable(BenchKey(), hash);
  auto key = BenchKey().GetPublicKey();
  std::span<const uint8_t, 64> rs(sig.data() + 1, 64);
  for (auto _ : state) benchmark::DoNotOptimize(crypto::Verify(key, hash, rs));
}
BENCHMARK(BM_Secp256k1_Verify);

// The same recovery as BM_Secp256k1_Recover, straight on libsecp256k1: parse the compact signature, recover, and
// serialize the key compressed.
void BM_Libsecp256k1_RecoverBare(benchmark::State& state) {
  const auto& hash = BenchHash();
  bench::RunBareRecovery(state, crypto::SignRecoverable(BenchKey(), hash), hash);
}
BENCHMARK(BM_Libsecp256k1_RecoverBare);

void BM_Bip39_MnemonicToSeed(benchmark::State& state) {
  const std::string mnemonic =
      "much youth advance kitchen lens exile salt cram goose enter alert raise milk muscle profit cousin system faint "
      "mouse price reveal cause series long";
  for (auto _ : state) benchmark::DoNotOptimize(crypto::MnemonicToSeed(mnemonic, "TREZOR"));
}
BENCHMARK(BM_Bip39_MnemonicToSeed);

}  // namespace
