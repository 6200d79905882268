// LeaderKeyRegister: a miner registers the VRF key it will prove sortitions with (stackslib/src/chainstate/burn/
// operations/leader_key_register.rs).
//
// Payload layout (after magic and opcode '^'):
//   consensus_hash [20]   the sortition consensus hash when issued; parsed and kept, checked by no rule
//   public_key [32]       an ed25519 VRF public key; must decode (crypto::VrfPublicKey::FromBytes)
//   memo [rest]           any length; Nakamoto: the first 20 bytes are the Hash160 of the miner's block-signing key
// Parse also needs at least one input and one output after the OP_RETURN. SerializePayload writes at most 25 memo
// bytes, as the reference does.
#pragma once

#include <cstdint>
#include <optional>

#include "burnchain/bitcoin_tx.h"
#include "burnchain/burn_op.h"
#include "burnchain/burnchain_tx.h"
#include "crypto/hash.h"
#include "crypto/vrf.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::burnchain {

/// The most memo bytes SerializePayload writes.
inline constexpr size_t LEADER_KEY_MAX_SERIALIZED_MEMO = 25;

struct LeaderKeyRegisterOp {
  ConsensusHash consensus_hash{};
  crypto::VrfPublicKeyBytes public_key{};  ///< Decodes as a VRF key whenever Parse produced the op.
  util::Bytes memo;

  Txid txid{};
  uint32_t vtxindex = 0;
  uint64_t block_height = 0;  ///< Height of the burn block the op was mined in.
  BurnchainHeaderHash burn_header_hash{};

  bool operator==(const LeaderKeyRegisterOp&) const = default;

  /// The op `tx` carries, mined at `block` in position `vtxindex`.
  /// Errors: those of ParseBurnchainTx, then FromBurnchainTx's.
  static util::Result<LeaderKeyRegisterOp> Parse(const BitcoinTx& tx, const BurnBlockRef& block, uint32_t vtxindex,
                                                 const BurnchainParams& params);

  /// The op of an already recognized transaction. Errors (kInvalidArgument): "invalid-input" when tx has no input,
  /// no output after the OP_RETURN, or another opcode; "parse-error" when the payload is shorter than 52 bytes or the
  /// public key does not decode.
  static util::Result<LeaderKeyRegisterOp> FromBurnchainTx(const BurnchainTx& tx, const BurnBlockRef& block);

  /// opcode '^' | consensus_hash | public_key | memo truncated to 25 bytes: the OP_RETURN data after the magic.
  util::Bytes SerializePayload() const;

  /// The unsigned transaction the reference's miner builds: OP_RETURN worth 0, then the change (which the reference
  /// requires for this op).
  BitcoinTx ToBitcoinTx(const MagicBytes& magic, const OpTxFunding& funding) const;

  /// The Hash160 of the Nakamoto block-signing key: the first 20 memo bytes, or nullopt if the memo is shorter.
  std::optional<crypto::Hash160> NakamotoSigningKeyHash() const;

  /// Puts `hash` into the first 20 memo bytes, zero-extending a shorter memo first.
  void SetNakamotoSigningKeyHash(const crypto::Hash160& hash);
};

}  // namespace stacks::burnchain
