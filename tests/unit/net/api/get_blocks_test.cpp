// GET /v3/blocks/{block_id} and /v3/blocks/height/{height}: raw bytes, the reference's not-found texts.
#include <gtest/gtest.h>

#include "net/net_test_util.h"

namespace stacks::net {
namespace {

class GetBlocksTest : public stacks::testing::RpcServerTest {};

const std::string BLOCK_ID(64, 'd');

TEST_F(GetBlocksTest, ByIdServesOctets) {
  backend.block = util::Bytes{0x00, 0xff, 0x10};
  auto r = Get("/v3/blocks/" + BLOCK_ID);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.Header("content-type"), "application/octet-stream");
  EXPECT_EQ(r.body, std::string("\x00\xff\x10", 3));
  EXPECT_EQ(util::ToHex(*backend.last_block_id), BLOCK_ID);
}

TEST_F(GetBlocksTest, ByIdUnknownIs404) {
  auto r = Get("/v3/blocks/" + BLOCK_ID);
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.body, "No such block " + BLOCK_ID + "\n");
}

TEST_F(GetBlocksTest, ByHeightPassesHeightAndTip) {
  backend.block = util::Bytes{0x01};
  auto r = Get("/v3/blocks/height/42?tip=latest");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(*backend.last_height, 42u);
  EXPECT_EQ(backend.last_tip->kind, TipRequest::Kind::kLatestUnconfirmed);
}

TEST_F(GetBlocksTest, ByHeightUnknownIs404) {
  auto r = Get("/v3/blocks/height/7");
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.body, "No such block #7\n");
}

TEST_F(GetBlocksTest, HeightOverflowIs400) {
  auto r = Get("/v3/blocks/height/99999999999999999999");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body, "Failed to decode: Invalid path: unparseable block height");
}

TEST_F(GetBlocksTest, BadParametersAre400) {
  EXPECT_EQ(Get("/v3/blocks/height/abc").status, 400);
  EXPECT_EQ(Get("/v3/blocks/" + std::string(65, 'd')).status, 400);
}

TEST_F(GetBlocksTest, BackendFailureIs500) {
  backend.block = util::IoError("disk");
  auto r = Get("/v3/blocks/" + BLOCK_ID);
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(r.body, "Failed to load block " + BLOCK_ID + ": disk\n");
}

}  // namespace
}  // namespace stacks::net
