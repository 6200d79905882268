// Runs both VMs on bench/clarity/bench.clar in one run and prints them side by side: our bench_clarity_calls
// (Google Benchmark, vm::CallContract) and the reference VM through @stacks/clarinet-sdk (reference.js), both as CPU
// time per call (the machine may be shared), with the costs each charged. Exits non-zero if a shape's costs differ.
//
// With --rounds N the two sides run alternately N times and each side's median time per call is compared, so that a
// slow stretch of a shared machine during one side's run does not decide the ratio; the spread of the per-round
// ratios is printed beside it.
//
//   node bench/clarity/compare.js build/bin/bench_clarity_calls [--seconds S] [--rounds N]
'use strict';
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const ours = process.argv[2];
if (!ours) {
  console.error('usage: node compare.js path/to/bench_clarity_calls [--seconds S] [--rounds N]');
  process.exit(2);
}
function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) || fallback : fallback;
}
const seconds = option('--seconds', 3);
const rounds = Math.max(1, Math.floor(option('--rounds', 1)));

function runOurs() {
  return JSON.parse(
    execFileSync(ours, ['--benchmark_format=json', `--benchmark_min_time=${seconds}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
  );
}
function runReference() {
  return execFileSync(process.execPath, [path.join(__dirname, 'reference.js'), '--seconds', String(seconds)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  })
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
}

const ourRounds = [];
const refRounds = [];
for (let i = 0; i < rounds; i++) {
  ourRounds.push(runOurs());
  refRounds.push(runReference());
}
const mine = ourRounds[0];
const refLines = refRounds[0];
const ref = Object.fromEntries(refLines.filter((r) => r.name).map((r) => [r.name, r]));
const about = refLines.find((r) => r.reference);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
// A shape's CPU time per call in µs, each round's, for each side.
const ourUs = (name) => ourRounds.map((m) => m.benchmarks.find((b) => b.name === name).cpu_time / 1e3);  // ns
const refUs = (name) => refRounds.map((lines) => lines.find((r) => r.name === name).cpu_us_per_call);

const dims = ['runtime', 'read_count', 'read_length', 'write_count', 'write_length'];
const fmtUs = (us) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : us >= 1 ? `${us.toFixed(1)} µs` : `${(us * 1000).toFixed(0)} ns`);
let costsDiffer = 0;
console.log(`machine: ${mine.context.num_cpus} CPUs at ${mine.context.mhz_per_cpu} MHz; reference: ${about.reference}, node ${about.node}`);
if (rounds > 1) console.log(`${rounds} rounds, each side ${seconds} s a shape per round; times are medians over the rounds`);
const ratioHeader = rounds > 1 ? ' (per-round range)' : '';
console.log(`| call | ours (CPU time per call) | reference (CPU time per call) | ours / reference calls per CPU-second${ratioHeader} | costs equal |`);
console.log('|---|---|---|---|---|');
for (const b of mine.benchmarks) {
  const r = ref[b.name];
  if (!r) continue;
  const same = dims.every((d) => Number(b[d]) === Number(r.costs[d]));
  if (!same) costsDiffer++;
  const costs = same ? `yes (runtime ${r.costs.runtime})` : `NO: ours ${dims.map((d) => b[d]).join('/')}, reference ${dims.map((d) => r.costs[d]).join('/')}`;
  const o = ourUs(b.name);
  const f = refUs(b.name);
  let ratio = `${(median(f) / median(o)).toFixed(0)}×`;
  if (rounds > 1) {
    const each = o.map((us, i) => f[i] / us);
    ratio += ` (${Math.min(...each).toFixed(0)}-${Math.max(...each).toFixed(0)}×)`;
  }
  console.log(`| ${b.name} | ${fmtUs(median(o))} | ${fmtUs(median(f))} | ${ratio} | ${costs} |`);
}
process.exit(costsDiffer === 0 ? 0 : 1);
