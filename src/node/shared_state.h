// The databases several node threads use, each behind its own mutex.
//
// ChainState holds the sortition DB and the chainstate. The chains coordinator is their only writer; the miner
// (assembling a block) and the RPC workers (reading) lock the same mutex for short reads. MempoolState holds the
// mempool: RPC workers add to it, the coordinator removes what blocks mined, the miner reads candidates.
//
// Lock order: ChainState before MempoolState, never the other way round.
#pragma once

#include <atomic>
#include <cstdint>
#include <utility>

#include "chainstate/chainstate_db.h"
#include "mempool/mempool_db.h"
#include "sortition/sortition_db.h"
#include "util/thread_annotations.h"

namespace stacks::node {

struct ChainState {
  ChainState(sortition::SortitionDb sortition_db_in, chainstate::ChainstateDb chainstate_in)
      : sortition_db(std::move(sortition_db_in)), chainstate(std::move(chainstate_in)) {}
  util::Mutex mutex;
  sortition::SortitionDb sortition_db GUARDED_BY(mutex);
  chainstate::ChainstateDb chainstate GUARDED_BY(mutex);
  /// The canonical burn tip's height, for readers that need only it (the mempool's epoch) without the lock. Set by
  /// the coordinator after each burn block.
  std::atomic<uint64_t> burn_tip_height{0};
};

/// The mempool's view of account nonces at `chainstate`'s tip (an unreadable account reads as nonce 0, which only
/// makes its transactions wait). The caller holds ChainState::mutex while the lookup is used.
inline mempool::NonceLookup NonceLookupAt(chainstate::ChainstateDb& chainstate) {
  return [&chainstate](const codec::StacksAddress& address) -> uint64_t {
    auto account = chainstate.GetAccount(codec::Principal(address));
    return account ? account->nonce : 0;
  };
}

struct MempoolState {
  explicit MempoolState(mempool::MempoolDb db_in) : db(std::move(db_in)) {}
  util::Mutex mutex;
  mempool::MempoolDb db GUARDED_BY(mutex);
};

}  // namespace stacks::node
