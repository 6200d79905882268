// WriteStack: the Clarity VM's nested pending writes over a ClarityStore (the reference's RollbackWrapper,
// stacks-core clarity/src/vm/database/key_value_wrapper.rs).
//
// Each level holds the writes (data and metadata) made since it was opened. Nest() opens a level (a transaction, a
// contract call, an `as-contract` or `at-block` scope); Commit() folds the innermost level into the one below it,
// or, at the outermost level, hands every write to the store in one ClarityStore::PutAll; Rollback() drops the
// innermost level's writes and keeps the levels below. Reads see the newest write: the innermost level that wrote
// the key, else the store.
//
// As in the reference, reads and writes need an open level (the VM always runs inside one): with none they fail
// with kFailedPrecondition rather than silently reading around the stack.
//
// A data write may carry the value it is the serialization of (`decoded`): a read of that pending write then answers
// it too, and the VM uses it instead of decoding the hex again. Only the VM's own value writes carry one, and only
// for values that read back as themselves (DeserializesAsItself, serialization.h); the store never sees it.
//
// Time-shifted reads (at-block, the reference's set_block_hash with query_pending_data off): between BeginAtBlock(h)
// and EndAtBlock(), Get answers the value the key had at the end of block h (ClarityStore::GetAtBlock), ignoring
// every pending write, and BlockHeight() answers h. Metadata reads are not shifted (metadata has no history).
//
// Example:
//   WriteStack stack(store);
//   STACKS_RETURN_IF_ERROR(stack.Nest());              // the transaction
//   STACKS_RETURN_IF_ERROR(stack.Put(key, "0100..."));
//   STACKS_RETURN_IF_ERROR(stack.Nest());              // a contract call that fails
//   STACKS_RETURN_IF_ERROR(stack.Put(key, "0200..."));
//   STACKS_RETURN_IF_ERROR(stack.Rollback());          // key reads "0100..." again
//   STACKS_RETURN_IF_ERROR(stack.Commit());            // the store now holds key = "0100..."
//
// Ownership: the store must outlive the stack. Thread safety: none; one thread at a time (the VM's).
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "clarity/storage/store.h"
#include "clarity/types/value.h"
#include "util/string_hash.h"

namespace stacks::clarity::storage {

class WriteStack {
 public:
  /// The default limit on open levels. The reference bounds nesting through the VM's call-stack depth
  /// (64 calls, 128 from Epoch 3.4, plus the transaction and `at-block` levels); this bound is a backstop above that.
  static constexpr size_t kDefaultMaxDepth = 256;

  /// A stack with no open level over `store`. `max_depth` (>= 1) bounds the open levels.
  explicit WriteStack(ClarityStore& store, size_t max_depth = kDefaultMaxDepth);

  WriteStack(const WriteStack&) = delete;
  WriteStack& operator=(const WriteStack&) = delete;

  /// Opens a level. Errors: kResourceExhausted if max_depth levels are already open.
  util::Status Nest();

  /// Closes the innermost level keeping its writes: into the level below, or, if it is the outermost, into the
  /// store with one PutAll (each key once; data in no particular order, metadata in key order;
  /// skipped when there are no writes).
  /// Errors: kFailedPrecondition if no level is open; the store's error if PutAll fails, in which case the level
  /// stays open with its writes (roll it back or try again) and the store is unchanged.
  util::Status Commit();

  /// Closes the innermost level dropping its writes. Errors: kFailedPrecondition if no level is open.
  util::Status Rollback();

  /// The number of open levels.
  size_t depth() const { return m_levels.size(); }

  /// The store underneath (for what it answers outside the levels, such as the current block height).
  ClarityStore& store() { return m_store; }

  /// Shifts data reads to the end of block `height` until the matching EndAtBlock (at-block; calls nest, the
  /// innermost wins). Errors: kResourceExhausted past max_depth shifts.
  util::Status BeginAtBlock(uint32_t height);
  /// Ends the innermost BeginAtBlock. Errors: kFailedPrecondition if none is active.
  util::Status EndAtBlock();
  /// The height reads are shifted to, or nullopt.
  std::optional<uint32_t> at_block_height() const {
    return m_at_block.empty() ? std::nullopt : std::optional<uint32_t>(m_at_block.back());
  }
  /// The height of the block the VM sees itself in: the shifted height inside at-block, else the store's
  /// CurrentBlockHeight().
  uint32_t BlockHeight() const { return m_at_block.empty() ? m_store.CurrentBlockHeight() : m_at_block.back(); }

  /// The newest value of data `key`: the innermost pending write, else the store's; inside at-block, the store's
  /// value at the end of that block. Errors: kFailedPrecondition if no level is open; the store's errors
  /// (ClarityStore::GetAtBlock's inside at-block).
  util::Result<std::optional<std::string>> Get(std::string_view key);
  /// Get without copying a pending value: the answer views the innermost pending write, or `scratch` holding what
  /// the store answered. It stays valid until the next write to this stack or to `scratch`. Errors: as Get.
  /// When `decoded` is not null it is set to the decoded value the answering pending write carries, or to null
  /// (a write without one, the store's answer, nothing).
  util::Result<std::optional<std::string_view>> GetView(std::string_view key, std::string& scratch,
                                                        const Value** decoded = nullptr);

  /// Writes data `key` in the innermost level (the strings move in: pass temporaries to spare copies). `decoded`,
  /// when given, is the value `value` serializes; REQUIRES: it then reads back from `value` as itself.
  /// Errors: kFailedPrecondition if no level is open.
  util::Status Put(std::string key, std::string value, std::optional<Value> decoded = std::nullopt);

  /// As Get and Put, for metadata `key` of `contract`.
  util::Result<std::optional<std::string>> GetMetadata(const ContractIdentifier& contract, std::string_view key);
  util::Status PutMetadata(const ContractIdentifier& contract, std::string_view key, std::string_view value);

  /// True if some open level wrote metadata `key` of `contract` (the reference's has_pending_metadata, used to
  /// refuse a second deployment of a contract in one block).
  bool HasPendingMetadata(const ContractIdentifier& contract, std::string_view key) const;

 private:
  using MetadataKey = std::pair<ContractIdentifier, std::string>;
  struct PendingValue {
    std::string hex;
    std::optional<Value> decoded;
  };
  struct Level {
    /// Hashed, not ordered: keys of one contract share a long prefix, which made every comparison of an ordered
    /// map long.
    std::unordered_map<std::string, PendingValue, util::StringHash, std::equal_to<>> data;
    std::map<MetadataKey, std::string> metadata;
  };

  ClarityStore& m_store;
  size_t m_max_depth;
  std::vector<Level> m_levels;       ///< Outermost first.
  std::vector<uint32_t> m_at_block;  ///< The heights of the active at-block shifts, outermost first.
};

}  // namespace stacks::clarity::storage
