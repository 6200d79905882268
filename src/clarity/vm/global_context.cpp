#include "clarity/vm/global_context.h"

#include <array>
#include <utility>

#include "clarity/storage/keys.h"
#include "clarity/vm/contract_store.h"
#include "clarity/vm/errors.h"
#include "clarity/vm/natives.h"

namespace stacks::clarity::vm {

GlobalContext::GlobalContext(storage::WriteStack& store, costs::CostTracker& tracker, const ChainContext& chain,
                             costs::CostVersion cost_version, ContractCache* cache)
    : m_store(store),
      m_tracker(tracker),
      m_chain(chain),
      m_cost_version(cost_version),
      m_fast_costs(costs::FastCosts(cost_version)),
      m_cache(cache) {}

GlobalContext::Level& GlobalContext::Push() {
  ++m_depth;
  if (m_depth == 1) return m_outer;
  return m_inner.emplace_back();
}

void GlobalContext::Pop() {
  if (m_depth == 1) {
    m_outer = Level{};
  } else {
    m_inner.pop_back();
  }
  --m_depth;
}

util::Status GlobalContext::ChargeSlow(costs::CostFunction function, uint64_t n) {
  util::Status charged = m_tracker.Charge(m_cost_version, function, n);
  if (!charged && charged.error().code != util::ErrorCode::kResourceExhausted) {
    return RuntimeCheckError("CostComputationFailed(" + charged.error().message + ")");
  }
  return charged;
}

util::Status GlobalContext::ChargeLinear(const costs::FastCost& fast, costs::CostFunction function, uint64_t n) {
  std::array<uint64_t, 5> dims{};
  for (size_t d = 0; d < dims.size(); ++d) {
    if (__builtin_mul_overflow(fast.all_a[d], n, &dims[d]) ||
        __builtin_add_overflow(dims[d], fast.all_b[d], &dims[d])) {
      return ChargeSlow(function, n);
    }
  }
  const costs::ExecutionCost cost{.write_length = dims[1],
                                  .write_count = dims[2],
                                  .read_length = dims[4],
                                  .read_count = dims[3],
                                  .runtime = dims[0]};
  if (m_tracker.TryAdd(cost)) return {};
  return ChargeSlow(function, n);
}

util::Status GlobalContext::AddMemorySlow(uint64_t bytes) {
  util::Status added = m_tracker.AddMemory(bytes);
  if (!added && added.error().message.rfind("MemoryBalanceExceeded(", 0) == 0) {
    return RuntimeCheckError(added.error().message);
  }
  return added;
}

util::Status GlobalContext::DropMemorySlow(uint64_t bytes) {
  util::Status dropped = m_tracker.DropMemory(bytes);
  if (!dropped)
    return InterpreterError("Expect(Interpreter failure during cost calculation: " + dropped.error().message + ")");
  return dropped;
}

util::Status GlobalContext::Open(bool read_only) {
  STACKS_RETURN_IF_ERROR(m_store.Nest());
  const uint64_t events_size = m_depth == 0 ? 0 : Top().events_size;
  Level& level = Push();
  level.read_only = read_only;
  level.events_size = events_size;
  return {};
}

util::Status GlobalContext::Begin() { return Open(IsReadOnly()); }

util::Status GlobalContext::BeginReadOnly() { return Open(true); }

util::Status GlobalContext::Commit() {
  if (m_depth == 0) return util::FailedPrecondition("commit with no open level");
  // The level is merged where it stands and then popped (most levels hold no events and no assets).
  Level& level = Top();
  if (m_depth == 1) {
    STACKS_RETURN_IF_ERROR(m_store.Commit());
    if (m_committed_events.empty()) {
      m_committed_events.swap(level.events);
    } else {
      for (Event& e : level.events) m_committed_events.push_back(std::move(e));
    }
    // The committed asset map starts empty for each outermost level; merging cannot overflow what it adds.
    if (level.assets != nullptr && !level.assets->empty()) {
      util::Status merged = m_committed_assets.Merge(std::move(*level.assets));
      (void)merged;
    }
    Pop();
    return {};
  }
  Level& parent = BelowTop();
  if (level.assets != nullptr && !level.assets->empty()) {
    if (parent.assets == nullptr) {
      parent.assets = std::move(level.assets);
    } else if (util::Status merged = parent.assets->Merge(std::move(*level.assets)); !merged) {
      Pop();
      STACKS_RETURN_IF_ERROR(m_store.Rollback());
      return merged;
    }
  }
  util::Status committed = m_store.Commit();
  if (committed) {
    for (Event& e : level.events) parent.events.push_back(std::move(e));
    parent.events_size = level.events_size;
  }
  Pop();
  return committed;
}

util::Status GlobalContext::Rollback() {
  if (m_depth == 0) return util::FailedPrecondition("rollback with no open level");
  Pop();
  return m_store.Rollback();
}

util::Status GlobalContext::EmitEvent(Event event) {
  if (m_depth == 0) return util::FailedPrecondition("an event with no open level");
  Level& level = Top();
  if (const auto* print = std::get_if<PrintEvent>(&event)) level.events_size += ValueSize(print->value);
  if (level.events_size >= MAX_EVENTS_BATCH) {
    return util::ResourceExhausted("event batch grew too large during execution");
  }
  level.events.push_back(std::move(event));
  return {};
}

const ContractContext* GlobalContext::FindLoaded(const ContractIdentifier& id) const {
  if (m_first_loaded == nullptr) return nullptr;
  if (m_first_loaded->identifier == id) return m_first_loaded.get();
  for (const auto& loaded : m_more_loaded) {
    if (loaded->identifier == id) return loaded.get();
  }
  return nullptr;
}

util::Result<const ContractContext*> GlobalContext::LoadContract(const ContractIdentifier& id) {
  if (const ContractContext* loaded = FindLoaded(id)) return loaded;
  // A contract written in a level still open (deployed earlier in this block, say) is read from there and not
  // cached: the level may yet roll back.
  const bool pending = m_store.HasPendingMetadata(id, storage::ContractMetadataKey());
  std::shared_ptr<const ContractContext> contract;
  if (m_cache != nullptr && !pending) contract = m_cache->Find(id);
  if (contract == nullptr) {
    STACKS_TRY(contract, ReadContract(m_store, id));
    if (m_cache != nullptr && !pending) m_cache->Insert(contract);
  }
  // The reference's WASM build reads a contract back from its JSON on every load, which fails past serde_json's
  // depth limit: there such a contract deploys but can never be called (a node loads it).
  if (m_chain.wasm_build && contract->stored_body_depth > MAX_STORED_JSON_DEPTH) {
    return InterpreterError("Expect(\"Failed to deserialize vm.Value\")");
  }
  const ContractContext* raw = contract.get();
  if (m_first_loaded == nullptr) {
    m_first_loaded = std::move(contract);
  } else {
    m_more_loaded.push_back(std::move(contract));
  }
  return raw;
}

util::Result<bool> GlobalContext::HasContract(const ContractIdentifier& id) {
  if (FindLoaded(id) != nullptr) return true;
  return ContractExists(m_store, id);
}

}  // namespace stacks::clarity::vm
