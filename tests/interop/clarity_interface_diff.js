// Interop: our contract interface (ABI) JSON against the reference's. Each contract of the corpus is deployed in
// the reference VM (lib/reference_vm.js; its simnet's getContractsInterfaces) and through our static analysis
// (clarity_interface_tool: BuildContractAst, read-only checker, type checker, trait checker, StoreAnalysisDb,
// ContractInterfaceJson); the interface texts must be equal, byte for byte (JSON.stringify keeps serde's key
// order), and a contract one side refuses must be refused by the other. The reference's simnet records the
// interface only of contracts that define a function, so `(define-read-only (probe) true)` is added to the others.
// Usage: node clarity_interface_diff.js PATH_TO_CLARITY_INTERFACE_TOOL
'use strict';
const { runJsonLinesTool, makeChecker } = require('./lib/harness');
const ref = require('./lib/reference_vm');

const tool = process.argv[2];
if (!tool) throw new Error('usage: node clarity_interface_diff.js PATH_TO_CLARITY_INTERFACE_TOOL');

// [name, source]; deployed in this order, so later contracts may use earlier ones.
const corpus = [
  ['empty', ''],
  ['consts', '(define-constant a 1) (define-constant b u2) (define-constant c true) (define-constant d "str")'],
  ['consts2', '(define-constant e u"\\u{e9}t\\u{e9}") (define-constant f 0x0102) (define-constant g (list u1 u2 u3))'],
  ['consts3', "(define-constant owner tx-sender) (define-constant p 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.x)"],
  ['tuples', '(define-constant t {z: 1, a: u2, m: {inner: (list 1 2)}}) (define-data-var v {b: bool, a: int} {a: 1, b: true})'],
  ['optionals', '(define-constant n (some 5)) (define-constant o (if true none (some u1))) (define-constant r (ok 1)) (define-constant e (err u2))'],
  ['vars', '(define-data-var counter uint u0) (define-data-var name (string-ascii 20) "x") (define-data-var who principal tx-sender)'],
  ['vars2', '(define-data-var buf (buff 64) 0x) (define-data-var utf (string-utf8 10) u"a") (define-data-var l (list 10 (optional int)) (list))'],
  ['maps', '(define-map balances principal uint) (define-map pairs {a: int, b: int} {sum: int, ok: bool})'],
  ['maps2', '(define-map nested {k: (list 3 (buff 2))} (response int uint)) (define-map opt (optional int) (optional (optional bool)))'],
  ['tokens', '(define-fungible-token gold) (define-fungible-token silver u1000000) (define-non-fungible-token badge uint)'],
  ['tokens2', '(define-non-fungible-token art {id: uint, series: (string-ascii 8)}) (define-non-fungible-token b2 (buff 32))'],
  ['publics', '(define-public (a) (ok true)) (define-public (b (x int)) (if (> x 0) (ok x) (err u1))) (define-public (c) (err "no"))'],
  ['readonly', '(define-read-only (get-one) 1) (define-read-only (add (x int) (y int)) (+ x y)) (define-read-only (id (p principal)) p)'],
  ['privates', '(define-private (helper (x uint)) (* x u2)) (define-public (use (x uint)) (ok (helper x)))'],
  ['mixed', '(define-data-var n int 0) (define-public (incr) (begin (var-set n (+ (var-get n) 1)) (ok (var-get n)))) (define-read-only (get-n) (var-get n))'],
  ['lists', '(define-read-only (l1) (list 1 2 3)) (define-read-only (l2) (list)) (define-read-only (l3 (x (list 5 int))) (map + x x))'],
  ['lists2', '(define-read-only (f (x (list 4 (list 2 uint)))) (len x)) (define-read-only (g) (list (list) (list 1)))'],
  ['strings', '(define-read-only (s1) "hello") (define-read-only (s2) u"h\\u{e9}") (define-read-only (s3 (a (string-ascii 5))) (concat a "!"))'],
  ['buffers', '(define-read-only (h (x (buff 10))) (sha256 x)) (define-read-only (k) (keccak256 0x00)) (define-read-only (c (a (buff 3)) (b (buff 4))) (concat a b))'],
  ['responses', '(define-read-only (r1) (ok u1)) (define-read-only (r2) (err 1)) (define-read-only (r3 (x bool)) (if x (ok 1) (err u2)))'],
  ['options', '(define-read-only (o1) none) (define-read-only (o2) (some (some 1))) (define-read-only (o3 (x (optional uint))) (default-to u0 x))'],
  ['matchers', '(define-read-only (m (x (response int uint))) (match x v (+ v 1) e (to-int e))) (define-read-only (u (x (optional int))) (unwrap! x 0))'],
  ['early', '(define-public (e (x uint)) (begin (asserts! (> x u1) (err u9)) (ok x))) (define-private (t (x (response int int))) (ok (try! x)))'],
  ['tupleret', '(define-read-only (t) {a: 1, b: {c: u2}}) (define-read-only (g (x {a: int, b: uint})) (get a x)) (define-read-only (mrg) (merge {a: 1} {b: 2}))'],
  ['mapsops', '(define-map m uint {v: int}) (define-public (set (k uint) (v int)) (ok (map-set m k {v: v}))) (define-read-only (get1 (k uint)) (map-get? m k))'],
  ['tokenops', '(define-fungible-token t) (define-public (mint (n uint)) (ft-mint? t n tx-sender)) (define-read-only (bal (w principal)) (ft-get-balance t w))'],
  ['nftops', '(define-non-fungible-token n uint) (define-public (mint (i uint)) (nft-mint? n i tx-sender)) (define-read-only (owner (i uint)) (nft-get-owner? n i))'],
  ['stx', '(define-public (send (a uint) (to principal)) (stx-transfer? a tx-sender to)) (define-read-only (bal) (stx-get-balance tx-sender))'],
  ['trait-def', '(define-trait token ((transfer (uint principal) (response bool uint)) (get-balance (principal) (response uint uint))))'],
  ['trait-impl', '(impl-trait .trait-def.token) (define-public (transfer (a uint) (to principal)) (ok true)) (define-read-only (get-balance (w principal)) (ok u0))'],
  ['trait-use', '(use-trait tk .trait-def.token) (define-public (move (t <tk>) (a uint)) (contract-call? t transfer a tx-sender))'],
  ['trait-use2', '(use-trait tk .trait-def.token) (define-public (many (ts (list 3 <tk>))) (ok (len ts))) (define-public (opt (t (optional <tk>))) (ok true))'],
  ['caller', '(define-public (call) (contract-call? .publics b 5)) (define-read-only (ro) (contract-call? .readonly add 1 2))'],
  ['own-trait', '(define-trait local ((f () (response bool bool)))) (define-public (go (x <local>)) (contract-call? x f))'],
  ['sorted', '(define-read-only (first) (second)) (define-read-only (second) k) (define-constant k u5)'],
  ['principals', ".c (define-read-only (cp) .consts) (define-read-only (lp) (list .consts .vars)) (define-read-only (sp) 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM)"],
  ['big', '(define-read-only (b (x (buff 1048576))) (len x)) (define-data-var big (list 100 (string-ascii 100)) (list))'],
  ['names', '(define-public (a-b-c?) (ok 1)) (define-public (z!) (ok 2)) (define-public (A1) (ok 3)) (define-read-only (_x) 4) (define-private (b<c>) 5)'],
  ['converts', '(define-read-only (c1 (x uint)) (to-int x)) (define-read-only (c2 (x int)) (to-uint x)) (define-read-only (c3) (int-to-ascii 5))'],
  ['blocks', '(define-read-only (h) stacks-block-height) (define-read-only (bi) (get-stacks-block-info? id-header-hash u1)) (define-read-only (t) (get-tenure-info? time u1))'],
  ['folds', '(define-private (step (x int) (acc int)) (+ x acc)) (define-read-only (total (xs (list 10 int))) (fold step xs 0)) (define-read-only (fl (xs (list 10 int))) (filter is-even xs)) (define-private (is-even (x int)) (is-eq (mod x 2) 0))'],
  ['consensus', '(define-read-only (enc (x int)) (to-consensus-buff? x)) (define-read-only (dec (b (buff 17))) (from-consensus-buff? int b))'],
  ['refused-ro', '(define-data-var v int 0) (define-read-only (w) (var-set v 1))'],
  ['refused-type', '(define-read-only (f) (+ 1 u1))'],
  ['refused-impl', '(impl-trait .trait-def.token) (define-public (transfer (a int) (to principal)) (ok true))'],
  ['refused-trait', '(define-public (f (x <nope>)) (ok u1))'],
];

for (const entry of corpus) {
  if (!/\(define-(public|read-only|private) /.test(entry[1])) entry[1] += ' (define-read-only (probe) true)';
}

(async () => {
  const session = await ref.openSession({ epoch: '3.0', clarityVersion: 3 });
  const ours = runJsonLinesTool(
    tool,
    corpus.map(([name, source]) => JSON.stringify({ name, source, epoch: '3.0', version: 3, deployer: session.sender })),
  );
  const { check, counts, printFailures } = makeChecker();
  corpus.forEach(([name, source], i) => {
    const theirs = ref.deploy(session, name, source);
    const mine = ours[i];
    check(name, () => {
      if (!theirs.ok) {
        if (mine.ok) throw new Error(`the reference refuses (${theirs.message.slice(0, 200)}); we accept`);
        return;
      }
      if (!mine.ok) throw new Error(`we refuse (${mine.message}); the reference accepts`);
      const expected = JSON.stringify(ref.contractInterface(session, name));
      if (mine.interface !== expected) throw new Error(`interface differs:\n ours   ${mine.interface}\n theirs ${expected}`);
    });
  });
  printFailures();
  console.log(`clarity_interface_diff: ${counts.passed} passed, ${counts.failed} failed`);
  process.exit(counts.failed === 0 && counts.passed >= 40 ? 0 : 1);
})();
