// LeaderBlockCommit: a miner commits BTC to a block (Nakamoto: to a tenure) in a sortition (stackslib/src/chainstate/
// burn/operations/leader_block_commit.rs).
//
// Payload layout (after magic and opcode '['; integers big-endian; at least 77 bytes, any more are ignored):
//   block_header_hash [32]   Nakamoto: the StacksBlockId of the parent tenure's start block
//   new_seed [32]            Nakamoto: SHA-512/256 of the parent tenure's coinbase VRF proof
//   parent_block_ptr u32 | parent_vtxindex u16    the commit that won the parent (0, 0 = genesis)
//   key_block_ptr u32 | key_vtxindex u16          the miner's LeaderKeyRegister
//   modulus_and_memo u8      low 3 bits: burn parent modulus (taken mod 5); high 5 bits: memo (the epoch marker)
//
// Bitcoin outputs after the OP_RETURN, by CommitOutputRule (the caller knows the PoX schedule):
//   kRewardPhase  outputs 1 and 2 are the commit outputs (OUTPUTS_PER_COMMIT), of equal amount;
//                 burn_fee = 2 * amount, which must be nonzero; output 3 is the change
//   kBurnOnly     output 1 is the only commit output and must pay the burn address; burn_fee = its amount;
//                 output 2 is the change
//   kWaterfall    output 1 is the only commit output, of nonzero amount; burn_fee = its amount; output 2 is the change
// sunset_burn is the OP_RETURN's value (0 under kWaterfall). The apparent sender is PoxAddressToB58 of the change
// output's address, or "<no-change-output>" (the reference's BurnchainSigner; the reference does not derive it from
// the inputs). `input` is input 0's outpoint (UTXO chaining).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "burnchain/bitcoin_tx.h"
#include "burnchain/burn_op.h"
#include "burnchain/burnchain_tx.h"
#include "burnchain/pox_address.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::burnchain {

/// Commit outputs in a PoX reward phase (OUTPUTS_PER_COMMIT).
inline constexpr size_t OUTPUTS_PER_COMMIT = 2;
/// The apparent sender when the commit has no output after its commit outputs.
inline constexpr std::string_view NO_CHANGE_OUTPUT_SENDER = "<no-change-output>";

/// Which commit outputs the commit's burn block height calls for.
enum class CommitOutputRule {
  kRewardPhase,  ///< A PoX reward phase, with or without a reward set (Stacks 2.1+: also after a PoX sunset).
  kBurnOnly,     ///< A prepare phase (or, before 2.1, after the PoX sunset).
  kWaterfall,    ///< From the first PoX-5 "waterfall" block (epoch 4.0): the cycle's single sBTC output.
};

/// (burn_block_height - 1) mod 5, or 4 for height 0: the modulus a miner writes for a commit it means to land at
/// burn_block_height.
uint8_t BurnParentModulus(uint64_t burn_block_height);

/// The output of a commit the next commit's input 0 should spend: 2 after a single-output commit, else 3.
uint32_t ExpectedChainedUtxo(bool single_commit);

struct LeaderBlockCommitOp {
  BlockHeaderHash block_header_hash{};
  VrfSeed new_seed{};
  uint32_t parent_block_ptr = 0;
  uint16_t parent_vtxindex = 0;
  uint32_t key_block_ptr = 0;
  uint16_t key_vtxindex = 0;
  util::Bytes memo;                 ///< Parse gives one byte: the 5-bit memo. SerializePayload uses the first byte.
  uint8_t burn_parent_modulus = 0;  ///< 0..4.
  uint64_t burn_fee = 0;            ///< Satoshis counted toward the sortition.
  uint64_t sunset_burn = 0;         ///< Satoshis on the OP_RETURN output.
  OutPoint input;                   ///< Input 0's outpoint.
  std::string apparent_sender;      ///< Not authenticated; for logs and miner identity.
  std::vector<PoxAddress> commit_outs;

  Txid txid{};
  uint32_t vtxindex = 0;
  uint64_t block_height = 0;  ///< Height of the burn block the commit was mined in.
  BurnchainHeaderHash burn_header_hash{};

  bool operator==(const LeaderBlockCommitOp&) const = default;

  /// The commit `tx` carries, mined at `block` in position `vtxindex`.
  /// Errors: those of ParseBurnchainTx, then FromBurnchainTx's.
  static util::Result<LeaderBlockCommitOp> Parse(const BitcoinTx& tx, const BurnBlockRef& block, uint32_t vtxindex,
                                                 const BurnchainParams& params, CommitOutputRule rule);

  /// The commit of an already recognized transaction, in the reference's order of checks:
  ///   kInvalidArgument "invalid-input": no input, no output after the OP_RETURN, another opcode; kRewardPhase with
  ///     fewer than 2 outputs; kWaterfall with a zero amount;
  ///   kInvalidArgument "parse-error": payload under 77 bytes; parent_block_ptr 0 with a nonzero parent_vtxindex;
  ///     parent_block_ptr or key_block_ptr not below block.height; key_block_ptr 0; kRewardPhase outputs of unequal
  ///     amounts, or a total of 0 (or one that overflows);
  ///   kConsensusViolation "block-commit-bad-outputs": kBurnOnly whose first output is not the burn address.
  static util::Result<LeaderBlockCommitOp> FromBurnchainTx(const BurnchainTx& tx, const BurnBlockRef& block,
                                                           CommitOutputRule rule);

  /// opcode '[' | block_header_hash | new_seed | parent_block_ptr | parent_vtxindex | key_block_ptr | key_vtxindex
  /// | (memo[0] << 3) + (burn_parent_modulus & 7), memo[0] taken as 0 when the memo is empty.
  util::Bytes SerializePayload() const;

  /// The unsigned transaction the reference's miner builds: OP_RETURN worth sunset_burn, each commit output worth
  /// burn_fee / commit_outs.size(), then the change.
  /// Errors (kInvalidArgument): no commit outputs; burn_fee not divisible by their number; a commit output with no
  /// script (PoxAddressScript).
  util::Result<BitcoinTx> ToBitcoinTx(const MagicBytes& magic, const OpTxFunding& funding) const;

  /// The epoch-marker rule (check_epoch_commit_marker): ok if memo[0] >= marker.
  /// Errors: kConsensusViolation "block-commit-bad-epoch" for an empty memo or a smaller marker.
  util::Status CheckEpochMarker(uint8_t marker) const;

  /// burn_parent_modulus mod 5.
  uint64_t BurnBlockMinedAt() const;
  /// True when the parent is the genesis block (parent_block_ptr and parent_vtxindex both 0).
  bool IsParentGenesis() const;
  /// True when every commit output is the burn address.
  bool AllOutputsBurn() const;
};

}  // namespace stacks::burnchain
