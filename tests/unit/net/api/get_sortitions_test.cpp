// GET /v3/sortitions[...]: a list of SortitionInfo with 0x hashes and nulls.
#include <gtest/gtest.h>

#include "net/net_test_util.h"

namespace stacks::net {
namespace {

class GetSortitionsTest : public stacks::testing::RpcServerTest {};

TEST_F(GetSortitionsTest, LatestServesAList) {
  SortitionInfo s;
  s.burn_block_hash.fill(0xaa);
  s.burn_block_height = 10;
  s.burn_header_timestamp = 1700000000;
  s.sortition_id.fill(0xbb);
  s.parent_sortition_id.fill(0xcc);
  s.consensus_hash.fill(0xdd);
  s.was_sortition = true;
  s.miner_pk_hash160 = crypto::Hash160{};
  backend.sortitions = std::vector<SortitionInfo>{s};
  auto r = Get("/v3/sortitions");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body, R"([{"burn_block_hash":"0x)" + std::string(64, 'a') +
                        R"(","burn_block_height":10,"burn_header_timestamp":1700000000,"sortition_id":"0x)" +
                        std::string(64, 'b') + R"(","parent_sortition_id":"0x)" + std::string(64, 'c') +
                        R"(","consensus_hash":"0x)" + std::string(40, 'd') +
                        R"(","was_sortition":true,"miner_pk_hash160":"0x)" + std::string(40, '0') +
                        R"(","stacks_parent_ch":null,"last_sortition_ch":null,"committed_block_hash":null,)"
                        R"("vrf_seed":null}])");
  EXPECT_EQ(backend.last_sortition_query->kind, SortitionQuery::Kind::kLatest);
}

TEST_F(GetSortitionsTest, KeysReachTheBackend) {
  EXPECT_EQ(Get("/v3/sortitions/latest_and_last").status, 200);
  EXPECT_EQ(backend.last_sortition_query->kind, SortitionQuery::Kind::kLatestAndLast);
  EXPECT_EQ(Get("/v3/sortitions/burn_height/12").status, 200);
  EXPECT_EQ(backend.last_sortition_query->burn_block_height, 12u);
  EXPECT_EQ(Get("/v3/sortitions/consensus/" + std::string(40, 'e')).status, 200);
  EXPECT_EQ(backend.last_sortition_query->kind, SortitionQuery::Kind::kConsensusHash);
}

TEST_F(GetSortitionsTest, UnknownKeyAndBadValueAre400) {
  auto r = Get("/v3/sortitions/bogus/12");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body, "Failed to decode: Unknown query param: bogus");
  auto short_hash = Get("/v3/sortitions/consensus/12");
  EXPECT_EQ(short_hash.status, 400);
  EXPECT_EQ(short_hash.body, "Failed to decode: bad length 2 for hex string");
  EXPECT_EQ(Get("/v3/sortitions/consensus/XYZ").status, 400);  // permissive match only
}

TEST_F(GetSortitionsTest, NotFoundNamesTheQuery) {
  backend.sortitions = util::NotFound("none");
  auto r = Get("/v3/sortitions/burn_height/5");
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.body, "Could not find snapshot BlockHeight(5)\n");
}

TEST_F(GetSortitionsTest, OutOfRangeIs400) {
  backend.sortitions = util::InvalidArgument("BlockHeightOutOfRange");
  auto r = Get("/v3/sortitions/burn_height/500000");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body, "Failed to load snapshot for BlockHeight(500000): BlockHeightOutOfRange\n");
}

}  // namespace
}  // namespace stacks::net
