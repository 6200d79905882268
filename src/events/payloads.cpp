#include "events/payloads.h"

#include <string>

#include "util/hex.h"

namespace stacks::events {
namespace {

using nlohmann::json;

std::string Hex0x(util::ByteView bytes) { return "0x" + util::ToHex(bytes); }

json OptionalHex0x(const std::optional<util::Bytes>& bytes) {
  if (!bytes) return nullptr;
  return Hex0x(*bytes);
}

std::string_view TxStatusName(TxStatus status) {
  switch (status) {
    case TxStatus::kSuccess:
      return "success";
    case TxStatus::kAbortByResponse:
      return "abort_by_response";
    case TxStatus::kAbortByPostCondition:
      return "abort_by_post_condition";
  }
  return "success";
}

// The nested object of one event, with the keys clarity/src/vm/events.rs writes for its type.
json EventBody(const TransactionEvent& e) {
  switch (e.type) {
    case EventType::kContractEvent:
      return {{"contract_identifier", e.contract_identifier},
              {"topic", e.topic},
              {"value", e.value},
              {"raw_value", Hex0x(e.raw_value)}};
    case EventType::kStxTransfer:
      return {{"sender", e.sender}, {"recipient", e.recipient}, {"amount", e.amount}, {"memo", util::ToHex(e.memo)}};
    case EventType::kStxMint:
      return {{"recipient", e.recipient}, {"amount", e.amount}};
    case EventType::kStxBurn:
      return {{"sender", e.sender}, {"amount", e.amount}};
    case EventType::kStxLock:
      return {{"locked_amount", e.amount},
              {"unlock_height", std::to_string(e.unlock_height)},
              {"locked_address", e.locked_address},
              {"contract_identifier", e.contract_identifier}};
    case EventType::kNftTransfer:
      return {{"asset_identifier", e.asset_identifier},
              {"sender", e.sender},
              {"recipient", e.recipient},
              {"value", e.value},
              {"raw_value", Hex0x(e.raw_value)}};
    case EventType::kNftMint:
      return {{"asset_identifier", e.asset_identifier},
              {"recipient", e.recipient},
              {"value", e.value},
              {"raw_value", Hex0x(e.raw_value)}};
    case EventType::kNftBurn:
      return {{"asset_identifier", e.asset_identifier},
              {"sender", e.sender},
              {"value", e.value},
              {"raw_value", Hex0x(e.raw_value)}};
    case EventType::kFtTransfer:
      return {{"asset_identifier", e.asset_identifier},
              {"sender", e.sender},
              {"recipient", e.recipient},
              {"amount", e.amount}};
    case EventType::kFtMint:
      return {{"asset_identifier", e.asset_identifier}, {"recipient", e.recipient}, {"amount", e.amount}};
    case EventType::kFtBurn:
      return {{"asset_identifier", e.asset_identifier}, {"sender", e.sender}, {"amount", e.amount}};
  }
  return json::object();
}

json MaturedMinerRewardJson(const MaturedMinerReward& r) {
  return {{"recipient", r.recipient},
          {"miner_address", r.miner_address},
          {"coinbase_amount", r.coinbase_amount},
          {"tx_fees_anchored", r.tx_fees_anchored},
          {"tx_fees_streamed_confirmed", r.tx_fees_streamed_confirmed},
          {"tx_fees_streamed_produced", r.tx_fees_streamed_produced},
          {"from_stacks_block_hash", Hex0x(r.from_stacks_block_hash)},
          {"from_index_consensus_hash", Hex0x(r.from_index_block_hash)}};
}

json RewardSetJson(const RewardSetInfo& set) {
  json out = {{"rewarded_addresses", set.rewarded_addresses},
              {"start_cycle_state", set.start_cycle_state},
              {"pox_ustx_threshold", set.pox_ustx_threshold ? json(*set.pox_ustx_threshold) : json(nullptr)}};
  if (set.signers) {
    json signers = json::array();
    for (const RewardSetSigner& s : *set.signers) {
      signers.push_back(
          {{"signing_key", util::ToHex(s.signing_key)}, {"stacked_amt", s.stacked_amt}, {"weight", s.weight}});
    }
    out["signers"] = std::move(signers);
  }
  return out;
}

}  // namespace

std::string_view DropReasonName(DropReason reason) {
  switch (reason) {
    case DropReason::kReplaceByFee:
      return "ReplaceByFee";
    case DropReason::kReplaceAcrossFork:
      return "ReplaceAcrossFork";
    case DropReason::kTooExpensive:
      return "TooExpensive";
    case DropReason::kStaleGarbageCollect:
      return "StaleGarbageCollect";
    case DropReason::kProblematic:
      return "Problematic";
  }
  return "Problematic";
}

std::string_view EventTypeName(EventType type) {
  switch (type) {
    case EventType::kContractEvent:
      return "contract_event";
    case EventType::kStxTransfer:
      return "stx_transfer_event";
    case EventType::kStxMint:
      return "stx_mint_event";
    case EventType::kStxBurn:
      return "stx_burn_event";
    case EventType::kStxLock:
      return "stx_lock_event";
    case EventType::kNftTransfer:
      return "nft_transfer_event";
    case EventType::kNftMint:
      return "nft_mint_event";
    case EventType::kNftBurn:
      return "nft_burn_event";
    case EventType::kFtTransfer:
      return "ft_transfer_event";
    case EventType::kFtMint:
      return "ft_mint_event";
    case EventType::kFtBurn:
      return "ft_burn_event";
  }
  return "contract_event";
}

json ExecutionCostJson(const ExecutionCost& cost) {
  return {{"write_length", cost.write_length},
          {"write_count", cost.write_count},
          {"read_length", cost.read_length},
          {"read_count", cost.read_count},
          {"runtime", cost.runtime}};
}

json TransactionEventJson(const TransactionEvent& event) {
  const std::string type(EventTypeName(event.type));
  return {{"txid", Hex0x(event.txid)},
          {"event_index", event.event_index},
          {"committed", event.committed},
          {"type", type},
          {type, EventBody(event)}};
}

json TransactionReceiptJson(const TransactionReceipt& r) {
  return {{"txid", Hex0x(r.txid)},
          {"tx_index", r.tx_index},
          {"status", TxStatusName(r.status)},
          {"raw_result", Hex0x(r.raw_result)},
          {"raw_tx", Hex0x(r.raw_tx)},
          {"contract_interface", r.contract_interface},
          {"burnchain_op", r.burnchain_op},
          {"execution_cost", ExecutionCostJson(r.execution_cost)},
          {"microblock_sequence", r.microblock_sequence ? json(*r.microblock_sequence) : json(nullptr)},
          {"microblock_hash", OptionalHex0x(r.microblock_hash)},
          {"microblock_parent_hash", OptionalHex0x(r.microblock_parent_hash)},
          {"vm_error", r.vm_error ? json(*r.vm_error) : json(nullptr)}};
}

json NewBlockPayload(const BlockEvent& b, std::span<const TransactionEvent> filtered_events) {
  json events = json::array();
  for (const TransactionEvent& e : filtered_events) events.push_back(TransactionEventJson(e));
  json transactions = json::array();
  for (const TransactionReceipt& r : b.transactions) transactions.push_back(TransactionReceiptJson(r));
  json rewards = json::array();
  for (const MaturedMinerReward& r : b.matured_miner_rewards) rewards.push_back(MaturedMinerRewardJson(r));

  json out = {
      {"block_hash", Hex0x(b.block_hash)},
      {"block_height", b.block_height},
      {"block_time", b.block_time ? json(*b.block_time) : json(nullptr)},
      {"burn_block_hash", Hex0x(b.burn_block_hash)},
      {"burn_block_height", b.burn_block_height},
      {"miner_txid", Hex0x(b.miner_txid)},
      {"burn_block_time", b.burn_block_time},
      {"index_block_hash", Hex0x(b.index_block_hash)},
      {"parent_block_hash", Hex0x(b.parent_block_hash)},
      {"parent_index_block_hash", Hex0x(b.parent_index_block_hash)},
      {"parent_microblock", Hex0x(b.parent_microblock)},
      {"parent_microblock_sequence", b.parent_microblock_sequence},
      {"matured_miner_rewards", std::move(rewards)},
      {"events", std::move(events)},
      {"transactions", std::move(transactions)},
      {"parent_burn_block_hash", Hex0x(b.parent_burn_block_hash)},
      {"parent_burn_block_height", b.parent_burn_block_height},
      {"parent_burn_block_timestamp", b.parent_burn_block_timestamp},
      {"anchored_cost", ExecutionCostJson(b.anchored_cost)},
      {"confirmed_microblocks_cost", ExecutionCostJson(b.confirmed_microblocks_cost)},
      {"pox_v1_unlock_height", b.pox_v1_unlock_height},
      {"pox_v2_unlock_height", b.pox_v2_unlock_height},
      {"pox_v3_unlock_height", b.pox_v3_unlock_height},
      {"pox_v4_unlock_height", b.pox_v4_unlock_height},
      {"signer_bitvec", b.signer_bitvec ? json(util::ToHex(*b.signer_bitvec)) : json(nullptr)},
      {"reward_set", b.reward_set ? RewardSetJson(*b.reward_set) : json(nullptr)},
      {"cycle_number", b.cycle_number ? json(*b.cycle_number) : json(nullptr)},
      {"tenure_height", b.tenure_height},
      {"consensus_hash", Hex0x(b.consensus_hash)},
  };
  if (b.nakamoto) {
    json signatures = json::array();
    for (const util::Bytes& s : b.nakamoto->signer_signature) signatures.push_back(util::ToHex(s));
    out["signer_signature_hash"] = Hex0x(b.nakamoto->signer_signature_hash);
    out["miner_signature"] = Hex0x(b.nakamoto->miner_signature);
    out["signer_signature"] = std::move(signatures);
  }
  return out;
}

json NewBurnBlockPayload(const BurnBlockEvent& bb) {
  json recipients = json::array();
  for (const BurnRewardRecipient& r : bb.reward_recipients) {
    recipients.push_back({{"recipient", r.recipient}, {"amt", r.amt}});
  }
  json pox_transactions = json::array();
  for (const PoxTransaction& tx : bb.pox_transactions) {
    json outputs = json::array();
    for (const PoxTransactionRecipient& r : tx.reward_recipients) {
      outputs.push_back({{"recipient", r.recipient}, {"amt", r.amt}, {"utxo_idx", r.utxo_idx}});
    }
    pox_transactions.push_back({{"txid", Hex0x(tx.txid)}, {"reward_recipients", std::move(outputs)}});
  }
  return {{"burn_block_hash", Hex0x(bb.burn_block_hash)},
          {"burn_block_height", bb.burn_block_height},
          {"reward_recipients", std::move(recipients)},
          {"reward_slot_holders", bb.reward_slot_holders},
          {"burn_amount", bb.burn_amount},
          {"consensus_hash", Hex0x(bb.consensus_hash)},
          {"parent_burn_block_hash", Hex0x(bb.parent_burn_block_hash)},
          {"pox_transactions", std::move(pox_transactions)}};
}

json NewMempoolTxPayload(std::span<const util::Bytes> raw_txs) {
  json out = json::array();
  for (const util::Bytes& tx : raw_txs) out.push_back(Hex0x(tx));
  return out;
}

json DropMempoolTxPayload(std::span<const util::Bytes> dropped_txids, DropReason reason,
                          const std::optional<util::Bytes>& new_txid) {
  json txids = json::array();
  for (const util::Bytes& txid : dropped_txids) txids.push_back(Hex0x(txid));
  return {
      {"dropped_txids", std::move(txids)}, {"reason", DropReasonName(reason)}, {"new_txid", OptionalHex0x(new_txid)}};
}

}  // namespace stacks::events
