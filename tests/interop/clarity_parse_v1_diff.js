// Interop: our parser v1 (Epochs 2.0 and 2.05) against the reference's, through clarity_parse_v1_tool.
// Usage: node clarity_parse_v1_diff.js PATH_TO_CLARITY_PARSE_V1_TOOL
//
// The judge. The pinned reference VM (@stacks/clarinet-sdk 3.21.0, lib/reference_vm.js) cannot be it: its WASM build
// is compiled without parser v1 (stacks-core's `devtools` feature) and parses every epoch with v2, which this script
// checks first (`{a:1}` deploys there at 2.05; parser v1 refuses it). So the sources are deployed in an empty simnet
// of @hirosystems/clarinet-sdk-wasm 2.16.0 (pinned in package.json): a stacks-core Clarity VM whose deployments at
// Epochs 2.0 and 2.05 go through parser v1, with the reference's v1 error messages, and whose getContractAST() gives
// the deployed AST (expressions, ids and spans, after the definition sorter and sugar expansion).
//
// For every source, in a 2.05 session and again in a 2.0 session:
//  - a source parser v1 refuses must be refused by the reference with exactly our message (its diagnostic text);
//    one refused by a pass after parsing (the depth checkers, the definition sorter, the traits resolver) must be
//    refused too, in any words: the simnet builds the AST in diagnostic mode, so after such a pass fails it goes on
//    to the type checker and reports the type checker's error when there is one;
//  - a source we accept must not be refused by the reference for a parse reason (a refusal by its type checker is
//    fine: the AST was built), and where the reference deployed it, its AST must equal ours: every node, value, id
//    and span. Only the spans of the (key value) lists sugar expansion makes of a tuple's pairs are left out: this
//    build gives them the key's start and the value's end; the pinned 3.21.0, newer stacks-core and we leave them zero.
// The reference's simnet keeps the AST only of contracts that define a function, so sources without one get
// "\n(define-read-only (probe) true)" appended, for both sides.
'use strict';
const assert = require('node:assert/strict');
const { runJsonLinesTool, makeChecker } = require('./lib/harness');
const ref = require('./lib/reference_vm');
const judge = require('@hirosystems/clarinet-sdk-wasm');

const tool = process.argv[2];
if (!tool) throw new Error('usage: node clarity_parse_v1_diff.js PATH_TO_CLARITY_PARSE_V1_TOOL');

const SENDER = ref.DEFAULT_SENDER;
const ST = "'" + SENDER;
const FN = (body) => `(define-private (f) ${body})`;
const nest = (open, inner, close, n) => open.repeat(n) + inner + close.repeat(n);

// A trait contract deployed first in each session, for use-trait, impl-trait and field literals.
const TRAITS = ['traits', '(define-trait t ((go () (response bool bool))))\n(define-read-only (probe) true)'];

// [name, source]
const corpus = [
  // Accepted; the AST is compared.
  ['ints', FN('(+ 1 -2 0 007 170141183460469231731687303715884105727)')],
  ['int-min', FN('(- -170141183460469231731687303715884105728 1)')],
  ['uints', FN('(+ u0 u1 u00 u340282366920938463463374607431768211455)')],
  ['strings', FN('(list "" "a" "hello world" "~!@#$%^&*()_+`-={}|[]:;\'<>?,./")')],
  ['escapes', FN('(list "a\\nb" "\\t\\r" "q\\"q" "back\\\\slash" "x\\\\\\"y")')],
  ['escape-at-end', FN('"x\\\\")')],
  ['utf8', FN('(list u"" u"abc" u"\\u{e9}t\\u{e9}" u"\\u{1F436}" u"\\u{0041}")')],
  ['utf8-double', FN('(list u"\\\\u{41}" u"\\u" u"a\\u{}b" u"\\u{41")')],
  ['utf8-escapes', FN('(list u"\\n\\t\\"" u"\\u{000000041}" u"\\u{10FFFF}")')],
  ['buffers', FN('(list 0x 0x00 0xff 0xABcd 0x0123456789abcdef)')],
  ['principals', FN(`(list ${ST} 'SP000000000000000000002Q6VF78 'ST000000000000000000002AMW42H)`)],
  ['contracts', FN(`(list ${ST}.traits .traits .a ${ST}.a-b_c-9)`)],
  ['contract-40', FN('(list .a123456789012345678901234567890123456789)')],
  ['tuples', FN('{a: 1, b: u2, c: {d: "x"}}')],
  ['tuple-no-space', FN('{a: 1,b: 2,c: 3}')],
  ['tuple-trailing-comma', FN('{a: 1, b: 2,}')],
  ['tuple-spaced', FN('{ a : 1 , b : 2 }')],
  ['tuple-tabs', FN('{a:\t1,\tb:\t2}')],
  ['tuple-in-list', FN('(list {a: 1} {a: 2})')],
  ['tuple-get', FN('(get b {a: 1, b: 2})')],
  ['comments', ';; header\n(define-private (f) ;; trailing\n  ;; own line\n  (+ 1 2));;glued\n;; last'],
  ['comment-tab', '(define-private (f) 1) ;; a\tb\n'],
  ['comment-symbols', ';; "quotes" (parens) {braces} \'q <t> 0x1 #\n(define-private (f) 1)'],
  ['blank-lines', '(define-private (f) 1)\n\n\n\n(define-private (g)\n\n\n  2)\n\n(define-private (h) 3)'],
  ['leading-blank', '\n\n\n   (define-private (f)\n\n (list 1\n\n\n 2 3))'],
  ['tabs', '(define-private\t(f)\t(+\t1\t2))'],
  ['trailing-space', '(define-private (f) 1)   \n   \n'],
  ['crowded', '(define-private (f) (list (list 1) (list 2)))'],
  ['names', '(define-private (a-b? (x! int) (y* int)) (+ x! y*))\n(define-private (g) (a-b? 1 2))'],
  ['operators', FN('(and (<= 1 2) (>= 2 1) (< 1 2) (> 2 1) (is-eq (* 2 3) (/ 6 1) (- 7 1) (+ 5 1)))')],
  ['long-name', `(define-private (${'n'.repeat(128)}) 1)`],
  ['let', FN('(let ((x 1) (y 2)) (+ x y))')],
  ['keywords', FN('(list true false none (some 1) tx-sender block-height contract-caller)')],
  ['trait-use', '(use-trait x .traits.t)\n(define-public (call (c <x>)) (contract-call? c go))'],
  ['trait-use-qualified', `(use-trait x ${ST}.traits.t)\n(define-public (call (c <x>)) (contract-call? c go))`],
  ['trait-impl', `(impl-trait ${ST}.traits.t)\n(define-public (go) (ok true))`],
  ['trait-impl-sugar', '(impl-trait .traits.t)\n(define-public (go) (ok true))'],
  ['trait-names', '(use-trait a_b-1 .traits.t)\n(define-public (call (c <a_b-1>)) (contract-call? c go))'],
  ['define-trait', '(define-trait tt ((m (uint) (response uint uint))))\n(define-public (x (c <tt>)) (contract-call? c m u1))'],
  ['sorted', '(define-private (f) (g))\n(define-private (g) k)\n(define-constant k 5)'],
  ['data', '(define-data-var v int 1)\n(define-map m {k: int} {v: (buff 2)})\n(define-public (s) (ok (map-set m {k: 1} {v: 0x0102})))'],
  ['deep-lists', FN(nest('(list ', '1', ')', 30))],
  ['deep-tuples', FN(nest('{a: ', '1', '}', 30))],
  ['depth-lists-66', FN(nest('(list ', '1', ')', 66))],
  ['depth-tuples-67', nest('{a: ', '1', '}', 67)],
  ['newline-runs', '(define-private (f)\n\n\n\n\n\n\n\n\n\n(+\n1\n\n2))'],
  ['windows-free', '(define-private (f) (list "a" "b"))'],
  // Accepted by v1 where v2 refuses (the type checker refuses some of them afterwards).
  ['odd-tuple', FN('{a}')],
  ['dangling-colon', FN('{a:}')],
  ['odd-tuple-3', FN('{a: 1, b}')],
  ['empty-tuple', FN('{}')],
  ['names-v1', FN('(list a<b>c x=>y)')],
  ['string-backtrack', FN('"a\\\\" b "')],
  // Refused: the lexer.
  ['sep-lists', '(define-private (f) (begin (+ 1 2)(+ 3 4)))'],
  ['sep-int-name', FN('(let ((023ab13 1)) 1)')],
  ['sep-dot', FN('(let ((ab.de 1)) 1)')],
  ['sep-string-string', FN('(list "a""b")')],
  ['sep-uint-uint', FN('(list u1u2)')],
  ['sep-hex-junk', FN('0xzz')],
  ['sep-trait-junk', FN('(list <a>b)')],
  ['sep-long-name', FN(`(list ${'n'.repeat(129)})`)],
  ['sep-long-contract', FN('.a1234567890123456789012345678901234567890')],
  ['sep-long-principal', FN(`(list ${ST}STX)`)],
  ['sep-reference-long-contract', "(define-private (transfer (id uint) (receiver principal)) (contract-call? 'SP3D6PV2ACBPEKYJTCMH7HEN02KP87QSP8KTEH335.megapont-robot-expansion-nftSPNWZ5V2TPWGQGVDR6T7B6RQ4XMGZ4PXTEE0VQ0S.guests-hosted-stacks-parrots transfer id tx-sender receiver))"],
  ['sep-field-underscore', '(impl-trait .traits.t_x)'],
  ['sep-after-close-brace', FN('(list {a: 1}{a: 2})')],
  ['sep-string-backtrack', FN('(list "a\\\\" "b")')],
  ['sep-after-colon', FN('{a:1}')],
  ['sep-after-colon-name', FN('{a:b}')],
  ['sep-after-colon-tuple', FN('{a:{b: 1}}')],
  ['rem-hash', FN('(let ((x 1) (y#not 2)) x)')],
  ['rem-emoji', FN('(let ((x\u{1F3B6} 1)) (is-eq x\u{1F3B6} 1))')],
  ['rem-cr', '(define-private (f)\r\n  1)'],
  ['rem-lone-cr', '(define-private (f) \r 1)'],
  ['rem-comment-utf8', '(define-private (f) 1) ;; caf\u{e9}\n'],
  ['rem-string-utf8', FN('"caf\u{e9}"')],
  ['rem-utf8-literal', FN('u"caf\u{e9}"')],
  ['rem-quote-true', FN("(and 'true 'false)")],
  ['rem-brackets', FN('[1 2]')],
  ['rem-tilde', FN('(~ 1)')],
  ['rem-dot', FN('(list . 1)')],
  ['rem-lower-principal', FN("'st1pqhqkv0rjxzfy1dgx8mnsnyve3vgzjsrtpgzgm")],
  ['rem-form-feed', '(define-private (f)\f1)'],
  ['rem-unclosed-string', FN('"abc')],
  ['rem-string-newline', FN('"ab\ncd"')],
  ['rem-nul', FN('(list 1\u0000)')],
  ['rem-short-principal', FN("'ST1PQ")],
  // Refused: values.
  ['int-overflow', FN('170141183460469231731687303715884105728')],
  ['int-underflow', FN('-170141183460469231731687303715884105729')],
  ['uint-overflow', FN('u340282366920938463463374607431768211456')],
  ['hex-odd', FN('0x1')],
  ['hex-odd-long', FN('0xabcde')],
  ['principal-checksum', FN("'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGN")],
  ['principal-garbage', FN("'SSSSSSSSSSSSSSSSSSSSSSSSSSSS")],
  ['principal-not-s', FN("'AT1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM")],
  ['contract-checksum', FN("'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGN.foo")],
  ['field-digit', '(impl-trait .traits.1t)'],
  ['field-dash', '(impl-trait .traits.-t)'],
  ['field-checksum', "(impl-trait 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGN.traits.t)"],
  ['trait-ref-digit', '(define-public (x (c <1t>)) (ok true))'],
  ['trait-ref-underscore', '(define-public (x (c <_t>)) (ok true))'],
  ['escape-unknown', FN('"hello\\eworld"')],
  ['escape-unicode-ascii', FN('"hello\\u{1F436}world"')],
  ['escape-utf8-unknown', FN('u"\\x41"')],
  ['escape-backtracked', FN('"a\\")')],
  ['chars-nul', FN('"a\\0b"')],
  ['chars-surrogate', FN('u"\\u{D800}"')],
  ['chars-too-big', FN('u"\\u{110000}"')],
  ['chars-overflow', FN('u"\\u{100000000}"')],
  // Refused: names, separators and brackets.
  ['name-underscore', FN('_a')],
  ['name-dash', FN('(list -a)')],
  ['name-plus-digit', FN('(list +1)')],
  ['name-question', FN('(list ?x)')],
  ['close-extra', '(define-private (f) (let ((x 1) (y 2))))) )'],
  ['close-lone', ')'],
  ['open-unclosed', '(define-private (f) (let ((x 1) (y 2))'],
  ['open-tuple-unclosed', FN('{a: 1')],
  ['list-closed-by-brace', FN('(13 37}')],
  ['tuple-closed-by-paren', FN('{id 1337)')],
  ['brace-extra', FN('{id: 37}}')],
  ['brace-lone', '}'],
  ['comma-in-list', '(define-private (f) (let ((a 1), (b 2)) b))'],
  ['comma-top', ', (define-private (f) 1)'],
  ['colon-in-list', FN('(list 1 : 2)')],
  ['colon-top', ':'],
  ['tuple-shorthand', FN('{ a, b }')],
  ['tuple-no-colon', FN('{a 1}')],
  ['tuple-dangling-comma', FN('{ a: b, b: ,}')],
  ['tuple-two-colons', FN('{ a: b: }')],
  ['tuple-no-comma', FN('{a: 1 b: 2}')],
  ['tuple-colon-after-comma', FN('{ a: b, : b a}')],
  ['tuple-comma-only', FN('{,}')],
  ['tuple-colon-only', FN('{:}')],
  ['lex-before-parse', '(define-private (f) (list 1 , 2)) 1a'],
  ['parse-order', '(define-private (f) (list _bad)) )'],
  // Refused: nesting (the lexer's limit, then the depth checkers).
  ['depth-lists-68', FN(nest('(list ', '1', ')', 68))],
  ['depth-lists-69', nest('(list ', '1', ')', 69)],
  ['depth-lists-70', nest('(list ', '1', ')', 70)],
  ['depth-lists-71', nest('(list ', '1', ')', 71)],
  ['depth-tuples-69', nest('{a: ', '1', '}', 69)],
  ['depth-tuples-71', nest('{a: ', '1', '}', 71)],
  ['depth-mixed-71', nest('(list {a: ', '1', '})', 36)],
  ['depth-unclosed', '('.repeat(200)],
  // Refused: the passes after parsing.
  ['circular', '(define-private (f) (g))\n(define-private (g) (f))'],
  ['trait-unknown', '(define-public (x (c <nope>)) (ok true))'],
  ['trait-stored', '(use-trait x .traits.t)\n(define-data-var v <x> tx-sender)'],
];

for (const entry of corpus) {
  if (!/\(define-(public|read-only|private) /.test(entry[1])) entry[1] += '\n(define-read-only (probe) true)';
}

const PARSE_MESSAGE = new RegExp(
  '^(Expected whitespace or a close parens|Whitespace expected after colon|Failed to lex input remainder|' +
    'Illegal variable name|Failed to parse int literal|Invalid hex-string literal|Invalid principal literal|' +
    'Invalid buffer literal|Invalid field literal|Tried to close|List expressions|Tuple literal|Misplaced|' +
    'invalid characters detected|invalid escaping|AST has too deep|detected interdependent|use of undeclared trait|' +
    'trait references can not be stored|\\((use|define|impl)-trait)',
);

function openJudge(epoch) {
  const sdk = new judge.SDK(() => {
    throw new Error('an empty session reads no files');
  }, new judge.SDKOptions(false, false));
  return sdk.initEmptySession(null).then(() => {
    sdk.setEpoch(epoch);
    assert.equal(sdk.currentEpoch, epoch);
    return sdk;
  });
}

function quietly(fn) {
  const saved = console.error;
  console.error = () => {};
  try {
    return fn();
  } finally {
    console.error = saved;
  }
}

// {ok: true, ast} (ast null when the simnet kept none) or {ok: false, message}.
function judgeDeploy(sdk, name, source) {
  try {
    const args = new judge.DeployContractArgs(name, source, new judge.ContractOptions(1), SENDER);
    const res = quietly(() => sdk.deployContract(args));
    res.free();
  } catch (e) {
    const text = String(e && e.message ? e.message : e);
    const at = text.indexOf(' -> ');
    return { ok: false, message: at >= 0 ? text.slice(at + 4) : text };
  }
  let ast = null;
  try {
    ast = sdk.getContractAST(`${SENDER}.${name}`);
  } catch (e) {
    ast = null;
  }
  return { ok: true, ast };
}

// The reference's AST as plain JSON: u128/i128 as decimal strings, maps as objects.
function plain(x) {
  const replacer = (k, v) => (typeof v === 'bigint' ? v.toString() : v instanceof Map ? Object.fromEntries(v) : v);
  return JSON.parse(JSON.stringify(x, replacer));
}

// Drops the spans of the pair lists of expanded tuples, `(tuple (k v) ...)` (see the header).
function withoutPairSpans(exprs) {
  for (const e of exprs) {
    const list = e.expr.List;
    if (!list) continue;
    if (list.length > 0 && list[0].expr.Atom === 'tuple' && list[0].span.start_line === 0) {
      for (const pair of list.slice(1)) if (pair.expr.List) delete pair.span;
    }
    withoutPairSpans(list);
  }
  return exprs;
}

// A trait reference as the reference serializes it: [name, {Defined|Imported: trait}]; ours carries only the trait.
function traitRefsAsOurs(exprs) {
  for (const e of exprs) {
    if (e.expr.TraitReference) {
      const [name, def] = e.expr.TraitReference;
      e.expr.TraitReference = [name, def && typeof def === 'object' ? Object.values(def)[0] : def];
    }
    if (e.expr.List) traitRefsAsOurs(e.expr.List);
  }
  return exprs;
}

function firstDifference(a, b, where = '') {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return `${where}: ours ${JSON.stringify(a)}, theirs ${JSON.stringify(b)}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = firstDifference(a[k], b[k], `${where}/${k}`);
    if (d) return d;
  }
  return `${where}: differ`;
}

(async () => {
  const { check, counts, printFailures } = makeChecker();

  // Why the pinned VM is not the judge: it deploys what parser v1 refuses.
  const pinned = await ref.openSession({ epoch: '2.05', clarityVersion: 1 });
  check('pinned reference parses 2.05 with v2', () => {
    const r = ref.evalSnippet(pinned, '{a:1}');
    assert.equal(r.ok, true, 'clarinet-sdk 3.21.0 refused {a:1} at 2.05: it may now run parser v1; make it the judge');
  });

  const ours = runJsonLinesTool(
    tool,
    [TRAITS, ...corpus].map(([name, source]) => JSON.stringify({ source, issuer: SENDER, name, rules: 'precheck' })),
  );
  const stats = { accepted: 0, astCompared: 0, typeRefused: 0, refused: 0 };
  for (const epoch of ['2.05', '2.0']) {
    const sdk = await openJudge(epoch);
    check(`${epoch} traits`, () => assert.equal(judgeDeploy(sdk, TRAITS[0], TRAITS[1]).ok, true));
    corpus.forEach(([name, source], i) => {
      const mine = ours[i + 1];
      const theirs = judgeDeploy(sdk, name, source);
      check(`${epoch} ${name}`, () => {
        if (!mine.ok) {
          stats.refused++;
          if (theirs.ok) throw new Error(`we refuse (${mine.kind}: ${mine.message}); the reference deploys it`);
          if (mine.stage === 'passes') return;
          assert.equal(mine.message, theirs.message, `our ${mine.kind} message differs from the reference's`);
          return;
        }
        stats.accepted++;
        if (!theirs.ok) {
          if (PARSE_MESSAGE.test(theirs.message)) {
            throw new Error(`we parse it; the reference refuses it while parsing: ${theirs.message}`);
          }
          stats.typeRefused++;
          return;
        }
        if (theirs.ast === null) return;
        stats.astCompared++;
        const expected = withoutPairSpans(traitRefsAsOurs(plain(theirs.ast).expressions));
        const actual = withoutPairSpans(mine.expressions);
        const d = firstDifference(actual, expected);
        if (d) throw new Error(`AST differs at ${d}`);
      });
    });
  }
  printFailures();
  console.log(
    `clarity_parse_v1_diff: ${corpus.length} sources x 2 epochs: ${stats.accepted} accepted ` +
      `(${stats.astCompared} ASTs compared, ${stats.typeRefused} refused by the type checker), ` +
      `${stats.refused} refused`,
  );
  console.log(`clarity_parse_v1_diff: ${counts.passed} passed, ${counts.failed} failed`);
  process.exit(counts.failed === 0 && counts.passed >= 200 ? 0 : 1);
})();
