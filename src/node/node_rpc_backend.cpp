#include "node/node_rpc_backend.h"

#include <chrono>

#include "chain/nakamoto_block.h"
#include "chain/nakamoto_block_header.h"
#include "chainstate/accounts.h"
#include "config/epoch_schedule.h"
#include "crypto/hash.h"
#include "mempool/admission.h"
#include "util/hex.h"
#include "util/clock.h"
#include "util/log.h"

namespace stacks::node {
namespace {

constexpr uint32_t PEER_VERSION_MAINNET_MAJOR = 0x18000000;
constexpr uint32_t PEER_VERSION_TESTNET_MAJOR = 0xfacade00;
/// The highest epoch this node knows, as the peer version's last byte (PEER_VERSION_EPOCH_4_0).
constexpr uint32_t PEER_NETWORK_EPOCH = 0x10;
/// Burn blocks behind the tip that count as stable (the reference's stable confirmations).
constexpr uint64_t STABLE_CONFIRMATIONS = 7;
constexpr const char* SERVER_VERSION = "stacks-node 0.1.0 (stacks-cpp, mocknet)";

/// The network epoch byte of `epoch` (PEER_VERSION_EPOCH_*): 0 for 1.0 and 2.0, then 0x05 for 2.05 and one more per
/// epoch after it.
uint8_t NetworkEpochByte(chain::StacksEpochId epoch) {
  const auto index = config::EpochIndex(chain::EpochName(epoch));
  if (!index || *index < 2) return 0;
  return static_cast<uint8_t>(*index + 3);
}

/// "Epoch30", "Epoch2_05": StacksEpochId as the reference serializes it in /v2/pox.
std::string EpochIdText(chain::StacksEpochId epoch) {
  std::string name(chain::EpochName(epoch));
  if (epoch == chain::StacksEpochId::k2_05) return "Epoch2_05";
  std::erase(name, '.');
  return "Epoch" + name;
}

/// The block limit of `epoch` (BLOCK_LIMIT_MAINNET_10 / _205 / _21).
chain::ExecutionCost BlockLimit(chain::StacksEpochId epoch) {
  const uint64_t count = epoch >= chain::StacksEpochId::k21 ? 15'000 : 7'750;
  return chain::ExecutionCost{15'000'000, count, 100'000'000, count, 5'000'000'000};
}

/// The sortition id the reference derives from a burn block and the PoX fork id (SortitionId::new): SHA-512/256 of
/// the burn header hash followed by the PoX id's bits; the mocknet's PoX id is empty.
net::SortitionId SortitionIdOf(const sortition::BurnchainHeaderHash& burn_header_hash) {
  return crypto::Sha512_256(burn_header_hash);
}


}  // namespace

util::Status NodeRpcBackend::CheckTip(const net::TipRequest& tip) {
  if (tip.kind != net::TipRequest::Kind::kSpecific) return {};
  STACKS_TRY(chainstate::ChainTip chain_tip, m_chain.chainstate.GetTip());
  if (tip.block_id != chain_tip.block_id) return util::NotFound("no state kept for block " + util::ToHex(tip.block_id));
  return {};
}

util::Result<net::NodeInfo> NodeRpcBackend::GetNodeInfo() {
  net::NodeInfo info;
  info.peer_version =
      (m_options.mainnet ? PEER_VERSION_MAINNET_MAJOR : PEER_VERSION_TESTNET_MAJOR) | PEER_NETWORK_EPOCH;
  info.server_version = SERVER_VERSION;
  info.network_id = m_options.chain_id;
  info.parent_network_id = m_options.burnchain_network_id;
  info.is_fully_synced = true;
  util::LockGuard lock(m_chain.mutex);
  STACKS_TRY(sortition::BlockSnapshot burn_tip, m_chain.sortition_db.CanonicalTip());
  info.pox_consensus = burn_tip.consensus_hash;
  info.burn_block_height = burn_tip.block_height;
  const uint64_t stable_height = burn_tip.block_height > m_options.first_burn_block_height + STABLE_CONFIRMATIONS
                                     ? burn_tip.block_height - STABLE_CONFIRMATIONS
                                     : m_options.first_burn_block_height;
  STACKS_TRY(sortition::BlockSnapshot stable, m_chain.sortition_db.SnapshotAtHeight(stable_height));
  info.stable_pox_consensus = stable.consensus_hash;
  info.stable_burn_block_height = stable.block_height;
  STACKS_TRY(chainstate::ChainTip tip, m_chain.chainstate.GetTip());
  info.stacks_tip_height = tip.stacks_block_height;
  if (tip.block_id != chainstate::BOOT_BLOCK_ID) {
    STACKS_TRY(chainstate::StoredBlock block, m_chain.chainstate.GetBlockById(tip.block_id));
    STACKS_TRY(chain::NakamotoBlockHeader header, chain::DecodeNakamotoBlockHeader(block.header));
    info.stacks_tip = chain::NakamotoBlockHash(header);
    info.stacks_tip_consensus_hash = block.consensus_hash;
  }
  STACKS_TRY(info.tenure_height, m_chain.chainstate.CoinbaseHeight());
  return info;
}

util::Result<net::AccountEntry> NodeRpcBackend::GetAccount(const codec::Principal& principal,
                                                           const net::TipRequest& tip, bool with_proof) {
  (void)with_proof;  // The index gives no proofs yet; both are served as "" (docs/RPC.md).
  chainstate::Account account;
  if (tip.kind == net::TipRequest::Kind::kSpecific) {
    util::LockGuard lock(m_chain.mutex);
    STACKS_RETURN_IF_ERROR(CheckTip(tip));
    STACKS_TRY(account, m_chain.chainstate.GetAccount(principal));
  } else {
    util::LockGuard lock(m_reader_mutex);
    STACKS_TRY(account, m_reader.GetAccount(principal));
  }
  net::AccountEntry entry;
  entry.balance_ustx = account.balance_ustx;
  entry.locked_ustx = account.locked_ustx;
  entry.unlock_height = account.unlock_burn_height;
  entry.nonce = account.nonce;
  return entry;
}

util::Result<uint64_t> NodeRpcBackend::GetTransferFeeRate() { return mempool::MINIMUM_TX_FEE_RATE_PER_BYTE; }

util::Result<net::MempoolOutcome> NodeRpcBackend::SubmitTransaction(const chain::Transaction& tx,
                                                                    const std::optional<util::Bytes>& attachment) {
  (void)attachment;  // Atlas attachments are not stored (no BNS without the VM).
  if (std::holds_alternative<chain::SmartContractPayload>(tx.payload()) ||
      std::holds_alternative<chain::ContractCallPayload>(tx.payload())) {
    // Admitted, they would wait forever: the miner cannot run them until the Clarity VM is wired in.
    return net::MempoolOutcome(net::MempoolRejection{
        "ServerFailureOther",
        nlohmann::json{{"message", "contract transactions need the Clarity VM, which this node does not run yet"}}});
  }
  {
    util::LockGuard lock(m_mempool.mutex);
    STACKS_TRY(bool pending, m_mempool.db.Contains(tx.txid()));
    if (pending) return net::MempoolOutcome(net::MempoolAccepted{});  // As the reference: 200 with the txid.
  }
  mempool::AdmissionContext context;
  context.mainnet = m_options.mainnet;
  context.chain_id = m_options.chain_id;
  context.epoch = m_options.EpochAt(m_chain.burn_tip_height);
  {
    util::LockGuard lock(m_reader_mutex);
    for (const auto& principal : chainstate::AccountsTouchedBy(tx)) {
      if (context.accounts.contains(principal)) continue;
      STACKS_TRY(chainstate::Account account, m_reader.GetAccount(principal));
      context.accounts[principal] = account;
    }
  }
  // The checks verify signatures: run them holding no lock, so that submissions use every core.
  mempool::SubmitOutcome outcome;
  if (auto rejection = mempool::CheckAdmission(tx, context)) {
    outcome = std::move(*rejection);
  } else {
    util::LockGuard lock(m_mempool.mutex);
    STACKS_TRY(outcome, m_mempool.db.StoreAdmitted(tx, util::UnixNowSecs()));
  }
  if (const auto* rejection = std::get_if<mempool::Rejection>(&outcome)) {
    net::MempoolRejection out{rejection->reason, std::nullopt};
    if (rejection->reason_data) out.reason_data = nlohmann::json::parse(rejection->reason_data->dump());
    return net::MempoolOutcome(std::move(out));
  }
  const auto& submitted = std::get<mempool::Submitted>(outcome);
  if (submitted.status != mempool::SubmitStatus::kAlreadyPending) {
    m_relayer.TrySend(HandleNetResult{{chain::SerializeTransaction(tx)}});
  }
  if (submitted.replaced_txid && m_events != nullptr) {
    const util::Bytes dropped(submitted.replaced_txid->begin(), submitted.replaced_txid->end());
    const util::Bytes replacement(tx.txid().begin(), tx.txid().end());
    if (auto status =
            m_events->AnnounceDroppedMempoolTxs({&dropped, 1}, events::DropReason::kReplaceByFee, replacement);
        !status) {
      LOG_ERROR("event observers: cannot queue /drop_mempool_tx: {}", status.error().message);
    }
  }
  return net::MempoolOutcome(net::MempoolAccepted{});
}

util::Result<net::UnconfirmedTransaction> NodeRpcBackend::GetUnconfirmedTransaction(const chain::Txid& txid) {
  util::LockGuard lock(m_mempool.mutex);
  STACKS_TRY(mempool::MempoolEntry entry, m_mempool.db.Get(txid));
  return net::UnconfirmedTransaction{chain::SerializeTransaction(entry.tx), std::nullopt};
}

util::Result<util::Bytes> NodeRpcBackend::GetNakamotoBlock(const chain::StacksBlockId& block_id) {
  util::LockGuard lock(m_chain.mutex);
  STACKS_TRY(chainstate::StoredBlock stored, m_chain.chainstate.GetBlockById(block_id));
  chain::NakamotoBlock block;
  STACKS_TRY(block.header, chain::DecodeNakamotoBlockHeader(stored.header));
  block.txs = std::move(stored.transactions);
  return chain::SerializeNakamotoBlock(block);
}

util::Result<util::Bytes> NodeRpcBackend::GetNakamotoBlockByHeight(uint64_t height, const net::TipRequest& tip) {
  chain::StacksBlockId block_id{};
  {
    util::LockGuard lock(m_chain.mutex);
    STACKS_RETURN_IF_ERROR(CheckTip(tip));
    STACKS_TRY(chainstate::StoredBlock stored, m_chain.chainstate.GetBlockByHeight(height));
    block_id = stored.block_id;
  }
  return GetNakamotoBlock(block_id);
}

util::Result<net::TenureInfo> NodeRpcBackend::GetTenureInfo() {
  util::LockGuard lock(m_chain.mutex);
  STACKS_TRY(chainstate::ChainTip tip, m_chain.chainstate.GetTip());
  if (tip.block_id == chainstate::BOOT_BLOCK_ID) return util::NotFound("no tenure has started yet");
  STACKS_TRY(chainstate::StoredBlock tip_block, m_chain.chainstate.GetBlockById(tip.block_id));
  STACKS_TRY(chainstate::StoredTenure tenure, m_chain.chainstate.GetTenure(tip_block.tenure_consensus_hash));
  STACKS_TRY(chainstate::StoredBlock start, m_chain.chainstate.GetBlockById(tenure.first_block_id));
  net::TenureInfo info;
  info.consensus_hash = tenure.tenure_consensus_hash;
  info.tenure_start_block_id = tenure.first_block_id;
  info.tip_block_id = tip.block_id;
  info.tip_height = tip.stacks_block_height;
  if (!start.transactions.empty()) {
    if (const auto* change = std::get_if<chain::TenureChangePayload>(&start.transactions[0].payload())) {
      info.parent_consensus_hash = change->prev_tenure_consensus_hash;
      auto parent = m_chain.chainstate.GetTenure(change->prev_tenure_consensus_hash);
      info.parent_tenure_start_block_id = parent ? parent->first_block_id : chainstate::BOOT_BLOCK_ID;
    }
  }
  STACKS_TRY(sortition::BlockSnapshot burn_tip, m_chain.sortition_db.CanonicalTip());
  info.reward_cycle = (burn_tip.block_height - m_options.first_burn_block_height) / m_options.pox.reward_cycle_length;
  return info;
}

util::Result<net::SortitionInfo> NodeRpcBackend::SortitionInfoOf(const sortition::BlockSnapshot& snapshot) {
  net::SortitionInfo info;
  info.burn_block_hash = snapshot.burn_header_hash;
  info.burn_block_height = snapshot.block_height;
  info.burn_header_timestamp = snapshot.burn_header_timestamp;
  info.sortition_id = SortitionIdOf(snapshot.burn_header_hash);
  info.parent_sortition_id = SortitionIdOf(snapshot.parent_burn_header_hash);
  info.consensus_hash = snapshot.consensus_hash;
  info.was_sortition = snapshot.sortition && snapshot.block_height > m_options.first_burn_block_height;
  if (info.was_sortition) {
    STACKS_TRY(std::optional<burnchain::LeaderBlockCommitOp> commit, m_chain.sortition_db.WinningCommit(snapshot));
    if (commit) {
      info.committed_block_hash = commit->block_header_hash;
      info.vrf_seed = commit->new_seed;
      STACKS_TRY(auto key, m_chain.sortition_db.LeaderKeyAt(commit->key_block_ptr, commit->key_vtxindex));
      if (key) info.miner_pk_hash160 = key->NakamotoSigningKeyHash();
      if (commit->parent_block_ptr != 0) {
        auto parent = m_chain.sortition_db.SnapshotAtHeight(commit->parent_block_ptr);
        if (parent) info.stacks_parent_ch = parent->consensus_hash;
      }
    }
  }
  // The consensus hash of the last sortition with a winner before this one.
  for (uint64_t height = snapshot.block_height; height > m_options.first_burn_block_height + 1; --height) {
    auto earlier = m_chain.sortition_db.SnapshotAtHeight(height - 1);
    if (!earlier) break;
    if (earlier->sortition) {
      info.last_sortition_ch = earlier->consensus_hash;
      break;
    }
  }
  return info;
}

util::Result<std::vector<net::SortitionInfo>> NodeRpcBackend::GetSortitions(const net::SortitionQuery& query) {
  util::LockGuard lock(m_chain.mutex);
  std::vector<net::SortitionInfo> out;
  sortition::BlockSnapshot snapshot;
  switch (query.kind) {
    case net::SortitionQuery::Kind::kLatest: {
      STACKS_TRY(snapshot, m_chain.sortition_db.CanonicalTip());
      break;
    }
    case net::SortitionQuery::Kind::kConsensusHash: {
      STACKS_TRY(snapshot, m_chain.sortition_db.SnapshotByConsensusHash(query.consensus_hash));
      break;
    }
    case net::SortitionQuery::Kind::kBurnHeaderHash: {
      STACKS_TRY(snapshot, m_chain.sortition_db.SnapshotByBurnHeaderHash(query.burn_header_hash));
      break;
    }
    case net::SortitionQuery::Kind::kBurnHeight: {
      STACKS_TRY(snapshot, m_chain.sortition_db.SnapshotAtHeight(query.burn_block_height));
      break;
    }
    case net::SortitionQuery::Kind::kLatestAndLast: {
      STACKS_TRY(sortition::BlockSnapshot tip, m_chain.sortition_db.CanonicalTip());
      std::vector<sortition::BlockSnapshot> found;
      for (uint64_t height = tip.block_height + 1; height > m_options.first_burn_block_height + 1 && found.size() < 2;
           --height) {
        STACKS_TRY(sortition::BlockSnapshot s, m_chain.sortition_db.SnapshotAtHeight(height - 1));
        if (s.sortition) found.push_back(s);
      }
      if (found.empty()) return util::NotFound("no sortition has had a winner yet");
      for (const auto& s : found) {
        STACKS_TRY(net::SortitionInfo info, SortitionInfoOf(s));
        out.push_back(std::move(info));
      }
      return out;
    }
  }
  STACKS_TRY(net::SortitionInfo info, SortitionInfoOf(snapshot));
  out.push_back(std::move(info));
  return out;
}

util::Result<net::PoxInfo> NodeRpcBackend::GetPoxInfo(const net::TipRequest& tip) {
  util::LockGuard lock(m_chain.mutex);
  STACKS_RETURN_IF_ERROR(CheckTip(tip));
  STACKS_TRY(sortition::BlockSnapshot burn_tip, m_chain.sortition_db.CanonicalTip());
  const uint64_t first = m_options.first_burn_block_height;
  const uint64_t cycle_length = m_options.pox.reward_cycle_length;
  const uint64_t prepare_length = m_options.pox.prepare_length;
  const uint64_t height = burn_tip.block_height;
  const uint64_t cycle = (height - first) / cycle_length;
  const uint64_t next_cycle_start = first + (cycle + 1) * cycle_length;
  const uint64_t prepare_start = next_cycle_start - prepare_length;

  net::PoxInfo pox;
  pox.contract_id =
      std::string(m_options.mainnet ? "SP000000000000000000002Q6VF78" : "ST000000000000000000002AMW42H") + ".pox-4";
  pox.first_burnchain_block_height = first;
  pox.current_burnchain_block_height = height;
  pox.prepare_phase_block_length = prepare_length;
  pox.reward_phase_block_length = cycle_length - prepare_length;
  pox.reward_slots = 2 * (cycle_length - prepare_length);
  for (const auto& balance : m_options.genesis_balances) {
    pox.total_liquid_supply_ustx += static_cast<uint64_t>(balance.amount_ustx);
  }
  pox.current_cycle.id = cycle;
  pox.next_cycle.id = cycle + 1;
  pox.next_cycle.prepare_phase_start_block_height = prepare_start;
  pox.next_cycle.blocks_until_prepare_phase = static_cast<int64_t>(prepare_start) - static_cast<int64_t>(height);
  pox.next_cycle.reward_phase_start_block_height = next_cycle_start;
  pox.next_cycle.blocks_until_reward_phase = next_cycle_start - height;
  for (const auto& range : m_options.epochs) {
    net::PoxInfo::Epoch epoch;
    epoch.epoch_id = EpochIdText(range.epoch);
    epoch.start_height = range.start_height;
    epoch.end_height = range.end_height == UINT64_MAX ? static_cast<uint64_t>(INT64_MAX) : range.end_height;
    epoch.block_limit = BlockLimit(range.epoch);
    epoch.network_epoch = NetworkEpochByte(range.epoch);
    pox.epochs.push_back(std::move(epoch));
  }
  pox.current_epoch = EpochIdText(m_options.EpochAt(height));
  pox.prepare_cycle_length = prepare_length;
  pox.reward_cycle_id = cycle;
  pox.reward_cycle_length = cycle_length;
  pox.next_reward_cycle_in = next_cycle_start - height;
  pox.contract_versions.push_back({pox.contract_id, 0, 0});
  return pox;
}

}  // namespace stacks::node
