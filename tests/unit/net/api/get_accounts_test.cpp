// GET /v2/accounts/{principal}: hex u128 balances, numeric nonce, proofs only when asked for.
#include <gtest/gtest.h>

#include "net/net_test_util.h"

namespace stacks::net {
namespace {

class GetAccountsTest : public stacks::testing::RpcServerTest {};

constexpr const char* ADDRESS = "ST2JHG361ZXG51QTKY2NQCVBPPRRE2KZB1HR05NNC";

TEST_F(GetAccountsTest, WithoutProofServesFourKeys) {
  AccountEntry account;
  account.balance_ustx = static_cast<unsigned __int128>(1000000);
  account.locked_ustx = (static_cast<unsigned __int128>(1) << 64) + 5;
  account.unlock_height = 250;
  account.nonce = 7;
  backend.account = account;
  auto r = Get(std::string("/v2/accounts/") + ADDRESS + "?proof=0");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body, R"({"balance":"0x000000000000000000000000000f4240","locked":"0x00000000000000010000000000000005",)"
                    R"("unlock_height":250,"nonce":7})");
  ASSERT_TRUE(backend.last_with_proof);
  EXPECT_FALSE(*backend.last_with_proof);
  ASSERT_TRUE(backend.last_principal);
  EXPECT_EQ(codec::PrincipalToString(*backend.last_principal), ADDRESS);
}

TEST_F(GetAccountsTest, ProofsByDefaultEmptyWhenAbsent) {
  AccountEntry account;
  account.balance_proof = util::Bytes{0xab, 0xcd};
  backend.account = account;
  auto r = Get(std::string("/v2/accounts/") + ADDRESS);
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body, R"({"balance":"0x00000000000000000000000000000000","locked":"0x00000000000000000000000000000000",)"
                    R"("unlock_height":0,"nonce":0,"balance_proof":"0xabcd","nonce_proof":""})");
}

TEST_F(GetAccountsTest, ContractPrincipalAndTipArePassedOn) {
  const std::string tip(64, 'c');
  auto r = Get(std::string("/v2/accounts/") + ADDRESS + ".my-contract?tip=" + tip);
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(codec::PrincipalToString(*backend.last_principal), std::string(ADDRESS) + ".my-contract");
  EXPECT_EQ(backend.last_tip->kind, TipRequest::Kind::kSpecific);
}

TEST_F(GetAccountsTest, MalformedPrincipalIs404LikeTheReference) {
  EXPECT_EQ(Get("/v2/accounts/not-an-address").status, 404);
}

TEST_F(GetAccountsTest, BadChecksumIs400) {
  std::string bad = ADDRESS;
  bad.back() = bad.back() == 'C' ? 'D' : 'C';
  auto r = Get("/v2/accounts/" + bad);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body, "Failed to decode: Failed to parse `principal` field");
}

TEST_F(GetAccountsTest, UnknownTipIs404) {
  backend.account = util::NotFound("tip");
  auto r = Get(std::string("/v2/accounts/") + ADDRESS + "?tip=" + std::string(64, 'e'));
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.body, "Chain tip '" + std::string(64, 'e') + "' not found");
}

}  // namespace
}  // namespace stacks::net
