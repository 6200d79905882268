// Seeded randomness (mulberry32) for the interop tests, so that a failure can be reproduced: set
// STACKS_INTEROP_SEED to the seed a failing run printed.
'use strict';

/// A generator seeded from STACKS_INTEROP_SEED, or `defaultSeed`.
function seededRandom(defaultSeed) {
  const seed = Number(process.env.STACKS_INTEROP_SEED || defaultSeed) >>> 0;
  let state = seed;
  function random() {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  const rnd = (n) => Math.floor(random() * n);
  return {
    seed,
    random,
    rnd,
    pick: (items) => items[rnd(items.length)],
    chance: (p) => random() < p,
    randomBytes: (n) => Uint8Array.from({ length: n }, () => rnd(256)),
  };
}

module.exports = { seededRandom };
