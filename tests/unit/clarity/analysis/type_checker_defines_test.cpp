// The type checker on each define form: what it records in ContractAnalysis, and the reference's error for each
// malformed or ill-typed definition.
#include <gtest/gtest.h>

#include "type_checker_test_util.h"

namespace stacks::clarity::analysis {
namespace {

using common::ClarityVersion;
using common::StacksEpochId;
using type_check_testing::Check;
using type_check_testing::CheckOptions;
using type_check_testing::VariantTextOf;

TypeSignature T(std::string_view text) {
  // A few types the tests name, built directly.
  if (text == "int") return TypeSignature::Int();
  if (text == "uint") return TypeSignature::UInt();
  if (text == "bool") return TypeSignature::Bool();
  if (text == "principal") return TypeSignature::Principal();
  std::abort();
}

TEST(TypeCheckerDefinesTest, ConstantRecordsItsType) {
  auto c = Check("(define-constant a (+ 1 2)) (define-constant b (list u1 u2)) (define-constant n none)");
  ASSERT_TRUE(c.status) << c.status.error().message;
  EXPECT_EQ(c.analysis.variable_types.at("a"), T("int"));
  EXPECT_EQ(c.analysis.variable_types.at("b").ToString(), "(list 2 uint)");
  // An indeterminate none is a legal constant.
  EXPECT_EQ(c.analysis.variable_types.at("n").ToString(), "(optional UnknownType)");
}

TEST(TypeCheckerDefinesTest, ConstantErrors) {
  EXPECT_EQ(VariantTextOf(Check("(define-constant a 1) (define-constant a 2)")), "NameAlreadyUsed(a)");
  EXPECT_EQ(VariantTextOf(Check("(define-constant a)")), "IncorrectArgumentCount(2, 1)");
  EXPECT_EQ(VariantTextOf(Check("(define-constant a 1 2)")), "IncorrectArgumentCount(2, 3)");
  EXPECT_EQ(VariantTextOf(Check("(define-constant 1 2)")), "ExpectedName");
  EXPECT_EQ(VariantTextOf(Check("(define-constant a (+ 1 u1))")), "TypeError(int, uint)");
  EXPECT_EQ(VariantTextOf(Check("(define-constant a b)")), "UndefinedVariable(b)");
  // The value is checked before the name, as in the reference.
  EXPECT_EQ(VariantTextOf(Check("(define-constant a 1) (define-constant a (+ 1 u1))")), "TypeError(int, uint)");
}

TEST(TypeCheckerDefinesTest, BlockHeightIsReservedFromClarity3) {
  CheckOptions v2{.epoch = StacksEpochId::k25, .version = ClarityVersion::kClarity2};
  EXPECT_TRUE(Check("(define-constant block-height u1)", v2).status);
  EXPECT_EQ(VariantTextOf(Check("(define-constant block-height u1)")), "ReservedWord(block-height)");
  EXPECT_EQ(VariantTextOf(Check("(define-private (f (block-height uint)) block-height)")),
            "ReservedWord(block-height)");
  EXPECT_EQ(VariantTextOf(Check("(define-data-var block-height uint u1)")), "ReservedWord(block-height)");
}

TEST(TypeCheckerDefinesTest, DataVar) {
  auto c = Check("(define-data-var counter uint u0) (define-data-var owner (optional principal) none)");
  ASSERT_TRUE(c.status) << c.status.error().message;
  EXPECT_EQ(c.analysis.persisted_variable_types.at("counter"), T("uint"));
  EXPECT_EQ(c.analysis.persisted_variable_types.at("owner").ToString(), "(optional principal)");

  EXPECT_EQ(VariantTextOf(Check("(define-data-var v int u1)")), "TypeError(int, uint)");
  EXPECT_EQ(VariantTextOf(Check("(define-data-var v (list 2 int) (list 1 2 3))")),
            "TypeError((list 2 int), (list 3 int))");
  EXPECT_EQ(VariantTextOf(Check("(define-data-var v bogus 1)")), "DefineVariableBadSignature");
  EXPECT_EQ(VariantTextOf(Check("(define-data-var v (buff 1048577) 0x)")), "DefineVariableBadSignature");
  EXPECT_EQ(VariantTextOf(Check("(define-data-var v int)")), "IncorrectArgumentCount(3, 2)");
  EXPECT_EQ(VariantTextOf(Check("(define-data-var v int 1) (define-map v int int)")), "NameAlreadyUsed(v)");
}

TEST(TypeCheckerDefinesTest, Map) {
  auto c = Check("(define-map balances principal {amount: uint, memo: (optional (buff 34))})");
  ASSERT_TRUE(c.status) << c.status.error().message;
  const auto& [key, value] = c.analysis.map_types.at("balances");
  EXPECT_EQ(key, T("principal"));
  EXPECT_EQ(value.ToString(), "(tuple (amount uint) (memo (optional (buff 34))))");

  EXPECT_EQ(VariantTextOf(Check("(define-map m int)")), "IncorrectArgumentCount(3, 2)");
  EXPECT_EQ(VariantTextOf(Check("(define-map m int (foo 1))")), "BadMapTypeDefinition");
  EXPECT_EQ(VariantTextOf(Check("(define-map m {a: int, a: uint} int)")), "BadMapTypeDefinition");
  EXPECT_EQ(VariantTextOf(Check("(define-map m (list -1 int) int)")), "BadMapTypeDefinition");
  EXPECT_EQ(VariantTextOf(Check("(define-map 5 int int)")), "ExpectedName");
}

TEST(TypeCheckerDefinesTest, Tokens) {
  auto c = Check(
      "(define-fungible-token gold) (define-fungible-token silver u100) "
      "(define-non-fungible-token badge {id: uint})");
  ASSERT_TRUE(c.status) << c.status.error().message;
  EXPECT_TRUE(c.analysis.fungible_tokens.contains("gold"));
  EXPECT_TRUE(c.analysis.fungible_tokens.contains("silver"));
  EXPECT_EQ(c.analysis.non_fungible_tokens.at("badge").ToString(), "(tuple (id uint))");

  EXPECT_EQ(VariantTextOf(Check("(define-fungible-token t 5)")), "TypeError(uint, int)");
  EXPECT_EQ(VariantTextOf(Check("(define-fungible-token t u1 u2)")), "IncorrectArgumentCount(1, 3)");
  EXPECT_EQ(VariantTextOf(Check("(define-fungible-token)")), "RequiresAtLeastArguments(1, 0)");
  EXPECT_EQ(VariantTextOf(Check("(define-non-fungible-token n (foo 1))")), "DefineNFTBadSignature");
  EXPECT_EQ(VariantTextOf(Check("(define-non-fungible-token n)")), "IncorrectArgumentCount(2, 1)");
  EXPECT_EQ(VariantTextOf(Check("(define-fungible-token t) (define-non-fungible-token t int)")), "NameAlreadyUsed(t)");
}

TEST(TypeCheckerDefinesTest, FunctionsRecordArgumentsAndReturns) {
  auto c = Check(
      "(define-private (add (a int) (b int)) (+ a b))"
      "(define-read-only (get-it (k uint)) (some k))"
      "(define-public (go (x uint)) (if (> x u1) (ok x) (err u1)))");
  ASSERT_TRUE(c.status) << c.status.error().message;
  const FixedFunction& add = c.analysis.private_function_types.at("add");
  ASSERT_EQ(add.args.size(), 2u);
  EXPECT_EQ(add.args[0].name, "a");
  EXPECT_EQ(add.args[0].type, T("int"));
  EXPECT_EQ(add.returns, T("int"));
  EXPECT_EQ(c.analysis.read_only_function_types.at("get-it").returns.ToString(), "(optional uint)");
  EXPECT_EQ(c.analysis.public_function_types.at("go").returns.ToString(), "(response uint uint)");
}

TEST(TypeCheckerDefinesTest, FunctionErrors) {
  EXPECT_EQ(VariantTextOf(Check("(define-public (f) 1)")), "PublicFunctionMustReturnResponse(int)");
  EXPECT_EQ(VariantTextOf(Check("(define-public (f) (some 1))")), "PublicFunctionMustReturnResponse((optional int))");
  EXPECT_EQ(VariantTextOf(Check("(define-private (f (a int)) (+ a u1))")), "TypeError(int, uint)");
  EXPECT_EQ(VariantTextOf(Check("(define-private f 1)")), "DefineFunctionBadSignature");
  EXPECT_EQ(VariantTextOf(Check("(define-private () 1)")), "RequiresAtLeastArguments(1, 0)");
  EXPECT_EQ(VariantTextOf(Check("(define-private (1 (a int)) a)")), "BadFunctionName");
  EXPECT_EQ(VariantTextOf(Check("(define-private (f a) a)")), "BadSyntaxBinding(NotList(Eval, 0))");
  EXPECT_EQ(VariantTextOf(Check("(define-private (f (a int) (b)) a)")), "BadSyntaxBinding(InvalidLength(Eval, 1))");
  EXPECT_EQ(VariantTextOf(Check("(define-private (f (1 int)) 1)")), "BadSyntaxBinding(NotAtom(Eval, 0))");
  EXPECT_EQ(VariantTextOf(Check("(define-private (f (a integer)) a)")), "UnknownTypeName(integer)");
  EXPECT_EQ(VariantTextOf(Check("(define-constant a 1) (define-private (f (a int)) a)")), "NameAlreadyUsed(a)");
  EXPECT_EQ(VariantTextOf(Check("(define-private (f) 1) (define-public (f) (ok 1))")), "NameAlreadyUsed(f)");
  EXPECT_EQ(VariantTextOf(Check("(define-private (f) 1 2)")), "IncorrectArgumentCount(2, 3)");
}

TEST(TypeCheckerDefinesTest, CallsCheckArgumentTypesButNotTheirCount) {
  // As the reference's type_check_function_application: each argument given is checked against its parameter; a
  // wrong count fails only at run time.
  EXPECT_TRUE(Check("(define-private (f (a int)) a) (f 1 2)").status);
  EXPECT_TRUE(Check("(define-private (f (a int) (b int)) a) (f 1)").status);
  EXPECT_EQ(VariantTextOf(Check("(define-private (f (a int)) a) (f u1)")), "TypeError(int, uint)");
  EXPECT_EQ(VariantTextOf(Check("(g 1)")), "UnknownFunction(g)");
}

TEST(TypeCheckerDefinesTest, RepeatedParameterTakesTheLastType) {
  // Parameters are bound one after the other in one scope; a repeated name is not refused by the type checker.
  auto c = Check("(define-private (f (a int) (a uint)) a)");
  ASSERT_TRUE(c.status) << c.status.error().message;
  EXPECT_EQ(c.analysis.private_function_types.at("f").returns, T("uint"));
}

TEST(TypeCheckerDefinesTest, ReadOnlyNamesAreNotAmongTheCheckedNames) {
  // The reference's check_name_used does not look at read-only functions.
  EXPECT_TRUE(Check("(define-read-only (g) 1) (define-constant g 2)").status);
  EXPECT_EQ(VariantTextOf(Check("(define-public (g) (ok 1)) (define-constant g 2)")), "NameAlreadyUsed(g)");
}

TEST(TypeCheckerDefinesTest, EarlyExitsMustAgreeWithTheBody) {
  EXPECT_EQ(VariantTextOf(Check("(define-private (f (x (optional int))) (begin (unwrap! x u1) 2))")),
            "ReturnTypesMustMatch(uint, int)");
  EXPECT_EQ(VariantTextOf(Check("(define-private (f (x (response int uint))) (begin (try! x) (err 1)))")),
            "ReturnTypesMustMatch((response UnknownType uint), (response UnknownType int))");
  EXPECT_EQ(VariantTextOf(Check("(define-private (f (x bool)) (begin (asserts! x u1) (asserts! x 2) u3))")),
            "ReturnTypesMustMatch(uint, int)");

  auto c = Check(
      "(define-public (f (x bool) (r (response int uint))) (begin (asserts! x (err u1)) (ok (try! r))))"
      "(define-private (g (o (optional (buff 2)))) (begin (unwrap! o (some 0x0102)) none))");
  ASSERT_TRUE(c.status) << c.status.error().message;
  EXPECT_EQ(c.analysis.public_function_types.at("f").returns.ToString(), "(response int uint)");
  // The exits and the body unify to the longer buffer.
  EXPECT_EQ(c.analysis.private_function_types.at("g").returns.ToString(), "(optional (buff 2))");
}

TEST(TypeCheckerDefinesTest, EarlyExitOutsideAFunctionIsAnyType) {
  EXPECT_TRUE(Check("(begin (unwrap! (some 1) u1) (unwrap! (some 2) 3))").status);
  EXPECT_TRUE(Check("(define-constant a (asserts! true 5))").status);
}

TEST(TypeCheckerDefinesTest, ReturnTypeIsConcretized) {
  auto c = Check("(define-private (f (x bool)) (if x 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.a .b))");
  ASSERT_TRUE(c.status) << c.status.error().message;
  EXPECT_EQ(c.analysis.private_function_types.at("f").returns, T("principal"));
}

TEST(TypeCheckerDefinesTest, TooManyParametersFromEpoch33) {
  std::string params;
  for (int i = 0; i < 257; ++i) params += " (a" + std::to_string(i) + " int)";
  const std::string source = "(define-private (f" + params + ") 1)";
  CheckOptions e32{.epoch = StacksEpochId::k32, .version = ClarityVersion::kClarity3};
  EXPECT_TRUE(Check(source, e32).status);
  CheckOptions e33{.epoch = StacksEpochId::k33, .version = ClarityVersion::kClarity3};
  EXPECT_EQ(VariantTextOf(Check(source, e33)), "TooManyFunctionParameters(257, 256)");
}

TEST(TypeCheckerDefinesTest, DefineTrait) {
  auto c = Check(
      "(define-trait token ((transfer (uint principal) (response bool uint)) (name () (response "
      "(string-ascii 32) uint))))");
  ASSERT_TRUE(c.status) << c.status.error().message;
  const TraitDefinition& trait = c.analysis.defined_traits.at("token");
  ASSERT_EQ(trait.size(), 2u);
  EXPECT_EQ(trait.at("transfer").args.size(), 2u);
  EXPECT_EQ(trait.at("name").returns.ToString(), "(response (string-ascii 32) uint)");

  EXPECT_EQ(VariantTextOf(Check("(define-trait t ((f (int) int)))")), "DefineTraitBadSignature");
  EXPECT_EQ(VariantTextOf(Check("(define-trait t ((f (int))))")), "InvalidTypeDescription");
  EXPECT_EQ(VariantTextOf(Check("(define-trait t ((f (foo) (response int int))))")), "UnknownTypeName(foo)");
  EXPECT_EQ(VariantTextOf(Check("(define-trait t ((f () (response int int)) (f (int) (response int int))))")),
            "DefineTraitDuplicateMethod(f)");
  // Clarity 1 keeps the last of two methods of one name.
  CheckOptions v1{.epoch = StacksEpochId::k21, .version = ClarityVersion::kClarity1};
  auto c1 = Check("(define-trait t ((f () (response int int)) (f (int) (response int int))))", v1);
  ASSERT_TRUE(c1.status) << c1.status.error().message;
  EXPECT_EQ(c1.analysis.defined_traits.at("t").at("f").args.size(), 1u);
}

TEST(TypeCheckerDefinesTest, TraitNamesAreCheckedFromClarity3) {
  CheckOptions v2{.epoch = StacksEpochId::k25, .version = ClarityVersion::kClarity2};
  const std::string source = "(define-constant t 1) (define-trait t ((f () (response int int))))";
  EXPECT_TRUE(Check(source, v2).status);
  EXPECT_EQ(VariantTextOf(Check(source)), "NameAlreadyUsed(t)");
  // A name used by a trait is taken for later definitions in every version.
  EXPECT_EQ(VariantTextOf(Check("(define-trait t ((f () (response int int)))) (define-constant t 1)", v2)),
            "NameAlreadyUsed(t)");
}

TEST(TypeCheckerDefinesTest, ImplTraitIsRecorded) {
  const std::string source = "(impl-trait 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.defs.tr)";
  auto c = Check(source);
  ASSERT_TRUE(c.status) << c.status.error().message;
  ASSERT_EQ(c.analysis.implemented_traits.size(), 1u);
  EXPECT_EQ(c.analysis.implemented_traits.begin()->ToString(), "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.defs.tr");
}

}  // namespace
}  // namespace stacks::clarity::analysis
