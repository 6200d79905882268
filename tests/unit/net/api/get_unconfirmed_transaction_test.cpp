// GET /v2/transactions/unconfirmed/{txid}: {tx, status} with "Mempool" or {"Microblock": {...}}.
#include <gtest/gtest.h>

#include "net/net_test_util.h"

namespace stacks::net {
namespace {

class GetUnconfirmedTransactionTest : public stacks::testing::RpcServerTest {};

const std::string TXID(64, 'a');

TEST_F(GetUnconfirmedTransactionTest, InMempool) {
  backend.unconfirmed = UnconfirmedTransaction{util::Bytes{0x80, 0x01}, std::nullopt};
  auto r = Get("/v2/transactions/unconfirmed/" + TXID);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, R"({"tx":"8001","status":"Mempool"})");
  EXPECT_EQ(util::ToHex(*backend.last_txid), TXID);
}

TEST_F(GetUnconfirmedTransactionTest, InMicroblock) {
  UnconfirmedTransaction tx{util::Bytes{0x00}, UnconfirmedTransaction::MicroblockPosition{}};
  tx.microblock->block_hash.fill(0xbb);
  tx.microblock->seq = 3;
  backend.unconfirmed = tx;
  auto r = Get("/v2/transactions/unconfirmed/" + TXID);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, R"({"tx":"00","status":{"Microblock":{"block_hash":")" + std::string(64, 'b') + R"(","seq":3}}})");
}

TEST_F(GetUnconfirmedTransactionTest, UnknownIs404WithReferenceText) {
  auto r = Get("/v2/transactions/unconfirmed/" + TXID);
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.body, "Transaction " + TXID + " not found in mempool or unconfirmed microblock stream");
}

TEST_F(GetUnconfirmedTransactionTest, UpperCaseOrShortTxidIs400) {
  EXPECT_EQ(Get("/v2/transactions/unconfirmed/" + std::string(64, 'A')).status, 400);
  auto r = Get("/v2/transactions/unconfirmed/abc");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body, "Invalid path parameters for '/v2/transactions/unconfirmed/abc'");
}

TEST_F(GetUnconfirmedTransactionTest, BackendFailureIs500) {
  backend.unconfirmed = util::IoError("boom");
  auto r = Get("/v2/transactions/unconfirmed/" + TXID);
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(r.body, "Failed to query transaction " + TXID + ": boom");
}

}  // namespace
}  // namespace stacks::net
