#include "crypto/bip39.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "crypto/bip32.h"
#include "crypto/hash.h"
#include "test_util.h"
#include "util/hex.h"

namespace stacks::crypto {
namespace {

using util::ErrorCode;

const std::string ABANDON_ABOUT =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

nlohmann::json LoadJson(const std::string& name) { return testing::LoadTestData(name); }

std::vector<std::string> Split(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

std::string Repeat(const std::string& word, size_t n) { return Join(std::vector<std::string>(n, word)); }

class Bip39Test : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { s_vectors = LoadJson("bip39_vectors.json"); }
  static nlohmann::json s_vectors;
};
nlohmann::json Bip39Test::s_vectors;

TEST_F(Bip39Test, TrezorEnglishVectors) {
  const auto& vectors = s_vectors.at("english");
  ASSERT_EQ(vectors.size(), 24u);
  std::string passphrase = s_vectors.at("passphrase");
  for (const auto& v : vectors) {
    std::string mnemonic = v.at("mnemonic");
    SCOPED_TRACE(mnemonic);
    util::Bytes entropy = util::FromHex(v.at("entropy").get<std::string>()).value();

    auto encoded = EntropyToMnemonic(entropy);
    ASSERT_TRUE(encoded);
    EXPECT_EQ(*encoded, mnemonic);

    auto decoded = MnemonicToEntropy(mnemonic);
    ASSERT_TRUE(decoded) << decoded.error().ToString();
    EXPECT_EQ(*decoded, entropy);
    EXPECT_TRUE(ValidateMnemonic(mnemonic));

    auto seed = MnemonicToSeed(mnemonic, passphrase);
    ASSERT_TRUE(seed);
    EXPECT_EQ(util::ToHex(*seed), v.at("seed").get<std::string>());

    auto master = ExtendedPrivateKey::FromSeed(*seed);
    ASSERT_TRUE(master);
    EXPECT_EQ(util::ToHex(master->SerializeXprv()), v.at("xprv").get<std::string>());
  }
}

TEST_F(Bip39Test, SeedWithEmptyPassphrase) {
  auto seed = MnemonicToSeed(ABANDON_ABOUT);
  ASSERT_TRUE(seed);
  EXPECT_EQ(
      util::ToHex(*seed),
      "5eb00bbddcf069084889a8ab9155568165f5c453ccb85e70811aaed6f6da5fc19a5ac40b389cd370d086206dec8aa6c43daea6690f20ad"
      "3d8d48b2d2ce9e38e4");
}

TEST_F(Bip39Test, WordlistMatchesOfficialEnglishTxt) {
  // Recover word i as the first word of a mnemonic whose entropy starts with the 11 bits of i, then hash the list
  // the way english.txt is laid out.
  std::string file;
  for (unsigned i = 0; i < 2048; ++i) {
    util::Bytes entropy(16, 0);
    entropy[0] = static_cast<uint8_t>(i >> 3);
    entropy[1] = static_cast<uint8_t>((i & 7) << 5);
    auto mnemonic = EntropyToMnemonic(entropy);
    ASSERT_TRUE(mnemonic);
    file += mnemonic->substr(0, mnemonic->find(' ')) + "\n";
  }
  EXPECT_EQ(util::ToHex(Sha256(util::AsBytes(file))),
            "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda");
}

TEST_F(Bip39Test, NormalisesWhitespaceBetweenWords) {
  std::string spaced =
      "  abandon\tabandon  abandon\nabandon\r\nabandon abandon abandon abandon abandon abandon abandon about \n";
  auto entropy = MnemonicToEntropy(spaced);
  ASSERT_TRUE(entropy) << entropy.error().ToString();
  EXPECT_EQ(util::ToHex(*entropy), "00000000000000000000000000000000");
}

TEST_F(Bip39Test, RejectsWrongWordCount) {
  std::vector<std::string> words = Split(ABANDON_ABOUT);
  for (size_t count : {0, 1, 3, 11, 13, 23, 25, 27, 48}) {
    std::vector<std::string> w;
    for (size_t i = 0; i < count; ++i) w.push_back(words[i % words.size()]);
    auto entropy = MnemonicToEntropy(Join(w));
    ASSERT_FALSE(entropy) << count;
    EXPECT_EQ(entropy.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(entropy.error().message,
              "mnemonic has " + std::to_string(count) + " words; expected 12, 15, 18, 21 or 24");
  }
  auto blank = MnemonicToEntropy(" \t\n ");
  ASSERT_FALSE(blank);
  EXPECT_EQ(blank.error().code, ErrorCode::kInvalidArgument);
}

TEST_F(Bip39Test, RejectsUnknownWordNamingIt) {
  struct Case {
    size_t position;  // 1-based
    std::string word;
    std::string quoted;
  };
  for (const Case& c : std::vector<Case>{{5, "abandonn", "\"abandonn\""},
                                         {1, "Abandon", "\"Abandon\""},
                                         {12, "ABOUT", "\"ABOUT\""},
                                         {7, "caf\xc3\xa9", "\"caf??\""},
                                         {3, "aban", "\"aban\""},
                                         {2, std::string(40, 'z'), "\"" + std::string(32, 'z') + "...\""}}) {
    std::vector<std::string> words = Split(ABANDON_ABOUT);
    words[c.position - 1] = c.word;
    auto entropy = MnemonicToEntropy(Join(words));
    ASSERT_FALSE(entropy) << c.word;
    EXPECT_EQ(entropy.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(entropy.error().message,
              "word " + std::to_string(c.position) + " " + c.quoted + " is not in the BIP39 English wordlist");
  }
}

TEST_F(Bip39Test, RejectsBadChecksum) {
  for (std::string mnemonic :
       {std::string("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon"),
        std::string("zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo"),
        std::string("legal winner thank year wave sausage worth useful legal winner thank year"),
        Repeat("abandon", 14) + " about", Repeat("abandon", 23) + " about"}) {
    auto entropy = MnemonicToEntropy(mnemonic);
    ASSERT_FALSE(entropy) << mnemonic;
    EXPECT_EQ(entropy.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(entropy.error().message, "bad mnemonic checksum");
    auto status = ValidateMnemonic(mnemonic);
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().message, "bad mnemonic checksum");
  }
}

TEST_F(Bip39Test, EntropyToMnemonicRejectsBadLength) {
  for (size_t n : {0, 4, 12, 15, 17, 30, 33, 36, 64}) {
    auto mnemonic = EntropyToMnemonic(util::Bytes(n, 0x42));
    ASSERT_FALSE(mnemonic) << n;
    EXPECT_EQ(mnemonic.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(mnemonic.error().message, "BIP39 entropy must be 16, 20, 24, 28 or 32 bytes, got " + std::to_string(n));
  }
}

TEST_F(Bip39Test, GeneratesValidMnemonicsOfEachLength) {
  std::set<std::string> seen;
  for (size_t words : {12, 15, 18, 21, 24}) {
    auto mnemonic = GenerateMnemonic(words);
    ASSERT_TRUE(mnemonic);
    EXPECT_EQ(Split(*mnemonic).size(), words);
    auto entropy = MnemonicToEntropy(*mnemonic);
    ASSERT_TRUE(entropy);
    EXPECT_EQ(entropy->size(), words * 4 / 3);
    seen.insert(*mnemonic);
  }
  auto a = GenerateMnemonic();
  auto b = GenerateMnemonic();
  ASSERT_TRUE(a && b);
  EXPECT_EQ(Split(*a).size(), 24u);
  EXPECT_NE(*a, *b);
}

TEST_F(Bip39Test, GenerateRejectsBadWordCount) {
  for (size_t words : {0, 3, 9, 11, 13, 25, 27, 48}) {
    auto mnemonic = GenerateMnemonic(words);
    ASSERT_FALSE(mnemonic) << words;
    EXPECT_EQ(mnemonic.error().code, ErrorCode::kInvalidArgument);
  }
}

TEST_F(Bip39Test, SeedRefusesNonAsciiInput) {
  auto seed = MnemonicToSeed(ABANDON_ABOUT, "caf\xc3\xa9");
  ASSERT_FALSE(seed);
  EXPECT_EQ(seed.error().code, ErrorCode::kUnimplemented);
  EXPECT_NE(seed.error().message.find("passphrase"), std::string::npos);
  seed = MnemonicToSeed("\xe3\x81\x82 abandon");
  ASSERT_FALSE(seed);
  EXPECT_EQ(seed.error().code, ErrorCode::kUnimplemented);
  EXPECT_NE(seed.error().message.find("mnemonic"), std::string::npos);
}

TEST_F(Bip39Test, SeedHashesTheSentenceAsGiven) {
  // BIP39 hashes the sentence without checking it, so spacing matters and invalid sentences still give seeds.
  auto canonical = MnemonicToSeed(ABANDON_ABOUT);
  auto spaced = MnemonicToSeed(" " + ABANDON_ABOUT);
  auto invalid = MnemonicToSeed("not a mnemonic");
  ASSERT_TRUE(canonical && spaced && invalid);
  EXPECT_NE(*canonical, *spaced);
  auto with_passphrase = MnemonicToSeed(ABANDON_ABOUT, "TREZOR");
  ASSERT_TRUE(with_passphrase);
  EXPECT_NE(*canonical, *with_passphrase);
}

}  // namespace
}  // namespace stacks::crypto
