// AssetMap: what a transaction moved out of whose hands (stacks-core clarity/src/vm/contexts.rs, AssetMap), the
// input of post-conditions. Each level of a GlobalContext that records an asset has one; a level that commits
// merges its map into its parent's (Merge), one that rolls back drops it; the outermost commit hands the
// transaction's map up.
//
// Recorded per sender:
//   STX transferred (stx-transfer?, stx-transfer-memo?)  summed      AddStxTransfer
//   STX burned (stx-burn?)                                summed      AddStxBurn
//   fungible tokens transferred, per token                summed      AddTokenTransfer
//   non-fungible tokens transferred, per token            listed      AddAssetTransfer (in order)
// (The reference also records stacking amounts and PoX actions; they come with PoX.)
//
// Sums that would pass u128 fail with Runtime(ArithmeticOverflow), as the reference's (unreachable in practice:
// balances bound them). Not thread-safe; a value type.
#pragma once

#include <map>
#include <optional>
#include <vector>

#include "clarity/types/value.h"
#include "clarity/vm/events.h"
#include "codec/stacks_address.h"
#include "util/result.h"

namespace stacks::clarity::vm {

class AssetMap {
 public:
  /// Adds `amount` STX sent by `sender`. Errors: Runtime(ArithmeticOverflow), the map unchanged.
  util::Status AddStxTransfer(const codec::Principal& sender, Uint128 amount);
  /// Adds `amount` STX burned by `sender`. Errors: as AddStxTransfer.
  util::Status AddStxBurn(const codec::Principal& sender, Uint128 amount);
  /// Adds `amount` of `asset` sent by `sender`. Errors: as AddStxTransfer.
  util::Status AddTokenTransfer(const codec::Principal& sender, const AssetIdentifier& asset, Uint128 amount);
  /// Records that `sender` sent the asset `value` of `asset`.
  void AddAssetTransfer(const codec::Principal& sender, const AssetIdentifier& asset, Value value);

  /// Folds `child` into this map (commit_other): sums add, asset lists append. All or nothing: on
  /// Runtime(ArithmeticOverflow) this map is unchanged.
  util::Status Merge(AssetMap child);

  /// What `principal` sent or burned, or nullopt if nothing was recorded.
  std::optional<Uint128> StxTransferred(const codec::Principal& principal) const;
  std::optional<Uint128> StxBurned(const codec::Principal& principal) const;
  std::optional<Uint128> TokensTransferred(const codec::Principal& principal, const AssetIdentifier& asset) const;
  /// The assets of `asset` that `principal` sent, in order, or nullptr.
  const std::vector<Value>* AssetsTransferred(const codec::Principal& principal, const AssetIdentifier& asset) const;
  /// Every fungible token `principal` sent, with the amounts, or nullptr if none (get_all_fungible_tokens).
  const std::map<AssetIdentifier, Uint128>* AllTokensTransferred(const codec::Principal& principal) const;
  /// Every non-fungible token `principal` sent, with the assets in order, or nullptr if none.
  const std::map<AssetIdentifier, std::vector<Value>>* AllAssetsTransferred(const codec::Principal& principal) const;

  bool empty() const { return m_stx.empty() && m_burns.empty() && m_tokens.empty() && m_assets.empty(); }

 private:
  std::map<codec::Principal, Uint128> m_stx;
  std::map<codec::Principal, Uint128> m_burns;
  std::map<codec::Principal, std::map<AssetIdentifier, Uint128>> m_tokens;
  std::map<codec::Principal, std::map<AssetIdentifier, std::vector<Value>>> m_assets;
};

}  // namespace stacks::clarity::vm
