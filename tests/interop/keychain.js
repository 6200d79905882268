// Interop: stacks-cli's key commands against the real stx CLI (@stacks/cli), the wallet key derivation it calls, and
// c32check. Usage: node keychain.js PATH_TO_STACKS_CLI
//
// 50 random mnemonics (mainnet and testnet, default and custom derivation paths): our make_keychain JSON must equal
// the stx CLI's key derivation (getStacksWalletKeyInfo, the function `stx make_keychain` calls), and for a sample the
// output of the real `stx` program byte for byte. 200 random hash160s: c32 addresses and c32 <-> base58 conversion
// equal c32check's, and convert_address / get_address equal stx's.
'use strict';
const assert = require('node:assert/strict');
const { execFileSync, spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const path = require('node:path');

const cli = process.argv[2];
if (!cli) throw new Error('usage: node keychain.js PATH_TO_STACKS_CLI');

const c32 = require('c32check');
const scureBip39 = require('@scure/bip39');
const { wordlist } = require('@scure/bip39/wordlists/english');
const keys = require('@stacks/cli/dist/keys');
const { getNetwork, CLINetworkAdapter } = require('@stacks/cli/dist/network');
const { loadConfig } = require('@stacks/cli/dist/argparse');

const stxBin = path.join(__dirname, 'node_modules', '@stacks', 'cli', 'bin.js');
let passed = 0;
let failed = 0;

function ours(args) {
  const r = spawnSync(cli, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`stacks-cli ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout.trim();
}

function stx(args) {
  const r = spawnSync(process.execPath, [stxBin, ...args], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout.trim() };
}

function check(name, fn) {
  try {
    fn();
    passed++;
  } catch (e) {
    failed++;
    console.error(`FAIL ${name}: ${e.message}`);
  }
}

function cliNetwork(testnet) {
  // The stx program builds its network this way (cli.js, CLIMain) when given no config file.
  const cfg = loadConfig('/nonexistent', testnet ? 'testnet' : 'mainnet');
  return new CLINetworkAdapter(getNetwork(cfg, testnet), { nodeAPIUrl: cfg.blockstackNodeUrl });
}

function randomPath() {
  const a = crypto.randomInt(0, 5);
  const b = crypto.randomInt(0, 3);
  const c = crypto.randomInt(0, 1000);
  return `m/44'/5757'/${a}'/${b}/${c}`;
}

async function main() {
  const nets = { mainnet: cliNetwork(false), testnet: cliNetwork(true) };

  // 50 random mnemonics: 24 and 12 words, both networks, default and custom paths.
  for (let i = 0; i < 50; i++) {
    const mnemonic = scureBip39.generateMnemonic(wordlist, i % 5 === 0 ? 128 : 256);
    for (const testnet of [false, true]) {
      const flag = testnet ? ['-t'] : [];
      const derivation = i % 3 === 0 ? randomPath() : undefined;
      const args = [...flag, 'make_keychain', mnemonic, ...(derivation ? [derivation] : [])];
      const expected = JSON.stringify({
        mnemonic,
        keyInfo: await keys.getStacksWalletKeyInfo(testnet ? nets.testnet : nets.mainnet, mnemonic, derivation),
      });
      check(`make_keychain #${i} equals stx key derivation`, () => assert.equal(ours(args), expected));
      // The real stx program, byte for byte, on a sample (each run starts a node process).
      if (i % 10 === 0) {
        check(`make_keychain #${i} equals the stx program`, () => {
          const r = stx(args);
          assert.equal(r.status, 0);
          assert.equal(ours(args), r.out);
        });
      }
    }
  }

  // 200 random hash160s across the four Stacks address versions.
  const versions = [22, 20, 26, 21];
  for (let i = 0; i < 200; i++) {
    const hash = crypto.randomBytes(20).toString('hex');
    const version = versions[i % 4];
    const addr = c32.c32address(version, hash);
    check(`c32 address #${i} convert_address`, () => {
      for (const testnet of [false, true]) {
        const args = [...(testnet ? ['-t'] : []), 'convert_address', addr];
        const out = ours(args);
        const parsed = JSON.parse(out);
        // c32check is the reference for the address forms themselves.
        assert.equal(parsed.mainnet.STACKS, c32.b58ToC32(parsed.mainnet.BTC));
        if (i % 20 === 0) assert.equal(out, stx(args).out);
      }
    });
    check(`c32 address #${i} base58 form equals c32check`, () => {
      const b58 = c32.c32ToB58(addr);
      const out = JSON.parse(ours(['convert_address', b58]));
      assert.equal(out.mainnet.BTC, c32.c32ToB58(out.mainnet.STACKS));
    });
  }

  // get_address on random private keys, compressed and not, both networks: equal to the stx program on a sample
  // and to c32check's conversion always.
  for (let i = 0; i < 20; i++) {
    const key = crypto.randomBytes(32).toString('hex') + (i % 2 ? '01' : '');
    for (const testnet of [false, true]) {
      const args = [...(testnet ? ['-t'] : []), 'get_address', key];
      check(`get_address #${i} ${testnet ? 'testnet' : 'mainnet'}`, () => {
        const got = JSON.parse(ours(args));
        assert.equal(got.STACKS, c32.b58ToC32(got.BTC));
        if (i % 4 === 0) assert.equal(JSON.stringify(got), stx(args).out);
      });
    }
  }

  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
