// How the mocknet names its burn blocks: each block hash is the double SHA-256 of an 80-byte Bitcoin-shaped header,
// so that hashes look and behave like Bitcoin's (32 bytes, display order reversed) and depend on everything the block
// says about itself.
//
// Header layout (integers little-endian, as Bitcoin's block header):
//   version u32          MOCKNET_HEADER_VERSION
//   parent_hash [32]     the parent block's hash in internal order (the reverse of its display order)
//   merkle_root [32]     Bitcoin's merkle root over the block's txids in internal order (the last hash of an odd
//                        level is paired with itself); 32 zero bytes for a block with no transactions
//   time u32             the block timestamp in seconds, truncated to 32 bits
//   bits u32             MOCKNET_HEADER_BITS (regtest's difficulty; no work is done)
//   nonce u32            the block height, truncated to 32 bits (Bitcoin's header has no height field)
// The block hash is DoubleSha256(header) reversed into display order, as Bitcoin block hashes are shown.
//
// The reference's mocknet (stacks-node mocknet_controller.rs) names block h+1 by SHA-256 of block h's hash alone;
// this scheme differs on purpose, so that two chains with different contents never share a hash.
//
// All functions are pure and thread-safe.
#pragma once

#include <cstdint>
#include <span>

#include "burnchain/bitcoin_tx.h"
#include "burnchain/burn_op.h"
#include "util/bytes.h"

namespace stacks::burndb {

inline constexpr uint32_t MOCKNET_HEADER_VERSION = 0x20000000;
inline constexpr uint32_t MOCKNET_HEADER_BITS = 0x207fffff;
inline constexpr size_t MOCKNET_HEADER_SIZE = 80;

/// Bitcoin's merkle root over `txids` (display order in, internal order out: the root as it appears in a header).
/// All zero for an empty list.
crypto::Hash256 TxidMerkleRoot(std::span<const burnchain::Txid> txids);

/// The 80 header bytes laid out above.
util::Bytes MocknetBlockHeader(const burnchain::BurnchainHeaderHash& parent_hash, uint64_t burn_block_height,
                               uint64_t timestamp_secs, std::span<const burnchain::Txid> txids);

/// The block hash in display order: DoubleSha256(MocknetBlockHeader(...)) reversed.
burnchain::BurnchainHeaderHash MocknetBlockHash(const burnchain::BurnchainHeaderHash& parent_hash,
                                                uint64_t burn_block_height, uint64_t timestamp_secs,
                                                std::span<const burnchain::Txid> txids);

}  // namespace stacks::burndb
