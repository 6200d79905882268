// End to end: a mocknet stacks-node confirms 100 STX transfers that Stacks.js builds and broadcasts.
// Usage: node node_transfers.js PATH_TO_STACKS_NODE
//
// SIGTERM during the first start must end it cleanly; the next start goes on. Once bootstrapped: a burn block about
// every 2 s, each starting a tenure. Five funded senders send 20 transfers each (chained nonces; one sender's
// submitted in reverse nonce order, so the mempool must hold nonce gaps; eight broadcasts in flight at once) to three
// fresh recipients and to each other. Stacks.js' own fetchNonce, fetchFeeEstimateTransfer and broadcastTransaction
// talk to the node; some transactions go as raw octet-stream.
// Checks: every transaction is confirmed within 3 burn blocks of submission, each sender's in nonce order; exact
// balances and nonces; every txid in the observer's /new_block with status success, its raw bytes and an
// stx_transfer_event; every raw tx in a /new_mempool_tx; /v2/transactions/unconfirmed answers 404 once mined;
// /v3/blocks/height/{h} serves the blocks (header height and parent as announced) holding the transactions. Then an
// observer outage: transfers still confirm, every event arrives afterwards, in order, the announced blocks forming
// one chain. Last, SIGTERM while deliveries are failing ends the node with exit code 0 within 1 s.
'use strict';
const assert = require('node:assert/strict');
const {
  makeSTXTokenTransfer,
  broadcastTransaction,
  fetchNonce,
  fetchFeeEstimateTransfer,
  randomPrivateKey,
  privateKeyToAddress,
} = require('@stacks/transactions');
const { createNetwork } = require('@stacks/network');
const { makeChecker } = require('./lib/harness');
const { seededRandom } = require('./lib/seeded_random');
const h = require('./lib/node_harness');

const binary = process.argv[2];
if (!binary) throw new Error('usage: node node_transfers.js PATH_TO_STACKS_NODE');

const SENDERS = 5;
const TX_PER_SENDER = 20;
const INITIAL_USTX = 100000000000000n;
const MAX_BURN_BLOCKS_TO_CONFIRM = 3;

const rng = seededRandom(Date.now());
console.log(`seed ${rng.seed} (STACKS_INTEROP_SEED=${rng.seed} to repeat the amounts and order)`);
const checker = makeChecker();
const { check } = checker;
let env = null;

async function main() {
  const minerKey = randomPrivateKey();
  const senders = Array.from({ length: SENDERS }, () => {
    const key = randomPrivateKey();
    return { key, address: privateKeyToAddress(key, 'testnet') };
  });
  const recipients = Array.from({ length: 3 }, () => privateKeyToAddress(randomPrivateKey(), 'testnet'));
  env = await h.prepareNode({
    binary,
    seed: minerKey,
    balances: senders.map((s) => ({ address: s.address, amount: INITIAL_USTX })),
    name: 'transfers',
  });
  // SIGTERM while the node is still starting (genesis, first burn blocks): a clean exit all the same, and the next
  // start goes on from whatever the first one wrote.
  const early = await env.start({ wait: false });
  const earlyMs = 100 + rng.rnd(900);
  await h.sleep(earlyMs);
  const earlyStop = await early.stop();
  check(`SIGTERM ${earlyMs} ms after start: exit code 0 within 1 s`, () => h.assertCleanStop(earlyStop));
  const node = await env.start();
  const url = env.rpcUrl;
  const network = createNetwork({ network: 'testnet', client: { baseUrl: url } });

  // The chain is bootstrapped once this miner's tenures produce Stacks blocks.
  const ready = await h.waitUntil('the first Stacks block', async () => {
    const info = await h.getJson(url, '/v2/info');
    return info.stacks_tip_height >= 1 ? info : null;
  }, { timeoutMs: 90000 });
  check('/v2/info fields', () => {
    for (const k of ['burn_block_height', 'stacks_tip_height', 'stacks_tip', 'stacks_tip_consensus_hash', 'network_id', 'server_version']) {
      assert.ok(k in ready, `missing ${k}: ${JSON.stringify(ready)}`);
    }
    assert.ok(Number.isInteger(ready.burn_block_height) && Number.isInteger(ready.stacks_tip_height));
  });

  // Cadence: once bootstrapped, a burn block every commit_anchor_block_within (2 s here), each starting a tenure of
  // this node's miner (a new tenure consensus hash, a new Stacks block).
  {
    const t0 = Date.now();
    const first = await h.getJson(url, '/v2/info');
    const tenures = new Set();
    let lastInfo = first;
    while (Date.now() - t0 < 6500) {
      lastInfo = await h.getJson(url, '/v2/info');
      tenures.add((await h.getJson(url, '/v3/tenures/info')).consensus_hash);
      await h.sleep(100);
    }
    const burnBlocks = lastInfo.burn_block_height - first.burn_block_height;
    console.log(`cadence: ${burnBlocks} burn blocks, ${tenures.size} tenures, ${lastInfo.stacks_tip_height - first.stacks_tip_height} Stacks blocks in 6.5 s`);
    check('a burn block about every 2 s (2 to 5 in 6.5 s)', () => assert.ok(burnBlocks >= 2 && burnBlocks <= 5, `${burnBlocks}`));
    check('each burn block starts a tenure with a Stacks block', () => {
      assert.ok(tenures.size >= burnBlocks, `${tenures.size} tenures seen over ${burnBlocks} burn blocks`);
      assert.ok(lastInfo.stacks_tip_height - first.stacks_tip_height >= burnBlocks, `Stacks tip ${first.stacks_tip_height} -> ${lastInfo.stacks_tip_height}`);
    });
  }

  // Starting state, read through Stacks.js and plain RPC.
  const expected = new Map(); // address -> {balance, nonce}
  for (const s of senders) expected.set(s.address, { balance: INITIAL_USTX, nonce: 0 });
  for (const r of recipients) expected.set(r, { balance: 0n, nonce: 0 });
  for (const s of senders) {
    const nonce = await fetchNonce({ address: s.address, network });
    const acct = await h.getAccount(url, s.address);
    check(`genesis account ${s.address}`, () => {
      assert.equal(nonce, 0n, 'fetchNonce');
      assert.equal(acct.nonce, 0);
      assert.equal(acct.balance, INITIAL_USTX);
      assert.equal(acct.locked, 0n);
    });
  }
  for (const r of recipients) {
    const acct = await h.getAccount(url, r);
    check(`fresh account ${r} reads as zeros`, () => {
      assert.equal(acct.balance, 0n);
      assert.equal(acct.nonce, 0);
    });
  }

  // Fee: the node's rate times the transaction's length, as Stacks.js computes it.
  const rate = await h.getJson(url, '/v2/fees/transfer');
  check('/v2/fees/transfer is a positive integer', () => assert.ok(Number.isInteger(rate) && rate >= 1, JSON.stringify(rate)));
  const sample = await makeSTXTokenTransfer({ recipient: recipients[0], amount: 1n, fee: 0n, nonce: 0n, senderKey: senders[0].key, network });
  const estimate = await fetchFeeEstimateTransfer({ transaction: sample, network });
  check('fetchFeeEstimateTransfer = rate x length', () => assert.equal(estimate, BigInt(rate) * BigInt(sample.serializeBytes().length)));
  const minFee = estimate > 180n ? estimate : 180n;

  // Build all transfers.
  const txs = [];
  for (let si = 0; si < SENDERS; si++) {
    for (let nonce = 0; nonce < TX_PER_SENDER; nonce++) {
      const others = senders.filter((_, j) => j !== si).map((s) => s.address);
      const recipient = rng.chance(0.75) ? rng.pick(recipients) : rng.pick(others);
      const amount = BigInt(1 + rng.rnd(1000000));
      const fee = minFee + BigInt(rng.rnd(200));
      const memo = rng.chance(0.5) ? `t${si}-${nonce}` : '';
      const tx = await makeSTXTokenTransfer({ recipient, amount, fee, nonce: BigInt(nonce), memo, senderKey: senders[si].key, network });
      txs.push({ sender: senders[si].address, si, nonce, recipient, amount, fee, tx, txid: tx.txid(), hex: tx.serialize() });
    }
  }
  // Submission order: round-robin over senders in nonce order, but the last sender's in reverse nonce order.
  const order = [];
  for (let nonce = 0; nonce < TX_PER_SENDER; nonce++) {
    for (let si = 0; si < SENDERS; si++) {
      const n = si === SENDERS - 1 ? TX_PER_SENDER - 1 - nonce : nonce;
      order.push(txs.find((t) => t.si === si && t.nonce === n));
    }
  }

  const before = await h.getJson(url, '/v2/info');
  const h0 = before.burn_block_height;
  const submitStart = Date.now();
  const broadcastErrors = [];
  // Eight broadcasts in flight at a time, so that admissions race in the node's HTTP workers.
  let next = 0;
  const submitOne = async (i) => {
    const t = order[i];
    try {
      if (i % 10 === 9) {
        const r = await h.postTxBytes(url, t.hex);
        if (r.status !== 200 || r.text !== JSON.stringify(t.txid)) broadcastErrors.push(`octet-stream ${t.txid}: ${r.status} ${r.text}`);
      } else {
        const r = await broadcastTransaction({ transaction: t.tx, network });
        if (r.txid !== t.txid) broadcastErrors.push(`broadcastTransaction ${t.txid} (nonce ${t.nonce}): ${JSON.stringify(r)}`);
      }
    } catch (e) {
      broadcastErrors.push(`${t.txid}: ${e.message}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, async () => {
    while (next < order.length) await submitOne(next++);
  }));
  console.log(`submitted ${order.length} transfers in ${Date.now() - submitStart} ms at burn height ${h0}`);
  check('every broadcast accepted with its txid', () => assert.deepEqual(broadcastErrors, []));

  for (const t of txs) {
    const e = expected.get(t.sender);
    e.balance -= t.amount + t.fee;
    e.nonce = Math.max(e.nonce, t.nonce + 1);
    expected.get(t.recipient).balance += t.amount;
  }

  // Wait until every sender's nonce reached its last transaction, noting the burn height just after.
  let confirmedAtBurn = null;
  await h.waitUntil('every sender nonce to reach its expected value', async () => {
    for (const s of senders) {
      const n = await fetchNonce({ address: s.address, network });
      if (n !== BigInt(expected.get(s.address).nonce)) return false;
    }
    confirmedAtBurn = (await h.getJson(url, '/v2/info')).burn_block_height;
    return true;
  }, { timeoutMs: 60000, intervalMs: 250 });
  console.log(`all confirmed ${Date.now() - submitStart} ms after submission, burn height ${confirmedAtBurn}`);
  check(`all confirmed within ${MAX_BURN_BLOCKS_TO_CONFIRM} burn blocks of submission`, () =>
    assert.ok(confirmedAtBurn - h0 <= MAX_BURN_BLOCKS_TO_CONFIRM, `submitted at burn height ${h0}, last confirmed by ${confirmedAtBurn}`));

  // Exact balances and nonces.
  for (const [address, e] of expected) {
    const acct = await h.getAccount(url, address);
    check(`balance and nonce of ${address}`, () => {
      assert.equal(acct.balance, e.balance, `balance ${acct.balance}, expected ${e.balance} (diff ${acct.balance - e.balance})`);
      assert.equal(acct.nonce, e.nonce, 'nonce');
      assert.equal(acct.locked, 0n, 'locked');
    });
  }

  // The observer saw every transaction in a /new_block, successful, with its bytes and transfer event.
  const obs = env.observer;
  const wanted = new Set(txs.map((t) => '0x' + t.txid));
  await h.waitUntil('every txid in a /new_block', () => {
    const seen = new Set(obs.blockTransactions().map((r) => r.txid));
    return [...wanted].every((id) => seen.has(id));
  }, { timeoutMs: 15000 }).catch(() => {});
  const receipts = new Map();
  for (const r of obs.blockTransactions()) if (wanted.has(r.txid) && !receipts.has(r.txid)) receipts.set(r.txid, r);
  const events = new Map(); // txid -> [stx_transfer_event]
  for (const block of obs.posts('/new_block')) {
    for (const ev of block.events || []) {
      if (ev.type !== 'stx_transfer_event') continue;
      if (!events.has(ev.txid)) events.set(ev.txid, []);
      events.get(ev.txid).push(ev.stx_transfer_event);
    }
  }
  const mempoolRaw = new Set(obs.posts('/new_mempool_tx').flat());
  const missing = [];
  const bad = [];
  for (const t of txs) {
    const id = '0x' + t.txid;
    const r = receipts.get(id);
    if (!r) {
      missing.push(id);
      continue;
    }
    if (r.status !== 'success') bad.push(`${id}: status ${r.status}`);
    if (r.raw_tx !== '0x' + t.hex) bad.push(`${id}: raw_tx differs`);
    if (!Number.isInteger(r.tx_index)) bad.push(`${id}: tx_index ${r.tx_index}`);
    const evs = events.get(id) || [];
    if (!evs.some((ev) => ev.sender === t.sender && ev.recipient === t.recipient && String(ev.amount) === String(t.amount))) {
      bad.push(`${id}: no stx_transfer_event ${t.sender} -> ${t.recipient} ${t.amount} (got ${JSON.stringify(evs)})`);
    }
  }
  check('every txid in a /new_block', () => assert.deepEqual(missing, []));
  check('every /new_block receipt successful with raw_tx and stx_transfer_event', () => assert.deepEqual(bad.slice(0, 10), []));
  check("each sender's transfers mined in nonce order", () => {
    for (const s of senders) {
      const mined = txs
        .filter((t) => t.sender === s.address && receipts.has('0x' + t.txid))
        .map((t) => ({ nonce: t.nonce, r: receipts.get('0x' + t.txid) }))
        .sort((x, y) => x.r.block_height - y.r.block_height || x.r.tx_index - y.r.tx_index);
      assert.deepEqual(mined.map((m) => m.nonce), mined.map((m) => m.nonce).sort((x, y) => x - y), `sender ${s.address}`);
    }
  });
  check('every raw tx in a /new_mempool_tx', () => {
    const notSeen = txs.filter((t) => !mempoolRaw.has('0x' + t.hex)).map((t) => t.txid);
    assert.deepEqual(notSeen, []);
  });
  check('/new_burn_block posted', () => assert.ok(obs.posts('/new_burn_block').length > 0));
  check(`burn height of the blocks confirming them within ${MAX_BURN_BLOCKS_TO_CONFIRM} of submission`, () => {
    const heights = [...receipts.values()].map((r) => r.burn_block_height);
    assert.ok(heights.every(Number.isInteger), `burn_block_height missing: ${heights.slice(0, 5)}`);
    assert.ok(Math.max(...heights) - h0 <= MAX_BURN_BLOCKS_TO_CONFIRM, `submitted at ${h0}, confirmed in blocks of burn heights up to ${Math.max(...heights)}`);
  });

  // Mined transactions are no longer unconfirmed.
  const stillPending = [];
  for (const t of txs) {
    const r = await h.rawRequest(url, { path: `/v2/transactions/unconfirmed/${t.txid}` });
    if (r.status !== 404) stillPending.push(`${t.txid}: ${r.status} ${r.text.slice(0, 100)}`);
  }
  check('/v2/transactions/unconfirmed answers 404 for mined transactions', () => assert.deepEqual(stillPending, []));

  // The blocks that hold them are served by height, and hold their bytes.
  const byHeight = new Map();
  for (const r of receipts.values()) {
    if (!byHeight.has(r.block_height)) byHeight.set(r.block_height, []);
    byHeight.get(r.block_height).push(r.raw_tx.slice(2));
  }
  const blockProblems = [];
  for (const [height, raws] of byHeight) {
    const r = await h.rawRequest(url, { path: `/v3/blocks/height/${height}` });
    if (r.status !== 200) {
      blockProblems.push(`#${height}: ${r.status} ${r.text.slice(0, 100)}`);
      continue;
    }
    if (!String(r.headers['content-type']).startsWith('application/octet-stream')) blockProblems.push(`#${height}: content-type ${r.headers['content-type']}`);
    const hex = r.body.toString('hex');
    for (const raw of raws) if (!hex.includes(raw)) blockProblems.push(`#${height} lacks a transaction its /new_block listed`);
    // Nakamoto header: version (1), chain_length (8), burn_spent (8), consensus_hash (20), parent_block_id (32), ...
    const chainLength = r.body.length >= 9 ? Number(r.body.readBigUInt64BE(1)) : null;
    if (chainLength !== height) blockProblems.push(`#${height}: header chain_length ${chainLength}`);
    const announced = obs.posts('/new_block').find((b) => b.block_height === height);
    const parent = r.body.length >= 69 ? '0x' + r.body.subarray(37, 69).toString('hex') : null;
    if (announced && parent !== announced.parent_index_block_hash) {
      blockProblems.push(`#${height}: header parent ${parent}, /new_block parent_index_block_hash ${announced.parent_index_block_hash}`);
    }
  }
  check('/v3/blocks/height serves the blocks with their transactions', () => assert.deepEqual(blockProblems.slice(0, 10), []));

  const info = await h.getJson(url, '/v2/info');
  check('stacks tip at or above every confirming block', () => assert.ok(info.stacks_tip_height >= Math.max(...byHeight.keys())));
  const tenure = await h.getJson(url, '/v3/tenures/info');
  check('/v3/tenures/info keys', () => {
    for (const k of ['consensus_hash', 'tenure_start_block_id', 'parent_consensus_hash', 'parent_tenure_start_block_id', 'tip_block_id', 'tip_height', 'reward_cycle']) {
      assert.ok(k in tenure, `missing ${k}: ${JSON.stringify(tenure)}`);
    }
    assert.ok(tenure.tip_height >= info.stacks_tip_height, `tip_height ${tenure.tip_height} < /v2/info ${info.stacks_tip_height}`);
  });
  const sortitions = await h.getJson(url, '/v3/sortitions');
  check('/v3/sortitions is a list of sortitions', () => {
    assert.ok(Array.isArray(sortitions) && sortitions.length >= 1, JSON.stringify(sortitions));
    for (const k of ['burn_block_hash', 'burn_block_height', 'consensus_hash', 'was_sortition', 'miner_pk_hash160']) {
      assert.ok(k in sortitions[0], `missing ${k}: ${JSON.stringify(sortitions[0])}`);
    }
    assert.ok(sortitions[0].burn_block_height >= confirmedAtBurn, `latest sortition ${sortitions[0].burn_block_height} behind ${confirmedAtBurn}`);
  });

  // An observer outage: the node keeps every event and delivers it once the observer answers 200 again.
  const refusedBefore = obs.refused.count;
  obs.refuseWith(503);
  const more = [];
  for (const [si, s] of senders.entries()) {
    for (let k = 0; k < 2; k++) {
      const nonce = TX_PER_SENDER + k;
      const recipient = rng.pick(recipients);
      const amount = BigInt(1 + rng.rnd(1000000));
      const tx = await makeSTXTokenTransfer({ recipient, amount, fee: minFee, nonce: BigInt(nonce), senderKey: s.key, network });
      more.push({ sender: s.address, si, nonce, recipient, amount, fee: minFee, tx, txid: tx.txid(), hex: tx.serialize() });
    }
  }
  const moreErrors = [];
  for (const t of more) {
    const r = await broadcastTransaction({ transaction: t.tx, network }).catch((e) => ({ error: e.message }));
    if (r.txid !== t.txid) moreErrors.push(JSON.stringify(r));
  }
  check('transfers accepted while the observer is down', () => assert.deepEqual(moreErrors, []));
  const burnAtOutage = (await h.getJson(url, '/v2/info')).burn_block_height;
  await h.waitUntil('a burn block during the outage', async () => (await h.getJson(url, '/v2/info')).burn_block_height > burnAtOutage, { timeoutMs: 20000 }).catch(() => {});
  await h.sleep(1500);
  const refusedDuring = obs.refused.count - refusedBefore;
  obs.refuseWith(null);
  console.log(`observer outage: ${refusedDuring} deliveries refused`);
  check('the node tried to deliver during the outage', () => assert.ok(refusedDuring > 0));
  for (const t of more) {
    const e = expected.get(t.sender);
    e.balance -= t.amount + t.fee;
    e.nonce = Math.max(e.nonce, t.nonce + 1);
    expected.get(t.recipient).balance += t.amount;
  }
  await h.waitUntil('the transfers sent during the outage to confirm', async () => {
    for (const s of senders) if ((await h.getAccount(url, s.address)).nonce !== expected.get(s.address).nonce) return false;
    return true;
  }, { timeoutMs: 60000 }).catch(() => {});
  for (const [address, e] of expected) {
    const acct = await h.getAccount(url, address);
    check(`balance and nonce of ${address} after the outage`, () => {
      assert.equal(acct.balance, e.balance, `balance ${acct.balance}, expected ${e.balance}`);
      assert.equal(acct.nonce, e.nonce, 'nonce');
    });
  }
  const tipNow = (await h.getJson(url, '/v2/info')).stacks_tip_height;
  await h.waitUntil('the observer to catch up with the tip', () => obs.posts('/new_block').some((b) => b.block_height >= tipNow), { timeoutMs: 20000 }).catch(() => {});
  const seenAfter = new Map(obs.blockTransactions().map((r) => [r.txid, r]));
  check('transfers of the outage delivered in /new_block, successful', () => {
    const bad = more.filter((t) => !seenAfter.has('0x' + t.txid) || seenAfter.get('0x' + t.txid).status !== 'success').map((t) => t.txid);
    assert.deepEqual(bad, []);
  });
  check('every raw tx of the outage in a /new_mempool_tx', () => {
    const raw = new Set(obs.posts('/new_mempool_tx').flat());
    assert.deepEqual(more.filter((t) => !raw.has('0x' + t.hex)).map((t) => t.txid), []);
  });
  // The announced blocks form one chain, each height once, none missing.
  check('/new_block: one block per height, contiguous, each the child of the one before', () => {
    const byH = new Map();
    for (const b of obs.posts('/new_block')) {
      const prior = byH.get(b.block_height);
      assert.ok(!prior || prior.index_block_hash === b.index_block_hash, `two blocks at height ${b.block_height}`);
      byH.set(b.block_height, b);
    }
    const hs = [...byH.keys()].sort((a, b) => a - b);
    assert.ok(hs.length >= 2, `only ${hs.length} blocks announced`);
    assert.ok(hs[hs.length - 1] >= tipNow, `highest announced ${hs[hs.length - 1]} below the tip ${tipNow}`);
    for (let i = 1; i < hs.length; i++) {
      assert.equal(hs[i], hs[i - 1] + 1, `no block announced between ${hs[i - 1]} and ${hs[i]}`);
      assert.equal(byH.get(hs[i]).parent_index_block_hash, byH.get(hs[i - 1]).index_block_hash, `parent of block ${hs[i]}`);
    }
  });
  // Delivery is at least once, as the reference's: a POST whose answer does not come within the timeout (this
  // process's event loop can be busy signing) is sent again, so the same event may arrive twice in a row. Apart from
  // such a repeat of an identical body, heights must strictly increase.
  const withoutRepeats = (posts) => posts.filter((p, i) => i === 0 || JSON.stringify(p) !== JSON.stringify(posts[i - 1]));
  check('/new_block and /new_burn_block delivered in height order', () => {
    const bh = withoutRepeats(obs.posts('/new_block')).map((b) => b.block_height);
    assert.ok(bh.every((x, i) => i === 0 || x > bh[i - 1]), `block heights in arrival order: ${bh}`);
    const burn = withoutRepeats(obs.posts('/new_burn_block')).map((b) => b.burn_block_height);
    assert.ok(burn.every((x, i) => i === 0 || x > burn[i - 1]), `burn heights in arrival order: ${burn}`);
  });
  check('/new_burn_block: contiguous heights, one hash each', () => {
    const byH = new Map();
    for (const b of obs.posts('/new_burn_block')) {
      const prior = byH.get(b.burn_block_height);
      assert.ok(!prior || prior === b.burn_block_hash, `two burn blocks at height ${b.burn_block_height}`);
      byH.set(b.burn_block_height, b.burn_block_hash);
    }
    const hs = [...byH.keys()].sort((a, b) => a - b);
    for (let i = 1; i < hs.length; i++) assert.equal(hs[i], hs[i - 1] + 1, `no burn block announced between ${hs[i - 1]} and ${hs[i]}`);
  });

  // SIGTERM while the observer is down again and transfers are pending: still exit 0 within 1 s.
  obs.refuseWith(503);
  const refusedAtStop = obs.refused.count;
  for (const s of senders) {
    const tx = await makeSTXTokenTransfer({ recipient: recipients[0], amount: 1n, fee: minFee, nonce: BigInt(TX_PER_SENDER + 2), senderKey: s.key, network });
    await broadcastTransaction({ transaction: tx, network }).catch(() => {});
  }
  await h.waitUntil('a refused delivery', () => obs.refused.count > refusedAtStop, { timeoutMs: 10000 }).catch(() => {});
  await h.sleep(1200);
  const stopped = await node.stop();
  check('SIGTERM with the observer down: exit code 0 within 1 s', () => h.assertCleanStop(stopped));

  // And while the observer takes deliveries but never answers them.
  obs.refuseWith('hang');
  const again = await env.start();
  const refusedAtHang = obs.refused.count;
  await h.waitUntil('a delivery to the hanging observer', () => obs.refused.count > refusedAtHang, { timeoutMs: 10000 }).catch(() => {});
  check('the restarted node delivers to the hanging observer', () => assert.ok(obs.refused.count > refusedAtHang));
  await h.sleep(300);
  const stoppedHanging = await again.stop();
  check('SIGTERM with a delivery hanging: exit code 0 within 1 s', () => h.assertCleanStop(stoppedHanging));
}

h.runNodeTest(main, { checker, getEnv: () => env });
