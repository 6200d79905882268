// Interop: contracts deployed and called through our clarity-cli (--json, state in a --db file) against the
// reference VM (lib/reference_vm.js: stacks-core's interpreter in @stacks/clarinet-sdk's WASM build).
// Usage: node clarity_contract_diff.js PATH_TO_CLARITY_CLI
//
// Each scenario is a few contracts and a sequence of steps (deploy, public call, read-only call, with a sender),
// run in epochs 2.1, 3.0 and 3.3 (unless it says otherwise) on a fresh chain on both sides. For every step both must
// agree on:
//  - success or failure; on failure the kind (runtime / analysis / call / cost) and, for runtime failures, the
//    reference's variant and reason (Runtime/DivisionByZero, RuntimeCheck/BadTraitImplementation, ...);
//  - on success the result's consensus bytes, the events (print's contract and raw value, in order);
//  - the costs, all five dimensions exactly: for calls and read-only calls what the reference charges a
//    contract-call transaction (its execute_contract); for deployments the evaluation of the top level, which is
//    all the reference reports for them (clarity-cli's "evaluation_costs"; its "costs" add parsing and storage).
// Arguments are written as Clarity literals: clarity-cli parses them itself; the reference gets them serialized by
// Stacks.js (Cl.parse), so neither side's encoder is checked against itself.
//
// Contracts here pass the reference's static analysis (we have none yet): a scenario whose contract the type checker
// refuses would fail at deployment there and only at run time here.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { Cl } = require('@stacks/transactions');
const { makeChecker } = require('./lib/harness');
const ref = require('./lib/reference_vm');

const cli = process.argv[2];
if (!cli) throw new Error('usage: node clarity_contract_diff.js PATH_TO_CLARITY_CLI');

const DEPLOYER = ref.DEFAULT_SENDER;
const WALLET = 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5';
const VERSION = { '2.1': 2, '3.0': 3, '3.3': 4 };

// --- Scenarios -------------------------------------------------------------------------------------------------
// steps: ['deploy', NAME, {opts}], ['call', CONTRACT, FN, [ARGS], {opts}], ['read', CONTRACT, FN, [ARGS], {opts}],
// opts {sender, minVersion, maxVersion} (the step runs only where the epoch's Clarity version is in range).
// CONTRACT is a name deployed by the deployer or a full id.

const COUNTER = `
(define-data-var count uint u0)
(define-map seen principal uint)
(define-public (incr (by uint))
  (begin
    (var-set count (+ (var-get count) by))
    (map-set seen tx-sender (var-get count))
    (print {event: "incr", count: (var-get count), by: by})
    (ok (var-get count))))
(define-public (fail-after-write) (begin (var-set count u999) (print "lost") (err u7)))
(define-public (panic-after-write) (begin (var-set count u999) (print "lost") (ok (/ u1 u0))))
(define-public (assert-after-write (x uint)) (begin (var-set count x) (asserts! (> x u10) (err u1)) (ok x)))
(define-read-only (get-count) (var-get count))
(define-read-only (seen-by (who principal)) (map-get? seen who))
(define-private (secret) u1)
`;

const CALLEE = `
(define-data-var hits uint u0)
(define-public (hit (fail bool))
  (begin
    (var-set hits (+ (var-get hits) u1))
    (print {callee: tx-sender, caller: contract-caller})
    (if fail (err u1) (ok (var-get hits)))))
(define-read-only (hits?) (var-get hits))
(define-read-only (who) {sender: tx-sender, caller: contract-caller})
(define-public (boom) (ok (/ u1 u0)))
`;

const CALLER = `
(define-public (go (fail bool))
  (begin (print "caller before") (let ((r (contract-call? .callee hit fail))) (print "caller after") (ok r))))
(define-public (go-strict (fail bool)) (contract-call? .callee hit fail))
(define-public (go-unwrap (fail bool)) (begin (print "caller") (try! (contract-call? .callee hit fail)) (ok true)))
(define-read-only (who-direct) (contract-call? .callee who))
(define-public (boom) (contract-call? .callee boom))
(define-public (sponsor) (ok tx-sponsor?))
`;

// as-contract exists in Clarity 1 to 3 (Clarity 4 replaces it with as-contract?).
const AS_CALLER = `
(define-public (as-self) (ok (as-contract (contract-call? .callee who))))
(define-public (nested-as-contract) (ok (as-contract (as-contract tx-sender))))
(define-public (as-self-write) (as-contract (contract-call? .callee hit false)))
`;

const TRAIT = `
(define-trait adder ((add (uint uint) (response uint uint))))
`;
const ADDER_IMPL = `
(impl-trait .trait-def.adder)
(define-public (add (a uint) (b uint)) (begin (print "impl") (ok (+ a b))))
`;
const ADDER_DUCK = `
(define-public (add (a uint) (b uint)) (begin (print "duck") (ok (* a b))))
`;
const ADDER_WRONG_ARGS = `
(define-public (add (a int) (b int)) (ok u0))
`;
const ADDER_MISSING = `
(define-public (sub (a uint) (b uint)) (ok (- a b)))
`;
const ADDER_PRIVATE = `
(define-private (add (a uint) (b uint)) (ok (+ a b)))
`;
const ADDER_RO = `
(define-read-only (add (a uint) (b uint)) (ok (+ a b u100)))
`;
const USER = `
(use-trait adder .trait-def.adder)
(define-public (use (x <adder>) (a uint)) (begin (print (contract-of x)) (contract-call? x add a u2)))
(define-public (use-twice (x <adder>) (y <adder>)) (ok (list (try! (contract-call? x add u1 u1)) (try! (contract-call? y add u2 u2)))))
(define-public (use-opt (x (optional <adder>))) (match x a (contract-call? a add u5 u5) (ok u0)))
(define-read-only (name-of (x <adder>)) (ok (contract-of x)))
`;
// Recursion through traits: loop-a calls its argument; loop-b's ping calls back into loop-a (with loop-c), which is
// still on the call stack when it comes from loop-a itself.
const LOOP_TRAIT = `(define-trait bounce ((ping (uint) (response uint uint))))`;
const LOOP_A = `
(use-trait bounce .loop-trait.bounce)
(define-public (go (x <bounce>) (n uint)) (begin (print n) (contract-call? x ping n)))
`;
const LOOP_C = `(define-public (ping (n uint)) (ok (+ n u100)))`;
const LOOP_B = `(define-public (ping (n uint)) (contract-call? .loop-a go .loop-c n))`;

const TOP_LEVEL = `
(define-constant owner tx-sender)
(define-data-var boot uint u0)
(print {deployed-by: owner, caller: contract-caller})
(var-set boot u7)
(define-read-only (boot?) (var-get boot))
(define-read-only (owner?) owner)
(contract-call? .callee hit false)
`;

// Arguments take their parameter's declared type when the function binds them (Clarity 2: lists their entry type,
// tuples theirs), which decides what reading them costs.
const TYPED_ARGS = `
(define-read-only (pick (t {value: int, name: (string-ascii 4)})) (get value t))
(define-private (slen (s (string-ascii 5))) (len s))
(define-read-only (lens (l (list 10 (string-ascii 5)))) (map slen l))
(define-read-only (total (l (list 1000 int))) (fold + l 0))
(define-read-only (sum (l (list 10 int))) (fold + l 0))
(define-read-only (opt (o (optional (list 5 (string-ascii 9))))) o)
(define-public (resp (r (response (list 3 uint) (string-ascii 8)))) (ok r))
(define-private (inner (l (list 20 int))) (len l))
(define-read-only (via-private) (inner (list 1 2 3)))
`;

const scenarios = [
  {
    name: 'counter',
    contracts: { counter: COUNTER },
    steps: [
      ['deploy', 'counter'],
      ['call', 'counter', 'incr', ['u1']],
      ['call', 'counter', 'incr', ['u41'], { sender: WALLET }],
      ['read', 'counter', 'get-count'],
      ['read', 'counter', 'seen-by', [`'${WALLET}`]],
      ['read', 'counter', 'seen-by', [`'${DEPLOYER}`]],
      ['call', 'counter', 'fail-after-write'],
      ['read', 'counter', 'get-count'],
      ['call', 'counter', 'panic-after-write'],
      ['read', 'counter', 'get-count'],
      ['call', 'counter', 'assert-after-write', ['u3']],
      ['call', 'counter', 'assert-after-write', ['u30']],
      ['read', 'counter', 'get-count'],
      ['call', 'counter', 'secret'],
      ['call', 'counter', 'no-such-function'],
      ['call', `${DEPLOYER}.no-such-contract`, 'incr', ['u1']],
    ],
  },
  {
    name: 'contract-call? and as-contract',
    contracts: { callee: CALLEE, caller: CALLER, 'as-caller': AS_CALLER },
    steps: [
      ['deploy', 'callee'],
      ['deploy', 'caller'],
      ['deploy', 'as-caller', { maxVersion: 3 }],
      ['call', 'caller', 'go', ['false'], { sender: WALLET }],
      ['call', 'caller', 'go', ['true'], { sender: WALLET }],
      ['read', 'callee', 'hits?'],
      ['call', 'caller', 'go-strict', ['true']],
      ['call', 'caller', 'go-strict', ['false']],
      ['call', 'caller', 'go-unwrap', ['true']],
      ['call', 'caller', 'go-unwrap', ['false']],
      ['read', 'callee', 'hits?'],
      ['call', 'as-caller', 'as-self', [], { sender: WALLET, maxVersion: 3 }],
      ['call', 'as-caller', 'as-self-write', [], { sender: WALLET, maxVersion: 3 }],
      ['read', 'caller', 'who-direct', [], { sender: WALLET }],
      ['call', 'as-caller', 'nested-as-contract', [], { maxVersion: 3 }],
      ['call', 'caller', 'boom'],
      ['call', 'caller', 'sponsor', [], { minVersion: 2 }],
    ],
  },
  {
    name: 'traits',
    contracts: {
      'trait-def': TRAIT,
      'adder-impl': ADDER_IMPL,
      'adder-duck': ADDER_DUCK,
      'adder-wrong': ADDER_WRONG_ARGS,
      'adder-missing': ADDER_MISSING,
      'adder-private': ADDER_PRIVATE,
      'adder-ro': ADDER_RO,
      user: USER,
    },
    steps: [
      ['deploy', 'trait-def'],
      ['deploy', 'adder-impl'],
      ['deploy', 'adder-duck'],
      ['deploy', 'adder-wrong'],
      ['deploy', 'adder-missing'],
      ['deploy', 'adder-private'],
      ['deploy', 'adder-ro'],
      ['deploy', 'user'],
      ['call', 'user', 'use', [`'${DEPLOYER}.adder-impl`, 'u3']],
      ['call', 'user', 'use', [`'${DEPLOYER}.adder-duck`, 'u3']],
      ['call', 'user', 'use', [`'${DEPLOYER}.adder-wrong`, 'u3']],
      ['call', 'user', 'use', [`'${DEPLOYER}.adder-missing`, 'u3']],
      ['call', 'user', 'use', [`'${DEPLOYER}.adder-private`, 'u3']],
      ['call', 'user', 'use', [`'${DEPLOYER}.adder-ro`, 'u3']],
      ['call', 'user', 'use', [`'${DEPLOYER}.nowhere`, 'u3']],
      ['call', 'user', 'use', [`'${DEPLOYER}.user`, 'u3']],
      ['call', 'user', 'use-twice', [`'${DEPLOYER}.adder-impl`, `'${DEPLOYER}.adder-duck`]],
      ['call', 'user', 'use-opt', [`(some '${DEPLOYER}.adder-duck)`], { minVersion: 2 }],
      ['call', 'user', 'use-opt', ['none']],
      ['read', 'user', 'name-of', [`'${DEPLOYER}.adder-impl`]],
      ['read', 'user', 'name-of', [`'${DEPLOYER}.nowhere`]],
    ],
  },
  {
    name: 'recursion through traits',
    contracts: { 'loop-trait': LOOP_TRAIT, 'loop-a': LOOP_A, 'loop-b': LOOP_B, 'loop-c': LOOP_C },
    steps: [
      ['deploy', 'loop-trait'],
      ['deploy', 'loop-a'],
      ['deploy', 'loop-c'],
      ['deploy', 'loop-b'],
      ['call', 'loop-b', 'ping', ['u1']],
      ['call', 'loop-a', 'go', [`'${DEPLOYER}.loop-c`, 'u2']],
      ['call', 'loop-a', 'go', [`'${DEPLOYER}.loop-b`, 'u3']],
      ['call', 'loop-a', 'go', [`'${DEPLOYER}.loop-a`, 'u4']],
    ],
  },
  {
    name: 'typed arguments',
    contracts: { typed: TYPED_ARGS },
    steps: [
      ['deploy', 'typed'],
      ['read', 'typed', 'pick', ['{value: 7, name: "y"}']],
      ['read', 'typed', 'lens', ['(list "a" "bcd" "")']],
      ['read', 'typed', 'total', ['(list)']],
      ['read', 'typed', 'total', ['(list 5 6)']],
      ['read', 'typed', 'sum', ['(list 1 2 3 4)']],
      ['read', 'typed', 'opt', ['(some (list "ab"))']],
      ['read', 'typed', 'opt', ['none']],
      ['call', 'typed', 'resp', ['(ok (list u1))']],
      ['call', 'typed', 'resp', ['(err "no")']],
      ['read', 'typed', 'via-private'],
      ['read', 'typed', 'pick', ['{value: 7, name: "y", extra: 1}']],
      ['read', 'typed', 'sum', ['(list 1 2 3 4 5 6 7 8 9 10 11)']],
    ],
  },
  {
    name: 'top level',
    contracts: {
      callee: CALLEE,
      top: TOP_LEVEL,
      broken: '(define-data-var x int 1) (print "before") (/ 1 0)',
      comments: ';; nothing but a comment\n',
      'data-only': '(define-data-var x int 1) (define-constant c u2)',
      'trait-only': '(define-trait t ((f () (response bool bool))))',
    },
    steps: [
      ['deploy', 'callee'],
      ['deploy', 'top'],
      ['read', 'top', 'boot?'],
      ['read', 'top', 'owner?'],
      ['read', 'callee', 'hits?'],
      ['deploy', 'broken'],
      ['call', 'broken', 'anything'],
      ['deploy', 'comments'],
      ['deploy', 'data-only'],
      ['deploy', 'trait-only'],
    ],
  },
];

// --- Running ---------------------------------------------------------------------------------------------------

const RUNTIME_KINDS = new Set(['Runtime', 'RuntimeCheck', 'EarlyReturn', 'ShortReturn', 'Internal', 'Interpreter']);
const ANALYSIS_KINDS = new Set(['Analysis', 'Unchecked', 'Parse']);
const CALL_KINDS = new Set(['NoSuchContract', 'NoSuchPublicFunction', 'NoSuchFunction', 'NotReadOnly']);
const COST_KINDS = new Set(['CostBalanceExceeded', 'CostOverflow']);

function ours(dir, epoch, argv) {
  const full = ['--json', '--db', path.join(dir, 'state.db'), '--epoch', epoch, ...argv];
  let stdout;
  try {
    stdout = execFileSync(cli, full, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    if (e.status !== 1) throw new Error(`clarity-cli ${full.join(' ')} exited ${e.status}: ${e.stderr}`);
    stdout = e.stdout;
  }
  const json = JSON.parse(stdout);
  if (json.error) {
    const { kind, message } = json.error;
    if (RUNTIME_KINDS.has(kind)) {
      const m = new RegExp(`\\b${kind}\\((\\w+)`).exec(message);
      return { ok: false, kind: 'runtime', error: kind, reason: m ? m[1] : null, message };
    }
    if (ANALYSIS_KINDS.has(kind)) return { ok: false, kind: 'analysis', error: kind, message };
    if (CALL_KINDS.has(kind)) return { ok: false, kind: 'call', error: kind, message };
    if (COST_KINDS.has(kind)) return { ok: false, kind: 'cost', error: kind, message };
    return { ok: false, kind: `unknown(${kind})`, message };
  }
  return {
    ok: true,
    resultHex: json.hex,
    resultText: json.result,
    costs: argv[0] === 'deploy' ? json.evaluation_costs : json.costs,
    events: json.events.map((e) => ({ event: e.type === 'contract_event' ? 'print_event' : e.type, data: e[e.type] })),
  };
}

const sortKeys = (v) =>
  Array.isArray(v)
    ? v.map(sortKeys)
    : v && typeof v === 'object'
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])]))
      : v;

function compare(mine, theirs) {
  const show = () => `\n    ours ${JSON.stringify(mine)}\n    reference ${JSON.stringify({ ...theirs, message: (theirs.message || '').slice(-200) })}`;
  if (theirs.ok !== mine.ok) throw new Error(`${theirs.ok ? 'reference succeeded, we failed' : 'reference failed, we succeeded'}${show()}`);
  if (!theirs.ok) {
    if (mine.kind !== theirs.kind) throw new Error(`failure kind differs${show()}`);
    if (theirs.kind === 'runtime' && (mine.error !== theirs.error || mine.reason !== theirs.reason)) {
      throw new Error(`runtime error differs${show()}`);
    }
    return;
  }
  if (mine.resultHex !== theirs.resultHex) throw new Error(`value differs${show()}`);
  const ev = (list) => JSON.stringify(sortKeys(list.map((e) => ({ event: e.event, data: e.data }))));
  if (ev(mine.events) !== ev(theirs.events)) throw new Error(`events differ${show()}`);
  for (const k of Object.keys(theirs.costs)) {
    if (mine.costs[k] !== theirs.costs[k]) throw new Error(`cost ${k} ${mine.costs[k]} != ${theirs.costs[k]}${show()}`);
  }
}

function qualify(contract) {
  return contract.includes('.') ? contract : `${DEPLOYER}.${contract}`;
}

async function main() {
  const { check, counts, printFailures } = makeChecker();
  for (const scenario of scenarios) {
    for (const epoch of scenario.epochs || ['2.1', '3.0', '3.3']) {
      const version = VERSION[epoch];
      const session = await ref.openSession({ epoch, clarityVersion: version });
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clarity-contract-diff-'));
      try {
        for (const step of scenario.steps) {
          const [kind, contract] = step;
          const fn = kind === 'deploy' ? null : step[2];
          const args = kind === 'deploy' ? [] : step[3] || [];
          const opts = (kind === 'deploy' ? step[2] : step[4]) || {};
          if (opts.minVersion && version < opts.minVersion) continue;
          if (opts.maxVersion && version > opts.maxVersion) continue;
          const sender = opts.sender || DEPLOYER;
          const label = `${scenario.name} ${epoch} ${kind} ${contract}${kind === 'deploy' ? '' : ` ${fn} ${args.join(' ')}`}`;
          let theirs;
          let mine;
          if (kind === 'deploy') {
            theirs = ref.deploy(session, contract, scenario.contracts[contract]);
            const file = path.join(dir, `${contract}.clar`);
            fs.writeFileSync(file, scenario.contracts[contract]);
            mine = ours(dir, epoch, ['deploy', contract, file, '--sender', sender, '--clarity-version', String(version)]);
          } else {
            const argsHex = args.map((a) => Cl.serialize(Cl.parse(a)));
            theirs = (kind === 'call' ? ref.call : ref.readOnly)(session, qualify(contract), fn, argsHex, { sender });
            mine = ours(dir, epoch, ['call', qualify(contract), fn, ...args, '--sender', sender]);
          }
          check(label, () => compare(mine, theirs));
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  printFailures();
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  process.exitCode = counts.failed === 0 ? 0 : 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
