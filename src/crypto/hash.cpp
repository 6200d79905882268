#include "crypto/hash.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <cstdlib>

namespace stacks::crypto {

namespace {

// Digests fetched once; EVP_MD_fetch is costly and the fetched objects are immutable and thread-safe to share.
const EVP_MD* FetchOnce(const char* name) {
  EVP_MD* md = EVP_MD_fetch(nullptr, name, nullptr);
  if (md == nullptr) {
    // RIPEMD-160 lives in OpenSSL 3's default provider since 3.0.7; older builds need the legacy provider.
    std::abort();
  }
  return md;
}

// One reusable context per thread: EVP_Digest and OpenSSL 3's one-shot SHA256() allocate a context (and the latter
// fetches the algorithm) on every call, which costs more than hashing a short message.
template <size_t N>
std::array<uint8_t, N> Digest(const EVP_MD* md, util::ByteView data) {
  struct Ctx {
    EVP_MD_CTX* p = EVP_MD_CTX_new();
    ~Ctx() { EVP_MD_CTX_free(p); }
  };
  thread_local Ctx ctx;
  std::array<uint8_t, N> out{};
  unsigned int len = 0;
  if (ctx.p == nullptr || EVP_DigestInit_ex2(ctx.p, md, nullptr) != 1 ||
      EVP_DigestUpdate(ctx.p, data.data(), data.size()) != 1 || EVP_DigestFinal_ex(ctx.p, out.data(), &len) != 1 ||
      len != N) {
    std::abort();
  }
  return out;
}

const EVP_MD* Sha256Md() {
  static const EVP_MD* md = FetchOnce("SHA256");
  return md;
}
const EVP_MD* Sha512Md() {
  static const EVP_MD* md = FetchOnce("SHA512");
  return md;
}
const EVP_MD* Sha512_256Md() {
  static const EVP_MD* md = FetchOnce("SHA512-256");
  return md;
}
const EVP_MD* Ripemd160Md() {
  static const EVP_MD* md = FetchOnce("RIPEMD160");
  return md;
}

}  // namespace

Hash256 Sha256(util::ByteView data) { return Digest<32>(Sha256Md(), data); }

Hash256 DoubleSha256(util::ByteView data) {
  Hash256 first = Sha256(data);
  return Sha256(first);
}

Hash512 Sha512(util::ByteView data) { return Digest<64>(Sha512Md(), data); }

Hash256 Sha512_256(util::ByteView data) { return Digest<32>(Sha512_256Md(), data); }

Hash160 Ripemd160(util::ByteView data) { return Digest<20>(Ripemd160Md(), data); }

Hash160 Hash160Of(util::ByteView data) {
  Hash256 sha = Sha256(data);
  return Ripemd160(sha);
}

Hash512 HmacSha512(util::ByteView key, util::ByteView data) {
  Hash512 out;
  unsigned int len = 0;
  if (HMAC(EVP_sha512(), key.data(), static_cast<int>(key.size()), data.data(), data.size(), out.data(), &len) ==
          nullptr ||
      len != out.size()) {
    std::abort();
  }
  return out;
}

void Pbkdf2HmacSha512(util::ByteView password, util::ByteView salt, uint32_t iterations, std::span<uint8_t> out) {
  if (PKCS5_PBKDF2_HMAC(reinterpret_cast<const char*>(password.data()), static_cast<int>(password.size()), salt.data(),
                        static_cast<int>(salt.size()), static_cast<int>(iterations), EVP_sha512(),
                        static_cast<int>(out.size()), out.data()) != 1) {
    std::abort();
  }
}

}  // namespace stacks::crypto
