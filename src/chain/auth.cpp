#include "chain/auth.h"

#include <string>
#include <utility>

#include "chain/limits.h"
#include "chain/overloaded_internal.h"

namespace stacks::chain {
namespace {

using internal::Overloaded;

constexpr uint8_t FIELD_PUBLIC_KEY_COMPRESSED = 0x00;
constexpr uint8_t FIELD_PUBLIC_KEY_UNCOMPRESSED = 0x01;
constexpr uint8_t FIELD_SIGNATURE_COMPRESSED = 0x02;
constexpr uint8_t FIELD_SIGNATURE_UNCOMPRESSED = 0x03;
constexpr size_t MIN_AUTH_FIELD_SIZE = 1 + 33;

// Field names for ByteReader's messages, as literals so that reading builds no strings.
struct FieldNames {
  std::string_view role, hash_mode, signer, nonce, fee, key_encoding, signature, auth_fields, auth_field,
      signatures_required;
};
constexpr FieldNames kOriginNames{"origin",
                                  "origin hash mode",
                                  "origin signer",
                                  "origin nonce",
                                  "origin fee",
                                  "origin key encoding",
                                  "origin signature",
                                  "origin auth fields",
                                  "origin auth field",
                                  "origin signatures required"};
constexpr FieldNames kSponsorNames{"sponsor",
                                   "sponsor hash mode",
                                   "sponsor signer",
                                   "sponsor nonce",
                                   "sponsor fee",
                                   "sponsor key encoding",
                                   "sponsor signature",
                                   "sponsor auth fields",
                                   "sponsor auth field",
                                   "sponsor signatures required"};

std::string Field(std::string_view role, std::string_view name) { return std::string(role) + " " + std::string(name); }

void WriteCommon(codec::ByteWriter& writer, uint8_t hash_mode, const crypto::Hash160& signer, uint64_t nonce,
                 uint64_t fee_ustx) {
  writer.WriteU8(hash_mode);
  writer.WriteBytes(signer);
  writer.WriteU64(nonce);
  writer.WriteU64(fee_ustx);
}

util::Result<AuthField> ReadAuthField(codec::ByteReader& reader, const FieldNames& names, size_t index) {
  const auto name = [&] { return std::string(names.auth_field) + " " + std::to_string(index); };
  STACKS_TRY(uint8_t id, reader.ReadU8(names.auth_field));
  switch (id) {
    case FIELD_PUBLIC_KEY_COMPRESSED:
    case FIELD_PUBLIC_KEY_UNCOMPRESSED: {
      STACKS_TRY(util::ByteView buffer, reader.ReadBytes(33, names.auth_field));
      if (buffer[0] != 0x02 && buffer[0] != 0x03) {
        return util::InvalidArgument(name() + " public key is not a compressed point");
      }
      auto key = crypto::PublicKey::Parse(buffer);
      if (!key) return util::InvalidArgument(name() + " public key is not on the curve");
      return AuthField(key->WithCompressed(id == FIELD_PUBLIC_KEY_COMPRESSED));
    }
    case FIELD_SIGNATURE_COMPRESSED:
    case FIELD_SIGNATURE_UNCOMPRESSED: {
      AuthSignature sig;
      sig.key_encoding = id == FIELD_SIGNATURE_COMPRESSED ? KeyEncoding::kCompressed : KeyEncoding::kUncompressed;
      STACKS_TRY(sig.signature, reader.ReadArray<65>(names.auth_field));
      return AuthField(sig);
    }
    default:
      return util::InvalidArgument(name() + " has unknown id " + std::to_string(id));
  }
}

bool FieldIsUncompressed(const AuthField& field) {
  if (const auto* key = std::get_if<crypto::PublicKey>(&field)) return !key->compressed();
  return std::get<AuthSignature>(field).key_encoding == KeyEncoding::kUncompressed;
}

}  // namespace

AddressHashMode ToAddressHashMode(SinglesigHashMode mode) {
  return mode == SinglesigHashMode::kP2pkh ? AddressHashMode::kP2pkh : AddressHashMode::kP2wpkh;
}

AddressHashMode ToAddressHashMode(MultisigHashMode mode) {
  switch (mode) {
    case MultisigHashMode::kP2sh:
    case MultisigHashMode::kP2shNonSequential:
      return AddressHashMode::kP2sh;
    case MultisigHashMode::kP2wsh:
    case MultisigHashMode::kP2wshNonSequential:
      return AddressHashMode::kP2wsh;
  }
  return AddressHashMode::kP2sh;
}

bool IsOrderIndependent(MultisigHashMode mode) {
  return mode == MultisigHashMode::kP2shNonSequential || mode == MultisigHashMode::kP2wshNonSequential;
}

uint64_t NonceOf(const SpendingCondition& condition) {
  return std::visit([](const auto& c) { return c.nonce; }, condition);
}

uint64_t FeeOf(const SpendingCondition& condition) {
  return std::visit([](const auto& c) { return c.fee_ustx; }, condition);
}

const crypto::Hash160& SignerOf(const SpendingCondition& condition) {
  return std::visit([](const auto& c) -> const crypto::Hash160& { return c.signer; }, condition);
}

void SetNonce(SpendingCondition& condition, uint64_t nonce) {
  std::visit([nonce](auto& c) { c.nonce = nonce; }, condition);
}

void SetFee(SpendingCondition& condition, uint64_t fee_ustx) {
  std::visit([fee_ustx](auto& c) { c.fee_ustx = fee_ustx; }, condition);
}

codec::StacksAddress AddressOf(const SpendingCondition& condition, bool mainnet) {
  const auto* single = std::get_if<SinglesigSpendingCondition>(&condition);
  const bool singlesig_version = single != nullptr && single->hash_mode == SinglesigHashMode::kP2pkh;
  uint8_t version;
  if (mainnet) {
    version =
        singlesig_version ? codec::C32_ADDRESS_VERSION_MAINNET_SINGLESIG : codec::C32_ADDRESS_VERSION_MAINNET_MULTISIG;
  } else {
    version =
        singlesig_version ? codec::C32_ADDRESS_VERSION_TESTNET_SINGLESIG : codec::C32_ADDRESS_VERSION_TESTNET_MULTISIG;
  }
  return codec::StacksAddress{version, SignerOf(condition)};
}

size_t SignatureCount(const SpendingCondition& condition) {
  return std::visit(Overloaded{[](const SinglesigSpendingCondition& c) -> size_t {
                                 return c.signature == crypto::RecoverableSignature{} ? 0 : 1;
                               },
                               [](const MultisigSpendingCondition& c) -> size_t {
                                 size_t n = 0;
                                 for (const auto& f : c.fields) n += std::holds_alternative<AuthSignature>(f);
                                 return n;
                               }},
                    condition);
}

uint16_t SignaturesRequired(const SpendingCondition& condition) {
  if (const auto* multi = std::get_if<MultisigSpendingCondition>(&condition)) return multi->signatures_required;
  return 1;
}

SpendingCondition NewP2pkhCondition(const crypto::PublicKey& key) {
  SinglesigSpendingCondition c;
  c.hash_mode = SinglesigHashMode::kP2pkh;
  c.signer = crypto::Hash160Of(key.Serialize());
  c.key_encoding = key.compressed() ? KeyEncoding::kCompressed : KeyEncoding::kUncompressed;
  return c;
}

util::Result<SpendingCondition> NewP2wpkhCondition(const crypto::PublicKey& key) {
  const crypto::PublicKey keys[] = {key};
  auto hash = AddressHashFromPublicKeys(AddressHashMode::kP2wpkh, 1, keys);
  if (!hash) return util::InvalidArgument("P2WPKH needs a compressed public key");
  SinglesigSpendingCondition c;
  c.hash_mode = SinglesigHashMode::kP2wpkh;
  c.signer = *hash;
  c.key_encoding = KeyEncoding::kCompressed;
  return SpendingCondition(c);
}

util::Result<SpendingCondition> NewMultisigCondition(MultisigHashMode mode, uint16_t signatures_required,
                                                     std::span<const crypto::PublicKey> keys) {
  STACKS_TRY(crypto::Hash160 signer, AddressHashFromPublicKeys(ToAddressHashMode(mode), signatures_required, keys));
  MultisigSpendingCondition c;
  c.hash_mode = mode;
  c.signer = signer;
  c.signatures_required = signatures_required;
  return SpendingCondition(std::move(c));
}

SpendingCondition SentinelSponsorCondition() { return SinglesigSpendingCondition{}; }

SpendingCondition ClearedCondition(const SpendingCondition& condition) {
  return std::visit(Overloaded{[](const SinglesigSpendingCondition& c) -> SpendingCondition {
                                 SinglesigSpendingCondition out = c;
                                 out.nonce = 0;
                                 out.fee_ustx = 0;
                                 out.signature = {};
                                 return out;
                               },
                               [](const MultisigSpendingCondition& c) -> SpendingCondition {
                                 MultisigSpendingCondition out;
                                 out.hash_mode = c.hash_mode;
                                 out.signer = c.signer;
                                 out.signatures_required = c.signatures_required;
                                 return out;
                               }},
                    condition);
}

util::Status WriteSpendingCondition(codec::ByteWriter& writer, const SpendingCondition& condition) {
  if (const auto* single = std::get_if<SinglesigSpendingCondition>(&condition)) {
    WriteCommon(writer, static_cast<uint8_t>(single->hash_mode), single->signer, single->nonce, single->fee_ustx);
    writer.WriteU8(static_cast<uint8_t>(single->key_encoding));
    writer.WriteBytes(single->signature);
    return {};
  }
  const auto& multi = std::get<MultisigSpendingCondition>(condition);
  WriteCommon(writer, static_cast<uint8_t>(multi.hash_mode), multi.signer, multi.nonce, multi.fee_ustx);
  STACKS_RETURN_IF_ERROR(writer.WriteCount(multi.fields.size()));
  for (const auto& field : multi.fields) {
    if (const auto* key = std::get_if<crypto::PublicKey>(&field)) {
      writer.WriteU8(key->compressed() ? FIELD_PUBLIC_KEY_COMPRESSED : FIELD_PUBLIC_KEY_UNCOMPRESSED);
      writer.WriteBytes(key->SerializeCompressed());
    } else {
      const auto& sig = std::get<AuthSignature>(field);
      writer.WriteU8(sig.key_encoding == KeyEncoding::kCompressed ? FIELD_SIGNATURE_COMPRESSED
                                                                  : FIELD_SIGNATURE_UNCOMPRESSED);
      writer.WriteBytes(sig.signature);
    }
  }
  writer.WriteU16(multi.signatures_required);
  return {};
}

util::Status WriteTransactionAuth(codec::ByteWriter& writer, const TransactionAuth& auth) {
  writer.WriteU8(static_cast<uint8_t>(auth.flag()));
  STACKS_RETURN_IF_ERROR(WriteSpendingCondition(writer, auth.origin));
  if (auth.sponsor) STACKS_RETURN_IF_ERROR(WriteSpendingCondition(writer, *auth.sponsor));
  return {};
}

util::Result<SpendingCondition> ReadSpendingCondition(codec::ByteReader& reader, SpendingRole role) {
  const FieldNames& names = role == SpendingRole::kSponsor ? kSponsorNames : kOriginNames;
  STACKS_TRY(uint8_t hash_mode, reader.ReadU8(names.hash_mode));
  if (hash_mode > 0x07 || hash_mode == 0x04 || hash_mode == 0x06) {
    return util::InvalidArgument(std::string(names.hash_mode) + " " + std::to_string(hash_mode) + " is unknown");
  }
  STACKS_TRY(crypto::Hash160 signer, reader.ReadArray<20>(names.signer));
  STACKS_TRY(uint64_t nonce, reader.ReadU64(names.nonce));
  STACKS_TRY(uint64_t fee_ustx, reader.ReadU64(names.fee));

  if (hash_mode == 0x00 || hash_mode == 0x02) {
    SinglesigSpendingCondition c;
    c.hash_mode = static_cast<SinglesigHashMode>(hash_mode);
    c.signer = signer;
    c.nonce = nonce;
    c.fee_ustx = fee_ustx;
    STACKS_TRY(uint8_t encoding, reader.ReadU8(names.key_encoding));
    if (encoding > 0x01) {
      return util::InvalidArgument(std::string(names.key_encoding) + " " + std::to_string(encoding) + " is unknown");
    }
    c.key_encoding = static_cast<KeyEncoding>(encoding);
    STACKS_TRY(c.signature, reader.ReadArray<65>(names.signature));
    if (c.hash_mode == SinglesigHashMode::kP2wpkh && c.key_encoding != KeyEncoding::kCompressed) {
      return util::InvalidArgument(Field(names.role, "P2WPKH condition") + " has an uncompressed key encoding");
    }
    return SpendingCondition(c);
  }

  MultisigSpendingCondition c;
  c.hash_mode = static_cast<MultisigHashMode>(hash_mode);
  c.signer = signer;
  c.nonce = nonce;
  c.fee_ustx = fee_ustx;
  STACKS_TRY(uint32_t count, reader.ReadCount(MAX_AUTH_FIELDS, MIN_AUTH_FIELD_SIZE, names.auth_fields));
  c.fields.reserve(count);
  size_t signatures = 0;
  bool uncompressed = false;
  for (uint32_t i = 0; i < count; ++i) {
    STACKS_TRY(AuthField field, ReadAuthField(reader, names, i));
    signatures += std::holds_alternative<AuthSignature>(field);
    uncompressed = uncompressed || FieldIsUncompressed(field);
    c.fields.push_back(std::move(field));
  }
  STACKS_TRY(c.signatures_required, reader.ReadU16(names.signatures_required));
  if (signatures > 0xffff) {
    return util::InvalidArgument(Field(names.role, "multi-sig condition") + " has too many signatures");
  }
  const auto counts = [&] {
    return std::to_string(signatures) + " signatures, " + std::to_string(c.signatures_required) + " required";
  };
  if (IsOrderIndependent(c.hash_mode)) {
    if (signatures < c.signatures_required) {
      return util::InvalidArgument(Field(names.role, "order-independent multi-sig condition") +
                                   " has too few signatures: " + counts());
    }
  } else if (signatures != c.signatures_required) {
    return util::InvalidArgument(Field(names.role, "multi-sig condition") + " signature count mismatch: " + counts());
  }
  if (uncompressed && ToAddressHashMode(c.hash_mode) == AddressHashMode::kP2wsh) {
    return util::InvalidArgument(Field(names.role, "P2WSH condition") + " has an uncompressed key");
  }
  return SpendingCondition(std::move(c));
}

util::Result<TransactionAuth> ReadTransactionAuth(codec::ByteReader& reader) {
  STACKS_TRY(uint8_t flag, reader.ReadU8("auth flag"));
  if (flag != static_cast<uint8_t>(AuthFlag::kStandard) && flag != static_cast<uint8_t>(AuthFlag::kSponsored)) {
    return util::InvalidArgument("auth flag " + std::to_string(flag) + " is unknown");
  }
  STACKS_TRY(SpendingCondition origin, ReadSpendingCondition(reader, SpendingRole::kOrigin));
  TransactionAuth auth{std::move(origin), std::nullopt};
  if (flag == static_cast<uint8_t>(AuthFlag::kSponsored)) {
    STACKS_TRY(SpendingCondition sponsor, ReadSpendingCondition(reader, SpendingRole::kSponsor));
    auth.sponsor = std::move(sponsor);
  }
  return auth;
}

}  // namespace stacks::chain
