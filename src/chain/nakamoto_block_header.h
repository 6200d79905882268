// The Nakamoto block header (NakamotoBlockHeader in stackslib/src/chainstate/nakamoto/mod.rs, SIP-021): its codec,
// the hashes the miner and the signers sign, the block id, miner signing and recovery, and the check of the signers'
// signatures against a reward set.
//
// The header is a plain struct: any header serializes, and the decoder enforces the wire rules. The block hash is the
// signer signature hash, which leaves the signer signatures out, so collecting more signatures never changes a
// block's hash or id.
//
// All functions are pure and thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "chain/bit_vec.h"
#include "chain/epoch.h"
#include "chain/hashes.h"
#include "chain/limits.h"
#include "codec/consensus.h"
#include "crypto/hash.h"
#include "crypto/secp256k1.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::chain {

/// Header version of Epochs 3.x blocks (NAKAMOTO_BLOCK_VERSION).
inline constexpr uint8_t NAKAMOTO_BLOCK_VERSION = 0;
/// Header version from Epoch 4.0 on, which adds problematic_txs (NAKAMOTO_BLOCK_VERSION_EPOCH_4).
inline constexpr uint8_t NAKAMOTO_BLOCK_VERSION_EPOCH_4 = 1;
/// The version bit that marks a shadow block; the low 7 bits are the header version.
inline constexpr uint8_t SHADOW_BLOCK_VERSION_BIT = 0x80;
/// Most bits in pox_treatment (BitVec<4000>).
inline constexpr uint16_t POX_TREATMENT_MAX_BITS = 4000;
/// Most problematic-transaction markers in a header: MAX_BLOCK_LEN / MIN_TRANSACTION_LEN.
inline constexpr uint32_t MAX_PROBLEMATIC_TX_MARKERS = MAX_BLOCK_LEN / MIN_TRANSACTION_LEN;
/// Signed weight needed, in tenths of the total (NAKAMOTO_SIGNER_BLOCK_APPROVAL_THRESHOLD).
inline constexpr uint64_t SIGNER_APPROVAL_THRESHOLD_TENTHS = 7;

static_assert(MAX_PROBLEMATIC_TX_MARKERS == 11'650);

/// A transaction the miner marks as problematic: replay charges its fee and bumps its nonces but skips its payload.
struct ProblematicTxMarker {
  uint32_t tx_index = 0;  ///< Index into the block's transactions.
  uint8_t category = 0;   ///< Why it was marked; opaque to consensus.
  bool operator==(const ProblematicTxMarker&) const = default;
};

struct NakamotoBlockHeader {
  uint8_t version = NAKAMOTO_BLOCK_VERSION;
  uint64_t chain_length = 0;                       ///< Stacks blocks (2.x and Nakamoto) before this one in its history.
  uint64_t burn_spent = 0;                         ///< Satoshis spent on the sortition that chose this tenure's miner.
  ConsensusHash consensus_hash{};                  ///< The tenure's sortition.
  StacksBlockId parent_block_id{};                 ///< The parent block's id.
  crypto::Hash256 tx_merkle_root{};                ///< TxMerkleRoot of the transactions (merkle.h).
  crypto::Hash256 state_index_root{};              ///< MARF root after this block.
  uint64_t timestamp = 0;                          ///< Unix seconds, as the miner set it.
  crypto::RecoverableSignature miner_signature{};  ///< Over MinerSignatureHash.
  /// Over SignerSignatureHash, in reward-set order.
  std::vector<crypto::RecoverableSignature> signer_signature;
  BitVec pox_treatment;  ///< One bit per reward address: 0 punishes it (burns its PoX reward).
  /// On the wire only when HeaderHasProblematicTxs(version); otherwise empty after decoding.
  std::vector<ProblematicTxMarker> problematic_txs;
  bool operator==(const NakamotoBlockHeader&) const = default;
};

/// Whether a header of this version carries problematic_txs: (version & 0x7f) >= 1.
inline bool HeaderHasProblematicTxs(uint8_t version) {
  return (version & ~SHADOW_BLOCK_VERSION_BIT) >= NAKAMOTO_BLOCK_VERSION_EPOCH_4;
}
/// The header version blocks of `epoch` must have, the shadow bit aside (expected_version_for_epoch).
inline uint8_t ExpectedHeaderVersion(StacksEpochId epoch) {
  return epoch >= StacksEpochId::k40 ? NAKAMOTO_BLOCK_VERSION_EPOCH_4 : NAKAMOTO_BLOCK_VERSION;
}
inline bool IsShadowBlock(const NakamotoBlockHeader& header) { return header.version & SHADOW_BLOCK_VERSION_BIT; }

/// Layout:
///   version u8 | chain_length u64 | burn_spent u64 | consensus_hash [20] | parent_block_id [32] |
///   tx_merkle_root [32] | state_index_root [32] | timestamp u64 | miner_signature [65] (VRS) |
///   signer_signature: u32 count, [65] each | pox_treatment BitVec (at most 4000 bits, bit_vec.h) |
///   problematic_txs: u32 count (at most MAX_PROBLEMATIC_TX_MARKERS), {tx_index u32, category u8} each
///     -- only when HeaderHasProblematicTxs(version)
/// REQUIRES: fewer than 2^32 signer signatures and markers.
void WriteNakamotoBlockHeader(codec::ByteWriter& writer, const NakamotoBlockHeader& header);
util::Bytes SerializeNakamotoBlockHeader(const NakamotoBlockHeader& header);

/// Reads one header, leaving the reader after it. Signatures are not checked here. Errors: truncation as ByteReader
/// (a signature count whose signatures cannot fit in the rest of the input is truncation); as ReadBitVec for
/// pox_treatment; kResourceExhausted for more than MAX_PROBLEMATIC_TX_MARKERS markers.
util::Result<NakamotoBlockHeader> ReadNakamotoBlockHeader(codec::ByteReader& reader);
/// ReadNakamotoBlockHeader of all of `bytes`. Errors: as ReadNakamotoBlockHeader; kInvalidArgument for trailing bytes.
util::Result<NakamotoBlockHeader> DecodeNakamotoBlockHeader(util::ByteView bytes);

/// SHA-512/256 over the serialized fields except both signature fields: what the miner signs.
crypto::Hash256 MinerSignatureHash(const NakamotoBlockHeader& header);
/// SHA-512/256 over the serialized fields except signer_signature (miner_signature included, after timestamp): what
/// the signers sign, and the block hash.
crypto::Hash256 SignerSignatureHash(const NakamotoBlockHeader& header);
inline BlockHeaderHash NakamotoBlockHash(const NakamotoBlockHeader& header) { return SignerSignatureHash(header); }
/// SHA-512/256(block_hash || consensus_hash), for Epoch 2.x and Nakamoto blocks alike (StacksBlockId::new).
StacksBlockId MakeStacksBlockId(const ConsensusHash& consensus_hash, const BlockHeaderHash& block_hash);
/// MakeStacksBlockId(header.consensus_hash, NakamotoBlockHash(header)).
StacksBlockId NakamotoBlockId(const NakamotoBlockHeader& header);

/// Sets miner_signature to `key`'s signature over MinerSignatureHash (RFC 6979, low S). Out: header. In: key.
void SignAsMiner(NakamotoBlockHeader& header, const crypto::PrivateKey& key);
/// The compressed key that signed MinerSignatureHash, high S allowed (recover_miner_pk).
/// Errors: kConsensusViolation "miner signature does not recover: ..." when no key recovers.
util::Result<crypto::PublicKey> RecoverMinerPublicKey(const NakamotoBlockHeader& header);
/// hash160 of RecoverMinerPublicKey, to compare with the tenure's key hash. Errors: as RecoverMinerPublicKey.
util::Result<crypto::Hash160> RecoverMinerPublicKeyHash(const NakamotoBlockHeader& header);

/// A member of the reward set's signer list (NakamotoSignerEntry), in reward-set order.
struct SignerEntry {
  std::array<uint8_t, 33> signing_key{};  ///< Compressed secp256k1 key.
  uint32_t weight = 0;                    ///< Reward slots held.
  bool operator==(const SignerEntry&) const = default;
};

/// ceil(total_weight * 7 / 10), computed as the reference does (compute_voting_weight_threshold).
uint32_t SignerApprovalThreshold(uint32_t total_weight);

/// The signed weight of `header` under `signers`, after verify_signer_signatures. A shadow block counts as signed by
/// every signer (weights summed, saturating at 2^32-1) whatever its signatures. Otherwise each signature must recover
/// (high S allowed) over SignerSignatureHash to a compressed key in `signers`, each signer signs at most once, and the
/// signed weight must reach SignerApprovalThreshold of the total. Order: every signer's reward-set index must exceed
/// the previous one's from Epoch 4.0 on; before it, the reference compared each index only with the first
/// signature's (its bug, kept for consensus). When `signers` lists a key twice, only its last entry counts, as in the
/// reference's map. The caller refuses a reward set with no signer list ("No signers in the reward set"); an empty
/// list here needs no signatures.
/// Errors, all kConsensusViolation: "total signer weight overflows u32", "signer signature I does not recover: ...",
/// "signer signature I is from <key hex>, not in the signer set (or a duplicate)", "signer signatures are out of
/// order at I", "not enough signer weight: needed T, got S of W".
util::Result<uint32_t> VerifySignerSignatures(const NakamotoBlockHeader& header, std::span<const SignerEntry> signers,
                                              StacksEpochId epoch);

}  // namespace stacks::chain
