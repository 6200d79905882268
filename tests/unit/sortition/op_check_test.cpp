#include "sortition/op_check.h"

#include <gtest/gtest.h>

#include <set>
#include <utility>

#include "sortition_test_util.h"

namespace stacks::sortition {
namespace {

using chain::StacksEpochId;
using testing::Commit;

/// A fork in memory: accepted keys and commits by (height, vtxindex), snapshots up to `tip_height`.
class FakeFork final : public ForkView {
 public:
  std::set<std::pair<uint64_t, uint32_t>> keys, commits;
  std::set<crypto::VrfPublicKeyBytes> public_keys;
  uint64_t tip_height = 9;

  util::Result<bool> HasLeaderKey(uint64_t h, uint32_t v) override { return keys.contains({h, v}); }
  util::Result<bool> HasBlockCommit(uint64_t h, uint32_t v) override { return commits.contains({h, v}); }
  util::Result<bool> HasSnapshotAt(uint64_t h) override { return h <= tip_height; }
  util::Result<bool> HasVrfPublicKey(const crypto::VrfPublicKeyBytes& pk) override { return public_keys.contains(pk); }
};

class OpCheckTest : public ::testing::Test {
 protected:
  void SetUp() override { fork.keys.insert({1, 0}); }

  OpCheck Check(const burnchain::LeaderBlockCommitOp& op, StacksEpochId epoch = StacksEpochId::k21) {
    auto r = CheckBlockCommit(op, epoch, 0, op.block_height - 1, fork);
    EXPECT_TRUE(r);
    return r ? *r : OpCheck{};
  }

  FakeFork fork;
};

TEST_F(OpCheckTest, AcceptsAValidCommit) {
  const OpCheck check = Check(Commit(10, 1, 1000, 1));
  EXPECT_EQ(check.status, OpStatus::kAccepted);
  EXPECT_EQ(check.reason, "");
}

TEST_F(OpCheckTest, RejectsZeroBurn) { EXPECT_EQ(Check(Commit(10, 1, 0, 1)).reason, "block-commit-bad-input"); }

TEST_F(OpCheckTest, RejectsUnknownLeaderKey) {
  auto op = Commit(10, 1, 1000, 1);
  op.key_vtxindex = 7;
  EXPECT_EQ(Check(op).reason, "block-commit-no-leader-key");
  op = Commit(10, 1, 1000, 1);
  op.key_block_ptr = 10;  // the same block
  EXPECT_EQ(Check(op).reason, "block-commit-no-leader-key");
}

TEST_F(OpCheckTest, RejectsMissingParentButAcceptsGenesisAndKnownParent) {
  auto op = Commit(10, 1, 1000, 1);
  op.parent_block_ptr = 5;
  op.parent_vtxindex = 2;
  EXPECT_EQ(Check(op).reason, "block-commit-no-parent");
  fork.commits.insert({5, 2});
  EXPECT_EQ(Check(op).status, OpStatus::kAccepted);
  op.parent_block_ptr = 10;
  EXPECT_EQ(Check(op).reason, "block-commit-no-parent");
}

TEST_F(OpCheckTest, ShadowParentOnlyFromNakamoto) {
  auto op = Commit(10, 1, 1000, 1);
  op.parent_block_ptr = 5;
  op.parent_vtxindex = 0;
  EXPECT_EQ(Check(op, StacksEpochId::k25).reason, "block-commit-no-parent");
  EXPECT_EQ(Check(op, StacksEpochId::k30).status, OpStatus::kAccepted);
}

TEST_F(OpCheckTest, EpochMarkerIsAMinimum) {
  auto op = Commit(10, 1, 1000, 1);
  op.memo = {burnchain::STACKS_EPOCH_2_05_MARKER};
  EXPECT_EQ(Check(op, StacksEpochId::k2_05).status, OpStatus::kAccepted);
  EXPECT_EQ(Check(op, StacksEpochId::k21).reason, "block-commit-bad-epoch");
  op.memo = {};
  EXPECT_EQ(Check(op, StacksEpochId::k20).status, OpStatus::kAccepted);  // 2.0 has no marker
  EXPECT_EQ(Check(op, StacksEpochId::k2_05).reason, "block-commit-bad-epoch");
  EXPECT_EQ(EpochCommitMarker(StacksEpochId::k31), burnchain::STACKS_EPOCH_3_1_MARKER);
  EXPECT_EQ(EpochCommitMarker(StacksEpochId::k20), std::nullopt);
}

TEST_F(OpCheckTest, LateCommitIsMissedForTheBlockBefore) {
  auto op = Commit(10, 1, 1000, 1);
  op.burn_parent_modulus = burnchain::BurnParentModulus(9);  // meant for block 9
  const OpCheck check = Check(op);
  EXPECT_EQ(check.status, OpStatus::kMissed);
  ASSERT_TRUE(check.missed);
  EXPECT_EQ(check.missed->intended_burn_height, 9u);
  EXPECT_EQ(check.missed->txid, op.txid);
}

TEST_F(OpCheckTest, MissingByTwoBlocksIsRejectedFrom21) {
  auto op = Commit(10, 1, 1000, 1);
  op.burn_parent_modulus = burnchain::BurnParentModulus(8);
  EXPECT_EQ(Check(op).reason, "block-commit-miss-distance-too-big");
  const OpCheck pre21 = Check(op, StacksEpochId::k2_05);
  EXPECT_EQ(pre21.status, OpStatus::kMissed);
  EXPECT_EQ(pre21.missed->intended_burn_height, 8u);
}

TEST_F(OpCheckTest, RejectsNonBurnOutputsWithoutARewardSet) {
  auto op = Commit(10, 1, 1000, 1);
  op.commit_outs = {burnchain::PoxAddr20{false, burnchain::POX_ADDRESS_TYPE_P2WPKH, {1}}};
  EXPECT_EQ(Check(op).reason, "block-commit-bad-outputs");
}

TEST_F(OpCheckTest, LeaderKeyMayBeRegisteredOnce) {
  burnchain::LeaderKeyRegisterOp key;
  key.public_key.fill(9);
  auto fresh = CheckLeaderKey(key, fork);
  ASSERT_TRUE(fresh);
  EXPECT_EQ(fresh->status, OpStatus::kAccepted);
  fork.public_keys.insert(key.public_key);
  auto again = CheckLeaderKey(key, fork);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->reason, "leader-key-already-registered");
}

}  // namespace
}  // namespace stacks::sortition
