#include "burndb/mocknet_block_hash.h"

#include <algorithm>
#include <vector>

#include "crypto/hash.h"

namespace stacks::burndb {
namespace {

crypto::Hash256 Reversed(const crypto::Hash256& h) {
  crypto::Hash256 out = h;
  std::reverse(out.begin(), out.end());
  return out;
}

void AppendU32(util::Bytes& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<uint8_t>(v >> (8 * i)));
}

}  // namespace

crypto::Hash256 TxidMerkleRoot(std::span<const burnchain::Txid> txids) {
  if (txids.empty()) return crypto::Hash256{};
  std::vector<crypto::Hash256> level;
  level.reserve(txids.size());
  for (const burnchain::Txid& txid : txids) level.push_back(Reversed(txid));
  while (level.size() > 1) {
    if (level.size() % 2 == 1) level.push_back(level.back());
    std::vector<crypto::Hash256> next;
    next.reserve(level.size() / 2);
    for (size_t i = 0; i < level.size(); i += 2) {
      next.push_back(crypto::DoubleSha256(util::Concat({level[i], level[i + 1]})));
    }
    level = std::move(next);
  }
  return level.front();
}

util::Bytes MocknetBlockHeader(const burnchain::BurnchainHeaderHash& parent_hash, uint64_t burn_block_height,
                               uint64_t timestamp_secs, std::span<const burnchain::Txid> txids) {
  util::Bytes header;
  header.reserve(MOCKNET_HEADER_SIZE);
  AppendU32(header, MOCKNET_HEADER_VERSION);
  util::Append(header, Reversed(parent_hash));
  util::Append(header, TxidMerkleRoot(txids));
  AppendU32(header, static_cast<uint32_t>(timestamp_secs));
  AppendU32(header, MOCKNET_HEADER_BITS);
  AppendU32(header, static_cast<uint32_t>(burn_block_height));
  return header;
}

burnchain::BurnchainHeaderHash MocknetBlockHash(const burnchain::BurnchainHeaderHash& parent_hash,
                                                uint64_t burn_block_height, uint64_t timestamp_secs,
                                                std::span<const burnchain::Txid> txids) {
  return Reversed(crypto::DoubleSha256(MocknetBlockHeader(parent_hash, burn_block_height, timestamp_secs, txids)));
}

}  // namespace stacks::burndb
