#include "chain/nakamoto_block_check.h"

#include <string>
#include <variant>
#include <vector>

#include "chain/tx_check.h"

namespace stacks::chain {
namespace {

bool IsCoinbase(const Transaction& tx) { return std::holds_alternative<CoinbasePayload>(tx.payload()); }
bool IsTenureChange(const Transaction& tx) { return std::holds_alternative<TenureChangePayload>(tx.payload()); }

std::vector<size_t> PositionsOf(const NakamotoBlock& block, bool (*predicate)(const Transaction&)) {
  std::vector<size_t> positions;
  for (size_t i = 0; i < block.txs.size(); ++i) {
    if (predicate(block.txs[i])) positions.push_back(i);
  }
  return positions;
}

util::Error MalformedStart(const std::string& rule) {
  return util::ConsensusViolation("malformed tenure-start block: " + rule);
}
util::Error MalformedExtend(const std::string& rule) {
  return util::ConsensusViolation("malformed tenure-extend block: " + rule);
}

}  // namespace

util::Status CheckHeaderVersion(const NakamotoBlockHeader& header, StacksEpochId epoch) {
  const uint8_t expected = ExpectedHeaderVersion(epoch);
  if ((header.version & ~SHADOW_BLOCK_VERSION_BIT) != expected) {
    return util::ConsensusViolation("block header version " + std::to_string(header.version) + " is not " +
                                    std::to_string(expected) + " in epoch " + std::string(EpochName(epoch)));
  }
  return {};
}

util::Result<bool> IsTenureStartBlock(const NakamotoBlock& block) {
  const std::vector<size_t> coinbases = PositionsOf(block, IsCoinbase);
  const std::vector<size_t> tenure_changes = PositionsOf(block, IsTenureChange);
  if (coinbases.empty() && tenure_changes.empty()) return false;
  if (coinbases.size() > 1 || tenure_changes.size() > 1) {
    return MalformedStart(std::to_string(coinbases.size()) + " coinbases and " + std::to_string(tenure_changes.size()) +
                          " tenure changes");
  }
  if (tenure_changes.empty()) return MalformedStart("coinbase without a tenure change");
  if (coinbases.empty()) {
    // Possibly a tenure extension: then the tenure change comes first and does not expect a sortition.
    if (tenure_changes[0] != 0) return MalformedStart("tenure change is not the first transaction");
    const auto& tenure_change = std::get<TenureChangePayload>(block.txs[0].payload());
    if (tenure_change.cause == TenureChangeCause::kBlockFound) {
      return MalformedStart("no coinbase, but the tenure change expects a sortition");
    }
    return false;
  }
  if (tenure_changes[0] != 0 || coinbases[0] != 1) {
    return MalformedStart("tenure change and coinbase are not transactions 0 and 1");
  }
  const auto& tenure_change = std::get<TenureChangePayload>(block.txs[0].payload());
  if (tenure_change.cause != TenureChangeCause::kBlockFound) {
    return MalformedStart("tenure change with a coinbase does not expect a sortition");
  }
  if (tenure_change.previous_tenure_end != block.header.parent_block_id) {
    return MalformedStart("tenure change previous_tenure_end is not the parent block");
  }
  if (!std::get<CoinbasePayload>(block.txs[1].payload()).vrf_proof.has_value()) {
    return MalformedStart("coinbase has no VRF proof");
  }
  return true;
}

util::Result<bool> IsTenureExtendBlock(const NakamotoBlock& block) {
  if (!PositionsOf(block, IsCoinbase).empty()) return false;
  const std::vector<size_t> tenure_changes = PositionsOf(block, IsTenureChange);
  if (tenure_changes.empty()) return false;
  if (tenure_changes.size() > 1) return MalformedExtend(std::to_string(tenure_changes.size()) + " tenure changes");
  if (tenure_changes[0] != 0) return MalformedExtend("tenure change is not the first transaction");
  const auto& tenure_change = std::get<TenureChangePayload>(block.txs[0].payload());
  if (tenure_change.cause == TenureChangeCause::kBlockFound) return MalformedExtend("cause is not an extension");
  if (tenure_change.previous_tenure_end != block.header.parent_block_id) {
    return MalformedExtend("tenure change previous_tenure_end is not the parent block");
  }
  if (tenure_change.tenure_consensus_hash != block.header.consensus_hash ||
      tenure_change.prev_tenure_consensus_hash != block.header.consensus_hash) {
    return MalformedExtend("tenure change consensus hashes are not the block's");
  }
  return true;
}

util::Status CheckProblematicTxs(const NakamotoBlock& block, StacksEpochId epoch) {
  const auto& markers = block.header.problematic_txs;
  if (!CheckHeaderVersion(block.header, epoch)) {
    return util::ConsensusViolation("problematic_txs: header version " + std::to_string(block.header.version) +
                                    " does not match epoch " + std::string(EpochName(epoch)));
  }
  if (epoch < StacksEpochId::k40) {
    if (!markers.empty()) return util::ConsensusViolation("problematic_txs: markers before Epoch 4.0");
    return {};
  }
  if (markers.size() > MAX_PROBLEMATIC_TX_MARKERS) {
    return util::ConsensusViolation("problematic_txs: " + std::to_string(markers.size()) + " markers exceed " +
                                    std::to_string(MAX_PROBLEMATIC_TX_MARKERS));
  }
  for (size_t i = 0; i < markers.size(); ++i) {
    const uint32_t index = markers[i].tx_index;
    if (i > 0 && index <= markers[i - 1].tx_index) {
      return util::ConsensusViolation("problematic_txs: indexes not strictly increasing at " + std::to_string(index));
    }
    if (index >= block.txs.size()) {
      return util::ConsensusViolation("problematic_txs: index " + std::to_string(index) + " out of bounds");
    }
    if (IsCoinbase(block.txs[index])) {
      return util::ConsensusViolation("problematic_txs: index " + std::to_string(index) + " is a coinbase");
    }
    if (IsTenureChange(block.txs[index])) {
      return util::ConsensusViolation("problematic_txs: index " + std::to_string(index) + " is a tenure change");
    }
  }
  return {};
}

util::Status CheckNakamotoBlockStatic(const NakamotoBlock& block, bool mainnet, uint32_t chain_id,
                                      StacksEpochId epoch) {
  if (block.txs.empty()) return util::ConsensusViolation("block has no transactions");
  STACKS_RETURN_IF_ERROR(CheckTransactionsUnique(block.txs));
  for (const auto& tx : block.txs) STACKS_RETURN_IF_ERROR(CheckTransactionNetwork(tx, mainnet, chain_id));
  STACKS_RETURN_IF_ERROR(IsTenureStartBlock(block));
  STACKS_RETURN_IF_ERROR(IsTenureExtendBlock(block));
  for (const auto& tx : block.txs) STACKS_RETURN_IF_ERROR(CheckTransactionStaticEpoch(tx, epoch));
  return CheckProblematicTxs(block, epoch);
}

}  // namespace stacks::chain
