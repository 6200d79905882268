#include "chain/auth.h"

#include <gtest/gtest.h>

#include "chain/address_hash.h"
#include "chain/limits.h"
#include "chain_test_util.h"

namespace stacks::chain {
namespace {

using testing::CodeOf;
using testing::Hex;
using testing::MessageOf;
using util::Bytes;
using util::ErrorCode;

constexpr std::string_view KEY_COMPRESSED = "03ef2340518b5867b23598a9cf74611f8b98064f7d55cdb8c107c67b5efcbc5c77";

class AuthTest : public ::testing::Test {
 protected:
  // hash_mode | signer 0x11*20 | nonce | fee, as the reference's fixtures (auth.rs tests).
  static Bytes Head(uint8_t hash_mode, uint64_t nonce, uint64_t fee) {
    codec::ByteWriter w;
    w.WriteU8(hash_mode);
    w.WriteBytes(Bytes(20, 0x11));
    w.WriteU64(nonce);
    w.WriteU64(fee);
    return w.Take();
  }
  static void Append(Bytes& out, std::initializer_list<uint8_t> bytes) { out.insert(out.end(), bytes); }
  static void AppendN(Bytes& out, size_t n, uint8_t byte) { out.insert(out.end(), n, byte); }
  // Three fields: signature(0xff*65), signature(0xfe*65), public key, with the given field ids and key.
  static Bytes MultisigFields(uint8_t sig_id, uint8_t key_id, std::string_view key_hex) {
    Bytes out;
    Append(out, {0x00, 0x00, 0x00, 0x03, sig_id});
    AppendN(out, 65, 0xff);
    out.push_back(sig_id);
    AppendN(out, 65, 0xfe);
    out.push_back(key_id);
    util::Append(out, Hex(key_hex));
    return out;
  }
  static util::Result<SpendingCondition> Read(const Bytes& bytes, size_t* consumed = nullptr) {
    codec::ByteReader reader(bytes);
    auto condition = ReadSpendingCondition(reader, SpendingRole::kOrigin);
    if (consumed) *consumed = reader.position();
    return condition;
  }
  static Bytes Write(const SpendingCondition& condition) {
    codec::ByteWriter w;
    EXPECT_TRUE(WriteSpendingCondition(w, condition));
    return w.Take();
  }
  // Decodes `bytes`, checks it spans them all and re-encodes to them.
  static SpendingCondition RoundTrip(const Bytes& bytes) {
    size_t consumed = 0;
    auto condition = Read(bytes, &consumed);
    EXPECT_TRUE(condition) << MessageOf(condition);
    if (!condition) return {};
    EXPECT_EQ(consumed, bytes.size());
    EXPECT_EQ(Write(*condition), bytes);
    for (size_t n = 0; n < bytes.size(); ++n) {
      EXPECT_EQ(CodeOf(Read(Bytes(bytes.begin(), bytes.begin() + n))), ErrorCode::kInvalidArgument) << n;
    }
    return *condition;
  }
};

// tx_stacks_spending_condition_p2pkh: signatures are opaque bytes at decode time.
TEST_F(AuthTest, ReferenceSinglesigFixturesRoundTrip) {
  Bytes uncompressed = Head(0x00, 123, 456);
  uncompressed.push_back(0x01);
  AppendN(uncompressed, 65, 0xff);
  auto c = std::get<SinglesigSpendingCondition>(RoundTrip(uncompressed));
  EXPECT_EQ(c.key_encoding, KeyEncoding::kUncompressed);
  EXPECT_EQ(c.nonce, 123u);
  EXPECT_EQ(c.fee_ustx, 456u);

  Bytes compressed = Head(0x00, 345, 456);
  compressed.push_back(0x00);
  AppendN(compressed, 65, 0xfe);
  RoundTrip(compressed);

  Bytes p2wpkh = Head(0x02, 345, 567);
  p2wpkh.push_back(0x00);
  AppendN(p2wpkh, 65, 0xfe);
  EXPECT_EQ(std::get<SinglesigSpendingCondition>(RoundTrip(p2wpkh)).hash_mode, SinglesigHashMode::kP2wpkh);
}

// tx_stacks_spending_condition_p2sh / _order_independent_p2sh / _p2wsh.
TEST_F(AuthTest, ReferenceMultisigFixturesRoundTrip) {
  for (uint8_t mode : {0x01, 0x05}) {
    Bytes compressed = Head(mode, 456, 567);
    util::Append(compressed, MultisigFields(0x02, 0x00, KEY_COMPRESSED));
    Append(compressed, {0x00, 0x02});
    auto c = std::get<MultisigSpendingCondition>(RoundTrip(compressed));
    EXPECT_EQ(c.signatures_required, 2);
    ASSERT_EQ(c.fields.size(), 3u);
    EXPECT_TRUE(std::get<crypto::PublicKey>(c.fields[2]).compressed());

    // An uncompressed key field carries the same 33 bytes; only its id differs.
    Bytes uncompressed = Head(mode, 123, 456);
    util::Append(uncompressed, MultisigFields(0x03, 0x01, KEY_COMPRESSED));
    Append(uncompressed, {0x00, 0x02});
    auto u = std::get<MultisigSpendingCondition>(RoundTrip(uncompressed));
    EXPECT_FALSE(std::get<crypto::PublicKey>(u.fields[2]).compressed());
    EXPECT_EQ(std::get<AuthSignature>(u.fields[0]).key_encoding, KeyEncoding::kUncompressed);
  }
  Bytes p2wsh = Head(0x03, 456, 567);
  util::Append(p2wsh, MultisigFields(0x02, 0x00, KEY_COMPRESSED));
  Append(p2wsh, {0x00, 0x02});
  RoundTrip(p2wsh);
}

// tx_stacks_invalid_spending_conditions.
TEST_F(AuthTest, RejectsReferenceInvalidConditions) {
  Bytes singlesig_tail{0x00};
  AppendN(singlesig_tail, 65, 0xfd);
  for (uint8_t mode : {0xff, 0x04, 0x06, 0x08}) {
    Bytes bad = Head(mode, 456, 567);
    util::Append(bad, singlesig_tail);
    EXPECT_EQ(MessageOf(Read(bad)), "origin hash mode " + std::to_string(mode) + " is unknown");
  }
  // A multi-sig hash mode over a single-sig layout: the key encoding byte and signature misparse as a field count
  // of 0x00fdfdfd, over the reference's vector limit.
  for (uint8_t mode : {0x01, 0x05}) {
    Bytes bad = Head(mode, 456, 567);
    util::Append(bad, singlesig_tail);
    EXPECT_EQ(CodeOf(Read(bad)), ErrorCode::kResourceExhausted);
  }
  // Too many signatures for a sequential condition (2 given, 1 required), too few (2 given, 3 required).
  Bytes too_many = Head(0x01, 456, 567);
  util::Append(too_many, MultisigFields(0x02, 0x00, KEY_COMPRESSED));
  Append(too_many, {0x00, 0x01});
  EXPECT_EQ(MessageOf(Read(too_many)), "origin multi-sig condition signature count mismatch: 2 signatures, 1 required");
  Bytes too_few = Head(0x01, 456, 567);
  util::Append(too_few, MultisigFields(0x02, 0x00, KEY_COMPRESSED));
  Append(too_few, {0x00, 0x03});
  EXPECT_EQ(CodeOf(Read(too_few)), ErrorCode::kInvalidArgument);
  // Order-independent: more than required is fine, fewer is not.
  too_many[0] = 0x05;
  EXPECT_TRUE(Read(too_many));
  too_few[0] = 0x05;
  EXPECT_EQ(MessageOf(Read(too_few)),
            "origin order-independent multi-sig condition has too few signatures: 2 signatures, 3 required");
  // Segwit modes need compressed keys.
  Bytes p2wpkh_uncompressed = Head(0x02, 123, 567);
  p2wpkh_uncompressed.push_back(0x01);
  AppendN(p2wpkh_uncompressed, 65, 0xff);
  EXPECT_EQ(MessageOf(Read(p2wpkh_uncompressed)), "origin P2WPKH condition has an uncompressed key encoding");
  for (uint8_t mode : {0x03, 0x07}) {
    Bytes p2wsh = Head(mode, 456, 567);
    util::Append(p2wsh,
                 MultisigFields(0x03, 0x01, "02b7e10dd2c02dec648880ea346ece86a7820c4fa5114fb500b2645f6c972092db"));
    Append(p2wsh, {0x00, 0x02});
    EXPECT_EQ(MessageOf(Read(p2wsh)), "origin P2WSH condition has an uncompressed key");
  }
}

TEST_F(AuthTest, ParsesGarbageAsSinglesigWithTrailingBytesLikeTheReference) {
  // bad_hash_mode_singlesig_bytes_parseable: a multi-sig body under hash mode 0x00 parses and leaves bytes over.
  Bytes bytes = Head(0x00, 456, 567);
  Append(bytes, {0x00, 0x00, 0x00, 0x01, 0x02});
  AppendN(bytes, 65, 0xff);
  Append(bytes, {0x00, 0x01});
  size_t consumed = 0;
  ASSERT_TRUE(Read(bytes, &consumed));
  EXPECT_LT(consumed, bytes.size());
}

TEST_F(AuthTest, RejectsBadAuthFields) {
  auto with_field = [](std::initializer_list<uint8_t> field) {
    Bytes bytes = Head(0x01, 0, 0);
    Append(bytes, {0x00, 0x00, 0x00, 0x01});
    bytes.insert(bytes.end(), field);
    Append(bytes, {0x00, 0x00});
    return bytes;
  };
  Bytes unknown = with_field({0x04});
  AppendN(unknown, 65, 0);
  EXPECT_EQ(MessageOf(Read(unknown)), "origin auth field 0 has unknown id 4");
  Bytes not_compressed = with_field({0x00, 0x04});
  not_compressed.insert(not_compressed.begin() + 43, 32, 0x01);
  EXPECT_EQ(MessageOf(Read(not_compressed)), "origin auth field 0 public key is not a compressed point");
  Bytes off_curve = with_field({0x00, 0x02});
  off_curve.insert(off_curve.begin() + 43, 32, 0x00);  // x = 0 is not on secp256k1
  EXPECT_EQ(MessageOf(Read(off_curve)), "origin auth field 0 public key is not on the curve");
  // A field count over the reference's vector limit.
  Bytes huge = Head(0x01, 0, 0);
  const uint32_t count = MAX_AUTH_FIELDS + 1;
  Append(huge, {static_cast<uint8_t>(count >> 24), static_cast<uint8_t>(count >> 16), static_cast<uint8_t>(count >> 8),
                static_cast<uint8_t>(count)});
  EXPECT_EQ(CodeOf(Read(huge)), ErrorCode::kResourceExhausted);
}

TEST_F(AuthTest, ReadsAuthFlags) {
  Bytes single = Head(0x00, 1, 2);
  single.push_back(0x00);
  AppendN(single, 65, 0);
  Bytes standard{0x04};
  util::Append(standard, single);
  codec::ByteReader r1(standard);
  auto auth = ReadTransactionAuth(r1);
  ASSERT_TRUE(auth);
  EXPECT_FALSE(auth->sponsored());
  EXPECT_EQ(auth->flag(), AuthFlag::kStandard);
  Bytes sponsored{0x05};
  util::Append(sponsored, single);
  single[21 + 8] = 9;  // sponsor fee
  util::Append(sponsored, single);
  codec::ByteReader r2(sponsored);
  auth = ReadTransactionAuth(r2);
  ASSERT_TRUE(auth);
  EXPECT_TRUE(auth->sponsored());
  EXPECT_EQ(FeeOf(auth->payer()), FeeOf(*auth->sponsor));
  // A sponsored flag without a sponsor condition is truncated.
  Bytes missing{0x05};
  util::Append(missing, Head(0x00, 1, 2));
  codec::ByteReader r3(missing);
  EXPECT_EQ(CodeOf(ReadTransactionAuth(r3)), ErrorCode::kInvalidArgument);
}

// test_public_keys_to_address_hash in stacks-common/src/address/mod.rs.
TEST_F(AuthTest, AddressHashesMatchReferenceFixtures) {
  const auto key = [](std::string_view hex) { return crypto::PublicKey::FromHex(hex).value(); };
  const crypto::PublicKey u1 =
      key("040fadbbcea0ff3b05f03195b41cd991d7a0af8bd38559943aec99cbdaf0b22cc806b9a4f07579934774cc0c155e781d45c989f94336"
          "765e88a"
          "66d91cfb9f060b0");
  const crypto::PublicKey u2 =
      key("04c77f262dda02580d65c9069a8a34c56bd77325bba4110b693b90216f5a3edc0bebc8ce28d61aa86b414aa91ecb29823b11aeed0609"
          "8fcd97"
          "fee4bc73d54b1e96");
  const crypto::PublicKey c1 = key("020fadbbcea0ff3b05f03195b41cd991d7a0af8bd38559943aec99cbdaf0b22cc8");
  const crypto::PublicKey c2 = key("02c77f262dda02580d65c9069a8a34c56bd77325bba4110b693b90216f5a3edc0b");
  const crypto::PublicKey one_u[] = {u1};
  const crypto::PublicKey two_u[] = {u1, u2};
  const crypto::PublicKey one_c[] = {c1};
  const crypto::PublicKey two_c[] = {c1, c2};
  EXPECT_EQ(util::ToHex(AddressHashFromPublicKeys(AddressHashMode::kP2pkh, 1, one_u).value()),
            "395f3643cea07ec4eec73b4d9a973dcce56b9bf1");
  EXPECT_EQ(util::ToHex(AddressHashFromPublicKeys(AddressHashMode::kP2sh, 2, two_u).value()),
            "fd3a5e9f5ba311ce6122765f0af8da7488e25d3a");
  EXPECT_EQ(util::ToHex(AddressHashFromPublicKeys(AddressHashMode::kP2wpkh, 1, one_c).value()),
            "0ac7ad046fe22c794dd923b3be14b2e668e50c42");
  EXPECT_EQ(util::ToHex(AddressHashFromPublicKeys(AddressHashMode::kP2wsh, 2, two_c).value()),
            "3e02fa83ac2fae11fd6703b91e7c94ad393052e2");
}

TEST_F(AuthTest, AddressHashRejectsWhatFromPublicKeysRejects) {
  const crypto::PublicKey c = testing::VectorKey(0).GetPublicKey();
  const crypto::PublicKey u = testing::UncompressedVectorKey().GetPublicKey();
  const crypto::PublicKey one[] = {c};
  const crypto::PublicKey two[] = {c, c};
  const crypto::PublicKey mixed[] = {c, u};
  EXPECT_EQ(CodeOf(AddressHashFromPublicKeys(AddressHashMode::kP2sh, 3, two)), ErrorCode::kConsensusViolation);
  EXPECT_EQ(CodeOf(AddressHashFromPublicKeys(AddressHashMode::kP2pkh, 1, two)), ErrorCode::kConsensusViolation);
  EXPECT_EQ(CodeOf(AddressHashFromPublicKeys(AddressHashMode::kP2wpkh, 0, one)), ErrorCode::kConsensusViolation);
  EXPECT_EQ(CodeOf(AddressHashFromPublicKeys(AddressHashMode::kP2wsh, 1, mixed)), ErrorCode::kConsensusViolation);
  EXPECT_TRUE(AddressHashFromPublicKeys(AddressHashMode::kP2sh, 1, mixed));
  EXPECT_TRUE(AddressHashFromPublicKeys(AddressHashMode::kP2sh, 0, two));  // OP_0 as m
  EXPECT_FALSE(NewP2wpkhCondition(u));
}

TEST_F(AuthTest, LargeMultisigUsesScriptNumberPushes) {
  // 17 keys: m = 17 is pushed as data (0x01 0x11), not as an opcode.
  std::vector<crypto::PublicKey> keys(17, testing::VectorKey(0).GetPublicKey());
  util::Bytes script{0x01, 0x11};
  for (const auto& k : keys) {
    script.push_back(33);
    util::Append(script, k.Serialize());
  }
  testing::AppendList(script, {0x01, 0x11, 0xae});
  EXPECT_EQ(AddressHashFromPublicKeys(AddressHashMode::kP2sh, 17, keys).value(), crypto::Hash160Of(script));
  // 200 keys: n = 200 needs a sign byte (0x02 0xc8 0x00).
  keys.assign(200, keys[0]);
  script = {0x51};
  for (const auto& k : keys) {
    script.push_back(33);
    util::Append(script, k.Serialize());
  }
  testing::AppendList(script, {0x02, 0xc8, 0x00, 0xae});
  EXPECT_EQ(AddressHashFromPublicKeys(AddressHashMode::kP2sh, 1, keys).value(), crypto::Hash160Of(script));
}

TEST_F(AuthTest, AddressVersionsFollowHashModeAndNetwork) {
  const SpendingCondition p2pkh = NewP2pkhCondition(testing::VectorKey(0).GetPublicKey());
  EXPECT_EQ(AddressOf(p2pkh, true).version, codec::C32_ADDRESS_VERSION_MAINNET_SINGLESIG);
  EXPECT_EQ(AddressOf(p2pkh, false).version, codec::C32_ADDRESS_VERSION_TESTNET_SINGLESIG);
  const SpendingCondition p2wpkh = NewP2wpkhCondition(testing::VectorKey(0).GetPublicKey()).value();
  EXPECT_EQ(AddressOf(p2wpkh, true).version, codec::C32_ADDRESS_VERSION_MAINNET_MULTISIG);
  EXPECT_EQ(AddressOf(p2wpkh, false).version, codec::C32_ADDRESS_VERSION_TESTNET_MULTISIG);
}

TEST_F(AuthTest, ClearedConditionKeepsOnlyWhatTheInitialSighashCommitsTo) {
  MultisigSpendingCondition multi;
  multi.hash_mode = MultisigHashMode::kP2wsh;
  multi.signer[0] = 7;
  multi.nonce = 5;
  multi.fee_ustx = 6;
  multi.signatures_required = 2;
  multi.fields.emplace_back(testing::VectorKey(0).GetPublicKey());
  const auto cleared = std::get<MultisigSpendingCondition>(ClearedCondition(multi));
  EXPECT_EQ(cleared.signer, multi.signer);
  EXPECT_EQ(cleared.signatures_required, 2);
  EXPECT_EQ(cleared.nonce, 0u);
  EXPECT_EQ(cleared.fee_ustx, 0u);
  EXPECT_TRUE(cleared.fields.empty());
  EXPECT_EQ(SentinelSponsorCondition(), SpendingCondition(SinglesigSpendingCondition{}));
}

}  // namespace
}  // namespace stacks::chain
