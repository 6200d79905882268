// Stacks addresses and principals: their text form (c32 addresses, "ADDRESS.contract-name") and their consensus
// encoding (SIP-005).
//
// A standard principal is an address. A contract principal is an issuer address and a contract name. Contract names
// follow stacks-core's ContractName (clarity-types/src/representations.rs): the regex
// ^[a-zA-Z]([a-zA-Z0-9]|[-_]){0,127}$, or exactly "__transient". Their length limit depends on where they appear:
//   - text (ParsePrincipal, Clarity source) and Clarity values (0x06 contract principals): at most 128 bytes
//     (MAX_STRING_LEN, kept for names that earlier nodes accepted);
//   - the SIP-005 codec (transaction payloads, contract calls, post-conditions): 1..=40 bytes
//     (CONTRACT_MAX_NAME_LENGTH), so every contract deployed by a transaction has a name of at most 40 bytes.
//
// Example:
//   STACKS_TRY(Principal p, ParsePrincipal("SP000000000000000000002Q6VF78.pox-4"));
//   std::string text = PrincipalToString(p);
//
// All functions are pure and thread-safe.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include "codec/consensus.h"
#include "crypto/hash.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::codec {

/// Address versions (stacks-common/src/address/mod.rs). Single-sig is P2PKH; multi-sig is P2SH, P2WPKH and P2WSH.
inline constexpr uint8_t C32_ADDRESS_VERSION_MAINNET_SINGLESIG = 22;  ///< "SP..."
inline constexpr uint8_t C32_ADDRESS_VERSION_MAINNET_MULTISIG = 20;   ///< "SM..."
inline constexpr uint8_t C32_ADDRESS_VERSION_TESTNET_SINGLESIG = 26;  ///< "ST..."
inline constexpr uint8_t C32_ADDRESS_VERSION_TESTNET_MULTISIG = 21;   ///< "SN..."

/// Contract name limits; see the file comment for where each applies.
inline constexpr size_t CONTRACT_NAME_MIN_LENGTH = 1;
inline constexpr size_t CONTRACT_NAME_MAX_LENGTH = 40;         ///< SIP-005 codec.
inline constexpr size_t CONTRACT_NAME_MAX_PARSE_LENGTH = 128;  ///< Text and Clarity values.
/// The name the reference gives to contracts evaluated outside any deployment; valid despite the regex.
inline constexpr std::string_view TRANSIENT_CONTRACT_NAME = "__transient";

/// A Stacks address: a version (< 32) and the HASH160 of a public key or script. Also the standard principal.
struct StacksAddress {
  uint8_t version = 0;
  crypto::Hash160 hash160{};

  /// The address, checking the version. Errors: kInvalidArgument if version >= 32.
  static util::Result<StacksAddress> Create(uint8_t version, const crypto::Hash160& hash160);

  /// Parses a c32 address ("SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7"); lower case and O/L/I are normalised.
  /// Errors: as C32AddressDecode (all kInvalidArgument).
  static util::Result<StacksAddress> Parse(std::string_view text);

  /// The single-sig (P2PKH) address of a public key: version and HASH160 of the key bytes exactly as given.
  /// In: public_key: 33 bytes starting 0x02/0x03 (compressed) or 65 bytes starting 0x04 (uncompressed). The point is
  /// not checked to be on the curve.
  /// Errors (kInvalidArgument): version >= 32; any other length or first byte.
  static util::Result<StacksAddress> FromPublicKey(uint8_t version, util::ByteView public_key);

  /// The c32 address text. An address whose version is 32 or more (only possible if built without Create) has no
  /// c32 form; it prints as "invalid-stacks-address(version=V,hash160=HEX)" rather than aborting.
  std::string ToString() const;

  /// True for the two mainnet versions.
  bool IsMainnet() const;

  auto operator<=>(const StacksAddress&) const = default;
};

using StandardPrincipal = StacksAddress;

/// A contract: its deployer and its name.
struct ContractPrincipal {
  StacksAddress issuer;
  std::string name;  ///< Valid under ValidateContractName.

  /// "ISSUER.name"
  std::string ToString() const;

  auto operator<=>(const ContractPrincipal&) const = default;
};

/// A hash of ContractPrincipal for unordered containers (not stable across builds; never stored or sent).
struct ContractPrincipalHash {
  size_t operator()(const ContractPrincipal& contract) const noexcept;
};

using Principal = std::variant<StandardPrincipal, ContractPrincipal>;

/// Ok if `name` is a valid contract name of at most `max_length` bytes.
/// Errors: kResourceExhausted if longer than max_length; kInvalidArgument if empty or not matching the rules.
util::Status ValidateContractName(std::string_view name, size_t max_length = CONTRACT_NAME_MAX_PARSE_LENGTH);

/// Parses "ADDRESS" or "ADDRESS.name", as stacks-core's PrincipalData::parse: one leading "'" is ignored, the name is
/// everything after the first '.', and names may be up to 128 bytes.
/// Errors: as StacksAddress::Parse for the address; as ValidateContractName for the name.
util::Result<Principal> ParsePrincipal(std::string_view text);

/// Parses "ADDRESS.name" (no leading quote), as stacks-core's QualifiedContractIdentifier::parse.
/// Errors: kInvalidArgument if there is no '.'; otherwise as ParsePrincipal.
util::Result<ContractPrincipal> ParseContractPrincipal(std::string_view text);

/// "ADDRESS" or "ADDRESS.name"
std::string PrincipalToString(const Principal& principal);

// Consensus encoding (SIP-005). A failed read leaves the reader at an unspecified position; abandon it.

/// StacksAddress layout:
///   version u8        0..31
///   hash160 [20]
void WriteStacksAddress(ByteWriter& writer, const StacksAddress& address);

/// Reads a StacksAddress. Errors: truncation as ByteReader; kInvalidArgument if version >= 32.
util::Result<StacksAddress> ReadStacksAddress(ByteReader& reader);

/// ContractName layout:
///   length u8         1..=max_length
///   name [length]     ASCII, valid under ValidateContractName
/// max_length is CONTRACT_NAME_MAX_LENGTH in SIP-005 messages and CONTRACT_NAME_MAX_PARSE_LENGTH inside Clarity
/// values. Errors: as ValidateContractName(name, max_length); nothing is written on error.
util::Status WriteContractName(ByteWriter& writer, std::string_view name, size_t max_length = CONTRACT_NAME_MAX_LENGTH);

/// Reads a ContractName. Errors: truncation as ByteReader; kResourceExhausted if the length byte exceeds max_length;
/// kInvalidArgument if the name is empty or breaks the rules.
util::Result<std::string> ReadContractName(ByteReader& reader, size_t max_length = CONTRACT_NAME_MAX_LENGTH);

}  // namespace stacks::codec
