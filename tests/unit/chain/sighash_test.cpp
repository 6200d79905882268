#include "chain/sighash.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "chain/signer.h"
#include "chain/verify.h"
#include "chain_test_util.h"

namespace stacks::chain {
namespace {

using testing::CodeOf;
using testing::MessageOf;
using testing::VectorHex;
using testing::VectorKey;
using testing::VectorTx;
using util::ErrorCode;

class SighashTest : public ::testing::Test {
 protected:
  static MutableTransaction Unsigned(SpendingCondition origin) {
    MutableTransaction tx;
    tx.version = TransactionVersion::kTestnet;
    tx.chain_id = CHAIN_ID_TESTNET;
    tx.auth.origin = std::move(origin);
    SetNonce(tx.auth.origin, 3);
    SetFee(tx.auth.origin, 250);
    tx.payload = TokenTransferPayload{codec::StacksAddress{26, {}}, 5, {}};
    return tx;
  }
  static std::vector<crypto::PublicKey> PublicKeys(std::initializer_list<crypto::PrivateKey> keys) {
    std::vector<crypto::PublicKey> out;
    for (const auto& k : keys) out.push_back(k.GetPublicKey());
    return out;
  }
  // The same transaction with its signatures and multi-sig fields removed.
  static MutableTransaction Stripped(const Transaction& tx) {
    MutableTransaction fields = tx.fields();
    auto strip = [](SpendingCondition& c) {
      if (auto* single = std::get_if<SinglesigSpendingCondition>(&c)) single->signature = {};
      if (auto* multi = std::get_if<MultisigSpendingCondition>(&c)) multi->fields.clear();
    };
    strip(fields.auth.origin);
    if (fields.auth.sponsor) strip(*fields.auth.sponsor);
    return fields;
  }
  // The equivalent signature with s negated mod n (and the recovery id's parity flipped): the same key recovers.
  static crypto::RecoverableSignature NegateS(crypto::RecoverableSignature sig) {
    static const uint8_t N[32] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                                  0xff, 0xff, 0xff, 0xff, 0xfe, 0xba, 0xae, 0xdc, 0xe6, 0xaf, 0x48,
                                  0xa0, 0x3b, 0xbf, 0xd2, 0x5e, 0x8c, 0xd0, 0x36, 0x41, 0x41};
    int borrow = 0;
    for (int i = 31; i >= 0; --i) {
      int d = N[i] - sig[33 + i] - borrow;
      borrow = d < 0;
      sig[33 + i] = static_cast<uint8_t>(d + (borrow ? 256 : 0));
    }
    sig[0] ^= 1;
    return sig;
  }
};

// tx_stacks_signature in stackslib/src/chainstate/stacks/auth.rs.
TEST_F(SighashTest, PresignAndPostsignHashTheDocumentedBytes) {
  const Sighash current{};
  const auto compressed =
      crypto::PrivateKey::FromHex("6d430bb91222408e7706c9001cfaeb91b08c2be6d5ac95779ab52c6b431950e001");
  const auto uncompressed =
      crypto::PrivateKey::FromHex("6d430bb91222408e7706c9001cfaeb91b08c2be6d5ac95779ab52c6b431950e0");
  const crypto::PrivateKey keys[] = {*compressed, *compressed, *uncompressed, *uncompressed};
  const AuthFlag flags[] = {AuthFlag::kStandard, AuthFlag::kSponsored, AuthFlag::kStandard, AuthFlag::kSponsored};
  const uint64_t fees[] = {123, 456, 123, 456};
  for (int i = 0; i < 4; ++i) {
    util::Bytes bytes(current.begin(), current.end());
    bytes.push_back(static_cast<uint8_t>(flags[i]));
    for (int shift = 56; shift >= 0; shift -= 8) bytes.push_back(static_cast<uint8_t>(fees[i] >> shift));
    for (int shift = 56; shift >= 0; shift -= 8) bytes.push_back(static_cast<uint8_t>((i + 1ull) >> shift));
    const Sighash presign = PresignSighash(current, flags[i], fees[i], i + 1);
    EXPECT_EQ(presign, crypto::Sha512_256(bytes));

    const auto sig = crypto::SignRecoverable(keys[i], presign);
    const KeyEncoding encoding = keys[i].compressed() ? KeyEncoding::kCompressed : KeyEncoding::kUncompressed;
    util::Bytes post(presign.begin(), presign.end());
    post.push_back(static_cast<uint8_t>(encoding));
    util::Append(post, sig);
    EXPECT_EQ(PostsignSighash(presign, encoding, sig), crypto::Sha512_256(post));
    EXPECT_EQ(crypto::RecoverPublicKey(presign, sig, keys[i].compressed()).value(), keys[i].GetPublicKey());
  }
}

TEST_F(SighashTest, InitialSighashClearsAuthAndUsesTheSentinelSponsor) {
  const Transaction tx = VectorTx("sponsored_token_transfer");
  MutableTransaction cleared = tx.fields();
  cleared.auth.origin = ClearedCondition(cleared.auth.origin);
  cleared.auth.sponsor = SinglesigSpendingCondition{};
  EXPECT_EQ(InitialSighash(tx), TxidOf(cleared).value());
  // Nothing about the sponsor moves it.
  MutableTransaction other_sponsor = tx.fields();
  SetFee(*other_sponsor.auth.sponsor, 1);
  SetNonce(other_sponsor.auth.origin, 99);
  EXPECT_EQ(InitialSighash(other_sponsor).value(), InitialSighash(tx));
}

// Signing the unsigned form of each Stacks.js vector with the same keys gives Stacks.js's bytes (RFC 6979 nonces).
TEST_F(SighashTest, SignerReproducesStacksJsSignatures) {
  struct Case {
    const char* name;
    std::vector<crypto::PrivateKey> signers;
  };
  const Case cases[] = {
      {"token_transfer_testnet", {VectorKey(0)}},
      {"token_transfer_uncompressed_key", {testing::UncompressedVectorKey()}},
      {"contract_call_with_post_conditions", {VectorKey(0)}},
      {"nakamoto_coinbase_contract_recipient", {VectorKey(0)}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    auto signer = TransactionSigner::ForOrigin(Stripped(VectorTx(c.name)));
    ASSERT_TRUE(signer);
    for (const auto& key : c.signers) ASSERT_TRUE(signer->SignOrigin(key));
    EXPECT_EQ(testing::ToHex(signer->Finish().value()), VectorHex(c.name));
  }
  // Multi-sig: 2 of 3, the middle key only appends its public key.
  for (const char* name : {"multisig_p2sh_2_of_3", "multisig_p2sh_non_sequential_2_of_3"}) {
    SCOPED_TRACE(name);
    auto signer = TransactionSigner::ForOrigin(Stripped(VectorTx(name)));
    ASSERT_TRUE(signer);
    ASSERT_TRUE(signer->SignOrigin(VectorKey(0)));
    ASSERT_TRUE(signer->AppendOriginPublicKey(VectorKey(1).GetPublicKey()));
    ASSERT_TRUE(signer->SignOrigin(VectorKey(2)));
    EXPECT_EQ(testing::ToHex(signer->Finish().value()), VectorHex(name));
  }
  // Sponsored: origin first, then the sponsor from the origin's final sighash.
  const Transaction sponsored = VectorTx("sponsored_token_transfer");
  MutableTransaction origin_only = Stripped(sponsored);
  origin_only.auth.sponsor = SentinelSponsorCondition();
  auto origin_signer = TransactionSigner::ForOrigin(origin_only);
  ASSERT_TRUE(origin_signer->SignOrigin(VectorKey(1)));
  const Transaction origin_signed = Transaction::Create(origin_signer->transaction()).value();
  SpendingCondition sponsor = Stripped(sponsored).auth.sponsor.value();
  auto sponsor_signer = TransactionSigner::ForSponsor(origin_signed, sponsor);
  ASSERT_TRUE(sponsor_signer);
  ASSERT_TRUE(sponsor_signer->SignSponsor(testing::SponsorVectorKey()));
  EXPECT_EQ(testing::ToHex(sponsor_signer->Finish().value()), VectorHex("sponsored_token_transfer"));
}

TEST_F(SighashTest, EveryAuthModeSignsAndVerifies) {
  const auto k0 = VectorKey(0), k1 = VectorKey(1), k2 = VectorKey(2);
  const auto u = testing::UncompressedVectorKey();
  const auto keys = PublicKeys({k0, k1, k2});
  const auto mixed = PublicKeys({k0, u, k2});
  struct Case {
    const char* name;
    SpendingCondition condition;
    std::vector<std::optional<crypto::PrivateKey>> steps;  // nullopt = append the public key instead
    std::vector<crypto::PublicKey> keys;
  };
  std::vector<Case> cases;
  cases.push_back({"p2pkh compressed", NewP2pkhCondition(k0.GetPublicKey()), {k0}, {}});
  cases.push_back({"p2pkh uncompressed", NewP2pkhCondition(u.GetPublicKey()), {u}, {}});
  cases.push_back({"p2wpkh", NewP2wpkhCondition(k1.GetPublicKey()).value(), {k1}, {}});
  for (auto mode : {MultisigHashMode::kP2sh, MultisigHashMode::kP2wsh, MultisigHashMode::kP2shNonSequential,
                    MultisigHashMode::kP2wshNonSequential}) {
    cases.push_back({"multisig 2 of 3", NewMultisigCondition(mode, 2, keys).value(), {k0, std::nullopt, k2}, keys});
    cases.push_back({"multisig 3 of 3", NewMultisigCondition(mode, 3, keys).value(), {k0, k1, k2}, keys});
  }
  for (auto mode : {MultisigHashMode::kP2sh, MultisigHashMode::kP2shNonSequential}) {
    cases.push_back({"multisig with an uncompressed signer",
                     NewMultisigCondition(mode, 2, mixed).value(),
                     {k0, u, std::nullopt},
                     mixed});
  }
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    auto signer = TransactionSigner::ForOrigin(Unsigned(c.condition));
    ASSERT_TRUE(signer);
    for (size_t i = 0; i < c.steps.size(); ++i) {
      if (c.steps[i]) {
        ASSERT_TRUE(signer->SignOrigin(*c.steps[i]));
      } else {
        ASSERT_TRUE(signer->AppendOriginPublicKey(c.keys[i]));
      }
    }
    auto tx = signer->Finish();
    ASSERT_TRUE(tx) << MessageOf(tx);
    EXPECT_TRUE(VerifyAuth(*tx, AuthVerificationMode::kEnforceLowS))
        << MessageOf(VerifyAuth(*tx, AuthVerificationMode::kEnforceLowS));
    // Order-independent signers all sign the same presign; sequential ones chain.
    const auto* multi = std::get_if<MultisigSpendingCondition>(&tx->auth().origin);
    if (multi && IsOrderIndependent(multi->hash_mode)) {
      EXPECT_EQ(signer->sighash(), InitialSighash(*tx));
    } else {
      EXPECT_NE(signer->sighash(), InitialSighash(*tx));
    }
  }
}

TEST_F(SighashTest, SponsorOfEveryKindVerifies) {
  const auto keys = PublicKeys({VectorKey(0), VectorKey(1)});
  for (auto mode : {MultisigHashMode::kP2sh, MultisigHashMode::kP2wshNonSequential}) {
    MutableTransaction tx = Unsigned(NewP2pkhCondition(VectorKey(2).GetPublicKey()));
    tx.auth.sponsor = SentinelSponsorCondition();
    auto origin = TransactionSigner::ForOrigin(tx);
    ASSERT_TRUE(origin->SignOrigin(VectorKey(2)));
    EXPECT_FALSE(origin->IsComplete());  // the sponsor has not signed
    SpendingCondition sponsor = NewMultisigCondition(mode, 2, keys).value();
    SetFee(sponsor, 1000);
    auto signer = TransactionSigner::ForSponsor(Transaction::Create(origin->transaction()).value(), sponsor);
    ASSERT_TRUE(signer);
    ASSERT_TRUE(signer->SignSponsor(VectorKey(0)));
    ASSERT_TRUE(signer->SignSponsor(VectorKey(1)));
    auto signed_tx = signer->Finish();
    ASSERT_TRUE(signed_tx) << MessageOf(signed_tx);
    EXPECT_EQ(signed_tx->fee_ustx(), 1000u);
    EXPECT_TRUE(VerifyAuth(*signed_tx, AuthVerificationMode::kEnforceLowS));
    // The origin's signature still verifies after the sponsor changed, since it never committed to the sponsor.
    EXPECT_TRUE(VerifyOrigin(*signed_tx, AuthVerificationMode::kEnforceLowS));
  }
}

TEST_F(SighashTest, SignerRefusesOversigningAndOverlap) {
  auto signer = TransactionSigner::ForOrigin(Unsigned(NewP2pkhCondition(VectorKey(0).GetPublicKey())));
  EXPECT_EQ(CodeOf(signer->Finish()), ErrorCode::kFailedPrecondition);
  ASSERT_TRUE(signer->SignOrigin(VectorKey(0)));
  EXPECT_EQ(MessageOf(signer->SignOrigin(VectorKey(0))), "origin would have too many signatures");
  EXPECT_EQ(CodeOf(signer->AppendOriginPublicKey(VectorKey(1).GetPublicKey())), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(MessageOf(signer->SignSponsor(VectorKey(1))), "transaction is not sponsored");
  EXPECT_EQ(CodeOf(TransactionSigner::ForSponsor(signer->Finish().value(), SentinelSponsorCondition())),
            ErrorCode::kFailedPrecondition);

  MutableTransaction tx = Unsigned(NewP2pkhCondition(VectorKey(0).GetPublicKey()));
  tx.auth.sponsor = NewP2pkhCondition(VectorKey(1).GetPublicKey());
  auto both = TransactionSigner::ForOrigin(tx);
  ASSERT_TRUE(both->SignSponsor(VectorKey(1)));
  EXPECT_EQ(MessageOf(both->SignOrigin(VectorKey(0))), "cannot sign the origin after the sponsor");
}

TEST_F(SighashTest, HighSIsAllowedOnlyBeforeEpoch40) {
  const Transaction tx = VectorTx("token_transfer_testnet");
  MutableTransaction fields = tx.fields();
  auto& single = std::get<SinglesigSpendingCondition>(fields.auth.origin);
  single.signature = NegateS(single.signature);
  const Transaction high_s = Transaction::Create(fields).value();
  EXPECT_NE(high_s.txid(), tx.txid());  // the malleability the Epoch 4.0 rule removes
  EXPECT_TRUE(VerifyAuth(high_s, AuthVerificationMode::kAllowHighS));
  auto strict = VerifyAuth(high_s, AuthVerificationMode::kEnforceLowS);
  EXPECT_EQ(CodeOf(strict), ErrorCode::kConsensusViolation);
  EXPECT_EQ(MessageOf(strict), "origin signature does not recover: signature has high S (s > n/2)");
  EXPECT_TRUE(VerifyAuthInEpoch(high_s, StacksEpochId::k34));
  EXPECT_EQ(CodeOf(VerifyAuthInEpoch(high_s, StacksEpochId::k40)), ErrorCode::kConsensusViolation);
  EXPECT_EQ(AuthVerificationModeForEpoch(StacksEpochId::k34), AuthVerificationMode::kAllowHighS);
  EXPECT_EQ(AuthVerificationModeForEpoch(StacksEpochId::k40), AuthVerificationMode::kEnforceLowS);
}

TEST_F(SighashTest, OrderIndependentMultisigNeedsEpoch30) {
  const Transaction tx = VectorTx("multisig_p2sh_non_sequential_2_of_3");
  EXPECT_EQ(MessageOf(VerifyAuthInEpoch(tx, StacksEpochId::k25)),
            "origin order-independent multi-sig is not supported in epoch 2.5");
  EXPECT_TRUE(VerifyAuthInEpoch(tx, StacksEpochId::k30));
  EXPECT_TRUE(VerifyAuthInEpoch(VectorTx("multisig_p2sh_2_of_3"), StacksEpochId::k20));
}

TEST_F(SighashTest, TamperedTransactionsFailVerificationNamingWhy) {
  // A changed fee changes the presign: the key recovered is someone else's.
  {
    MutableTransaction fields = VectorTx("token_transfer_testnet").fields();
    SetFee(fields.auth.origin, 181);
    auto result = VerifyAuth(Transaction::Create(fields).value(), AuthVerificationMode::kAllowHighS);
    EXPECT_EQ(CodeOf(result), ErrorCode::kConsensusViolation);
    EXPECT_TRUE(MessageOf(result).starts_with("origin signer hash160 mismatch: key hashes to ")) << MessageOf(result);
  }
  // A changed payload changes the initial sighash.
  {
    MutableTransaction fields = VectorTx("token_transfer_testnet").fields();
    std::get<TokenTransferPayload>(fields.payload).amount_ustx += 1;
    EXPECT_EQ(CodeOf(VerifyAuth(Transaction::Create(fields).value(), AuthVerificationMode::kAllowHighS)),
              ErrorCode::kConsensusViolation);
  }
  // A signature with recovery id 4 does not recover at all.
  {
    MutableTransaction fields = VectorTx("token_transfer_testnet").fields();
    std::get<SinglesigSpendingCondition>(fields.auth.origin).signature[0] = 4;
    EXPECT_EQ(MessageOf(VerifyAuth(Transaction::Create(fields).value(), AuthVerificationMode::kAllowHighS)),
              "origin signature does not recover: recovery id 4 is not 0-3");
  }
  // An unsigned transaction: the all-zero signature does not recover.
  {
    MutableTransaction fields = VectorTx("token_transfer_testnet").fields();
    std::get<SinglesigSpendingCondition>(fields.auth.origin).signature = {};
    EXPECT_EQ(CodeOf(VerifyAuth(Transaction::Create(fields).value(), AuthVerificationMode::kAllowHighS)),
              ErrorCode::kConsensusViolation);
  }
  // Second of two multi-sig signatures tampered.
  {
    MutableTransaction fields = VectorTx("multisig_p2sh_2_of_3").fields();
    auto& multi = std::get<MultisigSpendingCondition>(fields.auth.origin);
    std::get<AuthSignature>(multi.fields[2]).signature[0] = 7;
    EXPECT_EQ(MessageOf(VerifyAuth(Transaction::Create(fields).value(), AuthVerificationMode::kAllowHighS)),
              "origin signature 2 of 2 does not recover: recovery id 7 is not 0-3");
  }
  // Swapping the order of a sequential condition's fields breaks the chain.
  {
    MutableTransaction fields = VectorTx("multisig_p2sh_2_of_3").fields();
    auto& multi = std::get<MultisigSpendingCondition>(fields.auth.origin);
    std::swap(multi.fields[0], multi.fields[2]);
    EXPECT_EQ(CodeOf(VerifyAuth(Transaction::Create(fields).value(), AuthVerificationMode::kAllowHighS)),
              ErrorCode::kConsensusViolation);
  }
  // A wrong public key field: the keys hash to another address.
  {
    MutableTransaction fields = VectorTx("multisig_p2sh_2_of_3").fields();
    auto& multi = std::get<MultisigSpendingCondition>(fields.auth.origin);
    multi.fields[1] = VectorKey(0).GetPublicKey();
    EXPECT_TRUE(MessageOf(VerifyAuth(Transaction::Create(fields).value(), AuthVerificationMode::kAllowHighS))
                    .starts_with("origin signer hash160 mismatch"));
  }
  // A sponsor signature tampered: the origin still verifies.
  {
    MutableTransaction fields = VectorTx("sponsored_token_transfer").fields();
    std::get<SinglesigSpendingCondition>(*fields.auth.sponsor).signature[10] ^= 1;
    const Transaction tx = Transaction::Create(fields).value();
    EXPECT_TRUE(VerifyOrigin(tx, AuthVerificationMode::kAllowHighS));
    EXPECT_TRUE(MessageOf(VerifyAuth(tx, AuthVerificationMode::kAllowHighS)).starts_with("sponsor "));
  }
}

TEST_F(SighashTest, VerifierRechecksCountsAndSegwitKeys) {
  // Conditions the decoder would refuse, handed straight to the verifier.
  const auto keys = PublicKeys({VectorKey(0), VectorKey(1)});
  MultisigSpendingCondition multi =
      std::get<MultisigSpendingCondition>(NewMultisigCondition(MultisigHashMode::kP2sh, 2, keys).value());
  multi.fields = {keys[0], keys[1]};
  auto result =
      VerifySpendingCondition(multi, Sighash{}, AuthFlag::kStandard, AuthVerificationMode::kEnforceLowS, "origin");
  EXPECT_EQ(MessageOf(result), "origin has the wrong number of signatures: 0 signatures, 2 required");
  multi.hash_mode = MultisigHashMode::kP2wshNonSequential;
  multi.fields = {testing::UncompressedVectorKey().GetPublicKey(), keys[1]};
  multi.signatures_required = 0;
  EXPECT_EQ(MessageOf(VerifySpendingCondition(multi, Sighash{}, AuthFlag::kStandard, AuthVerificationMode::kEnforceLowS,
                                              "sponsor")),
            "sponsor has an uncompressed key under P2WSH");
}

}  // namespace
}  // namespace stacks::chain
