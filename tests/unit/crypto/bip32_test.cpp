#include "crypto/bip32.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "crypto/bip39.h"
#include "test_util.h"
#include "util/hex.h"

namespace stacks::crypto {
namespace {

using util::ErrorCode;

constexpr uint32_t H = BIP32_HARDENED;

class Bip32Test : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { s_vectors = testing::LoadTestData("bip32_vectors.json").at("vectors"); }
  static nlohmann::json s_vectors;
};
nlohmann::json Bip32Test::s_vectors;

ExtendedPrivateKey MasterOf(const std::string& seed_hex) {
  auto master = ExtendedPrivateKey::FromSeed(util::FromHex(seed_hex).value());
  EXPECT_TRUE(master) << master.error().ToString();
  return *master;
}

TEST_F(Bip32Test, OfficialVectorsByPath) {
  ASSERT_EQ(s_vectors.size(), 4u);
  for (const auto& vector : s_vectors) {
    ExtendedPrivateKey master = MasterOf(vector.at("seed"));
    for (const auto& chain : vector.at("chains")) {
      std::string path = chain.at("path");
      SCOPED_TRACE("vector " + std::to_string(vector.at("vector").get<int>()) + " " + path);
      auto key = master.DerivePath(path);
      ASSERT_TRUE(key) << key.error().ToString();
      EXPECT_EQ(util::ToHex(key->SerializeXprv()), chain.at("xprv").get<std::string>());
      EXPECT_EQ(util::ToHex(key->SerializeXpub()), chain.at("xpub").get<std::string>());
    }
  }
}

TEST_F(Bip32Test, OfficialVectorsStepByStep) {
  // Each chain extends the previous one by one index: derive it from its parent with DeriveChild, and for normal
  // indices also from the parent's extended public key (CKDpub).
  for (const auto& vector : s_vectors) {
    const auto& chains = vector.at("chains");
    ExtendedPrivateKey parent = MasterOf(vector.at("seed"));
    for (size_t i = 1; i < chains.size(); ++i) {
      std::string path = chains[i].at("path");
      SCOPED_TRACE(path);
      auto indices = ParseDerivationPath(path);
      ASSERT_TRUE(indices);
      ASSERT_EQ(indices->size(), i);
      uint32_t index = indices->back();

      auto child = parent.DeriveChild(index);
      ASSERT_TRUE(child);
      EXPECT_EQ(child->depth, i);
      EXPECT_EQ(child->child_number, index);
      EXPECT_EQ(child->parent_fingerprint, parent.Fingerprint());
      EXPECT_EQ(util::ToHex(child->SerializeXprv()), chains[i].at("xprv").get<std::string>());

      auto public_child = parent.GetExtendedPublicKey().DeriveChild(index);
      if (index >= H) {
        ASSERT_FALSE(public_child);
        EXPECT_EQ(public_child.error().code, ErrorCode::kInvalidArgument);
      } else {
        ASSERT_TRUE(public_child) << public_child.error().ToString();
        EXPECT_EQ(util::ToHex(public_child->Serialize()), chains[i].at("xpub").get<std::string>());
      }
      parent = *child;
    }
  }
}

TEST_F(Bip32Test, MasterFingerprintAndTestnetVersions) {
  ExtendedPrivateKey master = MasterOf("000102030405060708090a0b0c0d0e0f");
  EXPECT_EQ(master.Fingerprint(), 0x3442193eu);  // the parent fingerprint in vector 1's m/0H
  EXPECT_EQ(master.GetExtendedPublicKey().Fingerprint(), 0x3442193eu);
  util::Bytes tprv = master.SerializeXprv(TPRV_TESTNET_VERSION);
  ASSERT_EQ(tprv.size(), BIP32_PAYLOAD_SIZE);
  EXPECT_EQ(util::ToHex(util::ByteView(tprv).first(4)), "04358394");
  util::Bytes tpub = master.SerializeXpub(TPUB_TESTNET_VERSION);
  ASSERT_EQ(tpub.size(), BIP32_PAYLOAD_SIZE);
  EXPECT_EQ(util::ToHex(util::ByteView(tpub).first(4)), "043587cf");
  EXPECT_TRUE(master.GetPrivateKey().compressed());
}

struct KeychainVector {
  const char* mnemonic;
  const char* private_key;
  const char* public_key;
};

TEST_F(Bip32Test, StacksKeychainVectors) {
  // The account key that the Stacks CLI's `stx make_keychain "<mnemonic>"` prints (BIP39 seed with no passphrase,
  // then m/44'/5757'/0'/0/0), including the trailing 01 compression marker.
  const KeychainVector vectors[] = {
      {"much youth advance kitchen lens exile salt cram goose enter alert raise milk muscle profit cousin system faint "
       "mouse price reveal cause series long",
       "5edd018a0c3ce0ca220da022f82a985f9db372a1d8ac595364a2078cd869680601",
       "02e040380a5a2fa006f651e345d2c28e2b25a84112040c0691aee372a9e33476b9"},
      {"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
       "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon art",
       "2f9f6a682e218463526a145535b6e3c8d2a12885fb658fbb318bc8fc0c8d400501",
       "024a12f3941975f1a176daf4f5ae187e545efb95e4e568779ddef0acf61343646b"},
  };
  for (const auto& v : vectors) {
    SCOPED_TRACE(v.mnemonic);
    ASSERT_TRUE(ValidateMnemonic(v.mnemonic));
    auto seed = MnemonicToSeed(v.mnemonic);
    ASSERT_TRUE(seed);
    auto master = ExtendedPrivateKey::FromSeed(*seed);
    ASSERT_TRUE(master);
    auto account = master->DerivePath("m/44'/5757'/0'/0/0");
    ASSERT_TRUE(account);
    EXPECT_EQ(account->GetPrivateKey().ToHex(), v.private_key);
    EXPECT_EQ(account->GetPrivateKey().GetPublicKey().ToHex(), v.public_key);
  }
}

TEST_F(Bip32Test, ParsesPaths) {
  auto root = ParseDerivationPath("m");
  ASSERT_TRUE(root);
  EXPECT_TRUE(root->empty());
  std::vector<uint32_t> stacks = {44 | H, 5757 | H, 0 | H, 0, 0};
  for (std::string path : {"m/44'/5757'/0'/0/0", "m/44h/5757h/0h/0/0", "m/44H/5757'/0h/0/0"}) {
    auto indices = ParseDerivationPath(path);
    ASSERT_TRUE(indices) << path;
    EXPECT_EQ(*indices, stacks);
  }
  auto edges = ParseDerivationPath("m/2147483647/2147483647'/0'/007");
  ASSERT_TRUE(edges);
  EXPECT_EQ(*edges, (std::vector<uint32_t>{0x7fffffff, 0xffffffff, H, 7}));
}

TEST_F(Bip32Test, RejectsBadPaths) {
  struct Case {
    std::string path;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"", "derivation path must start with \"m\", got \"\""},
      {"M/0", "derivation path must start with \"m\", got \"M\""},
      {"/0", "derivation path must start with \"m\", got \"\""},
      {"0/1", "derivation path must start with \"m\", got \"0\""},
      {"m0", "derivation path must start with \"m\", got \"m0\""},
      {"mm/0", "derivation path must start with \"m\", got \"mm\""},
      {"m/", "derivation path component 1 is empty (trailing slash)"},
      {"m/0/", "derivation path component 2 is empty (trailing slash)"},
      {"m//0", "derivation path component 1 is empty"},
      {"m/'", "derivation path component 1 \"'\" has no index"},
      {"m/0/h", "derivation path component 2 \"h\" has no index"},
      {"m/a", "derivation path component 1 \"a\" is not a decimal index with an optional ', h or H"},
      {"m/1x", "derivation path component 1 \"1x\" is not a decimal index with an optional ', h or H"},
      {"m/0''", "derivation path component 1 \"0''\" is not a decimal index with an optional ', h or H"},
      {"m/'0", "derivation path component 1 \"'0\" is not a decimal index with an optional ', h or H"},
      {"m/-1", "derivation path component 1 \"-1\" is not a decimal index with an optional ', h or H"},
      {"m/+1", "derivation path component 1 \"+1\" is not a decimal index with an optional ', h or H"},
      {"m/ 1", "derivation path component 1 \" 1\" is not a decimal index with an optional ', h or H"},
      {"m/1 ", "derivation path component 1 \"1 \" is not a decimal index with an optional ', h or H"},
      {"m/0/1\n", "derivation path component 2 \"1?\" is not a decimal index with an optional ', h or H"},
      {"m/2147483648", "derivation path component 1 \"2147483648\" is not below 2^31"},
      {"m/0/2147483648'", "derivation path component 2 \"2147483648'\" is not below 2^31"},
      {"m/99999999999999999999", "derivation path component 1 \"99999999999999999999\" is not below 2^31"},
  };
  for (const Case& c : cases) {
    auto indices = ParseDerivationPath(c.path);
    ASSERT_FALSE(indices) << c.path;
    EXPECT_EQ(indices.error().code, ErrorCode::kInvalidArgument) << c.path;
    EXPECT_EQ(indices.error().message, c.message) << c.path;
    auto key = MasterOf("000102030405060708090a0b0c0d0e0f").DerivePath(c.path);
    ASSERT_FALSE(key);
    EXPECT_EQ(key.error(), indices.error());
  }
}

TEST_F(Bip32Test, RejectsPathsDeeperThan255) {
  std::string path = "m";
  for (int i = 0; i < 255; ++i) path += "/0";
  auto ok = ParseDerivationPath(path);
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->size(), 255u);
  auto too_deep = ParseDerivationPath(path + "/0");
  ASSERT_FALSE(too_deep);
  EXPECT_EQ(too_deep.error().code, ErrorCode::kResourceExhausted);

  // From a key at depth 250, five more levels are fine and six are not.
  ExtendedPrivateKey deep = MasterOf("000102030405060708090a0b0c0d0e0f");
  deep.depth = 250;
  auto five = deep.DerivePath("m/1/2/3/4/5");
  ASSERT_TRUE(five);
  EXPECT_EQ(five->depth, 255);
  auto six = deep.DerivePath("m/1/2/3/4/5/6");
  ASSERT_FALSE(six);
  EXPECT_EQ(six.error().code, ErrorCode::kResourceExhausted);

  auto child = five->DeriveChild(0);
  ASSERT_FALSE(child);
  EXPECT_EQ(child.error().code, ErrorCode::kResourceExhausted);
  auto public_child = five->GetExtendedPublicKey().DeriveChild(0);
  ASSERT_FALSE(public_child);
  EXPECT_EQ(public_child.error().code, ErrorCode::kResourceExhausted);
}

TEST_F(Bip32Test, FromSeedRejectsBadLength) {
  for (size_t n : {0, 1, 15, 65, 128}) {
    auto master = ExtendedPrivateKey::FromSeed(util::Bytes(n, 0x5a));
    ASSERT_FALSE(master) << n;
    EXPECT_EQ(master.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(master.error().message, "BIP32 seed must be 16 to 64 bytes, got " + std::to_string(n));
  }
  EXPECT_TRUE(ExtendedPrivateKey::FromSeed(util::Bytes(16, 0x5a)));
  EXPECT_TRUE(ExtendedPrivateKey::FromSeed(util::Bytes(64, 0x5a)));
}

TEST_F(Bip32Test, PublicDerivationRejectsHardenedIndex) {
  ExtendedPublicKey xpub = MasterOf("000102030405060708090a0b0c0d0e0f").GetExtendedPublicKey();
  for (uint32_t index : {H, H + 1, 0xffffffffu}) {
    auto child = xpub.DeriveChild(index);
    ASSERT_FALSE(child);
    EXPECT_EQ(child.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(child.error().message, "hardened child " + std::to_string(index) + " needs the private key");
  }
}

TEST_F(Bip32Test, PathIsRelativeToTheKey) {
  ExtendedPrivateKey master = MasterOf("000102030405060708090a0b0c0d0e0f");
  auto account = master.DerivePath("m/0'");
  ASSERT_TRUE(account);
  auto same = master.DerivePath("m");
  ASSERT_TRUE(same);
  EXPECT_EQ(same->SerializeXprv(), master.SerializeXprv());
  auto two_steps = account->DerivePath("m/1");
  auto one_step = master.DerivePath("m/0'/1");
  ASSERT_TRUE(two_steps && one_step);
  EXPECT_EQ(two_steps->SerializeXprv(), one_step->SerializeXprv());
}

}  // namespace
}  // namespace stacks::crypto
