#include "node/chains_coordinator.h"

#include <chrono>

#include "burnchain/bitcoin_tx.h"
#include "burnchain/leader_block_commit.h"
#include "burnchain/leader_key_register.h"
#include "chain/nakamoto_block_check.h"
#include "chain/nakamoto_block_header.h"
#include "chainstate/accounts.h"
#include "clarity/types/serialization.h"
#include "crypto/vrf.h"
#include "util/clock.h"
#include "util/hex.h"
#include "util/log.h"

namespace stacks::node {
namespace {

/// How far ahead of the clock a block's timestamp may be (the reference's NAKAMOTO_BLOCK_MAX_FUTURE_SECS is 15).
constexpr uint64_t MAX_BLOCK_FUTURE_SECS = 15;

template <size_t N>
util::Bytes ToBytes(const std::array<uint8_t, N>& array) {
  return util::Bytes(array.begin(), array.end());
}

/// The keys, commits and other operations of `block`, each parsed again from its raw transaction as the sortition
/// would read it from Bitcoin.
util::Result<sortition::BurnBlockOps> ReadBurnOps(const burndb::BurnBlock& block, const NodeOptions& options) {
  sortition::BurnBlockOps ops;
  const burnchain::BurnBlockRef ref{block.header.burn_block_height, block.header.hash};
  for (const auto& op : block.ops) {
    const burndb::BurnTxRecord* record = nullptr;
    for (const auto& tx : block.txs) {
      if (tx.vtxindex == op.vtxindex) record = &tx;
    }
    if (record == nullptr) return util::Corruption("burn op at vtxindex " + std::to_string(op.vtxindex) + " has no tx");
    STACKS_TRY(burnchain::BitcoinTx tx, burnchain::DeserializeBitcoinTx(record->raw_tx));
    switch (op.opcode) {
      case burnchain::Opcode::kLeaderKeyRegister: {
        auto key = burnchain::LeaderKeyRegisterOp::Parse(tx, ref, op.vtxindex, options.burnchain_params);
        if (key) ops.leader_keys.push_back(std::move(key).value());
        break;
      }
      case burnchain::Opcode::kLeaderBlockCommit: {
        auto commit = burnchain::LeaderBlockCommitOp::Parse(tx, ref, op.vtxindex, options.burnchain_params,
                                                            options.CommitRuleAt(ref.height));
        if (commit) ops.block_commits.push_back(std::move(commit).value());
        break;
      }
      case burnchain::Opcode::kPreStx:
        break;  // Never an accepted op by itself.
      default:
        ops.other_ops.push_back({op.txid, op.vtxindex});
        break;
    }
  }
  return ops;
}

events::TxStatus StatusOf(const clarity::Value& result) {
  if (result.kind() == clarity::Value::Kind::kResponse && !result.IsOk()) return events::TxStatus::kAbortByResponse;
  return events::TxStatus::kSuccess;
}

}  // namespace

util::Status ChainsCoordinator::CatchUp(burndb::BurnchainDb& burnchain_db) {
  auto burn_tip = burnchain_db.Tip();
  if (!burn_tip) {
    if (burn_tip.error().code == util::ErrorCode::kNotFound) return {};
    return std::move(burn_tip).error();
  }
  uint64_t sortition_tip_height = 0;
  {
    util::LockGuard lock(m_chain.mutex);
    STACKS_TRY(sortition::BlockSnapshot tip, m_chain.sortition_db.CanonicalTip());
    sortition_tip_height = tip.block_height;
  }
  for (uint64_t height = sortition_tip_height + 1; height <= burn_tip->burn_block_height; ++height) {
    STACKS_TRY(burndb::BurnBlock block, burnchain_db.ReadBlock(height));
    STACKS_RETURN_IF_ERROR(ProcessBurnBlock(block));
  }
  return {};
}

util::Status ChainsCoordinator::ProcessBurnBlock(const burndb::BurnBlock& block) {
  const uint64_t height = block.header.burn_block_height;
  STACKS_TRY(sortition::BurnBlockOps ops, ReadBurnOps(block, m_options));
  const chain::StacksEpochId epoch = m_options.EpochAt(height);
  sortition::BlockSnapshot snapshot;
  std::optional<burnchain::LeaderBlockCommitOp> winner;
  {
    util::LockGuard lock(m_chain.mutex);
    sortition::CoinbaseInfo coinbase;
    if (height > 0) {
      coinbase.parent_coinbase_ustx = chainstate::CoinbaseRewardUstx(m_options.EpochAt(height - 1), m_options.mainnet,
                                                                     m_options.first_burn_block_height, height - 1);
    }
    const sortition::BurnBlockHeader header{height, block.header.hash, block.header.parent_hash,
                                            block.header.timestamp_secs};
    STACKS_TRY(snapshot, m_chain.sortition_db.ProcessBurnBlock(header, ops, epoch, m_options.pox, coinbase));
    STACKS_TRY(winner, m_chain.sortition_db.WinningCommit(snapshot));
    STACKS_TRY(sortition::BlockSnapshot tip, m_chain.sortition_db.CanonicalTip());
    m_chain.burn_tip_height = tip.block_height;
  }
  uint64_t burn_amount = 0;
  for (const auto& commit : ops.block_commits) burn_amount += commit.burn_fee;
  LOG_INFO("burn block {} {} ({}): {} ops, {}", height, util::ToHex(block.header.hash), chain::EpochName(epoch),
           block.ops.size(),
           winner ? "sortition won by commit " + util::ToHex(winner->txid) + " of " + winner->apparent_sender
                  : std::string("no sortition"));
  if (m_events != nullptr) {
    events::BurnBlockEvent event;
    event.burn_block_hash = ToBytes(block.header.hash);
    event.burn_block_height = height;
    event.burn_amount = burn_amount;
    event.consensus_hash = ToBytes(snapshot.consensus_hash);
    event.parent_burn_block_hash = ToBytes(block.header.parent_hash);
    if (auto announced = m_events->AnnounceBurnBlock(event); !announced) {
      LOG_ERROR("event observers: cannot queue /new_burn_block: {}", announced.error().message);
    }
  }
  m_relayer.Send(ProcessedBurnBlock{snapshot});
  DropStaleMempoolTransactions(block.header.timestamp_secs);
  return {};
}

void ChainsCoordinator::DropStaleMempoolTransactions(uint64_t now_secs) {
  util::LockGuard chain_lock(m_chain.mutex);
  util::LockGuard mempool_lock(m_mempool.mutex);
  auto dropped = m_mempool.db.RemoveStale(NonceLookupAt(m_chain.chainstate), now_secs);
  if (!dropped) {
    LOG_WARN("mempool: cannot drop stale transactions: {}", dropped.error().message);
  } else if (*dropped > 0) {
    LOG_INFO("mempool: dropped {} transactions that can never be mined or waited too long", *dropped);
  }
}

util::Status ChainsCoordinator::ProcessStacksBlock(const chain::NakamotoBlock& block) {
  const chain::NakamotoBlockHeader& header = block.header;
  const chain::StacksBlockId block_id = chain::NakamotoBlockId(header);
  util::LockGuard lock(m_chain.mutex);
  STACKS_TRY(sortition::BlockSnapshot election, m_chain.sortition_db.SnapshotByConsensusHash(header.consensus_hash));
  if (!election.sortition) return util::ConsensusViolation("block's consensus hash names a sortition with no winner");
  const chain::StacksEpochId epoch = m_options.EpochAt(election.block_height);
  if (epoch < chain::StacksEpochId::k30) {
    return util::ConsensusViolation("block's tenure was elected in " + std::string(chain::EpochName(epoch)) +
                                    ", before Nakamoto");
  }
  STACKS_RETURN_IF_ERROR(chain::CheckNakamotoBlockStatic(block, m_options.mainnet, m_options.chain_id, epoch));
  STACKS_TRY(std::optional<burnchain::LeaderBlockCommitOp> commit, m_chain.sortition_db.WinningCommit(election));
  if (!commit) return util::Corruption("sortition winner's commit is missing");
  STACKS_TRY(std::optional<burnchain::LeaderKeyRegisterOp> key,
             m_chain.sortition_db.LeaderKeyAt(commit->key_block_ptr, commit->key_vtxindex));
  if (!key) return util::Corruption("sortition winner's leader key is missing");
  const std::optional<crypto::Hash160> expected_signer = key->NakamotoSigningKeyHash();
  STACKS_TRY(crypto::Hash160 signer, chain::RecoverMinerPublicKeyHash(header));
  if (!expected_signer || *expected_signer != signer) {
    return util::ConsensusViolation("block is not signed by the key its tenure's leader key registered");
  }

  STACKS_TRY(chainstate::ChainTip tip, m_chain.chainstate.GetTip());
  if (header.parent_block_id != tip.block_id) {
    return util::ConsensusViolation("block's parent " + util::ToHex(header.parent_block_id) + " is not the chain tip " +
                                    util::ToHex(tip.block_id));
  }
  uint64_t parent_timestamp = 0;
  std::optional<chain::ConsensusHash> parent_tenure;
  chain::BlockHeaderHash parent_block_hash{};  // All zero for the boot state.
  if (tip.block_id != chainstate::BOOT_BLOCK_ID) {
    STACKS_TRY(chainstate::StoredBlock parent, m_chain.chainstate.GetBlockById(tip.block_id));
    STACKS_TRY(chain::NakamotoBlockHeader parent_header, chain::DecodeNakamotoBlockHeader(parent.header));
    parent_timestamp = parent_header.timestamp;
    parent_tenure = parent.tenure_consensus_hash;
    parent_block_hash = chain::NakamotoBlockHash(parent_header);
  }
  if (header.timestamp < parent_timestamp) return util::ConsensusViolation("block's timestamp is before its parent's");
  if (header.timestamp > util::UnixNowSecs() + MAX_BLOCK_FUTURE_SECS) {
    return util::ConsensusViolation("block's timestamp is more than 15 s in the future");
  }

  STACKS_TRY(bool tenure_start, chain::IsTenureStartBlock(block));
  auto existing_tenure = m_chain.chainstate.GetTenure(header.consensus_hash);
  if (!existing_tenure && existing_tenure.error().code != util::ErrorCode::kNotFound) {
    return std::move(existing_tenure).error();
  }
  if (tenure_start) {
    if (existing_tenure) return util::ConsensusViolation("tenure-start block for a tenure that already started");
    const auto& change = std::get<chain::TenureChangePayload>(block.txs[0].payload());
    if (change.tenure_consensus_hash != header.consensus_hash) {
      return util::ConsensusViolation("tenure change names another tenure than the block's consensus hash");
    }
    if (change.pubkey_hash != signer) {
      return util::ConsensusViolation("tenure change's pubkey_hash is not the block signer's");
    }
    const auto& coinbase = std::get<chain::CoinbasePayload>(block.txs[1].payload());
    auto vrf_key = crypto::VrfPublicKey::FromBytes(key->public_key);
    if (!vrf_key || !coinbase.vrf_proof || !crypto::VrfVerify(*vrf_key, *coinbase.vrf_proof, election.sortition_hash)) {
      return util::ConsensusViolation("coinbase VRF proof does not verify over the sortition hash");
    }
  } else {
    if (!existing_tenure || !parent_tenure || *parent_tenure != header.consensus_hash) {
      return util::ConsensusViolation("block continues a tenure that is not the chain tip's");
    }
  }

  chainstate::BlockToApply to_apply = chainstate::BlockToApplyFromNakamoto(block, election.block_height, epoch);
  to_apply.expected_state_root = header.state_index_root;
  // The block's /new_block is stored held inside the transaction that stores the block and released once it
  // committed (EventDispatcher::HoldBlock): a crash at any moment neither loses the announcement of a stored block
  // nor announces one that was not stored (ResolveHeldAnnouncements sorts them out at the next start).
  bool held = false;
  // It runs inside ApplyBlock, under the lock taken above, which the analysis cannot see through std::function.
  auto hold_announcement = [&](const chainstate::AppliedBlock& applied) NO_THREAD_SAFETY_ANALYSIS {
    if (m_events == nullptr) return;
    auto event = BuildBlockEvent(block, to_apply, applied, election, *commit, parent_block_hash);
    util::Status stored = event ? m_events->HoldBlock(*event) : util::Status(event.error());
    if (!stored) {
      LOG_ERROR("event observers: cannot queue /new_block: {}", stored.error().message);
      return;
    }
    held = true;
  };
  util::Result<chainstate::AppliedBlock> applied = m_chain.chainstate.ApplyBlock(to_apply, hold_announcement);
  if (!applied) {
    if (held) {
      if (auto discarded = m_events->DiscardBlock(ToBytes(block_id)); !discarded) {
        LOG_ERROR("event observers: cannot drop the /new_block of a block not stored: {}", discarded.error().message);
      }
    }
    return std::move(applied).error();
  }

  std::vector<chain::Txid> txids;
  for (const auto& tx : block.txs) txids.push_back(tx.txid());
  {
    util::LockGuard mempool_lock(m_mempool.mutex);
    if (auto removed = m_mempool.db.RemoveMined(txids); !removed) {
      // The transactions stay until RemoveStale drops them (their nonces are used now); nothing is lost.
      LOG_WARN("mempool: cannot remove mined transactions: {}", removed.error().message);
    }
  }
  LOG_INFO("stacks block {} {} in tenure {}: {} txs{}", to_apply.stacks_block_height, util::ToHex(block_id),
           util::ToHex(header.consensus_hash), block.txs.size(), tenure_start ? " (tenure start)" : "");
  if (const auto& matured = applied->matured_reward) {
    LOG_INFO("miner reward of tenure {} matured: {} uSTX coinbase + {} uSTX fees to {}", matured->coinbase_height,
             chainstate::Uint128ToString(matured->coinbase_ustx),
             chainstate::Uint128ToString(matured->parent_fees_ustx), codec::PrincipalToString(matured->recipient));
  }

  if (held) {
    if (auto released = m_events->ReleaseBlock(ToBytes(block_id)); !released) {
      // It stays held until the next start releases it.
      LOG_ERROR("event observers: cannot release /new_block: {}", released.error().message);
    }
  }
  return {};
}

util::Result<events::BlockEvent> ChainsCoordinator::BuildBlockEvent(const chain::NakamotoBlock& block,
                                                                    const chainstate::BlockToApply& to_apply,
                                                                    const chainstate::AppliedBlock& applied,
                                                                    const sortition::BlockSnapshot& election,
                                                                    const burnchain::LeaderBlockCommitOp& commit,
                                                                    const chain::BlockHeaderHash& parent_block_hash) {
  const chain::NakamotoBlockHeader& header = block.header;
  const chain::StacksBlockId block_id = chain::NakamotoBlockId(header);
  STACKS_TRY(sortition::BlockSnapshot burn_tip, m_chain.sortition_db.CanonicalTip());
  auto coinbase_height = m_chain.chainstate.CoinbaseHeight();
  events::BlockEvent event;
  event.block_hash = ToBytes(chain::NakamotoBlockHash(header));
  event.block_height = to_apply.stacks_block_height;
  event.block_time = header.timestamp;
  event.burn_block_hash = ToBytes(burn_tip.burn_header_hash);
  event.burn_block_height = burn_tip.block_height;
  event.burn_block_time = burn_tip.burn_header_timestamp;
  event.miner_txid = ToBytes(commit.txid);
  event.index_block_hash = ToBytes(block_id);
  event.parent_index_block_hash = ToBytes(header.parent_block_id);
  event.parent_block_hash = ToBytes(parent_block_hash);
  event.parent_microblock = util::Bytes(32, 0);
  event.parent_burn_block_hash = ToBytes(election.burn_header_hash);
  event.parent_burn_block_height = static_cast<uint32_t>(election.block_height);
  event.parent_burn_block_timestamp = election.burn_header_timestamp;
  event.tenure_height = coinbase_height ? *coinbase_height : 0;
  event.consensus_hash = ToBytes(header.consensus_hash);
  {
    codec::ByteWriter writer;
    chain::WriteBitVec(writer, header.pox_treatment);
    event.signer_bitvec = writer.Take();
  }
  events::NakamotoBlockSigning signing;
  signing.signer_signature_hash = ToBytes(chain::SignerSignatureHash(header));
  signing.miner_signature = ToBytes(header.miner_signature);
  for (const auto& signature : header.signer_signature) signing.signer_signature.push_back(ToBytes(signature));
  event.nakamoto = std::move(signing);
  if (const auto& matured = applied.matured_reward) {
    events::MaturedMinerReward reward;
    reward.recipient = codec::PrincipalToString(matured->recipient);
    reward.miner_address = codec::PrincipalToString(matured->miner);
    reward.coinbase_amount = chainstate::Uint128ToString(matured->coinbase_ustx);
    reward.tx_fees_anchored = chainstate::Uint128ToString(matured->parent_fees_ustx);
    reward.tx_fees_streamed_confirmed = "0";
    reward.tx_fees_streamed_produced = "0";
    reward.from_index_block_hash = ToBytes(matured->block_id);
    STACKS_TRY(chainstate::StoredBlock rewarded, m_chain.chainstate.GetBlockById(matured->block_id));
    STACKS_TRY(chain::NakamotoBlockHeader rewarded_header, chain::DecodeNakamotoBlockHeader(rewarded.header));
    reward.from_stacks_block_hash = ToBytes(chain::NakamotoBlockHash(rewarded_header));
    event.matured_miner_rewards.push_back(std::move(reward));
  }
  uint32_t event_index = 0;
  for (size_t i = 0; i < block.txs.size(); ++i) {
    const chain::Transaction& tx = block.txs[i];
    const chainstate::TransactionReceipt& receipt = applied.receipts[i];
    events::TransactionReceipt out;
    out.txid = ToBytes(tx.txid());
    out.tx_index = static_cast<uint32_t>(i);
    out.status = StatusOf(receipt.result);
    out.raw_result = clarity::SerializeValue(receipt.result);
    out.raw_tx = chain::SerializeTransaction(tx);
    event.transactions.push_back(std::move(out));
    for (const auto& transfer : receipt.events) {
      events::TransactionEvent ev;
      ev.txid = ToBytes(tx.txid());
      ev.event_index = event_index++;
      ev.committed = true;
      ev.type = events::EventType::kStxTransfer;
      ev.sender = codec::PrincipalToString(transfer.sender);
      ev.recipient = codec::PrincipalToString(transfer.recipient);
      ev.amount = chainstate::Uint128ToString(transfer.amount_ustx);
      ev.memo = ToBytes(transfer.memo);
      event.events.push_back(std::move(ev));
    }
  }
  return event;
}

util::Status ChainsCoordinator::ResolveHeldAnnouncements() {
  if (m_events == nullptr) return {};
  STACKS_TRY(std::vector<util::Bytes> held, m_events->HeldBlocks());
  util::LockGuard lock(m_chain.mutex);
  for (const util::Bytes& id : held) {
    chain::StacksBlockId block_id{};
    bool stored = false;
    if (id.size() == block_id.size()) {
      std::copy(id.begin(), id.end(), block_id.begin());
      auto block = m_chain.chainstate.GetBlockById(block_id);
      if (!block && block.error().code != util::ErrorCode::kNotFound) return std::move(block).error();
      stored = block.has_value();
    }
    if (stored) {
      LOG_INFO("event observers: block {} was stored before the node stopped; sending its /new_block", util::ToHex(id));
      STACKS_RETURN_IF_ERROR(m_events->ReleaseBlock(id));
    } else {
      LOG_INFO("event observers: block {} was not stored before the node stopped; dropping its /new_block",
               util::ToHex(id));
      STACKS_RETURN_IF_ERROR(m_events->DiscardBlock(id));
    }
  }
  return {};
}

void ChainsCoordinator::Run(Channel<CoordinatorMessage>& inbox) {
  while (auto message = inbox.Receive()) {
    if (auto* burn = std::get_if<BurnBlockArrived>(&*message)) {
      if (auto status = ProcessBurnBlock(burn->block); !status) {
        LOG_ERROR("burn block {}: {}", burn->block.header.burn_block_height, status.error().message);
      }
    } else if (auto* proposed = std::get_if<StacksBlockProposed>(&*message)) {
      util::Status status = ProcessStacksBlock(proposed->block);
      if (!status) LOG_WARN("stacks block refused: {}", status.error().message);
      proposed->done->set_value(std::move(status));
    }
  }
}

}  // namespace stacks::node
