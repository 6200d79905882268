// Post-conditions (SIP-005 "Transaction Post-Conditions", SIP-040; stacks-codec/src/transaction.rs): limits on what a
// transaction may move, checked after it runs.
//
// All functions are pure and thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <variant>

#include "clarity/types/value.h"
#include "codec/consensus.h"
#include "codec/stacks_address.h"
#include "util/result.h"

namespace stacks::chain {

/// The transaction's origin, whoever it is.
struct OriginPrincipal {
  bool operator==(const OriginPrincipal&) const = default;
};

/// Whose assets a post-condition constrains. Contract names follow the SIP-005 limit (1..=40 bytes).
using PostConditionPrincipal = std::variant<OriginPrincipal, codec::StacksAddress, codec::ContractPrincipal>;

/// A fungible or non-fungible asset class: the defining contract and the asset's Clarity name.
struct AssetInfo {
  codec::StacksAddress contract_address;
  std::string contract_name;
  std::string asset_name;
  bool operator==(const AssetInfo&) const = default;
};

/// How much was sent compared with the post-condition's amount.
enum class FungibleConditionCode : uint8_t {
  kSentEq = 0x01,
  kSentGt = 0x02,
  kSentGe = 0x03,
  kSentLt = 0x04,
  kSentLe = 0x05,
};

enum class NonfungibleConditionCode : uint8_t {
  kSent = 0x10,
  kNotSent = 0x11,
  kMaybeSent = 0x12,  ///< SIP-040, valid from Epoch 3.4.
};

/// Whether the principal performed a position-altering PoX operation (valid from Epoch 4.0).
enum class PoxConditionCode : uint8_t {
  kNotPerformed = 0x30,
  kMaybePerformed = 0x31,
  kPerformed = 0x32,
};

struct StxPostCondition {
  PostConditionPrincipal principal;
  FungibleConditionCode code = FungibleConditionCode::kSentEq;
  uint64_t amount_ustx = 0;
  bool operator==(const StxPostCondition&) const = default;
};

struct FungiblePostCondition {
  PostConditionPrincipal principal;
  AssetInfo asset;
  FungibleConditionCode code = FungibleConditionCode::kSentEq;
  uint64_t amount = 0;
  bool operator==(const FungiblePostCondition&) const = default;
};

struct NonfungiblePostCondition {
  PostConditionPrincipal principal;
  AssetInfo asset;
  clarity::Value asset_value;  ///< The token's identifier value.
  NonfungibleConditionCode code = NonfungibleConditionCode::kSent;
  bool operator==(const NonfungiblePostCondition&) const = default;
};

/// How much STX the principal may lock for PoX (valid from Epoch 4.0).
struct StakingPostCondition {
  PostConditionPrincipal principal;
  FungibleConditionCode code = FungibleConditionCode::kSentEq;
  uint64_t amount_ustx = 0;
  bool operator==(const StakingPostCondition&) const = default;
};

struct PoxPostCondition {
  PostConditionPrincipal principal;
  PoxConditionCode code = PoxConditionCode::kNotPerformed;
  bool operator==(const PoxPostCondition&) const = default;
};

using PostCondition = std::variant<StxPostCondition, FungiblePostCondition, NonfungiblePostCondition,
                                   StakingPostCondition, PoxPostCondition>;

/// PostConditionPrincipal layout: id u8, then
///   0x01 origin    nothing
///   0x02 standard  StacksAddress
///   0x03 contract  StacksAddress, ContractName (1..=40)
/// AssetInfo layout: StacksAddress, ContractName (1..=40), ClarityName
/// PostCondition layout: asset info id u8, then
///   0x00 STX          principal, fungible code u8, amount u64
///   0x01 fungible     principal, AssetInfo, fungible code u8, amount u64
///   0x02 nonfungible  principal, AssetInfo, Clarity value, nft code u8
///   0x03 staking      principal, fungible code u8, amount u64
///   0x04 pox          principal, pox code u8
/// Errors: kInvalidArgument for a contract, contract name or asset name the codec cannot write.
util::Status WritePostCondition(codec::ByteWriter& writer, const PostCondition& post_condition);

/// Reads one post-condition (every kind decodes in every epoch; tx_check.h gates them). Errors, naming the field:
/// truncation; unknown asset info, principal or condition-code ids; bad addresses, contract names (kResourceExhausted
/// when over 40 bytes), asset names; a bad Clarity value (as clarity::ReadValue).
util::Result<PostCondition> ReadPostCondition(codec::ByteReader& reader);

}  // namespace stacks::chain
