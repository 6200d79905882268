// Transaction payloads (SIP-005 "Transaction Payloads"; TransactionPayload in stacks-codec/src/transaction.rs): what
// a transaction does.
//
// Two payload types stand for several wire ids, as in the reference: a smart contract is id 1 without a Clarity
// version and id 6 with one; a coinbase is id 4 with neither an alternative recipient nor a VRF proof, id 5 with a
// recipient only, id 8 with a VRF proof (and an optional recipient).
//
// All functions are pure and thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "chain/clarity_version.h"
#include "chain/hashes.h"
#include "chain/microblock_header.h"
#include "clarity/types/value.h"
#include "codec/consensus.h"
#include "codec/stacks_address.h"
#include "crypto/vrf.h"
#include "util/result.h"

namespace stacks::chain {

/// The wire ids (TransactionPayloadID).
enum class PayloadId : uint8_t {
  kTokenTransfer = 0,
  kSmartContract = 1,
  kContractCall = 2,
  kPoisonMicroblock = 3,
  kCoinbase = 4,
  kCoinbaseToAltRecipient = 5,
  kVersionedSmartContract = 6,
  kTenureChange = 7,
  kNakamotoCoinbase = 8,
};

using TokenTransferMemo = std::array<uint8_t, 34>;

struct TokenTransferPayload {
  codec::Principal recipient;  ///< Contract names up to 128 bytes, as in Clarity values.
  uint64_t amount_ustx = 0;
  TokenTransferMemo memo{};
  bool operator==(const TokenTransferPayload&) const = default;
};

struct ContractCallPayload {
  codec::StacksAddress contract_address;
  std::string contract_name;  ///< 1..=40 bytes.
  std::string function_name;  ///< A Clarity name.
  std::vector<clarity::Value> function_args;
  bool operator==(const ContractCallPayload&) const = default;
};

struct SmartContractPayload {
  std::string contract_name;  ///< 1..=40 bytes.
  std::string code_body;      ///< A StacksString: printable ASCII, tab, newline.
  /// Set: VersionedSmartContract (id 6). Unset: SmartContract (id 1), which runs as the epoch's default version.
  std::optional<ClarityVersion> clarity_version;
  bool operator==(const SmartContractPayload&) const = default;
};

/// Proof that a leader signed two microblocks that fork its stream.
struct PoisonMicroblockPayload {
  MicroblockHeader header1;
  MicroblockHeader header2;
  bool operator==(const PoisonMicroblockPayload&) const = default;
};

using CoinbaseBuffer = std::array<uint8_t, 32>;

struct CoinbasePayload {
  CoinbaseBuffer buffer{};
  std::optional<codec::Principal> alt_recipient;  ///< Who gets the reward instead of the miner (from Epoch 2.1).
  std::optional<crypto::VrfProof> vrf_proof;      ///< Nakamoto coinbase (required from Epoch 3.0).
  bool operator==(const CoinbasePayload&) const = default;
};

/// Why a tenure changes (TenureChangeCause). Causes 2-6 (SIP-034) extend one budget dimension; Epoch 3.3 on.
enum class TenureChangeCause : uint8_t {
  kBlockFound = 0,
  kExtended = 1,  ///< Extends every budget dimension.
  kExtendedRuntime = 2,
  kExtendedReadCount = 3,
  kExtendedReadLength = 4,
  kExtendedWriteCount = 5,
  kExtendedWriteLength = 6,
};

struct TenureChangePayload {
  ConsensusHash tenure_consensus_hash{};       ///< The sortition that chose this tenure's miner.
  ConsensusHash prev_tenure_consensus_hash{};  ///< The sortition of the previous tenure.
  ConsensusHash burn_view_consensus_hash{};    ///< The last sortition the miner saw.
  StacksBlockId previous_tenure_end{};         ///< The last block of the previous tenure.
  uint32_t previous_tenure_blocks = 0;         ///< Blocks in the previous tenure.
  TenureChangeCause cause = TenureChangeCause::kBlockFound;
  crypto::Hash160 pubkey_hash{};  ///< hash160 of the tenure's block-signing key.
  bool operator==(const TenureChangePayload&) const = default;
};

using Payload = std::variant<TokenTransferPayload, ContractCallPayload, SmartContractPayload, PoisonMicroblockPayload,
                             CoinbasePayload, TenureChangePayload>;

/// The wire id `payload` is written with.
PayloadId PayloadIdOf(const Payload& payload);

/// Payload layout: id u8, then
///   0 TokenTransfer           recipient (Clarity principal: 0x05 address | 0x06 address name(u8 len <= 128)),
///                             amount u64, memo [34]
///   1 SmartContract           ContractName (1..=40), code StacksString
///   2 ContractCall            StacksAddress, ContractName (1..=40), function ClarityName, args Vec<Clarity value>
///                             (at most MAX_CONTRACT_CALL_ARGS)
///   3 PoisonMicroblock        MicroblockHeader, MicroblockHeader
///   4 Coinbase                buffer [32]
///   5 CoinbaseToAltRecipient  buffer [32], recipient Clarity principal value
///   6 VersionedSmartContract  clarity version u8 (1..=6), ContractName, code StacksString
///   7 TenureChange            tenure_consensus_hash [20], prev_tenure_consensus_hash [20],
///                             burn_view_consensus_hash [20], previous_tenure_end [32], previous_tenure_blocks u32,
///                             cause u8 (0..=6), pubkey_hash [20]
///   8 NakamotoCoinbase        buffer [32], recipient (optional principal) Clarity value, VRF proof [80]
/// Errors: kInvalidArgument for a name, string or recipient the codec cannot write; kResourceExhausted for too many
/// arguments.
util::Status WritePayload(codec::ByteWriter& writer, const Payload& payload);

/// Reads a payload, rejecting what the reference rejects. Errors name the field: truncation; unknown payload id,
/// clarity version or tenure-change cause; bad names, strings and values; kResourceExhausted for more than
/// MAX_CONTRACT_CALL_ARGS arguments or a code body longer than `max_code_length`; a token-transfer recipient that is
/// not a principal; a CoinbaseToAltRecipient recipient value that is not a principal; a NakamotoCoinbase recipient
/// value that is not an optional; a malformed VRF proof; poison-microblock headers that are equal or do not fork
/// (different sequence and different parent).
///
/// As in the reference, a NakamotoCoinbase recipient `(some v)` with v not a principal reads as no recipient (and so
/// re-encodes as `none`).
util::Result<Payload> ReadPayload(codec::ByteReader& reader, size_t max_code_length);

}  // namespace stacks::chain
