// CheckReadOnly: writes where none may happen, and what the checker refuses on the way. Cases from the reference's
// read_only_checker/tests.rs are re-expressed (the facts: which contracts are refused and with which kind).
#include "clarity/analysis/read_only_checker.h"

#include <gtest/gtest.h>

#include <string>

#include "analysis_fixture.h"
#include "test_util.h"

namespace stacks::clarity::analysis {
namespace {

using common::ClarityVersion;
using stacks::testing::ErrorOf;
using testing::Analysis;
using testing::MapAnalysisDb;
using util::ErrorCode;

class ReadOnlyCheckerTest : public ::testing::Test {
 protected:
  // "" when the contract passes, else the error message.
  std::string Check(std::string_view source, ClarityVersion version = ClarityVersion::kClarity3) {
    util::Status s = CheckReadOnly(Analysis(source, "me", version), m_db);
    return s ? "" : s.error().message;
  }
  std::string Variant(std::string_view source, ClarityVersion version = ClarityVersion::kClarity3) {
    std::string message = Check(source, version);
    return message.substr(0, message.find(" at "));
  }
  MapAnalysisDb m_db;
};

constexpr std::string_view kTokens = "(define-map tokens { account: principal } { balance: int })\n";

TEST_F(ReadOnlyCheckerTest, AcceptsReadOnlyFunctions) {
  EXPECT_EQ(Check(std::string(kTokens) +
                  "(define-read-only (balance) (get balance (map-get? tokens { account: tx-sender })))\n"
                  "(define-private (helper (x int)) (+ x 1))\n"
                  "(define-read-only (uses-helper) (helper (unwrap-panic (balance))))"),
            "");
  // Writes are fine outside read-only functions.
  EXPECT_EQ(Check(std::string(kTokens) +
                  "(define-public (mint) (begin (map-set tokens { account: tx-sender } { balance: 10 }) (ok 1)))\n"
                  "(define-private (p) (map-delete tokens { account: tx-sender }))"),
            "");
}

TEST_F(ReadOnlyCheckerTest, RefusesWritesInReadOnlyFunctions) {
  // test_simple_read_only_violations.
  const std::string func1 =
      "(define-private (func1) (map-set tokens (tuple (account tx-sender)) (tuple (balance 10))))\n";
  const std::string func1_list =
      "(define-private (func1) (begin (map-set tokens (tuple (account tx-sender)) (tuple (balance 10))) (list 1 "
      "2)))\n";
  const std::string update =
      "(define-private (update-balance-and-get-tx-sender) (begin (map-set tokens (tuple (account tx-sender)) "
      "(tuple (balance 10))) tx-sender))\n";
  const std::string bad[] = {
      std::string(kTokens) +
          "(define-read-only (not-reading-only) (let ((balance (map-set tokens (tuple (account tx-sender)) (tuple "
          "(balance 10))))) (+ 1 2)))",
      std::string(kTokens) +
          "(define-read-only (not-reading-only) (or (map-insert tokens (tuple (account tx-sender)) { balance: 10, "
          "}) false))",
      std::string(kTokens) +
          "(define-read-only (not-reading-only) (tuple (result (map-delete tokens (tuple (account tx-sender))))))",
      std::string(kTokens) + func1 + "(define-read-only (not-reading-only) (map func1 (list 1 2 3)))",
      std::string(kTokens) +
          "(define-read-only (not-reading-only) (map + (list 1 (map-set tokens (tuple (account tx-sender)) (tuple "
          "(balance 10))) 3)))",
      std::string(kTokens) + update +
          "(define-read-only (get-token-balance) (map-get? tokens { account: (update-balance-and-get-tx-sender) }))",
      std::string(kTokens) +
          "(define-read-only (not-reading-only) (let ((x 1)) (map-set tokens (tuple (account tx-sender)) (tuple "
          "(balance 10))) x))",
      std::string(kTokens) + func1 + "(define-read-only (not-reading-only) (fold func1 (list 1 2 3) 1))",
      std::string(kTokens) +
          "(define-read-only (not-reading-only) (asserts! (map-insert tokens (tuple (account tx-sender)) (tuple "
          "(balance 10))) false))",
      std::string(kTokens) + func1_list + "(define-read-only (not-reading-only) (len (func1)))",
      std::string(kTokens) + func1_list + "(define-read-only (not-reading-only) (append (func1) 3))",
      std::string(kTokens) + func1_list + "(define-read-only (not-reading-only) (concat (func1) (func1)))",
      std::string(kTokens) + func1_list + "(define-read-only (not-reading-only) (replace-at? (func1) u0 3))",
      std::string(kTokens) + func1_list + "(define-read-only (not-reading-only) (as-max-len? (func1) 3))",
      "(define-read-only (not-reading-only) (stx-burn? u10 tx-sender))",
      "(define-read-only (not-reading-only) (stx-transfer? u10 tx-sender tx-sender))",
      "(define-data-var v int 0) (define-read-only (w) (var-set v 1))",
      "(define-fungible-token t) (define-read-only (w) (ft-mint? t u1 tx-sender))",
      "(define-non-fungible-token n uint) (define-read-only (w) (nft-burn? n u1 tx-sender))",
  };
  for (const std::string& contract : bad) {
    EXPECT_EQ(Variant(contract), "WriteAttemptedInReadOnly") << contract;
  }
}

TEST_F(ReadOnlyCheckerTest, ReportsAtTheReadOnlyDefinition) {
  util::Status s = CheckReadOnly(Analysis("(define-data-var v int 0)\n  (define-read-only (w) (var-set v 1))"), m_db);
  EXPECT_EQ(ErrorOf(s).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(s).message, "WriteAttemptedInReadOnly at 2:3");
}

TEST_F(ReadOnlyCheckerTest, ChecksArgumentCounts) {
  // test_argument_count_violations: the position is the call's head.
  EXPECT_EQ(Check("(define-private (foo-bar) (map-get?))"), "IncorrectArgumentCount(2, 0) at 1:28");
  EXPECT_EQ(Check("(define-private (foo-bar)\n (at-block))"), "IncorrectArgumentCount(2, 0) at 2:3");
  EXPECT_EQ(Check("(define-private (foo-bar) (at-block))", ClarityVersion::kClarity5),
            "UnknownFunction(at-block) at 1:1");
  EXPECT_EQ(Variant("(define-private (f) (fold + (list 1)))"), "IncorrectArgumentCount(3, 2)");
  EXPECT_EQ(Variant("(define-private (f) (filter not))"), "IncorrectArgumentCount(2, 1)");
  EXPECT_EQ(Variant("(define-private (f) (map +))"), "RequiresAtLeastArguments(2, 1)");
  EXPECT_EQ(Variant("(define-private (f) (let ((a 1))))"), "RequiresAtLeastArguments(2, 1)");
  EXPECT_EQ(Variant("(define-private (f) (contract-call? .c))"), "RequiresAtLeastArguments(2, 1)");
  EXPECT_EQ(Variant("(define-private (f) (from-consensus-buff? int))"), "IncorrectArgumentCount(2, 1)");
}

TEST_F(ReadOnlyCheckerTest, RefusesWritingAtBlockBodies) {
  // test_at_block_violations and test_nested_writing_closure.
  const std::string at_block_write =
      "(define-data-var foo int 1) (define-private (foo-bar) (at-block (sha256 0) (var-set foo 0)))";
  EXPECT_EQ(Variant(at_block_write), "AtBlockClosureMustBeReadOnly");
  EXPECT_EQ(Variant(at_block_write, ClarityVersion::kClarity5), "UnknownFunction(at-block)");
  EXPECT_EQ(Variant("(define-data-var foo int 1) (define-read-only (foo-bar) (at-block (sha256 0) (var-set foo "
                    "0)))"),
            "AtBlockClosureMustBeReadOnly");
  EXPECT_EQ(Variant("(define-data-var foo int 1) (define-constant bar (begin (at-block (sha256 0) (var-set foo 0)) "
                    "1))"),
            "AtBlockClosureMustBeReadOnly");
  EXPECT_EQ(Variant("(define-data-var foo int 1) (define-fungible-token bar (begin (at-block (sha256 0) (var-set "
                    "foo 0)) 1))"),
            "AtBlockClosureMustBeReadOnly");
  EXPECT_EQ(Variant("(define-data-var cursor int 0) (define-public (bad-at-block-function) (begin (var-set cursor "
                    "(at-block 0x0101010101010101010101010101010101010101010101010101010101010101 (begin "
                    "(var-set cursor 1) 2))) (ok 1)))"),
            "AtBlockClosureMustBeReadOnly");
  // A read-only body is fine, and a writing block argument makes only the at-block call writing.
  EXPECT_EQ(Check("(define-read-only (f) (at-block (sha256 0) (+ 1 2)))"), "");
  EXPECT_EQ(Variant("(define-data-var v (buff 32) 0x) (define-read-only (f) (at-block (begin (var-set v 0x) (sha256 "
                    "0)) 1))"),
            "WriteAttemptedInReadOnly");
}

TEST_F(ReadOnlyCheckerTest, LooksUpContractCallsInTheDb) {
  // test_contract_call_read_only_violations.
  ContractAnalysis contract1 = Analysis("", "contract1");
  contract1.read_only_function_types["get-token-balance"] = testing::Function({}, TypeSignature::Int());
  contract1.public_function_types["mint"] =
      testing::Function({}, testing::Ok(TypeSignature::Response(TypeSignature::Int(), TypeSignature::NoType())));
  m_db.Add(contract1);
  EXPECT_EQ(Variant("(define-read-only (not-reading-only) (contract-call? .contract1 mint))"),
            "WriteAttemptedInReadOnly");
  EXPECT_EQ(Check("(define-read-only (is-reading-only) (is-eq 0 (unwrap! (contract-call? .contract1 "
                  "get-token-balance) false)))"),
            "");
  EXPECT_EQ(Variant("(define-read-only (r) (contract-call? .nowhere f))"),
            "NoSuchContract(" + std::string(testing::kDeployer) + ".nowhere)");
  // A dynamic call through a trait is never read-only.
  EXPECT_EQ(Variant("(define-trait t ((f () (response int int)))) (define-read-only (r (c <t>)) (contract-call? c "
                    "f))"),
            "WriteAttemptedInReadOnly");
  EXPECT_EQ(Variant("(define-read-only (r) (contract-call? 1 f))"), "ContractCallExpectName");
  EXPECT_EQ(Variant("(define-read-only (r) (contract-call? .contract1 1))"), "ContractCallExpectName");
}

TEST_F(ReadOnlyCheckerTest, PassesDbErrorsThrough) {
  m_db.fail_with = util::Error{ErrorCode::kCorruption, "analysis: not JSON"};
  util::Status s = CheckReadOnly(Analysis("(define-read-only (r) (contract-call? .c f))"), m_db);
  EXPECT_EQ(ErrorOf(s).code, ErrorCode::kCorruption);
  EXPECT_EQ(ErrorOf(s).message, "analysis: not JSON");
}

TEST_F(ReadOnlyCheckerTest, RefusesMalformedDefinitions) {
  EXPECT_EQ(Check("(define-constant x)"), "IncorrectArgumentCount(2, 1) at 1:1");
  EXPECT_EQ(Variant("(define-constant (x) 1)"), "ExpectedName");
  EXPECT_EQ(Variant("(define-private f 1)"), "DefineFunctionBadSignature");
  EXPECT_EQ(Variant("(define-read-only () 1)"), "DefineFunctionBadSignature");
  EXPECT_EQ(Variant("(define-public (1) 1)"), "BadFunctionName");
  EXPECT_EQ(Variant("(define-fungible-token)"), "RequiresAtLeastArguments(1, 0)");
  EXPECT_EQ(Variant("(define-fungible-token t u1 u2)"), "IncorrectArgumentCount(1, 3)");
  EXPECT_EQ(Variant("(define-map m int)"), "IncorrectArgumentCount(3, 2)");
  EXPECT_EQ(Variant("(define-data-var 1 int 1)"), "ExpectedName");
  EXPECT_EQ(Variant("(define-non-fungible-token n)"), "IncorrectArgumentCount(2, 1)");
}

TEST_F(ReadOnlyCheckerTest, RefusesWhatItCannotRead) {
  EXPECT_EQ(Variant("(define-private (f) (g))"), "UnknownFunction(g)");
  EXPECT_EQ(Variant("(define-private (f) ())"), "NonFunctionApplication");
  EXPECT_EQ(Variant("(define-private (f) (1 2))"), "NonFunctionApplication");
  EXPECT_EQ(Variant("(define-private (f) (let (1) 1))"), "BadSyntaxBinding(NotList(Let, 0))");
  EXPECT_EQ(Variant("(define-private (f) (let ((a 1) (b)) 1))"), "BadSyntaxBinding(InvalidLength(Let, 1))");
  EXPECT_EQ(Variant("(define-private (f) (let a 1))"), "BadLetSyntax");
  EXPECT_EQ(Variant("(define-private (f) (tuple (a 1) b))"), "BadSyntaxBinding(NotList(TupleCons, 1))");
  EXPECT_EQ(Variant("(define-private (f) (tuple (a 1 2)))"), "BadSyntaxBinding(InvalidLength(TupleCons, 0))");
  // The position is the outermost native call's head inside the top-level form.
  EXPECT_EQ(Check("(define-private (f)\n  (begin (let (1) 1)))"), "BadSyntaxBinding(NotList(Let, 0)) at 2:4");
  // A top-level expression.
  EXPECT_EQ(Check("(nope)"), "UnknownFunction(nope) at 1:1");
}

TEST_F(ReadOnlyCheckerTest, KnowsWhichNativesEachVersionHas) {
  EXPECT_EQ(Variant("(define-read-only (f) (bit-and 1 2))", ClarityVersion::kClarity1), "UnknownFunction(bit-and)");
  EXPECT_EQ(Check("(define-read-only (f) (bit-and 1 2))", ClarityVersion::kClarity2), "");
  EXPECT_EQ(Check("(define-read-only (f) (as-contract tx-sender))", ClarityVersion::kClarity3), "");
  EXPECT_EQ(Variant("(define-read-only (f) (as-contract tx-sender))", ClarityVersion::kClarity4),
            "UnknownFunction(as-contract)");
  EXPECT_EQ(Variant("(define-read-only (f) (get-block-info? time u1))", ClarityVersion::kClarity3),
            "UnknownFunction(get-block-info?)");
}

TEST_F(ReadOnlyCheckerTest, ChecksClarity4AssetRestrictions) {
  EXPECT_EQ(
      Check("(define-read-only (f) (restrict-assets? tx-sender ((with-stx u1)) (+ 1 2)))", ClarityVersion::kClarity4),
      "");
  EXPECT_EQ(Variant("(define-read-only (f) (restrict-assets? tx-sender 1 1))", ClarityVersion::kClarity4),
            "ExpectedListOfAllowances(restrict-assets?, 2)");
  EXPECT_EQ(Variant("(define-read-only (f) (as-contract? 1 2))", ClarityVersion::kClarity4),
            "ExpectedListOfAllowances(as-contract?, 1)");
  EXPECT_EQ(Variant("(define-read-only (f) (as-contract? ((with-stx u1)) (stx-burn? u1 tx-sender)))",
                    ClarityVersion::kClarity4),
            "WriteAttemptedInReadOnly");
}

TEST_F(ReadOnlyCheckerTest, LimitsNestedNativeCalls) {
  // (map map map ... ) applies each `map` to the rest without nesting lists: only the counter stops it.
  std::string deep = "(define-private (f) (map";
  for (int i = 0; i < 200; ++i) deep += " map";
  deep += "))";
  EXPECT_EQ(Variant(deep), "ReadOnlyCheckerRecursionLimitExceeded");
  std::string shallow = "(define-private (f) (map";
  for (int i = 0; i < 100; ++i) shallow += " map";
  shallow += " + (list 1)))";
  EXPECT_EQ(Check(shallow), "");
}

TEST_F(ReadOnlyCheckerTest, RunsBeforeTypeCheckingUntilEpoch41) {
  EXPECT_TRUE(ReadOnlyCheckRunsBeforeTypeCheck(common::StacksEpochId::k21));
  EXPECT_TRUE(ReadOnlyCheckRunsBeforeTypeCheck(common::StacksEpochId::k40));
  EXPECT_FALSE(ReadOnlyCheckRunsBeforeTypeCheck(common::StacksEpochId::k41));
}

}  // namespace
}  // namespace stacks::clarity::analysis
