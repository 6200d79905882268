#include "node/relayer.h"

#include "burnchain/pox_address.h"
#include "burnchain/script.h"
#include "chain/nakamoto_block_header.h"
#include "crypto/hash.h"
#include "sortition/op_check.h"
#include "util/hex.h"
#include "util/log.h"

namespace stacks::node {
namespace {

/// The change output every miner transaction ends with: back to the miner's P2PKH address. Mocknet checks no UTXO
/// amounts, so the value is nominal.
constexpr uint64_t CHANGE_SATS = 1'000'000;
/// The most directives handled in one round (and so the most transactions one /new_mempool_tx carries).
constexpr size_t MAX_DIRECTIVES_PER_ROUND = 1000;

crypto::Hash160 MinerPubkeyHash(const MinerKeys& keys) {
  return crypto::Hash160Of(keys.signing_key.GetPublicKey().SerializeCompressed());
}

burnchain::OpTxFunding Funding(const MinerKeys& keys, const burnchain::OutPoint& input) {
  burnchain::OpTxFunding funding;
  burnchain::TxIn in;
  in.prevout = input;
  funding.inputs.push_back(std::move(in));
  funding.change = burnchain::TxOut{CHANGE_SATS, burnchain::P2pkhScript(MinerPubkeyHash(keys))};
  return funding;
}

}  // namespace

void Relayer::Run(Channel<RelayerDirective>& inbox) {
  if (m_options.miner) {
    std::optional<burnchain::LeaderKeyRegisterOp> key;
    {
      util::LockGuard lock(m_chain.mutex);
      auto found =
          m_chain.sortition_db.CanonicalLeaderKeyWithPublicKey(m_options.miner->vrf_key.public_key().ToBytes());
      if (found) key = std::move(found).value();
    }
    if (key) {
      m_key = key;
      LOG_INFO("miner: using the VRF key registered at burn block {} (vtxindex {})", key->block_height, key->vtxindex);
      // A restarted miner commits to the next burn block at once rather than after it.
      if (auto status = IssueBlockCommit(); !status) LOG_ERROR("miner: block commit: {}", status.error().message);
    } else if (auto status = RegisterKey(); !status) {
      LOG_ERROR("miner: cannot register a VRF key: {}", status.error().message);
    }
  }
  while (auto first = inbox.Receive()) {
    // Take what else is waiting too, so that a burst of accepted transactions becomes one /new_mempool_tx.
    std::vector<RelayerDirective> directives{std::move(*first)};
    while (directives.size() < MAX_DIRECTIVES_PER_ROUND) {
      auto more = inbox.TryReceive();
      if (!more) break;
      directives.push_back(std::move(*more));
    }
    std::vector<util::Bytes> accepted_txs;
    for (auto& directive : directives) {
      if (auto* processed = std::get_if<ProcessedBurnBlock>(&directive)) {
        HandleProcessedBurnBlock(processed->snapshot);
      } else if (std::holds_alternative<node::IssueBlockCommit>(directive)) {
        if (auto status = IssueBlockCommit(); !status) LOG_ERROR("miner: block commit: {}", status.error().message);
      } else if (std::holds_alternative<node::RegisterKey>(directive)) {
        if (auto status = RegisterKey(); !status) LOG_ERROR("miner: key registration: {}", status.error().message);
      } else if (auto* net = std::get_if<HandleNetResult>(&directive)) {
        for (auto& tx : net->accepted_txs) accepted_txs.push_back(std::move(tx));
      }
    }
    if (m_events != nullptr && !accepted_txs.empty()) {
      if (auto status = m_events->AnnounceMempoolTxs(accepted_txs); !status) {
        LOG_ERROR("event observers: cannot queue /new_mempool_tx: {}", status.error().message);
      }
    }
  }
}

void Relayer::HandleProcessedBurnBlock(const sortition::BlockSnapshot& snapshot) {
  if (!m_options.miner) return;
  const MinerKeys& keys = *m_options.miner;
  std::optional<StartTenure> won;
  {
    util::LockGuard lock(m_chain.mutex);
    if (!m_key) {
      auto stored = m_chain.sortition_db.LeaderKeysIn(snapshot.burn_header_hash);
      if (stored) {
        for (const auto& key : *stored) {
          if (key.op.public_key == keys.vrf_key.public_key().ToBytes() &&
              key.check.status == sortition::OpStatus::kAccepted) {
            m_key = key.op;
            LOG_INFO("miner: VRF key registered at burn block {} (vtxindex {})", key.op.block_height, key.op.vtxindex);
          }
        }
      }
    }
    if (snapshot.sortition && m_last_commit_txid && snapshot.winning_block_txid == *m_last_commit_txid) {
      auto commit = m_chain.sortition_db.WinningCommit(snapshot);
      if (commit && *commit && m_key) won = StartTenure{snapshot, **commit, *m_key};
    }
  }
  if (!m_key) {
    // A registration that did not land within two burn blocks is sent again.
    if (!m_key_submitted_at || snapshot.block_height >= *m_key_submitted_at + 2) {
      if (auto status = RegisterKey(); !status) LOG_ERROR("miner: key registration: {}", status.error().message);
    }
    return;
  }
  if (won) {
    LOG_INFO("miner: won the sortition of burn block {}; starting tenure {}", snapshot.block_height,
             util::ToHex(snapshot.consensus_hash));
    m_miner.Send(std::move(*won));  // The miner asks for the next commit once its tenure's first block is in.
    return;
  }
  if (auto status = IssueBlockCommit(); !status) LOG_ERROR("miner: block commit: {}", status.error().message);
}

util::Status Relayer::RegisterKey() {
  if (!m_options.miner) return {};
  const MinerKeys& keys = *m_options.miner;
  burnchain::LeaderKeyRegisterOp op;
  uint64_t tip_height = 0;
  {
    util::LockGuard lock(m_chain.mutex);
    STACKS_TRY(sortition::BlockSnapshot tip, m_chain.sortition_db.CanonicalTip());
    op.consensus_hash = tip.consensus_hash;
    tip_height = tip.block_height;
  }
  op.public_key = keys.vrf_key.public_key().ToBytes();
  op.SetNakamotoSigningKeyHash(MinerPubkeyHash(keys));
  // Mocknet checks no UTXOs: the first input names an outpoint derived from the key, unique to this miner.
  burnchain::OutPoint input{crypto::Sha256(op.public_key), 0};
  const burnchain::BitcoinTx tx = op.ToBitcoinTx(m_options.burnchain_params.magic, Funding(keys, input));
  STACKS_TRY(burnchain::Txid txid, m_burnchain.Submit(tx));
  m_key_submitted_at = tip_height;
  m_next_input = burnchain::OutPoint{txid, 1};  // The key transaction's change output.
  LOG_INFO("miner: sent leader key registration {}", util::ToHex(txid));
  return {};
}

util::Status Relayer::IssueBlockCommit() {
  if (!m_options.miner || !m_key) return {};
  const MinerKeys& keys = *m_options.miner;
  const uint64_t target = m_burnchain.Tip().burn_block_height + 1;
  const chain::StacksEpochId epoch = m_options.EpochAt(target);
  if (epoch < chain::StacksEpochId::k30) return {};  // No epoch 2.x mining.
  if (target <= m_last_commit_target) return {};     // Already committed for this block.

  burnchain::LeaderBlockCommitOp op;
  {
    util::LockGuard lock(m_chain.mutex);
    STACKS_TRY(chainstate::ChainTip tip, m_chain.chainstate.GetTip());
    if (tip.block_id == chainstate::BOOT_BLOCK_ID) {
      // The first tenure builds on the boot state: the genesis parent (0, 0).
      STACKS_TRY(sortition::BlockSnapshot burn_tip, m_chain.sortition_db.CanonicalTip());
      op.block_header_hash = chainstate::BOOT_BLOCK_ID;
      op.new_seed = crypto::VrfSeedOf(crypto::VrfProve(keys.vrf_key, burn_tip.sortition_hash));
    } else {
      STACKS_TRY(chainstate::StoredBlock tip_block, m_chain.chainstate.GetBlockById(tip.block_id));
      STACKS_TRY(chainstate::StoredTenure tenure, m_chain.chainstate.GetTenure(tip_block.tenure_consensus_hash));
      STACKS_TRY(chainstate::StoredBlock start, m_chain.chainstate.GetBlockById(tenure.first_block_id));
      STACKS_TRY(sortition::BlockSnapshot election,
                 m_chain.sortition_db.SnapshotByConsensusHash(tip_block.tenure_consensus_hash));
      STACKS_TRY(std::optional<burnchain::LeaderBlockCommitOp> parent_commit,
                 m_chain.sortition_db.WinningCommit(election));
      if (!parent_commit) return util::Corruption("the tip tenure's sortition has no winning commit");
      op.block_header_hash = tenure.first_block_id;
      op.parent_block_ptr = static_cast<uint32_t>(parent_commit->block_height);
      op.parent_vtxindex = static_cast<uint16_t>(parent_commit->vtxindex);
      const chain::Transaction* coinbase = start.transactions.size() > 1 ? &start.transactions[1] : nullptr;
      const auto* payload = coinbase ? std::get_if<chain::CoinbasePayload>(&coinbase->payload()) : nullptr;
      if (payload == nullptr || !payload->vrf_proof) {
        return util::Corruption("the tip tenure's first block has no coinbase VRF proof");
      }
      op.new_seed = crypto::VrfSeedOf(*payload->vrf_proof);
    }
  }
  op.key_block_ptr = static_cast<uint32_t>(m_key->block_height);
  op.key_vtxindex = static_cast<uint16_t>(m_key->vtxindex);
  if (auto marker = sortition::EpochCommitMarker(epoch)) op.memo = {*marker};
  op.burn_parent_modulus = burnchain::BurnParentModulus(target);
  op.burn_fee = m_options.burn_fee_cap_sats;
  const bool single_output = m_options.CommitRuleAt(target) == burnchain::CommitOutputRule::kBurnOnly;
  const burnchain::PoxAddress burn = burnchain::StandardBurnAddress(m_options.mainnet);
  op.commit_outs = single_output ? std::vector{burn} : std::vector{burn, burn};
  const burnchain::OutPoint input = m_next_input.value_or(burnchain::OutPoint{crypto::Sha256(op.new_seed), 0});
  STACKS_TRY(burnchain::BitcoinTx tx, op.ToBitcoinTx(m_options.burnchain_params.magic, Funding(keys, input)));
  STACKS_TRY(burnchain::Txid txid, m_burnchain.Submit(tx));
  m_last_commit_txid = txid;
  m_last_commit_target = target;
  m_next_input = burnchain::OutPoint{txid, burnchain::ExpectedChainedUtxo(single_output)};
  LOG_DEBUG("miner: sent block commit {} for burn block {}", util::ToHex(txid), target);
  return {};
}

}  // namespace stacks::node
