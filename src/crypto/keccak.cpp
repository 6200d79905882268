// Keccak-256 as Ethereum and Clarity define it: Keccak-f[1600], rate 1088 bits, padding 0x01 ... 0x80.
// Written here because OpenSSL 3.0 offers only SHA3 (padding 0x06) and KMAC's Keccak, not this variant.
#include <cstring>

#include "crypto/hash.h"

namespace stacks::crypto {

namespace {

constexpr uint64_t kRoundConstants[24] = {
    0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808aULL, 0x8000000080008000ULL, 0x000000000000808bULL,
    0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL, 0x000000000000008aULL, 0x0000000000000088ULL,
    0x0000000080008009ULL, 0x000000008000000aULL, 0x000000008000808bULL, 0x800000000000008bULL, 0x8000000000008089ULL,
    0x8000000000008003ULL, 0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800aULL, 0x800000008000000aULL,
    0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL};

// Rotation offsets r[x + 5y] of the rho step.
constexpr int kRho[25] = {0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14};

inline uint64_t Rotl(uint64_t v, int n) { return n == 0 ? v : (v << n) | (v >> (64 - n)); }

void KeccakF1600(uint64_t a[25]) {
  for (uint64_t rc : kRoundConstants) {
    // theta
    uint64_t c[5];
    for (int x = 0; x < 5; ++x) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
    for (int x = 0; x < 5; ++x) {
      uint64_t d = c[(x + 4) % 5] ^ Rotl(c[(x + 1) % 5], 1);
      for (int y = 0; y < 25; y += 5) a[y + x] ^= d;
    }
    // rho and pi: b[y, 2x+3y] = rot(a[x, y], r[x, y])
    uint64_t b[25];
    for (int x = 0; x < 5; ++x)
      for (int y = 0; y < 5; ++y) b[y + 5 * ((2 * x + 3 * y) % 5)] = Rotl(a[x + 5 * y], kRho[x + 5 * y]);
    // chi
    for (int y = 0; y < 25; y += 5)
      for (int x = 0; x < 5; ++x) a[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
    // iota
    a[0] ^= rc;
  }
}

inline uint64_t LoadLe64(const uint8_t* p) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = v << 8 | p[i];
  return v;
}

}  // namespace

Hash256 Keccak256(util::ByteView data) {
  constexpr size_t kRate = 136;
  uint64_t state[25] = {};
  size_t off = 0;
  while (data.size() - off >= kRate) {
    for (size_t i = 0; i < kRate / 8; ++i) state[i] ^= LoadLe64(data.data() + off + 8 * i);
    KeccakF1600(state);
    off += kRate;
  }
  uint8_t block[kRate] = {};
  std::memcpy(block, data.data() + off, data.size() - off);
  block[data.size() - off] ^= 0x01;
  block[kRate - 1] ^= 0x80;
  for (size_t i = 0; i < kRate / 8; ++i) state[i] ^= LoadLe64(block + 8 * i);
  KeccakF1600(state);
  Hash256 out;
  for (size_t i = 0; i < 32; ++i) out[i] = static_cast<uint8_t>(state[i / 8] >> (8 * (i % 8)));
  return out;
}

}  // namespace stacks::crypto
