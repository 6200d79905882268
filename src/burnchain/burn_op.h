// What every burnchain operation shares: opcodes, magic bytes, the parameters a parse needs, the named hashes the
// operations carry, and the error convention of the operation parsers.
//
// An operation is a Bitcoin transaction whose output 0 is OP_RETURN <magic[2] | opcode[1] | payload>
// (stackslib/src/burnchains/bitcoin/blocks.rs). The magic bytes name the network: "X2" on mainnet (enforced), "T2"
// in testnet (xenon) mode, and otherwise the configured value or, by default, "id" (stacks-core's
// BLOCKSTACK_MAGIC_MAINNET, which helium/mocknet/neon/regtest nodes use unless configured).
//
// Errors of the Parse functions (the reference's op_error names open each message, in kebab case):
//   kNotFound            the transaction carries no operation for these magic bytes ("no-burnchain-op: ...")
//   kInvalidArgument     an output after OP_RETURN has no recognizable address ("unrecognized-output: ..."), or the
//                        reference's InvalidInput ("invalid-input: ...": wrong opcode, missing inputs or outputs) or
//                        ParseError ("parse-error: ...": payload malformed or out of range)
//   kConsensusViolation  a rule the reference names (e.g. "block-commit-bad-outputs: ...")
// The Check functions (context-free rules the reference applies after parsing) fail with kConsensusViolation.
#pragma once

#include <array>
#include <cstdint>

#include "burnchain/bitcoin_tx.h"
#include "burnchain/output_address.h"
#include "crypto/hash.h"

namespace stacks::burnchain {

/// Burnchain block hashes in display order, as Txid (stacks-core BurnchainHeaderHash::from_bitcoin_hash).
using BurnchainHeaderHash = crypto::Hash256;
/// The 20-byte consensus hash of a sortition.
using ConsensusHash = std::array<uint8_t, 20>;
/// A Stacks block header hash (in Nakamoto commits: the tenure-start block's id).
using BlockHeaderHash = crypto::Hash256;
/// A VRF seed: SHA-512/256 of a VRF proof.
using VrfSeed = crypto::Hash256;
/// A compressed secp256k1 public key as raw bytes, not checked to be on the curve (StacksPublicKeyBuffer).
using PublicKeyBuffer = std::array<uint8_t, 33>;

/// The opcode byte after the magic bytes (stackslib/src/chainstate/burn/mod.rs, Opcodes).
enum class Opcode : uint8_t {
  kLeaderBlockCommit = '[',
  kLeaderKeyRegister = '^',
  kStackStx = 'x',
  kPreStx = 'p',
  kTransferStx = '$',
  kDelegateStx = '#',
  kVoteForAggregateKey = 'v',
};

using MagicBytes = std::array<uint8_t, 2>;
inline constexpr MagicBytes MAGIC_BYTES_MAINNET = {'X', '2'};
inline constexpr MagicBytes MAGIC_BYTES_TESTNET = {'T', '2'};
/// BLOCKSTACK_MAGIC_MAINNET, the default of every mode but mainnet and xenon.
inline constexpr MagicBytes MAGIC_BYTES_DEFAULT = {'i', 'd'};

/// How to read operations off one Bitcoin network.
struct BurnchainParams {
  BitcoinNetworkType network = BitcoinNetworkType::kRegtest;  ///< Decides the addresses outputs decode to.
  MagicBytes magic = MAGIC_BYTES_DEFAULT;
};

/// The burn block a transaction was mined in.
struct BurnBlockRef {
  uint64_t height = 0;
  BurnchainHeaderHash hash{};
};

}  // namespace stacks::burnchain
