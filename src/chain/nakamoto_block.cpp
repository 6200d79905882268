#include "chain/nakamoto_block.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>

#include "chain/limits.h"
#include "chain/merkle.h"
#include "util/hex.h"

namespace stacks::chain {
namespace {

// A lower bound on an encoded transaction (a multi-sig origin with no fields and a coinbase is 88 bytes), so that a
// count of transactions can be checked against the remaining input before anything is reserved.
constexpr size_t MIN_ENCODED_TRANSACTION_SIZE = 64;

}  // namespace

crypto::Hash256 ComputeTxMerkleRoot(std::span<const Transaction> txs) {
  std::vector<Txid> txids;
  txids.reserve(txs.size());
  for (const auto& tx : txs) txids.push_back(tx.txid());
  return TxMerkleRoot(txids);
}

util::Status CheckTransactionsUnique(std::span<const Transaction> txs) {
  std::map<Txid, size_t> index_by_txid;
  for (size_t i = 0; i < txs.size(); ++i) {
    auto [it, inserted] = index_by_txid.emplace(txs[i].txid(), i);
    if (!inserted) {
      return util::ConsensusViolation("duplicate transaction " + util::ToHex(txs[i].txid()) + " at indexes " +
                                      std::to_string(it->second) + " and " + std::to_string(i));
    }
  }
  return {};
}

util::Status CheckTxMerkleRoot(const NakamotoBlock& block) {
  if (ComputeTxMerkleRoot(block.txs) != block.header.tx_merkle_root) {
    return util::ConsensusViolation("tx merkle root mismatch");
  }
  return {};
}

void WriteNakamotoBlock(codec::ByteWriter& writer, const NakamotoBlock& block) {
  WriteNakamotoBlockHeader(writer, block.header);
  writer.WriteU32(static_cast<uint32_t>(block.txs.size()));
  for (const auto& tx : block.txs) WriteTransaction(writer, tx);
}

util::Bytes SerializeNakamotoBlock(const NakamotoBlock& block) {
  codec::ByteWriter writer;
  WriteNakamotoBlock(writer, block);
  return writer.Take();
}

util::Result<NakamotoBlock> ReadNakamotoBlock(codec::ByteReader& reader) {
  const size_t start = reader.position();
  NakamotoBlock block;
  STACKS_TRY(block.header, ReadNakamotoBlockHeader(reader));
  STACKS_TRY(uint32_t count,
             reader.ReadCount(MAX_BLOCK_TRANSACTIONS, MIN_ENCODED_TRANSACTION_SIZE, "block transactions"));
  block.txs.reserve(count);
  for (uint32_t i = 0; i < count; ++i) {
    auto tx = ReadTransaction(reader);
    if (!tx) {
      util::Error error = std::move(tx).error();
      error.message = "transaction " + std::to_string(i) + ": " + error.message;
      return error;
    }
    block.txs.push_back(std::move(*tx));
  }
  const size_t length = reader.position() - start;
  if (length > MAX_MESSAGE_LEN) {
    return util::ResourceExhausted("block length " + std::to_string(length) + " exceeds limit " +
                                   std::to_string(MAX_MESSAGE_LEN));
  }
  STACKS_RETURN_IF_ERROR(CheckTransactionsUnique(block.txs));
  STACKS_RETURN_IF_ERROR(CheckTxMerkleRoot(block));
  return block;
}

util::Result<NakamotoBlock> DecodeNakamotoBlock(util::ByteView bytes) {
  const util::ByteView window = bytes.first(std::min(bytes.size(), MAX_MESSAGE_LEN));
  codec::ByteReader reader(window);
  STACKS_TRY(NakamotoBlock block, ReadNakamotoBlock(reader));
  if (reader.position() != bytes.size()) {
    return util::InvalidArgument(std::to_string(bytes.size() - reader.position()) +
                                 " trailing bytes after block at offset " + std::to_string(reader.position()));
  }
  return block;
}

}  // namespace stacks::chain
