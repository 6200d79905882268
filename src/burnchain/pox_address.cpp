#include "burnchain/pox_address.h"

#include <algorithm>

#include "burnchain/script.h"
#include "codec/base58.h"
#include "util/hex.h"

namespace stacks::burnchain {

namespace {

BitcoinNetworkType FallbackNetwork(bool mainnet) {
  return mainnet ? BitcoinNetworkType::kMainnet : BitcoinNetworkType::kTestnet;
}

std::string HexByte(uint8_t b) {
  const uint8_t one[1] = {b};
  return util::ToHex(one);
}

bool IsSingleSigVersion(uint8_t version) {
  return version == codec::C32_ADDRESS_VERSION_MAINNET_SINGLESIG ||
         version == codec::C32_ADDRESS_VERSION_TESTNET_SINGLESIG;
}

bool IsMultiSigVersion(uint8_t version) {
  return version == codec::C32_ADDRESS_VERSION_MAINNET_MULTISIG ||
         version == codec::C32_ADDRESS_VERSION_TESTNET_MULTISIG;
}

}  // namespace

PoxAddress PoxAddressFromOutput(const BitcoinOutputAddress& address) {
  if (const auto* legacy = std::get_if<codec::BitcoinAddress>(&address)) {
    const uint8_t version = codec::C32VersionForB58Version(legacy->version);
    return PoxStandardAddress{codec::StacksAddress{version, legacy->hash160}, std::nullopt};
  }
  const auto& segwit = std::get<SegwitAddress>(address);
  const bool mainnet = segwit.network == BitcoinNetworkType::kMainnet;
  switch (segwit.kind) {
    case SegwitAddressKind::kP2wpkh:
      return PoxAddr20{mainnet, POX_ADDRESS_TYPE_P2WPKH, util::ToArray<20>(segwit.program)};
    case SegwitAddressKind::kP2wsh:
      return PoxAddr32{mainnet, POX_ADDRESS_TYPE_P2WSH, util::ToArray<32>(segwit.program)};
    case SegwitAddressKind::kP2tr:
      return PoxAddr32{mainnet, POX_ADDRESS_TYPE_P2TR, util::ToArray<32>(segwit.program)};
  }
  return PoxAddr32{};
}

util::Result<util::Bytes> PoxAddressScript(const PoxAddress& address) {
  if (const auto* standard = std::get_if<PoxStandardAddress>(&address)) {
    const uint8_t version = standard->address.version;
    if (IsSingleSigVersion(version)) return P2pkhScript(standard->address.hash160);
    if (IsMultiSigVersion(version)) return P2shScript(standard->address.hash160);
    return util::InvalidArgument("stacks address version " + std::to_string(version) + " has no bitcoin output script");
  }
  if (const auto* addr20 = std::get_if<PoxAddr20>(&address)) {
    if (addr20->type == POX_ADDRESS_TYPE_P2WPKH) return P2wpkhScript(addr20->bytes);
    return util::InvalidArgument("unknown 20-byte pox address type " + std::to_string(addr20->type));
  }
  const auto& addr32 = std::get<PoxAddr32>(address);
  if (addr32.type == POX_ADDRESS_TYPE_P2WSH) return P2wshScript(addr32.bytes);
  if (addr32.type == POX_ADDRESS_TYPE_P2TR) return P2trScript(addr32.bytes);
  return util::InvalidArgument("unknown 32-byte pox address type " + std::to_string(addr32.type));
}

std::string PoxAddressToB58(const PoxAddress& address) {
  if (const auto* standard = std::get_if<PoxStandardAddress>(&address)) {
    const uint8_t version[1] = {codec::B58VersionForC32Version(standard->address.version)};
    return codec::Base58CheckEncode(util::Concat({version, standard->address.hash160}));
  }
  if (const auto* addr20 = std::get_if<PoxAddr20>(&address)) {
    const util::ByteView program(addr20->bytes);
    return OutputAddressToString(SegwitAddress{SegwitAddressKind::kP2wpkh, FallbackNetwork(addr20->mainnet),
                                               util::Bytes(program.begin(), program.end())});
  }
  const auto& addr32 = std::get<PoxAddr32>(address);
  const SegwitAddressKind kind =
      addr32.type == POX_ADDRESS_TYPE_P2TR ? SegwitAddressKind::kP2tr : SegwitAddressKind::kP2wsh;
  const util::ByteView program(addr32.bytes);
  return OutputAddressToString(
      SegwitAddress{kind, FallbackNetwork(addr32.mainnet), util::Bytes(program.begin(), program.end())});
}

std::string PoxAddressBurnchainRepr(const PoxAddress& address) {
  if (const auto* standard = std::get_if<PoxStandardAddress>(&address)) {
    return HexByte(standard->address.version) + "-" + util::ToHex(standard->address.hash160);
  }
  if (const auto* addr20 = std::get_if<PoxAddr20>(&address)) {
    return HexByte(addr20->type) + "-" + util::ToHex(addr20->bytes);
  }
  const auto& addr32 = std::get<PoxAddr32>(address);
  return HexByte(addr32.type) + "-" + util::ToHex(addr32.bytes);
}

bool IsBurnAddress(const PoxAddress& address) {
  const auto* standard = std::get_if<PoxStandardAddress>(&address);
  return standard != nullptr && std::all_of(standard->address.hash160.begin(), standard->address.hash160.end(),
                                            [](uint8_t b) { return b == 0; });
}

PoxAddress StandardBurnAddress(bool mainnet) {
  const uint8_t version =
      mainnet ? codec::C32_ADDRESS_VERSION_MAINNET_SINGLESIG : codec::C32_ADDRESS_VERSION_TESTNET_SINGLESIG;
  return PoxStandardAddress{codec::StacksAddress{version, {}}, ADDRESS_HASH_MODE_P2PKH};
}

PoxAddress CoerceHashMode(PoxAddress address) {
  if (auto* standard = std::get_if<PoxStandardAddress>(&address)) {
    standard->hash_mode =
        IsSingleSigVersion(standard->address.version) ? ADDRESS_HASH_MODE_P2PKH : ADDRESS_HASH_MODE_P2SH;
  }
  return address;
}

std::optional<codec::StacksAddress> PoxAddressToStacksAddress(const PoxAddress& address) {
  if (const auto* standard = std::get_if<PoxStandardAddress>(&address)) return standard->address;
  return std::nullopt;
}

}  // namespace stacks::burnchain
