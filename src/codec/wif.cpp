#include "codec/wif.h"

#include <algorithm>
#include <cstdio>

#include "codec/base58.h"
#include "util/bytes.h"

namespace stacks::codec {

namespace {

// Clears a buffer that held secret bytes when it goes out of scope.
struct ScopedWipe {
  util::Bytes& bytes;
  ~ScopedWipe() { util::SecureZero(bytes.data(), bytes.size()); }
};

std::string HexByte(uint8_t b) {
  char buf[5];
  std::snprintf(buf, sizeof buf, "0x%02x", b);
  return buf;
}

}  // namespace

std::string WifEncode(const WifKey& key) {
  util::Bytes payload;
  ScopedWipe wipe{payload};
  payload.reserve(34);
  payload.push_back(static_cast<uint8_t>(key.network));
  payload.insert(payload.end(), key.secret_key.begin(), key.secret_key.end());
  if (key.compressed) payload.push_back(WIF_COMPRESSED_SUFFIX);
  return Base58CheckEncode(payload);
}

util::Result<WifKey> WifDecode(std::string_view text) {
  STACKS_TRY(util::Bytes payload, Base58CheckDecode(text));
  ScopedWipe wipe{payload};
  if (payload.size() != 33 && payload.size() != 34) {
    return util::InvalidArgument("WIF payload must be 33 or 34 bytes, got " + std::to_string(payload.size()));
  }
  WifKey key;
  switch (payload[0]) {
    case static_cast<uint8_t>(WifNetwork::kMainnet):
      key.network = WifNetwork::kMainnet;
      break;
    case static_cast<uint8_t>(WifNetwork::kTestnet):
      key.network = WifNetwork::kTestnet;
      break;
    default:
      return util::InvalidArgument("bad WIF version byte " + HexByte(payload[0]));
  }
  key.compressed = payload.size() == 34;
  if (key.compressed && payload[33] != WIF_COMPRESSED_SUFFIX) {
    return util::InvalidArgument("bad WIF compression suffix " + HexByte(payload[33]));
  }
  std::copy(payload.begin() + 1, payload.begin() + 33, key.secret_key.begin());
  return key;
}

}  // namespace stacks::codec
