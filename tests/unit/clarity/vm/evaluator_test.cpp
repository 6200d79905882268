// Tests of the Clarity evaluator through EvalSnippet: each native with good and bad input, the error kinds, costs
// the reference charges (numbers checked against the reference VM by tests/interop/clarity_eval_diff.js), limits.
#include <gtest/gtest.h>

#include <string>

#include "clarity/types/serialization.h"
#include "clarity/types/value_text.h"
#include "clarity/vm/errors.h"
#include "clarity/vm/snippet.h"

namespace stacks::clarity::vm {
namespace {

EvalOptions Opts(ClarityVersion version = ClarityVersion::kClarity3, costs::Epoch epoch = costs::Epoch::k30) {
  EvalOptions o;
  o.epoch = epoch;
  o.clarity_version = version;
  return o;
}

// The reference's text form of the value, or "<kind>:<error>:<reason>" for a failure ("parse:<kind>" for the
// parser's and the AST passes' errors).
std::string EvalText(std::string_view source, const EvalOptions& options = Opts()) {
  auto r = EvalSnippet(source, options);
  if (!r) {
    ErrorInfo info = ClassifyError(r.error());
    if (info.kind == "internal" && r.error().code == util::ErrorCode::kInvalidArgument) {
      return "parse:" + r.error().message.substr(0, r.error().message.find_first_of("( "));
    }
    return info.kind + ":" + info.error + ":" + info.reason;
  }
  return ToReferenceString(r->value);
}

// `depth` copies of `open`, then `inner`, then `depth` copies of `close`: nested calls of one shape.
std::string Nested(std::string_view open, std::string_view inner, std::string_view close, int depth) {
  std::string out;
  for (int i = 0; i < depth; ++i) out += open;
  out += inner;
  for (int i = 0; i < depth; ++i) out += close;
  return out;
}

uint64_t Runtime(std::string_view source) {
  auto r = EvalSnippet(source, Opts());
  EXPECT_TRUE(r) << source;
  return r ? r->cost.runtime : 0;
}

TEST(EvaluatorTest, Arithmetic) {
  EXPECT_EQ(EvalText("(+ 1 2 3)"), "6");
  EXPECT_EQ(EvalText("(+ u1 u2)"), "u3");
  EXPECT_EQ(EvalText("(+ 170141183460469231731687303715884105727 1)"), "runtime:Runtime:ArithmeticOverflow");
  EXPECT_EQ(EvalText("(- 5)"), "-5");
  EXPECT_EQ(EvalText("(- u0 u1)"), "runtime:Runtime:ArithmeticUnderflow");
  EXPECT_EQ(EvalText("(- u5)"), "runtime:Runtime:ArithmeticUnderflow");
  EXPECT_EQ(EvalText("(* -2 3)"), "-6");
  EXPECT_EQ(EvalText("(* u340282366920938463463374607431768211455 u2)"), "runtime:Runtime:ArithmeticOverflow");
  EXPECT_EQ(EvalText("(/ -7 2)"), "-3");
  EXPECT_EQ(EvalText("(/ 1 0)"), "runtime:Runtime:DivisionByZero");
  EXPECT_EQ(EvalText("(/ -170141183460469231731687303715884105728 -1)"), "runtime:Runtime:DivisionByZero");
  EXPECT_EQ(EvalText("(mod -7 3)"), "-1");
  EXPECT_EQ(EvalText("(mod u7 u0)"), "runtime:Runtime:DivisionByZero");
  EXPECT_EQ(EvalText("(pow 2 10)"), "1024");
  EXPECT_EQ(EvalText("(pow -2 127)"), "-170141183460469231731687303715884105728");
  EXPECT_EQ(EvalText("(pow 2 127)"), "runtime:Runtime:ArithmeticOverflow");
  EXPECT_EQ(EvalText("(pow 2 -1)"), "runtime:Runtime:Arithmetic");
  EXPECT_EQ(EvalText("(pow 0 0)"), "1");
  EXPECT_EQ(EvalText("(sqrti 17)"), "4");
  EXPECT_EQ(EvalText("(sqrti u340282366920938463463374607431768211455)"), "u18446744073709551615");
  EXPECT_EQ(EvalText("(sqrti -1)"), "runtime:Runtime:Arithmetic");
  EXPECT_EQ(EvalText("(log2 u1)"), "u0");
  EXPECT_EQ(EvalText("(log2 8)"), "3");
  EXPECT_EQ(EvalText("(log2 0)"), "runtime:Runtime:Arithmetic");
  EXPECT_EQ(EvalText("(+ 1 u1)"), "analysis:Unchecked:TypeValueError");
}

// +, - and * with two arguments take a path of their own (natives.cpp, ApplyIntBinary): every kind, both edges of
// every overflow, type errors in either position, errors inside either argument, and the call stack limit.
TEST(EvaluatorTest, TwoArgumentArithmetic) {
  EXPECT_EQ(EvalText("(list (+ 2 3) (- 2 3) (* -2 3))"), "(5 -1 -6)");
  EXPECT_EQ(EvalText("(list (+ u2 u3) (- u3 u2) (* u2 u3))"), "(u5 u1 u6)");
  const std::string max_int = "170141183460469231731687303715884105727";
  const std::string min_int = "-170141183460469231731687303715884105728";
  const std::string max_uint = "u340282366920938463463374607431768211455";
  EXPECT_EQ(EvalText("(+ " + max_int + " 0)"), max_int);
  EXPECT_EQ(EvalText("(+ " + max_int + " 1)"), "runtime:Runtime:ArithmeticOverflow");
  EXPECT_EQ(EvalText("(+ " + min_int + " -1)"), "runtime:Runtime:ArithmeticOverflow");
  EXPECT_EQ(EvalText("(+ " + max_uint + " u1)"), "runtime:Runtime:ArithmeticOverflow");
  EXPECT_EQ(EvalText("(- " + min_int + " 0)"), min_int);
  EXPECT_EQ(EvalText("(- " + min_int + " 1)"), "runtime:Runtime:ArithmeticUnderflow");
  EXPECT_EQ(EvalText("(- " + max_int + " -1)"), "runtime:Runtime:ArithmeticUnderflow");
  EXPECT_EQ(EvalText("(- u0 u0)"), "u0");
  EXPECT_EQ(EvalText("(- u0 u1)"), "runtime:Runtime:ArithmeticUnderflow");
  EXPECT_EQ(EvalText("(* " + min_int + " 1)"), min_int);
  EXPECT_EQ(EvalText("(* " + min_int + " -1)"), "runtime:Runtime:ArithmeticOverflow");
  EXPECT_EQ(EvalText("(* " + max_uint + " u1)"), max_uint);
  EXPECT_EQ(EvalText("(* " + max_uint + " u2)"), "runtime:Runtime:ArithmeticOverflow");
  EXPECT_EQ(EvalText("(+ 1 u1)"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(- u1 1)"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(* true 1)"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(+ 1 \"a\")"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(+ (/ 1 0) 1)"), "runtime:Runtime:DivisionByZero");
  EXPECT_EQ(EvalText("(* 1 (/ 1 0))"), "runtime:Runtime:DivisionByZero");
  EXPECT_EQ(EvalText("(+ 1 nope)"), "analysis:Unchecked:UndefinedVariable");
  EXPECT_EQ(EvalText(Nested("(+ 1 ", "1", ")", 68)), "runtime:Runtime:MaxStackDepthReached");
  EXPECT_EQ(EvalText(Nested("(- ", "100", " 1)", 30)), "70");
}

TEST(EvaluatorTest, CastsAndBitwise) {
  EXPECT_EQ(EvalText("(to-uint 5)"), "u5");
  EXPECT_EQ(EvalText("(to-uint -1)"), "runtime:Runtime:ArithmeticUnderflow");
  EXPECT_EQ(EvalText("(to-int u170141183460469231731687303715884105728)"), "runtime:Runtime:ArithmeticOverflow");
  EXPECT_EQ(EvalText("(xor 5 3)"), "6");
  EXPECT_EQ(EvalText("(bit-and u12 u10 u8)"), "u8");
  EXPECT_EQ(EvalText("(bit-or -8 3)"), "-5");
  EXPECT_EQ(EvalText("(bit-xor u1 u3 u7)"), "u5");
  EXPECT_EQ(EvalText("(bit-not 0)"), "-1");
  EXPECT_EQ(EvalText("(bit-shift-left 1 u128)"), "1");
  EXPECT_EQ(EvalText("(bit-shift-left -1 u127)"), "-170141183460469231731687303715884105728");
  EXPECT_EQ(EvalText("(bit-shift-right -16 u2)"), "-4");
  EXPECT_EQ(EvalText("(bit-shift-right 1 1)"), "analysis:Unchecked:TypeValueError");
  // Clarity 2 names do not exist in Clarity 1.
  EXPECT_EQ(EvalText("(bit-and 1 1)", Opts(ClarityVersion::kClarity1, costs::Epoch::k21)),
            "analysis:Unchecked:UndefinedFunction");
}

TEST(EvaluatorTest, ComparisonsAndBooleans) {
  EXPECT_EQ(EvalText("(< 1 2)"), "true");
  EXPECT_EQ(EvalText("(>= u1 u2)"), "false");
  EXPECT_EQ(EvalText("(> \"ab\" \"b\")"), "false");
  EXPECT_EQ(EvalText("(<= 0x01 0x0100)"), "true");
  EXPECT_EQ(EvalText("(< \"a\" \"b\")", Opts(ClarityVersion::kClarity1, costs::Epoch::k21)),
            "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(< 1 u2)"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(and false (is-eq (/ 1 0) 1))"), "false");
  EXPECT_EQ(EvalText("(or false (is-eq (/ 1 0) 1))"), "runtime:Runtime:DivisionByZero");
  EXPECT_EQ(EvalText("(not 1)"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(is-eq (list 1 2) (list 1 2))"), "true");
  EXPECT_EQ(EvalText("(is-eq 1 1 2)"), "false");
  EXPECT_EQ(EvalText("(is-eq 1 u1)"), "analysis:Unchecked:TypeError");
}

TEST(EvaluatorTest, ControlFlow) {
  EXPECT_EQ(EvalText("(if (> 1 2) (/ 1 0) 3)"), "3");
  EXPECT_EQ(EvalText("(if 1 2 3)"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(let ((a 1) (b (+ a 1))) (+ a b))"), "3");
  EXPECT_EQ(EvalText("(let ((a 1) (a 2)) a)"), "analysis:Unchecked:NameAlreadyUsed");
  EXPECT_EQ(EvalText("(let ((+ 1)) 2)"), "analysis:Unchecked:NameAlreadyUsed");
  EXPECT_EQ(EvalText("(let ((a 1)) b)"), "analysis:Unchecked:UndefinedVariable");
  EXPECT_EQ(EvalText("(begin 1 2 3)"), "3");
  EXPECT_EQ(EvalText("(begin (/ 1 0) 2)"), "runtime:Runtime:DivisionByZero");
  EXPECT_EQ(EvalText("(asserts! true u1)"), "true");
  EXPECT_EQ(EvalText("(asserts! false u1)"), "runtime:EarlyReturn:AssertionFailed");
}

TEST(EvaluatorTest, OptionalsAndResponses) {
  EXPECT_EQ(EvalText("(some 1)"), "(some 1)");
  EXPECT_EQ(EvalText("(err u1)"), "(err u1)");
  EXPECT_EQ(EvalText("(is-some none)"), "false");
  EXPECT_EQ(EvalText("(is-ok (ok 1))"), "true");
  EXPECT_EQ(EvalText("(is-err 1)"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(default-to 0 none)"), "0");
  EXPECT_EQ(EvalText("(unwrap! (some 1) 2)"), "1");
  EXPECT_EQ(EvalText("(unwrap! none 2)"), "runtime:EarlyReturn:UnwrapFailed");
  EXPECT_EQ(EvalText("(unwrap-err! (err u3) 0)"), "u3");
  EXPECT_EQ(EvalText("(unwrap-panic (err 1))"), "runtime:Runtime:UnwrapFailure");
  EXPECT_EQ(EvalText("(unwrap-err-panic (ok 1))"), "runtime:Runtime:UnwrapFailure");
  EXPECT_EQ(EvalText("(match (some 1) x (+ x 1) 0)"), "2");
  EXPECT_EQ(EvalText("(match (err u2) x x e (to-int e))"), "2");
  EXPECT_EQ(EvalText("(match 1 x x 0)"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(try! (ok 1))"), "1");
  EXPECT_EQ(EvalText("(try! (err 1))"), "runtime:EarlyReturn:UnwrapFailed");
  EXPECT_EQ(EvalText("(try! none)"), "runtime:EarlyReturn:UnwrapFailed");
}

TEST(EvaluatorTest, ListsTuplesSequences) {
  EXPECT_EQ(EvalText("(list 1 2 3)"), "(1 2 3)");
  EXPECT_EQ(EvalText("(list 1 u2)"), "analysis:Unchecked:TypeError");
  EXPECT_EQ(EvalText("(get b {a: 1, b: u2})"), "u2");
  EXPECT_EQ(EvalText("(get c {a: 1})"), "analysis:Unchecked:NoSuchTupleField");
  EXPECT_EQ(EvalText("(get a none)"), "none");
  EXPECT_EQ(EvalText("(merge {a: 1, b: 2} {a: 3})"), "(tuple (a 3) (b 2))");
  EXPECT_EQ(EvalText("(len u\"\\u{e9}\\u{e9}\")"), "u2");
  EXPECT_EQ(EvalText("(len 1)"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(element-at 0x0102 u1)"), "(some 0x02)");
  EXPECT_EQ(EvalText("(element-at (list 1) u1)"), "none");
  EXPECT_EQ(EvalText("(element-at (list 1) 0)"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(index-of \"abcb\" \"b\")"), "(some u1)");
  EXPECT_EQ(EvalText("(index-of (list 1 2) 5)"), "none");
  EXPECT_EQ(EvalText("(fold - (list 1 2 3) 0)"), "2");
  EXPECT_EQ(EvalText("(fold + (list 170141183460469231731687303715884105727 1) 0)"),
            "runtime:Runtime:ArithmeticOverflow");
  EXPECT_EQ(EvalText("(fold nope (list 1) 0)"), "analysis:Unchecked:UndefinedFunction");
  EXPECT_EQ(EvalText("(filter not (list true false))"), "(false)");
  EXPECT_EQ(EvalText("(filter + (list 1))"), "analysis:Unchecked:TypeValueError");
}

TEST(EvaluatorTest, Hashes) {
  auto hex = [](std::string_view s) { return SerializeValueToHex(EvalSnippet(s, Opts())->value); };
  EXPECT_EQ(hex("(sha256 0x)"), "0200000020e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(hex("(keccak256 0x)"), "0200000020c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
  EXPECT_EQ(hex("(sha256 1)"), "02000000204cbbd8ca5215b8d161aec181a74b694f4e24b001d5b081dc0030ed797a8973e0");
  EXPECT_EQ(EvalText("(hash160 \"a\")"), "analysis:Unchecked:TypeValueError");
}

TEST(EvaluatorTest, CostsAsTheReference) {
  EXPECT_EQ(Runtime("1"), 0u);
  EXPECT_EQ(Runtime("(+ 1 2)"), 163u);
  EXPECT_EQ(Runtime("(+ 1 2 3)"), 174u);
  EXPECT_EQ(Runtime("(list 1 2 3)"), 852u);
  EXPECT_EQ(Runtime("(let ((a 1)) a)"), 346u);
  EXPECT_EQ(Runtime("(sha256 0x00)"), 122u);
  EXPECT_EQ(Runtime("(fold + (list 1 2 3) 0)"), 1785u);
  EXPECT_EQ(Runtime("(get a {a: 1})"), 3644u);
}

TEST(EvaluatorTest, CostLimitAndUnsupported) {
  EvalOptions o = Opts();
  o.cost_limit = costs::ExecutionCost{.runtime = 100};
  auto r = EvalSnippet("(+ 1 2)", o);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, util::ErrorCode::kResourceExhausted);
  EXPECT_EQ(ClassifyError(r.error()).kind, "cost");
  EXPECT_EQ(EvalSnippet("stacks-block-height", Opts()).error().code, util::ErrorCode::kUnimplemented);
  EXPECT_EQ(EvalSnippet("(define-constant a 1)", Opts()).error().code, util::ErrorCode::kUnimplemented);
  EXPECT_EQ(EvalSnippet("1", Opts(ClarityVersion::kClarity1, costs::Epoch::k10)).error().code,
            util::ErrorCode::kFailedPrecondition);
  EXPECT_FALSE(EvalSnippet("(+ 1", Opts()));
}

TEST(EvaluatorTest, MaxStackDepth) {
  // 68 nested calls (the most the parser allows before Epoch 3.4) pass the call stack limit of 64.
  EXPECT_EQ(EvalText(Nested("(begin ", "1", ")", 68)), "runtime:Runtime:MaxStackDepthReached");
  EXPECT_EQ(EvalText(Nested("(begin ", "1", ")", 30)), "1");
}

TEST(EvaluatorTest, MapConcatAppendAsMaxLen) {
  EXPECT_EQ(EvalText("(map + (list 1 2 3) (list 10 20 30))"), "(11 22 33)");
  EXPECT_EQ(EvalText("(map + (list 1 2 3) (list 10))"), "(11)");
  EXPECT_EQ(EvalText("(map not (list true false))"), "(false true)");
  // Before Epoch 4.0 (special_map_v200) an empty later sequence leaves one-argument calls over the first.
  EXPECT_EQ(EvalText("(map + (list 1 2) (unwrap-panic (slice? (list 5) u0 u0)))"), "(1 2)");
  EXPECT_EQ(EvalText("(map + (list) (list 1 2))"), "(1)");
  EXPECT_EQ(EvalText("(map + (list 170141183460469231731687303715884105727) (list 1))"),
            "runtime:Runtime:ArithmeticOverflow");
  EXPECT_EQ(EvalText("(map + 1 (list 1))"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(map nope (list 1))"), "analysis:Unchecked:UndefinedFunction");
  EXPECT_EQ(EvalText("(map +)"), "analysis:Unchecked:RequiresAtLeastArguments");
  EXPECT_EQ(EvalText("(concat (list 1 2) (list 3))"), "(1 2 3)");
  EXPECT_EQ(EvalText("(concat \"ab\" \"cd\")"), "\"abcd\"");
  EXPECT_EQ(EvalText("(concat 0x01 0x0203)"), "0x010203");
  EXPECT_EQ(EvalText("(concat \"a\" 0x01)"), "analysis:Unchecked:TypeError");
  EXPECT_EQ(EvalText("(concat 1 (list 1))"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(concat (list 1) (list u1))"), "analysis:Unchecked:ListTypesMustMatch");
  EXPECT_EQ(EvalText("(append (list 1 2) 3)"), "(1 2 3)");
  EXPECT_EQ(EvalText("(append (list) 1)"), "(1)");
  EXPECT_EQ(EvalText("(append (list 1) u1)"), "analysis:Unchecked:ListTypesMustMatch");
  EXPECT_EQ(EvalText("(append \"ab\" \"c\")"), "analysis:Unchecked:ExpectedListApplication");
  EXPECT_EQ(EvalText("(as-max-len? (list 1 2 3) u3)"), "(some (1 2 3))");
  EXPECT_EQ(EvalText("(as-max-len? (list 1 2 3) u2)"), "none");
  EXPECT_EQ(EvalText("(as-max-len? (list 1) 1)"), "analysis:Unchecked:TypeError");
  EXPECT_EQ(EvalText("(as-max-len? 1 u1)"), "analysis:Unchecked:TypeValueError");
  // Numbers checked against the reference VM (clarity_eval_diff.js), Epoch 3.0.
  EXPECT_EQ(Runtime("(map + (list 1 2) (unwrap-panic (slice? (list 5) u0 u0)))"), 8729u);
  EXPECT_EQ(Runtime("(concat \"ab\" \"cd\")"), 384u);
}

TEST(EvaluatorTest, SliceAndReplaceAt) {
  EXPECT_EQ(EvalText("(slice? \"abcde\" u1 u3)"), "(some \"bc\")");
  EXPECT_EQ(EvalText("(slice? (list 1 2 3) u1 u3)"), "(some (2 3))");
  EXPECT_EQ(EvalText("(slice? \"abc\" u1 u1)"), "(some \"\")");
  EXPECT_EQ(EvalText("(slice? \"abc\" u3 u3)"), "none");
  EXPECT_EQ(EvalText("(slice? \"abc\" u2 u1)"), "none");
  EXPECT_EQ(EvalText("(slice? \"abc\" u0 u4)"), "none");
  EXPECT_EQ(EvalText("(slice? \"abc\" u4294967296 u1)"), "none");
  EXPECT_EQ(EvalText("(slice? \"abc\" 1 u2)"), "analysis:Unchecked:BadTypeConstruction");
  EXPECT_EQ(EvalText("(slice? \"abc\" u1 u2)", Opts(ClarityVersion::kClarity1, costs::Epoch::k21)),
            "analysis:Unchecked:UndefinedFunction");
  EXPECT_EQ(EvalText("(replace-at? \"abc\" u1 \"x\")"), "(some \"axc\")");
  EXPECT_EQ(EvalText("(replace-at? (list 1 2 3) u2 9)"), "(some (1 2 9))");
  EXPECT_EQ(EvalText("(replace-at? 0x010203 u0 0xff)"), "(some 0xff0203)");
  EXPECT_EQ(EvalText("(replace-at? \"abc\" u3 \"x\")"), "none");
  EXPECT_EQ(EvalText("(replace-at? \"abc\" u1 \"xy\")"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(replace-at? 0x0102 u0 0x)"), "runtime:RuntimeCheck:Unreachable");
  EXPECT_EQ(EvalText("(replace-at? \"ab\" u5 \"\")"), "none");
  EXPECT_EQ(EvalText("(replace-at? (list 1) u0 u1)"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(Runtime("(slice? \"abcde\" u1 u3)"), 464u);
  EXPECT_EQ(Runtime("(slice? \"abc\" u0 u4)"), 16u);  // out of range: no slice charge
  EXPECT_EQ(Runtime("(replace-at? \"abc\" u1 \"x\")"), 584u);
}

TEST(EvaluatorTest, Conversions) {
  EXPECT_EQ(EvalText("(int-to-ascii -7)"), "\"-7\"");
  EXPECT_EQ(EvalText("(int-to-ascii u340282366920938463463374607431768211455)"),
            "\"340282366920938463463374607431768211455\"");
  EXPECT_EQ(EvalText("(int-to-utf8 u18)"), "u\"18\"");
  EXPECT_EQ(EvalText("(int-to-ascii \"1\")"), "analysis:Unchecked:UnionTypeValueError");
  EXPECT_EQ(EvalText("(string-to-int? \"-42\")"), "(some -42)");
  EXPECT_EQ(EvalText("(string-to-int? \"+42\")"), "(some 42)");
  EXPECT_EQ(EvalText("(string-to-int? \"-170141183460469231731687303715884105728\")"),
            "(some -170141183460469231731687303715884105728)");
  EXPECT_EQ(EvalText("(string-to-int? \"170141183460469231731687303715884105728\")"), "none");
  EXPECT_EQ(EvalText("(string-to-int? \"-\")"), "none");
  EXPECT_EQ(EvalText("(string-to-int? \" 42\")"), "none");
  EXPECT_EQ(EvalText("(string-to-int? u\"12\")"), "(some 12)");
  EXPECT_EQ(EvalText("(string-to-int? 12)"), "analysis:Unchecked:UnionTypeValueError");
  EXPECT_EQ(EvalText("(string-to-uint? \"-1\")"), "none");
  EXPECT_EQ(EvalText("(string-to-uint? \"340282366920938463463374607431768211456\")"), "none");
  EXPECT_EQ(EvalText("(string-to-uint? u\"007\")"), "(some u7)");
  EXPECT_EQ(EvalText("(buff-to-int-le 0xff)"), "255");
  EXPECT_EQ(EvalText("(buff-to-int-le 0xffffffffffffffffffffffffffffffff)"), "-1");
  EXPECT_EQ(EvalText("(buff-to-int-be 0x0100)"), "256");
  EXPECT_EQ(EvalText("(buff-to-int-be 0x80000000000000000000000000000000)"),
            "-170141183460469231731687303715884105728");
  EXPECT_EQ(EvalText("(buff-to-uint-le 0x0001)"), "u256");
  EXPECT_EQ(EvalText("(buff-to-uint-be 0x)"), "u0");
  EXPECT_EQ(EvalText("(buff-to-uint-be 0x0102030405060708090a0b0c0d0e0f1011)"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(buff-to-int-le 1)"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(to-consensus-buff? 1)"), "(some 0x0000000000000000000000000000000001)");
  EXPECT_EQ(EvalText("(to-consensus-buff? \"abc\")"), "(some 0x0d00000003616263)");
  EXPECT_EQ(EvalText("(to-consensus-buff? 1 2)"), "analysis:Unchecked:IncorrectArgumentCount");
  EXPECT_EQ(Runtime("(string-to-int? \"-42\")"), 184u);
}

TEST(EvaluatorTest, Secp256k1) {
  // The Clarity reference's example: the message, its signature (RSV, recovery id 1) and the signer's key.
  const std::string msg = "0xde5b9eb9e7c5592930eb2e30a01369c36586d872082ed8181ee83d2a0ec20f04";
  const std::string sig64 =
      "0x8738487ebe69b93d8e51583be8eee50bb4213fc49c767d329632730cc193b873554428fc936ca3569afc15f1c9365f6591d6251a89fee9"
      "c9ac661116824d3a13";
  const std::string sig = sig64 + "01";
  const std::string pub = "0x03adb8de4bfb65db2cfd6120d55c6526ae9c52e675db7e47308636534ba7786110";
  EXPECT_EQ(EvalText("(secp256k1-recover? " + msg + " " + sig + ")"), "(ok " + pub + ")");
  EXPECT_EQ(EvalText("(secp256k1-recover? " + msg + " " + sig64 + ")"), "(err u2)");
  EXPECT_EQ(EvalText("(secp256k1-recover? " + msg + " " + sig64 + "04)"), "(err u2)");
  EXPECT_EQ(EvalText("(secp256k1-recover? " + msg + " 0x" + std::string(128, '0') + "00)"), "(err u1)");
  EXPECT_EQ(EvalText("(secp256k1-recover? 0x01 " + sig + ")"), "runtime:RuntimeCheck:TypeValueError");
  EXPECT_EQ(EvalText("(secp256k1-recover? " + msg + " " + sig + "00)"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(secp256k1-verify " + msg + " " + sig + " " + pub + ")"), "true");
  EXPECT_EQ(EvalText("(secp256k1-verify " + msg + " " + sig64 + " " + pub + ")"), "true");
  EXPECT_EQ(EvalText("(secp256k1-verify " + msg + " " + sig64 + "04 " + pub + ")"), "false");
  EXPECT_EQ(EvalText("(secp256k1-verify " + msg + " 0x0102 " + pub + ")"), "false");
  EXPECT_EQ(EvalText("(secp256k1-verify 0x" + std::string(64, '0') + " " + sig + " " + pub + ")"), "false");
  EXPECT_EQ(EvalText("(secp256k1-verify " + msg + " " + sig + " 0x02" + std::string(64, '0') + ")"), "false");
  EXPECT_EQ(EvalText("(secp256k1-verify " + msg + " " + sig + " 0x02)"), "runtime:RuntimeCheck:TypeValueError");
  EXPECT_EQ(EvalText("(secp256k1-verify " + msg + " " + sig + ")"), "analysis:Unchecked:IncorrectArgumentCount");
  EXPECT_EQ(Runtime("(secp256k1-recover? " + msg + " " + sig + ")"), 8671u);
}

TEST(EvaluatorTest, Principals) {
  const std::string st = "'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM";
  const std::string sp = "'SP000000000000000000002Q6VF78";
  const std::string hash = "0x6d78de7b0625dfbfc16c3a8a5735f6dc3dc3f2ce";
  EvalOptions mainnet = Opts();
  mainnet.mainnet = true;
  // Testnet by default.
  EXPECT_EQ(EvalText("(is-standard " + st + ")"), "true");
  EXPECT_EQ(EvalText("(is-standard " + sp + ".foo)"), "false");
  EXPECT_EQ(EvalText("(is-standard " + sp + ")", mainnet), "true");
  EXPECT_EQ(EvalText("(is-standard " + st + ")", mainnet), "false");
  EXPECT_EQ(EvalText("(is-standard 1)"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(principal-destruct? " + st + ".foo)"),
            "(ok (tuple (hash-bytes " + hash + ") (name (some \"foo\")) (version 0x1a)))");
  EXPECT_EQ(EvalText("(principal-destruct? " + sp + ")"),
            "(err (tuple (hash-bytes 0x0000000000000000000000000000000000000000) (name none) (version 0x16)))");
  EXPECT_EQ(EvalText("(principal-destruct? u1)"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(principal-construct? 0x1a " + hash + ")"), "(ok " + st.substr(1) + ")");
  EXPECT_EQ(EvalText("(principal-construct? 0x1a " + hash + " \"foo\")"), "(ok " + st.substr(1) + ".foo)");
  EXPECT_EQ(EvalText("(principal-destruct? (unwrap-panic (principal-construct? 0x16 " + hash + ")))", mainnet),
            "(ok (tuple (hash-bytes " + hash + ") (name none) (version 0x16)))");
  EXPECT_EQ(EvalText("(is-eq (is-ok (principal-construct? 0x16 " + hash + ")) true)", mainnet), "true");
  EXPECT_EQ(EvalText("(get error_code (unwrap-err-panic (principal-construct? 0x16 " + hash + ")))"), "u0");
  EXPECT_EQ(EvalText("(get error_code (unwrap-err-panic (principal-construct? 0x " + hash + ")))"), "u1");
  EXPECT_EQ(EvalText("(get error_code (unwrap-err-panic (principal-construct? 0x20 " + hash + ")))"), "u1");
  EXPECT_EQ(EvalText("(get error_code (unwrap-err-panic (principal-construct? 0x1a 0x0102)))"), "u1");
  EXPECT_EQ(EvalText("(get error_code (unwrap-err-panic (principal-construct? 0x1a " + hash + " \"\")))"), "u2");
  EXPECT_EQ(EvalText("(get error_code (unwrap-err-panic (principal-construct? 0x1a " + hash + " \"a b\")))"), "u2");
  EXPECT_EQ(EvalText("(principal-construct? 0x1a01 " + hash + ")"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(principal-construct? 0x1a " + hash + " u\"foo\")"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(principal-construct? 0x1a)"), "analysis:Unchecked:RequiresAtLeastArguments");
  EXPECT_EQ(EvalText("(principal-construct? 0x1a 0x01 \"a\" 1)"), "analysis:Unchecked:RequiresAtMostArguments");
  EXPECT_EQ(EvalText("(is-standard " + st + ")", Opts(ClarityVersion::kClarity1, costs::Epoch::k21)),
            "analysis:Unchecked:UndefinedFunction");
}

// A function's arguments read where its body is evaluated in its own context are taken by position
// (MemoizeArgumentSlots); under let and match, and for functions whose arguments share a name, they are looked up by
// name. Either way each read answers the right argument (and charges as before: the differential corpus compares
// every program's costs with the reference VM's).
TEST(EvaluatorTest, ArgumentsReadByPosition) {
  EXPECT_EQ(EvalText("(define-private (f (a int) (b int)) (- a b)) (f 5 3)"), "2");
  EXPECT_EQ(EvalText("(define-private (f (a int) (b int)) (let ((c (* a 2))) (+ a b c))) (f 1 2)"), "5");
  EXPECT_EQ(EvalText("(define-private (f (a int)) (+ a (let ((b 1)) (+ a b)))) (f 2)"), "5");
  EXPECT_EQ(EvalText("(define-private (f (a (optional int)) (b int)) (match a x (+ x b) b)) (list (f (some 3) 4) "
                     "(f none 4))"),
            "(7 4)");
  // Past the four bindings a context holds in place.
  EXPECT_EQ(EvalText("(define-private (f (a int) (b int) (c int) (d int) (e int) (g int)) (list g e d c b a)) "
                     "(f 1 2 3 4 5 6)"),
            "(6 5 4 3 2 1)");
  // One name at different positions in two functions, one calling the other.
  EXPECT_EQ(EvalText("(define-private (g (x int) (a int)) (- a x)) (define-private (f (a int)) (g 1 a)) (f 10)"), "9");
  // An argument's name where a name is expected (a tuple field) stays a name.
  EXPECT_EQ(EvalText("(define-private (f (a int)) (get a {a: (+ a 1)})) (f 1)"), "2");
  EXPECT_EQ(EvalText("(define-private (s (x int) (acc int)) (+ acc (* x x))) (fold s (list 1 2 3) 0)"), "14");
  // Two arguments of one name: refused when the call binds them, in every Clarity version.
  EXPECT_EQ(EvalText("(define-private (f (a int) (a int)) a) (f 1 2)"), "analysis:Unchecked:NameAlreadyUsed");
  EXPECT_EQ(EvalText("(define-private (f (a int) (a int)) a) (f 1 2)", Opts(ClarityVersion::kClarity1)),
            "analysis:Unchecked:NameAlreadyUsed");
  EXPECT_EQ(EvalText("(define-private (f (a int) (b int)) (- a b)) (f 5 3)", Opts(ClarityVersion::kClarity1)), "2");
}

TEST(EvaluatorTest, FixedReservedVariables) {
  EvalOptions mainnet = Opts();
  mainnet.mainnet = true;
  EXPECT_EQ(EvalText("is-in-mainnet"), "false");
  EXPECT_EQ(EvalText("chain-id"), "u2147483648");
  EXPECT_EQ(EvalText("is-in-mainnet", mainnet), "true");
  EXPECT_EQ(EvalText("chain-id", mainnet), "u1");
  EvalOptions custom = Opts();
  custom.chain_id = 0x80000001;
  EXPECT_EQ(EvalText("chain-id", custom), "u2147483649");
  EXPECT_EQ(Runtime("chain-id"), 0u);  // reserved variables are free
  EXPECT_EQ(EvalText("(let ((chain-id u1)) chain-id)"), "analysis:Unchecked:NameAlreadyUsed");
  // Clarity 1 has neither.
  EXPECT_EQ(EvalText("chain-id", Opts(ClarityVersion::kClarity1, costs::Epoch::k21)),
            "analysis:Unchecked:UndefinedVariable");
  // Those that need chain state are still refused.
  EXPECT_EQ(EvalSnippet("stacks-block-height", Opts()).error().code, util::ErrorCode::kUnimplemented);
}

TEST(EvaluatorTest, FromConsensusBuff) {
  EXPECT_EQ(EvalText("(from-consensus-buff? int 0x0000000000000000000000000000000001)"), "(some 1)");
  EXPECT_EQ(EvalText("(from-consensus-buff? uint 0x0000000000000000000000000000000001)"), "none");
  EXPECT_EQ(EvalText("(from-consensus-buff? int 0x000000000000000000000000000000000100)"), "none");  // trailing byte
  EXPECT_EQ(EvalText("(from-consensus-buff? (string-ascii 2) 0x0d00000003616263)"), "none");
  EXPECT_EQ(EvalText("(from-consensus-buff? (list 3 int) (unwrap-panic (to-consensus-buff? (list 1 2))))"),
            "(some (1 2))");
  EXPECT_EQ(EvalText("(from-consensus-buff? (optional (response uint int)) (unwrap-panic (to-consensus-buff? "
                     "(some (ok u1)))))"),
            "(some (some (ok u1)))");
  EXPECT_EQ(EvalText("(from-consensus-buff? {a: int} (unwrap-panic (to-consensus-buff? {a: 1, b: 2})))"),
            "(some (tuple (a 1)))");  // sanitized from Epoch 2.4
  EXPECT_EQ(EvalText("(from-consensus-buff? principal 0x0520000000000000000000000000000000000000000000)"),
            "runtime:RuntimeCheck:Unreachable");  // version 32: UnexpectedSerialization before Epoch 3.4
  EXPECT_EQ(EvalText("(from-consensus-buff? int 0x)"), "runtime:RuntimeCheck:CostComputationFailed");  // log2(0)
  EXPECT_EQ(EvalText("(from-consensus-buff? foo 0x00)"), "analysis:Unchecked:UnknownTypeName");
  EXPECT_EQ(EvalText("(from-consensus-buff? (buff -1) 0x00)"), "analysis:Unchecked:ValueTooLarge");
  EXPECT_EQ(EvalText("(from-consensus-buff? (list 2) 0x00)"), "analysis:Unchecked:InvalidTypeDescription");
  EXPECT_EQ(EvalText("(from-consensus-buff? (tuple (a)) 0x00)"), "analysis:Unchecked:BadSyntaxBinding");
  EXPECT_EQ(EvalText("(from-consensus-buff? int 1)"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(from-consensus-buff? int)"), "analysis:Unchecked:IncorrectArgumentCount");
  // Numbers checked against the reference VM: one type_parse_step per node, then the buffer's length.
  EXPECT_EQ(Runtime("(from-consensus-buff? int 0x0000000000000000000000000000000001)"), 409u);
  EXPECT_EQ(Runtime("(from-consensus-buff? (tuple (a int) (b (string-utf8 4))) (unwrap-panic (to-consensus-buff? "
                    "{a: 1, b: u\"x\"})))"),
            3154u);
}

}  // namespace
}  // namespace stacks::clarity::vm

namespace stacks::clarity::vm {
namespace {

costs::ExecutionCost CostOf(std::string_view source) {
  auto r = EvalSnippet(source, Opts());
  EXPECT_TRUE(r) << source << ": " << (r ? "" : r.error().message);
  return r ? r->cost : costs::ExecutionCost{};
}

TEST(ContractStateTest, Constants) {
  EXPECT_EQ(EvalText("(define-constant c 5) (+ c 1)"), "6");
  EXPECT_EQ(EvalText("(define-constant a 2) (define-constant b (* a a)) (list a b)"), "(2 4)");
  EXPECT_EQ(EvalText("(define-constant c 1) (let ((d 2)) (+ c d))"), "3");
  // The reference: cost_bind_name, then each read charged as a variable (depth, then size).
  EXPECT_EQ(CostOf("(define-constant c 5) (+ c 1)").runtime, 413u);
  EXPECT_EQ(EvalText("(define-constant k (/ 1 0)) 1"), "runtime:Runtime:DivisionByZero");
  EXPECT_EQ(EvalText("(define-constant c 1) (define-constant c 2) c"), "analysis:Unchecked:NameAlreadyUsed");
  EXPECT_EQ(EvalText("(define-constant + 1) 1"), "analysis:Unchecked:NameAlreadyUsed");
  EXPECT_EQ(EvalText("(define-constant 1 1) 1"), "analysis:Unchecked:ExpectedName");
  EXPECT_EQ(EvalText("(define-constant c) 1"), "analysis:Unchecked:IncorrectArgumentCount");
  EXPECT_EQ(EvalText("(+ (define-constant c 1) 1)"), "analysis:Unchecked:UndefinedFunction");
  // Only definitions: no value. Tokens live in the snippet's own store.
  EXPECT_EQ(EvalSnippet("(define-constant a 1)", Opts()).error().code, util::ErrorCode::kUnimplemented);
  EXPECT_EQ(EvalText("(define-fungible-token t u10) (ft-mint? t u4 tx-sender) (ft-get-supply t)"), "u4");
  EXPECT_EQ(EvalText("(define-non-fungible-token n uint) (nft-mint? n u1 tx-sender) (nft-mint? n u1 tx-sender)"),
            "(err u1)");
  EXPECT_EQ(EvalText("(define-public (f) (ok 1)) 1"), "1");
  // Functions register (their names are then used).
  EXPECT_EQ(EvalText("(define-private (f (a int)) a) 1"), "1");
  EXPECT_EQ(EvalText("(define-read-only (f) 1) (define-constant f 2) 1"), "analysis:Unchecked:NameAlreadyUsed");
  EXPECT_EQ(EvalText("(define-constant c 1) (define-private (f (c int)) c) 1"), "analysis:Unchecked:NameAlreadyUsed");
  EXPECT_EQ(EvalText("(define-private (f (a)) a) 1"), "analysis:Unchecked:BadSyntaxBinding");
  EXPECT_EQ(EvalText("(define-read-only (f) 1) (f)"), "1");
}

TEST(ContractStateTest, DataVars) {
  EXPECT_EQ(EvalText("(define-data-var x int 5) (var-get x)"), "5");
  EXPECT_EQ(EvalText("(define-data-var x int 5) (var-set x 7) (var-get x)"), "7");
  EXPECT_EQ(EvalText("(define-data-var x int 5) (var-set x 7)"), "true");
  EXPECT_EQ(EvalText("(define-data-var o (optional uint) none) (var-set o (some u3)) (var-get o)"), "(some u3)");
  // Numbers from the reference (Epoch 3.0): a define writes 2 (metadata), reads count the stored length.
  costs::ExecutionCost cost = CostOf("(define-data-var x int 5) (var-set x 7) (var-get x)");
  EXPECT_EQ(cost.runtime, 3398u);
  EXPECT_EQ(cost.read_count, 2u);
  EXPECT_EQ(cost.read_length, 18u);
  EXPECT_EQ(cost.write_count, 3u);
  EXPECT_EQ(cost.write_length, 35u);
  EXPECT_EQ(EvalText("(define-data-var x int 5) (var-set x u7)"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(define-data-var x int u5) 1"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(define-data-var s (string-ascii 2) \"abc\") 1"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(var-get nope)"), "analysis:Unchecked:NoSuchDataVariable");
  EXPECT_EQ(EvalText("(var-set nope 1)"), "analysis:Unchecked:NoSuchDataVariable");
  EXPECT_EQ(EvalText("(define-data-var x foo 1) 1"), "analysis:Unchecked:UnknownTypeName");
  EXPECT_EQ(EvalText("(define-data-var x int 1) (define-constant x 2) 1"), "analysis:Unchecked:NameAlreadyUsed");
  EXPECT_EQ(EvalText("(define-data-var x int 1) (var-get x x)"), "analysis:Unchecked:IncorrectArgumentCount");
}

TEST(ContractStateTest, Maps) {
  EXPECT_EQ(EvalText("(define-map m uint int) (map-get? m u1)"), "none");
  EXPECT_EQ(EvalText("(define-map m uint int) (map-set m u1 2) (map-set m u1 3) (map-get? m u1)"), "(some 3)");
  EXPECT_EQ(EvalText("(define-map m uint int) (map-insert m u1 2) (map-insert m u1 3)"), "false");
  EXPECT_EQ(EvalText("(define-map m uint int) (map-insert m u1 2) (map-insert m u1 3) (map-get? m u1)"), "(some 2)");
  EXPECT_EQ(EvalText("(define-map m uint int) (map-delete m u1)"), "false");
  EXPECT_EQ(EvalText("(define-map m uint int) (map-set m u1 2) (map-delete m u1)"), "true");
  EXPECT_EQ(EvalText("(define-map m uint int) (map-set m u1 2) (map-delete m u1) (map-get? m u1)"), "none");
  EXPECT_EQ(EvalText("(define-map m uint int) (map-set m u1 2) (map-delete m u1) (map-insert m u1 4)"), "true");
  costs::ExecutionCost cost = CostOf("(define-map m uint int) (map-delete m u1)");
  EXPECT_EQ(cost.runtime, 3587u);
  EXPECT_EQ(cost.read_count, 1u);
  EXPECT_EQ(cost.write_count, 2u);
  EXPECT_EQ(cost.write_length, 51u);
  EXPECT_EQ(EvalText("(define-map m uint int) (map-set m 1 2)"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(define-map m uint int) (map-insert m u1 u2)"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(define-map m uint int) (map-get? m 1)"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(define-map m uint int) (map-delete m 1)"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(map-get? nope u1)"), "analysis:Unchecked:NoSuchMap");
  EXPECT_EQ(EvalText("(define-map m uint) 1"), "analysis:Unchecked:IncorrectArgumentCount");
  EXPECT_EQ(EvalText("(define-map m (buff x) int) 1"), "analysis:Unchecked:InvalidTypeDescription");
}

TEST(ContractStateTest, PrivateFunctions) {
  EXPECT_EQ(EvalText("(define-private (f (a int)) (+ a 1)) (f 2)"), "3");
  EXPECT_EQ(EvalText("(define-private (add (a int) (b int)) (+ a b)) (add (add 1 2) 3)"), "6");
  EXPECT_EQ(EvalText("(define-constant k 10) (define-private (f (a int)) (* a k)) (f 3)"), "30");
  EXPECT_EQ(EvalText("(define-data-var x uint u0) (define-private (bump) (begin (var-set x (+ (var-get x) u1)) "
                     "(var-get x))) (bump) (bump)"),
            "u2");
  // The reference (Epoch 3.0): lookup_function, user_function_application(1), inner_type_check_cost(int size),
  // the body.
  EXPECT_EQ(CostOf("(define-private (f (a int)) (+ a 1)) (f 2)").runtime, 501u);
  EXPECT_EQ(EvalText("(define-private (f (a int)) (/ a 0)) (f 1)"), "runtime:Runtime:DivisionByZero");
  // Recursion is refused before anything runs, by the definition sorter.
  EXPECT_EQ(EvalText("(define-private (f (a int)) (f a)) (f 1)"), "parse:CircularReference");
  EXPECT_EQ(EvalText("(define-private (f (a int)) a) (f u1)"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(define-private (f (a int)) a) (f 1 2)"), "analysis:Unchecked:IncorrectArgumentCount");
  EXPECT_EQ(EvalText("(define-private (f (a int)) a) (let ((a 1)) (g a))"), "analysis:Unchecked:UndefinedFunction");
  // The body runs in a fresh context: the caller's bindings are not visible.
  EXPECT_EQ(EvalText("(define-private (f) b) (let ((b 1)) (f))"), "analysis:Unchecked:UndefinedVariable");
}

TEST(ContractStateTest, ShortReturnOutOfFunctions) {
  // The reference's execute_apply: a short return out of the body is the function's value.
  EXPECT_EQ(EvalText("(define-private (f) (unwrap! none 1)) (f)"), "1");
  EXPECT_EQ(EvalText("(define-private (f (a int)) (begin (asserts! (> a 0) (err u1)) (ok a))) (list (f 1) (f -1))"),
            "((ok 1) (err u1))");
  EXPECT_EQ(EvalText("(define-private (f (r (response int uint))) (unwrap-err! r u9)) (list (f (ok 1)) (f (err u2)))"),
            "(u9 u2)");
  EXPECT_EQ(EvalText("(define-private (f (r (response int uint))) (ok (+ (try! r) 1))) (list (f (err u3)) (f (ok 4)))"),
            "((err u3) (ok 5))");
  EXPECT_EQ(EvalText("(define-private (f (o (optional int))) (some (+ (try! o) 1))) (list (f none) (f (some 2)))"),
            "(none (some 3))");
  // Only the innermost function returns; the caller goes on.
  EXPECT_EQ(EvalText("(define-private (g (a int)) (begin (asserts! (> a 0) false) true)) "
                     "(define-private (h (a int)) (and (g a) (g (- a 1)))) (list (h 1) (h 2))"),
            "(false true)");
  // At the top level a short return is still an error.
  EXPECT_EQ(EvalText("(define-private (f (a int)) (begin (asserts! (> a 0) (err u1)) (ok a))) (try! (f 0))"),
            "runtime:EarlyReturn:UnwrapFailed");
  EXPECT_EQ(EvalText("(asserts! false u1)"), "runtime:EarlyReturn:AssertionFailed");
  // The returned value costs nothing more (the reference, Epoch 3.0).
  EXPECT_EQ(CostOf("(define-private (f (a int)) (begin (asserts! (> a 0) (err u1)) (ok a))) (f -1)").runtime, 969u);
}

TEST(ContractStateTest, ReadOnlyAndFunctionsAsArguments) {
  EXPECT_EQ(EvalText("(define-read-only (f (a int)) (+ a 1)) (f 2)"), "3");
  EXPECT_EQ(EvalText("(define-data-var x int 5) (define-read-only (get-x) (var-get x)) (var-set x 6) (get-x)"), "6");
  EXPECT_EQ(EvalText("(define-private (g (a int)) (* a 2)) (define-read-only (f (a int)) (g a)) (f 4)"), "8");
  // Charged as a private call (the nested level costs nothing).
  EXPECT_EQ(CostOf("(define-read-only (f (a int)) (+ a 1)) (f 2)").runtime,
            CostOf("(define-private (f (a int)) (+ a 1)) (f 2)").runtime);
  EXPECT_EQ(EvalText("(define-private (sq (a int)) (* a a)) (map sq (list 1 2 3))"), "(1 4 9)");
  EXPECT_EQ(CostOf("(define-private (sq (a int)) (* a a)) (map sq (list 1 2 3))").runtime, 7476u);  // the reference
  EXPECT_EQ(EvalText("(define-private (add (a int) (b int)) (+ a b)) (fold add (list 1 2 3) 0)"), "6");
  EXPECT_EQ(EvalText("(define-private (even (a int)) (is-eq (mod a 2) 0)) (filter even (list 1 2 3 4))"), "(2 4)");
  EXPECT_EQ(EvalText("(define-private (pos (a int)) (begin (asserts! (> a 0) false) true)) (filter pos (list 1 -2 3))"),
            "(1 3)");
  EXPECT_EQ(EvalText("(define-private (f (a int)) (/ 10 a)) (map f (list 1 0))"), "runtime:Runtime:DivisionByZero");
  EXPECT_EQ(EvalText("(define-private (f (a uint)) (+ a u1)) (map f (list 1 2))"), "analysis:Unchecked:TypeValueError");
  EXPECT_EQ(EvalText("(define-private (f (a int)) (fold f (list 1) a)) (f 1)"), "parse:CircularReference");
}

// From Epoch 3.4 a variable is borrowed: cost_lookup_variable_size is charged only where a native takes the value
// (clone_with_cost), not where it only looks at it. Both epochs price with costs-4 (boot/costs-4.clar):
//   cost_lookup_function 16, cost_let(n) 117n + 178, cost_lookup_variable_depth(n) n + 1,
//   cost_lookup_variable_size(n) 2n + 1, cost_geq(n) 7n + 128, cost_add(n) 11n + 125, cost_if 168.
// A let binding sits at context depth 1; a uint's type size is 16, a bool's 1.
uint64_t RuntimeAt(std::string_view source, costs::Epoch epoch) {
  auto r = EvalSnippet(source, Opts(ClarityVersion::kClarity3, epoch));
  EXPECT_TRUE(r) << source << (r ? "" : r.error().ToString());
  return r ? r->cost.runtime : 0;
}

TEST(EvaluatorTest, BorrowedVariablesFromEpoch34) {
  constexpr uint64_t kLet1 = 16 + (117 * 1 + 178);  // (let ((x ..)) ..): lookup_function + cost_let(1)
  constexpr uint64_t kDepth1 = 1 + 1;
  constexpr uint64_t kSizeUInt = 2 * 16 + 1;
  constexpr uint64_t kSizeBool = 2 * 1 + 1;

  // >= only looks at its operands: the size is charged at 3.3, not at 3.4 (geq at min(16, 16)).
  const std::string geq = "(let ((x u5)) (>= x u3))";
  const uint64_t geq_cost = kLet1 + 16 + kDepth1 + (7 * 16 + 128);
  EXPECT_EQ(RuntimeAt(geq, costs::Epoch::k33), geq_cost + kSizeUInt);
  EXPECT_EQ(RuntimeAt(geq, costs::Epoch::k34), geq_cost);

  // + takes its arguments (a native over evaluated values): charged the same in both epochs.
  const std::string add = "(let ((x u5)) (+ x u3))";
  const uint64_t add_cost = kLet1 + 16 + kDepth1 + kSizeUInt + (11 * 2 + 125);
  EXPECT_EQ(RuntimeAt(add, costs::Epoch::k33), add_cost);
  EXPECT_EQ(RuntimeAt(add, costs::Epoch::k34), add_cost);

  // if looks at its condition and takes the branch it evaluates.
  const std::string branch = "(let ((b true)) (if b u1 u2))";
  const uint64_t branch_cost = kLet1 + 16 + 168 + kDepth1;
  EXPECT_EQ(RuntimeAt(branch, costs::Epoch::k33), branch_cost + kSizeBool);
  EXPECT_EQ(RuntimeAt(branch, costs::Epoch::k34), branch_cost);

  // let takes only its last body's value; the bodies before it are borrowed.
  const std::string bodies = "(let ((x u5)) x x)";
  EXPECT_EQ(RuntimeAt(bodies, costs::Epoch::k33), kLet1 + 2 * (kDepth1 + kSizeUInt));
  EXPECT_EQ(RuntimeAt(bodies, costs::Epoch::k34), kLet1 + kDepth1 + (kDepth1 + kSizeUInt));
}

}  // namespace
}  // namespace stacks::clarity::vm
