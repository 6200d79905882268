// The header of an Epoch 2.x microblock (SIP-005 "Microblocks"; StacksMicroblockHeader in stacks-codec). Here for the
// PoisonMicroblock payload, which carries two conflicting headers as proof that a leader forked its stream.
//
// All functions are pure and thread-safe.
#pragma once

#include <cstdint>

#include "chain/hashes.h"
#include "codec/consensus.h"
#include "crypto/secp256k1.h"
#include "util/result.h"

namespace stacks::chain {

struct MicroblockHeader {
  uint8_t version = 0;
  uint16_t sequence = 0;             ///< Position in the stream, from 0.
  BlockHeaderHash prev_block{};      ///< The parent anchored block, or the previous microblock.
  crypto::Hash256 tx_merkle_root{};  ///< SHA-512/256 merkle root of the microblock's txids.
  crypto::RecoverableSignature signature{};
  bool operator==(const MicroblockHeader&) const = default;
};

/// Layout (132 bytes):
///   version u8 | sequence u16 | prev_block [32] | tx_merkle_root [32] | signature [65] (VRS)
void WriteMicroblockHeader(codec::ByteWriter& writer, const MicroblockHeader& header);

/// Errors: truncation as ByteReader; kInvalidArgument "microblock header signature is malformed" when the signature
/// does not parse as a recoverable signature (recovery id above 3, r or s not below the curve order), as the
/// reference's release builds check at decode.
util::Result<MicroblockHeader> ReadMicroblockHeader(codec::ByteReader& reader);

/// The header's hash (its block hash): SHA-512/256 of its serialization, signature included.
BlockHeaderHash MicroblockHeaderHash(const MicroblockHeader& header);

/// The hash160 of the compressed public key that signed the header: the key is recovered from the signature over
/// SHA-512/256 of the header serialized with an all-zero signature, high S allowed (check_recover_pubkey).
/// Errors: kConsensusViolation if no key recovers.
util::Result<crypto::Hash160> MicroblockSignerHash160(const MicroblockHeader& header);

/// Whether `signature` parses as a recoverable signature: recovery id 0..3, r and s below the curve order (zero
/// allowed), as libsecp256k1's parse_compact.
bool IsWellFormedRecoverableSignature(const crypto::RecoverableSignature& signature);

}  // namespace stacks::chain
