// STX natives (stx.h), stx-liquid-supply, and genesis credits (stx_accounts.h): balances stored in the reference's
// format, the error codes, events, the asset map, locks, and rollback. Cost numbers are the reference VM's
// (clarinet-sdk 3.21.0) for the contract kStx.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "chain_fixture.h"
#include "clarity/storage/keys.h"
#include "clarity/storage/stx_balance.h"
#include "clarity/vm/stx_accounts.h"
#include "cost_literal.h"
#include "token_contract.h"

namespace stacks::clarity::vm {
namespace {

using testing::ErrorOf;
using util::ErrorCode;

constexpr Uint128 kDeployerUstx = 100'000'000'000'000;

constexpr std::string_view kStx = R"(
(define-public (stx (a uint) (to principal)) (stx-transfer? a tx-sender to))
(define-public (stx-from (a uint) (from principal) (to principal)) (stx-transfer? a from to))
(define-public (stxm (a uint) (to principal) (m (buff 34))) (stx-transfer-memo? a tx-sender to m))
(define-public (sburn (a uint)) (stx-burn? a tx-sender))
(define-public (sburn-from (a uint) (from principal)) (stx-burn? a from))
(define-read-only (sbal (p principal)) (stx-get-balance p))
(define-read-only (acct (p principal)) (stx-account p))
(define-read-only (liq) stx-liquid-supply)
(define-public (pay-then-fail (a uint) (to principal)) (begin (try! (stx-transfer? a tx-sender to)) (err u7)))
(define-public (custody (a uint)) (stx-transfer? a tx-sender (as-contract tx-sender)))
(define-public (release (a uint) (to principal)) (as-contract (stx-transfer? a tx-sender to)))
)";

class StxTest : public ChainTest {
 protected:
  void SetUp() override {
    ChainTest::SetUp();
    StartAt(costs::Epoch::k30);
    ASSERT_TRUE(CreditStx(stack(), Principal(kDeployer), kDeployerUstx));
  }
  static codec::Principal Principal(std::string_view text) { return codec::ParsePrincipal(text).value(); }
  static Value U(Uint128 v) { return Value::UInt(v); }
  Uint128 Balance(std::string_view who) { return ReadStxBalance(stack(), Principal(who)).value().unlocked; }
};

TEST_P(StxTest, GenesisCreditIsStoredAsTheReferenceStoresIt) {
  EXPECT_EQ(store().Get(storage::StxBalanceKey(Principal(kDeployer))).value(),
            "000000000000000000005af3107a4000"  // 100,000,000,000,000
            "00000000000000000000000000000000"
            "0000000000000000");
  EXPECT_EQ(store().Get(storage::StxLiquidSupplyKey()).value(), "01000000000000000000005af3107a4000");
  EXPECT_EQ(ReadStxLiquidSupply(stack()).value(), kDeployerUstx);
  // Credits add up; the stack is left as it was.
  ASSERT_TRUE(CreditStx(stack(), Principal(kWallet1), 5));
  EXPECT_EQ(ReadStxLiquidSupply(stack()).value(), kDeployerUstx + 5);
  EXPECT_EQ(stack().depth(), 0u);
}

TEST_P(StxTest, CreditPastU128IsRefusedAndWritesNothing) {
  util::Status overflow = CreditStx(stack(), Principal(kWallet1), ~Uint128{0});
  EXPECT_EQ(ErrorOf(overflow).code, ErrorCode::kConsensusViolation);
  EXPECT_EQ(ClassifyError(ErrorOf(overflow)).reason, "ArithmeticOverflow");
  EXPECT_EQ(Balance(kWallet1), 0u);
  EXPECT_EQ(ReadStxLiquidSupply(stack()).value(), kDeployerUstx);
  EXPECT_EQ(stack().depth(), 0u);
}

TEST_P(StxTest, CorruptBalancesAreReported) {
  ASSERT_TRUE(store().PutAll(storage::WriteBatch{{{storage::StxBalanceKey(Principal(kWallet2)), "00ff"}}, {}}));
  EXPECT_EQ(ErrorOf(ReadStxBalance(stack(), Principal(kWallet2))).code, ErrorCode::kCorruption);
  Deploy("s", kStx);
  // A damaged store is the call's own failure (the outer error), not the contract's.
  CallRequest request{Contract("s"), "sbal", {PrincipalArg(kWallet2)}, Principal(kDeployer), std::nullopt};
  EXPECT_EQ(ErrorOf(CallReadOnly(Tx(), request)).code, ErrorCode::kCorruption);
}

TEST_P(StxTest, TransferBurnAndBalancesAsTheReference) {
  Deploy("s", kStx);
  Outcome sent = Call("s", "stx", {U(1000), PrincipalArg(kWallet1)});
  EXPECT_EQ(Text(sent), "(ok true)");
  ASSERT_EQ(EventTypes(sent), std::vector<std::string>{"stx_transfer"});
  const auto& event = std::get<StxTransferEvent>(sent.events[0]);
  EXPECT_EQ(event.sender, Principal(kDeployer));
  EXPECT_EQ(event.recipient, Principal(kWallet1));
  EXPECT_EQ(event.amount, Uint128{1000});
  EXPECT_TRUE(event.memo.empty());
  EXPECT_EQ(sent.asset_map.StxTransferred(Principal(kDeployer)), Uint128{1000});

  Outcome memo = Call("s", "stxm", {U(1000), PrincipalArg(kWallet1), Value::Buffer({1, 2}).value()});
  EXPECT_EQ(Text(memo), "(ok true)");
  EXPECT_EQ(std::get<StxTransferEvent>(memo.events.at(0)).memo, (util::Bytes{1, 2}));

  Outcome burned = Call("s", "sburn", {U(7)});
  EXPECT_EQ(Text(burned), "(ok true)");
  EXPECT_EQ(EventTypes(burned), std::vector<std::string>{"stx_burn"});
  EXPECT_EQ(burned.asset_map.StxBurned(Principal(kDeployer)), Uint128{7});

  Outcome liquid = Read("s", "liq");
  EXPECT_EQ(Text(liquid), "u99999999999993");
  Outcome balance = Read("s", "sbal", {PrincipalArg(kWallet1)});
  EXPECT_EQ(Text(balance), "u2000");
  EXPECT_EQ(Balance(kDeployer), kDeployerUstx - 2007);
  EXPECT_EQ(Text(Read("s", "acct", {PrincipalArg(kWallet1)})),
            "(tuple (locked u0) (unlock-height u0) (unlocked u2000))");
}

TEST_P(StxTest, CostsAreTheReferences) {
  // The contract of assets_test.cpp's reference numbers, whose load cost they include.
  Deploy("tk", kTokens);
  EXPECT_EQ(Call("tk", "stx", {U(1000), PrincipalArg(kWallet1)}).cost, Cost(6860, 4, 1399, 1, 1));
  EXPECT_EQ(Call("tk", "stx", {U(0), PrincipalArg(kWallet1)}).cost, Cost(6860, 4, 1399, 1, 1));
  EXPECT_EQ(Call("tk", "stxm", {U(1000), PrincipalArg(kWallet1), Value::Buffer({1, 2}).value()}).cost,
            Cost(7050, 4, 1399, 1, 1));
  EXPECT_EQ(Call("tk", "sburn", {U(7)}).cost, Cost(6235, 4, 1399, 1, 1));
  EXPECT_EQ(Read("tk", "liq").cost, Cost(1951, 4, 1400, 0, 0));
  EXPECT_EQ(Read("tk", "sbal", {PrincipalArg(kWallet1)}).cost, Cost(6417, 4, 1399, 0, 0));
}

TEST_P(StxTest, RefusalsAreTheReferencesCodes) {
  Deploy("s", kStx);
  EXPECT_EQ(Text(Call("s", "stx", {U(0), PrincipalArg(kWallet1)})), "(err u3)");
  EXPECT_EQ(Text(Call("s", "stx", {U(10), PrincipalArg(kDeployer)})), "(err u2)");
  EXPECT_EQ(Text(Call("s", "stx", {U(kDeployerUstx + 1), PrincipalArg(kWallet1)})), "(err u1)");
  // Only tx-sender's STX can be moved or burned.
  EXPECT_EQ(Text(Call("s", "stx-from", {U(1), PrincipalArg(kWallet1), PrincipalArg(kWallet2)})), "(err u4)");
  EXPECT_EQ(Text(Call("s", "sburn-from", {U(1), PrincipalArg(kWallet1)})), "(err u4)");
  EXPECT_EQ(Text(Call("s", "sburn", {U(0)})), "(err u3)");
  // A sender with nothing.
  EXPECT_EQ(Text(Call("s", "stx", {U(1), PrincipalArg(kDeployer)}, kWallet2)), "(err u1)");
  EXPECT_EQ(Text(Call("s", "sburn", {U(1)}, kWallet2)), "(err u1)");
  // Checks in the reference's order: the amount, then self, then the sender.
  EXPECT_EQ(Text(Call("s", "stx-from", {U(0), PrincipalArg(kWallet1), PrincipalArg(kWallet1)})), "(err u3)");
  EXPECT_EQ(Text(Call("s", "stx-from", {U(1), PrincipalArg(kWallet1), PrincipalArg(kWallet1)})), "(err u2)");
  EXPECT_EQ(Balance(kDeployer), kDeployerUstx);
  EXPECT_EQ(ReadStxLiquidSupply(stack()).value(), kDeployerUstx);
}

TEST_P(StxTest, WritesAndEventsRollBackWithAnErrResult) {
  Deploy("s", kStx);
  Outcome failed = Call("s", "pay-then-fail", {U(5), PrincipalArg(kWallet1)});
  EXPECT_EQ(Text(failed), "(err u7)");
  EXPECT_TRUE(failed.events.empty());
  EXPECT_TRUE(failed.asset_map.empty());
  EXPECT_EQ(Balance(kWallet1), 0u);
  EXPECT_EQ(Balance(kDeployer), kDeployerUstx);
}

TEST_P(StxTest, ContractsHoldAndReleaseStx) {
  Deploy("s", kStx);
  EXPECT_EQ(Text(Call("s", "custody", {U(500)})), "(ok true)");
  const std::string vault = std::string(kDeployer) + ".s";
  EXPECT_EQ(Balance(vault), 500u);
  Outcome released = Call("s", "release", {U(200), PrincipalArg(kWallet1)});
  EXPECT_EQ(Text(released), "(ok true)");
  EXPECT_EQ(std::get<StxTransferEvent>(released.events.at(0)).sender, Principal(vault));
  EXPECT_EQ(Balance(vault), 300u);
  EXPECT_EQ(Balance(kWallet1), 200u);
}

TEST_P(StxTest, BadArgumentsAreTheTypeCheckersRefusals) {
  Deploy("bad", R"(
(define-public (int-amount) (stx-transfer? 5 tx-sender 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5))
(define-public (uint-recipient) (stx-transfer? u5 tx-sender u1))
(define-read-only (uint-owner) (stx-get-balance u1))
(define-read-only (account-of-int) (stx-account 1))
(define-public (long-memo) (stx-transfer-memo? u1 tx-sender 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5
  0x0000000000000000000000000000000000000000000000000000000000000000000000))
(define-public (string-memo) (stx-transfer-memo? u1 tx-sender 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5 "m"))
(define-public (too-few) (stx-transfer? u1 tx-sender))
(define-public (burn-too-many) (stx-burn? u1 tx-sender tx-sender))
)");
  EXPECT_EQ(Text(Call("bad", "int-amount")), "runtime:RuntimeCheck:TypeValueError");
  EXPECT_EQ(Text(Call("bad", "uint-recipient")), "runtime:RuntimeCheck:TypeValueError");
  EXPECT_EQ(Text(Read("bad", "uint-owner")), "runtime:RuntimeCheck:TypeValueError");
  EXPECT_EQ(Text(Read("bad", "account-of-int")), "runtime:RuntimeCheck:TypeValueError");
  EXPECT_EQ(Text(Call("bad", "long-memo")), "runtime:RuntimeCheck:TypeValueError");
  EXPECT_EQ(Text(Call("bad", "string-memo")), "runtime:RuntimeCheck:TypeValueError");
  EXPECT_EQ(Text(Call("bad", "too-few")), "runtime:RuntimeCheck:IncorrectArgumentCount");
  EXPECT_EQ(Text(Call("bad", "burn-too-many")), "runtime:RuntimeCheck:IncorrectArgumentCount");
}

TEST_P(StxTest, LockedStxAreSpendableOnlyOnceUnlocked) {
  // A PoX-4 lock of 60 µSTX until burn height 5; the simnet layout of 3.0 keeps the burn tip at 1.
  const storage::StxBalance locked{storage::StxLock::kPoxV4, 40, 60, 5};
  ASSERT_TRUE(store().PutAll(
      storage::WriteBatch{{{storage::StxBalanceKey(Principal(kWallet1)), storage::EncodeStxBalance(locked)}}, {}}));
  Deploy("s", kStx);
  EXPECT_EQ(Text(Read("s", "sbal", {PrincipalArg(kWallet1)})), "u40");
  EXPECT_EQ(Text(Read("s", "acct", {PrincipalArg(kWallet1)})),
            "(tuple (locked u60) (unlock-height u5) (unlocked u40))");
  EXPECT_EQ(Text(Call("s", "stx", {U(41), PrincipalArg(kWallet2)}, kWallet1)), "(err u1)");
  EXPECT_EQ(Text(Call("s", "stx", {U(40), PrincipalArg(kWallet2)}, kWallet1)), "(ok true)");
  // The lock stays in place and in its own form.
  storage::StxBalance after = ReadStxBalance(stack(), Principal(kWallet1)).value();
  EXPECT_EQ(after, (storage::StxBalance{storage::StxLock::kPoxV4, 0, 60, 5}));
}

TEST_P(StxTest, EndedLocksAreFoldedIn) {
  // Before Epoch 3.0 the burn height is the parent block's: past 2 after a few blocks.
  m_epoch = costs::Epoch::k25;
  const storage::StxBalance locked{storage::StxLock::kPoxV4, 1, 9, 2};
  ASSERT_TRUE(store().PutAll(
      storage::WriteBatch{{{storage::StxBalanceKey(Principal(kWallet1)), storage::EncodeStxBalance(locked)}}, {}}));
  Deploy("s", kStx);
  Mine();
  Mine();
  EXPECT_EQ(Text(Read("s", "sbal", {PrincipalArg(kWallet1)})), "u10");
  EXPECT_EQ(Text(Read("s", "acct", {PrincipalArg(kWallet1)})), "(tuple (locked u0) (unlock-height u0) (unlocked u10))");
  EXPECT_EQ(Text(Call("s", "stx", {U(10), PrincipalArg(kWallet2)}, kWallet1)), "(ok true)");
  EXPECT_EQ(ReadStxBalance(stack(), Principal(kWallet1)).value(), storage::StxBalance{});
}

TEST_P(StxTest, TheChainsEarlyUnlockHeightsApply) {
  // The simnet layout's unlock heights are all 0: a PoX-3 lock has ended from Epoch 2.5 on, whatever its height.
  const storage::StxBalance locked{storage::StxLock::kPoxV3, 1, 9, 1000};
  ASSERT_TRUE(store().PutAll(
      storage::WriteBatch{{{storage::StxBalanceKey(Principal(kWallet1)), storage::EncodeStxBalance(locked)}}, {}}));
  Deploy("s", kStx);
  EXPECT_EQ(Text(Read("s", "sbal", {PrincipalArg(kWallet1)})), "u10");
}

TEST_P(StxTest, LockedBalancesNeedBlockInformation) {
  const storage::StxBalance locked{storage::StxLock::kPoxV4, 1, 9, 100};
  ASSERT_TRUE(store().PutAll(
      storage::WriteBatch{{{storage::StxBalanceKey(Principal(kWallet1)), storage::EncodeStxBalance(locked)}}, {}}));
  Deploy("s", kStx);
  TransactionContext tx = Tx();
  tx.chain.block_info = nullptr;
  CallRequest request{Contract("s"), "sbal", {PrincipalArg(kWallet1)}, Principal(kDeployer), std::nullopt};
  Outcome o = CallReadOnly(tx, request).value();
  ASSERT_TRUE(o.error);
  EXPECT_EQ(o.error->code, ErrorCode::kUnimplemented);
  // An unlocked balance needs none.
  request.args = {PrincipalArg(kDeployer)};
  EXPECT_EQ(Text(CallReadOnly(tx, request).value()), "u100000000000000");
}

INSTANTIATE_TEST_SUITE_P(Stores, StxTest, ::testing::Values("memory", "sqlite"),
                         [](const ::testing::TestParamInfo<std::string>& kind) { return kind.param; });

}  // namespace
}  // namespace stacks::clarity::vm
