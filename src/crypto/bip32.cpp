#include "crypto/bip32.h"

#include <algorithm>
#include <cstdlib>
#include <string>

#include "crypto/hash.h"

namespace stacks::crypto {

namespace {

constexpr std::string_view MASTER_HMAC_KEY = "Bitcoin seed";
constexpr size_t MIN_SEED_SIZE = 16;
constexpr size_t MAX_SEED_SIZE = 64;
// Components longer than this are cut in error messages.
constexpr size_t MAX_COMPONENT_IN_MESSAGE = 32;
constexpr const char* NOT_AN_INDEX = " is not a decimal index with an optional ', h or H";

void PutBe32(util::Bytes& out, uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<uint8_t>(v >> shift));
}

uint32_t ReadBe32(const uint8_t* p) {
  return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | uint32_t{p[3]};
}

std::string Quote(std::string_view component) {
  std::string out = "\"";
  for (char c : component.substr(0, MAX_COMPONENT_IN_MESSAGE)) out += (c >= 0x20 && c < 0x7f) ? c : '?';
  if (component.size() > MAX_COMPONENT_IN_MESSAGE) out += "...";
  return out + "\"";
}

uint32_t FingerprintOf(const PublicKey& key) {
  Hash160 id = Hash160Of(key.SerializeCompressed());
  return ReadBe32(id.data());
}

// The 78-byte payload of either kind; `key` is the 33-byte key field.
util::Bytes Payload(uint32_t version, uint8_t depth, uint32_t parent_fingerprint, uint32_t child_number,
                    const std::array<uint8_t, 32>& chain_code, util::ByteView key) {
  util::Bytes out;
  out.reserve(BIP32_PAYLOAD_SIZE);
  PutBe32(out, version);
  out.push_back(depth);
  PutBe32(out, parent_fingerprint);
  PutBe32(out, child_number);
  util::Append(out, chain_code);
  util::Append(out, key);
  return out;
}

util::Status CheckDepth(uint8_t depth) {
  if (depth >= BIP32_MAX_DEPTH) {
    return util::ResourceExhausted("cannot derive below depth " + std::to_string(BIP32_MAX_DEPTH) +
                                   ", the BIP32 maximum");
  }
  return {};
}

util::Error InvalidChild(uint32_t index, const util::Error& cause) {
  return util::InvalidArgument("BIP32 child " + std::to_string(index) + " is invalid (" + cause.message +
                               "); use the next index");
}

}  // namespace

util::Result<std::vector<uint32_t>> ParseDerivationPath(std::string_view path) {
  size_t slash = path.find('/');
  std::string_view head = path.substr(0, slash);
  if (head != "m") return util::InvalidArgument("derivation path must start with \"m\", got " + Quote(head));
  std::vector<uint32_t> indices;
  size_t position = 0;
  while (slash != std::string_view::npos) {
    path.remove_prefix(slash + 1);
    slash = path.find('/');
    std::string_view component = path.substr(0, slash);
    ++position;
    std::string where = "derivation path component " + std::to_string(position);
    if (position > BIP32_MAX_DEPTH) {
      return util::ResourceExhausted("derivation path has more than " + std::to_string(BIP32_MAX_DEPTH) +
                                     " components");
    }
    if (component.empty()) {
      return util::InvalidArgument(where +
                                   (slash == std::string_view::npos ? " is empty (trailing slash)" : " is empty"));
    }
    bool hardened = component.back() == '\'' || component.back() == 'h' || component.back() == 'H';
    std::string_view digits = hardened ? component.substr(0, component.size() - 1) : component;
    if (digits.empty()) return util::InvalidArgument(where + " " + Quote(component) + " has no index");
    uint32_t index = 0;
    for (char c : digits) {
      if (c < '0' || c > '9') {
        return util::InvalidArgument(where + " " + Quote(component) + NOT_AN_INDEX);
      }
      index = index * 10 + static_cast<uint32_t>(c - '0');
      if (index >= BIP32_HARDENED) {
        return util::InvalidArgument(where + " " + Quote(component) + " is not below 2^31");
      }
    }
    indices.push_back(hardened ? index | BIP32_HARDENED : index);
  }
  return indices;
}

// ---- ExtendedPublicKey ----

util::Result<ExtendedPublicKey> ExtendedPublicKey::DeriveChild(uint32_t index) const {
  if (index >= BIP32_HARDENED) {
    return util::InvalidArgument("hardened child " + std::to_string(index) + " needs the private key");
  }
  STACKS_RETURN_IF_ERROR(CheckDepth(depth));
  util::Bytes data = key.SerializeCompressed();
  PutBe32(data, index);
  Hash512 i = HmacSha512(chain_code, data);
  auto child = key.TweakAdd(std::span<const uint8_t, 32>(i.data(), 32));
  if (!child) return InvalidChild(index, child.error());
  ExtendedPublicKey out{child->WithCompressed(true), util::ToArray<32>(std::span(i).subspan(32)),
                        static_cast<uint8_t>(depth + 1), Fingerprint(), index};
  return out;
}

uint32_t ExtendedPublicKey::Fingerprint() const { return FingerprintOf(key); }

util::Bytes ExtendedPublicKey::Serialize(uint32_t version) const {
  return Payload(version, depth, parent_fingerprint, child_number, chain_code, key.SerializeCompressed());
}

// ---- ExtendedPrivateKey ----

ExtendedPrivateKey::~ExtendedPrivateKey() {
  util::SecureZero(key.data(), key.size());
  util::SecureZero(chain_code.data(), chain_code.size());
}

util::Result<ExtendedPrivateKey> ExtendedPrivateKey::FromSeed(util::ByteView seed) {
  if (seed.size() < MIN_SEED_SIZE || seed.size() > MAX_SEED_SIZE) {
    return util::InvalidArgument("BIP32 seed must be 16 to 64 bytes, got " + std::to_string(seed.size()));
  }
  Hash512 i = HmacSha512(util::AsBytes(MASTER_HMAC_KEY), seed);
  auto master = PrivateKey::FromBytes(std::span(i).first(32));
  if (!master) {
    util::SecureZero(i.data(), i.size());
    return util::InvalidArgument("seed gives an invalid BIP32 master key (" + master.error().message +
                                 "); use another seed");
  }
  ExtendedPrivateKey out;
  out.key = master->secret();
  std::copy_n(i.begin() + 32, 32, out.chain_code.begin());
  util::SecureZero(i.data(), i.size());
  return out;
}

util::Result<ExtendedPrivateKey> ExtendedPrivateKey::DeriveChild(uint32_t index) const {
  STACKS_RETURN_IF_ERROR(CheckDepth(depth));
  PrivateKey parent = GetPrivateKey();
  PublicKey parent_public = parent.GetPublicKey();
  util::Bytes data;
  data.reserve(37);
  if (index >= BIP32_HARDENED) {
    data.push_back(0x00);
    util::Append(data, key);
  } else {
    util::Append(data, parent_public.SerializeCompressed());
  }
  PutBe32(data, index);
  Hash512 i = HmacSha512(chain_code, data);
  util::SecureZero(data.data(), data.size());
  auto child = parent.TweakAdd(std::span<const uint8_t, 32>(i.data(), 32));
  if (!child) {
    util::SecureZero(i.data(), i.size());
    return InvalidChild(index, child.error());
  }
  ExtendedPrivateKey out;
  out.key = child->secret();
  std::copy_n(i.begin() + 32, 32, out.chain_code.begin());
  out.depth = static_cast<uint8_t>(depth + 1);
  out.parent_fingerprint = FingerprintOf(parent_public);
  out.child_number = index;
  util::SecureZero(i.data(), i.size());
  return out;
}

util::Result<ExtendedPrivateKey> ExtendedPrivateKey::DerivePath(std::string_view path) const {
  STACKS_TRY(std::vector<uint32_t> indices, ParseDerivationPath(path));
  if (depth + indices.size() > BIP32_MAX_DEPTH) {
    return util::ResourceExhausted("derivation path would go below depth " + std::to_string(BIP32_MAX_DEPTH) +
                                   ", the BIP32 maximum");
  }
  ExtendedPrivateKey current = *this;
  for (uint32_t index : indices) {
    STACKS_TRY(current, current.DeriveChild(index));
  }
  return current;
}

PrivateKey ExtendedPrivateKey::GetPrivateKey() const {
  std::array<uint8_t, 33> bytes;
  std::copy(key.begin(), key.end(), bytes.begin());
  bytes[32] = 0x01;  // compressed
  auto k = PrivateKey::FromBytes(bytes);
  util::SecureZero(bytes.data(), bytes.size());
  if (!k) std::abort();  // the invariant was broken
  return *std::move(k);
}

ExtendedPublicKey ExtendedPrivateKey::GetExtendedPublicKey() const {
  return ExtendedPublicKey{GetPrivateKey().GetPublicKey(), chain_code, depth, parent_fingerprint, child_number};
}

uint32_t ExtendedPrivateKey::Fingerprint() const { return FingerprintOf(GetPrivateKey().GetPublicKey()); }

util::Bytes ExtendedPrivateKey::SerializeXprv(uint32_t version) const {
  std::array<uint8_t, 33> field{};
  std::copy(key.begin(), key.end(), field.begin() + 1);
  util::Bytes out = Payload(version, depth, parent_fingerprint, child_number, chain_code, field);
  util::SecureZero(field.data(), field.size());
  return out;
}

util::Bytes ExtendedPrivateKey::SerializeXpub(uint32_t version) const {
  return GetExtendedPublicKey().Serialize(version);
}

}  // namespace stacks::crypto
