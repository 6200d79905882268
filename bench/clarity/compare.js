// Runs both VMs on bench/clarity/bench.clar in one run and prints them side by side: our bench_clarity_calls
// (Google Benchmark, vm::CallContract) and the reference VM through @stacks/clarinet-sdk (reference.js), both as CPU
// time per call (the machine may be shared), with the costs each charged. Exits non-zero if a shape's costs differ.
//
//   node bench/clarity/compare.js build/bin/bench_clarity_calls [--seconds S]
'use strict';
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const ours = process.argv[2];
if (!ours) {
  console.error('usage: node compare.js path/to/bench_clarity_calls [--seconds S]');
  process.exit(2);
}
const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1] || 0) || 3;

const mine = JSON.parse(
  execFileSync(ours, ['--benchmark_format=json', `--benchmark_min_time=${seconds}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
);
const refLines = execFileSync(process.execPath, [path.join(__dirname, 'reference.js'), '--seconds', String(seconds)], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
})
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const ref = Object.fromEntries(refLines.filter((r) => r.name).map((r) => [r.name, r]));
const about = refLines.find((r) => r.reference);

const dims = ['runtime', 'read_count', 'read_length', 'write_count', 'write_length'];
const fmtUs = (us) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : us >= 1 ? `${us.toFixed(1)} µs` : `${(us * 1000).toFixed(0)} ns`);
let costsDiffer = 0;
console.log(`machine: ${mine.context.num_cpus} CPUs at ${mine.context.mhz_per_cpu} MHz; reference: ${about.reference}, node ${about.node}`);
console.log('| call | ours (CPU time per call) | reference (CPU time per call) | ours / reference calls per CPU-second | costs equal |');
console.log('|---|---|---|---|---|');
for (const b of mine.benchmarks) {
  const r = ref[b.name];
  if (!r) continue;
  const ourUs = b.cpu_time / 1e3;  // bench times are in ns
  const same = dims.every((d) => Number(b[d]) === Number(r.costs[d]));
  if (!same) costsDiffer++;
  const costs = same ? `yes (runtime ${r.costs.runtime})` : `NO: ours ${dims.map((d) => b[d]).join('/')}, reference ${dims.map((d) => r.costs[d]).join('/')}`;
  console.log(`| ${b.name} | ${fmtUs(ourUs)} | ${fmtUs(r.cpu_us_per_call)} | ${(r.cpu_us_per_call / ourUs).toFixed(0)}× | ${costs} |`);
}
process.exit(costsDiffer === 0 ? 0 : 1);
