// A Nakamoto block (NakamotoBlock in stackslib/src/chainstate/nakamoto/mod.rs): a header and its transactions, and
// the codec, which, as the reference's, refuses a block with two transactions of the same txid or whose
// tx_merkle_root is not the root of its txids. Context-free block rules are in nakamoto_block_check.h.
//
// Example:
//   STACKS_TRY(chain::NakamotoBlock block, chain::DecodeNakamotoBlock(bytes));
//   STACKS_RETURN_IF_ERROR(chain::CheckNakamotoBlockStatic(block, mainnet, chain_id, epoch));
//   STACKS_TRY(uint32_t weight, chain::VerifySignerSignatures(block.header, reward_set_signers, epoch));
//
// All functions are pure and thread-safe.
#pragma once

#include <span>
#include <vector>

#include "chain/hashes.h"
#include "chain/nakamoto_block_header.h"
#include "chain/transaction.h"
#include "codec/consensus.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::chain {

struct NakamotoBlock {
  NakamotoBlockHeader header;
  std::vector<Transaction> txs;
  bool operator==(const NakamotoBlock&) const = default;
};

/// The tx_merkle_root of `txs`: TxMerkleRoot of their txids (merkle.h).
crypto::Hash256 ComputeTxMerkleRoot(std::span<const Transaction> txs);

/// No two transactions share a txid (validate_transactions_unique).
/// Errors: kConsensusViolation "duplicate transaction <txid hex> at indexes I and J".
util::Status CheckTransactionsUnique(std::span<const Transaction> txs);

/// header.tx_merkle_root is ComputeTxMerkleRoot(txs). Errors: kConsensusViolation "tx merkle root mismatch".
util::Status CheckTxMerkleRoot(const NakamotoBlock& block);

/// Layout:
///   header          NakamotoBlockHeader (nakamoto_block_header.h)
///   txs             u32 count (at most MAX_BLOCK_TRANSACTIONS), then each transaction (transaction.h)
/// REQUIRES: fewer than 2^32 transactions.
void WriteNakamotoBlock(codec::ByteWriter& writer, const NakamotoBlock& block);
util::Bytes SerializeNakamotoBlock(const NakamotoBlock& block);

/// Reads one block, leaving the reader after it. Errors: as ReadNakamotoBlockHeader and ReadTransaction (the latter
/// prefixed with "transaction I: "); kResourceExhausted for more than MAX_BLOCK_TRANSACTIONS transactions, and
/// "block length L exceeds limit M" when the block runs past
/// MAX_MESSAGE_LEN bytes (the reference's decoder reads through a window of that size); then, as the reference's
/// decoder, kConsensusViolation from CheckTransactionsUnique and CheckTxMerkleRoot.
util::Result<NakamotoBlock> ReadNakamotoBlock(codec::ByteReader& reader);

/// ReadNakamotoBlock of all of `bytes`, reading through a MAX_MESSAGE_LEN window. Errors: as ReadNakamotoBlock;
/// kInvalidArgument for trailing bytes.
util::Result<NakamotoBlock> DecodeNakamotoBlock(util::ByteView bytes);

/// The block's id and hash, from its header.
inline StacksBlockId NakamotoBlockId(const NakamotoBlock& block) { return NakamotoBlockId(block.header); }
inline BlockHeaderHash NakamotoBlockHash(const NakamotoBlock& block) { return NakamotoBlockHash(block.header); }

}  // namespace stacks::chain
