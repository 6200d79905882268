// Spot checks of the cost tables against values worked out by hand from the boot cost contracts (costs.clar,
// costs-2.clar, costs-2-testnet.clar, costs-3.clar, costs-4.clar), the reference's log2 and saturation rules, and
// the epoch -> version choice.
#include "clarity/costs/cost_table.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <set>
#include <string>

namespace stacks::clarity::costs {
namespace {

constexpr uint64_t kMax = std::numeric_limits<uint64_t>::max();

ExecutionCost Runtime(uint64_t runtime) { return ExecutionCost{.runtime = runtime}; }

ExecutionCost Eval(CostVersion version, CostFunction function, uint64_t n) {
  auto cost = Evaluate(version, function, n);
  EXPECT_TRUE(cost.has_value()) << CostFunctionName(function) << ": " << cost.error().message;
  return cost ? *cost : ExecutionCost{};
}

class CostTableTest : public ::testing::Test {};

TEST_F(CostTableTest, NamesAreTheReferences) {
  EXPECT_EQ(CostFunctionName(CostFunction::kAdd), "cost_add");
  EXPECT_EQ(CostFunctionName(CostFunction::kAnalysisTypeCheck), "cost_analysis_type_check");
  EXPECT_EQ(CostFunctionName(CostFunction::kFtGetSupply), "cost_ft_get_supply");
  EXPECT_EQ(CostFunctionName(CostFunction::kPoisonMicroblock), "poison_microblock");
  EXPECT_EQ(CostFunctionFromName("cost_stx_transfer_memo"), CostFunction::kStxTransferMemo);
  EXPECT_EQ(CostFunctionFromName("cost_data_hash_cost"), std::nullopt);  // in costs.clar, never charged
  EXPECT_EQ(CostFunctionFromName("cost_nope"), std::nullopt);
  EXPECT_EQ(kCostFunctionCount, 149u);
  for (std::size_t i = 0; i < kCostFunctionCount; ++i) {
    auto f = static_cast<CostFunction>(i);
    EXPECT_EQ(CostFunctionFromName(CostFunctionName(f)), f);
  }
}

TEST_F(CostTableTest, Log2IsTheFloorAndRejectsZero) {
  EXPECT_EQ(*Log2Floor(1), 0u);
  EXPECT_EQ(*Log2Floor(2), 1u);
  EXPECT_EQ(*Log2Floor(3), 1u);
  EXPECT_EQ(*Log2Floor(4), 2u);
  EXPECT_EQ(*Log2Floor(1000), 9u);
  EXPECT_EQ(*Log2Floor(1024), 10u);
  EXPECT_EQ(*Log2Floor(kMax), 63u);
  auto zero = Log2Floor(0);
  ASSERT_FALSE(zero);
  EXPECT_EQ(zero.error(), util::InvalidArgument("log2 must be passed a positive integer"));
}

// costs.clar: every function is 1000-based.
TEST_F(CostTableTest, Costs1) {
  const auto v = CostVersion::kCosts1;
  EXPECT_EQ(Eval(v, CostFunction::kAdd, 0), Runtime(1000));  // linear n 1000 1000
  EXPECT_EQ(Eval(v, CostFunction::kAdd, 2), Runtime(3000));
  EXPECT_EQ(Eval(v, CostFunction::kAnalysisCheckTupleGet, 1), Runtime(1000));  // logn n 1000 1000
  EXPECT_EQ(Eval(v, CostFunction::kAnalysisCheckTupleGet, 8), Runtime(4000));
  EXPECT_EQ(Eval(v, CostFunction::kAnalysisCheckTupleCons, 8), Runtime(25000));  // nlogn: 8*3*1000 + 1000
  EXPECT_EQ(Eval(v, CostFunction::kTupleGet, 5), Runtime(11000));                // nlogn: 5*2*1000 + 1000
  EXPECT_EQ(Eval(v, CostFunction::kAstParse, 5), Runtime(51000));                // linear n 10000 1000
  EXPECT_EQ(Eval(v, CostFunction::kLookupVariableSize, 7), Runtime(7000));       // linear n 1000 0
  EXPECT_EQ(Eval(v, CostFunction::kAnalysisStorage, 10),
            (ExecutionCost{.write_length = 11, .write_count = 1, .read_length = 1, .read_count = 1, .runtime = 11000}));
  EXPECT_EQ(
      Eval(v, CostFunction::kLoadContract, 100),
      (ExecutionCost{.write_length = 0, .write_count = 0, .read_length = 101, .read_count = 3, .runtime = 101000}));
  EXPECT_EQ(Eval(v, CostFunction::kStxTransfer, 0),
            (ExecutionCost{.write_length = 1, .write_count = 1, .read_length = 1, .read_count = 1, .runtime = 1000}));
  EXPECT_EQ(Eval(v, CostFunction::kPoisonMicroblock, 0),
            (ExecutionCost{.write_length = 1, .write_count = 1, .read_length = 1, .read_count = 1, .runtime = 1000}));
  EXPECT_EQ(Eval(v, CostFunction::kAdd, kMax), Runtime(kMax));  // 1000 * n saturates
}

TEST_F(CostTableTest, Costs2) {
  const auto v = CostVersion::kCosts2;
  EXPECT_EQ(Eval(v, CostFunction::kAdd, 3), Runtime(199));                              // linear n 14 157
  EXPECT_EQ(Eval(v, CostFunction::kTupleGet, 16), Runtime(2036));                       // nlogn n 4 1780: 4*64 + 1780
  EXPECT_EQ(Eval(v, CostFunction::kAnalysisCheckTupleCons, 1), Runtime(5));             // nlogn n 3 5 at log2 1 = 0
  EXPECT_EQ(Eval(v, CostFunction::kAnalysisLookupVariableDepth, 1000), Runtime(9034));  // nlogn n 1 34
  EXPECT_EQ(Eval(v, CostFunction::kSecp256k1verify, 0), Runtime(13540));
  EXPECT_EQ(Eval(v, CostFunction::kAstParse, 1000), Runtime(459441));  // linear n 172 287441
  EXPECT_EQ(Eval(v, CostFunction::kFetchEntry, 100),
            (ExecutionCost{.write_length = 0, .write_count = 0, .read_length = 101, .read_count = 1, .runtime = 1639}));
  EXPECT_EQ(Eval(v, CostFunction::kSetEntry, 50),
            (ExecutionCost{.write_length = 51, .write_count = 1, .read_length = 0, .read_count = 1, .runtime = 2404}));
  EXPECT_EQ(Eval(v, CostFunction::kFetchEntry, kMax - 100).runtime, kMax);  // n fits, + 1539 saturates
}

TEST_F(CostTableTest, Costs2TestnetDiffersFromMainnet) {
  EXPECT_EQ(Eval(CostVersion::kCosts2Testnet, CostFunction::kAdd, 3), Runtime(192));  // linear n 12 156
  EXPECT_EQ(Eval(CostVersion::kCosts2Testnet, CostFunction::kTupleGet, 16), Runtime(2036));
}

TEST_F(CostTableTest, Costs3) {
  const auto v = CostVersion::kCosts3;
  EXPECT_EQ(Eval(v, CostFunction::kAdd, 0), Runtime(125));  // linear n 11 125
  EXPECT_EQ(Eval(v, CostFunction::kAdd, 10), Runtime(235));
  EXPECT_EQ(Eval(v, CostFunction::kBuffToIntLe, 0), Runtime(141));
  EXPECT_EQ(Eval(v, CostFunction::kBitwiseAnd, 4), Runtime(189));              // linear n 15 129
  EXPECT_EQ(Eval(v, CostFunction::kUserFunctionApplication, 3), Runtime(83));  // linear n 26 5
  EXPECT_EQ(Eval(v, CostFunction::kSha256, 64), Runtime(164));                 // linear n 1 100
  EXPECT_EQ(
      Eval(v, CostFunction::kContractStorage, 1000),
      (ExecutionCost{.write_length = 1001, .write_count = 1, .read_length = 0, .read_count = 0, .runtime = 18165}));
  EXPECT_EQ(Eval(v, CostFunction::kAtBlock, 0),
            (ExecutionCost{.write_length = 0, .write_count = 0, .read_length = 1, .read_count = 1, .runtime = 1327}));
  EXPECT_EQ(Eval(v, CostFunction::kTupleGet, uint64_t{1} << 32), Runtime(549755815624));  // 4*(2^32*32) + 1736
  EXPECT_EQ(Eval(v, CostFunction::kTupleGet, kMax), Runtime(kMax));                       // n*63 saturates
  EXPECT_EQ(Eval(v, CostFunction::kAnalysisCheckTupleGet, kMax), Runtime(65));            // logn n 1 2: 63 + 2
  // linear n 2 1: 2*(2^63 - 1) + 1 is exactly 2^64 - 1; one more and 2*n overflows, saturating.
  EXPECT_EQ(Eval(v, CostFunction::kLookupVariableSize, (uint64_t{1} << 63) - 1), Runtime(kMax));
  EXPECT_EQ(Eval(v, CostFunction::kLookupVariableSize, uint64_t{1} << 63), Runtime(kMax));
  EXPECT_EQ(Eval(v, CostFunction::kLookupVariableSize, (uint64_t{1} << 62)), Runtime((uint64_t{1} << 63) + 1));
}

TEST_F(CostTableTest, Costs4AddsContractHashAndClarity4Functions) {
  const auto v = CostVersion::kCosts4;
  EXPECT_EQ(Eval(v, CostFunction::kContractHash, 0),
            (ExecutionCost{.write_length = 0, .write_count = 0, .read_length = 32, .read_count = 1, .runtime = 188}));
  EXPECT_EQ(Eval(v, CostFunction::kToAscii, 10), Runtime(310));         // linear n 16 150
  EXPECT_EQ(Eval(v, CostFunction::kRestrictAssets, 2), Runtime(1000));  // linear n 125 750
  EXPECT_EQ(Eval(v, CostFunction::kAsContractSafe, 0), Runtime(888));   // linear n 125 888
  EXPECT_EQ(Eval(v, CostFunction::kSecp256r1verify, 0), Runtime(51750));
  EXPECT_EQ(Eval(v, CostFunction::kAdd, 10), Runtime(235));  // as costs-3
}

// costs-5 (costs_5.rs of the reference VM the tests compare against): costs-4 for everything costs-4 defines, and
// the Clarity 6 natives' functions, two of them linear in n >> 10 (1 KiB steps).
TEST_F(CostTableTest, Costs5ForwardsToCosts4AndPricesClarity6Natives) {
  const auto v = CostVersion::kCosts5;
  for (std::size_t i = 0; i < kCostFunctionCount; ++i) {
    auto f = static_cast<CostFunction>(i);
    if (!Lookup(CostVersion::kCosts4, f).defined) continue;
    for (uint64_t n : {uint64_t{1}, uint64_t{17}, uint64_t{1000}, kMax}) {
      EXPECT_EQ(Eval(v, f, n), Eval(CostVersion::kCosts4, f, n)) << CostFunctionName(f) << " at " << n;
    }
  }
  // linear(n, 125, 502): n siblings.
  EXPECT_EQ(Eval(v, CostFunction::kVerifyMerkleProof, 0), Runtime(502));
  EXPECT_EQ(Eval(v, CostFunction::kVerifyMerkleProof, 3), Runtime(877));
  EXPECT_EQ(Eval(v, CostFunction::kVerifyMerkleProof, 24), Runtime(3502));
  // linear(n >> 10, 125, 7880): the same price up to 1023 bytes, one step more per KiB.
  EXPECT_EQ(Eval(v, CostFunction::kEd25519verify, 0), Runtime(7880));
  EXPECT_EQ(Eval(v, CostFunction::kEd25519verify, 1023), Runtime(7880));
  EXPECT_EQ(Eval(v, CostFunction::kEd25519verify, 1024), Runtime(8005));
  EXPECT_EQ(Eval(v, CostFunction::kEd25519verify, 1048576), Runtime(7880 + 125 * 1024));
  // linear(n >> 10, 125, 291).
  EXPECT_EQ(Eval(v, CostFunction::kGetBitcoinTxOutput, 250), Runtime(291));
  EXPECT_EQ(Eval(v, CostFunction::kGetBitcoinTxOutput, 4096), Runtime(791));
  EXPECT_EQ(Eval(v, CostFunction::kGetBitcoinTxOutput, kMax), Runtime(125 * (kMax >> 10) + 291));
  // A constant.
  EXPECT_EQ(Eval(v, CostFunction::kSecp256k1decompress, 1), Runtime(1035));
  EXPECT_EQ(Eval(v, CostFunction::kSecp256k1decompress, kMax), Runtime(1035));
  // The marker stays undefined.
  EXPECT_EQ(Evaluate(v, CostFunction::kUnimplemented, 1).error().code, util::ErrorCode::kUnimplemented);
  EXPECT_EQ(CostVersionName(v), "costs-5");
}

TEST_F(CostTableTest, ShiftedFormulas) {
  const Formula shifted{FormulaKind::kLinear, 3, 7, 4};
  EXPECT_EQ(*EvaluateFormula(shifted, 15), 7u);
  EXPECT_EQ(*EvaluateFormula(shifted, 16), 10u);
  EXPECT_EQ(*EvaluateFormula(shifted, kMax), 3 * (kMax >> 4) + 7);
  // A shift that leaves 0 makes logn fail as it does at 0.
  const Formula logn{FormulaKind::kLogN, 1, 1, 8};
  EXPECT_EQ(EvaluateFormula(logn, 255).error(), util::InvalidArgument("log2 must be passed a positive integer"));
  EXPECT_EQ(*EvaluateFormula(logn, 256), 1u);
  // A shift of 64 or more leaves 0 (no undefined shift).
  EXPECT_EQ(*EvaluateFormula(Formula{FormulaKind::kLinear, 1, 5, 64}, kMax), 5u);
}

TEST_F(CostTableTest, LognAtZeroFailsInEveryVersion) {
  for (auto v : {CostVersion::kCosts1, CostVersion::kCosts2, CostVersion::kCosts2Testnet, CostVersion::kCosts3,
                 CostVersion::kCosts4, CostVersion::kCosts5}) {
    for (auto f : {CostFunction::kAnalysisCheckTupleGet, CostFunction::kTupleGet}) {
      auto cost = Evaluate(v, f, 0);
      ASSERT_FALSE(cost) << CostVersionName(v);
      EXPECT_EQ(cost.error(), util::InvalidArgument("log2 must be passed a positive integer"));
    }
  }
}

TEST_F(CostTableTest, FunctionsAVersionLacksAreUnimplemented) {
  auto cost = Evaluate(CostVersion::kCosts1, CostFunction::kBuffToIntLe, 1);
  ASSERT_FALSE(cost);
  EXPECT_EQ(cost.error(), util::Unimplemented("cost_buff_to_int_le is not defined in costs"));
  cost = Evaluate(CostVersion::kCosts3, CostFunction::kContractHash, 1);
  ASSERT_FALSE(cost);
  EXPECT_EQ(cost.error(), util::Unimplemented("cost_contract_hash is not defined in costs-3"));
  cost = Evaluate(CostVersion::kCosts4, CostFunction::kUnimplemented, 1);
  ASSERT_FALSE(cost);
  EXPECT_EQ(cost.error().code, util::ErrorCode::kUnimplemented);
}

// Every function has an entry in every table; the defined ones are exactly those of each contract (counted in the
// .clar files: 115 in costs.clar besides the never-charged cost_data_hash_cost, 115, 115, 139, 144; costs-5 adds the
// four of Clarity 6), every one evaluates, and no version drops a function an earlier one had.
TEST_F(CostTableTest, EveryFunctionHasAnEntryInEveryVersion) {
  const std::pair<CostVersion, std::size_t> versions[] = {
      {CostVersion::kCosts1, 115}, {CostVersion::kCosts2, 115}, {CostVersion::kCosts2Testnet, 115},
      {CostVersion::kCosts3, 139}, {CostVersion::kCosts4, 144}, {CostVersion::kCosts5, 148}};
  std::set<std::string> previous;
  for (const auto& [version, count] : versions) {
    std::set<std::string> defined;
    for (std::size_t i = 0; i < kCostFunctionCount; ++i) {
      auto f = static_cast<CostFunction>(i);
      const CostEntry& entry = Lookup(version, f);
      if (!entry.defined) continue;
      defined.insert(std::string(CostFunctionName(f)));
      EXPECT_TRUE(Evaluate(version, f, 1)) << CostVersionName(version) << " " << CostFunctionName(f);
    }
    EXPECT_EQ(defined.size(), count) << CostVersionName(version);
    for (const auto& name : previous) EXPECT_TRUE(defined.count(name)) << CostVersionName(version) << " " << name;
    previous = defined;
  }
  // What no boot contract defines: the reference's costs-5-only functions and its "unimplemented" marker.
  std::set<std::string> nowhere;
  for (std::size_t i = 0; i < kCostFunctionCount; ++i) {
    auto f = static_cast<CostFunction>(i);
    if (!Lookup(CostVersion::kCosts4, f).defined) nowhere.insert(std::string(CostFunctionName(f)));
  }
  EXPECT_EQ(nowhere, (std::set<std::string>{"cost_verify_merkle_proof", "cost_get_bitcoin_tx_output",
                                            "cost_ed25519verify", "cost_secp256k1decompress", "cost_unimplemented"}));
}

TEST_F(CostTableTest, VersionPerEpoch) {
  EXPECT_EQ(CostVersionForEpoch(Epoch::k10, true).error().code, util::ErrorCode::kFailedPrecondition);
  EXPECT_EQ(*CostVersionForEpoch(Epoch::k20, true), CostVersion::kCosts1);
  EXPECT_EQ(*CostVersionForEpoch(Epoch::k20, false), CostVersion::kCosts1);
  EXPECT_EQ(*CostVersionForEpoch(Epoch::k2_05, true), CostVersion::kCosts2);
  EXPECT_EQ(*CostVersionForEpoch(Epoch::k2_05, false), CostVersion::kCosts2Testnet);
  for (auto e : {Epoch::k21, Epoch::k22, Epoch::k23, Epoch::k24, Epoch::k25, Epoch::k30, Epoch::k31, Epoch::k32}) {
    EXPECT_EQ(*CostVersionForEpoch(e, true), CostVersion::kCosts3);
    EXPECT_EQ(*CostVersionForEpoch(e, false), CostVersion::kCosts3);
  }
  EXPECT_EQ(*CostVersionForEpoch(Epoch::k33, true), CostVersion::kCosts4);
  EXPECT_EQ(*CostVersionForEpoch(Epoch::k34, false), CostVersion::kCosts4);
  EXPECT_EQ(*CostVersionForEpoch(Epoch::k40, true), CostVersion::kCosts5);
  EXPECT_EQ(*CostVersionForEpoch(Epoch::k40, false), CostVersion::kCosts5);
  EXPECT_EQ(*CostVersionForEpoch(Epoch::k41, true), CostVersion::kCosts5);
  EXPECT_EQ(CostVersionName(CostVersion::kCosts2Testnet), "costs-2-testnet");
}

}  // namespace
}  // namespace stacks::clarity::costs
