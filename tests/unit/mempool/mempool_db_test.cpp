#include "mempool/mempool_db.h"

#include <gtest/gtest.h>

#include <map>
#include <vector>

#include "chainstate/chainstate_test_util.h"
#include "mempool/mempool_test_util.h"

namespace stacks::mempool {
namespace {

using testing::ErrorOf;
using testing::KeyAddress;
using testing::SignedTransfer;
using testing::SponsoredTransfer;
using util::ErrorCode;

constexpr uint64_t FEE = 1000;
constexpr uint64_t NOW = 1'700'000'000;

class MempoolDbTest : public ::testing::Test {
 protected:
  MempoolDbTest() {
    for (uint8_t n = 1; n <= 4; ++n) m_context.accounts[KeyAddress(n)] = chainstate::Account{1'000'000'000, 0};
  }

  MempoolDb Open() {
    auto db = MempoolDb::Open(m_dir.File("mempool.sqlite"), {});
    EXPECT_TRUE(db) << ErrorOf(db).ToString();
    return std::move(db).value();
  }

  SubmitOutcome Submit(MempoolDb& db, const chain::Transaction& tx, uint64_t now = NOW) {
    auto outcome = db.Submit(tx, m_context, now);
    EXPECT_TRUE(outcome) << ErrorOf(outcome).ToString();
    return std::move(outcome).value();
  }

  NonceLookup Nonces() {
    return [this](const codec::StacksAddress& a) { return m_context.accounts[a].nonce; };
  }

  static std::vector<chain::Txid> Txids(const std::vector<chain::Transaction>& txs) {
    std::vector<chain::Txid> txids;
    for (const auto& tx : txs) txids.push_back(tx.txid());
    return txids;
  }

  testing::TempDir m_dir;
  AdmissionContext m_context;
};

TEST_F(MempoolDbTest, StoresAdmittedTransactionAndServesIt) {
  MempoolDb db = Open();
  const chain::Transaction tx = SignedTransfer(1, 0, FEE, KeyAddress(3), 5);
  EXPECT_EQ(std::get<Submitted>(Submit(db, tx)), (Submitted{SubmitStatus::kAdded, std::nullopt}));
  EXPECT_EQ(db.Count().value(), 1u);
  auto entry = db.Get(tx.txid());
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->tx, tx);
  EXPECT_EQ(entry->pending.accept_time_secs, NOW);
  EXPECT_EQ(entry->pending.fee_ustx, FEE);
  EXPECT_EQ(ErrorOf(db.Get(chain::Txid{})).code, ErrorCode::kNotFound);
}

TEST_F(MempoolDbTest, SecondSubmissionOfTheSameTxidChangesNothing) {
  MempoolDb db = Open();
  const chain::Transaction tx = SignedTransfer(1, 0, FEE, KeyAddress(3), 5);
  Submit(db, tx);
  m_context.accounts[KeyAddress(1)].nonce = 1;  // Would now be BadNonce, but it is already pending.
  EXPECT_EQ(std::get<Submitted>(Submit(db, tx)).status, SubmitStatus::kAlreadyPending);
  EXPECT_EQ(db.Count().value(), 1u);
}

TEST_F(MempoolDbTest, RejectedTransactionIsNotStored) {
  MempoolDb db = Open();
  const chain::Transaction tx = SignedTransfer(1, 0, 1, KeyAddress(3), 5);
  EXPECT_EQ(std::get<Rejection>(Submit(db, tx)).reason, "FeeTooLow");
  EXPECT_EQ(db.Count().value(), 0u);
}

TEST_F(MempoolDbTest, HigherFeeReplacesSameNonceAndLowerOrEqualIsRefused) {
  MempoolDb db = Open();
  const chain::Transaction first = SignedTransfer(1, 0, FEE, KeyAddress(3), 5);
  Submit(db, first);
  const chain::Transaction same_fee = SignedTransfer(1, 0, FEE, KeyAddress(3), 6);
  EXPECT_EQ(std::get<Rejection>(Submit(db, same_fee)), MakeRejection("ConflictingNonceInMempool"));
  const chain::Transaction richer = SignedTransfer(1, 0, FEE + 1, KeyAddress(3), 5);
  EXPECT_EQ(std::get<Submitted>(Submit(db, richer)), (Submitted{SubmitStatus::kReplaced, first.txid()}));
  EXPECT_EQ(db.Count().value(), 1u);
  EXPECT_FALSE(db.Contains(first.txid()).value());
  EXPECT_TRUE(db.Contains(richer.txid()).value());
}

TEST_F(MempoolDbTest, StoreAdmittedRunsNoAdmissionCheckButKeepsReplaceByFee) {
  MempoolDb db = Open();
  // A fee Submit would refuse (FeeTooLow): StoreAdmitted trusts its caller's CheckAdmission.
  const chain::Transaction cheap = SignedTransfer(1, 0, 1, KeyAddress(3), 5);
  auto stored = db.StoreAdmitted(cheap, NOW);
  ASSERT_TRUE(stored) << ErrorOf(stored).ToString();
  EXPECT_EQ(std::get<Submitted>(*stored).status, SubmitStatus::kAdded);
  EXPECT_EQ(std::get<Submitted>(db.StoreAdmitted(cheap, NOW).value()).status, SubmitStatus::kAlreadyPending);
  const chain::Transaction same_fee = SignedTransfer(1, 0, 1, KeyAddress(3), 6);
  EXPECT_EQ(std::get<Rejection>(db.StoreAdmitted(same_fee, NOW).value()), MakeRejection("ConflictingNonceInMempool"));
  const chain::Transaction richer = SignedTransfer(1, 0, FEE, KeyAddress(3), 6);
  EXPECT_EQ(std::get<Submitted>(db.StoreAdmitted(richer, NOW).value()),
            (Submitted{SubmitStatus::kReplaced, cheap.txid()}));
  EXPECT_EQ(db.Count().value(), 1u);
}

TEST_F(MempoolDbTest, SponsorNonceConflictsWithTheSponsorsOwnTransaction) {
  MempoolDb db = Open();
  Submit(db, SignedTransfer(2, 0, FEE, KeyAddress(3), 5));
  const chain::Transaction sponsored = SponsoredTransfer(1, 0, 2, 0, FEE, KeyAddress(3), 5);
  EXPECT_EQ(std::get<Rejection>(Submit(db, sponsored)).reason, "ConflictingNonceInMempool");
}

TEST_F(MempoolDbTest, NoncesRunAtMostTwentySixPastTheAccounts) {
  MempoolDb db = Open();
  for (uint64_t nonce = 0; nonce <= 26; ++nonce) {
    ASSERT_TRUE(std::holds_alternative<Submitted>(Submit(db, SignedTransfer(1, nonce, FEE, KeyAddress(3), 5))))
        << nonce;
  }
  EXPECT_EQ(std::get<Rejection>(Submit(db, SignedTransfer(1, 27, FEE, KeyAddress(3), 5))).reason, "TooMuchChaining");
  EXPECT_EQ(db.Count().value(), 27u);
}

TEST_F(MempoolDbTest, MinesByFeeRateAcrossAccountsAndNonceWithinOne) {
  MempoolDb db = Open();
  const chain::Transaction a0 = SignedTransfer(1, 0, 1000, KeyAddress(3), 5);
  const chain::Transaction a1 = SignedTransfer(1, 1, 5000, KeyAddress(3), 5);
  const chain::Transaction b0 = SignedTransfer(2, 0, 3000, KeyAddress(3), 5);
  const chain::Transaction c0 = SignedTransfer(4, 0, 2000, KeyAddress(3), 5);
  for (const auto& tx : {a0, a1, b0, c0}) Submit(db, tx);
  auto order = db.TransactionsToMine(Nonces(), 10);
  ASSERT_TRUE(order);
  EXPECT_EQ(Txids(*order), (std::vector<chain::Txid>{b0.txid(), c0.txid(), a0.txid(), a1.txid()}));
  auto two = db.TransactionsToMine(Nonces(), 2);
  ASSERT_TRUE(two);
  EXPECT_EQ(Txids(*two), (std::vector<chain::Txid>{b0.txid(), c0.txid()}));
}

TEST_F(MempoolDbTest, RemovesMinedTransactions) {
  MempoolDb db = Open();
  const chain::Transaction a = SignedTransfer(1, 0, FEE, KeyAddress(3), 5);
  const chain::Transaction b = SignedTransfer(2, 0, FEE, KeyAddress(3), 5);
  Submit(db, a);
  Submit(db, b);
  const std::vector<chain::Txid> mined = {a.txid(), chain::Txid{}};
  EXPECT_EQ(db.RemoveMined(mined).value(), 1u);
  EXPECT_EQ(db.Count().value(), 1u);
  EXPECT_TRUE(db.Contains(b.txid()).value());
}

TEST_F(MempoolDbTest, RemovesTransactionsWhoseNonceIsSpentOrThatAreTooOld) {
  MempoolDb db = Open();
  const chain::Transaction spent = SignedTransfer(1, 0, FEE, KeyAddress(3), 5);
  const chain::Transaction next = SignedTransfer(1, 1, FEE, KeyAddress(3), 5);
  const chain::Transaction old = SignedTransfer(2, 0, FEE, KeyAddress(3), 5);
  const chain::Transaction fresh = SignedTransfer(4, 0, FEE, KeyAddress(3), 5);
  Submit(db, spent, NOW);
  Submit(db, next, NOW);
  Submit(db, old, NOW - MAX_TRANSACTION_AGE_SECS - 1);
  Submit(db, fresh, NOW - MAX_TRANSACTION_AGE_SECS);
  m_context.accounts[KeyAddress(1)].nonce = 1;  // Nonce 0 was used by some other transaction.
  EXPECT_EQ(db.RemoveStale(Nonces(), NOW).value(), 2u);
  EXPECT_FALSE(db.Contains(spent.txid()).value());
  EXPECT_FALSE(db.Contains(old.txid()).value());
  EXPECT_TRUE(db.Contains(next.txid()).value());
  EXPECT_TRUE(db.Contains(fresh.txid()).value());
}

TEST_F(MempoolDbTest, RestartKeepsThePool) {
  const chain::Transaction a = SignedTransfer(1, 0, FEE, KeyAddress(3), 5);
  const chain::Transaction b = SponsoredTransfer(2, 0, 4, 0, FEE, KeyAddress(3), 5);
  {
    MempoolDb db = Open();
    Submit(db, a);
    Submit(db, b);
  }
  MempoolDb reopened = Open();
  EXPECT_EQ(reopened.Count().value(), 2u);
  EXPECT_EQ(reopened.Get(a.txid()).value().tx, a);
  EXPECT_EQ(reopened.Get(b.txid()).value().tx, b);
  auto order = reopened.TransactionsToMine(Nonces(), 10);
  ASSERT_TRUE(order);
  EXPECT_EQ(order->size(), 2u);
}

}  // namespace
}  // namespace stacks::mempool
