// The JSON bodies the node POSTs to its event observers, with the reference node's keys and value formats
// (stacks-core stacks-node/src/event_dispatcher/payloads.rs, clarity/src/vm/events.rs,
// stackslib/src/chainstate/stacks/events.rs). Callers fill plain structs; the builders only format.
//
// Formats, as the reference writes them: hashes and txids are "0x" + lower-case hex; Clarity values ("raw_value",
// "raw_result") are "0x" + their consensus serialization; token amounts of events and miner rewards are decimal
// strings (they are u128); heights, indexes and satoshi amounts are JSON numbers; an absent optional is null.
// Key order carries no meaning (nlohmann::json writes keys sorted).
//
// Pure and thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "chain/execution_cost.h"
#include "util/bytes.h"

namespace stacks::events {

/// A Clarity execution cost (see chain/execution_cost.h).
using ExecutionCost = chain::ExecutionCost;

/// One PoX reward paid in a burn block: `recipient` is the b58 Bitcoin address, `amt` satoshis.
struct BurnRewardRecipient {
  std::string recipient;
  uint64_t amt = 0;
};

/// One output of a PoX-paying Bitcoin transaction.
struct PoxTransactionRecipient {
  std::string recipient;  ///< b58 Bitcoin address.
  uint64_t amt = 0;       ///< Satoshis.
  uint32_t utxo_idx = 0;  ///< Output index in the Bitcoin transaction.
};

/// A Bitcoin transaction that paid PoX rewards.
struct PoxTransaction {
  util::Bytes txid;
  std::vector<PoxTransactionRecipient> reward_recipients;
};

/// The body of POST /new_burn_block.
struct BurnBlockEvent {
  util::Bytes burn_block_hash;
  uint64_t burn_block_height = 0;
  std::vector<BurnRewardRecipient> reward_recipients;
  std::vector<std::string> reward_slot_holders;  ///< b58 Bitcoin addresses.
  uint64_t burn_amount = 0;                      ///< Satoshis burnt by this block's commits.
  util::Bytes consensus_hash;
  util::Bytes parent_burn_block_hash;
  std::vector<PoxTransaction> pox_transactions;
};

/// Why transactions left the mempool; serialized as the reference's variant names.
enum class DropReason { kReplaceByFee, kReplaceAcrossFork, kTooExpensive, kStaleGarbageCollect, kProblematic };

/// "ReplaceByFee", "ReplaceAcrossFork", "TooExpensive", "StaleGarbageCollect" or "Problematic".
std::string_view DropReasonName(DropReason reason);

/// A transaction's outcome, serialized as "success", "abort_by_response" or "abort_by_post_condition".
enum class TxStatus { kSuccess, kAbortByResponse, kAbortByPostCondition };

/// One entry of /new_block's `transactions`.
struct TransactionReceipt {
  util::Bytes txid;
  uint32_t tx_index = 0;  ///< Position in the block.
  TxStatus status = TxStatus::kSuccess;
  util::Bytes raw_result;             ///< Consensus serialization of the transaction's Clarity result.
  util::Bytes raw_tx;                 ///< The serialized transaction; the single byte 0x00 for a burnchain operation.
  nlohmann::json contract_interface;  ///< The deployed contract's interface JSON, or null.
  nlohmann::json burnchain_op;        ///< The burnchain operation's JSON for a burn-originated entry, or null.
  ExecutionCost execution_cost;
  std::optional<uint16_t> microblock_sequence;  ///< Set only for a transaction mined in a microblock.
  std::optional<util::Bytes> microblock_hash;
  std::optional<util::Bytes> microblock_parent_hash;
  std::optional<std::string> vm_error;  ///< The VM's error text when the transaction failed in Clarity.
};

/// The kind of a transaction event; its name is both the "type" value and the key of the nested object.
enum class EventType {
  kContractEvent,  ///< "contract_event" {contract_identifier, topic, value, raw_value}
  kStxTransfer,    ///< "stx_transfer_event" {sender, recipient, amount, memo}
  kStxMint,        ///< "stx_mint_event" {recipient, amount}
  kStxBurn,        ///< "stx_burn_event" {sender, amount}
  kStxLock,        ///< "stx_lock_event" {locked_amount, unlock_height, locked_address, contract_identifier}
  kNftTransfer,    ///< "nft_transfer_event" {asset_identifier, sender, recipient, value, raw_value}
  kNftMint,        ///< "nft_mint_event" {asset_identifier, recipient, value, raw_value}
  kNftBurn,        ///< "nft_burn_event" {asset_identifier, sender, value, raw_value}
  kFtTransfer,     ///< "ft_transfer_event" {asset_identifier, sender, recipient, amount}
  kFtMint,         ///< "ft_mint_event" {asset_identifier, recipient, amount}
  kFtBurn,         ///< "ft_burn_event" {asset_identifier, sender, amount}
};

/// "contract_event", "stx_transfer_event", ... as listed on EventType.
std::string_view EventTypeName(EventType type);

/// One entry of /new_block's `events`. Only the fields the type lists (see EventType) are written.
struct TransactionEvent {
  util::Bytes txid;
  uint32_t event_index = 0;  ///< Index among all the block's events, kept when an observer's filter drops others.
  bool committed = true;  ///< False when the transaction was aborted by a post-condition (its events are still sent).
  EventType type = EventType::kStxTransfer;
  std::string contract_identifier;  ///< "ADDR.name": the emitting contract, or the locking one for stx_lock_event.
  std::string topic;                ///< A contract event's topic ("print").
  std::string asset_identifier;     ///< "ADDR.contract::asset".
  std::string sender;               ///< A principal in its text form.
  std::string recipient;            ///< A principal in its text form.
  std::string amount;               ///< Decimal; also locked_amount for stx_lock_event.
  util::Bytes memo;                 ///< An STX transfer's memo, written as hex without "0x" (BuffData's Display).
  uint64_t unlock_height = 0;       ///< Burn block height at which locked STX unlock; written as a string.
  std::string locked_address;       ///< The principal whose STX are locked.
  util::Bytes raw_value;            ///< Consensus serialization of the Clarity value.
  nlohmann::json value;             ///< The reference's serde form of that value, or null when not computed.
};

/// A coinbase and fees that matured in this block.
struct MaturedMinerReward {
  std::string recipient;        ///< The principal paid.
  std::string miner_address;    ///< The miner's address.
  std::string coinbase_amount;  ///< Decimal µSTX, as are the three fee fields.
  std::string tx_fees_anchored;
  std::string tx_fees_streamed_confirmed;
  std::string tx_fees_streamed_produced;
  util::Bytes from_stacks_block_hash;
  util::Bytes from_index_block_hash;  ///< Written under the reference's key "from_index_consensus_hash".
};

/// One signer of a Nakamoto reward set.
struct RewardSetSigner {
  util::Bytes signing_key;  ///< 33-byte compressed key, written as hex without "0x".
  std::string stacked_amt;  ///< Decimal µSTX.
  uint32_t weight = 0;
};

/// The reward set reported on the block that computed it.
struct RewardSetInfo {
  std::vector<std::string> rewarded_addresses;  ///< b58 PoX addresses.
  nlohmann::json start_cycle_state = nlohmann::json::object({{"missed_reward_slots", nlohmann::json::array()}});
  std::optional<std::vector<RewardSetSigner>> signers;  ///< Nakamoto reward sets only; omitted when unset.
  std::optional<std::string> pox_ustx_threshold;        ///< Decimal µSTX, or null.
};

/// What only a Nakamoto block adds to /new_block.
struct NakamotoBlockSigning {
  util::Bytes signer_signature_hash;
  util::Bytes miner_signature;                ///< 65 bytes, written with "0x".
  std::vector<util::Bytes> signer_signature;  ///< 65 bytes each, written without "0x".
};

/// The body of POST /new_block.
struct BlockEvent {
  util::Bytes block_hash;
  uint64_t block_height = 0;           ///< Stacks block height.
  std::optional<uint64_t> block_time;  ///< The block's timestamp (Nakamoto), or null.
  util::Bytes burn_block_hash;         ///< The burn block the Stacks block was processed in.
  uint64_t burn_block_height = 0;
  uint64_t burn_block_time = 0;
  util::Bytes miner_txid;  ///< The winning block-commit's Bitcoin txid.
  util::Bytes index_block_hash;
  util::Bytes parent_block_hash;
  util::Bytes parent_index_block_hash;
  util::Bytes parent_microblock;  ///< 32 zero bytes for Nakamoto blocks.
  uint16_t parent_microblock_sequence = 0;
  std::vector<MaturedMinerReward> matured_miner_rewards;
  std::vector<TransactionEvent> events;  ///< All the block's events; observers receive a filtered subset.
  std::vector<TransactionReceipt> transactions;
  util::Bytes parent_burn_block_hash;
  uint32_t parent_burn_block_height = 0;
  uint64_t parent_burn_block_timestamp = 0;
  ExecutionCost anchored_cost;
  ExecutionCost confirmed_microblocks_cost;
  uint32_t pox_v1_unlock_height = 0;
  uint32_t pox_v2_unlock_height = 0;
  uint32_t pox_v3_unlock_height = 0;
  uint32_t pox_v4_unlock_height = 0;
  std::optional<util::Bytes> signer_bitvec;  ///< The BitVec's serialization, written as hex without "0x", or null.
  std::optional<RewardSetInfo> reward_set;
  std::optional<uint64_t> cycle_number;  ///< Set with reward_set.
  uint64_t tenure_height = 0;            ///< The coinbase height.
  util::Bytes consensus_hash;
  std::optional<NakamotoBlockSigning> nakamoto;  ///< Adds signer_signature_hash, miner_signature, signer_signature.
};

/// {write_length, write_count, read_length, read_count, runtime}.
nlohmann::json ExecutionCostJson(const ExecutionCost& cost);

/// {txid, event_index, committed, type, <type>: {...}} for one event.
nlohmann::json TransactionEventJson(const TransactionEvent& event);

/// One `transactions` entry: {txid, tx_index, status, raw_result, raw_tx, contract_interface, burnchain_op,
/// execution_cost, microblock_sequence, microblock_hash, microblock_parent_hash, vm_error}.
nlohmann::json TransactionReceiptJson(const TransactionReceipt& receipt);

/// The /new_block body with `events` replaced by `filtered_events` (an observer's subset of block.events, in order;
/// pass block.events for all). `filtered_events` must stay valid during the call.
nlohmann::json NewBlockPayload(const BlockEvent& block, std::span<const TransactionEvent> filtered_events);

/// The /new_burn_block body.
nlohmann::json NewBurnBlockPayload(const BurnBlockEvent& burn_block);

/// The /new_mempool_tx body: a JSON array of "0x" + hex of each serialized transaction.
nlohmann::json NewMempoolTxPayload(std::span<const util::Bytes> raw_txs);

/// The /drop_mempool_tx body: {dropped_txids: ["0x..."], reason, new_txid: "0x..." or null}.
nlohmann::json DropMempoolTxPayload(std::span<const util::Bytes> dropped_txids, DropReason reason,
                                    const std::optional<util::Bytes>& new_txid);

}  // namespace stacks::events
