// Fuzz the SIP-005 transaction decoder. Nothing may crash, and errors carry only the codes the headers promise.
// A transaction that decodes must serialize to its canonical form, which is a fixed point: it decodes to an equal
// transaction with the same txid, the SHA-512/256 of those bytes. When the input was already canonical (it nearly
// always is), the canonical bytes are the input. Verification, the sighash and the static checks must run on
// anything that decodes without crashing.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "chain/epoch.h"
#include "chain/sighash.h"
#include "chain/transaction.h"
#include "chain/tx_check.h"
#include "chain/verify.h"
#include "crypto/hash.h"
#include "util/bytes.h"
#include "util/result.h"

namespace {

using namespace stacks;

void Check(bool ok) {
  if (!ok) std::abort();
}

template <typename T>
void CheckDecodeCode(const util::Result<T>& r) {
  if (!r) {
    Check(r.error().code == util::ErrorCode::kInvalidArgument || r.error().code == util::ErrorCode::kResourceExhausted);
  }
}

template <typename T>
void CheckVerdictCode(const util::Result<T>& r) {
  if (!r) Check(r.error().code == util::ErrorCode::kConsensusViolation);
}

constexpr chain::StacksEpochId kEpochs[] = {
    chain::StacksEpochId::k20, chain::StacksEpochId::k2_05, chain::StacksEpochId::k21, chain::StacksEpochId::k25,
    chain::StacksEpochId::k30, chain::StacksEpochId::k33,   chain::StacksEpochId::k34, chain::StacksEpochId::k40};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const util::ByteView input(data, size);
  auto tx = chain::DecodeTransaction(input);
  CheckDecodeCode(tx);

  // The stream reader agrees with the whole-buffer decoder about the transaction at the front.
  codec::ByteReader reader(input);
  auto streamed = chain::ReadTransaction(reader);
  CheckDecodeCode(streamed);
  if (tx) Check(streamed && *streamed == *tx && reader.remaining() == 0);
  if (!tx) return 0;

  const util::Bytes canonical = chain::SerializeTransaction(*tx);
  Check(canonical.size() == tx->serialized_size());
  Check(tx->txid() == crypto::Sha512_256(canonical));
  auto again = chain::DecodeTransaction(canonical);
  Check(again && *again == *tx && again->txid() == tx->txid());
  Check(chain::SerializeTransaction(*again) == canonical);
  if (canonical.size() == size && std::equal(canonical.begin(), canonical.end(), data)) {
    Check(tx->txid() == crypto::Sha512_256(input));
  }
  auto rebuilt = chain::Transaction::Create(tx->fields());
  Check(rebuilt && *rebuilt == *tx);

  (void)chain::InitialSighash(*tx);
  CheckVerdictCode(chain::VerifyAuth(*tx, chain::AuthVerificationMode::kAllowHighS));
  CheckVerdictCode(chain::VerifyAuth(*tx, chain::AuthVerificationMode::kEnforceLowS));
  for (auto epoch : kEpochs) {
    CheckVerdictCode(chain::CheckTransaction(*tx, {tx->IsMainnet(), tx->chain_id(), epoch}));
    CheckVerdictCode(chain::VerifyAuthInEpoch(*tx, epoch));
  }
  return 0;
}
