// stacks-cli's key commands: make_keychain, get_address, convert_address. Each returns the JSON that `stx`
// (@stacks/cli 6.x) prints for the same arguments, with its key order, or an error naming the bad argument.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

#include "util/result.h"

namespace stacks::cli {

/// JSON that keeps insertion order, as JavaScript objects print.
using Json = nlohmann::ordered_json;

/// The wallet derivation path `stx make_keychain` uses by default.
inline constexpr std::string_view kStacksWalletDerivationPath = "m/44'/5757'/0'/0/0";

/// `make_keychain [MNEMONIC] [DERIVATION_PATH]`:
/// {"mnemonic", "keyInfo": {"privateKey", "publicKey", "address", "btcAddress", "wif", "index": 0}}.
/// With no mnemonic, a new 24-word one from the OS CSPRNG. The key is the BIP32 child at `derivation_path`
/// (default kStacksWalletDerivationPath) of the BIP39 seed (empty passphrase); privateKey carries the 01 suffix.
/// Errors: kInvalidArgument for a one-word argument (stx's encrypted backup phrase, not supported), a mnemonic with an
/// unknown word, a wrong word count or a bad checksum, or a malformed derivation path — each message names which.
util::Result<Json> MakeKeychain(bool testnet, std::optional<std::string_view> mnemonic,
                                std::optional<std::string_view> derivation_path);

/// `get_address PRIVATE_KEY`: {"BTC", "STACKS"} of the key's P2PKH address. A 64-hex-digit key uses its uncompressed
/// public key, a 66-digit key ending in 01 its compressed one, as stx does.
/// Errors: kInvalidArgument for non-hex text, another length, or a scalar outside [1, n-1].
util::Result<Json> GetAddress(bool testnet, std::string_view private_key_hex);

/// `convert_address ADDRESS`: a c32 (S...) or base58 address in both forms, {"mainnet": {"STACKS", "BTC"}} plus
/// "testnet" when `testnet` is set or the address is a testnet P2PKH one — following stx's version mapping exactly,
/// quirks included (docs/CLI.md).
/// Errors: kInvalidArgument for a bad checksum, bad characters, or a version stx cannot map.
util::Result<Json> ConvertAddress(bool testnet, std::string_view address);

}  // namespace stacks::cli
