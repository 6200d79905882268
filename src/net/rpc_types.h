// The values the RPC endpoints serve, as plain structs filled by an RpcBackend. Each mirrors the reference node's
// response struct (named below with its file under stackslib/src/net/api/); the api/ files turn them into JSON.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "chain/execution_cost.h"
#include "chain/hashes.h"
#include "crypto/hash.h"
#include "util/bytes.h"

namespace stacks::net {

/// A burnchain (Bitcoin) block header hash, in the byte order the reference prints it.
using BurnchainHeaderHash = crypto::Hash256;
/// A sortition id: SHA-512/256 of the burn header hash and the PoX fork id.
using SortitionId = crypto::Hash256;

/// Which chain tip a read is made at: the `?tip=` query argument (TipRequest in httpcore.rs). "latest" is the
/// unconfirmed tip; 64 hex digits name a block; anything else, or no argument, is the latest anchored tip.
struct TipRequest {
  enum class Kind { kLatestAnchored, kLatestUnconfirmed, kSpecific };
  Kind kind = Kind::kLatestAnchored;
  chain::StacksBlockId block_id{};  ///< Meaningful only for kSpecific.
  bool operator==(const TipRequest&) const = default;
};

/// GET /v2/info (RPCPeerInfoData, getinfo.rs).
struct NodeInfo {
  struct LastPoxAnchor {
    chain::BlockHeaderHash anchor_block_hash{};
    chain::Txid anchor_block_txid{};
  };
  uint32_t peer_version = 0;
  chain::ConsensusHash pox_consensus{};  ///< Of the burnchain tip.
  uint64_t burn_block_height = 0;
  chain::ConsensusHash stable_pox_consensus{};
  uint64_t stable_burn_block_height = 0;
  std::string server_version;  ///< e.g. "stacks-node 0.1.0 (...)".
  uint32_t network_id = 0;
  uint32_t parent_network_id = 0;  ///< The burnchain's network magic.
  uint64_t stacks_tip_height = 0;
  chain::BlockHeaderHash stacks_tip{};
  chain::ConsensusHash stacks_tip_consensus_hash{};
  crypto::Hash256 genesis_chainstate_hash{};  ///< SHA-256 of the genesis state.
  std::optional<chain::StacksBlockId> unanchored_tip;
  std::optional<uint16_t> unanchored_seq;
  uint64_t tenure_height = 0;  ///< The tip's coinbase height.
  std::optional<uint64_t> exit_at_block_height;
  bool is_fully_synced = false;
  std::optional<std::array<uint8_t, 33>> node_public_key;  ///< Compressed; omitted from the JSON when absent.
  std::optional<crypto::Hash160> node_public_key_hash;     ///< Omitted when absent.
  std::optional<LastPoxAnchor> last_pox_anchor;            ///< Omitted when absent.
  std::optional<std::vector<std::string>> stackerdbs;      ///< Contract ids; omitted when absent.
};

/// GET /v2/accounts/{principal} (AccountEntryResponse, getaccount.rs). An account never written reads as zeros.
struct AccountEntry {
  unsigned __int128 balance_ustx = 0;  ///< Spendable (unlocked) balance at the tip's burn height.
  unsigned __int128 locked_ustx = 0;
  uint64_t unlock_height = 0;  ///< Burn block height at which locked_ustx unlocks (0 when nothing is locked).
  uint64_t nonce = 0;
  /// MARF proofs, asked for with ?proof=1 (the default). nullopt when the key has no value (served as "").
  std::optional<util::Bytes> balance_proof;
  std::optional<util::Bytes> nonce_proof;
};

/// GET /v2/transactions/unconfirmed/{txid} (UnconfirmedTransactionResponse, gettransaction_unconfirmed.rs).
struct UnconfirmedTransaction {
  struct MicroblockPosition {
    chain::BlockHeaderHash block_hash{};
    uint16_t seq = 0;
  };
  util::Bytes tx;                                ///< The transaction's serialization.
  std::optional<MicroblockPosition> microblock;  ///< nullopt: in the mempool.
};

/// GET /v3/tenures/info (RPCGetTenureInfo, gettenureinfo.rs).
struct TenureInfo {
  chain::ConsensusHash consensus_hash{};
  chain::StacksBlockId tenure_start_block_id{};
  chain::ConsensusHash parent_consensus_hash{};
  chain::StacksBlockId parent_tenure_start_block_id{};
  chain::StacksBlockId tip_block_id{};
  uint64_t tip_height = 0;  ///< Stacks block height of tip_block_id.
  uint64_t reward_cycle = 0;
};

/// What GET /v3/sortitions[/{key}/{value}] asks for (QuerySpecifier, getsortition.rs).
struct SortitionQuery {
  enum class Kind { kLatest, kConsensusHash, kBurnHeaderHash, kBurnHeight, kLatestAndLast };
  Kind kind = Kind::kLatest;
  chain::ConsensusHash consensus_hash{};   ///< For kConsensusHash.
  BurnchainHeaderHash burn_header_hash{};  ///< For kBurnHeaderHash.
  uint64_t burn_block_height = 0;          ///< For kBurnHeight.
  bool operator==(const SortitionQuery&) const = default;
};

/// One sortition (SortitionInfo, getsortition.rs); hashes are served with a 0x prefix, absent values as null.
struct SortitionInfo {
  BurnchainHeaderHash burn_block_hash{};
  uint64_t burn_block_height = 0;
  uint64_t burn_header_timestamp = 0;  ///< Unix seconds.
  SortitionId sortition_id{};
  SortitionId parent_sortition_id{};
  chain::ConsensusHash consensus_hash{};
  bool was_sortition = false;
  std::optional<crypto::Hash160> miner_pk_hash160;
  std::optional<chain::ConsensusHash> stacks_parent_ch;
  std::optional<chain::ConsensusHash> last_sortition_ch;
  std::optional<chain::BlockHeaderHash> committed_block_hash;
  std::optional<crypto::Hash256> vrf_seed;
};

/// A Clarity execution cost (see chain/execution_cost.h).
using ExecutionCost = chain::ExecutionCost;

/// GET /v2/pox (RPCPoxInfoData, getpoxinfo.rs). Heights are burn block heights.
struct PoxInfo {
  struct CurrentCycle {
    uint64_t id = 0;
    uint64_t min_threshold_ustx = 0;
    uint64_t stacked_ustx = 0;
    bool is_pox_active = false;
  };
  struct NextCycle {
    uint64_t id = 0;
    uint64_t min_threshold_ustx = 0;
    uint64_t min_increment_ustx = 0;
    uint64_t stacked_ustx = 0;
    uint64_t prepare_phase_start_block_height = 0;
    int64_t blocks_until_prepare_phase = 0;
    uint64_t reward_phase_start_block_height = 0;
    uint64_t blocks_until_reward_phase = 0;
    std::optional<uint64_t> ustx_until_pox_rejection;
  };
  struct Epoch {
    std::string epoch_id;  ///< "Epoch30", as StacksEpochId serializes.
    uint64_t start_height = 0;
    uint64_t end_height = 0;
    ExecutionCost block_limit;
    uint8_t network_epoch = 0;
  };
  struct ContractVersion {
    std::string contract_id;
    uint64_t activation_burnchain_block_height = 0;
    uint64_t first_reward_cycle_id = 0;
  };
  std::string contract_id;  ///< The active PoX contract, e.g. "ST000000000000000000002AMW42H.pox-4".
  uint64_t pox_activation_threshold_ustx = 0;
  uint64_t first_burnchain_block_height = 0;
  uint64_t current_burnchain_block_height = 0;
  uint64_t prepare_phase_block_length = 0;
  uint64_t reward_phase_block_length = 0;
  uint64_t reward_slots = 0;
  std::optional<uint64_t> rejection_fraction;
  uint64_t total_liquid_supply_ustx = 0;
  CurrentCycle current_cycle;
  NextCycle next_cycle;
  std::vector<Epoch> epochs;
  std::string current_epoch;
  uint64_t min_amount_ustx = 0;
  uint64_t prepare_cycle_length = 0;
  uint64_t reward_cycle_id = 0;
  uint64_t reward_cycle_length = 0;
  std::optional<uint64_t> rejection_votes_left_required;
  uint64_t next_reward_cycle_in = 0;
  std::vector<ContractVersion> contract_versions;
  std::string pox_5_sbtc_contract;
  std::string pox_5_sbtc_registry_contract;
};

}  // namespace stacks::net
