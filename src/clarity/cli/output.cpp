#include "clarity/cli/output.h"

#include <cstdio>
#include <variant>

#include "clarity/types/serialization.h"
#include "clarity/types/value_text.h"
#include "util/hex.h"

namespace stacks::clarity::cli {
namespace {

std::string Decimal(Uint128 v) {
  if (v == 0) return "0";
  std::string out;
  while (v != 0) {
    out.insert(out.begin(), static_cast<char>('0' + static_cast<int>(v % 10)));
    v /= 10;
  }
  return out;
}

std::string CostsJson(const costs::ExecutionCost& c) {
  return "{\"runtime\": " + std::to_string(c.runtime) + ", \"read_count\": " + std::to_string(c.read_count) +
         ", \"read_length\": " + std::to_string(c.read_length) + ", \"write_count\": " + std::to_string(c.write_count) +
         ", \"write_length\": " + std::to_string(c.write_length) + "}";
}

// A JSON object from (key, already-encoded value) pairs.
std::string Object(std::initializer_list<std::pair<std::string_view, std::string>> fields) {
  std::string out = "{";
  bool first = true;
  for (const auto& [key, value] : fields) {
    if (!first) out += ", ";
    first = false;
    out += JsonString(key) + ": " + value;
  }
  return out + "}";
}

std::string Principal(const codec::Principal& p) { return JsonString(codec::PrincipalToString(p)); }
std::string Amount(Uint128 v) { return JsonString(Decimal(v)); }
std::string Raw(const Value& v) { return JsonString("0x" + SerializeValueToHex(v)); }
std::string Asset(const vm::AssetIdentifier& a) { return JsonString(a.ToString()); }

std::string Typed(std::string_view type, std::string body) {
  return Object({{"type", JsonString(type)}, {type, std::move(body)}});
}

}  // namespace

std::string JsonString(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (u < 0x20 || u == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", u);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string EventJson(const vm::Event& event) {
  struct Visitor {
    std::string operator()(const vm::PrintEvent& e) const {
      return Typed("contract_event", Object({{"contract_identifier", JsonString(e.contract.ToString())},
                                             {"topic", JsonString("print")},
                                             {"raw_value", Raw(e.value)}}));
    }
    std::string operator()(const vm::StxTransferEvent& e) const {
      return Typed("stx_transfer_event", Object({{"sender", Principal(e.sender)},
                                                 {"recipient", Principal(e.recipient)},
                                                 {"amount", Amount(e.amount)},
                                                 {"memo", JsonString(util::ToHex(e.memo))}}));
    }
    std::string operator()(const vm::StxMintEvent& e) const {
      return Typed("stx_mint_event", Object({{"recipient", Principal(e.recipient)}, {"amount", Amount(e.amount)}}));
    }
    std::string operator()(const vm::StxBurnEvent& e) const {
      return Typed("stx_burn_event", Object({{"sender", Principal(e.sender)}, {"amount", Amount(e.amount)}}));
    }
    std::string operator()(const vm::StxLockEvent& e) const {
      return Typed("stx_lock_event", Object({{"locked_amount", Amount(e.locked_amount)},
                                             {"unlock_height", JsonString(std::to_string(e.unlock_height))},
                                             {"locked_address", Principal(e.locked_address)},
                                             {"contract_identifier", JsonString(e.contract.ToString())}}));
    }
    std::string operator()(const vm::FtTransferEvent& e) const {
      return Typed("ft_transfer_event", Object({{"asset_identifier", Asset(e.asset)},
                                                {"sender", Principal(e.sender)},
                                                {"recipient", Principal(e.recipient)},
                                                {"amount", Amount(e.amount)}}));
    }
    std::string operator()(const vm::FtMintEvent& e) const {
      return Typed("ft_mint_event", Object({{"asset_identifier", Asset(e.asset)},
                                            {"recipient", Principal(e.recipient)},
                                            {"amount", Amount(e.amount)}}));
    }
    std::string operator()(const vm::FtBurnEvent& e) const {
      return Typed("ft_burn_event", Object({{"asset_identifier", Asset(e.asset)},
                                            {"sender", Principal(e.sender)},
                                            {"amount", Amount(e.amount)}}));
    }
    std::string operator()(const vm::NftTransferEvent& e) const {
      return Typed("nft_transfer_event", Object({{"asset_identifier", Asset(e.asset)},
                                                 {"sender", Principal(e.sender)},
                                                 {"recipient", Principal(e.recipient)},
                                                 {"raw_value", Raw(e.value)}}));
    }
    std::string operator()(const vm::NftMintEvent& e) const {
      return Typed("nft_mint_event", Object({{"asset_identifier", Asset(e.asset)},
                                             {"recipient", Principal(e.recipient)},
                                             {"raw_value", Raw(e.value)}}));
    }
    std::string operator()(const vm::NftBurnEvent& e) const {
      return Typed(
          "nft_burn_event",
          Object({{"asset_identifier", Asset(e.asset)}, {"sender", Principal(e.sender)}, {"raw_value", Raw(e.value)}}));
    }
  };
  return std::visit(Visitor{}, event);
}

Outcome Failure(const GlobalOptions& options, std::string_view kind, const std::string& message) {
  Outcome o;
  o.exit_code = kExitFailure;
  if (options.json) {
    o.out = "{\"error\": {\"kind\": " + JsonString(kind) + ", \"message\": " + JsonString(message) + "}}\n";
  } else {
    o.err = "error: " + message + "\n";
  }
  return o;
}

Outcome ErrorOutcome(const GlobalOptions& options, const util::Error& error) {
  return Failure(options, ErrorKind(error), error.message);
}

Outcome ValueOutcome(const GlobalOptions& options, const Value& value, const costs::ExecutionCost& cost,
                     const std::vector<vm::Event>& events, const std::optional<costs::ExecutionCost>& evaluation_cost) {
  Outcome o;
  const std::string text = ToReferenceString(value);
  if (!options.json) {
    o.out = text + "\n";
    return o;
  }
  std::string events_json = "[";
  for (size_t i = 0; i < events.size(); ++i) {
    if (i > 0) events_json += ", ";
    events_json += EventJson(events[i]);
  }
  events_json += "]";
  o.out = "{\"result\": " + JsonString(text) + ", \"hex\": \"0x" + SerializeValueToHex(value) +
          "\", \"costs\": " + CostsJson(cost) + ", \"events\": " + events_json;
  if (evaluation_cost) o.out += ", \"evaluation_costs\": " + CostsJson(*evaluation_cost);
  o.out += "}\n";
  return o;
}

}  // namespace stacks::clarity::cli
