// Interop: stacks-cli's key commands against the real stx CLI (@stacks/cli 6.11.3), Stacks.js and c32check.
// Usage: node keychain.js PATH_TO_STACKS_CLI
//
// - 50 random mnemonics (12 and 24 words; mainnet and testnet; default and random derivation paths): our
//   make_keychain output equals stx's own make_keychain command (run in-process through its exported testables) and,
//   for a sample, the stdout of the real `stx` program byte for byte; wallet-sdk's accounts 0 and 1 have the keys
//   and addresses make_keychain prints for m/44'/5757'/0'/0/{0,1}.
// - 200 random hash160s over the four Stacks address versions, in c32 and base58 form, mainnet and testnet:
//   convert_address equals stx's addressConvert, and the addresses equal c32check's.
// - 40 random private keys (compressed and uncompressed): get_address equals Stacks.js's address derivation and,
//   for a sample, the real `stx` program.
'use strict';
process.env.NODE_ENV = 'test'; // makes @stacks/cli export its command functions as `testables`

const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const path = require('node:path');

const cli = process.argv[2];
if (!cli) throw new Error('usage: node keychain.js PATH_TO_STACKS_CLI');

const c32 = require('c32check');
const scureBip39 = require('@scure/bip39');
const { wordlist } = require('@scure/bip39/wordlists/english');
const { testables } = require('@stacks/cli/dist/cli');
const { loadConfig } = require('@stacks/cli/dist/argparse');
const { getNetwork, CLINetworkAdapter } = require('@stacks/cli/dist/network');
const tx = require('@stacks/transactions');
const walletSdk = require('@stacks/wallet-sdk');

const stxBin = path.join(__dirname, 'node_modules', '@stacks', 'cli', 'bin.js');
let passed = 0;
let failed = 0;

function ours(args) {
  const r = spawnSync(cli, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`stacks-cli ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout.trim();
}

function stxProgram(args) {
  const r = spawnSync(process.execPath, [stxBin, ...args], { encoding: 'utf8', env: { ...process.env, NODE_ENV: '' } });
  assert.equal(r.status, 0, `stx ${args.join(' ')} failed: ${r.stdout} ${r.stderr}`);
  return r.stdout.trim();
}

// Key order matters (it is what a user sees), so compare canonical compact text.
const compact = (text) => JSON.stringify(JSON.parse(text));

async function check(name, fn) {
  try {
    await fn();
    passed++;
  } catch (e) {
    failed++;
    console.error(`FAIL ${name}: ${e.message}`);
  }
}

// The network object the stx program builds when given no config file (cli.js, CLIMain).
function stxNetwork(testnet) {
  const cfg = loadConfig('/nonexistent', testnet ? 'testnet' : 'mainnet');
  return new CLINetworkAdapter(getNetwork(cfg, testnet), { nodeAPIUrl: cfg.blockstackNodeUrl });
}

function randomPath() {
  const hardened = () => `${crypto.randomInt(0, 2 ** 31)}'`;
  return `m/44'/5757'/${hardened()}/${crypto.randomInt(0, 2)}/${crypto.randomInt(0, 2 ** 31)}`;
}

async function main() {
  const nets = [stxNetwork(false), stxNetwork(true)];

  for (let i = 0; i < 50; i++) {
    const mnemonic = scureBip39.generateMnemonic(wordlist, i % 5 === 0 ? 128 : 256);
    const derivation = i % 3 === 0 ? randomPath() : undefined;
    for (const testnet of [false, true]) {
      const cmdArgs = [mnemonic, ...(derivation ? [derivation] : [])];
      const args = [...(testnet ? ['-t'] : []), 'make_keychain', ...cmdArgs];
      const label = `make_keychain #${i} ${testnet ? 'testnet' : 'mainnet'} ${derivation || 'default path'}`;
      await check(label, async () => {
        const expected = await testables.makeKeychain(nets[+testnet], cmdArgs);
        assert.equal(ours(args), compact(expected));
      });
      if (i % 5 === 0) {
        // A Stacks wallet (Leather, Xverse, wallet-sdk) derives account k at m/44'/5757'/0'/0/k.
        await check(`${label} (wallet-sdk account 0 and 1)`, async () => {
          let wallet = await walletSdk.generateWallet({ secretKey: mnemonic, password: '' });
          wallet = walletSdk.generateNewAccount(wallet);
          for (const k of [0, 1]) {
            const account = wallet.accounts[k];
            const got = JSON.parse(ours([...(testnet ? ['-t'] : []), 'make_keychain', mnemonic, `m/44'/5757'/0'/0/${k}`]));
            assert.equal(got.keyInfo.privateKey, account.stxPrivateKey);
            assert.equal(got.keyInfo.address, walletSdk.getStxAddress(account, testnet ? 'testnet' : 'mainnet'));
          }
        });
      }
      if (i % 10 === 0) {
        await check(`${label} (stx program)`, () => assert.equal(ours(args), stxProgram(args)));
      }
    }
  }

  const versions = [
    c32.versions.mainnet.p2pkh,
    c32.versions.mainnet.p2sh,
    c32.versions.testnet.p2pkh,
    c32.versions.testnet.p2sh,
  ];
  for (let i = 0; i < 200; i++) {
    const hash = crypto.randomBytes(20).toString('hex');
    const c32addr = c32.c32address(versions[i % 4], hash);
    for (const addr of [c32addr, c32.c32ToB58(c32addr)]) {
      for (const testnet of [false, true]) {
        const args = [...(testnet ? ['-t'] : []), 'convert_address', addr];
        await check(`convert_address ${args.join(' ')}`, async () => {
          const expected = await testables.addressConvert(nets[+testnet], [addr]);
          const got = ours(args);
          assert.equal(got, compact(expected));
          const parsed = JSON.parse(got);
          assert.equal(parsed.mainnet.STACKS, c32.b58ToC32(parsed.mainnet.BTC));
          assert.equal(c32.c32addressDecode(parsed.mainnet.STACKS)[1], hash);
        });
      }
    }
    if (i % 40 === 0) {
      const args = ['-t', 'convert_address', c32addr];
      await check(`convert_address ${c32addr} (stx program)`, () => assert.equal(ours(args), stxProgram(args)));
    }
  }

  for (let i = 0; i < 40; i++) {
    const compressed = i % 2 === 1;
    const key = crypto.randomBytes(32).toString('hex') + (compressed ? '01' : '');
    for (const testnet of [false, true]) {
      const args = [...(testnet ? ['-t'] : []), 'get_address', key];
      await check(`get_address ${key} ${testnet ? 'testnet' : 'mainnet'}`, () => {
        const got = JSON.parse(ours(args));
        assert.equal(got.STACKS, tx.getAddressFromPrivateKey(key, testnet ? 'testnet' : 'mainnet'));
        assert.equal(got.BTC, c32.c32ToB58(got.STACKS));
      });
      if (i % 8 === 0) {
        await check(`get_address ${key} (stx program)`, () => assert.equal(ours(args), stxProgram(args)));
      }
    }
  }

  // Bad input: a clear one-line error and a non-zero exit, never a crash.
  const bad = [
    ['make_keychain', 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon'],
    ['make_keychain', 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon stacks'],
    ['make_keychain', 'abandon abandon abandon'],
    ['make_keychain', scureBip39.generateMnemonic(wordlist, 256), "m/44'/x"],
    ['get_address', 'not-hex'],
    ['convert_address', 'SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ8'],
  ];
  for (const args of bad) {
    await check(`bad input ${args.join(' ')}`, () => {
      const r = spawnSync(cli, args, { encoding: 'utf8' });
      assert.equal(r.status, 1);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^error: [^\n]+\n$/);
    });
  }

  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
