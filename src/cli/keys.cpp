#include "cli/keys.h"

#include <regex>
#include <string>

#include "codec/base58.h"
#include "codec/bitcoin_address.h"
#include "codec/c32.h"
#include "codec/stacks_address.h"
#include "codec/wif.h"
#include "crypto/bip32.h"
#include "crypto/bip39.h"
#include "crypto/hash.h"
#include "crypto/secp256k1.h"
#include "util/hex.h"

namespace stacks::cli {

namespace {

// The Bitcoin base58 versions of bitcoinjs-lib's networks.bitcoin and networks.testnet, which stx works with.
constexpr uint8_t kBtcP2pkhMainnet = codec::BITCOIN_P2PKH_VERSION_MAINNET;
constexpr uint8_t kBtcP2shMainnet = codec::BITCOIN_P2SH_VERSION_MAINNET;
constexpr uint8_t kBtcP2pkhTestnet = codec::BITCOIN_P2PKH_VERSION_TESTNET;
constexpr uint8_t kBtcP2shTestnet = codec::BITCOIN_P2SH_VERSION_TESTNET;

std::string Base58Address(uint8_t version, const crypto::Hash160& hash) {
  util::Bytes payload;
  payload.reserve(21);
  payload.push_back(version);
  util::Append(payload, hash);
  return codec::Base58CheckEncode(payload);
}

// A base58check address of any version byte, as bitcoinjs-lib's fromBase58Check reads it (stx converts versions
// that codec::BitcoinAddressDecode refuses).
struct Base58Decoded {
  uint8_t version;
  crypto::Hash160 hash;
};

util::Result<Base58Decoded> DecodeBase58Address(std::string_view address) {
  STACKS_TRY(util::Bytes payload, codec::Base58CheckDecode(address));
  if (payload.size() != 21) {
    return util::InvalidArgument("base58 address '" + std::string(address) + "' holds " +
                                 std::to_string(payload.size()) + " bytes, expected 21");
  }
  return Base58Decoded{payload[0], util::ToArray<20>(util::ByteView(payload).subspan(1))};
}

// The JSON stx prints for one key: its address forms and encodings.
Json KeyInfo(bool testnet, const crypto::PrivateKey& key) {
  crypto::PublicKey pub = key.GetPublicKey();
  util::Bytes pub_bytes = pub.Serialize();
  crypto::Hash160 hash = crypto::Hash160Of(pub_bytes);
  uint8_t c32_version =
      testnet ? codec::C32_ADDRESS_VERSION_TESTNET_SINGLESIG : codec::C32_ADDRESS_VERSION_MAINNET_SINGLESIG;
  Json info;
  info["privateKey"] = key.ToHex();
  info["publicKey"] = util::ToHex(pub_bytes);
  info["address"] = codec::StacksAddress{c32_version, hash}.ToString();
  info["btcAddress"] = Base58Address(testnet ? kBtcP2pkhTestnet : kBtcP2pkhMainnet, hash);
  info["wif"] = codec::WifEncode(
      codec::WifKey{testnet ? codec::WifNetwork::kTestnet : codec::WifNetwork::kMainnet, key.secret(), true});
  info["index"] = 0;
  return info;
}

}  // namespace

util::Result<Json> MakeKeychain(bool testnet, std::optional<std::string_view> mnemonic_arg,
                                std::optional<std::string_view> derivation_path) {
  std::string mnemonic;
  if (mnemonic_arg) {
    std::string_view m = *mnemonic_arg;
    if (m.find_first_of(" \t\n") == std::string_view::npos) {
      return util::InvalidArgument(
          "mnemonic: expected 12 to 24 words separated by spaces (encrypted backup phrases are not supported)");
    }
    // Decoding checks every word and the checksum; re-encoding gives the canonical single-spaced phrase.
    auto entropy = crypto::MnemonicToEntropy(m);
    if (!entropy) return util::InvalidArgument("mnemonic: " + entropy.error().message);
    auto canonical = crypto::EntropyToMnemonic(*entropy);
    util::SecureZero(entropy->data(), entropy->size());
    if (!canonical) return canonical.error();
    mnemonic = std::move(*canonical);
  } else {
    STACKS_TRY(mnemonic, crypto::GenerateMnemonic(24));
  }
  STACKS_TRY(crypto::Hash512 seed, crypto::MnemonicToSeed(mnemonic));
  auto master = crypto::ExtendedPrivateKey::FromSeed(seed);
  util::SecureZero(seed.data(), seed.size());
  if (!master) return master.error();
  auto child = master->DerivePath(derivation_path.value_or(kStacksWalletDerivationPath));
  if (!child) return util::InvalidArgument("derivation path: " + child.error().message);
  crypto::PrivateKey key = child->GetPrivateKey();

  Json out;
  out["mnemonic"] = mnemonic;
  out["keyInfo"] = KeyInfo(testnet, key);
  return out;
}

util::Result<Json> GetAddress(bool testnet, std::string_view private_key_hex) {
  if (private_key_hex.size() != 64 && private_key_hex.size() != 66) {
    return util::InvalidArgument("private key: expected 64 hex digits, or 66 ending in 01 for a compressed key; got " +
                                 std::to_string(private_key_hex.size()) + " characters");
  }
  auto key = crypto::PrivateKey::FromHex(private_key_hex);
  if (!key) return util::InvalidArgument("private key: " + key.error().message);
  crypto::Hash160 hash = crypto::Hash160Of(key->GetPublicKey().Serialize());
  std::string btc = Base58Address(testnet ? kBtcP2pkhTestnet : kBtcP2pkhMainnet, hash);
  STACKS_TRY(std::string stacks, codec::B58ToC32(btc));
  Json out;
  out["BTC"] = btc;
  out["STACKS"] = stacks;
  return out;
}

util::Result<Json> ConvertAddress(bool testnet, std::string_view address) {
  static const std::regex kC32Chars("^[0123456789ABCDEFGHJKMNPQRSTVWXYZ]+$");
  static const std::regex kBase58Char("[123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz]");
  std::string addr(address);
  std::string b58;
  if (std::regex_match(addr, kC32Chars)) {
    STACKS_TRY(b58, codec::C32ToB58(addr));
  } else if (std::regex_search(addr, kBase58Char)) {
    b58 = addr;
  } else {
    return util::InvalidArgument("address: unrecognized address '" + addr + "'");
  }
  STACKS_TRY(Base58Decoded decoded, DecodeBase58Address(b58));

  // stx's rules, quirks included: only a testnet P2PKH address counts as "testnet" by itself; with -t any P2PKH or
  // P2SH version is coerced to the testnet one; the mainnet form is P2SH only when the version equals the selected
  // network's P2SH version, and P2PKH otherwise.
  std::optional<std::string> testnet_b58;
  if (decoded.version == kBtcP2pkhTestnet) {
    testnet_b58 = b58;
  } else if (testnet) {
    uint8_t v;
    if (decoded.version == kBtcP2shMainnet || decoded.version == kBtcP2shTestnet) {
      v = kBtcP2shTestnet;
    } else if (decoded.version == kBtcP2pkhMainnet) {
      v = kBtcP2pkhTestnet;
    } else {
      return util::InvalidArgument("address: unrecognized address version number " + std::to_string(decoded.version) +
                                   " in " + b58);
    }
    testnet_b58 = Base58Address(v, decoded.hash);
  }
  uint8_t network_p2sh = testnet ? kBtcP2shTestnet : kBtcP2shMainnet;
  std::string mainnet_b58 =
      Base58Address(decoded.version == network_p2sh ? kBtcP2shMainnet : kBtcP2pkhMainnet, decoded.hash);

  Json out;
  STACKS_TRY(std::string mainnet_c32, codec::B58ToC32(mainnet_b58));
  out["mainnet"] = Json{{"STACKS", mainnet_c32}, {"BTC", mainnet_b58}};
  if (testnet_b58) {
    STACKS_TRY(std::string testnet_c32, codec::B58ToC32(*testnet_b58));
    out["testnet"] = Json{{"STACKS", testnet_c32}, {"BTC", *testnet_b58}};
  }
  return out;
}

}  // namespace stacks::cli
