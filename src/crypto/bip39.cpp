#include "crypto/bip39.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdlib>

#include "crypto/random.h"

namespace stacks::crypto {

namespace detail {
// Defined in the bip39_wordlist.cpp that CMake generates from bip39_english.txt.
extern const std::string_view BIP39_ENGLISH_WORDS;
}  // namespace detail

namespace {

constexpr size_t WORDLIST_SIZE = 2048;
constexpr size_t BITS_PER_WORD = 11;
constexpr uint32_t PBKDF2_ROUNDS = 2048;
constexpr size_t MAX_WORDS = 24;
// Longest English word is 8 letters; longer input words are cut to this in error messages.
constexpr size_t MAX_WORD_IN_MESSAGE = 32;

using Wordlist = std::array<std::string_view, WORDLIST_SIZE>;

// The wordlist split into words once. It is compiled-in data, so a malformed list is a build defect: abort.
const Wordlist& English() {
  static const Wordlist words = [] {
    Wordlist out;
    std::string_view rest = detail::BIP39_ENGLISH_WORDS;
    for (auto& word : out) {
      size_t end = rest.find('\n');
      if (end == std::string_view::npos || end == 0) std::abort();
      word = rest.substr(0, end);
      rest.remove_prefix(end + 1);
    }
    if (!rest.empty() || !std::is_sorted(out.begin(), out.end())) std::abort();
    return out;
  }();
  return words;
}

bool ValidWordCount(size_t words) { return words >= 12 && words <= MAX_WORDS && words % 3 == 0; }

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

// A word quoted for an error message: cut to a bounded length, non-printable bytes shown as '?'.
std::string Quote(std::string_view word) {
  std::string out = "\"";
  for (char c : word.substr(0, MAX_WORD_IN_MESSAGE)) out += (c >= 0x20 && c < 0x7f) ? c : '?';
  if (word.size() > MAX_WORD_IN_MESSAGE) out += "...";
  return out + "\"";
}

// Bit `i` (0 = most significant bit of bytes[0]) of a big-endian bit string.
unsigned Bit(util::ByteView bytes, size_t i) { return (bytes[i / 8] >> (7 - i % 8)) & 1u; }

}  // namespace

util::Result<util::Bytes> MnemonicToEntropy(std::string_view mnemonic) {
  // Split on whitespace, keeping at most MAX_WORDS words but counting them all.
  std::array<std::string_view, MAX_WORDS> words;
  size_t count = 0;
  for (size_t i = 0; i < mnemonic.size();) {
    if (IsSpace(mnemonic[i])) {
      ++i;
      continue;
    }
    size_t start = i;
    while (i < mnemonic.size() && !IsSpace(mnemonic[i])) ++i;
    if (count < MAX_WORDS) words[count] = mnemonic.substr(start, i - start);
    ++count;
  }
  if (!ValidWordCount(count)) {
    return util::InvalidArgument("mnemonic has " + std::to_string(count) + " words; expected 12, 15, 18, 21 or 24");
  }

  // Concatenate the 11-bit word indices, most significant bit first.
  const Wordlist& list = English();
  util::Bytes bits((count * BITS_PER_WORD + 7) / 8, 0);
  for (size_t w = 0; w < count; ++w) {
    auto it = std::lower_bound(list.begin(), list.end(), words[w]);
    if (it == list.end() || *it != words[w]) {
      util::SecureZero(bits.data(), bits.size());
      return util::InvalidArgument("word " + std::to_string(w + 1) + " " + Quote(words[w]) +
                                   " is not in the BIP39 English wordlist");
    }
    auto index = static_cast<unsigned>(it - list.begin());
    for (size_t b = 0; b < BITS_PER_WORD; ++b) {
      size_t pos = w * BITS_PER_WORD + b;
      if ((index >> (BITS_PER_WORD - 1 - b)) & 1u) bits[pos / 8] |= static_cast<uint8_t>(0x80u >> (pos % 8));
    }
  }

  // count words = ENT + ENT/32 bits, so ENT = count * 32 / 3 bits and the checksum is count / 3 bits.
  size_t entropy_bytes = count * 4 / 3;
  size_t checksum_bits = count / 3;
  util::Bytes entropy(bits.begin(), bits.begin() + static_cast<std::ptrdiff_t>(entropy_bytes));
  Hash256 digest = Sha256(entropy);
  bool checksum_ok = true;
  for (size_t b = 0; b < checksum_bits; ++b) {
    if (Bit(digest, b) != Bit(bits, entropy_bytes * 8 + b)) checksum_ok = false;
  }
  util::SecureZero(bits.data(), bits.size());
  util::SecureZero(digest.data(), digest.size());
  if (!checksum_ok) {
    util::SecureZero(entropy.data(), entropy.size());
    return util::InvalidArgument("bad mnemonic checksum");
  }
  return entropy;
}

util::Status ValidateMnemonic(std::string_view mnemonic) {
  STACKS_TRY(util::Bytes entropy, MnemonicToEntropy(mnemonic));
  util::SecureZero(entropy.data(), entropy.size());
  return {};
}

util::Result<std::string> EntropyToMnemonic(util::ByteView entropy) {
  size_t n = entropy.size();
  if (n < 16 || n > 32 || n % 4 != 0) {
    return util::InvalidArgument("BIP39 entropy must be 16, 20, 24, 28 or 32 bytes, got " + std::to_string(n));
  }
  Hash256 digest = Sha256(entropy);
  size_t words = n * 3 / 4;
  const Wordlist& list = English();
  std::string out;
  for (size_t w = 0; w < words; ++w) {
    unsigned index = 0;
    for (size_t b = 0; b < BITS_PER_WORD; ++b) {
      size_t pos = w * BITS_PER_WORD + b;  // past the entropy, the bits come from the checksum
      index = (index << 1) | (pos < n * 8 ? Bit(entropy, pos) : Bit(digest, pos - n * 8));
    }
    if (w > 0) out += ' ';
    out += list[index];
  }
  util::SecureZero(digest.data(), digest.size());
  return out;
}

util::Result<std::string> GenerateMnemonic(size_t words) {
  if (!ValidWordCount(words)) {
    return util::InvalidArgument("mnemonic length must be 12, 15, 18, 21 or 24 words, got " + std::to_string(words));
  }
  std::array<uint8_t, 32> entropy;
  std::span<uint8_t> used(entropy.data(), words * 4 / 3);
  GetRandomBytes(used);
  auto mnemonic = EntropyToMnemonic(used);
  util::SecureZero(entropy.data(), entropy.size());
  return mnemonic;
}

util::Result<Hash512> MnemonicToSeed(std::string_view mnemonic, std::string_view passphrase) {
  auto is_ascii = [](std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  };
  if (!is_ascii(mnemonic)) return util::Unimplemented("non-ASCII mnemonic: NFKD normalisation is not implemented");
  if (!is_ascii(passphrase)) {
    return util::Unimplemented("non-ASCII passphrase: NFKD normalisation is not implemented");
  }
  std::string salt;
  salt.reserve(8 + passphrase.size());  // one buffer, so zeroing it below leaves no stray copy
  salt += "mnemonic";
  salt += passphrase;
  Hash512 seed;
  Pbkdf2HmacSha512(util::AsBytes(mnemonic), util::AsBytes(salt), PBKDF2_ROUNDS, seed);
  util::SecureZero(salt.data(), salt.size());
  return seed;
}

}  // namespace stacks::crypto
