// Interop: Stacks transactions between stacks-cpp and Stacks.js (@stacks/transactions 7.6.0).
// Usage: node transactions.js PATH_TO_TX_TOOL
//
// 1. About 520 random transactions (seeded; STACKS_INTEROP_SEED picks another seed), built and signed by Stacks.js
//    (its builders, its TransactionSigner, its wire constructors): every payload, standard and sponsored auth, every
//    hash mode for origin and sponsor, compressed and uncompressed keys where the mode allows them, every
//    post-condition kind, principal kind and comparator, both networks and a few other chain ids. For each:
//      (a) our decode of Stacks.js's bytes prints every field equal to Stacks.js's deserialized object (compared field
//          by field in compareTransaction below), and re-serializes to the same bytes;
//      (b) our encoder and signer, given the same content and the signers' private keys, produce the same bytes;
//      (c) the txids are equal;
//      (d) Stacks.js's signatures verify in ours, and ours (from our build's bytes) in Stacks.js: its verifyOrigin,
//          and for the sponsor a check composed of its nextVerification and addressFromPublicKeys, since Stacks.js
//          has no sponsor verification.
// 2. A few transactions where Stacks.js and the reference are known to part ways, each expected to behave as the
//    reference does (see KNOWN DIFFERENCES below).
// 3. About 220 corrupted serializations (truncations, appended bytes, bit flips): our decoder must answer each with a
//    clean error or, for a flip that still decodes, with the fields Stacks.js reads from the same bytes. Where only
//    one side rejects, the case is classified and printed; the reference decides who is right, so these are not
//    failures as long as we follow it.
//
// KNOWN DIFFERENCES (Stacks.js 7.6.0 against the reference node, stacks-core):
//  - PoisonMicroblock: Stacks.js writes and reads only the payload id, not the two microblock headers. This test
//    teaches its serializer the headers (patchPoisonSerialization) so that it can build and sign such transactions;
//    its decoder still ignores them (and the 362 bytes they take), so poison payloads are compared with the spec.
//  - Trailing bytes: Stacks.js's deserializeTransaction ignores bytes after the payload; our DecodeTransaction
//    rejects them.
//  - Tuple key order: Stacks.js serializes tuple fields in localeCompare order, the reference in byte order. The
//    reference re-serializes a decoded transaction canonically for its txid and sighash, so a Stacks.js-signed
//    transaction carrying a tuple such as {a, B} gets another txid there and its signature does not verify.
//  - Order-independent multi-sig sponsors: TransactionSigner.signSponsor chains the sighash after every signature,
//    which is right for sequential multi-sig only; the second signature of a P2SH/P2WSH non-sequential sponsor then
//    signs the wrong hash and the reference rejects the transaction.
//  - Sponsoring a multi-sig origin: TransactionSigner.createSponsorSigner (and so sponsorTransaction) throws
//    "SpendingCondition has more signatures than are expected" once the origin has its signatures; sponsorSigner below
//    does the same steps without the failing constructor.
//  - Version byte: the reference reads only bit 0x80 of the version; Stacks.js rejects anything but 0x00 and 0x80.
//  - Truncation: Stacks.js's BytesReader.readBytes does not check bounds, so some truncated transactions (in a memo,
//    a code body, a hash at the end) deserialize with short fields.
//  - Memo: Stacks.js keeps it as text decoded with U+FFFD for invalid UTF-8, so such a memo's bytes are lost.
//  - Stacks.js does not check names, StacksStrings, Clarity value rules, public-key validity, signature counts,
//    coinbase anchor modes, VRF proofs or microblock headers at decode; the reference (and we) do.
//  - Over-signing: an order-independent multi-sig condition may carry more than signatures_required signatures
//    (Stacks.js signs with every key given; the reference verifies them). Our TransactionSigner, like the
//    reference's StacksTransactionSigner with its checks on, refuses the extra ones; tx_tool signs such conditions
//    with the sighash primitives instead and says so ("signed_with").
'use strict';
const { refDisplay, canonicalHex, byteOrder, u8Hex, u32Hex, asciiHex } = require('./lib/reference_clarity');

const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const c32 = require('c32check');
const tx = require('@stacks/transactions');
const wireSerialization = require('@stacks/transactions/dist/wire/serialization');

const {
  Cl,
  AddressHashMode,
  AuthType,
  PayloadType,
  PostConditionType,
  PubKeyEncoding,
  StacksTransactionWire,
  StacksWireType,
  TransactionSigner,
  addressFromPublicKeys,
  createCoinbasePayload,
  createContractCallPayload,
  createLPList,
  createMultiSigSpendingCondition,
  createNakamotoCoinbasePayload,
  createPoisonPayload,
  createSingleSigSpendingCondition,
  createSmartContractPayload,
  createSponsoredAuth,
  createStacksPublicKey,
  createStandardAuth,
  createTenureChangePayload,
  createTokenTransferPayload,
  createTransactionAuthField,
  compressPublicKey,
  deserializeTransaction,
  nextVerification,
  postConditionToWire,
  privateKeyToPublic,
  serializeCV,
  signWithKey,
  txidFromData,
} = tx;

const tool = process.argv[2];
if (!tool) throw new Error('usage: node transactions.js PATH_TO_TX_TOOL');

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32), so that a failure can be reproduced.

const { runJsonLinesTool, makeChecker } = require('./lib/harness');
const { seed, random, rnd, pick, chance, randomBytes } = require('./lib/seeded_random').seededRandom(20240612);
const toHex = (bytes) => Buffer.from(bytes).toString('hex');
const fromHex = (hex) => Uint8Array.from(Buffer.from(hex, 'hex'));
const randomHex = (n) => toHex(randomBytes(n));
const u16Hex = (n) => n.toString(16).padStart(4, '0');
const sha512_256 = (bytes) => crypto.createHash('sha512-256').update(bytes).digest();
const MAX_U64 = 2n ** 64n - 1n;

function randomU64() {
  switch (rnd(6)) {
    case 0:
      return BigInt(rnd(1000));
    case 1:
      return pick([0n, 1n, MAX_U64, 2n ** 53n - 1n, 2n ** 53n, 2n ** 53n + 1n, 2n ** 63n]);
    case 2:
      return BigInt(rnd(2 ** 31)) * BigInt(rnd(2 ** 22)); // below 2^53
    default:
      return BigInt('0x' + randomHex(8));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Keys, names, principals.

const CURVE_ORDER = BigInt('0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141');

function randomKey(compressed) {
  for (;;) {
    const hex = randomHex(32);
    const k = BigInt('0x' + hex);
    if (k === 0n || k >= CURVE_ORDER) continue;
    const priv = compressed ? hex + '01' : hex;
    return { priv, pub: privateKeyToPublic(priv), compressed };
  }
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
function randomContractName(maxLen = 40) {
  let name = pick([...LETTERS]);
  const rest = LETTERS + '0123456789-_';
  for (let i = rnd(Math.min(maxLen, chance(0.2) ? maxLen : 16)); i > 0; i--) name += pick([...rest]);
  return name;
}

function randomClarityName() {
  if (chance(0.1)) return pick(['-', '+', '=', '/', '*', '<', '>', '<=', '>=']);
  let name = pick([...LETTERS]);
  const rest = LETTERS + '0123456789-_!?+<>=/*';
  for (let i = rnd(chance(0.1) ? 127 : 20); i > 0; i--) name += pick([...rest]);
  return name;
}

const randomAddress = (version = rnd(32)) => c32.c32address(version, randomHex(20));
const mainAddress = (mainnet) => c32.c32address(mainnet ? 22 : 26, randomHex(20));

function randomPrincipalString(mainnet, maxNameLen = 40) {
  const address = chance(0.5) ? mainAddress(mainnet) : randomAddress();
  return chance(0.5) ? address : `${address}.${randomContractName(maxNameLen)}`;
}

function principalCVOf(text) {
  const [address, name] = text.split('.');
  return name === undefined ? Cl.standardPrincipal(address) : Cl.contractPrincipal(address, name);
}

// ---------------------------------------------------------------------------------------------------------------
// Clarity values. Tuple keys are lower-case letters and digits, where Stacks.js's localeCompare order is byte order,
// so that Stacks.js writes the reference's bytes (tuples in other orders are a known difference, tested apart).

const ASCII_CHARS = Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i)).concat(['\t', '\n', '\r', '\f']);

function randomCodePoint() {
  switch (rnd(4)) {
    case 0:
      return 0x20 + rnd(95);
    case 1:
      return 0x80 + rnd(0x800 - 0x80);
    case 2: {
      const cp = 0x800 + rnd(0x10000 - 0x800);
      return cp >= 0xd800 && cp <= 0xdfff ? 0xe000 : cp;
    }
    default:
      return 0x10000 + rnd(0x110000 - 0x10000);
  }
}

function randomTupleKey() {
  let key = pick([...'abcdefghijklmnopqrstuvwxyz']);
  for (let i = rnd(8); i > 0; i--) key += pick([...'abcdefghijklmnopqrstuvwxyz0123456789']);
  return key;
}

function randomInt() {
  switch (rnd(3)) {
    case 0:
      return BigInt(rnd(2000) - 1000);
    case 1:
      return pick([-(2n ** 127n), 2n ** 127n - 1n, 0n, -1n]);
    default:
      return BigInt.asIntN(128, BigInt('0x' + randomHex(16)));
  }
}

function randomType(depth) {
  const leaves = ['int', 'uint', 'bool', 'buff', 'ascii', 'utf8', 'principal'];
  const kind = depth >= 3 || chance(0.55) ? pick(leaves) : pick(['optional', 'response', 'list', 'tuple']);
  switch (kind) {
    case 'buff':
    case 'ascii':
    case 'utf8':
      return { kind, len: rnd(24) };
    case 'optional':
      return { kind, inner: randomType(depth + 1) };
    case 'response':
      return { kind, ok: randomType(depth + 1), err: randomType(depth + 1) };
    case 'list':
      return { kind, len: rnd(4), inner: randomType(depth + 1) };
    case 'tuple': {
      const fields = {};
      for (let i = 1 + rnd(3); i > 0; i--) fields[randomTupleKey()] = randomType(depth + 1);
      return { kind, fields };
    }
    default:
      return { kind };
  }
}

function randomValue(type) {
  switch (type.kind) {
    case 'int':
      return Cl.int(randomInt());
    case 'uint':
      return Cl.uint(chance(0.5) ? BigInt(rnd(100000)) : BigInt('0x' + randomHex(16)));
    case 'bool':
      return Cl.bool(chance(0.5));
    case 'buff':
      return Cl.buffer(randomBytes(rnd(type.len + 1)));
    case 'ascii':
      return Cl.stringAscii(Array.from({ length: rnd(type.len + 1) }, () => pick(ASCII_CHARS)).join(''));
    case 'utf8':
      return Cl.stringUtf8(Array.from({ length: rnd(type.len + 1) }, () => String.fromCodePoint(randomCodePoint())).join(''));
    case 'principal':
      return chance(0.5) ? Cl.standardPrincipal(randomAddress()) : Cl.contractPrincipal(randomAddress(), randomContractName(60));
    case 'optional':
      return chance(0.3) ? Cl.none() : Cl.some(randomValue(type.inner));
    case 'response':
      return chance(0.5) ? Cl.ok(randomValue(type.ok)) : Cl.error(randomValue(type.err));
    case 'list':
      return Cl.list(Array.from({ length: rnd(type.len + 1) }, () => randomValue(type.inner)));
    case 'tuple': {
      const data = {};
      for (const [name, fieldType] of Object.entries(type.fields)) data[name] = randomValue(fieldType);
      return Cl.tuple(data);
    }
  }
  throw new Error(`unknown type ${type.kind}`);
}

// One value of each kind, so that every contract-call argument type appears whatever the seed.
function everyKindOfValue() {
  return [
    Cl.int(-5),
    Cl.uint(2n ** 128n - 1n),
    Cl.bool(true),
    Cl.bool(false),
    Cl.buffer(randomBytes(5)),
    Cl.stringAscii('hello "world"\n'),
    Cl.stringUtf8('caf\u00e9 \u{1F600}'),
    Cl.standardPrincipal(randomAddress()),
    Cl.contractPrincipal(randomAddress(), randomContractName()),
    Cl.none(),
    Cl.some(Cl.int(1)),
    Cl.ok(Cl.uint(1)),
    Cl.error(Cl.stringAscii('e')),
    Cl.list([Cl.int(1), Cl.int(2)]),
    Cl.tuple({ amount: Cl.uint(10), recipient: Cl.standardPrincipal(randomAddress()) }),
  ];
}

// Rust's std::ascii::escape_default, and the reference VM's Display (clarity-types/src/types/mod.rs): what our

// ---------------------------------------------------------------------------------------------------------------
// Names of the wire enums as our JSON prints them (docs/DECODE_TX.md).

const HASH_MODE_NAMES = {
  [AddressHashMode.P2PKH]: 'p2pkh',
  [AddressHashMode.P2SH]: 'p2sh',
  [AddressHashMode.P2WPKH]: 'p2wpkh',
  [AddressHashMode.P2WSH]: 'p2wsh',
  [AddressHashMode.P2SHNonSequential]: 'p2sh_non_sequential',
  [AddressHashMode.P2WSHNonSequential]: 'p2wsh_non_sequential',
};
const HASH_MODE_IDS = Object.fromEntries(Object.entries(HASH_MODE_NAMES).map(([id, name]) => [name, Number(id)]));
const ANCHOR_NAMES = { 1: 'on_chain_only', 2: 'off_chain_only', 3: 'any' };
const PC_MODE_NAMES = { 1: 'allow', 2: 'deny', 3: 'originator' };
const FT_CODE_NAMES = { 1: 'sent_eq', 2: 'sent_gt', 3: 'sent_ge', 4: 'sent_lt', 5: 'sent_le' };
const FT_CODE_JS = { sent_eq: 'eq', sent_gt: 'gt', sent_ge: 'gte', sent_lt: 'lt', sent_le: 'lte' };
const NFT_CODE_NAMES = { 0x10: 'sent', 0x11: 'not_sent', 0x12: 'maybe_sent' };
const NFT_CODE_JS = { sent: 'sent', not_sent: 'not-sent', maybe_sent: 'maybe-sent' };
const POX_CODE_NAMES = { 0x30: 'not_performed', 0x31: 'maybe_performed', 0x32: 'performed' };
const POX_CODE_JS = { not_performed: 'will-not-perform', maybe_performed: 'may-perform', performed: 'will-perform' };
const PC_TYPE_NAMES = {
  [PostConditionType.STX]: 'stx',
  [PostConditionType.Fungible]: 'fungible',
  [PostConditionType.NonFungible]: 'nonfungible',
  [PostConditionType.Staking]: 'staking',
  [PostConditionType.PoX]: 'pox',
};
const PAYLOAD_NAMES = {
  [PayloadType.TokenTransfer]: 'token_transfer',
  [PayloadType.SmartContract]: 'smart_contract',
  [PayloadType.ContractCall]: 'contract_call',
  [PayloadType.PoisonMicroblock]: 'poison_microblock',
  [PayloadType.Coinbase]: 'coinbase',
  [PayloadType.CoinbaseToAltRecipient]: 'coinbase_to_alt_recipient',
  [PayloadType.VersionedSmartContract]: 'versioned_smart_contract',
  [PayloadType.TenureChange]: 'tenure_change',
  [PayloadType.NakamotoCoinbase]: 'nakamoto_coinbase',
};
const CAUSE_NAMES = [
  'block_found',
  'extended',
  'extended_runtime',
  'extended_read_count',
  'extended_read_length',
  'extended_write_count',
  'extended_write_length',
];
const isMultisig = (mode) => !['p2pkh', 'p2wpkh'].includes(mode);
const isSequential = (mode) => mode === 'p2sh' || mode === 'p2wsh';

// The address a spending condition makes (SinglesigSpendingCondition::address_mainnet and friends): the single-sig
// version for P2PKH, the multi-sig version for every other hash mode.
function conditionAddress(hashModeName, signer, mainnet) {
  const single = hashModeName === 'p2pkh';
  const version = mainnet ? (single ? 22 : 20) : single ? 26 : 21;
  return c32.c32address(version, signer);
}

// ---------------------------------------------------------------------------------------------------------------
// Stacks.js cannot serialize the two microblock headers of a PoisonMicroblock payload (it writes the id byte only).
// Teach its payload serializer to append headers carried on the payload object, so that Stacks.js can build and sign
// such a transaction; everything else goes through unchanged.

function patchPoisonSerialization() {
  const original = wireSerialization.serializePayloadBytes;
  wireSerialization.serializePayloadBytes = function (payload) {
    const bytes = original(payload);
    if (payload.payloadType !== PayloadType.PoisonMicroblock || !payload.headerBytes) return bytes;
    return Uint8Array.from([...bytes, ...payload.headerBytes]);
  };
  wireSerialization.serializePayload = (payload) => toHex(wireSerialization.serializePayloadBytes(payload));
  // Check that the transaction serializer picks the patch up through the package's re-exports.
  const probe = { ...createPoisonPayload(), headerBytes: Uint8Array.from([1, 2]) };
  assert.equal(tx.serializePayload(probe), '030102', 'poison payload patch is in effect');
}
patchPoisonSerialization();

function microblockHeaderHex(h) {
  return u8Hex(h.version) + u16Hex(h.sequence) + h.prev_block + h.tx_merkle_root + h.signature;
}

// Two headers signed by one key that fork a microblock stream: the same sequence or the same parent, never equal.
function randomPoisonHeaders() {
  const key = randomKey(true);
  const sign = (h) => {
    const unsigned = microblockHeaderHex({ ...h, signature: '00'.repeat(65) });
    return { ...h, signature: signWithKey(key.priv, toHex(sha512_256(fromHex(unsigned)))) };
  };
  const h1 = { version: rnd(256), sequence: rnd(65536), prev_block: randomHex(32), tx_merkle_root: randomHex(32) };
  const h2 = { version: chance(0.5) ? h1.version : rnd(256), sequence: h1.sequence, prev_block: h1.prev_block, tx_merkle_root: randomHex(32) };
  if (chance(0.5)) h2.sequence = (h1.sequence + 1 + rnd(100)) % 65536; // same parent, other sequence
  else if (chance(0.5)) h2.prev_block = randomHex(32); // same sequence, other parent
  return [sign(h1), sign(h2)];
}

// A well-formed VRF proof: Gamma a canonical point of prime order (an Ed25519 public key), c any 16 bytes, s a
// scalar below 2^252 (so below the group order).
function randomVrfProof() {
  const { publicKey } = crypto.generateKeyPairSync('ed25519');
  const gamma = Buffer.from(publicKey.export({ format: 'jwk' }).x, 'base64url');
  const s = randomBytes(32);
  s[31] &= 0x0f;
  return toHex(gamma) + randomHex(16) + toHex(s);
}

// ---------------------------------------------------------------------------------------------------------------
// Random transaction content. A case holds `spec`, the request our tx_tool builds from (docs/DECODE_TX.md shapes),
// and `js`, the extra Stacks.js objects needed to build the same thing with Stacks.js.

function randomCondition(hashMode, forceCompressed) {
  const nonce = randomU64();
  const fee = randomU64();
  const base = { hash_mode: hashMode, nonce: nonce.toString(), fee_ustx: fee.toString() };
  if (!isMultisig(hashMode)) {
    const compressed = forceCompressed || hashMode === 'p2wpkh' || chance(0.6);
    return { ...base, keys: [{ private_key: randomKey(compressed).priv }], _keys: null };
  }
  const n = chance(0.05) ? 15 : 1 + rnd(5);
  const m = 1 + rnd(n);
  const segwit = hashMode.startsWith('p2wsh');
  const keys = Array.from({ length: n }, () => randomKey(forceCompressed || segwit || chance(0.7)));
  // Who signs: exactly m of the keys for sequential modes; m or more for order-independent ones.
  const signing = isSequential(hashMode) ? m : m + rnd(n - m + 1);
  const order = keys.map((_, i) => i).sort(() => random() - 0.5).slice(0, signing);
  const signs = new Set(order);
  return {
    ...base,
    signatures_required: m,
    keys: keys.map((k, i) => (signs.has(i) ? { private_key: k.priv } : { public_key: k.pub })),
    _keys: keys,
  };
}

const ALL_HASH_MODES = ['p2pkh', 'p2wpkh', 'p2sh', 'p2wsh', 'p2sh_non_sequential', 'p2wsh_non_sequential'];

function randomPostConditionPrincipal(mainnet) {
  switch (rnd(3)) {
    case 0:
      return { type: 'origin' };
    case 1:
      return { type: 'standard', address: chance(0.5) ? mainAddress(mainnet) : randomAddress() };
    default:
      return { type: 'contract', address: randomAddress(), contract_name: randomContractName() };
  }
}

const randomAsset = () => ({ contract_address: randomAddress(), contract_name: randomContractName(), asset_name: randomClarityName() });

function randomPostCondition(mainnet, kind) {
  const principal = randomPostConditionPrincipal(mainnet);
  switch (kind) {
    case 'stx':
    case 'staking':
      return { type: kind, principal, condition_code: pick(Object.values(FT_CODE_NAMES)), amount_ustx: randomU64().toString() };
    case 'fungible':
      return { type: kind, principal, asset: randomAsset(), condition_code: pick(Object.values(FT_CODE_NAMES)), amount: randomU64().toString() };
    case 'nonfungible': {
      const value = randomValue(randomType(1));
      return { type: kind, principal, asset: randomAsset(), asset_value: { hex: serializeCV(value) }, condition_code: pick(Object.values(NFT_CODE_NAMES)), _value: value };
    }
    default:
      return { type: 'pox', principal, condition_code: pick(Object.values(POX_CODE_NAMES)) };
  }
}

function randomCodeBody() {
  if (chance(0.3)) {
    return `(define-data-var counter uint u0)\n(define-public (increment)\n\t(begin (var-set counter (+ (var-get counter) u1)) (ok (var-get counter))))\n;; ${randomHex(8)}\n`;
  }
  const chars = Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i)).concat(['\t', '\n', '\n']);
  const length = chance(0.05) ? 20000 + rnd(40000) : rnd(600);
  return Array.from({ length }, () => pick(chars)).join('');
}

function randomMemo() {
  switch (rnd(4)) {
    case 0:
      return '';
    case 1:
      return Array.from({ length: rnd(35) }, () => String.fromCharCode(0x20 + rnd(95))).join('');
    default: {
      let s = '';
      for (;;) {
        const ch = String.fromCodePoint(randomCodePoint());
        if (Buffer.byteLength(s + ch) > 34) return s;
        s += ch;
        if (chance(0.1)) return s;
      }
    }
  }
}

function memoBytesHex(text) {
  return Buffer.from(text, 'utf8').toString('hex').padEnd(68, '0');
}

// The payload kinds, each with its Stacks.js constructor. `kind` also chooses recipients and variants.
function randomPayload(kind, mainnet) {
  switch (kind) {
    case 'token_transfer': {
      const recipient = randomPrincipalString(mainnet, chance(0.1) ? 128 : 40);
      const memo = randomMemo();
      return { spec: { type: kind, recipient, amount_ustx: randomU64().toString(), memo: memoBytesHex(memo) }, js: { memo } };
    }
    case 'contract_call': {
      const count = chance(0.1) ? 15 : rnd(6);
      const args = count === 15 ? everyKindOfValue() : Array.from({ length: count }, () => randomValue(randomType(0)));
      return {
        spec: {
          type: kind,
          contract_address: randomAddress(),
          contract_name: randomContractName(),
          function_name: randomClarityName(),
          function_args: args.map((a) => ({ hex: serializeCV(a) })),
        },
        js: { args },
      };
    }
    case 'smart_contract':
      return { spec: { type: kind, contract_name: randomContractName(), code_body: randomCodeBody() }, js: {} };
    case 'versioned_smart_contract':
      return { spec: { type: kind, clarity_version: 1 + rnd(6), contract_name: randomContractName(), code_body: randomCodeBody() }, js: {} };
    case 'poison_microblock': {
      const [header_1, header_2] = randomPoisonHeaders();
      return { spec: { type: kind, header_1, header_2 }, js: {} };
    }
    case 'coinbase':
      return { spec: { type: kind, buffer: randomHex(32) }, js: {} };
    case 'coinbase_to_alt_recipient_standard':
    case 'coinbase_to_alt_recipient_contract': {
      const address = chance(0.5) ? mainAddress(mainnet) : randomAddress();
      const recipient = kind.endsWith('standard') ? address : `${address}.${randomContractName()}`;
      return { spec: { type: 'coinbase_to_alt_recipient', buffer: randomHex(32), alt_recipient: recipient }, js: {} };
    }
    case 'nakamoto_coinbase_none':
    case 'nakamoto_coinbase_recipient': {
      const recipient = kind.endsWith('none') ? null : randomPrincipalString(mainnet);
      return { spec: { type: 'nakamoto_coinbase', buffer: randomHex(32), alt_recipient: recipient, vrf_proof: randomVrfProof() }, js: {} };
    }
    default: {
      const cause = Number(kind.slice('tenure_change_'.length));
      return {
        spec: {
          type: 'tenure_change',
          tenure_consensus_hash: randomHex(20),
          prev_tenure_consensus_hash: randomHex(20),
          burn_view_consensus_hash: randomHex(20),
          previous_tenure_end: randomHex(32),
          previous_tenure_blocks: chance(0.2) ? 4294967295 : rnd(100000),
          cause: CAUSE_NAMES[cause],
          pubkey_hash: randomHex(20),
        },
        js: {},
      };
    }
  }
}

const PAYLOAD_KINDS = [
  ...Array(8).fill('token_transfer'),
  ...Array(10).fill('contract_call'),
  ...Array(4).fill('smart_contract'),
  ...Array(4).fill('versioned_smart_contract'),
  ...Array(2).fill('poison_microblock'),
  ...Array(2).fill('coinbase'),
  'coinbase_to_alt_recipient_standard',
  'coinbase_to_alt_recipient_contract',
  'nakamoto_coinbase_none',
  'nakamoto_coinbase_recipient',
  ...CAUSE_NAMES.map((_, i) => `tenure_change_${i}`),
];

function randomCase(index) {
  // Cover every kind, hash mode and pairing deterministically first, then at random.
  const kind = PAYLOAD_KINDS[index % PAYLOAD_KINDS.length];
  const mainnet = chance(0.5);
  const version = mainnet ? 0x00 : 0x80;
  const chainId = chance(0.9) ? (mainnet ? 1 : 0x80000000) : pick([0, 0x12345678, 0xffffffff, 1, 0x80000000]);
  const sponsored = index % 3 === 1 || chance(0.2);
  const originMode = ALL_HASH_MODES[index % 6];
  const sponsorMode = ALL_HASH_MODES[Math.floor(index / 6) % 6];
  const payload = randomPayload(kind, mainnet);
  const onChain = ['poison_microblock', 'coinbase', 'coinbase_to_alt_recipient', 'nakamoto_coinbase'].includes(payload.spec.type);
  const pcKinds = ['stx', 'fungible', 'nonfungible', 'staking', 'pox'];
  const postConditions = Array.from({ length: chance(0.4) ? 0 : 1 + rnd(4) }, () => randomPostCondition(mainnet, pick(pcKinds)));
  const spec = {
    op: 'build',
    version,
    chain_id: chainId,
    anchor_mode: onChain ? 'on_chain_only' : pick(Object.values(ANCHOR_NAMES)),
    post_condition_mode: pick(Object.values(PC_MODE_NAMES)),
    post_conditions: postConditions,
    payload: payload.spec,
    origin: randomCondition(originMode, false),
  };
  if (sponsored) spec.sponsor = randomCondition(sponsorMode, false);
  const c = { spec, js: payload.js, mainnet, kind, builder: false };
  // Stacks.js's high-level builders for part of what they can make: standard chain ids, anchor mode Any, P2PKH or
  // P2SH (sequential or not) origins, single-sig sponsors of P2PKH origins (sponsorTransaction fails on multi-sig
  // origins, see sponsorSigner).
  if (['token_transfer', 'contract_call', 'smart_contract', 'versioned_smart_contract'].includes(kind) && chance(0.45)) {
    c.builder = true;
    spec.chain_id = mainnet ? 1 : 0x80000000;
    spec.anchor_mode = 'any';
    spec.origin = randomCondition(sponsored ? 'p2pkh' : pick(['p2pkh', 'p2sh', 'p2sh_non_sequential']), false);
    if (sponsored) spec.sponsor = randomCondition(pick(['p2pkh', 'p2wpkh']), false);
  }
  return c;
}

// ---------------------------------------------------------------------------------------------------------------
// Building with Stacks.js.

function jsPostConditionPrincipal(p) {
  if (p.type === 'origin') return 'origin';
  return p.type === 'standard' ? p.address : `${p.address}.${p.contract_name}`;
}
const assetString = (a) => `${a.contract_address}.${a.contract_name}::${a.asset_name}`;

function jsPostCondition(pc) {
  const address = jsPostConditionPrincipal(pc.principal);
  switch (pc.type) {
    case 'stx':
      return postConditionToWire({ type: 'stx-postcondition', address, condition: FT_CODE_JS[pc.condition_code], amount: BigInt(pc.amount_ustx) });
    case 'staking':
      return postConditionToWire({ type: 'staking-postcondition', address, condition: FT_CODE_JS[pc.condition_code], amount: BigInt(pc.amount_ustx) });
    case 'fungible':
      return postConditionToWire({ type: 'ft-postcondition', address, condition: FT_CODE_JS[pc.condition_code], asset: assetString(pc.asset), amount: BigInt(pc.amount) });
    case 'nonfungible':
      return postConditionToWire({ type: 'nft-postcondition', address, condition: NFT_CODE_JS[pc.condition_code], asset: assetString(pc.asset), assetId: pc._value });
    default:
      return postConditionToWire({ type: 'pox-postcondition', address, condition: POX_CODE_JS[pc.condition_code] });
  }
}

function jsPayload(c) {
  const p = c.spec.payload;
  switch (p.type) {
    case 'token_transfer':
      return createTokenTransferPayload(principalCVOf(p.recipient), BigInt(p.amount_ustx), c.js.memo);
    case 'contract_call':
      return createContractCallPayload(p.contract_address, p.contract_name, p.function_name, c.js.args);
    case 'smart_contract':
      return createSmartContractPayload(p.contract_name, p.code_body);
    case 'versioned_smart_contract':
      return createSmartContractPayload(p.contract_name, p.code_body, p.clarity_version);
    case 'poison_microblock':
      return { ...createPoisonPayload(), headerBytes: fromHex(microblockHeaderHex(p.header_1) + microblockHeaderHex(p.header_2)) };
    case 'coinbase':
      return createCoinbasePayload(fromHex(p.buffer));
    case 'coinbase_to_alt_recipient':
      return createCoinbasePayload(fromHex(p.buffer), principalCVOf(p.alt_recipient));
    case 'nakamoto_coinbase':
      return createNakamotoCoinbasePayload(fromHex(p.buffer), p.alt_recipient ? Cl.some(principalCVOf(p.alt_recipient)) : Cl.none(), fromHex(p.vrf_proof));
    case 'tenure_change':
      return createTenureChangePayload(
        p.tenure_consensus_hash,
        p.prev_tenure_consensus_hash,
        p.burn_view_consensus_hash,
        p.previous_tenure_end,
        p.previous_tenure_blocks,
        CAUSE_NAMES.indexOf(p.cause),
        p.pubkey_hash,
      );
  }
  throw new Error(`unknown payload ${p.type}`);
}

function jsCondition(cond) {
  const mode = HASH_MODE_IDS[cond.hash_mode];
  if (!isMultisig(cond.hash_mode)) {
    return createSingleSigSpendingCondition(mode, privateKeyToPublic(cond.keys[0].private_key), BigInt(cond.nonce), BigInt(cond.fee_ustx));
  }
  return createMultiSigSpendingCondition(mode, cond.signatures_required, cond._keys.map((k) => k.pub), BigInt(cond.nonce), BigInt(cond.fee_ustx));
}

// TransactionSigner.createSponsorSigner, which throws "SpendingCondition has more signatures than are expected" for
// a multi-sig origin that has all its signatures (its constructor's check is meant for the origin signer). For such
// origins, do what it does without that constructor: set the sponsor, verify the origin, start from its sighash.
function sponsorSigner(transaction, condition) {
  if ('signature' in transaction.auth.spendingCondition) return TransactionSigner.createSponsorSigner(transaction, condition);
  const t = tx.cloneDeep(transaction);
  t.setSponsor(condition);
  const signer = Object.create(TransactionSigner.prototype);
  return Object.assign(signer, { transaction: t, sigHash: t.verifyOrigin(), originDone: true, checkOversign: true, checkOverlap: true });
}

// Signs the sponsor of `transaction` (whose origin is signed) with TransactionSigner.createSponsorSigner. Public keys
// of sponsors who do not sign are appended as auth fields (Stacks.js has no appendSponsor). For an order-independent
// multi-sig sponsor every signature is made over the origin's final sighash with signNextSponsor, because signSponsor
// would chain (see KNOWN DIFFERENCES; `chainOrderIndependent` reproduces that).
function jsSignSponsor(transaction, cond, chainOrderIndependent = false) {
  const signer = sponsorSigner(transaction, jsCondition(cond));
  const sponsorCondition = () => signer.transaction.auth.sponsorSpendingCondition;
  const start = signer.sigHash;
  for (const key of cond.keys) {
    if (key.private_key && (isSequential(cond.hash_mode) || !isMultisig(cond.hash_mode) || chainOrderIndependent)) {
      signer.signSponsor(key.private_key);
    } else if (key.private_key) {
      signer.transaction.signNextSponsor(start, key.private_key);
    } else {
      const wire = createStacksPublicKey(key.public_key);
      const encoding = key.public_key.length === 66 ? PubKeyEncoding.Compressed : PubKeyEncoding.Uncompressed;
      sponsorCondition().fields.push(createTransactionAuthField(encoding, wire));
    }
  }
  return signer.transaction;
}

// With the wire constructors and TransactionSigner.
function buildWithSigner(c, options = {}) {
  const s = c.spec;
  const origin = jsCondition(s.origin);
  const auth = s.sponsor ? createSponsoredAuth(origin) : createStandardAuth(origin);
  const transaction = new StacksTransactionWire({
    transactionVersion: s.version,
    chainId: s.chain_id,
    auth,
    payload: jsPayload(c),
    postConditions: createLPList(s.post_conditions.map(jsPostCondition)),
    postConditionMode: Number(Object.keys(PC_MODE_NAMES).find((k) => PC_MODE_NAMES[k] === s.post_condition_mode)),
  });
  transaction.anchorMode = Number(Object.keys(ANCHOR_NAMES).find((k) => ANCHOR_NAMES[k] === s.anchor_mode));
  const signer = new TransactionSigner(transaction);
  for (const key of s.origin.keys) {
    if (key.private_key) signer.signOrigin(key.private_key);
    else signer.appendOrigin(key.public_key);
  }
  return s.sponsor ? jsSignSponsor(transaction, s.sponsor, options.chainOrderIndependentSponsor) : transaction;
}

// With makeSTXTokenTransfer / makeContractCall / makeContractDeploy and sponsorTransaction. Adjusts the spec where
// the builder has fixed choices (token transfers carry no post-conditions and use Deny mode).
async function buildWithBuilders(c) {
  const s = c.spec;
  const p = s.payload;
  const network = s.version === 0 ? 'mainnet' : 'testnet';
  const common = { network, nonce: BigInt(s.origin.nonce), fee: BigInt(s.origin.fee_ustx), sponsored: !!s.sponsor };
  if (s.origin.hash_mode === 'p2pkh') {
    common.senderKey = s.origin.keys[0].private_key;
  } else {
    common.publicKeys = s.origin._keys.map((k) => k.pub);
    common.numSignatures = s.origin.signatures_required;
    common.signerKeys = s.origin.keys.filter((k) => k.private_key).map((k) => k.private_key);
    common.useNonSequentialMultiSig = s.origin.hash_mode === 'p2sh_non_sequential';
  }
  const pcs = { postConditions: s.post_conditions.map(jsPostCondition), postConditionMode: s.post_condition_mode };
  let transaction;
  switch (p.type) {
    case 'token_transfer':
      s.post_conditions = [];
      s.post_condition_mode = 'deny';
      transaction = await tx.makeSTXTokenTransfer({ ...common, recipient: principalCVOf(p.recipient), amount: BigInt(p.amount_ustx), memo: c.js.memo });
      break;
    case 'contract_call':
      transaction = await tx.makeContractCall({
        ...common,
        ...pcs,
        contractAddress: p.contract_address,
        contractName: p.contract_name,
        functionName: p.function_name,
        functionArgs: c.js.args,
      });
      break;
    default:
      transaction = await tx.makeContractDeploy({
        ...common,
        ...pcs,
        contractName: p.contract_name,
        codeBody: p.code_body,
        clarityVersion: p.type === 'versioned_smart_contract' ? p.clarity_version : undefined,
      });
  }
  if (!s.sponsor) return transaction;
  return tx.sponsorTransaction({
    transaction,
    sponsorPrivateKey: s.sponsor.keys[0].private_key,
    fee: BigInt(s.sponsor.fee_ustx),
    sponsorNonce: BigInt(s.sponsor.nonce),
    sponsorAddressHashmode: HASH_MODE_IDS[s.sponsor.hash_mode],
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Verification with Stacks.js.

const hexOf = (x) => (typeof x === 'string' ? x : toHex(x));

// Stacks.js's verify (authorization.js), which it does not export, composed from what it does export: recover each
// signature's key with nextVerification, hash the keys with addressFromPublicKeys, compare with the signer.
function jsVerifyCondition(condition, initialSigHash, authType) {
  if ('signature' in condition) {
    const { pubKey, nextSigHash } = nextVerification(initialSigHash, authType, condition.fee, condition.nonce, condition.keyEncoding, condition.signature.data);
    const signer = addressFromPublicKeys(0, condition.hashMode, 1, [pubKey]).hash160;
    if (signer !== condition.signer) throw new Error(`signer ${condition.signer} != ${signer}`);
    return nextSigHash;
  }
  const sequential = condition.hashMode === AddressHashMode.P2SH || condition.hashMode === AddressHashMode.P2WSH;
  const keys = [];
  let sigHash = initialSigHash;
  let signatures = 0;
  for (const field of condition.fields) {
    if (field.contents.type === StacksWireType.PublicKey) {
      keys.push(field.contents);
      continue;
    }
    const { pubKey, nextSigHash } = nextVerification(sigHash, authType, condition.fee, condition.nonce, field.pubKeyEncoding, field.contents.data);
    if (sequential) sigHash = nextSigHash;
    keys.push(pubKey);
    signatures++;
  }
  if (sequential ? signatures !== condition.signaturesRequired : signatures < condition.signaturesRequired) {
    throw new Error('wrong number of signatures');
  }
  const signer = addressFromPublicKeys(0, condition.hashMode, condition.signaturesRequired, keys).hash160;
  if (signer !== condition.signer) throw new Error(`signer ${condition.signer} != ${signer}`);
  return sigHash;
}

// Deserializes `hex` with Stacks.js and verifies origin (verifyOrigin) and sponsor. Poison payloads get their headers
// back from `poisonSpec`, since Stacks.js's decoder drops them. Returns { origin, sponsor } as true / error text.
function jsVerify(hex, poisonSpec) {
  const out = { origin: null, sponsor: null };
  let d;
  try {
    d = deserializeTransaction(hex);
  } catch (e) {
    return { origin: `deserialize: ${e.message}`, sponsor: null };
  }
  if (poisonSpec) d.payload = { ...d.payload, headerBytes: fromHex(microblockHeaderHex(poisonSpec.header_1) + microblockHeaderHex(poisonSpec.header_2)) };
  let originSigHash;
  try {
    originSigHash = d.verifyOrigin();
    out.origin = true;
  } catch (e) {
    out.origin = e.message;
  }
  if (d.auth.authType === AuthType.Sponsored) {
    try {
      if (originSigHash === undefined) throw new Error('origin did not verify');
      jsVerifyCondition(d.auth.sponsorSpendingCondition, originSigHash, AuthType.Sponsored);
      out.sponsor = true;
    } catch (e) {
      out.sponsor = e.message;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Field-by-field comparison of our decode (TransactionToJson) with Stacks.js's deserialized transaction.

const show = (v) => (typeof v === 'bigint' ? `${v}n` : JSON.stringify(v));

class Comparison {
  constructor() {
    this.errors = [];
  }
  eq(path, ours, theirs) {
    if (ours !== theirs) this.errors.push(`${path}: ours ${show(ours)}, Stacks.js ${show(theirs)}`);
  }
  // The exact keys, in order: our JSON prints every field and nothing undocumented.
  keys(path, obj, expected) {
    const actual = obj !== null && typeof obj === 'object' && !Array.isArray(obj) ? Object.keys(obj) : obj;
    if (JSON.stringify(actual) !== JSON.stringify(expected)) this.errors.push(`${path} keys: ${show(actual)}, expected ${show(expected)}`);
  }
  // A u64: a JSON number when at most 2^53 - 1, else a decimal string.
  u64(path, ours, theirs) {
    const expected = BigInt(theirs);
    if (expected <= BigInt(Number.MAX_SAFE_INTEGER)) {
      if (typeof ours !== 'number' || BigInt(ours) !== expected) this.errors.push(`${path}: ours ${show(ours)}, expected number ${expected}`);
    } else if (typeof ours !== 'string' || BigInt(ours) !== expected) {
      this.errors.push(`${path}: ours ${show(ours)}, expected string "${expected}"`);
    }
  }
  // A Clarity value as {hex, repr}.
  value(path, ours, cv) {
    this.keys(path, ours, ['hex', 'repr']);
    if (!ours) return;
    this.eq(`${path}.hex`, ours.hex, serializeCV(cv));
    this.eq(`${path}.repr`, ours.repr, refDisplay(cv));
  }
}

const cvPrincipalString = (cv) => cv.value; // 'address' and 'contract' CVs hold the text form

function compareCondition(C, path, o, c, mainnet) {
  if (!o || typeof o !== 'object') return C.errors.push(`${path} missing`);
  const single = 'signature' in c;
  C.keys(path, o, single
    ? ['hash_mode', 'signer', 'address', 'nonce', 'fee_ustx', 'key_encoding', 'signature']
    : ['hash_mode', 'signer', 'address', 'nonce', 'fee_ustx', 'fields', 'signatures_required']);
  const mode = HASH_MODE_NAMES[c.hashMode];
  C.eq(`${path}.hash_mode`, o.hash_mode, mode);
  C.eq(`${path}.signer`, o.signer, c.signer);
  C.eq(`${path}.address`, o.address, conditionAddress(mode, c.signer, mainnet));
  C.u64(`${path}.nonce`, o.nonce, c.nonce);
  C.u64(`${path}.fee_ustx`, o.fee_ustx, c.fee);
  const encoding = (e) => (e === PubKeyEncoding.Compressed ? 'compressed' : 'uncompressed');
  if (single) {
    C.eq(`${path}.key_encoding`, o.key_encoding, encoding(c.keyEncoding));
    C.eq(`${path}.signature`, o.signature, c.signature.data);
    return;
  }
  C.eq(`${path}.fields.length`, Array.isArray(o.fields) ? o.fields.length : o.fields, c.fields.length);
  c.fields.forEach((field, i) => {
    const f = (o.fields || [])[i];
    const fp = `${path}.fields[${i}]`;
    if (field.contents.type === StacksWireType.PublicKey) {
      C.keys(fp, f, ['type', 'key_encoding', 'public_key']);
      if (!f) return;
      C.eq(`${fp}.type`, f.type, 'public_key');
      C.eq(`${fp}.public_key`, f.public_key, compressPublicKey(hexOf(field.contents.data)));
    } else {
      C.keys(fp, f, ['type', 'key_encoding', 'signature']);
      if (!f) return;
      C.eq(`${fp}.type`, f.type, 'signature');
      C.eq(`${fp}.signature`, f.signature, field.contents.data);
    }
    C.eq(`${fp}.key_encoding`, f.key_encoding, encoding(field.pubKeyEncoding));
  });
  C.eq(`${path}.signatures_required`, o.signatures_required, c.signaturesRequired);
}

function comparePrincipal(C, path, o, p) {
  switch (p.prefix) {
    case 1:
      C.keys(path, o, ['type']);
      C.eq(`${path}.type`, o && o.type, 'origin');
      break;
    case 2:
      C.keys(path, o, ['type', 'address']);
      C.eq(`${path}.type`, o && o.type, 'standard');
      C.eq(`${path}.address`, o && o.address, c32.c32address(p.address.version, p.address.hash160));
      break;
    default:
      C.keys(path, o, ['type', 'address', 'contract_name']);
      C.eq(`${path}.type`, o && o.type, 'contract');
      C.eq(`${path}.address`, o && o.address, c32.c32address(p.address.version, p.address.hash160));
      C.eq(`${path}.contract_name`, o && o.contract_name, p.contractName.content);
  }
}

function compareAsset(C, path, o, a) {
  C.keys(path, o, ['contract_address', 'contract_name', 'asset_name']);
  if (!o) return;
  C.eq(`${path}.contract_address`, o.contract_address, c32.c32address(a.address.version, a.address.hash160));
  C.eq(`${path}.contract_name`, o.contract_name, a.contractName.content);
  C.eq(`${path}.asset_name`, o.asset_name, a.assetName.content);
}

function comparePostCondition(C, path, o, pc) {
  if (!o || typeof o !== 'object') return C.errors.push(`${path} missing`);
  const type = PC_TYPE_NAMES[pc.conditionType];
  C.eq(`${path}.type`, o.type, type);
  comparePrincipal(C, `${path}.principal`, o.principal, pc.principal);
  switch (pc.conditionType) {
    case PostConditionType.STX:
    case PostConditionType.Staking:
      C.keys(path, o, ['type', 'principal', 'condition_code', 'amount_ustx']);
      C.eq(`${path}.condition_code`, o.condition_code, FT_CODE_NAMES[pc.conditionCode]);
      C.u64(`${path}.amount_ustx`, o.amount_ustx, pc.amount);
      break;
    case PostConditionType.Fungible:
      C.keys(path, o, ['type', 'principal', 'asset', 'condition_code', 'amount']);
      compareAsset(C, `${path}.asset`, o.asset, pc.asset);
      C.eq(`${path}.condition_code`, o.condition_code, FT_CODE_NAMES[pc.conditionCode]);
      C.u64(`${path}.amount`, o.amount, pc.amount);
      break;
    case PostConditionType.NonFungible:
      C.keys(path, o, ['type', 'principal', 'asset', 'asset_value', 'condition_code']);
      compareAsset(C, `${path}.asset`, o.asset, pc.asset);
      C.value(`${path}.asset_value`, o.asset_value, pc.assetName);
      C.eq(`${path}.condition_code`, o.condition_code, NFT_CODE_NAMES[pc.conditionCode]);
      break;
    default:
      C.keys(path, o, ['type', 'principal', 'condition_code']);
      C.eq(`${path}.condition_code`, o.condition_code, POX_CODE_NAMES[pc.conditionCode]);
  }
}

function compareMicroblockHeader(C, path, o, h) {
  C.keys(path, o, ['version', 'sequence', 'prev_block', 'tx_merkle_root', 'signature', 'block_hash']);
  if (!o) return;
  for (const k of ['version', 'sequence', 'prev_block', 'tx_merkle_root', 'signature']) C.eq(`${path}.${k}`, o[k], h[k]);
  C.eq(`${path}.block_hash`, o.block_hash, toHex(sha512_256(fromHex(microblockHeaderHex(h)))));
}

// `poison`: the headers we put in (Stacks.js does not read them).
function comparePayload(C, path, o, p, poison, rawHex) {
  if (!o || typeof o !== 'object') return C.errors.push(`${path} missing`);
  C.eq(`${path}.type`, o.type, PAYLOAD_NAMES[p.payloadType]);
  switch (p.payloadType) {
    case PayloadType.TokenTransfer: {
      C.keys(path, o, ['type', 'recipient', 'amount_ustx', 'memo', 'memo_text']);
      C.eq(`${path}.recipient`, o.recipient, cvPrincipalString(p.recipient));
      C.u64(`${path}.amount_ustx`, o.amount_ustx, p.amount);
      // Stacks.js keeps the memo as text decoded with U+FFFD for invalid UTF-8, so only valid memos give back their
      // bytes; the memo is the last 34 bytes of the transaction, where we read it from otherwise.
      C.eq(`${path}.memo`, o.memo, p.memo.content.includes('\uFFFD') ? rawHex.slice(-68) : memoBytesHex(p.memo.content));
      C.eq(`${path}.memo_text`, o.memo_text, p.memo.content);
      break;
    }
    case PayloadType.ContractCall:
      C.keys(path, o, ['type', 'contract_address', 'contract_name', 'function_name', 'function_args']);
      C.eq(`${path}.contract_address`, o.contract_address, c32.c32address(p.contractAddress.version, p.contractAddress.hash160));
      C.eq(`${path}.contract_name`, o.contract_name, p.contractName.content);
      C.eq(`${path}.function_name`, o.function_name, p.functionName.content);
      C.eq(`${path}.function_args.length`, Array.isArray(o.function_args) ? o.function_args.length : o.function_args, p.functionArgs.length);
      p.functionArgs.forEach((arg, i) => C.value(`${path}.function_args[${i}]`, (o.function_args || [])[i], arg));
      break;
    case PayloadType.SmartContract:
      C.keys(path, o, ['type', 'contract_name', 'code_body']);
      C.eq(`${path}.contract_name`, o.contract_name, p.contractName.content);
      C.eq(`${path}.code_body`, o.code_body, p.codeBody.content);
      break;
    case PayloadType.VersionedSmartContract:
      C.keys(path, o, ['type', 'clarity_version', 'contract_name', 'code_body']);
      C.eq(`${path}.clarity_version`, o.clarity_version, p.clarityVersion);
      C.eq(`${path}.contract_name`, o.contract_name, p.contractName.content);
      C.eq(`${path}.code_body`, o.code_body, p.codeBody.content);
      break;
    case PayloadType.PoisonMicroblock:
      C.keys(path, o, ['type', 'header_1', 'header_2']);
      compareMicroblockHeader(C, `${path}.header_1`, o.header_1, poison.header_1);
      compareMicroblockHeader(C, `${path}.header_2`, o.header_2, poison.header_2);
      break;
    case PayloadType.Coinbase:
      C.keys(path, o, ['type', 'buffer']);
      C.eq(`${path}.buffer`, o.buffer, toHex(p.coinbaseBytes));
      break;
    case PayloadType.CoinbaseToAltRecipient:
      C.keys(path, o, ['type', 'buffer', 'alt_recipient']);
      C.eq(`${path}.buffer`, o.buffer, toHex(p.coinbaseBytes));
      C.eq(`${path}.alt_recipient`, o.alt_recipient, cvPrincipalString(p.recipient));
      break;
    case PayloadType.NakamotoCoinbase:
      C.keys(path, o, ['type', 'buffer', 'alt_recipient', 'vrf_proof']);
      C.eq(`${path}.buffer`, o.buffer, toHex(p.coinbaseBytes));
      C.eq(`${path}.alt_recipient`, o.alt_recipient, p.recipient ? cvPrincipalString(p.recipient) : null);
      C.eq(`${path}.vrf_proof`, o.vrf_proof, toHex(p.vrfProof));
      break;
    case PayloadType.TenureChange:
      C.keys(path, o, [
        'type',
        'tenure_consensus_hash',
        'prev_tenure_consensus_hash',
        'burn_view_consensus_hash',
        'previous_tenure_end',
        'previous_tenure_blocks',
        'cause',
        'pubkey_hash',
      ]);
      C.eq(`${path}.tenure_consensus_hash`, o.tenure_consensus_hash, p.tenureHash);
      C.eq(`${path}.prev_tenure_consensus_hash`, o.prev_tenure_consensus_hash, p.previousTenureHash);
      C.eq(`${path}.burn_view_consensus_hash`, o.burn_view_consensus_hash, p.burnViewHash);
      C.eq(`${path}.previous_tenure_end`, o.previous_tenure_end, p.previousTenureEnd);
      C.eq(`${path}.previous_tenure_blocks`, o.previous_tenure_blocks, p.previousTenureBlocks);
      C.eq(`${path}.cause`, o.cause, CAUSE_NAMES[p.cause]);
      C.eq(`${path}.pubkey_hash`, o.pubkey_hash, p.publicKeyHash);
      break;
    default:
      C.errors.push(`${path}: unexpected payload type ${p.payloadType}`);
  }
}

// Our TransactionToJson `o` against Stacks.js's deserialization `d` of `rawHex`, whose txid is `txid`.
function compareTransaction(o, d, txid, poison, rawHex) {
  const C = new Comparison();
  if (!o || typeof o !== 'object') return [`no transaction: ${show(o)}`];
  C.keys('tx', o, ['txid', 'version', 'network', 'chain_id', 'auth', 'anchor_mode', 'post_condition_mode', 'post_conditions', 'payload']);
  const mainnet = d.transactionVersion === 0x00;
  C.eq('txid', o.txid, txid);
  C.eq('version', o.version, d.transactionVersion);
  C.eq('network', o.network, mainnet ? 'mainnet' : 'testnet');
  C.eq('chain_id', o.chain_id, d.chainId);
  const sponsored = d.auth.authType === AuthType.Sponsored;
  C.keys('auth', o.auth, ['type', 'origin', 'sponsor']);
  if (o.auth) {
    C.eq('auth.type', o.auth.type, sponsored ? 'sponsored' : 'standard');
    compareCondition(C, 'auth.origin', o.auth.origin, d.auth.spendingCondition, mainnet);
    if (sponsored) compareCondition(C, 'auth.sponsor', o.auth.sponsor, d.auth.sponsorSpendingCondition, mainnet);
    else C.eq('auth.sponsor', o.auth.sponsor, null);
  }
  C.eq('anchor_mode', o.anchor_mode, ANCHOR_NAMES[d.anchorMode]);
  C.eq('post_condition_mode', o.post_condition_mode, PC_MODE_NAMES[d.postConditionMode]);
  const pcs = d.postConditions.values;
  C.eq('post_conditions.length', Array.isArray(o.post_conditions) ? o.post_conditions.length : o.post_conditions, pcs.length);
  pcs.forEach((pc, i) => comparePostCondition(C, `post_conditions[${i}]`, (o.post_conditions || [])[i], pc));
  comparePayload(C, 'payload', o.payload, d.payload, poison, rawHex);
  return C.errors;
}

// ---------------------------------------------------------------------------------------------------------------
// The tool.

function toolRequest(obj) {
  // Keys starting with '_' are this script's own notes.
  return JSON.stringify(obj, (k, v) => (k.startsWith('_') ? undefined : v));
}

const runTool = (requests) =>
  runJsonLinesTool(tool, requests.map((r) => (typeof r === 'string' ? r : toolRequest(r))));
const { check, counts, printFailures } = makeChecker();
const noErrors = (errors) => assert.ok(errors.length === 0, errors.slice(0, 12).join('\n    '));

// ---------------------------------------------------------------------------------------------------------------
// Tuple order: the reference's bytes for a value Stacks.js serialized (tuples re-ordered by byte order of names).


// ---------------------------------------------------------------------------------------------------------------

const COUNT = Number(process.env.STACKS_INTEROP_TX_COUNT || 520);

// The payload type with the variant that matters for coverage.
function payloadVariant(p) {
  switch (p.type) {
    case 'nakamoto_coinbase':
      return `${p.type} ${p.alt_recipient ? 'with' : 'without'} recipient`;
    case 'coinbase_to_alt_recipient':
      return `${p.type} (${p.alt_recipient.includes('.') ? 'contract' : 'standard'})`;
    case 'tenure_change':
      return `${p.type} ${p.cause}`;
    default:
      return p.type;
  }
}

async function main() {
  // 1. Random transactions built and signed by Stacks.js.
  const cases = [];
  for (let i = 0; i < COUNT; i++) {
    const c = randomCase(i);
    c.built = c.builder ? await buildWithBuilders(c) : buildWithSigner(c);
    c.hex = c.built.serialize();
    c.txid = c.built.txid();
    cases.push(c);
  }
  const requests = [];
  for (const c of cases) requests.push({ op: 'decode', hex: c.hex }, c.spec);
  const answers = runTool(requests);

  const coverage = {};
  const count = (key) => (coverage[key] = (coverage[key] || 0) + 1);
  cases.forEach((c, i) => {
    const ours = answers[2 * i];
    const built = answers[2 * i + 1];
    const s = c.spec;
    const auth = s.sponsor ? `sponsored, origin ${s.origin.hash_mode}, sponsor ${s.sponsor.hash_mode}` : `standard, origin ${s.origin.hash_mode}`;
    const label = `tx ${i} (${s.payload.type}, ${auth}${c.builder ? ', builder' : ''})`;
    const poison = s.payload.type === 'poison_microblock' ? s.payload : null;
    count(`payload ${payloadVariant(s.payload)}`);
    count(`auth ${s.sponsor ? 'sponsored' : 'standard'}`);
    count(`origin ${s.origin.hash_mode}`);
    if (s.sponsor) count(`sponsor ${s.sponsor.hash_mode}`);
    for (const cond of [s.origin, s.sponsor].filter(Boolean)) {
      const uncompressed = cond.keys.some((k) => (k.private_key ? k.private_key.length === 64 : k.public_key.length === 130));
      if (uncompressed) count(`uncompressed keys under ${cond.hash_mode}`);
    }
    for (const pc of s.post_conditions) {
      count(`post-condition ${pc.type}`);
      count(`post-condition principal ${pc.principal.type}`);
      count(`post-condition code ${pc.condition_code}`);
    }
    count(`network ${c.mainnet ? 'mainnet' : 'testnet'}`);
    count(c.builder ? 'built by Stacks.js builders' : 'built by TransactionSigner');

    check(`${label} decodes`, () => assert.ok(ours.tx, ours.error));
    if (ours.tx) {
      check(`${label} (a) fields equal Stacks.js's`, () => noErrors(compareTransaction(ours.tx, deserializeTransaction(c.hex), c.txid, poison, c.hex)));
      check(`${label} (a) re-serializes to the same bytes`, () => assert.equal(ours.hex, c.hex));
      check(`${label} (c) txid`, () => assert.equal(ours.tx.txid, c.txid));
      check(`${label} (d) Stacks.js's signatures verify in ours`, () => {
        assert.deepEqual(ours.verify, { origin: { ok: true }, sponsor: s.sponsor ? { ok: true } : null });
      });
    }
    if (built.signed_with) count(`our build signed with ${built.signed_with}`);
    check(`${label} (b) our build`, () => {
      assert.ok(built.hex, built.error);
      assert.equal(built.hex, c.hex);
      assert.equal(built.txid, c.txid);
    });
    if (built.hex) {
      check(`${label} (d) our signatures verify in Stacks.js`, () => {
        assert.deepEqual(jsVerify(built.hex, poison), { origin: true, sponsor: s.sponsor ? true : null });
      });
    }
  });

  // Our builds through the verify op as well.
  const verifyAnswers = runTool(cases.map((c, i) => ({ op: 'verify', hex: answers[2 * i + 1].hex || '' })));
  cases.forEach((c, i) => {
    check(`tx ${i} our build verifies in ours (verify op)`, () => {
      assert.deepEqual(verifyAnswers[i], { origin: { ok: true }, sponsor: c.spec.sponsor ? { ok: true } : null });
    });
  });

  // 2. Known differences, each checked to go the reference's way.
  const special = [];
  // 2a. Tuples Stacks.js orders differently from the reference: ours is canonical, so our txid and re-serialization
  // differ from Stacks.js's, and Stacks.js's signature (over its order) does not verify under the reference's rules.
  for (let i = 0; i < 6; i++) {
    const c = randomCase(PAYLOAD_KINDS.indexOf('contract_call'));
    const tuple = [
      Cl.tuple({ b: Cl.int(1), B: Cl.int(2), a: Cl.int(3) }),
      Cl.tuple({ amount: Cl.uint(6), Amount: Cl.uint(5) }),
      Cl.tuple({ memo: Cl.none(), To: Cl.standardPrincipal(randomAddress()), x: Cl.uint(i) }),
    ][i % 3];
    c.js.args = [Cl.int(7), i < 3 ? Cl.some(tuple) : tuple];
    c.spec.payload.function_args = c.js.args.map((a) => ({ hex: serializeCV(a) }));
    c.built = buildWithSigner(c);
    c.hex = c.built.serialize();
    c.txid = c.built.txid();
    c.canonical = c.js.args.reduce((hex, a) => hex.replace(serializeCV(a), canonicalHex(a)), c.hex);
    special.push({ kind: 'tuple order', c });
  }
  // 2b. Order-independent multi-sig sponsors signed with TransactionSigner.signSponsor (which chains).
  for (let i = 0; i < 4; i++) {
    const c = randomCase(1);
    c.spec.sponsor = randomCondition(i % 2 ? 'p2wsh_non_sequential' : 'p2sh_non_sequential', false);
    const keys = c.spec.sponsor._keys;
    c.spec.sponsor.signatures_required = 2;
    c.spec.sponsor.keys = [...keys, ...(keys.length < 2 ? [randomKey(true)] : [])].map((k) => ({ private_key: k.priv }));
    c.spec.sponsor._keys = c.spec.sponsor.keys.map((k) => ({ pub: privateKeyToPublic(k.private_key) }));
    c.built = buildWithSigner(c, { chainOrderIndependentSponsor: true });
    c.hex = c.built.serialize();
    c.txid = c.built.txid();
    special.push({ kind: 'chained order-independent sponsor', c });
  }
  const specialRequests = [];
  for (const { c } of special) specialRequests.push({ op: 'decode', hex: c.hex }, c.spec);
  const specialAnswers = runTool(specialRequests);
  const rebuilt = runTool(specialAnswers.filter((_, k) => k % 2 === 1).map((b) => ({ op: 'decode', hex: b.hex || '' })));
  special.forEach(({ kind, c }, k) => {
    const ours = specialAnswers[2 * k];
    const built = specialAnswers[2 * k + 1];
    const again = rebuilt[k];
    const label = `known difference: ${kind} ${k}`;
    if (kind === 'tuple order') {
      check(`${label}: we decode Stacks.js's bytes and re-serialize them canonically`, () => {
        assert.ok(ours.tx, ours.error);
        assert.notEqual(c.canonical, c.hex);
        assert.equal(ours.hex, c.canonical);
        assert.equal(ours.tx.txid, toHex(sha512_256(fromHex(c.canonical))));
      });
      check(`${label}: Stacks.js's origin signature does not verify under the reference's sighash`, () => {
        assert.equal(ours.verify.origin.ok, false);
        assert.equal(jsVerify(c.hex).origin, true, 'Stacks.js accepts its own');
      });
      check(`${label}: our build writes canonical bytes whose signatures verify`, () => {
        assert.ok(built.hex, built.error);
        assert.equal(built.hex.length, c.hex.length);
        assert.ok(again.tx, again.error);
        assert.equal(again.hex, built.hex);
        assert.equal(again.verify.origin.ok, true);
      });
    } else {
      check(`${label}: the chained sponsor signatures do not verify`, () => {
        assert.ok(ours.tx, ours.error);
        assert.equal(ours.verify.origin.ok, true);
        assert.equal(ours.verify.sponsor.ok, false);
      });
      check(`${label}: our build signs every sponsor key over the same presign`, () => {
        assert.ok(built.hex, built.error);
        assert.notEqual(built.hex, c.hex);
        assert.deepEqual(again.verify, { origin: { ok: true }, sponsor: { ok: true } });
        assert.deepEqual(jsVerify(built.hex), { origin: true, sponsor: true }, 'Stacks.js verifies it too');
      });
    }
  });

  // 3. Corrupted serializations.
  const corrupt = [];
  const sampled = cases.filter((_, i) => i % 9 === 0);
  for (const c of sampled) {
    const bytes = fromHex(c.hex);
    const cut = rnd(bytes.length);
    corrupt.push({ how: 'truncated', hex: c.hex.slice(0, 2 * cut), from: c, note: `cut at ${cut} of ${bytes.length}` });
    corrupt.push({ how: 'appended', hex: c.hex + randomHex(1 + rnd(3)), from: c });
    for (let n = 0; n < 2; n++) {
      const flipped = Uint8Array.from(bytes);
      const at = rnd(bytes.length);
      flipped[at] ^= 1 << rnd(8);
      corrupt.push({ how: 'flipped', hex: toHex(flipped), from: c, note: `bit flip at byte ${at}` });
    }
  }
  // Targeted: version bytes, an unknown auth flag, a coinbase that is not on-chain-only, empty input.
  const first = cases[0];
  for (const v of ['01', '7f', '81', 'ff']) corrupt.push({ how: 'flipped', hex: v + first.hex.slice(2), from: first, note: `version byte ${v}` });
  corrupt.push({ how: 'flipped', hex: first.hex.slice(0, 10) + '06' + first.hex.slice(12), from: first, note: 'auth flag 06' });
  const coinbase = cases.find((c) => c.spec.payload.type === 'coinbase' && !c.spec.sponsor && !isMultisig(c.spec.origin.hash_mode));
  if (coinbase) {
    const anchorAt = 2 * (1 + 4 + 1 + 1 + 20 + 8 + 8 + 1 + 65); // version, chain id, flag, single-sig origin
    corrupt.push({ how: 'flipped', hex: coinbase.hex.slice(0, anchorAt) + '03' + coinbase.hex.slice(anchorAt + 2), from: coinbase, note: 'coinbase with anchor mode any' });
  }
  corrupt.push({ how: 'truncated', hex: '', from: first, note: 'empty input' });

  const corruptAnswers = runTool(corrupt.map((k) => ({ op: 'decode', hex: k.hex })));
  const classes = new Map();
  const classify = (key, example) => {
    const entry = classes.get(key) || { count: 0, example };
    entry.count++;
    classes.set(key, entry);
  };
  const normalize = (message) => String(message).replace(/\b(0x)?[0-9a-f]{8,}\b/gi, '#').replace(/\d+/g, '#').slice(0, 110);
  // Where only we reject, why (each checked against stacks-core's decoder; see the file comment).
  const ourReasons = [
    [/trailing bytes/, 'trailing bytes: Stacks.js ignores them (so does the reference\'s POST /v2/transactions, which reads one transaction from the body); DecodeTransaction wants exactly one transaction'],
    [/poison|microblock/, 'poison-microblock headers, which Stacks.js does not read'],
    [/truncated/, 'truncated input Stacks.js reads past (its BytesReader.readBytes does not check bounds); the reference rejects it'],
    [/anchor mode/, 'a coinbase or poison-microblock payload not on-chain-only: the reference rejects it at decode'],
    [/public key is not/, 'a multi-sig public-key field that is not a compressed curve point: the reference rejects it at decode (to_public_key)'],
    [/signature count|signatures, .*required/, 'a sequential multi-sig condition whose signature count is not signatures_required: the reference rejects it at decode, Stacks.js only when verifying'],
    [/VRF proof/, 'a malformed VRF proof (Gamma off the curve or of small order, s not canonical): the reference rejects it at decode'],
    [/clarity name|contract name|printable ASCII|code body length|clarity value|string|UTF-8/i, 'a name, string or Clarity value breaking the reference\'s rules, which Stacks.js does not check'],
  ];
  const theirReasons = [[/TransactionVersion/, 'a version byte other than 0x00/0x80: the reference reads only bit 0x80 (we follow it)']];
  const reason = (table, message) => {
    const hit = table.find(([re]) => re.test(message));
    return hit ? hit[1] : `UNCLASSIFIED: ${normalize(message)}`;
  };
  corrupt.forEach((k, n) => {
    const ours = corruptAnswers[n];
    const label = `corrupt ${n} (${k.how}${k.note ? `, ${k.note}` : ''}, from ${k.from.spec.payload.type})`;
    let js = null;
    let jsError = null;
    try {
      js = deserializeTransaction(k.hex);
    } catch (e) {
      jsError = e.message;
    }
    check(`${label}: clean answer`, () => assert.ok(ours.tx || (typeof ours.error === 'string' && ours.error.length > 0), JSON.stringify(ours)));
    if (k.how !== 'flipped' || k.note === 'empty input') {
      check(`${label}: rejected`, () => assert.ok(ours.error, 'accepted'));
    }
    if (ours.error && jsError) {
      classify('both reject', label);
    } else if (ours.error) {
      classify(`only we reject: ${reason(ourReasons, ours.error)}`, label);
    } else if (jsError) {
      classify(`only Stacks.js rejects: ${reason(theirReasons, jsError)}`, label);
    } else {
      classify('both accept', label);
      // Stacks.js does not read poison headers, so there is nothing to compare them with.
      if (k.from.spec.payload.type !== 'poison_microblock') {
        check(`${label}: fields agree with Stacks.js`, () => noErrors(compareTransaction(ours.tx, js, txidFromData(fromHex(k.hex)), null, k.hex)));
        check(`${label}: re-serializes to the same bytes`, () => assert.equal(ours.hex, k.hex));
        check(`${label}: origin verification agrees with Stacks.js`, () => {
          const theirs = jsVerify(k.hex);
          assert.equal(ours.verify.origin.ok, theirs.origin === true, `ours ${JSON.stringify(ours.verify.origin)}, Stacks.js ${theirs.origin}`);
        });
      }
    }
  });

  // 4. Malformed requests get an error line, never a crash.
  const malformed = ['not json', '[]', '{"op":"nope"}', '{"op":"decode"}', '{"op":"decode","hex":"zz"}', '{"op":"verify","hex":""}',
    toolRequest({ ...cases[0].spec, origin: { ...cases[0].spec.origin, keys: [{ private_key: '00'.repeat(32) }] } }),
    toolRequest({ ...cases[0].spec, payload: { type: 'token_transfer' } }), toolRequest({ ...cases[0].spec, version: 1 })];
  const malformedAnswers = runTool(malformed);
  malformed.forEach((request, n) => {
    check(`malformed request ${n} answered with an error`, () => assert.ok(typeof malformedAnswers[n].error === 'string', JSON.stringify(malformedAnswers[n])));
  });

  // Report.
  const sorted = (obj) => Object.entries(obj).sort(([a], [b]) => byteOrder(a, b));
  console.log(`transactions (seed ${seed}): ${cases.length} random, ${special.length} known-difference, ${corrupt.length} corrupted`);
  console.log('coverage:');
  for (const [k, v] of sorted(coverage)) console.log(`  ${k}: ${v}`);
  console.log('corrupted serializations (the reference is the authority where we and Stacks.js disagree):');
  for (const [k, v] of [...classes.entries()].sort(([a], [b]) => byteOrder(a, b))) console.log(`  ${v.count} x ${k}   e.g. ${v.example}`);
  printFailures();
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  process.exit(counts.failed === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e.stack || e);
  console.log(`${counts.passed} passed, ${counts.failed + 1} failed`);
  process.exit(1);
});
