#include "chain/tx_check.h"

#include <cstdio>
#include <string>

#include "chain/verify.h"

namespace stacks::chain {
namespace {

std::string Hex32(uint32_t v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "0x%08x", v);
  return buf;
}

std::string InEpoch(StacksEpochId epoch) { return " is not supported in epoch " + std::string(EpochName(epoch)); }

}  // namespace

util::Status CheckTransactionNetwork(const Transaction& tx, bool mainnet, uint32_t chain_id) {
  if (mainnet && !tx.IsMainnet()) return util::ConsensusViolation("transaction is testnet on a mainnet node");
  if (!mainnet && tx.IsMainnet()) return util::ConsensusViolation("transaction is mainnet on a testnet node");
  if (tx.chain_id() != chain_id) {
    return util::ConsensusViolation("transaction chain id " + Hex32(tx.chain_id()) + " is not " + Hex32(chain_id));
  }
  return {};
}

util::Status CheckTransactionStaticEpoch(const Transaction& tx, StacksEpochId epoch) {
  if (!SupportsSip040PostConditions(epoch)) {
    if (tx.post_condition_mode() == PostConditionMode::kOriginator) {
      return util::ConsensusViolation("originator post-condition mode" + InEpoch(epoch));
    }
    for (const auto& post_condition : tx.post_conditions()) {
      const auto* nft = std::get_if<NonfungiblePostCondition>(&post_condition);
      if (nft && nft->code == NonfungibleConditionCode::kMaybeSent) {
        return util::ConsensusViolation("NFT maybe-sent post-condition" + InEpoch(epoch));
      }
    }
  }
  if (!SupportsStakingPostConditions(epoch)) {
    for (const auto& post_condition : tx.post_conditions()) {
      if (std::holds_alternative<StakingPostCondition>(post_condition) ||
          std::holds_alternative<PoxPostCondition>(post_condition)) {
        return util::ConsensusViolation("staking or pox post-condition" + InEpoch(epoch));
      }
    }
  }
  if (const auto* coinbase = std::get_if<CoinbasePayload>(&tx.payload())) {
    if (coinbase->vrf_proof && epoch < StacksEpochId::k30) {
      return util::ConsensusViolation("coinbase with a VRF proof" + InEpoch(epoch));
    }
    if (!coinbase->vrf_proof && epoch >= StacksEpochId::k30) {
      return util::ConsensusViolation("coinbase without a VRF proof" + InEpoch(epoch));
    }
    if (coinbase->alt_recipient && epoch < StacksEpochId::k21) {
      return util::ConsensusViolation("coinbase to an alternative recipient" + InEpoch(epoch));
    }
  }
  if (const auto* contract = std::get_if<SmartContractPayload>(&tx.payload())) {
    if (contract->clarity_version) {
      if (epoch < StacksEpochId::k21) return util::ConsensusViolation("versioned smart contract" + InEpoch(epoch));
      if (*contract->clarity_version > DefaultClarityVersion(epoch)) {
        return util::ConsensusViolation("smart contract version " + ClarityVersionName(*contract->clarity_version) +
                                        InEpoch(epoch));
      }
    }
  }
  if (std::holds_alternative<TenureChangePayload>(tx.payload()) && epoch < StacksEpochId::k30) {
    return util::ConsensusViolation("tenure change" + InEpoch(epoch));
  }
  return CheckAuthSupportedInEpoch(tx.auth(), epoch);
}

util::Status CheckTenureChangeCauseEpoch(const Transaction& tx, StacksEpochId epoch) {
  const auto* tenure_change = std::get_if<TenureChangePayload>(&tx.payload());
  if (tenure_change == nullptr || SupportsSpecificBudgetExtends(epoch)) return {};
  if (tenure_change->cause != TenureChangeCause::kBlockFound && tenure_change->cause != TenureChangeCause::kExtended) {
    return util::ConsensusViolation("tenure change cause " + std::to_string(static_cast<int>(tenure_change->cause)) +
                                    InEpoch(epoch));
  }
  return {};
}

util::Status CheckAnchorMode(const Transaction& tx, bool anchored_block) {
  if (anchored_block && tx.anchor_mode() == AnchorMode::kOffChainOnly) {
    return util::ConsensusViolation("off-chain-only transaction in an anchored block");
  }
  if (!anchored_block && tx.anchor_mode() == AnchorMode::kOnChainOnly) {
    return util::ConsensusViolation("on-chain-only transaction in a microblock");
  }
  return {};
}

util::Status CheckMempoolPayload(const Transaction& tx) {
  if (std::holds_alternative<CoinbasePayload>(tx.payload())) {
    return util::ConsensusViolation("coinbase transactions are not accepted through the mempool");
  }
  if (std::holds_alternative<TenureChangePayload>(tx.payload())) {
    return util::ConsensusViolation("tenure change transactions are not accepted through the mempool");
  }
  return {};
}

util::Status CheckTransaction(const Transaction& tx, const TransactionCheckContext& context) {
  STACKS_RETURN_IF_ERROR(CheckTransactionNetwork(tx, context.mainnet, context.chain_id));
  STACKS_RETURN_IF_ERROR(CheckTransactionStaticEpoch(tx, context.epoch));
  return CheckTenureChangeCauseEpoch(tx, context.epoch);
}

}  // namespace stacks::chain
