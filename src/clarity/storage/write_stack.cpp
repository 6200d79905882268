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
    const Level& level = m_levels.back();
    WriteBatch batch;
    batch.data.reserve(level.data.size());
    for (const auto& [key, value] : level.data) batch.data.push_back({key, value});
    batch.metadata.reserve(level.metadata.size());
    for (const auto& [key, value] : level.metadata) batch.metadata.push_back({key.first, key.second, value});
    if (!batch.empty()) STACKS_RETURN_IF_ERROR(m_store.PutAll(batch));
    m_levels.pop_back();
    return {};
  }
  Level top = std::move(m_levels.back());
  m_levels.pop_back();
  Level& parent = m_levels.back();
  for (auto& [key, value] : top.data) parent.data.insert_or_assign(key, std::move(value));
  for (auto& [key, value] : top.metadata) parent.metadata.insert_or_assign(key, std::move(value));
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
    if (it != level->data.end()) return std::optional<std::string>(it->second);
  }
  return m_store.Get(key);
}

util::Status WriteStack::Put(std::string_view key, std::string_view value) {
  if (m_levels.empty()) return NoLevel("put");
  m_levels.back().data.insert_or_assign(std::string(key), std::string(value));
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
