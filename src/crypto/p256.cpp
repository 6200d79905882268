#include "crypto/p256.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <memory>

#include "crypto/hash.h"

namespace stacks::crypto {
namespace {

struct PkeyFree {
  void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
struct PkeyCtxFree {
  void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
};
struct SigFree {
  void operator()(ECDSA_SIG* p) const { ECDSA_SIG_free(p); }
};
struct BnFree {
  void operator()(BIGNUM* p) const { BN_free(p); }
};

// The key of `public_key` on P-256, or null when it is not a valid point of the curve.
std::unique_ptr<EVP_PKEY, PkeyFree> LoadPublicKey(util::ByteView public_key) {
  if (public_key.size() != 33 && public_key.size() != 65) return nullptr;
  std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
  if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1) return nullptr;
  char group[] = "prime256v1";
  // OSSL_PARAM takes non-const pointers; OpenSSL only reads them here.
  auto* key_bytes = const_cast<uint8_t*>(public_key.data());
  OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, group, 0),
                         OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, key_bytes, public_key.size()),
                         OSSL_PARAM_construct_end()};
  EVP_PKEY* key = nullptr;
  if (EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params) != 1) return nullptr;
  std::unique_ptr<EVP_PKEY, PkeyFree> owned(key);
  // fromdata decodes the point; the public check makes sure it is on the curve and not the point at infinity.
  std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> check(EVP_PKEY_CTX_new_from_pkey(nullptr, owned.get(), nullptr));
  if (!check || EVP_PKEY_public_check(check.get()) != 1) return nullptr;
  return owned;
}

}  // namespace

bool P256VerifyDigest(std::span<const uint8_t, 32> digest, std::span<const uint8_t, 64> signature,
                      util::ByteView public_key) {
  std::unique_ptr<EVP_PKEY, PkeyFree> key = LoadPublicKey(public_key);
  if (!key) return false;
  std::unique_ptr<BIGNUM, BnFree> r(BN_bin2bn(signature.data(), 32, nullptr));
  std::unique_ptr<BIGNUM, BnFree> s(BN_bin2bn(signature.data() + 32, 32, nullptr));
  std::unique_ptr<ECDSA_SIG, SigFree> sig(ECDSA_SIG_new());
  if (!r || !s || !sig || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1) return false;
  r.release();  // owned by sig now
  s.release();
  // DER, as EVP_PKEY_verify takes it; OpenSSL refuses r or s of 0 or >= n.
  unsigned char* der = nullptr;
  int der_length = i2d_ECDSA_SIG(sig.get(), &der);
  if (der_length <= 0) return false;
  std::unique_ptr<unsigned char, void (*)(unsigned char*)> der_owner(der, [](unsigned char* p) { OPENSSL_free(p); });
  std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
  if (!ctx || EVP_PKEY_verify_init(ctx.get()) != 1) return false;
  return EVP_PKEY_verify(ctx.get(), der, static_cast<size_t>(der_length), digest.data(), digest.size()) == 1;
}

bool P256VerifyDoubleHashed(std::span<const uint8_t, 32> message_hash, std::span<const uint8_t, 64> signature,
                            util::ByteView public_key) {
  const Hash256 digest = Sha256(util::ByteView(message_hash.data(), message_hash.size()));
  return P256VerifyDigest(digest, signature, public_key);
}

}  // namespace stacks::crypto
