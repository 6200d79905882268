// POST /v2/transactions: both body forms, the quoted txid, the sorted rejection object, the decode errors.
#include <gtest/gtest.h>

#include "net/net_test_util.h"

namespace stacks::net {
namespace {

using stacks::testing::TRANSFER_TX_HEX;
using stacks::testing::TRANSFER_TXID;

class PostTransactionTest : public stacks::testing::RpcServerTest {
 protected:
  std::string RawTx() {
    util::Bytes raw = stacks::testing::Unhex(TRANSFER_TX_HEX);
    return std::string(raw.begin(), raw.end());
  }
  std::string JsonTx() { return std::string(R"({"tx":")") + TRANSFER_TX_HEX + R"("})"; }
};

TEST_F(PostTransactionTest, OctetStreamAcceptedReturnsQuotedTxid) {
  auto r = Post("/v2/transactions", RawTx(), "application/octet-stream");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.Header("content-type"), "application/json");
  EXPECT_EQ(r.body, std::string("\"") + TRANSFER_TXID + "\"");
  EXPECT_EQ(util::ToHex(*backend.last_txid), TRANSFER_TXID);
}

TEST_F(PostTransactionTest, JsonBodyAsStacksJsSendsIt) {
  auto r = Post("/v2/transactions", std::string(R"({"tx":")") + TRANSFER_TX_HEX + R"(","attachment":"beef"})",
                "application/json");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, std::string("\"") + TRANSFER_TXID + "\"");
  ASSERT_TRUE(backend.last_attachment && *backend.last_attachment);
  EXPECT_EQ(**backend.last_attachment, (util::Bytes{0xbe, 0xef}));
}

TEST_F(PostTransactionTest, RejectionIsSortedJson400) {
  backend.submit_outcome = MempoolOutcome{
      MempoolRejection{"BadNonce", nlohmann::json{{"principal", "ST2JHG361ZXG51QTKY2NQCVBPPRRE2KZB1HR05NNC"},
                                                  {"is_origin", true},
                                                  {"expected", 3},
                                                  {"actual", 1}}}};
  auto r = Post("/v2/transactions", JsonTx(), "application/json");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.Header("content-type"), "application/json");
  EXPECT_EQ(r.body, std::string(R"({"error":"transaction rejected","reason":"BadNonce","reason_data":{"actual":1,)") +
                        R"("expected":3,"is_origin":true,"principal":"ST2JHG361ZXG51QTKY2NQCVBPPRRE2KZB1HR05NNC"},)" +
                        R"("txid":")" + TRANSFER_TXID + R"("})");
}

TEST_F(PostTransactionTest, RejectionWithoutDataOmitsTheKey) {
  backend.submit_outcome = MempoolOutcome{MempoolRejection{"NoCoinbaseViaMempool", std::nullopt}};
  auto r = Post("/v2/transactions", RawTx(), "application/octet-stream");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body, std::string(R"({"error":"transaction rejected","reason":"NoCoinbaseViaMempool","txid":")") +
                        TRANSFER_TXID + R"("})");
}

TEST_F(PostTransactionTest, BadJsonAndBadHexUseTheReferenceMessages) {
  auto bad_json = Post("/v2/transactions", "{\"tx\":", "application/json");
  EXPECT_EQ(bad_json.status, 400);
  EXPECT_EQ(bad_json.Header("content-type"), "text/plain");
  EXPECT_EQ(bad_json.body, "Failed to decode: Failed to parse body");
  auto bad_hex = Post("/v2/transactions", R"({"tx":"xyz"})", "application/json");
  EXPECT_EQ(bad_hex.status, 400);
  EXPECT_EQ(bad_hex.body, "Failed to decode: Failed to parse tx");
  EXPECT_EQ(backend.submit_calls, 0);
}

TEST_F(PostTransactionTest, UndecodableTransactionIs400) {
  auto r = Post("/v2/transactions", "\x80\x80", "application/octet-stream");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body.rfind("Failed to decode: Failed to deserialize posted transaction: ", 0), 0u);
}

TEST_F(PostTransactionTest, EmptyBodyAndMissingContentType) {
  auto empty = Post("/v2/transactions", "", "application/octet-stream");
  EXPECT_EQ(empty.status, 400);
  EXPECT_EQ(empty.body, "Failed to decode: Invalid Http request: expected non-zero-length body for PostTransaction");
  auto untyped = Post("/v2/transactions", RawTx(), "");
  EXPECT_EQ(untyped.status, 400);
  EXPECT_EQ(untyped.body, "Failed to decode: Missing Content-Type for transaction");
}

TEST_F(PostTransactionTest, BackendFailureIs500) {
  backend.submit_outcome = util::IoError("mempool db locked");
  auto r = Post("/v2/transactions", RawTx(), "application/octet-stream");
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(r.body, "mempool db locked");
}

}  // namespace
}  // namespace stacks::net
