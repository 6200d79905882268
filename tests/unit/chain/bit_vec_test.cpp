#include "chain/bit_vec.h"

#include <gtest/gtest.h>

#include <vector>

#include "chain_test_util.h"

namespace stacks::chain {
namespace {

using testing::CodeOf;
using testing::Hex;
using testing::MessageOf;
using util::ErrorCode;

class BitVecTest : public ::testing::Test {
 protected:
  static util::Bytes Encode(const BitVec& bits) {
    codec::ByteWriter writer;
    WriteBitVec(writer, bits);
    return writer.Take();
  }
  static util::Result<BitVec> Decode(util::ByteView bytes, uint16_t max_len = UINT16_MAX) {
    codec::ByteReader reader(bytes);
    STACKS_TRY(BitVec bits, ReadBitVec(reader, max_len, "pox_treatment"));
    STACKS_RETURN_IF_ERROR(reader.ExpectEnd("bitvec"));
    return bits;
  }
};

// bitvec.rs binary_str_serialization: bits 0, 3 and 5 of ten.
TEST_F(BitVecTest, ReferenceBinaryString) {
  BitVec bits = BitVec::Zeros(10, 10).value();
  ASSERT_TRUE(bits.Set(0, true));
  ASSERT_TRUE(bits.Set(5, true));
  ASSERT_TRUE(bits.Set(3, true));
  EXPECT_EQ(bits.BinaryString(), "1001010000");
  EXPECT_EQ(util::ToHex(Encode(bits)), "000a000000022900");
}

// nakamoto/tests/mod.rs codec_nakamoto_header: BitVec::zeros(8) is "00080000000100".
TEST_F(BitVecTest, ReferenceZerosEightEncoding) {
  EXPECT_EQ(util::ToHex(Encode(BitVec::Zeros(8).value())), "00080000000100");
  EXPECT_EQ(Decode(Hex("00080000000100")).value(), BitVec::Zeros(8).value());
}

TEST_F(BitVecTest, DefaultIsOneClearBit) {
  EXPECT_EQ(BitVec(), BitVec::Zeros(1).value());
  EXPECT_EQ(util::ToHex(Encode(BitVec())), "00010000000100");
}

TEST_F(BitVecTest, GetAndSetFollowLsbFirstOrder) {
  BitVec bits = BitVec::Zeros(12).value();
  ASSERT_TRUE(bits.Set(9, true));
  EXPECT_EQ(bits.bytes(), (util::Bytes{0x00, 0x02}));
  EXPECT_EQ(bits.Get(9), true);
  EXPECT_EQ(bits.Get(8), false);
  EXPECT_EQ(bits.Get(12), std::nullopt);
  ASSERT_TRUE(bits.Set(9, false));
  EXPECT_EQ(bits, BitVec::Zeros(12).value());
  EXPECT_EQ(CodeOf(bits.Set(12, true)), ErrorCode::kInvalidArgument);
}

TEST_F(BitVecTest, OnesAndFromBoolsRoundTrip) {
  for (uint16_t len : {1, 7, 8, 9, 12, 127, 4000, 65535}) {
    const BitVec ones = BitVec::Ones(len).value();
    EXPECT_EQ(ones.bytes().size(), BitVecByteLength(len));
    std::vector<bool> alternating(len);
    for (uint16_t i = 0; i < len; ++i) alternating[i] = i % 2 == 0;
    std::unique_ptr<bool[]> raw(new bool[len]);
    for (uint16_t i = 0; i < len; ++i) raw[i] = alternating[i];
    const BitVec bits = BitVec::FromBools({raw.get(), len}).value();
    for (uint16_t i = 0; i < len; ++i) ASSERT_EQ(bits.Get(i), alternating[i]);
    EXPECT_EQ(Decode(Encode(ones)).value(), ones);
    EXPECT_EQ(Decode(Encode(bits)).value(), bits);
  }
}

TEST_F(BitVecTest, ConstructorsRejectZeroAndOverlongLengths) {
  EXPECT_EQ(CodeOf(BitVec::Zeros(0)), ErrorCode::kInvalidArgument);
  EXPECT_EQ(CodeOf(BitVec::Zeros(3, 2)), ErrorCode::kInvalidArgument);
  EXPECT_EQ(CodeOf(BitVec::Ones(4001, 4000)), ErrorCode::kInvalidArgument);
  EXPECT_EQ(CodeOf(BitVec::FromBools({})), ErrorCode::kInvalidArgument);
  const bool three[] = {true, false, true};
  EXPECT_EQ(CodeOf(BitVec::FromBools(three, 2)), ErrorCode::kInvalidArgument);
  EXPECT_TRUE(BitVec::FromBools(three, 3));
}

TEST_F(BitVecTest, RejectsZeroLength) {
  auto r =
      Decode(Hex("0000"
                 "00000000"));
  EXPECT_EQ(CodeOf(r), ErrorCode::kInvalidArgument);
  EXPECT_EQ(MessageOf(r), "pox_treatment length is 0");
}

TEST_F(BitVecTest, RejectsLengthOverTheBound) {
  // bitvec.rs check_ok_vector: a 3-bit vector does not decode as BitVec<2>.
  const util::Bytes three = Encode(BitVec::Ones(3).value());
  EXPECT_TRUE(Decode(three, 3));
  auto r = Decode(three, 2);
  EXPECT_EQ(CodeOf(r), ErrorCode::kInvalidArgument);
  EXPECT_EQ(MessageOf(r), "pox_treatment length 3 exceeds limit 2");
  EXPECT_EQ(CodeOf(Decode(Encode(BitVec::Ones(4001).value()), 4000)), ErrorCode::kInvalidArgument);
}

TEST_F(BitVecTest, RejectsByteCountOtherThanCeilLengthOverEight) {
  for (const char* hex : {"0008"
                          "00000000",
                          "0008"
                          "00000002"
                          "0000",
                          "0009"
                          "00000001"
                          "00",
                          "0001"
                          "ffffffff"}) {
    auto r = Decode(Hex(hex));
    EXPECT_EQ(CodeOf(r), ErrorCode::kInvalidArgument) << hex;
    EXPECT_NE(MessageOf(r).find("byte count"), std::string::npos) << hex;
  }
}

TEST_F(BitVecTest, KeepsStrayBitsPastTheLength) {
  // The reference neither rejects nor clears them: they re-encode and make the vectors differ.
  auto r =
      Decode(Hex("0003"
                 "00000001"
                 "f8"));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->BinaryString(), "000");
  EXPECT_NE(*r, BitVec::Zeros(3).value());
  EXPECT_EQ(util::ToHex(Encode(*r)),
            "0003"
            "00000001"
            "f8");
}

TEST_F(BitVecTest, RejectsTruncationAtEveryByte) {
  const util::Bytes full = Encode(BitVec::Ones(20).value());
  for (size_t n = 0; n < full.size(); ++n) {
    EXPECT_EQ(CodeOf(Decode(util::ByteView(full).first(n))), ErrorCode::kInvalidArgument) << n;
  }
}

}  // namespace
}  // namespace stacks::chain
