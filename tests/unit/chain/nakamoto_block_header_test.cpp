#include "chain/nakamoto_block_header.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "chain_test_util.h"

namespace stacks::chain {
namespace {

using testing::AppendList;
using testing::CodeOf;
using testing::Hex;
using testing::MessageOf;
using util::ErrorCode;

class NakamotoBlockHeaderTest : public ::testing::Test {
 protected:
  // The header of stackslib/src/chainstate/nakamoto/tests/mod.rs codec_nakamoto_header.
  static NakamotoBlockHeader ReferenceHeader() {
    NakamotoBlockHeader header;
    header.version = 1;
    header.chain_length = 2;
    header.burn_spent = 3;
    header.consensus_hash.fill(0x04);
    header.parent_block_id.fill(0x05);
    header.tx_merkle_root.fill(0x06);
    header.state_index_root.fill(0x07);
    header.timestamp = 8;
    crypto::RecoverableSignature ones;
    ones.fill(0x01);
    header.signer_signature = {ones};
    header.pox_treatment = BitVec::Zeros(8).value();
    return header;
  }
  // Its serialization, spelled out as the reference test does.
  static util::Bytes ReferenceBytes() {
    return Hex(
        "01"
        "0000000000000002"
        "0000000000000003" +
        Repeat("04", 20) + Repeat("05", 32) + Repeat("06", 32) + Repeat("07", 32) + "0000000000000008" +
        Repeat("00", 65) + "00000001" + Repeat("01", 65) + "00080000000100" + "00000000");
  }
  static std::string Repeat(const std::string& s, size_t n) {
    std::string out;
    for (size_t i = 0; i < n; ++i) out += s;
    return out;
  }
  static std::vector<crypto::PrivateKey> Keys(size_t n) {
    std::vector<crypto::PrivateKey> keys;
    for (size_t i = 0; i < n; ++i) {
      std::array<uint8_t, 32> secret{};
      secret[31] = static_cast<uint8_t>(i + 1);
      secret[0] = 0x42;
      keys.push_back(crypto::PrivateKey::FromBytes(secret).value());
    }
    return keys;
  }
  static std::vector<SignerEntry> Entries(const std::vector<crypto::PrivateKey>& keys,
                                          const std::vector<uint32_t>& weights) {
    std::vector<SignerEntry> out;
    for (size_t i = 0; i < keys.size(); ++i) {
      out.push_back({util::ToArray<33>(keys[i].GetPublicKey().SerializeCompressed()), weights[i]});
    }
    return out;
  }
  // `header` signed by keys[i] for each i in `order`.
  static NakamotoBlockHeader SignedBy(NakamotoBlockHeader header, const std::vector<crypto::PrivateKey>& keys,
                                      const std::vector<size_t>& order) {
    const crypto::Hash256 message = SignerSignatureHash(header);
    header.signer_signature.clear();
    for (size_t i : order) header.signer_signature.push_back(crypto::SignRecoverable(keys[i], message));
    return header;
  }
};

TEST_F(NakamotoBlockHeaderTest, ReferenceCodecVector) {
  const util::Bytes bytes = ReferenceBytes();
  ASSERT_EQ(bytes.size(), 1 + 8 + 8 + 20 + 32 * 3 + 8 + 65 + 4 + 65 + 7 + 4);
  EXPECT_EQ(SerializeNakamotoBlockHeader(ReferenceHeader()), bytes);
  EXPECT_EQ(DecodeNakamotoBlockHeader(bytes).value(), ReferenceHeader());
}

TEST_F(NakamotoBlockHeaderTest, VersionZeroHasNoProblematicTxsField) {
  NakamotoBlockHeader header = ReferenceHeader();
  header.version = 0;
  util::Bytes bytes = ReferenceBytes();
  bytes[0] = 0x00;
  bytes.resize(bytes.size() - 4);
  EXPECT_EQ(SerializeNakamotoBlockHeader(header), bytes);
  EXPECT_EQ(DecodeNakamotoBlockHeader(bytes).value(), header);
  // A shadow header of version 0 (0x80) has no markers either; 0x81 has them.
  EXPECT_FALSE(HeaderHasProblematicTxs(0x80));
  EXPECT_TRUE(HeaderHasProblematicTxs(0x81));
  EXPECT_TRUE(HeaderHasProblematicTxs(0x02));
}

TEST_F(NakamotoBlockHeaderTest, ProblematicTxsRoundTrip) {
  // codec_nakamoto_header_with_problematic_txs, and codec_problematic_tx_marker's u32 BE + u8 layout.
  NakamotoBlockHeader header = ReferenceHeader();
  header.signer_signature.clear();
  header.pox_treatment = BitVec::Zeros(1).value();
  header.problematic_txs = {{7, 1}, {9, 2}};
  const util::Bytes bytes = SerializeNakamotoBlockHeader(header);
  EXPECT_EQ(util::ToHex(util::ByteView(bytes).last(14)),
            "00000002"
            "0000000701"
            "0000000902");
  EXPECT_EQ(DecodeNakamotoBlockHeader(bytes).value(), header);
}

TEST_F(NakamotoBlockHeaderTest, HashesCoverTheDocumentedFields) {
  const NakamotoBlockHeader header = ReferenceHeader();
  const util::Bytes bytes = ReferenceBytes();
  const util::ByteView all(bytes);
  const util::ByteView leading = all.first(141);  // version .. timestamp
  const util::ByteView miner_signature = all.subspan(141, 65);
  const util::ByteView trailing = all.last(11);  // pox_treatment, problematic_txs
  EXPECT_EQ(MinerSignatureHash(header), crypto::Sha512_256(util::Concat({leading, trailing})));
  EXPECT_EQ(SignerSignatureHash(header), crypto::Sha512_256(util::Concat({leading, miner_signature, trailing})));
  EXPECT_EQ(NakamotoBlockHash(header), SignerSignatureHash(header));
  EXPECT_EQ(NakamotoBlockId(header),
            crypto::Sha512_256(util::Concat({SignerSignatureHash(header), header.consensus_hash})));
}

TEST_F(NakamotoBlockHeaderTest, SignerSignaturesDoNotChangeTheBlockHash) {
  NakamotoBlockHeader header = ReferenceHeader();
  const auto hash = NakamotoBlockHash(header);
  header.signer_signature.clear();
  EXPECT_EQ(NakamotoBlockHash(header), hash);
  header.miner_signature[5] ^= 1;
  EXPECT_NE(NakamotoBlockHash(header), hash);
  NakamotoBlockHeader markers = ReferenceHeader();
  markers.problematic_txs.push_back({1, 9});  // signer_signature_hash_includes_problematic_txs
  EXPECT_NE(NakamotoBlockHash(markers), hash);
  EXPECT_NE(MinerSignatureHash(markers), MinerSignatureHash(ReferenceHeader()));
}

TEST_F(NakamotoBlockHeaderTest, RejectsTruncationAtEveryByte) {
  const util::Bytes bytes = ReferenceBytes();
  for (size_t n = 0; n < bytes.size(); ++n) {
    EXPECT_EQ(CodeOf(DecodeNakamotoBlockHeader(util::ByteView(bytes).first(n))), ErrorCode::kInvalidArgument) << n;
  }
}

TEST_F(NakamotoBlockHeaderTest, RejectsTrailingBytes) {
  util::Bytes bytes = ReferenceBytes();
  bytes.push_back(0);
  auto r = DecodeNakamotoBlockHeader(bytes);
  EXPECT_EQ(CodeOf(r), ErrorCode::kInvalidArgument);
  EXPECT_NE(MessageOf(r).find("trailing"), std::string::npos);
}

TEST_F(NakamotoBlockHeaderTest, RejectsBadPoxTreatment) {
  NakamotoBlockHeader header = ReferenceHeader();
  header.pox_treatment = BitVec::Ones(4001).value();
  EXPECT_EQ(CodeOf(DecodeNakamotoBlockHeader(SerializeNakamotoBlockHeader(header))), ErrorCode::kInvalidArgument);
  header.pox_treatment = BitVec::Ones(4000).value();
  EXPECT_TRUE(DecodeNakamotoBlockHeader(SerializeNakamotoBlockHeader(header)));

  util::Bytes bytes = ReferenceBytes();
  const size_t bitvec_at = bytes.size() - 11;
  bytes[bitvec_at + 1] = 0;  // length 0
  auto r = DecodeNakamotoBlockHeader(bytes);
  EXPECT_EQ(MessageOf(r), "block header pox_treatment length is 0");
  bytes = ReferenceBytes();
  bytes[bitvec_at + 5] = 2;  // byte count 2 for 8 bits
  EXPECT_EQ(CodeOf(DecodeNakamotoBlockHeader(bytes)), ErrorCode::kInvalidArgument);
}

TEST_F(NakamotoBlockHeaderTest, RejectsTooManyProblematicTxs) {
  util::Bytes bytes = ReferenceBytes();
  bytes.resize(bytes.size() - 4);
  AppendList(bytes, {0x00, 0x00, 0x2d, 0x83});  // 11651 = MAX_PROBLEMATIC_TX_MARKERS + 1
  bytes.resize(bytes.size() + 11651 * 5);
  EXPECT_EQ(CodeOf(DecodeNakamotoBlockHeader(bytes)), ErrorCode::kResourceExhausted);
}

TEST_F(NakamotoBlockHeaderTest, RejectsSignatureCountBeyondTheInput) {
  util::Bytes bytes = ReferenceBytes();
  bytes[141 + 65 + 3] = 2;  // claims two signer signatures
  EXPECT_EQ(CodeOf(DecodeNakamotoBlockHeader(bytes)), ErrorCode::kInvalidArgument);
}

TEST_F(NakamotoBlockHeaderTest, MinerSignsAndRecovers) {
  const auto key = Keys(1)[0];
  NakamotoBlockHeader header = ReferenceHeader();
  SignAsMiner(header, key);
  EXPECT_TRUE(crypto::Verify(key.GetPublicKey(), MinerSignatureHash(header),
                             std::span<const uint8_t, 64>(header.miner_signature.data() + 1, 64)));
  EXPECT_EQ(RecoverMinerPublicKey(header).value(), key.GetPublicKey().WithCompressed(true));
  EXPECT_EQ(RecoverMinerPublicKeyHash(header).value(), crypto::Hash160Of(key.GetPublicKey().SerializeCompressed()));
  // Signing commits to every field but the signatures.
  header.timestamp += 1;
  EXPECT_NE(RecoverMinerPublicKey(header).value(), key.GetPublicKey());
}

TEST_F(NakamotoBlockHeaderTest, RejectsUnrecoverableMinerSignature) {
  NakamotoBlockHeader header = ReferenceHeader();  // all-zero miner signature
  EXPECT_EQ(CodeOf(RecoverMinerPublicKey(header)), ErrorCode::kConsensusViolation);
  header.miner_signature[0] = 4;
  EXPECT_EQ(CodeOf(RecoverMinerPublicKeyHash(header)), ErrorCode::kConsensusViolation);
}

TEST_F(NakamotoBlockHeaderTest, ThresholdIsCeilingOfSeventyPercent) {
  EXPECT_EQ(SignerApprovalThreshold(0), 0u);
  EXPECT_EQ(SignerApprovalThreshold(1), 1u);
  EXPECT_EQ(SignerApprovalThreshold(10), 7u);
  EXPECT_EQ(SignerApprovalThreshold(100), 70u);
  EXPECT_EQ(SignerApprovalThreshold(10000), 7000u);
  EXPECT_EQ(SignerApprovalThreshold(10001), 7001u);
  EXPECT_EQ(SignerApprovalThreshold(UINT32_MAX), 3006477107u);
}

// nakamoto_block_signatures::test_exactly_enough_votes and test_just_not_enough_votes.
TEST_F(NakamotoBlockHeaderTest, SignerWeightThreshold) {
  const auto keys = Keys(3);
  const NakamotoBlockHeader header;
  EXPECT_EQ(
      VerifySignerSignatures(SignedBy(header, keys, {0, 1}), Entries(keys, {35, 35, 30}), StacksEpochId::k40).value(),
      70u);
  auto r =
      VerifySignerSignatures(SignedBy(header, keys, {0, 1}), Entries(keys, {3500, 3499, 3001}), StacksEpochId::k40);
  EXPECT_EQ(CodeOf(r), ErrorCode::kConsensusViolation);
  EXPECT_EQ(MessageOf(r), "not enough signer weight: needed 7000, got 6999 of 10000");
  EXPECT_EQ(
      VerifySignerSignatures(SignedBy(header, keys, {0, 1, 2}), Entries(keys, {100, 100, 100}), StacksEpochId::k30)
          .value(),
      300u);
}

TEST_F(NakamotoBlockHeaderTest, RejectsSignerNotInTheSet) {
  const auto keys = Keys(4);
  const NakamotoBlockHeader header = SignedBy(NakamotoBlockHeader{}, keys, {0, 3});
  const std::vector<crypto::PrivateKey> first_three(keys.begin(), keys.begin() + 3);
  auto r = VerifySignerSignatures(header, Entries(first_three, {1, 1, 1}), StacksEpochId::k40);
  EXPECT_EQ(CodeOf(r), ErrorCode::kConsensusViolation);
  EXPECT_NE(MessageOf(r).find("signer signature 1 is from"), std::string::npos);
}

TEST_F(NakamotoBlockHeaderTest, RejectsDuplicateSignature) {
  const auto keys = Keys(2);
  const NakamotoBlockHeader header = SignedBy(NakamotoBlockHeader{}, keys, {0, 0, 1});
  auto r = VerifySignerSignatures(header, Entries(keys, {1, 1}), StacksEpochId::k40);
  EXPECT_EQ(CodeOf(r), ErrorCode::kConsensusViolation);
  EXPECT_NE(MessageOf(r).find("not in the signer set"), std::string::npos);
}

TEST_F(NakamotoBlockHeaderTest, RejectsSignatureOverAnotherMessage) {
  const auto keys = Keys(3);
  NakamotoBlockHeader header = SignedBy(NakamotoBlockHeader{}, keys, {0, 1, 2});
  header.timestamp = 1;  // the signatures were over the old hash: they recover to other keys
  EXPECT_EQ(CodeOf(VerifySignerSignatures(header, Entries(keys, {1, 1, 1}), StacksEpochId::k40)),
            ErrorCode::kConsensusViolation);
}

TEST_F(NakamotoBlockHeaderTest, RejectsUnrecoverableSignerSignature) {
  const auto keys = Keys(1);
  NakamotoBlockHeader header;
  header.signer_signature = {crypto::RecoverableSignature{}};
  auto r = VerifySignerSignatures(header, Entries(keys, {1}), StacksEpochId::k40);
  EXPECT_EQ(CodeOf(r), ErrorCode::kConsensusViolation);
  EXPECT_NE(MessageOf(r).find("signer signature 0 does not recover"), std::string::npos);
}

TEST_F(NakamotoBlockHeaderTest, AcceptsHighSSignerSignatures) {
  const auto keys = Keys(1);
  NakamotoBlockHeader header = SignedBy(NakamotoBlockHeader{}, keys, {0});
  // s -> n - s and flip the recovery parity: the same key recovers, as recover_to_pubkey_without_validating_low_s.
  static constexpr uint8_t N[32] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                                    0xff, 0xff, 0xff, 0xff, 0xfe, 0xba, 0xae, 0xdc, 0xe6, 0xaf, 0x48,
                                    0xa0, 0x3b, 0xbf, 0xd2, 0x5e, 0x8c, 0xd0, 0x36, 0x41, 0x41};
  auto& sig = header.signer_signature[0];
  int borrow = 0;
  for (int i = 31; i >= 0; --i) {
    int d = N[i] - sig[33 + i] - borrow;
    borrow = d < 0;
    sig[33 + i] = static_cast<uint8_t>(d + (borrow ? 256 : 0));
  }
  sig[0] ^= 1;
  EXPECT_EQ(VerifySignerSignatures(header, Entries(keys, {5}), StacksEpochId::k40).value(), 5u);
}

TEST_F(NakamotoBlockHeaderTest, StrictOrderFromEpoch40) {
  const auto keys = Keys(3);
  const auto signers = Entries(keys, {1, 1, 1});
  // 1, 2, 0: out of order under either rule (0 is below the first index).
  const NakamotoBlockHeader backwards = SignedBy(NakamotoBlockHeader{}, keys, {1, 2, 0});
  for (auto epoch : {StacksEpochId::k30, StacksEpochId::k40}) {
    auto r = VerifySignerSignatures(backwards, signers, epoch);
    EXPECT_EQ(MessageOf(r), "signer signatures are out of order at 2");
  }
  // 0, 2, 1: each index exceeds the first's, so only the strict Epoch 4.0 rule refuses it.
  const NakamotoBlockHeader swapped = SignedBy(NakamotoBlockHeader{}, keys, {0, 2, 1});
  EXPECT_EQ(VerifySignerSignatures(swapped, signers, StacksEpochId::k34).value(), 3u);
  auto r = VerifySignerSignatures(swapped, signers, StacksEpochId::k40);
  EXPECT_EQ(CodeOf(r), ErrorCode::kConsensusViolation);
  EXPECT_EQ(MessageOf(r), "signer signatures are out of order at 2");
}

TEST_F(NakamotoBlockHeaderTest, ShadowBlockCountsEverySigner) {
  NakamotoBlockHeader header;
  header.version = SHADOW_BLOCK_VERSION_BIT;
  const auto keys = Keys(2);
  EXPECT_EQ(VerifySignerSignatures(header, Entries(keys, {3, 4}), StacksEpochId::k30).value(), 7u);
  EXPECT_EQ(VerifySignerSignatures(header, Entries(keys, {UINT32_MAX, 4}), StacksEpochId::k30).value(), UINT32_MAX);
}

TEST_F(NakamotoBlockHeaderTest, RejectsTotalWeightOverflow) {
  const auto keys = Keys(2);
  const NakamotoBlockHeader header = SignedBy(NakamotoBlockHeader{}, keys, {0, 1});
  EXPECT_EQ(CodeOf(VerifySignerSignatures(header, Entries(keys, {UINT32_MAX, 1}), StacksEpochId::k40)),
            ErrorCode::kConsensusViolation);
}

TEST_F(NakamotoBlockHeaderTest, KeyListedTwiceCountsAtItsLastEntry) {
  const auto keys = Keys(2);
  // Reward-set order: key 1, key 0, key 1 again. The reference's key map keeps the last entry (index 2, weight 9).
  std::vector<SignerEntry> signers = Entries({keys[1], keys[0], keys[1]}, {1, 1, 9});
  EXPECT_EQ(VerifySignerSignatures(SignedBy(NakamotoBlockHeader{}, keys, {0, 1}), signers, StacksEpochId::k40).value(),
            10u);
  EXPECT_EQ(
      MessageOf(VerifySignerSignatures(SignedBy(NakamotoBlockHeader{}, keys, {1, 0}), signers, StacksEpochId::k40)),
      "signer signatures are out of order at 1");
}

TEST_F(NakamotoBlockHeaderTest, EmptySignerListNeedsNoSignatures) {
  const auto keys = Keys(1);
  EXPECT_EQ(VerifySignerSignatures(NakamotoBlockHeader{}, {}, StacksEpochId::k40).value(), 0u);
  EXPECT_EQ(CodeOf(VerifySignerSignatures(SignedBy(NakamotoBlockHeader{}, keys, {0}), {}, StacksEpochId::k40)),
            ErrorCode::kConsensusViolation);
}

TEST_F(NakamotoBlockHeaderTest, HeaderVersionForEpoch) {
  EXPECT_EQ(ExpectedHeaderVersion(StacksEpochId::k30), NAKAMOTO_BLOCK_VERSION);
  EXPECT_EQ(ExpectedHeaderVersion(StacksEpochId::k34), NAKAMOTO_BLOCK_VERSION);
  EXPECT_EQ(ExpectedHeaderVersion(StacksEpochId::k40), NAKAMOTO_BLOCK_VERSION_EPOCH_4);
  EXPECT_EQ(ExpectedHeaderVersion(StacksEpochId::k41), NAKAMOTO_BLOCK_VERSION_EPOCH_4);
}

}  // namespace
}  // namespace stacks::chain
