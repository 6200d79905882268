#include "chain/sighash.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <utility>

namespace stacks::chain {

namespace {

util::Result<Sighash> InitialSighashWithCapacity(const MutableTransaction& tx, size_t capacity) {
  TransactionAuth cleared{ClearedCondition(tx.auth.origin), std::nullopt};
  if (tx.auth.sponsor) cleared.sponsor = SentinelSponsorCondition();
  codec::ByteWriter writer(capacity);
  STACKS_RETURN_IF_ERROR(WriteTransactionWithAuth(writer, tx, cleared));
  return crypto::Sha512_256(writer.bytes());
}

}  // namespace

util::Result<Sighash> InitialSighash(const MutableTransaction& tx) { return InitialSighashWithCapacity(tx, 512); }

Sighash InitialSighash(const Transaction& tx) {
  // The cleared auth is never longer than the signed one, so the transaction's size is enough room.
  auto sighash = InitialSighashWithCapacity(tx.fields(), tx.serialized_size());
  if (!sighash) std::abort();  // a Transaction always serializes
  return *sighash;
}

Sighash PresignSighash(const Sighash& current, AuthFlag flag, uint64_t fee_ustx, uint64_t nonce) {
  std::array<uint8_t, 32 + 1 + 8 + 8> bytes;
  std::copy(current.begin(), current.end(), bytes.begin());
  bytes[32] = static_cast<uint8_t>(flag);
  for (int i = 0; i < 8; ++i) {
    bytes[33 + i] = static_cast<uint8_t>(fee_ustx >> (56 - 8 * i));
    bytes[41 + i] = static_cast<uint8_t>(nonce >> (56 - 8 * i));
  }
  return crypto::Sha512_256(bytes);
}

Sighash PostsignSighash(const Sighash& presign, KeyEncoding key_encoding,
                        const crypto::RecoverableSignature& signature) {
  std::array<uint8_t, 32 + 1 + 65> bytes;
  std::copy(presign.begin(), presign.end(), bytes.begin());
  bytes[32] = static_cast<uint8_t>(key_encoding);
  std::copy(signature.begin(), signature.end(), bytes.begin() + 33);
  return crypto::Sha512_256(bytes);
}

}  // namespace stacks::chain
