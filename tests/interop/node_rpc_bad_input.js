// End to end: a mocknet stacks-node's RPC refuses bad input as the reference node does (docs/RPC.md,
// src/mempool/admission.h) and keeps working afterwards.
// Usage: node node_rpc_bad_input.js PATH_TO_STACKS_NODE
//
// POST /v2/transactions with undecodable bytes, bad JSON, bad hex, missing or wrong Content-Type, a transaction over
// 2 MiB and a body over the 16 MiB limit (400 text "Failed to decode: ..."); transactions the mempool refuses (400
// JSON {"error":"transaction rejected","reason","reason_data","txid"}): wrong chain id and bad signature
// (SignatureValidation), mainnet version (BadTransactionVersion), recipient = sender, amount 0, fee below 1 uSTX/byte
// (FeeTooLow), not enough funds, a used nonce (BadNonce), a nonce far ahead (TooMuchChaining); routing: unknown path
// (404), known path with another method (405), odd and oversized paths (the documented answer, never a 5xx). Then:
// /v2/info still answers, a transaction behind a nonce gap stays pending (unconfirmed endpoint 200, "Mempool"), a
// re-broadcast of it answers 200 with the same txid, replace-by-fee (ConflictingNonceInMempool, /drop_mempool_tx),
// filling the gap confirms them with exact balances; ten same-nonce transfers raced at once leave the dearest.
// Last, SIGINT/SIGTERM end the node within 1 s even while a client holds an idle keep-alive connection, half a
// request head or half a body.
'use strict';
const assert = require('node:assert/strict');
const {
  makeSTXTokenTransfer,
  makeUnsignedContractDeploy,
  TransactionSigner,
  privateKeyToPublic,
  broadcastTransaction,
  randomPrivateKey,
  privateKeyToAddress,
} = require('@stacks/transactions');
const { createNetwork } = require('@stacks/network');
const { makeChecker } = require('./lib/harness');
const { seededRandom } = require('./lib/seeded_random');
const h = require('./lib/node_harness');

const binary = process.argv[2];
if (!binary) throw new Error('usage: node node_rpc_bad_input.js PATH_TO_STACKS_NODE');

const INITIAL_USTX = 100000000000000n;
const SMALL_USTX = 1000n;
const FEE = 300n;
const MiB = 1 << 20;

const rng = seededRandom(Date.now());
console.log(`seed ${rng.seed}`);
const checker = makeChecker();
const { check } = checker;
let env = null;

const CORS = {
  server: 'stacks/2.0',
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'origin, content-type',
  'access-control-allow-methods': 'POST, GET, OPTIONS',
};
function assertCommonHeaders(r) {
  for (const [k, v] of Object.entries(CORS)) assert.equal(r.headers[k], v, `header ${k}`);
}
function assertText400(r, text, { prefix = false } = {}) {
  assert.equal(r.status, 400, `status ${r.status}: ${r.text.slice(0, 300)}`);
  assert.ok(String(r.headers['content-type']).startsWith('text/plain'), `content-type ${r.headers['content-type']}`);
  if (prefix) assert.ok(r.text.startsWith(text), `body ${JSON.stringify(r.text.slice(0, 300))} does not start with ${JSON.stringify(text)}`);
  else assert.equal(r.text, text);
  assertCommonHeaders(r);
}
/// A mempool refusal, compared key by key and in the reference's key order.
function assertRejection(r, txid, reason, reasonData) {
  assert.equal(r.status, 400, `status ${r.status}: ${r.text.slice(0, 300)}`);
  assert.ok(String(r.headers['content-type']).startsWith('application/json'), `content-type ${r.headers['content-type']}`);
  assert.ok(r.json, `not JSON: ${r.text.slice(0, 300)}`);
  assert.equal(r.json.error, 'transaction rejected');
  assert.equal(r.json.reason, reason, `reason (body ${r.text})`);
  assert.equal(r.json.txid, txid, 'txid');
  if (reasonData === undefined) {
    assert.deepEqual(Object.keys(r.json), ['error', 'reason', 'txid'], `keys of ${r.text}`);
  } else {
    assert.deepEqual(Object.keys(r.json), ['error', 'reason', 'reason_data', 'txid'], `keys of ${r.text}`);
    if (typeof reasonData === 'function') reasonData(r.json.reason_data);
    else {
      assert.deepEqual(r.json.reason_data, reasonData);
      assert.deepEqual(Object.keys(r.json.reason_data), Object.keys(reasonData), 'reason_data key order');
    }
  }
  assertCommonHeaders(r);
}

async function main() {
  const minerKey = randomPrivateKey();
  const keyA = randomPrivateKey(); // rich
  const keyB = randomPrivateKey(); // SMALL_USTX
  const keyC = randomPrivateKey(); // nothing
  const [A, B, C] = [keyA, keyB, keyC].map((k) => privateKeyToAddress(k, 'testnet'));
  const R = privateKeyToAddress(randomPrivateKey(), 'testnet');
  env = await h.prepareNode({
    binary,
    seed: minerKey,
    balances: [
      { address: A, amount: INITIAL_USTX },
      { address: B, amount: SMALL_USTX },
    ],
    name: 'badinput',
  });
  const node = await env.start();
  const url = env.rpcUrl;
  const network = createNetwork({ network: 'testnet', client: { baseUrl: url } });
  // A request that gets no answer (the node dropped the connection or died) becomes a status that fails every check.
  const answered = (promise) => promise.catch((e) => ({ status: `no answer (${e.code || e.message})`, text: '', headers: {}, json: undefined }));
  const post = (headers, body) =>
    answered(h.rawRequest(url, { method: 'POST', path: '/v2/transactions', headers: { ...headers, 'Content-Length': Buffer.byteLength(body) }, body }));
  const postTx = (tx) => answered(h.postTxBytes(url, tx));
  const get = (p) => answered(h.rawRequest(url, { path: p }));
  const transfer = (o) =>
    makeSTXTokenTransfer({ recipient: R, amount: 1000n, fee: FEE, nonce: 0n, senderKey: keyA, network, ...o });

  await h.waitUntil('the first Stacks block', async () => (await h.getJson(url, '/v2/info')).stacks_tip_height >= 1, { timeoutMs: 90000 });

  // A's nonce 0 is mined first, so that a later nonce 0 is a BadNonce.
  let spentA = 0n;
  let receivedR = 0n;
  const first = await transfer({ nonce: 0n, amount: 5000n });
  const firstResult = await broadcastTransaction({ transaction: first, network });
  check('first transfer accepted', () => assert.deepEqual(firstResult, { txid: first.txid() }));
  spentA += 5000n + FEE;
  receivedR += 5000n;
  await h.waitUntil('A nonce 1', async () => (await h.getAccount(url, A)).nonce === 1, { timeoutMs: 30000 });

  const rejectedTxids = [];

  // --- Bodies that do not decode: 400 text/plain "Failed to decode: ..."
  {
    const garbage = Buffer.concat([Buffer.from([0x80]), Buffer.from(rng.randomBytes(63))]);
    const r = await post({ 'Content-Type': 'application/octet-stream' }, garbage);
    check('random bytes: 400 Failed to deserialize', () => assertText400(r, 'Failed to decode: Failed to deserialize posted transaction: ', { prefix: true }));
  }
  {
    const bytes = first.serializeBytes();
    const r = await post({ 'Content-Type': 'application/octet-stream' }, Buffer.from(bytes.slice(0, bytes.length - 20)));
    check('truncated transaction: 400 Failed to deserialize', () => assertText400(r, 'Failed to decode: Failed to deserialize posted transaction: ', { prefix: true }));
  }
  {
    const r = await post({ 'Content-Type': 'application/octet-stream' }, '');
    check('empty body: 400', () => assertText400(r, 'Failed to decode: Invalid Http request: expected non-zero-length body for PostTransaction'));
  }
  {
    const r = await post({ 'Content-Type': 'application/json' }, JSON.stringify({ tx: 'zz' + first.serialize() }));
    check('JSON with bad hex: 400 Failed to parse tx', () => assertText400(r, 'Failed to decode: Failed to parse tx'));
  }
  {
    const r = await post({ 'Content-Type': 'application/json' }, JSON.stringify({ tx: first.serialize().slice(1) }));
    check('JSON with odd-length hex: 400 Failed to parse tx', () => assertText400(r, 'Failed to decode: Failed to parse tx'));
  }
  {
    const r = await post({ 'Content-Type': 'application/json' }, '{"tx": "00');
    check('broken JSON: 400 Failed to parse body', () => assertText400(r, 'Failed to decode: Failed to parse body'));
  }
  {
    const r = await post({ 'Content-Type': 'application/json' }, JSON.stringify({ transaction: first.serialize() }));
    check('JSON without tx: 400 Failed to parse body', () => assertText400(r, 'Failed to decode: Failed to parse body'));
  }
  {
    const r = await post({ 'Content-Type': 'application/json' }, JSON.stringify({ tx: '00'.repeat(40) }));
    check('JSON with undecodable tx: 400 Failed to deserialize', () => assertText400(r, 'Failed to decode: Failed to deserialize posted transaction: ', { prefix: true }));
  }
  {
    const r = await post({ 'Content-Type': 'text/plain' }, first.serialize());
    check('text/plain: 400 Wrong Content-Type', () =>
      assertText400(r, 'Failed to decode: Wrong Content-Type for transaction; expected application/json or application/octet-stream'));
  }
  {
    const r = await post({}, Buffer.from(first.serializeBytes()));
    check('no Content-Type: 400 Missing Content-Type', () => assertText400(r, 'Failed to decode: Missing Content-Type for transaction'));
  }
  {
    const r = await post({ 'Content-Type': 'image/png' }, Buffer.from(first.serializeBytes()));
    check('unknown Content-Type: 400 Unsupported', () => assertText400(r, 'Failed to decode: Unsupported HTTP content type: image/png'));
  }

  // --- Oversized: a signed transaction over MAX_TRANSACTION_LEN (2 MiB) does not decode; a body over the
  // 16 MiB + 1 payload limit is refused before it is read (docs/RPC.md: 400 "body is too big").
  {
    // Stacks.js' builder refuses code over 100000 bytes, so the code is swapped in before signing.
    const big = await makeUnsignedContractDeploy({
      contractName: 'big',
      codeBody: '(define-constant a u1)',
      fee: 3000000n,
      nonce: 1n,
      publicKey: privateKeyToPublic(keyA),
      network,
    });
    big.payload.codeBody.content = ';; ' + 'x'.repeat(2 * MiB + 1000) + '\n(define-constant a u1)';
    new TransactionSigner(big).signOrigin(keyA);
    const bytes = Buffer.from(big.serializeBytes());
    assert.ok(bytes.length > 2 * MiB);
    const r = await post({ 'Content-Type': 'application/octet-stream' }, bytes);
    check(`signed ${bytes.length}-byte transaction: 400 Failed to deserialize`, () =>
      assertText400(r, 'Failed to decode: Failed to deserialize posted transaction: ', { prefix: true }));
    const rj = await post({ 'Content-Type': 'application/json' }, JSON.stringify({ tx: big.serialize() }));
    check(`the same as JSON (${Math.round(big.serialize().length / MiB)} MiB): 400 Failed to deserialize`, () =>
      assertText400(rj, 'Failed to decode: Failed to deserialize posted transaction: ', { prefix: true }));
  }
  {
    const body = Buffer.alloc(3 * MiB, 0x80);
    const r = await post({ 'Content-Type': 'application/octet-stream' }, body);
    check('3 MiB of garbage: 400 Failed to deserialize', () => assertText400(r, 'Failed to decode: Failed to deserialize posted transaction: ', { prefix: true }));
  }
  {
    const body = Buffer.alloc(16 * MiB + 2, 0x80);
    const r = await post({ 'Content-Type': 'application/octet-stream' }, body);
    check('16 MiB + 2 body: 400 body is too big', () => assertText400(r, 'Failed to decode: Invalid Http request: body is too big'));
  }

  // --- Transactions the mempool refuses: 400 JSON with the reference's reasons.
  {
    const wrongChain = await transfer({ nonce: 1n, network: { ...network, chainId: 0x80000001 } });
    const r = await postTx(wrongChain.serialize());
    rejectedTxids.push(wrongChain.txid());
    check('wrong chain id: SignatureValidation', () =>
      assertRejection(r, wrongChain.txid(), 'SignatureValidation', (d) => {
        assert.deepEqual(Object.keys(d), ['message']);
        assert.ok(d.message.includes('invalid chain ID'), d.message);
        assert.ok(d.message.includes(String(0x80000001)), d.message);
      }));
    // Stacks.js hands the rejection body back as it is.
    const viaJs = await broadcastTransaction({ transaction: wrongChain, network });
    check('broadcastTransaction returns the rejection', () => {
      assert.equal(viaJs.error, 'transaction rejected');
      assert.equal(viaJs.reason, 'SignatureValidation');
      assert.equal(viaJs.txid, wrongChain.txid());
    });
  }
  {
    const mainnetTx = await makeSTXTokenTransfer({
      recipient: privateKeyToAddress(randomPrivateKey(), 'mainnet'),
      amount: 1000n,
      fee: FEE,
      nonce: 1n,
      senderKey: keyA,
      network: createNetwork({ network: 'mainnet', client: { baseUrl: url } }),
    });
    const r = await postTx(mainnetTx.serialize());
    rejectedTxids.push(mainnetTx.txid());
    check('mainnet transaction: BadTransactionVersion', () => assertRejection(r, mainnetTx.txid(), 'BadTransactionVersion'));
  }
  {
    const good = await transfer({ nonce: 1n, amount: 777n });
    const bytes = Buffer.from(good.serializeBytes());
    // Single-sig standard auth: version 1, chain id 4, auth type 1, hash mode 1, signer 20, nonce 8, fee 8, key
    // encoding 1, then the 65-byte signature. Change a byte of r.
    bytes[44 + 10] ^= 0x55;
    const r = await postTx(bytes);
    const txid = require('node:crypto').createHash('sha512-256').update(bytes).digest('hex');
    rejectedTxids.push(txid);
    check('tampered signature: SignatureValidation', () =>
      assertRejection(r, txid, 'SignatureValidation', (d) => assert.deepEqual(Object.keys(d), ['message'])));
  }
  {
    const self = await transfer({ nonce: 1n, recipient: A });
    const r = await postTx(self.serialize());
    rejectedTxids.push(self.txid());
    check('recipient = sender: TransferRecipientCannotEqualSender', () =>
      assertRejection(r, self.txid(), 'TransferRecipientCannotEqualSender', { recipient: A }));
  }
  {
    const zero = await transfer({ nonce: 1n, amount: 0n });
    const r = await postTx(zero.serialize());
    rejectedTxids.push(zero.txid());
    check('amount 0: TransferAmountMustBePositive', () => assertRejection(r, zero.txid(), 'TransferAmountMustBePositive'));
  }
  for (const fee of [0n, 1n, 179n]) {
    const cheap = await transfer({ nonce: 1n, fee, amount: 1234n });
    const size = cheap.serializeBytes().length;
    const r = await postTx(cheap.serialize());
    rejectedTxids.push(cheap.txid());
    check(`fee ${fee} for ${size} bytes: FeeTooLow`, () => assertRejection(r, cheap.txid(), 'FeeTooLow', { actual: Number(fee), expected: size }));
  }
  {
    const poor = await makeSTXTokenTransfer({ recipient: R, amount: 1000n, fee: FEE, nonce: 0n, senderKey: keyC, network });
    const r = await postTx(poor.serialize());
    rejectedTxids.push(poor.txid());
    check('unfunded sender: NotEnoughFunds', () =>
      assertRejection(r, poor.txid(), 'NotEnoughFunds', { actual: h.u128Hex(0), expected: h.u128Hex(1000n + FEE) }));
  }
  {
    const amount = SMALL_USTX - FEE + 1n; // amount + fee = balance + 1
    const poor = await makeSTXTokenTransfer({ recipient: R, amount, fee: FEE, nonce: 0n, senderKey: keyB, network });
    const r = await postTx(poor.serialize());
    rejectedTxids.push(poor.txid());
    check('amount + fee one over the balance: NotEnoughFunds', () =>
      assertRejection(r, poor.txid(), 'NotEnoughFunds', { actual: h.u128Hex(SMALL_USTX), expected: h.u128Hex(SMALL_USTX + 1n) }));
  }
  // amount + fee past 2^64: the reference sums them as u128.
  const U64_MAX = (1n << 64n) - 1n;
  for (const [amount, fee] of [[U64_MAX, FEE], [1n, U64_MAX]]) {
    const huge = await transfer({ nonce: 1n, amount, fee });
    const r = await postTx(huge.serialize());
    rejectedTxids.push(huge.txid());
    check(`amount ${amount} + fee ${fee}: NotEnoughFunds with a u128 sum`, () =>
      assertRejection(r, huge.txid(), 'NotEnoughFunds', { actual: h.u128Hex(INITIAL_USTX - spentA), expected: h.u128Hex(amount + fee) }));
  }
  {
    const used = await transfer({ nonce: 0n, amount: 4242n });
    const r = await postTx(used.serialize());
    rejectedTxids.push(used.txid());
    check('used nonce: BadNonce', () =>
      assertRejection(r, used.txid(), 'BadNonce', { actual: 0, expected: 1, is_origin: true, principal: A }));
    // The very transaction that was mined, sent again, is refused the same way.
    const again = await postTx(first.serialize());
    check('the mined transaction again: BadNonce', () =>
      assertRejection(again, first.txid(), 'BadNonce', { actual: 0, expected: 1, is_origin: true, principal: A }));
  }
  {
    // The reference admits nonces up to the account's + 1 + MAXIMUM_MEMPOOL_TX_CHAINING (25) and names that limit
    // as `expected` (A's account nonce is 1 here).
    const last = await transfer({ nonce: 27n, amount: 2727n });
    const r = await postTx(last.serialize());
    check('nonce account + 26: admitted', () => assert.equal(r.text, JSON.stringify(last.txid()), `${r.status} ${r.text}`));
    for (const nonce of [28, 101]) {
      const far = await transfer({ nonce: BigInt(nonce) });
      const rf = await postTx(far.serialize());
      rejectedTxids.push(far.txid());
      check(`nonce ${nonce} with account nonce 1: TooMuchChaining`, () =>
        assertRejection(rf, far.txid(), 'TooMuchChaining', {
          actual: nonce,
          expected: 27,
          is_origin: true,
          message: 'Nonce would exceed chaining limit in mempool',
          principal: A,
        }));
    }
  }

  // --- Accounts: proofs unless proof=0; an unknown account reads as zeros.
  {
    const withProof = await get(`/v2/accounts/${A}`);
    check('GET /v2/accounts without proof=0: balance_proof and nonce_proof', () => {
      assert.equal(withProof.status, 200, withProof.text);
      assert.deepEqual(Object.keys(withProof.json), ['balance', 'locked', 'unlock_height', 'nonce', 'balance_proof', 'nonce_proof']);
      assert.match(withProof.json.balance_proof, /^(0x[0-9a-f]*)?$/);
    });
    const noProof = await get(`/v2/accounts/${C}?proof=0`);
    check('GET /v2/accounts?proof=0 of an unknown account: zeros, no proofs', () => {
      assert.equal(noProof.status, 200, noProof.text);
      assert.deepEqual(noProof.json, { balance: h.u128Hex(0), locked: h.u128Hex(0), unlock_height: 0, nonce: 0 });
    });
  }

  // --- Routing.
  {
    const r = await get('/v2/no-such-endpoint');
    check('unknown path: 404', () => {
      assert.equal(r.status, 404);
      assert.equal(r.text, 'No such file or directory');
      assertCommonHeaders(r);
    });
    const r2 = await get('/v3/blocks/height/999999999');
    check('block height beyond the tip: 404', () => {
      assert.equal(r2.status, 404);
      assert.equal(r2.text, 'No such block #999999999\n');
    });
    const r3 = await get('/v2/transactions/unconfirmed/' + '0'.repeat(64));
    check('unknown txid unconfirmed: 404', () => assert.equal(r3.status, 404));
  }
  for (const [method, p, allowed] of [
    ['POST', '/v2/info', 'GET'],
    ['DELETE', '/v2/info', 'GET'],
    ['OPTIONS', '/v2/info', 'GET'],
    ['GET', '/v2/transactions', 'POST'],
    ['PUT', `/v2/accounts/${A}`, 'GET'],
  ]) {
    const headers = method === 'POST' || method === 'PUT' ? { 'Content-Length': 0 } : {};
    const r = await answered(h.rawRequest(url, { method, path: p, headers }));
    check(`${method} ${p}: 405`, () => {
      assert.equal(r.status, 405, `${r.status} ${r.text}`);
      assert.equal(r.headers.allow, allowed, 'Allow header');
      assert.equal(r.text, `Method Not Allowed. Allowed: ${allowed}`);
      assertCommonHeaders(r);
    });
  }

  // --- Odd paths and GETs: the documented answers where docs/RPC.md names one, never a 5xx, never a crash.
  {
    const documented = [
      [`/v2/accounts/ST000000000000000000002AMW42H?proof=0`, 200, null],
      [`/v2/accounts/ST000000000000000000002AMW42X?proof=0`, 400, 'Failed to decode: Failed to parse `principal` field'],
      [`/v2/accounts/notanaddress`, 404, null],
      [`/v3/blocks/height/18446744073709551616`, 400, 'Failed to decode: Invalid path: unparseable block height'],
      [`/v3/blocks/height/18446744073709551615`, 404, 'No such block #18446744073709551615\n'],
      [`/${'x'.repeat(9000)}`, 414, null],
    ];
    for (const [p, status, text] of documented) {
      const r = await get(p);
      check(`GET ${p.slice(0, 60)}${p.length > 60 ? '...' : ''}: ${status}`, () => {
        assert.equal(r.status, status, `${r.status} ${r.text.slice(0, 200)}`);
        if (text !== null) assert.equal(r.text, text);
      });
    }
    const withBody = await answered(h.rawRequest(url, { path: '/v2/info', headers: { 'Content-Type': 'text/plain', 'Content-Length': 5 }, body: 'hello' }));
    check('GET /v2/info with a body: 400', () => {
      assert.equal(withBody.status, 400, withBody.text);
      assert.ok(withBody.text.startsWith('Failed to decode: Invalid Http request: expected 0-length body'), withBody.text);
    });
    const odd = [
      `/v2/accounts/${'S'.repeat(4000)}`,
      `/v2/accounts/${'S'.repeat(4100)}`,
      `/v3/blocks/height/${'9'.repeat(4000)}`,
      `/v3/blocks/${'a'.repeat(4000)}`,
      `/v2/transactions/unconfirmed/${'a'.repeat(4000)}`,
      `/v2/transactions/unconfirmed/${'A'.repeat(64)}`,
      `/v3/sortitions/burn/${'f'.repeat(4000)}`,
      `/v3/sortitions/burn_height/${'1'.repeat(4000)}`,
      `/v3/sortitions/consensus/zz`,
      `/v3/sortitions/nope/1`,
      `/v3/blocks/height/-1`,
      `/v2/accounts/%00`,
      `/v2/accounts/${A}?proof=${'1'.repeat(4000)}`,
      `/v2/accounts/${A}?tip=${'0'.repeat(64)}`,
      `/v2/info?${'a=b&'.repeat(1500)}`,
      `/${'/'.repeat(4000)}`,
      `/v2/../v2/info`,
    ];
    const fivexx = [];
    for (const p of odd) {
      const r = await get(p);
      if (typeof r.status !== 'number' || r.status >= 500) fivexx.push(`${p.slice(0, 50)}... (${p.length} chars): ${r.status} ${r.text.slice(0, 100)}`);
    }
    check('odd paths: an answer below 500 for each', () => assert.deepEqual(fivexx, []));
    const alive = await get('/v2/info');
    check('/v2/info after the odd paths', () => assert.equal(alive.status, 200));
  }

  // --- Still alive and still confirming.
  const info = await h.rawRequest(url, { path: '/v2/info' });
  check('/v2/info still answers 200', () => {
    assert.equal(info.status, 200);
    assertCommonHeaders(info);
  });
  const unconfirmedRejected = [];
  for (const id of rejectedTxids) {
    const r = await h.rawRequest(url, { path: `/v2/transactions/unconfirmed/${id}` });
    if (r.status !== 404) unconfirmedRejected.push(`${id}: ${r.status}`);
  }
  check('no refused transaction is in the mempool', () => assert.deepEqual(unconfirmedRejected, []));
  const a1 = await h.getAccount(url, A);
  const b1 = await h.getAccount(url, B);
  check('A and B unchanged by the refusals', () => {
    assert.equal(a1.nonce, 1);
    assert.equal(a1.balance, INITIAL_USTX - spentA);
    assert.equal(b1.nonce, 0);
    assert.equal(b1.balance, SMALL_USTX);
  });

  // A nonce gap: nonce 3 waits in the mempool until 1 and 2 arrive.
  const gapTx = await transfer({ nonce: 3n, amount: 30000n });
  const g = await postTx(gapTx.serialize());
  check('transaction behind a nonce gap accepted', () => {
    assert.equal(g.status, 200, g.text);
    assert.equal(g.text, JSON.stringify(gapTx.txid()));
  });
  const burnAtGap = (await h.getJson(url, '/v2/info')).burn_block_height;
  await h.waitUntil('a burn block to pass', async () => (await h.getJson(url, '/v2/info')).burn_block_height > burnAtGap, { timeoutMs: 20000 });
  const pending = await h.rawRequest(url, { path: `/v2/transactions/unconfirmed/${gapTx.txid()}` });
  check('it stays pending: unconfirmed 200 Mempool', () => {
    assert.equal(pending.status, 200, pending.text);
    assert.deepEqual(pending.json, { tx: gapTx.serialize(), status: 'Mempool' });
  });
  const again = await broadcastTransaction({ transaction: gapTx, network });
  check('re-broadcast of a pending transaction: 200 with its txid', () => assert.deepEqual(again, { txid: gapTx.txid() }));
  const a2 = await h.getAccount(url, A);
  check('the gap keeps A at nonce 1', () => assert.equal(a2.nonce, 1));

  // Replace-by-fee on the pending nonce 3 (same length, so fee and fee rate order alike): a fee not above the
  // pending one conflicts; a higher one replaces it, and the observer hears of the drop.
  for (const fee of [FEE, FEE - 50n]) {
    const rival = await transfer({ nonce: 3n, amount: 30001n, fee });
    const r = await postTx(rival.serialize());
    rejectedTxids.push(rival.txid());
    check(`same nonce, fee ${fee} vs ${FEE} pending: ConflictingNonceInMempool`, () => assertRejection(r, rival.txid(), 'ConflictingNonceInMempool'));
  }
  const replacement = await transfer({ nonce: 3n, amount: 30002n, fee: FEE + 100n });
  const rr = await postTx(replacement.serialize());
  check('same nonce, higher fee: replaces', () => assert.equal(rr.text, JSON.stringify(replacement.txid()), `${rr.status} ${rr.text}`));
  const oldGone = await get(`/v2/transactions/unconfirmed/${gapTx.txid()}`);
  const newThere = await get(`/v2/transactions/unconfirmed/${replacement.txid()}`);
  check('the replaced transaction left the mempool, the replacement is in it', () => {
    assert.equal(oldGone.status, 404);
    assert.equal(newThere.status, 200);
    assert.deepEqual(newThere.json, { tx: replacement.serialize(), status: 'Mempool' });
  });
  const drop = await h
    .waitUntil('a /drop_mempool_tx for the replaced transaction', () =>
      env.observer.posts('/drop_mempool_tx').find((d) => d && Array.isArray(d.dropped_txids) && d.dropped_txids.includes('0x' + gapTx.txid())), { timeoutMs: 10000 })
    .catch(() => null);
  check('/drop_mempool_tx: ReplaceByFee with the new txid', () =>
    assert.deepEqual(drop, { dropped_txids: ['0x' + gapTx.txid()], reason: 'ReplaceByFee', new_txid: '0x' + replacement.txid() }));

  const fill = [await transfer({ nonce: 1n, amount: 10000n }), await transfer({ nonce: 2n, amount: 20000n })];
  for (const t of fill) {
    const r = await broadcastTransaction({ transaction: t, network });
    check(`gap filler accepted`, () => assert.deepEqual(r, { txid: t.txid() }));
  }
  spentA += 10000n + 20000n + 30002n + 3n * FEE + 100n;
  receivedR += 10000n + 20000n + 30002n;
  await h.waitUntil('A nonce 4', async () => (await h.getAccount(url, A)).nonce === 4, { timeoutMs: 30000 });
  const a3 = await h.getAccount(url, A);
  const r3 = await h.getAccount(url, R);
  check('all three confirmed with exact balances', () => {
    assert.equal(a3.nonce, 4);
    assert.equal(a3.balance, INITIAL_USTX - spentA);
    assert.equal(r3.balance, receivedR);
  });
  for (const t of [replacement, ...fill]) {
    const r = await h.rawRequest(url, { path: `/v2/transactions/unconfirmed/${t.txid()}` });
    check(`mined ${t.txid().slice(0, 8)}: unconfirmed 404`, () => assert.equal(r.status, 404));
  }

  // Ten transfers with the same nonce and different fees, sent at once, behind a nonce gap (so that none is mined
  // meanwhile): each is admitted (replacing a cheaper one) or refused as ConflictingNonceInMempool; the dearest is
  // always admitted and is the one left pending; filling the gap mines it.
  const racers = [];
  for (let k = 0; k < 10; k++) racers.push(await transfer({ nonce: 5n, amount: 5000n + BigInt(k), fee: FEE + BigInt(10 * k) }));
  const raced = await Promise.all(racers.map((t) => postTx(t.serialize())));
  const oddAnswers = raced.filter((r, k) => r.status !== 200 && !(r.json && r.json.reason === 'ConflictingNonceInMempool' && r.json.txid === racers[k].txid()));
  const winner = racers[9];
  check('racing same-nonce transfers: each admitted or ConflictingNonceInMempool, the dearest admitted', () => {
    assert.deepEqual(oddAnswers.map((r) => `${r.status} ${r.text}`), []);
    assert.equal(raced[9].status, 200, 'the dearest outbids every other');
  });
  const pendingRacers = [];
  for (const t of racers) if ((await get(`/v2/transactions/unconfirmed/${t.txid()}`)).status === 200) pendingRacers.push(t.txid());
  check('exactly the dearest racer pending', () => assert.deepEqual(pendingRacers, [winner.txid()]));
  const filler = await transfer({ nonce: 4n, amount: 4000n });
  const fr = await postTx(filler.serialize());
  check('gap filler for the racers accepted', () => assert.equal(fr.status, 200, fr.text));
  spentA += 4000n + FEE + 5009n + FEE + 90n;
  receivedR += 4000n + 5009n;
  await h.waitUntil('A nonce 6', async () => (await h.getAccount(url, A)).nonce === 6, { timeoutMs: 30000 }).catch(() => {});
  const a6 = await h.getAccount(url, A);
  const r6 = await h.getAccount(url, R);
  check('the dearest racer mined, and only it', () => {
    assert.equal(a6.nonce, 6);
    assert.equal(a6.balance, INITIAL_USTX - spentA, `balance off by ${a6.balance - (INITIAL_USTX - spentA)}`);
    assert.equal(r6.balance, receivedR);
  });
  const leftovers = [];
  for (const t of racers) {
    const r = await get(`/v2/transactions/unconfirmed/${t.txid()}`);
    if (r.status !== 404) leftovers.push(`${t.txid()}${t === winner ? ' (mined)' : ''}: ${r.status}`);
  }
  check('no racer left in the mempool', () => assert.deepEqual(leftovers, []));

  // Stopping within 1 s whatever HTTP clients do: an idle keep-alive connection (its request just answered), a
  // request head half sent, a body still arriving. The node restarts on the same state between them.
  const holders = [
    ['SIGINT', 'an idle keep-alive connection', `GET /v2/info HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n`, true],
    ['SIGTERM', 'half a request head', `GET /v2/info HTTP/1.1\r\nHost: 127.0.0.1\r\n`, false],
    ['SIGTERM', 'a body still arriving', `POST /v2/transactions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\nContent-Length: 1000\r\n\r\n0080`, false],
  ];
  let running = node;
  for (const [i, [signal, what, data, awaitResponse]] of holders.entries()) {
    if (i > 0) {
      running = await env.start();
      const a = await h.getAccount(url, A);
      check(`restart ${i}: A still at nonce 6`, () => assert.equal(a.nonce, 6));
    }
    const sock = await h.holdConnection(env.rpcPort, data, { awaitResponse });
    if (!awaitResponse) await h.sleep(100);
    const stopped = await running.stop({ signal });
    sock.destroy();
    check(`${signal} while a client holds ${what}: exit code 0 within 1 s`, () => h.assertCleanStop(stopped));
  }
}

h.runNodeTest(main, { checker, getEnv: () => env });
