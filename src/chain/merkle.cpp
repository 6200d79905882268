#include "chain/merkle.h"

namespace stacks::chain {
namespace {

constexpr uint8_t LEAF_TAG = 0x00;
constexpr uint8_t NODE_TAG = 0x01;

util::Bytes Tagged(uint8_t tag, util::ByteView data) {
  util::Bytes buffer;
  buffer.reserve(1 + data.size());
  buffer.push_back(tag);
  util::Append(buffer, data);
  return buffer;
}

crypto::Hash256 NodeHash(const crypto::Hash256& left, const crypto::Hash256& right, MerkleTaggedHash hash) {
  return hash(NODE_TAG, util::Concat({left, right}));
}

}  // namespace

crypto::Hash256 Sha512_256Tagged(uint8_t tag, util::ByteView data) { return crypto::Sha512_256(Tagged(tag, data)); }

crypto::Hash256 DoubleSha256Tagged(uint8_t tag, util::ByteView data) { return crypto::DoubleSha256(Tagged(tag, data)); }

std::vector<std::vector<crypto::Hash256>> MerkleTreeRows(std::span<const util::ByteView> leaves,
                                                         MerkleTaggedHash hash) {
  std::vector<std::vector<crypto::Hash256>> rows;
  if (leaves.empty()) return rows;
  std::vector<crypto::Hash256> row;
  row.reserve(leaves.size() + 1);
  for (const auto& leaf : leaves) row.push_back(hash(LEAF_TAG, leaf));
  if (row.size() % 2 != 0) row.push_back(row.back());
  rows.push_back(std::move(row));
  while (true) {
    const auto& below = rows.back();
    std::vector<crypto::Hash256> next;
    next.reserve(below.size() / 2 + 1);
    for (size_t j = 0; j + 1 < below.size(); j += 2) next.push_back(NodeHash(below[j], below[j + 1], hash));
    if (next.size() == 1) {
      rows.push_back(std::move(next));
      return rows;
    }
    if (next.size() % 2 != 0) next.push_back(next.back());
    rows.push_back(std::move(next));
  }
}

crypto::Hash256 MerkleRoot(std::span<const util::ByteView> leaves, MerkleTaggedHash hash) {
  if (leaves.empty()) return crypto::Hash256{};
  // The root without keeping the rows: the same pairing and duplication, one row at a time.
  std::vector<crypto::Hash256> row;
  row.reserve(leaves.size() + 1);
  for (const auto& leaf : leaves) row.push_back(hash(LEAF_TAG, leaf));
  while (true) {
    if (row.size() % 2 != 0) row.push_back(row.back());
    const size_t pairs = row.size() / 2;
    for (size_t j = 0; j < pairs; ++j) row[j] = NodeHash(row[2 * j], row[2 * j + 1], hash);
    row.resize(pairs);
    if (pairs == 1) return row[0];
  }
}

crypto::Hash256 TxMerkleRoot(std::span<const Txid> txids) {
  std::vector<util::ByteView> leaves(txids.begin(), txids.end());
  return MerkleRoot(leaves);
}

}  // namespace stacks::chain
