// Interop: Clarity values between stacks-cpp and Stacks.js (@stacks/transactions 7.6.0).
// Usage: node clarity_values.js PATH_TO_CLARITY_VALUE_TOOL
//
// - 400 random values of every type (seeded; STACKS_INTEROP_SEED picks another seed) and ~40 edge values, built and
//   serialized by Stacks.js. Our deserialize + serialize must give the reference's bytes: Stacks.js's own bytes,
//   except where Stacks.js orders tuple keys with localeCompare and the reference with byte order ({a, B}); there the
//   expected bytes are Stacks.js's encoding with its tuples re-ordered (canonicalHex below), and we must also accept
//   Stacks.js's order.
// - Our Stacks.js text form equals cvToString of the same bytes. Our reference text form equals an independent
//   rendering of the reference VM's Display (refDisplay below, written from clarity-types' `impl Display`), and
//   equals cvToString wherever the two coincide (no lists, no strings that need escaping).
// - Literals: Stacks.js's prettyPrint of 100 simple values parses (with our parser) to the bytes Stacks.js's own
//   Cl.parse gives; our literal form of every value parses back to the same bytes.
// - Corrupted serializations must fail with the expected error code: every truncation, a trailing byte, unknown type
//   prefixes, principal versions >= 32, invalid UTF-8, non-printable ASCII, repeated or invalid tuple keys, empty
//   tuples, invalid contract names, lengths over 1 MiB, lists without a common type or too large a type, nesting
//   past 16. Random byte flips that we accept must decode in Stacks.js to the same canonical bytes.
'use strict';
const { refDisplay, canonicalHex, byteOrder, u8Hex, u32Hex, asciiHex } = require('./lib/reference_clarity');

const assert = require('node:assert/strict');
const c32 = require('c32check');
const { Cl, serializeCV, deserializeCV, cvToString } = require('@stacks/transactions');

const tool = process.argv[2];
if (!tool) throw new Error('usage: node clarity_values.js PATH_TO_CLARITY_VALUE_TOOL');

// A small seeded PRNG (mulberry32) so that a failure can be reproduced.
const { runJsonLinesTool, makeChecker } = require('./lib/harness');
const { seed, random, rnd, pick, randomBytes } = require('./lib/seeded_random').seededRandom(20240611);
const toHex = (bytes) => Buffer.from(bytes).toString('hex');

// ---------------------------------------------------------------------------------------------------------------
// Random values. `simple` restricts them to what Stacks.js's Cl.parse can read back from Cl.prettyPrint.

const ASCII_CHARS = Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i)).concat(['\t', '\n', '\r', '\f']);
const SIMPLE_ASCII_CHARS = ASCII_CHARS.filter((c) => c >= ' ' && c <= '~');

function randomString(len, simple) {
  return Array.from({ length: len }, () => pick(simple ? SIMPLE_ASCII_CHARS : ASCII_CHARS)).join('');
}

function randomCodePoint(simple) {
  switch (rnd(5)) {
    case 0:
      return simple ? 0x20 + rnd(95) : rnd(0x80); // ASCII, controls included
    case 1:
      return 0x80 + rnd(0x800 - 0x80); // two bytes
    case 2: {
      const cp = 0x800 + rnd(0x10000 - 0x800); // three bytes, no surrogates
      return cp >= 0xd800 && cp <= 0xdfff ? 0xe000 : cp;
    }
    case 3:
      return 0x10000 + rnd(0x110000 - 0x10000); // four bytes
    default:
      return pick([0x20ac, 0xe9, 0x1f600, 0x10ffff, 0xfffd, 0x4e2d]);
  }
}

function randomUtf8(len, simple) {
  return Array.from({ length: len }, () => String.fromCodePoint(randomCodePoint(simple))).join('');
}

function randomName(simple) {
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const rest = simple ? 'abcdefghijklmnopqrstuvwxyz0123456789_' : first + '0123456789-_!?+<>=/*';
  let name = simple ? pick([...'abcdefghijklmnopqrstuvwxyz']) : pick([...first]);
  for (let i = rnd(8); i > 0; i--) name += pick([...rest]);
  return name;
}

function randomContractName(simple) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const rest = letters + '0123456789-' + (simple ? '' : '_');
  let name = pick([...(simple ? 'abcdefghijklmnopqrstuvwxyz' : letters)]);
  for (let i = rnd(simple ? 20 : 40); i > 0; i--) name += pick([...rest]);
  return name;
}

function randomAddress() {
  return c32.c32address(rnd(32), toHex(randomBytes(20)));
}

function randomInt(simple) {
  if (simple) return BigInt(rnd(2 ** 31)) * BigInt(rnd(2 ** 21)) * (random() < 0.5 ? -1n : 1n);
  switch (rnd(4)) {
    case 0:
      return BigInt(rnd(2000) - 1000);
    case 1:
      return pick([-(2n ** 127n), 2n ** 127n - 1n, 0n, -1n, 1n]);
    default:
      return BigInt.asIntN(128, BigInt('0x' + toHex(randomBytes(16))));
  }
}

function randomUint(simple) {
  if (simple) return BigInt(rnd(2 ** 31)) * BigInt(rnd(2 ** 21));
  switch (rnd(3)) {
    case 0:
      return BigInt(rnd(2000));
    case 1:
      return pick([0n, 2n ** 128n - 1n, 2n ** 64n]);
    default:
      return BigInt('0x' + toHex(randomBytes(16)));
  }
}

// A type: { kind, len?, inner?, ok?, err?, fields? }. Values of one type always share a least supertype, so lists
// built from them are valid.
function randomType(depth, simple) {
  const leaves = ['int', 'uint', 'bool', 'buff', 'ascii', 'utf8', 'principal'];
  const composites = ['optional', 'response', 'list', 'tuple'];
  const kind = depth >= 4 || random() < 0.45 ? pick(leaves) : pick(composites);
  switch (kind) {
    case 'buff':
    case 'ascii':
    case 'utf8':
      return { kind, len: (simple ? 1 : 0) + rnd(24) };
    case 'optional':
      return { kind, inner: randomType(depth + 1, simple) };
    case 'response':
      return { kind, ok: randomType(depth + 1, simple), err: randomType(depth + 1, simple) };
    case 'list':
      return { kind, len: rnd(5), inner: randomType(depth + 1, simple) };
    case 'tuple': {
      const fields = {};
      for (let i = 1 + rnd(4); i > 0; i--) fields[randomName(simple)] = randomType(depth + 1, simple);
      return { kind, fields };
    }
    default:
      return { kind };
  }
}

function randomValue(type, simple) {
  switch (type.kind) {
    case 'int':
      return Cl.int(randomInt(simple));
    case 'uint':
      return Cl.uint(randomUint(simple));
    case 'bool':
      return Cl.bool(random() < 0.5);
    case 'buff':
      return Cl.buffer(randomBytes(simple ? 1 + rnd(type.len) : rnd(type.len + 1)));
    case 'ascii':
      return Cl.stringAscii(randomString(rnd(type.len + 1), simple));
    case 'utf8':
      return Cl.stringUtf8(randomUtf8(rnd(type.len + 1), simple));
    case 'principal':
      return random() < 0.5
        ? Cl.standardPrincipal(randomAddress())
        : Cl.contractPrincipal(randomAddress(), randomContractName(simple));
    case 'optional':
      return random() < 0.3 ? Cl.none() : Cl.some(randomValue(type.inner, simple));
    case 'response':
      return random() < 0.5 ? Cl.ok(randomValue(type.ok, simple)) : Cl.error(randomValue(type.err, simple));
    case 'list':
      return Cl.list(Array.from({ length: rnd(type.len + 1) }, () => randomValue(type.inner, simple)));
    case 'tuple': {
      const data = {};
      for (const [name, fieldType] of Object.entries(type.fields)) data[name] = randomValue(fieldType, simple);
      return Cl.tuple(data);
    }
  }
  throw new Error(`unknown type ${type.kind}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Independent expectations.


// Whether cvToString and the reference's Display should print `cv` the same way.
function displaysAgree(cv) {
  switch (cv.type) {
    case 'list':
      return false;
    case 'ascii':
    case 'utf8':
      return /^[ !#-&(-[\]-~]*$/.test(cv.value); // printable ASCII other than " ' \
    case 'some':
    case 'ok':
    case 'err':
      return displaysAgree(cv.value);
    case 'tuple':
      return Object.values(cv.value).every(displaysAgree);
    default:
      return true;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The values.

function nestedSomes(levels) {
  let v = Cl.int(1);
  for (let i = 0; i < levels; i++) v = Cl.some(v);
  return v;
}

const edgeValues = [
  Cl.int(-(2n ** 127n)),
  Cl.int(2n ** 127n - 1n),
  Cl.int(0),
  Cl.int(-1),
  Cl.uint(0),
  Cl.uint(2n ** 128n - 1n),
  Cl.bool(true),
  Cl.bool(false),
  Cl.buffer(new Uint8Array(0)),
  Cl.buffer(randomBytes(1024 * 1024)),
  Cl.stringAscii(''),
  Cl.stringAscii(ASCII_CHARS.join('')),
  Cl.stringAscii('x'.repeat(100000)),
  Cl.stringUtf8(''),
  Cl.stringUtf8('\u{1F600}'),
  Cl.stringUtf8('caf\u00e9 \u20ac \u{1F600} \u{10FFFF} \uFFFF \0 \u0001 "\\\''),
  Cl.stringUtf8('\u00e9'.repeat(262144)),
  Cl.standardPrincipal(c32.c32address(0, '00'.repeat(20))),
  Cl.standardPrincipal(c32.c32address(31, 'ff'.repeat(20))),
  Cl.standardPrincipal('SP000000000000000000002Q6VF78'),
  Cl.contractPrincipal('SP000000000000000000002Q6VF78', 'pox-4'),
  Cl.contractPrincipal('ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM', 'a' + '_'.repeat(126)),
  Cl.none(),
  Cl.some(Cl.none()),
  Cl.ok(Cl.error(Cl.bool(false))),
  Cl.list([]),
  Cl.list([Cl.list([]), Cl.list([Cl.int(1)])]),
  Cl.list([Cl.none(), Cl.some(Cl.uint(1))]),
  Cl.list([Cl.ok(Cl.int(1)), Cl.error(Cl.stringAscii('e'))]),
  Cl.list([Cl.buffer(new Uint8Array(1)), Cl.buffer(new Uint8Array(9))]),
  Cl.list([Cl.standardPrincipal('SP000000000000000000002Q6VF78'), Cl.contractPrincipal('SP000000000000000000002Q6VF78', 'bns')]),
  Cl.list(Array.from({ length: 65535 }, (_, i) => Cl.int(i))),
  Cl.list([Cl.tuple({ a: Cl.int(1), b: Cl.int(2) }), Cl.tuple({ a: Cl.int(3), b: Cl.int(4), c: Cl.int(5) })]),
  Cl.tuple({ outer: Cl.tuple({ inner: Cl.tuple({ x: Cl.uint(7) }), b: Cl.bool(true) }) }),
  Cl.tuple({ b: Cl.int(1), B: Cl.int(2), a: Cl.int(3), 'a-b': Cl.int(4), ab: Cl.int(5), 'a!': Cl.int(6), '+': Cl.int(7) }),
  Cl.tuple({ ['k'.repeat(127)]: Cl.none(), Z: Cl.list([]) }),
  nestedSomes(15),
  Cl.ok(Cl.tuple({ 'stacker-info': Cl.some(Cl.tuple({ 'pox-addr': Cl.tuple({ version: Cl.buffer(new Uint8Array([1])), hashbytes: Cl.buffer(randomBytes(32)) }) })) })),
];

const randomValues = Array.from({ length: 400 }, () => randomValue(randomType(0, false), false));
const simpleValues = Array.from({ length: 100 }, () => randomValue(randomType(0, true), true));
const values = [...edgeValues, ...randomValues, ...simpleValues];

// ---------------------------------------------------------------------------------------------------------------
// Corrupted serializations: [hex, expected error code, why].

function corruptions() {
  const out = [];
  const add = (hex, code, why) => out.push([hex, code, why]);
  const std = serializeCV(Cl.standardPrincipal(c32.c32address(22, '11'.repeat(20))));
  const ctr = serializeCV(Cl.contractPrincipal(c32.c32address(26, '22'.repeat(20)), 'pox-4'));
  const int1 = serializeCV(Cl.int(1));
  for (let p = 0x0f; p <= 0xff; p += 7) add(u8Hex(p), 'invalid_argument', `type prefix ${p}`);
  for (const v of [32, 33, 128, 255]) {
    add('05' + u8Hex(v) + std.slice(4), 'invalid_argument', `standard principal version ${v}`);
    add('06' + u8Hex(v) + ctr.slice(4), 'invalid_argument', `contract principal version ${v}`);
  }
  const name = (s) => u8Hex(s.length) + asciiHex(s);
  const issuer = ctr.slice(2, 44);
  add('06' + issuer + '00', 'invalid_argument', 'empty contract name');
  add('06' + issuer + name('1abc'), 'invalid_argument', 'contract name starting with a digit');
  add('06' + issuer + name('a.b'), 'invalid_argument', 'contract name with a dot');
  add('06' + issuer + name('a' + 'b'.repeat(128)), 'resource_exhausted', 'contract name of 129 bytes');
  for (const bad of ['c080', 'eda080', 'f4908080', 'e282', '80', 'fe', 'f09f98']) {
    add('0e' + u32Hex(bad.length / 2) + bad, 'invalid_argument', `invalid UTF-8 ${bad}`);
  }
  for (const b of [0x00, 0x01, 0x0b, 0x7f, 0x80, 0xff]) add('0d00000001' + u8Hex(b), 'invalid_argument', `ascii byte ${b}`);
  add('0c00000002' + name('a') + '03' + name('a') + '04', 'invalid_argument', 'repeated tuple key');
  add('0c00000000', 'invalid_argument', 'empty tuple');
  for (const key of ['', '1a', 'a b', 'a.b', '-a']) add('0c00000001' + name(key) + '03', 'invalid_argument', `tuple key '${key}'`);
  add('0c00000001' + name('k'.repeat(129)) + '03', 'resource_exhausted', 'tuple key of 129 bytes');
  for (const prefix of ['02', '0b', '0c', '0d', '0e']) {
    add(prefix + '00100001', 'resource_exhausted', `length over 1 MiB after ${prefix}`);
    add(prefix + 'ffffffff', 'resource_exhausted', `length 2^32-1 after ${prefix}`);
  }
  add('0200000010' + 'ab', 'invalid_argument', 'buffer longer than the input');
  add('0b00000002' + int1 + serializeCV(Cl.uint(1)), 'invalid_argument', 'list of int and uint');
  add('0b00000002' + serializeCV(Cl.stringAscii('a')) + serializeCV(Cl.stringUtf8('a')), 'invalid_argument', 'list of ascii and utf8');
  add(
    '0b00000002' + serializeCV(Cl.tuple({ a: Cl.int(1), b: Cl.int(2), c: Cl.int(3) })) + serializeCV(Cl.tuple({ a: Cl.int(1), b: Cl.int(2) })),
    'invalid_argument',
    'list of tuples whose second lacks a field of the first',
  );
  add('0b00010000' + int1.repeat(65536), 'resource_exhausted', 'list of 65536 ints (type size over 1 MiB)');
  add('0e00100000' + '61'.repeat(1024 * 1024), 'resource_exhausted', 'string-utf8 of 1 MiB characters');
  add(serializeCV(nestedSomes(16)), 'resource_exhausted', 'nesting 17 deep');
  add('08'.repeat(40) + int1, 'resource_exhausted', 'nesting 41 deep');
  return out;
}

// ---------------------------------------------------------------------------------------------------------------

const runTool = (lines) => runJsonLinesTool(tool, lines);
const { check, counts, printFailures } = makeChecker({ maxFailures: 20, maxMessage: 2000 });
const short = (s) => (s.length > 120 ? s.slice(0, 120) + '...' : s);

// 1. Values serialized by Stacks.js.
const jsHex = values.map(serializeCV);
const expectedHex = values.map(canonicalHex);
const requests = [...jsHex, ...expectedHex.map((h, i) => (h === jsHex[i] ? null : h)).filter((h) => h !== null)];
const answers = runTool(requests);
let reordered = 0;
let agreeing = 0;
values.forEach((cv, i) => {
  const ours = answers[i];
  const label = `value ${i} ${short(jsHex[i])}`;
  check(`${label} decodes`, () => assert.ok(ours.ok, ours.message));
  if (!ours.ok) return;
  if (expectedHex[i] !== jsHex[i]) reordered++;
  check(`${label} bytes`, () => assert.equal(ours.hex, expectedHex[i]));
  // Stacks.js text of the reference's bytes (for which its tuple order is byte order).
  const jsText = cvToString(deserializeCV(expectedHex[i]));
  check(`${label} stacks.js text`, () => assert.equal(ours.js, jsText));
  check(`${label} reference text`, () => assert.equal(ours.text, refDisplay(cv)));
  if (displaysAgree(cv)) {
    agreeing++;
    check(`${label} reference text equals cvToString`, () => assert.equal(ours.text, jsText));
  }
});
// The canonical bytes themselves decode to the same bytes.
answers.slice(values.length).forEach((ours, k) => {
  check(`canonical request ${k}`, () => assert.ok(ours.ok && requests[values.length + k] === ours.hex, ours.message));
});

// 2. Literals: ours read back; Stacks.js's prettyPrint read by us as Stacks.js's Cl.parse reads it.
// A contract name longer than 40 bytes is valid in a value but not in a literal (the parser's limit).
function hasLongContractName(cv) {
  if (cv.type === 'contract') return cv.value.split('.')[1].length > 40;
  if (['some', 'ok', 'err'].includes(cv.type)) return hasLongContractName(cv.value);
  if (cv.type === 'list') return cv.value.some(hasLongContractName);
  if (cv.type === 'tuple') return Object.values(cv.value).some(hasLongContractName);
  return false;
}
const literalCases = values.map((cv, i) => ({ cv, ours: answers[i] })).filter(({ ours }) => ours.ok);
const literalRequests = literalCases.map(({ ours }) => 'lit ' + ours.literal);
const literalAnswers = runTool(literalRequests);
literalAnswers.forEach((back, k) => {
  const { cv, ours } = literalCases[k];
  check(`literal ${short(literalRequests[k])}`, () => {
    if (hasLongContractName(cv)) {
      assert.equal(back.code, 'resource_exhausted', back.message);
      return;
    }
    assert.ok(back.ok, back.message);
    assert.equal(back.hex, ours.hex);
  });
});
const pretty = simpleValues.map((cv) => Cl.prettyPrint(cv));
const prettyAnswers = runTool(pretty.map((p) => 'lit ' + p));
pretty.forEach((text, k) => {
  check(`prettyPrint literal ${short(text)}`, () => {
    const theirs = canonicalHex(Cl.parse(text));
    assert.equal(theirs, canonicalHex(simpleValues[k]), 'Stacks.js round trip');
    assert.ok(prettyAnswers[k].ok, prettyAnswers[k].message);
    assert.equal(prettyAnswers[k].hex, theirs);
  });
});

// 3. Corruptions that must fail, truncations and trailing bytes of every value, and random byte flips.
const bad = corruptions();
const sample = values.filter((_, i) => i < edgeValues.length || i % 3 === 0).map(canonicalHex).filter((h) => h.length < 20000);
for (const hex of sample) {
  bad.push([hex + '00', 'invalid_argument', `trailing byte after ${short(hex)}`]);
  const cuts = new Set([0, 1, hex.length / 2 - 1, rnd(hex.length / 2), rnd(hex.length / 2)]);
  for (const cut of cuts) {
    if (cut < hex.length / 2) bad.push([hex.slice(0, 2 * cut), 'invalid_argument', `${short(hex)} cut at ${cut}`]);
  }
}
const badAnswers = runTool(bad.map(([hex]) => hex));
bad.forEach(([hex, code, why], k) => {
  check(`rejects ${why}`, () => {
    assert.equal(badAnswers[k].ok, false, `accepted ${short(hex)}`);
    assert.equal(badAnswers[k].code, code, badAnswers[k].message);
  });
});

const flips = [];
for (const hex of sample.filter((h) => h.length <= 400)) {
  for (let n = 0; n < 3; n++) {
    const bytes = Buffer.from(hex, 'hex');
    bytes[rnd(bytes.length)] ^= 1 << rnd(8);
    flips.push(bytes.toString('hex'));
  }
}
const flipAnswers = runTool(flips);
let flipsAccepted = 0;
flips.forEach((hex, k) => {
  const ours = flipAnswers[k];
  if (!ours.ok) return;
  flipsAccepted++;
  check(`flipped ${short(hex)} agrees with Stacks.js`, () => {
    // We accept only what the reference accepts; Stacks.js (which checks less) must read it the same way.
    assert.equal(canonicalHex(deserializeCV(hex)), ours.hex);
    assert.equal(ours.js, cvToString(deserializeCV(ours.hex)));
  });
});

console.log(
  `clarity values (seed ${seed}): ${values.length} values (${edgeValues.length} edge, ${randomValues.length} random, ` +
    `${simpleValues.length} simple; ${reordered} with tuples Stacks.js orders differently, ${agreeing} whose ` +
    `reference text equals cvToString), ${literalRequests.length + pretty.length} literals, ${bad.length} ` +
    `corruptions, ${flips.length} byte flips (${flipsAccepted} still valid): ${counts.passed} checks passed, ${counts.failed} failed`,
);
printFailures();
process.exit(counts.failed === 0 ? 0 : 1);
