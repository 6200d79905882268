// The tagged merkle tree whose root is a block's tx_merkle_root (MerkleTree in stacks-common/src/util/hash.rs).
//
// Over leaves d_0 .. d_{n-1} with a tagged hash H(tag, data):
//   - a leaf hashes as H(0x00, d_i); a node as H(0x01, left || right);
//   - a row of odd length (the leaves' included) has its last hash duplicated before the next row is built;
//   - the root is the single hash of the last row, so one leaf gives H(0x01, leaf || leaf);
//   - no leaves give the all-zero root.
// Blocks use SHA-512/256 as H (H(tag, data) = SHA-512/256(tag || data)) and each transaction's 32-byte txid as its
// leaf, in block order. The reference's own tests exercise the same code with double SHA-256, so both are here.
//
// All functions are pure and thread-safe. Spans are the caller's for the duration of the call.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "chain/hashes.h"
#include "crypto/hash.h"
#include "util/bytes.h"

namespace stacks::chain {

/// A tagged hash: H(tag || data) for some 32-byte hash function H.
using MerkleTaggedHash = crypto::Hash256 (*)(uint8_t tag, util::ByteView data);

/// SHA-512/256(tag || data): the hash of block merkle trees.
crypto::Hash256 Sha512_256Tagged(uint8_t tag, util::ByteView data);
/// SHA-256(SHA-256(tag || data)): the reference's test hash.
crypto::Hash256 DoubleSha256Tagged(uint8_t tag, util::ByteView data);

/// Every row of the tree over `leaves`, the padded leaf hashes first and the one-hash root row last; empty when
/// there are no leaves. Rows other than the root have even length (duplicates included), as the reference stores them.
std::vector<std::vector<crypto::Hash256>> MerkleTreeRows(std::span<const util::ByteView> leaves, MerkleTaggedHash hash);

/// The root of the tree over `leaves`; all zeros when there are none.
crypto::Hash256 MerkleRoot(std::span<const util::ByteView> leaves, MerkleTaggedHash hash = Sha512_256Tagged);

/// The tx_merkle_root of a block whose transactions have these txids, in order.
crypto::Hash256 TxMerkleRoot(std::span<const Txid> txids);

}  // namespace stacks::chain
