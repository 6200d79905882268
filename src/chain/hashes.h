// The named hashes of the chain. Each is a fixed-size byte array written raw on the wire (no length prefix).
#pragma once

#include <array>
#include <cstdint>

#include "crypto/hash.h"

namespace stacks::chain {

/// A transaction's id: SHA-512/256 of its serialization (see transaction.h).
using Txid = crypto::Hash256;
/// One step of the signature hash chain (see sighash.h).
using Sighash = crypto::Hash256;
/// The hash of a block or microblock header: SHA-512/256 of its serialization.
using BlockHeaderHash = crypto::Hash256;
/// A Stacks block id (index block hash): SHA-512/256(block hash || consensus hash).
using StacksBlockId = crypto::Hash256;
/// The 20-byte consensus hash of a sortition.
using ConsensusHash = std::array<uint8_t, 20>;

}  // namespace stacks::chain
