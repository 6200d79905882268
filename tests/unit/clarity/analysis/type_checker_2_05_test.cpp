// TypeChecker2_05, the type checker of Epochs 2.0 and 2.05 (Clarity 1, parser v1): the reference's own cases
// (stacks-core type_checker/v2_05/tests: mod.rs, assets.rs, contracts.rs) with the types and errors it expects, each
// difference from TypeChecker2_1 pinned by checking the same source in Clarity 1 at Epoch 2.1, and costs derived by
// hand from the costs (2.0) and costs-2 (2.05) tables.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "type_checker_test_util.h"

namespace stacks::clarity::analysis {
namespace {

using common::ClarityVersion;
using common::StacksEpochId;
using type_check_testing::Check;
using type_check_testing::CheckOptions;
using type_check_testing::ErrorOf;
using type_check_testing::MapAnalysisDb;
using type_check_testing::VariantTextOf;

const CheckOptions k205{.epoch = StacksEpochId::k2_05, .version = ClarityVersion::kClarity1};
// As the reference's v2_05 tests check: the read-only checker, then the type checker (mem_type_check).
const CheckOptions kAnalysis205{
    .epoch = StacksEpochId::k2_05, .version = ClarityVersion::kClarity1, .read_only_first = true};
const CheckOptions k20{.epoch = StacksEpochId::k20, .version = ClarityVersion::kClarity1};
// The same source under TypeChecker2_1, for the differences.
const CheckOptions k21{.epoch = StacksEpochId::k21, .version = ClarityVersion::kClarity1};

std::string TypeOfLast(std::string_view source, const CheckOptions& options = kAnalysis205) {
  auto c = Check(source, options);
  if (!c.status) return "error: " + VariantTextOf(c);
  return c.analysis.type_map.at(c.analysis.expressions.back().id).ToString();
}

using Table = std::vector<std::pair<std::string, std::string>>;

void ExpectTypes(const Table& table) {
  for (const auto& [source, type] : table) EXPECT_EQ(TypeOfLast(source), type) << source;
}

void ExpectErrors(const Table& table) {
  for (const auto& [source, error] : table) EXPECT_EQ(VariantTextOf(Check(source, kAnalysis205)), error) << source;
}

// --- The reference's cases (type_checker/v2_05/tests/mod.rs) -------------------------------------------------------

TEST(TypeChecker205Test, BlockInfo) {
  ExpectTypes({{"(get-block-info? time u1)", "(optional uint)"},
               {"(get-block-info? time (* u2 u3))", "(optional uint)"},
               {"(get-block-info? vrf-seed u1)", "(optional (buff 32))"},
               {"(get-block-info? burnchain-header-hash u1)", "(optional (buff 32))"},
               {"(get-block-info? miner-address u1)", "(optional principal)"}});
  ExpectErrors({{"(get-block-info? none u1)", "NoSuchBlockInfoProperty(none)"},
                {"(get-block-info? time true)", "TypeError(uint, bool)"},
                {"(get-block-info? time 1)", "TypeError(uint, int)"},
                {"(get-block-info? time)", "RequiresAtLeastArguments(2, 1)"},
                // Clarity 1 has no block-reward property.
                {"(get-block-info? block-reward u1)", "NoSuchBlockInfoProperty(block-reward)"}});
}

TEST(TypeChecker205Test, DefineTrait) {
  for (const char* good : {"(define-trait trait-1 ((get-1 (uint) (response uint uint))))",
                           "(define-trait trait-1 ((get-1 () (response uint (buff 32)))))",
                           "(define-trait trait-1 ((get-1 () (response (buff 32) (buff 32)))))"}) {
    EXPECT_TRUE(Check(good, kAnalysis205).status) << good;
  }
  ExpectErrors({{"(define-trait trait-1 ((get-1 uint)))", "InvalidTypeDescription"},
                {"(define-trait trait-1 ((get-1 uint uint)))", "DefineTraitBadSignature"},
                {"(define-trait trait-1 ((get-1 (uint) (uint))))", "DefineTraitBadSignature"},
                {"(define-trait trait-1 ((get-1 (response uint uint))))", "InvalidTypeDescription"}});
  // Clarity 1 keeps the last of two methods of one name.
  EXPECT_TRUE(Check("(define-trait t ((m () (response int int)) (m (int) (response int int))))", kAnalysis205).status);
}

TEST(TypeChecker205Test, StxOperations) {
  const std::string sm = "'SM2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKQVX8X0G";
  const std::string sz = "'SZ2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKQ9H6DPR";
  ExpectTypes({{"(stx-burn? u10 " + sm + ")", "(response bool uint)"},
               {"(stx-transfer? u10 tx-sender " + sm + ")", "(response bool uint)"},
               {"(stx-get-balance " + sm + ")", "uint"}});
  ExpectErrors({{"(stx-transfer? u4 " + sz + ")", "IncorrectArgumentCount(3, 2)"},
                {"(stx-transfer? 4 " + sz + " " + sz + ")", "TypeError(uint, int)"},
                {"(stx-transfer? u4 u3  " + sz + ")", "TypeError(principal, uint)"},
                {"(stx-transfer? u4 " + sz + " true)", "TypeError(principal, bool)"},
                {"(stx-burn? u4)", "IncorrectArgumentCount(2, 1)"},
                {"(stx-burn? 4 " + sz + ")", "TypeError(uint, int)"},
                {"(stx-burn? u4 true)", "TypeError(principal, bool)"},
                {"(stx-burn? u4 " + sz + " " + sz + ")", "IncorrectArgumentCount(2, 3)"},
                {"(stx-get-balance true)", "TypeError(principal, bool)"},
                {"(stx-get-balance " + sz + " " + sz + ")", "IncorrectArgumentCount(1, 2)"}});
}

TEST(TypeChecker205Test, DestructuringOptionalsAndResponses) {
  ExpectTypes({{"(unwrap! (some 1) 2)", "int"},
               {"(unwrap-err! (err 1) 2)", "int"},
               {"(unwrap-panic (some 3))", "int"},
               {"(match (some 1) inner-value (+ 1 inner-value) (/ 1 0))", "int"},
               {"(define-private (t1 (x uint)) (if (> x u1) (ok x) (err false))) "
                "(define-private (t2 (x uint)) (if (> x u4) (err true) (ok (+ u2 (try! (t1 x)))))) (t2 u3)",
                "(response uint bool)"},
               {"(define-private (t1 (x uint)) (if (> x u1) (some x) none)) "
                "(define-private (t2 (x uint)) (if (> x u4) (some false) (some (> u2 (try! (t1 x)))))) (t2 u3)",
                "(optional bool)"}});
  ExpectErrors(
      {{"(unwrap-err! (some 2) 2)", "ExpectedResponseType((optional int))"},
       {"(unwrap! (err 3) 2)", "CouldNotDetermineResponseOkType"},
       {"(unwrap-err-panic (ok 3))", "CouldNotDetermineResponseErrType"},
       {"(unwrap-panic none)", "CouldNotDetermineResponseOkType"},
       {"(match none inner-value (/ 1 0) (+ 1 8))", "CouldNotDetermineMatchTypes"},
       {"(match (ok 1) ok-val (/ ok-val 0) err-val (+ err-val 7))", "CouldNotDetermineMatchTypes"},
       {"(define-private (foo) (if (> 1 0) (ok 1) (err u8))) "
        "(match (foo) ok-val (+ 1 ok-val) err-val (/ err-val u0))",
        "MatchArmsMustMatch(int, uint)"},
       {"(match (some 1) inner-value (+ 1 inner-value))", "BadMatchOptionSyntax(IncorrectArgumentCount(4, 3))"},
       {"(match (ok 1) inner-value (+ 1 inner-value))", "BadMatchResponseSyntax(IncorrectArgumentCount(5, 3))"},
       {"(match (ok 1) 1 (+ 1 1) err-val (+ 2 err-val))", "BadMatchResponseSyntax(ExpectedName)"},
       {"(match (some 1) 2 (+ 1 1) (+ 3 4))", "BadMatchOptionSyntax(ExpectedName)"},
       {"(match)", "RequiresAtLeastArguments(1, 0)"},
       {"(match 1 ok-val (/ ok-val 0) err-val (+ err-val 7))", "BadMatchInput(int)"},
       {"(default-to 3 5)", "ExpectedOptionalType(int)"},
       {"(define-private (foo (x int)) (match (some 3) x (+ x 2) 5))", "NameAlreadyUsed(x)"},
       {"(define-private (t1 (x uint)) (if (> x u1) (ok x) (err false))) "
        "(define-private (t2 (x uint)) (if (> x u4) (err u3) (ok (+ u2 (try! (t1 x))))))",
        "ReturnTypesMustMatch((response UnknownType bool), (response uint uint))"},
       {"(define-private (t1 (x uint)) (if (> x u1) (ok x) (err false))) "
        "(define-private (t2 (x uint)) (> u2 (try! (t1 x))))",
        "ReturnTypesMustMatch((response UnknownType bool), bool)"},
       {"(try! (ok 3))", "CouldNotDetermineResponseErrType"},
       {"(try! none)", "CouldNotDetermineResponseOkType"},
       {"(try! 3)", "ExpectedOptionalOrResponseType(int)"},
       {"(try! (ok 3) 4)", "IncorrectArgumentCount(1, 2)"}});
}

TEST(TypeChecker205Test, AtBlockAndFields) {
  ExpectTypes({{"(at-block (sha256 u0) u1)", "uint"}});
  ExpectErrors(
      {{"(at-block (sha512 u0) u1)", "TypeError((buff 32), (buff 64))"},
       {"(at-block (sha256 u0) u1 u2)", "IncorrectArgumentCount(2, 3)"},
       {"(+ 1 'SZ2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKQ9H6DPR.contract.field)", "UnexpectedTraitOrFieldReference"}});
}

TEST(TypeChecker205Test, ArithmeticAndHashes) {
  ExpectTypes({{"(>= (+ 1 2 3) (- 1 2))", "bool"},
               {"(is-eq (+ 1 2 3) 6 0)", "bool"},
               {"(and (or true false) false)", "bool"},
               {"(hash160 1)", "(buff 20)"},
               {"(sha512 u10)", "(buff 64)"},
               {"(sha512/256 10)", "(buff 32)"},
               {"(sha256 (keccak256 u1))", "(buff 32)"},
               {"(+ u10 (to-uint 15))", "uint"},
               {"(- 10 (to-int u1))", "int"}});
  ExpectErrors({{"(+ 1 2 3 (>= 5 7))", "TypeError(int, bool)"},
                {"(-)", "RequiresAtLeastArguments(1, 0)"},
                {"(xor 1)", "IncorrectArgumentCount(2, 1)"},
                {"(+ x y z)", "UndefinedVariable(x)"},
                {"(and (or true false) (+ 1 2 3))", "TypeError(bool, int)"},
                {"(hash160 true)", "UnionTypeError([(buff 1048576), uint, int], bool)"},
                {"(keccak256 (list 1 2 3))", "UnionTypeError([(buff 1048576), uint, int], (list 3 int))"},
                {"(sha512/256 u1 u2 u3)", "IncorrectArgumentCount(1, 3)"}});
}

TEST(TypeChecker205Test, IfsLetsAndEquality) {
  ExpectTypes(
      {{"(if (> 1 2) (+ 1 2 3) (- 1 2))", "int"},
       {"(if true \"abcdef\" \"abc\")", "(string-ascii 6)"},
       {"(let ((x true) (y (+ 1 2)) (z 3)) (print x) (if x (+ 1 z y) (- 1 z)))", "int"},
       {"(let ((x 1) (y u2) (z u3) (a (+ y z)) (b (* 2 x)) (c { foo: a, bar: b })) c)", "(tuple (bar int) (foo uint))"},
       {"(is-eq (list 1 2 3 4 5) (list 1 2 3 4 5 6 7))", "bool"},
       {"(is-eq (tuple (good 1) (bad 2)) (tuple (good 2) (bad 3)))", "bool"},
       {"(asserts! (is-eq 1 1) (err 1))", "bool"}});
  ExpectErrors({{"(if true true 1)", "IfArmsMustMatch(bool, int)"},
                {"(if true \"a\" false)", "IfArmsMustMatch((string-ascii 1), bool)"},
                {"(if)", "IncorrectArgumentCount(3, 0)"},
                {"(if 0 1 0)", "TypeError(bool, int)"},
                {"(let ((1)) (+ 1 2))", "BadSyntaxBinding(InvalidLength(Let, 0))"},
                {"(let ((1 2)) (+ 1 2))", "BadSyntaxBinding(NotAtom(Let, 0))"},
                {"(let ((x 1) (y u2) (z (+ x y))) x)", "TypeError(int, uint)"},
                {"(is-eq 1 2 false)", "TypeError(bool, int)"},
                {"(is-eq 1 2 3 (list 2))", "TypeError((list 1 int), int)"},
                {"(is-eq (some 1) (some true))", "TypeError((optional bool), (optional int))"},
                {"(asserts! (is-eq 1 0))", "IncorrectArgumentCount(2, 1)"},
                {"(asserts! 1 false)", "TypeError(bool, int)"},
                {"(asserts! 1 0 false)", "IncorrectArgumentCount(2, 3)"}});
}

TEST(TypeChecker205Test, Sequences) {
  ExpectTypes(
      {{"(map hash160 (list u1 u2 u3 u4 u5))", "(list 5 (buff 20))"},
       {"(map + (list 1 2 3 4 5) (list 1 2 3 4) (list 1 2 3 4 5))", "(list 4 int)"},
       {"(list (list 1 2) (list 3 4) (list 5 1 7))", "(list 3 (list 3 int))"},
       {"(filter not (list false true false))", "(list 3 bool)"},
       {"(fold and (list true true false false) true)", "bool"},
       {"(if true (list) (list 1 2 3 4))", "(list 4 int)"},
       {"(map hash160 0x0102030405)", "(list 5 (buff 20))"},
       {"(define-private (get-len (x (buff 1)) (acc uint)) (+ acc u1)) (fold get-len 0x000102030405 u0)", "uint"},
       {"(define-private (f (e (string-ascii 1))) (is-eq e \"1\")) (filter f \"101010\")", "(string-ascii 6)"},
       {"(as-max-len? (list 1 2 3 4) u5)", "(optional (list 5 int))"},
       {"(as-max-len? \"12345\" u4)", "(optional (string-ascii 4))"},
       {"(as-max-len? u\"1234\\u{1F926}\" u8)", "(optional (string-utf8 8))"},
       {"(append (list 2 3) 4)", "(list 3 int)"},
       {"(concat (list 2 3) (list 4 5))", "(list 4 int)"},
       {"(concat (list (list 2) (list) (list 4 5)) (list (list) (list) (list 7 8 9)))", "(list 6 (list 3 int))"},
       {"(append (list (list 3 4) (list)) (list 4 5 7))", "(list 3 (list 3 int))"},
       {"(concat 0x010203 0x0405)", "(buff 5)"},
       {"(concat u\"block\" u\"stack\\u{1F926}\")", "(string-utf8 11)"},
       {"(index-of \"abcd\" \"\")", "(optional uint)"},
       {"(element-at 0xfedb u100)", "(optional (buff 1))"},
       {"(list none none none)", "(list 3 (optional UnknownType))"}});
  ExpectErrors({{"(fold and (list true false) 2)", "TypeError(bool, int)"},
                {"(fold hash160 (list u1 u2 u3 u4) u2)", "IncorrectArgumentCount(1, 2)"},
                {"(fold >= (list 1 2 3 4) 2)", "TypeError(int, bool)"},
                {"(list (list 1 2) (list true) (list 5 1 7))", "TypeError(int, bool)"},
                {"(list 1 2 3 true false 4 5 6)", "TypeError(int, bool)"},
                {"(filter hash160 (list u1 u2 u3 u4))", "TypeError(bool, (buff 20))"},
                {"(filter not (list 1 2 3 4) 1)", "IncorrectArgumentCount(2, 3)"},
                {"(filter ynot (list 1 2 3 4))", "UnknownFunction(ynot)"},
                {"(map if (list 1 2 3 4 5))", "IllegalOrUnknownFunctionApplication(if)"},
                {"(map mod (list 1 2 3 4 5))", "IncorrectArgumentCount(2, 1)"},
                {"(map - (list true false true false))", "UnionTypeError([int, uint], bool)"},
                {"(map hash160 (+ u1 u2))", "ExpectedSequence(uint)"},
                {"(len 1)", "ExpectedSequence(int)"},
                {"(map + (list 1 2 3 4 5) (list true true true true true))", "TypeError(int, bool)"},
                {"(as-max-len? \"\" u1048577)", "ValueTooLarge"},
                {"(as-max-len? 0x01 u1048577)", "ValueTooLarge"},
                {"(append (list 2 3) u4)", "TypeError(int, uint)"},
                {"(append (list u0))", "IncorrectArgumentCount(2, 1)"},
                {"(concat (list 2 3) (list u4))", "TypeError(int, uint)"},
                {"(concat (list u0))", "IncorrectArgumentCount(2, 1)"},
                {"(index-of 3 \"a\")", "ExpectedSequence(int)"},
                {"(index-of (list 1 2 3 4) u1)", "TypeError(int, uint)"},
                {"(index-of 0xfedb \"a\")", "TypeError((buff 1), (string-ascii 1))"},
                {"(index-of u\"a\" \"a\")", "TypeError((string-utf8 1), (string-ascii 1))"},
                {"(index-of (list) none)", "CouldNotDetermineType"},
                {"(index-of (list) (ok u1))", "CouldNotDetermineType"},
                {"(element-at (list 1 2 3 4 5) 100)", "TypeError(uint, int)"},
                {"(element-at 3 u100)", "ExpectedSequence(int)"}});
}

TEST(TypeChecker205Test, TuplesAndMerge) {
  ExpectTypes({{"(+ 1 2     (get abc (tuple (abc 1) (def true))))", "int"},
               {"(merge { a: 1, b: 2, c: 3 } { a: 1 })", "(tuple (a int) (b int) (c int))"},
               {"(merge { a: (some { x: 0, y: 1 }), b: 2, c: 3 } { a: none })",
                "(tuple (a (optional UnknownType)) (b int) (c int))"},
               {"(merge { a: { x: 0, y: 1 }, b: 2, c: 3 } { a: { x: 5, z: 0 } })",
                "(tuple (a (tuple (x int) (z int))) (b int) (c int))"},
               {"(merge { a: 1, b: 2, c: 3 } { a: u1 })", "(tuple (a uint) (b int) (c int))"}});
  ExpectErrors({{"(+ 1 2      (get def (tuple (abc 1) (def true))))", "TypeError(int, bool)"},
                {"(and true  (get abc (tuple (abc 1) (def true))))", "TypeError(bool, int)"},
                {"(merge { a: 1, b: 2, c: 3 } 5)", "ExpectedTuple(int)"},
                {"(define-private (set-cursor (value (tuple))) value)", "EmptyTuplesNotAllowed"}});
}

TEST(TypeChecker205Test, FunctionsAndResponseInference) {
  ExpectTypes(
      {{"(define-private (foo (x int) (y int)) (+ x y)) (define-private (bar (x int) (y bool)) (if y (+ 1 x) 0)) "
        "(* (foo 1 2) (bar 3 false))",
        "int"},
       {"(define-private (foo (x int)) (list x x x x x)) (map foo (list 1 2 3))", "(list 3 (list 5 int))"},
       // test_function_order_tuples: the sorter puts get-zero first.
       {"(define-read-only (get-score) (ok (tuple (score (get-zero))))) (define-private (get-zero) 0) 1", "int"},
       {"(define-private (foo (x uint)) (+ x x)) (foo (foo u0))", "uint"},
       {"(define-private (foo (x int)) (err x)) (define-private (bar (x bool)) (ok x)) (if true (foo 1) (bar false))",
        "(response bool int)"},
       {"(define-private (check (x (response bool int))) (is-ok x)) (check (if true (err 1) (ok false)))", "bool"},
       {"(define-private (check (x (response int bool))) (if (> 10 (unwrap! x 10)) 2 (let ((z (unwrap! x 1))) z))) "
        "(check (ok 1))",
        "int"},
       {"(unwrap! (ok 2) true)", "int"},
       {"(begin (let ((a (list none none none))) (print a)))", "(list 3 (optional UnknownType))"}});
  ExpectErrors(
      {{"(> u1 1)", "TypeError(uint, int)"},
       {"(to-uint true)", "TypeError(int, bool)"},
       {"(to-int false)", "TypeError(uint, bool)"},
       {"(define-private (check (x (response bool int))) (is-ok x)) (check true)",
        "TypeError((response bool int), bool)"},
       {"(define-private (check (x (response int bool))) (if (> 10 (unwrap! x 10)) 2 (let ((z (unwrap! x true))) z))) "
        "(check (ok 1))",
        "ReturnTypesMustMatch(int, bool)"},
       {"(unwrap! (err 2) true)", "CouldNotDetermineResponseOkType"},
       {"(define-private (foo (id (optional bool))) (if (default-to false id) 1 0)) "
        "(define-private (bar (x int)) (if (> 0 x) (some x) none)) (+ (foo (bar 1)) 1)",
        "TypeError((optional bool), (optional int))"},
       // test_define: a signature of pairs and no body.
       {"(define-private (foo ((x int) (y int)) (+ x y)))", "IncorrectArgumentCount(2, 1)"},
       {"(define-private (func (x (buff -12))) (len x)) (func 0x00)", "ValueOutOfBounds"},
       {"(define-private (func (x (string-ascii -12))) (len x)) (func \"\")", "ValueOutOfBounds"},
       {"(define-private (func (x (string-utf8 -12))) (len x)) (func u\"\")", "ValueOutOfBounds"}});
}

TEST(TypeChecker205Test, DataVariables) {
  for (const char* good :
       {"(define-data-var cursor int 0) (define-private (get-cursor) (var-get cursor)) "
        "(define-private (set-cursor (value int)) (if (var-set cursor value) value 0)) "
        "(define-private (increment-cursor) (begin (var-set cursor (+ 1 (get-cursor))) (get-cursor)))",
        "(define-data-var cursor (tuple (k1 int) (v1 int)) (tuple (k1 1) (v1 1))) "
        "(define-private (get-cursor) (var-get cursor)) "
        "(define-private (set-cursor (value (tuple (k1 int) (v1 int)))) (if (var-set cursor value) value "
        "(get-cursor)))",
        "(define-data-var ranking (list 3 int) (list 1 2 3)) (define-private (get-ranking) (var-get ranking)) "
        "(define-private (set-ranking (new-ranking (list 3 int))) "
        "(if (var-set ranking new-ranking) new-ranking (get-ranking)))",
        "(define-data-var name (string-ascii 5) \"alice\") (define-private (get-name) (var-get name)) "
        "(define-private (set-name (new-name (string-ascii 3))) (if (var-set name new-name) new-name (get-name)))"}) {
    EXPECT_TRUE(Check(good, kAnalysis205).status) << good << ": " << ErrorOf(Check(good, kAnalysis205));
  }
  ExpectErrors(
      {{"(define-data-var cursor int)", "IncorrectArgumentCount(3, 2)"},
       {"(define-data-var cursor int true)", "TypeError(int, bool)"},
       {"(define-data-var cursor int 0) (define-private (get-cursor) (var-get cursor)) "
        "(define-private (set-cursor (value principal)) (if (var-set cursor value) value 0))",
        "TypeError(int, principal)"},
       {"(define-data-var cursor int 0) (define-private (get-cursor) cursor)", "UndefinedVariable(cursor)"},
       {"(define-data-var cursor int 0) "
        "(define-private (set-cursor (value int)) (let ((cursor 0)) (if (var-set cursor value) value 0)))",
        "NameAlreadyUsed(cursor)"},
       {"(define-private (set-cursor (value int)) (if (var-set cursor value) value 0))", "NoSuchDataVariable(cursor)"},
       {"(define-private (get-cursor) (unwrap! (var-get cursor) 0))", "NoSuchDataVariable(cursor)"},
       {"(let ((cursor 1) (cursor 2)) cursor)", "NameAlreadyUsed(cursor)"},
       {"(let ((cursor 1)) (let ((cursor 2)) cursor))", "NameAlreadyUsed(cursor)"},
       {"(define-private (cursor) 0) (define-private (set-cursor (value int)) (let ((cursor 1)) cursor))",
        "NameAlreadyUsed(cursor)"},
       {"(define-private (cursor) 0) (define-private (set-cursor (cursor int)) cursor)", "NameAlreadyUsed(cursor)"}});
}

TEST(TypeChecker205Test, Maps) {
  const std::string kv = "(define-map kv-store { key: int } { value: int }) ";
  EXPECT_TRUE(Check(kv + "(define-private (kv-get (key int)) (map-get? kv-store { key: key }))", kAnalysis205).status);
  EXPECT_TRUE(
      Check(kv + "(define-private (kv-set (key int) (value int)) (map-set kv-store { key: key } { value: value }))",
            kAnalysis205)
          .status);
  ExpectErrors(
      {{kv + "(define-private (f (key int)) (map-get? kv-store { incomptible-key: key }))",
        "TypeError((tuple (key int)), (tuple (incomptible-key int)))"},
       {kv + "(define-private (f (key int)) (map-get? kv-store { key: true }))",
        "TypeError((tuple (key int)), (tuple (key bool)))"},
       {kv + "(define-private (f (key int)) (map-delete kv-store { key: unknown-value }))",
        "UndefinedVariable(unknown-value)"},
       {kv + "(define-private (f (key int) (value int)) (map-insert kv-store { key: key } { value: true }))",
        "TypeError((tuple (value int)), (tuple (value bool)))"},
       {kv + "(define-private (f (key int) (value int)) (map-set kv-store { key: key } { incomptible-key: value }))",
        "TypeError((tuple (value int)), (tuple (incomptible-key int)))"},
       {"(define-map tokens { account: principal } { balance: int }) "
        "(define-private (plus-balance (account principal)) "
        "(+ (get balance (map-get? tokens (tuple (account account)))) 1))",
        "UnionTypeError([int, uint], (optional int))"}});
}

// --- assets.rs ------------------------------------------------------------------------------------------------------

constexpr std::string_view kFirstClassTokens = R"((define-fungible-token stackaroos)
(define-non-fungible-token stacka-nfts (string-ascii 10))
(nft-get-owner? stacka-nfts "1234567890" )
(define-read-only (my-ft-get-balance (account principal)) (ft-get-balance stackaroos account))
(define-read-only (my-ft-get-supply) (ft-get-supply stackaroos))
(define-public (my-token-transfer (to principal) (amount uint)) (ft-transfer? stackaroos amount tx-sender to))
(define-public (faucet)
  (let ((original-sender tx-sender))
    (as-contract (ft-transfer? stackaroos u1 tx-sender original-sender))))
(define-public (burn) (ft-burn? stackaroos u1 tx-sender))
(define-public (mint-after (block-to-release uint))
  (if (>= block-height block-to-release) (faucet) (err u8)))
(begin (unwrap-panic (ft-mint? stackaroos u10000 'SZ2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKQ9H6DPR))
       (unwrap-panic (ft-mint? stackaroos u200 'SM2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKQVX8X0G))
       (unwrap-panic (ft-mint? stackaroos u4 .tokens))))";

TEST(TypeChecker205Test, BadAssetUsage) {
  const Table cases = {
      {"(ft-get-balance stackoos tx-sender)", "NoSuchFT(stackoos)"},
      {"(ft-get-balance u1234 tx-sender)", "BadTokenName"},
      {"(ft-get-balance 1234 tx-sender)", "BadTokenName"},
      {"(ft-get-balance stackaroos u100)", "TypeError(principal, uint)"},
      {"(ft-get-balance stackaroos 100)", "TypeError(principal, int)"},
      {"(nft-get-owner? u1234 \"abc\")", "BadTokenName"},
      {"(nft-get-owner? stackoos \"abc\")", "NoSuchNFT(stackoos)"},
      {"(nft-get-owner? stacka-nfts u1234 )", "TypeError((string-ascii 10), uint)"},
      {"(nft-get-owner? stacka-nfts \"123456789012345\" )", "TypeError((string-ascii 10), (string-ascii 15))"},
      {"(nft-mint? u1234 \"abc\" tx-sender)", "BadTokenName"},
      {"(nft-mint? stackoos \"abc\" tx-sender)", "NoSuchNFT(stackoos)"},
      {"(nft-mint? stacka-nfts u1234 tx-sender)", "TypeError((string-ascii 10), uint)"},
      {"(nft-mint? stacka-nfts \"123456789012345\" tx-sender)", "TypeError((string-ascii 10), (string-ascii 15))"},
      {"(nft-mint? stacka-nfts \"abc\" u2)", "TypeError(principal, uint)"},
      {"(ft-mint? stackoos u1 tx-sender)", "NoSuchFT(stackoos)"},
      {"(ft-mint? u1234 u1 tx-sender)", "BadTokenName"},
      {"(ft-mint? stackaroos u2 u100)", "TypeError(principal, uint)"},
      {"(ft-mint? stackaroos true tx-sender)", "TypeError(uint, bool)"},
      {"(nft-transfer? u1234 \"a\" tx-sender tx-sender)", "BadTokenName"},
      {"(nft-transfer? stackoos    \"a\" tx-sender tx-sender)", "NoSuchNFT(stackoos)"},
      {"(nft-transfer? stacka-nfts \"a\" u2 tx-sender)", "TypeError(principal, uint)"},
      {"(nft-transfer? stacka-nfts \"a\" tx-sender u2)", "TypeError(principal, uint)"},
      {"(nft-transfer? stacka-nfts u2 tx-sender tx-sender)", "TypeError((string-ascii 10), uint)"},
      {"(nft-burn? u1234 \"a\" tx-sender)", "BadTokenName"},
      {"(nft-burn? stacka-nfts u2 tx-sender)", "TypeError((string-ascii 10), uint)"},
      {"(nft-burn? stacka-nfts \"a\" u2)", "TypeError(principal, uint)"},
      {"(ft-transfer? stackoos u1 tx-sender tx-sender)", "NoSuchFT(stackoos)"},
      {"(ft-transfer? u1234 u1 tx-sender tx-sender)", "BadTokenName"},
      {"(ft-transfer? stackaroos u2 u100 tx-sender)", "TypeError(principal, uint)"},
      {"(ft-transfer? stackaroos true tx-sender tx-sender)", "TypeError(uint, bool)"},
      {"(ft-transfer? stackaroos u2 tx-sender u100)", "TypeError(principal, uint)"},
      {"(define-fungible-token stackaroos true)", "TypeError(uint, bool)"},
      {"(define-non-fungible-token stackaroos integer)", "DefineNFTBadSignature"},
      {"(ft-mint? stackaroos 100 tx-sender)", "TypeError(uint, int)"},
      {"(ft-transfer? stackaroos 1 tx-sender tx-sender)", "TypeError(uint, int)"},
      {"(ft-get-supply stackoos)", "NoSuchFT(stackoos)"},
      {"(ft-burn? stackoos u1 tx-sender)", "NoSuchFT(stackoos)"},
      {"(ft-burn? stackaroos 1 tx-sender)", "TypeError(uint, int)"},
      {"(ft-burn? stackaroos u1 123432343)", "TypeError(principal, int)"},
  };
  ASSERT_TRUE(Check(kFirstClassTokens, kAnalysis205).status) << ErrorOf(Check(kFirstClassTokens, kAnalysis205));
  for (const auto& [script, error] : cases) {
    EXPECT_EQ(VariantTextOf(Check(std::string(kFirstClassTokens) + "\n" + script, kAnalysis205)), error) << script;
  }
}

// --- contracts.rs ---------------------------------------------------------------------------------------------------

constexpr std::string_view kSimpleTokens = R"((define-map tokens { account: principal } { balance: uint })
(define-read-only (my-get-token-balance (account principal))
  (let ((balance (get balance (map-get? tokens (tuple (account account))))))
    (default-to u0 balance)))
(define-private (token-credit! (account principal) (amount uint))
  (if (<= amount u0)
      (err 1)
      (let ((current-amount (my-get-token-balance account)))
        (begin
          (map-set tokens (tuple (account account)) (tuple (balance (+ amount current-amount))))
          (ok u0)))))
(define-public (token-transfer (to principal) (amount uint))
  (let ((balance (my-get-token-balance tx-sender)))
    (if (or (> amount balance) (<= amount u0))
        (err 2)
        (begin
          (map-set tokens (tuple (account tx-sender)) (tuple (balance (- balance amount))))
          (token-credit! to amount)))))
(begin (unwrap-panic (token-credit! 'SZ2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKQ9H6DPR u10000))
       (unwrap-panic (token-credit! 'SM2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKQVX8X0G u300))))";

constexpr std::string_view kSimpleNames = R"((define-constant burn-address 'SP000000000000000000002Q6VF78)
(define-private (price-function (name uint)) (if (< name u100000) u1000 u100))
(define-map name-map { name: uint } { owner: principal })
(define-map preorder-map { name-hash: (buff 20) } { buyer: principal, paid: uint })
(define-private (check-balance) (contract-call? .tokens my-get-token-balance tx-sender))
(define-public (preorder (name-hash (buff 20)) (name-price uint))
  (let ((xfer-result (contract-call? .tokens token-transfer burn-address name-price)))
    (if (is-ok xfer-result)
        (if (map-insert preorder-map (tuple (name-hash name-hash)) (tuple (paid name-price) (buyer tx-sender)))
            (ok 0) (err 2))
        (if (is-eq (unwrap-err! xfer-result (err (- 1))) 2) (err 1) (err 3)))))
(define-public (register (recipient-principal principal) (name uint) (salt uint))
  (let ((preorder-entry
          ;; preorder entry must exist!
          (unwrap! (map-get? preorder-map (tuple (name-hash (hash160 (xor name salt))))) (err 2)))
        (name-entry (map-get? name-map (tuple (name name)))))
    (if (and (is-none name-entry)
             (<= (price-function name) (get paid preorder-entry))
             (is-eq tx-sender (get buyer preorder-entry)))
        (if (and (map-insert name-map (tuple (name name)) (tuple (owner recipient-principal)))
                 (map-delete preorder-map (tuple (name-hash (hash160 (xor name salt))))))
            (ok 0)
            (err 3))
        (err 4)))))";

TEST(TypeChecker205Test, NamesAndTokensContracts) {
  MapAnalysisDb db;
  CheckOptions tokens = kAnalysis205;
  tokens.name = "tokens";
  auto t = Check(kSimpleTokens, db, tokens);
  ASSERT_TRUE(t.status) << ErrorOf(t);
  db.Insert(t.analysis);
  CheckOptions names = kAnalysis205;
  names.name = "names";
  auto n = Check(kSimpleNames, db, names);
  EXPECT_TRUE(n.status) << ErrorOf(n);
  // test_names_tokens_contracts_bad: a bool where the callee takes a uint.
  auto bad = Check(std::string(kSimpleNames) +
                       "\n(define-public (broken-cross-contract (name-hash (buff 20)) (name-price uint)) "
                       "(if (is-ok (contract-call? .tokens token-transfer burn-address true)) "
                       "(begin (map-insert preorder-map (tuple (name-hash name-hash)) "
                       "(tuple (paid name-price) (buyer tx-sender))) (ok u1)) (err 1)))",
                   db, names);
  EXPECT_EQ(VariantTextOf(bad), "TypeError(uint, bool)");
  // test_same_function_name.
  CheckOptions b = kAnalysis205;
  b.name = "contract-b";
  auto cb = Check("(define-read-only (foo-function (a int)) (+ a 1))", db, b);
  ASSERT_TRUE(cb.status);
  db.Insert(cb.analysis);
  EXPECT_TRUE(
      Check("(define-read-only (foo-function (a int)) (contract-call? .contract-b foo-function a))", db, kAnalysis205)
          .status);
}

TEST(TypeChecker205Test, Expects) {
  const std::string tokens = "(define-map tokens { id: int } { balance: int }) ";
  EXPECT_TRUE(Check(tokens +
                        "(define-private (b1) (let ((balance (unwrap! (get balance (map-get? tokens (tuple (id 0)))) "
                        "0))) (+ 0 balance))) "
                        "(define-private (b3) (let ((balance (unwrap! (get balance (map-get? tokens (tuple (id 0)))) "
                        "(err false)))) (ok balance))) "
                        "(define-private (b4) (unwrap! (b3) 0)) (define-private (t-1) (err 3)) "
                        "(define-private (b5) (unwrap-err! (t-1) 0)) (+ (b1) (b5))",
                    kAnalysis205)
                  .status);
  ExpectErrors(
      {{tokens + "(define-private (b) (let ((balance (unwrap! (get balance (map-get? tokens (tuple (id 0)))) false))) "
                 "(+ 0 balance)))",
        "ReturnTypesMustMatch(bool, int)"},
       {tokens + "(default-to false (get balance (map-get? tokens (tuple (id 0)))))",
        "DefaultTypesMustMatch(bool, int)"},
       {"(define-private (t1) (ok 3)) (define-private (t2) (unwrap-err! (t1) 0))", "CouldNotDetermineResponseErrType"},
       {"(define-private (t1) (err 3)) (define-private (t2) (unwrap! (t1) 0))", "CouldNotDetermineResponseOkType"}});
}

// --- What TypeChecker2_05 does differently from TypeChecker2_1 ------------------------------------------------------

TEST(TypeChecker205Test, ComparisonNamesOnlyTheIntegersItCompares) {
  // check_args_2_05 lists int and uint; check_args_2_1 in Clarity 1 lists the Clarity 2 comparables too.
  EXPECT_EQ(VariantTextOf(Check("(< true false)", k205)), "UnionTypeError([int, uint], bool)");
  EXPECT_EQ(VariantTextOf(Check("(< true false)", k21)),
            "UnionTypeError([int, uint, (string-ascii 1048576), (string-utf8 262144), (buff 1048576)], bool)");
  EXPECT_EQ(VariantTextOf(Check("(>= \"a\" \"b\")", k205)), "UnionTypeError([int, uint], (string-ascii 1))");
  EXPECT_EQ(VariantTextOf(Check("(< 1 u1)", k205)), "TypeError(int, uint)");
}

TEST(TypeChecker205Test, StxTransferIsASimpleNative) {
  // A fixed function: every argument is inferred first, so an ill-typed argument wins over a wrong count...
  EXPECT_EQ(VariantTextOf(Check("(stx-transfer? (+ 1 u1) tx-sender)", k205)), "TypeError(int, uint)");
  EXPECT_EQ(VariantTextOf(Check("(stx-transfer? (+ 1 u1) tx-sender)", k21)), "IncorrectArgumentCount(3, 2)");
  // ...and a mismatch is reported at the application, not at the argument.
  EXPECT_EQ(ErrorOf(Check("(stx-transfer? 4 tx-sender tx-sender)", k205)), "TypeError(uint, int) at 1:1");
  EXPECT_EQ(ErrorOf(Check("(stx-transfer? 4 tx-sender tx-sender)", k21)), "TypeError(uint, int) at 1:16");
  // map, filter and fold may apply it.
  const std::string mapped = "(map stx-transfer? (list u1 u2) (list tx-sender) (list tx-sender tx-sender))";
  EXPECT_EQ(TypeOfLast(mapped, k205), "(list 1 (response bool uint))");
  EXPECT_EQ(TypeOfLast(mapped, k21), "error: IllegalOrUnknownFunctionApplication(stx-transfer?)");
  // stx-transfer-memo? does not exist in Clarity 1.
  EXPECT_EQ(VariantTextOf(Check("(stx-transfer-memo? u1 tx-sender tx-sender 0x)", k205)),
            "UnknownFunction(stx-transfer-memo?)");
}

TEST(TypeChecker205Test, ContractLiteralIsAPrincipal) {
  // type_of, not literal_type_of: no callable principal before 2.1.
  EXPECT_EQ(VariantTextOf(Check("(define-data-var v int .c)", k205)), "TypeError(int, principal)");
  EXPECT_EQ(VariantTextOf(Check("(define-data-var v int .c)", k21)),
            "TypeError(int, (principal ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.c))");
  EXPECT_EQ(TypeOfLast("(list .a .b)", k205), "(list 2 principal)");
  EXPECT_EQ(TypeOfLast("(if true .a .b)", k205), "principal");
}

TEST(TypeChecker205Test, TraitArgumentsAreTraitReferences) {
  const std::string source =
      "(define-trait t ((m () (response bool bool)))) (define-public (f (x <t>)) (contract-call? x m))";
  auto before = Check(source, k205);
  ASSERT_TRUE(before.status) << ErrorOf(before);
  EXPECT_EQ(before.analysis.public_function_types.at("f").args[0].type.kind(), TypeSignature::Kind::kTraitReference);
  auto after = Check(source, k21);
  ASSERT_TRUE(after.status) << ErrorOf(after);
  EXPECT_EQ(after.analysis.public_function_types.at("f").args[0].type.kind(), TypeSignature::Kind::kCallableTrait);
  // A trait-typed variable is a trait reference where it is used.
  EXPECT_EQ(
      VariantTextOf(Check("(define-trait t ((m () (response bool bool)))) (define-private (f (x <t>)) (+ x 1))", k205)),
      "UnionTypeError([int, uint], <ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.test.t>)");
  // Clarity 1 in both: an imported trait is stored under its own name, not the alias.
  MapAnalysisDb db;
  CheckOptions definer = k205;
  definer.name = "definer";
  auto d = Check("(define-trait t ((m () (response bool bool))))", db, definer);
  ASSERT_TRUE(d.status);
  db.Insert(d.analysis);
  auto user = Check("(use-trait alias .definer.t) (define-public (f (x <alias>)) (contract-call? x m))", db, k205);
  ASSERT_TRUE(user.status) << ErrorOf(user);
  EXPECT_TRUE(user.analysis.defined_traits.contains("t"));
  EXPECT_FALSE(user.analysis.defined_traits.contains("alias"));
}

TEST(TypeChecker205Test, ListWithoutSizeGuard) {
  // Two items past MAX_VALUE_SIZE: TypeChecker2_1 refuses the size before it unifies, TypeChecker2_05 unifies first.
  const std::string source = "(define-private (f (b (buff 600000))) (list b b 1))";
  EXPECT_EQ(VariantTextOf(Check(source, k205)), "TypeError((buff 600000), int)");
  EXPECT_EQ(VariantTextOf(Check(source, k21)), "ValueTooLarge");
  EXPECT_EQ(VariantTextOf(Check("(define-private (f (b (buff 600000))) (list b b))", k205)), "ValueTooLarge");
}

TEST(TypeChecker205Test, TupleWithoutSizeGuard) {
  // TypeChecker2_1 stops adding fields once their sizes pass MAX_VALUE_SIZE; TypeChecker2_05 leaves the size to the
  // tuple's constructor.
  const std::string source = "(define-private (f (b (buff 600000))) {a: b, c: b, d: b})";
  EXPECT_EQ(VariantTextOf(Check(source, k205)),
            "BadTupleConstruction(created a type which was greater than maximum allowed value size)");
  EXPECT_TRUE(VariantTextOf(Check(source, k21)).starts_with("BadTupleConstruction(type size of "))
      << VariantTextOf(Check(source, k21));
}

TEST(TypeChecker205Test, StoredContractsAreReadAsStored) {
  // A 2.05 contract whose function takes a trait: stored with a trait reference type.
  MapAnalysisDb db;
  CheckOptions callee = k205;
  callee.name = "callee";
  auto stored = Check("(define-trait t ((m () (response bool bool)))) (define-public (f (x <t>)) (contract-call? x m))",
                      db, callee);
  ASSERT_TRUE(stored.status) << ErrorOf(stored);
  db.Insert(stored.analysis);
  CheckOptions impl = k205;
  impl.name = "impl";
  auto implementation = Check("(define-public (m) (ok true))", db, impl);
  ASSERT_TRUE(implementation.status);
  db.Insert(implementation.analysis);
  // A trait variable passed on: a trait reference in 2.05 as stored; a callable trait in 2.1 as canonicalized.
  const std::string pass_on = "(use-trait t .callee.t) (define-public (g (x <t>)) (contract-call? .callee f x))";
  EXPECT_TRUE(Check(pass_on, db, k205).status) << ErrorOf(Check(pass_on, db, k205));
  EXPECT_TRUE(Check(pass_on, db, k21).status) << ErrorOf(Check(pass_on, db, k21));
  // A contract literal where the trait is expected: checked for compliance in both.
  const std::string literal = "(define-public (g) (contract-call? .callee f .impl))";
  EXPECT_TRUE(Check(literal, db, k205).status) << ErrorOf(Check(literal, db, k205));
  EXPECT_TRUE(Check(literal, db, k21).status) << ErrorOf(Check(literal, db, k21));
  EXPECT_EQ(VariantTextOf(Check("(define-public (g) (contract-call? .callee f .callee))", db, k205)),
            "BadTraitImplementation(t, m)");
  // A callable type cannot come from a contract stored before 2.1; TypeChecker2_05 has no rule for one.
  CheckOptions later = k21;
  later.name = "later";
  auto newer = Check("(define-trait t ((m () (response bool bool)))) (define-public (f (x <t>)) (contract-call? x m))",
                     db, later);
  ASSERT_TRUE(newer.status);
  db.Insert(newer.analysis);
  EXPECT_EQ(VariantTextOf(Check("(define-public (g) (contract-call? .later f .impl))", db, k205)),
            "Unreachable(<ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.later.t> should not be used in 2.0)");
}

TEST(TypeChecker205Test, Clarity2NativesAndKeywordsAreUnknown) {
  ExpectErrors({{"(is-standard tx-sender)", "UnknownFunction(is-standard)"},
                {"(element-at? (list 1) u0)", "UnknownFunction(element-at?)"},
                {"(stx-account tx-sender)", "UnknownFunction(stx-account)"},
                {"(bit-and 1 2)", "UnknownFunction(bit-and)"},
                {"chain-id", "UndefinedVariable(chain-id)"},
                {"tx-sponsor?", "UndefinedVariable(tx-sponsor?)"},
                {"stacks-block-height", "UndefinedVariable(stacks-block-height)"}});
  ExpectTypes({{"block-height", "uint"}, {"burn-block-height", "uint"}, {"is-in-regtest", "bool"}});
}

TEST(TypeChecker205Test, OnlyClarity1) {
  auto clarity2 = Check("1", {.epoch = StacksEpochId::k2_05, .version = ClarityVersion::kClarity2});
  ASSERT_FALSE(clarity2.status);
  EXPECT_EQ(clarity2.status.error().code, util::ErrorCode::kFailedPrecondition);
  auto epoch10 = Check("1", {.epoch = StacksEpochId::k10, .version = ClarityVersion::kClarity1, .charge_costs = false});
  ASSERT_FALSE(epoch10.status);
  EXPECT_EQ(epoch10.status.error().code, util::ErrorCode::kFailedPrecondition);
}

// --- Costs ----------------------------------------------------------------------------------------------------------

TEST(TypeChecker205Test, CostsOfEpoch205) {
  // costs-2: storage 2n+100, a visit 1, an annotation type size + 9, a type check 113 * type size + 1, a constant
  // lookup 15. (+ 1 2): 4 nodes (108); the list (1); each literal a visit and an annotation (11, twice); each checked
  // against int (114, twice); int (10). Runtime 369; the storage's write length n+1 and one write and read.
  for (bool mainnet : {false, true}) {
    CheckOptions options = k205;
    options.mainnet = mainnet;  // costs-2 and costs-2-testnet price the analysis alike
    auto c = Check("(+ 1 2)", options);
    ASSERT_TRUE(c.status) << ErrorOf(c);
    EXPECT_EQ(c.cost, (costs::ExecutionCost{
                          .write_length = 5, .write_count = 1, .read_length = 1, .read_count = 1, .runtime = 369}));
  }
  // stx-transfer? as a fixed function: 5 nodes (110); the list (1); u1 (11); tx-sender twice: a visit, a constant
  // lookup and an annotation (26 each); three type checks at size 1 (342); (response bool uint) at size 3 (12).
  auto transfer = Check("(stx-transfer? u1 tx-sender tx-sender)", k205);
  ASSERT_TRUE(transfer.status) << ErrorOf(transfer);
  EXPECT_EQ(transfer.cost.runtime, 110u + 1 + 11 + 52 + 342 + 12);
}

TEST(TypeChecker205Test, CostsOfEpoch20) {
  // costs (Epoch 2.0): storage 1000n+1000, a visit 1000, an annotation and a type check 1000 * type size + 1000.
  // (+ 1 2): 5000 + 1000 + 2 * (1000 + 2000) + 2 * 2000 + 2000 = 18000.
  auto c = Check("(+ 1 2)", k20);
  ASSERT_TRUE(c.status) << ErrorOf(c);
  EXPECT_EQ(c.cost, (costs::ExecutionCost{
                        .write_length = 5, .write_count = 1, .read_length = 1, .read_count = 1, .runtime = 18000}));
  // Epoch 2.0 checks as 2.05 does.
  EXPECT_EQ(VariantTextOf(Check("(< true false)", k20)), "UnionTypeError([int, uint], bool)");
}

}  // namespace
}  // namespace stacks::clarity::analysis
