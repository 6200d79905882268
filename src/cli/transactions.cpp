#include "cli/transactions.h"

#include <charconv>
#include <cstring>

#include "chain/auth.h"
#include "chain/payload.h"
#include "chain/signer.h"
#include "clarity/types/literal.h"
#include "clarity/types/names.h"
#include "codec/stacks_address.h"
#include "crypto/secp256k1.h"

namespace stacks::cli {

namespace {

util::Error Named(std::string_view what, const util::Error& e) {
  return util::InvalidArgument(std::string(what) + ": " + e.message);
}

struct Signing {
  crypto::PrivateKey key;
  uint64_t fee_ustx;
  uint64_t nonce;
};

util::Result<Signing> ParseCommon(const TxCommon& common) {
  STACKS_TRY(uint64_t fee, ParseU64Argument(common.fee_ustx, "fee"));
  STACKS_TRY(uint64_t nonce, ParseU64Argument(common.nonce, "nonce"));
  if (common.payment_key.size() != 64 && common.payment_key.size() != 66) {
    return util::InvalidArgument("payment key: expected 64 hex digits, or 66 ending in 01; got " +
                                 std::to_string(common.payment_key.size()) + " characters");
  }
  auto key = crypto::PrivateKey::FromHex(common.payment_key);
  if (!key) return Named("payment key", key.error());
  return Signing{std::move(*key), fee, nonce};
}

// A single-sig P2PKH transaction from `signing`'s key, signed: what Stacks.js's make* builders produce.
util::Result<chain::Transaction> BuildAndSign(const TxCommon& common, const Signing& signing,
                                              chain::PostConditionMode post_condition_mode, chain::Payload payload) {
  chain::MutableTransaction tx;
  tx.version = common.testnet ? chain::TransactionVersion::kTestnet : chain::TransactionVersion::kMainnet;
  tx.chain_id = common.testnet ? chain::CHAIN_ID_TESTNET : chain::CHAIN_ID_MAINNET;
  tx.auth.origin = chain::NewP2pkhCondition(signing.key.GetPublicKey());
  chain::SetFee(tx.auth.origin, signing.fee_ustx);
  chain::SetNonce(tx.auth.origin, signing.nonce);
  tx.anchor_mode = chain::AnchorMode::kAny;
  tx.post_condition_mode = post_condition_mode;
  tx.payload = std::move(payload);
  STACKS_TRY(auto signer, chain::TransactionSigner::ForOrigin(std::move(tx)));
  STACKS_RETURN_IF_ERROR(signer.SignOrigin(signing.key));
  return signer.Finish();
}

}  // namespace

util::Result<uint64_t> ParseU64Argument(std::string_view text, std::string_view what) {
  uint64_t v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) {
    std::string reason = ec == std::errc::result_out_of_range ? "is larger than 2^64-1" : "is not a decimal integer";
    return util::InvalidArgument(std::string(what) + ": '" + std::string(text) + "' " + reason);
  }
  return v;
}

util::Result<chain::Transaction> SendTokens(const TxCommon& common, std::string_view recipient, std::string_view amount,
                                            std::string_view memo) {
  auto principal = codec::ParsePrincipal(recipient);
  if (!principal) return Named("recipient", principal.error());
  STACKS_TRY(uint64_t amount_ustx, ParseU64Argument(amount, "amount"));
  chain::TokenTransferPayload transfer{*principal, amount_ustx, {}};
  if (memo.size() > transfer.memo.size()) {
    return util::InvalidArgument("memo: " + std::to_string(memo.size()) + " bytes, at most " +
                                 std::to_string(transfer.memo.size()) + " allowed");
  }
  std::memcpy(transfer.memo.data(), memo.data(), memo.size());
  STACKS_TRY(Signing signing, ParseCommon(common));
  return BuildAndSign(common, signing, chain::PostConditionMode::kDeny, std::move(transfer));
}

util::Result<chain::Transaction> DeployContract(const TxCommon& common, std::string_view contract_name,
                                                std::string_view source) {
  auto name_ok = codec::ValidateContractName(contract_name, codec::CONTRACT_NAME_MAX_LENGTH);
  if (!name_ok) return Named("contract name", name_ok.error());
  STACKS_TRY(Signing signing, ParseCommon(common));
  chain::SmartContractPayload deploy{std::string(contract_name), std::string(source), chain::ClarityVersion::kClarity2};
  auto tx = BuildAndSign(common, signing, chain::PostConditionMode::kAllow, std::move(deploy));
  if (!tx) return Named("source file", tx.error());
  return tx;
}

util::Result<chain::Transaction> CallContractFunction(const TxCommon& common, std::string_view contract_address,
                                                      std::string_view contract_name, std::string_view function_name,
                                                      const std::vector<std::string>& args) {
  auto address = codec::StacksAddress::Parse(contract_address);
  if (!address) return Named("contract address", address.error());
  auto name_ok = codec::ValidateContractName(contract_name, codec::CONTRACT_NAME_MAX_LENGTH);
  if (!name_ok) return Named("contract name", name_ok.error());
  if (!clarity::IsClarityName(function_name)) {
    return util::InvalidArgument("function name: '" + std::string(function_name) + "' is not a Clarity name");
  }
  chain::ContractCallPayload call{*address, std::string(contract_name), std::string(function_name), {}};
  for (size_t i = 0; i < args.size(); ++i) {
    auto value = clarity::ParseValueLiteral(args[i]);
    if (!value) return Named("argument " + std::to_string(i + 1) + " '" + args[i] + "'", value.error());
    call.function_args.push_back(std::move(*value));
  }
  STACKS_TRY(Signing signing, ParseCommon(common));
  return BuildAndSign(common, signing, chain::PostConditionMode::kAllow, std::move(call));
}

}  // namespace stacks::cli
