// Fungible and non-fungible tokens (assets.h): definitions, the natives' results and error codes, storage across
// loads, events, the asset map, and rollback. Cost numbers are the reference VM's (clarinet-sdk 3.21.0) for the
// contract kTokens, identical in Epochs 2.1, 3.0 and 3.3; tests/interop/clarity_assets_diff.js compares many more.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "chain_fixture.h"
#include "cost_literal.h"
#include "token_contract.h"

namespace stacks::clarity::vm {
namespace {

class AssetsTest : public ChainTest {
 protected:
  void SetUp() override {
    ChainTest::SetUp();
    StartAt(costs::Epoch::k30);
  }
  static Value U(Uint128 v) { return Value::UInt(v); }
  static Value Deployer() { return PrincipalArg(kDeployer); }
  static Value Wallet() { return PrincipalArg(kWallet1); }
};

TEST_P(AssetsTest, FungibleTokenLifecycleAsTheReference) {
  Outcome deployed = Deploy("tk", kTokens);
  ASSERT_EQ(Text(deployed), "true");

  Outcome mint = Call("tk", "mint", {U(100), Deployer()});
  EXPECT_EQ(Text(mint), "(ok true)");
  EXPECT_EQ(mint.cost, Cost(3699, 5, 1399, 2, 1));
  ASSERT_EQ(EventTypes(mint), std::vector<std::string>{"ft_mint"});
  const auto& minted = std::get<FtMintEvent>(mint.events[0]);
  EXPECT_EQ(minted.asset.ToString(), std::string(kDeployer) + ".tk::tok");
  EXPECT_EQ(minted.recipient, codec::ParsePrincipal(kDeployer).value());
  EXPECT_EQ(minted.amount, Uint128{100});
  EXPECT_TRUE(mint.asset_map.empty());  // minting takes from no one

  Outcome xfer = Call("tk", "xfer", {U(10), Deployer(), Wallet()});
  EXPECT_EQ(Text(xfer), "(ok true)");
  EXPECT_EQ(xfer.cost, Cost(3394, 5, 1399, 2, 1));
  EXPECT_EQ(EventTypes(xfer), std::vector<std::string>{"ft_transfer"});
  AssetIdentifier tok{Contract("tk"), "tok"};
  EXPECT_EQ(xfer.asset_map.TokensTransferred(codec::ParsePrincipal(kDeployer).value(), tok), Uint128{10});

  Outcome burn = Call("tk", "burn", {U(5), Deployer()});
  EXPECT_EQ(Text(burn), "(ok true)");
  EXPECT_EQ(burn.cost, Cost(2769, 5, 1399, 2, 1));
  EXPECT_EQ(EventTypes(burn), std::vector<std::string>{"ft_burn"});
  EXPECT_EQ(burn.asset_map.TokensTransferred(codec::ParsePrincipal(kDeployer).value(), tok), Uint128{5});

  Outcome balance = Read("tk", "bal", {Deployer()});
  EXPECT_EQ(Text(balance), "u85");
  EXPECT_EQ(balance.cost, Cost(2602, 4, 1399, 0, 0));
  EXPECT_EQ(Text(Read("tk", "bal", {Wallet()})), "u10");
  EXPECT_EQ(Text(Read("tk", "bal", {PrincipalArg(std::string(kWallet1) + ".nobody")})), "u0");
  Outcome supply = Read("tk", "supply");
  EXPECT_EQ(Text(supply), "u95");
  EXPECT_EQ(supply.cost, Cost(1918, 4, 1399, 0, 0));
}

TEST_P(AssetsTest, FungibleTokenRefusalsAreTheReferencesCodes) {
  Deploy("tk", kTokens);
  ASSERT_EQ(Text(Call("tk", "mint", {U(100), Deployer()})), "(ok true)");
  EXPECT_EQ(Text(Call("tk", "mint", {U(0), Deployer()})), "(err u1)");
  EXPECT_EQ(Text(Call("tk", "xfer", {U(10), Deployer(), Deployer()})), "(err u2)");
  EXPECT_EQ(Text(Call("tk", "xfer", {U(0), Deployer(), Wallet()})), "(err u3)");
  EXPECT_EQ(Text(Call("tk", "xfer", {U(101), Deployer(), Wallet()})), "(err u1)");
  EXPECT_EQ(Text(Call("tk", "xfer", {U(1), Wallet(), Deployer()})), "(err u1)");  // holds nothing
  EXPECT_EQ(Text(Call("tk", "burn", {U(0), Deployer()})), "(err u1)");
  EXPECT_EQ(Text(Call("tk", "burn", {U(101), Deployer()})), "(err u1)");
  // A refused call costs what a successful one does (the cost is charged before the checks).
  EXPECT_EQ(Call("tk", "xfer", {U(0), Deployer(), Wallet()}).cost, Cost(3394, 5, 1399, 2, 1));
  EXPECT_EQ(Text(Read("tk", "bal", {Deployer()})), "u100");
  EXPECT_EQ(Text(Read("tk", "supply")), "u100");
}

TEST_P(AssetsTest, MintingPastTheCapIsSupplyOverflowAndChangesNothing) {
  Deploy("tk", kTokens);
  ASSERT_EQ(Text(Call("tk", "mint", {U(999), Deployer()})), "(ok true)");
  Outcome over = Call("tk", "mint", {U(2), Wallet()});
  EXPECT_EQ(Text(over), "runtime:Runtime:SupplyOverflow");
  ASSERT_TRUE(over.error);
  EXPECT_NE(over.error->message.find("SupplyOverflow(1001, 1000)"), std::string::npos) << over.error->message;
  EXPECT_TRUE(over.events.empty());
  EXPECT_FALSE(over.committed);
  EXPECT_EQ(Text(Read("tk", "supply")), "u999");
  EXPECT_EQ(Text(Call("tk", "mint", {U(1), Wallet()})), "(ok true)");  // exactly at the cap
  EXPECT_EQ(Text(Read("tk", "supply")), "u1000");
  // An uncapped token stops only at u128.
  const Uint128 max = ~Uint128{0};
  EXPECT_EQ(Text(Call("tk", "mintf", {U(max), Deployer()})), "(ok true)");
  EXPECT_EQ(Text(Call("tk", "mintf", {U(1), Wallet()})), "runtime:Runtime:ArithmeticOverflow");
}

TEST_P(AssetsTest, TokenWritesAndEventsRollBackWithAnErrResult) {
  Deploy("rb", R"(
(define-fungible-token t)
(define-non-fungible-token n uint)
(define-public (mint-then-fail)
  (begin (try! (ft-mint? t u50 tx-sender)) (try! (nft-mint? n u1 tx-sender)) (err u9)))
(define-public (mint-then-panic)
  (begin (try! (ft-mint? t u50 tx-sender)) (ok (unwrap-panic (nft-get-owner? n u1)))))
(define-read-only (state) {bal: (ft-get-balance t tx-sender), supply: (ft-get-supply t), owner: (nft-get-owner? n u1)})
)");
  Outcome failed = Call("rb", "mint-then-fail");
  EXPECT_EQ(Text(failed), "(err u9)");
  EXPECT_TRUE(failed.events.empty());
  EXPECT_FALSE(failed.committed);
  Outcome panicked = Call("rb", "mint-then-panic");
  EXPECT_EQ(Text(panicked), "runtime:Runtime:UnwrapFailure");
  EXPECT_TRUE(panicked.events.empty());
  EXPECT_EQ(Text(Read("rb", "state")), "(tuple (bal u0) (owner none) (supply u0))");
}

TEST_P(AssetsTest, TokensMintedAtDeploymentAreKeptWithTheirEvents) {
  Outcome deployed = Deploy("boot", R"(
(define-fungible-token t u10)
(ft-mint? t u10 tx-sender)
(define-read-only (bal) (ft-get-balance t tx-sender))
(define-public (more) (ft-mint? t u1 tx-sender))
)");
  EXPECT_EQ(Text(deployed), "(ok true)");
  EXPECT_EQ(EventTypes(deployed), std::vector<std::string>{"ft_mint"});
  EXPECT_EQ(Text(Read("boot", "bal")), "u10");
  // The cap survives loading the contract from the store.
  EXPECT_EQ(Text(Call("boot", "more")), "runtime:Runtime:SupplyOverflow");
}

TEST_P(AssetsTest, UndefinedTokensAndBadArgumentsAreTheTypeCheckersRefusals) {
  Deploy("bad", R"(
(define-fungible-token t)
(define-non-fungible-token n uint)
(define-public (no-ft) (ft-mint? nope u1 tx-sender))
(define-read-only (no-ft-balance) (ft-get-balance nope tx-sender))
(define-read-only (no-ft-supply) (ft-get-supply nope))
(define-public (no-nft) (nft-mint? nope u1 tx-sender))
(define-read-only (no-nft-owner) (nft-get-owner? nope u1))
(define-public (int-amount) (ft-mint? t 5 tx-sender))
(define-public (uint-recipient) (ft-transfer? t u5 tx-sender u1))
(define-read-only (uint-owner) (ft-get-balance t u1))
(define-public (wrong-asset) (nft-mint? n "one" tx-sender))
(define-public (token-not-a-name) (ft-mint? (t) u1 tx-sender))
(define-public (too-few) (ft-transfer? t u1 tx-sender))
(define-public (too-many) (nft-burn? n u1 tx-sender tx-sender))
)");
  EXPECT_EQ(Text(Call("bad", "no-ft")), "runtime:RuntimeCheck:NoSuchFT");
  EXPECT_EQ(Text(Read("bad", "no-ft-balance")), "runtime:RuntimeCheck:NoSuchFT");
  EXPECT_EQ(Text(Read("bad", "no-ft-supply")), "runtime:RuntimeCheck:NoSuchFT");
  EXPECT_EQ(Text(Call("bad", "no-nft")), "runtime:RuntimeCheck:NoSuchNFT");
  EXPECT_EQ(Text(Read("bad", "no-nft-owner")), "runtime:RuntimeCheck:NoSuchNFT");
  EXPECT_EQ(Text(Call("bad", "int-amount")), "runtime:RuntimeCheck:TypeValueError");
  EXPECT_EQ(Text(Call("bad", "uint-recipient")), "runtime:RuntimeCheck:TypeValueError");
  EXPECT_EQ(Text(Read("bad", "uint-owner")), "runtime:RuntimeCheck:TypeValueError");
  EXPECT_EQ(Text(Call("bad", "wrong-asset")), "runtime:RuntimeCheck:TypeValueError");
  EXPECT_EQ(Text(Call("bad", "token-not-a-name")), "runtime:RuntimeCheck:BadTokenName");
  EXPECT_EQ(Text(Call("bad", "too-few")), "runtime:RuntimeCheck:IncorrectArgumentCount");
  EXPECT_EQ(Text(Call("bad", "too-many")), "runtime:RuntimeCheck:IncorrectArgumentCount");
}

TEST_P(AssetsTest, MalformedTokenDefinitionsAreRefused) {
  EXPECT_EQ(Text(Deploy("d1", "(define-fungible-token)")), "analysis:Unchecked:RequiresAtLeastArguments");
  EXPECT_EQ(Text(Deploy("d2", "(define-fungible-token t u1 u2)")), "analysis:Unchecked:IncorrectArgumentCount");
  EXPECT_EQ(Text(Deploy("d3", "(define-fungible-token t 5)")), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(Text(Deploy("d4", "(define-fungible-token 5)")), "analysis:Unchecked:ExpectedName");
  EXPECT_EQ(Text(Deploy("d5", "(define-fungible-token t) (define-non-fungible-token t uint)")),
            "analysis:Unchecked:NameAlreadyUsed");
  EXPECT_EQ(Text(Deploy("d6", "(define-non-fungible-token n)")), "analysis:Unchecked:IncorrectArgumentCount");
  EXPECT_EQ(Text(Deploy("d7", "(define-non-fungible-token (n) uint)")), "analysis:Unchecked:ExpectedName");
  EXPECT_EQ(Text(Deploy("d8", "(define-data-var v uint u0) (define-fungible-token v)")),
            "analysis:Unchecked:NameAlreadyUsed");
  // A refused deployment stores nothing: the name can be deployed again.
  EXPECT_EQ(Text(Deploy("d1", "(define-fungible-token t)")), "true");
}

TEST_P(AssetsTest, NonFungibleTokenLifecycleAsTheReference) {
  Deploy("tk", kTokens);
  Outcome mint = Call("tk", "nmint", {U(7), Deployer()});
  EXPECT_EQ(Text(mint), "(ok true)");
  EXPECT_EQ(mint.cost, Cost(2948, 4, 1399, 1, 1));
  ASSERT_EQ(EventTypes(mint), std::vector<std::string>{"nft_mint"});
  EXPECT_EQ(std::get<NftMintEvent>(mint.events[0]).value, U(7));
  EXPECT_EQ(Text(Call("tk", "nmint", {U(7), Deployer()})), "(err u1)");

  Outcome tuple_mint = Call("tk", "tmint", {Value::StringAscii("hello").value(), Deployer()});
  EXPECT_EQ(Text(tuple_mint), "(ok true)");
  EXPECT_EQ(tuple_mint.cost, Cost(5013, 4, 1399, 1, 1));
  EXPECT_EQ(Text(Read("tk", "towner", {Value::StringAscii("hello").value()})), "(some " + std::string(kDeployer) + ")");
  EXPECT_EQ(Text(Read("tk", "towner", {Value::StringAscii("h").value()})), "none");

  Outcome xfer = Call("tk", "nxfer", {U(7), Deployer(), Wallet()});
  EXPECT_EQ(Text(xfer), "(ok true)");
  EXPECT_EQ(xfer.cost, Cost(3570, 4, 1399, 1, 1));
  EXPECT_EQ(EventTypes(xfer), std::vector<std::string>{"nft_transfer"});
  AssetIdentifier nft{Contract("tk"), "nft"};
  const std::vector<Value>* moved = xfer.asset_map.AssetsTransferred(codec::ParsePrincipal(kDeployer).value(), nft);
  ASSERT_NE(moved, nullptr);
  EXPECT_EQ(*moved, std::vector<Value>{U(7)});

  EXPECT_EQ(Text(Call("tk", "nxfer", {U(7), Deployer(), Wallet()})), "(err u1)");  // no longer the deployer's
  EXPECT_EQ(Text(Call("tk", "nxfer", {U(8), Deployer(), Wallet()})), "(err u3)");  // never minted
  EXPECT_EQ(Text(Call("tk", "nxfer", {U(7), Wallet(), Wallet()})), "(err u2)");    // to self, checked first
  EXPECT_EQ(Text(Call("tk", "nburn", {U(7), Deployer()})), "(err u1)");
  Outcome missing = Call("tk", "nburn", {U(9), Deployer()});
  EXPECT_EQ(Text(missing), "(err u3)");
  EXPECT_EQ(missing.cost, Cost(3517, 5, 1400, 2, 2));  // nft-burn? is charged twice
  Outcome owner = Read("tk", "owner", {U(7)});
  EXPECT_EQ(Text(owner), "(some " + std::string(kWallet1) + ")");
  EXPECT_EQ(owner.cost, Cost(2543, 4, 1399, 0, 0));
  EXPECT_EQ(Text(Read("tk", "owner", {U(9)})), "none");

  Outcome burned = Call("tk", "nburn", {U(7), Wallet()}, kWallet1);
  EXPECT_EQ(Text(burned), "(ok true)");
  EXPECT_EQ(EventTypes(burned), std::vector<std::string>{"nft_burn"});
  EXPECT_EQ(Text(Read("tk", "owner", {U(7)})), "none");
  // A burned asset can be minted again.
  EXPECT_EQ(Text(Call("tk", "nmint", {U(7), Wallet()})), "(ok true)");
}

TEST_P(AssetsTest, ContractPrincipalsHoldTokens) {
  Deploy("tk", kTokens);
  const Value vault = PrincipalArg(std::string(kWallet1) + ".vault");
  EXPECT_EQ(Text(Call("tk", "mint", {U(3), vault})), "(ok true)");
  EXPECT_EQ(Text(Read("tk", "bal", {vault})), "u3");
  EXPECT_EQ(Text(Call("tk", "nmint", {U(1), vault})), "(ok true)");
  EXPECT_EQ(Text(Read("tk", "owner", {U(1)})), "(some " + std::string(kWallet1) + ".vault)");
}

INSTANTIATE_TEST_SUITE_P(Stores, AssetsTest, ::testing::Values("memory", "sqlite"),
                         [](const ::testing::TestParamInfo<std::string>& kind) { return kind.param; });

}  // namespace
}  // namespace stacks::clarity::vm
