#include "mempool/mining_order.h"

#include <gtest/gtest.h>

#include <map>
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

}  // namespace
}  // namespace stacks::mempool
