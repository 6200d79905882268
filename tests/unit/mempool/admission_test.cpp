#include "mempool/admission.h"

#include <gtest/gtest.h>

#include <string>

#include "chain/payload.h"
#include "chain/verify.h"
#include "crypto/vrf.h"
#include "mempool/mempool_test_util.h"
#include "util/hex.h"

namespace stacks::mempool {
namespace {

using testing::Key;
using testing::KeyAddress;
using testing::KeyAddressText;
using testing::SignedBy;
using testing::SignedTransfer;
using testing::SponsoredTransfer;
using testing::Unsigned;

constexpr uint64_t FEE = 1000;
constexpr uint64_t RICH = 1'000'000'000;

class AdmissionTest : public ::testing::Test {
 protected:
  AdmissionTest() {
    m_context.accounts[KeyAddress(1)] = chainstate::Account{RICH, 0};
    m_context.accounts[KeyAddress(2)] = chainstate::Account{RICH, 0};
  }

  // The reference's 400 body for `tx` under m_context, or "" if admitted.
  std::string Body(const chain::Transaction& tx) const {
    auto rejection = CheckAdmission(tx, m_context);
    return rejection ? RejectionJson(*rejection, tx.txid()).dump() : "";
  }

  static std::string Expected(const chain::Transaction& tx, const std::string& reason,
                              const std::string& reason_data = "") {
    std::string body = R"({"error":"transaction rejected","reason":")" + reason + "\"";
    if (!reason_data.empty()) body += R"(,"reason_data":)" + reason_data;
    return body + R"(,"txid":")" + util::ToHex(tx.txid()) + "\"}";
  }

  AdmissionContext m_context;
};

TEST_F(AdmissionTest, AdmitsAWellFormedTransfer) { EXPECT_EQ(Body(SignedTransfer(1, 0, FEE, KeyAddress(3), 5)), ""); }

TEST_F(AdmissionTest, RejectsMainnetTransactionOnTestnet) {
  chain::MutableTransaction tx = Unsigned(1, 0, FEE, chain::TokenTransferPayload{KeyAddress(3), 5, {}});
  tx.version = chain::TransactionVersion::kMainnet;
  const chain::Transaction signed_tx = SignedBy(tx, 1);
  EXPECT_EQ(Body(signed_tx), Expected(signed_tx, "BadTransactionVersion"));
}

TEST_F(AdmissionTest, RejectsTransferToItsOwnOrigin) {
  const chain::Transaction tx = SignedTransfer(1, 0, FEE, KeyAddress(1), 5);
  EXPECT_EQ(Body(tx),
            Expected(tx, "TransferRecipientCannotEqualSender", R"({"recipient":")" + KeyAddressText(1) + "\"}"));
}

TEST_F(AdmissionTest, RejectsZeroAmountTransfer) {
  const chain::Transaction tx = SignedTransfer(1, 0, FEE, KeyAddress(3), 0);
  EXPECT_EQ(Body(tx), Expected(tx, "TransferAmountMustBePositive"));
}

TEST_F(AdmissionTest, RejectsTransferToAnotherNetworksAddress) {
  codec::StacksAddress mainnet = KeyAddress(3);
  mainnet.version = codec::C32_ADDRESS_VERSION_MAINNET_SINGLESIG;
  const chain::Transaction tx = SignedTransfer(1, 0, FEE, mainnet, 5);
  EXPECT_EQ(Body(tx), Expected(tx, "BadAddressVersionByte"));
}

TEST_F(AdmissionTest, RejectsPoisonMicroblockAsServerFailure) {
  chain::PoisonMicroblockPayload poison;
  poison.header2.sequence = 1;
  chain::MutableTransaction tx = Unsigned(1, 0, FEE, poison);
  tx.anchor_mode = chain::AnchorMode::kOnChainOnly;
  const chain::Transaction signed_tx = SignedBy(tx, 1);
  EXPECT_EQ(Body(signed_tx), Expected(signed_tx, "ServerFailureOther",
                                      R"({"message":"PoisonMicroblock transactions not accepted via mempool"})"));
}

TEST_F(AdmissionTest, RejectsBadSignatureAsSignatureValidation) {
  chain::MutableTransaction tx = SignedTransfer(1, 0, FEE, KeyAddress(3), 5).fields();
  chain::SetFee(tx.auth.origin, FEE + 1);  // The signature no longer covers the fee.
  const chain::Transaction tampered = chain::Transaction::Create(tx).value();
  auto rejection = CheckAdmission(tampered, m_context);
  ASSERT_TRUE(rejection);
  EXPECT_EQ(rejection->reason, "SignatureValidation");
  ASSERT_TRUE(rejection->reason_data);
  const std::string message = (*rejection->reason_data)["message"];
  const std::string prefix = "Signer hash does not equal hash of public key(s): ";
  EXPECT_EQ(message.substr(0, prefix.size()), prefix);
  EXPECT_EQ(message.substr(message.size() - 44), " != " + util::ToHex(chain::SignerOf(tampered.auth().origin)));
}

// n - s for the big-endian s in bytes 33..64 of a VRS signature (n: the secp256k1 group order).
crypto::RecoverableSignature NegateS(crypto::RecoverableSignature signature) {
  static constexpr uint8_t ORDER[32] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                                        0xff, 0xff, 0xff, 0xff, 0xfe, 0xba, 0xae, 0xdc, 0xe6, 0xaf, 0x48,
                                        0xa0, 0x3b, 0xbf, 0xd2, 0x5e, 0x8c, 0xd0, 0x36, 0x41, 0x41};
  int borrow = 0;
  for (int i = 31; i >= 0; --i) {
    const int difference = ORDER[i] - signature[33 + i] - borrow;
    borrow = difference < 0;
    signature[33 + i] = static_cast<uint8_t>(difference + (borrow ? 256 : 0));
  }
  signature[0] ^= 1;  // The other recovery id names the same key.
  return signature;
}

TEST_F(AdmissionTest, RefusesHighSEvenWhereTheEpochAllowsIt) {
  chain::MutableTransaction tx = SignedTransfer(1, 0, FEE, KeyAddress(3), 5).fields();
  auto& single = std::get<chain::SinglesigSpendingCondition>(tx.auth.origin);
  single.signature = NegateS(single.signature);
  const chain::Transaction high_s = chain::Transaction::Create(tx).value();
  ASSERT_TRUE(chain::VerifyAuthInEpoch(high_s, chain::StacksEpochId::k30));
  EXPECT_EQ(Body(high_s), Expected(high_s, "SignatureValidation", R"({"message":"Invalid signature: high-S"})"));
}

TEST_F(AdmissionTest, NamesAnUndecodableSignatureAsTheReferenceDoes) {
  chain::MutableTransaction tx = SponsoredTransfer(1, 0, 2, 0, FEE, KeyAddress(3), 5).fields();
  std::get<chain::SinglesigSpendingCondition>(*tx.auth.sponsor).signature[0] = 7;  // Recovery id above 3.
  const chain::Transaction bad = chain::Transaction::Create(tx).value();
  EXPECT_EQ(Body(bad), Expected(bad, "SignatureValidation",
                                R"({"message":"Invalid signature: failed to decode recoverable signature"})"));
}

TEST_F(AdmissionTest, RejectsWrongChainIdWithTheReferenceMessage) {
  chain::MutableTransaction tx = Unsigned(1, 0, FEE, chain::TokenTransferPayload{KeyAddress(3), 5, {}});
  tx.chain_id = 0x80000001;
  const chain::Transaction signed_tx = SignedBy(tx, 1);
  EXPECT_EQ(Body(signed_tx), Expected(signed_tx, "SignatureValidation",
                                      R"({"message":"Invalid tx )" + util::ToHex(signed_tx.txid()) +
                                          R"x(: invalid chain ID 2147483649 (expected 2147483648)"})x"));
}

TEST_F(AdmissionTest, RejectsOriginatorModeBeforeEpoch34) {
  chain::MutableTransaction tx = Unsigned(1, 0, FEE, chain::TokenTransferPayload{KeyAddress(3), 5, {}});
  tx.post_condition_mode = chain::PostConditionMode::kOriginator;
  const chain::Transaction signed_tx = SignedBy(tx, 1);
  EXPECT_EQ(
      Body(signed_tx),
      Expected(
          signed_tx, "SignatureValidation",
          R"({"message":"Invalid Stacks transaction: Originator post-condition mode is not supported before Stacks 3.4"})"));
}

TEST_F(AdmissionTest, RejectsFeeBelowOneMicroStxPerByte) {
  const chain::Transaction tx = SignedTransfer(1, 0, 100, KeyAddress(3), 5);
  ASSERT_GT(tx.serialized_size(), 100u);
  EXPECT_EQ(Body(tx),
            Expected(tx, "FeeTooLow", R"({"actual":100,"expected":)" + std::to_string(tx.serialized_size()) + "}"));
  const chain::Transaction zero = SignedTransfer(1, 0, 0, KeyAddress(3), 5);
  EXPECT_EQ(Body(zero),
            Expected(zero, "FeeTooLow", R"({"actual":0,"expected":)" + std::to_string(zero.serialized_size()) + "}"));
  // Exactly one per byte is enough.
  const uint64_t size = tx.serialized_size();
  EXPECT_EQ(Body(SignedTransfer(1, 0, size, KeyAddress(3), 5)), "");
}

TEST_F(AdmissionTest, HonoursAHigherMinimumFeeRate) {
  m_context.min_fee_rate_ustx_per_byte = 10;
  const chain::Transaction tx = SignedTransfer(1, 0, FEE, KeyAddress(3), 5);
  EXPECT_EQ(Body(tx), Expected(tx, "FeeTooLow",
                               R"({"actual":1000,"expected":)" + std::to_string(tx.serialized_size() * 10) + "}"));
}

TEST_F(AdmissionTest, RejectsPayloadOutsideItsEpochAsServerFailure) {
  chain::CoinbasePayload coinbase;  // No VRF proof: an Epoch 2.x coinbase, invalid from 3.0.
  chain::MutableTransaction tx = Unsigned(1, 0, FEE, coinbase);
  tx.anchor_mode = chain::AnchorMode::kOnChainOnly;
  const chain::Transaction signed_tx = SignedBy(tx, 1);
  EXPECT_EQ(Body(signed_tx),
            Expected(signed_tx, "ServerFailureOther", R"({"message":"Transaction is not supported in this epoch"})"));
}

TEST_F(AdmissionTest, RejectsNonceBelowTheAccounts) {
  m_context.accounts[KeyAddress(1)].nonce = 3;
  const chain::Transaction tx = SignedTransfer(1, 2, FEE, KeyAddress(3), 5);
  EXPECT_EQ(Body(tx),
            Expected(tx, "BadNonce",
                     R"({"actual":2,"expected":3,"is_origin":true,"principal":")" + KeyAddressText(1) + "\"}"));
}

TEST_F(AdmissionTest, RejectsSponsorNonceBelowTheSponsors) {
  m_context.accounts[KeyAddress(2)].nonce = 4;
  const chain::Transaction tx = SponsoredTransfer(1, 0, 2, 1, FEE, KeyAddress(3), 5);
  EXPECT_EQ(Body(tx),
            Expected(tx, "BadNonce",
                     R"({"actual":1,"expected":4,"is_origin":false,"principal":")" + KeyAddressText(2) + "\"}"));
}

TEST_F(AdmissionTest, ChainsUpToTwentySixNoncesAhead) {
  m_context.accounts[KeyAddress(1)].nonce = 10;
  EXPECT_EQ(Body(SignedTransfer(1, 11, FEE, KeyAddress(3), 5)), "");
  EXPECT_EQ(Body(SignedTransfer(1, 36, FEE, KeyAddress(3), 5)), "");
  const chain::Transaction tx = SignedTransfer(1, 37, FEE, KeyAddress(3), 5);
  EXPECT_EQ(Body(tx), Expected(tx, "TooMuchChaining",
                               R"({"actual":37,"expected":36,"is_origin":true,)"
                               R"("message":"Nonce would exceed chaining limit in mempool","principal":")" +
                                   KeyAddressText(1) + "\"}"));
}

TEST_F(AdmissionTest, LimitsTheSponsorsChainingToo) {
  const chain::Transaction tx = SponsoredTransfer(1, 0, 2, 27, FEE, KeyAddress(3), 5);
  EXPECT_EQ(Body(tx), Expected(tx, "TooMuchChaining",
                               R"({"actual":27,"expected":26,"is_origin":false,)"
                               R"("message":"Nonce would exceed chaining limit in mempool","principal":")" +
                                   KeyAddressText(2) + "\"}"));
}

TEST_F(AdmissionTest, RejectsTransferTheBalanceCannotCover) {
  m_context.accounts[KeyAddress(1)].balance_ustx = FEE + 4;
  const chain::Transaction tx = SignedTransfer(1, 0, FEE, KeyAddress(3), 5);
  EXPECT_EQ(Body(tx), Expected(tx, "NotEnoughFunds",
                               R"({"actual":"0x000000000000000000000000000003ec",)"
                               R"("expected":"0x000000000000000000000000000003ed"})"));
  EXPECT_EQ(Body(SignedTransfer(1, 0, FEE, KeyAddress(3), 4)), "");
}

TEST_F(AdmissionTest, RejectsSponsorThatCannotPayTheFee) {
  m_context.accounts[KeyAddress(2)].balance_ustx = FEE - 1;
  const chain::Transaction tx = SponsoredTransfer(1, 0, 2, 0, FEE, KeyAddress(3), 5);
  EXPECT_EQ(Body(tx), Expected(tx, "NotEnoughFunds",
                               R"({"actual":"0x000000000000000000000000000003e7",)"
                               R"("expected":"0x000000000000000000000000000003e8"})"));
}

TEST_F(AdmissionTest, RejectsDeployWhoseFeeTheBalanceCannotCover) {
  m_context.accounts[KeyAddress(1)].balance_ustx = 0;
  const chain::Transaction tx = SignedBy(Unsigned(1, 0, FEE, chain::SmartContractPayload{"hello", "(+ 1 2)", {}}), 1);
  EXPECT_EQ(Body(tx), Expected(tx, "NotEnoughFunds",
                               R"({"actual":"0x00000000000000000000000000000000",)"
                               R"("expected":"0x000000000000000000000000000003e8"})"));
}

TEST_F(AdmissionTest, RejectsCallToAMissingContract) {
  const chain::Transaction tx =
      SignedBy(Unsigned(1, 0, FEE, chain::ContractCallPayload{KeyAddress(3), "missing", "go", {}}), 1);
  EXPECT_EQ(Body(tx), Expected(tx, "NoSuchContract"));
  m_context.contract_exists = [](const codec::ContractPrincipal& contract) { return contract.name == "missing"; };
  EXPECT_EQ(Body(tx), "");
}

TEST_F(AdmissionTest, RejectsDeployOfAnExistingContract) {
  m_context.contract_exists = [](const codec::ContractPrincipal&) { return true; };
  const chain::Transaction tx = SignedBy(Unsigned(1, 0, FEE, chain::SmartContractPayload{"hello", "(+ 1 2)", {}}), 1);
  EXPECT_EQ(Body(tx),
            Expected(tx, "ContractAlreadyExists", R"({"contract_identifier":")" + KeyAddressText(1) + R"(.hello"})"));
}

TEST_F(AdmissionTest, RejectsCoinbaseFromOutside) {
  auto vrf_key = crypto::VrfPrivateKey::FromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
  ASSERT_TRUE(vrf_key);
  chain::CoinbasePayload coinbase;
  coinbase.vrf_proof = crypto::VrfProve(*vrf_key, util::AsBytes("alpha"));
  chain::MutableTransaction tx = Unsigned(1, 0, FEE, coinbase);
  tx.anchor_mode = chain::AnchorMode::kOnChainOnly;
  const chain::Transaction signed_tx = SignedBy(tx, 1);
  EXPECT_EQ(Body(signed_tx), Expected(signed_tx, "NoCoinbaseViaMempool"));
}

TEST_F(AdmissionTest, RejectsTenureChangeFromOutside) {
  const chain::Transaction tx = SignedBy(Unsigned(1, 0, FEE, chain::TenureChangePayload{}), 1);
  EXPECT_EQ(Body(tx), Expected(tx, "NoTenureChangeViaMempool"));
}

TEST_F(AdmissionTest, ChecksFeeBeforeNonceAndNonceBeforeFunds) {
  m_context.accounts[KeyAddress(1)] = chainstate::Account{0, 5};
  const chain::Transaction low_fee = SignedTransfer(1, 0, 1, KeyAddress(3), 5);
  EXPECT_EQ(CheckAdmission(low_fee, m_context)->reason, "FeeTooLow");
  const chain::Transaction bad_nonce = SignedTransfer(1, 0, FEE, KeyAddress(3), 5);
  EXPECT_EQ(CheckAdmission(bad_nonce, m_context)->reason, "BadNonce");
}

TEST_F(AdmissionTest, ServesDatabaseFailureAndConflictsInTheReferenceShape) {
  const chain::Txid txid{};
  EXPECT_EQ(RejectionJson(DatabaseFailure("disk full"), txid).dump(),
            R"({"error":"transaction rejected","reason":"ServerFailureDatabase","reason_data":{"message":"disk full"},)"
            R"("txid":")" +
                std::string(64, '0') + "\"}");
  EXPECT_EQ(RejectionJson(MakeRejection("ConflictingNonceInMempool"), txid).dump(),
            R"({"error":"transaction rejected","reason":"ConflictingNonceInMempool","txid":")" + std::string(64, '0') +
                "\"}");
}

}  // namespace
}  // namespace stacks::mempool
