// The order in which a miner takes pending transactions: the highest fee rate first across accounts, nonce order
// within one, and only a transaction whose nonces are the next ones its origin (and sponsor) can use.
//
// The reference's Nakamoto miner walks its mempool by estimated fee rate, taking a transaction only when its nonces
// are the accounts' next (MemPoolDB::iterate_candidates in stackslib/src/core/mempool.rs). Without a cost estimator
// the rate here is fee / serialized length, as for a transaction the estimator has not seen.
//
// Pure and thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "chain/hashes.h"
#include "codec/stacks_address.h"

namespace stacks::mempool {

/// What the ordering needs to know of one pending transaction.
struct PendingTx {
  chain::Txid txid{};
  codec::StacksAddress origin;
  uint64_t origin_nonce = 0;
  codec::StacksAddress sponsor;  ///< The origin again when not sponsored.
  uint64_t sponsor_nonce = 0;    ///< The origin nonce when not sponsored.
  uint64_t fee_ustx = 0;
  uint64_t length_bytes = 0;  ///< Serialized size; at least 1.
  uint64_t accept_time_secs = 0;
  bool operator==(const PendingTx&) const = default;
};

/// The nonce an address's next transaction must carry, at the chain tip the miner builds on.
using NonceLookup = std::function<uint64_t(const codec::StacksAddress&)>;

/// Indexes into `pending` in mining order, at most `max_count` of them. A transaction is taken only when its origin
/// nonce (and sponsor nonce) equals the account's next nonce, counting the transactions already taken; among those
/// ready, the highest fee per byte goes first (ties: earlier accept time, then smaller txid). Transactions whose
/// nonces never become next (stale, or after a gap) are left out. `nonces` is called once per distinct address.
std::vector<size_t> MiningOrder(std::span<const PendingTx> pending, const NonceLookup& nonces, size_t max_count);

}  // namespace stacks::mempool
