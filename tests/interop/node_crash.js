// End to end: a mocknet stacks-node killed with SIGKILL at random moments while transfers stream in, restarted on
// the same working dir, loses nothing it reported.
// Usage: node node_crash.js PATH_TO_STACKS_NODE
//
// Three funded senders submit transfers continuously (chained nonces, one signed transaction per sender and nonce,
// never another one for the same nonce, so an account's nonce tells exactly which of its transfers are confirmed).
// A poller records the highest burn height, Stacks tip height and account nonces the node reports. The first start
// is killed while it writes genesis; then 3-5 times (seeded, STACKS_INTEROP_SEED) the node is killed after a random
// delay, sometimes again while it restarts, and restarted. After each restart:
// - burn height and Stacks tip height are at least the highest seen before the kill (and at least the height of
//   every block the observer saw confirming our transfers);
// - no account nonce went back (every transfer seen confirmed is still confirmed);
// - every transfer the node accepted (200) and had not confirmed is still pending (unconfirmed endpoint 200) or
//   confirmed since, and the ones mined just before the kill are not reported unconfirmed; transfers whose POST got
//   no answer are sent again, byte for byte (200, or BadNonce once mined);
// - new Stacks blocks appear.
// In one round the event observer refuses deliveries around the kill; what the node queued must arrive after the
// restart. At the end every submitted transfer is confirmed, balances are exactly the genesis amounts minus the
// confirmed spends (recipients: plus what they were sent), no announced block was replaced at its height, SIGTERM
// ends the node with exit 0 within 1 s, and a clean restart shows the same state.
'use strict';
const assert = require('node:assert/strict');
const { makeSTXTokenTransfer, randomPrivateKey, privateKeyToAddress } = require('@stacks/transactions');
const { createNetwork } = require('@stacks/network');
const { makeChecker } = require('./lib/harness');
const { seededRandom } = require('./lib/seeded_random');
const h = require('./lib/node_harness');

const binary = process.argv[2];
if (!binary) throw new Error('usage: node node_crash.js PATH_TO_STACKS_NODE');

const SENDERS = 3;
const INITIAL_USTX = 100000000000000n;
/// Pending nonces per sender stay well under the mempool's chaining limit (25).
const MAX_AHEAD = 15;

const rng = seededRandom(Date.now());
const rngTx = seededRandom(rng.seed ^ 0x5eed);
console.log(`seed ${rng.seed} (STACKS_INTEROP_SEED=${rng.seed} to repeat the kill schedule)`);
const ROUNDS = 3 + rng.rnd(3);
const checker = makeChecker();
const { check } = checker;
let env = null;

async function main() {
  const minerKey = randomPrivateKey();
  const senders = Array.from({ length: SENDERS }, (_, i) => {
    const key = randomPrivateKey();
    return { i, key, address: privateKeyToAddress(key, 'testnet'), txs: [], maxNonce: 0 };
  });
  const recipients = Array.from({ length: 2 }, () => privateKeyToAddress(randomPrivateKey(), 'testnet'));
  env = await h.prepareNode({
    binary,
    seed: minerKey,
    balances: senders.map((s) => ({ address: s.address, amount: INITIAL_USTX })),
    name: 'crash',
  });
  const url = env.rpcUrl;
  const network = createNetwork({ network: 'testnet', client: { baseUrl: url } });
  // First a kill while the very first start writes its genesis state and first burn blocks.
  const firstTry = await env.start({ wait: false });
  const firstKillMs = 50 + rng.rnd(1500);
  await h.sleep(firstKillMs);
  await firstTry.kill();
  console.log(`killed the first start after ${firstKillMs} ms`);
  let node = await env.start();
  for (const s of senders) {
    const a = await h.getAccount(url, s.address);
    check(`genesis balance of sender ${s.i} after a kill during the first start`, () => {
      assert.equal(a.balance, INITIAL_USTX);
      assert.equal(a.nonce, 0);
    });
  }
  await h.waitUntil('the first Stacks block', async () => (await h.getJson(url, '/v2/info')).stacks_tip_height >= 1, { timeoutMs: 90000 });

  const seen = { burn: 0, tip: 0 };
  const violations = []; // nonce or height decreases seen by the poller
  const unexpected = []; // refusals of transfers that should have been admitted
  let up = true;
  let stop = false;
  let submitted = 0;

  function noteNonce(s, nonce, where) {
    if (nonce < s.maxNonce) violations.push(`${where}: nonce of ${s.address} went from ${s.maxNonce} to ${nonce}`);
    s.maxNonce = Math.max(s.maxNonce, nonce);
  }
  function noteInfo(info, where) {
    if (info.burn_block_height < seen.burn) violations.push(`${where}: burn height went from ${seen.burn} to ${info.burn_block_height}`);
    if (info.stacks_tip_height < seen.tip) violations.push(`${where}: Stacks tip height went from ${seen.tip} to ${info.stacks_tip_height}`);
    seen.burn = Math.max(seen.burn, info.burn_block_height);
    seen.tip = Math.max(seen.tip, info.stacks_tip_height);
  }

  // Sends one signed transfer; its state becomes 'accepted' on 200, 'confirmed' on BadNonce with the account past
  // it, stays 'uncertain' without an answer, and anything else is unexpected.
  async function send(t) {
    let r;
    try {
      r = await h.postTxBytes(url, t.hex);
    } catch {
      return;
    }
    if (r.status === 200 && r.text === JSON.stringify(t.txid)) t.state = 'accepted';
    else if (r.status === 400 && r.json && r.json.reason === 'BadNonce' && r.json.reason_data && r.json.reason_data.expected > t.nonce) t.state = 'confirmed';
    else unexpected.push(`${t.txid} (nonce ${t.nonce}): ${r.status} ${r.text.slice(0, 300)}`);
  }

  async function submitter() {
    while (!stop) {
      if (!up) {
        await h.sleep(50);
        continue;
      }
      const s = rngTx.pick(senders);
      const nonce = s.txs.length;
      if (nonce - s.maxNonce >= MAX_AHEAD) {
        await h.sleep(50);
        continue;
      }
      const recipient = rngTx.pick(recipients);
      const amount = BigInt(1 + rngTx.rnd(100000));
      const fee = 180n + BigInt(rngTx.rnd(300));
      const tx = await makeSTXTokenTransfer({ recipient, amount, fee, nonce: BigInt(nonce), senderKey: s.key, network });
      const t = { sender: s.address, nonce, recipient, amount, fee, txid: tx.txid(), hex: tx.serialize(), state: 'uncertain' };
      s.txs.push(t);
      submitted++;
      await send(t);
      await h.sleep(20 + rngTx.rnd(150));
    }
  }

  async function poller() {
    while (!stop) {
      if (up) {
        try {
          const info = await h.getJson(url, '/v2/info');
          if (up) noteInfo(info, 'poll');
          for (const s of senders) {
            const a = await h.getAccount(url, s.address);
            if (up) noteNonce(s, a.nonce, 'poll');
          }
        } catch {
          // the node is being killed
        }
      }
      await h.sleep(150);
    }
  }

  // Sends again, in nonce order, every transfer whose POST got no answer.
  async function resend() {
    for (const s of senders) for (const t of s.txs) if (t.state === 'uncertain') await send(t);
  }

  // The highest Stacks block the observer saw confirming one of our transfers that the nonces say is confirmed.
  function highestConfirmingBlock() {
    const ours = new Map();
    for (const s of senders) for (const t of s.txs) if (t.nonce < s.maxNonce) ours.set('0x' + t.txid, t);
    let max = 0;
    for (const r of env.observer.blockTransactions()) if (ours.has(r.txid)) max = Math.max(max, r.block_height);
    return max;
  }

  const tasks = [submitter(), poller()];
  // In one round the observer refuses deliveries from 2 s before the kill until after the restart: events the node
  // queued then must be delivered after the restart. Blocks committed in the last 600 ms before the kill are left
  // out (the reference, too, commits a block before it queues its event, so a kill in between loses the event).
  const outageRound = 1 + rng.rnd(ROUNDS);
  let mustBeDelivered = 0;
  let tipAtLastRestart = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    const delay = 300 + rng.rnd(5700);
    await h.sleep(delay);
    if (round === outageRound) {
      env.observer.refuseWith(503);
      await h.sleep(1400);
      mustBeDelivered = seen.tip;
      await h.sleep(600);
      console.log(`round ${round}: observer refusing deliveries since 2 s before the kill; tip seen 600 ms before it: ${mustBeDelivered}`);
    }
    up = false;
    await node.kill();
    await h.sleep(300); // let requests that were in flight fail
    const before = { burn: seen.burn, tip: seen.tip, block: highestConfirmingBlock(), nonces: senders.map((s) => s.maxNonce) };
    const accepted = senders.map((s) => s.txs.filter((t) => t.state === 'accepted' && t.nonce >= s.maxNonce));
    console.log(`round ${round}/${ROUNDS}: killed after ${delay} ms; seen burn ${before.burn}, tip ${before.tip}, nonces ${before.nonces}; ${submitted} submitted`);

    if (rng.chance(0.4)) {
      // Also kill it while it starts up (opening its databases, recovering), before or just after RPC comes up.
      const early = await env.start({ wait: false });
      const after = rng.rnd(1500);
      await h.sleep(after);
      const gone = await early.kill();
      console.log(`round ${round}: also killed ${after} ms into a restart (${gone.signal || 'exit ' + gone.code})`);
    }
    node = await env.start();
    const info = await h.getJson(url, '/v2/info');
    check(`round ${round}: burn height ${info.burn_block_height} >= ${before.burn} seen before the kill`, () =>
      assert.ok(info.burn_block_height >= before.burn));
    check(`round ${round}: Stacks tip ${info.stacks_tip_height} >= ${before.block}, the highest block seen confirming a transfer`, () =>
      assert.ok(info.stacks_tip_height >= before.block));
    check(`round ${round}: Stacks tip ${info.stacks_tip_height} >= ${before.tip} seen before the kill`, () =>
      assert.ok(info.stacks_tip_height >= before.tip));
    const lost = [];
    for (const s of senders) {
      const a = await h.getAccount(url, s.address);
      check(`round ${round}: nonce of sender ${s.i} (${a.nonce}) >= ${s.maxNonce} seen before the kill`, () => assert.ok(a.nonce >= s.maxNonce));
      s.maxNonce = Math.max(s.maxNonce, a.nonce);
    }
    for (const s of senders) {
      for (const t of accepted[s.i]) {
        const r = await h.rawRequest(url, { path: `/v2/transactions/unconfirmed/${t.txid}` });
        if (r.status === 200) continue;
        const a = await h.getAccount(url, s.address);
        if (a.nonce > t.nonce) continue; // mined in between
        lost.push(`${t.txid} (sender ${s.i}, nonce ${t.nonce}; account nonce ${a.nonce}): unconfirmed ${r.status}`);
      }
    }
    check(`round ${round}: every accepted transfer still pending or confirmed`, () => assert.deepEqual(lost, []));
    // The transfers mined last before the kill left the mempool (unconfirmed answers 404 once mined).
    const stale = [];
    for (const s of senders) {
      for (const t of s.txs.filter((x) => x.nonce < s.maxNonce && x.nonce >= s.maxNonce - 5)) {
        const r = await h.rawRequest(url, { path: `/v2/transactions/unconfirmed/${t.txid}` });
        if (r.status !== 404) stale.push(`${t.txid} (sender ${s.i}, nonce ${t.nonce} < account nonce ${s.maxNonce}): ${r.status}`);
      }
    }
    check(`round ${round}: transfers mined before the kill are not unconfirmed`, () => assert.deepEqual(stale, []));
    noteInfo(info, `round ${round} restart`);
    tipAtLastRestart = info.stacks_tip_height;
    await resend();
    up = true;
    if (round === outageRound) {
      await h.sleep(500);
      env.observer.refuseWith(null);
    }

    const tipAtRestart = info.stacks_tip_height;
    let grew = true;
    await h.waitUntil(`round ${round}: a new Stacks block`, async () => (await h.getJson(url, '/v2/info')).stacks_tip_height > tipAtRestart, {
      timeoutMs: 30000,
    }).catch(() => {
      grew = false;
    });
    check(`round ${round}: new Stacks blocks after the restart (tip was ${tipAtRestart})`, () => assert.ok(grew));
  }

  // Drain: no more submissions; every transfer must end up confirmed.
  stop = true;
  await Promise.all(tasks);
  await resend();
  const stuck = senders.flatMap((s) => s.txs.filter((t) => t.state === 'uncertain').map((t) => t.txid));
  check('every transfer eventually answered', () => assert.deepEqual(stuck, []));
  const finalNonces = await h
    .waitUntil('every submitted transfer confirmed', async () => {
      const nonces = [];
      for (const s of senders) nonces.push((await h.getAccount(url, s.address)).nonce);
      return nonces.every((n, i) => n === senders[i].txs.length) ? nonces : null;
    }, { timeoutMs: 60000, intervalMs: 250 })
    .catch(async () => {
      const nonces = [];
      for (const s of senders) nonces.push((await h.getAccount(url, s.address)).nonce);
      return nonces;
    });
  console.log(`${submitted} transfers submitted; final nonces ${finalNonces}`);
  check('every submitted transfer confirmed', () => assert.deepEqual(finalNonces, senders.map((s) => s.txs.length)));
  check('nonces and heights never went back while polling', () => assert.deepEqual(violations.slice(0, 10), []));
  check('no transfer refused', () => assert.deepEqual(unexpected.slice(0, 10), []));
  // A height the observer heard of twice must name the same block both times (redelivery after a restart is fine,
  // a different block means the node forked away from a block it had announced).
  const blockAt = new Map();
  const forks = [];
  for (const b of env.observer.posts('/new_block')) {
    const prior = blockAt.get(b.block_height);
    if (prior && prior !== b.index_block_hash) forks.push(`height ${b.block_height}: ${prior} then ${b.index_block_hash}`);
    blockAt.set(b.block_height, b.index_block_hash);
  }
  check('no announced block replaced by another at its height', () => assert.deepEqual(forks.slice(0, 10), []));
  const heights = [...blockAt.keys()].sort((a, b) => a - b);
  const gaps = heights.filter((x, i) => i > 0 && x !== heights[i - 1] + 1);
  console.log(`observer: blocks ${heights[0]}..${heights[heights.length - 1]} announced${gaps.length ? `, missing before ${gaps.slice(0, 10)}` : ''}`);

  // Balances are exactly what the confirmed transfers (those below each final nonce) make them.
  const expected = new Map(recipients.map((r) => [r, 0n]));
  for (const [i, s] of senders.entries()) {
    let balance = INITIAL_USTX;
    for (const t of s.txs) {
      if (t.nonce >= finalNonces[i]) continue;
      balance -= t.amount + t.fee;
      expected.set(t.recipient, expected.get(t.recipient) + t.amount);
    }
    expected.set(s.address, balance);
  }
  for (const [address, balance] of expected) {
    const a = await h.getAccount(url, address);
    check(`final balance of ${address}`, () => assert.equal(a.balance, balance, `diff ${a.balance - balance}`));
  }
  const seenInBlocks = new Set(env.observer.blockTransactions().map((r) => r.txid));
  const notAnnounced = senders.flatMap((s) => s.txs).filter((t) => !seenInBlocks.has('0x' + t.txid)).length;
  console.log(`observer: ${env.observer.posts('/new_block').length} /new_block posts; ${notAnnounced} confirmed transfers never announced`);

  // Delivery: the blocks queued during the outage, and every block made after the last restart.
  const finalTip = (await h.getJson(url, '/v2/info')).stacks_tip_height;
  const wantedHeights = [];
  for (let x = 1; x <= mustBeDelivered; x++) wantedHeights.push(x);
  for (let x = tipAtLastRestart + 1; x <= finalTip; x++) wantedHeights.push(x);
  const undelivered = () => {
    const have = new Set(env.observer.posts('/new_block').map((b) => b.block_height));
    return wantedHeights.filter((x) => !have.has(x));
  };
  await h.waitUntil('the observer to receive the blocks it must', () => undelivered().length === 0, { timeoutMs: 20000 }).catch(() => {});
  check(`blocks 1..${mustBeDelivered} (queued before the outage kill) delivered after the restart`, () =>
    assert.deepEqual(undelivered().filter((x) => x <= mustBeDelivered), []));
  check(`blocks ${tipAtLastRestart + 1}..${finalTip} (after the last restart) delivered`, () =>
    assert.deepEqual(undelivered().filter((x) => x > tipAtLastRestart), []));

  const stopped = await node.stop();
  check('SIGTERM: exit code 0 within 1 s', () => h.assertCleanStop(stopped));

  // A clean restart keeps everything too.
  const tipBeforeStop = (await h.getJson(url, '/v2/info').catch(() => null)) ?? null;
  check('node down after SIGTERM', () => assert.equal(tipBeforeStop, null));
  node = await env.start();
  const infoAfter = await h.getJson(url, '/v2/info');
  check(`after a clean restart the tip (${infoAfter.stacks_tip_height}) is at least ${finalTip}`, () => assert.ok(infoAfter.stacks_tip_height >= finalTip));
  for (const [address, balance] of expected) {
    const a = await h.getAccount(url, address);
    check(`balance of ${address} after a clean restart`, () => assert.equal(a.balance, balance));
  }
  for (const [i, s] of senders.entries()) {
    const a = await h.getAccount(url, s.address);
    check(`nonce of sender ${i} after a clean restart`, () => assert.equal(a.nonce, finalNonces[i]));
  }
  const stopped2 = await node.stop({ signal: 'SIGINT' });
  check('SIGINT after the clean restart: exit code 0 within 1 s', () => h.assertCleanStop(stopped2));
}

h.runNodeTest(main, { checker, getEnv: () => env });
