// Times the reference Clarity VM (@stacks/clarinet-sdk's WASM build, the version tests/interop pins) on the calls
// of bench/clarity/bench.clar and prints one JSON object per shape: {name, calls, us_per_call (wall), cpu_us_per_call, calls_per_s, costs,
// result}. bench/clarity/compare.js runs this and bench_clarity_calls in one run and prints them side by side.
//
//   node bench/clarity/reference.js [--seconds S]
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('../../tests/interop/lib/reference_vm');
// Resolved from tests/interop, whose package-lock.json pins it.
const { Cl, serializeCV } = require(require.resolve('@stacks/transactions', { paths: [path.join(__dirname, '../../tests/interop')] }));

const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1] || 0) || 3;
const hex = (cv) => '0x' + serializeCV(cv);

/// The shapes: a public function and its arguments (as consensus hex), the same as bench/clarity_calls.cpp uses.
function shapes() {
  const ints = (n) => Cl.list(Array.from({ length: n }, (_, i) => Cl.int(i + 1)));
  const uints = (n) => Cl.list(Array.from({ length: n }, (_, i) => Cl.uint(i + 1)));
  const bufs = (n) => Cl.list(Array.from({ length: n }, (_, i) => Cl.buffer(Buffer.alloc(32, i))));
  return [
    { name: 'noop', fn: 'noop', args: [] },
    { name: 'fold-200', fn: 'fold-items', args: [hex(ints(200))] },
    { name: 'fold-1001', fn: 'fold-items', args: [hex(ints(1001))] },
    { name: 'map-set-get-200', fn: 'map-set-get', args: [hex(uints(200))] },
    { name: 'sha256-200', fn: 'hash-items', args: [hex(bufs(200))] },
  ];
}

async function main() {
  const session = await vm.openSession({ epoch: '3.0', clarityVersion: 3 });
  const source = fs.readFileSync(path.join(__dirname, 'bench.clar'), 'utf8');
  const deployed = vm.deploy(session, 'bench', source);
  if (!deployed.ok) throw new Error(`deploy failed: ${deployed.message}`);
  for (const shape of shapes()) {
    const first = vm.call(session, 'bench', shape.fn, shape.args);
    if (!first.ok) throw new Error(`${shape.name}: ${first.message}`);
    let calls = 0;
    const deadline = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
    const t0 = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    while (process.hrtime.bigint() < deadline) {
      vm.call(session, 'bench', shape.fn, shape.args);
      calls++;
    }
    const us = Number(process.hrtime.bigint() - t0) / 1e3 / calls;
    const cpu = process.cpuUsage(cpu0);
    const cpuUs = (cpu.user + cpu.system) / calls;
    console.log(JSON.stringify({ name: shape.name, calls, us_per_call: us, cpu_us_per_call: cpuUs, calls_per_s: 1e6 / us, costs: first.costs,
                                 result: first.resultHex.length > 80 ? first.resultHex.slice(0, 80) + '…' : first.resultHex }));
  }
  console.log(JSON.stringify({ reference: `@stacks/clarinet-sdk ${vm.clarinetSdkVersion}`, node: process.version }));
}

main().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(1);
});
