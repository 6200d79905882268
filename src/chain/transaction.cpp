#include "chain/transaction.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <utility>

#include "chain/limits.h"
#include "util/hex.h"

namespace stacks::chain {
namespace {

// The smallest encoded post-condition: a Pox condition on the origin (id, principal id, code).
constexpr size_t MIN_POST_CONDITION_SIZE = 3;

// Whether re-encoding `tx` might not reproduce the bytes it was decoded from. Every field is re-encoded exactly
// except the version byte (only its high bit is kept) and what passes through Clarity values (tuple field order,
// NakamotoCoinbase recipients) and VRF proofs (Gamma re-encoded canonically). Conservative: true whenever one of
// those is present.
bool MayBeNonCanonical(const MutableTransaction& tx, uint8_t version_byte) {
  if (version_byte != 0x00 && version_byte != 0x80) return true;
  for (const auto& post_condition : tx.post_conditions) {
    if (std::holds_alternative<NonfungiblePostCondition>(post_condition)) return true;
  }
  if (const auto* call = std::get_if<ContractCallPayload>(&tx.payload)) return !call->function_args.empty();
  if (const auto* coinbase = std::get_if<CoinbasePayload>(&tx.payload)) {
    return coinbase->alt_recipient.has_value() || coinbase->vrf_proof.has_value();
  }
  return false;
}

}  // namespace

util::Status WriteMutableTransaction(codec::ByteWriter& writer, const MutableTransaction& tx) {
  return WriteTransactionWithAuth(writer, tx, tx.auth);
}

util::Status WriteTransactionWithAuth(codec::ByteWriter& writer, const MutableTransaction& tx,
                                      const TransactionAuth& auth) {
  writer.WriteU8(static_cast<uint8_t>(tx.version));
  writer.WriteU32(tx.chain_id);
  STACKS_RETURN_IF_ERROR(WriteTransactionAuth(writer, auth));
  writer.WriteU8(static_cast<uint8_t>(tx.anchor_mode));
  writer.WriteU8(static_cast<uint8_t>(tx.post_condition_mode));
  if (tx.post_conditions.size() > MAX_POST_CONDITIONS) {
    return util::ResourceExhausted("transaction has " + std::to_string(tx.post_conditions.size()) +
                                   " post-conditions, more than " + std::to_string(MAX_POST_CONDITIONS));
  }
  STACKS_RETURN_IF_ERROR(writer.WriteCount(tx.post_conditions.size()));
  for (const auto& post_condition : tx.post_conditions) {
    STACKS_RETURN_IF_ERROR(WritePostCondition(writer, post_condition));
  }
  return WritePayload(writer, tx.payload);
}

void WriteTransaction(codec::ByteWriter& writer, const Transaction& tx) {
  // A Transaction always serializes: both of its constructors checked it.
  if (!WriteMutableTransaction(writer, tx.fields())) std::abort();
}

util::Bytes SerializeTransaction(const Transaction& tx) {
  codec::ByteWriter writer(tx.serialized_size());
  WriteTransaction(writer, tx);
  return writer.Take();
}

util::Result<Txid> TxidOf(const MutableTransaction& tx) {
  codec::ByteWriter writer;
  STACKS_RETURN_IF_ERROR(WriteMutableTransaction(writer, tx));
  return crypto::Sha512_256(writer.bytes());
}

util::Result<Transaction> ReadTransaction(codec::ByteReader& reader) { return Transaction::Read(reader, nullptr); }

util::Result<Transaction> Transaction::Read(codec::ByteReader& reader, const util::ByteView* source) {
  const size_t start = reader.position();
  MutableTransaction tx;
  STACKS_TRY(uint8_t version, reader.ReadU8("transaction version"));
  tx.version = (version & 0x80) ? TransactionVersion::kTestnet : TransactionVersion::kMainnet;
  STACKS_TRY(tx.chain_id, reader.ReadU32("transaction chain id"));
  STACKS_TRY(tx.auth, ReadTransactionAuth(reader));
  STACKS_TRY(uint8_t anchor_mode, reader.ReadU8("transaction anchor mode"));
  if (anchor_mode < 1 || anchor_mode > 3) {
    return util::InvalidArgument("transaction anchor mode " + std::to_string(anchor_mode) + " is unknown");
  }
  tx.anchor_mode = static_cast<AnchorMode>(anchor_mode);
  STACKS_TRY(uint8_t post_condition_mode, reader.ReadU8("transaction post-condition mode"));
  if (post_condition_mode < 1 || post_condition_mode > 3) {
    return util::InvalidArgument("transaction post-condition mode " + std::to_string(post_condition_mode) +
                                 " is unknown");
  }
  tx.post_condition_mode = static_cast<PostConditionMode>(post_condition_mode);
  STACKS_TRY(uint32_t count, reader.ReadCount(MAX_POST_CONDITIONS, MIN_POST_CONDITION_SIZE, "post-conditions"));
  tx.post_conditions.reserve(count);
  for (uint32_t i = 0; i < count; ++i) {
    auto post_condition = ReadPostCondition(reader);
    if (!post_condition) {
      util::Error error = std::move(post_condition).error();
      error.message = "post-condition " + std::to_string(i) + ": " + error.message;
      return error;
    }
    tx.post_conditions.push_back(std::move(*post_condition));
  }
  STACKS_TRY(tx.payload, ReadPayload(reader, MAX_TRANSACTION_LEN));

  // A leader could orphan a proof of its own misbehaviour, or a coinbase, by mining it in a microblock.
  const PayloadId payload_id = PayloadIdOf(tx.payload);
  const bool must_anchor = payload_id == PayloadId::kPoisonMicroblock || payload_id == PayloadId::kCoinbase ||
                           payload_id == PayloadId::kCoinbaseToAltRecipient ||
                           payload_id == PayloadId::kNakamotoCoinbase;
  if (must_anchor && tx.anchor_mode != AnchorMode::kOnChainOnly) {
    return util::InvalidArgument(
        std::string(payload_id == PayloadId::kPoisonMicroblock ? "poison microblock" : "coinbase") +
        " transaction anchor mode must be on-chain-only");
  }
  const size_t length = reader.position() - start;
  if (length > MAX_TRANSACTION_LEN) {
    return util::ResourceExhausted("transaction length " + std::to_string(length) + " exceeds limit " +
                                   std::to_string(MAX_TRANSACTION_LEN));
  }

  // The txid hashes the re-encoding. When that is certainly the input (the common case), hash the input.
  if (source != nullptr && !MayBeNonCanonical(tx, version)) {
    return Transaction(std::move(tx), crypto::Sha512_256(source->subspan(start, length)), length);
  }
  codec::ByteWriter writer(length);
  if (!WriteMutableTransaction(writer, tx)) {
    return util::InvalidArgument("decoded transaction does not re-encode");  // unreachable: every field was checked
  }
  const Txid txid = crypto::Sha512_256(writer.bytes());
  return Transaction(std::move(tx), txid, writer.size());
}

util::Result<Transaction> DecodeTransaction(util::ByteView bytes) {
  const util::ByteView window = bytes.first(std::min(bytes.size(), MAX_TRANSACTION_LEN));
  codec::ByteReader reader(window);
  STACKS_TRY(Transaction tx, Transaction::Read(reader, &window));
  if (reader.position() != bytes.size()) {
    return util::InvalidArgument(std::to_string(bytes.size() - reader.position()) +
                                 " trailing bytes after transaction at offset " + std::to_string(reader.position()));
  }
  return tx;
}

util::Result<Transaction> DecodeTransactionHex(std::string_view hex) {
  STACKS_TRY(util::Bytes bytes, util::FromHex(hex, /*allow_0x=*/true));
  return DecodeTransaction(bytes);
}

util::Result<Transaction> Transaction::Create(MutableTransaction tx) {
  codec::ByteWriter writer;
  STACKS_RETURN_IF_ERROR(WriteMutableTransaction(writer, tx));
  if (writer.size() > MAX_TRANSACTION_LEN) {
    return util::ResourceExhausted("transaction length " + std::to_string(writer.size()) + " exceeds limit " +
                                   std::to_string(MAX_TRANSACTION_LEN));
  }
  // Decoding the serialization applies every rule the decoder has, so a created Transaction is one a node accepts.
  return DecodeTransaction(writer.bytes());
}

}  // namespace stacks::chain
