// What every interop test shares: running a C++ test tool over JSON lines, and counting checks so that the last
// line printed is "N passed, M failed" (the closing line CI reads).
'use strict';
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');

/// Sends `lines` to `tool` on stdin, one request per line, and returns its one JSON answer per line.
function runJsonLinesTool(tool, lines) {
  const r = spawnSync(tool, [], { input: lines.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${tool} failed (status ${r.status}, signal ${r.signal}): ${r.stderr}`);
  const answers = r.stdout.split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l));
  assert.equal(answers.length, lines.length, 'one answer per request');
  return answers;
}

/// A counter of named checks. check(name, fn) runs fn synchronously; a throw is a failure, kept (up to
/// `maxFailures`, each message cut to `maxMessage` characters) for printFailures().
function makeChecker({ maxFailures = 30, maxMessage = 3000 } = {}) {
  const counts = { passed: 0, failed: 0 };
  const failures = [];
  function check(name, fn) {
    try {
      fn();
      counts.passed++;
    } catch (e) {
      counts.failed++;
      if (failures.length < maxFailures) failures.push(`FAIL ${name}: ${String(e.message).slice(0, maxMessage)}`);
    }
  }
  const printFailures = () => failures.forEach((f) => console.error(f));
  return { check, counts, printFailures };
}

module.exports = { runJsonLinesTool, makeChecker };
