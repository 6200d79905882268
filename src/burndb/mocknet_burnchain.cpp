#include "burndb/mocknet_burnchain.h"

#include <algorithm>
#include <chrono>
#include <mutex>
#include <utility>

#include "burnchain/pre_stx.h"
#include "burndb/mocknet_block_hash.h"
#include "util/clock.h"

namespace stacks::burndb {

util::Result<std::unique_ptr<MocknetBurnchain>> MocknetBurnchain::Open(MocknetBurnchainOptions options,
                                                                       uint64_t now_secs) {
  STACKS_TRY(BurnchainDb db, BurnchainDb::Open(options.db_path, options.db));
  auto tip = db.Tip();
  if (!tip) {
    if (tip.error().code != util::ErrorCode::kNotFound) return std::move(tip).error();
    BurnBlock first;
    first.header.burn_block_height = options.first_burn_block_height;
    first.header.hash = options.first_burn_block_hash;
    first.header.timestamp_secs = options.first_burn_block_timestamp_secs.value_or(now_secs);
    STACKS_RETURN_IF_ERROR(db.AppendBlock(first));
    tip = first.header;
  } else {
    // Stored heights are contiguous from the first block, so the first block sits at the tip's height minus the
    // number of blocks after it; looking it up is enough.
    auto first = db.BlockAtHeight(options.first_burn_block_height);
    if (!first || (options.first_burn_block_height > 0 && db.BlockAtHeight(options.first_burn_block_height - 1))) {
      return util::FailedPrecondition("the stored burnchain does not start at the configured first burn block height " +
                                      std::to_string(options.first_burn_block_height));
    }
  }
  BurnBlockHeader tip_header = *tip;
  return std::unique_ptr<MocknetBurnchain>(new MocknetBurnchain(std::move(options), std::move(db), tip_header));
}

MocknetBurnchain::MocknetBurnchain(MocknetBurnchainOptions options, BurnchainDb db, BurnBlockHeader tip)
    : m_options(std::move(options)), m_db(std::move(db)), m_tip(tip) {}

util::Result<burnchain::Txid> MocknetBurnchain::Submit(burnchain::BitcoinTx tx) {
  const burnchain::Txid txid = burnchain::BitcoinTxid(tx);
  util::LockGuard lock(m_mutex);
  if (m_queue.size() >= m_options.max_queued_txs) {
    return util::ResourceExhausted("mocknet burnchain queue is full (" + std::to_string(m_options.max_queued_txs) +
                                   " transactions wait for the next burn block)");
  }
  m_queue.push_back(std::move(tx));
  return txid;
}

size_t MocknetBurnchain::QueuedCount() const {
  util::LockGuard lock(m_mutex);
  return m_queue.size();
}

BurnBlockHeader MocknetBurnchain::Tip() const {
  util::LockGuard lock(m_mutex);
  return m_tip;
}

std::optional<codec::StacksAddress> MocknetBurnchain::FindPreStxSender(const burnchain::Txid& txid,
                                                                       const BurnBlock& pending) {
  const burnchain::BurnBlockRef block{pending.header.burn_block_height, pending.header.hash};
  for (const BurnTxRecord& tx : pending.txs) {
    if (tx.txid != txid || tx.reject_reason) continue;
    auto decoded = burnchain::DeserializeBitcoinTx(tx.raw_tx);
    if (!decoded) continue;
    auto pre_stx = burnchain::PreStxOp::Parse(*decoded, block, tx.vtxindex, m_options.parse.params);
    if (pre_stx) return pre_stx->output;
  }
  auto stored = m_db.FindAcceptedTx(txid);
  if (!stored) return std::nullopt;
  auto decoded = burnchain::DeserializeBitcoinTx(stored->tx.raw_tx);
  if (!decoded) return std::nullopt;
  auto pre_stx = burnchain::PreStxOp::Parse(*decoded, burnchain::BurnBlockRef{stored->burn_block_height, {}},
                                            stored->tx.vtxindex, m_options.parse.params);
  if (!pre_stx) return std::nullopt;
  return pre_stx->output;
}

util::Result<BurnBlock> MocknetBurnchain::MineBlock(uint64_t now_secs) {
  std::vector<burnchain::BitcoinTx> queued;
  BurnBlockHeader parent;
  {
    util::LockGuard lock(m_mutex);
    queued.swap(m_queue);
    parent = m_tip;
  }

  BurnBlock block;
  block.header.burn_block_height = parent.burn_block_height + 1;
  block.header.parent_hash = parent.hash;
  block.header.timestamp_secs = std::max(now_secs, parent.timestamp_secs);
  std::vector<burnchain::Txid> txids;
  txids.reserve(queued.size());
  for (const burnchain::BitcoinTx& tx : queued) txids.push_back(burnchain::BitcoinTxid(tx));
  block.header.hash = MocknetBlockHash(parent.hash, block.header.burn_block_height, block.header.timestamp_secs, txids);

  BurnOpParseContext context = m_options.parse;
  context.pre_stx_sender = [&](const burnchain::Txid& txid) { return FindPreStxSender(txid, block); };
  const burnchain::BurnBlockRef block_ref{block.header.burn_block_height, block.header.hash};
  for (size_t i = 0; i < queued.size(); ++i) {
    const auto vtxindex = static_cast<uint32_t>(i);
    BurnTxRecord record{vtxindex, txids[i], burnchain::SerializeBitcoinTx(queued[i]), std::nullopt};
    auto op = ParseBurnOp(queued[i], block_ref, vtxindex, context);
    if (op) {
      block.ops.push_back(std::move(op).value());
    } else {
      record.reject_reason = op.error().message;
    }
    block.txs.push_back(std::move(record));
  }

  auto stored = m_db.AppendBlock(block);
  if (!stored) {
    // Put the transactions back in front of anything submitted meanwhile, in their order.
    util::LockGuard lock(m_mutex);
    queued.insert(queued.end(), std::make_move_iterator(m_queue.begin()), std::make_move_iterator(m_queue.end()));
    m_queue = std::move(queued);
    return std::move(stored).error();
  }
  util::LockGuard lock(m_mutex);
  m_tip = block.header;
  return block;
}

util::Status MocknetBurnchain::Run(std::stop_token stop, uint64_t interval_ms, const BurnBlockCallback& on_block) {
  return Run(
      std::move(stop), [interval_ms] { return interval_ms; }, on_block);
}

util::Status MocknetBurnchain::Run(std::stop_token stop, const std::function<uint64_t()>& interval_ms,
                                   const BurnBlockCallback& on_block) {
  using Clock = std::chrono::steady_clock;
  auto next = Clock::now() + std::chrono::milliseconds(interval_ms());
  while (!stop.stop_requested()) {
    {
      std::unique_lock lock(m_mutex.native());
      m_wake.wait_until(lock, stop, next, [] { return false; });
    }
    if (stop.stop_requested()) break;
    STACKS_TRY(const BurnBlock block, MineBlock(util::UnixNowSecs()));
    if (on_block) on_block(block);
    const auto interval = std::chrono::milliseconds(interval_ms());
    next += interval;
    // After a stall (a slow callback), start counting again from now rather than mining a burst of blocks.
    if (next < Clock::now()) next = Clock::now() + interval;
  }
  return {};
}

}  // namespace stacks::burndb
