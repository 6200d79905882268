#include "chain/verify.h"

#include <string>
#include <utility>
#include <vector>

#include "chain/sighash.h"
#include "util/hex.h"

namespace stacks::chain {
namespace {

util::Error Violation(std::string_view role, const std::string& message) {
  return util::ConsensusViolation(std::string(role) + " " + message);
}

struct Recovered {
  crypto::PublicKey key;
  Sighash next;
};

// Recovers the signer of `signature` and, if `want_next`, the sighash after it (else `next` is left zero).
util::Result<Recovered> RecoverNext(const Sighash& current, AuthFlag flag, uint64_t fee_ustx, uint64_t nonce,
                                    KeyEncoding encoding, const crypto::RecoverableSignature& signature,
                                    AuthVerificationMode mode, bool want_next = true) {
  const Sighash presign = PresignSighash(current, flag, fee_ustx, nonce);
  const bool compressed = encoding == KeyEncoding::kCompressed;
  auto key = mode == AuthVerificationMode::kAllowHighS
                 ? crypto::RecoverPublicKeyAllowHighS(presign, signature, compressed)
                 : crypto::RecoverPublicKey(presign, signature, compressed);
  if (!key) return std::move(key).error();
  return Recovered{std::move(*key), want_next ? PostsignSighash(presign, encoding, signature) : Sighash{}};
}

util::Status CheckSigner(std::string_view role, AddressHashMode hash_mode, size_t signatures_required,
                         std::span<const crypto::PublicKey> keys, const crypto::Hash160& signer) {
  auto hash = AddressHashFromPublicKeys(hash_mode, signatures_required, keys);
  if (!hash) return Violation(role, "public keys make no address: " + hash.error().message);
  if (*hash != signer) {
    return Violation(
        role, "signer hash160 mismatch: keys hash to " + util::ToHex(*hash) + ", condition has " + util::ToHex(signer));
  }
  return {};
}

util::Result<Sighash> VerifySinglesig(const SinglesigSpendingCondition& c, const Sighash& initial, AuthFlag flag,
                                      AuthVerificationMode mode, std::string_view role, bool want_next) {
  auto recovered = RecoverNext(initial, flag, c.fee_ustx, c.nonce, c.key_encoding, c.signature, mode, want_next);
  if (!recovered) return Violation(role, "signature does not recover: " + recovered.error().message);
  if (c.hash_mode == SinglesigHashMode::kP2pkh) {
    // The common case, without building a key list: hash160 of the key as its encoding serializes it.
    const crypto::Hash160 hash = crypto::Hash160Of(recovered->key.Serialize());
    if (hash != c.signer) {
      return Violation(role, "signer hash160 mismatch: key hashes to " + util::ToHex(hash) + ", condition has " +
                                 util::ToHex(c.signer));
    }
  } else {
    const crypto::PublicKey keys[] = {recovered->key};
    STACKS_RETURN_IF_ERROR(CheckSigner(role, ToAddressHashMode(c.hash_mode), 1, keys, c.signer));
  }
  return recovered->next;
}

util::Result<Sighash> VerifyMultisig(const MultisigSpendingCondition& c, const Sighash& initial, AuthFlag flag,
                                     AuthVerificationMode mode, std::string_view role) {
  const bool order_independent = IsOrderIndependent(c.hash_mode);
  size_t total_signatures = 0;
  for (const auto& field : c.fields) total_signatures += std::holds_alternative<AuthSignature>(field);

  std::vector<crypto::PublicKey> keys;
  keys.reserve(c.fields.size());
  Sighash current = initial;
  size_t signatures = 0;
  bool uncompressed = false;
  for (const auto& field : c.fields) {
    if (const auto* key = std::get_if<crypto::PublicKey>(&field)) {
      uncompressed = uncompressed || !key->compressed();
      keys.push_back(*key);
      continue;
    }
    const auto& sig = std::get<AuthSignature>(field);
    uncompressed = uncompressed || sig.key_encoding == KeyEncoding::kUncompressed;
    ++signatures;
    auto recovered = RecoverNext(order_independent ? initial : current, flag, c.fee_ustx, c.nonce, sig.key_encoding,
                                 sig.signature, mode);
    if (!recovered) {
      return Violation(role, "signature " + std::to_string(signatures) + " of " + std::to_string(total_signatures) +
                                 " does not recover: " + recovered.error().message);
    }
    if (!order_independent) current = recovered->next;
    keys.push_back(std::move(recovered->key));
  }
  if (signatures > 0xffff) return Violation(role, "has too many signatures");
  const std::string counts =
      std::to_string(signatures) + " signatures, " + std::to_string(c.signatures_required) + " required";
  if (order_independent ? signatures < c.signatures_required : signatures != c.signatures_required) {
    return Violation(
        role, (order_independent ? "has too few signatures: " : "has the wrong number of signatures: ") + counts);
  }
  if (uncompressed && ToAddressHashMode(c.hash_mode) == AddressHashMode::kP2wsh) {
    return Violation(role, "has an uncompressed key under P2WSH");
  }
  STACKS_RETURN_IF_ERROR(CheckSigner(role, ToAddressHashMode(c.hash_mode), c.signatures_required, keys, c.signer));
  return order_independent ? initial : current;
}

// VerifySpendingCondition; when !want_next a single-sig condition skips the postsign hash nobody will read.
util::Result<Sighash> VerifyCondition(const SpendingCondition& condition, const Sighash& initial, AuthFlag flag,
                                      AuthVerificationMode mode, std::string_view role, bool want_next) {
  if (const auto* single = std::get_if<SinglesigSpendingCondition>(&condition)) {
    return VerifySinglesig(*single, initial, flag, mode, role, want_next);
  }
  return VerifyMultisig(std::get<MultisigSpendingCondition>(condition), initial, flag, mode, role);
}

}  // namespace

AuthVerificationMode AuthVerificationModeForEpoch(StacksEpochId epoch) {
  return AllowsTxSignaturesWithHighS(epoch) ? AuthVerificationMode::kAllowHighS : AuthVerificationMode::kEnforceLowS;
}

util::Result<Sighash> VerifySpendingCondition(const SpendingCondition& condition, const Sighash& initial, AuthFlag flag,
                                              AuthVerificationMode mode, std::string_view role) {
  return VerifyCondition(condition, initial, flag, mode, role, /*want_next=*/true);
}

util::Result<Sighash> VerifyOrigin(const Transaction& tx, AuthVerificationMode mode) {
  return VerifySpendingCondition(tx.auth().origin, InitialSighash(tx), AuthFlag::kStandard, mode, "origin");
}

util::Status VerifyAuth(const Transaction& tx, AuthVerificationMode mode) {
  const bool sponsored = tx.auth().sponsored();
  STACKS_TRY(Sighash origin_sighash, VerifyCondition(tx.auth().origin, InitialSighash(tx), AuthFlag::kStandard, mode,
                                                     "origin", /*want_next=*/sponsored));
  if (sponsored) {
    STACKS_TRY(Sighash ignored, VerifyCondition(*tx.auth().sponsor, origin_sighash, AuthFlag::kSponsored, mode,
                                                "sponsor", /*want_next=*/false));
    (void)ignored;
  }
  return {};
}

util::Status CheckAuthSupportedInEpoch(const TransactionAuth& auth, StacksEpochId epoch) {
  if (SupportsOrderIndependentMultisig(epoch)) return {};
  auto check = [&](const SpendingCondition& condition, std::string_view role) -> util::Status {
    const auto* multi = std::get_if<MultisigSpendingCondition>(&condition);
    if (multi && IsOrderIndependent(multi->hash_mode)) {
      return Violation(role, "order-independent multi-sig is not supported in epoch " + std::string(EpochName(epoch)));
    }
    return {};
  };
  STACKS_RETURN_IF_ERROR(check(auth.origin, "origin"));
  if (auth.sponsor) STACKS_RETURN_IF_ERROR(check(*auth.sponsor, "sponsor"));
  return {};
}

util::Status VerifyAuthInEpoch(const Transaction& tx, StacksEpochId epoch) {
  STACKS_RETURN_IF_ERROR(CheckAuthSupportedInEpoch(tx.auth(), epoch));
  return VerifyAuth(tx, AuthVerificationModeForEpoch(epoch));
}

}  // namespace stacks::chain
