// Expected JSON below was printed by the real `stx` (@stacks/cli 6.11.3) for the same arguments; the interop test
// (tests/interop/keychain.js) repeats the comparison on random inputs.
#include "cli/keys.h"

#include <gtest/gtest.h>

namespace stacks::cli {
namespace {

constexpr const char* kAbandonAbout =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

TEST(KeysTest, MakeKeychainTestnetMatchesStx) {
  auto r = MakeKeychain(/*testnet=*/true, kAbandonAbout, std::nullopt);
  ASSERT_TRUE(r) << r.error().ToString();
  EXPECT_EQ(
      r->dump(),
      R"({"mnemonic":"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",)"
      R"("keyInfo":{"privateKey":"47382d0211f3bbb11812b5e60b696a93d7ad0a91cdeb2162f7d69d4adef48b5d01",)"
      R"("publicKey":"03d5d038bce81b3965314dba54f636f093c7dbdd6617cded013a53474fbccb100c",)"
      R"("address":"STC5KHM41H6WHAST7MWWDD807YSPRQKJ68T330BQ","btcAddress":"mhji4NAbVE722DWUV4qbHiKtY1113FAx5Z",)"
      R"("wif":"cPy9F2rhoQX7Nxx6odEwDbkpNetUDZsWTy87YcuaC43YW2KLeLqQ","index":0}})");
}

TEST(KeysTest, MakeKeychainMainnetCustomPathMatchesStx) {
  auto r = MakeKeychain(/*testnet=*/false, kAbandonAbout, "m/44'/5757'/0'/0/1");
  ASSERT_TRUE(r) << r.error().ToString();
  const Json& k = (*r)["keyInfo"];
  EXPECT_EQ(k["privateKey"], "789db648a1d9d181f1e7d3f05ed0aa939db9c7e5cbe12e35cf6e38547497026a01");
  EXPECT_EQ(k["publicKey"], "03121507b88c654be90c0973965b73f5b25597c393eb95b0a206d4217ee725582a");
  EXPECT_EQ(k["address"], "SP3XHES5990FYDV5BHBZCJRFYFD2Z4X3FMD2N3MGH");
  EXPECT_EQ(k["btcAddress"], "1PtedYCv3RowXe3ZPW4ptj1yR2NegRfm8n");
  EXPECT_EQ(k["wif"], "L1GAyNR6pKWVb6GJFsrrRzrF6ARam1gcV3RyfPXjXdJvYuySxBxX");
}

TEST(KeysTest, MakeKeychainWithoutMnemonicMakesA24WordOne) {
  auto a = MakeKeychain(false, std::nullopt, std::nullopt);
  auto b = MakeKeychain(false, std::nullopt, std::nullopt);
  ASSERT_TRUE(a && b);
  std::string words = (*a)["mnemonic"];
  EXPECT_EQ(std::count(words.begin(), words.end(), ' '), 23);
  EXPECT_NE((*a)["mnemonic"], (*b)["mnemonic"]);
  // The printed mnemonic derives the printed key.
  auto again = MakeKeychain(false, words, std::nullopt);
  ASSERT_TRUE(again);
  EXPECT_EQ((*again)["keyInfo"], (*a)["keyInfo"]);
}

TEST(KeysTest, RejectsBadChecksum) {
  auto r = MakeKeychain(
      false, "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon",
      std::nullopt);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, util::ErrorCode::kInvalidArgument);
  EXPECT_NE(r.error().message.find("checksum"), std::string::npos) << r.error().message;
}

TEST(KeysTest, RejectsUnknownWordNamingIt) {
  auto r = MakeKeychain(
      false, "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon stacks",
      std::nullopt);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, util::ErrorCode::kInvalidArgument);
  EXPECT_NE(r.error().message.find("stacks"), std::string::npos) << r.error().message;
}

TEST(KeysTest, RejectsWrongWordCount) {
  auto r = MakeKeychain(false, "abandon abandon abandon", std::nullopt);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, util::ErrorCode::kInvalidArgument);
}

TEST(KeysTest, RejectsOneWordCiphertext) {
  auto r = MakeKeychain(false, "c2VjcmV0", std::nullopt);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, util::ErrorCode::kInvalidArgument);
  EXPECT_NE(r.error().message.find("encrypted"), std::string::npos);
}

TEST(KeysTest, RejectsBadDerivationPaths) {
  for (const char* path : {"x/1", "m/", "m//1", "m/1''", "m/abc", "m/2147483648", "44'/5757'"}) {
    auto r = MakeKeychain(false, kAbandonAbout, path);
    ASSERT_FALSE(r) << path;
    EXPECT_EQ(r.error().code, util::ErrorCode::kInvalidArgument) << path;
    EXPECT_NE(r.error().message.find("derivation path"), std::string::npos) << r.error().message;
  }
}

TEST(KeysTest, GetAddressUsesKeyCompression) {
  // Private key 1: 64 digits means the uncompressed public key, 66 with 01 the compressed one.
  auto uncompressed = GetAddress(true, "0000000000000000000000000000000000000000000000000000000000000001");
  ASSERT_TRUE(uncompressed);
  EXPECT_EQ(uncompressed->dump(),
            R"({"BTC":"mtoKs9V381UAhUia3d7Vb9GNak8Qvmcsme","STACKS":"ST28V4JZSYMM8ACMP1B38FAXG6M97P798MPGRNKZD"})");
  auto mainnet = GetAddress(false, "9650d3434056c4c84f99cb9db4a9989a87ef2109c3af051fd37a7e004f05445601");
  ASSERT_TRUE(mainnet);
  EXPECT_EQ(mainnet->dump(),
            R"({"BTC":"1zEBvxkxRg7iWNgebQYtXXYMD6WronaJ8","STACKS":"SP5D5E0FP7QFTFBARF4F9GC37ZN0KH0HWTMWG2EK"})");
}

TEST(KeysTest, GetAddressRejectsBadKeys) {
  for (const char* key : {"", "00", "zz50d3434056c4c84f99cb9db4a9989a87ef2109c3af051fd37a7e004f054456",
                          "0000000000000000000000000000000000000000000000000000000000000000",
                          "9650d3434056c4c84f99cb9db4a9989a87ef2109c3af051fd37a7e004f05445602",
                          "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141"}) {
    auto r = GetAddress(false, key);
    ASSERT_FALSE(r) << key;
    EXPECT_EQ(r.error().code, util::ErrorCode::kInvalidArgument) << key;
    EXPECT_NE(r.error().message.find("private key"), std::string::npos);
  }
}

TEST(KeysTest, ConvertAddressFollowsStxQuirks) {
  auto plain = ConvertAddress(false, "SP5D5E0FP7QFTFBARF4F9GC37ZN0KH0HWTMWG2EK");
  ASSERT_TRUE(plain);
  EXPECT_EQ(
      plain->dump(),
      R"({"mainnet":{"STACKS":"SP5D5E0FP7QFTFBARF4F9GC37ZN0KH0HWTMWG2EK","BTC":"1zEBvxkxRg7iWNgebQYtXXYMD6WronaJ8"}})");
  auto base58 = ConvertAddress(true, "1zEBvxkxRg7iWNgebQYtXXYMD6WronaJ8");
  ASSERT_TRUE(base58);
  EXPECT_EQ(
      base58->dump(),
      R"({"mainnet":{"STACKS":"SP5D5E0FP7QFTFBARF4F9GC37ZN0KH0HWTMWG2EK","BTC":"1zEBvxkxRg7iWNgebQYtXXYMD6WronaJ8"},)"
      R"("testnet":{"STACKS":"ST5D5E0FP7QFTFBARF4F9GC37ZN0KH0HWV0HM1DJ","BTC":"mgWBUz3jmT7NVcrJNANviSjsDChDi3T28V"}})");
  // stx with -t turns a mainnet multisig (SM) address into a mainnet single-sig one: a quirk we keep.
  auto multisig = ConvertAddress(true, "SM2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKQVX8X0G");
  ASSERT_TRUE(multisig);
  EXPECT_EQ(
      multisig->dump(),
      R"({"mainnet":{"STACKS":"SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7","BTC":"1FzTxL9Mxnm2fdmnQEArfhzJHevwbvcH6d"},)"
      R"("testnet":{"STACKS":"SN2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKP6D2ZK9","BTC":"2N8EgwcZq89akxb6mCTTKiHLVeXRpxjuy98"}})");
}

TEST(KeysTest, ConvertAddressRejectsBadChecksums) {
  for (const char* addr :
       {"SN2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKP6D2ZMJ", "1zEBvxkxRg7iWNgebQYtXXYMD6WronaJ9", "xyz", "!!!"}) {
    auto r = ConvertAddress(false, addr);
    ASSERT_FALSE(r) << addr;
    EXPECT_EQ(r.error().code, util::ErrorCode::kInvalidArgument) << addr;
  }
}

}  // namespace
}  // namespace stacks::cli
