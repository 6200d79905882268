#include "clarity/vm/crypto_natives.h"

#include <algorithm>
#include <array>
#include <string>

#include "clarity/types/value_text.h"
#include "clarity/vm/errors.h"
#include "clarity/vm/native_checks.h"
#include "codec/stacks_address.h"
#include "crypto/hash.h"
#include "crypto/p256.h"
#include "crypto/secp256k1.h"

namespace stacks::clarity::vm {
using costs::CostFunction;

util::Result<Value> SpecialPrincipalOf(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(checks::ArgCount(1, args.size()));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kPrincipalOf, 0));
  STACKS_TRY(Value key_value, EvalBorrowed(args[0], env, context));
  STACKS_TRY(const util::Bytes* key_bytes, checks::ExactBuffer(key_value, 33));
  if (!crypto::PublicKey::Parse(*key_bytes)) return Value::Err(Value::UInt(1));
  uint8_t version = codec::C32_ADDRESS_VERSION_TESTNET_SINGLESIG;
  if (env.version() >= ClarityVersion::kClarity2 && env.mainnet()) {
    version = codec::C32_ADDRESS_VERSION_MAINNET_SINGLESIG;
  }
  STACKS_TRY(StandardPrincipal principal, StandardPrincipal::Create(version, crypto::Hash160Of(*key_bytes)));
  STACKS_TRY(Value value, Value::Principal(std::move(principal)));
  return Value::Ok(std::move(value));
}

util::Result<Value> SpecialSecp256r1Verify(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(checks::ArgCount(3, args.size()));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kSecp256r1verify, 0));
  STACKS_TRY(Value message_value, EvalBorrowed(args[0], env, context));
  STACKS_TRY(const util::Bytes* message, checks::ExactBuffer(message_value, 32));
  STACKS_TRY(Value signature_value, EvalBorrowed(args[1], env, context));
  if (signature_value.kind() != Value::Kind::kBuffer || signature_value.AsBuffer().size() > 64) {
    return checks::TypeValueError("(buff 64)", signature_value);
  }
  if (signature_value.AsBuffer().size() != 64) return Value::Bool(false);
  STACKS_TRY(Value key_value, EvalBorrowed(args[2], env, context));
  STACKS_TRY(const util::Bytes* key, checks::ExactBuffer(key_value, 33));
  std::array<uint8_t, 32> digest;
  std::copy(message->begin(), message->end(), digest.begin());
  std::array<uint8_t, 64> signature;
  std::copy(signature_value.AsBuffer().begin(), signature_value.AsBuffer().end(), signature.begin());
  // uses_secp256r1_double_hashing: Clarity 4 verifies over the hash of the hash.
  if (env.version() <= ClarityVersion::kClarity4) {
    return Value::Bool(crypto::P256VerifyDoubleHashed(digest, signature, *key));
  }
  return Value::Bool(crypto::P256VerifyDigest(digest, signature, *key));
}

}  // namespace stacks::clarity::vm
