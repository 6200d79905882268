// CostTracker: accumulates execution costs against a limit, as the reference's LimitedCostTracker does
// (clarity/src/vm/costs/mod.rs, add_cost), and the limits the reference budgets with.
//
// One tracker serves each kind of budget: a block's (limit = BlockLimit(...)), a transaction's inside a block (the
// reference gives the transaction the block's limit and the block's running total as its starting total, so it
// fails when the block would be over), and a read-only call's (limit = the node's read_only_call_limit,
// kDefaultReadOnlyCallLimit unless configured).
//
// Memory. The tracker also counts the bytes of values an execution holds (the reference's add_memory /
// drop_memory): arguments being applied, let and match bindings while in scope, a contract's source while it is
// initialized or called, and what a transaction writes (data-var and map values, new definitions), which stays
// counted until the transaction ends (ResetMemory). More than the memory limit at once fails the execution.
//
// Not thread-safe: one tracker belongs to one execution.
#pragma once

#include <cstdint>

#include "clarity/costs/cost_function.h"
#include "clarity/costs/cost_table.h"
#include "clarity/costs/execution_cost.h"
#include "util/result.h"

namespace stacks::clarity::costs {

/// Which epoch list a node uses (the reference's BitcoinNetworkType): mainnet, testnet (xenon), or regtest (mocknet,
/// helium, neon, krypton, nakamoto-neon).
enum class Network : unsigned char { kMainnet, kTestnet, kRegtest };

/// The reference's block limits (stackslib/src/core/mod.rs).
inline constexpr ExecutionCost kBlockLimitMainnet10{};  ///< Epoch 1.0: no Clarity, all zero.
/// Epoch 2.0 on mainnet and testnet.
inline constexpr ExecutionCost kBlockLimitMainnet20{.write_length = 15'000'000,
                                                    .write_count = 7'750,
                                                    .read_length = 100'000'000,
                                                    .read_count = 7'750,
                                                    .runtime = 5'000'000'000};
/// Epoch 2.05 on mainnet and testnet.
inline constexpr ExecutionCost kBlockLimitMainnet205{.write_length = 15'000'000,
                                                     .write_count = 15'000,
                                                     .read_length = 100'000'000,
                                                     .read_count = 15'000,
                                                     .runtime = 5'000'000'000};
/// Epochs 2.1 - 3.4 on mainnet and testnet; regtest from 2.5.
inline constexpr ExecutionCost kBlockLimitMainnet21{.write_length = 15'000'000,
                                                    .write_count = 15'000,
                                                    .read_length = 100'000'000,
                                                    .read_count = 15'000,
                                                    .runtime = 5'000'000'000};
/// Epochs 4.0 and 4.1 everywhere: 2.1's, with the read budget doubled.
inline constexpr ExecutionCost kBlockLimitMainnet40{.write_length = 15'000'000,
                                                    .write_count = 15'000,
                                                    .read_length = 200'000'000,
                                                    .read_count = 30'000,
                                                    .runtime = 5'000'000'000};
/// Regtest (mocknet) Epochs 2.0 - 2.4 (HELIUM_BLOCK_LIMIT_20).
inline constexpr ExecutionCost kHeliumBlockLimit20{.write_length = 150'000'000,
                                                   .write_count = 50'000,
                                                   .read_length = 1'000'000'000,
                                                   .read_count = 50'000,
                                                   .runtime = 100'000'000'000};
/// The reference node's default read_only_call_limit (net/connection.rs).
inline constexpr ExecutionCost kDefaultReadOnlyCallLimit{
    .write_length = 0, .write_count = 0, .read_length = 200'000, .read_count = 100, .runtime = 1'000'000'000};

/// The reference's CLARITY_MEMORY_LIMIT: the most bytes an execution may hold at once (memory(), above).
inline constexpr uint64_t kClarityMemoryLimit = 100 * 1000 * 1000;

/// The block limit of `epoch` in the reference's default epoch list for `network` (STACKS_EPOCHS_MAINNET,
/// _TESTNET, _REGTEST). A node configured with its own epochs list may differ. Pure.
ExecutionCost BlockLimit(Epoch epoch, Network network);

class CostTracker {
 public:
  /// A tracker with `limit` that has already spent `spent` (zero for a fresh budget; a block's running total for a
  /// transaction inside it), that fails memory past `memory_limit` (the reference's is always kClarityMemoryLimit;
  /// tests may lower it).
  explicit CostTracker(ExecutionCost limit, ExecutionCost spent = {}, uint64_t memory_limit = kClarityMemoryLimit)
      : m_limit(limit), m_total(spent), m_memory_limit(memory_limit) {}

  /// Adds `cost` to the total. Fails with kResourceExhausted:
  ///   "cost overflow in <dimension>" when a dimension would pass 2^64 - 1 (the total is unchanged);
  ///   "cost limit exceeded: <dimension> <total> > limit <limit>" naming the first dimension over the limit, in
  ///   the order runtime, write_length, write_count, read_count, read_length. As in the reference, the total then
  ///   includes `cost` (callers abort the execution and discard the tracker, or restore a saved total).
  util::Status Add(const ExecutionCost& cost) {
    if (TryAdd(cost)) return {};
    return AddFailing(cost);
  }

  /// Add(cost) when it succeeds (no dimension overflows and none passes its limit); otherwise returns false and
  /// changes nothing (the caller then calls Add, which fails as it documents). For the charging fast path.
  bool TryAdd(const ExecutionCost& cost) {
    ExecutionCost sum;
    if (__builtin_add_overflow(m_total.runtime, cost.runtime, &sum.runtime) ||
        __builtin_add_overflow(m_total.read_count, cost.read_count, &sum.read_count) ||
        __builtin_add_overflow(m_total.read_length, cost.read_length, &sum.read_length) ||
        __builtin_add_overflow(m_total.write_length, cost.write_length, &sum.write_length) ||
        __builtin_add_overflow(m_total.write_count, cost.write_count, &sum.write_count) ||
        sum.runtime > m_limit.runtime || sum.write_length > m_limit.write_length ||
        sum.write_count > m_limit.write_count || sum.read_count > m_limit.read_count ||
        sum.read_length > m_limit.read_length) {
      return false;
    }
    m_total = sum;
    return true;
  }

  /// Evaluate(version, function, n), then Add. Fails as either; an evaluation failure charges nothing.
  util::Status Charge(CostVersion version, CostFunction function, uint64_t n) {
    ExecutionCost cost;
    if (!TryEvaluate(version, function, n, cost)) return EvaluateFailure(version, function, n);
    return Add(cost);
  }

  /// Add({.runtime = runtime}) when it succeeds; otherwise returns false and changes nothing (the caller then calls
  /// Add, which fails as it documents). For the charging fast path.
  bool TryAddRuntime(uint64_t runtime) {
    uint64_t sum = 0;
    if (__builtin_add_overflow(m_total.runtime, runtime, &sum) || sum > m_limit.runtime ||
        m_total.write_length > m_limit.write_length || m_total.write_count > m_limit.write_count ||
        m_total.read_count > m_limit.read_count || m_total.read_length > m_limit.read_length) {
      return false;
    }
    m_total.runtime = sum;
    return true;
  }

  /// AddMemory(bytes) when it succeeds; otherwise returns false and changes nothing.
  bool TryAddMemory(uint64_t bytes) {
    uint64_t sum = 0;
    if (__builtin_add_overflow(m_memory, bytes, &sum) || sum > m_memory_limit) return false;
    m_memory = sum;
    return true;
  }
  /// DropMemory(bytes) when it succeeds; otherwise returns false and changes nothing.
  bool TryDropMemory(uint64_t bytes) {
    if (bytes > m_memory) return false;
    m_memory -= bytes;
    return true;
  }

  /// Counts `bytes` more memory in use (add_memory). Fails with kResourceExhausted:
  ///   "cost overflow in memory" when the count would pass 2^64 - 1 (the count is unchanged);
  ///   "MemoryBalanceExceeded(<in use>, <limit>)" when the count passes the memory limit; as in the reference the
  ///   count then includes `bytes` (the caller fails the execution; ResetMemory ends it).
  util::Status AddMemory(uint64_t bytes);
  /// Counts `bytes` less (drop_memory). Fails with kFailedPrecondition "Underflowed dropped memory" when fewer
  /// are in use (the count is unchanged): a caller dropped what it did not add.
  util::Status DropMemory(uint64_t bytes);
  /// Forgets all memory in use (reset_memory: the end of a transaction).
  void ResetMemory() { m_memory = 0; }
  /// The bytes of memory in use.
  uint64_t memory() const { return m_memory; }
  uint64_t memory_limit() const { return m_memory_limit; }

  const ExecutionCost& total() const { return m_total; }
  const ExecutionCost& limit() const { return m_limit; }
  /// Replaces the total (to restore one saved before a failed transaction).
  void set_total(const ExecutionCost& total) { m_total = total; }

 private:
  // Add when a dimension overflows or passes its limit: the error, with the total as Add documents.
  util::Status AddFailing(const ExecutionCost& cost);
  // Evaluate's error for an evaluation TryEvaluate refused.
  static util::Error EvaluateFailure(CostVersion version, CostFunction function, uint64_t n);

  ExecutionCost m_limit;
  ExecutionCost m_total;
  uint64_t m_memory_limit;
  uint64_t m_memory = 0;
};

}  // namespace stacks::clarity::costs
