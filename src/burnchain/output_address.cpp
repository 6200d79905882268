#include "burnchain/output_address.h"

#include <algorithm>

#include "burnchain/bech32.h"
#include "burnchain/script.h"

namespace stacks::burnchain {

namespace {

constexpr size_t P2PKH_SCRIPT_SIZE = 25;
constexpr size_t P2SH_SCRIPT_SIZE = 23;
constexpr size_t P2WPKH_SCRIPT_SIZE = 22;
constexpr size_t P2WSH_SCRIPT_SIZE = 34;  // also P2TR
constexpr size_t MAX_SEGWIT_DATA_VALUES = 65;

codec::BitcoinNetwork LegacyNetwork(BitcoinNetworkType network) {
  return network == BitcoinNetworkType::kMainnet ? codec::BitcoinNetwork::kMainnet : codec::BitcoinNetwork::kTestnet;
}

std::string_view SegwitHrp(BitcoinNetworkType network) {
  switch (network) {
    case BitcoinNetworkType::kMainnet:
      return "bc";
    case BitcoinNetworkType::kTestnet:
      return "tb";
    case BitcoinNetworkType::kRegtest:
      return "bcrt";
  }
  return "bc";
}

uint8_t WitnessVersion(SegwitAddressKind kind) { return kind == SegwitAddressKind::kP2tr ? 1 : 0; }

BitcoinOutputAddress Segwit(SegwitAddressKind kind, BitcoinNetworkType network, util::ByteView program) {
  return SegwitAddress{kind, network, util::Bytes(program.begin(), program.end())};
}

util::Result<BitcoinOutputAddress> ParseSegwitAddress(std::string_view text) {
  STACKS_TRY(Bech32Data decoded, Bech32Decode(text));
  BitcoinNetworkType network;
  if (decoded.hrp == "bc") {
    network = BitcoinNetworkType::kMainnet;
  } else if (decoded.hrp == "tb") {
    network = BitcoinNetworkType::kTestnet;
  } else if (decoded.hrp == "bcrt") {
    network = BitcoinNetworkType::kRegtest;
  } else {
    return util::InvalidArgument("unknown segwit hrp '" + decoded.hrp + "'");
  }
  if (decoded.values.empty() || decoded.values.size() > MAX_SEGWIT_DATA_VALUES) {
    return util::InvalidArgument("segwit data of " + std::to_string(decoded.values.size()) + " values outside 1..65");
  }
  const uint8_t version = decoded.values[0];
  STACKS_TRY(util::Bytes program,
             ConvertBits(util::ByteView(decoded.values).subspan(1), /*from_bits=*/5, /*to_bits=*/8, /*pad=*/false));
  const bool bech32 = decoded.variant == Bech32Variant::kBech32;
  if (bech32 && version == 0 && program.size() == 20) return Segwit(SegwitAddressKind::kP2wpkh, network, program);
  if (bech32 && version == 0 && program.size() == 32) return Segwit(SegwitAddressKind::kP2wsh, network, program);
  if (!bech32 && version == 1 && program.size() == 32) return Segwit(SegwitAddressKind::kP2tr, network, program);
  return util::InvalidArgument("unsupported segwit address: version " + std::to_string(version) + ", " +
                               std::to_string(program.size()) + "-byte program");
}

}  // namespace

codec::BitcoinAddress LegacyAddress(codec::BitcoinAddressKind kind, BitcoinNetworkType network,
                                    const crypto::Hash160& hash160) {
  const codec::BitcoinNetwork legacy_network = LegacyNetwork(network);
  return codec::BitcoinAddress{codec::BitcoinAddressVersion(kind, legacy_network), hash160, kind, legacy_network};
}

std::optional<BitcoinOutputAddress> OutputAddressFromScript(BitcoinNetworkType network, util::ByteView script) {
  const auto starts = [&](std::initializer_list<uint8_t> prefix) {
    return script.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), script.begin());
  };
  if (script.size() == P2PKH_SCRIPT_SIZE && starts({OP_DUP, OP_HASH160, OP_PUSHBYTES_20}) &&
      script[23] == OP_EQUALVERIFY && script[24] == OP_CHECKSIG) {
    return LegacyAddress(codec::BitcoinAddressKind::kP2pkh, network, util::ToArray<20>(script.subspan(3, 20)));
  }
  if (script.size() == P2SH_SCRIPT_SIZE && starts({OP_HASH160, OP_PUSHBYTES_20}) && script[22] == OP_EQUAL) {
    return LegacyAddress(codec::BitcoinAddressKind::kP2sh, network, util::ToArray<20>(script.subspan(2, 20)));
  }
  if (script.size() == P2WPKH_SCRIPT_SIZE && starts({OP_0, OP_PUSHBYTES_20})) {
    return Segwit(SegwitAddressKind::kP2wpkh, network, script.subspan(2));
  }
  if (script.size() == P2WSH_SCRIPT_SIZE && starts({OP_0, OP_PUSHBYTES_32})) {
    return Segwit(SegwitAddressKind::kP2wsh, network, script.subspan(2));
  }
  if (script.size() == P2WSH_SCRIPT_SIZE && starts({OP_1, OP_PUSHBYTES_32})) {
    return Segwit(SegwitAddressKind::kP2tr, network, script.subspan(2));
  }
  return std::nullopt;
}

util::Bytes OutputAddressScript(const BitcoinOutputAddress& address) {
  if (const auto* legacy = std::get_if<codec::BitcoinAddress>(&address)) {
    return legacy->kind == codec::BitcoinAddressKind::kP2pkh ? P2pkhScript(legacy->hash160)
                                                             : P2shScript(legacy->hash160);
  }
  const auto& segwit = std::get<SegwitAddress>(address);
  switch (segwit.kind) {
    case SegwitAddressKind::kP2wpkh:
      return P2wpkhScript(util::ToArray<20>(segwit.program));
    case SegwitAddressKind::kP2wsh:
      return P2wshScript(util::ToArray<32>(segwit.program));
    case SegwitAddressKind::kP2tr:
      return P2trScript(util::ToArray<32>(segwit.program));
  }
  return {};
}

std::string OutputAddressToString(const BitcoinOutputAddress& address) {
  if (const auto* legacy = std::get_if<codec::BitcoinAddress>(&address)) {
    return codec::BitcoinAddressEncode(legacy->kind, legacy->network, legacy->hash160);
  }
  const auto& segwit = std::get<SegwitAddress>(address);
  std::vector<uint8_t> values = {WitnessVersion(segwit.kind)};
  // Bytes to 5-bit groups with padding cannot fail.
  std::vector<uint8_t> groups = ConvertBits(segwit.program, /*from_bits=*/8, /*to_bits=*/5, /*pad=*/true).value();
  values.insert(values.end(), groups.begin(), groups.end());
  const Bech32Variant variant =
      segwit.kind == SegwitAddressKind::kP2tr ? Bech32Variant::kBech32m : Bech32Variant::kBech32;
  return Bech32Encode(SegwitHrp(segwit.network), values, variant);
}

util::Result<BitcoinOutputAddress> ParseOutputAddress(std::string_view text) {
  auto legacy = codec::BitcoinAddressDecode(text);
  if (legacy) return BitcoinOutputAddress(*legacy);
  auto segwit = ParseSegwitAddress(text);
  if (segwit) return segwit;
  return util::InvalidArgument("not a bitcoin address: base58check: " + legacy.error().message +
                               "; segwit: " + segwit.error().message);
}

}  // namespace stacks::burnchain
