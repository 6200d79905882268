// SIP-005 transaction decoding, txid and signature verification through chain/, next to a bare libsecp256k1
// recovery of the same signature: verifying a single-sig transaction is one recovery plus hashing and decoding, so
// BM_Secp256k1RecoverBare is the ceiling BM_DecodeVerifyTokenTransfer is measured against. Results: bench/README.md.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string_view>

#include "bare_secp256k1.h"
#include "chain/sighash.h"
#include "chain/transaction.h"
#include "chain/verify.h"
#include "util/hex.h"

namespace {

using namespace stacks;

// A signed testnet token transfer made by Stacks.js (tests/unit/data/transaction_vectors.json,
// "token_transfer_testnet").
constexpr std::string_view TOKEN_TRANSFER_HEX =
    "8080000000040015c31b8c1c11c515e244b75806bac48d1399c775000000000000000100000000000000b40001a76a5a86f69390295f8cebfb"
    "9"
    "268a7e3128f44fe7ef2c9d3ba11a828f67b87770be83d09f099c71b036f445c9f5d5b80c1107dfb3bd5f106a658e32f15f65ca403020000000"
    "000051aa5180cc1ff6050df53f0ab766d76b630e14feb0c000000000000303968656c6c6f206d656d6f0000000000000000000000000000000"
    "0"
    "0000000000000000";

const util::Bytes& TokenTransferBytes() {
  static const util::Bytes bytes = util::FromHex(TOKEN_TRANSFER_HEX).value();
  return bytes;
}

void BM_DecodeVerifyTokenTransfer(benchmark::State& state) {
  const util::Bytes& bytes = TokenTransferBytes();
  for (auto _ : state) {
    auto tx = chain::DecodeTransaction(bytes);
    if (!tx || !chain::VerifyAuth(*tx, chain::AuthVerificationMode::kEnforceLowS)) std::abort();
    benchmark::DoNotOptimize(tx->txid());
  }
}
BENCHMARK(BM_DecodeVerifyTokenTransfer);

void BM_DecodeTokenTransfer(benchmark::State& state) {
  const util::Bytes& bytes = TokenTransferBytes();
  for (auto _ : state) {
    auto tx = chain::DecodeTransaction(bytes);
    if (!tx) std::abort();
    benchmark::DoNotOptimize(tx->txid());
  }
}
BENCHMARK(BM_DecodeTokenTransfer);

// Serializing a decoded transaction and hashing it, as Transaction does once per decode.
void BM_Txid(benchmark::State& state) {
  const chain::Transaction tx = chain::DecodeTransaction(TokenTransferBytes()).value();
  for (auto _ : state) benchmark::DoNotOptimize(chain::TxidOf(tx.fields()));
}
BENCHMARK(BM_Txid);

// The recovery inside BM_DecodeVerifyTokenTransfer, straight on libsecp256k1: parse the compact signature, recover
// the key from the presign hash, serialize it compressed.
void BM_Secp256k1RecoverBare(benchmark::State& state) {
  const chain::Transaction tx = chain::DecodeTransaction(TokenTransferBytes()).value();
  const auto& origin = std::get<chain::SinglesigSpendingCondition>(tx.auth().origin);
  const chain::Sighash presign =
      chain::PresignSighash(chain::InitialSighash(tx), chain::AuthFlag::kStandard, origin.fee_ustx, origin.nonce);
  bench::RunBareRecovery(state, origin.signature, presign);
}
BENCHMARK(BM_Secp256k1RecoverBare);

}  // namespace
