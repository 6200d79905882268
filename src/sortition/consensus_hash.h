// The hash chains of sortition (stackslib/src/chainstate/burn/mod.rs): the sortition hash, the ops hash and the
// consensus hash, plus the PoX fork id the consensus hash commits to (stacks-common/src/types/chainstate.rs, PoxId).
//
// Pure and thread-safe.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "burnchain/burn_op.h"
#include "crypto/hash.h"

namespace stacks::sortition {

using burnchain::BurnchainHeaderHash;
using burnchain::ConsensusHash;
using burnchain::VrfSeed;
/// The rolling hash of burn block headers and winners' VRF seeds (SortitionHash; the first block's is all zero).
using SortitionHash = crypto::Hash256;
/// SHA-256 over the txids of a block's accepted operations (OpsHash).
using OpsHash = crypto::Hash256;

/// SYSTEM_FORK_SET_VERSION (stackslib/src/core/mod.rs), the first bytes the consensus hash commits to.
inline constexpr std::array<uint8_t, 4> SYSTEM_FORK_SET_VERSION = {23, 0, 0, 0};
/// The most ancestors a consensus hash commits to.
inline constexpr size_t MAX_CONSENSUS_HASH_ANCESTORS = 64;

/// SHA256(sortition_hash || burn_header_hash) (SortitionHash::mix_burn_header).
SortitionHash MixBurnHeader(const SortitionHash& sortition_hash, const BurnchainHeaderHash& burn_header_hash);

/// SHA256(sortition_hash || vrf_seed) (SortitionHash::mix_VRF_seed).
SortitionHash MixVrfSeed(const SortitionHash& sortition_hash, const VrfSeed& vrf_seed);

/// SHA256(txid_1 || ... || txid_n), in the given order (accepted ops sorted by vtxindex).
OpsHash ComputeOpsHash(std::span<const crypto::Hash256> txids);

/// The burn heights whose consensus hashes the consensus hash of the block after `parent_burn_height` commits to,
/// most recent first: parent_burn_height - (2^i - 1) for i = 0, 1, ... while that height is at least
/// `first_burn_height` (and at most 64 of them) (get_prev_consensus_hashes).
/// REQUIRES: parent_burn_height >= first_burn_height.
std::vector<uint64_t> ConsensusHashAncestorHeights(uint64_t parent_burn_height, uint64_t first_burn_height);

/// The PoX fork id as the consensus hash writes it: one '1' or '0' per reward cycle ('1' = anchor block known),
/// starting from PoxId::initial(), "1". Mocknet's controller passes PoxId::stubbed(), the empty string.
inline constexpr std::string_view POX_ID_INITIAL = "1";
inline constexpr std::string_view POX_ID_STUBBED = "";

/// RIPEMD160(SHA256(SYSTEM_FORK_SET_VERSION || burn_header_hash || ops_hash || total_burn as u64 big-endian ||
/// pox_id || ancestor consensus hashes, most recent first)) (ConsensusHash::from_ops). An ancestor the caller could
/// not find is passed as all zero.
ConsensusHash ComputeConsensusHash(const BurnchainHeaderHash& burn_header_hash, const OpsHash& ops_hash,
                                   uint64_t total_burn, std::string_view pox_id,
                                   std::span<const ConsensusHash> ancestor_consensus_hashes);

}  // namespace stacks::sortition
