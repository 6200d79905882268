#include "crypto/secp256k1.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "crypto/hash.h"
#include "crypto/random.h"
#include "util/hex.h"

namespace stacks::crypto {
namespace {

using util::ErrorCode;

util::Bytes Hex(std::string_view text) { return util::FromHex(text).value(); }

template <size_t N>
std::array<uint8_t, N> HexArray(std::string_view text) {
  return util::ToArray<N>(util::FromHexExact(text, N).value());
}

Hash256 HashOf(std::string_view message) { return Sha256(util::AsBytes(message)); }

const std::string ORDER_HEX = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";
const std::string HALF_ORDER_HEX = "7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0";
const std::string G_COMPRESSED = "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798";
const std::string G_UNCOMPRESSED =
    "04"
    "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
    "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8";
const std::string TWO_G_COMPRESSED = "02c6047f9441ed7d6d3045406e95c07cd85c778e4b8cef3ca7abac09b95c709ee5";

// n - s for a 32-byte big-endian s < n: turns a low-S signature into its high-S twin.
std::array<uint8_t, 32> NegateModOrder(std::span<const uint8_t> s) {
  auto n = HexArray<32>(ORDER_HEX);
  std::array<uint8_t, 32> out{};
  int borrow = 0;
  for (int i = 31; i >= 0; --i) {
    int d = n[i] - s[i] - borrow;
    borrow = d < 0;
    out[i] = static_cast<uint8_t>(d + (borrow ? 256 : 0));
  }
  return out;
}

// The same signature with s replaced by n - s and the recovery id's parity flipped: it recovers the same key.
RecoverableSignature HighSTwin(const RecoverableSignature& sig) {
  RecoverableSignature out = sig;
  auto negated = NegateModOrder(std::span(sig).subspan(33, 32));
  std::copy(negated.begin(), negated.end(), out.begin() + 33);
  out[0] ^= 1;
  return out;
}

std::span<const uint8_t, 64> Rs(const RecoverableSignature& sig) {
  return std::span<const uint8_t, 64>(sig.data() + 1, 64);
}

// ---- Private keys ----

TEST(Secp256k1Test, PrivateKeyOf32BytesIsUncompressed) {
  auto key = PrivateKey::FromHex("0000000000000000000000000000000000000000000000000000000000000001");
  ASSERT_TRUE(key) << key.error().ToString();
  EXPECT_FALSE(key->compressed());
  EXPECT_EQ(key->ToHex(), "0000000000000000000000000000000000000000000000000000000000000001");
  EXPECT_EQ(key->GetPublicKey().ToHex(), G_UNCOMPRESSED);
}

TEST(Secp256k1Test, PrivateKeyOf33BytesWithMarkerIsCompressed) {
  auto key = PrivateKey::FromHex("000000000000000000000000000000000000000000000000000000000000000101");
  ASSERT_TRUE(key) << key.error().ToString();
  EXPECT_TRUE(key->compressed());
  EXPECT_EQ(util::ToHex(key->secret()), "0000000000000000000000000000000000000000000000000000000000000001");
  EXPECT_EQ(key->ToBytes(), Hex("000000000000000000000000000000000000000000000000000000000000000101"));
  EXPECT_EQ(key->GetPublicKey().ToHex(), G_COMPRESSED);
}

TEST(Secp256k1Test, StacksCoreSeedKeysRoundTrip) {
  // Keys and public keys from stacks-core's sk_from_seed test.
  auto key = PrivateKey::FromHex("020202020202020202020202020202020202020202020202020202020202020201");
  ASSERT_TRUE(key);
  EXPECT_EQ(key->GetPublicKey().ToHex(), "024d4b6cd1361032ca9bd2aeb9d900aa4d45d9ead80ac9423374c451a7254d0766");
  key = PrivateKey::FromHex("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d01");
  ASSERT_TRUE(key);
  EXPECT_EQ(key->GetPublicKey().ToHex(), "0243311589af63c2adda04fcd7792c038a05c12a4fe40351b3eb1612ff6b2e5a0e");
}

TEST(Secp256k1Test, RejectsPrivateKeyOfWrongLength) {
  for (size_t n : {0, 1, 31, 34, 64, 65}) {
    auto key = PrivateKey::FromBytes(util::Bytes(n, 0x11));
    ASSERT_FALSE(key) << n;
    EXPECT_EQ(key.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(key.error().message.find("32 or 33 bytes, got " + std::to_string(n)), std::string::npos);
  }
}

TEST(Secp256k1Test, RejectsBadCompressionMarker) {
  for (uint8_t marker : {0x00, 0x02, 0x80, 0xff}) {
    util::Bytes bytes(32, 0x11);
    bytes.push_back(marker);
    auto key = PrivateKey::FromBytes(bytes);
    ASSERT_FALSE(key);
    EXPECT_EQ(key.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(key.error().message.find("compression marker"), std::string::npos);
  }
}

TEST(Secp256k1Test, RejectsZeroPrivateKey) {
  for (bool compressed : {false, true}) {
    util::Bytes bytes(32, 0);
    if (compressed) bytes.push_back(0x01);
    auto key = PrivateKey::FromBytes(bytes);
    ASSERT_FALSE(key);
    EXPECT_EQ(key.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(key.error().message, "private key is zero");
  }
}

TEST(Secp256k1Test, RejectsPrivateKeyAtOrAboveOrder) {
  for (std::string hex : {ORDER_HEX, std::string("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364142"),
                          std::string(64, 'f'), ORDER_HEX + "01"}) {
    auto key = PrivateKey::FromHex(hex);
    ASSERT_FALSE(key) << hex;
    EXPECT_EQ(key.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(key.error().message, "private key is not below the curve order");
  }
  // n - 1 is the largest valid key; its public key is -G.
  auto largest = PrivateKey::FromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd036414001");
  ASSERT_TRUE(largest);
  EXPECT_EQ(largest->GetPublicKey().ToHex(), "03" + G_COMPRESSED.substr(2));
}

TEST(Secp256k1Test, RejectsBadPrivateKeyHex) {
  auto key = PrivateKey::FromHex("zz");
  ASSERT_FALSE(key);
  EXPECT_EQ(key.error().code, ErrorCode::kInvalidArgument);
  key = PrivateKey::FromHex("123");
  ASSERT_FALSE(key);
  EXPECT_EQ(key.error().code, ErrorCode::kInvalidArgument);
}

TEST(Secp256k1Test, GeneratedKeysAreValidAndDistinct) {
  std::set<std::string> seen;
  for (int i = 0; i < 16; ++i) {
    PrivateKey key = PrivateKey::Generate();
    EXPECT_TRUE(key.compressed());
    auto again = PrivateKey::FromBytes(key.ToBytes());
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, key);
    seen.insert(util::ToHex(key.secret()));
  }
  EXPECT_EQ(seen.size(), 16u);
  EXPECT_FALSE(PrivateKey::Generate(false).compressed());
}

TEST(Secp256k1Test, PrivateKeyEqualityIncludesCompression) {
  auto a = PrivateKey::FromHex("0000000000000000000000000000000000000000000000000000000000000001");
  auto b = PrivateKey::FromHex("000000000000000000000000000000000000000000000000000000000000000101");
  auto c = PrivateKey::FromHex("0000000000000000000000000000000000000000000000000000000000000002");
  ASSERT_TRUE(a && b && c);
  EXPECT_FALSE(*a == *b);
  EXPECT_FALSE(*a == *c);
  PrivateKey copy = *a;
  EXPECT_TRUE(copy == *a);
}

// ---- Public keys ----

TEST(Secp256k1Test, ParsesAndReserializesPublicKeys) {
  // Fixtures from stacks-core's test_parse_serialize.
  for (std::string hex :
       {std::string("0233d78f74de8ef4a1de815b6d5c5c129c073786305c0826c499b1811c9a12cee5"),
        std::string("044a83ad59dbae1e2335f488dbba5f8604d00f612a43ebaae784b5b7124cc38c3aaf509362787e1a8e"
                    "25131724d57fec81b87889aabb4edf7bd89f5c4daa4f8aa7"),
        G_COMPRESSED, G_UNCOMPRESSED}) {
    auto key = PublicKey::FromHex(hex);
    ASSERT_TRUE(key) << hex << ": " << key.error().ToString();
    EXPECT_EQ(key->ToHex(), hex);
    EXPECT_EQ(key->compressed(), hex.size() == 66);
  }
  auto g = PublicKey::FromHex(G_COMPRESSED);
  ASSERT_TRUE(g);
  EXPECT_EQ(util::ToHex(g->SerializeUncompressed()), G_UNCOMPRESSED);
  EXPECT_EQ(util::ToHex(g->WithCompressed(false).Serialize()), G_UNCOMPRESSED);
  EXPECT_EQ(util::ToHex(g->WithCompressed(false).SerializeCompressed()), G_COMPRESSED);
}

TEST(Secp256k1Test, PublicKeyEqualityIncludesCompression) {
  auto a = PublicKey::FromHex(G_COMPRESSED);
  auto b = PublicKey::FromHex(G_UNCOMPRESSED);
  ASSERT_TRUE(a && b);
  EXPECT_NE(*a, *b);
  EXPECT_EQ(*a, b->WithCompressed(true));
  EXPECT_NE(*a, *PublicKey::FromHex(TWO_G_COMPRESSED));
}

TEST(Secp256k1Test, RejectsPublicKeyOfWrongLength) {
  // stacks-core's truncated fixtures, and other lengths.
  for (std::string hex :
       {std::string("0233d78f74de8ef4a1de815b6d5c5c129c073786305c0826c499b1811c9a12ce"),
        std::string("044a83ad59dbae1e2335f488dbba5f8604d00f612a43ebaae784b5b7124cc38c3aaf509362787e1a8e"
                    "25131724d57fec81b87889aabb4edf7bd89f5c4daa4f8a"),
        std::string(""), std::string("02"), G_COMPRESSED + "00"}) {
    auto key = PublicKey::FromHex(hex);
    ASSERT_FALSE(key) << hex;
    EXPECT_EQ(key.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(key.error().message.find("33 or 65 bytes"), std::string::npos);
  }
}

TEST(Secp256k1Test, RejectsPublicKeyWithBadPrefix) {
  for (std::string hex : {"04" + G_COMPRESSED.substr(2), "00" + G_COMPRESSED.substr(2), "02" + G_UNCOMPRESSED.substr(2),
                          "06" + G_UNCOMPRESSED.substr(2), "07" + G_UNCOMPRESSED.substr(2)}) {
    auto key = PublicKey::FromHex(hex);
    ASSERT_FALSE(key) << hex;
    EXPECT_EQ(key.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(key.error().message.find("must start with"), std::string::npos);
  }
}

TEST(Secp256k1Test, RejectsPointsNotOnCurve) {
  // x = 7 has no y on secp256k1 (BIP32 test vector 5's invalid public key); x = p is not a field element; and G with
  // its last y byte changed.
  std::string bad_y = G_UNCOMPRESSED;
  bad_y.back() = '9';
  for (std::string hex : {std::string("020000000000000000000000000000000000000000000000000000000000000007"),
                          std::string("02fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f"), bad_y}) {
    auto key = PublicKey::FromHex(hex);
    ASSERT_FALSE(key) << hex;
    EXPECT_EQ(key.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(key.error().message, "public key is not a point on secp256k1");
  }
}

// ---- Tweaks ----

TEST(Secp256k1Test, TweakAddMatchesOnPrivateAndPublicSide) {
  auto one = PrivateKey::FromHex("000000000000000000000000000000000000000000000000000000000000000101");
  ASSERT_TRUE(one);
  auto tweak = HexArray<32>("0000000000000000000000000000000000000000000000000000000000000001");
  auto two = one->TweakAdd(tweak);
  ASSERT_TRUE(two);
  EXPECT_TRUE(two->compressed());
  EXPECT_EQ(two->GetPublicKey().ToHex(), TWO_G_COMPRESSED);
  auto two_g = one->GetPublicKey().TweakAdd(tweak);
  ASSERT_TRUE(two_g);
  EXPECT_EQ(two_g->ToHex(), TWO_G_COMPRESSED);

  for (int i = 0; i < 8; ++i) {
    PrivateKey key = PrivateKey::Generate(i % 2 == 0);
    std::array<uint8_t, 32> t;
    GetRandomBytes(t);
    t[0] &= 0x7f;  // below n
    auto k2 = key.TweakAdd(t);
    auto p2 = key.GetPublicKey().TweakAdd(t);
    ASSERT_TRUE(k2 && p2);
    EXPECT_EQ(k2->GetPublicKey(), *p2);
  }
}

TEST(Secp256k1Test, TweakAddRejectsOverflowingTweak) {
  auto one = PrivateKey::FromHex("000000000000000000000000000000000000000000000000000000000000000101");
  ASSERT_TRUE(one);
  auto n = HexArray<32>(ORDER_HEX);
  auto priv = one->TweakAdd(n);
  ASSERT_FALSE(priv);
  EXPECT_EQ(priv.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(priv.error().message, "tweak is not below the curve order");
  auto pub = one->GetPublicKey().TweakAdd(n);
  ASSERT_FALSE(pub);
  EXPECT_EQ(pub.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(pub.error().message, "tweak is not below the curve order");
}

TEST(Secp256k1Test, TweakAddRejectsZeroResult) {
  auto one = PrivateKey::FromHex("000000000000000000000000000000000000000000000000000000000000000101");
  ASSERT_TRUE(one);
  auto n_minus_one = HexArray<32>("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140");
  auto priv = one->TweakAdd(n_minus_one);
  ASSERT_FALSE(priv);
  EXPECT_EQ(priv.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(priv.error().message, "tweaked private key is zero");
  auto pub = one->GetPublicKey().TweakAdd(n_minus_one);
  ASSERT_FALSE(pub);
  EXPECT_EQ(pub.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(pub.error().message, "tweaked public key is the point at infinity");
}

// ---- Signatures ----

struct SignVector {
  const char* key;
  const char* message;
  const char* rs;
  uint8_t recovery_id;
  const char* public_key;
};

// Widely published RFC 6979 secp256k1 vectors (SHA-256 of the message, low S), with recovery ids. Each was
// cross-checked against an independent implementation (noble-secp256k1).
const SignVector SIGN_VECTORS[] = {
    {"0000000000000000000000000000000000000000000000000000000000000001", "Satoshi Nakamoto",
     "934b1ea10a4b3c1757e2b0c017d0b6143ce3c9a7e6a4a49860d7a6ab210ee3d8"
     "2442ce9d2b916064108014783e923ec36b49743e2ffa1c4496f01a512aafd9e5",
     1, "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"},
    {"0000000000000000000000000000000000000000000000000000000000000001",
     "All those moments will be lost in time, like tears in rain. Time to die...",
     "8600dbd41e348fe5c9465ab92d23e3db8b98b873beecd930736488696438cb6b"
     "547fe64427496db33bf66019dacbf0039c04199abb0122918601db38a72cfc21",
     0, "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"},
    {"fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140", "Satoshi Nakamoto",
     "fd567d121db66e382991534ada77a6bd3106f0a1098c231e47993447cd6af2d0"
     "6b39cd0eb1bc8603e159ef5c20a5c8ad685a45b06ce9bebed3f153d10d93bed5",
     0, "0379be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"},
    {"f8b8af8ce3c7cca5e300d33939540c10d45ce001b8f252bfbc57ba0342904181", "Alan Turing",
     "7063ae83e7f62bbb171798131b4a0564b956930092b33b07b395615d9ec7e15c"
     "58dfcc1e00a35e1572f366ffe34ba0fc47db1e7189759b9fb233c5b05ab388ea",
     0, "0292df7b245b81aa637ab4e867c8d511008f79161a97d64f2ac709600352f7acbc"},
    {"e91671c46231f833a6406ccbea0e3e392c76c167bac1cb013f6f1013980455c2",
     "There is a computer disease that anybody who works with computers knows about. It's a nasty disease, "
     "and it's the only disease you can have where the cure makes the disease easier. "
     "It's called 'programmer's disease.'",
     "35661a9d38a3b57983ecc4c50f3c1a00737df0b660d526db403a050b8e41fa7c"
     "5e70504b4138a17c900d1eb2794abcbc2a6efcc095a80be14ce728a42f343b0f",
     0, "03567b7512001f3cc4dcb8b8096c046fff571ab07adb2126cd42908f2ff1ca424a"},
};

TEST(Secp256k1Test, Rfc6979Vectors) {
  for (const auto& v : SIGN_VECTORS) {
    SCOPED_TRACE(v.message);
    auto key = PrivateKey::FromHex(std::string(v.key) + "01");
    ASSERT_TRUE(key);
    Hash256 hash = HashOf(v.message);
    RecoverableSignature sig = SignRecoverable(*key, hash);
    EXPECT_EQ(sig[0], v.recovery_id);
    EXPECT_EQ(util::ToHex(Rs(sig)), v.rs);
    EXPECT_EQ(SignRecoverable(*key, hash), sig);  // deterministic

    auto recovered = RecoverPublicKey(hash, sig);
    ASSERT_TRUE(recovered) << recovered.error().ToString();
    EXPECT_EQ(recovered->ToHex(), v.public_key);
    EXPECT_TRUE(Verify(*recovered, hash, Rs(sig)));
  }
}

TEST(Secp256k1Test, StacksCoreVerifyFixture) {
  // From stacks-core's test_verify: a VRS signature over SHA-256("hello world").
  auto key = PublicKey::FromHex("0385f2e2867524289d6047d0d9c5e764c5d413729fc32291ad2c353fbc396a4219");
  ASSERT_TRUE(key);
  auto sig = HexArray<65>(
      "00354445a1dc98a1bd27984dbe69979a5cd77886b4d9134af5c40e634d96e1cb"
      "445b97de5b632582d31704f86706a780886e6e381bfed65228267358262d203fe6");
  Hash256 hash = HashOf("hello world");
  ASSERT_EQ(util::ToHex(hash), "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9");
  auto recovered = RecoverPublicKey(hash, sig);
  ASSERT_TRUE(recovered);
  EXPECT_EQ(*recovered, *key);
  EXPECT_TRUE(Verify(*key, hash, Rs(sig)));

  // Another message, or recovery id 1, recovers some other key.
  auto other = RecoverPublicKey(HashOf("nope"), sig);
  ASSERT_TRUE(other);
  EXPECT_NE(*other, *key);
  EXPECT_FALSE(Verify(*key, HashOf("nope"), Rs(sig)));
  sig[0] = 1;
  other = RecoverPublicKey(hash, sig);
  ASSERT_TRUE(other);
  EXPECT_NE(*other, *key);
  // Recovery ids 2 and 3 mean r + n, which exceeds the field here: nothing is recoverable.
  for (uint8_t id : {2, 3}) {
    sig[0] = id;
    auto none = RecoverPublicKey(hash, sig);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(none.error().message, "no public key is recoverable from the signature");
  }
}

TEST(Secp256k1Test, SignRecoverRoundTrip) {
  for (int i = 0; i < 32; ++i) {
    bool compressed = i % 2 == 0;
    PrivateKey key = PrivateKey::Generate(compressed);
    Hash256 hash;
    GetRandomBytes(hash);
    RecoverableSignature sig = SignRecoverable(key, hash);
    EXPECT_LE(sig[0], 1);
    EXPECT_TRUE(IsLowS(Rs(sig)));
    auto recovered = RecoverPublicKey(hash, sig, compressed);
    ASSERT_TRUE(recovered);
    EXPECT_EQ(*recovered, key.GetPublicKey());
    EXPECT_EQ(recovered->compressed(), compressed);
    EXPECT_TRUE(Verify(key.GetPublicKey(), hash, Rs(sig)));
  }
}

TEST(Secp256k1Test, RecoverRejectsRecoveryIdAbove3) {
  auto key = PrivateKey::FromHex("000000000000000000000000000000000000000000000000000000000000000101");
  ASSERT_TRUE(key);
  Hash256 hash = HashOf("Satoshi Nakamoto");
  RecoverableSignature sig = SignRecoverable(*key, hash);
  for (uint8_t id : {4, 27, 31, 255}) {
    sig[0] = id;
    for (auto recovered : {RecoverPublicKey(hash, sig), RecoverPublicKeyAllowHighS(hash, sig)}) {
      ASSERT_FALSE(recovered);
      EXPECT_EQ(recovered.error().code, ErrorCode::kInvalidArgument);
      EXPECT_EQ(recovered.error().message, "recovery id " + std::to_string(id) + " is not 0-3");
    }
  }
}

TEST(Secp256k1Test, RecoverRejectsROrSNotBelowOrder) {
  auto key = PrivateKey::FromHex("000000000000000000000000000000000000000000000000000000000000000101");
  ASSERT_TRUE(key);
  Hash256 hash = HashOf("Satoshi Nakamoto");
  const RecoverableSignature good = SignRecoverable(*key, hash);
  auto n = HexArray<32>(ORDER_HEX);
  for (size_t offset : {1, 33}) {
    for (auto value : {n, HexArray<32>(std::string(64, 'f'))}) {
      RecoverableSignature sig = good;
      std::copy(value.begin(), value.end(), sig.begin() + static_cast<std::ptrdiff_t>(offset));
      for (auto recovered : {RecoverPublicKey(hash, sig), RecoverPublicKeyAllowHighS(hash, sig)}) {
        ASSERT_FALSE(recovered);
        EXPECT_EQ(recovered.error().code, ErrorCode::kInvalidArgument);
        EXPECT_EQ(recovered.error().message, "signature r or s is not below the curve order");
      }
      EXPECT_FALSE(Verify(key->GetPublicKey(), hash, Rs(sig)));
    }
  }
}

TEST(Secp256k1Test, RecoverRejectsZeroROrS) {
  auto key = PrivateKey::FromHex("000000000000000000000000000000000000000000000000000000000000000101");
  ASSERT_TRUE(key);
  Hash256 hash = HashOf("Satoshi Nakamoto");
  const RecoverableSignature good = SignRecoverable(*key, hash);
  for (size_t offset : {1, 33}) {
    RecoverableSignature sig = good;
    std::fill_n(sig.begin() + static_cast<std::ptrdiff_t>(offset), 32, 0);
    auto recovered = RecoverPublicKey(hash, sig);
    ASSERT_FALSE(recovered);
    EXPECT_EQ(recovered.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(recovered.error().message, "no public key is recoverable from the signature");
    EXPECT_FALSE(Verify(key->GetPublicKey(), hash, Rs(sig)));
  }
}

TEST(Secp256k1Test, RecoverRejectsHighS) {
  for (const auto& v : SIGN_VECTORS) {
    auto key = PrivateKey::FromHex(v.key);
    ASSERT_TRUE(key);
    Hash256 hash = HashOf(v.message);
    RecoverableSignature low = SignRecoverable(*key, hash);
    RecoverableSignature high = HighSTwin(low);
    EXPECT_FALSE(IsLowS(Rs(high)));

    auto refused = RecoverPublicKey(hash, high);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(refused.error().message, "signature has high S (s > n/2)");
    EXPECT_FALSE(Verify(key->GetPublicKey(), hash, Rs(high)));

    // The high-S twin is a valid ECDSA signature of the same key, which the permissive recovery finds.
    auto allowed = RecoverPublicKeyAllowHighS(hash, high, /*compressed=*/false);
    ASSERT_TRUE(allowed) << allowed.error().ToString();
    EXPECT_EQ(*allowed, key->GetPublicKey());
  }
}

TEST(Secp256k1Test, LowSBoundaryIsHalfOrder) {
  std::array<uint8_t, 64> rs{};
  rs[31] = 1;
  auto half = HexArray<32>(HALF_ORDER_HEX);
  std::copy(half.begin(), half.end(), rs.begin() + 32);
  EXPECT_TRUE(IsLowS(rs));
  rs[63] += 1;
  EXPECT_FALSE(IsLowS(rs));
}

TEST(Secp256k1Test, VerifyRejectsWrongKeyOrMessage) {
  auto key = PrivateKey::FromHex("f8b8af8ce3c7cca5e300d33939540c10d45ce001b8f252bfbc57ba0342904181");
  ASSERT_TRUE(key);
  Hash256 hash = HashOf("Alan Turing");
  RecoverableSignature sig = SignRecoverable(*key, hash);
  EXPECT_TRUE(Verify(key->GetPublicKey(), hash, Rs(sig)));
  EXPECT_TRUE(Verify(key->GetPublicKey().WithCompressed(true), hash, Rs(sig)));
  EXPECT_FALSE(Verify(PrivateKey::Generate().GetPublicKey(), hash, Rs(sig)));
  EXPECT_FALSE(Verify(key->GetPublicKey(), HashOf("Alan Turing."), Rs(sig)));
  sig[64] ^= 1;
  EXPECT_FALSE(Verify(key->GetPublicKey(), hash, Rs(sig)));
}

TEST(Secp256k1Test, RsvAndVrsReorderBytes) {
  RecoverableSignature vrs;
  for (size_t i = 0; i < vrs.size(); ++i) vrs[i] = static_cast<uint8_t>(i);
  RsvSignature rsv = VrsToRsv(vrs);
  EXPECT_EQ(rsv[64], 0);
  EXPECT_EQ(rsv[0], 1);
  EXPECT_EQ(rsv[63], 64);
  EXPECT_EQ(RsvToVrs(rsv), vrs);

  // A signature in Clarity's RSV order (key 1 over SHA-256("Satoshi Nakamoto")) recovers after reordering.
  auto clarity_rsv = HexArray<65>(std::string(SIGN_VECTORS[0].rs) + "01");
  auto recovered = RecoverPublicKey(HashOf("Satoshi Nakamoto"), RsvToVrs(clarity_rsv));
  ASSERT_TRUE(recovered);
  EXPECT_EQ(recovered->ToHex(), G_COMPRESSED);
}

}  // namespace
}  // namespace stacks::crypto
