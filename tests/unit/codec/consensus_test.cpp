#include "codec/consensus.h"

#include <gtest/gtest.h>

#include <limits>

#include "test_util.h"
#include "util/hex.h"

namespace stacks::codec {
namespace {

using stacks::testing::ErrorOf;

using util::Bytes;
using util::ErrorCode;

class ConsensusTest : public ::testing::Test {
 protected:
  static Bytes Hex(std::string_view text) { return util::FromHex(text).value(); }
};

TEST_F(ConsensusTest, WritesIntegersBigEndian) {
  ByteWriter w;
  w.WriteU8(0x01);
  w.WriteU16(0x0203);
  w.WriteU32(0x04050607);
  w.WriteU64(0x08090a0b0c0d0e0fULL);
  w.WriteU128((Uint128{0x1011121314151617ULL} << 64) | 0x18191a1b1c1d1e1fULL);
  EXPECT_EQ(util::ToHex(w.bytes()), "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
}

TEST_F(ConsensusTest, WritesI128AsTwosComplement) {
  ByteWriter w;
  w.WriteI128(-1);
  w.WriteI128(std::numeric_limits<Int128>::min());
  EXPECT_EQ(util::ToHex(w.Take()), std::string(32, 'f') + "80" + std::string(30, '0'));
}

TEST_F(ConsensusTest, RoundTripsEveryWidth) {
  const Uint128 big = ~Uint128{0} - 5;
  const Int128 negative = -(Int128{1} << 100);
  ByteWriter w;
  w.WriteU8(0xfe);
  w.WriteU16(0xfffe);
  w.WriteU32(0xfffffffe);
  w.WriteU64(0xfffffffffffffffeULL);
  w.WriteU128(big);
  w.WriteI128(negative);
  Bytes wire = w.Take();
  EXPECT_TRUE(w.bytes().empty());
  EXPECT_EQ(wire.size(), 1u + 2 + 4 + 8 + 16 + 16);

  ByteReader r(wire);
  EXPECT_EQ(*r.ReadU8(), 0xfe);
  EXPECT_EQ(*r.ReadU16(), 0xfffe);
  EXPECT_EQ(*r.ReadU32(), 0xfffffffeu);
  EXPECT_EQ(*r.ReadU64(), 0xfffffffffffffffeULL);
  EXPECT_TRUE(*r.ReadU128() == big);
  EXPECT_TRUE(*r.ReadI128() == negative);
  EXPECT_EQ(r.remaining(), 0u);
  EXPECT_EQ(r.position(), wire.size());
  EXPECT_TRUE(r.ExpectEnd());
}

TEST_F(ConsensusTest, TruncatedReadNamesFieldOffsetAndShortfall) {
  Bytes wire(15, 0);
  ByteReader r(wire);
  ASSERT_TRUE(r.ReadBytes(12));
  auto nonce = r.ReadU64("nonce");
  ASSERT_FALSE(nonce);
  EXPECT_EQ(nonce.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(nonce.error().message, "truncated input reading nonce: need 8 bytes at offset 12, have 3");
}

TEST_F(ConsensusTest, FailedReadLeavesPositionUnchanged) {
  Bytes wire = Hex("0102");
  ByteReader r(wire);
  ASSERT_TRUE(r.ReadU8());
  EXPECT_EQ(ErrorOf(r.ReadU32()).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(r.ReadU16()).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(r.ReadU128()).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(r.ReadArray<2>("hash")).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.position(), 1u);
  EXPECT_EQ(*r.ReadU8(), 0x02);
}

TEST_F(ConsensusTest, EmptyInputFailsEveryRead) {
  ByteReader r({});
  EXPECT_EQ(ErrorOf(r.ReadU8("version")).message, "truncated input reading version: need 1 bytes at offset 0, have 0");
  EXPECT_EQ(ErrorOf(r.ReadI128()).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(r.ReadLengthPrefixed8(10)).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(r.ReadCount(10, 1)).code, ErrorCode::kInvalidArgument);
  EXPECT_TRUE(r.ReadBytes(0));
  EXPECT_TRUE(r.ExpectEnd());
}

TEST_F(ConsensusTest, ReadBytesViewsTheInput) {
  Bytes wire = Hex("aabbcc");
  ByteReader r(wire);
  ASSERT_TRUE(r.ReadU8());
  auto view = r.ReadBytes(2);
  ASSERT_TRUE(view);
  EXPECT_EQ(view->data(), wire.data() + 1);
  auto array = ByteReader(wire).ReadArray<3>();
  ASSERT_TRUE(array);
  EXPECT_EQ((*array)[2], 0xcc);
}

TEST_F(ConsensusTest, LengthPrefixedRoundTrip) {
  ByteWriter w;
  ASSERT_TRUE(w.WriteLengthPrefixed32(Hex("deadbeef")));
  ASSERT_TRUE(w.WriteLengthPrefixed8(Hex("0102")));
  ASSERT_TRUE(w.WriteLengthPrefixed32({}));
  EXPECT_EQ(util::ToHex(w.bytes()),
            "00000004deadbeef"
            "020102"
            "00000000");
  ByteReader r(w.bytes());
  EXPECT_EQ(*r.ReadLengthPrefixed32(4), Hex("deadbeef"));
  EXPECT_EQ(*r.ReadLengthPrefixed8(2), Hex("0102"));
  EXPECT_TRUE(r.ReadLengthPrefixed32(0)->empty());
  EXPECT_TRUE(r.ExpectEnd());
}

TEST_F(ConsensusTest, LengthPrefixLargerThanInputIsTruncation) {
  Bytes wire = Hex("00000005aabbcc");
  ByteReader r(wire);
  auto body = r.ReadLengthPrefixed32(100, "code body");
  ASSERT_FALSE(body);
  EXPECT_EQ(body.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(body.error().message, "truncated input reading code body: need 5 bytes at offset 4, have 3");
  EXPECT_EQ(r.position(), 0u);
}

TEST_F(ConsensusTest, LengthPrefixOverLimitIsResourceExhausted) {
  // Enough input for the body, but more than the caller allows.
  Bytes wire = Hex("00000004aabbccdd");
  ByteReader r(wire);
  auto body = r.ReadLengthPrefixed32(3, "memo");
  ASSERT_FALSE(body);
  EXPECT_EQ(body.error().code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(body.error().message, "memo length 4 exceeds limit 3");
  EXPECT_EQ(r.position(), 0u);
}

TEST_F(ConsensusTest, HugeLengthPrefixIsRejectedBeforeAllocating) {
  // A 4 GiB claim over a 4-byte input: the limit is checked first, then the remaining input.
  Bytes wire = Hex("ffffffff");
  EXPECT_EQ(ErrorOf(ByteReader(wire).ReadLengthPrefixed32(1 << 20)).code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(ErrorOf(ByteReader(wire).ReadLengthPrefixed32(std::numeric_limits<size_t>::max())).code,
            ErrorCode::kInvalidArgument);
}

TEST_F(ConsensusTest, U8LengthPrefixChecksLimitAndInput) {
  Bytes wire = Hex("03aabb");
  EXPECT_EQ(ErrorOf(ByteReader(wire).ReadLengthPrefixed8(2)).code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(ErrorOf(ByteReader(wire).ReadLengthPrefixed8(255)).code, ErrorCode::kInvalidArgument);
}

TEST_F(ConsensusTest, WriteLengthPrefixed8RejectsOver255Bytes) {
  ByteWriter w;
  EXPECT_TRUE(w.WriteLengthPrefixed8(Bytes(255, 1)));
  const size_t before = w.size();
  auto status = w.WriteLengthPrefixed8(Bytes(256, 1));
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(w.size(), before);
}

TEST_F(ConsensusTest, ReadCountEnforcesMaximum) {
  ByteWriter w;
  ASSERT_TRUE(w.WriteCount(3));
  w.WriteBytes(Hex("010203"));
  ByteReader r(w.bytes());
  auto over = r.ReadCount(2, 1, "post conditions");
  ASSERT_FALSE(over);
  EXPECT_EQ(over.error().code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(over.error().message, "post conditions length 3 exceeds limit 2");
  EXPECT_EQ(r.position(), 0u);
  EXPECT_EQ(*r.ReadCount(3, 1), 3u);
  EXPECT_EQ(r.position(), 4u);
}

TEST_F(ConsensusTest, ReadCountRejectsMoreItemsThanInputCanHold) {
  Bytes wire =
      Hex("00000003"
          "0102030405");  // 3 items of at least 2 bytes need 6 bytes
  ByteReader r(wire);
  auto count = r.ReadCount(100, 2, "signatures");
  ASSERT_FALSE(count);
  EXPECT_EQ(count.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(count.error().message, "truncated input reading signatures: need 6 bytes at offset 4, have 5");
  EXPECT_EQ(r.position(), 0u);
  // Items that may be empty are bounded by the maximum alone.
  EXPECT_EQ(*ByteReader(wire).ReadCount(100, 0), 3u);
  // A huge item size does not overflow.
  EXPECT_EQ(ErrorOf(ByteReader(wire).ReadCount(100, std::numeric_limits<size_t>::max())).code,
            ErrorCode::kInvalidArgument);
}

TEST_F(ConsensusTest, ExpectEndNamesTrailingBytes) {
  Bytes wire = Hex("0102030405");
  ByteReader r(wire);
  ASSERT_TRUE(r.ReadU16());
  auto status = r.ExpectEnd("transaction");
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(status.error().message, "3 trailing bytes after transaction at offset 2");
}

TEST_F(ConsensusTest, TakeLeavesWriterReusable) {
  ByteWriter w(16);
  w.WriteU8(1);
  EXPECT_EQ(w.Take(), Bytes{1});
  EXPECT_EQ(w.size(), 0u);
  w.WriteU16(2);
  EXPECT_EQ(w.Take(), (Bytes{0, 2}));
}

}  // namespace
}  // namespace stacks::codec
