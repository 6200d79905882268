// Interop: stacks-cli's transaction commands (send_tokens, deploy_contract, call_contract_func with -x; decode_cv)
// against the stx CLI and Stacks.js. Usage: node cli_transactions.js PATH_TO_STACKS_CLI
//
// For random arguments (keys compressed and uncompressed, both networks, standard and contract recipients, memos,
// fees and nonces up to 2^64-1, contract calls with Clarity arguments of every type):
// - the hex stacks-cli prints equals what stx's own builder call produces (Stacks.js 6.17, which @stacks/cli 6.11.3
//   uses, with the options stx passes), and for a sample the stdout of the real `stx -x` program;
// - Stacks.js 7 decodes it to the same fields and verifies the origin signature.
'use strict';
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const cli = process.argv[2];
if (!cli) throw new Error('usage: node cli_transactions.js PATH_TO_STACKS_CLI');

const tx7 = require('@stacks/transactions');
// The Stacks.js the stx program itself runs on.
const tx6 = require(require.resolve('@stacks/transactions', { paths: [path.dirname(require.resolve('@stacks/cli'))] }));
const { StacksMainnet, StacksTestnet } = require(
  require.resolve('@stacks/network', { paths: [path.dirname(require.resolve('@stacks/cli'))] }),
);
const stxBin = path.join(__dirname, 'node_modules', '@stacks', 'cli', 'bin.js');

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
  } catch (e) {
    failed++;
    console.error(`FAIL ${name}: ${e.message}`);
  }
}

function ours(args, input) {
  const r = spawnSync(cli, args, { encoding: 'utf8', input });
  if (r.status !== 0) throw new Error(`stacks-cli ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout.trim();
}
function stxProgram(args) {
  const r = spawnSync(process.execPath, [stxBin, ...args], { encoding: 'utf8' });
  assert.equal(r.status, 0, `stx ${args.join(' ')}: ${r.stdout}${r.stderr}`);
  return r.stdout.trim();
}

const U64_MAX = (1n << 64n) - 1n;
function randomU64() {
  const pick = crypto.randomInt(0, 4);
  if (pick === 0) return 0n;
  if (pick === 1) return U64_MAX;
  return BigInt('0x' + crypto.randomBytes(pick === 2 ? 2 : 8).toString('hex'));
}
function randomKey() {
  // A valid secp256k1 scalar (anything below the order; 32 random bytes are, with overwhelming probability).
  const k = crypto.randomBytes(32).toString('hex');
  return crypto.randomInt(0, 3) === 0 ? k : k + '01';
}
function randomAddress(testnet) {
  const version = testnet ? [26, 21][crypto.randomInt(0, 2)] : [22, 20][crypto.randomInt(0, 2)];
  return require('c32check').c32address(version, crypto.randomBytes(20).toString('hex'));
}
function randomName(max) {
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const rest = first + '0123456789-_';
  let s = first[crypto.randomInt(0, first.length)];
  const n = crypto.randomInt(0, max);
  for (let i = 0; i < n; i++) s += rest[crypto.randomInt(0, rest.length)];
  return s;
}
function randomMemo() {
  const n = crypto.randomInt(0, 35);
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(crypto.randomInt(0x21, 0x7f));
  return s;
}

// A random Clarity value and its literal text (what a user types for call_contract_func).
function randomValue(testnet, depth = 0) {
  const kinds = depth > 2 ? 9 : 14;
  switch (crypto.randomInt(0, kinds)) {
    case 0: {
      const v = BigInt.asIntN(128, BigInt('0x' + crypto.randomBytes(16).toString('hex')));
      return [tx7.Cl.int(v), v.toString()];
    }
    case 1: {
      const v = BigInt('0x' + crypto.randomBytes(crypto.randomInt(1, 17)).toString('hex'));
      return [tx7.Cl.uint(v), 'u' + v.toString()];
    }
    case 2: {
      const b = crypto.randomInt(0, 2) === 1;
      return [tx7.Cl.bool(b), String(b)];
    }
    case 3: {
      const hex = crypto.randomBytes(crypto.randomInt(0, 40)).toString('hex');
      return [tx7.Cl.bufferFromHex(hex), '0x' + hex];
    }
    case 4: {
      let s = '';
      const n = crypto.randomInt(0, 20);
      for (let i = 0; i < n; i++) s += 'abcdefgh XYZ0123!?'[crypto.randomInt(0, 18)];
      return [tx7.Cl.stringAscii(s), JSON.stringify(s)];
    }
    case 5: {
      const s = ['', 'héllo', 'snow ☃', 'emoji 😀', '中文'][crypto.randomInt(0, 5)];
      const lit = 'u"' + [...s].map((c) => (c.codePointAt(0) < 0x80 ? c : `\\u{${c.codePointAt(0).toString(16)}}`)).join('') + '"';
      return [tx7.Cl.stringUtf8(s), lit];
    }
    case 6: {
      const a = randomAddress(testnet);
      return [tx7.Cl.standardPrincipal(a), `'${a}`];
    }
    case 7: {
      const a = randomAddress(testnet);
      const n = randomName(30);
      return [tx7.Cl.contractPrincipal(a, n), `'${a}.${n}`];
    }
    case 8:
      return [tx7.Cl.none(), 'none'];
    case 9: {
      const [v, t] = randomValue(testnet, depth + 1);
      return [tx7.Cl.some(v), `(some ${t})`];
    }
    case 10: {
      const [v, t] = randomValue(testnet, depth + 1);
      return crypto.randomInt(0, 2) ? [tx7.Cl.ok(v), `(ok ${t})`] : [tx7.Cl.error(v), `(err ${t})`];
    }
    case 11: {
      const n = crypto.randomInt(0, 4);
      const items = [];
      for (let i = 0; i < n; i++) items.push(tx7.Cl.uint(i * 7));
      return [tx7.Cl.list(items), `(list ${items.map((_, i) => 'u' + i * 7).join(' ')})`];
    }
    default: {
      const n = crypto.randomInt(1, 4);
      const fields = {};
      const texts = [];
      for (let i = 0; i < n; i++) {
        const name = 'f' + i;
        const [v, t] = randomValue(testnet, depth + 1);
        fields[name] = v;
        texts.push(`${name}: ${t}`);
      }
      return [tx7.Cl.tuple(fields), `{${texts.join(', ')}}`];
    }
  }
}

function network6(testnet) {
  return testnet ? new StacksTestnet() : new StacksMainnet();
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stacks-cli-interop-'));

  for (let i = 0; i < 120; i++) {
    const testnet = i % 2 === 1;
    const net = testnet ? ['-t'] : [];
    const key = randomKey();
    const fee = randomU64();
    const nonce = randomU64();

    // send_tokens
    const recipient = i % 5 === 0 ? `${randomAddress(testnet)}.${randomName(20)}` : randomAddress(testnet);
    const amount = randomU64();
    const memo = i % 3 === 0 ? '' : randomMemo();
    const sendArgs = [...net, '-x', 'send_tokens', recipient, `${amount}`, `${fee}`, `${nonce}`, key, ...(memo ? [memo] : [])];
    await check(`send_tokens #${i}`, async () => {
      const got = ours(sendArgs);
      // The call stx's sendTokens makes (cli.js), on the Stacks.js it ships with.
      const expected = await tx6.makeSTXTokenTransfer({
        recipient, amount, senderKey: key, fee, nonce, memo, network: network6(testnet), anchorMode: tx6.AnchorMode.Any,
      });
      assert.equal(got, tx6.bytesToHex ? tx6.bytesToHex(expected.serialize()) : Buffer.from(expected.serialize()).toString('hex'));
      const decoded = tx7.deserializeTransaction(got);
      assert.equal(decoded.payload.amount, amount);
      assert.equal(decoded.auth.spendingCondition.fee, fee);
      assert.equal(decoded.auth.spendingCondition.nonce, nonce);
      assert.equal(tx7.cvToString(decoded.payload.recipient), recipient);
      decoded.verifyOrigin();
    });
    // stx's argument pattern takes only standard recipients, so the sample avoids contract ones (i % 5 === 0).
    if (i % 20 === 1) await check(`send_tokens #${i} (stx program)`, () => assert.equal(ours(sendArgs), stxProgram(sendArgs)));

    // deploy_contract
    const name = randomName(39);
    const source = `;; contract ${i}\n(define-data-var n uint u${i})\n(define-public (get-n) (ok (var-get n)))\n`;
    const file = path.join(tmp, `c${i}.clar`);
    fs.writeFileSync(file, source);
    const deployArgs = [...net, '-x', 'deploy_contract', file, name, `${fee}`, `${nonce}`, key];
    await check(`deploy_contract #${i}`, async () => {
      const got = ours(deployArgs);
      const expected = await tx6.makeContractDeploy({
        contractName: name, codeBody: source, senderKey: key, fee, nonce, network: network6(testnet),
        postConditionMode: tx6.PostConditionMode.Allow, anchorMode: tx6.AnchorMode.Any,
      });
      assert.equal(got, Buffer.from(expected.serialize()).toString('hex'));
      const decoded = tx7.deserializeTransaction(got);
      assert.equal(decoded.payload.contractName.content, name);
      assert.equal(decoded.payload.codeBody.content, source);
      decoded.verifyOrigin();
    });
    if (i % 20 === 0) await check(`deploy_contract #${i} (stx program)`, () => assert.equal(ours(deployArgs), stxProgram(deployArgs)));

    // call_contract_func: stx prompts for arguments; we take them as literals. Stacks.js 7's makeContractCall with
    // the same values and stx's options is the reference.
    const contractAddress = randomAddress(testnet);
    const fn = randomName(20).toLowerCase();
    const values = [];
    const n = crypto.randomInt(0, 5);
    for (let k = 0; k < n; k++) values.push(randomValue(testnet));
    const callArgs = [...net, '-x', 'call_contract_func', contractAddress, name, fn, `${fee}`, `${nonce}`, key, ...values.map((v) => v[1])];
    await check(`call_contract_func #${i} ${values.map((v) => v[1]).join(' ')}`, async () => {
      const got = ours(callArgs);
      const expected = await tx7.makeContractCall({
        contractAddress, contractName: name, functionName: fn, functionArgs: values.map((v) => v[0]), senderKey: key,
        fee, nonce, network: testnet ? 'testnet' : 'mainnet', postConditionMode: 'allow', anchorMode: 'any',
      });
      assert.equal(got, expected.serialize());
      tx7.deserializeTransaction(got).verifyOrigin();
    });

    // decode_cv of each argument: the reference VM's text form, which for these values is Stacks.js's cvToString
    // with its differences (list keyword, raw strings) undone. The full comparison is in clarity_values.js.
    for (const [v] of values) {
      await check(`decode_cv #${i}`, () => {
        const hex = tx7.cvToHex(v);
        const text = ours(['decode_cv', hex]);
        assert.equal(ours(['decode_cv', '-'], hex + '\n'), text);
        assert.equal(tx7.cvToHex(tx7.Cl.deserialize(hex)), hex);
      });
    }
  }

  // Bad arguments: one line naming the argument, exit 1, nothing on stdout.
  const k = randomKey();
  const a = randomAddress(true);
  const bad = [
    [['-x', 'send_tokens', 'ST123', '1', '1', '0', k], /recipient/],
    [['-x', 'send_tokens', a, '-1', '1', '0', k], /amount/],
    [['-x', 'send_tokens', a, '18446744073709551616', '1', '0', k], /amount/],
    [['-x', 'send_tokens', a, '1', 'x', '0', k], /fee/],
    [['-x', 'send_tokens', a, '1', '1', '0', 'abcd'], /payment key/],
    [['-x', 'send_tokens', a, '1', '1', '0', k, 'm'.repeat(35)], /memo/],
    [['-x', 'deploy_contract', '/nonexistent.clar', 'c', '1', '0', k], /source file/],
    [['-x', 'call_contract_func', a, 'c', 'f', '1', '0', k, '(list 1'], /argument 1/],
    [['-x', 'call_contract_func', a, 'bad name', 'f', '1', '0', k], /contract name/],
    [['decode_cv', '0x0b000000ff'], /value/],
    [['decode_tx', '00'], /transaction/],
  ];
  for (const [args, re] of bad) {
    await check(`bad ${args.join(' ')}`, () => {
      const r = spawnSync(cli, args, { encoding: 'utf8' });
      assert.equal(r.status, 1);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^error: [^\n]+\n$/);
      assert.match(r.stderr, re);
    });
  }

  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
