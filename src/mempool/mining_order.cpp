#include "mempool/mining_order.h"

#include <algorithm>
#include <map>
#include <optional>
#include <queue>
#include <utility>

namespace stacks::mempool {
namespace {

using Uint128 = unsigned __int128;

// Whether a pays more per byte than b, breaking ties by accept time, then txid.
bool Better(const PendingTx& a, const PendingTx& b) {
  const Uint128 lhs = Uint128{a.fee_ustx} * std::max<uint64_t>(b.length_bytes, 1);
  const Uint128 rhs = Uint128{b.fee_ustx} * std::max<uint64_t>(a.length_bytes, 1);
  if (lhs != rhs) return lhs > rhs;
  if (a.accept_time_secs != b.accept_time_secs) return a.accept_time_secs < b.accept_time_secs;
  return a.txid < b.txid;
}

}  // namespace

std::vector<size_t> MiningOrder(std::span<const PendingTx> pending, const NonceLookup& nonces, size_t max_count) {
  std::map<codec::StacksAddress, uint64_t> next_nonce;
  const auto nonce_of = [&](const codec::StacksAddress& address) -> uint64_t& {
    auto it = next_nonce.find(address);
    if (it == next_nonce.end()) it = next_nonce.emplace(address, nonces(address)).first;
    return it->second;
  };
  std::vector<bool> taken(pending.size(), false);
  const auto ready = [&](size_t i) {
    const PendingTx& tx = pending[i];
    return !taken[i] && tx.origin_nonce == nonce_of(tx.origin) && tx.sponsor_nonce == nonce_of(tx.sponsor);
  };
  // Who waits for an (address, nonce): a transaction becomes ready only when one of its accounts reaches its nonce.
  using Slot = std::pair<codec::StacksAddress, uint64_t>;
  std::map<Slot, std::vector<size_t>> waiting;
  for (size_t i = 0; i < pending.size(); ++i) {
    waiting[{pending[i].origin, pending[i].origin_nonce}].push_back(i);
    if (!(pending[i].sponsor == pending[i].origin))
      waiting[{pending[i].sponsor, pending[i].sponsor_nonce}].push_back(i);
  }
  // The ready transactions, best on top. An entry whose transaction stopped being ready (another took the sponsor's
  // nonce) is dropped when it surfaces; nonces only grow, so it never becomes ready again.
  const auto worse = [&](size_t a, size_t b) { return Better(pending[b], pending[a]); };
  std::priority_queue<size_t, std::vector<size_t>, decltype(worse)> heap(worse);
  for (size_t i = 0; i < pending.size(); ++i) {
    if (ready(i)) heap.push(i);
  }
  std::vector<size_t> order;
  while (order.size() < max_count && !heap.empty()) {
    const size_t best = heap.top();
    heap.pop();
    if (!ready(best)) continue;
    const PendingTx& tx = pending[best];
    taken[best] = true;
    order.push_back(best);
    std::vector<const codec::StacksAddress*> advanced{&tx.origin};
    if (!(tx.sponsor == tx.origin)) advanced.push_back(&tx.sponsor);
    for (const auto* address : advanced) ++nonce_of(*address);
    for (const auto* address : advanced) {
      auto it = waiting.find({*address, nonce_of(*address)});
      if (it == waiting.end()) continue;
      for (size_t i : it->second) {
        if (ready(i)) heap.push(i);
      }
    }
  }
  return order;
}

}  // namespace stacks::mempool
