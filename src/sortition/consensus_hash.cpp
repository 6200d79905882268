#include "sortition/consensus_hash.h"

#include <cassert>

#include "util/bytes.h"

namespace stacks::sortition {

namespace {

void Append(util::Bytes& out, std::span<const uint8_t> bytes) { out.insert(out.end(), bytes.begin(), bytes.end()); }

}  // namespace

SortitionHash MixBurnHeader(const SortitionHash& sortition_hash, const BurnchainHeaderHash& burn_header_hash) {
  util::Bytes data;
  Append(data, sortition_hash);
  Append(data, burn_header_hash);
  return crypto::Sha256(data);
}

SortitionHash MixVrfSeed(const SortitionHash& sortition_hash, const VrfSeed& vrf_seed) {
  util::Bytes data;
  Append(data, sortition_hash);
  Append(data, vrf_seed);
  return crypto::Sha256(data);
}

OpsHash ComputeOpsHash(std::span<const crypto::Hash256> txids) {
  util::Bytes data;
  data.reserve(txids.size() * 32);
  for (const auto& txid : txids) Append(data, txid);
  return crypto::Sha256(data);
}

std::vector<uint64_t> ConsensusHashAncestorHeights(uint64_t parent_burn_height, uint64_t first_burn_height) {
  assert(parent_burn_height >= first_burn_height);
  std::vector<uint64_t> heights;
  for (size_t i = 0; i < MAX_CONSENSUS_HASH_ANCESTORS; ++i) {
    const uint64_t back = (uint64_t{1} << i) - 1;
    if (parent_burn_height < back || parent_burn_height - back < first_burn_height) break;
    heights.push_back(parent_burn_height - back);
  }
  return heights;
}

ConsensusHash ComputeConsensusHash(const BurnchainHeaderHash& burn_header_hash, const OpsHash& ops_hash,
                                   uint64_t total_burn, std::string_view pox_id,
                                   std::span<const ConsensusHash> ancestor_consensus_hashes) {
  util::Bytes data;
  Append(data, SYSTEM_FORK_SET_VERSION);
  Append(data, burn_header_hash);
  Append(data, ops_hash);
  for (int shift = 56; shift >= 0; shift -= 8) data.push_back(static_cast<uint8_t>(total_burn >> shift));
  data.insert(data.end(), pox_id.begin(), pox_id.end());
  for (const auto& ch : ancestor_consensus_hashes) Append(data, ch);
  return crypto::Ripemd160(crypto::Sha256(data));
}

}  // namespace stacks::sortition
