#include "cli/tx_json.h"

#include <string>
#include <string_view>
#include <variant>

#include "chain/auth.h"
#include "chain/microblock_header.h"
#include "chain/payload.h"
#include "chain/post_condition.h"
#include "clarity/types/serialization.h"
#include "clarity/types/value_text.h"
#include "codec/stacks_address.h"
#include "util/hex.h"

namespace stacks::cli {

namespace {

constexpr uint64_t kMaxSafeInteger = (uint64_t{1} << 53) - 1;

template <typename... Fs>
struct Overloaded : Fs... {
  using Fs::operator()...;
};
template <typename... Fs>
Overloaded(Fs...) -> Overloaded<Fs...>;

std::string_view HashModeName(chain::SinglesigHashMode mode) {
  return mode == chain::SinglesigHashMode::kP2pkh ? "p2pkh" : "p2wpkh";
}

std::string_view HashModeName(chain::MultisigHashMode mode) {
  switch (mode) {
    case chain::MultisigHashMode::kP2sh:
      return "p2sh";
    case chain::MultisigHashMode::kP2wsh:
      return "p2wsh";
    case chain::MultisigHashMode::kP2shNonSequential:
      return "p2sh_non_sequential";
    case chain::MultisigHashMode::kP2wshNonSequential:
      return "p2wsh_non_sequential";
  }
  return "unknown";
}

std::string_view KeyEncodingName(chain::KeyEncoding encoding) {
  return encoding == chain::KeyEncoding::kCompressed ? "compressed" : "uncompressed";
}

std::string_view AnchorModeName(chain::AnchorMode mode) {
  switch (mode) {
    case chain::AnchorMode::kOnChainOnly:
      return "on_chain_only";
    case chain::AnchorMode::kOffChainOnly:
      return "off_chain_only";
    case chain::AnchorMode::kAny:
      return "any";
  }
  return "unknown";
}

std::string_view PostConditionModeName(chain::PostConditionMode mode) {
  switch (mode) {
    case chain::PostConditionMode::kAllow:
      return "allow";
    case chain::PostConditionMode::kDeny:
      return "deny";
    case chain::PostConditionMode::kOriginator:
      return "originator";
  }
  return "unknown";
}

std::string_view CodeName(chain::FungibleConditionCode code) {
  switch (code) {
    case chain::FungibleConditionCode::kSentEq:
      return "sent_eq";
    case chain::FungibleConditionCode::kSentGt:
      return "sent_gt";
    case chain::FungibleConditionCode::kSentGe:
      return "sent_ge";
    case chain::FungibleConditionCode::kSentLt:
      return "sent_lt";
    case chain::FungibleConditionCode::kSentLe:
      return "sent_le";
  }
  return "unknown";
}

std::string_view CodeName(chain::NonfungibleConditionCode code) {
  switch (code) {
    case chain::NonfungibleConditionCode::kSent:
      return "sent";
    case chain::NonfungibleConditionCode::kNotSent:
      return "not_sent";
    case chain::NonfungibleConditionCode::kMaybeSent:
      return "maybe_sent";
  }
  return "unknown";
}

std::string_view CodeName(chain::PoxConditionCode code) {
  switch (code) {
    case chain::PoxConditionCode::kNotPerformed:
      return "not_performed";
    case chain::PoxConditionCode::kMaybePerformed:
      return "maybe_performed";
    case chain::PoxConditionCode::kPerformed:
      return "performed";
  }
  return "unknown";
}

std::string_view CauseName(chain::TenureChangeCause cause) {
  switch (cause) {
    case chain::TenureChangeCause::kBlockFound:
      return "block_found";
    case chain::TenureChangeCause::kExtended:
      return "extended";
    case chain::TenureChangeCause::kExtendedRuntime:
      return "extended_runtime";
    case chain::TenureChangeCause::kExtendedReadCount:
      return "extended_read_count";
    case chain::TenureChangeCause::kExtendedReadLength:
      return "extended_read_length";
    case chain::TenureChangeCause::kExtendedWriteCount:
      return "extended_write_count";
    case chain::TenureChangeCause::kExtendedWriteLength:
      return "extended_write_length";
  }
  return "unknown";
}

void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xc0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xe0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  } else {
    out += static_cast<char>(0xf0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (cp & 0x3f));
  }
}

// The WHATWG Encoding Standard's UTF-8 decoder (what TextDecoder and so Stacks.js use): each maximal invalid
// subsequence becomes one U+FFFD. Always returns valid UTF-8.
std::string DecodeUtf8Lossy(util::ByteView bytes) {
  constexpr char32_t kReplacement = 0xfffd;
  std::string out;
  char32_t code_point = 0;
  int needed = 0;
  int seen = 0;
  uint8_t lower = 0x80;
  uint8_t upper = 0xbf;
  for (size_t i = 0; i < bytes.size();) {
    const uint8_t byte = bytes[i];
    if (needed == 0) {
      ++i;
      if (byte <= 0x7f) {
        out += static_cast<char>(byte);
      } else if (byte >= 0xc2 && byte <= 0xdf) {
        needed = 1;
        code_point = byte & 0x1f;
      } else if (byte >= 0xe0 && byte <= 0xef) {
        if (byte == 0xe0) lower = 0xa0;
        if (byte == 0xed) upper = 0x9f;
        needed = 2;
        code_point = byte & 0x0f;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        if (byte == 0xf0) lower = 0x90;
        if (byte == 0xf4) upper = 0x8f;
        needed = 3;
        code_point = byte & 0x07;
      } else {
        AppendUtf8(out, kReplacement);
      }
      continue;
    }
    if (byte < lower || byte > upper) {
      // The sequence so far is invalid: replace it and read this byte again as the start of the next one.
      code_point = 0;
      needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      AppendUtf8(out, kReplacement);
      continue;
    }
    ++i;
    lower = 0x80;
    upper = 0xbf;
    code_point = (code_point << 6) | (byte & 0x3f);
    if (++seen == needed) {
      AppendUtf8(out, code_point);
      code_point = 0;
      needed = seen = 0;
    }
  }
  if (needed != 0) AppendUtf8(out, kReplacement);
  return out;
}

// The memo as text: its bytes decoded as above, trailing U+0000 removed (Stacks.js's MemoString content).
std::string MemoText(const chain::TokenTransferMemo& memo) {
  std::string text = DecodeUtf8Lossy(memo);
  while (!text.empty() && text.back() == '\0') text.pop_back();
  return text;
}

Json ValueJson(const clarity::Value& value) {
  Json out;
  out["hex"] = clarity::SerializeValueToHex(value);
  out["repr"] = clarity::ToReferenceString(value);
  return out;
}

Json SpendingConditionJson(const chain::SpendingCondition& condition, bool mainnet) {
  Json out;
  const std::string address = chain::AddressOf(condition, mainnet).ToString();
  std::visit(Overloaded{
                 [&](const chain::SinglesigSpendingCondition& single) {
                   out["hash_mode"] = HashModeName(single.hash_mode);
                   out["signer"] = util::ToHex(single.signer);
                   out["address"] = address;
                   out["nonce"] = U64ToJson(single.nonce);
                   out["fee_ustx"] = U64ToJson(single.fee_ustx);
                   out["key_encoding"] = KeyEncodingName(single.key_encoding);
                   out["signature"] = util::ToHex(single.signature);
                 },
                 [&](const chain::MultisigSpendingCondition& multi) {
                   out["hash_mode"] = HashModeName(multi.hash_mode);
                   out["signer"] = util::ToHex(multi.signer);
                   out["address"] = address;
                   out["nonce"] = U64ToJson(multi.nonce);
                   out["fee_ustx"] = U64ToJson(multi.fee_ustx);
                   Json fields = Json::array();
                   for (const chain::AuthField& field : multi.fields) {
                     Json f;
                     if (const auto* key = std::get_if<crypto::PublicKey>(&field)) {
                       f["type"] = "public_key";
                       f["key_encoding"] = key->compressed() ? "compressed" : "uncompressed";
                       f["public_key"] = util::ToHex(key->SerializeCompressed());  // the 33 bytes on the wire
                     } else {
                       const auto& signature = std::get<chain::AuthSignature>(field);
                       f["type"] = "signature";
                       f["key_encoding"] = KeyEncodingName(signature.key_encoding);
                       f["signature"] = util::ToHex(signature.signature);
                     }
                     fields.push_back(std::move(f));
                   }
                   out["fields"] = std::move(fields);
                   out["signatures_required"] = multi.signatures_required;
                 },
             },
             condition);
  return out;
}

Json PostConditionPrincipalJson(const chain::PostConditionPrincipal& principal) {
  Json out;
  std::visit(Overloaded{
                 [&](const chain::OriginPrincipal&) { out["type"] = "origin"; },
                 [&](const codec::StacksAddress& address) {
                   out["type"] = "standard";
                   out["address"] = address.ToString();
                 },
                 [&](const codec::ContractPrincipal& contract) {
                   out["type"] = "contract";
                   out["address"] = contract.issuer.ToString();
                   out["contract_name"] = contract.name;
                 },
             },
             principal);
  return out;
}

Json AssetJson(const chain::AssetInfo& asset) {
  Json out;
  out["contract_address"] = asset.contract_address.ToString();
  out["contract_name"] = asset.contract_name;
  out["asset_name"] = asset.asset_name;
  return out;
}

Json PostConditionJson(const chain::PostCondition& post_condition) {
  Json out;
  std::visit(Overloaded{
                 [&](const chain::StxPostCondition& pc) {
                   out["type"] = "stx";
                   out["principal"] = PostConditionPrincipalJson(pc.principal);
                   out["condition_code"] = CodeName(pc.code);
                   out["amount_ustx"] = U64ToJson(pc.amount_ustx);
                 },
                 [&](const chain::FungiblePostCondition& pc) {
                   out["type"] = "fungible";
                   out["principal"] = PostConditionPrincipalJson(pc.principal);
                   out["asset"] = AssetJson(pc.asset);
                   out["condition_code"] = CodeName(pc.code);
                   out["amount"] = U64ToJson(pc.amount);
                 },
                 [&](const chain::NonfungiblePostCondition& pc) {
                   out["type"] = "nonfungible";
                   out["principal"] = PostConditionPrincipalJson(pc.principal);
                   out["asset"] = AssetJson(pc.asset);
                   out["asset_value"] = ValueJson(pc.asset_value);
                   out["condition_code"] = CodeName(pc.code);
                 },
                 [&](const chain::StakingPostCondition& pc) {
                   out["type"] = "staking";
                   out["principal"] = PostConditionPrincipalJson(pc.principal);
                   out["condition_code"] = CodeName(pc.code);
                   out["amount_ustx"] = U64ToJson(pc.amount_ustx);
                 },
                 [&](const chain::PoxPostCondition& pc) {
                   out["type"] = "pox";
                   out["principal"] = PostConditionPrincipalJson(pc.principal);
                   out["condition_code"] = CodeName(pc.code);
                 },
             },
             post_condition);
  return out;
}

Json MicroblockHeaderJson(const chain::MicroblockHeader& header) {
  Json out;
  out["version"] = header.version;
  out["sequence"] = header.sequence;
  out["prev_block"] = util::ToHex(header.prev_block);
  out["tx_merkle_root"] = util::ToHex(header.tx_merkle_root);
  out["signature"] = util::ToHex(header.signature);
  out["block_hash"] = util::ToHex(chain::MicroblockHeaderHash(header));
  return out;
}

Json PayloadJson(const chain::Payload& payload) {
  Json out;
  std::visit(Overloaded{
                 [&](const chain::TokenTransferPayload& p) {
                   out["type"] = "token_transfer";
                   out["recipient"] = codec::PrincipalToString(p.recipient);
                   out["amount_ustx"] = U64ToJson(p.amount_ustx);
                   out["memo"] = util::ToHex(p.memo);
                   out["memo_text"] = MemoText(p.memo);
                 },
                 [&](const chain::ContractCallPayload& p) {
                   out["type"] = "contract_call";
                   out["contract_address"] = p.contract_address.ToString();
                   out["contract_name"] = p.contract_name;
                   out["function_name"] = p.function_name;
                   Json args = Json::array();
                   for (const clarity::Value& arg : p.function_args) args.push_back(ValueJson(arg));
                   out["function_args"] = std::move(args);
                 },
                 [&](const chain::SmartContractPayload& p) {
                   if (p.clarity_version) {
                     out["type"] = "versioned_smart_contract";
                     out["clarity_version"] = static_cast<int>(*p.clarity_version);
                   } else {
                     out["type"] = "smart_contract";
                   }
                   out["contract_name"] = p.contract_name;
                   out["code_body"] = p.code_body;
                 },
                 [&](const chain::PoisonMicroblockPayload& p) {
                   out["type"] = "poison_microblock";
                   out["header_1"] = MicroblockHeaderJson(p.header1);
                   out["header_2"] = MicroblockHeaderJson(p.header2);
                 },
                 [&](const chain::CoinbasePayload& p) {
                   const auto recipient = [&]() -> Json {
                     return p.alt_recipient ? Json(codec::PrincipalToString(*p.alt_recipient)) : Json(nullptr);
                   };
                   switch (chain::PayloadIdOf(payload)) {
                     case chain::PayloadId::kCoinbaseToAltRecipient:
                       out["type"] = "coinbase_to_alt_recipient";
                       out["buffer"] = util::ToHex(p.buffer);
                       out["alt_recipient"] = recipient();
                       break;
                     case chain::PayloadId::kNakamotoCoinbase:
                       out["type"] = "nakamoto_coinbase";
                       out["buffer"] = util::ToHex(p.buffer);
                       out["alt_recipient"] = recipient();
                       out["vrf_proof"] = p.vrf_proof ? Json(p.vrf_proof->ToHex()) : Json(nullptr);
                       break;
                     default:
                       out["type"] = "coinbase";
                       out["buffer"] = util::ToHex(p.buffer);
                       break;
                   }
                 },
                 [&](const chain::TenureChangePayload& p) {
                   out["type"] = "tenure_change";
                   out["tenure_consensus_hash"] = util::ToHex(p.tenure_consensus_hash);
                   out["prev_tenure_consensus_hash"] = util::ToHex(p.prev_tenure_consensus_hash);
                   out["burn_view_consensus_hash"] = util::ToHex(p.burn_view_consensus_hash);
                   out["previous_tenure_end"] = util::ToHex(p.previous_tenure_end);
                   out["previous_tenure_blocks"] = p.previous_tenure_blocks;
                   out["cause"] = CauseName(p.cause);
                   out["pubkey_hash"] = util::ToHex(p.pubkey_hash);
                 },
             },
             payload);
  return out;
}

}  // namespace

Json U64ToJson(uint64_t value) {
  if (value <= kMaxSafeInteger) return Json(value);
  return Json(std::to_string(value));
}

Json TransactionToJson(const chain::Transaction& tx) {
  const bool mainnet = tx.IsMainnet();
  Json out;
  out["txid"] = util::ToHex(tx.txid());
  out["version"] = static_cast<int>(tx.version());
  out["network"] = mainnet ? "mainnet" : "testnet";
  out["chain_id"] = tx.chain_id();
  Json auth;
  auth["type"] = tx.auth().sponsored() ? "sponsored" : "standard";
  auth["origin"] = SpendingConditionJson(tx.auth().origin, mainnet);
  auth["sponsor"] = tx.auth().sponsor ? SpendingConditionJson(*tx.auth().sponsor, mainnet) : Json(nullptr);
  out["auth"] = std::move(auth);
  out["anchor_mode"] = AnchorModeName(tx.anchor_mode());
  out["post_condition_mode"] = PostConditionModeName(tx.post_condition_mode());
  Json post_conditions = Json::array();
  for (const chain::PostCondition& pc : tx.post_conditions()) post_conditions.push_back(PostConditionJson(pc));
  out["post_conditions"] = std::move(post_conditions);
  out["payload"] = PayloadJson(tx.payload());
  return out;
}

}  // namespace stacks::cli
