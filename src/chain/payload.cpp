#include "chain/payload.h"

#include <string>
#include <utility>

#include "chain/limits.h"
#include "chain/overloaded_internal.h"
#include "chain/strings.h"
#include "clarity/types/serialization.h"

namespace stacks::chain {
namespace {

using internal::Overloaded;

// The Clarity value type prefixes a payload writes itself (principals and optionals outside a full Value).
constexpr uint8_t PREFIX_STANDARD_PRINCIPAL = static_cast<uint8_t>(clarity::TypePrefix::kPrincipalStandard);
constexpr uint8_t PREFIX_CONTRACT_PRINCIPAL = static_cast<uint8_t>(clarity::TypePrefix::kPrincipalContract);
constexpr uint8_t PREFIX_NONE = static_cast<uint8_t>(clarity::TypePrefix::kOptionalNone);
constexpr uint8_t PREFIX_SOME = static_cast<uint8_t>(clarity::TypePrefix::kOptionalSome);

util::Error Prefixed(std::string_view what, util::Error error) {
  error.message = std::string(what) + ": " + error.message;
  return error;
}

// A principal in its Clarity value encoding (PrincipalData's consensus codec).
util::Status WritePrincipalValue(codec::ByteWriter& writer, const codec::Principal& principal, std::string_view what) {
  if (const auto* address = std::get_if<codec::StacksAddress>(&principal)) {
    writer.WriteU8(PREFIX_STANDARD_PRINCIPAL);
    codec::WriteStacksAddress(writer, *address);
    return {};
  }
  const auto& contract = std::get<codec::ContractPrincipal>(principal);
  codec::ByteWriter body;
  body.WriteU8(PREFIX_CONTRACT_PRINCIPAL);
  codec::WriteStacksAddress(body, contract.issuer);
  auto status = codec::WriteContractName(body, contract.name, codec::CONTRACT_NAME_MAX_PARSE_LENGTH);
  if (!status) return Prefixed(what, std::move(status).error());
  writer.WriteBytes(body.bytes());
  return {};
}

util::Result<codec::Principal> ReadPrincipalValue(codec::ByteReader& reader, std::string_view what) {
  STACKS_TRY(uint8_t prefix, reader.ReadU8(what));
  if (prefix != PREFIX_STANDARD_PRINCIPAL && prefix != PREFIX_CONTRACT_PRINCIPAL) {
    return util::InvalidArgument(std::string(what) + " has bad principal prefix " + std::to_string(prefix));
  }
  auto address = codec::ReadStacksAddress(reader);
  if (!address) return Prefixed(what, std::move(address).error());
  if (prefix == PREFIX_STANDARD_PRINCIPAL) return codec::Principal(*address);
  auto name = codec::ReadContractName(reader, codec::CONTRACT_NAME_MAX_PARSE_LENGTH);
  if (!name) return Prefixed(what, std::move(name).error());
  return codec::Principal(codec::ContractPrincipal{*address, std::move(*name)});
}

// The principal a Clarity value holds, if it holds one.
std::optional<codec::Principal> PrincipalOf(const clarity::Value& value) {
  if (value.kind() == clarity::Value::Kind::kPrincipal) return codec::Principal(value.AsPrincipal());
  if (value.kind() == clarity::Value::Kind::kContract) return codec::Principal(value.AsContract());
  return std::nullopt;
}

util::Status WriteSmartContract(codec::ByteWriter& writer, const SmartContractPayload& payload) {
  auto name = codec::WriteContractName(writer, payload.contract_name);
  if (!name) return Prefixed("smart contract name", std::move(name).error());
  auto body = WriteStacksString(writer, payload.code_body);
  if (!body) return Prefixed("smart contract code body", std::move(body).error());
  return {};
}

util::Result<SmartContractPayload> ReadSmartContract(codec::ByteReader& reader, size_t max_code_length) {
  SmartContractPayload payload;
  auto name = codec::ReadContractName(reader);
  if (!name) return Prefixed("smart contract name", std::move(name).error());
  payload.contract_name = std::move(*name);
  STACKS_TRY(payload.code_body, ReadStacksString(reader, max_code_length, "smart contract code body"));
  return payload;
}

util::Result<Payload> ReadContractCall(codec::ByteReader& reader) {
  ContractCallPayload payload;
  auto address = codec::ReadStacksAddress(reader);
  if (!address) return Prefixed("contract call address", std::move(address).error());
  payload.contract_address = *address;
  auto name = codec::ReadContractName(reader);
  if (!name) return Prefixed("contract call contract name", std::move(name).error());
  payload.contract_name = std::move(*name);
  STACKS_TRY(payload.function_name, ReadClarityName(reader, "contract call function name"));
  STACKS_TRY(uint32_t count, reader.ReadCount(MAX_CONTRACT_CALL_ARGS, 1, "contract call arguments"));
  payload.function_args.reserve(count);
  for (uint32_t i = 0; i < count; ++i) {
    auto value = clarity::ReadValue(reader);
    if (!value) return Prefixed("contract call argument " + std::to_string(i), std::move(value).error());
    payload.function_args.push_back(std::move(*value));
  }
  return Payload(std::move(payload));
}

util::Result<Payload> ReadPoisonMicroblock(codec::ByteReader& reader) {
  STACKS_TRY(MicroblockHeader header1, ReadMicroblockHeader(reader));
  STACKS_TRY(MicroblockHeader header2, ReadMicroblockHeader(reader));
  if (header1 == header2) return util::InvalidArgument("poison microblock headers are identical");
  if (header1.sequence != header2.sequence && header1.prev_block != header2.prev_block) {
    return util::InvalidArgument("poison microblock headers do not identify a fork");
  }
  return Payload(PoisonMicroblockPayload{header1, header2});
}

util::Result<crypto::VrfProof> ReadVrfProof(codec::ByteReader& reader) {
  STACKS_TRY(util::ByteView bytes, reader.ReadBytes(crypto::VRF_PROOF_SIZE, "coinbase VRF proof"));
  auto proof = crypto::VrfProof::Parse(bytes);
  if (!proof) return Prefixed("coinbase VRF proof", std::move(proof).error());
  return std::move(*proof);
}

util::Result<Payload> ReadCoinbase(codec::ByteReader& reader, PayloadId id) {
  CoinbasePayload payload;
  STACKS_TRY(payload.buffer, reader.ReadArray<32>("coinbase buffer"));
  if (id == PayloadId::kCoinbase) return Payload(std::move(payload));
  auto value = clarity::ReadValue(reader);
  if (!value) return Prefixed("coinbase recipient", std::move(value).error());
  if (id == PayloadId::kCoinbaseToAltRecipient) {
    payload.alt_recipient = PrincipalOf(*value);
    if (!payload.alt_recipient) return util::InvalidArgument("coinbase recipient is not a principal value");
    return Payload(std::move(payload));
  }
  if (value->kind() != clarity::Value::Kind::kOptional) {
    return util::InvalidArgument("nakamoto coinbase recipient is not an optional value");
  }
  if (value->IsSome()) payload.alt_recipient = PrincipalOf(value->Inner());
  STACKS_TRY(payload.vrf_proof, ReadVrfProof(reader));
  return Payload(std::move(payload));
}

util::Result<Payload> ReadTenureChange(codec::ByteReader& reader) {
  TenureChangePayload payload;
  STACKS_TRY(payload.tenure_consensus_hash, reader.ReadArray<20>("tenure change tenure_consensus_hash"));
  STACKS_TRY(payload.prev_tenure_consensus_hash, reader.ReadArray<20>("tenure change prev_tenure_consensus_hash"));
  STACKS_TRY(payload.burn_view_consensus_hash, reader.ReadArray<20>("tenure change burn_view_consensus_hash"));
  STACKS_TRY(payload.previous_tenure_end, reader.ReadArray<32>("tenure change previous_tenure_end"));
  STACKS_TRY(payload.previous_tenure_blocks, reader.ReadU32("tenure change previous_tenure_blocks"));
  STACKS_TRY(uint8_t cause, reader.ReadU8("tenure change cause"));
  if (cause > 6) return util::InvalidArgument("tenure change cause " + std::to_string(cause) + " is unknown");
  payload.cause = static_cast<TenureChangeCause>(cause);
  STACKS_TRY(payload.pubkey_hash, reader.ReadArray<20>("tenure change pubkey_hash"));
  return Payload(payload);
}

}  // namespace

PayloadId PayloadIdOf(const Payload& payload) {
  return std::visit(Overloaded{[](const TokenTransferPayload&) { return PayloadId::kTokenTransfer; },
                               [](const ContractCallPayload&) { return PayloadId::kContractCall; },
                               [](const SmartContractPayload& p) {
                                 return p.clarity_version ? PayloadId::kVersionedSmartContract
                                                          : PayloadId::kSmartContract;
                               },
                               [](const PoisonMicroblockPayload&) { return PayloadId::kPoisonMicroblock; },
                               [](const CoinbasePayload& p) {
                                 if (p.vrf_proof) return PayloadId::kNakamotoCoinbase;
                                 return p.alt_recipient ? PayloadId::kCoinbaseToAltRecipient : PayloadId::kCoinbase;
                               },
                               [](const TenureChangePayload&) { return PayloadId::kTenureChange; }},
                    payload);
}

util::Status WritePayload(codec::ByteWriter& writer, const Payload& payload) {
  writer.WriteU8(static_cast<uint8_t>(PayloadIdOf(payload)));
  return std::visit(
      Overloaded{[&](const TokenTransferPayload& p) -> util::Status {
                   STACKS_RETURN_IF_ERROR(WritePrincipalValue(writer, p.recipient, "token transfer recipient"));
                   writer.WriteU64(p.amount_ustx);
                   writer.WriteBytes(p.memo);
                   return {};
                 },
                 [&](const ContractCallPayload& p) -> util::Status {
                   codec::WriteStacksAddress(writer, p.contract_address);
                   auto name = codec::WriteContractName(writer, p.contract_name);
                   if (!name) return Prefixed("contract call contract name", std::move(name).error());
                   STACKS_RETURN_IF_ERROR(WriteClarityName(writer, p.function_name, "contract call function name"));
                   if (p.function_args.size() > MAX_CONTRACT_CALL_ARGS) {
                     return util::ResourceExhausted("contract call has " + std::to_string(p.function_args.size()) +
                                                    " arguments, more than " + std::to_string(MAX_CONTRACT_CALL_ARGS));
                   }
                   STACKS_RETURN_IF_ERROR(writer.WriteCount(p.function_args.size()));
                   for (const auto& arg : p.function_args) clarity::WriteValue(writer, arg);
                   return {};
                 },
                 [&](const SmartContractPayload& p) -> util::Status {
                   if (p.clarity_version) WriteClarityVersion(writer, *p.clarity_version);
                   return WriteSmartContract(writer, p);
                 },
                 [&](const PoisonMicroblockPayload& p) -> util::Status {
                   WriteMicroblockHeader(writer, p.header1);
                   WriteMicroblockHeader(writer, p.header2);
                   return {};
                 },
                 [&](const CoinbasePayload& p) -> util::Status {
                   writer.WriteBytes(p.buffer);
                   if (p.vrf_proof) {
                     if (p.alt_recipient) {
                       writer.WriteU8(PREFIX_SOME);
                       STACKS_RETURN_IF_ERROR(WritePrincipalValue(writer, *p.alt_recipient, "coinbase recipient"));
                     } else {
                       writer.WriteU8(PREFIX_NONE);
                     }
                     writer.WriteBytes(p.vrf_proof->ToBytes());
                   } else if (p.alt_recipient) {
                     STACKS_RETURN_IF_ERROR(WritePrincipalValue(writer, *p.alt_recipient, "coinbase recipient"));
                   }
                   return {};
                 },
                 [&](const TenureChangePayload& p) -> util::Status {
                   writer.WriteBytes(p.tenure_consensus_hash);
                   writer.WriteBytes(p.prev_tenure_consensus_hash);
                   writer.WriteBytes(p.burn_view_consensus_hash);
                   writer.WriteBytes(p.previous_tenure_end);
                   writer.WriteU32(p.previous_tenure_blocks);
                   writer.WriteU8(static_cast<uint8_t>(p.cause));
                   writer.WriteBytes(p.pubkey_hash);
                   return {};
                 }},
      payload);
}

util::Result<Payload> ReadPayload(codec::ByteReader& reader, size_t max_code_length) {
  STACKS_TRY(uint8_t id_byte, reader.ReadU8("payload id"));
  if (id_byte > 8) return util::InvalidArgument("payload id " + std::to_string(id_byte) + " is unknown");
  const auto id = static_cast<PayloadId>(id_byte);
  switch (id) {
    case PayloadId::kTokenTransfer: {
      TokenTransferPayload payload;
      STACKS_TRY(payload.recipient, ReadPrincipalValue(reader, "token transfer recipient"));
      STACKS_TRY(payload.amount_ustx, reader.ReadU64("token transfer amount"));
      STACKS_TRY(payload.memo, reader.ReadArray<34>("token transfer memo"));
      return Payload(std::move(payload));
    }
    case PayloadId::kSmartContract: {
      STACKS_TRY(SmartContractPayload payload, ReadSmartContract(reader, max_code_length));
      return Payload(std::move(payload));
    }
    case PayloadId::kVersionedSmartContract: {
      STACKS_TRY(ClarityVersion version, ReadClarityVersion(reader));
      STACKS_TRY(SmartContractPayload payload, ReadSmartContract(reader, max_code_length));
      payload.clarity_version = version;
      return Payload(std::move(payload));
    }
    case PayloadId::kContractCall:
      return ReadContractCall(reader);
    case PayloadId::kPoisonMicroblock:
      return ReadPoisonMicroblock(reader);
    case PayloadId::kCoinbase:
    case PayloadId::kCoinbaseToAltRecipient:
    case PayloadId::kNakamotoCoinbase:
      return ReadCoinbase(reader, id);
    case PayloadId::kTenureChange:
      return ReadTenureChange(reader);
  }
  return util::InvalidArgument("payload id " + std::to_string(id_byte) + " is unknown");
}

}  // namespace stacks::chain
