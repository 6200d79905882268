// Signing a transaction (StacksTransactionSigner in stackslib/src/chainstate/stacks/transaction.rs): keys are
// applied one at a time along the sighash chain of sighash.h.
//
// Example, a 2-of-3 sequential multi-sig origin:
//   STACKS_TRY(auto signer, TransactionSigner::ForOrigin(std::move(unsigned_tx)));
//   STACKS_RETURN_IF_ERROR(signer.SignOrigin(key1));
//   STACKS_RETURN_IF_ERROR(signer.AppendOriginPublicKey(key2.GetPublicKey()));   // key2 does not sign
//   STACKS_RETURN_IF_ERROR(signer.SignOrigin(key3));
//   STACKS_TRY(Transaction tx, signer.Finish());
//
// Fields must be appended in the order of the condition's redeem script. A sponsor signs after the origin is done:
// TransactionSigner::ForSponsor(origin_signed_tx, sponsor_condition), then SignSponsor.
//
// A TransactionSigner is a value owned by one thread at a time.
#pragma once

#include "chain/auth.h"
#include "chain/hashes.h"
#include "chain/transaction.h"
#include "crypto/secp256k1.h"
#include "util/result.h"

namespace stacks::chain {

class TransactionSigner {
 public:
  /// Begins signing `tx` as its origin, from its initial sighash. Errors: as InitialSighash.
  static util::Result<TransactionSigner> ForOrigin(MutableTransaction tx);

  /// Begins signing `tx` as its sponsor: installs `sponsor` (unsigned) as the sponsor condition and starts from the
  /// origin's final sighash, verifying the origin's signatures with low S enforced.
  /// Errors: kFailedPrecondition if `tx` is not sponsored; as VerifyOrigin.
  static util::Result<TransactionSigner> ForSponsor(const Transaction& tx, SpendingCondition sponsor);

  /// Signs the current sighash with `key` (flag 0x04) and appends the signature to the origin condition: sets it on
  /// a single-sig condition, appends a signature field to a multi-sig one. The key's compressed() flag is the
  /// signature's key encoding. Errors: kFailedPrecondition if the origin already has all the signatures it needs,
  /// or a sponsor has signed.
  util::Status SignOrigin(const crypto::PrivateKey& key);

  /// Appends the public key of an origin signer who does not sign. Errors: kFailedPrecondition if the origin is
  /// single-sig or a sponsor has signed.
  util::Status AppendOriginPublicKey(const crypto::PublicKey& key);

  /// As SignOrigin for the sponsor (flag 0x05). Errors: kFailedPrecondition if not sponsored or the sponsor has all
  /// its signatures.
  util::Status SignSponsor(const crypto::PrivateKey& key);

  /// As AppendOriginPublicKey for the sponsor. Errors: kFailedPrecondition if not sponsored or single-sig.
  util::Status AppendSponsorPublicKey(const crypto::PublicKey& key);

  /// Whether every condition has at least the signatures it requires (and, if sponsored, the sponsor has signed).
  bool IsComplete() const;

  /// The transaction as signed so far.
  const MutableTransaction& transaction() const { return m_tx; }
  /// The sighash the next signer signs from.
  const Sighash& sighash() const { return m_sighash; }

  /// The signed transaction. Errors: kFailedPrecondition if !IsComplete(); as Transaction::Create.
  util::Result<Transaction> Finish() const;

 private:
  TransactionSigner(MutableTransaction tx, const Sighash& sighash, bool origin_done)
      : m_tx(std::move(tx)), m_sighash(sighash), m_origin_done(origin_done) {}

  MutableTransaction m_tx;
  Sighash m_sighash;
  bool m_origin_done;  ///< A sponsor has started signing; the origin condition is final.
};

}  // namespace stacks::chain
