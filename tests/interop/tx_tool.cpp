// Test-only helper for transactions.js: reads one JSON request per line on stdin and writes one JSON object per line.
//
//   {"op":"decode","hex":H}  -> {"tx": TransactionToJson, "hex": our re-serialization, "verify": V}
//   {"op":"verify","hex":H}  -> V
//   {"op":"build", ...spec}  -> {"hex", "txid", "signed_with"}: the transaction the spec describes, encoded and
//                               signed by stacks-cpp
//   where V = {"origin": R, "sponsor": R or null}, R = {"ok": true} or {"ok": false, "error": message}, verified
//   with low S enforced (the rules of Epoch 4.0 on, which Stacks.js's signatures meet).
// Every failure is {"error": message, "code": error code name}; a malformed request never ends the program.
//
// The build spec uses the shapes of TransactionToJson (docs/DECODE_TX.md), with Clarity values given by "hex" only
// and u64s as numbers or decimal strings:
//   {"op":"build", "version": 0|128, "chain_id": N, "anchor_mode": NAME, "post_condition_mode": NAME,
//    "post_conditions": [...], "payload": {...},
//    "origin": COND, "sponsor": COND (optional)}
//   COND = {"hash_mode": NAME, "nonce": N, "fee_ustx": N, "signatures_required": M (multi-sig),
//           "keys": [{"private_key": HEX} | {"public_key": HEX}, ...]}
// The keys are the condition's in redeem-script order (one for single-sig). Keys with a private key sign, in that
// order; the others are appended as public-key fields. Signing goes through chain::TransactionSigner. It refuses, like
// the reference's StacksTransactionSigner with its checks on, more signatures than signatures_required; an
// order-independent condition signed by more keys than that (which Stacks.js makes and the reference accepts) is
// signed with the sighash primitives instead, and "signed_with" says which.
#include <charconv>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "chain/auth.h"
#include "chain/payload.h"
#include "chain/post_condition.h"
#include "chain/sighash.h"
#include "chain/signer.h"
#include "chain/transaction.h"
#include "chain/verify.h"
#include "clarity/types/serialization.h"
#include "cli/tx_json.h"
#include "codec/stacks_address.h"
#include "crypto/secp256k1.h"
#include "crypto/vrf.h"
#include "util/hex.h"

namespace {

using namespace stacks;
using cli::Json;                // answers, insertion-ordered
using InJson = nlohmann::json;  // requests

constexpr chain::AuthVerificationMode kMode = chain::AuthVerificationMode::kEnforceLowS;

// A request that cannot be served; caught per line.
struct RequestError : std::runtime_error {
  RequestError(std::string message, util::ErrorCode error_code)
      : std::runtime_error(std::move(message)), code(error_code) {}
  util::ErrorCode code;
};

[[noreturn]] void Fail(const std::string& message) { throw RequestError(message, util::ErrorCode::kInvalidArgument); }

template <typename T>
T Check(util::Result<T> result, const std::string& what) {
  if (!result) throw RequestError(what + ": " + result.error().message, result.error().code);
  return std::move(result).value();
}

void Check(const util::Status& status, const std::string& what) {
  if (!status) throw RequestError(what + ": " + status.error().message, status.error().code);
}

const InJson& Field(const InJson& object, const char* key) {
  if (!object.is_object() || !object.contains(key)) Fail(std::string("missing \"") + key + "\"");
  return object.at(key);
}

std::string String(const InJson& object, const char* key) {
  const InJson& value = Field(object, key);
  if (!value.is_string()) Fail(std::string("\"") + key + "\" is not a string");
  return value.get<std::string>();
}

uint64_t U64(const InJson& object, const char* key) {
  const InJson& value = Field(object, key);
  if (value.is_number_unsigned()) return value.get<uint64_t>();
  if (value.is_string()) {
    const std::string text = value.get<std::string>();
    uint64_t out = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    if (ec == std::errc() && end == text.data() + text.size() && !text.empty()) return out;
  }
  Fail(std::string("\"") + key + "\" is not a u64");
}

template <size_t N>
std::array<uint8_t, N> HexArray(const InJson& object, const char* key) {
  return util::ToArray<N>(Check(util::FromHexExact(String(object, key), N), key));
}

codec::Principal Principal(const std::string& text) { return Check(codec::ParsePrincipal(text), "principal"); }

codec::StacksAddress Address(const InJson& object, const char* key) {
  return Check(codec::StacksAddress::Parse(String(object, key)), key);
}

clarity::Value Value(const InJson& object) {
  return Check(clarity::DeserializeValueHex(String(object, "hex")), "value");
}

template <typename Enum, size_t N>
Enum ByName(const InJson& object, const char* key, const std::pair<const char*, Enum> (&names)[N]) {
  const std::string name = String(object, key);
  for (const auto& [text, value] : names) {
    if (name == text) return value;
  }
  Fail(std::string("unknown ") + key + " '" + name + "'");
}

constexpr std::pair<const char*, chain::AnchorMode> kAnchorModes[] = {
    {"on_chain_only", chain::AnchorMode::kOnChainOnly},
    {"off_chain_only", chain::AnchorMode::kOffChainOnly},
    {"any", chain::AnchorMode::kAny},
};
constexpr std::pair<const char*, chain::PostConditionMode> kPostConditionModes[] = {
    {"allow", chain::PostConditionMode::kAllow},
    {"deny", chain::PostConditionMode::kDeny},
    {"originator", chain::PostConditionMode::kOriginator},
};
constexpr std::pair<const char*, chain::FungibleConditionCode> kFungibleCodes[] = {
    {"sent_eq", chain::FungibleConditionCode::kSentEq}, {"sent_gt", chain::FungibleConditionCode::kSentGt},
    {"sent_ge", chain::FungibleConditionCode::kSentGe}, {"sent_lt", chain::FungibleConditionCode::kSentLt},
    {"sent_le", chain::FungibleConditionCode::kSentLe},
};
constexpr std::pair<const char*, chain::NonfungibleConditionCode> kNonfungibleCodes[] = {
    {"sent", chain::NonfungibleConditionCode::kSent},
    {"not_sent", chain::NonfungibleConditionCode::kNotSent},
    {"maybe_sent", chain::NonfungibleConditionCode::kMaybeSent},
};
constexpr std::pair<const char*, chain::PoxConditionCode> kPoxCodes[] = {
    {"not_performed", chain::PoxConditionCode::kNotPerformed},
    {"maybe_performed", chain::PoxConditionCode::kMaybePerformed},
    {"performed", chain::PoxConditionCode::kPerformed},
};
constexpr std::pair<const char*, chain::TenureChangeCause> kCauses[] = {
    {"block_found", chain::TenureChangeCause::kBlockFound},
    {"extended", chain::TenureChangeCause::kExtended},
    {"extended_runtime", chain::TenureChangeCause::kExtendedRuntime},
    {"extended_read_count", chain::TenureChangeCause::kExtendedReadCount},
    {"extended_read_length", chain::TenureChangeCause::kExtendedReadLength},
    {"extended_write_count", chain::TenureChangeCause::kExtendedWriteCount},
    {"extended_write_length", chain::TenureChangeCause::kExtendedWriteLength},
};

chain::PostConditionPrincipal PostConditionPrincipal(const InJson& object) {
  const std::string type = String(object, "type");
  if (type == "origin") return chain::OriginPrincipal{};
  if (type == "standard") return Address(object, "address");
  if (type == "contract") return codec::ContractPrincipal{Address(object, "address"), String(object, "contract_name")};
  Fail("unknown principal type '" + type + "'");
}

chain::AssetInfo Asset(const InJson& object) {
  return {Address(object, "contract_address"), String(object, "contract_name"), String(object, "asset_name")};
}

chain::PostCondition PostCondition(const InJson& object) {
  const std::string type = String(object, "type");
  const chain::PostConditionPrincipal principal = PostConditionPrincipal(Field(object, "principal"));
  if (type == "stx") {
    return chain::StxPostCondition{principal, ByName(object, "condition_code", kFungibleCodes),
                                   U64(object, "amount_ustx")};
  }
  if (type == "staking") {
    return chain::StakingPostCondition{principal, ByName(object, "condition_code", kFungibleCodes),
                                       U64(object, "amount_ustx")};
  }
  if (type == "fungible") {
    return chain::FungiblePostCondition{principal, Asset(Field(object, "asset")),
                                        ByName(object, "condition_code", kFungibleCodes), U64(object, "amount")};
  }
  if (type == "nonfungible") {
    return chain::NonfungiblePostCondition{principal, Asset(Field(object, "asset")),
                                           Value(Field(object, "asset_value")),
                                           ByName(object, "condition_code", kNonfungibleCodes)};
  }
  if (type == "pox") return chain::PoxPostCondition{principal, ByName(object, "condition_code", kPoxCodes)};
  Fail("unknown post-condition type '" + type + "'");
}

chain::MicroblockHeader MicroblockHeader(const InJson& object) {
  chain::MicroblockHeader header;
  header.version = static_cast<uint8_t>(U64(object, "version"));
  header.sequence = static_cast<uint16_t>(U64(object, "sequence"));
  header.prev_block = HexArray<32>(object, "prev_block");
  header.tx_merkle_root = HexArray<32>(object, "tx_merkle_root");
  header.signature = HexArray<65>(object, "signature");
  return header;
}

chain::Payload Payload(const InJson& object) {
  const std::string type = String(object, "type");
  if (type == "token_transfer") {
    return chain::TokenTransferPayload{Principal(String(object, "recipient")), U64(object, "amount_ustx"),
                                       HexArray<34>(object, "memo")};
  }
  if (type == "contract_call") {
    chain::ContractCallPayload call{
        Address(object, "contract_address"), String(object, "contract_name"), String(object, "function_name"), {}};
    for (const InJson& arg : Field(object, "function_args")) call.function_args.push_back(Value(arg));
    return call;
  }
  if (type == "smart_contract" || type == "versioned_smart_contract") {
    chain::SmartContractPayload contract{String(object, "contract_name"), String(object, "code_body"), std::nullopt};
    if (type == "versioned_smart_contract") {
      const uint64_t version = U64(object, "clarity_version");
      if (version < 1 || version > 6) Fail("clarity_version out of range");
      contract.clarity_version = static_cast<chain::ClarityVersion>(version);
    }
    return contract;
  }
  if (type == "poison_microblock") {
    return chain::PoisonMicroblockPayload{MicroblockHeader(Field(object, "header_1")),
                                          MicroblockHeader(Field(object, "header_2"))};
  }
  if (type == "coinbase" || type == "coinbase_to_alt_recipient" || type == "nakamoto_coinbase") {
    chain::CoinbasePayload coinbase{HexArray<32>(object, "buffer"), std::nullopt, std::nullopt};
    if (type != "coinbase" && !Field(object, "alt_recipient").is_null()) {
      coinbase.alt_recipient = Principal(String(object, "alt_recipient"));
    }
    if (type == "coinbase_to_alt_recipient" && !coinbase.alt_recipient) Fail("alt_recipient is required");
    if (type == "nakamoto_coinbase") {
      coinbase.vrf_proof = Check(crypto::VrfProof::FromHex(String(object, "vrf_proof")), "vrf_proof");
    }
    return coinbase;
  }
  if (type == "tenure_change") {
    chain::TenureChangePayload change;
    change.tenure_consensus_hash = HexArray<20>(object, "tenure_consensus_hash");
    change.prev_tenure_consensus_hash = HexArray<20>(object, "prev_tenure_consensus_hash");
    change.burn_view_consensus_hash = HexArray<20>(object, "burn_view_consensus_hash");
    change.previous_tenure_end = HexArray<32>(object, "previous_tenure_end");
    const uint64_t blocks = U64(object, "previous_tenure_blocks");
    if (blocks > UINT32_MAX) Fail("previous_tenure_blocks out of range");
    change.previous_tenure_blocks = static_cast<uint32_t>(blocks);
    change.cause = ByName(object, "cause", kCauses);
    change.pubkey_hash = HexArray<20>(object, "pubkey_hash");
    return change;
  }
  Fail("unknown payload type '" + type + "'");
}

// One key of a spending condition: a signer (private key) or a key that only appears in the script.
struct ConditionKey {
  std::optional<crypto::PrivateKey> private_key;
  crypto::PublicKey public_key;
};

struct ConditionSpec {
  chain::SpendingCondition condition;  ///< Unsigned.
  std::vector<ConditionKey> keys;
  bool order_independent = false;
  size_t signers = 0;
};

ConditionSpec Condition(const InJson& object) {
  ConditionSpec spec;
  for (const InJson& key : Field(object, "keys")) {
    if (key.contains("private_key")) {
      crypto::PrivateKey private_key = Check(crypto::PrivateKey::FromHex(String(key, "private_key")), "private_key");
      crypto::PublicKey public_key = private_key.GetPublicKey();
      spec.keys.push_back({std::move(private_key), public_key});
      ++spec.signers;
    } else {
      spec.keys.push_back({std::nullopt, Check(crypto::PublicKey::FromHex(String(key, "public_key")), "public_key")});
    }
  }
  if (spec.keys.empty()) Fail("no keys");
  const std::string mode = String(object, "hash_mode");
  if (mode == "p2pkh" || mode == "p2wpkh") {
    if (spec.keys.size() != 1) Fail("a single-sig condition has one key");
    spec.condition = mode == "p2pkh" ? chain::NewP2pkhCondition(spec.keys[0].public_key)
                                     : Check(chain::NewP2wpkhCondition(spec.keys[0].public_key), "p2wpkh");
  } else {
    chain::MultisigHashMode multisig_mode;
    if (mode == "p2sh") {
      multisig_mode = chain::MultisigHashMode::kP2sh;
    } else if (mode == "p2wsh") {
      multisig_mode = chain::MultisigHashMode::kP2wsh;
    } else if (mode == "p2sh_non_sequential") {
      multisig_mode = chain::MultisigHashMode::kP2shNonSequential;
    } else if (mode == "p2wsh_non_sequential") {
      multisig_mode = chain::MultisigHashMode::kP2wshNonSequential;
    } else {
      Fail("unknown hash_mode '" + mode + "'");
    }
    const uint64_t required = U64(object, "signatures_required");
    if (required > UINT16_MAX) Fail("signatures_required out of range");
    std::vector<crypto::PublicKey> keys;
    for (const ConditionKey& key : spec.keys) keys.push_back(key.public_key);
    spec.condition =
        Check(chain::NewMultisigCondition(multisig_mode, static_cast<uint16_t>(required), keys), "multi-sig condition");
    spec.order_independent = chain::IsOrderIndependent(multisig_mode);
  }
  chain::SetNonce(spec.condition, U64(object, "nonce"));
  chain::SetFee(spec.condition, U64(object, "fee_ustx"));
  return spec;
}

bool Oversigned(const ConditionSpec& spec) {
  return spec.order_independent && spec.signers > chain::SignaturesRequired(spec.condition);
}

// Signs `condition` along the sighash chain from `start` (sighash.h), the way the reference's signer does with its
// checks off; returns where the next condition starts. For conditions TransactionSigner will not sign.
chain::Sighash SignWithPrimitives(chain::SpendingCondition& condition, const std::vector<ConditionKey>& keys,
                                  const chain::Sighash& start, chain::AuthFlag flag) {
  chain::Sighash current = start;
  auto* multi = std::get_if<chain::MultisigSpendingCondition>(&condition);
  for (const ConditionKey& key : keys) {
    if (!key.private_key) {
      if (multi == nullptr) Fail("a single-sig condition needs its private key");
      multi->fields.emplace_back(key.public_key);
      continue;
    }
    const chain::Sighash presign =
        chain::PresignSighash(current, flag, chain::FeeOf(condition), chain::NonceOf(condition));
    const crypto::RecoverableSignature signature = crypto::SignRecoverable(*key.private_key, presign);
    const chain::KeyEncoding encoding =
        key.private_key->compressed() ? chain::KeyEncoding::kCompressed : chain::KeyEncoding::kUncompressed;
    if (multi == nullptr) {
      std::get<chain::SinglesigSpendingCondition>(condition).signature = signature;
    } else {
      multi->fields.emplace_back(chain::AuthSignature{encoding, signature});
      if (chain::IsOrderIndependent(multi->hash_mode)) continue;
    }
    current = chain::PostsignSighash(presign, encoding, signature);
  }
  return current;
}

void SignWith(chain::TransactionSigner& signer, const ConditionSpec& spec, bool sponsor) {
  for (const ConditionKey& key : spec.keys) {
    const std::string role = sponsor ? "sponsor" : "origin";
    if (key.private_key) {
      Check(sponsor ? signer.SignSponsor(*key.private_key) : signer.SignOrigin(*key.private_key), role + " sign");
    } else {
      Check(sponsor ? signer.AppendSponsorPublicKey(key.public_key) : signer.AppendOriginPublicKey(key.public_key),
            role + " append");
    }
  }
}

Json Build(const InJson& request) {
  chain::MutableTransaction tx;
  const uint64_t version = U64(request, "version");
  if (version != 0x00 && version != 0x80) Fail("version must be 0 or 128");
  tx.version = version == 0 ? chain::TransactionVersion::kMainnet : chain::TransactionVersion::kTestnet;
  const uint64_t chain_id = U64(request, "chain_id");
  if (chain_id > UINT32_MAX) Fail("chain_id out of range");
  tx.chain_id = static_cast<uint32_t>(chain_id);
  tx.anchor_mode = ByName(request, "anchor_mode", kAnchorModes);
  tx.post_condition_mode = ByName(request, "post_condition_mode", kPostConditionModes);
  for (const InJson& pc : Field(request, "post_conditions")) tx.post_conditions.push_back(PostCondition(pc));
  tx.payload = Payload(Field(request, "payload"));

  ConditionSpec origin = Condition(Field(request, "origin"));
  std::optional<ConditionSpec> sponsor;
  if (request.contains("sponsor")) sponsor = Condition(request.at("sponsor"));
  tx.auth.origin = origin.condition;
  if (sponsor) tx.auth.sponsor = chain::SentinelSponsorCondition();

  std::optional<chain::Transaction> signed_tx;
  std::string signed_with = "transaction_signer";
  if (Oversigned(origin) || (sponsor && Oversigned(*sponsor))) {
    signed_with = "sighash_primitives";
    if (sponsor) tx.auth.sponsor = sponsor->condition;
    const chain::Sighash initial = Check(chain::InitialSighash(tx), "initial sighash");
    const chain::Sighash origin_end =
        SignWithPrimitives(tx.auth.origin, origin.keys, initial, chain::AuthFlag::kStandard);
    if (sponsor) SignWithPrimitives(*tx.auth.sponsor, sponsor->keys, origin_end, chain::AuthFlag::kSponsored);
    signed_tx = Check(chain::Transaction::Create(std::move(tx)), "transaction");
  } else {
    chain::TransactionSigner signer = Check(chain::TransactionSigner::ForOrigin(std::move(tx)), "signer");
    SignWith(signer, origin, /*sponsor=*/false);
    if (sponsor) {
      // The origin is done; the sponsor signs from the origin's final sighash.
      const chain::Transaction origin_signed =
          Check(chain::Transaction::Create(signer.transaction()), "origin-signed transaction");
      chain::TransactionSigner sponsor_signer =
          Check(chain::TransactionSigner::ForSponsor(origin_signed, sponsor->condition), "sponsor signer");
      SignWith(sponsor_signer, *sponsor, /*sponsor=*/true);
      signed_tx = Check(sponsor_signer.Finish(), "finish");
    } else {
      signed_tx = Check(signer.Finish(), "finish");
    }
  }
  Json out;
  out["hex"] = util::ToHex(chain::SerializeTransaction(*signed_tx));
  out["txid"] = util::ToHex(signed_tx->txid());
  out["signed_with"] = signed_with;
  return out;
}

Json Outcome(const util::Status& status) {
  Json out;
  out["ok"] = status.has_value();
  if (!status) out["error"] = status.error().ToString();
  return out;
}

Json Verification(const chain::Transaction& tx) {
  Json out;
  util::Result<chain::Sighash> origin = chain::VerifyOrigin(tx, kMode);
  out["origin"] = Outcome(origin ? util::Status() : util::Status(origin.error()));
  if (!tx.auth().sponsor) {
    out["sponsor"] = nullptr;
  } else if (!origin) {
    out["sponsor"] = Outcome(util::FailedPrecondition("origin did not verify"));
  } else {
    util::Result<chain::Sighash> sponsor =
        chain::VerifySpendingCondition(*tx.auth().sponsor, *origin, chain::AuthFlag::kSponsored, kMode, "sponsor");
    out["sponsor"] = Outcome(sponsor ? util::Status() : util::Status(sponsor.error()));
  }
  return out;
}

Json Serve(const std::string& line) {
  const InJson request = InJson::parse(line, nullptr, /*allow_exceptions=*/false);
  if (request.is_discarded() || !request.is_object()) Fail("request is not a JSON object");
  const std::string op = String(request, "op");
  if (op == "build") return Build(request);
  if (op != "decode" && op != "verify") Fail("unknown op '" + op + "'");
  const chain::Transaction tx = Check(chain::DecodeTransactionHex(String(request, "hex")), "decode");
  if (op == "verify") return Verification(tx);
  Json out;
  out["tx"] = cli::TransactionToJson(tx);
  out["hex"] = util::ToHex(chain::SerializeTransaction(tx));
  out["verify"] = Verification(tx);
  return out;
}

Json ErrorJson(const std::string& message, util::ErrorCode code) {
  Json out;
  out["error"] = message;
  out["code"] = std::string(util::ErrorCodeName(code));
  return out;
}

}  // namespace

int main() {
  std::ios::sync_with_stdio(false);
  std::string line;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    Json answer;
    try {
      answer = Serve(line);
    } catch (const RequestError& e) {
      answer = ErrorJson(e.what(), e.code);
    } catch (const std::exception& e) {
      answer = ErrorJson(std::string("malformed request: ") + e.what(), util::ErrorCode::kInvalidArgument);
    }
    std::cout << answer.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  return 0;
}
