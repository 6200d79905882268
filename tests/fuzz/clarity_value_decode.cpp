// Fuzz the Clarity value codec and the literal parser with the same bytes.
//
// As a serialization: decoding must never crash; a value that decodes serializes back to the same bytes, except that
// tuple fields read out of order come back sorted (same length, and the sorted bytes are a fixed point);
// SerializedSize agrees; every text form renders; and the Clarity literal form parses back to the same value (a
// contract name longer than a literal allows is the one expected refusal).
// As text: a literal that parses prints as a literal that parses to the same value, and its serialization reads
// back to it unless it nests deeper than untyped deserialization allows.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "clarity/types/literal.h"
#include "clarity/types/serialization.h"
#include "clarity/types/value_text.h"

namespace {

using namespace stacks;
using clarity::Value;

void Check(bool condition) {
  if (!condition) std::abort();
}

void CheckLiteralRoundTrip(const Value& value, bool may_have_long_contract_names) {
  util::Result<Value> back = clarity::ParseValueLiteral(clarity::ToClarityLiteral(value));
  if (!back) {
    Check(may_have_long_contract_names && back.error().code == util::ErrorCode::kResourceExhausted);
    return;
  }
  Check(*back == value);
}

void CheckSerialization(util::ByteView bytes) {
  util::Result<Value> value = clarity::DeserializeValue(bytes);
  if (!value) {
    util::ErrorCode code = value.error().code;
    Check(code == util::ErrorCode::kInvalidArgument || code == util::ErrorCode::kResourceExhausted);
    return;
  }
  util::Bytes again = clarity::SerializeValue(*value);
  Check(clarity::SerializedSize(*value) == again.size());
  if (!std::equal(again.begin(), again.end(), bytes.begin(), bytes.end())) {
    Check(again.size() == bytes.size());
    util::Result<Value> sorted = clarity::DeserializeValue(again);
    Check(sorted && *sorted == *value && clarity::SerializeValue(*sorted) == again);
  }
  Check(!clarity::ToReferenceString(*value).empty());
  Check(!clarity::ToStacksJsString(*value).empty());
  CheckLiteralRoundTrip(*value, /*may_have_long_contract_names=*/true);
}

void CheckLiteral(std::string_view text) {
  util::Result<Value> value = clarity::ParseValueLiteral(text);
  if (!value) {
    util::ErrorCode code = value.error().code;
    Check(code == util::ErrorCode::kInvalidArgument || code == util::ErrorCode::kResourceExhausted);
    return;
  }
  CheckLiteralRoundTrip(*value, /*may_have_long_contract_names=*/false);
  util::Bytes bytes = clarity::SerializeValue(*value);
  util::Result<Value> back = clarity::DeserializeValue(bytes);
  if (!back) {
    Check(back.error().code == util::ErrorCode::kResourceExhausted);  // nested past the depth limit of 16
    return;
  }
  Check(*back == *value);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  CheckSerialization(util::ByteView(data, size));
  CheckLiteral(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
