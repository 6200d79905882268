// The authenticated key/value index of the chainstate: every piece of consensus state (accounts now, Clarity data
// later) is a key/value pair written in the context of a block, and each block commits to a 32-byte state root
// computed from the full key/value state as of that block.
//
// StateIndex is the one interface the rest of the chainstate sees. SqliteStateIndex is its first implementation and
// is deliberately simple; it is NOT the reference's MARF (stackslib/src/chainstate/stacks/index/): it keeps only the
// state of one chain (no forks: a block must build on the last sealed block), offers no proofs, and its root is not
// the reference's root. The contracts issue replaces it behind this interface with a fork-aware index that gives
// proofs.
//
// SqliteStateIndex root: the leaves are the pairs in ascending byte order of key, each hashed as
//   leaf = SHA-512/256(0x00 || u32 BE key length || key || value);
// a level is reduced pairwise by SHA-512/256(0x01 || left || right), and an odd last node is carried up unchanged
// (never duplicated, so two different leaf lists cannot share a root). The empty state's root is 32 zero bytes.
// The root is recomputed from the stored leaf hashes when a block is sealed: O(number of keys) per block.
//
// Thread safety: none; an index belongs to the thread that owns its database.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "chain/hashes.h"
#include "crypto/hash.h"
#include "sqlite/sqlite.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::chainstate {

/// The root of the key/value state as of a block.
using StateRoot = crypto::Hash256;

/// The root of the empty state.
inline constexpr StateRoot EMPTY_STATE_ROOT{};

class StateIndex {
 public:
  virtual ~StateIndex() = default;

  /// Starts writing the state of `block` on top of the state of `parent` (nullopt: on the empty state, for the
  /// boot state only). Errors: kFailedPrecondition if a block is already open, `block` is already sealed, or
  /// `parent` is not a block this index can build on; kIo/kCorruption from storage.
  virtual util::Status BeginBlock(const std::optional<chain::StacksBlockId>& parent,
                                  const chain::StacksBlockId& block) = 0;

  /// Sets `key` to `value` in the open block. Errors: kFailedPrecondition if no block is open; kIo/kCorruption.
  virtual util::Status Put(util::ByteView key, util::ByteView value) = 0;

  /// The value of `key` in the open block's state (or the latest sealed state when none is open), or nullopt if the
  /// key was never written. Errors: kIo/kCorruption.
  virtual util::Result<std::optional<util::Bytes>> Get(util::ByteView key) = 0;

  /// Computes and stores the open block's state root and closes the block. Errors: kFailedPrecondition if no block
  /// is open; kIo/kCorruption.
  virtual util::Result<StateRoot> SealBlock() = 0;

  /// The sealed state root of `block`. Errors: kNotFound if `block` was never sealed; kIo/kCorruption.
  virtual util::Result<StateRoot> RootOf(const chain::StacksBlockId& block) = 0;
};

/// The StateIndex stored in the tables `index_leaves` and `index_roots` of a chainstate database.
///
/// It writes through `db` without opening transactions of its own: the caller wraps BeginBlock..SealBlock and its
/// other writes for the block in one sqlite::WriteTransaction, so the leaves, the root and the rest of the block's
/// state commit or roll back together. After a rollback the caller must call Abandon().
class SqliteStateIndex final : public StateIndex {
 public:
  /// The statements that create the index tables if missing (for a database's versioned schema, schema.h).
  static std::string_view SchemaSql();
  /// Runs SchemaSql. Errors: kIo/kCorruption.
  static util::Status CreateSchema(sqlite::Database& db);

  /// An index over `db`, which must outlive it and hold the schema. Reads the last sealed block (the tip).
  /// Errors: kIo/kCorruption.
  static util::Result<SqliteStateIndex> Open(sqlite::Database& db);

  /// Errors as StateIndex; kFailedPrecondition "not fork-aware" if `parent` is not the tip.
  util::Status BeginBlock(const std::optional<chain::StacksBlockId>& parent,
                          const chain::StacksBlockId& block) override;
  util::Status Put(util::ByteView key, util::ByteView value) override;
  util::Result<std::optional<util::Bytes>> Get(util::ByteView key) override;
  util::Result<StateRoot> SealBlock() override;
  util::Result<StateRoot> RootOf(const chain::StacksBlockId& block) override;

  /// The root of the current leaves (the open block's state, or the tip's when none is open), computed afresh
  /// without sealing; equals the tip's stored root when no block is open. Errors: kIo/kCorruption.
  util::Result<StateRoot> ComputeRoot();

  /// Forgets the open block (after its transaction rolled back) and re-reads the tip. Errors: kIo/kCorruption.
  util::Status Abandon();

  /// The last sealed block, if any.
  const std::optional<chain::StacksBlockId>& tip() const { return m_tip; }

 private:
  explicit SqliteStateIndex(sqlite::Database& db) : m_db(&db) {}
  util::Status ReadTip();

  sqlite::Database* m_db;
  std::optional<chain::StacksBlockId> m_tip;         ///< The last sealed block.
  std::optional<chain::StacksBlockId> m_open_block;  ///< Between BeginBlock and SealBlock.
};

/// The root of `leaf_hashes` (already in key order) as described in the file comment. Pure.
StateRoot MerkleRoot(std::vector<crypto::Hash256> leaf_hashes);

/// The leaf hash of one key/value pair. Pure.
crypto::Hash256 LeafHash(util::ByteView key, util::ByteView value);

}  // namespace stacks::chainstate
