#include "chain/post_condition.h"

#include <string>
#include <utility>

#include "chain/overloaded_internal.h"
#include "chain/strings.h"
#include "clarity/types/serialization.h"

namespace stacks::chain {
namespace {

using internal::Overloaded;

constexpr uint8_t PRINCIPAL_ORIGIN = 0x01;
constexpr uint8_t PRINCIPAL_STANDARD = 0x02;
constexpr uint8_t PRINCIPAL_CONTRACT = 0x03;

util::Error Prefixed(std::string_view what, util::Error error) {
  error.message = std::string(what) + ": " + error.message;
  return error;
}

util::Status WritePrincipal(codec::ByteWriter& writer, const PostConditionPrincipal& principal) {
  return std::visit(Overloaded{[&](const OriginPrincipal&) -> util::Status {
                                 writer.WriteU8(PRINCIPAL_ORIGIN);
                                 return {};
                               },
                               [&](const codec::StacksAddress& address) -> util::Status {
                                 writer.WriteU8(PRINCIPAL_STANDARD);
                                 codec::WriteStacksAddress(writer, address);
                                 return {};
                               },
                               [&](const codec::ContractPrincipal& contract) -> util::Status {
                                 writer.WriteU8(PRINCIPAL_CONTRACT);
                                 codec::WriteStacksAddress(writer, contract.issuer);
                                 return codec::WriteContractName(writer, contract.name);
                               }},
                    principal);
}

util::Result<PostConditionPrincipal> ReadPrincipal(codec::ByteReader& reader) {
  STACKS_TRY(uint8_t id, reader.ReadU8("post-condition principal"));
  switch (id) {
    case PRINCIPAL_ORIGIN:
      return PostConditionPrincipal(OriginPrincipal{});
    case PRINCIPAL_STANDARD: {
      auto address = codec::ReadStacksAddress(reader);
      if (!address) return Prefixed("post-condition principal", std::move(address).error());
      return PostConditionPrincipal(*address);
    }
    case PRINCIPAL_CONTRACT: {
      auto address = codec::ReadStacksAddress(reader);
      if (!address) return Prefixed("post-condition principal", std::move(address).error());
      auto name = codec::ReadContractName(reader);
      if (!name) return Prefixed("post-condition principal contract name", std::move(name).error());
      return PostConditionPrincipal(codec::ContractPrincipal{*address, std::move(*name)});
    }
    default:
      return util::InvalidArgument("post-condition principal id " + std::to_string(id) + " is unknown");
  }
}

util::Status WriteAssetInfo(codec::ByteWriter& writer, const AssetInfo& asset) {
  codec::WriteStacksAddress(writer, asset.contract_address);
  STACKS_RETURN_IF_ERROR(codec::WriteContractName(writer, asset.contract_name));
  return WriteClarityName(writer, asset.asset_name, "post-condition asset name");
}

util::Result<AssetInfo> ReadAssetInfo(codec::ByteReader& reader) {
  auto address = codec::ReadStacksAddress(reader);
  if (!address) return Prefixed("post-condition asset contract", std::move(address).error());
  auto name = codec::ReadContractName(reader);
  if (!name) return Prefixed("post-condition asset contract name", std::move(name).error());
  STACKS_TRY(std::string asset_name, ReadClarityName(reader, "post-condition asset name"));
  return AssetInfo{*address, std::move(*name), std::move(asset_name)};
}

util::Result<FungibleConditionCode> ReadFungibleCode(codec::ByteReader& reader, std::string_view kind) {
  const std::string what = std::string(kind) + " post-condition code";
  STACKS_TRY(uint8_t code, reader.ReadU8(what));
  if (code < 0x01 || code > 0x05) return util::InvalidArgument(what + " " + std::to_string(code) + " is unknown");
  return static_cast<FungibleConditionCode>(code);
}

}  // namespace

util::Status WritePostCondition(codec::ByteWriter& writer, const PostCondition& post_condition) {
  return std::visit(Overloaded{[&](const StxPostCondition& pc) -> util::Status {
                                 writer.WriteU8(0x00);
                                 STACKS_RETURN_IF_ERROR(WritePrincipal(writer, pc.principal));
                                 writer.WriteU8(static_cast<uint8_t>(pc.code));
                                 writer.WriteU64(pc.amount_ustx);
                                 return {};
                               },
                               [&](const FungiblePostCondition& pc) -> util::Status {
                                 writer.WriteU8(0x01);
                                 STACKS_RETURN_IF_ERROR(WritePrincipal(writer, pc.principal));
                                 STACKS_RETURN_IF_ERROR(WriteAssetInfo(writer, pc.asset));
                                 writer.WriteU8(static_cast<uint8_t>(pc.code));
                                 writer.WriteU64(pc.amount);
                                 return {};
                               },
                               [&](const NonfungiblePostCondition& pc) -> util::Status {
                                 writer.WriteU8(0x02);
                                 STACKS_RETURN_IF_ERROR(WritePrincipal(writer, pc.principal));
                                 STACKS_RETURN_IF_ERROR(WriteAssetInfo(writer, pc.asset));
                                 clarity::WriteValue(writer, pc.asset_value);
                                 writer.WriteU8(static_cast<uint8_t>(pc.code));
                                 return {};
                               },
                               [&](const StakingPostCondition& pc) -> util::Status {
                                 writer.WriteU8(0x03);
                                 STACKS_RETURN_IF_ERROR(WritePrincipal(writer, pc.principal));
                                 writer.WriteU8(static_cast<uint8_t>(pc.code));
                                 writer.WriteU64(pc.amount_ustx);
                                 return {};
                               },
                               [&](const PoxPostCondition& pc) -> util::Status {
                                 writer.WriteU8(0x04);
                                 STACKS_RETURN_IF_ERROR(WritePrincipal(writer, pc.principal));
                                 writer.WriteU8(static_cast<uint8_t>(pc.code));
                                 return {};
                               }},
                    post_condition);
}

util::Result<PostCondition> ReadPostCondition(codec::ByteReader& reader) {
  STACKS_TRY(uint8_t id, reader.ReadU8("post-condition asset info id"));
  switch (id) {
    case 0x00: {
      STACKS_TRY(PostConditionPrincipal principal, ReadPrincipal(reader));
      STACKS_TRY(FungibleConditionCode code, ReadFungibleCode(reader, "STX"));
      STACKS_TRY(uint64_t amount, reader.ReadU64("STX post-condition amount"));
      return PostCondition(StxPostCondition{std::move(principal), code, amount});
    }
    case 0x01: {
      STACKS_TRY(PostConditionPrincipal principal, ReadPrincipal(reader));
      STACKS_TRY(AssetInfo asset, ReadAssetInfo(reader));
      STACKS_TRY(FungibleConditionCode code, ReadFungibleCode(reader, "fungible"));
      STACKS_TRY(uint64_t amount, reader.ReadU64("fungible post-condition amount"));
      return PostCondition(FungiblePostCondition{std::move(principal), std::move(asset), code, amount});
    }
    case 0x02: {
      STACKS_TRY(PostConditionPrincipal principal, ReadPrincipal(reader));
      STACKS_TRY(AssetInfo asset, ReadAssetInfo(reader));
      auto value = clarity::ReadValue(reader);
      if (!value) return Prefixed("nonfungible post-condition asset value", std::move(value).error());
      STACKS_TRY(uint8_t code, reader.ReadU8("nonfungible post-condition code"));
      if (code < 0x10 || code > 0x12) {
        return util::InvalidArgument("nonfungible post-condition code " + std::to_string(code) + " is unknown");
      }
      return PostCondition(NonfungiblePostCondition{std::move(principal), std::move(asset), std::move(*value),
                                                    static_cast<NonfungibleConditionCode>(code)});
    }
    case 0x03: {
      STACKS_TRY(PostConditionPrincipal principal, ReadPrincipal(reader));
      STACKS_TRY(FungibleConditionCode code, ReadFungibleCode(reader, "staking"));
      STACKS_TRY(uint64_t amount, reader.ReadU64("staking post-condition amount"));
      return PostCondition(StakingPostCondition{std::move(principal), code, amount});
    }
    case 0x04: {
      STACKS_TRY(PostConditionPrincipal principal, ReadPrincipal(reader));
      STACKS_TRY(uint8_t code, reader.ReadU8("pox post-condition code"));
      if (code < 0x30 || code > 0x32) {
        return util::InvalidArgument("pox post-condition code " + std::to_string(code) + " is unknown");
      }
      return PostCondition(PoxPostCondition{std::move(principal), static_cast<PoxConditionCode>(code)});
    }
    default:
      return util::InvalidArgument("post-condition asset info id " + std::to_string(id) + " is unknown");
  }
}

}  // namespace stacks::chain
