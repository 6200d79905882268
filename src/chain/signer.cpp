#include "chain/signer.h"

#include <utility>

#include "chain/sighash.h"
#include "chain/verify.h"

namespace stacks::chain {
namespace {

// Signs `sighash` into `condition`; returns the next sighash.
Sighash SignInto(SpendingCondition& condition, const Sighash& sighash, AuthFlag flag, const crypto::PrivateKey& key) {
  const Sighash presign = PresignSighash(sighash, flag, FeeOf(condition), NonceOf(condition));
  const crypto::RecoverableSignature signature = crypto::SignRecoverable(key, presign);
  const KeyEncoding encoding = key.compressed() ? KeyEncoding::kCompressed : KeyEncoding::kUncompressed;
  if (auto* single = std::get_if<SinglesigSpendingCondition>(&condition)) {
    single->signature = signature;
  } else {
    auto& multi = std::get<MultisigSpendingCondition>(condition);
    multi.fields.emplace_back(AuthSignature{encoding, signature});
    if (IsOrderIndependent(multi.hash_mode)) return sighash;
  }
  return PostsignSighash(presign, encoding, signature);
}

util::Status AppendKey(SpendingCondition& condition, const crypto::PublicKey& key, std::string_view role) {
  auto* multi = std::get_if<MultisigSpendingCondition>(&condition);
  if (multi == nullptr) {
    return util::FailedPrecondition(std::string(role) + " is single-sig: it takes no public key fields");
  }
  multi->fields.emplace_back(key);
  return {};
}

bool HasAllSignatures(const SpendingCondition& condition) {
  return SignatureCount(condition) >= SignaturesRequired(condition);
}

}  // namespace

util::Result<TransactionSigner> TransactionSigner::ForOrigin(MutableTransaction tx) {
  STACKS_TRY(Sighash initial, InitialSighash(tx));
  return TransactionSigner(std::move(tx), initial, /*origin_done=*/false);
}

util::Result<TransactionSigner> TransactionSigner::ForSponsor(const Transaction& tx, SpendingCondition sponsor) {
  if (!tx.auth().sponsored()) return util::FailedPrecondition("transaction is not sponsored");
  MutableTransaction fields = tx.fields();
  fields.auth.sponsor = std::move(sponsor);
  STACKS_TRY(Sighash origin_sighash, VerifyOrigin(tx, AuthVerificationMode::kEnforceLowS));
  return TransactionSigner(std::move(fields), origin_sighash, /*origin_done=*/true);
}

util::Status TransactionSigner::SignOrigin(const crypto::PrivateKey& key) {
  if (m_origin_done) return util::FailedPrecondition("cannot sign the origin after the sponsor");
  if (HasAllSignatures(m_tx.auth.origin)) return util::FailedPrecondition("origin would have too many signatures");
  m_sighash = SignInto(m_tx.auth.origin, m_sighash, AuthFlag::kStandard, key);
  return {};
}

util::Status TransactionSigner::AppendOriginPublicKey(const crypto::PublicKey& key) {
  if (m_origin_done) return util::FailedPrecondition("cannot append an origin public key after the sponsor");
  return AppendKey(m_tx.auth.origin, key, "origin");
}

util::Status TransactionSigner::SignSponsor(const crypto::PrivateKey& key) {
  if (!m_tx.auth.sponsor) return util::FailedPrecondition("transaction is not sponsored");
  if (HasAllSignatures(*m_tx.auth.sponsor)) return util::FailedPrecondition("sponsor would have too many signatures");
  m_sighash = SignInto(*m_tx.auth.sponsor, m_sighash, AuthFlag::kSponsored, key);
  m_origin_done = true;
  return {};
}

util::Status TransactionSigner::AppendSponsorPublicKey(const crypto::PublicKey& key) {
  if (!m_tx.auth.sponsor) return util::FailedPrecondition("transaction is not sponsored");
  return AppendKey(*m_tx.auth.sponsor, key, "sponsor");
}

bool TransactionSigner::IsComplete() const {
  if (!HasAllSignatures(m_tx.auth.origin)) return false;
  if (!m_tx.auth.sponsor) return true;
  return HasAllSignatures(*m_tx.auth.sponsor) && m_origin_done;
}

util::Result<Transaction> TransactionSigner::Finish() const {
  if (!IsComplete()) return util::FailedPrecondition("transaction is missing signatures");
  return Transaction::Create(m_tx);
}

}  // namespace stacks::chain
