// What the stacks-node end-to-end tests share: free ports and a temp dir, the node's TOML config, the node process
// (its output kept in a buffer whose tail is printed when a test fails), waiting for its RPC, an event-observer HTTP
// server that records every POST by path, plain RPC helpers, and stopping the node (SIGTERM, exit 0 within 1 s) or
// killing it (SIGKILL).
//
// The node's logs are not a stable format: nothing here reads state from them, only from the RPC and the observer.
'use strict';
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

/// The node promises to exit within this long after SIGINT/SIGTERM.
const STOP_LIMIT_MS = 1000;
/// Output kept per node process (the tail is what matters).
const OUTPUT_KEEP_BYTES = 4 << 20;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/// A TCP port nobody listens on right now (bound on 127.0.0.1 with port 0, then released).
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/// `count` distinct free ports.
async function freePorts(count) {
  const ports = new Set();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

/// A fresh directory under the system temp dir.
function makeTempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
}

/// Polls `fn` (sync or async) every `intervalMs` until it returns a truthy value, which is returned; throws
/// "timed out waiting for <what>" after `timeoutMs`. Errors thrown by `fn` count as "not yet" (the last is reported).
async function waitUntil(what, fn, { timeoutMs = 30000, intervalMs = 200 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() >= deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}` + (lastError ? ` (last error: ${lastError.message})` : ''));
    }
    await sleep(intervalMs);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Event observer

/// An HTTP server standing in for an event observer: it answers 200 to every POST and records
/// {path, body (parsed JSON, or the raw text if it is not JSON), at (ms)} in arrival order. `posts(path)` lists the
/// bodies received on one path. `refuseWith(503)` makes it answer that status instead, `refuseWith('hang')` never
/// answer (such deliveries are counted in `refused`, not recorded), `refuseWith(null)` restores 200.
async function startObserver() {
  const received = [];
  let refuseStatus = null;
  const refused = { count: 0 };
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body;
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
      if (refuseStatus === 'hang') {
        refused.count++;
        return; // never answer; the node's own timeout must end the request
      }
      if (refuseStatus !== null) {
        refused.count++;
        res.writeHead(refuseStatus, { 'Content-Type': 'text/plain' });
        res.end('unavailable');
        return;
      }
      if (req.method === 'POST') received.push({ path: req.url, body, at: Date.now() });
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('ok');
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    port,
    endpoint: `127.0.0.1:${port}`,
    received,
    refused,
    refuseWith: (status) => {
      refuseStatus = status;
    },
    posts: (p) => received.filter((r) => r.path === p).map((r) => r.body),
    /// Every transaction receipt of every /new_block body, with the block's height and burn height attached.
    blockTransactions() {
      const out = [];
      for (const block of this.posts('/new_block')) {
        for (const tx of block.transactions || []) {
          out.push({ ...tx, block_height: block.block_height, burn_block_height: block.burn_block_height });
        }
      }
      return out;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Config

function tomlString(s) {
  return JSON.stringify(String(s));
}

/// The test config of docs/CONFIG.md's keys, as the node's contract describes it. `balances` is a list of
/// {address, amount}; `observer` an "IP:PORT" endpoint or null.
function nodeConfigToml({ workingDir, rpcPort, p2pPort, seed, balances, observer, burnIntervalMs = 2000, blockIntervalMs = 1000 }) {
  const lines = [
    '[node]',
    `working_dir = ${tomlString(workingDir)}`,
    `rpc_bind = ${tomlString(`127.0.0.1:${rpcPort}`)}`,
    `p2p_bind = ${tomlString(`127.0.0.1:${p2pPort}`)}`,
    `seed = ${tomlString(seed)}`,
    'miner = true',
    '',
    '[burnchain]',
    'chain = "bitcoin"',
    'mode = "mocknet"',
    `commit_anchor_block_within = ${burnIntervalMs}`,
    '',
    '[miner]',
    `min_time_between_blocks_ms = ${blockIntervalMs}`,
    '',
  ];
  for (const b of balances) {
    lines.push('[[ustx_balance]]', `address = ${tomlString(b.address)}`, `amount = ${BigInt(b.amount)}`, '');
  }
  if (observer) lines.push('[[events_observer]]', `endpoint = ${tomlString(observer)}`, 'events_keys = ["*"]', '');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// RPC

const RPC_TIMEOUT_MS = 10000;

/// One HTTP request to the node with full control of method, headers and body (fetch adds headers of its own).
/// Resolves {status, headers, text, json (parsed or undefined)}; rejects on a connection error or timeout.
function rawRequest(baseUrl, { method = 'GET', path: p, headers = {}, body, timeoutMs = RPC_TIMEOUT_MS }) {
  // The path goes out as given (no URL normalization: "//x" or "/a/../b" must reach the node unchanged).
  const base = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: base.hostname, port: base.port, path: p, method, headers, agent: false },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode, headers: res.headers, text, body: Buffer.concat(chunks), json });
        });
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`${method} ${p}: no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/// GET `p` and parse its JSON; throws unless the answer is 200.
async function getJson(baseUrl, p) {
  const r = await rawRequest(baseUrl, { path: p });
  if (r.status !== 200) throw new Error(`GET ${p}: ${r.status} ${r.text.slice(0, 300)}`);
  if (r.json === undefined) throw new Error(`GET ${p}: not JSON: ${r.text.slice(0, 300)}`);
  return r.json;
}

/// GET /v2/accounts/{address}?proof=0 as {balance, locked (BigInt), unlock_height, nonce (numbers)}, checking the
/// documented formats on the way.
async function getAccount(baseUrl, address) {
  const a = await getJson(baseUrl, `/v2/accounts/${address}?proof=0`);
  for (const k of ['balance', 'locked']) {
    if (!/^0x[0-9a-f]{32}$/.test(a[k])) throw new Error(`/v2/accounts ${k} is not 0x + 32 hex: ${JSON.stringify(a)}`);
  }
  if (!Number.isInteger(a.nonce)) throw new Error(`/v2/accounts nonce is not an integer: ${JSON.stringify(a)}`);
  return { balance: BigInt(a.balance), locked: BigInt(a.locked), unlock_height: a.unlock_height, nonce: a.nonce };
}

/// POST raw transaction bytes (hex string or bytes) as application/octet-stream.
function postTxBytes(baseUrl, tx) {
  const body = typeof tx === 'string' ? Buffer.from(tx, 'hex') : Buffer.from(tx);
  return rawRequest(baseUrl, {
    method: 'POST',
    path: '/v2/transactions',
    headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': body.length },
    body,
  });
}

/// Opens a TCP connection to the node, writes `data`, and (if `awaitResponse`) waits for the first bytes of an
/// answer; returns the open socket, which the caller destroys. For clients that hold connections: an idle keep-alive
/// connection, a request head or body only half sent.
async function holdConnection(port, data, { awaitResponse = false } = {}) {
  const sock = net.connect(port, '127.0.0.1');
  sock.on('error', () => {});
  await new Promise((resolve, reject) => {
    sock.once('connect', resolve);
    sock.once('error', reject);
  });
  const answered = awaitResponse ? new Promise((resolve) => sock.once('data', resolve)) : null;
  sock.write(data);
  if (answered) await answered;
  return sock;
}

// ---------------------------------------------------------------------------------------------------------------
// The node process

/// A stacks-node process run on `configPath`. Output (stdout and stderr interleaved) is kept in memory.
class NodeProcess {
  constructor(binary, configPath, rpcUrl, label) {
    this.binary = binary;
    this.configPath = configPath;
    this.rpcUrl = rpcUrl;
    this.label = label;
    this.chunks = [];
    this.bytes = 0;
    this.exit = null; // {code, signal, at}
    this.child = spawn(binary, ['start', '--config', configPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.startedAt = Date.now();
    const keep = (c) => {
      this.chunks.push(c);
      this.bytes += c.length;
      while (this.bytes > OUTPUT_KEEP_BYTES && this.chunks.length > 1) this.bytes -= this.chunks.shift().length;
    };
    this.child.stdout.on('data', keep);
    this.child.stderr.on('data', keep);
    this.exited = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => {
        this.exit = { code, signal, at: Date.now() };
        resolve(this.exit);
      });
      this.child.on('error', (e) => {
        this.exit = { code: null, signal: null, error: e, at: Date.now() };
        resolve(this.exit);
      });
    });
    liveProcesses.add(this);
    this.exited.then(() => liveProcesses.delete(this));
  }

  get running() {
    return this.exit === null;
  }

  /// The last `lines` lines of the node's output.
  tail(lines = 60) {
    const text = Buffer.concat(this.chunks).toString('utf8');
    return text.split('\n').slice(-lines - 1).join('\n');
  }

  /// Waits until GET /v2/info answers 200 and returns its JSON; throws if the process exits first or `timeoutMs`
  /// passes.
  async waitForInfo(timeoutMs = 60000) {
    return waitUntil(
      `${this.label}: GET /v2/info to answer 200`,
      async () => {
        if (this.exit) throw Object.assign(new Error(`node exited (${JSON.stringify(this.exit)}) before /v2/info answered`), { fatal: true });
        const r = await rawRequest(this.rpcUrl, { path: '/v2/info', timeoutMs: 2000 });
        return r.status === 200 ? r.json : null;
      },
      { timeoutMs, intervalMs: 100 },
    ).catch((e) => {
      if (this.exit) throw new Error(`${this.label}: node exited (code ${this.exit.code}, signal ${this.exit.signal}) before /v2/info answered`);
      throw e;
    });
  }

  /// SIGTERM (or `signal`); resolves {code, signal, ms} once it exits. If it is still running after `graceMs`, it is
  /// killed with SIGKILL and `ms` is reported as null (so the caller's "within 1 s" check fails).
  async stop({ signal = 'SIGTERM', graceMs = 10000 } = {}) {
    if (this.exit) return { ...this.exit, ms: 0, alreadyExited: true };
    const t0 = performance.now();
    this.child.kill(signal);
    const timer = sleep(graceMs).then(() => 'timeout');
    const r = await Promise.race([this.exited, timer]);
    if (r === 'timeout') {
      this.child.kill('SIGKILL');
      const e = await this.exited;
      return { code: e.code, signal: e.signal, ms: null, sent: signal };
    }
    return { code: r.code, signal: r.signal, ms: performance.now() - t0, sent: signal };
  }

  /// SIGKILL; resolves when the process is gone.
  async kill() {
    if (this.exit) return this.exit;
    this.child.kill('SIGKILL');
    return this.exited;
  }
}

const liveProcesses = new Set();
// A test that throws, or is itself stopped (ctest's timeout), must not leave a node running.
function killLiveProcesses() {
  for (const p of liveProcesses) {
    try {
      p.child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
}
process.on('exit', killLiveProcesses);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`interrupted by ${signal}`);
    killLiveProcesses();
    process.exit(1);
  });
}

/// Everything one test node needs: a temp dir, ports, the config file, an observer (unless `observer: false`).
/// `start()` spawns a process on it (again, after a stop or kill: same working dir, ports and observer).
async function prepareNode({ binary, seed, balances, observer = true, burnIntervalMs = 2000, blockIntervalMs = 1000, name = 'node' }) {
  assert.ok(binary, 'path of stacks-node missing');
  assert.ok(fs.existsSync(binary), `${binary} does not exist`);
  const dir = makeTempDir(`stacks-${name}`);
  const [rpcPort, p2pPort] = await freePorts(2);
  const obs = observer ? await startObserver() : null;
  const configPath = path.join(dir, 'node.toml');
  const workingDir = path.join(dir, 'node');
  fs.writeFileSync(
    configPath,
    nodeConfigToml({ workingDir, rpcPort, p2pPort, seed, balances, observer: obs && obs.endpoint, burnIntervalMs, blockIntervalMs }),
  );
  const rpcUrl = `http://127.0.0.1:${rpcPort}`;
  let starts = 0;
  const env = {
    dir,
    workingDir,
    configPath,
    rpcUrl,
    rpcPort,
    p2pPort,
    observer: obs,
    process: null,
    /// Spawns the node and (unless `wait` is false) waits for /v2/info; returns the process.
    async start({ timeoutMs = 60000, wait = true } = {}) {
      starts++;
      const p = new NodeProcess(binary, configPath, rpcUrl, `${name} (start ${starts})`);
      env.process = p;
      if (wait) await p.waitForInfo(timeoutMs);
      return p;
    },
    /// The tail of the current process's output, for failure reports.
    tail: (lines) => (env.process ? env.process.tail(lines) : '(node never started)'),
    /// Kills whatever runs, closes the observer, and removes the temp dir unless `keep`.
    async cleanup({ keep = false } = {}) {
      if (env.process) await env.process.kill();
      if (obs) await obs.close();
      if (!keep) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return env;
}

// ---------------------------------------------------------------------------------------------------------------
// Test plumbing

/// Runs `main` (an async function that uses `check` from makeChecker and may throw), prints failures, the node
/// output's tail when anything failed, and the closing "N passed, M failed" line; exits 1 on any failure.
/// `getEnv()` returns the node env (or null) for the tail and cleanup.
async function runNodeTest(main, { checker, getEnv }) {
  let crashed = null;
  try {
    await main();
  } catch (e) {
    crashed = e;
    checker.counts.failed++;
  }
  const env = getEnv();
  const failed = checker.counts.failed > 0;
  checker.printFailures();
  if (crashed) console.error(`FAIL (aborted): ${crashed.stack || crashed.message}`);
  if (failed && env) {
    console.error(`--- last lines of the node's output (working dir kept in ${env.dir}) ---`);
    console.error(env.tail(80));
    console.error('--- end of node output ---');
  }
  if (env) await env.cleanup({ keep: failed }).catch(() => {});
  console.log(`${checker.counts.passed} passed, ${checker.counts.failed} failed`);
  process.exit(failed ? 1 : 0);
}

/// Asserts a stop() result meets the contract: exit code 0, within STOP_LIMIT_MS.
function assertCleanStop(r) {
  const sent = r.sent || 'SIGTERM';
  assert.notEqual(r.ms, null, `node did not exit within 10 s of ${sent} (killed with SIGKILL)`);
  assert.equal(r.signal, null, `node died of signal ${r.signal} instead of exiting`);
  assert.equal(r.code, 0, `exit code ${r.code}`);
  assert.ok(r.ms <= STOP_LIMIT_MS, `node took ${Math.round(r.ms)} ms to exit after ${sent} (limit ${STOP_LIMIT_MS} ms)`);
}

/// "0x" + 32 hex digits of a u128, as the node prints balances and NotEnoughFunds data.
function u128Hex(v) {
  return '0x' + BigInt(v).toString(16).padStart(32, '0');
}

module.exports = {
  STOP_LIMIT_MS,
  sleep,
  freePort,
  freePorts,
  makeTempDir,
  waitUntil,
  startObserver,
  nodeConfigToml,
  rawRequest,
  getJson,
  getAccount,
  postTxBytes,
  holdConnection,
  NodeProcess,
  prepareNode,
  runNodeTest,
  assertCleanStop,
  u128Hex,
};
