// Decoding of path parameters, query arguments and POST /v2/transactions bodies, with the reference's messages.
#include "net/request_decode.h"

#include <gtest/gtest.h>

#include "net/net_test_util.h"
#include "test_util.h"

namespace stacks::net {
namespace {

using stacks::testing::ErrorOf;
using stacks::testing::TRANSFER_TX_HEX;
using stacks::testing::TRANSFER_TXID;
using util::ErrorCode;

TEST(RequestDecodeTest, TipRequestForms) {
  EXPECT_EQ(ParseTipRequest(std::nullopt).kind, TipRequest::Kind::kLatestAnchored);
  EXPECT_EQ(ParseTipRequest("latest").kind, TipRequest::Kind::kLatestUnconfirmed);
  TipRequest specific = ParseTipRequest(std::string(64, 'a'));
  EXPECT_EQ(specific.kind, TipRequest::Kind::kSpecific);
  EXPECT_EQ(specific.block_id[0], 0xaa);
  EXPECT_EQ(ParseTipRequest("nonsense").kind, TipRequest::Kind::kLatestAnchored);
  EXPECT_EQ(ParseTipRequest(std::string(62, 'a')).kind, TipRequest::Kind::kLatestAnchored);
}

TEST(RequestDecodeTest, ProofIsOnUnlessNotOne) {
  EXPECT_TRUE(ParseWithProof(std::nullopt));
  EXPECT_TRUE(ParseWithProof("1"));
  EXPECT_FALSE(ParseWithProof("0"));
  EXPECT_FALSE(ParseWithProof("true"));
}

TEST(RequestDecodeTest, FixedHexMessages) {
  EXPECT_EQ(ErrorOf(ParseFixedHex("abc", 2)).message, "bad length 3 for hex string");
  EXPECT_EQ(ErrorOf(ParseFixedHex("zz", 1)).message, "bad character z for hex string");
  EXPECT_EQ(ErrorOf(ParseFixedHex("aabb", 1)).message, "bad length 4 for hex string");
  ASSERT_TRUE(ParseFixedHex("aB", 1));
  EXPECT_EQ((*ParseFixedHex("aB", 1))[0], 0xab);
}

TEST(RequestDecodeTest, U64MessagesMatchRust) {
  EXPECT_EQ(*ParseU64("18446744073709551615"), UINT64_MAX);
  EXPECT_EQ(ErrorOf(ParseU64("18446744073709551616")).message, "number too large to fit in target type");
  EXPECT_EQ(ErrorOf(ParseU64("")).message, "cannot parse integer from empty string");
  EXPECT_EQ(ErrorOf(ParseU64("1a")).message, "invalid digit found in string");
  EXPECT_EQ(ErrorOf(ParseU64("-1")).code, ErrorCode::kInvalidArgument);
}

TEST(RequestDecodeTest, SortitionQueries) {
  EXPECT_EQ(ParseSortitionQuery(std::nullopt, std::nullopt)->kind, SortitionQuery::Kind::kLatest);
  EXPECT_EQ(ParseSortitionQuery("latest_and_last", std::nullopt)->kind, SortitionQuery::Kind::kLatestAndLast);
  auto by_ch = ParseSortitionQuery("consensus", std::string(40, '1'));
  ASSERT_TRUE(by_ch);
  EXPECT_EQ(by_ch->kind, SortitionQuery::Kind::kConsensusHash);
  EXPECT_EQ(by_ch->consensus_hash[0], 0x11);
  auto by_height = ParseSortitionQuery("burn_height", "42");
  ASSERT_TRUE(by_height);
  EXPECT_EQ(by_height->burn_block_height, 42u);
  EXPECT_EQ(ParseSortitionQuery("burn", std::string(64, 'f'))->kind, SortitionQuery::Kind::kBurnHeaderHash);
  EXPECT_EQ(ErrorOf(ParseSortitionQuery("bogus", "1")).message, "Unknown query param: bogus");
  EXPECT_EQ(ErrorOf(ParseSortitionQuery("consensus", "12")).message, "bad length 2 for hex string");
  EXPECT_EQ(ErrorOf(ParseSortitionQuery("consensus", std::nullopt)).message, "bad length 0 for hex string");
}

TEST(RequestDecodeTest, OctetStreamTransaction) {
  util::Bytes raw = stacks::testing::Unhex(TRANSFER_TX_HEX);
  std::string body(raw.begin(), raw.end());
  auto posted = DecodePostedTransaction("application/octet-stream", body);
  ASSERT_TRUE(posted) << posted.error().ToString();
  EXPECT_EQ(util::ToHex(posted->tx.txid()), TRANSFER_TXID);
  EXPECT_FALSE(posted->attachment);
  // As the reference, bytes after the transaction are ignored.
  EXPECT_TRUE(DecodePostedTransaction("application/octet-stream", body + "junk"));
}

TEST(RequestDecodeTest, JsonTransactionWithAttachment) {
  auto posted = DecodePostedTransaction("application/json; charset=utf-8", std::string(R"({"tx":")") + TRANSFER_TX_HEX +
                                                                               R"(","attachment":"0102","extra":1})");
  ASSERT_TRUE(posted) << posted.error().ToString();
  EXPECT_EQ(util::ToHex(posted->tx.txid()), TRANSFER_TXID);
  ASSERT_TRUE(posted->attachment);
  EXPECT_EQ(*posted->attachment, (util::Bytes{1, 2}));
  auto null_attachment = DecodePostedTransaction(
      "application/json", std::string(R"({"tx":")") + TRANSFER_TX_HEX + R"(","attachment":null})");
  ASSERT_TRUE(null_attachment);
  EXPECT_FALSE(null_attachment->attachment);
}

TEST(RequestDecodeTest, BodyErrorsUseTheReferenceMessages) {
  EXPECT_EQ(ErrorOf(DecodePostedTransaction("application/json", "")).message,
            "Invalid Http request: expected non-zero-length body for PostTransaction");
  EXPECT_EQ(ErrorOf(DecodePostedTransaction(std::nullopt, "x")).message, "Missing Content-Type for transaction");
  EXPECT_EQ(ErrorOf(DecodePostedTransaction("text/plain", "x")).message,
            "Wrong Content-Type for transaction; expected application/json or application/octet-stream");
  EXPECT_EQ(ErrorOf(DecodePostedTransaction("application/json", "{not json")).message, "Failed to parse body");
  EXPECT_EQ(ErrorOf(DecodePostedTransaction("application/json", R"({"tx":5})")).message, "Failed to parse body");
  EXPECT_EQ(ErrorOf(DecodePostedTransaction("application/json", R"({"tx":"zz"})")).message, "Failed to parse tx");
  EXPECT_EQ(ErrorOf(DecodePostedTransaction("application/json",
                                            std::string(R"({"tx":")") + TRANSFER_TX_HEX + R"(","attachment":"0"})"))
                .message,
            "Failed to parse attachment");
  auto truncated = DecodePostedTransaction("application/json", R"({"tx":"8080"})");
  EXPECT_EQ(ErrorOf(truncated).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(truncated).message.rfind("Failed to deserialize posted transaction: ", 0), 0u);
  EXPECT_EQ(ErrorOf(DecodePostedTransaction("application/octet-stream", std::string(MAX_PAYLOAD_LEN + 1, 'a'))).code,
            ErrorCode::kResourceExhausted);
  EXPECT_EQ(ErrorOf(DecodePostedTransaction("image/png", "x")).message, "Unsupported HTTP content type: image/png");
}

}  // namespace
}  // namespace stacks::net
