#include "node/miner.h"

#include <algorithm>

#include "chain/auth.h"
#include "chain/limits.h"
#include "chain/nakamoto_block_header.h"
#include "chain/signer.h"
#include "chainstate/accounts.h"
#include "crypto/hash.h"
#include "crypto/vrf.h"
#include "util/hex.h"
#include "util/clock.h"
#include "util/log.h"

namespace stacks::node {
namespace {

/// How often an idle tenure looks at the mempool.
constexpr std::chrono::milliseconds MEMPOOL_POLL{100};
/// The most mempool transactions one block considers.
constexpr size_t MAX_CANDIDATES_PER_BLOCK = 20'000;


/// A transaction from the miner's key with fee 0, signed.
util::Result<chain::Transaction> MinerTransaction(const NodeOptions& options, uint64_t nonce, chain::Payload payload) {
  const crypto::PrivateKey& key = options.miner->signing_key;
  chain::MutableTransaction tx;
  tx.version = options.mainnet ? chain::TransactionVersion::kMainnet : chain::TransactionVersion::kTestnet;
  tx.chain_id = options.chain_id;
  tx.auth.origin = chain::NewP2pkhCondition(key.GetPublicKey());
  chain::SetNonce(tx.auth.origin, nonce);
  chain::SetFee(tx.auth.origin, 0);
  tx.anchor_mode = chain::AnchorMode::kOnChainOnly;
  tx.payload = std::move(payload);
  STACKS_TRY(auto signer, chain::TransactionSigner::ForOrigin(std::move(tx)));
  STACKS_RETURN_IF_ERROR(signer.SignOrigin(key));
  return signer.Finish();
}

}  // namespace

void Miner::Run(Channel<MinerCommand>& inbox) {
  while (true) {
    std::optional<MinerCommand> command = inbox.ReceiveFor(MEMPOOL_POLL);
    if (!command && inbox.closed()) return;
    if (command) {
      m_tenure = std::get<StartTenure>(std::move(*command));
      m_tenure_bytes = 0;
      auto block = AssembleBlock(m_options, m_chain, m_mempool, *m_tenure, /*tenure_start=*/true, 0);
      util::Status status = block ? Propose(**block) : util::Status(std::move(block).error());
      if (status) {
        LOG_INFO("miner: tenure {} started at burn block {}", util::ToHex(m_tenure->election.consensus_hash),
                 m_tenure->election.block_height);
      } else {
        LOG_ERROR("miner: tenure-start block: {}", status.error().message);
        m_tenure.reset();
      }
      m_relayer.Send(IssueBlockCommit{});
      continue;
    }
    if (!m_tenure) continue;
    const auto since_last = std::chrono::steady_clock::now() - m_last_block_time;
    if (since_last < std::chrono::milliseconds(m_options.min_time_between_blocks_ms)) continue;
    auto block = AssembleBlock(m_options, m_chain, m_mempool, *m_tenure, /*tenure_start=*/false, m_tenure_bytes);
    if (!block) {
      LOG_ERROR("miner: block assembly: {}", block.error().message);
      continue;
    }
    if (!*block) continue;
    if (auto status = Propose(**block); !status) LOG_ERROR("miner: block refused: {}", status.error().message);
  }
}

util::Result<std::optional<chain::NakamotoBlock>> AssembleBlock(const NodeOptions& options, ChainState& chain_state,
                                                                MempoolState& mempool, const StartTenure& tenure,
                                                                bool tenure_start, uint64_t tenure_bytes_used) {
  using Out = std::optional<chain::NakamotoBlock>;
  const MinerKeys& keys = *options.miner;
  const crypto::Hash160 miner_hash = crypto::Hash160Of(keys.signing_key.GetPublicKey().SerializeCompressed());
  const chain::StacksEpochId epoch = options.EpochAt(tenure.election.block_height);
  const chainstate::BlockContext context{options.mainnet, epoch, tenure.election.block_height,
                                         options.first_burn_block_height};
  const uint64_t block_budget = std::min<uint64_t>(
      chain::MAX_BLOCK_LEN, options.max_tenure_bytes - std::min(options.max_tenure_bytes, tenure_bytes_used));

  util::LockGuard lock(chain_state.mutex);
  // A pointer, not a reference: the lambdas below use it while the lock is held, which clang's analysis cannot see.
  chainstate::ChainstateDb* const db = &chain_state.chainstate;
  STACKS_TRY(chainstate::ChainTip tip, db->GetTip());
  uint64_t parent_timestamp = 0;
  chain::ConsensusHash parent_tenure{};
  uint32_t parent_tenure_blocks = 0;
  if (tip.block_id != chainstate::BOOT_BLOCK_ID) {
    STACKS_TRY(chainstate::StoredBlock parent, db->GetBlockById(tip.block_id));
    STACKS_TRY(chain::NakamotoBlockHeader parent_header, chain::DecodeNakamotoBlockHeader(parent.header));
    parent_timestamp = parent_header.timestamp;
    parent_tenure = parent.tenure_consensus_hash;
    STACKS_TRY(chainstate::StoredTenure stored, db->GetTenure(parent_tenure));
    parent_tenure_blocks = static_cast<uint32_t>(stored.block_count);
  }
  if (!tenure_start && parent_tenure != tenure.election.consensus_hash) {
    return util::FailedPrecondition("the chain tip is not in this miner's tenure");
  }

  chainstate::AccountMap accounts;
  auto load = [&](const codec::Principal& principal) -> util::Status {
    if (accounts.contains(principal)) return {};
    STACKS_TRY(chainstate::Account account, db->GetAccount(principal));
    accounts[principal] = account;
    return {};
  };
  std::vector<chain::Transaction> txs;
  uint64_t block_bytes = 0;
  auto try_include = [&](const chain::Transaction& tx) -> util::Result<bool> {
    if (block_bytes + tx.serialized_size() > block_budget) return false;
    for (const auto& principal : chainstate::AccountsTouchedBy(tx)) STACKS_RETURN_IF_ERROR(load(principal));
    auto receipt = chainstate::ApplyTransactionToAccounts(tx, context, accounts);
    if (!receipt) {
      LOG_DEBUG("miner: skipping {}: {}", util::ToHex(tx.txid()), receipt.error().message);
      return false;
    }
    block_bytes += tx.serialized_size();
    txs.push_back(tx);
    return true;
  };

  if (tenure_start) {
    const codec::Principal miner_principal{
        codec::StacksAddress::FromPublicKey(options.mainnet ? codec::C32_ADDRESS_VERSION_MAINNET_SINGLESIG
                                                            : codec::C32_ADDRESS_VERSION_TESTNET_SINGLESIG,
                                            keys.signing_key.GetPublicKey().SerializeCompressed())
            .value()};
    STACKS_RETURN_IF_ERROR(load(miner_principal));
    const uint64_t nonce = accounts[miner_principal].nonce;
    chain::TenureChangePayload change;
    change.tenure_consensus_hash = tenure.election.consensus_hash;
    change.prev_tenure_consensus_hash = parent_tenure;
    change.burn_view_consensus_hash = tenure.election.consensus_hash;
    change.previous_tenure_end = tip.block_id;
    change.previous_tenure_blocks = parent_tenure_blocks;
    change.cause = chain::TenureChangeCause::kBlockFound;
    change.pubkey_hash = miner_hash;
    STACKS_TRY(chain::Transaction change_tx, MinerTransaction(options, nonce, change));
    chain::CoinbasePayload coinbase;
    coinbase.vrf_proof = crypto::VrfProve(keys.vrf_key, tenure.election.sortition_hash);
    STACKS_TRY(chain::Transaction coinbase_tx, MinerTransaction(options, nonce + 1, coinbase));
    for (const auto* tx : {&change_tx, &coinbase_tx}) {
      STACKS_TRY(bool included, try_include(*tx));
      if (!included) return util::FailedPrecondition("the tenure-start transactions do not apply");
    }
  }

  {
    util::LockGuard mempool_lock(mempool.mutex);
    STACKS_TRY(std::vector<chain::Transaction> candidates,
               mempool.db.TransactionsToMine(NonceLookupAt(*db), MAX_CANDIDATES_PER_BLOCK));
    for (const auto& tx : candidates) {
      STACKS_TRY(bool included, try_include(tx));
      (void)included;
      if (block_bytes + chain::MIN_TRANSACTION_LEN > block_budget) break;
    }
  }
  if (txs.empty()) return Out();

  chain::NakamotoBlock block;
  chain::NakamotoBlockHeader& header = block.header;
  header.version = chain::ExpectedHeaderVersion(epoch);
  header.chain_length = tip.stacks_block_height + 1;
  header.burn_spent = tenure.commit.burn_fee;
  header.consensus_hash = tenure.election.consensus_hash;
  header.parent_block_id = tip.block_id;
  header.timestamp = std::max(util::UnixNowSecs(), parent_timestamp);
  block.txs = std::move(txs);
  header.tx_merkle_root = chain::ComputeTxMerkleRoot(block.txs);
  chainstate::BlockToApply proposal = chainstate::BlockToApplyFromNakamoto(block, tenure.election.block_height, epoch);
  proposal.block_id.fill(0xff);  // Any id not stored; the root does not depend on it.
  STACKS_TRY(chainstate::AppliedBlock applied, db->ProposeBlock(proposal));
  header.state_index_root = applied.state_root;
  chain::SignAsMiner(header, keys.signing_key);
  return Out(std::move(block));
}

util::Status Miner::Propose(const chain::NakamotoBlock& block) {
  auto done = std::make_shared<std::promise<util::Status>>();
  std::future<util::Status> verdict = done->get_future();
  if (!m_coordinator.Send(StacksBlockProposed{block, done})) {
    return util::FailedPrecondition("the chains coordinator has stopped");
  }
  util::Status status = verdict.get();
  if (status) {
    m_last_block_time = std::chrono::steady_clock::now();
    m_tenure_bytes += chain::SerializeNakamotoBlock(block).size();
  }
  return status;
}

}  // namespace stacks::node
