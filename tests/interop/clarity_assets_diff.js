// Interop: tokens, STX, block information and at-block, through our clarity-cli (--json, state in a --db file)
// against the reference VM (lib/reference_vm.js: stacks-core's interpreter in @stacks/clarinet-sdk's WASM build).
// Usage: node clarity_assets_diff.js PATH_TO_CLARITY_CLI
//
// Each scenario is a few contracts and a sequence of steps (deploy, public call, read-only call, with a sender), run
// in Epochs 2.1, 3.0 and 3.3 (unless it says otherwise) on a fresh chain on both sides, the deployer holding
// 100,000,000 STX on both (clarity-cli's genesis; the reference session credited the same) and no one else any.
// For every step both must agree on:
//  - success or failure; on failure the kind (runtime / analysis / call / cost) and, for runtime failures, the
//    reference's variant and reason (Runtime/SupplyOverflow, Runtime/UnknownBlockHeaderHash, ...);
//  - on success the result's consensus bytes and the events (ft_*, nft_*, stx_transfer with its memo, stx_burn,
//    print), in order;
//  - the costs, all five dimensions exactly (for deployments the evaluation of the top level, all the reference
//    reports for them).
// Block hashes and times are the simnet's own (clarinet's synthetic hashes, wall-clock times), so contracts report
// block information by property (present for a past height, none for the current or a future one, 32-byte hashes,
// times that do not decrease, at-block seeing an earlier state), never by value. Arguments are Clarity literals:
// clarity-cli parses them itself, the reference gets them serialized by Stacks.js (Cl.parse).
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { Cl } = require('@stacks/transactions');
const { makeChecker } = require('./lib/harness');
const ref = require('./lib/reference_vm');

const cli = process.argv[2];
if (!cli) throw new Error('usage: node clarity_assets_diff.js PATH_TO_CLARITY_CLI');

const DEPLOYER = ref.DEFAULT_SENDER;
const WALLET = 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5';
const WALLET2 = 'ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG';
const DEPLOYER_USTX = 100000000000000n;
const VERSION = { '2.1': 2, '3.0': 3, '3.3': 4 };
const D = `'${DEPLOYER}`;
const W = `'${WALLET}`;
const W2 = `'${WALLET2}`;

// --- Contracts -------------------------------------------------------------------------------------------------

const FT = `
(define-fungible-token tok u1000)
(define-fungible-token free)
(define-public (mint (a uint) (to principal)) (ft-mint? tok a to))
(define-public (mint-free (a uint) (to principal)) (ft-mint? free a to))
(define-public (xfer (a uint) (from principal) (to principal)) (ft-transfer? tok a from to))
(define-public (burn (a uint) (from principal)) (ft-burn? tok a from))
(define-public (burn-free (a uint) (from principal)) (ft-burn? free a from))
(define-read-only (bal (p principal)) (ft-get-balance tok p))
(define-read-only (bal-free (p principal)) (ft-get-balance free p))
(define-read-only (supply) {tok: (ft-get-supply tok), free: (ft-get-supply free)})
(define-public (mint-then-fail (a uint)) (begin (try! (ft-mint? tok a tx-sender)) (err u9)))
(define-public (mint-then-panic (a uint)) (begin (try! (ft-mint? tok a tx-sender)) (ok (unwrap-panic (some-none)))))
(define-private (some-none) (if true none (some u1)))
(define-public (mint-twice (a uint) (b uint))
  (begin (try! (ft-mint? tok a tx-sender)) (try! (ft-mint? free b tx-sender)) (ok (ft-get-balance tok tx-sender))))
(define-public (xfer-from-self (a uint) (to principal)) (ft-transfer? tok a tx-sender to))
`;

const FT_BOOT = `
(define-fungible-token boot u50)
(ft-mint? boot u50 tx-sender)
(print (ft-get-supply boot))
(define-public (more) (ft-mint? boot u1 tx-sender))
(define-read-only (bal) (ft-get-balance boot tx-sender))
`;

const NFT = `
(define-non-fungible-token ids uint)
(define-non-fungible-token names (string-ascii 20))
(define-non-fungible-token pairs {a: uint, b: (buff 8)})
(define-non-fungible-token blobs (buff 200))
(define-non-fungible-token who principal)
(define-public (mint-id (id uint) (to principal)) (nft-mint? ids id to))
(define-public (mint-name (n (string-ascii 20)) (to principal)) (nft-mint? names n to))
(define-public (mint-pair (a uint) (b (buff 8)) (to principal)) (nft-mint? pairs {a: a, b: b} to))
(define-public (mint-blob (b (buff 200)) (to principal)) (nft-mint? blobs b to))
(define-public (mint-who (p principal) (to principal)) (nft-mint? who p to))
(define-public (xfer-id (id uint) (from principal) (to principal)) (nft-transfer? ids id from to))
(define-public (xfer-name (n (string-ascii 20)) (from principal) (to principal)) (nft-transfer? names n from to))
(define-public (xfer-blob (b (buff 200)) (from principal) (to principal)) (nft-transfer? blobs b from to))
(define-public (burn-id (id uint) (from principal)) (nft-burn? ids id from))
(define-public (burn-pair (a uint) (b (buff 8)) (from principal)) (nft-burn? pairs {a: a, b: b} from))
(define-public (burn-blob (b (buff 200)) (from principal)) (nft-burn? blobs b from))
(define-read-only (owner-id (id uint)) (nft-get-owner? ids id))
(define-read-only (owner-name (n (string-ascii 20))) (nft-get-owner? names n))
(define-read-only (owner-pair (a uint) (b (buff 8))) (nft-get-owner? pairs {a: a, b: b}))
(define-read-only (owner-blob (b (buff 200))) (nft-get-owner? blobs b))
(define-read-only (owner-who (p principal)) (nft-get-owner? who p))
(define-public (mint-then-fail (id uint)) (begin (try! (nft-mint? ids id tx-sender)) (err u9)))
`;

const STX = `
(define-public (send (a uint) (to principal)) (stx-transfer? a tx-sender to))
(define-public (send-from (a uint) (from principal) (to principal)) (stx-transfer? a from to))
(define-public (burn (a uint)) (stx-burn? a tx-sender))
(define-public (burn-from (a uint) (from principal)) (stx-burn? a from))
(define-read-only (bal (p principal)) (stx-get-balance p))
(define-read-only (liquid) stx-liquid-supply)
(define-public (send-then-fail (a uint) (to principal)) (begin (try! (stx-transfer? a tx-sender to)) (err u7)))
(define-public (send-twice (a uint) (to principal))
  (begin (try! (stx-transfer? a tx-sender to)) (stx-transfer? a tx-sender to)))
(define-read-only (mine) (stx-get-balance tx-sender))
`;

// Clarity 2 on.
const STX2 = `
(define-public (send-memo (a uint) (to principal) (m (buff 34))) (stx-transfer-memo? a tx-sender to m))
(define-read-only (account (p principal)) (stx-account p))
`;

// Clarity 1-3 (as-contract).
const CUSTODY = `
(define-public (deposit (a uint)) (stx-transfer? a tx-sender (as-contract tx-sender)))
(define-public (withdraw (a uint) (to principal)) (as-contract (stx-transfer? a tx-sender to)))
(define-public (burn-own (a uint)) (as-contract (stx-burn? a tx-sender)))
(define-read-only (held) (stx-get-balance (as-contract tx-sender)))
(define-fungible-token t)
(define-public (mint-to-self (a uint)) (ft-mint? t a (as-contract tx-sender)))
(define-public (give (a uint) (to principal)) (as-contract (ft-transfer? t a tx-sender to)))
`;

// get-block-info? exists in Clarity 1 and 2.
const BLOCK_INFO_C2 = `
(define-read-only (probe)
  (let ((h (- block-height u1)))
    {header: (len (unwrap-panic (get-block-info? header-hash h))),
     id: (len (unwrap-panic (get-block-info? id-header-hash h))),
     burn: (len (unwrap-panic (get-block-info? burnchain-header-hash h))),
     vrf: (len (unwrap-panic (get-block-info? vrf-seed h))),
     time: (is-some (get-block-info? time h)),
     miner: (is-some (get-block-info? miner-address h)),
     spend: (is-some (get-block-info? miner-spend-total h)),
     reward: (get-block-info? block-reward h),
     now: (is-some (get-block-info? time block-height)),
     later: (get-block-info? id-header-hash (+ block-height u10)),
     huge: (get-block-info? time u4294967296)}))
(define-public (probe-pub) (ok (probe)))
(define-read-only (spend0) (get-block-info? miner-spend-total u0))
(define-read-only (heights) {block: block-height, burn: burn-block-height})
(define-read-only (burn-info)
  {hash: (len (unwrap-panic (get-burn-block-info? header-hash u0))),
   pox: (get-burn-block-info? pox-addrs u0),
   future: (get-burn-block-info? header-hash (+ burn-block-height u100)),
   huge: (get-burn-block-info? pox-addrs u4294967296)})
(define-read-only (times-ordered)
  (<= (unwrap-panic (get-block-info? time (- block-height u2))) (unwrap-panic (get-block-info? time (- block-height u1)))))
`;

// Clarity 3 on.
const BLOCK_INFO_C3 = `
(define-read-only (probe)
  (let ((h (- stacks-block-height u1)))
    {header: (len (unwrap-panic (get-stacks-block-info? header-hash h))),
     id: (len (unwrap-panic (get-stacks-block-info? id-header-hash h))),
     time: (is-some (get-stacks-block-info? time h)),
     now: (get-stacks-block-info? time stacks-block-height),
     later: (get-stacks-block-info? id-header-hash (+ stacks-block-height u10)),
     tenure-burn: (len (unwrap-panic (get-tenure-info? burnchain-header-hash h))),
     tenure-vrf: (len (unwrap-panic (get-tenure-info? vrf-seed h))),
     tenure-time: (is-some (get-tenure-info? time h)),
     tenure-miner: (is-some (get-tenure-info? miner-address h)),
     tenure-spend: (is-some (get-tenure-info? miner-spend-total h)),
     tenure-reward: (get-tenure-info? block-reward h),
     tenure-later: (get-tenure-info? time (+ stacks-block-height u10))}))
(define-public (probe-pub) (ok (probe)))
(define-read-only (heights) {stacks: stacks-block-height, tenure: tenure-height, burn: burn-block-height})
(define-public (heights-pub) (ok (heights)))
(define-read-only (times-ordered)
  (<= (unwrap-panic (get-stacks-block-info? time (- stacks-block-height u2)))
      (unwrap-panic (get-stacks-block-info? time (- stacks-block-height u1)))))
(define-read-only (burn-info)
  {hash: (len (unwrap-panic (get-burn-block-info? header-hash u1))),
   pox: (get-burn-block-info? pox-addrs u1),
   future: (get-burn-block-info? header-hash (+ burn-block-height u1))})
`;

const BLOCK_TIME_C4 = `
(define-public (now-after-last)
  (ok (>= stacks-block-time (unwrap-panic (get-stacks-block-info? time (- stacks-block-height u1))))))
`;

// at-block (Clarity 1-4): the state as of an earlier block, read-only. The id of block h is asked in the version's
// own words.
const atBlockContract = (idOf) => `
(define-data-var x uint u0)
(define-map m uint uint)
(define-fungible-token t)
(define-public (set-x (v uint)) (begin (var-set x v) (map-set m u1 v) (try! (ft-mint? t v tx-sender)) (ok true)))
(define-read-only (x-at (h uint)) (at-block ${idOf('h')} {x: (var-get x), m: (map-get? m u1), bal: (ft-get-balance t tx-sender)}))
(define-read-only (now) {x: (var-get x), m: (map-get? m u1)})
(define-public (set-then-look (v uint) (h uint))
  (begin (var-set x v) (ok {now: (var-get x), then: (at-block ${idOf('h')} (var-get x))})))
(define-read-only (nested (h uint) (g uint)) (at-block ${idOf('h')} (at-block ${idOf('g')} (var-get x))))
(define-read-only (unknown) (at-block 0x0000000000000000000000000000000000000000000000000000000000000001 (var-get x)))
(define-read-only (short) (at-block 0x0102 u1))
(define-public (print-inside (h uint)) (ok (at-block ${idOf('h')} (print (var-get x)))))
`;
const AT_BLOCK_C2 = atBlockContract((h) => `(unwrap-panic (get-block-info? id-header-hash ${h}))`);
const AT_BLOCK_C3 = atBlockContract((h) => `(unwrap-panic (get-stacks-block-info? id-header-hash ${h}))`);

const scenarios = [
  {
    name: 'fungible tokens',
    contracts: { ft: FT },
    steps: [
      ['deploy', 'ft'],
      ['call', 'ft', 'mint', ['u100', D]],
      ['call', 'ft', 'mint', ['u0', D]],
      ['call', 'ft', 'mint-free', ['u5', W]],
      ['call', 'ft', 'xfer', ['u10', D, W]],
      ['call', 'ft', 'xfer', ['u10', D, D]],
      ['call', 'ft', 'xfer', ['u0', D, W]],
      ['call', 'ft', 'xfer', ['u1000', D, W]],
      ['call', 'ft', 'xfer', ['u1', W2, W]],
      ['call', 'ft', 'xfer', ['u3', W, W2], { sender: WALLET }],
      ['call', 'ft', 'xfer-from-self', ['u2', `'${WALLET}.vault`]],
      ['call', 'ft', 'burn', ['u5', D]],
      ['call', 'ft', 'burn', ['u0', D]],
      ['call', 'ft', 'burn', ['u500', D]],
      ['call', 'ft', 'burn-free', ['u5', W]],
      ['read', 'ft', 'bal', [D]],
      ['read', 'ft', 'bal', [W]],
      ['read', 'ft', 'bal', [`'${WALLET}.vault`]],
      ['read', 'ft', 'bal-free', [W]],
      ['read', 'ft', 'supply'],
      ['call', 'ft', 'mint', ['u917', W]],
      ['call', 'ft', 'mint', ['u1', W]],
      ['read', 'ft', 'supply'],
      ['call', 'ft', 'mint-then-fail', ['u1']],
      ['call', 'ft', 'mint-then-panic', ['u1']],
      ['call', 'ft', 'mint-twice', ['u1', 'u2']],
      ['call', 'ft', 'mint-free', ['u340282366920938463463374607431768211455', W2]],
      ['call', 'ft', 'mint-free', ['u1', W2]],
      ['read', 'ft', 'supply'],
    ],
  },
  {
    name: 'tokens minted at deployment',
    contracts: { boot: FT_BOOT },
    steps: [
      ['deploy', 'boot'],
      ['read', 'boot', 'bal'],
      ['call', 'boot', 'more'],
    ],
  },
  {
    name: 'non-fungible tokens',
    contracts: { nft: NFT },
    steps: [
      ['deploy', 'nft'],
      ['call', 'nft', 'mint-id', ['u7', D]],
      ['call', 'nft', 'mint-id', ['u7', W]],
      ['call', 'nft', 'mint-name', ['"alice"', D]],
      ['call', 'nft', 'mint-pair', ['u1', '0x0102', W]],
      ['call', 'nft', 'mint-blob', [`0x${'ab'.repeat(150)}`, D]],
      ['call', 'nft', 'mint-who', [W, D]],
      ['call', 'nft', 'xfer-id', ['u7', D, W]],
      ['call', 'nft', 'xfer-id', ['u7', D, W]],
      ['call', 'nft', 'xfer-id', ['u8', D, W]],
      ['call', 'nft', 'xfer-id', ['u7', W, W]],
      ['call', 'nft', 'xfer-name', ['"alice"', D, `'${WALLET}.vault`]],
      ['call', 'nft', 'xfer-blob', [`0x${'ab'.repeat(150)}`, D, W2]],
      ['call', 'nft', 'burn-id', ['u7', D]],
      ['call', 'nft', 'burn-id', ['u9', D]],
      ['call', 'nft', 'burn-pair', ['u1', '0x0102', W], { sender: WALLET }],
      ['call', 'nft', 'burn-blob', [`0x${'ab'.repeat(150)}`, W2]],
      ['read', 'nft', 'owner-id', ['u7']],
      ['read', 'nft', 'owner-id', ['u9']],
      ['read', 'nft', 'owner-name', ['"alice"']],
      ['read', 'nft', 'owner-pair', ['u1', '0x0102']],
      ['read', 'nft', 'owner-blob', [`0x${'ab'.repeat(150)}`]],
      ['read', 'nft', 'owner-who', [W]],
      ['call', 'nft', 'burn-id', ['u7', W]],
      ['read', 'nft', 'owner-id', ['u7']],
      ['call', 'nft', 'mint-id', ['u7', W2]],
      ['call', 'nft', 'mint-then-fail', ['u100']],
      ['read', 'nft', 'owner-id', ['u100']],
    ],
  },
  {
    name: 'STX',
    contracts: { stx: STX },
    steps: [
      ['deploy', 'stx'],
      ['read', 'stx', 'liquid'],
      ['read', 'stx', 'bal', [D]],
      ['read', 'stx', 'bal', [W]],
      ['call', 'stx', 'send', ['u1000', W]],
      ['call', 'stx', 'send', ['u0', W]],
      ['call', 'stx', 'send', ['u10', D]],
      ['call', 'stx', 'send', ['u100000000000001', W]],
      ['call', 'stx', 'send-from', ['u1', W, W2]],
      ['call', 'stx', 'send', ['u400', W2], { sender: WALLET }],
      ['call', 'stx', 'send', ['u1000', W], { sender: WALLET2 }],
      ['call', 'stx', 'burn', ['u7']],
      ['call', 'stx', 'burn', ['u0']],
      ['call', 'stx', 'burn-from', ['u1', W]],
      ['call', 'stx', 'burn', ['u1000'], { sender: WALLET }],
      ['read', 'stx', 'liquid'],
      ['read', 'stx', 'bal', [W]],
      ['read', 'stx', 'bal', [W2]],
      ['read', 'stx', 'mine', [], { sender: WALLET }],
      ['call', 'stx', 'send-then-fail', ['u5', W]],
      ['read', 'stx', 'bal', [W]],
      ['call', 'stx', 'send-twice', ['u5', W]],
      ['read', 'stx', 'bal', [D]],
    ],
  },
  {
    name: 'STX in Clarity 2',
    contracts: { stx2: STX2 },
    minVersion: 2,
    steps: [
      ['deploy', 'stx2'],
      ['call', 'stx2', 'send-memo', ['u10', W, '0x0102']],
      ['call', 'stx2', 'send-memo', ['u10', W, '0x']],
      ['call', 'stx2', 'send-memo', ['u10', W, `0x${'cd'.repeat(34)}`]],
      ['call', 'stx2', 'send-memo', ['u0', W, '0x01']],
      ['read', 'stx2', 'account', [D]],
      ['read', 'stx2', 'account', [W]],
      ['read', 'stx2', 'account', [W2]],
    ],
  },
  {
    name: 'contracts holding STX and tokens',
    contracts: { custody: CUSTODY },
    epochs: ['2.1', '3.0'],
    steps: [
      ['deploy', 'custody'],
      ['call', 'custody', 'deposit', ['u500']],
      ['read', 'custody', 'held'],
      ['call', 'custody', 'withdraw', ['u200', W]],
      ['call', 'custody', 'withdraw', ['u301', W]],
      ['call', 'custody', 'burn-own', ['u100']],
      ['read', 'custody', 'held'],
      ['call', 'custody', 'mint-to-self', ['u50']],
      ['call', 'custody', 'give', ['u20', W]],
      ['call', 'custody', 'give', ['u31', W]],
    ],
  },
  {
    name: 'get-block-info? (Clarity 2)',
    contracts: { info: BLOCK_INFO_C2 },
    epochs: ['2.1', '3.0'],
    version: 2,
    steps: [
      ['deploy', 'info'],
      ['read', 'info', 'heights'],
      ['read', 'info', 'probe'],
      ['call', 'info', 'probe-pub'],
      ['read', 'info', 'spend0'],
      ['read', 'info', 'burn-info'],
      ['read', 'info', 'times-ordered'],
      ['call', 'info', 'probe-pub'],
      ['read', 'info', 'heights'],
    ],
  },
  {
    name: 'block information (Clarity 3)',
    contracts: { info3: BLOCK_INFO_C3 },
    epochs: ['3.0', '3.3'],
    steps: [
      ['deploy', 'info3'],
      ['read', 'info3', 'heights'],
      ['call', 'info3', 'heights-pub'],
      ['read', 'info3', 'probe'],
      ['call', 'info3', 'probe-pub'],
      ['read', 'info3', 'times-ordered'],
      ['read', 'info3', 'burn-info'],
    ],
  },
  {
    name: 'stacks-block-time (Clarity 4)',
    contracts: { time: BLOCK_TIME_C4 },
    epochs: ['3.3'],
    steps: [
      ['deploy', 'time'],
      ['call', 'time', 'now-after-last'],
    ],
  },
  {
    name: 'at-block (Clarity 2)',
    contracts: { 'at-block': AT_BLOCK_C2 },
    epochs: ['2.1'],
    steps: [
      ['deploy', 'at-block'],
      ['call', 'at-block', 'set-x', ['u1']],
      ['call', 'at-block', 'set-x', ['u2']],
      ['read', 'at-block', 'x-at', ['u1']],
      ['read', 'at-block', 'x-at', ['u2']],
      ['read', 'at-block', 'x-at', ['u3']],
      ['read', 'at-block', 'now'],
      ['call', 'at-block', 'set-then-look', ['u9', 'u3']],
      ['read', 'at-block', 'nested', ['u3', 'u2']],
      ['read', 'at-block', 'short'],
      ['call', 'at-block', 'print-inside', ['u3']],
    ],
  },
  {
    name: 'at-block (Clarity 3 and 4)',
    contracts: { 'at-block': AT_BLOCK_C3 },
    epochs: ['3.0', '3.3'],
    steps: [
      ['deploy', 'at-block'],
      ['call', 'at-block', 'set-x', ['u1']],
      ['call', 'at-block', 'set-x', ['u2']],
      ['read', 'at-block', 'x-at', ['u2']],
      ['read', 'at-block', 'x-at', ['u3']],
      ['read', 'at-block', 'x-at', ['u4']],
      ['read', 'at-block', 'now'],
      ['call', 'at-block', 'set-then-look', ['u9', 'u4']],
      ['read', 'at-block', 'nested', ['u4', 'u3']],
      ['read', 'at-block', 'short'],
      ['call', 'at-block', 'print-inside', ['u4']],
    ],
  },
];

// --- Running ---------------------------------------------------------------------------------------------------

const RUNTIME_KINDS = new Set(['Runtime', 'RuntimeCheck', 'EarlyReturn', 'ShortReturn', 'Internal', 'Interpreter']);
const ANALYSIS_KINDS = new Set(['Analysis', 'Unchecked', 'Parse']);
const CALL_KINDS = new Set(['NoSuchContract', 'NoSuchPublicFunction', 'NoSuchFunction', 'NotReadOnly']);
const COST_KINDS = new Set(['CostBalanceExceeded', 'CostOverflow']);

function ours(dir, epoch, argv) {
  const full = ['--json', '--db', path.join(dir, 'state.db'), '--epoch', epoch, ...argv];
  let stdout;
  try {
    stdout = execFileSync(cli, full, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    if (e.status !== 1) throw new Error(`clarity-cli ${full.join(' ')} exited ${e.status}: ${e.stderr}`);
    stdout = e.stdout;
  }
  const json = JSON.parse(stdout);
  if (json.error) {
    const { kind, message } = json.error;
    if (RUNTIME_KINDS.has(kind)) {
      const m = new RegExp(`\\b${kind}\\((\\w+)`).exec(message);
      return { ok: false, kind: 'runtime', error: kind, reason: m ? m[1] : null, message };
    }
    if (ANALYSIS_KINDS.has(kind)) return { ok: false, kind: 'analysis', error: kind, message };
    if (CALL_KINDS.has(kind)) return { ok: false, kind: 'call', error: kind, message };
    if (COST_KINDS.has(kind)) return { ok: false, kind: 'cost', error: kind, message };
    return { ok: false, kind: `unknown(${kind})`, message };
  }
  return {
    ok: true,
    resultHex: json.hex,
    resultText: json.result,
    costs: argv[0] === 'deploy' ? json.evaluation_costs : json.costs,
    events: json.events.map((e) => ({ event: e.type === 'contract_event' ? 'print_event' : e.type, data: e[e.type] })),
  };
}

const sortKeys = (v) =>
  Array.isArray(v)
    ? v.map(sortKeys)
    : v && typeof v === 'object'
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])]))
      : v;

function compare(mine, theirs) {
  const show = () =>
    `\n    ours ${JSON.stringify(mine)}\n    reference ${JSON.stringify({ ...theirs, message: (theirs.message || '').slice(-300) })}`;
  if (theirs.ok !== mine.ok) throw new Error(`${theirs.ok ? 'reference succeeded, we failed' : 'reference failed, we succeeded'}${show()}`);
  if (!theirs.ok) {
    if (mine.kind !== theirs.kind) throw new Error(`failure kind differs${show()}`);
    if (theirs.kind === 'runtime' && (mine.error !== theirs.error || mine.reason !== theirs.reason)) {
      throw new Error(`runtime error differs${show()}`);
    }
    return;
  }
  if (mine.resultHex !== theirs.resultHex) throw new Error(`value differs${show()}`);
  const ev = (list) => JSON.stringify(sortKeys(list.map((e) => ({ event: e.event, data: e.data }))));
  if (ev(mine.events) !== ev(theirs.events)) throw new Error(`events differ${show()}`);
  for (const k of Object.keys(theirs.costs)) {
    if (mine.costs[k] !== theirs.costs[k]) throw new Error(`cost ${k} ${mine.costs[k]} != ${theirs.costs[k]}${show()}`);
  }
}

// A literal's consensus bytes by Stacks.js (its parser takes uints only up to 2^53, so larger ones are built here.
// Nor does it take the empty buffer `0x`.)
const argHex = (a) => {
  if (/^u\d+$/.test(a)) return Cl.serialize(Cl.uint(BigInt(a.slice(1))));
  if (a === '0x') return Cl.serialize(Cl.bufferFromHex(''));
  return Cl.serialize(Cl.parse(a));
};

const qualify = (contract) => (contract.includes('.') ? contract : `${DEPLOYER}.${contract}`);

async function main() {
  const { check, counts, printFailures } = makeChecker();
  for (const scenario of scenarios) {
    for (const epoch of scenario.epochs || ['2.1', '3.0', '3.3']) {
      const version = scenario.version || VERSION[epoch];
      if (scenario.minVersion && version < scenario.minVersion) continue;
      const session = await ref.openSession({ epoch, clarityVersion: version });
      ref.mintStx(session, DEPLOYER, DEPLOYER_USTX);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clarity-assets-diff-'));
      try {
        for (const step of scenario.steps) {
          const [kind, contract] = step;
          const fn = kind === 'deploy' ? null : step[2];
          const args = kind === 'deploy' ? [] : step[3] || [];
          const opts = (kind === 'deploy' ? step[2] : step[4]) || {};
          const sender = opts.sender || DEPLOYER;
          const label = `${scenario.name} ${epoch} ${kind} ${contract}${kind === 'deploy' ? '' : ` ${fn} ${args.join(' ').slice(0, 80)}`}${sender === DEPLOYER ? '' : ` [${sender}]`}`;
          let theirs;
          let mine;
          if (kind === 'deploy') {
            theirs = ref.deploy(session, contract, scenario.contracts[contract], { clarityVersion: version });
            const file = path.join(dir, `${contract}.clar`);
            fs.writeFileSync(file, scenario.contracts[contract]);
            mine = ours(dir, epoch, ['deploy', contract, file, '--sender', sender, '--clarity-version', String(version)]);
          } else {
            const argsHex = args.map(argHex);
            theirs = (kind === 'call' ? ref.call : ref.readOnly)(session, qualify(contract), fn, argsHex, { sender });
            mine = ours(dir, epoch, ['call', qualify(contract), fn, ...args, '--sender', sender]);
          }
          check(label, () => compare(mine, theirs));
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  printFailures();
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  process.exitCode = counts.failed === 0 ? 0 : 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
