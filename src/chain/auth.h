// Transaction authorization (SIP-005 "Transaction Authorization"; stacks-codec/src/transaction.rs): who pays, with
// which nonce and fee, and the signatures that prove it.
//
// A transaction has an origin spending condition and, when sponsored, a sponsor spending condition that pays the fee.
// A spending condition names an account by the hash160 its address commits to (signer) and carries the signatures,
// from which the public keys are recovered at verification (verify.h).
//
// All functions are pure and thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <variant>
#include <vector>

#include "chain/address_hash.h"
#include "codec/consensus.h"
#include "codec/stacks_address.h"
#include "crypto/hash.h"
#include "crypto/secp256k1.h"
#include "util/result.h"

namespace stacks::chain {

/// The auth type byte; also the flag mixed into the presign hash (sighash.h).
enum class AuthFlag : uint8_t { kStandard = 0x04, kSponsored = 0x05 };

/// How a signer's public key is serialized, and so hashed into the address.
enum class KeyEncoding : uint8_t { kCompressed = 0x00, kUncompressed = 0x01 };

enum class SinglesigHashMode : uint8_t { kP2pkh = 0x00, kP2wpkh = 0x02 };

/// Sequential multi-sig (0x01, 0x03): each signer signs the sighash left by the previous one. Order-independent
/// multi-sig (0x05, 0x07; valid from Epoch 3.0): every signer signs the same initial presign hash.
enum class MultisigHashMode : uint8_t {
  kP2sh = 0x01,
  kP2wsh = 0x03,
  kP2shNonSequential = 0x05,
  kP2wshNonSequential = 0x07,
};

AddressHashMode ToAddressHashMode(SinglesigHashMode mode);
AddressHashMode ToAddressHashMode(MultisigHashMode mode);
bool IsOrderIndependent(MultisigHashMode mode);

/// A signature in a multi-sig condition and the encoding of the key it recovers to.
struct AuthSignature {
  KeyEncoding key_encoding = KeyEncoding::kCompressed;
  crypto::RecoverableSignature signature{};
  bool operator==(const AuthSignature&) const = default;
};

/// A multi-sig field: the public key of a signer who did not sign (its compressed() gives the field id), or a
/// signature.
using AuthField = std::variant<crypto::PublicKey, AuthSignature>;

struct SinglesigSpendingCondition {
  SinglesigHashMode hash_mode = SinglesigHashMode::kP2pkh;
  crypto::Hash160 signer{};
  uint64_t nonce = 0;
  uint64_t fee_ustx = 0;
  KeyEncoding key_encoding = KeyEncoding::kCompressed;
  crypto::RecoverableSignature signature{};  ///< All zeros while unsigned.
  bool operator==(const SinglesigSpendingCondition&) const = default;
};

struct MultisigSpendingCondition {
  MultisigHashMode hash_mode = MultisigHashMode::kP2sh;
  crypto::Hash160 signer{};
  uint64_t nonce = 0;
  uint64_t fee_ustx = 0;
  std::vector<AuthField> fields;  ///< One per key of the redeem script, in script order.
  uint16_t signatures_required = 0;
  bool operator==(const MultisigSpendingCondition&) const = default;
};

using SpendingCondition = std::variant<SinglesigSpendingCondition, MultisigSpendingCondition>;

uint64_t NonceOf(const SpendingCondition& condition);
uint64_t FeeOf(const SpendingCondition& condition);
const crypto::Hash160& SignerOf(const SpendingCondition& condition);
void SetNonce(SpendingCondition& condition, uint64_t nonce);
void SetFee(SpendingCondition& condition, uint64_t fee_ustx);
/// The account's address: the single-sig version for P2PKH, the multi-sig version for every other mode.
codec::StacksAddress AddressOf(const SpendingCondition& condition, bool mainnet);
/// Signature fields (multi-sig) or 1 if the single-sig signature is not all zeros.
size_t SignatureCount(const SpendingCondition& condition);
/// 1 for single-sig.
uint16_t SignaturesRequired(const SpendingCondition& condition);

/// Unsigned single-sig conditions for `key` (nonce and fee 0). P2PKH keeps the key's encoding.
/// Errors (P2WPKH only): kInvalidArgument if the key is uncompressed.
SpendingCondition NewP2pkhCondition(const crypto::PublicKey& key);
util::Result<SpendingCondition> NewP2wpkhCondition(const crypto::PublicKey& key);
/// An unsigned multi-sig condition requiring `signatures_required` of `keys` (in script order).
/// Errors: as AddressHashFromPublicKeys.
util::Result<SpendingCondition> NewMultisigCondition(MultisigHashMode mode, uint16_t signatures_required,
                                                     std::span<const crypto::PublicKey> keys);

/// The sentinel sponsor an origin commits to before it knows its sponsor: P2PKH, signer all zeros, nonce and fee 0,
/// compressed, unsigned (new_initial_sighash).
SpendingCondition SentinelSponsorCondition();

/// The same condition with nonce and fee 0 and no signature or fields (what the initial sighash commits to).
SpendingCondition ClearedCondition(const SpendingCondition& condition);

struct TransactionAuth {
  SpendingCondition origin;
  std::optional<SpendingCondition> sponsor;  ///< Set iff the transaction is sponsored.

  bool sponsored() const { return sponsor.has_value(); }
  AuthFlag flag() const { return sponsored() ? AuthFlag::kSponsored : AuthFlag::kStandard; }
  /// The condition that pays the fee: the sponsor's if sponsored, else the origin's.
  const SpendingCondition& payer() const { return sponsor ? *sponsor : origin; }
  bool operator==(const TransactionAuth&) const = default;
};

/// AuthField layout: id u8, then
///   0x00 public key, compressed      [33] compressed SEC1 point
///   0x01 public key, uncompressed    [33] the same 33 bytes; the key hashes uncompressed
///   0x02 signature, compressed key   [65] VRS
///   0x03 signature, uncompressed key [65]
///
/// Single-sig spending condition layout:
///   hash_mode u8 (0x00, 0x02) | signer [20] | nonce u64 | fee u64 | key_encoding u8 (0, 1) | signature [65]
/// Multi-sig spending condition layout (both kinds):
///   hash_mode u8 (0x01, 0x03, 0x05, 0x07) | signer [20] | nonce u64 | fee u64 | fields Vec<AuthField>
///   | signatures_required u16
///
/// TransactionAuth layout: flag u8 (0x04 standard | 0x05 sponsored), origin condition, [sponsor condition].
///
/// Writing cannot fail for conditions built here or decoded; it fails only on a vector over u32 items.
util::Status WriteSpendingCondition(codec::ByteWriter& writer, const SpendingCondition& condition);
util::Status WriteTransactionAuth(codec::ByteWriter& writer, const TransactionAuth& auth);

/// Which condition is being read; error messages start with "origin" or "sponsor".
enum class SpendingRole : uint8_t { kOrigin, kSponsor };

/// Reads a spending condition, enforcing what the reference's decoder does. Signature bytes are not checked here
/// (verification does). Errors, each naming the field (kInvalidArgument unless stated):
///   truncation; "unknown hash mode"; "unknown key encoding"; P2WPKH with an uncompressed key; an unknown auth field
///   id; a public key that is not a valid compressed point; kResourceExhausted for more than MAX_AUTH_FIELDS fields;
///   sequential multi-sig whose signature count differs from signatures_required; order-independent multi-sig with
///   fewer signatures than required; more than 65535 signatures; an uncompressed key or signature under P2WSH.
util::Result<SpendingCondition> ReadSpendingCondition(codec::ByteReader& reader, SpendingRole role);

/// Errors: "unknown auth flag"; as ReadSpendingCondition for "origin" and "sponsor".
util::Result<TransactionAuth> ReadTransactionAuth(codec::ByteReader& reader);

}  // namespace stacks::chain
