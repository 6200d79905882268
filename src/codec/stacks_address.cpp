#include "codec/stacks_address.h"

#include <algorithm>
#include <cstring>
#include <functional>

#include "codec/c32.h"
#include "util/hex.h"

namespace stacks::codec {

namespace {

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

util::Status CheckVersion(uint8_t version) {
  if (version <= C32_MAX_VERSION) return {};
  return util::InvalidArgument("stacks address version " + std::to_string(version) + " out of range 0..31");
}

}  // namespace

util::Result<StacksAddress> StacksAddress::Create(uint8_t version, const crypto::Hash160& hash160) {
  STACKS_RETURN_IF_ERROR(CheckVersion(version));
  return StacksAddress{version, hash160};
}

util::Result<StacksAddress> StacksAddress::Parse(std::string_view text) {
  STACKS_TRY(C32AddressParts parts, C32AddressDecode(text));
  return StacksAddress{parts.version, parts.hash160};
}

util::Result<StacksAddress> StacksAddress::FromPublicKey(uint8_t version, util::ByteView public_key) {
  STACKS_RETURN_IF_ERROR(CheckVersion(version));
  const bool compressed = public_key.size() == 33 && (public_key[0] == 0x02 || public_key[0] == 0x03);
  const bool uncompressed = public_key.size() == 65 && public_key[0] == 0x04;
  if (!compressed && !uncompressed) {
    return util::InvalidArgument("public key must be 33 bytes starting 0x02/0x03 or 65 bytes starting 0x04, got " +
                                 std::to_string(public_key.size()) + " bytes");
  }
  return StacksAddress{version, crypto::Hash160Of(public_key)};
}

std::string StacksAddress::ToString() const {
  auto text = C32AddressEncode(version, hash160);
  if (text) return std::move(text).value();
  return "invalid-stacks-address(version=" + std::to_string(version) + ",hash160=" + util::ToHex(hash160) + ")";
}

bool StacksAddress::IsMainnet() const {
  return version == C32_ADDRESS_VERSION_MAINNET_SINGLESIG || version == C32_ADDRESS_VERSION_MAINNET_MULTISIG;
}

std::string ContractPrincipal::ToString() const { return issuer.ToString() + "." + name; }

util::Status ValidateContractName(std::string_view name, size_t max_length) {
  // The regex itself stops at 128 bytes, whatever the caller allows.
  const size_t limit = std::min(max_length, CONTRACT_NAME_MAX_PARSE_LENGTH);
  if (name.size() > limit) {
    return util::ResourceExhausted("contract name length " + std::to_string(name.size()) + " exceeds limit " +
                                   std::to_string(limit));
  }
  if (name.size() < CONTRACT_NAME_MIN_LENGTH) return util::InvalidArgument("empty contract name");
  if (name == TRANSIENT_CONTRACT_NAME) return {};
  if (!IsAsciiLetter(name[0])) return util::InvalidArgument("contract name must start with a letter");
  for (size_t i = 1; i < name.size(); ++i) {
    const char c = name[i];
    if (!IsAsciiLetter(c) && !IsAsciiDigit(c) && c != '-' && c != '_') {
      return util::InvalidArgument("invalid character in contract name at position " + std::to_string(i));
    }
  }
  return {};
}

util::Result<ContractPrincipal> ParseContractPrincipal(std::string_view text) {
  const size_t dot = text.find('.');
  if (dot == std::string_view::npos) return util::InvalidArgument("contract principal has no '.'");
  STACKS_TRY(StacksAddress issuer, StacksAddress::Parse(text.substr(0, dot)));
  const std::string_view name = text.substr(dot + 1);
  STACKS_RETURN_IF_ERROR(ValidateContractName(name));
  return ContractPrincipal{issuer, std::string(name)};
}

// GCC 12 with -fsanitize=address reports the string member of the ContractPrincipal alternative as maybe-uninitialized
// when a variant holding the StacksAddress alternative is moved into the Result: a false positive.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
util::Result<Principal> ParsePrincipal(std::string_view text) {
  if (!text.empty() && text[0] == '\'') text.remove_prefix(1);
  if (text.find('.') == std::string_view::npos) {
    STACKS_TRY(StacksAddress address, StacksAddress::Parse(text));
    return Principal(address);
  }
  STACKS_TRY(ContractPrincipal contract, ParseContractPrincipal(text));
  return Principal(std::move(contract));
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

std::string PrincipalToString(const Principal& principal) {
  return std::visit([](const auto& p) { return p.ToString(); }, principal);
}

void WriteStacksAddress(ByteWriter& writer, const StacksAddress& address) {
  writer.WriteU8(address.version);
  writer.WriteBytes(address.hash160);
}

util::Result<StacksAddress> ReadStacksAddress(ByteReader& reader) {
  STACKS_TRY(uint8_t version, reader.ReadU8("stacks address version"));
  STACKS_RETURN_IF_ERROR(CheckVersion(version));
  STACKS_TRY(crypto::Hash160 hash160, reader.ReadArray<20>("stacks address hash160"));
  return StacksAddress{version, hash160};
}

util::Status WriteContractName(ByteWriter& writer, std::string_view name, size_t max_length) {
  STACKS_RETURN_IF_ERROR(ValidateContractName(name, max_length));
  return writer.WriteLengthPrefixed8(util::AsBytes(name));
}

util::Result<std::string> ReadContractName(ByteReader& reader, size_t max_length) {
  STACKS_TRY(util::Bytes bytes, reader.ReadLengthPrefixed8(max_length, "contract name"));
  std::string name(bytes.begin(), bytes.end());
  STACKS_RETURN_IF_ERROR(ValidateContractName(name, max_length));
  return name;
}

size_t ContractPrincipalHash::operator()(const ContractPrincipal& contract) const noexcept {
  // HASH160 bytes are uniformly distributed: eight of them, the version and the name's hash mix enough.
  uint64_t issuer = 0;
  std::memcpy(&issuer, contract.issuer.hash160.data(), sizeof(issuer));
  const size_t name = std::hash<std::string_view>{}(contract.name);
  return static_cast<size_t>(issuer ^ contract.issuer.version) ^ (name + 0x9e3779b97f4a7c15ULL + (issuer << 6));
}

}  // namespace stacks::codec
