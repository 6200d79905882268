// RunAnalysis: the passes in order over a parsed contract, the analysis stored only when all of them pass, and the
// analysis costs charged (or not) as asked.
#include "clarity/analysis/run_analysis.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "clarity/analysis/store_analysis_db.h"
#include "clarity/ast/build_ast.h"
#include "clarity/costs/cost_table.h"
#include "clarity/storage/memory_store.h"
#include "codec/stacks_address.h"

namespace stacks::clarity::analysis {
namespace {

using util::ErrorCode;

ContractIdentifier Contract(std::string_view name) {
  auto issuer = codec::StacksAddress::Parse("ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM");
  EXPECT_TRUE(issuer.has_value());
  return ContractIdentifier{*issuer, std::string(name)};
}

class RunAnalysisTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(m_stack.Nest()); }

  // Parses and analyses `source` as contract `name` in Epoch 3.0, Clarity 3, unless told otherwise (parser v1
  // before Epoch 2.1).
  util::Result<ContractAnalysis> Analyse(std::string_view name, std::string_view source, bool save = true,
                                         bool charge = true, common::StacksEpochId epoch = common::StacksEpochId::k30,
                                         common::ClarityVersion version = common::ClarityVersion::kClarity3) {
    ast::ParseOptions parse;
    parse.contract = Contract(name);
    if (epoch < common::StacksEpochId::k21) parse.parser = ast::ParserVersion::kV1;
    auto built = ast::BuildContractAst(source, parse, nullptr, costs::CostVersion::kCosts3);
    if (!built) return built.error();
    AnalysisOptions options;
    options.save = save;
    options.charge_costs = charge;
    options.epoch = epoch;
    options.clarity_version = version;
    return RunAnalysis(parse.contract, std::move(built->expressions), m_stack, m_tracker, options);
  }

  bool Stored(std::string_view name) {
    StoreAnalysisDb db(m_stack);
    auto has = db.HasAnalysis(Contract(name));
    EXPECT_TRUE(has.has_value());
    return has.has_value() && *has;
  }

  storage::MemoryStore m_store;
  storage::WriteStack m_stack{m_store};
  costs::CostTracker m_tracker{costs::BlockLimit(costs::Epoch::k30, costs::Network::kTestnet)};
};

TEST_F(RunAnalysisTest, StoresTheAnalysisOfAWellTypedContract) {
  auto analysis = Analyse("counter",
                          "(define-data-var n uint u0)\n"
                          "(define-public (incr) (begin (var-set n (+ (var-get n) u1)) (ok (var-get n))))\n"
                          "(define-read-only (get) (var-get n))\n");
  ASSERT_TRUE(analysis.has_value()) << analysis.error().message;
  EXPECT_EQ(analysis->public_function_types.count("incr"), 1u);
  EXPECT_EQ(analysis->read_only_function_types.count("get"), 1u);
  EXPECT_EQ(analysis->expressions.size(), 3u);
  EXPECT_TRUE(Stored("counter"));
  StoreAnalysisDb db(m_stack);
  auto loaded = db.LoadAnalysis(Contract("counter"));
  ASSERT_TRUE(loaded.has_value() && loaded->has_value());
  EXPECT_EQ((*loaded)->public_function_types, analysis->public_function_types);
}

TEST_F(RunAnalysisTest, ATypeErrorLeavesNothingStored) {
  auto analysis = Analyse("bad", "(define-public (f) (ok (+ 1 u1)))");
  ASSERT_FALSE(analysis.has_value());
  EXPECT_EQ(analysis.error().code, ErrorCode::kInvalidArgument);
  EXPECT_TRUE(analysis.error().message.starts_with("TypeError(")) << analysis.error().message;
  EXPECT_FALSE(Stored("bad"));
}

TEST_F(RunAnalysisTest, AReadOnlyFunctionThatWritesIsRefused) {
  auto analysis = Analyse("ro", "(define-data-var n int 0)\n(define-read-only (f) (var-set n 1))");
  ASSERT_FALSE(analysis.has_value());
  EXPECT_TRUE(analysis.error().message.starts_with("WriteAttemptedInReadOnly")) << analysis.error().message;
  EXPECT_FALSE(Stored("ro"));
}

TEST_F(RunAnalysisTest, AnIncompleteTraitImplementationIsRefused) {
  ASSERT_TRUE(Analyse("t", "(define-trait t ((get () (response uint uint))))").has_value());
  auto analysis = Analyse("impl", "(impl-trait .t.t)\n(define-public (other) (ok u1))");
  ASSERT_FALSE(analysis.has_value());
  EXPECT_TRUE(analysis.error().message.starts_with("BadTraitImplementation(t, get)")) << analysis.error().message;
  EXPECT_FALSE(Stored("impl"));
  EXPECT_TRUE(Analyse("impl2", "(impl-trait .t.t)\n(define-public (get) (ok u1))").has_value());
}

TEST_F(RunAnalysisTest, ASecondAnalysisOfOneContractIsRefused) {
  ASSERT_TRUE(Analyse("c", "(define-constant x 1)").has_value());
  auto again = Analyse("c", "(define-constant x 1)");
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, ErrorCode::kConsensusViolation);
  EXPECT_TRUE(again.error().message.starts_with("ContractAlreadyExists(")) << again.error().message;
}

TEST_F(RunAnalysisTest, WithoutSaveNothingIsStored) {
  ASSERT_TRUE(Analyse("checked", "(define-constant x 1)", /*save=*/false).has_value());
  EXPECT_FALSE(Stored("checked"));
}

TEST_F(RunAnalysisTest, ChargesAnalysisCostsOnlyWhenAsked) {
  ASSERT_TRUE(Analyse("free", "(define-read-only (f (x int)) (+ x 1))", true, /*charge=*/false).has_value());
  EXPECT_EQ(m_tracker.total().runtime, 0u);
  ASSERT_TRUE(Analyse("paid", "(define-read-only (f (x int)) (+ x 1))", true, /*charge=*/true).has_value());
  EXPECT_GT(m_tracker.total().runtime, 0u);
}

TEST_F(RunAnalysisTest, AContractOfEpoch205IsReadByLaterEpochs) {
  using common::StacksEpochId;
  constexpr auto v1 = common::ClarityVersion::kClarity1;
  // Stored with its traits' `<t1>` as trait reference types.
  auto defs = Analyse("defs",
                      "(define-trait t1 ((go () (response bool bool))))\n"
                      "(define-trait t2 ((use (<t1>) (response bool bool))))\n"
                      "(define-public (f (x <t1>)) (contract-call? x go))",
                      true, true, StacksEpochId::k2_05, v1);
  ASSERT_TRUE(defs.has_value()) << defs.error().message;
  StoreAnalysisDb db(m_stack);
  auto loaded = db.LoadAnalysis(Contract("defs"));
  ASSERT_TRUE(loaded.has_value() && loaded->has_value());
  EXPECT_EQ((*loaded)->defined_traits.at("t2").at("use").args[0].kind(), TypeSignature::Kind::kTraitReference);
  // The type checker reads them as callable traits from 2.1 in every epoch; the trait checker not in 2.2.
  const std::string impl = "(use-trait t1 .defs.t1)\n(impl-trait .defs.t2)\n(define-public (use (x <t1>)) (ok true))";
  EXPECT_TRUE(Analyse("impl21", impl, true, true, StacksEpochId::k21, v1).has_value());
  auto impl22 = Analyse("impl22", impl, true, true, StacksEpochId::k22, v1);
  ASSERT_FALSE(impl22.has_value());
  EXPECT_EQ(impl22.error().message, "BadTraitImplementation(t2, use)");
  const std::string pass_on = "(use-trait t1 .defs.t1)\n(define-public (g (x <t1>)) (contract-call? .defs f x))";
  EXPECT_TRUE(Analyse("pass22", pass_on, true, true, StacksEpochId::k22, v1).has_value());
  EXPECT_TRUE(Analyse("pass205", pass_on, true, true, StacksEpochId::k2_05, v1).has_value());
}

}  // namespace
}  // namespace stacks::clarity::analysis
