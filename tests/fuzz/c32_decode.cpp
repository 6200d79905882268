// Fuzz c32, c32check and c32 address decoding with the same text.
// Nothing may crash, and errors carry only the codes the headers promise. Anything that decodes must encode back to
// the canonical form of its text (upper case, 'O' as '0', 'L'/'I' as '1') and decode again to the same value. The
// bytes are also encoded as c32 and must decode back to themselves.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "codec/c32.h"
#include "util/bytes.h"
#include "util/result.h"

namespace {

using namespace stacks;

void Check(bool ok) {
  if (!ok) std::abort();
}

template <typename T>
void CheckInvalidArgument(const util::Result<T>& r) {
  if (!r) Check(r.error().code == util::ErrorCode::kInvalidArgument);
}

// The text C32Encode would write for what `text` decodes to. Only called on text that decoded, so it is ASCII.
std::string Canonical(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c == 'O') c = '0';
    if (c == 'L' || c == 'I') c = '1';
  }
  return out;
}

void CheckC32(std::string_view text) {
  auto bytes = codec::C32Decode(text);
  CheckInvalidArgument(bytes);
  if (!bytes) return;
  const std::string encoded = codec::C32Encode(*bytes);
  Check(encoded == Canonical(text));
  auto again = codec::C32Decode(encoded);
  Check(again && *again == *bytes);
}

void CheckC32Check(std::string_view text) {
  auto payload = codec::C32CheckDecode(text);
  CheckInvalidArgument(payload);
  if (!payload) return;
  Check(payload->version <= codec::C32_MAX_VERSION);
  auto encoded = codec::C32CheckEncode(payload->version, payload->data);
  Check(encoded && *encoded == Canonical(text));
  auto again = codec::C32CheckDecode(*encoded);
  Check(again && *again == *payload);
}

void CheckAddress(std::string_view text) {
  auto any = codec::C32AddressDecodeAnyLength(text);
  CheckInvalidArgument(any);
  auto address = codec::C32AddressDecode(text);
  CheckInvalidArgument(address);
  Check(!address || any);
  if (!address) return;
  Check(any->data.size() == 20 && any->version == address->version);
  auto encoded = codec::C32AddressEncode(address->version, address->hash160);
  Check(encoded && *encoded == "S" + Canonical(text.substr(1)));
  auto again = codec::C32AddressDecode(*encoded);
  Check(again && *again == *address);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  CheckC32(text);
  CheckC32Check(text);
  CheckAddress(text);

  const util::ByteView bytes(data, size);
  auto back = codec::C32Decode(codec::C32Encode(bytes));
  Check(back && std::equal(back->begin(), back->end(), bytes.begin(), bytes.end()));
  return 0;
}
