// Interop: the Clarity differential corpus (clarity_corpus/, format in its README.md) through the reference VM
// (lib/reference_vm.js: stacks-core's interpreter in @stacks/clarinet-sdk's WASM build) and through our clarity-cli.
//
// Usage: node clarity_corpus.js [CLARITY_CLI] [options]
//   --program ID    run only this program (its id is group/name, or just name when that is unique); repeatable
//   --group G       run only the programs of group G (a folder of clarity_corpus/); repeatable
//   --epoch E       run only at epoch E (of each program's epochs)
//   --ref-only      validate the corpus against the reference only (no CLARITY_CLI needed)
//   --show          print every step's answers (the reference's, and ours when run)
//   --diff          print both sides' full answers for every mismatch
//   --jobs N        reference workers (default 2, one per core); N + 1 runs are in flight at once
//   --coverage      list each native function and keyword with the programs that use it
//
// For each program and each of its epochs ("a run"): a fresh reference session (an empty simnet at that epoch, the
// deployer credited 100,000,000 STX as clarinet's simnet credits its deployer) and a fresh clarity-cli state file
// (`--db`, in a temporary folder). Every step runs on both sides, in order:
//  1. The reference's answer must meet the step's expectation (`=> ...` in the program): the corpus says what each
//     program does, and a program that stops doing it in the reference is a failure of the corpus.
//  2. Ours must equal the reference's: success or failure; on success the result's consensus bytes (hex) and its
//     text; on failure the kind (runtime / analysis / call / version / cost) and, for runtime failures, the
//     reference's variant and reason (Runtime/DivisionByZero, EarlyReturn/AssertionFailed, ...); the events, mapped
//     from the event-observer shape clarity-cli prints onto clarinet's; and for calls and read-only calls the five
//     cost dimensions exactly. Deploy costs are not compared: the reference reports only the evaluation of the
//     top-level forms (see lib/reference_vm.js), not what a deployment costs.
// A step clarity-cli answers `Unimplemented` is skipped, and so is the rest of its run (the two states have parted);
// skipped steps are counted and printed, never passed. The last line is "N passed, M failed, K skipped"; the exit
// status is 1 on any failure: an expectation the reference does not meet, a mismatch, a malformed program, or a
// native function or keyword of the list below that no program uses.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { Worker, isMainThread, parentPort } = require('node:worker_threads');
const ref = require('./lib/reference_vm');

const CORPUS_DIR = path.join(__dirname, 'clarity_corpus');

// Named accounts a program may use as senders (`@call[wallet_1] ...`) and in arguments (`$wallet_1`,
// `$deployer.token`): clarinet's default devnet accounts. Only the deployer holds STX when a run starts.
const ACCOUNTS = {
  deployer: ref.DEFAULT_SENDER,
  wallet_1: 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5',
  wallet_2: 'ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG',
  wallet_3: 'ST2JHG361ZXG51QTKY2NQCVBPPRRE2KZB1HR05NNC',
  wallet_4: 'ST2NEB84ASENDXKYGJPQW86YXQCEFEX2ZQPG87ND',
};
/// What clarity-cli's default sender holds, as clarinet's simnet funds its deployer: 100,000,000 STX in micro-STX.
const DEPLOYER_USTX = 100000000000000n;

/// The Clarity version a deployment gets when the program does not say (the reference's default_for_epoch).
const DEFAULT_VERSION = {
  '2.0': 1, '2.05': 1, '2.1': 2, '2.2': 2, '2.3': 2, '2.4': 2, '2.5': 2, '3.0': 3, '3.1': 3, '3.2': 3, '3.3': 4, '3.4': 5, '4.0': 6,
};

// Every native function, special form, define form and keyword of Clarity 1-6 (stacks-core's NativeFunctions,
// NativeVariables and DefineFunctions); each must appear in a program that meets its expectations in the reference.
const NATIVES = {
  define: [
    'define-constant', 'define-private', 'define-public', 'define-read-only', 'define-map', 'define-data-var',
    'define-fungible-token', 'define-non-fungible-token', 'define-trait', 'use-trait', 'impl-trait',
  ],
  keywords: [
    'contract-caller', 'tx-sender', 'burn-block-height', 'none', 'true', 'false', 'stx-liquid-supply',
    'is-in-regtest', 'block-height', 'tx-sponsor?', 'is-in-mainnet', 'chain-id', 'stacks-block-height',
    'tenure-height', 'stacks-block-time', 'current-contract',
  ],
  clarity1: [
    '+', '-', '*', '/', '>=', '<=', '<', '>', 'to-int', 'to-uint', 'mod', 'pow', 'sqrti', 'log2', 'xor', 'and', 'or',
    'not', 'is-eq', 'if', 'let', 'begin', 'match', 'asserts!', 'unwrap!', 'unwrap-err!', 'unwrap-panic',
    'unwrap-err-panic', 'try!', 'default-to', 'map', 'fold', 'filter', 'append', 'concat', 'as-max-len?', 'len',
    'element-at', 'index-of', 'list', 'var-get', 'var-set', 'map-get?', 'map-set', 'map-insert', 'map-delete',
    'tuple', 'get', 'merge', 'hash160', 'sha256', 'sha512', 'sha512/256', 'keccak256', 'secp256k1-recover?',
    'secp256k1-verify', 'print', 'contract-call?', 'contract-of', 'principal-of?', 'err', 'ok', 'some', 'is-ok',
    'is-none', 'is-err', 'is-some', 'ft-get-balance', 'nft-get-owner?', 'ft-transfer?', 'nft-transfer?',
    'nft-mint?', 'ft-mint?', 'ft-get-supply', 'ft-burn?', 'nft-burn?', 'stx-get-balance', 'stx-transfer?',
    'stx-burn?', 'as-contract', 'at-block', 'get-block-info?',
  ],
  clarity2: [
    'element-at?', 'index-of?', 'buff-to-int-le', 'buff-to-uint-le', 'buff-to-int-be', 'buff-to-uint-be',
    'is-standard', 'principal-destruct?', 'principal-construct?', 'string-to-int?', 'string-to-uint?',
    'int-to-ascii', 'int-to-utf8', 'get-burn-block-info?', 'stx-transfer-memo?', 'stx-account', 'bit-and', 'bit-or',
    'bit-not', 'bit-shift-left', 'bit-shift-right', 'bit-xor', 'slice?', 'to-consensus-buff?',
    'from-consensus-buff?', 'replace-at?',
  ],
  clarity3: ['get-stacks-block-info?', 'get-tenure-info?'],
  clarity4: [
    'contract-hash?', 'to-ascii?', 'restrict-assets?', 'as-contract?', 'with-stx', 'with-ft', 'with-nft',
    'with-stacking', 'with-all-assets-unsafe', 'secp256r1-verify',
  ],
  clarity6: [
    'with-staking', 'with-pox', 'verify-merkle-proof', 'get-bitcoin-tx-output?', 'ed25519-verify',
    'secp256k1-decompress?',
  ],
};
// Natives the corpus need not cover, each with the reason the reference VM cannot run it in an empty simnet.
// (None so far: every one of the list runs there, if only to fail on bad input.)
const COVERAGE_EXCEPTIONS = {};

// ---------------------------------------------------------------------------------------------------------------
// The corpus format (clarity_corpus/README.md).

class CorpusError extends Error {}

/// Splits `text` at top-level whitespace, keeping (), {}, [] groups and "..." strings (with \ escapes) whole.
function splitTopLevel(text) {
  const out = [];
  let depth = 0;
  let cur = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      cur += c;
      if (c === '\\' && i + 1 < text.length) cur += text[++i];
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if ('({['.includes(c)) depth++;
    else if (')}]'.includes(c)) depth--;
    if (/\s/.test(c) && depth === 0) {
      if (cur) out.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  if (inString || depth !== 0) throw new CorpusError(`unbalanced brackets or quotes in: ${text}`);
  if (cur) out.push(cur);
  return out;
}

/// `$wallet_1` -> 'ST1SJ...; `$deployer.token` -> 'ST1PQ....token (outside string literals).
function expandAccounts(text) {
  return text.replace(/"(?:[^"\\]|\\.)*"|\$(\w+)((?:\.[a-zA-Z][\w-]*)?)/g, (m, name, contract) => {
    if (name === undefined) return m;
    if (!ACCOUNTS[name]) throw new CorpusError(`unknown account $${name}`);
    return `'${ACCOUNTS[name]}${contract}`;
  });
}

function parseExpectation(text, where) {
  const t = text.trim();
  if (t === '') throw new CorpusError(`${where}: empty expectation`);
  if (t === '*') return { any: true };
  if (t.startsWith('!')) {
    const [kind, variant] = t.slice(1).split(/\s+/);
    if (!['runtime', 'analysis', 'call', 'version'].includes(kind)) {
      throw new CorpusError(`${where}: unknown failure kind '${kind}'`);
    }
    const [error, reason] = variant ? variant.split('/') : [];
    return { fail: kind, error: error || null, reason: reason || null };
  }
  return { value: t };
}

/// Reads a step line after its directive: `NAME`, or `CONTRACT FN ARGS...`, then `=> EXPECT` clauses, each
/// optionally for some epochs only (`=>[2.1 3.0] ...`).
function parseStep(kind, optsText, rest, where) {
  const clauses = [];
  const re = /(?:^|\s)=>(?:\[([^\]]*)\])?(?=\s|$)/g;
  let m;
  let head = null;
  let last = 0;
  let lastEpochs = null;
  while ((m = re.exec(rest)) !== null) {
    const before = rest.slice(last, m.index);
    if (head === null) head = before;
    else clauses.push({ epochs: lastEpochs, expect: parseExpectation(before, where) });
    lastEpochs = m[1] === undefined ? null : m[1].trim().split(/\s+/);
    last = m.index + m[0].length;
  }
  if (head === null) head = rest;
  else clauses.push({ epochs: lastEpochs, expect: parseExpectation(rest.slice(last), where) });

  const step = { kind, where, sender: 'deployer', clarity: null, expect: clauses, events: null };
  for (const opt of (optsText || '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const cv = /^clarity=(\d)$/.exec(opt);
    if (cv) step.clarity = Number(cv[1]);
    else if (ACCOUNTS[opt]) step.sender = opt;
    else throw new CorpusError(`${where}: unknown step option '${opt}'`);
  }
  const words = splitTopLevel(expandAccounts(head.trim()));
  if (kind === 'deploy') {
    if (words.length !== 1) throw new CorpusError(`${where}: @deploy takes one contract name`);
    step.contract = words[0];
  } else {
    if (words.length < 2) throw new CorpusError(`${where}: @${kind} takes CONTRACT FN [ARGS...]`);
    if (step.clarity !== null) throw new CorpusError(`${where}: clarity= is an option of @deploy only`);
    [step.contract, step.fn] = words;
    step.args = words.slice(2);
    if (step.expect.length === 0) throw new CorpusError(`${where}: a call needs an expectation (=> ...)`);
  }
  return step;
}

/// Parses one program file. Throws CorpusError on anything malformed.
function parseProgram(file) {
  const id = path.relative(CORPUS_DIR, file).replace(/\.clar$/, '').split(path.sep).join('/');
  const program = { id, group: id.split('/')[0], file, epochs: ['3.0'], clarity: null, contracts: new Map(), steps: [] };
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  let section = null;
  const sections = [];
  lines.forEach((line, i) => {
    const where = `${id}.clar:${i + 1}`;
    const d = /^;;\s*@([a-z-]+)(?:\[([^\]]*)\])?(?:\s+(.*))?$/.exec(line);
    if (d) {
      const [, directive, opts, rest = ''] = d;
      switch (directive) {
        case 'contract':
          if (!/^[a-zA-Z][\w-]*$/.test(rest.trim())) throw new CorpusError(`${where}: bad contract name '${rest}'`);
          section = { name: rest.trim(), lines: [] };
          sections.push(section);
          return;
        case 'use': {
          // `@use NAME FILE`: contract NAME is clarity_corpus/_contracts/FILE, shared by several programs.
          const [name, rel] = rest.trim().split(/\s+/);
          const shared = rel && path.join(CORPUS_DIR, '_contracts', rel);
          if (!name || !shared || !fs.existsSync(shared)) throw new CorpusError(`${where}: @use NAME FILE (a file of _contracts/)`);
          sections.push({ name, lines: fs.readFileSync(shared, 'utf8').split('\n') });
          break;
        }
        case 'epochs':
          program.epochs = rest.trim().split(/\s+/);
          for (const e of program.epochs) if (!DEFAULT_VERSION[e]) throw new CorpusError(`${where}: unknown epoch ${e}`);
          break;
        case 'clarity':
          program.clarity = Number(rest.trim());
          if (!(program.clarity >= 1 && program.clarity <= 6)) throw new CorpusError(`${where}: bad Clarity version`);
          break;
        case 'deploy':
        case 'call':
        case 'read':
          program.steps.push(parseStep(directive, opts, rest, where));
          break;
        case 'events': {
          const last = program.steps[program.steps.length - 1];
          if (!last) throw new CorpusError(`${where}: @events before any step`);
          last.events = rest.trim() === '-' ? [] : rest.trim().split(/\s+/).map((e) => (e.endsWith('_event') ? e : `${e}_event`));
          break;
        }
        default:
          throw new CorpusError(`${where}: unknown directive @${directive}`);
      }
    }
    if (section) section.lines.push(line);
  });
  if (sections.length === 0) sections.push({ name: path.basename(file, '.clar'), lines });
  for (const s of sections) {
    if (program.contracts.has(s.name)) throw new CorpusError(`${id}: two contracts named ${s.name}`);
    program.contracts.set(s.name, s.lines.join('\n'));
  }
  // Contract names resolve to the id their deployer gives them; each is deployed at most once (a second deployment
  // of a name makes the reference's WASM panic).
  program.ids = new Map();
  for (const step of program.steps) {
    if (step.kind !== 'deploy') continue;
    if (!program.contracts.has(step.contract)) throw new CorpusError(`${step.where}: no contract section ${step.contract}`);
    if (program.ids.has(step.contract)) throw new CorpusError(`${step.where}: ${step.contract} deployed twice`);
    program.ids.set(step.contract, `${ACCOUNTS[step.sender]}.${step.contract}`);
  }
  for (const step of program.steps) {
    if (step.kind === 'deploy') continue;
    const c = step.contract.replace(/^'/, '');
    step.contractId = c.includes('.') ? c : program.ids.get(c);
    if (!step.contractId) throw new CorpusError(`${step.where}: no deployment of ${step.contract}`);
  }
  if (program.steps.length === 0) throw new CorpusError(`${id}: no steps`);
  return program;
}

function loadCorpus() {
  const files = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('_')) walk(p);
      }
      else if (e.name.endsWith('.clar')) files.push(p);
    }
  };
  walk(CORPUS_DIR);
  const programs = [];
  const errors = [];
  for (const f of files) {
    try {
      programs.push(parseProgram(f));
    } catch (e) {
      if (!(e instanceof CorpusError)) throw e;
      errors.push(e.message);
    }
  }
  return { programs, errors };
}

/// The natives and keywords a program's contracts use: every symbol outside comments and string literals.
function symbolsOf(program) {
  const used = new Set();
  for (const source of program.contracts.values()) {
    const code = source.replace(/"(?:[^"\\]|\\.)*"|;[^\n]*/g, ' ');
    for (const tok of code.split(/[\s(){}[\],:]+/)) if (tok) used.add(tok);
  }
  return used;
}

// ---------------------------------------------------------------------------------------------------------------
// The reference's side.

/// Arguments cross to the reference as consensus bytes: each literal is evaluated by the reference itself (in a
/// session of its own, so the programs' chains are untouched), and the value's bytes are cached.
function makeLiteralEncoder() {
  let session = null;
  const cache = new Map();
  return async (literal) => {
    if (cache.has(literal)) return cache.get(literal);
    if (!session) session = await ref.openSession({ epoch: '3.3', clarityVersion: 4 });
    const r = ref.evalSnippet(session, literal);
    if (!r.ok) throw new CorpusError(`the reference cannot evaluate the argument ${literal}: ${r.message}`);
    cache.set(literal, r.resultHex);
    return r.resultHex;
  };
}

function expectationFor(step, epoch) {
  const specific = step.expect.find((c) => c.epochs && c.epochs.includes(epoch));
  return (specific || step.expect.find((c) => !c.epochs) || {}).expect || null;
}

/// Why `answer` (the reference's) does not meet the step's expectation at `epoch`, or null if it does.
function unmet(step, epoch, answer) {
  const e = expectationFor(step, epoch) || (step.kind === 'deploy' ? { any: true } : null);
  if (!e) return `no expectation for epoch ${epoch}`;
  const got = answer.ok ? `success ${answer.resultText}` : `failure ${describeFailure(answer)}`;
  if (e.any && !answer.ok) return `expected success, got ${got}`;
  if (e.value !== undefined && !(answer.ok && answer.resultText === e.value)) return `expected ${e.value}, got ${got}`;
  if (e.fail) {
    if (answer.ok || answer.kind !== e.fail || (e.error && answer.error !== e.error) || (e.reason && answer.reason !== e.reason)) {
      return `expected failure ${e.fail}${e.error ? ' ' + e.error : ''}${e.reason ? '/' + e.reason : ''}, got ${got}`;
    }
  }
  if (step.events) {
    const names = answer.ok ? answer.events.map((x) => x.event) : [];
    if (JSON.stringify(names) !== JSON.stringify(step.events)) {
      return `expected events [${step.events.join(' ')}], got [${names.join(' ')}]`;
    }
  }
  return null;
}

function describeFailure(a) {
  return a.kind + (a.error ? ` ${a.error}${a.reason ? '/' + a.reason : ''}` : '');
}

/// Runs every step of `program` at `epoch` through the reference. Returns one answer per step (or {corpus: message}
/// for a step the corpus got wrong, after which the run stops).
async function runReference(program, epoch, encode) {
  const session = await ref.openSession({ epoch, clarityVersion: DEFAULT_VERSION[epoch], sender: ACCOUNTS.deployer });
  ref.mintStx(session, ACCOUNTS.deployer, DEPLOYER_USTX);
  const answers = [];
  for (const step of program.steps) {
    const sender = ACCOUNTS[step.sender];
    if (step.kind === 'deploy') {
      const clarityVersion = step.clarity || program.clarity || DEFAULT_VERSION[epoch];
      answers.push(ref.deploy(session, step.contract, program.contracts.get(step.contract), { clarityVersion, sender }));
      continue;
    }
    let argsHex;
    try {
      argsHex = [];
      for (const a of step.args) argsHex.push(await encode(a));
    } catch (e) {
      if (!(e instanceof CorpusError)) throw e;
      answers.push({ corpus: `${step.where}: ${e.message}` });
      break;
    }
    // A call with the wrong number of arguments panics the reference's WASM (and every later session with it).
    const abi = ref.contractInterface(session, step.contractId);
    const fn = abi && abi.functions.find((f) => f.name === step.fn);
    if (fn && fn.args.length !== step.args.length) {
      answers.push({ corpus: `${step.where}: ${step.fn} takes ${fn.args.length} arguments, the step gives ${step.args.length}` });
      break;
    }
    // clarity-cli's `call` picks the read-only or the transaction path by the function's kind, as a node does;
    // clarinet lets the caller choose. So @read is for read-only functions and @call for public ones.
    const wanted = step.kind === 'read' ? 'read_only' : 'public';
    if (fn && fn.access !== 'private' && fn.access !== wanted) {
      answers.push({ corpus: `${step.where}: ${step.fn} is ${fn.access.replace('_', '-')}: use @${step.kind === 'read' ? 'call' : 'read'}` });
      break;
    }
    const run = step.kind === 'call' ? ref.call : ref.readOnly;
    answers.push(run(session, step.contractId, step.fn, argsHex, { sender }));
    if (panicked(answers[answers.length - 1])) break;
  }
  return answers;
}

/// A WASM panic comes back as `unreachable`; after it, the module refuses everything ("recursive use of an object").
const panicked = (a) => !a.ok && /^unreachable$|recursive use of an object/.test(a.message || '');

/// The reference's side runs in worker threads, one WASM instance each (a fresh session costs ~0.6 s of boot
/// contracts, so two cores halve the time). A worker answers {answers} or {panic: message}, after which it exits
/// and the main thread starts another.
function workerMain() {
  const { programs } = loadCorpus();
  const byId = new Map(programs.map((p) => [p.id, p]));
  const encode = makeLiteralEncoder();
  parentPort.on('message', async ({ id, epoch }) => {
    try {
      const answers = await runReference(byId.get(id), epoch, encode);
      const bad = answers.find((a) => !a.corpus && panicked(a));
      if (bad) {
        parentPort.postMessage({ panic: `the reference's WASM panicked (${bad.message}) at step ${answers.length}` });
        process.exit(0);
      }
      parentPort.postMessage({ answers });
    } catch (e) {
      parentPort.postMessage({ error: String(e && e.stack ? e.stack : e) });
    }
  });
}

/// A pool of reference workers: run(id, epoch) resolves the answers of one run.
function makeReferencePool(size) {
  const idle = [];
  const waiting = [];
  const spawn = () => new Worker(__filename);
  for (let i = 0; i < size; i++) idle.push(spawn());
  const acquire = () => (idle.length ? Promise.resolve(idle.pop()) : new Promise((resolve) => waiting.push(resolve)));
  const release = (w) => (waiting.length ? waiting.shift()(w) : idle.push(w));
  return {
    async run(id, epoch) {
      const w = await acquire();
      const reply = await new Promise((resolve) => {
        const onExit = (code) => resolve({ error: `reference worker exited (${code})` });
        w.once('exit', onExit);
        w.once('message', (m) => {
          w.off('exit', onExit);
          resolve(m);
        });
        w.postMessage({ id, epoch });
      });
      if (reply.panic || (reply.error && /worker exited/.test(reply.error))) {
        w.terminate();
        release(spawn());
      } else release(w);
      return reply;
    },
    close: () => Promise.all(idle.map((w) => w.terminate())),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Our side: clarity-cli --json, one process per step, state in a --db file of the run's own.

function execCli(cli, argv) {
  return new Promise((resolve) => {
    execFile(cli, argv, { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120000 }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ status, signal: error && error.signal, stdout, stderr });
    });
  });
}

// clarity-cli's error kinds (docs/CLARITY.md, the reference's names) sorted as reference_vm.js sorts the reference's
// failures. A kind not listed compares as `unknown(KIND)`, a mismatch: add it here when clarity-cli documents it.
const RUNTIME_KINDS = new Set(['Runtime', 'RuntimeCheck', 'EarlyReturn', 'Internal', 'Interpreter']);
const ANALYSIS_KINDS = new Set(['Analysis', 'Unchecked', 'Parse']);
const CALL_KINDS = new Set(['NoSuchContract', 'NoSuchFunction', 'NoSuchPublicFunction', 'NotReadOnly']);

/// clarity-cli's answer as {ok: true, resultHex, resultText, costs, events (clarinet's shape)} or {ok: false, kind,
/// error, reason, message}, {unimplemented: message}, or {broken: message} when it did not answer as documented.
function ourAnswer(r) {
  let json = null;
  try {
    json = JSON.parse(r.stdout);
  } catch (e) {
    // handled below
  }
  if (r.status === 0 && json && typeof json.hex === 'string') {
    return {
      ok: true,
      resultHex: json.hex,
      resultText: json.result,
      costs: json.costs,
      events: (json.events || []).map((e) => {
        const data = e[e.type];
        return { event: e.type === 'contract_event' ? 'print_event' : e.type, data: data === undefined ? e : data };
      }),
    };
  }
  if (r.status === 1 && json && json.error) {
    const { kind, message = '' } = json.error;
    if (kind === 'Unimplemented') return { unimplemented: message };
    if (RUNTIME_KINDS.has(kind)) {
      const m = new RegExp(`\\b${kind}\\((\\w+)`).exec(message);
      return { ok: false, kind: 'runtime', error: kind, reason: m ? m[1] : null, message };
    }
    if (ANALYSIS_KINDS.has(kind)) return { ok: false, kind: 'analysis', error: kind, message };
    if (CALL_KINDS.has(kind)) return { ok: false, kind: 'call', error: kind, message };
    // The reference reports a cost limit as RuntimeCheck(CostBalanceExceeded(..)), clarity-cli by the inner kind.
    if (kind === 'CostBalanceExceeded' || kind === 'CostOverflow') return { ok: false, kind: 'runtime', error: 'RuntimeCheck', reason: kind, message };
    return { ok: false, kind: `unknown(${kind})`, error: kind, message };
  }
  // A Clarity version the epoch does not allow is a usage error of clarity-cli's (exit 2, docs/CLARITY.md) and the
  // reference's 'version' failure: the same refusal.
  if (r.status === 2 && /clarity version \d+ needs epoch/.test(r.stderr)) return { ok: false, kind: 'version', message: r.stderr.trim() };
  if (r.status === 2) return { broken: `clarity-cli refused the command line: ${r.stderr.trim().slice(0, 400)}` };
  return { broken: `exit ${r.status}${r.signal ? ' signal ' + r.signal : ''}: ${(r.stderr || r.stdout).trim().slice(0, 400)}` };
}

async function runOurs(cli, program, epoch, dir, onStep) {
  const db = path.join(dir, 'state.db');
  for (let i = 0; i < program.steps.length; i++) {
    const step = program.steps[i];
    const argv = ['--json', '--db', db, '--epoch', epoch, '--sender', ACCOUNTS[step.sender]];
    if (step.kind === 'deploy') {
      const file = path.join(dir, `${step.contract}.clar`);
      fs.writeFileSync(file, program.contracts.get(step.contract));
      argv.push('--clarity-version', String(step.clarity || program.clarity || DEFAULT_VERSION[epoch]));
      argv.push('deploy', step.contract, file);
    } else {
      argv.push('call', step.contractId, step.fn, ...step.args);
    }
    if (onStep(i, ourAnswer(await execCli(cli, argv))) === 'stop') return;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Comparison.

const sortKeys = (v) =>
  Array.isArray(v)
    ? v.map(sortKeys)
    : v && typeof v === 'object'
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])]))
      : v;
const COST_DIMENSIONS = ['runtime', 'read_count', 'read_length', 'write_count', 'write_length'];

// Runtime failures whose fields (bytes in use, limit) are compared, not only their names.
const MEMORY_LIMIT_REASONS = new Set(['MemoryBalanceExceeded', 'RestrictAssetsMemoryExceeded']);
const memoryLimitFields = (message, reason) => {
  const m = new RegExp(`${reason}\\((\\d+), (\\d+)\\)`).exec(String(message));
  return m ? `${m[1]}, ${m[2]}` : 'no fields';
};

/// What differs between our answer and the reference's for `step`: a list of short descriptions (empty if none).
function differences(step, mine, theirs) {
  if (theirs.ok !== mine.ok) {
    return [theirs.ok ? `the reference succeeded (${theirs.resultText}), we failed (${describeFailure(mine)}: ${mine.message})`
      : `the reference failed (${describeFailure(theirs)}), we succeeded (${mine.resultText})`];
  }
  const out = [];
  if (!theirs.ok) {
    if (mine.kind !== theirs.kind) out.push(`failure kind: ours ${describeFailure(mine)}, the reference's ${describeFailure(theirs)}`);
    else if (theirs.kind === 'runtime' && (mine.error !== theirs.error || mine.reason !== theirs.reason)) {
      out.push(`runtime error: ours ${mine.error}/${mine.reason}, the reference's ${theirs.error}/${theirs.reason}`);
    } else if (MEMORY_LIMIT_REASONS.has(theirs.reason)) {
      // Past the memory limit both report the bytes in use when it was passed, and the limit: they must agree.
      const ours = memoryLimitFields(mine.message, theirs.reason);
      const ref = memoryLimitFields(theirs.message, theirs.reason);
      if (ours !== ref) out.push(`${theirs.reason}: ours (${ours}), the reference's (${ref})`);
    }
    return out;
  }
  if (mine.resultHex !== theirs.resultHex) out.push(`result: ours ${mine.resultText} (${mine.resultHex}), the reference's ${theirs.resultText} (${theirs.resultHex})`);
  else if (mine.resultText !== theirs.resultText) out.push(`result text: ours ${mine.resultText}, the reference's ${theirs.resultText}`);
  const ev = (list) => JSON.stringify(sortKeys(list.map((e) => ({ event: e.event, data: e.data }))));
  if (ev(mine.events) !== ev(theirs.events)) out.push(`events: ours ${ev(mine.events)}, the reference's ${ev(theirs.events)}`);
  if (step.kind !== 'deploy') {
    const diff = COST_DIMENSIONS.filter((k) => !mine.costs || mine.costs[k] !== theirs.costs[k]);
    if (diff.length) out.push(`costs: ${diff.map((k) => `${k} ours ${mine.costs ? mine.costs[k] : '?'} vs ${theirs.costs[k]}`).join(', ')}`);
  }
  return out;
}

function stepLabel(step) {
  const who = step.sender === 'deployer' ? '' : `[${step.sender}]`;
  if (step.kind === 'deploy') return `@deploy${who} ${step.contract}`;
  return `@${step.kind}${who} ${step.contract} ${step.fn}${step.args.length ? ' ' + step.args.join(' ') : ''}`;
}

function brief(a) {
  if (!a) return '-';
  if (a.corpus) return `corpus error: ${a.corpus}`;
  if (a.unimplemented !== undefined) return `Unimplemented: ${a.unimplemented}`;
  if (a.broken) return `broken answer: ${a.broken}`;
  const costs = a.costs ? ` costs ${COST_DIMENSIONS.map((k) => a.costs[k]).join('/')}` : '';
  const events = a.events && a.events.length ? ` events ${a.events.map((e) => e.event).join(',')}` : '';
  return a.ok ? `${a.resultText}${costs}${events}` : `failure ${describeFailure(a)}: ${String(a.message).slice(-200)}`;
}

// ---------------------------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const o = { cli: null, programs: [], groups: [], epoch: null, refOnly: false, show: false, diff: false, jobs: 2, coverage: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--program') o.programs.push(value());
    else if (a === '--group') o.groups.push(value());
    else if (a === '--epoch') o.epoch = value();
    else if (a === '--ref-only') o.refOnly = true;
    else if (a === '--show') o.show = true;
    else if (a === '--diff') o.diff = true;
    else if (a === '--jobs') o.jobs = Math.max(1, Number(value()));
    else if (a === '--coverage') o.coverage = true;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else if (o.cli === null) o.cli = a;
    else throw new Error(`unexpected argument ${a}`);
  }
  if (!o.refOnly && !o.cli) throw new Error('usage: node clarity_corpus.js CLARITY_CLI [options] (or --ref-only)');
  return o;
}

async function main() {
  const started = Date.now();
  const opts = parseArgs(process.argv.slice(2));
  const { programs: all, errors: corpusErrors } = loadCorpus();
  const selected = all.filter((p) => {
    if (opts.groups.length && !opts.groups.includes(p.group)) return false;
    if (opts.programs.length && !opts.programs.some((x) => x === p.id || x === p.id.split('/').pop())) return false;
    return true;
  });
  const whole = opts.groups.length === 0 && opts.programs.length === 0 && opts.epoch === null;
  if (!whole && selected.length === 0) throw new Error('no program matches');

  const runs = [];
  for (const p of selected) for (const e of p.epochs) if (!opts.epoch || e === opts.epoch) runs.push({ program: p, epoch: e });

  const counts = { passed: 0, failed: 0, skipped: 0 };
  const failures = [...corpusErrors.map((m) => `CORPUS ${m}`)];
  counts.failed += corpusErrors.length;
  const refBad = new Set(); // programs whose reference answers did not meet their expectations
  const skips = new Map(); // program@epoch -> {count, why}
  let stepsTotal = 0;
  let compared = 0;
  let differed = 0;
  const pool = makeReferencePool(opts.jobs);

  const doRun = async ({ program, epoch }) => {
    const tag = `${program.id}@${epoch}`;
    const reply = await pool.run(program.id, epoch);
    stepsTotal += program.steps.length;
    if (!reply.answers) {
      counts.failed++;
      refBad.add(program.id);
      failures.push(`${reply.panic ? 'CORPUS' : 'DRIVER'} ${tag}: ${reply.panic || reply.error}`);
      return;
    }
    const answers = reply.answers;
    answers.forEach((a, i) => {
      const step = program.steps[i];
      if (a.corpus) {
        counts.failed++;
        refBad.add(program.id);
        failures.push(`CORPUS ${tag}: ${a.corpus}`);
        return;
      }
      const why = unmet(step, epoch, a);
      if (why) {
        counts.failed++;
        refBad.add(program.id);
        failures.push(`REFERENCE ${tag} ${step.where} ${stepLabel(step)}: ${why}`);
      } else counts.passed++;
    });
    if (answers.length < program.steps.length) return; // a corpus error stopped the run
    const log = opts.show ? [`${tag}`] : null;
    const theirsLine = (i) => `  ${stepLabel(program.steps[i])}\n    reference: ${brief(answers[i])}`;
    if (opts.refOnly || refBad.has(program.id)) {
      if (log) {
        program.steps.forEach((_, i) => log.push(theirsLine(i)));
        console.log(log.join('\n'));
      }
      if (!opts.refOnly) {
        // Not compared: the corpus itself is wrong here (reported above).
        counts.skipped += program.steps.length;
        skips.set(tag, { count: program.steps.length, why: 'the reference does not meet the program\'s expectations' });
      }
      return;
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clarity-corpus-'));
    let done = 0;
    try {
      await runOurs(opts.cli, program, epoch, dir, (i, mine) => {
        const step = program.steps[i];
        const theirs = answers[i];
        done = i + 1;
        if (log) log.push(`${theirsLine(i)}\n    ours:      ${brief(mine)}`);
        if (mine.unimplemented !== undefined) {
          const left = program.steps.length - i;
          counts.skipped += left;
          skips.set(tag, { count: left, why: `${stepLabel(step)} answered Unimplemented (${mine.unimplemented})` });
          done = program.steps.length;
          return 'stop';
        }
        compared++;
        const diffs = mine.broken ? [`clarity-cli did not answer as documented: ${mine.broken}`] : differences(step, mine, theirs);
        if (diffs.length === 0) {
          counts.passed++;
          return null;
        }
        differed++;
        counts.failed++;
        let text = `MISMATCH ${tag} ${step.where} ${stepLabel(step)}:\n    ${diffs.join('\n    ')}`;
        if (opts.diff) text += `\n    ours:      ${JSON.stringify(mine)}\n    reference: ${JSON.stringify(theirs)}`;
        failures.push(text);
        return null;
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    if (done < program.steps.length) throw new Error(`${tag}: clarity-cli runs stopped early`);
    if (log) console.log(log.join('\n'));
  };

  // A small pool: while one run waits for clarity-cli, another evaluates in the reference.
  let next = 0;
  const worker = async () => {
    while (next < runs.length) await doRun(runs[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(opts.jobs + 1, runs.length || 1) }, worker));
  await pool.close();

  // Coverage of the natives list, from the programs that met their expectations in the reference.
  const covered = new Map(); // symbol -> ids of the programs using it
  for (const p of selected) {
    if (refBad.has(p.id)) continue;
    for (const s of symbolsOf(p)) covered.set(s, [...(covered.get(s) || []), p.id]);
  }
  const listed = Object.values(NATIVES).flat();
  if (opts.coverage) {
    for (const [family, names] of Object.entries(NATIVES)) {
      console.log(`${family}:`);
      for (const n of names) {
        const ids = covered.get(n) || [];
        console.log(`  ${n.padEnd(26)} ${String(ids.length).padStart(3)} programs${ids.length ? ' (e.g. ' + ids.slice(0, 2).join(', ') + ')' : ''}`);
      }
    }
  }
  const missing = listed.filter((n) => !covered.has(n) && !COVERAGE_EXCEPTIONS[n]);
  if (whole) {
    if (missing.length) {
      counts.failed += missing.length;
      failures.push(`COVERAGE no program (that meets its expectations) uses: ${missing.join(' ')}`);
    } else counts.passed++;
  }

  for (const f of failures) console.error(f);
  const groups = new Set(selected.map((p) => p.group));
  const epochs = [...new Set(runs.map((r) => r.epoch))].sort();
  console.log(`clarity corpus: ${selected.length} programs in ${groups.size} groups, ${runs.length} runs (epochs ${epochs.join(' ')}), ${stepsTotal} steps`);
  console.log(`reference: ${refBad.size} programs do not meet their expectations${corpusErrors.length ? `, ${corpusErrors.length} malformed` : ''}`);
  if (!opts.refOnly) {
    console.log(`ours: ${compared} steps compared, ${compared - differed} identical, ${differed} differ; ${counts.skipped} skipped in ${skips.size} runs`);
    if (skips.size) {
      const why = new Map();
      for (const { count, why: w } of skips.values()) {
        const key = w.replace(/\s*\(.*\)$/, '').replace(/^@(\w+)\S* \S+.*answered/, '@$1 answered');
        const v = why.get(key) || { runs: 0, steps: 0, example: w };
        v.runs++;
        v.steps += count;
        why.set(key, v);
      }
      for (const [k, v] of why) console.log(`  skipped ${v.steps} steps in ${v.runs} runs: ${k} (e.g. ${v.example})`);
    }
  }
  console.log(`natives and keywords: ${listed.length - missing.length} of ${listed.length} used${Object.keys(COVERAGE_EXCEPTIONS).length ? ` (${Object.keys(COVERAGE_EXCEPTIONS).length} excepted)` : ''}${whole ? '' : ' by the selection (coverage is checked only on the whole corpus)'}${missing.length && whole ? `; missing: ${missing.join(' ')}` : ''}`);
  console.log(`time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  process.exitCode = counts.failed === 0 ? 0 : 1;
}

if (isMainThread) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
} else {
  workerMain();
}
