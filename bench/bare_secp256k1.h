// The baseline the crypto and transaction benchmarks compare against: one public-key recovery straight on
// libsecp256k1 (parse the compact signature, recover, serialize the key compressed), with no project code between.
#pragma once

#include <benchmark/benchmark.h>
#include <secp256k1.h>
#include <secp256k1_recovery.h>

#include <cstdlib>

#include "crypto/hash.h"
#include "crypto/secp256k1.h"

namespace stacks::bench {

/// Runs the benchmark loop of `state`, recovering the key of `sig` (Stacks' VRS layout) over `hash` each time.
inline void RunBareRecovery(benchmark::State& state, const crypto::RecoverableSignature& sig,
                            const crypto::Hash256& hash) {
  secp256k1_context* ctx = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
  for (auto _ : state) {
    secp256k1_ecdsa_recoverable_signature parsed;
    secp256k1_pubkey key;
    if (secp256k1_ecdsa_recoverable_signature_parse_compact(ctx, &parsed, sig.data() + 1, sig[0]) != 1 ||
        secp256k1_ecdsa_recover(ctx, &key, &parsed, hash.data()) != 1) {
      std::abort();
    }
    unsigned char out[33];
    size_t len = sizeof(out);
    if (secp256k1_ec_pubkey_serialize(ctx, out, &len, &key, SECP256K1_EC_COMPRESSED) != 1) std::abort();
    benchmark::DoNotOptimize(out);
  }
  secp256k1_context_destroy(ctx);
}

}  // namespace stacks::bench
