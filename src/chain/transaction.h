// A Stacks transaction (SIP-005; StacksTransaction in stacks-codec/src/transaction.rs), its codec and its txid.
//
// Transaction is immutable and caches its txid, after Bitcoin Core's CTransaction: it is only made by decoding bytes
// or by Transaction::Create from a MutableTransaction (the builder), and both check every rule the decoder enforces,
// so each Transaction serializes, and its serialization decodes back to an equal Transaction.
//
// The txid is SHA-512/256 of the transaction's serialization as the reference re-serializes it, which is not always
// the bytes it was decoded from. Decoding accepts a few non-canonical forms that re-encode differently, as the
// reference does: a version byte other than 0x00/0x80 (only its high bit is kept), tuple fields in any order inside
// Clarity values, a VRF proof whose Gamma is encoded non-canonically, and a NakamotoCoinbase recipient `(some v)`
// with v not a principal (re-encoded as `none`). Such transactions have the txid of their canonical form.
//
// Example:
//   STACKS_TRY(chain::Transaction tx, chain::DecodeTransaction(bytes));
//   STACKS_RETURN_IF_ERROR(chain::VerifyAuth(tx, chain::AuthVerificationModeForEpoch(epoch)));  // verify.h
//   Log(util::ToHex(tx.txid()));
//
// Transactions are values; a const Transaction may be shared between threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "chain/auth.h"
#include "chain/hashes.h"
#include "chain/payload.h"
#include "chain/post_condition.h"
#include "codec/consensus.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::chain {

enum class TransactionVersion : uint8_t { kMainnet = 0x00, kTestnet = 0x80 };

inline constexpr uint32_t CHAIN_ID_MAINNET = 0x00000001;
inline constexpr uint32_t CHAIN_ID_TESTNET = 0x80000000;

/// Where the transaction may be mined: in an anchored block, in a microblock (Epoch 2.x), or either.
enum class AnchorMode : uint8_t { kOnChainOnly = 1, kOffChainOnly = 2, kAny = 3 };

/// What happens to asset movements no post-condition mentions.
enum class PostConditionMode : uint8_t {
  kAllow = 0x01,
  kDeny = 0x02,
  kOriginator = 0x03,  ///< Deny for the origin's assets, allow for others (SIP-040, Epoch 3.4 on).
};

/// The fields of a transaction, freely mutable: build one, sign it (signer.h), then Transaction::Create.
struct MutableTransaction {
  TransactionVersion version = TransactionVersion::kMainnet;
  uint32_t chain_id = CHAIN_ID_MAINNET;
  TransactionAuth auth;
  AnchorMode anchor_mode = AnchorMode::kAny;
  PostConditionMode post_condition_mode = PostConditionMode::kDeny;
  std::vector<PostCondition> post_conditions;
  Payload payload;
  bool operator==(const MutableTransaction&) const = default;
};

class Transaction {
 public:
  /// The transaction `tx` describes. Errors: whatever would stop its serialization from decoding (see
  /// DecodeTransaction), e.g. kInvalidArgument for a bad contract name, a PoisonMicroblock or Coinbase payload not
  /// OnChainOnly, identical poison headers; kResourceExhausted for a serialization over MAX_TRANSACTION_LEN.
  static util::Result<Transaction> Create(MutableTransaction tx);

  TransactionVersion version() const { return m_tx.version; }
  bool IsMainnet() const { return m_tx.version == TransactionVersion::kMainnet; }
  uint32_t chain_id() const { return m_tx.chain_id; }
  const TransactionAuth& auth() const { return m_tx.auth; }
  AnchorMode anchor_mode() const { return m_tx.anchor_mode; }
  PostConditionMode post_condition_mode() const { return m_tx.post_condition_mode; }
  const std::vector<PostCondition>& post_conditions() const { return m_tx.post_conditions; }
  const Payload& payload() const { return m_tx.payload; }
  /// All fields at once; a copy of them is the way to derive a changed transaction.
  const MutableTransaction& fields() const { return m_tx; }

  /// SHA-512/256 of the serialization, computed once.
  const Txid& txid() const { return m_txid; }
  /// Length of the serialization, in bytes.
  size_t serialized_size() const { return m_serialized_size; }

  /// The fee offered, paid by the sponsor if sponsored, else the origin (get_tx_fee).
  uint64_t fee_ustx() const { return FeeOf(m_tx.auth.payer()); }
  uint64_t origin_nonce() const { return NonceOf(m_tx.auth.origin); }
  /// The origin's address on this transaction's network.
  codec::StacksAddress OriginAddress() const { return AddressOf(m_tx.auth.origin, IsMainnet()); }

  /// Equal fields (hence equal txids).
  bool operator==(const Transaction& other) const { return m_txid == other.m_txid && m_tx == other.m_tx; }

 private:
  Transaction(MutableTransaction tx, const Txid& txid, size_t size)
      : m_tx(std::move(tx)), m_txid(txid), m_serialized_size(size) {}
  /// ReadTransaction; `source`, when given, is the whole input `reader` was made over, so that a canonical
  /// transaction's txid can hash its input bytes instead of a re-encoding.
  static util::Result<Transaction> Read(codec::ByteReader& reader, const util::ByteView* source);
  friend util::Result<Transaction> ReadTransaction(codec::ByteReader& reader);
  friend util::Result<Transaction> DecodeTransaction(util::ByteView bytes);

  MutableTransaction m_tx;
  Txid m_txid;
  size_t m_serialized_size;
};

/// Transaction layout (SIP-005):
///   version u8             0x00 mainnet, 0x80 testnet (decoding looks only at bit 0x80)
///   chain_id u32
///   auth                   TransactionAuth (auth.h)
///   anchor_mode u8         1, 2, 3
///   post_condition_mode u8 1, 2, 3
///   post_conditions        u32 count (<= MAX_POST_CONDITIONS), PostCondition each (post_condition.h)
///   payload                Payload (payload.h)
void WriteTransaction(codec::ByteWriter& writer, const Transaction& tx);
util::Bytes SerializeTransaction(const Transaction& tx);

/// Writes the fields as they are, without Transaction's checks (used to hash variants of a transaction).
/// Errors: as WritePayload and WritePostCondition.
util::Status WriteMutableTransaction(codec::ByteWriter& writer, const MutableTransaction& tx);

/// WriteMutableTransaction with `auth` in place of tx.auth (the initial sighash hashes a cleared auth).
util::Status WriteTransactionWithAuth(codec::ByteWriter& writer, const MutableTransaction& tx,
                                      const TransactionAuth& auth);

/// Reads one transaction, leaving the reader after it; whatever follows is the caller's (a block's next
/// transaction). Errors, each naming the field: as ReadTransactionAuth, ReadPostCondition and ReadPayload; unknown
/// anchor mode or post-condition mode; a PoisonMicroblock or Coinbase payload whose anchor mode is not OnChainOnly;
/// kResourceExhausted for more than MAX_POST_CONDITIONS post-conditions or for a transaction longer than
/// MAX_TRANSACTION_LEN. On error the reader's position is unspecified.
util::Result<Transaction> ReadTransaction(codec::ByteReader& reader);

/// Decodes a transaction that must span all of `bytes`. Errors: as ReadTransaction (reading through a window of
/// MAX_TRANSACTION_LEN bytes); kInvalidArgument for trailing bytes. (The reference's HTTP endpoint ignores trailing
/// bytes; callers that must mimic it use ReadTransaction.)
util::Result<Transaction> DecodeTransaction(util::ByteView bytes);

/// DecodeTransaction of hex text (with or without 0x). Errors: kInvalidArgument for bad hex; as DecodeTransaction.
util::Result<Transaction> DecodeTransactionHex(std::string_view hex);

/// The txid of a transaction with these fields. Errors: as WriteMutableTransaction.
util::Result<Txid> TxidOf(const MutableTransaction& tx);

}  // namespace stacks::chain
