// Fuzz base58, Base58Check, WIF and Bitcoin address decoding, and the c32check-style conversions, with the same text.
// Nothing may crash, and errors carry only the codes the headers promise. Base58 text is canonical, so anything that
// decodes must encode back to exactly its text. The bytes are also encoded and must decode back to themselves.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "codec/base58.h"
#include "codec/bitcoin_address.h"
#include "codec/c32.h"
#include "codec/wif.h"
#include "util/bytes.h"
#include "util/result.h"

namespace {

using namespace stacks;

void Check(bool ok) {
  if (!ok) std::abort();
}

// Decoders of base58 text fail with kInvalidArgument, or kResourceExhausted for over-long text.
template <typename T>
void CheckDecodeError(const util::Result<T>& r) {
  if (!r) {
    Check(r.error().code == util::ErrorCode::kInvalidArgument || r.error().code == util::ErrorCode::kResourceExhausted);
  }
}

void CheckText(std::string_view text) {
  auto bytes = codec::Base58Decode(text);
  CheckDecodeError(bytes);
  if (bytes) Check(codec::Base58Encode(*bytes) == text);

  auto payload = codec::Base58CheckDecode(text);
  CheckDecodeError(payload);
  Check(!payload || bytes);
  if (payload) Check(codec::Base58CheckEncode(*payload) == text);

  auto wif = codec::WifDecode(text);
  CheckDecodeError(wif);
  if (wif) Check(codec::WifEncode(*wif) == text);

  auto address = codec::BitcoinAddressDecode(text);
  CheckDecodeError(address);
  if (address) {
    Check(codec::BitcoinAddressVersion(address->kind, address->network) == address->version);
    Check(codec::BitcoinAddressEncode(address->kind, address->network, address->hash160) == text);
  }

  auto c32 = codec::B58ToC32(text);
  CheckDecodeError(c32);
  if (c32) {
    // The c32 address carries the same hash; converting back under the original version restores the text.
    Check(payload && payload->size() == 21);
    auto back = codec::C32ToB58(*c32, (*payload)[0]);
    Check(back && *back == text);
    auto parts = codec::C32AddressDecode(*c32);
    Check(parts && std::equal(parts->hash160.begin(), parts->hash160.end(), payload->begin() + 1));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  CheckText(std::string_view(reinterpret_cast<const char*>(data), size));

  // Encoding is quadratic: keep the text within what Base58Decode accepts.
  if (size <= 700) {
    const util::ByteView bytes(data, size);
    auto back = codec::Base58Decode(codec::Base58Encode(bytes));
    Check(back && std::equal(back->begin(), back->end(), bytes.begin(), bytes.end()));
    auto checked = codec::Base58CheckDecode(codec::Base58CheckEncode(bytes));
    Check(checked && std::equal(checked->begin(), checked->end(), bytes.begin(), bytes.end()));
  }
  return 0;
}
