// MemoryStore: a ClarityStore in memory, for tests and for clarity-cli without --db. State lives as long as the
// object. Never fails. It keeps every value each data key had at the end of each block height it was written at, so
// that GetAtBlock (at-block) can answer for any past height.
//
// Thread safety: none; one thread at a time.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "clarity/storage/store.h"
#include "util/string_hash.h"

namespace stacks::clarity::storage {

class MemoryStore final : public ClarityStore {
 public:
  MemoryStore() = default;

  util::Result<std::optional<std::string>> Get(std::string_view key) override;
  util::Status PutAll(const WriteBatch& batch) override;
  util::Result<std::optional<std::string>> GetMetadata(const ContractIdentifier& contract,
                                                       std::string_view key) override;
  uint32_t CurrentBlockHeight() const override { return m_block_height; }
  util::Status SetCurrentBlockHeight(uint32_t height) override;
  /// Never fails: the history goes back to the first write.
  util::Result<std::optional<std::string>> GetAtBlock(std::string_view key, uint32_t height) override;

  /// The number of data entries (for tests and tools).
  size_t DataSize() const { return m_data.size(); }

 private:
  /// What a data key holds: its newest value, and its value at the end of each block height it was written at
  /// (ordered by height).
  struct StoredData {
    std::string value;
    std::vector<std::pair<uint32_t, std::string>> versions;
  };

  std::unordered_map<std::string, StoredData, util::StringHash, std::equal_to<>> m_data;
  std::map<std::pair<ContractIdentifier, std::string>, std::string> m_metadata;
  uint32_t m_block_height = 0;
};

}  // namespace stacks::clarity::storage
