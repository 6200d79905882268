#include "net/request_decode.h"

#include <cctype>
#include <limits>
#include <nlohmann/json.hpp>

#include "codec/consensus.h"
#include "util/hex.h"

namespace stacks::net {

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsHexDigit(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

// A transaction at the front of `bytes`, as the reference's consensus_deserialize (trailing bytes ignored).
util::Result<chain::Transaction> ReadPostedTransaction(util::ByteView bytes) {
  codec::ByteReader reader(bytes);
  auto tx = chain::ReadTransaction(reader);
  if (!tx) return util::InvalidArgument("Failed to deserialize posted transaction: " + tx.error().message);
  return std::move(*tx);
}

}  // namespace

TipRequest ParseTipRequest(std::optional<std::string_view> tip) {
  if (!tip) return {};
  if (*tip == "latest") return {TipRequest::Kind::kLatestUnconfirmed, {}};
  auto block_id = ParseFixedHex(*tip, 32);
  if (!block_id) return {};
  TipRequest request{TipRequest::Kind::kSpecific, {}};
  std::copy(block_id->begin(), block_id->end(), request.block_id.begin());
  return request;
}

bool ParseWithProof(std::optional<std::string_view> proof) { return !proof || *proof == "1"; }

util::Result<util::Bytes> ParseFixedHex(std::string_view hex, size_t n) {
  if (hex.size() % 2 != 0) return util::InvalidArgument("bad length " + std::to_string(hex.size()) + " for hex string");
  for (char c : hex) {
    if (!IsHexDigit(c)) return util::InvalidArgument(std::string("bad character ") + c + " for hex string");
  }
  if (hex.size() != 2 * n) return util::InvalidArgument("bad length " + std::to_string(hex.size()) + " for hex string");
  return util::FromHex(hex);
}

util::Result<uint64_t> ParseU64(std::string_view text) {
  if (text.empty()) return util::InvalidArgument("cannot parse integer from empty string");
  size_t i = text[0] == '+' ? 1 : 0;  // Rust's u64::from_str accepts one leading '+'
  if (i == text.size()) return util::InvalidArgument("invalid digit found in string");
  uint64_t value = 0;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c < '0' || c > '9') return util::InvalidArgument("invalid digit found in string");
    uint64_t digit = static_cast<uint64_t>(c - '0');
    if (value > (std::numeric_limits<uint64_t>::max() - digit) / 10) {
      return util::InvalidArgument("number too large to fit in target type");
    }
    value = value * 10 + digit;
  }
  return value;
}

util::Result<SortitionQuery> ParseSortitionQuery(std::optional<std::string_view> key,
                                                 std::optional<std::string_view> value) {
  SortitionQuery query;
  if (!key) return query;
  std::string_view raw = value.value_or("");
  std::string_view hex = raw.substr(0, 2) == "0x" ? raw.substr(2) : raw;
  if (*key == "latest_and_last") {
    query.kind = SortitionQuery::Kind::kLatestAndLast;
  } else if (*key == "consensus") {
    STACKS_TRY(util::Bytes bytes, ParseFixedHex(hex, query.consensus_hash.size()));
    query.kind = SortitionQuery::Kind::kConsensusHash;
    std::copy(bytes.begin(), bytes.end(), query.consensus_hash.begin());
  } else if (*key == "burn") {
    STACKS_TRY(util::Bytes bytes, ParseFixedHex(hex, query.burn_header_hash.size()));
    query.kind = SortitionQuery::Kind::kBurnHeaderHash;
    std::copy(bytes.begin(), bytes.end(), query.burn_header_hash.begin());
  } else if (*key == "burn_height") {
    STACKS_TRY(query.burn_block_height, ParseU64(raw));
    query.kind = SortitionQuery::Kind::kBurnHeight;
  } else {
    return util::InvalidArgument("Unknown query param: " + std::string(*key));
  }
  return query;
}

util::Result<PostedTransaction> DecodePostedTransaction(std::optional<std::string_view> content_type,
                                                        std::string_view body) {
  if (body.empty()) {
    return util::InvalidArgument("Invalid Http request: expected non-zero-length body for PostTransaction");
  }
  if (body.size() > MAX_PAYLOAD_LEN) {
    return util::ResourceExhausted("Invalid Http request: PostTransaction body is too big");
  }
  if (!content_type) return util::InvalidArgument("Missing Content-Type for transaction");
  const std::string type = Lower(*content_type);
  if (type == "application/octet-stream") {
    STACKS_TRY(chain::Transaction tx, ReadPostedTransaction(util::AsBytes(body)));
    return PostedTransaction{std::move(tx), std::nullopt};
  }
  if (type == "application/json" || type.starts_with("application/json;")) {
    auto json = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
    // serde's struct {tx: String, attachment: Option<String>}: unknown keys are ignored, null is a missing attachment.
    if (!json.is_object() || !json.contains("tx") || !json["tx"].is_string()) {
      return util::InvalidArgument("Failed to parse body");
    }
    const nlohmann::json* attachment_json = nullptr;
    if (auto it = json.find("attachment"); it != json.end() && !it->is_null()) {
      if (!it->is_string()) return util::InvalidArgument("Failed to parse body");
      attachment_json = &*it;
    }
    auto tx_bytes = util::FromHex(json["tx"].get_ref<const std::string&>());
    if (!tx_bytes) return util::InvalidArgument("Failed to parse tx");
    STACKS_TRY(chain::Transaction tx, ReadPostedTransaction(*tx_bytes));
    std::optional<util::Bytes> attachment;
    if (attachment_json != nullptr) {
      auto bytes = util::FromHex(attachment_json->get_ref<const std::string&>());
      if (!bytes) return util::InvalidArgument("Failed to parse attachment");
      attachment = std::move(*bytes);
    }
    return PostedTransaction{std::move(tx), std::move(attachment)};
  }
  if (type == "text/plain" || type.starts_with("text/plain;")) {
    return util::InvalidArgument(
        "Wrong Content-Type for transaction; expected application/json or application/octet-stream");
  }
  // The reference refuses an unknown Content-Type while reading the request head and closes the connection.
  return util::InvalidArgument("Unsupported HTTP content type: " + std::string(*content_type));
}

}  // namespace stacks::net
