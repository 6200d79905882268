#include "burndb/burnchain_db.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "burndb/burndb_test_util.h"
#include "burndb/mocknet_block_hash.h"
#include "killed_writer.h"
#include "sqlite/schema.h"
#include "test_util.h"

namespace stacks::burndb {
namespace {

using stacks::testing::ErrorOf;
using testing::KeyRegisterTx;
using testing::TempDir;
using util::ErrorCode;

class BurnchainDbTest : public ::testing::Test {
 protected:
  BurnchainDb Open() {
    auto db = BurnchainDb::Open(m_dir.File("burnchain.sqlite"));
    EXPECT_TRUE(db) << ErrorOf(db).ToString();
    return std::move(db).value();
  }

  // The block after `parent` (or the first block, at height 0) holding `txs`, the first of them an accepted op.
  static BurnBlock NextBlock(const std::optional<BurnBlockHeader>& parent, std::vector<burnchain::BitcoinTx> txs) {
    BurnBlock block;
    block.header.burn_block_height = parent ? parent->burn_block_height + 1 : 0;
    block.header.parent_hash = parent ? parent->hash : burnchain::BurnchainHeaderHash{};
    block.header.timestamp_secs = 1000 + block.header.burn_block_height;
    std::vector<burnchain::Txid> txids;
    for (size_t i = 0; i < txs.size(); ++i) {
      const auto vtxindex = static_cast<uint32_t>(i);
      txids.push_back(burnchain::BitcoinTxid(txs[i]));
      BurnTxRecord record{vtxindex, txids.back(), burnchain::SerializeBitcoinTx(txs[i]), std::nullopt};
      if (i == 0) {
        block.ops.push_back({vtxindex, txids.back(), burnchain::Opcode::kLeaderKeyRegister, {'^', 1, 2}});
      } else {
        record.reject_reason = "no-burnchain-op: test";
      }
      block.txs.push_back(std::move(record));
    }
    block.header.hash =
        MocknetBlockHash(block.header.parent_hash, block.header.burn_block_height, block.header.timestamp_secs, txids);
    return block;
  }

  TempDir m_dir;
};

TEST_F(BurnchainDbTest, EmptyDatabaseHasNoTip) {
  BurnchainDb db = Open();
  EXPECT_EQ(ErrorOf(db.Tip()).code, ErrorCode::kNotFound);
  EXPECT_EQ(ErrorOf(db.BlockAtHeight(0)).code, ErrorCode::kNotFound);
  EXPECT_EQ(ErrorOf(db.BlockByHash({})).code, ErrorCode::kNotFound);
  EXPECT_TRUE(db.OpsOfBlock(0)->empty());
}

TEST_F(BurnchainDbTest, StoresBlocksWithTheirTransactionsAndOps) {
  BurnchainDb db = Open();
  const BurnBlock first = NextBlock(std::nullopt, {});
  ASSERT_TRUE(db.AppendBlock(first));
  const BurnBlock second = NextBlock(first.header, {KeyRegisterTx(1), KeyRegisterTx(2)});
  ASSERT_TRUE(db.AppendBlock(second));

  EXPECT_EQ(db.Tip().value(), second.header);
  EXPECT_EQ(db.BlockAtHeight(0).value(), first.header);
  EXPECT_EQ(db.BlockByHash(second.header.hash).value(), second.header);
  EXPECT_EQ(db.ReadBlock(1).value(), second);
  EXPECT_EQ(db.TxsOfBlock(1)->at(1).reject_reason, "no-burnchain-op: test");
  EXPECT_EQ(db.OpsOfBlock(1).value(), second.ops);
  EXPECT_EQ(db.FindAcceptedTx(second.txs[0].txid)->burn_block_height, 1u);
  EXPECT_EQ(ErrorOf(db.FindAcceptedTx(second.txs[1].txid)).code, ErrorCode::kNotFound);
  EXPECT_TRUE(db.CheckIntegrity());
}

TEST_F(BurnchainDbTest, RefusesABlockThatDoesNotExtendTheTip) {
  BurnchainDb db = Open();
  const BurnBlock first = NextBlock(std::nullopt, {});
  ASSERT_TRUE(db.AppendBlock(first));

  BurnBlock skips = NextBlock(first.header, {});
  skips.header.burn_block_height = 2;
  EXPECT_EQ(ErrorOf(db.AppendBlock(skips)).code, ErrorCode::kFailedPrecondition);

  BurnBlock orphan = NextBlock(first.header, {});
  orphan.header.parent_hash[0] ^= 1;
  EXPECT_EQ(ErrorOf(db.AppendBlock(orphan)).code, ErrorCode::kFailedPrecondition);

  EXPECT_EQ(ErrorOf(db.AppendBlock(first)).code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(db.Tip().value(), first.header);
}

TEST_F(BurnchainDbTest, RefusesOpsThatAreNotAmongTheTransactions) {
  BurnchainDb db = Open();
  BurnBlock block = NextBlock(std::nullopt, {KeyRegisterTx(1)});
  block.ops[0].txid[0] ^= 1;
  EXPECT_EQ(ErrorOf(db.AppendBlock(block)).code, ErrorCode::kInvalidArgument);

  BurnBlock repeated = NextBlock(std::nullopt, {KeyRegisterTx(1), KeyRegisterTx(2)});
  repeated.txs[1].vtxindex = 0;
  EXPECT_EQ(ErrorOf(db.AppendBlock(repeated)).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(db.Tip()).code, ErrorCode::kNotFound);
}

TEST_F(BurnchainDbTest, RefusesHeightsSqliteCannotHold) {
  BurnchainDb db = Open();
  BurnBlock block = NextBlock(std::nullopt, {});
  block.header.burn_block_height = static_cast<uint64_t>(INT64_MAX) + 1;
  EXPECT_EQ(ErrorOf(db.AppendBlock(block)).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(db.BlockAtHeight(static_cast<uint64_t>(INT64_MAX) + 1)).code, ErrorCode::kNotFound);
}

TEST_F(BurnchainDbTest, ReopenedDatabaseKeepsItsChain) {
  BurnBlock second;
  {
    BurnchainDb db = Open();
    const BurnBlock first = NextBlock(std::nullopt, {});
    ASSERT_TRUE(db.AppendBlock(first));
    second = NextBlock(first.header, {KeyRegisterTx(3)});
    ASSERT_TRUE(db.AppendBlock(second));
  }
  BurnchainDb db = Open();
  EXPECT_EQ(db.Tip().value(), second.header);
  EXPECT_EQ(db.ReadBlock(1).value(), second);
}

TEST_F(BurnchainDbTest, RecordsItsSchemaVersionAndRefusesANewerOne) {
  { BurnchainDb db = Open(); }
  {
    auto raw = sqlite::Database::Open(m_dir.File("burnchain.sqlite"), {});
    ASSERT_TRUE(raw);
    EXPECT_EQ(sqlite::ReadSchemaVersion(*raw).value(), BURNCHAIN_DB_SCHEMA_VERSION);
    ASSERT_TRUE(raw->Execute("UPDATE schema_version SET version = version + 1"));
  }
  EXPECT_EQ(ErrorOf(BurnchainDb::Open(m_dir.File("burnchain.sqlite"))).code, ErrorCode::kFailedPrecondition);
}

TEST_F(BurnchainDbTest, RefusesAForeignDatabase) {
  {
    auto raw = sqlite::Database::Open(m_dir.File("other.sqlite"), {});
    ASSERT_TRUE(raw);
    ASSERT_TRUE(raw->Execute("CREATE TABLE something_else (x INTEGER)"));
  }
  EXPECT_EQ(ErrorOf(BurnchainDb::Open(m_dir.File("other.sqlite"))).code, ErrorCode::kCorruption);
}

// A child process appends blocks (each with a few transactions) in a loop and is killed with SIGKILL at an arbitrary
// moment; the database must reopen intact at a whole block: every stored block chains to its parent and has all its
// transactions. Three rounds, each killing the writer a different time after it reported a few commits.
TEST_F(BurnchainDbTest, KilledWriterLeavesThePreviousTipIntact) {
  {
    BurnchainDb db = Open();
    ASSERT_TRUE(db.AppendBlock(NextBlock(std::nullopt, {})));
  }
  uint64_t committed_before = 0;
  for (const int delay_ms : {0, 5, 30}) {
    SCOPED_TRACE(delay_ms);
    constexpr size_t kCommits = 3;
    ASSERT_TRUE(stacks::testing::KillWriterAfterCommits(
        [&](const std::function<void()>& report_commit) {
          auto db = BurnchainDb::Open(m_dir.File("burnchain.sqlite"));
          if (!db) _exit(2);
          for (uint8_t tag = 0;; ++tag) {
            const BurnBlockHeader tip = db->Tip().value();
            if (!db->AppendBlock(NextBlock(tip, {KeyRegisterTx(tag), KeyRegisterTx(static_cast<uint8_t>(tag + 1)),
                                                 KeyRegisterTx(static_cast<uint8_t>(tag + 2))}))) {
              _exit(3);
            }
            report_commit();
          }
        },
        kCommits, std::chrono::milliseconds(delay_ms)));

    BurnchainDb db = Open();
    ASSERT_TRUE(db.CheckIntegrity());
    const BurnBlockHeader tip = db.Tip().value();
    EXPECT_GE(tip.burn_block_height, committed_before + kCommits);
    committed_before = tip.burn_block_height;
    for (uint64_t h = 1; h <= tip.burn_block_height; ++h) {
      const BurnBlock block = db.ReadBlock(h).value();
      EXPECT_EQ(block.header.parent_hash, db.BlockAtHeight(h - 1)->hash) << h;
      EXPECT_EQ(block.txs.size(), 3u) << h;
      EXPECT_EQ(block.ops.size(), 1u) << h;
    }
    // The writer can continue from the tip it left.
    ASSERT_TRUE(db.AppendBlock(NextBlock(tip, {KeyRegisterTx(1), KeyRegisterTx(2), KeyRegisterTx(3)})));
    committed_before += 1;
  }
}

}  // namespace
}  // namespace stacks::burndb
