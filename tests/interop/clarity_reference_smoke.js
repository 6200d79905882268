// Interop: the reference Clarity VM (clarinet-sdk's WASM build, through lib/reference_vm.js) answers as the
// differential tests will assume it does. Usage: node clarity_reference_smoke.js
//
// - ~40 small programs with facts that could fail: values and their consensus bytes, runtime errors of the right
//   kind, analysis refusals, map and data-var round trips across calls, rollback of an (err ..) response, events,
//   Clarity version and epoch differences, costs that are non-zero, deterministic, and grow with the work.
// - Then times the reference (1,000 no-op public calls, each advancing the simnet by a block; 1,000 no-op
//   read-only calls; a fold over 1,001 items as a snippet and as a public call) and prints the numbers, for later
//   benchmarks of our VM. The timings are printed, not checked.
'use strict';
const assert = require('node:assert/strict');
const { Cl, serializeCV } = require('@stacks/transactions');
const { makeChecker } = require('./lib/harness');
const vm = require('./lib/reference_vm');

const { check, counts, printFailures } = makeChecker();
const hex = (cv) => '0x' + serializeCV(cv);
const INT3 = '0x0000000000000000000000000000000003';

function expectOk(r, what) {
  if (!r.ok) throw new Error(`${what}: expected success, got ${r.kind}: ${r.message}`);
  return r;
}
function expectFail(r, kind, what) {
  if (r.ok) throw new Error(`${what}: expected a ${kind} failure, got ${r.resultText}`);
  assert.equal(r.kind, kind, `${what}: ${r.message}`);
  return r;
}

async function main() {
  const s = await vm.openSession({ epoch: '3.0', clarityVersion: 3 });
  const snip = (code, opts) => vm.evalSnippet(s, code, opts);

  // -- Values and their bytes.
  check('(+ 1 2) is int 3', () => {
    const r = expectOk(snip('(+ 1 2)'), '(+ 1 2)');
    assert.equal(r.resultHex, INT3);
    assert.equal(r.resultText, '3');
  });
  check('(- u5 u2) is uint 3', () => assert.equal(expectOk(snip('(- u5 u2)'), '-').resultHex, hex(Cl.uint(3))));
  check('u128 max literal', () => {
    const r = expectOk(snip('u340282366920938463463374607431768211455'), 'max');
    assert.equal(r.resultHex, '0x01' + 'f'.repeat(32));
  });
  check('(sha256 0x) is the SHA-256 of nothing', () =>
    assert.equal(
      expectOk(snip('(sha256 0x)'), 'sha256').resultHex,
      '0x0200000020e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    ));
  check('(keccak256 0x) is Keccak-256 (not SHA3-256) of nothing', () =>
    assert.equal(
      expectOk(snip('(keccak256 0x)'), 'keccak256').resultHex,
      '0x0200000020c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470',
    ));
  check('(concat "ab" "cd")', () => {
    const r = expectOk(snip('(concat "ab" "cd")'), 'concat');
    assert.equal(r.resultHex, '0x0d0000000461626364');
    assert.equal(r.resultText, '"abcd"');
  });
  check('a fold sums a list', () => assert.equal(expectOk(snip('(fold + (list 1 2 3 4) 0)'), 'fold').resultText, '10'));
  check('tuple bytes and text order fields by name', () => {
    const r = expectOk(snip('{b: u2, a: 1}'), 'tuple');
    assert.equal(r.resultHex, hex(Cl.tuple({ a: Cl.int(1), b: Cl.uint(2) })));
    assert.equal(r.resultText, '(tuple (a 1) (b u2))');
  });
  check('is-eq on optionals', () => assert.equal(expectOk(snip('(is-eq (some 1) (some 1) (some 1))'), 'is-eq').resultHex, '0x03'));
  check('map-set / map-get? in one snippet', () => {
    const r = expectOk(snip('(define-map m uint uint) (map-set m u1 u2) (map-get? m u1)'), 'map');
    assert.equal(r.resultText, '(some u2)');
    assert.ok(r.costs.write_count >= 1 && r.costs.read_count >= 1, JSON.stringify(r.costs));
  });

  // -- Runtime errors, by the reference's own names.
  const runtime = (code, error, reason) =>
    check(`${code} fails at run time with ${error}(${reason})`, () => {
      const r = expectFail(snip(code), 'runtime', code);
      assert.equal(r.error, error, r.message);
      assert.equal(r.reason, reason, r.message);
    });
  runtime('(/ 1 0)', 'Runtime', 'DivisionByZero');
  runtime('(- u0 u1)', 'Runtime', 'ArithmeticUnderflow');
  runtime('(+ u340282366920938463463374607431768211455 u1)', 'Runtime', 'ArithmeticOverflow');
  runtime('(unwrap-panic (if true none (some u1)))', 'Runtime', 'UnwrapFailure');
  runtime('(asserts! false (err u1))', 'EarlyReturn', 'AssertionFailed');

  // -- Analysis refusals.
  check('(+ 1 u2) is refused by the type checker', () =>
    assert.match(expectFail(snip('(+ 1 u2)'), 'analysis', '+').message, /expecting expression of type 'int', found 'uint'/));
  check('(list 1 u2) is refused', () => expectFail(snip('(list 1 u2)'), 'analysis', 'list'));
  check('an unclosed paren is refused', () => expectFail(snip('(+ 1'), 'analysis', 'paren'));
  check('a contract with a type error does not deploy, and then does not exist', () => {
    expectFail(vm.deploy(s, 'bad', '(define-read-only (f) (+ 1 u1))'), 'analysis', 'deploy bad');
    expectFail(vm.readOnly(s, 'bad', 'f'), 'call', 'call bad');
  });
  check('a read-only function that writes is refused', () =>
    assert.match(
      expectFail(vm.deploy(s, 'ro-writes', '(define-data-var v uint u0) (define-read-only (w) (var-set v u1))'), 'analysis', 'ro').message,
      /read-only/,
    ));

  // -- Contracts and calls.
  const store = [
    '(define-map m uint uint)',
    '(define-data-var v uint u0)',
    '(define-fungible-token tok)',
    '(define-public (put (k uint) (x uint)) (begin (map-set m k x) (print {k: k, x: x}) (ok true)))',
    '(define-read-only (get-m (k uint)) (map-get? m k))',
    '(define-public (set-then-fail (x uint)) (begin (var-set v x) (err u7)))',
    '(define-read-only (get-v) (var-get v))',
    '(define-public (mint (n uint)) (ft-mint? tok n tx-sender))',
    '(define-public (noop) (ok true))',
    '(define-read-only (ro-noop) true)',
    '(define-public (sum (xs (list 1001 int))) (ok (fold + xs 0)))',
  ].join('\n');
  check('a contract deploys', () => {
    const r = expectOk(vm.deploy(s, 'store', store), 'deploy store');
    assert.equal(r.contractId, `${s.sender}.store`);
    assert.ok(r.costs.runtime > 0 && r.costs.write_count > 0, JSON.stringify(r.costs));
  });
  check('map-set in one call, map-get? in a later read-only call', () => {
    const put = expectOk(vm.call(s, 'store', 'put', [hex(Cl.uint(1)), hex(Cl.uint(42))]), 'put');
    assert.equal(put.resultText, '(ok true)');
    assert.equal(vm.readOnly(s, 'store', 'get-m', [hex(Cl.uint(1))]).resultText, '(some u42)');
    assert.equal(vm.readOnly(s, 'store', 'get-m', [hex(Cl.uint(2))]).resultText, 'none');
  });
  check('a print in a public call is an event carrying the value', () => {
    const r = expectOk(vm.call(s, 'store', 'put', [hex(Cl.uint(3)), hex(Cl.uint(4))]), 'put');
    assert.equal(r.events.length, 1, JSON.stringify(r.events));
    assert.equal(r.events[0].event, 'print_event');
    assert.equal(r.events[0].data.contract_identifier, `${s.sender}.store`);
    assert.equal(r.events[0].data.raw_value, hex(Cl.tuple({ k: Cl.uint(3), x: Cl.uint(4) })));
  });
  check('an (err ..) response is a result, and its writes are rolled back', () => {
    const r = expectOk(vm.call(s, 'store', 'set-then-fail', [hex(Cl.uint(9))]), 'set-then-fail');
    assert.equal(r.resultHex, hex(Cl.error(Cl.uint(7))));
    assert.equal(vm.readOnly(s, 'store', 'get-v').resultText, 'u0');
  });
  check('ft-mint? emits an ft_mint_event', () => {
    const r = expectOk(vm.call(s, 'store', 'mint', [hex(Cl.uint(10))]), 'mint');
    assert.equal(r.resultText, '(ok true)');
    assert.deepEqual(r.events.map((e) => e.event), ['ft_mint_event']);
    assert.equal(r.events[0].data.amount, '10');
  });
  check('an argument of the wrong type stops the call', () =>
    expectFail(vm.call(s, 'store', 'put', [hex(Cl.int(1)), hex(Cl.uint(1))]), 'runtime', 'put int'));
  check('an unknown function is a call failure', () => expectFail(vm.call(s, 'store', 'nope'), 'call', 'nope'));
  check('a public function is not read-only', () => expectFail(vm.readOnly(s, 'store', 'noop'), 'call', 'noop ro'));

  // -- Costs.
  check('costs are non-zero and deterministic', () => {
    const a = expectOk(snip('(+ 1 2)'), 'a').costs;
    const b = expectOk(snip('(+ 1 2)'), 'b').costs;
    assert.ok(a.runtime > 0);
    assert.deepEqual(a, b);
    const c1 = expectOk(vm.call(s, 'store', 'noop'), 'noop').costs;
    const c2 = expectOk(vm.call(s, 'store', 'noop'), 'noop').costs;
    assert.deepEqual(c1, c2);
    // A contract call loads the contract: at least one read, of at least the contract's size in bytes.
    assert.ok(c1.read_count >= 1 && c1.read_length > 0 && c1.write_count === 0, JSON.stringify(c1));
  });
  check('costs grow with the work', () => {
    const list = (n) => `(list ${Array.from({ length: n }, (_, i) => i).join(' ')})`;
    const small = expectOk(snip(`(fold + ${list(10)} 0)`), 'fold 10').costs.runtime;
    const big = expectOk(snip(`(fold + ${list(100)} 0)`), 'fold 100').costs.runtime;
    assert.ok(big > 5 * small, `fold 10: ${small}, fold 100: ${big}`);
    const none = expectOk(vm.call(s, 'store', 'sum', [hex(Cl.list([]))]), 'sum 0').costs;
    const some = expectOk(vm.call(s, 'store', 'sum', [hex(Cl.list([1, 2, 3].map(Cl.int)))]), 'sum 3').costs;
    assert.ok(some.runtime > none.runtime, `${none.runtime} vs ${some.runtime}`);
    const w = expectOk(vm.call(s, 'store', 'put', [hex(Cl.uint(5)), hex(Cl.uint(6))]), 'put').costs;
    assert.ok(w.write_count >= 1 && w.write_length > 0, JSON.stringify(w));
  });

  // -- Clarity versions and epochs.
  check('slice? exists in Clarity 2, not in Clarity 1', () => {
    assert.equal(expectOk(snip('(slice? "abc" u0 u1)', { clarityVersion: 2 }), 'c2').resultText, '(some "a")');
    assert.match(expectFail(snip('(slice? "abc" u0 u1)', { clarityVersion: 1 }), 'analysis', 'c1').message, /unresolved function 'slice\?'/);
  });
  check('to-consensus-buff? (Clarity 2) gives the consensus bytes', () =>
    assert.equal(
      expectOk(snip('(to-consensus-buff? u1)', { clarityVersion: 2 }), 'tcb').resultHex,
      '0x0a0200000011' + hex(Cl.uint(1)).slice(2),
    ));
  check('block-height is gone in Clarity 3, stacks-block-height new in it', () => {
    expectOk(snip('block-height', { clarityVersion: 2 }), 'bh c2');
    expectFail(snip('block-height', { clarityVersion: 3 }), 'analysis', 'bh c3');
    expectFail(snip('stacks-block-height', { clarityVersion: 2 }), 'analysis', 'sbh c2');
    expectOk(snip('stacks-block-height', { clarityVersion: 3 }), 'sbh c3');
  });
  check('epoch 3.0 refuses Clarity 4', () => expectFail(snip('(+ 1 2)', { clarityVersion: 4 }), 'version', 'c4'));
  await checkAsync('epoch 2.05 allows only Clarity 1, and prices (+ 1 2) differently', async () => {
    const old = await vm.openSession({ epoch: '2.05', clarityVersion: 1 });
    const r = expectOk(vm.evalSnippet(old, '(+ 1 2)'), '2.05');
    assert.equal(r.resultHex, INT3);
    assert.notEqual(r.costs.runtime, expectOk(snip('(+ 1 2)'), '3.0').costs.runtime);
    expectFail(vm.evalSnippet(old, '(+ 1 2)', { clarityVersion: 2 }), 'version', '2.05 c2');
  });
  await checkAsync('epoch 3.3 runs Clarity 4 (stacks-block-time)', async () => {
    const s33 = await vm.openSession({ epoch: '3.3', clarityVersion: 4 });
    assert.match(expectOk(vm.evalSnippet(s33, 'stacks-block-time'), '3.3').resultText, /^u\d+$/);
  });

  // -- The reference's speed, for later comparison (printed, not checked).
  const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
  let t0 = process.hrtime.bigint();
  const N = 1000;
  let noopOk = 0;
  for (let i = 0; i < N; i++) if (vm.call(s, 'store', 'noop').ok) noopOk++;
  const noopMs = ms(t0);
  check('1,000 no-op calls succeed', () => assert.equal(noopOk, N));
  t0 = process.hrtime.bigint();
  let roOk = 0;
  for (let i = 0; i < N; i++) if (vm.readOnly(s, 'store', 'ro-noop').ok) roOk++;
  const roMs = ms(t0);
  check('1,000 no-op read-only calls succeed', () => assert.equal(roOk, N));

  const items = Array.from({ length: 1001 }, (_, i) => i);
  const foldSnippet = `(fold + (list ${items.join(' ')}) 0)`;
  const R = 20;
  let fold;
  t0 = process.hrtime.bigint();
  for (let i = 0; i < R; i++) fold = snip(foldSnippet);
  const foldSnippetMs = ms(t0) / R;
  check('a fold over 1,001 items sums to 500500', () => assert.equal(expectOk(fold, 'fold 1001').resultText, '500500'));
  const listArg = hex(Cl.list(items.map(Cl.int)));
  let sum;
  t0 = process.hrtime.bigint();
  for (let i = 0; i < R; i++) sum = vm.call(s, 'store', 'sum', [listArg]);
  const foldCallMs = ms(t0) / R;
  check('a call folding 1,001 items returns (ok 500500)', () => assert.equal(expectOk(sum, 'sum 1001').resultText, '(ok 500500)'));

  console.log(`reference VM: @stacks/clarinet-sdk ${vm.clarinetSdkVersion}, node ${process.version}`);
  console.log(`  ${N} no-op public calls: ${noopMs.toFixed(0)} ms (${((noopMs * 1000) / N).toFixed(0)} us/call, ${((N * 1000) / noopMs).toFixed(0)} calls/s)`);
  console.log(`  ${N} no-op read-only calls (no block advance): ${roMs.toFixed(0)} ms (${((roMs * 1000) / N).toFixed(0)} us/call)`);
  console.log(`  fold over 1,001 items as a snippet: ${foldSnippetMs.toFixed(2)} ms each; costs ${JSON.stringify(fold.costs)}`);
  console.log(`  public call folding a 1,001-item list argument: ${foldCallMs.toFixed(2)} ms each; costs ${JSON.stringify(sum.costs)}`);
}

const asyncFailures = [];
async function checkAsync(name, fn) {
  try {
    await fn();
    counts.passed++;
  } catch (e) {
    counts.failed++;
    asyncFailures.push(`FAIL ${name}: ${String(e.message).slice(0, 3000)}`);
  }
}

main()
  .catch((e) => {
    counts.failed++;
    asyncFailures.push(`FAIL (the test stopped): ${e.stack || e}`);
  })
  .finally(() => {
    printFailures();
    asyncFailures.forEach((f) => console.error(f));
    console.log(`${counts.passed} passed, ${counts.failed} failed`);
    process.exit(counts.failed === 0 ? 0 : 1);
  });
