// BlockInfo: what the Clarity VM asks about blocks (`get-block-info?`, `get-stacks-block-info?`, `get-tenure-info?`,
// `get-burn-block-info?`, `burn-block-height`, `tenure-height`), the union of the reference's HeadersDB and
// BurnStateDB (stacks-core clarity/src/vm/database/clarity_db.rs) reduced to what those need. The reference looks
// blocks up by index block hash after mapping a height through the store; here every question is asked by Stacks
// block height directly, and the implementation does the mapping.
//
// Every lookup returns nullopt for a height the implementation does not know (in the future, or before genesis); the
// VM turns that into `none`.
//
// SimulatedBlockInfo is a fixed, deterministic chain for tools and tests (clarity-cli without a node): every height
// up to a tip exists, with hashes derived from the height.
//
// Thread safety: implementations are read-only after construction; SimulatedBlockInfo is safe to share.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "clarity/types/principal.h"
#include "clarity/types/value.h"

namespace stacks::clarity::storage {

using BlockHash = std::array<uint8_t, 32>;

/// The PoX payouts of a burn block (`get-burn-block-info? pox-addrs`).
struct PoxPayout {
  /// The reward addresses paid, each the reference's tuple {version: (buff 1), hashbytes: (buff 32)} (at most 2).
  std::vector<Value> addrs;
  Uint128 payout = 0;  ///< Burnchain tokens paid to each address.
};

/// Burn heights at which earlier PoX versions' locks end early (the reference's BurnStateDB unlock heights): locks
/// of PoX v1 at v1, v2 at v2, v3 at v3; v4 locks at the activation of PoX-5.
struct PoxUnlockHeights {
  uint32_t v1 = 0;
  uint32_t v2 = 0;
  uint32_t v3 = 0;
  uint32_t pox5_activation = 0;
};

class BlockInfo {
 public:
  virtual ~BlockInfo() = default;

  /// The Stacks block header hash (`header-hash`) of the block at `height`.
  virtual std::optional<BlockHash> StacksBlockHeaderHash(uint32_t height) const = 0;
  /// The index block hash (`id-header-hash`): the header hash bound to its consensus hash.
  virtual std::optional<BlockHash> IndexBlockHash(uint32_t height) const = 0;
  /// The header hash of the burn block the Stacks block at `height` was mined in (`burnchain-header-hash`).
  virtual std::optional<BlockHash> BurnHeaderHashForBlock(uint32_t height) const = 0;
  /// The VRF seed of the block's tenure (`vrf-seed`).
  virtual std::optional<BlockHash> VrfSeed(uint32_t height) const = 0;
  /// The Stacks block's own timestamp in Unix seconds (`get-stacks-block-info? time`, `stacks-block-time`); for a
  /// block from before Epoch 3.0, which has no time of its own, its burn block's time.
  virtual std::optional<uint64_t> StacksBlockTime(uint32_t height) const = 0;
  /// The timestamp of the burn block the Stacks block was mined in (`time` before epoch 3).
  virtual std::optional<uint64_t> BurnBlockTime(uint32_t height) const = 0;
  /// The burn block height the Stacks block was mined in.
  virtual std::optional<uint32_t> BurnBlockHeightForBlock(uint32_t height) const = 0;
  /// The miner's address (`miner-address`).
  virtual std::optional<StandardPrincipal> MinerAddress(uint32_t height) const = 0;
  /// Burnchain tokens spent by all miners of the block's sortition (`miner-spend-total`).
  virtual std::optional<Uint128> MinerSpendTotal(uint32_t height) const = 0;
  /// Burnchain tokens spent by the winning miner (`miner-spend-winner`).
  virtual std::optional<Uint128> MinerSpendWinner(uint32_t height) const = 0;
  /// The block reward in µSTX, known once it matured (`block-reward`).
  virtual std::optional<Uint128> BlockReward(uint32_t height) const = 0;
  /// The tenure height (`tenure-height`) the Stacks block at `height` belongs to.
  virtual std::optional<uint32_t> TenureHeight(uint32_t height) const = 0;
  /// The Stacks height of the first block of tenure `tenure_height`.
  virtual std::optional<uint32_t> StacksHeightForTenureHeight(uint32_t tenure_height) const = 0;

  /// The height of the canonical burnchain tip (`burn-block-height` reads this minus nothing; the VM adjusts).
  virtual uint32_t TipBurnBlockHeight() const = 0;
  /// The header hash of the burn block at burn height `burn_height` (`get-burn-block-info? header-hash`).
  virtual std::optional<BlockHash> BurnHeaderHash(uint32_t burn_height) const = 0;

  /// The Stacks height of the block whose index block hash is `id` (at-block resolves its argument so), or nullopt
  /// for a hash the implementation does not know.
  virtual std::optional<uint32_t> HeightOfIndexBlockHash(const BlockHash& id) const = 0;
  /// The PoX payouts of the burn block at `burn_height`, or nullopt for an unknown burn block.
  virtual std::optional<PoxPayout> PoxPayoutOf(uint32_t burn_height) const = 0;
  /// The early-unlock heights of past PoX versions (the VM applies them only from the epochs that have them).
  virtual PoxUnlockHeights UnlockHeights() const = 0;
};

/// The parameters of a simulated chain.
struct SimulatedChain {
  uint32_t tip_height = 0;                ///< Stacks heights 0..tip_height exist.
  uint32_t first_burn_height = 0;         ///< Burn height of Stacks block 0; one burn block per Stacks block.
  uint64_t genesis_time = 1'600'000'000;  ///< Unix seconds of block 0.
  uint64_t block_interval_seconds = 600;  ///< Time between consecutive blocks.
  uint32_t blocks_per_tenure = 1;         ///< Stacks blocks per tenure (>= 1; 0 is taken as 1).
  StandardPrincipal miner{};              ///< The miner of every block.
  Uint128 block_reward_ustx = 1'000'000'000;
  Uint128 miner_spend = 10'000;  ///< Total and winning spend of every sortition (one miner).
};

/// A deterministic chain: block h (h <= tip_height) has header hash SHA-512/256("stacks-header" || h as 4 bytes
/// big-endian), index hash from "stacks-index", burn header hash from "burn-header" and the burn height, VRF seed
/// from "vrf-seed"; time genesis_time + h * block_interval_seconds for both the Stacks and the burn block; burn height
/// first_burn_height + h; tenure height h / blocks_per_tenure + 1 (tenure heights start at 1). Burn blocks exist from
/// first_burn_height to first_burn_height + tip_height.
class SimulatedBlockInfo final : public BlockInfo {
 public:
  explicit SimulatedBlockInfo(SimulatedChain chain);

  const SimulatedChain& chain() const { return m_chain; }

  std::optional<BlockHash> StacksBlockHeaderHash(uint32_t height) const override;
  std::optional<BlockHash> IndexBlockHash(uint32_t height) const override;
  std::optional<BlockHash> BurnHeaderHashForBlock(uint32_t height) const override;
  std::optional<BlockHash> VrfSeed(uint32_t height) const override;
  std::optional<uint64_t> StacksBlockTime(uint32_t height) const override;
  std::optional<uint64_t> BurnBlockTime(uint32_t height) const override;
  std::optional<uint32_t> BurnBlockHeightForBlock(uint32_t height) const override;
  std::optional<StandardPrincipal> MinerAddress(uint32_t height) const override;
  std::optional<Uint128> MinerSpendTotal(uint32_t height) const override;
  std::optional<Uint128> MinerSpendWinner(uint32_t height) const override;
  std::optional<Uint128> BlockReward(uint32_t height) const override;
  std::optional<uint32_t> TenureHeight(uint32_t height) const override;
  std::optional<uint32_t> StacksHeightForTenureHeight(uint32_t tenure_height) const override;
  uint32_t TipBurnBlockHeight() const override;
  std::optional<BlockHash> BurnHeaderHash(uint32_t burn_height) const override;
  /// Scans the known heights from the tip down.
  std::optional<uint32_t> HeightOfIndexBlockHash(const BlockHash& id) const override;
  /// No reward addresses and no payout for every known burn block.
  std::optional<PoxPayout> PoxPayoutOf(uint32_t burn_height) const override;
  /// All 0: the simulated chain has no PoX, so no lock outlives them.
  PoxUnlockHeights UnlockHeights() const override { return {}; }

 private:
  bool Known(uint32_t height) const { return height <= m_chain.tip_height; }
  SimulatedChain m_chain;
};

}  // namespace stacks::clarity::storage
