// ClarityStore: the Clarity VM's persistent state, as the VM sees it (the reference's ClarityBackingStore,
// stacks-core clarity/src/vm/database/clarity_store.rs). The chainstate implements it over its state index; tools
// and tests use MemoryStore or SqliteStore.
//
// Two key spaces, both string to string as in the reference:
//   - data: keys built by keys.h ("vm::SP....c::1::counter"), values the hex of a consensus-serialized Clarity value
//     or a JSON document, exactly as the VM writes them;
//   - metadata: per contract, keys like "vm-metadata::9::contract-src" or "analysis" (contract source, analysis,
//     variable and map descriptors) that are not part of the authenticated state.
// Values are opaque to the store: it never parses them.
//
// The VM writes through a WriteStack (write_stack.h), which batches a transaction's writes and hands them to PutAll
// in one call when the outermost level commits.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clarity/types/principal.h"
#include "util/result.h"

namespace stacks::clarity::storage {

/// One data write: `key` is set to `value`. Views: the strings belong to whoever builds the batch and must outlive
/// the PutAll it is given to (the write stack hands over its pending writes this way, without copying them).
struct DataEntry {
  std::string_view key;
  std::string_view value;
  bool operator==(const DataEntry&) const = default;
};

/// One metadata write: `key` of `contract` is set to `value`.
struct MetadataEntry {
  ContractIdentifier contract;
  std::string key;
  std::string value;
  bool operator==(const MetadataEntry&) const = default;
};

/// The writes of one committed VM transaction (or any unit the caller wants applied all at once). A key may appear
/// more than once; the last occurrence wins.
struct WriteBatch {
  std::vector<DataEntry> data;
  std::vector<MetadataEntry> metadata;
  bool empty() const { return data.empty() && metadata.empty(); }
};

/// The persistent key/value state of the Clarity VM.
///
/// Thread safety: none required of implementations; a store is used by one thread at a time (the VM's). Errors of
/// every call: kIo or kCorruption from the backing storage; implementations document others.
class ClarityStore {
 public:
  virtual ~ClarityStore() = default;

  /// The value stored under data `key`, or nullopt if there is none.
  virtual util::Result<std::optional<std::string>> Get(std::string_view key) = 0;

  /// Applies every entry of `batch` (data and metadata) atomically: after a failure none of it is visible, after
  /// success all of it is, and a crash at any moment leaves one or the other (for a durable store).
  virtual util::Status PutAll(const WriteBatch& batch) = 0;

  /// The metadata `key` of `contract`, or nullopt if there is none.
  virtual util::Result<std::optional<std::string>> GetMetadata(const ContractIdentifier& contract,
                                                               std::string_view key) = 0;

  /// Sets one metadata entry; the same as PutAll of a batch holding only it.
  util::Status PutMetadata(const ContractIdentifier& contract, std::string_view key, std::string_view value) {
    WriteBatch batch;
    batch.metadata.push_back({contract, std::string(key), std::string(value)});
    return PutAll(batch);
  }

  /// The height of the block the VM is executing in (`block-height` / `stacks-block-height`); 0 for a fresh store.
  virtual uint32_t CurrentBlockHeight() const = 0;

  /// Sets the height CurrentBlockHeight returns (tools advance it as they simulate blocks; the chainstate sets it
  /// per block). Durable stores keep it between runs.
  virtual util::Status SetCurrentBlockHeight(uint32_t height) = 0;

  /// The value data `key` had when the block at `height` ended (what `at-block` reads): of the PutAll writes of `key`
  /// made while CurrentBlockHeight() was at most `height`, the last one made at the greatest such height; nullopt
  /// if there was none. (Heights normally only grow, so this is the last write up to `height`.) Metadata has no
  /// history. Errors: kUnimplemented for a store that keeps no history (the default; at-block then fails with it);
  /// kFailedPrecondition for a height before the store began keeping history; the store's errors.
  virtual util::Result<std::optional<std::string>> GetAtBlock(std::string_view key, uint32_t height) {
    (void)key;
    (void)height;
    return util::Unimplemented("this Clarity store keeps no history of past blocks (at-block needs it)");
  }
};

}  // namespace stacks::clarity::storage
