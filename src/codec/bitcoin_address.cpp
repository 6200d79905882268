#include "codec/bitcoin_address.h"

#include "codec/base58.h"
#include "codec/c32.h"
#include "util/bytes.h"

namespace stacks::codec {

namespace {

constexpr size_t BITCOIN_ADDRESS_PAYLOAD_LEN = 1 + std::tuple_size_v<crypto::Hash160>;

// The version-and-hash payload of a base58check address, as b58ToC32 and BitcoinAddressDecode need it.
util::Result<util::Bytes> DecodePayload(std::string_view text) {
  STACKS_TRY(util::Bytes payload, Base58CheckDecode(text));
  if (payload.size() != BITCOIN_ADDRESS_PAYLOAD_LEN) {
    return util::InvalidArgument("base58 address payload must be 21 bytes, got " + std::to_string(payload.size()));
  }
  return payload;
}

}  // namespace

uint8_t BitcoinAddressVersion(BitcoinAddressKind kind, BitcoinNetwork network) {
  const bool mainnet = network == BitcoinNetwork::kMainnet;
  if (kind == BitcoinAddressKind::kP2pkh)
    return mainnet ? BITCOIN_P2PKH_VERSION_MAINNET : BITCOIN_P2PKH_VERSION_TESTNET;
  return mainnet ? BITCOIN_P2SH_VERSION_MAINNET : BITCOIN_P2SH_VERSION_TESTNET;
}

std::string BitcoinAddressEncode(BitcoinAddressKind kind, BitcoinNetwork network, const crypto::Hash160& hash160) {
  const uint8_t version[1] = {BitcoinAddressVersion(kind, network)};
  return Base58CheckEncode(util::Concat({version, hash160}));
}

util::Result<BitcoinAddress> BitcoinAddressDecode(std::string_view text) {
  STACKS_TRY(util::Bytes payload, DecodePayload(text));
  BitcoinAddress out;
  out.version = payload[0];
  out.hash160 = util::ToArray<20>(util::ByteView(payload).subspan(1));
  switch (out.version) {
    case BITCOIN_P2PKH_VERSION_MAINNET:
      out.kind = BitcoinAddressKind::kP2pkh;
      out.network = BitcoinNetwork::kMainnet;
      break;
    case BITCOIN_P2PKH_VERSION_TESTNET:
      out.kind = BitcoinAddressKind::kP2pkh;
      out.network = BitcoinNetwork::kTestnet;
      break;
    case BITCOIN_P2SH_VERSION_MAINNET:
      out.kind = BitcoinAddressKind::kP2sh;
      out.network = BitcoinNetwork::kMainnet;
      break;
    case BITCOIN_P2SH_VERSION_TESTNET:
      out.kind = BitcoinAddressKind::kP2sh;
      out.network = BitcoinNetwork::kTestnet;
      break;
    default:
      return util::InvalidArgument("unknown bitcoin address version " + std::to_string(out.version));
  }
  return out;
}

uint8_t C32VersionForB58Version(uint8_t bitcoin_version) {
  switch (bitcoin_version) {
    case BITCOIN_P2PKH_VERSION_MAINNET:
      return 22;
    case BITCOIN_P2SH_VERSION_MAINNET:
      return 20;
    case BITCOIN_P2PKH_VERSION_TESTNET:
      return 26;
    case BITCOIN_P2SH_VERSION_TESTNET:
      return 21;
    default:
      return bitcoin_version;
  }
}

uint8_t B58VersionForC32Version(uint8_t stacks_version) {
  switch (stacks_version) {
    case 22:
      return BITCOIN_P2PKH_VERSION_MAINNET;
    case 20:
      return BITCOIN_P2SH_VERSION_MAINNET;
    case 26:
      return BITCOIN_P2PKH_VERSION_TESTNET;
    case 21:
      return BITCOIN_P2SH_VERSION_TESTNET;
    default:
      return stacks_version;
  }
}

util::Result<std::string> B58ToC32(std::string_view text, std::optional<uint8_t> stacks_version) {
  STACKS_TRY(util::Bytes payload, DecodePayload(text));
  const uint8_t version = stacks_version ? *stacks_version : C32VersionForB58Version(payload[0]);
  return C32AddressEncode(version, util::ToArray<20>(util::ByteView(payload).subspan(1)));
}

util::Result<std::string> C32ToB58(std::string_view text, std::optional<uint8_t> bitcoin_version) {
  STACKS_TRY(C32CheckPayload address, C32AddressDecodeAnyLength(text));
  const uint8_t version[1] = {bitcoin_version ? *bitcoin_version : B58VersionForC32Version(address.version)};
  return Base58CheckEncode(util::Concat({version, address.data}));
}

}  // namespace stacks::codec
