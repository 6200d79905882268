#include "chain/nakamoto_block_header.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>

#include "util/hex.h"

namespace stacks::chain {
namespace {

// The fields every hash and the serialization share, up to and including the timestamp.
void WriteLeadingFields(codec::ByteWriter& writer, const NakamotoBlockHeader& header) {
  writer.WriteU8(header.version);
  writer.WriteU64(header.chain_length);
  writer.WriteU64(header.burn_spent);
  writer.WriteBytes(header.consensus_hash);
  writer.WriteBytes(header.parent_block_id);
  writer.WriteBytes(header.tx_merkle_root);
  writer.WriteBytes(header.state_index_root);
  writer.WriteU64(header.timestamp);
}

// pox_treatment, then the markers when the version carries them.
void WriteTrailingFields(codec::ByteWriter& writer, const NakamotoBlockHeader& header) {
  WriteBitVec(writer, header.pox_treatment);
  if (HeaderHasProblematicTxs(header.version)) {
    writer.WriteU32(static_cast<uint32_t>(header.problematic_txs.size()));
    for (const auto& marker : header.problematic_txs) {
      writer.WriteU32(marker.tx_index);
      writer.WriteU8(marker.category);
    }
  }
}

constexpr size_t SIGNATURE_SIZE = 65;
constexpr size_t MARKER_SIZE = 5;
// The reference's vector reader refuses n items when n * size_of::<T>() > MAX_MESSAGE_LEN; a MessageSignature is
// 65 bytes in memory.
constexpr uint32_t MAX_SIGNER_SIGNATURES = MAX_MESSAGE_LEN / SIGNATURE_SIZE;

}  // namespace

void WriteNakamotoBlockHeader(codec::ByteWriter& writer, const NakamotoBlockHeader& header) {
  WriteLeadingFields(writer, header);
  writer.WriteBytes(header.miner_signature);
  writer.WriteU32(static_cast<uint32_t>(header.signer_signature.size()));
  for (const auto& signature : header.signer_signature) writer.WriteBytes(signature);
  WriteTrailingFields(writer, header);
}

util::Bytes SerializeNakamotoBlockHeader(const NakamotoBlockHeader& header) {
  codec::ByteWriter writer;
  WriteNakamotoBlockHeader(writer, header);
  return writer.Take();
}

util::Result<NakamotoBlockHeader> ReadNakamotoBlockHeader(codec::ByteReader& reader) {
  NakamotoBlockHeader header;
  STACKS_TRY(header.version, reader.ReadU8("block header version"));
  STACKS_TRY(header.chain_length, reader.ReadU64("block header chain_length"));
  STACKS_TRY(header.burn_spent, reader.ReadU64("block header burn_spent"));
  STACKS_TRY(header.consensus_hash, reader.ReadArray<20>("block header consensus_hash"));
  STACKS_TRY(header.parent_block_id, reader.ReadArray<32>("block header parent_block_id"));
  STACKS_TRY(header.tx_merkle_root, reader.ReadArray<32>("block header tx_merkle_root"));
  STACKS_TRY(header.state_index_root, reader.ReadArray<32>("block header state_index_root"));
  STACKS_TRY(header.timestamp, reader.ReadU64("block header timestamp"));
  STACKS_TRY(header.miner_signature, reader.ReadArray<65>("block header miner_signature"));
  STACKS_TRY(uint32_t signer_count,
             reader.ReadCount(MAX_SIGNER_SIGNATURES, SIGNATURE_SIZE, "block header signer_signature"));
  header.signer_signature.reserve(signer_count);
  for (uint32_t i = 0; i < signer_count; ++i) {
    STACKS_TRY(auto signature, reader.ReadArray<65>("block header signer_signature"));
    header.signer_signature.push_back(signature);
  }
  STACKS_TRY(header.pox_treatment, ReadBitVec(reader, POX_TREATMENT_MAX_BITS, "block header pox_treatment"));
  if (HeaderHasProblematicTxs(header.version)) {
    STACKS_TRY(uint32_t marker_count,
               reader.ReadCount(MAX_PROBLEMATIC_TX_MARKERS, MARKER_SIZE, "block header problematic_txs"));
    header.problematic_txs.reserve(marker_count);
    for (uint32_t i = 0; i < marker_count; ++i) {
      ProblematicTxMarker marker;
      STACKS_TRY(marker.tx_index, reader.ReadU32("problematic tx marker tx_index"));
      STACKS_TRY(marker.category, reader.ReadU8("problematic tx marker category"));
      header.problematic_txs.push_back(marker);
    }
  }
  return header;
}

util::Result<NakamotoBlockHeader> DecodeNakamotoBlockHeader(util::ByteView bytes) {
  codec::ByteReader reader(bytes);
  STACKS_TRY(NakamotoBlockHeader header, ReadNakamotoBlockHeader(reader));
  STACKS_RETURN_IF_ERROR(reader.ExpectEnd("block header"));
  return header;
}

crypto::Hash256 MinerSignatureHash(const NakamotoBlockHeader& header) {
  codec::ByteWriter writer;
  WriteLeadingFields(writer, header);
  WriteTrailingFields(writer, header);
  return crypto::Sha512_256(writer.bytes());
}

crypto::Hash256 SignerSignatureHash(const NakamotoBlockHeader& header) {
  codec::ByteWriter writer;
  WriteLeadingFields(writer, header);
  writer.WriteBytes(header.miner_signature);
  WriteTrailingFields(writer, header);
  return crypto::Sha512_256(writer.bytes());
}

StacksBlockId MakeStacksBlockId(const ConsensusHash& consensus_hash, const BlockHeaderHash& block_hash) {
  return crypto::Sha512_256(util::Concat({block_hash, consensus_hash}));
}

StacksBlockId NakamotoBlockId(const NakamotoBlockHeader& header) {
  return MakeStacksBlockId(header.consensus_hash, NakamotoBlockHash(header));
}

void SignAsMiner(NakamotoBlockHeader& header, const crypto::PrivateKey& key) {
  header.miner_signature = crypto::SignRecoverable(key, MinerSignatureHash(header));
}

util::Result<crypto::PublicKey> RecoverMinerPublicKey(const NakamotoBlockHeader& header) {
  auto key = crypto::RecoverPublicKeyAllowHighS(MinerSignatureHash(header), header.miner_signature,
                                                /*compressed=*/true);
  if (!key) return util::ConsensusViolation("miner signature does not recover: " + key.error().message);
  return key;
}

util::Result<crypto::Hash160> RecoverMinerPublicKeyHash(const NakamotoBlockHeader& header) {
  STACKS_TRY(crypto::PublicKey key, RecoverMinerPublicKey(header));
  return crypto::Hash160Of(key.SerializeCompressed());
}

uint32_t SignerApprovalThreshold(uint32_t total_weight) {
  const uint64_t scaled = uint64_t{total_weight} * SIGNER_APPROVAL_THRESHOLD_TENTHS;
  // At most total_weight, so it fits.
  return static_cast<uint32_t>(scaled / 10 + (scaled % 10 == 0 ? 0 : 1));
}

util::Result<uint32_t> VerifySignerSignatures(const NakamotoBlockHeader& header, std::span<const SignerEntry> signers,
                                              StacksEpochId epoch) {
  if (IsShadowBlock(header)) {
    uint64_t weight = 0;
    for (const auto& signer : signers) weight = std::min<uint64_t>(weight + signer.weight, UINT32_MAX);
    return static_cast<uint32_t>(weight);
  }
  uint64_t total_weight = 0;
  for (const auto& signer : signers) total_weight += signer.weight;
  if (total_weight > UINT32_MAX) return util::ConsensusViolation("total signer weight overflows u32");

  // Key -> reward-set index; a later entry for the same key replaces an earlier one, and a used key is removed.
  std::map<std::array<uint8_t, 33>, size_t> index_by_key;
  for (size_t i = 0; i < signers.size(); ++i) index_by_key[signers[i].signing_key] = i;

  const bool strict_order = epoch >= StacksEpochId::k40;
  const crypto::Hash256 message = SignerSignatureHash(header);
  std::optional<size_t> last_index;
  uint64_t signed_weight = 0;
  for (size_t i = 0; i < header.signer_signature.size(); ++i) {
    auto key = crypto::RecoverPublicKeyAllowHighS(message, header.signer_signature[i], /*compressed=*/true);
    if (!key) {
      return util::ConsensusViolation("signer signature " + std::to_string(i) +
                                      " does not recover: " + key.error().message);
    }
    const util::Bytes compressed = key->SerializeCompressed();
    auto it = index_by_key.find(util::ToArray<33>(compressed));
    if (it == index_by_key.end()) {
      return util::ConsensusViolation("signer signature " + std::to_string(i) + " is from " + util::ToHex(compressed) +
                                      ", not in the signer set (or a duplicate)");
    }
    const size_t signer_index = it->second;
    index_by_key.erase(it);
    if (last_index) {
      if (*last_index >= signer_index) {
        return util::ConsensusViolation("signer signatures are out of order at " + std::to_string(i));
      }
      if (strict_order) last_index = signer_index;
    } else {
      last_index = signer_index;
    }
    signed_weight += signers[signer_index].weight;
  }
  const uint32_t threshold = SignerApprovalThreshold(static_cast<uint32_t>(total_weight));
  if (signed_weight < threshold) {
    return util::ConsensusViolation("not enough signer weight: needed " + std::to_string(threshold) + ", got " +
                                    std::to_string(signed_weight) + " of " + std::to_string(total_weight));
  }
  return static_cast<uint32_t>(signed_weight);
}

}  // namespace stacks::chain
