#include "chainstate/state_index.h"

#include <algorithm>
#include <string>
#include <utility>

#include "codec/consensus.h"
#include "util/hex.h"

namespace stacks::chainstate {
namespace {

constexpr uint8_t LEAF_TAG = 0x00;
constexpr uint8_t NODE_TAG = 0x01;

util::Result<StateRoot> RootFromBlob(const util::Bytes& blob, std::string_view what) {
  if (blob.size() != 32) return util::Corruption(std::string(what) + " is not 32 bytes");
  return util::ToArray<32>(blob);
}

}  // namespace

crypto::Hash256 LeafHash(util::ByteView key, util::ByteView value) {
  codec::ByteWriter writer(1 + 4 + key.size() + value.size());
  writer.WriteU8(LEAF_TAG);
  writer.WriteU32(static_cast<uint32_t>(key.size()));
  writer.WriteBytes(key);
  writer.WriteBytes(value);
  return crypto::Sha512_256(writer.bytes());
}

StateRoot MerkleRoot(std::vector<crypto::Hash256> level) {
  if (level.empty()) return EMPTY_STATE_ROOT;
  std::array<uint8_t, 65> node{};
  node[0] = NODE_TAG;
  while (level.size() > 1) {
    size_t out = 0;
    for (size_t i = 0; i < level.size(); i += 2) {
      if (i + 1 == level.size()) {
        level[out++] = level[i];  // Odd node: carried up unchanged.
        continue;
      }
      std::copy(level[i].begin(), level[i].end(), node.begin() + 1);
      std::copy(level[i + 1].begin(), level[i + 1].end(), node.begin() + 33);
      level[out++] = crypto::Sha512_256(node);
    }
    level.resize(out);
  }
  return level[0];
}

std::string_view SqliteStateIndex::SchemaSql() {
  return R"sql(
    CREATE TABLE IF NOT EXISTS index_leaves (
      key BLOB PRIMARY KEY,
      value BLOB NOT NULL,
      leaf_hash BLOB NOT NULL          -- LeafHash(key, value)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS index_roots (
      block_id BLOB PRIMARY KEY,
      parent_block_id BLOB,            -- NULL for the boot state
      root BLOB NOT NULL,
      seal_order INTEGER NOT NULL UNIQUE
    );
  )sql";
}

util::Status SqliteStateIndex::CreateSchema(sqlite::Database& db) {
  return db.Execute(SchemaSql(), "create index tables");
}

util::Result<SqliteStateIndex> SqliteStateIndex::Open(sqlite::Database& db) {
  SqliteStateIndex index(db);
  STACKS_RETURN_IF_ERROR(index.ReadTip());
  return index;
}

util::Status SqliteStateIndex::ReadTip() {
  STACKS_TRY(sqlite::Statement st, m_db->Prepare("SELECT block_id FROM index_roots ORDER BY seal_order DESC LIMIT 1"));
  STACKS_TRY(bool row, st.Step());
  m_tip.reset();
  if (row) {
    STACKS_TRY(StateRoot tip, RootFromBlob(st.ColumnBlob(0), "index tip block id"));
    m_tip = tip;
  }
  return {};
}

util::Status SqliteStateIndex::BeginBlock(const std::optional<chain::StacksBlockId>& parent,
                                          const chain::StacksBlockId& block) {
  if (m_open_block) return util::FailedPrecondition("state index: block " + util::ToHex(*m_open_block) + " is open");
  if (parent != m_tip) {
    return util::FailedPrecondition("state index is not fork-aware yet: parent " +
                                    (parent ? util::ToHex(*parent) : std::string("<none>")) + " is not the tip " +
                                    (m_tip ? util::ToHex(*m_tip) : std::string("<none>")));
  }
  auto existing = RootOf(block);
  if (existing) return util::FailedPrecondition("state index: block " + util::ToHex(block) + " is already sealed");
  if (existing.error().code != util::ErrorCode::kNotFound) return std::move(existing).error();
  m_open_block = block;
  return {};
}

util::Status SqliteStateIndex::Put(util::ByteView key, util::ByteView value) {
  if (!m_open_block) return util::FailedPrecondition("state index: put with no open block");
  const crypto::Hash256 leaf = LeafHash(key, value);
  STACKS_TRY(sqlite::CachedStatement st,
             m_db->PrepareCached("INSERT INTO index_leaves (key, value, leaf_hash) VALUES (?1, ?2, ?3) "
                                 "ON CONFLICT (key) DO UPDATE SET value = ?2, leaf_hash = ?3"));
  STACKS_RETURN_IF_ERROR(st->BindBlob(1, key));
  STACKS_RETURN_IF_ERROR(st->BindBlob(2, value));
  STACKS_RETURN_IF_ERROR(st->BindBlob(3, leaf));
  return st->Run();
}

util::Result<std::optional<util::Bytes>> SqliteStateIndex::Get(util::ByteView key) {
  STACKS_TRY(sqlite::CachedStatement st, m_db->PrepareCached("SELECT value FROM index_leaves WHERE key = ?1"));
  STACKS_RETURN_IF_ERROR(st->BindBlob(1, key));
  STACKS_TRY(bool row, st->Step());
  if (!row) return std::optional<util::Bytes>();
  return std::optional<util::Bytes>(st->ColumnBlob(0));
}

util::Result<StateRoot> SqliteStateIndex::ComputeRoot() {
  std::vector<crypto::Hash256> leaves;
  STACKS_TRY(sqlite::Statement st, m_db->Prepare("SELECT leaf_hash FROM index_leaves ORDER BY key"));
  while (true) {
    STACKS_TRY(bool row, st.Step());
    if (!row) break;
    STACKS_TRY(crypto::Hash256 leaf, RootFromBlob(st.ColumnBlob(0), "index leaf hash"));
    leaves.push_back(leaf);
  }
  return MerkleRoot(std::move(leaves));
}

util::Result<StateRoot> SqliteStateIndex::SealBlock() {
  if (!m_open_block) return util::FailedPrecondition("state index: seal with no open block");
  STACKS_TRY(const StateRoot root, ComputeRoot());
  STACKS_TRY(sqlite::Statement insert,
             m_db->Prepare("INSERT INTO index_roots (block_id, parent_block_id, root, seal_order) "
                           "VALUES (?1, ?2, ?3, (SELECT IFNULL(MAX(seal_order), 0) + 1 "
                           "FROM index_roots))"));
  STACKS_RETURN_IF_ERROR(insert.BindBlob(1, *m_open_block));
  if (m_tip) {
    STACKS_RETURN_IF_ERROR(insert.BindBlob(2, *m_tip));
  } else {
    STACKS_RETURN_IF_ERROR(insert.BindNull(2));
  }
  STACKS_RETURN_IF_ERROR(insert.BindBlob(3, root));
  STACKS_RETURN_IF_ERROR(insert.Run());
  m_tip = std::exchange(m_open_block, std::nullopt);
  return root;
}

util::Result<StateRoot> SqliteStateIndex::RootOf(const chain::StacksBlockId& block) {
  STACKS_TRY(sqlite::Statement st, m_db->Prepare("SELECT root FROM index_roots WHERE block_id = ?1"));
  STACKS_RETURN_IF_ERROR(st.BindBlob(1, block));
  STACKS_TRY(bool row, st.Step());
  if (!row) return util::NotFound("state index: no root for block " + util::ToHex(block));
  return RootFromBlob(st.ColumnBlob(0), "index root");
}

util::Status SqliteStateIndex::Abandon() {
  m_open_block.reset();
  return ReadTip();
}

}  // namespace stacks::chainstate
