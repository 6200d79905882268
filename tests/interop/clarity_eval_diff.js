// Interop: our Clarity evaluator (vm::EvalSnippet, through clarity_eval_tool) against the reference VM
// (lib/reference_vm.js evalSnippet, stacks-core's interpreter in @stacks/clarinet-sdk's WASM build).
// Usage: node clarity_eval_diff.js PATH_TO_CLARITY_EVAL_TOOL
//
// Each snippet of the corpus is a contract's top level: mostly one expression, or defines and then expressions.
// For each, in each epoch/version listed,
// both must agree on:
//  - success or failure; on success the result's consensus bytes; on a runtime failure the reference's variant and
//    reason (Runtime/DivisionByZero, EarlyReturn/AssertionFailed, ...); 'analysis' on both sides where the
//    reference's type checker refuses (we find such snippets at run time, without a type checker yet).
//  - the runtime cost, exactly, and the other four dimensions (zero without contract state).
//
// Costs, and why no offset is needed: the reference deploys the snippet as a contract; its top-level expression is
// evaluated by eval_all as `eval(exp)?.clone_with_cost()`. clone_with_cost charges cost_lookup_variable_size only
// for a borrowed value (a variable read); the value of a call or a literal is owned, so that clone is free. A
// snippet of one non-variable expression therefore costs exactly its evaluation (`1` costs 0, `(+ 1 2)` costs
// cost_lookup_function + cost_add(2) = 163 in 3.0), and the comparison is exact with no systematic offset. Parsing
// and analysis are not charged on either side (clarinet runs them with a free tracker).
//
// Snippets the reference refuses in analysis (e.g. `(unwrap-panic none)`: its type is indeterminate) are written
// with a typed detour so that the runtime path is what is compared: `(unwrap-panic (if true none (some 1)))`. Snippets
// only the type checker refuses (`(fold + (list) 7)`, `(index-of "abc" "bc")`, `is-some` as a filter) are left out
// until the type checker exists; we would evaluate them.
'use strict';
const { runJsonLinesTool, makeChecker } = require('./lib/harness');
const ref = require('./lib/reference_vm');

const tool = process.argv[2];
if (!tool) throw new Error('usage: node clarity_eval_diff.js PATH_TO_CLARITY_EVAL_TOOL');

const MAX_I = '170141183460469231105728460692031687303715884105727';
const MIN_I = '-170141183460469231105728460692031687303715884105728';
const MAX_U = 'u340282366920938463463374607431768211455';
const NONE_INT = '(if true none (some 1))';
const ERR_INT = '(if true (err u7) (ok 1))';
const OK_INT = '(if true (ok 1) (err u7))';
// A signature from the Clarity reference's examples: MSG signed by the key PUB (RSV layout, recovery id 1).
const MSG = '0xde5b9eb9e7c5592930eb2e30a01369c36586d872082ed8181ee83d2a0ec20f04';
const SIG64 = '0x8738487ebe69b93d8e51583be8eee50bb4213fc49c767d329632730cc193b873554428fc936ca3569afc15f1c9365f6591d6251a89fee9c9ac661116824d3a13';
const SIG = `${SIG64}01`;
const PUB = '0x03adb8de4bfb65db2cfd6120d55c6526ae9c52e675db7e47308636534ba7786110';
const MSG2 = '0x0000000000000000000000000000000000000000000000000000000000000001';
const FF32 = 'ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff';
const ST = "'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM";  // testnet single-sig, the network of the reference's session
const SP = "'SP000000000000000000002Q6VF78";  // mainnet
const HASH = '0x6d78de7b0625dfbfc16c3a8a5735f6dc3dc3f2ce';

const corpus = [
  // + - * /
  '(+ 1 2)', '(+ 1 2 3 4 5)', '(+ u1 u2)', `(+ ${MAX_I} 1)`, `(+ ${MAX_U} u1)`, `(+ ${MIN_I} -1)`, '(+ 1)',
  '(- 5 3)', '(- 5)', '(- u0)', '(- u0 u1)', `(- ${MIN_I} 1)`, `(- ${MIN_I})`, '(- u5)', '(- 10 1 2 3)',
  '(* 2 3 4)', '(* -2 3)', `(* ${MAX_I} 2)`, `(* ${MAX_U} u2)`, '(* u0 u9)', `(* ${MIN_I} -1)`,
  '(/ 7 2)', '(/ -7 2)', '(/ 1 0)', '(/ u1 u0)', `(/ ${MIN_I} -1)`, '(/ 100 2 5)', '(/ u100 u3)',
  // mod pow sqrti log2
  '(mod 7 3)', '(mod -7 3)', '(mod 7 0)', '(mod u7 u0)', `(mod ${MIN_I} -1)`,
  '(pow 2 10)', '(pow 2 127)', '(pow 2 126)', '(pow -2 127)', '(pow 2 128)', '(pow u2 u128)', '(pow u2 u127)',
  '(pow 2 -1)', '(pow 0 0)', '(pow 1 -5)', '(pow 0 -5)', '(pow 7 1)', '(pow 3 4294967296)', '(pow u3 u4294967296)',
  '(pow -1 3)', '(pow 10 38)', '(pow 10 39)',
  '(sqrti 16)', '(sqrti 17)', '(sqrti u0)', '(sqrti -1)', `(sqrti ${MAX_U})`, `(sqrti ${MAX_I})`,
  '(log2 8)', '(log2 u1)', '(log2 0)', '(log2 -8)', `(log2 ${MAX_U})`, '(log2 u0)',
  // casts
  '(to-uint 5)', '(to-uint -1)', `(to-uint ${MAX_I})`, '(to-int u5)', `(to-int ${MAX_U})`,
  '(to-int u170141183460469231731687303715884105727)', '(to-int u170141183460469231731687303715884105728)',
  // comparisons
  '(< 1 2)', '(> 1 2)', '(<= 2 2)', '(>= u1 u2)', `(< ${MIN_I} ${MAX_I})`, '(> u3 u2)',
  '(< "a" "b")', '(> "ab" "b")', '(<= 0x01 0x0100)', '(>= u"\\u{e9}" u"z")', '(< "" "")', '(> 0x 0x00)',
  // boolean
  '(and true true)', '(and true false)', '(and false (is-eq (/ 1 0) 1))', '(or false true)', '(or false false)',
  '(or true (is-eq (/ 1 0) 1))', '(or false (is-eq (/ 1 0) 1))', '(not true)', '(not false)',
  '(and true true true true false)',
  // is-eq
  '(is-eq 1 1)', '(is-eq 1 2)', '(is-eq 1 1 1)', '(is-eq "abc" "abc")', '(is-eq (some 1) none)',
  '(is-eq (list 1 2) (list 1 2))', '(is-eq {a: 1} {a: 1})', '(is-eq 0x0102 0x0102 0x01)',
  // if let begin asserts!
  '(if true 1 2)', '(if false 1 2)', '(if (> 1 2) (/ 1 0) 3)', '(if true (/ 1 0) 3)',
  '(let ((a 1)) a)', '(let ((a 1) (b (+ a 1))) (+ a b))', '(let ((a 1)) (let ((b 2)) (+ a b)))',
  '(let ((a (list 1 2 3))) (len a))', '(let ((a 1)) (/ a 0))', '(let ((a "hello")) a a)',
  '(begin 1)', '(begin 1 2 3)', '(begin (+ 1 2) (* 2 3))', '(begin (/ 1 0) 2)',
  '(asserts! true (err u1))', '(asserts! false (err u1))', '(asserts! (> 1 2) u9)', '(asserts! (< 1 2) u9)',
  // optionals and responses
  '(some 1)', '(some (some u1))', '(ok 1)', '(err u1)', '(ok (list 1 2))', '(some "abc")',
  '(is-some (some 1))', `(is-some ${NONE_INT})`, '(is-none (some 1))', `(is-none ${NONE_INT})`,
  `(is-ok ${OK_INT})`, `(is-ok ${ERR_INT})`, `(is-err ${OK_INT})`, `(is-err ${ERR_INT})`,
  '(default-to 0 (some 5))', `(default-to 0 ${NONE_INT})`, '(default-to "x" (some "abc"))',
  '(unwrap! (some 1) 2)', `(unwrap! ${NONE_INT} 2)`, `(unwrap! ${OK_INT} 2)`, `(unwrap! ${ERR_INT} 2)`,
  `(unwrap-err! ${ERR_INT} u3)`, `(unwrap-err! ${OK_INT} u3)`,
  '(unwrap-panic (some 1))', `(unwrap-panic ${NONE_INT})`, `(unwrap-panic ${OK_INT})`, `(unwrap-panic ${ERR_INT})`,
  `(unwrap-err-panic ${ERR_INT})`, `(unwrap-err-panic ${OK_INT})`,
  `(match ${NONE_INT} x (+ x 1) 0)`, '(match (some 1) x (+ x 1) 0)', `(match ${OK_INT} x (+ x 1) e (to-int e))`,
  `(match ${ERR_INT} x (+ x 1) e (to-int e))`, `(match ${ERR_INT} x (+ x 1) e (/ 1 0))`,
  `(try! ${OK_INT})`, `(try! ${ERR_INT})`, '(try! (some 1))', `(try! ${NONE_INT})`,
  // lists, tuples
  '(list 1 2 3)', '(list)', '(list "a" "bc")', '(list (some 1) none)', '(list (list 1) (list 2 3))', '(list 0x01 0x0203)',
  '(tuple (a 1) (b 2))', '{a: 1, b: u2, c: "x"}', '{a: {b: (list 1 2)}}', '(get a {a: 1})', '(get b {a: 1, b: (list 1 2)})',
  '(get a (some {a: 1}))', '(get a (if true none (some {a: 1})))',
  '(merge {a: 1} {b: 2})', '(merge {a: 1, b: 2} {a: 3})', '(merge {a: 1} {a: "x"})',
  // sequences
  '(len (list 1 2 3))', '(len "abcd")', '(len 0x0102)', '(len u"\\u{e9}\\u{e9}")', '(len (list))',
  '(element-at (list 1 2) u1)', '(element-at (list 1 2) u5)', '(element-at "abc" u0)', '(element-at 0x0102 u1)',
  '(element-at u"a\\u{e9}" u1)', '(element-at? (list 1 2) u0)', '(element-at "abc" u340282366920938463463374607431768211455)',
  '(index-of (list 1 2 3) 2)', '(index-of (list 1 2 3) 5)', '(index-of "abc" "c")', '(index-of 0x010203 0x03)',
  '(index-of "abcb" "b")', '(index-of? (list 1 2 3) 3)', '(index-of (list (some 1) none) none)',
  '(fold + (list 1 2 3) 0)', '(fold * (list 1 2 3 4) 1)', '(fold - (list 1 2 3) 0)', '(fold + (list 5) 7)',
  `(fold + (list ${MAX_I} 1) 0)`, '(fold and (list true false) true)', '(fold concat-not-a-fn (list 1) 0)',
  '(filter not (list true false true))', '(filter not (list false))', '(filter not (list true))',
  // map (special_map_v200 before Epoch 4.0: a shorter later sequence does not shorten the result, an empty one still
  // leaves one-argument calls), concat, append, as-max-len?
  '(map + (list 1 2 3) (list 10 20 30))', '(map - (list 1 2 3))', '(map + (list 1 2 3) (list 10))',
  '(map + (list 1) (list 10 20 30))', '(map and (list true false) (filter not (list true)))', '(map + (list 1 2) (list 10 20 30))',
  '(map not (list true false))', '(map + (list 1) (list 1 2 3) (list 1 2 3))', '(map + (list 1 2) (unwrap-panic (slice? (list 5) u0 u0)))',
  `(map + (list ${MAX_I}) (list 1))`, '(map to-int (list u1 u2))', '(map sha256 0x0102)', '(map + "ab" (list 1))',
  '(map unknown-fn (list 1))',
  '(concat (list 1 2) (list 3))', '(concat "ab" "cd")', '(concat 0x01 0x0203)', '(concat u"a" u"\\u{e9}")',
  '(concat (list) (list 1))', '(concat (list) (list))', '(concat "" "")', '(concat (list (some 1)) (list none))',
  '(concat 1 (list 1))', '(concat (list 1) 1)', '(concat "a" 0x01)', '(concat (list 1) (list u1))',
  '(append (list 1 2) 3)', '(append (list) 1)', '(append (list "a") "bcd")', '(append (list (some 1)) none)',
  '(append (list 1) u1)', '(append "ab" "c")', '(let ((l (list 1 2))) (append l 3))',
  '(as-max-len? (list 1 2 3) u3)', '(as-max-len? (list 1 2 3) u2)', '(as-max-len? "abc" u10)',
  '(as-max-len? 0x0102 u1)', '(as-max-len? (list) u0)', '(as-max-len? (list 1) 1)', '(as-max-len? 1 u1)',
  // slice? replace-at?
  '(slice? "abcde" u1 u3)', '(slice? "abc" u0 u3)', '(slice? "abc" u3 u3)', '(slice? "abc" u2 u1)',
  '(slice? "abc" u1 u1)', '(slice? "abc" u0 u4)', '(slice? "" u0 u0)', '(slice? (list 1 2 3) u1 u3)',
  '(slice? 0x010203 u0 u2)', '(slice? u"a\\u{e9}b" u1 u3)', '(slice? "abc" u4294967296 u1)',
  '(slice? (list (list 1 2) (list 3)) u0 u1)', '(slice? "abc" 1 u2)', '(slice? 5 u0 u1)',
  '(replace-at? "abc" u1 "x")', '(replace-at? (list 1 2 3) u2 9)', '(replace-at? 0x010203 u0 0xff)',
  '(replace-at? u"ab" u0 u"\\u{e9}")', '(replace-at? "abc" u3 "x")', '(replace-at? "abc" u1 "xy")',
  '(replace-at? 0x0102 u0 0x)', '(replace-at? "ab" u5 "")', '(replace-at? (list 1) u0 u1)',
  `(replace-at? "abc" ${MAX_U} "x")`, '(replace-at? "abc" 1 "x")', '(replace-at? 5 u0 1)',
  '(replace-at? (list (some 1) none) u1 (some 5))',
  // conversions
  '(int-to-ascii 42)', '(int-to-ascii -7)', '(int-to-ascii u0)', `(int-to-ascii ${MIN_I})`, `(int-to-ascii ${MAX_U})`,
  '(int-to-ascii "1")', '(int-to-utf8 42)', '(int-to-utf8 u18)', `(int-to-utf8 ${MIN_I})`, '(int-to-utf8 0x01)',
  '(string-to-int? "42")', '(string-to-int? "-42")', '(string-to-int? "+42")', '(string-to-int? "")',
  '(string-to-int? "-")', '(string-to-int? "4 2")', '(string-to-int? " 42")', '(string-to-int? "0x10")',
  `(string-to-int? "${MAX_I}")`, `(string-to-int? "${MIN_I}")`, '(string-to-int? "170141183460469231731687303715884105728")',
  '(string-to-int? "-170141183460469231731687303715884105729")', '(string-to-int? u"12")', '(string-to-int? u"1\\u{e9}")',
  '(string-to-int? u"-0")', '(string-to-int? 12)',
  '(string-to-uint? "42")', '(string-to-uint? "-1")', '(string-to-uint? "+7")', '(string-to-uint? "")',
  `(string-to-uint? "${MAX_U.slice(1)}")`, '(string-to-uint? "340282366920938463463374607431768211456")',
  '(string-to-uint? u"007")', '(string-to-uint? "abc")', '(string-to-uint? 0x01)',
  '(buff-to-int-le 0x01)', '(buff-to-int-le 0xff)', '(buff-to-int-le 0xffffffffffffffffffffffffffffffff)',
  '(buff-to-int-le 0x)', '(buff-to-int-le 0x0102030405060708090a0b0c0d0e0f10)', '(buff-to-int-le 1)',
  '(buff-to-int-be 0x01)', '(buff-to-int-be 0x0100)', '(buff-to-int-be 0x80000000000000000000000000000000)',
  '(buff-to-int-be 0x0102030405060708090a0b0c0d0e0f1011)', '(buff-to-uint-le 0x0001)', '(buff-to-uint-le 0x)',
  '(buff-to-uint-le 0xffffffffffffffffffffffffffffffff)', '(buff-to-uint-be 0x0001)', '(buff-to-uint-be 0xff)',
  '(buff-to-uint-be 0xffffffffffffffffffffffffffffffff)', '(buff-to-uint-be "a")',
  '(to-consensus-buff? 1)', '(to-consensus-buff? u1)', '(to-consensus-buff? "abc")', '(to-consensus-buff? (list 1 2))',
  '(to-consensus-buff? {a: 1, b: (some u"\\u{e9}")})', '(to-consensus-buff? (ok true))', '(to-consensus-buff? 0x)',
  // hashes
  '(sha256 0x)', '(sha256 0x00)', '(sha256 1)', '(sha256 u1)', '(sha512 0x616263)', '(sha512 -1)',
  '(sha512/256 0x)', '(sha512/256 u5)', '(keccak256 0x)', '(keccak256 0x616263)', '(keccak256 7)',
  '(hash160 0x)', '(hash160 0x0102)', '(hash160 u9)',
  // from-consensus-buff? (a type-signature argument, parsed at one cost_type_parse_step per node)
  '(from-consensus-buff? int 0x0000000000000000000000000000000001)', '(from-consensus-buff? uint 0x0000000000000000000000000000000001)',
  '(from-consensus-buff? int 0x01000000000000000000000000000001)', '(from-consensus-buff? int 0x000000000000000000000000000000000100)',
  '(from-consensus-buff? int 0x)', '(from-consensus-buff? bool 0x03)', '(from-consensus-buff? (string-ascii 3) 0x0d00000003616263)',
  '(from-consensus-buff? (string-ascii 2) 0x0d00000003616263)', '(from-consensus-buff? (buff 4) 0x02000000020102)',
  '(from-consensus-buff? (list 3 int) (unwrap-panic (to-consensus-buff? (list 1 2))))',
  '(from-consensus-buff? (list 1 int) (unwrap-panic (to-consensus-buff? (list 1 2))))',
  '(from-consensus-buff? (optional (response uint int)) (unwrap-panic (to-consensus-buff? (some (ok u1)))))',
  '(from-consensus-buff? (tuple (a int) (b (string-utf8 4))) (unwrap-panic (to-consensus-buff? {a: 1, b: u"\\u{e9}"})))',
  '(from-consensus-buff? {a: int} (unwrap-panic (to-consensus-buff? {a: 1})))',
  '(from-consensus-buff? {a: int} (unwrap-panic (to-consensus-buff? {a: 1, b: 2})))',
  '(from-consensus-buff? {a: int, b: int} (unwrap-panic (to-consensus-buff? {a: 1})))',
  `(from-consensus-buff? principal (unwrap-panic (to-consensus-buff? ${ST})))`,
  `(from-consensus-buff? principal (unwrap-panic (to-consensus-buff? ${ST}.foo)))`,
  '(from-consensus-buff? principal 0x0520000000000000000000000000000000000000000000)',
  '(from-consensus-buff? principal 0x0518000000000000000000000000000000000000000000)',
  '(from-consensus-buff? int 1)', '(from-consensus-buff? foo 0x00)', '(from-consensus-buff? (buff -1) 0x00)',
  '(from-consensus-buff? (list 2) 0x00)', '(from-consensus-buff? int)',
  // secp256k1 (high S left out: the reference's WASM build verifies with another library than consensus does)
  `(secp256k1-recover? ${MSG} ${SIG})`, `(secp256k1-recover? ${MSG2} ${SIG})`, `(secp256k1-recover? ${MSG} ${SIG64})`,
  `(secp256k1-recover? ${MSG} ${SIG64}04)`, `(secp256k1-recover? ${MSG} 0x${FF32}${FF32}00)`,
  `(secp256k1-recover? ${MSG} 0x${'00'.repeat(64)}00)`, `(secp256k1-recover? 0x01 ${SIG})`,
  `(secp256k1-recover? ${MSG} ${SIG}00)`, `(secp256k1-recover? ${MSG} ${SIG64}03)`,
  `(secp256k1-verify ${MSG} ${SIG} ${PUB})`, `(secp256k1-verify ${MSG} ${SIG64} ${PUB})`,
  `(secp256k1-verify ${MSG2} ${SIG} ${PUB})`, `(secp256k1-verify ${MSG} ${SIG64}04 ${PUB})`,
  `(secp256k1-verify ${MSG} ${SIG64}03 ${PUB})`, `(secp256k1-verify ${MSG} 0x0102 ${PUB})`,
  `(secp256k1-verify ${MSG} ${SIG} 0x02${'00'.repeat(32)})`, `(secp256k1-verify ${MSG} ${SIG} 0x04${'00'.repeat(32)})`,
  `(secp256k1-verify ${MSG} ${SIG} ${PUB}00)`, `(secp256k1-verify ${MSG} ${SIG} 0x02)`, `(secp256k1-recover? 0x${FF32}00 ${SIG})`,
  `(secp256k1-verify 0x01 ${SIG} ${PUB})`,
  `(secp256k1-verify ${MSG} 0x${FF32}${FF32} ${PUB})`,
  // principals (Clarity 2; the reference's session is on testnet)
  `(is-standard ${ST})`, `(is-standard ${SP})`, `(is-standard ${ST}.foo)`, `(is-standard ${SP}.foo)`, '(is-standard 1)',
  `(principal-destruct? ${ST})`, `(principal-destruct? ${SP})`, `(principal-destruct? ${ST}.my-contract)`,
  `(principal-destruct? ${SP}.foo)`, '(principal-destruct? u1)',
  `(principal-construct? 0x1a ${HASH})`, `(principal-construct? 0x15 ${HASH})`, `(principal-construct? 0x16 ${HASH})`,
  `(principal-construct? 0x14 ${HASH} "foo")`, `(principal-construct? 0x1a ${HASH} "foo")`,
  `(principal-construct? 0x ${HASH})`, `(principal-construct? 0x20 ${HASH})`, `(principal-construct? 0x1f ${HASH})`,
  `(principal-construct? 0x1a 0x0102)`, `(principal-construct? 0x1a ${HASH} "")`, `(principal-construct? 0x1a ${HASH} "1abc")`,
  `(principal-construct? 0x1a ${HASH} "a-b_c")`, `(principal-construct? 0x1a ${HASH} "${'a'.repeat(40)}")`,
  `(principal-construct? 0x1a ${HASH} "${'a'.repeat(41)}")`, `(principal-construct? 0x1a ${HASH} "a b")`,
  `(principal-construct? 0x1a ${HASH} "__transient")`, `(principal-construct? 0x1a ${HASH} u"foo")`,
  `(principal-construct? 0x1a01 ${HASH})`, `(principal-construct? 0x1a ${HASH}00)`, `(principal-construct? 0x1a)`,
  `(principal-construct? 0x16 0x0102 "foo")`, `(principal-construct? 0x20 0x01 "")`,
  // reserved variables with a fixed value (Clarity 2)
  'is-in-mainnet', 'chain-id', '(if is-in-mainnet u1 chain-id)', '(list chain-id chain-id)', '(not is-in-mainnet)',
  // bitwise and xor
  '(xor 5 3)', '(xor u5 u3)', '(xor -1 0)', '(bit-and 12 10)', '(bit-and u12 u10 u8)', '(bit-and -1 7)',
  '(bit-or 12 10)', '(bit-or u1 u2 u4)', '(bit-or -8 3)', '(bit-xor 12 10)', '(bit-xor u1 u3 u7)', '(bit-xor -1 1)',
  '(bit-not 0)', '(bit-not u0)', '(bit-not -5)', '(bit-shift-left 1 u3)', '(bit-shift-left 1 u127)',
  '(bit-shift-left 1 u128)', '(bit-shift-left u3 u130)', '(bit-shift-left -1 u127)', '(bit-shift-right 16 u2)',
  '(bit-shift-right -16 u2)', '(bit-shift-right u16 u129)', `(bit-shift-right ${MIN_I} u127)`,
  // nesting and variables
  '(+ (* 2 3) (- 10 (/ 8 2)))', '(let ((x (+ 1 2)) (y (* 2 2))) (if (> x y) x y))',
  '(let ((l (list 1 2 3))) (fold + l (len l)))', '(unknown-fn 1)',
  // contract state: the snippet is a contract's top level (defines register, later expressions run); the read and
  // write dimensions come from the data natives' cost functions at the stored and written lengths
  '(define-constant c 5) (+ c 1)', '(define-constant l (list 1 2 3)) (len l)', '(define-constant t {a: 1, b: u2}) t',
  '(define-constant a 2) (define-constant b (* a a)) (list a b)', '(define-constant c (+ 1 2)) (let ((c2 c)) c2)',
  '(define-constant k (/ 1 0)) 1',
  '(define-data-var x int 5) (var-get x)', '(define-data-var x int 5) (var-set x 7) (var-get x)',
  '(define-data-var x int 5) (var-set x 7)', '(define-data-var s (string-ascii 20) "ab") (var-set s "abcdef") (var-get s)',
  '(define-data-var b (buff 8) 0x01) (var-set b 0x0102030405) (var-set b 0x01) (var-get b)',
  '(define-data-var o (optional uint) none) (var-get o)', '(define-data-var o (optional uint) none) (var-set o (some u3)) (var-get o)',
  '(define-data-var l (list 5 int) (list 1)) (var-set l (list 1 2 3)) (len (var-get l))',
  '(define-data-var t (tuple (a int) (b bool)) {a: 1, b: true}) (get a (var-get t))',
  '(define-data-var x uint u1) (var-set x (+ (var-get x) u1)) (var-set x (* (var-get x) u10)) (var-get x)',
  '(define-map m uint int) (map-get? m u1)', '(define-map m uint int) (map-set m u1 2) (map-get? m u1)',
  '(define-map m uint int) (map-set m u1 2) (map-set m u1 3) (map-get? m u1)',
  '(define-map m uint int) (map-insert m u1 2)', '(define-map m uint int) (map-insert m u1 2) (map-insert m u1 3)',
  '(define-map m uint int) (map-insert m u1 2) (map-insert m u1 3) (map-get? m u1)',
  '(define-map m uint int) (map-delete m u1)', '(define-map m uint int) (map-set m u1 2) (map-delete m u1)',
  '(define-map m uint int) (map-set m u1 2) (map-delete m u1) (map-get? m u1)',
  '(define-map m uint int) (map-set m u1 2) (map-delete m u1) (map-insert m u1 4)',
  '(define-map m uint int) (map-set m u1 2) (map-delete m u1) (map-delete m u1)',
  '(define-map m {k: (string-ascii 10)} {v: (list 4 uint), w: bool}) (map-set m {k: "key"} {v: (list u1 u2), w: true}) (map-get? m {k: "key"})',
  '(define-map m (buff 4) (string-utf8 8)) (map-insert m 0x0102 u"h\u{e9}") (map-get? m 0x0102)',
  `(define-map m principal uint) (map-set m ${ST} u5) (map-set m ${ST}.c u6) (map-get? m ${ST})`,
  '(define-map m int (optional int)) (map-set m 1 none) (map-get? m 1)',
  '(define-map m uint int) (define-data-var n uint u0) (map-set m (var-get n) 9) (var-set n u1) (map-get? m u0)',
  // calls of private functions (user_function_application, then one inner_type_check_cost per argument: the declared
  // type's size, the argument's from Epoch 3.3); recursion and a wrong argument type are analysis errors
  '(define-private (f (a int)) (+ a 1)) (f 2)',
  '(define-private (f) 7) (f)',
  '(define-private (add (a int) (b int)) (+ a b)) (add (add 1 2) 3)',
  '(define-private (g (l (list 10 int))) (len l)) (g (list 1 2 3))',
  '(define-data-var x uint u0) (define-private (bump) (begin (var-set x (+ (var-get x) u1)) (var-get x))) (bump) (bump)',
  '(define-constant k 10) (define-private (f (a int)) (* a k)) (f 3)',
  '(define-private (f (s (string-ascii 10))) (len s)) (f "abc")',
  '(define-private (f (a int)) (let ((b (* a 2))) (+ a b))) (f 5)',
  '(define-private (f (a int)) (/ a 0)) (f 1)',
  '(define-map m uint uint) (define-private (put (k uint) (v uint)) (map-set m k v)) (put u1 u2) (put u1 u3) (map-get? m u1)',
  '(define-private (f (t (tuple (a int) (b bool)))) (get a t)) (f {a: 3, b: false})',
  '(define-private (f (o (optional int))) (default-to 0 o)) (f none)',
  '(define-private (f (a int)) (f a)) (f 1)',
  '(define-private (f (a int)) a) (f u1)',
  // a short return (asserts!, unwrap!, unwrap-err!, try!) out of a function body is the function's value
  '(define-private (f (a int)) (begin (asserts! (> a 0) (err u1)) (ok a))) (f -1)',
  '(define-private (f (a int)) (begin (asserts! (> a 0) (err u1)) (ok a))) (list (f 1) (f -1))',
  '(define-private (f (o (optional int))) (ok (+ (unwrap! o (err u7)) 1))) (list (f none) (f (some 2)))',
  '(define-private (f (r (response int uint))) (unwrap-err! r u9)) (list (f (ok 1)) (f (err u2)))',
  '(define-private (f (r (response int uint))) (ok (+ (try! r) 1))) (list (f (err u3)) (f (ok 4)))',
  '(define-private (f (o (optional int))) (some (+ (try! o) 1))) (list (f none) (f (some 2)))',
  '(define-private (f (a int)) (let ((b (unwrap! (if (> a 0) (some a) none) -1))) (* b 2))) (list (f 3) (f 0))',
  '(define-private (g (a int)) (begin (asserts! (> a 0) false) true)) (define-private (h (a int)) (and (g a) (g (- a 1)))) (list (h 1) (h 2))',
  '(define-private (f (a int)) (begin (asserts! (> a 0) (err u1)) (ok a))) (unwrap! (f 0) u5)',
  '(define-private (f (a int)) (begin (asserts! (> a 0) (err u1)) (ok a))) (try! (f 0))',
  // read-only functions (a nested level that is rolled back; costs stay) and defined functions in map, filter, fold
  '(define-read-only (f (a int)) (+ a 1)) (f 2)',
  '(define-data-var x int 5) (define-read-only (get-x) (var-get x)) (var-set x 6) (get-x)',
  '(define-map m uint int) (define-read-only (look (k uint)) (map-get? m k)) (map-set m u1 2) (list (look u1) (look u2))',
  '(define-read-only (f (a int)) (begin (asserts! (> a 0) (err u1)) (ok a))) (list (f 0) (f 2))',
  '(define-private (g (a int)) (* a 2)) (define-read-only (f (a int)) (g a)) (f 4)',
  '(define-read-only (f (a int)) (/ a 0)) (f 1)',
  '(define-private (sq (a int)) (* a a)) (map sq (list 1 2 3))',
  '(define-private (add (a int) (b int)) (+ a b)) (fold add (list 1 2 3) 0)',
  '(define-private (even (a int)) (is-eq (mod a 2) 0)) (filter even (list 1 2 3 4))',
  '(define-read-only (sq (a int)) (* a a)) (map sq (list 1 2 3))',
  '(define-private (add (a int) (b int)) (+ a b)) (map add (list 1 2) (list 10 20 30))',
  '(define-private (f (a int)) (/ 10 a)) (map f (list 1 0))',
  '(define-private (is-a (c (string-ascii 1))) (is-eq c "a")) (filter is-a "banana")',
  '(define-private (pos (a int)) (begin (asserts! (> a 0) false) true)) (filter pos (list 1 -2 3))',
  '(define-private (step (a int) (acc (response int int))) (ok (+ a (try! acc)))) (list (fold step (list 1 2) (ok 0)) (fold step (list 1 2) (err 9)))',
  '(define-private (f (a uint)) (+ a u1)) (map f (list 1 2))',
  // the types lists carry, seen in what reading them back costs: append and concat declare their result from the
  // declared lengths (a list read from storage has its declared type), as-max-len? lowers a declared length
  '(let ((l (append (list 1 2) 3))) l)', '(let ((l (concat (list 1) (list 2 3)))) l)', '(let ((l (concat (list) (list 2 3)))) l)',
  '(let ((o (as-max-len? (list 1 2 3) u5))) o)', '(let ((o (as-max-len? (list 1 2 3) u3))) o)',
  '(define-data-var v (list 5 int) (list 1)) (let ((l (append (var-get v) 2))) l)',
  '(define-data-var v (list 5 int) (list 1)) (let ((l (concat (var-get v) (var-get v)))) l)',
  '(define-data-var v (list 5 (string-ascii 8)) (list "a")) (let ((l (append (var-get v) "bc"))) (list l l))',
  '(define-data-var v (list 5 int) (list 1)) (let ((o (as-max-len? (append (var-get v) 2) u2))) o)',
  '(define-private (f (l (list 10 int))) (let ((m l)) m)) (f (list 1 2))',
  '(define-private (f (t {a: int, b: (string-ascii 9)})) (let ((m t)) m)) (f {a: 1, b: "x"})',
];

// The reference refuses Clarity 2 names under Clarity 1; each version's own view of the corpus.
const runs = [
  { epoch: '3.0', version: 3 },
  { epoch: '2.1', version: 1, filter: (s) => !/bit-|element-at\?|index-of\?|slice\?|replace-at\?|principal-|is-standard|is-in-mainnet|chain-id|-to-|int-to|string-to|buff-to|"[^"]*" "|0x[0-9a-f]* 0x|u"/.test(s) },
  { epoch: '3.3', version: 4 },
];

async function main() {
  const { check, counts, printFailures } = makeChecker();
  for (const run of runs) {
    const snippets = run.filter ? corpus.filter(run.filter) : corpus;
    const ours = runJsonLinesTool(tool, snippets.map((source) => JSON.stringify({ source, epoch: run.epoch, version: run.version })));
    const session = await ref.openSession({ epoch: run.epoch, clarityVersion: run.version });
    snippets.forEach((source, i) => {
      const theirs = ref.evalSnippet(session, source);
      const mine = ours[i];
      check(`${run.epoch}/clarity${run.version} ${source}`, () => {
        const show = () => `ours ${JSON.stringify(mine)}\n    reference ${JSON.stringify({ ...theirs, message: (theirs.message || '').slice(-160) })}`;
        if (theirs.ok) {
          if (!mine.ok) throw new Error(`reference succeeded, we failed\n    ${show()}`);
          if (mine.hex !== theirs.resultHex) throw new Error(`value differs\n    ${show()}`);
          for (const k of Object.keys(theirs.costs)) {
            if (mine.costs[k] !== theirs.costs[k]) throw new Error(`cost ${k} ${mine.costs[k]} != ${theirs.costs[k]}\n    ${show()}`);
          }
          return;
        }
        if (mine.ok) throw new Error(`reference failed (${theirs.kind}), we succeeded\n    ${show()}`);
        if (mine.error.kind !== theirs.kind) throw new Error(`failure kind differs\n    ${show()}`);
        if (theirs.kind === 'runtime') {
          if (mine.error.error !== theirs.error || mine.error.reason !== theirs.reason) throw new Error(`runtime error differs\n    ${show()}`);
        }
      });
    });
  }
  printFailures();
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  process.exitCode = counts.failed === 0 ? 0 : 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
