// The messages the node's threads send one another (see docs/ARCHITECTURE.md, "The node's threads").
//
//   burnchain controller --BurnBlockArrived--> chains coordinator
//   miner --StacksBlockProposed--> chains coordinator (answered through a promise)
//   chains coordinator --ProcessedBurnBlock--> relayer
//   RPC workers --HandleNetResult--> relayer
//   relayer --StartTenure--> miner; miner --IssueBlockCommit--> relayer
#pragma once

#include <future>
#include <memory>
#include <variant>
#include <vector>

#include "burnchain/leader_block_commit.h"
#include "burnchain/leader_key_register.h"
#include "burndb/burnchain_db.h"
#include "chain/nakamoto_block.h"
#include "sortition/snapshot.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::node {

/// The mocknet mined and stored a burn block.
struct BurnBlockArrived {
  burndb::BurnBlock block;
};

/// The miner asks for its block to be validated and appended; `done` gets the verdict.
struct StacksBlockProposed {
  chain::NakamotoBlock block;
  std::shared_ptr<std::promise<util::Status>> done;
};

using CoordinatorMessage = std::variant<BurnBlockArrived, StacksBlockProposed>;

/// Transactions the mempool newly accepted (the reference's NetworkResult): announced to observers, and relayed to
/// peers once the p2p loop exists.
struct HandleNetResult {
  std::vector<util::Bytes> accepted_txs;  ///< Serialized transactions.
};
/// Register the miner's VRF key on the burnchain.
struct RegisterKey {};
/// The coordinator processed a burn block's sortition.
struct ProcessedBurnBlock {
  sortition::BlockSnapshot snapshot;
};
/// Send a block commit for the next burn block.
struct IssueBlockCommit {};

/// The relayer's directives (RelayerDirective in stacks-node/src/nakamoto_node/relayer.rs).
using RelayerDirective = std::variant<HandleNetResult, RegisterKey, ProcessedBurnBlock, IssueBlockCommit>;

/// This node's commit won `election`: mine the tenure.
struct StartTenure {
  sortition::BlockSnapshot election;
  burnchain::LeaderBlockCommitOp commit;
  burnchain::LeaderKeyRegisterOp key;
};

using MinerCommand = std::variant<StartTenure>;

}  // namespace stacks::node
