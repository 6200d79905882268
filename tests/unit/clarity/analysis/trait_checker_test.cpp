// CheckImplementedTraits: impl-trait against the trait's definition in a deployed contract. The reference's cases
// (trait_checker/tests.rs: incomplete implementations, argument admission, mixing read-only and public methods,
// unknown traits) are re-expressed with the function types its type checker would give.
#include "clarity/analysis/trait_checker.h"

#include <gtest/gtest.h>

#include <string>

#include "analysis_fixture.h"
#include "test_util.h"

namespace stacks::clarity::analysis {
namespace {

using stacks::testing::ErrorOf;
using testing::Analysis;
using testing::Function;
using testing::MapAnalysisDb;
using testing::Ok;
using util::ErrorCode;

TypeSignature Resp(TypeSignature ok, TypeSignature err) { return Ok(TypeSignature::Response(ok, err)); }
TypeSignature Buff(uint32_t n) { return Ok(TypeSignature::Buffer(n)); }

class TraitCheckerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // (define-trait trait-1 ((get-1 (uint) (response uint uint)) (get-2 ((buff 10)) (response bool int))))
    ContractAnalysis definer = Analysis("", "definer");
    definer.defined_traits["trait-1"] = TraitDefinition{
        {"get-1", FunctionSignature{{TypeSignature::UInt()}, Resp(TypeSignature::UInt(), TypeSignature::UInt())}},
        {"get-2", FunctionSignature{{Buff(10)}, Resp(TypeSignature::Bool(), TypeSignature::Int())}},
    };
    m_db.Add(definer);
  }
  // An implementation of .definer.trait-1 whose functions the test adds.
  static ContractAnalysis Implementer() { return Analysis("(impl-trait .definer.trait-1)", "impl"); }
  std::string Check(const ContractAnalysis& a) {
    util::Status s = CheckImplementedTraits(a, m_db);
    return s ? "" : s.error().message;
  }
  MapAnalysisDb m_db;
};

TEST_F(TraitCheckerTest, AcceptsACompleteImplementation) {
  // test_complete_impl_trait and test_complete_impl_trait_mixing_readonly.
  ContractAnalysis a = Implementer();
  a.public_function_types["get-1"] =
      Function({{"x", TypeSignature::UInt()}}, Resp(TypeSignature::UInt(), TypeSignature::UInt()));
  a.read_only_function_types["get-2"] = Function({{"b", Buff(10)}}, Resp(TypeSignature::Bool(), TypeSignature::Int()));
  EXPECT_EQ(Check(a), "");
}

TEST_F(TraitCheckerTest, AcceptsWiderArgumentsAndNarrowerResults) {
  // test_impl_trait_arg_admission_2/3: an argument type that admits the trait's (a longer buffer) is fine, and so
  // is a result the trait's admits (an err side never returned).
  ContractAnalysis a = Implementer();
  a.public_function_types["get-1"] =
      Function({{"x", TypeSignature::UInt()}}, Resp(TypeSignature::UInt(), TypeSignature::NoType()));
  a.public_function_types["get-2"] = Function({{"b", Buff(20)}}, Resp(TypeSignature::Bool(), TypeSignature::Int()));
  EXPECT_EQ(Check(a), "");
}

TEST_F(TraitCheckerTest, RefusesMissingMethods) {
  // test_incomplete_impl_trait_1/2: the first method (by name) that is missing.
  ContractAnalysis a = Implementer();
  EXPECT_EQ(Check(a), "BadTraitImplementation(trait-1, get-1)");
  a.public_function_types["get-1"] =
      Function({{"x", TypeSignature::UInt()}}, Resp(TypeSignature::UInt(), TypeSignature::UInt()));
  EXPECT_EQ(Check(a), "BadTraitImplementation(trait-1, get-2)");
  // A private function does not implement a method.
  a.private_function_types["get-2"] = Function({{"b", Buff(10)}}, Resp(TypeSignature::Bool(), TypeSignature::Int()));
  EXPECT_EQ(Check(a), "BadTraitImplementation(trait-1, get-2)");
}

TEST_F(TraitCheckerTest, RefusesIncompatibleSignatures) {
  ContractAnalysis base = Implementer();
  base.public_function_types["get-2"] = Function({{"b", Buff(10)}}, Resp(TypeSignature::Bool(), TypeSignature::Int()));
  // test_impl_trait_arg_admission_1: a shorter buffer does not admit the trait's argument.
  ContractAnalysis narrow = base;
  narrow.public_function_types["get-2"] = Function({{"b", Buff(5)}}, Resp(TypeSignature::Bool(), TypeSignature::Int()));
  narrow.public_function_types["get-1"] =
      Function({{"x", TypeSignature::UInt()}}, Resp(TypeSignature::UInt(), TypeSignature::UInt()));
  EXPECT_EQ(Check(narrow), "BadTraitImplementation(trait-1, get-2)");
  // Another argument type, another count, a result the trait's does not admit.
  for (FixedFunction get1 :
       {Function({{"x", TypeSignature::Int()}}, Resp(TypeSignature::UInt(), TypeSignature::UInt())),
        Function({}, Resp(TypeSignature::UInt(), TypeSignature::UInt())),
        Function({{"x", TypeSignature::UInt()}, {"y", TypeSignature::UInt()}},
                 Resp(TypeSignature::UInt(), TypeSignature::UInt())),
        Function({{"x", TypeSignature::UInt()}}, Resp(TypeSignature::Int(), TypeSignature::UInt())),
        Function({{"x", TypeSignature::UInt()}}, TypeSignature::UInt())}) {
    ContractAnalysis a = base;
    a.public_function_types["get-1"] = get1;
    EXPECT_EQ(Check(a), "BadTraitImplementation(trait-1, get-1)");
  }
}

TEST_F(TraitCheckerTest, RefusesUnknownTraits) {
  // test_dynamic_dispatch_importing_non_existant_trait: the contract exists, the trait does not.
  EXPECT_EQ(Check(Analysis("(impl-trait .definer.trait-2)", "impl")), "TraitReferenceUnknown(trait-2)");
  // No such contract, including the contract itself (not stored until its analysis passes).
  EXPECT_EQ(Check(Analysis("(impl-trait .nowhere.trait-1)", "impl")), "TraitReferenceUnknown(trait-1)");
  EXPECT_EQ(Check(Analysis("(define-trait own ((f () (response bool bool)))) (impl-trait .impl.own)", "impl")),
            "TraitReferenceUnknown(own)");
  EXPECT_EQ(ErrorOf(CheckImplementedTraits(Analysis("(impl-trait .nowhere.t)", "impl"), m_db)).code,
            ErrorCode::kInvalidArgument);
}

TEST_F(TraitCheckerTest, ComparesTraitArgumentsAsCallables) {
  // A method taking a trait stored as a pre-2.1 trait reference is canonicalized to the callable trait the 2.1
  // type checker gives the implementation's argument.
  TraitIdentifier other{"other", testing::Contract("definer")};
  ContractAnalysis definer = m_db.analyses.begin()->second;
  definer.defined_traits["takes-trait"] =
      TraitDefinition{{"use", FunctionSignature{{TypeSignature::TraitReference(other)},
                                                Resp(TypeSignature::Bool(), TypeSignature::Bool())}}};
  m_db.Add(definer);
  ContractAnalysis a = Analysis("(impl-trait .definer.takes-trait)", "impl");
  a.public_function_types["use"] =
      Function({{"t", TypeSignature::CallableTrait(other)}}, Resp(TypeSignature::Bool(), TypeSignature::Bool()));
  EXPECT_EQ(Check(a), "");
}

TEST_F(TraitCheckerTest, ReadsTraitReferencesAsTheEpochDoes) {
  // The method takes a trait, stored by a contract of Epoch 2.05 as a trait reference type.
  TraitIdentifier other{"other", testing::Contract("definer")};
  ContractAnalysis definer = m_db.analyses.begin()->second;
  definer.defined_traits["takes-trait"] =
      TraitDefinition{{"use", FunctionSignature{{TypeSignature::TraitReference(other)},
                                                Resp(TypeSignature::Bool(), TypeSignature::Bool())}}};
  m_db.Add(definer);
  ContractAnalysis a = Analysis("(impl-trait .definer.takes-trait)", "impl");
  a.public_function_types["use"] =
      Function({{"t", TypeSignature::CallableTrait(other)}}, Resp(TypeSignature::Bool(), TypeSignature::Bool()));
  // Epoch 2.1 canonicalizes the stored trait reference; Epoch 2.2 does not (the reference keeps that regression),
  // so its callable-trait argument does not admit the method's.
  a.epoch = common::StacksEpochId::k21;
  EXPECT_EQ(Check(a), "");
  a.epoch = common::StacksEpochId::k22;
  EXPECT_EQ(Check(a), "BadTraitImplementation(takes-trait, use)");
  a.epoch = common::StacksEpochId::k23;
  EXPECT_EQ(Check(a), "");
  // In Epoch 2.05 both sides are trait references, compared as stored.
  ContractAnalysis old = Analysis("(impl-trait .definer.takes-trait)", "impl");
  old.epoch = common::StacksEpochId::k2_05;
  old.clarity_version = common::ClarityVersion::kClarity1;
  old.public_function_types["use"] =
      Function({{"t", TypeSignature::TraitReference(other)}}, Resp(TypeSignature::Bool(), TypeSignature::Bool()));
  EXPECT_EQ(Check(old), "");
  // admits_type_v2_0 has no rule for a callable type, which no 2.05 contract can have.
  old.public_function_types["use"] = a.public_function_types["use"];
  EXPECT_EQ(Check(old),
            "Unreachable(" + TypeSignature::CallableTrait(other).ToString() + " should not be used in 2.0)");
}

TEST_F(TraitCheckerTest, PassesDbErrorsThrough) {
  m_db.fail_with = util::Error{ErrorCode::kCorruption, "analysis: not JSON"};
  EXPECT_EQ(ErrorOf(CheckImplementedTraits(Implementer(), m_db)).code, ErrorCode::kCorruption);
  // Without implemented traits nothing is loaded.
  EXPECT_TRUE(CheckImplementedTraits(Analysis("(define-read-only (f) 1)", "x"), m_db).has_value());
}

}  // namespace
}  // namespace stacks::clarity::analysis
