#include "clarity/storage/write_stack.h"

#include <algorithm>

namespace stacks::clarity::storage {
namespace {

util::Error NoLevel(std::string_view operation) {
  return util::FailedPrecondition(std::string(operation) + " with no open level (Nest first)");
}

}  // namespace

WriteStack::WriteStack(ClarityStore& store, size_t max_depth)
    : m_store(store), m_max_depth(max_depth == 0 ? 1 : max_depth) {}

util::Status WriteStack::Nest() {
  if (m_levels.size() >= m_max_depth) {
    return util::ResourceExhausted("write stack depth limit of " + std::to_string(m_max_depth) + " reached");
  }
  m_levels.emplace_back();
  return {};
}

util::Status WriteStack::Commit() {
  if (m_levels.empty()) return NoLevel("commit");
  if (m_levels.size() == 1) {
    // The batch views the level's strings; the level goes only once the store has taken them, so if the store
    // refuses the batch the level stays as it was.
    Level& level = m_levels.back();
    WriteBatch batch;
    batch.data.reserve(level.data.size());
    for (const auto& [key, pending] : level.data) batch.data.push_back({key, pending.hex});
    batch.metadata.reserve(level.metadata.size());
    while (!level.metadata.empty()) {
      auto node = level.metadata.extract(level.metadata.begin());
      batch.metadata.push_back({std::move(node.key().first), std::move(node.key().second), std::move(node.mapped())});
    }
    if (!batch.empty()) {
      if (util::Status put = m_store.PutAll(batch); !put) {
        for (MetadataEntry& entry : batch.metadata) {
          level.metadata.emplace(MetadataKey{std::move(entry.contract), std::move(entry.key)}, std::move(entry.value));
        }
        return put;
      }
    }
    m_levels.pop_back();
    return {};
  }
  Level& top = m_levels.back();
  Level& parent = m_levels[m_levels.size() - 2];
  // Most often the level below has written nothing itself (a transaction around one call): take the writes whole.
  // Otherwise each write moves over as its node, replacing the value of a key the level below wrote too.
  if (parent.data.empty()) {
    parent.data.swap(top.data);
  } else {
    while (!top.data.empty()) {
      auto node = top.data.extract(top.data.begin());
      auto [it, inserted, rest] = parent.data.insert(std::move(node));
      if (!inserted) it->second = std::move(rest.mapped());
    }
  }
  if (parent.metadata.empty()) {
    parent.metadata.swap(top.metadata);
  } else {
    while (!top.metadata.empty()) {
      auto node = top.metadata.extract(top.metadata.begin());
      auto [it, inserted, rest] = parent.metadata.insert(std::move(node));
      if (!inserted) it->second = std::move(rest.mapped());
    }
  }
  m_levels.pop_back();
  return {};
}

util::Status WriteStack::Rollback() {
  if (m_levels.empty()) return NoLevel("rollback");
  m_levels.pop_back();
  return {};
}

util::Status WriteStack::BeginAtBlock(uint32_t height) {
  if (m_at_block.size() >= m_max_depth) {
    return util::ResourceExhausted("at-block nesting limit of " + std::to_string(m_max_depth) + " reached");
  }
  m_at_block.push_back(height);
  return {};
}

util::Status WriteStack::EndAtBlock() {
  if (m_at_block.empty()) return util::FailedPrecondition("end of at-block with none active");
  m_at_block.pop_back();
  return {};
}

util::Result<std::optional<std::string>> WriteStack::Get(std::string_view key) {
  if (m_levels.empty()) return NoLevel("get");
  if (!m_at_block.empty()) return m_store.GetAtBlock(key, m_at_block.back());
  for (auto level = m_levels.rbegin(); level != m_levels.rend(); ++level) {
    auto it = level->data.find(key);
    if (it != level->data.end()) return std::optional<std::string>(it->second.hex);
  }
  return m_store.Get(key);
}

util::Result<std::optional<std::string_view>> WriteStack::GetView(std::string_view key, std::string& scratch,
                                                                  const Value** decoded) {
  if (decoded != nullptr) *decoded = nullptr;
  if (m_levels.empty()) return NoLevel("get");
  if (m_at_block.empty()) {
    for (auto level = m_levels.rbegin(); level != m_levels.rend(); ++level) {
      auto it = level->data.find(key);
      if (it != level->data.end()) {
        if (decoded != nullptr && it->second.decoded) *decoded = &*it->second.decoded;
        return std::optional<std::string_view>(it->second.hex);
      }
    }
  }
  STACKS_TRY(std::optional<std::string> stored,
             m_at_block.empty() ? m_store.Get(key) : m_store.GetAtBlock(key, m_at_block.back()));
  if (!stored) return std::optional<std::string_view>();
  scratch = std::move(*stored);
  return std::optional<std::string_view>(scratch);
}

util::Status WriteStack::Put(std::string key, std::string value, std::optional<Value> decoded) {
  if (m_levels.empty()) return NoLevel("put");
  auto& data = m_levels.back().data;
  // A key written again in this level takes the new value in place of the old (no new key string).
  PendingValue& pending = data.try_emplace(std::move(key)).first->second;
  pending.hex = std::move(value);
  pending.decoded = std::move(decoded);
  return {};
}

util::Result<std::optional<std::string>> WriteStack::GetMetadata(const ContractIdentifier& contract,
                                                                 std::string_view key) {
  if (m_levels.empty()) return NoLevel("get metadata");
  MetadataKey wanted{contract, std::string(key)};
  for (auto level = m_levels.rbegin(); level != m_levels.rend(); ++level) {
    auto it = level->metadata.find(wanted);
    if (it != level->metadata.end()) return std::optional<std::string>(it->second);
  }
  return m_store.GetMetadata(contract, key);
}

util::Status WriteStack::PutMetadata(const ContractIdentifier& contract, std::string_view key, std::string_view value) {
  if (m_levels.empty()) return NoLevel("put metadata");
  m_levels.back().metadata.insert_or_assign(MetadataKey{contract, std::string(key)}, std::string(value));
  return {};
}

bool WriteStack::HasPendingMetadata(const ContractIdentifier& contract, std::string_view key) const {
  // Most levels write no metadata: the key is built only when one does.
  const auto writes_metadata = [](const Level& level) { return !level.metadata.empty(); };
  if (std::none_of(m_levels.begin(), m_levels.end(), writes_metadata)) return false;
  MetadataKey wanted{contract, std::string(key)};
  for (const Level& level : m_levels) {
    if (level.metadata.contains(wanted)) return true;
  }
  return false;
}

}  // namespace stacks::clarity::storage
