#include "clarity/storage/block_info.h"

#include <string_view>

#include "crypto/hash.h"
#include "util/bytes.h"

namespace stacks::clarity::storage {
namespace {

BlockHash Derive(std::string_view tag, uint32_t n) {
  util::Bytes input(tag.begin(), tag.end());
  input.push_back(static_cast<uint8_t>(n >> 24));
  input.push_back(static_cast<uint8_t>(n >> 16));
  input.push_back(static_cast<uint8_t>(n >> 8));
  input.push_back(static_cast<uint8_t>(n));
  return crypto::Sha512_256(input);
}

}  // namespace

SimulatedBlockInfo::SimulatedBlockInfo(SimulatedChain chain) : m_chain(chain) {
  if (m_chain.blocks_per_tenure == 0) m_chain.blocks_per_tenure = 1;
}

std::optional<BlockHash> SimulatedBlockInfo::StacksBlockHeaderHash(uint32_t height) const {
  if (!Known(height)) return std::nullopt;
  return Derive("stacks-header", height);
}

std::optional<BlockHash> SimulatedBlockInfo::IndexBlockHash(uint32_t height) const {
  if (!Known(height)) return std::nullopt;
  return Derive("stacks-index", height);
}

std::optional<BlockHash> SimulatedBlockInfo::BurnHeaderHashForBlock(uint32_t height) const {
  if (!Known(height)) return std::nullopt;
  return BurnHeaderHash(m_chain.first_burn_height + height);
}

std::optional<BlockHash> SimulatedBlockInfo::VrfSeed(uint32_t height) const {
  if (!Known(height)) return std::nullopt;
  return Derive("vrf-seed", height);
}

std::optional<uint64_t> SimulatedBlockInfo::StacksBlockTime(uint32_t height) const {
  if (!Known(height)) return std::nullopt;
  return m_chain.genesis_time + uint64_t{height} * m_chain.block_interval_seconds;
}

std::optional<uint64_t> SimulatedBlockInfo::BurnBlockTime(uint32_t height) const { return StacksBlockTime(height); }

std::optional<uint32_t> SimulatedBlockInfo::BurnBlockHeightForBlock(uint32_t height) const {
  if (!Known(height)) return std::nullopt;
  return m_chain.first_burn_height + height;
}

std::optional<StandardPrincipal> SimulatedBlockInfo::MinerAddress(uint32_t height) const {
  if (!Known(height)) return std::nullopt;
  return m_chain.miner;
}

std::optional<Uint128> SimulatedBlockInfo::MinerSpendTotal(uint32_t height) const {
  if (!Known(height)) return std::nullopt;
  return m_chain.miner_spend;
}

std::optional<Uint128> SimulatedBlockInfo::MinerSpendWinner(uint32_t height) const { return MinerSpendTotal(height); }

std::optional<Uint128> SimulatedBlockInfo::BlockReward(uint32_t height) const {
  if (!Known(height)) return std::nullopt;
  return m_chain.block_reward_ustx;
}

std::optional<uint32_t> SimulatedBlockInfo::TenureHeight(uint32_t height) const {
  if (!Known(height)) return std::nullopt;
  return height / m_chain.blocks_per_tenure + 1;
}

std::optional<uint32_t> SimulatedBlockInfo::StacksHeightForTenureHeight(uint32_t tenure_height) const {
  if (tenure_height == 0) return std::nullopt;
  uint64_t first = uint64_t{tenure_height - 1} * m_chain.blocks_per_tenure;
  if (first > m_chain.tip_height) return std::nullopt;
  return static_cast<uint32_t>(first);
}

uint32_t SimulatedBlockInfo::TipBurnBlockHeight() const { return m_chain.first_burn_height + m_chain.tip_height; }

std::optional<BlockHash> SimulatedBlockInfo::BurnHeaderHash(uint32_t burn_height) const {
  if (burn_height < m_chain.first_burn_height || burn_height > TipBurnBlockHeight()) return std::nullopt;
  return Derive("burn-header", burn_height);
}

std::optional<uint32_t> SimulatedBlockInfo::HeightOfIndexBlockHash(const BlockHash& id) const {
  for (uint32_t h = m_chain.tip_height;; --h) {
    if (IndexBlockHash(h) == id) return h;
    if (h == 0) return std::nullopt;
  }
}

std::optional<PoxPayout> SimulatedBlockInfo::PoxPayoutOf(uint32_t burn_height) const {
  if (!BurnHeaderHash(burn_height)) return std::nullopt;
  return PoxPayout{};
}

}  // namespace stacks::clarity::storage
