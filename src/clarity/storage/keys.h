// The keys the Clarity VM stores its state under, byte for byte as the reference builds them (stacks-core
// clarity/src/vm/database/clarity_db.rs: make_key_for_trip, make_key_for_quad, make_metadata_key,
// make_key_for_account; clarity_store.rs: make_contract_hash_key; analysis_db.rs: storage_key). Matching them keeps
// state written by this VM comparable, key for key, with the reference's.
//
//   data (ClarityStore::Get/PutAll):
//     vm::{contract}::{store type}::{name}              data var, FT circulating supply
//     vm::{contract}::{store type}::{name}::{key}       map entry, FT balance, NFT owner
//     vm-account::{principal}::{store type}             STX balance, nonce, locked STX, unlock height
//     vm-epoch::epoch-version, clarity-contract::{contract}, _stx-data::tenure_height
//   metadata (per contract, ClarityStore::GetMetadata/PutAll):
//     vm-metadata::{store type}::{name}                 contract, contract-size, contract-src, contract-data-size,
//                                                       var, map, FT and NFT descriptors
//     analysis                                          the contract's analysis
//
// {contract} is "ISSUER.name", {principal} its c32 text ("SP..." or "SP....name"), and {store type} the decimal value
// of the reference's StoreType (the reference formats the u8 with {}; so STXBalance, 0x13, is "19").
//
// All functions are pure and thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "clarity/types/principal.h"
#include "clarity/types/value.h"
#include "codec/stacks_address.h"

namespace stacks::clarity::storage {

/// The reference's StoreType, with its values.
enum class StoreType : uint8_t {
  kDataMap = 0x00,
  kVariable = 0x01,
  kFungibleToken = 0x02,
  kCirculatingSupply = 0x03,
  kNonFungibleToken = 0x04,
  kDataMapMeta = 0x05,
  kVariableMeta = 0x06,
  kFungibleTokenMeta = 0x07,
  kNonFungibleTokenMeta = 0x08,
  kContract = 0x09,
  kSimmedBlock = 0x10,
  kSimmedBlockHeight = 0x11,
  kNonce = 0x12,
  kStxBalance = 0x13,
  kPoxStxLockup = 0x14,
  kPoxUnlockHeight = 0x15,
};

/// "vm::{contract}::{type}::{name}" (make_key_for_trip).
std::string KeyForTrip(const ContractIdentifier& contract, StoreType type, std::string_view name);
/// "vm::{contract}::{type}::{name}::{key}" (make_key_for_quad).
std::string KeyForQuad(const ContractIdentifier& contract, StoreType type, std::string_view name, std::string_view key);
/// "vm-metadata::{type}::{name}" (make_metadata_key).
std::string MetadataKey(StoreType type, std::string_view name);

// Data keys.

/// The value of data var `var`.
std::string DataVarKey(const ContractIdentifier& contract, std::string_view var);
/// The entry of map `map` under `key`: the quad key with the hex of key's consensus serialization.
std::string DataMapEntryKey(const ContractIdentifier& contract, std::string_view map, const Value& key);
/// DataMapEntryKey up to the key's hex ("vm::{contract}::{type}::{map}::"): the same for every entry of a map, so a
/// caller may build it once.
std::string DataMapEntryKeyPrefix(const ContractIdentifier& contract, std::string_view map);
/// DataMapEntryKey from its prefix (DataMapEntryKeyPrefix of the map).
std::string DataMapEntryKey(std::string_view prefix, const Value& key);
/// DataMapEntryKey from its prefix, written over `out` (whose capacity is reused: no allocation once it is large
/// enough, for keys that are only looked up).
void AssignDataMapEntryKey(std::string& out, std::string_view prefix, const Value& key);
/// The balance of fungible token `token` held by `owner`. The reference writes the owner as the JSON of its
/// PrincipalData (serde): {"Standard":[version,[20 bytes as decimal numbers]]} or
/// {"Contract":{"issuer":[version,[...]],"name":"NAME"}}; see PrincipalJson.
std::string FtBalanceKey(const ContractIdentifier& contract, std::string_view token, const codec::Principal& owner);
/// The circulating supply of fungible token `token`.
std::string FtSupplyKey(const ContractIdentifier& contract, std::string_view token);
/// The owner of asset `asset` of non-fungible token `token`: the quad key with the hex of the asset's serialization.
std::string NftOwnerKey(const ContractIdentifier& contract, std::string_view token, const Value& asset);
/// An account's STX balance record: "vm-account::{principal}::19".
std::string StxBalanceKey(const codec::Principal& principal);
/// An account's nonce: "vm-account::{principal}::18".
std::string NonceKey(const codec::Principal& principal);
/// The STX an account has locked by PoX (pre-2.1 layout): "vm-account::{principal}::20".
std::string StxLockedKey(const codec::Principal& principal);
/// The unlock height of an account's PoX lock (pre-2.1 layout): "vm-account::{principal}::21".
std::string UnlockHeightKey(const codec::Principal& principal);
/// The contract commitment (hash and height) of a deployed contract: "clarity-contract::{contract}".
std::string ContractHashKey(const ContractIdentifier& contract);
/// The Clarity epoch of the state: "vm-epoch::epoch-version".
std::string_view EpochVersionKey();
/// The current tenure height: "_stx-data::tenure_height".
std::string_view TenureHeightKey();

// Metadata keys (stored per contract).

/// The contract itself (its AST and definitions): "vm-metadata::9::contract".
const std::string& ContractMetadataKey();
/// The length of the contract's source: "vm-metadata::9::contract-size".
const std::string& ContractSizeKey();
/// The contract's source text: "vm-metadata::9::contract-src".
const std::string& ContractSrcKey();
/// The size of the contract's data: "vm-metadata::9::contract-data-size".
const std::string& ContractDataSizeKey();
/// The contract's analysis: "analysis".
std::string_view ContractAnalysisKey();
/// The descriptor of data var `var`: "vm-metadata::6::{var}".
std::string DataVarMetadataKey(std::string_view var);
/// The descriptor of map `map`: "vm-metadata::5::{map}".
std::string DataMapMetadataKey(std::string_view map);
/// The descriptor of fungible token `token`: "vm-metadata::7::{token}".
std::string FtMetadataKey(std::string_view token);
/// The descriptor of non-fungible token `token`: "vm-metadata::8::{token}".
std::string NftMetadataKey(std::string_view token);

/// The serde JSON of the reference's PrincipalData, as FtBalanceKey embeds it.
std::string PrincipalJson(const codec::Principal& principal);

}  // namespace stacks::clarity::storage
