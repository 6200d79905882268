// Contracts and snippets at Epochs 2.0 and 2.05 (Clarity 1, parser v1, costs-1 and costs-2-testnet): the numbers are
// the reference VM's (@stacks/clarinet-sdk 3.21.0 on an empty testnet simnet), for the rules that differ before 2.1
// (Native205 cost inputs from 2.05, the _v200 data, NFT and concat natives charging at type sizes in 2.0).
#include <gtest/gtest.h>

#include "clarity/vm/cost_literal.h"
#include "clarity/vm/runtime_fixture.h"
#include "clarity/vm/snippet.h"

namespace stacks::clarity::vm {
namespace {

constexpr std::string_view kEarly = R"((define-data-var n uint u0)
(define-map m uint (buff 20))
(define-non-fungible-token t (buff 20))
(define-public (put (k uint)) (begin (var-set n k) (map-set m k 0x01) (ok (map-get? m k))))
(define-public (mint) (nft-mint? t 0x0102 tx-sender))
(define-read-only (cat) (concat 0x01 0x0203)))";

class EarlyEpochsTest : public RuntimeFixture {};

TEST_P(EarlyEpochsTest, Epoch20ChargesTypeSizesAndArgumentCounts) {
  m_epoch = costs::Epoch::k20;
  m_run_analysis = true;
  Outcome deployed = Deploy("early", kEarly, kDeployer, ClarityVersion::kClarity1);
  ASSERT_FALSE(deployed.error) << deployed.error->ToString();
  Outcome put = Call("early", "put", {Value::UInt(5)});
  EXPECT_EQ(Text(put), "(ok (some 0x01))");
  EXPECT_EQ(put.cost, Cost(466000, 6, 331, 2, 58));
  Outcome mint = Call("early", "mint");
  EXPECT_EQ(Text(mint), "(ok true)");
  EXPECT_EQ(mint.cost, Cost(317000, 4, 291, 1, 1));
  Outcome cat = Call("early", "cat", {}, kDeployer, /*read_only=*/true);
  EXPECT_EQ(Text(cat), "0x010203");
  EXPECT_EQ(cat.cost, Cost(304000, 3, 290, 0, 0));
}

TEST_P(EarlyEpochsTest, Epoch205ChargesTestnetCosts2AtValueSizes) {
  m_epoch = costs::Epoch::k2_05;
  m_run_analysis = true;
  Outcome deployed = Deploy("early", kEarly, kDeployer, ClarityVersion::kClarity1);
  ASSERT_FALSE(deployed.error) << deployed.error->ToString();
  Outcome put = Call("early", "put", {Value::UInt(5)});
  EXPECT_EQ(Text(put), "(ok (some 0x01))");
  EXPECT_EQ(put.cost, Cost(5945, 6, 315, 2, 43));
  Outcome mint = Call("early", "mint");
  EXPECT_EQ(mint.cost, Cost(1460, 4, 291, 1, 1));
  Outcome cat = Call("early", "cat", {}, kDeployer, /*read_only=*/true);
  EXPECT_EQ(cat.cost, Cost(1071, 3, 290, 0, 0));
}

TEST_P(EarlyEpochsTest, Epoch10HasNoClarity) {
  m_epoch = costs::Epoch::k10;
  DeployRequest request;
  request.sender = Address(kDeployer);
  request.name = "c";
  request.source = "(define-read-only (f) 1)";
  request.clarity_version = ClarityVersion::kClarity1;
  EXPECT_EQ(testing::ErrorOf(DeployContract(Tx(), request)).code, util::ErrorCode::kFailedPrecondition);
  CallRequest call;
  call.contract = Contract("c");
  call.function = "f";
  call.sender = Address(kDeployer);
  EXPECT_EQ(testing::ErrorOf(CallContract(Tx(), call)).code, util::ErrorCode::kFailedPrecondition);
}

TEST_P(EarlyEpochsTest, ContractOfEpoch205IsReadBackWithParserV1) {
  // Parser v1 reads u"\u" as the two characters `\u`, which v2 refuses; the stored source must read back as it was
  // deployed, so the call (which loads the contract again) works too.
  constexpr std::string_view kSource = R"((define-read-only (f) (len u"\u")))";
  m_epoch = costs::Epoch::k2_05;
  Outcome deployed = Deploy("v1", kSource, kDeployer, ClarityVersion::kClarity1);
  ASSERT_FALSE(deployed.error) << deployed.error->ToString();
  EXPECT_EQ(Text(Call("v1", "f", {}, kDeployer, /*read_only=*/true)), "u2");
  m_epoch = costs::Epoch::k21;
  Outcome refused = Deploy("v2", kSource, kDeployer, ClarityVersion::kClarity1);
  ASSERT_TRUE(refused.error);
  EXPECT_NE(refused.error->message.find("InvalidUTF8Encoding"), std::string::npos) << refused.error->ToString();
}

// nft-mint? counts the asset at its token type's size in Epoch 2.0 (the reference's special_mint_asset_v200: 24 for a
// (buff 20)) and at its serialized size from 2.05 (7 for 0x0102), on top of the owner's 148 bytes: the least memory
// limit under which the same call succeeds (its peak, the mint's memory added last) is 17 bytes more in 2.0.
TEST_P(EarlyEpochsTest, NftMintCountsTheTypeSizeInEpoch20AndTheValueSizeFrom205) {
  // Mints, then fails with (err u0) so that the mint is rolled back and the next attempt mints again.
  constexpr std::string_view kMint = R"((define-non-fungible-token t (buff 20))
(define-public (mint) (begin (try! (nft-mint? t 0x0102 tx-sender)) (err u0))))";
  m_epoch = costs::Epoch::k20;
  ASSERT_FALSE(Deploy("a", kMint, kDeployer, ClarityVersion::kClarity1).error);
  const uint64_t at_20 = LeastMemoryLimit(CallOf("a", "mint"), "(err u0)");
  m_epoch = costs::Epoch::k2_05;
  ASSERT_FALSE(Deploy("b", kMint, kDeployer, ClarityVersion::kClarity1).error);
  const uint64_t at_205 = LeastMemoryLimit(CallOf("b", "mint"), "(err u0)");
  EXPECT_GT(at_205, 148u + 7u);
  EXPECT_EQ(at_20, at_205 + 17);
}

INSTANTIATE_TEST_SUITE_P(Stores, EarlyEpochsTest, ::testing::Values("memory", "sqlite"));

EvalOptions Snippet(costs::Epoch epoch) {
  EvalOptions options;
  options.epoch = epoch;
  options.clarity_version = ClarityVersion::kClarity1;
  return options;
}

TEST(EarlyEpochsSnippetTest, CostsOfTheReference) {
  struct Case {
    costs::Epoch epoch;
    std::string_view source;
    uint64_t runtime;
  };
  for (const Case& c :
       {Case{costs::Epoch::k20, "(+ 1 2)", 4000}, Case{costs::Epoch::k2_05, "(+ 1 2)", 196},
        Case{costs::Epoch::k20, "(sha256 0x)", 3000}, Case{costs::Epoch::k2_05, "(sha256 0x)", 121},
        Case{costs::Epoch::k20, "(concat \"a\" \"b\")", 12000}, Case{costs::Epoch::k2_05, "(concat \"a\" \"b\")", 410},
        Case{costs::Epoch::k20, "(list 1 2 3)", 50000}, Case{costs::Epoch::k2_05, "(is-eq 1 2)", 426}}) {
    auto r = EvalSnippet(c.source, Snippet(c.epoch));
    ASSERT_TRUE(r) << c.source << ": " << r.error().ToString();
    EXPECT_EQ(r->cost.runtime, c.runtime) << c.source << " at " << static_cast<int>(c.epoch);
  }
}

TEST(EarlyEpochsSnippetTest, BadInput) {
  EXPECT_EQ(EvalSnippet("(+ 1 2)", Snippet(costs::Epoch::k10)).error().code, util::ErrorCode::kFailedPrecondition);
  // Parser v1's own refusal of an unterminated list.
  EXPECT_FALSE(EvalSnippet("(+ 1", Snippet(costs::Epoch::k2_05)));
  EXPECT_FALSE(EvalSnippet("(+ 1 u2)", Snippet(costs::Epoch::k20)));
}

}  // namespace
}  // namespace stacks::clarity::vm
