#include "chainstate/accounts.h"

#include <gtest/gtest.h>

#include "chainstate_test_util.h"
#include "test_util.h"

namespace stacks::chainstate {
namespace {

using testing::Addr;
using testing::BaseTx;
using testing::Condition;
using testing::ErrorOf;
using testing::Make;
using testing::STX;
using testing::Transfer;
using util::ErrorCode;

class AccountsTest : public ::testing::Test {};

TEST_F(AccountsTest, AppliedTransactionLeavesAccountsUnchangedOnError) {
  AccountMap accounts{{Addr(1), Account{10, 0}}};
  const AccountMap before = accounts;
  auto receipt = ApplyTransactionToAccounts(Transfer(1, 5, 1, Addr(2), 1), BlockContext{}, accounts);
  EXPECT_EQ(ErrorOf(receipt).code, ErrorCode::kConsensusViolation);
  EXPECT_EQ(accounts, before);
  auto fee = ApplyTransactionToAccounts(Transfer(1, 0, 11, Addr(2), 1), BlockContext{}, accounts);
  EXPECT_EQ(ErrorOf(fee).code, ErrorCode::kConsensusViolation);
  EXPECT_EQ(accounts, before);
}

TEST_F(AccountsTest, NonceAtTheMaximumCannotBeUsed) {
  AccountMap accounts{{Addr(1), Account{10, UINT64_MAX}}};
  auto receipt = ApplyTransactionToAccounts(Transfer(1, UINT64_MAX, 0, Addr(2), 1), BlockContext{}, accounts);
  EXPECT_EQ(ErrorOf(receipt).code, ErrorCode::kConsensusViolation);
  EXPECT_NE(ErrorOf(receipt).message.find("nonce overflow"), std::string::npos);
}

TEST_F(AccountsTest, CoinbaseScheduleFollowsTheReference) {
  using chain::StacksEpochId;
  EXPECT_EQ(CoinbaseRewardUstx(StacksEpochId::k10, false, 0, 5), 0u);
  EXPECT_EQ(CoinbaseRewardUstx(StacksEpochId::k30, false, 0, 0), 1000 * STX);
  EXPECT_EQ(CoinbaseRewardUstx(StacksEpochId::k30, true, 0, 52596 * 4 - 1), 1000 * STX);
  EXPECT_EQ(CoinbaseRewardUstx(StacksEpochId::k30, true, 0, 52596 * 4), 500 * STX);
  EXPECT_EQ(CoinbaseRewardUstx(StacksEpochId::k25, true, 100, 100 + 52596 * 8), 250 * STX);
  EXPECT_EQ(CoinbaseRewardUstx(StacksEpochId::k30, true, 0, 52596 * 12), 125 * STX);
  EXPECT_EQ(CoinbaseRewardUstx(StacksEpochId::k30, false, 500, 10), 1000 * STX);  // Before the first height.
  // SIP-029, from Epoch 3.1.
  EXPECT_EQ(CoinbaseRewardUstx(StacksEpochId::k31, false, 0, 77'776), 1000 * STX);
  EXPECT_EQ(CoinbaseRewardUstx(StacksEpochId::k31, false, 0, 77'777), 500 * STX);
  EXPECT_EQ(CoinbaseRewardUstx(StacksEpochId::k32, false, 0, 77'777 * 21), 625 * STX / 10);
  EXPECT_EQ(CoinbaseRewardUstx(StacksEpochId::k31, true, 0, 278'949), 1000 * STX);
  EXPECT_EQ(CoinbaseRewardUstx(StacksEpochId::k31, true, 0, 278'950), 500 * STX);
  EXPECT_EQ(CoinbaseRewardUstx(StacksEpochId::k31, true, 0, 593'950), 125 * STX);
  EXPECT_EQ(CoinbaseRewardUstx(StacksEpochId::k31, true, 0, 10'000'000), 625 * STX / 10);
}

TEST_F(AccountsTest, AccountEncodingRoundTrips) {
  const Account account{12345, 7, 999, 200};
  const util::Bytes bytes = EncodeAccount(account);
  EXPECT_EQ(bytes.size(), 48u);
  EXPECT_EQ(DecodeAccount(bytes).value(), account);
  EXPECT_EQ(ErrorOf(DecodeAccount(util::Bytes(24, 0))).code, ErrorCode::kCorruption);
  EXPECT_EQ(ErrorOf(DecodeAccount(util::Bytes(49, 0))).code, ErrorCode::kCorruption);
}

TEST_F(AccountsTest, AccountsTouchedNameOriginSponsorAndRecipient) {
  chain::MutableTransaction tx = BaseTx(1, 0, 0);
  tx.auth.sponsor = Condition(2, 0, 1);
  tx.payload = chain::TokenTransferPayload{Addr(3), 1, {}};
  EXPECT_EQ(AccountsTouchedBy(Make(tx)), (std::vector<codec::Principal>{Addr(1), Addr(2), Addr(3)}));
}

TEST_F(AccountsTest, Uint128PrintsInDecimal) {
  EXPECT_EQ(Uint128ToString(0), "0");
  EXPECT_EQ(Uint128ToString(1000 * STX), "1000000000");
  EXPECT_EQ(Uint128ToString(~static_cast<Uint128>(0)), "340282366920938463463374607431768211455");
}

}  // namespace
}  // namespace stacks::chainstate
