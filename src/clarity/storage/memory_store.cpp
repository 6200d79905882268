#include "clarity/storage/memory_store.h"

#include <iterator>

namespace stacks::clarity::storage {

util::Result<std::optional<std::string>> MemoryStore::Get(std::string_view key) {
  auto it = m_data.find(key);
  if (it == m_data.end()) return std::optional<std::string>();
  return std::optional<std::string>(it->second);
}

util::Status MemoryStore::PutAll(const WriteBatch& batch) {
  // Nothing here can fail part-way (short of std::bad_alloc, which ends the process), so applying in order is atomic.
  for (const DataEntry& entry : batch.data) {
    m_data[entry.key] = entry.value;
    m_history[entry.key][m_block_height] = entry.value;
  }
  for (const MetadataEntry& entry : batch.metadata) m_metadata[{entry.contract, entry.key}] = entry.value;
  return {};
}

util::Result<std::optional<std::string>> MemoryStore::GetMetadata(const ContractIdentifier& contract,
                                                                  std::string_view key) {
  auto it = m_metadata.find({contract, std::string(key)});
  if (it == m_metadata.end()) return std::optional<std::string>();
  return std::optional<std::string>(it->second);
}

util::Result<std::optional<std::string>> MemoryStore::GetAtBlock(std::string_view key, uint32_t height) {
  auto versions = m_history.find(key);
  if (versions == m_history.end()) return std::optional<std::string>();
  auto after = versions->second.upper_bound(height);  // the first version written after `height`
  if (after == versions->second.begin()) return std::optional<std::string>();
  return std::optional<std::string>(std::prev(after)->second);
}

util::Status MemoryStore::SetCurrentBlockHeight(uint32_t height) {
  m_block_height = height;
  return {};
}

}  // namespace stacks::clarity::storage
