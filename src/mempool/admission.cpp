#include "mempool/admission.h"

#include <algorithm>
#include <string>
#include <utility>
#include <variant>

#include "chain/address_hash.h"
#include "chain/auth.h"
#include "chain/clarity_version.h"
#include "chain/payload.h"
#include "chain/post_condition.h"
#include "chain/sighash.h"
#include "chain/tx_check.h"
#include "chain/verify.h"
#include "crypto/secp256k1.h"
#include "util/hex.h"

namespace stacks::mempool {
namespace {

using chainstate::Account;
using chainstate::Uint128;
using nlohmann::ordered_json;

Rejection WithMessage(std::string reason, const std::string& message) {
  return Rejection{std::move(reason), ordered_json{{"message", message}}};
}

// "0x" and 32 hex digits, big-endian (format!("0x{}", to_hex(&v.to_be_bytes()))).
std::string Uint128Hex(Uint128 value) {
  util::Bytes bytes(16);
  for (int i = 15; i >= 0; --i) {
    bytes[static_cast<size_t>(i)] = static_cast<uint8_t>(value & 0xff);
    value >>= 8;
  }
  return "0x" + util::ToHex(bytes);
}

Rejection NotEnoughFunds(Uint128 expected, Uint128 actual) {
  return Rejection{"NotEnoughFunds", ordered_json{{"actual", Uint128Hex(actual)}, {"expected", Uint128Hex(expected)}}};
}

Rejection BadNonce(uint64_t expected, uint64_t actual, const codec::Principal& principal, bool is_origin) {
  return Rejection{"BadNonce", ordered_json{{"actual", actual},
                                            {"expected", expected},
                                            {"is_origin", is_origin},
                                            {"principal", codec::PrincipalToString(principal)}}};
}

Rejection TooMuchChaining(uint64_t max_nonce, uint64_t actual, const codec::Principal& principal, bool is_origin) {
  return Rejection{"TooMuchChaining", ordered_json{{"actual", actual},
                                                   {"expected", max_nonce},
                                                   {"is_origin", is_origin},
                                                   {"message", "Nonce would exceed chaining limit in mempool"},
                                                   {"principal", codec::PrincipalToString(principal)}}};
}

// is_valid_address_version: the single-sig or multi-sig version of the node's network.
bool IsValidAddressVersion(bool mainnet, uint8_t version) {
  return mainnet ? version == codec::C32_ADDRESS_VERSION_MAINNET_SINGLESIG ||
                       version == codec::C32_ADDRESS_VERSION_MAINNET_MULTISIG
                 : version == codec::C32_ADDRESS_VERSION_TESTNET_SINGLESIG ||
                       version == codec::C32_ADDRESS_VERSION_TESTNET_MULTISIG;
}

uint8_t VersionOf(const codec::Principal& principal) {
  if (const auto* address = std::get_if<codec::StacksAddress>(&principal)) return address->version;
  return std::get<codec::ContractPrincipal>(principal).issuer.version;
}

Account AccountOf(const chainstate::AccountMap& accounts, const codec::Principal& principal) {
  const auto it = accounts.find(principal);
  return it == accounts.end() ? Account{} : it->second;
}

// can_admit_mempool_semantic.
std::optional<Rejection> CheckSemantics(const chain::Transaction& tx, bool mainnet) {
  if (tx.IsMainnet() != mainnet) return MakeRejection("BadTransactionVersion");
  if (const auto* transfer = std::get_if<chain::TokenTransferPayload>(&tx.payload())) {
    const codec::Principal origin = tx.OriginAddress();
    if (transfer->recipient == origin) {
      return Rejection{"TransferRecipientCannotEqualSender",
                       ordered_json{{"recipient", codec::PrincipalToString(origin)}}};
    }
    if (transfer->amount_ustx == 0) return MakeRejection("TransferAmountMustBePositive");
    if (!IsValidAddressVersion(mainnet, VersionOf(transfer->recipient))) return MakeRejection("BadAddressVersionByte");
  }
  return std::nullopt;
}

// Whether s (bytes 33..64 of a VRS signature, big-endian) exceeds half the secp256k1 group order.
bool IsHighS(const crypto::RecoverableSignature& signature) {
  static constexpr uint8_t HALF_ORDER[32] = {0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                                             0xff, 0xff, 0xff, 0xff, 0xff, 0x5d, 0x57, 0x6e, 0x73, 0x57, 0xa4,
                                             0x50, 0x1d, 0xdf, 0xe9, 0x2f, 0x46, 0x68, 0x1b, 0x20, 0xa0};
  return std::lexicographical_compare(std::begin(HALF_ORDER), std::end(HALF_ORDER), signature.begin() + 33,
                                      signature.end());
}

// The reference's text for a failing single-sig condition (SinglesigSpendingCondition::verify with low S enforced,
// stacks-codec/src/transaction.rs), or nullopt if it verifies; `next` receives the sighash after it.
std::optional<std::string> SinglesigFailure(const chain::SinglesigSpendingCondition& condition,
                                            const chain::Sighash& initial, chain::AuthFlag flag, chain::Sighash& next) {
  const chain::Sighash presign = chain::PresignSighash(initial, flag, condition.fee_ustx, condition.nonce);
  const bool compressed = condition.key_encoding == chain::KeyEncoding::kCompressed;
  if (condition.signature[0] > 3) return "Invalid signature: failed to decode recoverable signature";
  auto key = crypto::RecoverPublicKeyAllowHighS(presign, condition.signature, compressed);
  if (!key && key.error().message.find("curve order") != std::string::npos) {
    return "Invalid signature: failed to decode recoverable signature";
  }
  if (IsHighS(condition.signature)) return "Invalid signature: high-S";
  if (!key) return "Invalid signature: failed to recover public key";
  const crypto::PublicKey keys[] = {*key};
  auto hash = chain::AddressHashFromPublicKeys(chain::ToAddressHashMode(condition.hash_mode), 1, keys);
  if (!hash) return "Failed to generate address from public key";
  if (*hash != condition.signer) {
    return "Signer hash does not equal hash of public key(s): " + util::ToHex(*hash) +
           " != " + util::ToHex(condition.signer);
  }
  next = chain::PostsignSighash(presign, condition.key_encoding, condition.signature);
  return std::nullopt;
}

// The reference's message for a transaction whose auth does not verify, when its failing condition is single-sig;
// otherwise `fallback` (this verifier's own message; multi-sig texts are not reproduced yet).
std::string AuthFailureMessage(const chain::Transaction& tx, const std::string& fallback) {
  const auto* origin = std::get_if<chain::SinglesigSpendingCondition>(&tx.auth().origin);
  if (origin == nullptr) return fallback;
  chain::Sighash next{};
  if (auto failure = SinglesigFailure(*origin, chain::InitialSighash(tx), chain::AuthFlag::kStandard, next)) {
    return *failure;
  }
  const auto* sponsor =
      tx.auth().sponsor ? std::get_if<chain::SinglesigSpendingCondition>(&*tx.auth().sponsor) : nullptr;
  if (sponsor == nullptr) return fallback;
  chain::Sighash ignored{};
  return SinglesigFailure(*sponsor, next, chain::AuthFlag::kSponsored, ignored).value_or(fallback);
}

// process_transaction_precheck with low S enforced; its messages name the txid.
std::optional<Rejection> CheckPrecheck(const chain::Transaction& tx, const AdmissionContext& context) {
  const std::string txid = util::ToHex(tx.txid());
  const std::string epoch(chain::EpochName(context.epoch));
  if (!chain::CheckAuthSupportedInEpoch(tx.auth(), context.epoch)) {
    return WithMessage("SignatureValidation",
                       "Invalid tx " + txid + ": authentication mode not supported in Epoch " + epoch);
  }
  if (auto verified = chain::VerifyAuth(tx, chain::AuthVerificationMode::kEnforceLowS); !verified) {
    return WithMessage("SignatureValidation", AuthFailureMessage(tx, verified.error().message));
  }
  if (tx.chain_id() != context.chain_id) {
    return WithMessage("SignatureValidation", "Invalid tx " + txid + ": invalid chain ID " +
                                                  std::to_string(tx.chain_id()) + " (expected " +
                                                  std::to_string(context.chain_id) + ")");
  }
  if (tx.IsMainnet() != context.mainnet) {
    return WithMessage(
        "SignatureValidation",
        "Invalid tx " + txid + (context.mainnet ? ": on mainnet; got testnet" : ": on testnet; got mainnet"));
  }
  if (!chain::SupportsSip040PostConditions(context.epoch)) {
    if (tx.post_condition_mode() == chain::PostConditionMode::kOriginator) {
      return WithMessage(
          "SignatureValidation",
          "Invalid Stacks transaction: Originator post-condition mode is not supported before Stacks 3.4");
    }
    for (const auto& condition : tx.post_conditions()) {
      const auto* nft = std::get_if<chain::NonfungiblePostCondition>(&condition);
      if (nft && nft->code == chain::NonfungibleConditionCode::kMaybeSent) {
        return WithMessage(
            "SignatureValidation",
            "Invalid Stacks transaction: NFT MaybeSent post-condition is not supported before Stacks 3.4");
      }
    }
  }
  if (!chain::SupportsStakingPostConditions(context.epoch)) {
    for (const auto& condition : tx.post_conditions()) {
      if (std::holds_alternative<chain::StakingPostCondition>(condition) ||
          std::holds_alternative<chain::PoxPostCondition>(condition)) {
        return WithMessage("SignatureValidation",
                           "Invalid Stacks transaction: Staking/Pox post-condition is not supported before Stacks 4.0");
      }
    }
  }
  if (const auto* deploy = std::get_if<chain::SmartContractPayload>(&tx.payload())) {
    const chain::ClarityVersion max_version = chain::DefaultClarityVersion(context.epoch);
    if (deploy->clarity_version && *deploy->clarity_version > max_version) {
      return WithMessage("SignatureValidation", "Invalid transaction " + txid + ": asks for " +
                                                    chain::ClarityVersionName(*deploy->clarity_version) +
                                                    ", but current epoch " + epoch + " only supports up to " +
                                                    chain::ClarityVersionName(max_version));
    }
  }
  return std::nullopt;
}

// check_transaction_nonces (sponsor first, then origin), with the chaining allowance of can_include_tx.
std::optional<Rejection> CheckNonces(const chain::Transaction& tx, const codec::Principal& origin,
                                     const Account& origin_account, const std::optional<codec::Principal>& sponsor,
                                     const Account& payer_account) {
  struct Mismatch {
    uint64_t expected;
    uint64_t actual;
    codec::Principal principal;
    bool is_origin;
  };
  std::optional<Mismatch> mismatch;
  if (sponsor && tx.auth().sponsor && chain::NonceOf(*tx.auth().sponsor) != payer_account.nonce) {
    mismatch = Mismatch{payer_account.nonce, chain::NonceOf(*tx.auth().sponsor), *sponsor, false};
  } else if (tx.origin_nonce() != origin_account.nonce) {
    mismatch = Mismatch{origin_account.nonce, tx.origin_nonce(), origin, true};
  }
  if (!mismatch) return std::nullopt;
  if (mismatch->actual < mismatch->expected) {
    return BadNonce(mismatch->expected, mismatch->actual, mismatch->principal, mismatch->is_origin);
  }
  // Saturating, where the reference would overflow; no account reaches such a nonce.
  const auto max_nonce = [](uint64_t nonce) {
    return nonce > UINT64_MAX - 1 - MAXIMUM_MEMPOOL_TX_CHAINING ? UINT64_MAX : nonce + 1 + MAXIMUM_MEMPOOL_TX_CHAINING;
  };
  if (max_nonce(origin_account.nonce) < tx.origin_nonce()) {
    return TooMuchChaining(max_nonce(origin_account.nonce), tx.origin_nonce(), origin, true);
  }
  if (sponsor && tx.auth().sponsor) {
    const uint64_t sponsor_nonce = chain::NonceOf(*tx.auth().sponsor);
    if (max_nonce(payer_account.nonce) < sponsor_nonce) {
      return TooMuchChaining(max_nonce(payer_account.nonce), sponsor_nonce, *sponsor, false);
    }
  }
  return std::nullopt;
}

}  // namespace

Rejection MakeRejection(std::string reason) { return Rejection{std::move(reason), std::nullopt}; }

Rejection DatabaseFailure(const std::string& message) { return WithMessage("ServerFailureDatabase", message); }

std::optional<Rejection> CheckAdmission(const chain::Transaction& tx, const AdmissionContext& context) {
  if (auto rejection = CheckSemantics(tx, context.mainnet)) return rejection;
  if (std::holds_alternative<chain::PoisonMicroblockPayload>(tx.payload())) {
    return WithMessage("ServerFailureOther", "PoisonMicroblock transactions not accepted via mempool");
  }
  if (auto rejection = CheckPrecheck(tx, context)) return rejection;

  const uint64_t fee_ustx = tx.fee_ustx();
  const uint64_t size = tx.serialized_size();
  if (fee_ustx < MINIMUM_TX_FEE_USTX || fee_ustx / size < context.min_fee_rate_ustx_per_byte) {
    const uint64_t expected = std::max(MINIMUM_TX_FEE_USTX, size * context.min_fee_rate_ustx_per_byte);
    return Rejection{"FeeTooLow", ordered_json{{"actual", fee_ustx}, {"expected", expected}}};
  }

  if (!chain::CheckTransactionStaticEpoch(tx, context.epoch)) {
    return WithMessage("ServerFailureOther", "Transaction is not supported in this epoch");
  }

  const codec::Principal origin = tx.OriginAddress();
  std::optional<codec::Principal> sponsor;
  if (tx.auth().sponsor) sponsor = codec::Principal{chain::AddressOf(*tx.auth().sponsor, tx.IsMainnet())};
  const codec::Principal& payer = sponsor ? *sponsor : origin;
  const Account origin_account = AccountOf(context.accounts, origin);
  const Account payer_account = AccountOf(context.accounts, payer);
  if (auto rejection = CheckNonces(tx, origin, origin_account, sponsor, payer_account)) return rejection;

  if (!IsValidAddressVersion(context.mainnet, VersionOf(origin)) ||
      !IsValidAddressVersion(context.mainnet, VersionOf(payer))) {
    return MakeRejection("BadAddressVersionByte");
  }

  const auto* transfer = std::get_if<chain::TokenTransferPayload>(&tx.payload());
  if (payer_account.balance_ustx < fee_ustx && transfer == nullptr) {
    return NotEnoughFunds(fee_ustx, payer_account.balance_ustx);
  }

  if (transfer != nullptr) {
    if (!IsValidAddressVersion(context.mainnet, VersionOf(transfer->recipient))) {
      return MakeRejection("BadAddressVersionByte");
    }
    const bool origin_pays = origin == payer;
    const Uint128 total_ustx = Uint128{transfer->amount_ustx} + (origin_pays ? Uint128{fee_ustx} : 0);
    if (origin_account.balance_ustx < total_ustx) return NotEnoughFunds(total_ustx, origin_account.balance_ustx);
    if (!origin_pays && payer_account.balance_ustx < fee_ustx) {
      return NotEnoughFunds(fee_ustx, payer_account.balance_ustx);
    }
  } else if (const auto* call = std::get_if<chain::ContractCallPayload>(&tx.payload())) {
    if (!IsValidAddressVersion(context.mainnet, call->contract_address.version)) {
      return MakeRejection("BadAddressVersionByte");
    }
    const codec::ContractPrincipal contract{call->contract_address, call->contract_name};
    if (!context.contract_exists || !context.contract_exists(contract)) return MakeRejection("NoSuchContract");
  } else if (const auto* deploy = std::get_if<chain::SmartContractPayload>(&tx.payload())) {
    const codec::ContractPrincipal contract{tx.OriginAddress(), deploy->contract_name};
    if (context.contract_exists && context.contract_exists(contract)) {
      return Rejection{"ContractAlreadyExists",
                       ordered_json{{"contract_identifier", codec::PrincipalToString(codec::Principal{contract})}}};
    }
    if (deploy->clarity_version && context.epoch < chain::StacksEpochId::k21) {
      return WithMessage("ServerFailureOther", "Versioned smart contract transactions are not supported in this epoch");
    }
  } else if (std::holds_alternative<chain::CoinbasePayload>(tx.payload())) {
    return MakeRejection("NoCoinbaseViaMempool");
  } else if (std::holds_alternative<chain::TenureChangePayload>(tx.payload())) {
    return MakeRejection("NoTenureChangeViaMempool");
  }
  return std::nullopt;
}

nlohmann::ordered_json RejectionJson(const Rejection& rejection, const chain::Txid& txid) {
  ordered_json body{{"error", "transaction rejected"}, {"reason", rejection.reason}};
  if (rejection.reason_data) body["reason_data"] = *rejection.reason_data;
  body["txid"] = util::ToHex(txid);
  return body;
}

}  // namespace stacks::mempool
