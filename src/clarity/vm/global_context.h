// GlobalContext: the state one transaction's execution shares across every contract it enters (stacks-core
// clarity/src/vm/contexts.rs GlobalContext): the chain it runs in, the cost tracker, the store's nested levels
// together with an asset map, an event batch and a read-only flag per level, and the contracts it has loaded.
//
// Levels. Begin() (or BeginReadOnly()) opens a level on all four at once; Commit() folds the innermost into its
// parent (writes, asset map, events), or at the outermost hands the writes to the store and keeps the asset map and
// events for TakeCommittedEvents/TakeCommittedAssetMap; Rollback() drops the innermost level's writes, asset map and
// events. A transaction is one level (runtime.h opens it); a public function, a read-only function, a deployment,
// and `at-block` each open another inside it.
//
// Ownership: the store, the tracker, the block-info provider and the cache must outlive the context. Not
// thread-safe: one context belongs to one execution.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#include "clarity/costs/cost_function.h"
#include "clarity/costs/cost_table.h"
#include "clarity/costs/cost_tracker.h"
#include "clarity/storage/block_info.h"
#include "clarity/storage/write_stack.h"
#include "clarity/vm/asset_map.h"
#include "clarity/vm/contract.h"
#include "clarity/vm/events.h"
#include "util/result.h"

namespace stacks::clarity::vm {

class ContractCache;

/// The chain ids of mainnet and testnet (CHAIN_ID_MAINNET, CHAIN_ID_TESTNET).
inline constexpr uint32_t CHAIN_ID_MAINNET = 0x00000001;
inline constexpr uint32_t CHAIN_ID_TESTNET = 0x80000000;

/// Largest total size of the events of one transaction (MAX_EVENTS_BATCH, in value-size units).
inline constexpr uint64_t MAX_EVENTS_BATCH = 50 * 1024 * 1024;

/// The chain a transaction executes in.
struct ChainContext {
  costs::Epoch epoch = costs::Epoch::k30;  ///< The epoch of the block the transaction is in.
  bool mainnet = false;                    ///< is-in-mainnet, the principal natives' network, the cost table.
  uint32_t chain_id = CHAIN_ID_TESTNET;    ///< chain-id.
  bool regtest = false;                    ///< is-in-regtest.
  /// Questions about blocks (get-block-info? and friends, burn-block-height, tenure-height); null when the caller
  /// has no chain to answer them, in which case those natives fail.
  const storage::BlockInfo* block_info = nullptr;
  /// Answer as the reference's WASM (wasm32) build does where it differs from a node's native 64-bit build: it
  /// refuses to load a contract it cannot read back (contract_store.h, MAX_STORED_JSON_DEPTH: it keeps serde_json's
  /// recursion limit, the native build lifts it), it counts the memory of with-ft and with-nft allowances at its
  /// narrower struct sizes (post_conditions.h), and its tools analyse a deployment on a free tracker, so the
  /// analysis' memory is not carried into initialization (runtime.h). Only for tools that must answer as the
  /// reference's simnet does (clarity-cli); a node never sets it.
  bool wasm_build = false;
};

/// A charge known before the work it pays for: cost function `function` at input size `n`.
struct PlannedCharge {
  costs::CostFunction function;
  uint64_t n = 0;
};

/// The runtime `charges` add under `fast` (costs::FastCosts of a cost version) when each is a runtime-only cost of
/// those fast forms and their sum does not overflow; nullopt otherwise.
inline std::optional<uint64_t> SumRuntimeCharges(const costs::FastCost* fast, std::span<const PlannedCharge> charges) {
  uint64_t sum = 0;
  for (const PlannedCharge& charge : charges) {
    const costs::FastCost& cost = fast[static_cast<size_t>(charge.function)];
    uint64_t runtime = cost.b;
    if (cost.kind == costs::FastCost::Kind::kRuntimeLinear) {
      if (__builtin_mul_overflow(cost.a, charge.n, &runtime) || __builtin_add_overflow(runtime, cost.b, &runtime)) {
        return std::nullopt;
      }
    } else if (cost.kind != costs::FastCost::Kind::kRuntimeConstant) {
      return std::nullopt;
    }
    if (__builtin_add_overflow(sum, runtime, &sum)) return std::nullopt;
  }
  return sum;
}

class GlobalContext {
 public:
  /// A context over `store` (whose open levels, if any, belong to the caller: a block's level, say), charging
  /// `tracker` from `cost_version`, caching loaded contracts in `cache` when it is not null.
  GlobalContext(storage::WriteStack& store, costs::CostTracker& tracker, const ChainContext& chain,
                costs::CostVersion cost_version, ContractCache* cache = nullptr);

  GlobalContext(const GlobalContext&) = delete;
  GlobalContext& operator=(const GlobalContext&) = delete;

  const ChainContext& chain() const { return m_chain; }
  costs::Epoch epoch() const { return m_chain.epoch; }
  storage::WriteStack& store() { return m_store; }
  costs::CostTracker& tracker() { return m_tracker; }
  costs::CostVersion cost_version() const { return m_cost_version; }

  /// Charges `function` at input size n. Errors: the tracker's (kResourceExhausted); a cost function that cannot be
  /// evaluated at n (a log of 0) is the reference's RuntimeCheck(CostComputationFailed(..)).
  util::Status Charge(costs::CostFunction function, uint64_t n) {
    // The common case inline: a runtime-only formula that evaluates and fits (ChargeSlow does all the rest).
    const costs::FastCost& fast = m_fast_costs[static_cast<size_t>(function)];
    uint64_t runtime = fast.b;
    if (fast.kind == costs::FastCost::Kind::kRuntimeLinear) {
      if (__builtin_mul_overflow(fast.a, n, &runtime) || __builtin_add_overflow(runtime, fast.b, &runtime)) {
        return ChargeSlow(function, n);
      }
    } else if (fast.kind == costs::FastCost::Kind::kLinear) {
      return ChargeLinear(fast, function, n);
    } else if (fast.kind != costs::FastCost::Kind::kRuntimeConstant) {
      return ChargeSlow(function, n);
    }
    if (m_tracker.TryAddRuntime(runtime)) return {};
    return ChargeSlow(function, n);
  }

  /// Charges every one of `charges` at once when each is a runtime-only cost function of this context's cost version
  /// and their sum fits the limit: answers true having added the sum, which is where charging them one after
  /// another would have ended. Otherwise answers false and charges nothing (charge them one by one then, for the
  /// error at the point the reference fails).
  bool TryChargeRuntimeAll(const std::vector<PlannedCharge>& charges) {
    const std::optional<uint64_t> sum = SumRuntimeCharges(m_fast_costs, charges);
    return sum && m_tracker.TryAddRuntime(*sum);
  }

  /// TryChargeRuntimeAll for charges whose cost functions may also read or write (kLinear fast forms), plus
  /// `runtime` more: answers true having added the sum of every dimension when each charge has a fast form and the
  /// sums fit the limit; otherwise false, charging nothing.
  bool TryChargeAll(std::span<const PlannedCharge> charges, uint64_t runtime = 0) {
    std::array<uint64_t, 4> other{};  // write_length, write_count, read_count, read_length (CostEntry's order)
    for (const PlannedCharge& charge : charges) {
      const costs::FastCost& fast = m_fast_costs[static_cast<size_t>(charge.function)];
      uint64_t cost = fast.b;
      if (fast.kind == costs::FastCost::Kind::kRuntimeLinear) {
        if (__builtin_mul_overflow(fast.a, charge.n, &cost) || __builtin_add_overflow(cost, fast.b, &cost)) {
          return false;
        }
      } else if (fast.kind == costs::FastCost::Kind::kLinear) {
        if (__builtin_mul_overflow(fast.all_a[0], charge.n, &cost) ||
            __builtin_add_overflow(cost, fast.all_b[0], &cost)) {
          return false;
        }
        for (size_t d = 0; d < other.size(); ++d) {
          uint64_t dimension = 0;
          if (__builtin_mul_overflow(fast.all_a[d + 1], charge.n, &dimension) ||
              __builtin_add_overflow(dimension, fast.all_b[d + 1], &dimension) ||
              __builtin_add_overflow(other[d], dimension, &other[d])) {
            return false;
          }
        }
      } else if (fast.kind != costs::FastCost::Kind::kRuntimeConstant) {
        return false;
      }
      if (__builtin_add_overflow(runtime, cost, &runtime)) return false;
    }
    return m_tracker.TryAdd(costs::ExecutionCost{.write_length = other[0],
                                                 .write_count = other[1],
                                                 .read_length = other[3],
                                                 .read_count = other[2],
                                                 .runtime = runtime});
  }

  /// Whether `bytes` more memory in use would stay within the memory limit.
  bool MemoryFits(uint64_t bytes) const {
    return m_tracker.memory() <= m_tracker.memory_limit() && bytes <= m_tracker.memory_limit() - m_tracker.memory();
  }

  /// Counts `bytes` more memory in use on the tracker (add_memory). Errors: RuntimeCheck(MemoryBalanceExceeded(<in
  /// use>, <limit>)) past the memory limit (the bytes stay counted, as in the reference: the execution fails);
  /// the tracker's kResourceExhausted "cost overflow in memory".
  util::Status AddMemory(uint64_t bytes) {
    if (m_tracker.TryAddMemory(bytes)) return {};
    return AddMemorySlow(bytes);
  }
  /// Counts `bytes` less (drop_memory). Errors: Internal(Expect(..Underflowed dropped memory)) when fewer are
  /// counted (a caller dropping what it did not add).
  util::Status DropMemory(uint64_t bytes) {
    if (m_tracker.TryDropMemory(bytes)) return {};
    return DropMemorySlow(bytes);
  }

  /// Opens a level that inherits its parent's read-only flag (begin). Errors: the store's (too many levels).
  util::Status Begin();
  /// Opens a read-only level (begin_read_only). Errors: as Begin.
  util::Status BeginReadOnly();
  /// Closes the innermost level keeping its writes, asset map and events (commit). Errors: kFailedPrecondition with
  /// no level open; Runtime(ArithmeticOverflow) when the asset maps cannot be merged (the level's writes are then
  /// rolled back and the level closed, as the reference's); the store's (the outermost PutAll failed: the level
  /// stays open).
  util::Status Commit();
  /// Closes the innermost level dropping its writes, asset map and events. Errors: kFailedPrecondition with no
  /// level open.
  util::Status Rollback();
  /// The number of levels this context opened and has not closed.
  size_t depth() const { return m_depth; }
  /// Whether the innermost level is read-only (false with none open).
  bool IsReadOnly() const { return m_depth > 0 && Top().read_only; }

  /// The innermost level's asset map (made on first use: most levels move no asset). REQUIRES: depth() > 0.
  AssetMap& asset_map() {
    std::unique_ptr<AssetMap>& assets = Top().assets;
    if (assets == nullptr) assets = std::make_unique<AssetMap>();
    return *assets;
  }
  /// Appends `event` to the innermost level's events. Errors: kFailedPrecondition with no level open;
  /// kResourceExhausted when the transaction's events pass MAX_EVENTS_BATCH.
  util::Status EmitEvent(Event event);

  /// What the outermost Commit kept: the transaction's events in order, and its asset map. Each call takes them.
  std::vector<Event> TakeCommittedEvents() { return std::move(m_committed_events); }
  AssetMap TakeCommittedAssetMap() { return std::move(m_committed_assets); }

  /// The deployed contract `id`, loaded at most once per context (later calls answer the same object, so that
  /// recursion checks can compare pointers), through the cache when there is one. The pointer stays valid for
  /// the context's lifetime. Errors: kNotFound if no such contract is deployed; the store's; kCorruption if its
  /// stored form does not load.
  util::Result<const ContractContext*> LoadContract(const ContractIdentifier& id);
  /// Whether `id` is deployed (has_contract), counting contracts deployed in open levels. Errors: the store's.
  util::Result<bool> HasContract(const ContractIdentifier& id);

 private:
  struct Level {
    bool read_only = false;
    std::unique_ptr<AssetMap> assets;  ///< Null until the level records an asset.
    std::vector<Event> events;
    uint64_t events_size = 0;  ///< The transaction's event size up to and including this level's.
  };
  util::Status Open(bool read_only);
  // Charge, AddMemory and DropMemory past their inline fast paths: the tracker's general paths and errors.
  util::Status ChargeSlow(costs::CostFunction function, uint64_t n);
  // Charge of a kLinear cost function (one that reads or writes): every dimension evaluated here, ChargeSlow when
  // one overflows or the sum does not fit.
  util::Status ChargeLinear(const costs::FastCost& fast, costs::CostFunction function, uint64_t n);
  util::Status AddMemorySlow(uint64_t bytes);
  util::Status DropMemorySlow(uint64_t bytes);

  storage::WriteStack& m_store;
  costs::CostTracker& m_tracker;
  ChainContext m_chain;
  costs::CostVersion m_cost_version;
  const costs::FastCost* m_fast_costs;  ///< FastCosts(m_cost_version).
  ContractCache* m_cache;
  // The open levels: the outermost inline (a transaction's own; most transactions open no other), the ones inside
  // it in m_inner, outermost first.
  Level m_outer;
  std::vector<Level> m_inner;
  size_t m_depth = 0;
  /// The innermost open level. REQUIRES: m_depth > 0.
  Level& Top() { return m_depth == 1 ? m_outer : m_inner.back(); }
  const Level& Top() const { return m_depth == 1 ? m_outer : m_inner.back(); }
  /// The level around the innermost. REQUIRES: m_depth > 1.
  Level& BelowTop() { return m_depth == 2 ? m_outer : m_inner[m_depth - 3]; }
  /// Opens a level (fresh) and answers it; closes the innermost.
  Level& Push();
  void Pop();
  std::vector<Event> m_committed_events;
  AssetMap m_committed_assets;
  /// The contracts this transaction loaded, searched in order: the first inline (most transactions load one), the
  /// others after it.
  std::shared_ptr<const ContractContext> m_first_loaded;
  std::vector<std::shared_ptr<const ContractContext>> m_more_loaded;
  /// The loaded contract `id`, or null.
  const ContractContext* FindLoaded(const ContractIdentifier& id) const;
};

/// Memory counted for the extent of a scope (the reference's finally_drop_memory): Add counts more, and all of it
/// is dropped when the scope ends, however it ends. REQUIRES: `global` outlives it. A drop can fail only if the
/// tracker's memory was reset while the scope was open; that is then ignored.
class ScopedMemory {
 public:
  explicit ScopedMemory(GlobalContext& global) : m_global(global) {}
  ~ScopedMemory() { (void)m_global.DropMemory(m_bytes); }
  ScopedMemory(const ScopedMemory&) = delete;
  ScopedMemory& operator=(const ScopedMemory&) = delete;

  /// GlobalContext::AddMemory(bytes), dropped with the scope when it succeeds. Errors: as AddMemory (bytes that
  /// fail are not dropped: the execution fails with them counted, as in the reference).
  util::Status Add(uint64_t bytes) {
    STACKS_RETURN_IF_ERROR(m_global.AddMemory(bytes));
    m_bytes += bytes;
    return {};
  }

 private:
  GlobalContext& m_global;
  uint64_t m_bytes = 0;
};

}  // namespace stacks::clarity::vm
