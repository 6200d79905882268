#include "mempool/mining_order.h"

#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <random>
#include <vector>

#include "chainstate/chainstate_test_util.h"

namespace stacks::mempool {
namespace {

codec::StacksAddress Address(uint8_t n) { return std::get<codec::StacksAddress>(testing::Addr(n)); }

PendingTx Pending(uint8_t origin, uint64_t nonce, uint64_t fee_ustx, uint64_t length_bytes = 100) {
  PendingTx tx;
  tx.txid.fill(static_cast<uint8_t>(origin * 16 + nonce));
  tx.origin = Address(origin);
  tx.origin_nonce = nonce;
  tx.sponsor = tx.origin;
  tx.sponsor_nonce = nonce;
  tx.fee_ustx = fee_ustx;
  tx.length_bytes = length_bytes;
  return tx;
}

class MiningOrderTest : public ::testing::Test {
 protected:
  std::vector<size_t> Order(const std::vector<PendingTx>& pending, size_t max_count = 100) {
    return MiningOrder(
        pending, [this](const codec::StacksAddress& a) { return m_nonces[a]; }, max_count);
  }
  std::map<codec::StacksAddress, uint64_t> m_nonces;
};

TEST_F(MiningOrderTest, HighestFeeRateFirstAcrossAccounts) {
  const std::vector<PendingTx> pending = {Pending(1, 0, 100), Pending(2, 0, 300), Pending(3, 0, 200)};
  EXPECT_EQ(Order(pending), (std::vector<size_t>{1, 2, 0}));
}

TEST_F(MiningOrderTest, RateIsFeePerByte) {
  const std::vector<PendingTx> pending = {Pending(1, 0, 300, 300), Pending(2, 0, 200, 100)};
  EXPECT_EQ(Order(pending), (std::vector<size_t>{1, 0}));
}

TEST_F(MiningOrderTest, NonceOrderWithinAnAccountEvenUnderARicherLaterNonce) {
  // Account 1's nonce 1 pays most, but cannot go before its nonce 0.
  const std::vector<PendingTx> pending = {Pending(1, 1, 900), Pending(1, 0, 100), Pending(2, 0, 500)};
  EXPECT_EQ(Order(pending), (std::vector<size_t>{2, 1, 0}));
}

TEST_F(MiningOrderTest, SkipsStaleNoncesAndGaps) {
  m_nonces[Address(1)] = 1;
  const std::vector<PendingTx> pending = {Pending(1, 0, 100), Pending(1, 1, 100), Pending(1, 3, 100)};
  EXPECT_EQ(Order(pending), (std::vector<size_t>{1}));
}

TEST_F(MiningOrderTest, StopsAtMaxCount) {
  const std::vector<PendingTx> pending = {Pending(1, 0, 100), Pending(2, 0, 300), Pending(3, 0, 200)};
  EXPECT_EQ(Order(pending, 2), (std::vector<size_t>{1, 2}));
}

TEST_F(MiningOrderTest, SponsoredTransactionWaitsForTheSponsorsNonce) {
  PendingTx sponsored = Pending(1, 0, 900);
  sponsored.sponsor = Address(2);
  sponsored.sponsor_nonce = 1;
  const std::vector<PendingTx> pending = {sponsored, Pending(2, 0, 100)};
  EXPECT_EQ(Order(pending), (std::vector<size_t>{1, 0}));
}

// The rule as its header states it, one pick at a time over everything pending: the oracle the fast implementation
// must agree with.
std::vector<size_t> SlowMiningOrder(const std::vector<PendingTx>& pending,
                                    std::map<codec::StacksAddress, uint64_t> next, size_t max_count) {
  auto better = [](const PendingTx& a, const PendingTx& b) {
    const unsigned __int128 lhs = static_cast<unsigned __int128>(a.fee_ustx) * b.length_bytes;
    const unsigned __int128 rhs = static_cast<unsigned __int128>(b.fee_ustx) * a.length_bytes;
    if (lhs != rhs) return lhs > rhs;
    if (a.accept_time_secs != b.accept_time_secs) return a.accept_time_secs < b.accept_time_secs;
    return a.txid < b.txid;
  };
  std::vector<bool> taken(pending.size());
  std::vector<size_t> order;
  while (order.size() < max_count) {
    std::optional<size_t> best;
    for (size_t i = 0; i < pending.size(); ++i) {
      const PendingTx& tx = pending[i];
      if (taken[i] || tx.origin_nonce != next[tx.origin] || tx.sponsor_nonce != next[tx.sponsor]) continue;
      if (!best || better(tx, pending[*best])) best = i;
    }
    if (!best) break;
    taken[*best] = true;
    order.push_back(*best);
    ++next[pending[*best].origin];
    if (!(pending[*best].sponsor == pending[*best].origin)) ++next[pending[*best].sponsor];
  }
  return order;
}

TEST_F(MiningOrderTest, AgreesWithThePickOneAtATimeRuleOnRandomMempools) {
  std::mt19937_64 random(20261125);
  for (int round = 0; round < 300; ++round) {
    const int accounts = 1 + static_cast<int>(random() % 6);
    std::map<codec::StacksAddress, uint64_t> start;
    for (int a = 1; a <= accounts; ++a) start[Address(static_cast<uint8_t>(a))] = random() % 3;
    std::vector<PendingTx> pending;
    const int count = static_cast<int>(random() % 30);
    for (int i = 0; i < count; ++i) {
      PendingTx tx =
          Pending(static_cast<uint8_t>(1 + random() % accounts), random() % 6, 1 + random() % 5, 100 + random() % 3);
      tx.txid.fill(0);
      tx.txid[0] = static_cast<uint8_t>(i);
      tx.accept_time_secs = random() % 3;
      if (random() % 4 == 0) {  // Sponsored, possibly by its own origin.
        tx.sponsor = Address(static_cast<uint8_t>(1 + random() % accounts));
        tx.sponsor_nonce = random() % 6;
      }
      pending.push_back(tx);
    }
    const size_t max_count = random() % 4 == 0 ? random() % 10 : 100;
    m_nonces = start;
    EXPECT_EQ(Order(pending, max_count), SlowMiningOrder(pending, start, max_count)) << "round " << round;
  }
}

TEST_F(MiningOrderTest, TenThousandChainedTransactionsAllComeInNonceOrder) {
  // 400 accounts, 25 chained nonces each (the mempool's chaining limit): every transaction is taken, each account's
  // in nonce order. (How fast is bench_node_load's business.)
  std::vector<PendingTx> pending;
  for (int a = 0; a < 400; ++a) {
    for (uint64_t n = 0; n < 25; ++n) {
      PendingTx tx = Pending(0, n, 180 + static_cast<uint64_t>(a % 7), 180);
      tx.origin = codec::StacksAddress{testing::TESTNET_SINGLESIG, {}};
      tx.origin.hash160[0] = static_cast<uint8_t>(a);
      tx.origin.hash160[1] = static_cast<uint8_t>(a >> 8);
      tx.sponsor = tx.origin;
      tx.txid.fill(0);
      tx.txid[0] = static_cast<uint8_t>(a);
      tx.txid[1] = static_cast<uint8_t>(a >> 8);
      tx.txid[2] = static_cast<uint8_t>(n);
      pending.push_back(tx);
    }
  }
  const std::vector<size_t> order = Order(pending, pending.size());
  ASSERT_EQ(order.size(), pending.size());
  std::map<codec::StacksAddress, uint64_t> seen;
  for (size_t i : order) EXPECT_EQ(pending[i].origin_nonce, seen[pending[i].origin]++);
}

}  // namespace
}  // namespace stacks::mempool
