// RpcBackend: what the HTTP RPC needs from the node. The node implements it over its chainstate, sortition DB and
// mempool; tests implement it with fixed values. The RPC layer never touches node state any other way.
//
// Threads: the server calls these methods from its worker threads, several at once; implementations must be
// thread-safe. Each call should return promptly (the client waits on it).
//
// Errors: a method returns kNotFound when what was asked for does not exist (the endpoint answers 404 with the
// reference's message); any other error code is a server failure (500, text/plain, the error's message).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "chain/hashes.h"
#include "chain/transaction.h"
#include "codec/stacks_address.h"
#include "net/rpc_types.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::net {

/// Why the mempool refused a transaction (MemPoolRejection::into_json in stackslib/src/chainstate/stacks/db/
/// blocks.rs): a stable reason ("BadNonce", "FeeTooLow", "NotEnoughFunds", ...) and its data, if any, e.g.
/// {"expected": 3, "actual": 1, "is_origin": true, "principal": "ST..."}. Served sorted by key, as the reference.
struct MempoolRejection {
  std::string reason;
  std::optional<nlohmann::json> reason_data;
};

/// The mempool took the transaction, or already held it (both answer 200 with the txid).
struct MempoolAccepted {};

using MempoolOutcome = std::variant<MempoolAccepted, MempoolRejection>;

class RpcBackend {
 public:
  virtual ~RpcBackend() = default;

  /// The node's view for GET /v2/info. Errors: a server failure.
  virtual util::Result<NodeInfo> GetNodeInfo() = 0;

  /// The account of `principal` at `tip`; an account never written reads as all zeros. With `with_proof`, the
  /// proof fields are filled. Errors: kNotFound if `tip` is unknown.
  virtual util::Result<AccountEntry> GetAccount(const codec::Principal& principal, const TipRequest& tip,
                                                bool with_proof) = 0;

  /// Fee rate in micro-STX per byte for a STX transfer (the median estimate / 180 bytes, or 1 without an estimator).
  virtual util::Result<uint64_t> GetTransferFeeRate() = 0;

  /// Offers `tx` to the mempool (and, if accepted, to the relay). `attachment`, when given, is an Atlas attachment
  /// posted with it. Errors: a server failure; a refusal is a MempoolRejection, not an error.
  virtual util::Result<MempoolOutcome> SubmitTransaction(const chain::Transaction& tx,
                                                         const std::optional<util::Bytes>& attachment) = 0;

  /// A transaction in the mempool or the unconfirmed microblock stream. Errors: kNotFound if in neither.
  virtual util::Result<UnconfirmedTransaction> GetUnconfirmedTransaction(const chain::Txid& txid) = 0;

  /// The serialized Nakamoto block `block_id`. Errors: kNotFound if the node has no such block.
  virtual util::Result<util::Bytes> GetNakamotoBlock(const chain::StacksBlockId& block_id) = 0;

  /// The serialized Nakamoto block at Stacks height `height` on the fork of `tip`. Errors: kNotFound if none.
  virtual util::Result<util::Bytes> GetNakamotoBlockByHeight(uint64_t height, const TipRequest& tip) = 0;

  /// The node's current tenure. Errors: kNotFound before the first tenure; else a server failure.
  virtual util::Result<TenureInfo> GetTenureInfo() = 0;

  /// The sortition(s) `query` names: one, or for kLatestAndLast the latest winning sortition and, when it has one,
  /// the sortition before it. Errors: kNotFound if no such sortition; kInvalidArgument for a burn height out of
  /// range (400); else a server failure.
  virtual util::Result<std::vector<SortitionInfo>> GetSortitions(const SortitionQuery& query) = 0;

  /// PoX parameters and cycle state at `tip`. Errors: kNotFound if `tip` is unknown.
  virtual util::Result<PoxInfo> GetPoxInfo(const TipRequest& tip) = 0;
};

}  // namespace stacks::net
