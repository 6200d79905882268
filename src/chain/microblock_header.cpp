#include "chain/microblock_header.h"

#include <algorithm>
#include <array>

namespace stacks::chain {
namespace {

constexpr std::array<uint8_t, 32> CURVE_ORDER = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                                                 0xff, 0xff, 0xff, 0xff, 0xfe, 0xba, 0xae, 0xdc, 0xe6, 0xaf, 0x48,
                                                 0xa0, 0x3b, 0xbf, 0xd2, 0x5e, 0x8c, 0xd0, 0x36, 0x41, 0x41};

bool BelowOrder(const uint8_t* scalar) {
  return std::lexicographical_compare(scalar, scalar + 32, CURVE_ORDER.begin(), CURVE_ORDER.end());
}

util::Bytes Serialize(const MicroblockHeader& header, bool empty_signature) {
  codec::ByteWriter writer(132);
  writer.WriteU8(header.version);
  writer.WriteU16(header.sequence);
  writer.WriteBytes(header.prev_block);
  writer.WriteBytes(header.tx_merkle_root);
  if (empty_signature) {
    writer.WriteBytes(crypto::RecoverableSignature{});
  } else {
    writer.WriteBytes(header.signature);
  }
  return writer.Take();
}

}  // namespace

bool IsWellFormedRecoverableSignature(const crypto::RecoverableSignature& signature) {
  return signature[0] <= 3 && BelowOrder(signature.data() + 1) && BelowOrder(signature.data() + 33);
}

void WriteMicroblockHeader(codec::ByteWriter& writer, const MicroblockHeader& header) {
  writer.WriteBytes(Serialize(header, /*empty_signature=*/false));
}

util::Result<MicroblockHeader> ReadMicroblockHeader(codec::ByteReader& reader) {
  MicroblockHeader header;
  STACKS_TRY(header.version, reader.ReadU8("microblock header version"));
  STACKS_TRY(header.sequence, reader.ReadU16("microblock header sequence"));
  STACKS_TRY(header.prev_block, reader.ReadArray<32>("microblock header prev_block"));
  STACKS_TRY(header.tx_merkle_root, reader.ReadArray<32>("microblock header tx_merkle_root"));
  STACKS_TRY(header.signature, reader.ReadArray<65>("microblock header signature"));
  if (!IsWellFormedRecoverableSignature(header.signature)) {
    return util::InvalidArgument("microblock header signature is malformed");
  }
  return header;
}

BlockHeaderHash MicroblockHeaderHash(const MicroblockHeader& header) {
  return crypto::Sha512_256(Serialize(header, /*empty_signature=*/false));
}

util::Result<crypto::Hash160> MicroblockSignerHash160(const MicroblockHeader& header) {
  const crypto::Hash256 digest = crypto::Sha512_256(Serialize(header, /*empty_signature=*/true));
  auto key = crypto::RecoverPublicKeyAllowHighS(digest, header.signature, /*compressed=*/true);
  if (!key) return util::ConsensusViolation("microblock header signature does not recover: " + key.error().message);
  return crypto::Hash160Of(key->SerializeCompressed());
}

}  // namespace stacks::chain
