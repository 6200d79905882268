// Fuzz VRF proof and public key decoding. The input is read as proof (80 bytes) || public key (32 bytes); shorter
// inputs give short (rejected) encodings. Nothing may crash, and errors carry only kInvalidArgument. A proof that
// parses keeps c and s as given and re-encodes to a fixed point (Gamma is written canonically, so the first 32 bytes
// may differ from the input's); a key that parses keeps its bytes. When both parse, verification against a fixed
// message gives the same answer from the typed and the raw-bytes entry points. The whole input is also parsed as one
// proof and one key, which must fail unless its length is right.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "crypto/vrf.h"
#include "util/bytes.h"
#include "util/result.h"

namespace {

using namespace stacks;

void Check(bool ok) {
  if (!ok) std::abort();
}

template <typename T>
void CheckInvalidArgument(const util::Result<T>& r) {
  if (!r) Check(r.error().code == util::ErrorCode::kInvalidArgument);
}

const util::ByteView FUZZ_MESSAGE = util::AsBytes("stacks-cpp vrf fuzz message");

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const util::ByteView input(data, size);
  const util::ByteView proof_bytes = input.first(std::min<size_t>(size, crypto::VRF_PROOF_SIZE));
  const util::ByteView rest = input.subspan(proof_bytes.size());
  const util::ByteView key_bytes = rest.first(std::min<size_t>(rest.size(), crypto::VRF_PUBLIC_KEY_SIZE));

  auto proof = crypto::VrfProof::Parse(proof_bytes);
  CheckInvalidArgument(proof);
  if (proof) {
    const crypto::VrfProofBytes& encoded = proof->ToBytes();
    Check(std::equal(encoded.begin() + 32, encoded.end(), proof_bytes.begin() + 32, proof_bytes.end()));
    auto again = crypto::VrfProof::Parse(encoded);
    Check(again && *again == *proof);
    Check(crypto::VrfProofToHash(*again) == crypto::VrfProofToHash(*proof));
  }

  auto key = crypto::VrfPublicKey::FromBytes(key_bytes);
  CheckInvalidArgument(key);
  if (key) Check(std::equal(key->ToBytes().begin(), key->ToBytes().end(), key_bytes.begin(), key_bytes.end()));

  auto raw = crypto::VrfVerify(key_bytes, proof_bytes, FUZZ_MESSAGE);
  CheckInvalidArgument(raw);
  Check(raw.has_value() == (proof && key));
  if (proof && key) Check(*raw == crypto::VrfVerify(*key, *proof, FUZZ_MESSAGE));

  auto whole_proof = crypto::VrfProof::Parse(input);
  CheckInvalidArgument(whole_proof);
  Check(!whole_proof || size == crypto::VRF_PROOF_SIZE);
  auto whole_key = crypto::VrfPublicKey::FromBytes(input);
  CheckInvalidArgument(whole_key);
  Check(!whole_key || size == crypto::VRF_PUBLIC_KEY_SIZE);
  return 0;
}
