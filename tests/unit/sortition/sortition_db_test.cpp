#include "sortition/sortition_db.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "sortition_test_util.h"
#include "test_util.h"

namespace stacks::sortition {
namespace {

using chain::StacksEpochId;
using stacks::testing::ErrorOf;
using testing::Commit;
using testing::Filled;

class SortitionDbTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = std::filesystem::temp_directory_path() / ("sortition_db_test_" + std::to_string(::getpid()) + "_" +
                                                      ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(m_dir);
    std::filesystem::create_directories(m_dir);
    m_path = (m_dir / "sortition.sqlite").string();
  }
  void TearDown() override { std::filesystem::remove_all(m_dir); }

  SortitionDb OpenDb() {
    auto db = SortitionDb::Open(m_path, {});
    EXPECT_TRUE(db) << (db ? "" : db.error().message);
    return std::move(db).value();
  }

  /// The header of the block at `height` on the fork named by `fork` (mocknet-like hashes).
  static BurnBlockHeader Header(uint64_t height, uint8_t fork = 0) {
    auto hash = [fork](uint64_t h) {
      if (h == 0) return BurnchainHeaderHash{};
      auto x = Filled(static_cast<uint8_t>(h));
      x[0] = fork;
      return x;
    };
    return {height, hash(height), hash(height - 1), 1000 + height};
  }

  static burnchain::LeaderKeyRegisterOp Key(const BurnBlockHeader& header, uint32_t vtxindex, uint8_t id) {
    burnchain::LeaderKeyRegisterOp key;
    key.public_key.fill(id);
    key.txid = Filled(static_cast<uint8_t>(0x80 + id));
    key.vtxindex = vtxindex;
    key.block_height = header.block_height;
    key.burn_header_hash = header.block_hash;
    return key;
  }

  static burnchain::LeaderBlockCommitOp CommitIn(const BurnBlockHeader& header, uint32_t vtxindex, uint64_t burn,
                                                 uint8_t id) {
    auto op = Commit(header.block_height, vtxindex, burn, id);
    op.burn_header_hash = header.block_hash;
    return op;
  }

  static BlockSnapshot Process(SortitionDb& db, const BurnBlockHeader& header, const BurnBlockOps& ops,
                               const CoinbaseInfo& coinbase = {}) {
    auto sn = db.ProcessBurnBlock(header, ops, StacksEpochId::k21, PoxConstants::Regtest(), coinbase);
    EXPECT_TRUE(sn) << (sn ? "" : sn.error().message);
    return sn ? *sn : BlockSnapshot{};
  }

  std::filesystem::path m_dir;
  std::string m_path;
};

TEST_F(SortitionDbTest, NewDatabaseHasTheFirstBlockAsTip) {
  SortitionDb db = OpenDb();
  auto tip = db.CanonicalTip();
  ASSERT_TRUE(tip);
  EXPECT_EQ(tip->block_height, 0u);
  EXPECT_TRUE(tip->sortition);
  EXPECT_EQ(tip->consensus_hash, ConsensusHash{});
  auto seed = db.LastWinningVrfSeed();
  ASSERT_TRUE(seed);
  EXPECT_EQ(*seed, VrfSeed{});
}

TEST_F(SortitionDbTest, KeyThenCommitElectsTheMiner) {
  SortitionDb db = OpenDb();
  const auto h1 = Header(1);
  const BlockSnapshot s1 = Process(db, h1, {{Key(h1, 0, 1)}, {}, {}});
  EXPECT_FALSE(s1.sortition);
  const auto key = db.LeaderKeyAt(1, 0);
  ASSERT_TRUE(key);
  ASSERT_TRUE(key->has_value());
  EXPECT_EQ((*key)->public_key, Key(h1, 0, 1).public_key);

  const auto h2 = Header(2);
  const auto commit = CommitIn(h2, 1, 10000, 1);
  const BlockSnapshot s2 = Process(db, h2, {{}, {commit}, {}});
  EXPECT_TRUE(s2.sortition);
  EXPECT_EQ(s2.winning_block_txid, commit.txid);
  EXPECT_EQ(s2.winning_stacks_block_hash, commit.block_header_hash);
  EXPECT_EQ(s2.total_burn, 10000u);
  EXPECT_EQ(s2.sortition_hash, MixVrfSeed(MixBurnHeader(s1.sortition_hash, h2.block_hash), commit.new_seed));

  // Consensus hash of block 2: ancestors at heights 1 and 0.
  const std::vector<crypto::Hash256> txids = {commit.txid};
  const std::vector<ConsensusHash> ancestors = {s1.consensus_hash, ConsensusHash{}};
  // Mocknet commits to the stubbed (empty) PoX id.
  EXPECT_EQ(s2.consensus_hash,
            ComputeConsensusHash(h2.block_hash, ComputeOpsHash(txids), 10000, POX_ID_STUBBED, ancestors));

  auto winner = db.WinningCommit(s2);
  ASSERT_TRUE(winner);
  ASSERT_TRUE(winner->has_value());
  EXPECT_EQ((*winner)->txid, commit.txid);
  EXPECT_EQ((*winner)->burn_fee, 10000u);
  auto seed = db.LastWinningVrfSeed();
  ASSERT_TRUE(seed);
  EXPECT_EQ(*seed, commit.new_seed);
  auto by_ch = db.SnapshotByConsensusHash(s2.consensus_hash);
  ASSERT_TRUE(by_ch);
  EXPECT_EQ(*by_ch, s2);
  auto by_height = db.SnapshotAtHeight(2);
  ASSERT_TRUE(by_height);
  EXPECT_EQ(*by_height, s2);
}

TEST_F(SortitionDbTest, InvalidCommitsAreStoredWithReasonsAndExcluded) {
  SortitionDb db = OpenDb();
  const auto h1 = Header(1);
  Process(db, h1, {{Key(h1, 0, 1)}, {}, {}});
  const auto h2 = Header(2);
  auto unknown_key = CommitIn(h2, 1, 500, 1);
  unknown_key.key_vtxindex = 9;
  auto bad_epoch = CommitIn(h2, 2, 500, 2);
  bad_epoch.memo = {burnchain::STACKS_EPOCH_2_05_MARKER};
  auto bad_modulus = CommitIn(h2, 3, 500, 3);
  bad_modulus.burn_parent_modulus = burnchain::BurnParentModulus(5);
  const BlockSnapshot s2 = Process(db, h2, {{}, {unknown_key, bad_epoch, bad_modulus}, {}});
  EXPECT_FALSE(s2.sortition);
  EXPECT_EQ(s2.total_burn, 0u);
  EXPECT_EQ(s2.ops_hash, ComputeOpsHash({}));
  auto stored = db.BlockCommitsIn(h2.block_hash);
  ASSERT_TRUE(stored);
  ASSERT_EQ(stored->size(), 3u);
  EXPECT_EQ((*stored)[0].check.reason, "block-commit-no-leader-key");
  EXPECT_EQ((*stored)[1].check.reason, "block-commit-bad-epoch");
  EXPECT_EQ((*stored)[2].check.reason, "block-commit-miss-distance-too-big");
  for (const auto& c : *stored) EXPECT_EQ(c.check.status, OpStatus::kRejected);
}

TEST_F(SortitionDbTest, DuplicateLeaderKeyIsRejected) {
  SortitionDb db = OpenDb();
  const auto h1 = Header(1);
  Process(db, h1, {{Key(h1, 0, 1), Key(h1, 1, 1)}, {}, {}});
  const auto h2 = Header(2);
  Process(db, h2, {{Key(h2, 0, 1)}, {}, {}});
  auto k1 = db.LeaderKeysIn(h1.block_hash);
  auto k2 = db.LeaderKeysIn(h2.block_hash);
  ASSERT_TRUE(k1 && k2);
  EXPECT_EQ((*k1)[0].check.status, OpStatus::kAccepted);
  EXPECT_EQ((*k1)[1].check.reason, "leader-key-already-registered");
  EXPECT_EQ((*k2)[0].check.reason, "leader-key-already-registered");
}

TEST_F(SortitionDbTest, BlocksWithoutCommitsCarryCoinbase) {
  SortitionDb db = OpenDb();
  const auto h1 = Header(1);
  Process(db, h1, {{Key(h1, 0, 1)}, {}, {}});
  const auto h2 = Header(2);
  Process(db, h2, {{}, {CommitIn(h2, 1, 100, 1)}, {}});
  const CoinbaseInfo coinbase{1000, 0};
  const BlockSnapshot s3 = Process(db, Header(3), {}, coinbase);
  const BlockSnapshot s4 = Process(db, Header(4), {}, coinbase);
  EXPECT_FALSE(s3.sortition);
  EXPECT_FALSE(s4.sortition);
  EXPECT_EQ(s3.accumulated_coinbase_ustx, 0u);
  EXPECT_EQ(s4.accumulated_coinbase_ustx, 1000u);
  EXPECT_EQ(s4.total_burn, 100u);
  EXPECT_EQ(s4.sortition_hash, MixBurnHeader(s3.sortition_hash, Header(4).block_hash));
}

TEST_F(SortitionDbTest, ReprocessingABlockIsANoOp) {
  SortitionDb db = OpenDb();
  const auto h1 = Header(1);
  const BlockSnapshot first = Process(db, h1, {{Key(h1, 0, 1)}, {}, {}});
  const BlockSnapshot again = Process(db, h1, {{Key(h1, 0, 2), Key(h1, 1, 3)}, {}, {}});
  EXPECT_EQ(first, again);
  auto keys = db.LeaderKeysIn(h1.block_hash);
  ASSERT_TRUE(keys);
  EXPECT_EQ(keys->size(), 1u);
}

TEST_F(SortitionDbTest, RestartKeepsTheTip) {
  BlockSnapshot s2;
  {
    SortitionDb db = OpenDb();
    const auto h1 = Header(1);
    Process(db, h1, {{Key(h1, 0, 1)}, {}, {}});
    const auto h2 = Header(2);
    s2 = Process(db, h2, {{}, {CommitIn(h2, 1, 100, 1)}, {}});
  }
  SortitionDb db = OpenDb();
  auto tip = db.CanonicalTip();
  ASSERT_TRUE(tip);
  EXPECT_EQ(*tip, s2);
  SortitionDbOptions other;
  other.first_burn_header_hash = Filled(1);
  EXPECT_EQ(ErrorOf(SortitionDb::Open(m_path, other)).code, util::ErrorCode::kFailedPrecondition);
}

TEST_F(SortitionDbTest, UnknownParentAndWrongOpBlockAreRefused) {
  SortitionDb db = OpenDb();
  EXPECT_EQ(ErrorOf(db.ProcessBurnBlock(Header(2), {}, StacksEpochId::k21, PoxConstants::Regtest())).code,
            util::ErrorCode::kNotFound);
  const auto h1 = Header(1);
  auto key = Key(h1, 0, 1);
  key.block_height = 7;
  EXPECT_EQ(ErrorOf(db.ProcessBurnBlock(h1, {{key}, {}, {}}, StacksEpochId::k21, PoxConstants::Regtest())).code,
            util::ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(db.SnapshotAtHeight(1)).code, util::ErrorCode::kNotFound);
}

TEST_F(SortitionDbTest, CanonicalLeaderKeyWithPublicKeyFindsTheFirstAcceptedOne) {
  SortitionDb db = OpenDb();
  const auto h1 = Header(1);
  Process(db, h1, {{Key(h1, 0, 1)}, {}, {}});
  const auto h2 = Header(2);
  Process(db, h2, {{Key(h2, 0, 1), Key(h2, 1, 2)}, {}, {}});  // Key 1 again: rejected.
  auto first = db.CanonicalLeaderKeyWithPublicKey(Key(h1, 0, 1).public_key);
  ASSERT_TRUE(first) << ErrorOf(first).ToString();
  ASSERT_TRUE(first->has_value());
  EXPECT_EQ((*first)->block_height, 1u);
  EXPECT_EQ((*first)->vtxindex, 0u);
  auto second = db.CanonicalLeaderKeyWithPublicKey(Key(h2, 1, 2).public_key);
  ASSERT_TRUE(second && second->has_value());
  EXPECT_EQ((*second)->block_height, 2u);
  EXPECT_EQ((*second)->vtxindex, 1u);
  auto unknown = db.CanonicalLeaderKeyWithPublicKey(Key(h2, 0, 3).public_key);
  ASSERT_TRUE(unknown);
  EXPECT_FALSE(unknown->has_value());
}

TEST_F(SortitionDbTest, CanonicalLeaderKeyWithPublicKeyIgnoresOtherForks) {
  SortitionDb db = OpenDb();
  Process(db, Header(1), {});
  Process(db, Header(2), {});
  auto f2 = Header(2, 1);
  f2.parent_block_hash = Header(1).block_hash;
  Process(db, f2, {{Key(f2, 0, 5)}, {}, {}});  // Loses the tie: not canonical.
  auto found = db.CanonicalLeaderKeyWithPublicKey(Key(f2, 0, 5).public_key);
  ASSERT_TRUE(found);
  EXPECT_FALSE(found->has_value());
}

TEST_F(SortitionDbTest, LongerForkBecomesCanonical) {
  SortitionDb db = OpenDb();
  Process(db, Header(1), {});
  Process(db, Header(2), {});
  // Fork 1 branches off block 1 and overtakes at height 3.
  auto f2 = Header(2, 1);
  f2.parent_block_hash = Header(1).block_hash;
  const BlockSnapshot fork2 = Process(db, f2, {});
  auto tip = db.CanonicalTip();
  ASSERT_TRUE(tip);
  EXPECT_EQ(tip->burn_header_hash, Header(2).block_hash);  // a tie keeps the first
  const BlockSnapshot fork3 = Process(db, Header(3, 1), {});
  tip = db.CanonicalTip();
  ASSERT_TRUE(tip);
  EXPECT_EQ(*tip, fork3);
  auto at2 = db.SnapshotAtHeight(2);
  ASSERT_TRUE(at2);
  EXPECT_EQ(*at2, fork2);
}

TEST_F(SortitionDbTest, LateCommitIsStoredAsMissedForItsIntendedBlock) {
  SortitionDb db = OpenDb();
  const auto h1 = Header(1);
  Process(db, h1, {{Key(h1, 0, 1)}, {}, {}});
  const auto h2 = Header(2);
  auto late = CommitIn(h2, 1, 100, 1);
  late.burn_parent_modulus = burnchain::BurnParentModulus(1);  // meant for block 1
  const BlockSnapshot s2 = Process(db, h2, {{}, {late}, {}});
  EXPECT_FALSE(s2.sortition);
  auto stored = db.BlockCommitsIn(h2.block_hash);
  ASSERT_TRUE(stored);
  ASSERT_EQ(stored->size(), 1u);
  EXPECT_EQ((*stored)[0].check.status, OpStatus::kMissed);
  ASSERT_TRUE((*stored)[0].check.missed);
  EXPECT_EQ((*stored)[0].check.missed->intended_burn_height, 1u);
}

TEST_F(SortitionDbTest, ConfiguredPoxIdEntersTheConsensusHash) {
  SortitionDbOptions options;
  options.pox_id = std::string(POX_ID_INITIAL);
  auto db = SortitionDb::Open(m_path, options);
  ASSERT_TRUE(db);
  auto sn = db->ProcessBurnBlock(Header(1), {}, StacksEpochId::k21, PoxConstants::Regtest());
  ASSERT_TRUE(sn);
  const std::vector<ConsensusHash> ancestors = {ConsensusHash{}};
  EXPECT_EQ(sn->consensus_hash, ComputeConsensusHash(Header(1).block_hash, ComputeOpsHash({}), 0, "1", ancestors));
}

TEST_F(SortitionDbTest, NakamotoWinnerNeedsAChainOfCommitsFromTheStoredWindow) {
  SortitionDbOptions options;
  options.first_epoch = StacksEpochId::k30;
  auto db = SortitionDb::Open(m_path, options);
  ASSERT_TRUE(db);
  const PoxConstants no_prepare{100, 3};
  auto process = [&](const BurnBlockHeader& header, const BurnBlockOps& ops) {
    auto sn = db->ProcessBurnBlock(header, ops, StacksEpochId::k30, no_prepare);
    EXPECT_TRUE(sn) << (sn ? "" : sn.error().message);
    return sn ? *sn : BlockSnapshot{};
  };
  const auto h1 = Header(1);
  process(h1, {{Key(h1, 0, 1)}, {}, {}});
  // Blocks 2 and 3: one miner, chained through output 3 (two-output reward-phase commits).
  const auto c2 = CommitIn(Header(2), 1, 100, 1);
  EXPECT_FALSE(process(Header(2), {{}, {c2}, {}}).sortition);  // one link of a three-block window: inactive
  auto c3 = CommitIn(Header(3), 1, 100, 2);
  c3.input = {c2.txid, 3};
  EXPECT_FALSE(process(Header(3), {{}, {c3}, {}}).sortition);  // two links
  auto c4 = CommitIn(Header(4), 1, 100, 3);
  c4.input = {c3.txid, 3};
  const BlockSnapshot s4 = process(Header(4), {{}, {c4}, {}});
  EXPECT_TRUE(s4.sortition);  // three links in a five-block window
  EXPECT_EQ(s4.winning_block_txid, c4.txid);
  // An unchained commit in block 5 has one link: no sortition.
  const BlockSnapshot s5 = process(Header(5), {{}, {CommitIn(Header(5), 1, 100, 4)}, {}});
  EXPECT_FALSE(s5.sortition);
  EXPECT_EQ(s5.total_burn, s4.total_burn);
}

}  // namespace
}  // namespace stacks::sortition
