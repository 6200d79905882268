// Byte-for-byte expectations come from the real `stx -x` (@stacks/cli 6.11.3) for the same arguments; the interop
// test (tests/interop/cli_transactions.js) repeats the comparison on random arguments.
#include "cli/transactions.h"

#include <gtest/gtest.h>

#include "chain/verify.h"
#include "test_util.h"
#include "util/hex.h"

namespace stacks::cli {
namespace {

using stacks::testing::ErrorOf;
using util::ErrorCode;

constexpr const char* kKeyOne = "000000000000000000000000000000000000000000000000000000000000000101";

TEST(TransactionsTest, SendTokensMatchesStx) {
  auto tx =
      SendTokens({/*testnet=*/false, "200", "1", kKeyOne}, "SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7", "100", "");
  ASSERT_TRUE(tx) << tx.error().ToString();
  EXPECT_EQ(
      util::ToHex(chain::SerializeTransaction(*tx)),
      "00000000010400751e76e8199196d454941c45d1b3a323f1433bd6000000000000000100000000000000c80001068334b29ef523f4"
      "456ffc5858d762d1956f938df5899526f488513f48b1401a72cdc1d6345e516fa6704de75c6a42a7391411e26ad9c4acf090a3bd6c"
      "880ec1030200000000000516a46ff88886c2ef9762d970b4d2c63678835bd39d0000000000000064000000000000000000000000000"
      "00000000000000000000000000000000000000000");
  EXPECT_TRUE(chain::VerifyAuth(*tx, chain::AuthVerificationMode::kEnforceLowS));
}

TEST(TransactionsTest, DeployIsVersionedClarity2WithAllowMode) {
  auto tx = DeployContract({/*testnet=*/true, "1000", "0", kKeyOne}, "hello", "(define-public (hello) (ok u1))\n");
  ASSERT_TRUE(tx) << tx.error().ToString();
  EXPECT_EQ(
      util::ToHex(chain::SerializeTransaction(*tx)),
      "80800000000400751e76e8199196d454941c45d1b3a323f1433bd6000000000000000000000000000003e80000aba6b0eddb0a1603ec"
      "6de6c6ba8a4967d47792fcc3eb722e9b993a1e3b56495717be73d0c1a8b475f496b2b94cd63bd1b0af056d4ad956991963a8635bda"
      "7c4503010000000006020568656c6c6f0000002028646566696e652d7075626c6963202868656c6c6f2920286f6b20753129290a");
}

TEST(TransactionsTest, RejectsBadArgumentsNamingThem) {
  const TxCommon ok{false, "1", "0", kKeyOne};
  struct Case {
    util::Result<chain::Transaction> result;
    const char* names;
  };
  std::vector<Case> cases;
  cases.push_back({SendTokens(ok, "SP123", "1", ""), "recipient"});
  cases.push_back({SendTokens(ok, "SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7", "1.5", ""), "amount"});
  cases.push_back({SendTokens(ok, "SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7", "18446744073709551616", ""), "amount"});
  cases.push_back({SendTokens(ok, "SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7", "1", std::string(35, 'm')), "memo"});
  cases.push_back(
      {SendTokens({false, "-1", "0", kKeyOne}, "SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7", "1", ""), "fee"});
  cases.push_back(
      {SendTokens({false, "1", "", kKeyOne}, "SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7", "1", ""), "nonce"});
  cases.push_back(
      {SendTokens({false, "1", "0", "00"}, "SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7", "1", ""), "payment key"});
  cases.push_back({DeployContract(ok, "0bad", "(ok u1)"), "contract name"});
  cases.push_back({DeployContract(ok, "fine", "(ok u\xc3\xa9)"), "source file"});
  cases.push_back(
      {CallContractFunction(ok, "SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7", "c", "f", {"u1", "(list"}), "argument 2"});
  cases.push_back(
      {CallContractFunction(ok, "SP2J6ZY48GV1EZ5V2V5RB9MP66SW86PYKKNRV9EJ7", "c", "no spaces", {}), "function name"});
  for (const auto& c : cases) {
    ASSERT_FALSE(c.result) << c.names;
    EXPECT_EQ(ErrorOf(c.result).code, ErrorCode::kInvalidArgument) << c.names;
    EXPECT_EQ(c.result.error().message.rfind(c.names, 0), 0u) << c.result.error().message;
  }
}

TEST(TransactionsTest, ParsesU64Bounds) {
  EXPECT_EQ(*ParseU64Argument("18446744073709551615", "x"), UINT64_MAX);
  EXPECT_EQ(*ParseU64Argument("0", "x"), 0u);
  for (const char* bad : {"", "+1", " 1", "1 ", "0x10", "-0", "18446744073709551616"}) {
    EXPECT_EQ(ErrorOf(ParseU64Argument(bad, "x")).code, ErrorCode::kInvalidArgument) << bad;
  }
}

}  // namespace
}  // namespace stacks::cli
