// The signature hash chain of SIP-005 ("Transaction Signing and Verifying"; make_sighash_presign / postsign and
// sign_begin in stacks-codec/src/transaction.rs). Signing is linear: each signer signs a rolling hash of what the
// previous signers committed to, instead of re-serializing the transaction.
//
//   initial  = txid of the transaction with its auth cleared: the origin condition's nonce and fee set to 0 and its
//              signature (single-sig) or fields (multi-sig) removed; a sponsored transaction's sponsor condition
//              replaced by the sentinel (SentinelSponsorCondition).
//   presign  = SHA-512/256(cur (32) || auth flag (1) || fee u64 BE || nonce u64 BE)   <- what the key signs
//   postsign = SHA-512/256(presign (32) || key encoding (1) || signature (65))         <- the next cur
//
// The origin's signers start from the initial sighash with flag 0x04 (even in a sponsored transaction); the sponsor's
// start from the origin's final sighash with flag 0x05. Order-independent multi-sig signers all sign the presign of
// the sighash their condition starts from, and leave it unchanged for the next condition.
//
// All functions are pure and thread-safe.
#pragma once

#include <cstdint>

#include "chain/auth.h"
#include "chain/hashes.h"
#include "chain/transaction.h"
#include "crypto/secp256k1.h"
#include "util/result.h"

namespace stacks::chain {

/// The initial sighash of a transaction with these fields. Errors: as WriteMutableTransaction.
util::Result<Sighash> InitialSighash(const MutableTransaction& tx);
/// The initial sighash of a (valid) transaction; cannot fail.
Sighash InitialSighash(const Transaction& tx);

/// The hash a signer signs, given the current sighash and its condition's flag, fee and nonce.
Sighash PresignSighash(const Sighash& current, AuthFlag flag, uint64_t fee_ustx, uint64_t nonce);

/// The sighash after a signature over `presign`, by a key of the given encoding.
Sighash PostsignSighash(const Sighash& presign, KeyEncoding key_encoding,
                        const crypto::RecoverableSignature& signature);

}  // namespace stacks::chain
