// Mempool admission: the checks a node runs before it stores a transaction offered through POST /v2/transactions
// (will_admit_mempool_tx and can_include_tx in stackslib/src/chainstate/stacks/db/blocks.rs), and the refusal in the
// reference's JSON (MemPoolRejection::into_json, same file).
//
// The checks run in the reference's order, and the first that fails names the refusal:
//   1. the version byte matches the network (BadTransactionVersion); a token transfer does not pay its own origin
//      (TransferRecipientCannotEqualSender), moves a positive amount (TransferAmountMustBePositive) to a recipient of
//      this network (BadAddressVersionByte);
//   2. no PoisonMicroblock (ServerFailureOther);
//   3. the precheck (SignatureValidation): auth supported in the epoch, signatures valid with low S enforced
//      whatever the epoch, the node's chain id, post-condition modes and codes and the Clarity version the epoch
//      allows; messages as the reference words them (for a multi-sig condition whose signatures fail, this
//      verifier's own message);
//   4. a fee of at least MINIMUM_TX_FEE_USTX and min_fee_rate_ustx_per_byte per serialized byte (FeeTooLow);
//   5. the epoch's static rules (ServerFailureOther "Transaction is not supported in this epoch");
//   6. nonces: sponsor's, then origin's. A nonce below the account's is BadNonce; one above it is admitted unless it
//      passes the account's nonce + 1 + MAXIMUM_MEMPOOL_TX_CHAINING (TooMuchChaining);
//   7. origin and payer addresses of this network (BadAddressVersionByte);
//   8. the payer's spendable balance covers the fee, and for a token transfer the origin's covers amount (+ fee when
//      it pays it) (NotEnoughFunds);
//   9. per payload: a contract call names an existing contract (NoSuchContract), a deploy a new one
//      (ContractAlreadyExists); Coinbase and TenureChange never come through the mempool (NoCoinbaseViaMempool,
//      NoTenureChangeViaMempool).
// Serialized size needs no check here: a transaction over MAX_TRANSACTION_LEN (2 MiB) does not decode.
//
// Not yet checked, for want of the Clarity VM: a contract call's function and arguments (NoSuchPublicFunction,
// BadFunctionArgument). Locked STX count as unspendable (no unlock heights yet).
//
// All functions are pure and thread-safe.
#pragma once

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "chain/epoch.h"
#include "chain/hashes.h"
#include "chain/transaction.h"
#include "chainstate/accounts.h"
#include "codec/stacks_address.h"

namespace stacks::mempool {

/// Smallest fee the mempool takes, in uSTX (MINIMUM_TX_FEE).
inline constexpr uint64_t MINIMUM_TX_FEE_USTX = 1;
/// Smallest fee per serialized byte, in uSTX (MINIMUM_TX_FEE_RATE_PER_BYTE).
inline constexpr uint64_t MINIMUM_TX_FEE_RATE_PER_BYTE = 1;
/// How far past an account's nonce a pending transaction's nonce may run (MAXIMUM_MEMPOOL_TX_CHAINING in
/// stackslib/src/core/mempool.rs): nonces up to account nonce + 1 + 25 are admitted.
inline constexpr uint64_t MAXIMUM_MEMPOOL_TX_CHAINING = 25;

/// Why the mempool refused a transaction: the reference's reason string and, for the reasons that have it, its data
/// with keys in the order the reference serializes them (sorted).
struct Rejection {
  std::string reason;                                 ///< "BadNonce", "FeeTooLow", ...
  std::optional<nlohmann::ordered_json> reason_data;  ///< Absent for reasons without data.
  bool operator==(const Rejection&) const = default;
};

/// Everything CheckAdmission needs from the node and its chain tip.
struct AdmissionContext {
  bool mainnet = false;                                    //!< Mainnet node.
  uint32_t chain_id = chain::CHAIN_ID_TESTNET;             //!< The node's chain id.
  chain::StacksEpochId epoch = chain::StacksEpochId::k30;  //!< Epoch of the chain tip the mempool builds on.
  //! Fee per serialized byte below which a transaction is refused.
  uint64_t min_fee_rate_ustx_per_byte = MINIMUM_TX_FEE_RATE_PER_BYTE;
  //! Accounts at the chain tip; must hold the origin's and the sponsor's (an absent one reads as empty).
  chainstate::AccountMap accounts;
  //! Whether a contract exists at the chain tip; unset means none does.
  std::function<bool(const codec::ContractPrincipal&)> contract_exists;
};

/// Runs the admission checks above on `tx`. Returns nullopt if the mempool may take it, else the first refusal.
/// `context.contract_exists`, if set, is called at most once and must not throw.
[[nodiscard]] std::optional<Rejection> CheckAdmission(const chain::Transaction& tx, const AdmissionContext& context);

/// A rejection with no data (ConflictingNonceInMempool, NoCoinbaseViaMempool, ...).
Rejection MakeRejection(std::string reason);
/// ServerFailureDatabase {"message"}: the mempool could not read or write its database.
Rejection DatabaseFailure(const std::string& message);

/// The body of the reference's HTTP 400 answer: {"error":"transaction rejected","reason":...,"reason_data":{...},
/// "txid":"<64 hex>"}, reason_data only when the rejection has it, keys sorted as the reference sends them.
nlohmann::ordered_json RejectionJson(const Rejection& rejection, const chain::Txid& txid);

}  // namespace stacks::mempool
