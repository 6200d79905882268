// Verification of a transaction's signatures (SIP-005 "Transaction Signing and Verifying"; the verify methods of
// the spending conditions and TransactionAuth in stacks-codec/src/transaction.rs).
//
// For each signature, in field order, the public key is recovered from the presign hash (sighash.h) and given the
// signature's key encoding; public-key fields are taken as they are. The keys are then hashed into an address under
// the condition's hash mode (address_hash.h), which must equal the condition's signer. A sequential condition needs
// exactly signatures_required signatures and chains its sighash; an order-independent one needs at least that many,
// all over the same presign.
//
// Errors are kConsensusViolation and name what failed, e.g. "origin signature 2 of 3 does not recover: ...",
// "sponsor signer hash160 mismatch: ...".
//
// All functions are pure and thread-safe.
#pragma once

#include <string_view>

#include "chain/auth.h"
#include "chain/epoch.h"
#include "chain/hashes.h"
#include "chain/transaction.h"
#include "util/result.h"

namespace stacks::chain {

/// Whether a signature with high S (s > n/2) is accepted (TransactionAuthVerificationMode).
enum class AuthVerificationMode { kEnforceLowS, kAllowHighS };

/// kAllowHighS before Epoch 4.0, kEnforceLowS from then on.
AuthVerificationMode AuthVerificationModeForEpoch(StacksEpochId epoch);

/// Verifies one spending condition, starting from `initial` with `flag`. Returns the sighash the next condition
/// starts from (`initial` itself for an order-independent condition).
/// Errors (kConsensusViolation), prefixed by `role`: a signature that does not recover (a recovery id above 3, r or
/// s out of range, high S under kEnforceLowS, no key); the wrong number of signatures; an uncompressed key in a
/// P2WSH condition; keys that make no address of this hash mode; a signer hash160 mismatch.
util::Result<Sighash> VerifySpendingCondition(const SpendingCondition& condition, const Sighash& initial, AuthFlag flag,
                                              AuthVerificationMode mode, std::string_view role);

/// Verifies the origin condition from the initial sighash; returns the sighash a sponsor signs from.
/// Errors: as VerifySpendingCondition, role "origin".
util::Result<Sighash> VerifyOrigin(const Transaction& tx, AuthVerificationMode mode);

/// Verifies the origin and, if sponsored, the sponsor. Errors: as VerifySpendingCondition.
util::Status VerifyAuth(const Transaction& tx, AuthVerificationMode mode);

/// Ok unless a spending condition is order-independent multi-sig and `epoch` is before 3.0
/// (is_supported_in_epoch). Errors: kConsensusViolation naming the condition.
util::Status CheckAuthSupportedInEpoch(const TransactionAuth& auth, StacksEpochId epoch);

/// What a node checks of a transaction's auth in `epoch`: CheckAuthSupportedInEpoch, then VerifyAuth with
/// AuthVerificationModeForEpoch(epoch).
util::Status VerifyAuthInEpoch(const Transaction& tx, StacksEpochId epoch);

}  // namespace stacks::chain
