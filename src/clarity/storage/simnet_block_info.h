// SimnetBlockInfo: the chain clarity-cli and the differential tests run contracts in, laid out as clarinet's simnet
// (the reference VM's test harness, @stacks/clarinet-sdk) lays out its own, so that the heights a contract sees agree
// with the reference there: every deployment and public call is a block of its own, and
//
//   before Epoch 3.0 (`nakamoto` false): Stacks block h is mined in burn block h; tenure heights equal Stacks heights;
//   from Epoch 3.0 (`nakamoto` true):    block 0 is in burn block 0 and tenure 0; every later block is in burn
//                                        block 1 and tenure 1 (the simnet opens one tenure when it enters 3.0 and
//                                        mines all later blocks in it).
//
// Times: burn block b at genesis_time + 600 * b; a Stacks block before 3.0 carries its burn block's time, one from
// 3.0 its tenure's burn time + 10 s * its height. Hashes are SHA-512/256 of a tag and the height (Stacks hashes by
// Stacks height; burn header hash and VRF seed by burn height), not the simnet's values: tests compare them by
// property. The miner is `miner` for every block; miners spent 2,000 (0 for block 0); the block reward is 5,000 µSTX
// (the VM hides it until it matures). No PoX: burn blocks pay no reward addresses, and every unlock height is 0.
//
// Heights 0..tip_height exist; the block being executed is normally the tip (the VM itself answers `none` for the
// current block and later ones). Thread safety: read-only after construction; safe to share.
#pragma once

#include <cstdint>
#include <optional>

#include "clarity/storage/block_info.h"
#include "codec/stacks_address.h"

namespace stacks::clarity::storage {

struct SimnetChain {
  uint32_t tip_height = 0;  ///< Stacks heights 0..tip_height exist.
  bool nakamoto = false;    ///< The Epoch 3.0 layout (one tenure after block 0), else one tenure per block.
  uint64_t genesis_time = 1'700'000'000;
  /// The miner of every block: the testnet burn address, ST000000000000000000002AMW42H, by default.
  StandardPrincipal miner{codec::C32_ADDRESS_VERSION_TESTNET_SINGLESIG, {}};
};

class SimnetBlockInfo final : public BlockInfo {
 public:
  explicit SimnetBlockInfo(SimnetChain chain);

  const SimnetChain& chain() const { return m_chain; }

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
  std::optional<PoxPayout> PoxPayoutOf(uint32_t burn_height) const override;
  PoxUnlockHeights UnlockHeights() const override { return {}; }

 private:
  bool Known(uint32_t height) const { return height <= m_chain.tip_height; }
  /// The burn height of Stacks block `height` (REQUIRES: Known(height)).
  uint32_t BurnHeightOf(uint32_t height) const;
  std::optional<uint64_t> BurnTimeAt(uint32_t burn_height) const;

  SimnetChain m_chain;
};

}  // namespace stacks::clarity::storage
