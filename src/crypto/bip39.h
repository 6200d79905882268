// BIP39 mnemonic sentences over the English wordlist, as Stacks wallets (Leather, Xverse, Stacks.js, `stx`) use them.
//
// A mnemonic of 12, 15, 18, 21 or 24 words encodes 16, 20, 24, 28 or 32 bytes of entropy followed by the first
// entropy_bits/32 bits of SHA-256(entropy) as a checksum, 11 bits a word, most significant first. The seed that
// wallets derive keys from (BIP32) is PBKDF2-HMAC-SHA512 of the sentence, independent of the checksum.
//
// Only the English wordlist is supported. BIP39 applies Unicode NFKD to the sentence and passphrase before hashing;
// NFKD leaves ASCII unchanged, so for ASCII input this implementation is exact. Non-ASCII input is refused rather
// than hashed unnormalised (which would silently produce a different seed from other wallets).
//
// All functions are pure (GenerateMnemonic aside, which reads the OS CSPRNG) and thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "crypto/hash.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::crypto {

/// Decode a mnemonic to its entropy.
/// In: mnemonic: English words separated by whitespace (spaces, tabs, newlines); runs of whitespace and leading or
///     trailing whitespace are ignored. Words are matched exactly (lower case).
/// Returns 16, 20, 24, 28 or 32 bytes. The caller owns them and should zero them (util::SecureZero) when done.
/// Errors (all kInvalidArgument): a word count other than 12, 15, 18, 21 or 24; a word not in the wordlist (the
/// message names the word and its 1-based position); "bad mnemonic checksum".
util::Result<util::Bytes> MnemonicToEntropy(std::string_view mnemonic);

/// MnemonicToEntropy, keeping only success or its error.
util::Status ValidateMnemonic(std::string_view mnemonic);

/// The mnemonic of `entropy`: lower-case words separated by single spaces.
/// Errors: kInvalidArgument unless entropy is 16, 20, 24, 28 or 32 bytes.
util::Result<std::string> EntropyToMnemonic(util::ByteView entropy);

/// A new mnemonic of `words` words from the OS CSPRNG (words * 32 / 3 bits of entropy).
/// Errors: kInvalidArgument unless words is 12, 15, 18, 21 or 24.
util::Result<std::string> GenerateMnemonic(size_t words = 24);

/// The 64-byte BIP39 seed: PBKDF2-HMAC-SHA512(password = mnemonic, salt = "mnemonic" + passphrase, 2048 iterations).
/// The mnemonic is hashed as given (no whitespace normalisation and no wordlist or checksum check, as BIP39
/// specifies); call ValidateMnemonic first to catch typos.
/// Errors: kUnimplemented if mnemonic or passphrase contains a non-ASCII byte (NFKD normalisation is not
/// implemented; see the file comment).
util::Result<Hash512> MnemonicToSeed(std::string_view mnemonic, std::string_view passphrase = "");

}  // namespace stacks::crypto
