// StacksNode: a running mocknet node. Start opens (or creates) every database under the working directory, catches
// up on what a crash left undone, and starts the threads of docs/ARCHITECTURE.md: the burnchain controller, the chains
// coordinator, the relayer, the miner (on a miner node) and the HTTP RPC workers. Stop shuts them down in an order
// that lets work in flight finish: the burnchain first, then the miner, the relayer and the coordinator, each
// draining its channel; the HTTP server stops alongside.
//
// Example:
//   STACKS_TRY(NodeOptions options, NodeOptionsFromConfig(config, now_ms));
//   STACKS_TRY(auto node, StacksNode::Start(std::move(options)));
//   ... wait for a signal ...
//   node->Stop();
//
// Thread safety: Start, Stop and the destructor belong to one thread; failed() and rpc_port() may be called from any.
#pragma once

#include <atomic>
#include <memory>
#include <optional>
#include <string>

#include "node/node_options.h"
#include "util/result.h"

namespace stacks::node {

class StacksNode {
 public:
  /// Opens the databases (writing the genesis state on first start), processes stored burn blocks the sortition DB
  /// lacks, drops mempool transactions that blocks have made stale, binds the RPC address and starts the threads.
  /// Errors: kIo if a directory or database cannot be created or the RPC address cannot be bound; kCorruption or
  /// kFailedPrecondition for a database that is not ours or from a newer build; the errors of catching up.
  static util::Result<std::unique_ptr<StacksNode>> Start(NodeOptions options);
  /// Stops, as Stop().
  ~StacksNode();
  StacksNode(const StacksNode&) = delete;
  StacksNode& operator=(const StacksNode&) = delete;

  /// Stops every thread and closes the databases. Idempotent.
  void Stop();
  /// The first error that stopped a thread (the burnchain controller's, say), or nullopt while all is well.
  std::optional<std::string> failed() const;
  /// The bound RPC port (the chosen one when rpc_bind's port is 0).
  uint16_t rpc_port() const;

 private:
  struct Impl;
  explicit StacksNode(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace stacks::node
