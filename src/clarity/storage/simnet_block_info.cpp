#include "clarity/storage/simnet_block_info.h"

#include <string_view>

#include "crypto/hash.h"
#include "util/bytes.h"

namespace stacks::clarity::storage {
namespace {

constexpr uint64_t kBurnBlockSeconds = 600;
constexpr uint64_t kStacksBlockSeconds = 10;
constexpr Uint128 kMinerSpend = 2000;
constexpr Uint128 kBlockReward = 5000;

BlockHash Derive(std::string_view tag, uint32_t n) {
  util::Bytes input(tag.begin(), tag.end());
  input.push_back(static_cast<uint8_t>(n >> 24));
  input.push_back(static_cast<uint8_t>(n >> 16));
  input.push_back(static_cast<uint8_t>(n >> 8));
  input.push_back(static_cast<uint8_t>(n));
  return crypto::Sha512_256(input);
}

}  // namespace

SimnetBlockInfo::SimnetBlockInfo(SimnetChain chain) : m_chain(chain) {}

uint32_t SimnetBlockInfo::BurnHeightOf(uint32_t height) const {
  if (!m_chain.nakamoto) return height;
  return height == 0 ? 0 : 1;
}

std::optional<uint64_t> SimnetBlockInfo::BurnTimeAt(uint32_t burn_height) const {
  if (burn_height > TipBurnBlockHeight()) return std::nullopt;
  return m_chain.genesis_time + uint64_t{burn_height} * kBurnBlockSeconds;
}

std::optional<BlockHash> SimnetBlockInfo::StacksBlockHeaderHash(uint32_t height) const {
  if (!Known(height)) return std::nullopt;
  return Derive("simnet-header", height);
}

std::optional<BlockHash> SimnetBlockInfo::IndexBlockHash(uint32_t height) const {
  if (!Known(height)) return std::nullopt;
  return Derive("simnet-index", height);
}

std::optional<BlockHash> SimnetBlockInfo::BurnHeaderHashForBlock(uint32_t height) const {
  if (!Known(height)) return std::nullopt;
  return BurnHeaderHash(BurnHeightOf(height));
}

std::optional<BlockHash> SimnetBlockInfo::VrfSeed(uint32_t height) const {
  if (!Known(height)) return std::nullopt;
  return Derive("simnet-vrf-seed", BurnHeightOf(height));
}

std::optional<uint64_t> SimnetBlockInfo::StacksBlockTime(uint32_t height) const {
  if (!Known(height)) return std::nullopt;
  std::optional<uint64_t> burn_time = BurnTimeAt(BurnHeightOf(height));
  if (!burn_time || !m_chain.nakamoto || height == 0) return burn_time;
  return *burn_time + uint64_t{height} * kStacksBlockSeconds;
}

std::optional<uint64_t> SimnetBlockInfo::BurnBlockTime(uint32_t height) const {
  if (!Known(height)) return std::nullopt;
  return BurnTimeAt(BurnHeightOf(height));
}

std::optional<uint32_t> SimnetBlockInfo::BurnBlockHeightForBlock(uint32_t height) const {
  if (!Known(height)) return std::nullopt;
  return BurnHeightOf(height);
}

std::optional<StandardPrincipal> SimnetBlockInfo::MinerAddress(uint32_t height) const {
  if (!Known(height)) return std::nullopt;
  return m_chain.miner;
}

std::optional<Uint128> SimnetBlockInfo::MinerSpendTotal(uint32_t height) const {
  if (!Known(height)) return std::nullopt;
  return height == 0 ? 0 : kMinerSpend;
}

std::optional<Uint128> SimnetBlockInfo::MinerSpendWinner(uint32_t height) const { return MinerSpendTotal(height); }

std::optional<Uint128> SimnetBlockInfo::BlockReward(uint32_t height) const {
  if (!Known(height)) return std::nullopt;
  return height == 0 ? 0 : kBlockReward;
}

std::optional<uint32_t> SimnetBlockInfo::TenureHeight(uint32_t height) const {
  if (!Known(height)) return std::nullopt;
  return BurnHeightOf(height);
}

std::optional<uint32_t> SimnetBlockInfo::StacksHeightForTenureHeight(uint32_t tenure_height) const {
  // In both layouts tenure t starts with Stacks block t (from 3.0 only tenures 0 and 1 exist).
  if (tenure_height > TipBurnBlockHeight()) return std::nullopt;
  return tenure_height;
}

uint32_t SimnetBlockInfo::TipBurnBlockHeight() const { return BurnHeightOf(m_chain.tip_height); }

std::optional<BlockHash> SimnetBlockInfo::BurnHeaderHash(uint32_t burn_height) const {
  if (burn_height > TipBurnBlockHeight()) return std::nullopt;
  return Derive("simnet-burn-header", burn_height);
}

std::optional<uint32_t> SimnetBlockInfo::HeightOfIndexBlockHash(const BlockHash& id) const {
  for (uint32_t h = m_chain.tip_height;; --h) {
    if (IndexBlockHash(h) == id) return h;
    if (h == 0) return std::nullopt;
  }
}

std::optional<PoxPayout> SimnetBlockInfo::PoxPayoutOf(uint32_t burn_height) const {
  if (burn_height > TipBurnBlockHeight()) return std::nullopt;
  return PoxPayout{};
}

}  // namespace stacks::clarity::storage
