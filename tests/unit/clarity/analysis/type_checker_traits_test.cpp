// The type checker on traits: trait parameters and casts between traits (Clarity 2) or their absence (Clarity 1),
// traits inside compound types, contract principals passed as traits, use-trait and contract-call? through other
// contracts' analyses, and the costs of reading traits and contracts. Most cases are the reference's own
// (type_checker/v2_1/tests/contracts.rs), with the errors it expects.
#include <gtest/gtest.h>

#include "type_checker_test_util.h"

namespace stacks::clarity::analysis {
namespace {

using common::ClarityVersion;
using common::StacksEpochId;
using type_check_testing::Check;
using type_check_testing::CheckOptions;
using type_check_testing::MapAnalysisDb;
using type_check_testing::VariantTextOf;

const CheckOptions kClarity1{.epoch = StacksEpochId::k21, .version = ClarityVersion::kClarity1};
const CheckOptions kClarity2{.epoch = StacksEpochId::k21, .version = ClarityVersion::kClarity2};

// A trait of the contract under test ("test").
std::string Trait(std::string_view name) {
  return "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.test." + std::string(name);
}

struct Expectation {
  std::string clarity2;  ///< The error in Clarity 2, or "" for success.
  std::string clarity1;
};

void ExpectBoth(std::string_view source, const Expectation& expected) {
  EXPECT_EQ(VariantTextOf(Check(source, kClarity2)), expected.clarity2) << "Clarity 2: " << source;
  EXPECT_EQ(VariantTextOf(Check(source, kClarity1)), expected.clarity1) << "Clarity 1: " << source;
}

constexpr std::string_view kTrait1 = "(define-trait trait-1 ((echo (uint) (response uint uint))))";
constexpr std::string_view kTrait2 = "(define-trait trait-2 ((echo (uint) (response uint uint))))";

TEST(TypeCheckerTraitsTest, SameTraitPasses) {
  ExpectBoth(
      "(define-trait trait-1 ((get-1 (uint) (response uint uint))))"
      "(define-public (wrapped-get-1 (contract <trait-1>)) (internal-get-1 contract))"
      "(define-public (internal-get-1 (contract <trait-1>)) (contract-call? contract get-1 u1))",
      {"", ""});
}

TEST(TypeCheckerTraitsTest, CompatibleTraitCastsOnlyFromClarity2) {
  const std::string source = std::string(kTrait1) + std::string(kTrait2) +
                             "(define-public (wrapped-echo (contract <trait-1>)) (internal-echo contract))"
                             "(define-public (internal-echo (contract <trait-2>)) (ok true))";
  ExpectBoth(source, {"", "TypeError(<" + Trait("trait-2") + ">, <" + Trait("trait-1") + ">)"});
}

TEST(TypeCheckerTraitsTest, PrincipalIsNotATrait) {
  const std::string error = "TypeError(<" + Trait("trait-1") + ">, principal)";
  ExpectBoth(
      "(define-trait trait-1 ((get-1 (uint) (response uint uint))))"
      "(define-public (wrapped-get-1 (contract principal)) (internal-get-1 contract))"
      "(define-public (internal-get-1 (contract <trait-1>)) (contract-call? contract get-1 u1))",
      {error, error});
}

TEST(TypeCheckerTraitsTest, IncompatibleTraits) {
  const std::string incompatible = "IncompatibleTrait(" + Trait("trait-2") + ", " + Trait("trait-1") + ")";
  const std::string type_error = "TypeError(<" + Trait("trait-2") + ">, <" + Trait("trait-1") + ">)";
  const std::string call =
      "(define-public (wrapped (contract <trait-1>)) (internal contract))"
      "(define-public (internal (contract <trait-2>)) (ok true))";
  // Another method; an argument of another type; another number of arguments (both ways); another return type.
  for (std::string_view trait2 : {"(define-trait trait-2 ((get-2 (uint) (response uint uint))))",
                                  "(define-trait trait-2 ((echo (int) (response uint uint))))",
                                  "(define-trait trait-2 ((echo (uint uint) (response uint uint))))",
                                  "(define-trait trait-2 ((echo () (response uint uint))))",
                                  "(define-trait trait-2 ((echo (uint) (response int uint))))"}) {
    ExpectBoth(std::string(kTrait1) + std::string(trait2) + call, {incompatible, type_error});
  }
}

TEST(TypeCheckerTraitsTest, TraitsInsideCompoundTypes) {
  const std::string trait12 =
      "(define-trait trait-12 ((get-1 (uint) (response uint uint)) (get-2 (uint) (response uint uint))))";
  const std::string internal =
      "(define-public (internal-get-1 (opt-contract (optional <trait-12>)))"
      "  (match opt-contract contract (contract-call? contract get-1 u1) (err u1)))";
  ExpectBoth(trait12 + "(define-public (wrapped (contract <trait-12>)) (internal-get-1 (some contract)))" + internal,
             {"", "TraitReferenceUnknown(contract)"});
  // (optional <trait-1>) where (optional <trait-12>) is expected: trait-1 lacks get-2.
  ExpectBoth(
      "(define-trait trait-1 ((get-1 (uint) (response uint uint))))" + trait12 +
          "(define-public (wrapped (contract <trait-1>)) (outer (some contract)))"
          "(define-public (outer (opt-contract (optional <trait-12>))) (internal-get-1 opt-contract))" +
          internal,
      {"IncompatibleTrait(" + Trait("trait-12") + ", " + Trait("trait-1") + ")", "TraitReferenceUnknown(contract)"});
}

TEST(TypeCheckerTraitsTest, TraitsBoundByLet) {
  ExpectBoth(
      std::string(kTrait1) + "(define-public (let-echo (t <trait-1>)) (let ((t1 t)) (contract-call? t1 echo u42)))",
      {"", "TraitReferenceUnknown(t1)"});
  ExpectBoth(std::string(kTrait1) +
                 "(define-private (foo (a (response (optional <trait-1>) uint))) (ok true))"
                 "(define-public (let-echo (t <trait-1>))"
                 "  (let ((t1 t)) (let ((t2-opt (some t1))) (let ((t3-res (ok t2-opt)))"
                 "    (let ((t4 (unwrap! (unwrap! t3-res (err u1)) (err u2)))) (contract-call? t4 echo u23))))))",
             {"", "TraitReferenceUnknown(t4)"});
}

TEST(TypeCheckerTraitsTest, TraitArgumentsOfTraitMethods) {
  const std::string traits12 = std::string(kTrait1) +
                               "(define-trait trait-2 ((echo (uint) (response uint uint)) "
                               "(foo (uint) (response uint uint))))"
                               "(define-trait trait-a ((echo (<trait-1>) (response uint uint))))"
                               "(define-trait trait-b ((echo (<trait-2>) (response uint uint))))";
  // trait-b's echo takes a trait-2, which is also a trait-1: trait-b may be used as a trait-a, not the reverse.
  ExpectBoth(
      traits12 +
          "(define-public (wrapped-echo (contract <trait-b>) (callee <trait-1>)) (internal-echo contract callee))"
          "(define-public (internal-echo (contract <trait-a>) (callee <trait-1>)) "
          "(contract-call? contract echo callee))",
      {"", "TypeError(<" + Trait("trait-a") + ">, <" + Trait("trait-b") + ">)"});
  ExpectBoth(
      traits12 +
          "(define-public (wrapped-echo (contract <trait-a>) (callee <trait-2>)) (internal-echo contract callee))"
          "(define-public (internal-echo (contract <trait-b>) (callee <trait-2>)) "
          "(contract-call? contract echo callee))",
      {"IncompatibleTrait(" + Trait("trait-b") + ", " + Trait("trait-a") + ")",
       "TypeError(<" + Trait("trait-b") + ">, <" + Trait("trait-a") + ">)"});
}

TEST(TypeCheckerTraitsTest, SubtraitAndBack) {
  ExpectBoth(std::string(kTrait1) +
                 "(define-trait trait-2 ((echo (uint) (response uint uint)) (foo (uint) (response uint uint))))"
                 "(define-private (foo-0 (c <trait-2>)) (foo-1 c))"
                 "(define-private (foo-1 (c <trait-1>)) (foo-2 c))"
                 "(define-private (foo-2 (c <trait-2>)) true)",
             {"IncompatibleTrait(" + Trait("trait-2") + ", " + Trait("trait-1") + ")",
              "TypeError(<" + Trait("trait-2") + ">, <" + Trait("trait-1") + ">)"});
}

TEST(TypeCheckerTraitsTest, DuplicateMethodIsRefusedFromClarity2) {
  ExpectBoth("(define-trait double-method ((foo (uint) (response uint uint)) (foo (bool) (response bool bool))))",
             {"DefineTraitDuplicateMethod(foo)", ""});
}

TEST(TypeCheckerTraitsTest, ListOfTraitsToMap) {
  ExpectBoth(
      "(define-trait token-trait ((echo (uint) (response uint uint))))"
      "(define-public (send-many (data (list 10 {amount: uint, sender: principal, recipient: principal})) "
      "(token <token-trait>)) (ok (map my-iter data (list token token token))))"
      "(define-private (my-iter (data {amount: uint, sender: principal, recipient: principal}) "
      "(token <token-trait>)) (contract-call? token echo u5))",
      {"", ""});
}

TEST(TypeCheckerTraitsTest, IfArmsOfTwoTraits) {
  const std::string error = "IfArmsMustMatch(<" + Trait("trait-1") + ">, <" + Trait("trait-2") + ">)";
  for (std::string_view trait2 : {"(define-trait trait-2 ((foo (uint) (response uint uint))))",
                                  "(define-trait trait-2 ((echo (uint) (response uint uint)) "
                                  "(foo (uint) (response uint uint))))"}) {
    ExpectBoth(std::string(kTrait1) + std::string(trait2) +
                   "(define-public (foo (contract-1 <trait-1>) (contract-2 <trait-2>))"
                   "  (let ((to-invoke (if (> 1 2) contract-1 contract-2))) (contract-call? to-invoke method)))",
               {error, error});
  }
}

// --- Traits of other contracts ---------------------------------------------------------------------------------

constexpr std::string_view kMathTrait =
    "(define-trait math ((add (uint uint) (response uint uint)) (sub (uint uint) (response uint uint))))"
    "(define-trait empty ())";
constexpr std::string_view kImplMath =
    "(define-read-only (add (x uint) (y uint)) (ok (+ x y))) (define-read-only (sub (x uint) (y uint)) (ok (- x y)))";

class TraitDbTest : public ::testing::Test {
 protected:
  void Deploy(std::string_view name, std::string_view source, const CheckOptions& base = {}) {
    CheckOptions options = base;
    options.name = std::string(name);
    auto c = Check(source, db, options);
    ASSERT_TRUE(c.status) << name << ": " << c.status.error().message;
    db.Insert(std::move(c.analysis));
  }
  void SetUp() override {
    Deploy("defs", kMathTrait);
    Deploy("impl", kImplMath);
    Deploy("partial", "(define-read-only (add (x uint) (y uint)) (ok (+ x y)))");
    Deploy("impl3", std::string(kImplMath) + "(define-public (mul (x uint) (y uint)) (ok (* x y)))");
  }
  MapAnalysisDb db;
};

TEST_F(TraitDbTest, UseTrait) {
  auto c = Check("(use-trait m .defs.math) (define-public (go (c <m>)) (contract-call? c add u1 u2))", db);
  ASSERT_TRUE(c.status) << c.status.error().message;
  EXPECT_EQ(c.analysis.public_function_types.at("go").returns.ToString(), "(response uint uint)");
  // An imported trait is not one the contract defines (Clarity 2); Clarity 1 keeps it under its own name.
  EXPECT_TRUE(c.analysis.defined_traits.empty());
  auto c1 = Check("(use-trait m .defs.math)", db, kClarity1);
  ASSERT_TRUE(c1.status) << c1.status.error().message;
  EXPECT_TRUE(c1.analysis.defined_traits.contains("math"));

  EXPECT_EQ(VariantTextOf(Check("(use-trait m .defs.nope)", db)), "TraitReferenceUnknown(m)");
  EXPECT_EQ(VariantTextOf(Check("(use-trait m .nowhere.math)", db)),
            "NoSuchContract(ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.nowhere)");
  EXPECT_EQ(
      VariantTextOf(Check("(use-trait m .defs.math) (define-public (go (c <m>)) (contract-call? c mul u1 u2))", db)),
      "TraitMethodUnknown(math, mul)");
  EXPECT_EQ(
      VariantTextOf(Check("(use-trait m .defs.math) (define-public (go (c <m>)) (contract-call? c add 1 u2))", db)),
      "TypeError(uint, int)");
  EXPECT_EQ(VariantTextOf(Check("(use-trait m .defs.math) (define-public (go) (contract-call? c add u1 u2))", db)),
            "TraitReferenceUnknown(c)");
  // The alias takes its name from later definitions in every version (in Clarity 1 the trait's own name); only
  // from Clarity 3 must the alias itself be a free name.
  EXPECT_EQ(VariantTextOf(Check("(use-trait m .defs.math) (define-constant m 1)", db, kClarity2)),
            "NameAlreadyUsed(m)");
  EXPECT_EQ(VariantTextOf(Check("(use-trait m .defs.math) (define-constant math 1)", db, kClarity1)),
            "NameAlreadyUsed(math)");
  EXPECT_TRUE(Check("(define-constant m 1) (use-trait m .defs.math)", db, kClarity2).status);
  EXPECT_EQ(VariantTextOf(Check("(define-constant m 1) (use-trait m .defs.math)", db)), "NameAlreadyUsed(m)");
}

TEST_F(TraitDbTest, ContractLiteralsAsTraits) {
  const std::string use = "(use-trait m .defs.math) (define-public (use (c <m>)) (ok true))";
  EXPECT_TRUE(Check(use + "(define-public (go) (use .impl))", db).status);
  EXPECT_TRUE(Check(use + "(define-public (go) (use .impl3))", db).status);
  EXPECT_EQ(VariantTextOf(Check(use + "(define-public (go) (use .partial))", db)), "BadTraitImplementation(math, sub)");
  EXPECT_EQ(VariantTextOf(Check(use + "(define-public (go) (use .absent))", db)),
            "NoSuchContract(ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.absent)");
  EXPECT_EQ(VariantTextOf(Check(use + "(define-public (go) (use tx-sender))", db)),
            "TypeError(<ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.defs.math>, principal)");
  // Clarity 1 checks the literal against the trait directly.
  EXPECT_TRUE(Check(use + "(define-public (go) (use .impl))", db, kClarity1).status);
  EXPECT_EQ(VariantTextOf(Check(use + "(define-public (go) (use .partial))", db, kClarity1)),
            "BadTraitImplementation(math, sub)");
  // A list of contracts, or of contracts and a trait, where a list of traits is expected.
  const std::string take = "(use-trait m .defs.math) (define-public (take (t (list 4 <m>))) (ok true))";
  EXPECT_TRUE(Check(take + "(define-public (go) (take (list .impl .impl3)))", db).status);
  EXPECT_TRUE(Check(take + "(define-public (go (c <m>)) (take (list c .impl)))", db).status);
  EXPECT_EQ(VariantTextOf(Check(take + "(define-public (go) (take (list .impl .partial)))", db)),
            "BadTraitImplementation(math, sub)");
  // A constant holding a contract: its calls are static, and it may be passed as a trait.
  EXPECT_TRUE(Check("(define-constant p .impl) (define-public (go) (contract-call? p add u1 u2))", db).status);
  EXPECT_TRUE(Check(use + "(define-constant p .impl) (define-public (go) (use p))", db).status);
  EXPECT_EQ(VariantTextOf(Check("(define-constant p 1) (define-public (go) (contract-call? p add u1 u2))", db)),
            "ExpectedCallableType(int)");
}

TEST_F(TraitDbTest, TraitCasts) {
  const std::string both = "(use-trait empty .defs.empty) (use-trait math .defs.math)";
  EXPECT_TRUE(Check(both + "(define-public (use-empty (c <empty>)) (ok true)) (define-public (use-math (c <math>)) "
                           "(use-empty c))",
                    db)
                  .status);
  EXPECT_EQ(VariantTextOf(Check(both + "(define-public (use-math (c <math>)) (ok true)) (define-public (use-empty "
                                       "(c <empty>)) (use-math c))",
                                db)),
            "IncompatibleTrait(ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.defs.math, "
            "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.defs.empty)");
}

TEST_F(TraitDbTest, ContractOf) {
  const std::string use = "(use-trait m .defs.math)";
  auto c = Check(use + "(define-read-only (who (c <m>)) (contract-of c))", db);
  ASSERT_TRUE(c.status) << c.status.error().message;
  EXPECT_EQ(c.analysis.read_only_function_types.at("who").returns.ToString(), "principal");
  EXPECT_EQ(VariantTextOf(Check(use + "(define-read-only (who (c <m>)) (contract-of 1))", db)),
            "ContractOfExpectsTrait");
  EXPECT_EQ(VariantTextOf(Check(use + "(define-read-only (who) (contract-of c))", db)), "TraitReferenceUnknown(c)");
}

TEST_F(TraitDbTest, CostOfUseTrait) {
  // (use-trait m .defs.math): 4 nodes, storage runtime 2*4+94 = 102 (write_length 5, write_count 1, read_count 1,
  // read_length 1). The trait's size: add and sub each take two uints (1 + 1) and return (response uint uint) (3):
  // 10. use_trait_entry(10): runtime 9*10+698 = 788, write_length 11, read_count 1, read_length 11. bind_name(10):
  // 69. No expression is visited.
  auto c = Check("(use-trait m .defs.math)", db);
  ASSERT_TRUE(c.status) << c.status.error().message;
  EXPECT_EQ(c.cost, (costs::ExecutionCost{
                        .write_length = 16, .write_count = 1, .read_length = 12, .read_count = 2, .runtime = 959}));
  // A missing trait is still a read, charged at 1: 9+698 = 707 (write_length 2, read_count 1, read_length 2).
  auto missing = Check("(use-trait m .defs.nope)", db);
  ASSERT_FALSE(missing.status);
  EXPECT_EQ(missing.cost, (costs::ExecutionCost{
                              .write_length = 7, .write_count = 1, .read_length = 3, .read_count = 2, .runtime = 809}));
}

TEST_F(TraitDbTest, CostOfContractOf) {
  // 4 + 10 nodes (storage 2*14+94 = 122, write_length 15); use-trait 788 + 69; the body: a visit (1), contract-of's
  // own runtime cost, cost_contract_of at 1 (13400), principal (10); bind_name of who at 1 + 1 (61).
  auto c = Check("(use-trait m .defs.math) (define-read-only (who (c <m>)) (contract-of c))", db);
  ASSERT_TRUE(c.status) << c.status.error().message;
  EXPECT_EQ(c.cost, (costs::ExecutionCost{.write_length = 26,
                                          .write_count = 1,
                                          .read_length = 12,
                                          .read_count = 2,
                                          .runtime = 122 + 857 + 1 + 13400 + 10 + 61}));
}

TEST_F(TraitDbTest, CostOfAContractPassedAsATrait) {
  // fetch_contract_entry is charged at the callee's number of public and read-only functions (runtime n + 1516,
  // read_length n + 1): impl3 has one more than impl, and nothing else differs.
  const std::string use = "(use-trait m .defs.math) (define-public (use (c <m>)) (ok true))";
  auto two = Check(use + "(define-public (go) (use .impl))", db);
  auto three = Check(use + "(define-public (go) (use .impl3))", db);
  ASSERT_TRUE(two.status && three.status);
  EXPECT_EQ(three.cost.runtime - two.cost.runtime, 1u);
  EXPECT_EQ(three.cost.read_length - two.cost.read_length, 1u);
  EXPECT_EQ(three.cost.read_count, two.cost.read_count);
}

TEST_F(TraitDbTest, CostOfADynamicCall) {
  // (use-trait m .defs.math) (define-public (go (c <m>)) (contract-call? c add u1 u2)): 4 + 13 nodes, storage
  // runtime 2*17+94 = 128 (write_length 18, write_count 1, read_count 1, read_length 1). use-trait: 788 + 69 (as
  // above; write_length 11, read_count 1, read_length 11). The body: a visit (1); lookup_function (18);
  // lookup_function_types at add's size, 1 + 1 + 3 = 5 (5+26 = 31); u1 and u2 checked against uint (114 + 10 each);
  // the call's annotation at the size of (response uint uint), 3 (12): 310. bind_name of go at 3 + 1 (the trait
  // argument's type size): 63. Runtime 128 + 857 + 310 + 63 = 1358.
  auto c = Check("(use-trait m .defs.math) (define-public (go (c <m>)) (contract-call? c add u1 u2))", db);
  ASSERT_TRUE(c.status) << c.status.error().message;
  EXPECT_EQ(c.cost, (costs::ExecutionCost{
                        .write_length = 29, .write_count = 1, .read_length = 12, .read_count = 2, .runtime = 1358}));
}

}  // namespace
}  // namespace stacks::clarity::analysis
