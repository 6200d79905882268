#include "chainstate/accounts.h"

#include <algorithm>
#include <array>
#include <limits>
#include <utility>
#include <variant>

#include "chain/auth.h"
#include "codec/consensus.h"

namespace stacks::chainstate {
namespace {

constexpr size_t ACCOUNT_ENCODED_SIZE = 16 + 8 + 16 + 8;
constexpr Uint128 UINT128_MAX_VALUE = ~static_cast<Uint128>(0);

/// Pre-SIP-029: 1000 STX for years 0-4, 500 for 4-8, 250 for 8-12, then 125 (coinbase_reward_pre_sip029).
constexpr uint64_t PRE_SIP029_BLOCKS_PER_YEAR = 52596;

struct CoinbaseInterval {
  Uint128 coinbase_ustx;
  uint64_t effective_start_height;
};

/// SIP-029 emission intervals (COINBASE_INTERVALS_MAINNET and _TESTNET in stacks-common).
constexpr std::array<CoinbaseInterval, 5> SIP029_INTERVALS_MAINNET{{
    {1000 * static_cast<Uint128>(MICROSTACKS_PER_STACKS), 0},
    {500 * static_cast<Uint128>(MICROSTACKS_PER_STACKS), 278'950},
    {250 * static_cast<Uint128>(MICROSTACKS_PER_STACKS), 383'950},
    {125 * static_cast<Uint128>(MICROSTACKS_PER_STACKS), 593'950},
    {625 * static_cast<Uint128>(MICROSTACKS_PER_STACKS) / 10, 803'950},
}};
constexpr std::array<CoinbaseInterval, 5> SIP029_INTERVALS_TESTNET{{
    {1000 * static_cast<Uint128>(MICROSTACKS_PER_STACKS), 0},
    {500 * static_cast<Uint128>(MICROSTACKS_PER_STACKS), 77'777},
    {250 * static_cast<Uint128>(MICROSTACKS_PER_STACKS), 77'777 * 7},
    {125 * static_cast<Uint128>(MICROSTACKS_PER_STACKS), 77'777 * 14},
    {625 * static_cast<Uint128>(MICROSTACKS_PER_STACKS) / 10, 77'777 * 21},
}};

/// stx-transfer? error codes (the reference's StxErrorCodes).
constexpr uint32_t STX_TRANSFER_NOT_ENOUGH_BALANCE = 1;
constexpr uint32_t STX_TRANSFER_SENDER_IS_RECIPIENT = 2;
constexpr uint32_t STX_TRANSFER_NON_POSITIVE_AMOUNT = 3;

clarity::Value OkTrue() { return clarity::Value::Ok(clarity::Value::Bool(true)).value(); }
clarity::Value ErrUint(uint32_t code) { return clarity::Value::Err(clarity::Value::UInt(code)).value(); }

util::Status Credit(AccountMap& accounts, const codec::Principal& principal, Uint128 amount_ustx) {
  Account& account = accounts[principal];
  if (account.balance_ustx > UINT128_MAX_VALUE - amount_ustx) {
    return util::ConsensusViolation("balance overflow crediting " + codec::PrincipalToString(principal));
  }
  account.balance_ustx += amount_ustx;
  return {};
}

util::Status CheckNonce(const AccountMap& accounts, const codec::Principal& principal, uint64_t nonce,
                        std::string_view role) {
  const auto it = accounts.find(principal);
  const uint64_t expected = it == accounts.end() ? 0 : it->second.nonce;
  if (nonce != expected) {
    return util::ConsensusViolation("bad nonce: " + std::string(role) + " " + codec::PrincipalToString(principal) +
                                    " expected " + std::to_string(expected) + ", got " + std::to_string(nonce));
  }
  if (expected == std::numeric_limits<uint64_t>::max()) {
    return util::ConsensusViolation("nonce overflow: " + codec::PrincipalToString(principal));
  }
  return {};
}

// Runs the token transfer; returns the transaction's result value.
util::Result<clarity::Value> ApplyTokenTransfer(const chain::TokenTransferPayload& transfer,
                                                const codec::Principal& sender, AccountMap& accounts,
                                                TransactionReceipt& receipt) {
  if (transfer.amount_ustx == 0) return ErrUint(STX_TRANSFER_NON_POSITIVE_AMOUNT);
  if (transfer.recipient == sender) return ErrUint(STX_TRANSFER_SENDER_IS_RECIPIENT);
  Account& from = accounts[sender];
  if (from.balance_ustx < transfer.amount_ustx) return ErrUint(STX_TRANSFER_NOT_ENOUGH_BALANCE);
  from.balance_ustx -= transfer.amount_ustx;
  STACKS_RETURN_IF_ERROR(Credit(accounts, transfer.recipient, transfer.amount_ustx));
  receipt.events.push_back(StxTransferEvent{sender, transfer.recipient, transfer.amount_ustx, transfer.memo});
  return OkTrue();
}

}  // namespace

Uint128 CoinbaseRewardUstx(chain::StacksEpochId epoch, bool mainnet, uint64_t first_burn_block_height,
                           uint64_t burn_block_height) {
  if (epoch == chain::StacksEpochId::k10) return 0;
  const uint64_t effective_height =
      burn_block_height > first_burn_block_height ? burn_block_height - first_burn_block_height : 0;
  if (epoch < chain::StacksEpochId::k31) {
    uint64_t stx = 125;
    if (effective_height < PRE_SIP029_BLOCKS_PER_YEAR * 4) {
      stx = 1000;
    } else if (effective_height < PRE_SIP029_BLOCKS_PER_YEAR * 8) {
      stx = 500;
    } else if (effective_height < PRE_SIP029_BLOCKS_PER_YEAR * 12) {
      stx = 250;
    }
    return static_cast<Uint128>(stx) * MICROSTACKS_PER_STACKS;
  }
  const auto& intervals = mainnet ? SIP029_INTERVALS_MAINNET : SIP029_INTERVALS_TESTNET;
  Uint128 reward = 0;
  for (const auto& interval : intervals) {
    if (interval.effective_start_height <= effective_height) reward = interval.coinbase_ustx;
  }
  return reward;
}

std::vector<codec::Principal> AccountsTouchedBy(const chain::Transaction& tx) {
  std::vector<codec::Principal> out;
  const bool mainnet = tx.IsMainnet();
  out.emplace_back(tx.OriginAddress());
  if (tx.auth().sponsor) out.emplace_back(chain::AddressOf(*tx.auth().sponsor, mainnet));
  if (const auto* transfer = std::get_if<chain::TokenTransferPayload>(&tx.payload())) {
    out.push_back(transfer->recipient);
  }
  return out;
}

util::Result<TransactionReceipt> ApplyTransactionToAccounts(const chain::Transaction& tx, const BlockContext& context,
                                                            AccountMap& accounts) {
  const chain::Payload& payload = tx.payload();
  if (std::holds_alternative<chain::SmartContractPayload>(payload) ||
      std::holds_alternative<chain::ContractCallPayload>(payload)) {
    return util::Unimplemented("contract transactions need the Clarity VM (not wired in yet)");
  }
  if (std::holds_alternative<chain::PoisonMicroblockPayload>(payload)) {
    return util::Unimplemented("poison-microblock transactions are not processed");
  }

  const bool mainnet = tx.IsMainnet();
  const codec::Principal origin = tx.OriginAddress();
  std::optional<codec::Principal> sponsor;
  if (tx.auth().sponsor) sponsor = chain::AddressOf(*tx.auth().sponsor, mainnet);

  // Work on a copy of the touched accounts so that an error leaves `accounts` unchanged.
  AccountMap touched;
  for (const auto& principal : AccountsTouchedBy(tx)) {
    const auto it = accounts.find(principal);
    touched[principal] = it == accounts.end() ? Account{} : it->second;
  }

  STACKS_RETURN_IF_ERROR(CheckNonce(touched, origin, tx.origin_nonce(), "origin"));
  if (sponsor) STACKS_RETURN_IF_ERROR(CheckNonce(touched, *sponsor, chain::NonceOf(*tx.auth().sponsor), "sponsor"));

  TransactionReceipt receipt;
  receipt.txid = tx.txid();
  receipt.fee_ustx = tx.fee_ustx();
  const codec::Principal& payer = sponsor ? *sponsor : origin;
  Account& payer_account = touched[payer];
  if (payer_account.balance_ustx < receipt.fee_ustx) {
    return util::ConsensusViolation("fee exceeds balance: payer " + codec::PrincipalToString(payer) + " has " +
                                    Uint128ToString(payer_account.balance_ustx) + " uSTX, fee " +
                                    std::to_string(receipt.fee_ustx));
  }
  payer_account.balance_ustx -= receipt.fee_ustx;

  if (const auto* transfer = std::get_if<chain::TokenTransferPayload>(&payload)) {
    STACKS_TRY(receipt.result, ApplyTokenTransfer(*transfer, origin, touched, receipt));
  } else if (std::holds_alternative<chain::CoinbasePayload>(payload)) {
    // Nothing is credited now: the reward is scheduled, and ChainstateDb pays it MINER_REWARD_MATURITY tenures later,
    // as the reference does (nakamoto/tenure.rs). Not modelled yet: the SIP-031 share of the emission from 3.2.
    receipt.coinbase_ustx =
        CoinbaseRewardUstx(context.epoch, context.mainnet, context.first_burn_block_height, context.burn_block_height);
    receipt.result = OkTrue();
  } else {
    receipt.result = OkTrue();  // TenureChange: no balance changes.
  }

  touched[origin].nonce += 1;
  if (sponsor) touched[*sponsor].nonce += 1;
  for (auto& [principal, account] : touched) accounts[principal] = account;
  return receipt;
}

std::string AccountIndexKey(const codec::Principal& principal) {
  return "stx-account/" + codec::PrincipalToString(principal);
}

util::Bytes EncodeAccount(const Account& account) {
  codec::ByteWriter writer(ACCOUNT_ENCODED_SIZE);
  writer.WriteU128(account.balance_ustx);
  writer.WriteU64(account.nonce);
  writer.WriteU128(account.locked_ustx);
  writer.WriteU64(account.unlock_burn_height);
  return writer.Take();
}

util::Result<Account> DecodeAccount(util::ByteView bytes) {
  if (bytes.size() != ACCOUNT_ENCODED_SIZE) {
    return util::Corruption("stored account is " + std::to_string(bytes.size()) + " bytes");
  }
  // The size was checked, so no read can fail.
  codec::ByteReader reader(bytes);
  Account account;
  account.balance_ustx = reader.ReadU128("balance").value();
  account.nonce = reader.ReadU64("nonce").value();
  account.locked_ustx = reader.ReadU128("locked").value();
  account.unlock_burn_height = reader.ReadU64("unlock height").value();
  return account;
}

std::string Uint128ToString(Uint128 value) {
  if (value == 0) return "0";
  std::string digits;
  while (value != 0) {
    digits.push_back(static_cast<char>('0' + static_cast<int>(value % 10)));
    value /= 10;
  }
  std::reverse(digits.begin(), digits.end());
  return digits;
}

}  // namespace stacks::chainstate
