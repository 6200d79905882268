// The type checker on each family of natives: the type it gives well-typed applications, and the reference's
// error for wrong argument types and counts, indeterminate types, and names that do not exist in a version.
#include <gtest/gtest.h>

#include "type_checker_test_util.h"

namespace stacks::clarity::analysis {
namespace {

using common::ClarityVersion;
using common::StacksEpochId;
using type_check_testing::Check;
using type_check_testing::CheckOptions;
using type_check_testing::VariantTextOf;

// The type the checker gives the (last) top-level expression of `source`, or its error.
std::string TypeOf(std::string_view source, const CheckOptions& options = {}) {
  auto c = Check(source, options);
  if (!c.status) return "error: " + VariantTextOf(c);
  const auto& last = c.analysis.expressions.back();
  auto it = c.analysis.type_map.find(last.id);
  if (it == c.analysis.type_map.end()) return "untyped";
  return it->second.ToString();
}

std::string ErrorOf(std::string_view source, const CheckOptions& options = {}) {
  return VariantTextOf(Check(source, options));
}

const CheckOptions kClarity1{.epoch = StacksEpochId::k21, .version = ClarityVersion::kClarity1};
const CheckOptions kClarity2{.epoch = StacksEpochId::k25, .version = ClarityVersion::kClarity2};
const CheckOptions kClarity4{.epoch = StacksEpochId::k33, .version = ClarityVersion::kClarity4};

TEST(TypeCheckerNativesTest, Arithmetic) {
  EXPECT_EQ(TypeOf("(+ 1 2 3)"), "int");
  EXPECT_EQ(TypeOf("(- u5 u3)"), "uint");
  EXPECT_EQ(ErrorOf("(+ 1 u1)"), "TypeError(int, uint)");
  EXPECT_EQ(ErrorOf("(* u1 u2 3)"), "TypeError(uint, int)");
  EXPECT_EQ(ErrorOf("(+ \"a\" 1)"), "UnionTypeError([int, uint], (string-ascii 1))");
  EXPECT_EQ(ErrorOf("(+)"), "RequiresAtLeastArguments(1, 0)");
  EXPECT_EQ(ErrorOf("(mod 1 2 3)"), "IncorrectArgumentCount(2, 3)");
  EXPECT_EQ(ErrorOf("(pow 2)"), "IncorrectArgumentCount(2, 1)");
  EXPECT_EQ(ErrorOf("(sqrti 1 2)"), "IncorrectArgumentCount(1, 2)");
  EXPECT_EQ(ErrorOf("(log2 true)"), "UnionTypeError([int, uint], bool)");
  EXPECT_EQ(ErrorOf("(to-uint u1)"), "TypeError(int, uint)");
  EXPECT_EQ(ErrorOf("(to-int 1)"), "TypeError(uint, int)");
  EXPECT_EQ(ErrorOf("(to-int u1 u2)"), "IncorrectArgumentCount(1, 2)");
  EXPECT_EQ(TypeOf("(xor 1 2)"), "int");
}

TEST(TypeCheckerNativesTest, Comparisons) {
  EXPECT_EQ(TypeOf("(< 1 2)"), "bool");
  EXPECT_EQ(ErrorOf("(< 1 u2)"), "TypeError(int, uint)");
  EXPECT_EQ(ErrorOf("(>= 1)"), "IncorrectArgumentCount(2, 1)");
  // Strings and buffers compare from Clarity 2.
  EXPECT_EQ(TypeOf("(< \"a\" \"b\")"), "bool");
  EXPECT_EQ(TypeOf("(> 0x01 0x0203)"), "bool");
  EXPECT_EQ(ErrorOf("(< \"a\" u\"b\")"), "TypeError((string-ascii 1), (string-utf8 1))");
  EXPECT_EQ(ErrorOf("(< \"a\" \"b\")", kClarity1),
            "UnionTypeError([int, uint, (string-ascii 1048576), (string-utf8 262144), (buff 1048576)], "
            "(string-ascii 1))");
  EXPECT_EQ(ErrorOf("(< true false)"),
            "UnionTypeError([int, uint, (string-ascii 1048576), (string-utf8 262144), (buff 1048576)], bool)");
}

TEST(TypeCheckerNativesTest, Bitwise) {
  EXPECT_EQ(TypeOf("(bit-shift-left u1 u2)"), "uint");
  EXPECT_EQ(TypeOf("(bit-shift-right -8 u2)"), "int");
  EXPECT_EQ(ErrorOf("(bit-shift-left 1 2)"), "TypeError(uint, int)");
  EXPECT_EQ(ErrorOf("(bit-shift-left true u1)"), "UnionTypeError([int, uint], bool)");
  EXPECT_EQ(ErrorOf("(bit-and 1 u2)"), "TypeError(int, uint)");
  EXPECT_EQ(ErrorOf("(bit-not 1 2)"), "IncorrectArgumentCount(1, 2)");
  EXPECT_EQ(ErrorOf("(bit-and 1 2)", kClarity1), "UnknownFunction(bit-and)");
}

TEST(TypeCheckerNativesTest, BooleansAndEquality) {
  EXPECT_EQ(TypeOf("(and true false true)"), "bool");
  EXPECT_EQ(ErrorOf("(and true 1)"), "TypeError(bool, int)");
  EXPECT_EQ(ErrorOf("(or)"), "RequiresAtLeastArguments(1, 0)");
  EXPECT_EQ(ErrorOf("(not 1)"), "TypeError(bool, int)");
  EXPECT_EQ(TypeOf("(is-eq (some 1) none)"), "bool");
  EXPECT_EQ(TypeOf("(is-eq (list 1) (list 1 2))"), "bool");
  // The new argument and the running supertype, in that order.
  EXPECT_EQ(ErrorOf("(is-eq 1 u1)"), "TypeError(uint, int)");
  EXPECT_EQ(ErrorOf("(is-eq)"), "RequiresAtLeastArguments(1, 0)");
}

TEST(TypeCheckerNativesTest, ControlFlow) {
  EXPECT_EQ(TypeOf("(if true 1 2)"), "int");
  EXPECT_EQ(TypeOf("(if true (some 1) none)"), "(optional int)");
  EXPECT_EQ(TypeOf("(if true (ok 1) (err u1))"), "(response int uint)");
  EXPECT_EQ(ErrorOf("(if 1 2 3)"), "TypeError(bool, int)");
  EXPECT_EQ(ErrorOf("(if true 1 u2)"), "IfArmsMustMatch(int, uint)");
  EXPECT_EQ(ErrorOf("(if true 1)"), "IncorrectArgumentCount(3, 2)");
  EXPECT_EQ(TypeOf("(begin 1 2 u3)"), "uint");
  EXPECT_EQ(ErrorOf("(begin)"), "RequiresAtLeastArguments(1, 0)");
  EXPECT_EQ(ErrorOf("(begin (ok 1) 2)"), "UncheckedIntermediaryResponses");
  // A later type error wins over an unchecked response.
  EXPECT_EQ(ErrorOf("(begin (ok 1) (+ 1 u1))"), "TypeError(int, uint)");
  EXPECT_EQ(TypeOf("(begin 1 (ok 1))"), "(response int UnknownType)");
}

TEST(TypeCheckerNativesTest, Let) {
  EXPECT_EQ(TypeOf("(let ((a 1) (b (+ a 1))) (* a b))"), "int");
  EXPECT_EQ(ErrorOf("(let ((a 1) (a 2)) a)"), "NameAlreadyUsed(a)");
  EXPECT_EQ(ErrorOf("(let ((a 1)) (let ((a 2)) a))"), "NameAlreadyUsed(a)");
  EXPECT_EQ(ErrorOf("(define-constant a 1) (let ((a 2)) a)"), "NameAlreadyUsed(a)");
  EXPECT_EQ(ErrorOf("(let (a 1) a)"), "BadSyntaxBinding(NotList(Let, 0))");
  EXPECT_EQ(ErrorOf("(let ((a 1) (b)) a)"), "BadSyntaxBinding(InvalidLength(Let, 1))");
  EXPECT_EQ(ErrorOf("(let ((1 2)) 3)"), "BadSyntaxBinding(NotAtom(Let, 0))");
  EXPECT_EQ(ErrorOf("(let 1 2)"), "BadLetSyntax");
  EXPECT_EQ(ErrorOf("(let ((a 1)))"), "RequiresAtLeastArguments(2, 1)");
  EXPECT_EQ(ErrorOf("(let ((a 1)) (ok a) a)"), "UncheckedIntermediaryResponses");
  EXPECT_EQ(ErrorOf("(let ((a b)) 1)"), "UndefinedVariable(b)");
}

TEST(TypeCheckerNativesTest, Tuples) {
  EXPECT_EQ(TypeOf("{b: 1, a: u2}"), "(tuple (a uint) (b int))");
  EXPECT_EQ(TypeOf("(get a {a: 1, b: u2})"), "int");
  EXPECT_EQ(TypeOf("(get a (some {a: 1}))"), "(optional int)");
  EXPECT_EQ(TypeOf("(merge {a: 1, b: 2} {b: u3, c: true})"), "(tuple (a int) (b uint) (c bool))");
  EXPECT_EQ(ErrorOf("(get a 1)"), "ExpectedTuple(int)");
  EXPECT_EQ(ErrorOf("(get a (some 1))"), "ExpectedTuple(int)");
  EXPECT_EQ(ErrorOf("(get a none)"), "ExpectedTuple(UnknownType)");
  EXPECT_EQ(ErrorOf("(get b {a: 1})"), "NoSuchTupleField(b, (tuple (a int)))");
  EXPECT_EQ(ErrorOf("(get 1 {a: 1})"), "BadTupleFieldName");
  EXPECT_EQ(ErrorOf("(merge {a: 1} 2)"), "ExpectedTuple(int)");
  EXPECT_EQ(ErrorOf("(merge 1 {a: 1})"), "ExpectedTuple(int)");
  EXPECT_EQ(ErrorOf("{a: 1, a: 2}"), "BadTupleConstruction(defining 'a' conflicts with previous value)");
  EXPECT_EQ(ErrorOf("(tuple (a 1) b)"), "BadSyntaxBinding(NotList(TupleCons, 1))");
  EXPECT_EQ(ErrorOf("(tuple)"), "RequiresAtLeastArguments(1, 0)");
}

TEST(TypeCheckerNativesTest, Lists) {
  EXPECT_EQ(TypeOf("(list 1 2 3)"), "(list 3 int)");
  EXPECT_EQ(TypeOf("(list)"), "(list 0 UnknownType)");
  EXPECT_EQ(TypeOf("(list (some 1) none)"), "(list 2 (optional int))");
  EXPECT_EQ(TypeOf("(list \"a\" \"abc\")"), "(list 2 (string-ascii 3))");
  EXPECT_EQ(ErrorOf("(list 1 u1)"), "TypeError(int, uint)");
  // The innermost pair without a supertype.
  EXPECT_EQ(ErrorOf("(list (list 1) (list u1))"), "TypeError(int, uint)");
}

TEST(TypeCheckerNativesTest, Sequences) {
  EXPECT_EQ(TypeOf("(len \"abc\")"), "uint");
  EXPECT_EQ(ErrorOf("(len 1)"), "ExpectedSequence(int)");
  EXPECT_EQ(TypeOf("(map + (list 1 2) (list 3))"), "(list 1 int)");
  EXPECT_EQ(TypeOf("(map not (list true false))"), "(list 2 bool)");
  EXPECT_EQ(TypeOf("(map + 0x0102 0x03)", kClarity2), "error: UnionTypeError([int, uint], (buff 1))");
  EXPECT_EQ(ErrorOf("(map + (list 1 2) (list u1))"), "TypeError(int, uint)");
  EXPECT_EQ(ErrorOf("(map not (list 1))"), "TypeError(bool, int)");
  EXPECT_EQ(ErrorOf("(map not (list true) (list false))"), "IncorrectArgumentCount(1, 2)");
  EXPECT_EQ(ErrorOf("(map if (list true))"), "IllegalOrUnknownFunctionApplication(if)");
  EXPECT_EQ(ErrorOf("(map nope (list true))"), "IllegalOrUnknownFunctionApplication(nope)");
  EXPECT_EQ(ErrorOf("(map not 1)"), "ExpectedSequence(int)");
  EXPECT_EQ(TypeOf("(define-private (inc (x int)) (+ x 1)) (map inc (list 1 2))"), "(list 2 int)");
  EXPECT_EQ(TypeOf("(fold + (list 1 2) 0)"), "int");
  EXPECT_EQ(ErrorOf("(fold + (list 1 2) u0)"), "TypeError(int, uint)");
  EXPECT_EQ(ErrorOf("(fold + (list) 0)"), "UnionTypeError([int, uint], UnknownType)");
  EXPECT_EQ(TypeOf("(filter not (list true))"), "(list 1 bool)");
  EXPECT_EQ(ErrorOf("(filter + (list 1))"), "TypeError(bool, int)");
  EXPECT_EQ(TypeOf("(concat (list 1) (list 2 3))"), "(list 3 int)");
  EXPECT_EQ(TypeOf("(concat \"ab\" \"c\")"), "(string-ascii 3)");
  EXPECT_EQ(ErrorOf("(concat (list 1) \"a\")"), "TypeError((list 1 int), (string-ascii 1))");
  EXPECT_EQ(ErrorOf("(concat 1 (list 1))"), "ExpectedSequence(int)");
  // As the reference, the first argument is named even when the second is the wrong one.
  EXPECT_EQ(ErrorOf("(concat (list 1) 1)"), "ExpectedSequence((list 1 int))");
  EXPECT_EQ(ErrorOf("(concat \"a\" \"b\" \"c\")"), "IncorrectArgumentCount(2, 3)");
  EXPECT_EQ(TypeOf("(append (list 1) 2)"), "(list 2 int)");
  EXPECT_EQ(TypeOf("(append (list) 2)"), "(list 1 int)");
  EXPECT_EQ(ErrorOf("(append 1 2)"), "ExpectedListApplication");
  EXPECT_EQ(ErrorOf("(append (list 1) u2)"), "TypeError(int, uint)");
  EXPECT_EQ(TypeOf("(as-max-len? (list 1 2) u5)"), "(optional (list 5 int))");
  EXPECT_EQ(TypeOf("(as-max-len? 0x01 u1048576)"), "(optional (buff 1048576))");
  EXPECT_EQ(ErrorOf("(as-max-len? (list 1) 1)"), "TypeError(uint, int)");
  EXPECT_EQ(ErrorOf("(as-max-len? u\"a\" u262145)"), "ValueTooLarge");
  EXPECT_EQ(ErrorOf("(as-max-len? 1 u2)"), "ExpectedSequence(int)");
  EXPECT_EQ(TypeOf("(element-at (list 1) u0)"), "(optional int)");
  EXPECT_EQ(TypeOf("(element-at? \"abc\" u0)"), "(optional (string-ascii 1))");
  EXPECT_EQ(ErrorOf("(element-at (list 1) 1)"), "TypeError(uint, int)");
  EXPECT_EQ(ErrorOf("(element-at? (list 1) u0)", kClarity1), "UnknownFunction(element-at?)");
  EXPECT_EQ(TypeOf("(index-of (list 1) 1)"), "(optional uint)");
  EXPECT_EQ(ErrorOf("(index-of (list 1) u1)"), "TypeError(int, uint)");
  EXPECT_EQ(ErrorOf("(index-of \"abc\" \"bc\")"), "TypeError((string-ascii 1), (string-ascii 2))");
  EXPECT_EQ(TypeOf("(slice? \"abc\" u0 u1)"), "(optional (string-ascii 3))");
  EXPECT_EQ(ErrorOf("(slice? 1 u0 u1)"), "ExpectedSequence(int)");
  EXPECT_EQ(ErrorOf("(slice? (list 1) 0 u1)"), "TypeError(uint, int)");
  EXPECT_EQ(TypeOf("(replace-at? (list 1 2) u0 3)"), "(optional (list 2 int))");
  EXPECT_EQ(ErrorOf("(replace-at? (list 1) u0 u1)"), "TypeError(int, uint)");
}

TEST(TypeCheckerNativesTest, OptionalsAndResponses) {
  EXPECT_EQ(TypeOf("(some 1)"), "(optional int)");
  EXPECT_EQ(TypeOf("(ok 1)"), "(response int UnknownType)");
  EXPECT_EQ(TypeOf("(err u1)"), "(response UnknownType uint)");
  EXPECT_EQ(ErrorOf("(some)"), "IncorrectArgumentCount(1, 0)");
  EXPECT_EQ(ErrorOf("(is-some 1)"), "ExpectedOptionalType(int)");
  EXPECT_EQ(ErrorOf("(is-ok (some 1))"), "ExpectedResponseType((optional int))");
  EXPECT_EQ(TypeOf("(default-to 1 (some 2))"), "int");
  EXPECT_EQ(TypeOf("(default-to 1 none)"), "int");
  EXPECT_EQ(ErrorOf("(default-to 1 (some u1))"), "DefaultTypesMustMatch(int, uint)");
  EXPECT_EQ(ErrorOf("(default-to 1 2)"), "ExpectedOptionalType(int)");
  EXPECT_EQ(ErrorOf("(unwrap-panic 1)"), "ExpectedOptionalOrResponseType(int)");
  EXPECT_EQ(ErrorOf("(unwrap-err-panic (some 1))"), "ExpectedResponseType((optional int))");
  EXPECT_EQ(ErrorOf("(asserts! 1 2)"), "TypeError(bool, int)");
  EXPECT_EQ(ErrorOf("(unwrap! (some 1))"), "IncorrectArgumentCount(2, 1)");
  EXPECT_EQ(ErrorOf("(try! 1)"), "ExpectedOptionalOrResponseType(int)");
}

TEST(TypeCheckerNativesTest, IndeterminateTypes) {
  EXPECT_EQ(ErrorOf("(unwrap-panic none)"), "CouldNotDetermineResponseOkType");
  EXPECT_EQ(ErrorOf("(unwrap! (err u1) u2)"), "CouldNotDetermineResponseOkType");
  EXPECT_EQ(ErrorOf("(unwrap-err-panic (ok 1))"), "CouldNotDetermineResponseErrType");
  EXPECT_EQ(ErrorOf("(try! (ok 1))"), "CouldNotDetermineResponseErrType");
  EXPECT_EQ(ErrorOf("(try! none)"), "CouldNotDetermineResponseOkType");
  EXPECT_EQ(ErrorOf("(match none x 1 2)"), "CouldNotDetermineMatchTypes");
  EXPECT_EQ(ErrorOf("(match (ok 1) x 1 y 2)"), "CouldNotDetermineMatchTypes");
  // A none serializes to its prefix alone: not indeterminate for to-consensus-buff?.
  EXPECT_EQ(TypeOf("(to-consensus-buff? none)"), "(optional (buff 1))");
}

TEST(TypeCheckerNativesTest, Match) {
  EXPECT_EQ(TypeOf("(match (some 1) x (+ x 1) 0)"), "int");
  EXPECT_EQ(TypeOf("(match (if true (ok 1) (err u1)) x (some x) e none)"), "(optional int)");
  EXPECT_EQ(ErrorOf("(match 1 a 1 2)"), "BadMatchInput(int)");
  EXPECT_EQ(ErrorOf("(match (some 1) a 1)"), "BadMatchOptionSyntax(IncorrectArgumentCount(4, 3))");
  EXPECT_EQ(ErrorOf("(match (some 1) 1 1 2)"), "BadMatchOptionSyntax(ExpectedName)");
  EXPECT_EQ(ErrorOf("(match (if true (ok 1) (err u1)) a 1 2)"), "BadMatchResponseSyntax(IncorrectArgumentCount(5, 4))");
  EXPECT_EQ(ErrorOf("(match (some 1) a 1 u2)"), "MatchArmsMustMatch(int, uint)");
  EXPECT_EQ(ErrorOf("(let ((a 1)) (match (some 1) a a 2))"), "NameAlreadyUsed(a)");
  EXPECT_EQ(ErrorOf("(match)"), "RequiresAtLeastArguments(1, 0)");
}

TEST(TypeCheckerNativesTest, DataAndMaps) {
  const std::string defs = "(define-data-var v int 1) (define-map m {k: int} uint) ";
  EXPECT_EQ(TypeOf(defs + "(var-get v)"), "int");
  EXPECT_EQ(TypeOf(defs + "(var-set v 2)"), "bool");
  EXPECT_EQ(TypeOf(defs + "(map-get? m {k: 1})"), "(optional uint)");
  EXPECT_EQ(TypeOf(defs + "(map-set m {k: 1} u2)"), "bool");
  EXPECT_EQ(TypeOf(defs + "(map-insert m {k: 1} u2)"), "bool");
  EXPECT_EQ(TypeOf(defs + "(map-delete m {k: 1})"), "bool");
  EXPECT_EQ(ErrorOf(defs + "(var-get nope)"), "NoSuchDataVariable(nope)");
  EXPECT_EQ(ErrorOf(defs + "(var-get 1)"), "BadMapName");
  EXPECT_EQ(ErrorOf(defs + "(var-set v u1)"), "TypeError(int, uint)");
  EXPECT_EQ(ErrorOf(defs + "(map-get? m {k: u1})"), "TypeError((tuple (k int)), (tuple (k uint)))");
  EXPECT_EQ(ErrorOf(defs + "(map-set m {k: 1} 2)"), "TypeError(uint, int)");
  EXPECT_EQ(ErrorOf(defs + "(map-insert m {j: 1} u2)"), "TypeError((tuple (k int)), (tuple (j int)))");
  EXPECT_EQ(ErrorOf(defs + "(map-delete nope 1)"), "NoSuchMap(nope)");
  EXPECT_EQ(ErrorOf(defs + "(map-set m {k: 1})"), "RequiresAtLeastArguments(3, 2)");
  // The argument is checked before the map is looked up.
  EXPECT_EQ(ErrorOf(defs + "(map-get? nope (+ 1 u1))"), "TypeError(int, uint)");
}

TEST(TypeCheckerNativesTest, Hashes) {
  EXPECT_EQ(TypeOf("(sha256 0x00)"), "(buff 32)");
  EXPECT_EQ(TypeOf("(sha512 1)"), "(buff 64)");
  EXPECT_EQ(TypeOf("(hash160 u1)"), "(buff 20)");
  EXPECT_EQ(TypeOf("(keccak256 0x)"), "(buff 32)");
  EXPECT_EQ(TypeOf("(sha512/256 0x)"), "(buff 32)");
  EXPECT_EQ(ErrorOf("(sha256 true)"), "UnionTypeError([(buff 1048576), uint, int], bool)");
  EXPECT_EQ(ErrorOf("(sha256 \"a\")"), "UnionTypeError([(buff 1048576), uint, int], (string-ascii 1))");
  EXPECT_EQ(ErrorOf("(sha256 1 2)"), "IncorrectArgumentCount(1, 2)");
}

TEST(TypeCheckerNativesTest, Conversions) {
  EXPECT_EQ(TypeOf("(buff-to-int-le 0x01)"), "int");
  EXPECT_EQ(TypeOf("(buff-to-uint-be 0x01)"), "uint");
  EXPECT_EQ(ErrorOf("(buff-to-int-le 0x0102030405060708090a0b0c0d0e0f1011)"), "TypeError((buff 16), (buff 17))");
  EXPECT_EQ(TypeOf("(string-to-int? \"12\")"), "(optional int)");
  EXPECT_EQ(ErrorOf("(string-to-uint? 12)"), "UnionTypeError([(string-ascii 1048576), (string-utf8 262144)], int)");
  EXPECT_EQ(TypeOf("(int-to-ascii 5)"), "(string-ascii 40)");
  EXPECT_EQ(TypeOf("(int-to-utf8 u5)"), "(string-utf8 40)");
  EXPECT_EQ(ErrorOf("(int-to-ascii \"5\")"), "UnionTypeError([int, uint], (string-ascii 1))");
  EXPECT_EQ(TypeOf("(to-consensus-buff? 1)"), "(optional (buff 17))");
  EXPECT_EQ(TypeOf("(to-consensus-buff? (some u1))"), "(optional (buff 18))");
  EXPECT_EQ(TypeOf("(to-consensus-buff? \"abc\")"), "(optional (buff 8))");
  EXPECT_EQ(ErrorOf("(to-consensus-buff? (list))"), "CouldNotDetermineSerializationType");
  EXPECT_EQ(TypeOf("(from-consensus-buff? (tuple (a int)) 0x00)"), "(optional (tuple (a int)))");
  EXPECT_EQ(ErrorOf("(from-consensus-buff? int 1)"), "TypeError((buff 1048576), int)");
  EXPECT_EQ(ErrorOf("(from-consensus-buff? integer 0x00)"), "UnknownTypeName(integer)");
  EXPECT_EQ(ErrorOf("(from-consensus-buff? (buff -1) 0x00)"), "ValueOutOfBounds");
  EXPECT_EQ(ErrorOf("(from-consensus-buff? (string-utf8 262145) 0x00)"), "ValueTooLarge");
  EXPECT_EQ(ErrorOf("(from-consensus-buff? 1 0x00)"), "InvalidTypeDescription");
  EXPECT_EQ(ErrorOf("(to-consensus-buff? 1)", kClarity1), "UnknownFunction(to-consensus-buff?)");
  EXPECT_EQ(TypeOf("(to-ascii? 0x0102)", kClarity4), "(response (string-ascii 6) uint)");
  EXPECT_EQ(TypeOf("(to-ascii? true)", kClarity4), "(response (string-ascii 5) uint)");
  EXPECT_EQ(TypeOf("(to-ascii? u\"ab\")", kClarity4), "(response (string-ascii 2) uint)");
  EXPECT_EQ(ErrorOf("(to-ascii? (list 1))", kClarity4),
            "UnionTypeError([int, uint, bool, principal, (buff 524284), (string-utf8 262144)], (list 1 int))");
}

TEST(TypeCheckerNativesTest, Principals) {
  EXPECT_EQ(TypeOf("(is-standard tx-sender)"), "bool");
  EXPECT_EQ(TypeOf("(principal-destruct? tx-sender)"),
            "(response (tuple (hash-bytes (buff 20)) (name (optional (string-ascii 40))) (version (buff 1))) "
            "(tuple (hash-bytes (buff 20)) (name (optional (string-ascii 40))) (version (buff 1))))");
  EXPECT_EQ(TypeOf("(principal-construct? 0x1a 0x0000000000000000000000000000000000000000)"),
            "(response principal (tuple (error_code uint) (value (optional principal))))");
  EXPECT_EQ(ErrorOf("(principal-construct? 0x1a)"), "RequiresAtLeastArguments(2, 1)");
  EXPECT_EQ(ErrorOf("(principal-construct? 0x1a 0x00 \"a\" 1)"), "RequiresAtMostArguments(3, 4)");
  EXPECT_EQ(ErrorOf("(principal-construct? 0x1a00 0x00)"), "TypeError((buff 1), (buff 2))");
  EXPECT_EQ(TypeOf("(principal-of? 0x000000000000000000000000000000000000000000000000000000000000000000)"),
            "(response principal uint)");
  EXPECT_EQ(ErrorOf("(principal-of? 0x00 0x00)"), "IncorrectArgumentCount(1, 2)");
  EXPECT_EQ(ErrorOf("(is-standard 1)"), "TypeError(principal, int)");
}

TEST(TypeCheckerNativesTest, Signatures) {
  const std::string h32 = "0x0000000000000000000000000000000000000000000000000000000000000000";
  EXPECT_EQ(TypeOf("(secp256k1-recover? " + h32 + " " + h32 + h32.substr(2) + "00)"), "(response (buff 33) uint)");
  // A shorter buffer is admitted where a longer one is expected (it fails at run time); a longer one is not.
  EXPECT_EQ(TypeOf("(secp256k1-recover? " + h32 + " 0x00)"), "(response (buff 33) uint)");
  EXPECT_EQ(ErrorOf("(secp256k1-recover? " + h32 + " " + h32 + h32.substr(2) + "0000)"),
            "TypeError((buff 65), (buff 66))");
  EXPECT_EQ(ErrorOf("(secp256k1-verify 0x00 0x00)"), "IncorrectArgumentCount(3, 2)");
  EXPECT_EQ(TypeOf("(secp256k1-verify " + h32 + " 0x00 0x00)"), "bool");
  EXPECT_EQ(ErrorOf("(secp256k1-verify 1 0x00 0x00)"), "TypeError((buff 32), int)");
  EXPECT_EQ(TypeOf("(secp256r1-verify 0x00 0x00 0x00)", kClarity4), "bool");
  EXPECT_EQ(ErrorOf("(secp256r1-verify 0x00 0x00 0x00)"), "UnknownFunction(secp256r1-verify)");
}

}  // namespace
}  // namespace stacks::clarity::analysis
