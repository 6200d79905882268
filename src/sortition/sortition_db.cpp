#include "sortition/sortition_db.h"

#include <algorithm>
#include <functional>
#include <set>
#include <utility>

#include "sqlite/schema.h"

namespace stacks::sortition {

namespace {

using sqlite::Database;
using sqlite::Statement;

constexpr std::string_view CREATE_SQL = R"sql(
CREATE TABLE snapshots (
  burn_header_hash BLOB PRIMARY KEY,
  block_height INTEGER NOT NULL,
  parent_burn_header_hash BLOB NOT NULL,
  burn_header_timestamp INTEGER NOT NULL,
  consensus_hash BLOB NOT NULL UNIQUE,
  ops_hash BLOB NOT NULL,
  total_burn INTEGER NOT NULL,
  sortition INTEGER NOT NULL,
  sortition_hash BLOB NOT NULL,
  winning_block_txid BLOB NOT NULL,
  winning_stacks_block_hash BLOB NOT NULL,
  winning_vrf_seed BLOB NOT NULL,
  num_sortitions INTEGER NOT NULL,
  accumulated_coinbase_ustx BLOB NOT NULL,
  epoch INTEGER NOT NULL
);
CREATE INDEX snapshots_by_height ON snapshots (block_height);
CREATE TABLE canonical (
  block_height INTEGER PRIMARY KEY,
  burn_header_hash BLOB NOT NULL REFERENCES snapshots (burn_header_hash)
);
CREATE TABLE leader_keys (
  burn_header_hash BLOB NOT NULL REFERENCES snapshots (burn_header_hash),
  vtxindex INTEGER NOT NULL,
  block_height INTEGER NOT NULL,
  txid BLOB NOT NULL,
  consensus_hash BLOB NOT NULL,
  public_key BLOB NOT NULL,
  memo BLOB NOT NULL,
  status INTEGER NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (burn_header_hash, vtxindex)
);
CREATE INDEX leader_keys_by_public_key ON leader_keys (public_key);
CREATE TABLE block_commits (
  burn_header_hash BLOB NOT NULL REFERENCES snapshots (burn_header_hash),
  vtxindex INTEGER NOT NULL,
  block_height INTEGER NOT NULL,
  txid BLOB NOT NULL,
  block_header_hash BLOB NOT NULL,
  new_seed BLOB NOT NULL,
  parent_block_ptr INTEGER NOT NULL,
  parent_vtxindex INTEGER NOT NULL,
  key_block_ptr INTEGER NOT NULL,
  key_vtxindex INTEGER NOT NULL,
  memo BLOB NOT NULL,
  burn_parent_modulus INTEGER NOT NULL,
  burn_fee INTEGER NOT NULL,
  sunset_burn INTEGER NOT NULL,
  input_txid BLOB NOT NULL,
  input_vout INTEGER NOT NULL,
  apparent_sender TEXT NOT NULL,
  status INTEGER NOT NULL,
  reason TEXT NOT NULL,
  intended_burn_height INTEGER,
  intended_burn_header_hash BLOB
);
CREATE UNIQUE INDEX block_commits_by_block ON block_commits (burn_header_hash, vtxindex);
CREATE INDEX block_commits_by_intended ON block_commits (intended_burn_header_hash);
)sql";

constexpr std::string_view SNAPSHOT_COLUMNS =
    "burn_header_hash, block_height, parent_burn_header_hash, burn_header_timestamp, consensus_hash, ops_hash, "
    "total_burn, sortition, sortition_hash, winning_block_txid, winning_stacks_block_hash, winning_vrf_seed, "
    "num_sortitions, accumulated_coinbase_ustx, epoch";

constexpr std::string_view COMMIT_COLUMNS =
    "burn_header_hash, vtxindex, block_height, txid, block_header_hash, new_seed, parent_block_ptr, parent_vtxindex, "
    "key_block_ptr, key_vtxindex, memo, burn_parent_modulus, burn_fee, sunset_burn, input_txid, input_vout, "
    "apparent_sender, status, reason, intended_burn_height";

constexpr std::string_view KEY_COLUMNS =
    "burn_header_hash, vtxindex, block_height, txid, consensus_hash, public_key, memo, status, reason";

/// Integers are stored as SQLite's signed 64 bits; u64 values round-trip through the bit pattern.
int64_t ToSql(uint64_t value) { return static_cast<int64_t>(value); }
uint64_t FromSql(int64_t value) { return static_cast<uint64_t>(value); }

template <size_t N>
util::Result<std::array<uint8_t, N>> ReadArray(const Statement& st, int column) {
  const util::Bytes bytes = st.ColumnBlob(column);
  if (bytes.size() != N) {
    return util::Corruption("sortition db: column " + std::to_string(column) + " holds " +
                            std::to_string(bytes.size()) + " bytes, expected " + std::to_string(N));
  }
  std::array<uint8_t, N> out{};
  std::copy(bytes.begin(), bytes.end(), out.begin());
  return out;
}

util::Bytes UstxBytes(Ustx value) {
  util::Bytes out(16);
  for (size_t i = 0; i < 16; ++i) out[15 - i] = static_cast<uint8_t>(value >> (8 * i));
  return out;
}

util::Result<BlockSnapshot> ReadSnapshot(const Statement& st) {
  BlockSnapshot sn;
  STACKS_TRY(sn.burn_header_hash, ReadArray<32>(st, 0));
  sn.block_height = FromSql(st.ColumnInt64(1));
  STACKS_TRY(sn.parent_burn_header_hash, ReadArray<32>(st, 2));
  sn.burn_header_timestamp = FromSql(st.ColumnInt64(3));
  STACKS_TRY(sn.consensus_hash, ReadArray<20>(st, 4));
  STACKS_TRY(sn.ops_hash, ReadArray<32>(st, 5));
  sn.total_burn = FromSql(st.ColumnInt64(6));
  sn.sortition = st.ColumnInt64(7) != 0;
  STACKS_TRY(sn.sortition_hash, ReadArray<32>(st, 8));
  STACKS_TRY(sn.winning_block_txid, ReadArray<32>(st, 9));
  STACKS_TRY(sn.winning_stacks_block_hash, ReadArray<32>(st, 10));
  STACKS_TRY(sn.winning_vrf_seed, ReadArray<32>(st, 11));
  sn.num_sortitions = FromSql(st.ColumnInt64(12));
  STACKS_TRY(auto coinbase, ReadArray<16>(st, 13));
  for (uint8_t byte : coinbase) sn.accumulated_coinbase_ustx = (sn.accumulated_coinbase_ustx << 8) | byte;
  sn.epoch = static_cast<chain::StacksEpochId>(st.ColumnInt64(14));
  if (!chain::ParseEpochName(chain::EpochName(sn.epoch))) return util::Corruption("sortition db: unknown epoch");
  return sn;
}

util::Result<StoredBlockCommit> ReadCommit(const Statement& st) {
  StoredBlockCommit out;
  auto& op = out.op;
  STACKS_TRY(op.burn_header_hash, ReadArray<32>(st, 0));
  op.vtxindex = static_cast<uint32_t>(st.ColumnInt64(1));
  op.block_height = FromSql(st.ColumnInt64(2));
  STACKS_TRY(op.txid, ReadArray<32>(st, 3));
  STACKS_TRY(op.block_header_hash, ReadArray<32>(st, 4));
  STACKS_TRY(op.new_seed, ReadArray<32>(st, 5));
  op.parent_block_ptr = static_cast<uint32_t>(st.ColumnInt64(6));
  op.parent_vtxindex = static_cast<uint16_t>(st.ColumnInt64(7));
  op.key_block_ptr = static_cast<uint32_t>(st.ColumnInt64(8));
  op.key_vtxindex = static_cast<uint16_t>(st.ColumnInt64(9));
  op.memo = st.ColumnBlob(10);
  op.burn_parent_modulus = static_cast<uint8_t>(st.ColumnInt64(11));
  op.burn_fee = FromSql(st.ColumnInt64(12));
  op.sunset_burn = FromSql(st.ColumnInt64(13));
  STACKS_TRY(op.input.txid, ReadArray<32>(st, 14));
  op.input.vout = static_cast<uint32_t>(st.ColumnInt64(15));
  op.apparent_sender = st.ColumnText(16);
  out.check.status = static_cast<OpStatus>(st.ColumnInt64(17));
  out.check.reason = st.ColumnText(18);
  if (out.check.status == OpStatus::kMissed) {
    out.check.missed = MissedBlockCommit{op.txid, op.input, FromSql(st.ColumnInt64(19))};
  }
  return out;
}

util::Result<StoredLeaderKey> ReadKey(const Statement& st) {
  StoredLeaderKey out;
  auto& op = out.op;
  STACKS_TRY(op.burn_header_hash, ReadArray<32>(st, 0));
  op.vtxindex = static_cast<uint32_t>(st.ColumnInt64(1));
  op.block_height = FromSql(st.ColumnInt64(2));
  STACKS_TRY(op.txid, ReadArray<32>(st, 3));
  STACKS_TRY(op.consensus_hash, ReadArray<20>(st, 4));
  STACKS_TRY(op.public_key, ReadArray<32>(st, 5));
  op.memo = st.ColumnBlob(6);
  out.check.status = static_cast<OpStatus>(st.ColumnInt64(7));
  out.check.reason = st.ColumnText(8);
  return out;
}

util::Result<std::optional<BlockSnapshot>> QuerySnapshot(Database& db, std::string_view where, util::ByteView key) {
  STACKS_TRY(Statement st,
             db.Prepare("SELECT " + std::string(SNAPSHOT_COLUMNS) + " FROM snapshots WHERE " + std::string(where)));
  STACKS_RETURN_IF_ERROR(st.BindBlob(1, key));
  STACKS_TRY(bool row, st.Step());
  if (!row) return std::optional<BlockSnapshot>();
  STACKS_TRY(BlockSnapshot sn, ReadSnapshot(st));
  return std::optional<BlockSnapshot>(std::move(sn));
}

util::Result<std::optional<BurnchainHeaderHash>> CanonicalHashAt(Database& db, uint64_t height) {
  STACKS_TRY(Statement st, db.Prepare("SELECT burn_header_hash FROM canonical WHERE block_height = ?1"));
  STACKS_RETURN_IF_ERROR(st.BindInt64(1, ToSql(height)));
  STACKS_TRY(bool row, st.Step());
  if (!row) return std::optional<BurnchainHeaderHash>();
  STACKS_TRY(auto hash, ReadArray<32>(st, 0));
  return std::optional<BurnchainHeaderHash>(hash);
}

util::Result<BurnchainHeaderHash> ParentOf(Database& db, const BurnchainHeaderHash& hash) {
  STACKS_TRY(Statement st, db.Prepare("SELECT parent_burn_header_hash FROM snapshots WHERE burn_header_hash = ?1"));
  STACKS_RETURN_IF_ERROR(st.BindBlob(1, hash));
  STACKS_TRY(bool row, st.Step());
  if (!row) return util::Corruption("sortition db: a snapshot's parent is missing");
  return ReadArray<32>(st, 0);
}

/// The fork of one block: its ancestors are found by walking parents until the canonical chain, then by height.
class Fork {
 public:
  Fork(Database& db, BurnchainHeaderHash tip_hash, uint64_t tip_height, uint64_t first_height)
      : m_db(db), m_tip_hash(tip_hash), m_tip_height(tip_height), m_first_height(first_height) {}

  uint64_t tip_height() const { return m_tip_height; }

  /// The hash of the fork's block at `height`, or nullopt outside [first, tip].
  util::Result<std::optional<BurnchainHeaderHash>> HashAt(uint64_t height) {
    if (height > m_tip_height || height < m_first_height) return std::optional<BurnchainHeaderHash>();
    BurnchainHeaderHash hash = m_tip_hash;
    uint64_t h = m_tip_height;
    while (true) {
      if (h == height) return std::optional<BurnchainHeaderHash>(hash);
      STACKS_TRY(auto canonical, CanonicalHashAt(m_db, h));
      if (canonical && *canonical == hash) return CanonicalHashAt(m_db, height);
      STACKS_TRY(hash, ParentOf(m_db, hash));
      --h;
    }
  }

  /// True if `hash` is the fork's block at `height`.
  util::Result<bool> Contains(uint64_t height, const BurnchainHeaderHash& hash) {
    STACKS_TRY(auto at, HashAt(height));
    return at && *at == hash;
  }

 private:
  Database& m_db;
  BurnchainHeaderHash m_tip_hash;
  uint64_t m_tip_height;
  uint64_t m_first_height;
};

/// ForkView over the stored ops of a fork, plus the keys accepted earlier in the block being processed.
class DbForkView final : public ForkView {
 public:
  DbForkView(Database& db, Fork& fork) : m_db(db), m_fork(fork) {}

  util::Result<bool> HasLeaderKey(uint64_t block_height, uint32_t vtxindex) override {
    return HasAccepted("leader_keys", block_height, vtxindex);
  }
  util::Result<bool> HasBlockCommit(uint64_t block_height, uint32_t vtxindex) override {
    return HasAccepted("block_commits", block_height, vtxindex);
  }
  util::Result<bool> HasSnapshotAt(uint64_t block_height) override {
    STACKS_TRY(auto hash, m_fork.HashAt(block_height));
    return hash.has_value();
  }
  util::Result<bool> HasVrfPublicKey(const crypto::VrfPublicKeyBytes& public_key) override {
    if (m_block_keys.contains(public_key)) return true;
    STACKS_TRY(Statement st, m_db.Prepare("SELECT burn_header_hash, block_height FROM leader_keys "
                                          "WHERE public_key = ?1 AND status = 0"));
    STACKS_RETURN_IF_ERROR(st.BindBlob(1, public_key));
    while (true) {
      STACKS_TRY(bool row, st.Step());
      if (!row) return false;
      STACKS_TRY(auto hash, ReadArray<32>(st, 0));
      STACKS_TRY(bool in_fork, m_fork.Contains(FromSql(st.ColumnInt64(1)), hash));
      if (in_fork) return true;
    }
  }
  void AddBlockKey(const crypto::VrfPublicKeyBytes& public_key) { m_block_keys.insert(public_key); }

 private:
  util::Result<bool> HasAccepted(std::string_view table, uint64_t block_height, uint32_t vtxindex) {
    STACKS_TRY(auto hash, m_fork.HashAt(block_height));
    if (!hash) return false;
    STACKS_TRY(Statement st, m_db.Prepare("SELECT 1 FROM " + std::string(table) +
                                          " WHERE burn_header_hash = ?1 AND vtxindex = ?2 AND status = 0"));
    STACKS_RETURN_IF_ERROR(st.BindBlob(1, *hash));
    STACKS_RETURN_IF_ERROR(st.BindInt64(2, vtxindex));
    return st.Step();
  }

  Database& m_db;
  Fork& m_fork;
  std::set<crypto::VrfPublicKeyBytes> m_block_keys;
};

util::Result<std::vector<StoredBlockCommit>> CommitsWhere(Database& db, std::string_view where,
                                                          const std::function<util::Status(Statement&)>& bind) {
  STACKS_TRY(Statement st, db.Prepare("SELECT " + std::string(COMMIT_COLUMNS) + " FROM block_commits WHERE " +
                                      std::string(where) + " ORDER BY vtxindex"));
  STACKS_RETURN_IF_ERROR(bind(st));
  std::vector<StoredBlockCommit> out;
  while (true) {
    STACKS_TRY(bool row, st.Step());
    if (!row) return out;
    STACKS_TRY(auto commit, ReadCommit(st));
    out.push_back(std::move(commit));
  }
}

util::Status InsertSnapshot(Database& db, const BlockSnapshot& sn) {
  STACKS_TRY(Statement st, db.Prepare("INSERT INTO snapshots (" + std::string(SNAPSHOT_COLUMNS) +
                                      ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"));
  STACKS_RETURN_IF_ERROR(st.BindBlob(1, sn.burn_header_hash));
  STACKS_RETURN_IF_ERROR(st.BindInt64(2, ToSql(sn.block_height)));
  STACKS_RETURN_IF_ERROR(st.BindBlob(3, sn.parent_burn_header_hash));
  STACKS_RETURN_IF_ERROR(st.BindInt64(4, ToSql(sn.burn_header_timestamp)));
  STACKS_RETURN_IF_ERROR(st.BindBlob(5, sn.consensus_hash));
  STACKS_RETURN_IF_ERROR(st.BindBlob(6, sn.ops_hash));
  STACKS_RETURN_IF_ERROR(st.BindInt64(7, ToSql(sn.total_burn)));
  STACKS_RETURN_IF_ERROR(st.BindInt64(8, sn.sortition ? 1 : 0));
  STACKS_RETURN_IF_ERROR(st.BindBlob(9, sn.sortition_hash));
  STACKS_RETURN_IF_ERROR(st.BindBlob(10, sn.winning_block_txid));
  STACKS_RETURN_IF_ERROR(st.BindBlob(11, sn.winning_stacks_block_hash));
  STACKS_RETURN_IF_ERROR(st.BindBlob(12, sn.winning_vrf_seed));
  STACKS_RETURN_IF_ERROR(st.BindInt64(13, ToSql(sn.num_sortitions)));
  STACKS_RETURN_IF_ERROR(st.BindBlob(14, UstxBytes(sn.accumulated_coinbase_ustx)));
  STACKS_RETURN_IF_ERROR(st.BindInt64(15, static_cast<int64_t>(sn.epoch)));
  return st.Run();
}

util::Status InsertKey(Database& db, const burnchain::LeaderKeyRegisterOp& op, const OpCheck& check) {
  STACKS_TRY(Statement st, db.Prepare("INSERT INTO leader_keys (" + std::string(KEY_COLUMNS) +
                                      ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
  STACKS_RETURN_IF_ERROR(st.BindBlob(1, op.burn_header_hash));
  STACKS_RETURN_IF_ERROR(st.BindInt64(2, op.vtxindex));
  STACKS_RETURN_IF_ERROR(st.BindInt64(3, ToSql(op.block_height)));
  STACKS_RETURN_IF_ERROR(st.BindBlob(4, op.txid));
  STACKS_RETURN_IF_ERROR(st.BindBlob(5, op.consensus_hash));
  STACKS_RETURN_IF_ERROR(st.BindBlob(6, op.public_key));
  STACKS_RETURN_IF_ERROR(st.BindBlob(7, op.memo));
  STACKS_RETURN_IF_ERROR(st.BindInt64(8, static_cast<int64_t>(check.status)));
  STACKS_RETURN_IF_ERROR(st.BindText(9, check.reason));
  return st.Run();
}

/// `intended_hash` is the fork's block at a missed commit's intended height (missed commits link into the window of
/// that block, from whichever fork they were mined in, as the reference keys them by intended sortition).
util::Status InsertCommit(Database& db, const burnchain::LeaderBlockCommitOp& op, const OpCheck& check,
                          const std::optional<BurnchainHeaderHash>& intended_hash) {
  STACKS_TRY(Statement st, db.Prepare("INSERT INTO block_commits (" + std::string(COMMIT_COLUMNS) +
                                      ", intended_burn_header_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                                      "?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)"));
  STACKS_RETURN_IF_ERROR(st.BindBlob(1, op.burn_header_hash));
  STACKS_RETURN_IF_ERROR(st.BindInt64(2, op.vtxindex));
  STACKS_RETURN_IF_ERROR(st.BindInt64(3, ToSql(op.block_height)));
  STACKS_RETURN_IF_ERROR(st.BindBlob(4, op.txid));
  STACKS_RETURN_IF_ERROR(st.BindBlob(5, op.block_header_hash));
  STACKS_RETURN_IF_ERROR(st.BindBlob(6, op.new_seed));
  STACKS_RETURN_IF_ERROR(st.BindInt64(7, op.parent_block_ptr));
  STACKS_RETURN_IF_ERROR(st.BindInt64(8, op.parent_vtxindex));
  STACKS_RETURN_IF_ERROR(st.BindInt64(9, op.key_block_ptr));
  STACKS_RETURN_IF_ERROR(st.BindInt64(10, op.key_vtxindex));
  STACKS_RETURN_IF_ERROR(st.BindBlob(11, op.memo));
  STACKS_RETURN_IF_ERROR(st.BindInt64(12, op.burn_parent_modulus));
  STACKS_RETURN_IF_ERROR(st.BindInt64(13, ToSql(op.burn_fee)));
  STACKS_RETURN_IF_ERROR(st.BindInt64(14, ToSql(op.sunset_burn)));
  STACKS_RETURN_IF_ERROR(st.BindBlob(15, op.input.txid));
  STACKS_RETURN_IF_ERROR(st.BindInt64(16, op.input.vout));
  STACKS_RETURN_IF_ERROR(st.BindText(17, op.apparent_sender));
  STACKS_RETURN_IF_ERROR(st.BindInt64(18, static_cast<int64_t>(check.status)));
  STACKS_RETURN_IF_ERROR(st.BindText(19, check.reason));
  if (check.missed) {
    STACKS_RETURN_IF_ERROR(st.BindInt64(20, ToSql(check.missed->intended_burn_height)));
  } else {
    STACKS_RETURN_IF_ERROR(st.BindNull(20));
  }
  if (intended_hash) {
    STACKS_RETURN_IF_ERROR(st.BindBlob(21, *intended_hash));
  } else {
    STACKS_RETURN_IF_ERROR(st.BindNull(21));
  }
  return st.Run();
}

util::Status SetCanonical(Database& db, uint64_t height, const BurnchainHeaderHash& hash) {
  STACKS_TRY(Statement st,
             db.Prepare("INSERT OR REPLACE INTO canonical (block_height, burn_header_hash) VALUES (?1, ?2)"));
  STACKS_RETURN_IF_ERROR(st.BindInt64(1, ToSql(height)));
  STACKS_RETURN_IF_ERROR(st.BindBlob(2, hash));
  return st.Run();
}

}  // namespace

util::Result<SortitionDb> SortitionDb::Open(const std::string& path, const SortitionDbOptions& options) {
  STACKS_TRY(Database db, Database::Open(path, options.database));
  STACKS_RETURN_IF_ERROR(sqlite::OpenSchema(db, sqlite::Schema{"sortition", 1, CREATE_SQL, {}}));
  STACKS_TRY(Statement st, db.Prepare("SELECT burn_header_hash, block_height FROM snapshots "
                                      "ORDER BY block_height LIMIT 1"));
  STACKS_TRY(bool row, st.Step());
  if (row) {
    STACKS_TRY(auto hash, ReadArray<32>(st, 0));
    if (hash != options.first_burn_header_hash || FromSql(st.ColumnInt64(1)) != options.first_burn_height) {
      return util::FailedPrecondition("sortition db: the stored first burn block differs from the configured one");
    }
    st.Reset();
  } else {
    st.Reset();
    const BlockSnapshot first = InitialSnapshot(options.first_burn_height, options.first_burn_header_hash,
                                                options.first_burn_timestamp, options.first_epoch);
    STACKS_TRY(sqlite::WriteTransaction txn, sqlite::WriteTransaction::Begin(db));
    STACKS_RETURN_IF_ERROR(InsertSnapshot(db, first));
    STACKS_RETURN_IF_ERROR(SetCanonical(db, first.block_height, first.burn_header_hash));
    STACKS_RETURN_IF_ERROR(txn.Commit());
  }
  return SortitionDb(std::move(db), options.first_burn_height, options.pox_id);
}

util::Result<BlockSnapshot> SortitionDb::ProcessBurnBlock(const BurnBlockHeader& header, const BurnBlockOps& ops,
                                                          chain::StacksEpochId epoch, const PoxConstants& pox,
                                                          const CoinbaseInfo& coinbase) {
  STACKS_TRY(auto existing, QuerySnapshot(m_db, "burn_header_hash = ?1", header.block_hash));
  if (existing) return std::move(*existing);
  STACKS_TRY(auto parent_opt, QuerySnapshot(m_db, "burn_header_hash = ?1", header.parent_block_hash));
  if (!parent_opt) return util::NotFound("sortition db: the burn block's parent was never processed");
  const BlockSnapshot parent = std::move(*parent_opt);
  const uint64_t height = header.block_height;
  if (height != parent.block_height + 1) {
    return util::InvalidArgument("sortition db: burn block height " + std::to_string(height) +
                                 " does not follow its parent's " + std::to_string(parent.block_height));
  }
  auto wrong_block = [&](uint64_t op_height, const BurnchainHeaderHash& op_hash) {
    return op_height != height || op_hash != header.block_hash;
  };
  for (const auto& op : ops.leader_keys) {
    if (wrong_block(op.block_height, op.burn_header_hash)) return util::InvalidArgument("leader key of another block");
  }
  for (const auto& op : ops.block_commits) {
    if (wrong_block(op.block_height, op.burn_header_hash))
      return util::InvalidArgument("block commit of another block");
  }

  STACKS_TRY(sqlite::WriteTransaction txn, sqlite::WriteTransaction::Begin(m_db));
  Fork fork(m_db, parent.burn_header_hash, parent.block_height, m_first_burn_height);
  DbForkView view(m_db, fork);

  // Checks, in vtxindex order.
  auto keys = ops.leader_keys;
  std::sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.vtxindex < b.vtxindex; });
  auto commits = ops.block_commits;
  std::sort(commits.begin(), commits.end(), [](const auto& a, const auto& b) { return a.vtxindex < b.vtxindex; });
  std::vector<OpCheck> key_checks, commit_checks;
  std::vector<std::pair<uint32_t, crypto::Hash256>> accepted;  // (vtxindex, txid)
  for (const auto& key : keys) {
    STACKS_TRY(OpCheck check, CheckLeaderKey(key, view));
    if (check.status == OpStatus::kAccepted) {
      view.AddBlockKey(key.public_key);
      accepted.emplace_back(key.vtxindex, key.txid);
    }
    key_checks.push_back(std::move(check));
  }
  WindowBlock current;
  std::vector<MissedBlockCommit> missed_here;
  std::vector<std::optional<BurnchainHeaderHash>> intended_hashes;
  for (const auto& commit : commits) {
    STACKS_TRY(OpCheck check, CheckBlockCommit(commit, epoch, m_first_burn_height, parent.block_height, view));
    std::optional<BurnchainHeaderHash> intended_hash;
    if (check.status == OpStatus::kAccepted) {
      current.commits.push_back(commit);
      accepted.emplace_back(commit.vtxindex, commit.txid);
    } else if (check.status == OpStatus::kMissed) {
      STACKS_TRY(intended_hash, fork.HashAt(check.missed->intended_burn_height));
      if (!intended_hash) return util::Corruption("sortition db: a missed commit's intended block is missing");
      missed_here.push_back(*check.missed);
    }
    intended_hashes.push_back(intended_hash);
    commit_checks.push_back(std::move(check));
  }
  for (const auto& op : ops.other_ops) accepted.emplace_back(op.vtxindex, op.txid);
  std::stable_sort(accepted.begin(), accepted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

  // The commitment window (BurnchainStateTransition::from_block_ops).
  const uint64_t window_start = std::max(
      m_first_burn_height, parent.block_height - std::min<uint64_t>(parent.block_height, MINING_COMMITMENT_WINDOW));
  STACKS_TRY(auto window_start_hash, fork.HashAt(window_start));
  chain::StacksEpochId window_start_epoch = epoch;
  if (window_start_hash) {
    STACKS_TRY(auto start_sn, QuerySnapshot(m_db, "burn_header_hash = ?1", *window_start_hash));
    if (start_sn) window_start_epoch = start_sn->epoch;
  }
  std::vector<WindowBlock> window;
  if (!IsInPreparePhase(pox, m_first_burn_height, height) &&
      (epoch < chain::StacksEpochId::k30 || window_start_epoch == epoch)) {
    for (uint64_t back = 0; back + 1 < MINING_COMMITMENT_WINDOW; ++back) {
      if (parent.block_height < back) break;
      const uint64_t h = parent.block_height - back;
      STACKS_TRY(auto hash, fork.HashAt(h));
      if (!hash) break;
      WindowBlock block;
      STACKS_TRY(auto stored, CommitsWhere(m_db, "burn_header_hash = ?1 AND status = 0",
                                           [&](Statement& st) { return st.BindBlob(1, *hash); }));
      for (auto& c : stored) block.commits.push_back(std::move(c.op));
      STACKS_TRY(auto missed, CommitsWhere(m_db, "intended_burn_header_hash = ?1 AND status = 1",
                                           [&](Statement& st) { return st.BindBlob(1, *hash); }));
      for (auto& m : missed) block.missed.push_back(*m.check.missed);
      for (const auto& m : missed_here) {
        if (m.intended_burn_height == h) block.missed.push_back(m);
      }
      window.push_back(std::move(block));
    }
  }
  std::reverse(window.begin(), window.end());
  window.push_back(std::move(current));
  const uint64_t first_window_height = height + 1 - window.size();
  for (size_t i = 0; i < window.size(); ++i) {
    window[i].expects_single_commit = IsInPreparePhase(pox, m_first_burn_height, first_window_height + i);
  }

  SnapshotInputs in;
  in.header = header;
  in.epoch = epoch;
  in.first_burn_height = m_first_burn_height;
  in.pox_id = m_pox_id;
  in.window = std::move(window);
  for (const auto& [vtxindex, txid] : accepted) in.accepted_txids.push_back(txid);
  for (uint64_t h : ConsensusHashAncestorHeights(parent.block_height, m_first_burn_height)) {
    STACKS_TRY(auto hash, fork.HashAt(h));
    ConsensusHash ch{};
    if (hash) {
      STACKS_TRY(auto sn, QuerySnapshot(m_db, "burn_header_hash = ?1", *hash));
      if (sn) ch = sn->consensus_hash;
    }
    in.ancestor_consensus_hashes.push_back(ch);
  }
  // The last winner's seed: walk back to the fork's last snapshot with a sortition (the first block has one).
  {
    BlockSnapshot walk = parent;
    while (!walk.sortition) {
      STACKS_TRY(auto prev, QuerySnapshot(m_db, "burn_header_hash = ?1", walk.parent_burn_header_hash));
      if (!prev) return util::Corruption("sortition db: a snapshot's parent is missing");
      walk = std::move(*prev);
    }
    in.last_winner_vrf_seed = walk.winning_vrf_seed;
  }
  in.parent_coinbase_ustx = coinbase.parent_coinbase_ustx;
  in.initial_mining_bonus_ustx = coinbase.initial_mining_bonus_ustx;
  STACKS_TRY(SnapshotOutcome outcome, MakeSnapshot(parent, in));

  STACKS_RETURN_IF_ERROR(InsertSnapshot(m_db, outcome.snapshot));
  for (size_t i = 0; i < keys.size(); ++i) STACKS_RETURN_IF_ERROR(InsertKey(m_db, keys[i], key_checks[i]));
  for (size_t i = 0; i < commits.size(); ++i)
    STACKS_RETURN_IF_ERROR(InsertCommit(m_db, commits[i], commit_checks[i], intended_hashes[i]));

  // The canonical chain follows the highest block; a higher fork rewrites the heights where it differs.
  STACKS_TRY(BlockSnapshot tip, CanonicalTip());
  if (height > tip.block_height) {
    BurnchainHeaderHash hash = header.block_hash;
    uint64_t h = height;
    while (true) {
      STACKS_TRY(auto canonical, CanonicalHashAt(m_db, h));
      if (canonical && *canonical == hash) break;
      STACKS_RETURN_IF_ERROR(SetCanonical(m_db, h, hash));
      if (h == m_first_burn_height) break;
      STACKS_TRY(hash, ParentOf(m_db, hash));
      --h;
    }
  }
  STACKS_RETURN_IF_ERROR(txn.Commit());
  return std::move(outcome.snapshot);
}

util::Result<BlockSnapshot> SortitionDb::CanonicalTip() {
  STACKS_TRY(Statement st, m_db.Prepare("SELECT " + std::string(SNAPSHOT_COLUMNS) +
                                        " FROM snapshots WHERE burn_header_hash = "
                                        "(SELECT burn_header_hash FROM canonical ORDER BY block_height DESC LIMIT 1)"));
  STACKS_TRY(bool row, st.Step());
  if (!row) return util::Corruption("sortition db: no canonical tip");
  return ReadSnapshot(st);
}

util::Result<BlockSnapshot> SortitionDb::SnapshotAtHeight(uint64_t burn_height) {
  STACKS_TRY(auto hash, CanonicalHashAt(m_db, burn_height));
  if (!hash) return util::NotFound("sortition db: no canonical snapshot at height " + std::to_string(burn_height));
  return SnapshotByBurnHeaderHash(*hash);
}

util::Result<BlockSnapshot> SortitionDb::SnapshotByConsensusHash(const ConsensusHash& consensus_hash) {
  STACKS_TRY(auto sn, QuerySnapshot(m_db, "consensus_hash = ?1", consensus_hash));
  if (!sn) return util::NotFound("sortition db: no snapshot with that consensus hash");
  return std::move(*sn);
}

util::Result<BlockSnapshot> SortitionDb::SnapshotByBurnHeaderHash(const BurnchainHeaderHash& burn_header_hash) {
  STACKS_TRY(auto sn, QuerySnapshot(m_db, "burn_header_hash = ?1", burn_header_hash));
  if (!sn) return util::NotFound("sortition db: no snapshot of that burn block");
  return std::move(*sn);
}

util::Result<std::optional<burnchain::LeaderBlockCommitOp>> SortitionDb::WinningCommit(const BlockSnapshot& snapshot) {
  using Out = std::optional<burnchain::LeaderBlockCommitOp>;
  if (!snapshot.sortition || snapshot.winning_block_txid == burnchain::Txid{}) return Out();
  STACKS_TRY(auto found, CommitsWhere(m_db, "burn_header_hash = ?1 AND txid = ?2 AND status = 0",
                                      [&](Statement& st) -> util::Status {
                                        STACKS_RETURN_IF_ERROR(st.BindBlob(1, snapshot.burn_header_hash));
                                        return st.BindBlob(2, snapshot.winning_block_txid);
                                      }));
  if (found.empty()) return util::Corruption("sortition db: a snapshot's winning commit is missing");
  return Out(std::move(found.front().op));
}

util::Result<std::optional<burnchain::LeaderKeyRegisterOp>> SortitionDb::LeaderKeyAt(uint64_t block_height,
                                                                                     uint32_t vtxindex) {
  using Out = std::optional<burnchain::LeaderKeyRegisterOp>;
  STACKS_TRY(auto hash, CanonicalHashAt(m_db, block_height));
  if (!hash) return Out();
  STACKS_TRY(auto keys, LeaderKeysIn(*hash));
  for (auto& key : keys) {
    if (key.op.vtxindex == vtxindex && key.check.status == OpStatus::kAccepted) return Out(std::move(key.op));
  }
  return Out();
}

util::Result<VrfSeed> SortitionDb::LastWinningVrfSeed() {
  STACKS_TRY(Statement st, m_db.Prepare("SELECT s.winning_vrf_seed FROM canonical c JOIN snapshots s "
                                        "ON s.burn_header_hash = c.burn_header_hash WHERE s.sortition = 1 "
                                        "ORDER BY c.block_height DESC LIMIT 1"));
  STACKS_TRY(bool row, st.Step());
  if (!row) return VrfSeed{};
  return ReadArray<32>(st, 0);
}

util::Result<std::vector<StoredBlockCommit>> SortitionDb::BlockCommitsIn(const BurnchainHeaderHash& burn_header_hash) {
  return CommitsWhere(m_db, "burn_header_hash = ?1", [&](Statement& st) { return st.BindBlob(1, burn_header_hash); });
}

util::Result<std::vector<StoredLeaderKey>> SortitionDb::LeaderKeysIn(const BurnchainHeaderHash& burn_header_hash) {
  STACKS_TRY(Statement st, m_db.Prepare("SELECT " + std::string(KEY_COLUMNS) +
                                        " FROM leader_keys WHERE burn_header_hash = ?1 ORDER BY vtxindex"));
  STACKS_RETURN_IF_ERROR(st.BindBlob(1, burn_header_hash));
  std::vector<StoredLeaderKey> out;
  while (true) {
    STACKS_TRY(bool row, st.Step());
    if (!row) return out;
    STACKS_TRY(auto key, ReadKey(st));
    out.push_back(std::move(key));
  }
}

util::Result<std::optional<burnchain::LeaderKeyRegisterOp>> SortitionDb::CanonicalLeaderKeyWithPublicKey(
    const crypto::VrfPublicKeyBytes& public_key) {
  using Out = std::optional<burnchain::LeaderKeyRegisterOp>;
  STACKS_TRY(Statement st, m_db.Prepare("SELECT k.burn_header_hash, k.vtxindex, k.block_height, k.txid, "
                                        "k.consensus_hash, k.public_key, k.memo, k.status, k.reason FROM leader_keys k "
                                        "JOIN canonical c ON c.burn_header_hash = k.burn_header_hash "
                                        "WHERE k.public_key = ?1 AND k.status = ?2 ORDER BY k.block_height LIMIT 1"));
  STACKS_RETURN_IF_ERROR(st.BindBlob(1, public_key));
  STACKS_RETURN_IF_ERROR(st.BindInt64(2, static_cast<int64_t>(OpStatus::kAccepted)));
  STACKS_TRY(bool row, st.Step());
  if (!row) return Out();
  STACKS_TRY(auto key, ReadKey(st));
  return Out(std::move(key.op));
}

}  // namespace stacks::sortition
