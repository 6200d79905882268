#include "clarity/storage/memory_store.h"

#include <algorithm>
#include <iterator>

namespace stacks::clarity::storage {

util::Result<std::optional<std::string>> MemoryStore::Get(std::string_view key) {
  auto it = m_data.find(key);
  if (it == m_data.end()) return std::optional<std::string>();
  return std::optional<std::string>(it->second.value);
}

util::Status MemoryStore::PutAll(const WriteBatch& batch) {
  // Nothing here can fail part-way (short of std::bad_alloc, which ends the process), so applying in order is atomic.
  for (const storage::DataEntry& write : batch.data) {
    auto it = m_data.find(std::string_view(write.key));
    if (it == m_data.end()) it = m_data.emplace(write.key, StoredData{}).first;
    StoredData& entry = it->second;
    entry.value = write.value;
    // Heights only grow in a node; a tool may set a lower one, whose version is then put in its place.
    auto& versions = entry.versions;
    if (versions.empty() || versions.back().first < m_block_height) {
      versions.emplace_back(m_block_height, write.value);
    } else if (versions.back().first == m_block_height) {
      versions.back().second = write.value;
    } else {
      auto at = std::lower_bound(versions.begin(), versions.end(), m_block_height,
                                 [](const auto& version, uint32_t height) { return version.first < height; });
      if (at->first == m_block_height) {
        at->second = write.value;
      } else {
        versions.emplace(at, m_block_height, write.value);
      }
    }
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
  auto it = m_data.find(key);
  if (it == m_data.end()) return std::optional<std::string>();
  const auto& versions = it->second.versions;
  // The first version written after `height`.
  auto after = std::upper_bound(versions.begin(), versions.end(), height,
                                [](uint32_t h, const auto& version) { return h < version.first; });
  if (after == versions.begin()) return std::optional<std::string>();
  return std::optional<std::string>(std::prev(after)->second);
}

util::Status MemoryStore::SetCurrentBlockHeight(uint32_t height) {
  m_block_height = height;
  return {};
}

}  // namespace stacks::clarity::storage
