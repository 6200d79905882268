// The reference Clarity VM, as the differential tests drive it: the stacks-core Clarity interpreter compiled to WASM
// in @stacks/clarinet-sdk (its package @stacks/clarinet-sdk-wasm, the version clarinet-sdk pins). A session is an
// empty simnet (no Clarinet project, no network): an in-memory chain at the chosen epoch. Every value crosses as
// consensus bytes (hex), so nothing here re-encodes what the reference returns.
//
// What the reference reports, and what it does not (read from clarinet's clarity-repl and clarinet-sdk-wasm sources
// of the pinned version, and checked by clarity_reference_smoke.js):
//
//  * Costs come from a LimitedCostTracker made fresh for each evaluation, with the epoch's default cost functions
//    and the mainnet block limit; `costs` is its total when the evaluation ends: {runtime, read_count, read_length,
//    write_count, write_length}. `memory` is the tracker's memory in use at the end (not the peak).
//  * call(): the tracker measures exactly Environment::execute_contract(contract, fn, args) with the args as
//    literal values -- the same call stacks-core's run_contract_call makes for a contract-call transaction (loading
//    the contract, checking the args, running the body, the post-call data writes). Nothing else of a transaction
//    is in it: no fee, nonce or auth work (those are not Clarity costs in the reference either), and no block-level
//    sharing (each call starts from zero, so it is the transaction's own share of a block's cost). We have not yet
//    compared it with a node's receipt of the same transaction.
//  * deploy(): only the evaluation of the contract's top-level forms (defines, their initial values, top-level
//    expressions) is costed. Parsing and type-checking run with a free tracker, so the parse/analysis costs and the
//    contract-storage write a real smart-contract transaction pays are NOT included: deploy costs are a lower bound,
//    not the transaction's cost.
//  * evalSnippet(): the snippet is deployed as a contract of a fresh name; a single expression with no "(define-"
//    in it is evaluated like a top-level expression of a contract (nothing stored, the value is the result), so the
//    costs are those of evaluating that expression, plus one clone of the result value (the reference charges
//    clone_with_cost on it). Several expressions, or a define, are evaluated as a contract body; the result is the
//    last expression's value. Either way it passes analysis first (type errors come back as kind 'analysis').
//  * Each deploy, snippet and public call advances the simnet chain tip by one block (as clarinet does), so
//    block-height-like keywords move between evaluations. Read-only calls do not.
//  * Events are clarinet's serialization of the reference's StacksTransactionEvent: {event, data}, e.g.
//    {event: 'print_event', data: {contract_identifier, topic: 'print', raw_value: '0x..'}},
//    {event: 'stx_transfer_event', data: {sender, recipient, amount, memo}}, ft_*/nft_* likewise.
//  * Errors come back as text; kind is derived from it: 'runtime' (the VM stopped: `error` names the Rust variant,
//    e.g. 'Runtime', 'ShortReturn', 'RuntimeCheck', and `reason` its first field, e.g. 'DivisionByZero'),
//    'analysis' (the parser or the type checker refused the source; the text does not say which), 'version' (a
//    Clarity version the epoch does not allow), 'call' (no such contract or function, not public/read-only).
//  * A runtime error inside a public call rolls back its writes; an (err ..) response is a successful evaluation
//    (ok: true) whose result is the err value, as in the reference (the writes are rolled back there too).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { deserializeCV } = require('@stacks/transactions');
const { refDisplay } = require('./reference_clarity');

// clarinet-sdk's own folder (its package.json is not among its exports), and the wasm build it loads, resolved from
// there so that it is the version clarinet-sdk pins.
const sdkRoot = (() => {
  for (let dir = path.dirname(require.resolve('@stacks/clarinet-sdk')); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file) && JSON.parse(fs.readFileSync(file, 'utf8')).name === '@stacks/clarinet-sdk') return dir;
  }
  throw new Error('cannot find the folder of @stacks/clarinet-sdk');
})();
const wasm = require(require.resolve('@stacks/clarinet-sdk-wasm', { paths: [sdkRoot] }));
const clarinetSdkVersion = JSON.parse(fs.readFileSync(path.join(sdkRoot, 'package.json'), 'utf8')).version;

/// Clarinet's default deployer address (a testnet single-sig address); the default sender of a session.
const DEFAULT_SENDER = 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM';

// The wasm code prints a contract call's trace and runtime errors on stderr; the tests read them from the results.
function quietly(fn) {
  const saved = console.error;
  console.error = () => {};
  try {
    return fn();
  } finally {
    console.error = saved;
  }
}

/// Opens an empty simnet at `epoch` ('2.05' .. '3.3', as the reference names them) in which contracts and snippets
/// default to `clarityVersion` (1..4; must be one the epoch allows) and `sender` is tx-sender and deployer.
/// Resolves a session object; sessions are independent (each has its own in-memory chain).
async function openSession({ epoch = '3.0', clarityVersion = 3, sender = DEFAULT_SENDER } = {}) {
  const sdk = new wasm.SDK(() => {
    throw new Error('an empty session reads no files');
  }, new wasm.SDKOptions(true, false, false));
  await sdk.initEmptySession(null);
  sdk.setEpoch(epoch);
  if (sdk.currentEpoch !== epoch) throw new Error(`the reference did not switch to epoch ${epoch} (it is at ${sdk.currentEpoch})`);
  const answer = sdk.executeCommand(`::set_tx_sender ${sender}`);
  if (/error|invalid/i.test(answer)) throw new Error(`cannot set tx-sender ${sender}: ${answer}`);
  return { sdk, epoch, clarityVersion, sender, snippets: 0 };
}

/// Switches the session's chain to `epoch` (later contracts and calls run under it).
function setEpoch(session, epoch) {
  session.sdk.setEpoch(epoch);
  session.epoch = epoch;
}

function parseCosts(json) {
  const c = JSON.parse(json);
  if (!c) return { costs: null, memory: null };
  const t = c.total;
  return {
    costs: {
      runtime: t.runtime,
      read_count: t.read_count,
      read_length: t.read_length,
      write_count: t.write_count,
      write_length: t.write_length,
    },
    memory: c.memory,
  };
}

function parseEvents(json) {
  return JSON.parse(json).map((s) => JSON.parse(s));
}

function resultOf(res) {
  try {
    const resultHex = res.result.startsWith('0x') ? res.result : '0x' + res.result;
    const { costs, memory } = parseCosts(res.costs);
    const events = parseEvents(res.events);
    return { ok: true, resultHex, resultText: refDisplay(deserializeCV(resultHex.slice(2))), costs, memory, events };
  } finally {
    res.free();
  }
}

/// Sorts the reference's error text into {ok: false, kind, error?, reason?, message}.
function failureOf(e, fallbackKind) {
  const message = typeof e === 'string' ? e : String(e && e.message ? e.message : e);
  const rt = /Runtime error while interpreting [^:]*: (\w+)(?:\((\w+))?/.exec(message);
  if (rt) return { ok: false, kind: 'runtime', error: rt[1], reason: rt[2] || null, message };
  if (/can not be used with/.test(message)) return { ok: false, kind: 'version', message };
  return { ok: false, kind: fallbackKind, message };
}

function qualify(session, contract) {
  return contract.includes('.') ? contract : `${session.sender}.${contract}`;
}

function hexBytes(h) {
  const s = h.startsWith('0x') ? h.slice(2) : h;
  if (!/^([0-9a-fA-F]{2})*$/.test(s)) throw new Error(`not hex: ${h}`);
  return new Uint8Array(Buffer.from(s, 'hex'));
}

/// Evaluates `code` (see the header for how) as Clarity `clarityVersion` (the session's by default).
/// Returns {ok: true, resultHex, resultText (the reference's Display form), costs, memory, events} or
/// {ok: false, kind: 'runtime'|'analysis'|'version', error?, reason?, message}.
function evalSnippet(session, code, { clarityVersion = session.clarityVersion } = {}) {
  const name = `snippet-${++session.snippets}`;
  return deploy(session, name, code, { clarityVersion });
}

/// Deploys `source` as contract `name` of `sender` (the session's sender by default). Returns {ok: true,
/// contractId, resultHex (the last top-level expression's value; `true` when there is none), resultText, costs
/// (top-level evaluation only, see the header), memory, events} or {ok: false, kind, ...} as evalSnippet.
/// Deploying a name that `sender` has already deployed makes the WASM panic, which leaves the whole module
/// unusable (every later session fails too): callers must not do it.
function deploy(session, name, source, { clarityVersion = session.clarityVersion, sender = session.sender } = {}) {
  const args = new wasm.DeployContractArgs(name, source, new wasm.ContractOptions(clarityVersion), sender);
  try {
    const r = resultOf(quietly(() => session.sdk.deployContract(args)));
    return { ...r, contractId: `${sender}.${name}` };
  } catch (e) {
    return failureOf(e, 'analysis');
  }
}

/// Credits `amount` micro-STX (a BigInt or a decimal string) to `principal` outside any transaction, as clarinet's
/// simnet funds its accounts (an empty session funds none): the balance and stx-liquid-supply grow, no block is
/// mined, no event is emitted. Throws if the reference refuses.
function mintStx(session, principal, amount) {
  const answer = session.sdk.mintSTX(principal, BigInt(amount));
  if (!/µSTX|uSTX/.test(String(answer))) throw new Error(`cannot mint STX for ${principal}: ${answer}`);
}

/// The reference's contract interface (ABI) of a deployed contract, `contract` a name of the session's sender or a
/// full id: {functions: [{name, access: 'public'|'read_only'|'private', args: [{name, type}], outputs}], variables,
/// maps, fungible_tokens, non_fungible_tokens, epoch, clarity_version}, or null if there is no such contract.
/// Callers use it to check a call's arity first: a call with the wrong number of arguments panics the WASM.
function contractInterface(session, contract) {
  return session.sdk.getContractsInterfaces().get(qualify(session, contract)) || null;
}

function callWith(session, method, contract, fn, argsHex, sender) {
  const args = new wasm.CallFnArgs(qualify(session, contract), fn, argsHex.map(hexBytes), sender || session.sender);
  try {
    return resultOf(quietly(() => session.sdk[method](args)));
  } catch (e) {
    return failureOf(e, 'call');
  }
}

/// Calls public function `fn` of `contract` (a name of the session's sender, or a full contract id) with arguments
/// given as consensus-serialized hex, as a contract-call transaction of `sender` (the session's by default).
/// Returns {ok: true, resultHex, resultText, costs, memory, events} -- costs as the reference charges the
/// transaction's execute_contract (see the header) -- or {ok: false, kind: 'runtime'|'call', ...}.
function call(session, contract, fn, argsHex = [], { sender } = {}) {
  return callWith(session, 'callPublicFn', contract, fn, argsHex, sender);
}

/// Calls read-only function `fn` as call() does (the same execute_contract, costs measured the same way), without
/// advancing the chain.
function readOnly(session, contract, fn, argsHex = [], { sender } = {}) {
  return callWith(session, 'callReadOnlyFn', contract, fn, argsHex, sender);
}

module.exports = {
  openSession,
  setEpoch,
  evalSnippet,
  deploy,
  call,
  readOnly,
  mintStx,
  contractInterface,
  DEFAULT_SENDER,
  clarinetSdkVersion,
};
