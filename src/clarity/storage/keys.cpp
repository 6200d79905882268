#include "clarity/storage/keys.h"

#include <variant>

#include "clarity/types/serialization.h"

namespace stacks::clarity::storage {
namespace {

std::string TypeText(StoreType type) { return std::to_string(static_cast<unsigned>(type)); }

std::string AccountKey(const codec::Principal& principal, StoreType type) {
  return "vm-account::" + codec::PrincipalToString(principal) + "::" + TypeText(type);
}

// serde's form of StandardPrincipalData(u8, [u8; 20]): a two-element array.
std::string StandardJson(const StandardPrincipal& address) {
  std::string out = "[" + std::to_string(address.version) + ",[";
  for (size_t i = 0; i < address.hash160.size(); ++i) {
    if (i > 0) out += ',';
    out += std::to_string(address.hash160[i]);
  }
  return out + "]]";
}

// "vm::{contract}::{type}::{name}" with room for `extra` more characters, built in one buffer.
std::string TripWithRoom(const ContractIdentifier& contract, StoreType type, std::string_view name, size_t extra) {
  const std::string issuer = contract.issuer.ToString();
  std::string out;
  out.reserve(4 + issuer.size() + 1 + contract.name.size() + 2 + 3 + 2 + name.size() + extra);
  out += "vm::";
  out += issuer;
  out += '.';
  out += contract.name;
  out += "::";
  out += TypeText(type);
  out += "::";
  out += name;
  return out;
}

}  // namespace

std::string KeyForTrip(const ContractIdentifier& contract, StoreType type, std::string_view name) {
  return TripWithRoom(contract, type, name, 0);
}

std::string KeyForQuad(const ContractIdentifier& contract, StoreType type, std::string_view name,
                       std::string_view key) {
  std::string out = TripWithRoom(contract, type, name, 2 + key.size());
  out += "::";
  out += key;
  return out;
}

std::string MetadataKey(StoreType type, std::string_view name) {
  return "vm-metadata::" + TypeText(type) + "::" + std::string(name);
}

std::string DataVarKey(const ContractIdentifier& contract, std::string_view var) {
  return KeyForTrip(contract, StoreType::kVariable, var);
}

std::string DataMapEntryKey(const ContractIdentifier& contract, std::string_view map, const Value& key) {
  return DataMapEntryKey(DataMapEntryKeyPrefix(contract, map), key);
}

std::string DataMapEntryKeyPrefix(const ContractIdentifier& contract, std::string_view map) {
  std::string out = TripWithRoom(contract, StoreType::kDataMap, map, 2);
  out += "::";
  return out;
}

std::string DataMapEntryKey(std::string_view prefix, const Value& key) {
  std::string out;
  out.reserve(prefix.size() + 2 * size_t{SerializedSize(key)});
  AssignDataMapEntryKey(out, prefix, key);
  return out;
}

void AssignDataMapEntryKey(std::string& out, std::string_view prefix, const Value& key) {
  out.assign(prefix);
  AppendValueHex(out, key);
}

std::string FtBalanceKey(const ContractIdentifier& contract, std::string_view token, const codec::Principal& owner) {
  return KeyForQuad(contract, StoreType::kFungibleToken, token, PrincipalJson(owner));
}

std::string FtSupplyKey(const ContractIdentifier& contract, std::string_view token) {
  return KeyForTrip(contract, StoreType::kCirculatingSupply, token);
}

std::string NftOwnerKey(const ContractIdentifier& contract, std::string_view token, const Value& asset) {
  std::string out = TripWithRoom(contract, StoreType::kNonFungibleToken, token, 2 + 2 * size_t{SerializedSize(asset)});
  out += "::";
  AppendValueHex(out, asset);
  return out;
}

std::string StxBalanceKey(const codec::Principal& principal) { return AccountKey(principal, StoreType::kStxBalance); }
std::string NonceKey(const codec::Principal& principal) { return AccountKey(principal, StoreType::kNonce); }
std::string StxLockedKey(const codec::Principal& principal) { return AccountKey(principal, StoreType::kPoxStxLockup); }
std::string UnlockHeightKey(const codec::Principal& principal) {
  return AccountKey(principal, StoreType::kPoxUnlockHeight);
}

std::string ContractHashKey(const ContractIdentifier& contract) { return "clarity-contract::" + contract.ToString(); }
std::string_view EpochVersionKey() { return "vm-epoch::epoch-version"; }
std::string_view TenureHeightKey() { return "_stx-data::tenure_height"; }

const std::string& ContractMetadataKey() {
  static const std::string key = MetadataKey(StoreType::kContract, "contract");
  return key;
}
const std::string& ContractSizeKey() {
  static const std::string key = MetadataKey(StoreType::kContract, "contract-size");
  return key;
}
const std::string& ContractSrcKey() {
  static const std::string key = MetadataKey(StoreType::kContract, "contract-src");
  return key;
}
const std::string& ContractDataSizeKey() {
  static const std::string key = MetadataKey(StoreType::kContract, "contract-data-size");
  return key;
}
std::string_view ContractAnalysisKey() { return "analysis"; }
std::string DataVarMetadataKey(std::string_view var) { return MetadataKey(StoreType::kVariableMeta, var); }
std::string DataMapMetadataKey(std::string_view map) { return MetadataKey(StoreType::kDataMapMeta, map); }
std::string FtMetadataKey(std::string_view token) { return MetadataKey(StoreType::kFungibleTokenMeta, token); }
std::string NftMetadataKey(std::string_view token) { return MetadataKey(StoreType::kNonFungibleTokenMeta, token); }

std::string PrincipalJson(const codec::Principal& principal) {
  if (const auto* standard = std::get_if<StandardPrincipal>(&principal)) {
    return "{\"Standard\":" + StandardJson(*standard) + "}";
  }
  const auto& contract = std::get<ContractIdentifier>(principal);
  // Contract names are [a-zA-Z]([a-zA-Z0-9]|[-_])* (or __transient): nothing JSON must escape.
  return "{\"Contract\":{\"issuer\":" + StandardJson(contract.issuer) + ",\"name\":\"" + contract.name + "\"}}";
}

}  // namespace stacks::clarity::storage
