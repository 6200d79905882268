// STX accounts and the pure core of applying a transaction to them: nonces, fees, token transfers and coinbase
// rewards. No storage here: ChainstateDb (chainstate_db.h) loads the accounts a transaction touches, calls
// ApplyTransactionToAccounts and writes the result back; the mempool's balance check will call it on a copy.
//
// An account (the reference's STXBalance plus its nonce, /v2/accounts/{principal}) is kept per principal, standard
// or contract; an account never written has balance 0 and nonce 0. Locks are stored but nothing sets them yet
// (stacking needs the PoX contract): only balance_ustx is spendable.
//
// All functions are pure and thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "chain/epoch.h"
#include "chain/hashes.h"
#include "chain/payload.h"
#include "chain/transaction.h"
#include "clarity/types/value.h"
#include "codec/stacks_address.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::chainstate {

using Uint128 = clarity::Uint128;

inline constexpr uint64_t MICROSTACKS_PER_STACKS = 1'000'000;

/// An account's STX (the reference's STXBalance) and nonce, as /v2/accounts/{principal} reports them.
struct Account {
  Uint128 balance_ustx = 0;         ///< Unlocked, spendable balance (amount_unlocked).
  uint64_t nonce = 0;               ///< The nonce the account's next transaction must carry.
  Uint128 locked_ustx = 0;          ///< Locked by stacking (amount_locked); 0 until PoX is wired in.
  uint64_t unlock_burn_height = 0;  ///< Burn block height at which locked_ustx unlocks; 0 when nothing is locked.
  bool operator==(const Account&) const = default;
};

/// Accounts by principal; a principal that is absent has the empty account.
using AccountMap = std::map<codec::Principal, Account>;

/// An STX transfer (the reference's STXTransferEvent).
struct StxTransferEvent {
  codec::Principal sender;
  codec::Principal recipient;
  Uint128 amount_ustx = 0;
  chain::TokenTransferMemo memo{};
  bool operator==(const StxTransferEvent&) const = default;
};

/// What a transaction did, as stored with its block.
struct TransactionReceipt {
  chain::Txid txid{};
  /// (ok true) on success; for a token transfer the stx-transfer? error otherwise: (err u1) balance too low,
  /// (err u2) sender is the recipient, (err u3) amount is zero. A failed transfer still pays its fee and uses its
  /// nonce, as in the reference.
  clarity::Value result = clarity::Value::Bool(true);
  uint64_t fee_ustx = 0;
  std::vector<StxTransferEvent> events;
  Uint128 coinbase_ustx = 0;  ///< The reward a coinbase schedules (paid when it matures); 0 for other transactions.
};

/// The block a transaction is applied in, as far as accounts care.
struct BlockContext {
  bool mainnet = false;                                    //!< Selects the coinbase schedule and address versions.
  chain::StacksEpochId epoch = chain::StacksEpochId::k30;  //!< Epoch of the block.
  uint64_t burn_block_height = 0;        //!< Height of the burn block whose sortition elected the tenure.
  uint64_t first_burn_block_height = 0;  //!< The burnchain height the coinbase schedule counts from.
};

/// The coinbase reward of a tenure elected at `burn_block_height`, in uSTX (StacksEpochId::coinbase_reward in
/// stacks-common/src/types/mod.rs): 0 in Epoch 1.0; before Epoch 3.1 the pre-SIP-029 schedule (1000, 500, 250, then
/// 125 STX, stepping every 4 years of 52596 burn blocks); from 3.1 the SIP-029 intervals for mainnet or testnet
/// (COINBASE_INTERVALS_MAINNET / _TESTNET). Heights count from `first_burn_block_height`, saturating at 0.
Uint128 CoinbaseRewardUstx(chain::StacksEpochId epoch, bool mainnet, uint64_t first_burn_block_height,
                           uint64_t burn_block_height);

/// The principals whose accounts ApplyTransactionToAccounts reads or writes for `tx`: origin, sponsor, token
/// transfer recipient. May repeat a principal.
std::vector<codec::Principal> AccountsTouchedBy(const chain::Transaction& tx);

/// Applies `tx` to `accounts`, in the reference's order: the origin's (and sponsor's) nonce must equal its account's;
/// the payer (sponsor, else origin) pays the fee; the payload runs; each nonce then goes up by one.
/// Payloads: a token transfer moves the amount (to a standard or contract principal; a transfer the balance cannot
/// cover fails inside the transaction, see TransactionReceipt::result); a coinbase credits nothing: its reward,
/// CoinbaseRewardUstx, goes into the receipt for ChainstateDb to pay once it matures; a tenure change changes no
/// balance. REQUIRES: `accounts` holds, as stored, every account of AccountsTouchedBy(tx) that exists. On success
/// returns the receipt and `accounts` holds the new state; on error `accounts` is unchanged. Errors:
/// kConsensusViolation, which makes a block holding `tx` invalid: "bad nonce" (origin or sponsor), "fee exceeds
/// balance", "nonce overflow", "balance overflow" (a credit past 2^128-1); kUnimplemented "contract transactions need
/// the Clarity VM (not wired in yet)" for smart contracts and contract calls, and "poison-microblock transactions are
/// not processed" for PoisonMicroblock.
util::Result<TransactionReceipt> ApplyTransactionToAccounts(const chain::Transaction& tx, const BlockContext& context,
                                                            AccountMap& accounts);

/// The index key of a principal's account: "stx-account/" + PrincipalToString(principal).
std::string AccountIndexKey(const codec::Principal& principal);

/// Account layout in the state index: balance u128 | nonce u64 | locked u128 | unlock_burn_height u64, big-endian
/// (48 bytes).
util::Bytes EncodeAccount(const Account& account);
/// Errors: kCorruption if `bytes` is not 48 bytes.
util::Result<Account> DecodeAccount(util::ByteView bytes);

/// Decimal text of a u128 ("0", "340282366920938463463374607431768211455").
std::string Uint128ToString(Uint128 value);

}  // namespace stacks::chainstate
