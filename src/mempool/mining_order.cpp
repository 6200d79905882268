#include "mempool/mining_order.h"

#include <algorithm>
#include <map>
#include <optional>

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
  std::vector<size_t> order;
  while (order.size() < max_count) {
    std::optional<size_t> best;
    for (size_t i = 0; i < pending.size(); ++i) {
      if (taken[i]) continue;
      const PendingTx& tx = pending[i];
      if (tx.origin_nonce != nonce_of(tx.origin) || tx.sponsor_nonce != nonce_of(tx.sponsor)) continue;
      if (!best || Better(tx, pending[*best])) best = i;
    }
    if (!best) break;
    const PendingTx& tx = pending[*best];
    taken[*best] = true;
    order.push_back(*best);
    ++nonce_of(tx.origin);
    if (!(tx.sponsor == tx.origin)) ++nonce_of(tx.sponsor);
  }
  return order;
}

}  // namespace stacks::mempool
