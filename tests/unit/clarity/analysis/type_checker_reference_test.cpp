// A selection of the reference's own type-checker cases (stacks-core type_checker/v2_1/tests/mod.rs): for each,
// the type it gives the last expression, or the error it reports. Checked in Clarity 4, Epoch 3.3, as our latest
// costed version.
#include <gtest/gtest.h>

#include <utility>
#include <vector>

#include "type_checker_test_util.h"

namespace stacks::clarity::analysis {
namespace {

using common::ClarityVersion;
using common::StacksEpochId;
using type_check_testing::Check;
using type_check_testing::CheckOptions;
using type_check_testing::VariantTextOf;

const CheckOptions kLatest{.epoch = StacksEpochId::k33, .version = ClarityVersion::kClarity4};

std::string TypeOfLast(std::string_view source) {
  auto c = Check(source, kLatest);
  if (!c.status) return "error: " + VariantTextOf(c);
  return c.analysis.type_map.at(c.analysis.expressions.back().id).ToString();
}

using Table = std::vector<std::pair<std::string, std::string>>;

void ExpectTypes(const Table& table) {
  for (const auto& [source, type] : table) EXPECT_EQ(TypeOfLast(source), type) << source;
}

void ExpectErrors(const Table& table) {
  for (const auto& [source, error] : table) EXPECT_EQ(VariantTextOf(Check(source, kLatest)), error) << source;
}

TEST(TypeCheckerReferenceTest, SimpleArithmetic) {
  ExpectTypes(
      {{"(>= (+ 1 2 3) (- 1 2))", "bool"}, {"(is-eq (+ 1 2 3) 6 0)", "bool"}, {"(and (or true false) false)", "bool"}});
  ExpectErrors({{"(+ 1 2 3 (>= 5 7))", "TypeError(int, bool)"},
                {"(-)", "RequiresAtLeastArguments(1, 0)"},
                {"(xor 1)", "IncorrectArgumentCount(2, 1)"},
                {"(+ x y z)", "UndefinedVariable(x)"},
                {"(+ 1 2 3 (is-eq 1 2))", "TypeError(int, bool)"},
                {"(and (or true false) (+ 1 2 3))", "TypeError(bool, int)"}});
}

TEST(TypeCheckerReferenceTest, Hashes) {
  ExpectTypes({{"(hash160 u1)", "(buff 20)"},
               {"(sha512 10)", "(buff 64)"},
               {"(sha512/256 u10)", "(buff 32)"},
               {"(sha256 (keccak256 1))", "(buff 32)"}});
  ExpectErrors({{"(keccak256 (list 1 2 3))", "UnionTypeError([(buff 1048576), uint, int], (list 3 int))"},
                {"(sha512/256 u1 u2 u3)", "IncorrectArgumentCount(1, 3)"}});
}

TEST(TypeCheckerReferenceTest, Ifs) {
  ExpectTypes({{"(if (> 1 2) (+ 1 2 3) (- 1 2))", "int"},
               {"(if true \"abcdef\" \"abc\")", "(string-ascii 6)"},
               {"(if true \"a\" \"abcdef\")", "(string-ascii 6)"}});
  ExpectErrors({{"(if true true 1)", "IfArmsMustMatch(bool, int)"},
                {"(if true \"a\" false)", "IfArmsMustMatch((string-ascii 1), bool)"},
                {"(if)", "IncorrectArgumentCount(3, 0)"},
                {"(if 0 1 0)", "TypeError(bool, int)"}});
}

TEST(TypeCheckerReferenceTest, Lets) {
  ExpectTypes({{"(let ((x true) (y (+ 1 2)) (z 3)) (print x) (if x (+ 1 z y) (- 1 z)))", "int"},
               {"(let ((x 1) (y u2) (z u3) (a (+ y z)) (b (* 2 x)) (c { foo: a, bar: b })) c)",
                "(tuple (bar int) (foo uint))"}});
  ExpectErrors({{"(let ((1)) (+ 1 2))", "BadSyntaxBinding(InvalidLength(Let, 0))"},
                {"(let ((1 2)) (+ 1 2))", "BadSyntaxBinding(NotAtom(Let, 0))"},
                {"(let ((x 1) (y u2) (z (+ x y))) x)", "TypeError(int, uint)"}});
}

TEST(TypeCheckerReferenceTest, Lists) {
  ExpectTypes({{"(map hash160 (list u1 u2 u3 u4 u5))", "(list 5 (buff 20))"},
               {"(map + (list 1 2 3 4 5) (list 1 2 3 4) (list 1 2 3 4 5))", "(list 4 int)"},
               {"(list (list 1 2) (list 3 4) (list 5 1 7))", "(list 3 (list 3 int))"},
               {"(fold and (list true true false false) true)", "bool"},
               {"(map - (list (+ 1 2) 3 (+ 4 5) (* (+ 1 2) 3)))", "(list 4 int)"},
               {"(if true (list) (list 1 2 3 4))", "(list 4 int)"}});
  ExpectErrors({{"(fold and (list true false) 2)", "TypeError(bool, int)"},
                {"(fold hash160 (list u1 u2 u3 u4) u2)", "IncorrectArgumentCount(1, 2)"},
                {"(fold >= (list 1 2 3 4) 2)", "TypeError(int, bool)"},
                {"(list (list 1 2) (list true) (list 5 1 7))", "TypeError(int, bool)"},
                {"(list 1 2 3 true false 4 5 6)", "TypeError(int, bool)"},
                {"(filter hash160 (list 1 2 3 4))", "TypeError(bool, (buff 20))"},
                {"(filter not (list 1 2 3 4) 1)", "IncorrectArgumentCount(2, 3)"},
                {"(filter ynot (list 1 2 3 4))", "IllegalOrUnknownFunctionApplication(ynot)"},
                {"(map mod (list 1 2 3 4 5))", "IncorrectArgumentCount(2, 1)"},
                {"(map - (list true false true false))", "UnionTypeError([int, uint], bool)"},
                {"(map hash160 (+ u1 u2))", "ExpectedSequence(uint)"},
                {"(map + (list 1 2 3 4 5) (list true true true true true))", "TypeError(int, bool)"}});
}

TEST(TypeCheckerReferenceTest, DestructuringOptionals) {
  ExpectTypes({{"(unwrap! (some 1) 2)", "int"},
               {"(unwrap-err! (err 1) 2)", "int"},
               {"(match (some 1) inner-value (+ 1 inner-value) (/ 1 0))", "int"},
               {"(define-private (t1 (x uint)) (if (> x u1) (ok x) (err false)))"
                "(define-private (t2 (x uint)) (if (> x u4) (err true) (ok (+ u2 (try! (t1 x))))))"
                "(t2 u3)",
                "(response uint bool)"},
               {"(define-private (t1 (x uint)) (if (> x u1) (some x) none))"
                "(define-private (t2 (x uint)) (if (> x u4) (some false) (some (> u2 (try! (t1 x))))))"
                "(t2 u3)",
                "(optional bool)"}});
  ExpectErrors(
      {{"(unwrap-err! (some 2) 2)", "ExpectedResponseType((optional int))"},
       {"(unwrap! (err 3) 2)", "CouldNotDetermineResponseOkType"},
       {"(define-private (foo) (if (> 1 0) none none)) (unwrap-panic (foo))", "CouldNotDetermineResponseOkType"},
       {"(match (err 1) ok-val (/ ok-val 0) err-val (+ err-val 7))", "CouldNotDetermineMatchTypes"},
       {"(define-private (foo) (if (> 1 0) (ok 1) (err u8)))"
        "(match (foo) ok-val (+ 1 ok-val) err-val (/ err-val u0))",
        "MatchArmsMustMatch(int, uint)"},
       {"(match (some 1) inner-value (+ 1 inner-value) (> 1 28))", "MatchArmsMustMatch(int, bool)"},
       {"(match (ok 1) inner-value (+ 1 inner-value))", "BadMatchResponseSyntax(IncorrectArgumentCount(5, 3))"},
       {"(match (ok 1) 1 (+ 1 1) err-val (+ 2 err-val))", "BadMatchResponseSyntax(ExpectedName)"},
       {"(match (ok 1) ok-val (+ 1 1) (+ 3 4) (+ 2 err-val))", "BadMatchResponseSyntax(ExpectedName)"},
       {"(match 1 ok-val (/ ok-val 0) err-val (+ err-val 7))", "BadMatchInput(int)"},
       {"(define-private (foo (x int)) (match (some 3) x (+ x 2) 5))", "NameAlreadyUsed(x)"},
       {"(define-private (t1 (x uint)) (if (> x u1) (ok x) (err false)))"
        "(define-private (t2 (x uint)) (if (> x u4) (err u3) (ok (+ u2 (try! (t1 x))))))",
        "ReturnTypesMustMatch((response UnknownType bool), (response uint uint))"},
       {"(define-private (t1 (x uint)) (if (> x u1) (ok x) (err false)))"
        "(define-private (t2 (x uint)) (> u2 (try! (t1 x))))",
        "ReturnTypesMustMatch((response UnknownType bool), bool)"},
       {"(try! (err 3))", "CouldNotDetermineResponseOkType"},
       {"(try! (ok 3) 4)", "IncorrectArgumentCount(1, 2)"}});
}

TEST(TypeCheckerReferenceTest, ResponseInference) {
  ExpectTypes(
      {{"(define-private (foo (x int)) (err x)) (define-private (bar (x bool)) (ok x))"
        "(if true (foo 1) (bar false))",
        "(response bool int)"},
       {"(define-private (check (x (response bool int))) (is-ok x)) (check (if true (err 1) (ok false)))", "bool"},
       {"(define-private (check (x (response int bool))) (if (> 10 (unwrap! x 10)) 2 (let ((z (unwrap! x 1))) "
        "z))) (check (ok 1))",
        "int"},
       // An unwrap! at the top level may exit with anything.
       {"(unwrap! (ok 2) true)", "int"}});
  ExpectErrors({{"(define-private (check (x (response bool int))) (is-ok x)) (check true)",
                 "TypeError((response bool int), bool)"},
                {"(define-private (check (x (response int bool))) (if (> 10 (unwrap! x 10)) 2 (let ((z (unwrap! x "
                 "true))) z))) (check (ok 1))",
                 "ReturnTypesMustMatch(int, bool)"},
                {"(unwrap! (err 2) true)", "CouldNotDetermineResponseOkType"}});
}

TEST(TypeCheckerReferenceTest, Comparisons) {
  ExpectTypes({{"(<= \"aaa\" \"aa\")", "bool"}, {"(> u\"aaa\" u\"aa\")", "bool"}, {"(< 0x01 0x02)", "bool"}});
  const std::string comparable = "[int, uint, (string-ascii 1048576), (string-utf8 262144), (buff 1048576)]";
  ExpectErrors({{"(<= 'SZ2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKQ9H6DPR 'SZ2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKQ9H6DPR)",
                 "UnionTypeError(" + comparable + ", principal)"},
                {"(<= (list 1 2 3) (list 1 2 3))", "UnionTypeError(" + comparable + ", (list 3 int))"},
                {"(<= u\"aaa\" \"aa\")", "TypeError((string-utf8 3), (string-ascii 2))"},
                {"(>= \"aaa\" 0x0101)", "TypeError((string-ascii 3), (buff 2))"},
                {"(>= 0x0101 u\"aaa\")", "TypeError((buff 2), (string-utf8 3))"},
                {"(>=)", "IncorrectArgumentCount(2, 0)"},
                {"(>= \"aaa\" \"aaa\" \"aaa\")", "IncorrectArgumentCount(2, 3)"}});
}

TEST(TypeCheckerReferenceTest, DataVariables) {
  ExpectErrors({{"(define-data-var cursor int)", "IncorrectArgumentCount(3, 2)"},
                {"(define-data-var cursor int true)", "TypeError(int, bool)"},
                {"(define-data-var cursor int 0) (define-private (update-cursor) (var-set cursor true))",
                 "TypeError(int, bool)"},
                {"(define-data-var cursor int 0) (define-private (get-cursor) cursor)", "UndefinedVariable(cursor)"},
                {"(define-data-var cursor int 0) (define-private (update) (let ((cursor 0)) cursor))",
                 "NameAlreadyUsed(cursor)"},
                {"(define-private (update) (var-set cursor (+ (var-get cursor) 1)))", "NoSuchDataVariable(cursor)"}});
}

TEST(TypeCheckerReferenceTest, Shadowing) {
  ExpectErrors({{"(let ((x 1)) (let ((x 2)) x))", "NameAlreadyUsed(x)"},
                {"(let ((x 1) (x 2)) x)", "NameAlreadyUsed(x)"},
                {"(define-constant foo 1) (define-private (f) (let ((foo 2)) foo))", "NameAlreadyUsed(foo)"},
                {"(define-constant foo 1) (define-private (f (foo int)) foo)", "NameAlreadyUsed(foo)"}});
}

TEST(TypeCheckerReferenceTest, TupleMerge) {
  ExpectTypes({{"(merge {a: 1, b: 2, c: 3} {a: 4, b: u5})", "(tuple (a int) (b uint) (c int))"},
               {"(merge {a: 1} {a: {b: 2}})", "(tuple (a (tuple (b int))))"}});
  ExpectErrors({{"(define-private (set-cursor (value (tuple))) value)", "EmptyTuplesNotAllowed"}});
}

TEST(TypeCheckerReferenceTest, NegativeLengths) {
  ExpectErrors({{"(define-private (f (b (buff -12))) b)", "ValueOutOfBounds"},
                {"(define-private (f (b (string-ascii -12))) b)", "ValueOutOfBounds"},
                {"(define-private (f (b (string-utf8 -12))) b)", "ValueOutOfBounds"}});
}

TEST(TypeCheckerReferenceTest, BadSyntaxBindings) {
  ExpectErrors(
      {{"(let ((a 1) 2) a)", "BadSyntaxBinding(NotList(Let, 1))"},
       {"(define-private (foo (a int) (b)) a)", "BadSyntaxBinding(InvalidLength(Eval, 1))"},
       {"(define-private (foo (a int) (1 int)) a)", "BadSyntaxBinding(NotAtom(Eval, 1))"},
       {"(tuple (a 1) (b 2 3))", "BadSyntaxBinding(InvalidLength(TupleCons, 1))"},
       {"(define-private (foo (a (tuple (b int) c))) a)", "BadSyntaxBinding(NotList(TupleCons, 1))"},
       {"(let (oops (bar u1)) (ok true))", "BadSyntaxBinding(NotList(Let, 0))"},
       {"(let ((oops u1 u2) (bar u1)) (ok true))", "BadSyntaxBinding(InvalidLength(Let, 0))"},
       {"(define-private (foo oops (bar uint)) (ok true))", "BadSyntaxBinding(NotList(Eval, 0))"},
       {"(define-private (foo (u1 uint) (bar uint)) (ok true))", "BadSyntaxBinding(NotAtom(Eval, 0))"},
       {"(tuple (u1 u2) (bar u1))", "BadSyntaxBinding(NotAtom(TupleCons, 0))"},
       {"(from-consensus-buff? (tuple (a (string-ascii -12))) 0x00)", "ValueOutOfBounds"},
       // Nested type errors are the innermost one's.
       {"(define-public (foo (bar { a: { b: { c: (string-ascii -19) } } })) (ok true))", "ValueOutOfBounds"},
       {"(define-public (foo (bar (list (list 10 (string-ascii -19))))) (ok true))", "InvalidTypeDescription"}});
}

}  // namespace
}  // namespace stacks::clarity::analysis
