#include "clarity/vm/asset_map.h"

#include <utility>

#include "clarity/vm/errors.h"

namespace stacks::clarity::vm {
namespace {

util::Result<Uint128> CheckedSum(Uint128 a, Uint128 b) {
  Uint128 sum = 0;
  if (__builtin_add_overflow(a, b, &sum)) return RuntimeError("ArithmeticOverflow");
  return sum;
}

util::Status AddTo(std::map<codec::Principal, Uint128>& map, const codec::Principal& key, Uint128 amount) {
  auto it = map.find(key);
  STACKS_TRY(Uint128 next, CheckedSum(it == map.end() ? 0 : it->second, amount));
  map.insert_or_assign(key, next);
  return {};
}

template <typename Map, typename Key>
const typename Map::mapped_type* Find(const Map& map, const Key& key) {
  auto it = map.find(key);
  return it == map.end() ? nullptr : &it->second;
}

}  // namespace

util::Status AssetMap::AddStxTransfer(const codec::Principal& sender, Uint128 amount) {
  return AddTo(m_stx, sender, amount);
}

util::Status AssetMap::AddStxBurn(const codec::Principal& sender, Uint128 amount) {
  return AddTo(m_burns, sender, amount);
}

util::Status AssetMap::AddTokenTransfer(const codec::Principal& sender, const AssetIdentifier& asset, Uint128 amount) {
  const Uint128* current = nullptr;
  if (const auto* tokens = Find(m_tokens, sender)) current = Find(*tokens, asset);
  STACKS_TRY(Uint128 next, CheckedSum(current == nullptr ? 0 : *current, amount));
  m_tokens[sender].insert_or_assign(asset, next);
  return {};
}

void AssetMap::AddAssetTransfer(const codec::Principal& sender, const AssetIdentifier& asset, Value value) {
  m_assets[sender][asset].push_back(std::move(value));
}

util::Status AssetMap::Merge(AssetMap child) {
  if (child.empty()) return {};
  if (empty()) {
    *this = std::move(child);
    return {};
  }
  // Every sum is computed before anything changes, so that an overflow leaves this map as it was.
  std::map<codec::Principal, Uint128> stx = m_stx;
  for (const auto& [principal, amount] : child.m_stx) STACKS_RETURN_IF_ERROR(AddTo(stx, principal, amount));
  std::map<codec::Principal, Uint128> burns = m_burns;
  for (const auto& [principal, amount] : child.m_burns) STACKS_RETURN_IF_ERROR(AddTo(burns, principal, amount));
  auto tokens = m_tokens;
  for (const auto& [principal, amounts] : child.m_tokens) {
    auto& mine = tokens[principal];
    for (const auto& [asset, amount] : amounts) {
      auto it = mine.find(asset);
      STACKS_TRY(Uint128 next, CheckedSum(it == mine.end() ? 0 : it->second, amount));
      mine.insert_or_assign(asset, next);
    }
  }
  m_stx = std::move(stx);
  m_burns = std::move(burns);
  m_tokens = std::move(tokens);
  for (auto& [principal, assets] : child.m_assets) {
    auto& mine = m_assets[principal];
    for (auto& [asset, values] : assets) {
      auto& list = mine[asset];
      for (Value& v : values) list.push_back(std::move(v));
    }
  }
  return {};
}

std::optional<Uint128> AssetMap::StxTransferred(const codec::Principal& principal) const {
  const Uint128* amount = Find(m_stx, principal);
  return amount == nullptr ? std::nullopt : std::optional<Uint128>(*amount);
}

std::optional<Uint128> AssetMap::StxBurned(const codec::Principal& principal) const {
  const Uint128* amount = Find(m_burns, principal);
  return amount == nullptr ? std::nullopt : std::optional<Uint128>(*amount);
}

std::optional<Uint128> AssetMap::TokensTransferred(const codec::Principal& principal,
                                                   const AssetIdentifier& asset) const {
  const auto* tokens = Find(m_tokens, principal);
  const Uint128* amount = tokens == nullptr ? nullptr : Find(*tokens, asset);
  return amount == nullptr ? std::nullopt : std::optional<Uint128>(*amount);
}

const std::vector<Value>* AssetMap::AssetsTransferred(const codec::Principal& principal,
                                                      const AssetIdentifier& asset) const {
  const auto* assets = Find(m_assets, principal);
  return assets == nullptr ? nullptr : Find(*assets, asset);
}

const std::map<AssetIdentifier, Uint128>* AssetMap::AllTokensTransferred(const codec::Principal& principal) const {
  return Find(m_tokens, principal);
}

const std::map<AssetIdentifier, std::vector<Value>>* AssetMap::AllAssetsTransferred(
    const codec::Principal& principal) const {
  return Find(m_assets, principal);
}

}  // namespace stacks::clarity::vm
