#include "chain/post_condition.h"

#include <gtest/gtest.h>

#include "chain_test_util.h"
#include "clarity/types/serialization.h"

namespace stacks::chain {
namespace {

using testing::CodeOf;
using testing::Hex;
using testing::MessageOf;
using util::Bytes;
using util::ErrorCode;

class PostConditionTest : public ::testing::Test {
 protected:
  static codec::StacksAddress Address() { return codec::StacksAddress{26, crypto::Hash160{0xab}}; }
  static AssetInfo Asset() { return AssetInfo{Address(), "my-token", "token"}; }
  static Bytes Write(const PostCondition& pc) {
    codec::ByteWriter w;
    EXPECT_TRUE(WritePostCondition(w, pc));
    return w.Take();
  }
  static util::Result<PostCondition> Read(const Bytes& bytes) {
    codec::ByteReader reader(bytes);
    auto pc = ReadPostCondition(reader);
    if (pc && reader.remaining() != 0) return util::Corruption("trailing bytes");
    return pc;
  }
  // Round trip plus every truncation.
  static void RoundTrip(const PostCondition& pc) {
    const Bytes bytes = Write(pc);
    auto back = Read(bytes);
    ASSERT_TRUE(back) << MessageOf(back);
    EXPECT_EQ(*back, pc);
    for (size_t n = 0; n < bytes.size(); ++n) {
      EXPECT_EQ(CodeOf(Read(Bytes(bytes.begin(), bytes.begin() + n))), ErrorCode::kInvalidArgument) << n;
    }
  }
};

TEST_F(PostConditionTest, EveryKindAndPrincipalRoundTrips) {
  const PostConditionPrincipal principals[] = {OriginPrincipal{}, Address(),
                                               codec::ContractPrincipal{Address(), "vault"}};
  for (const auto& principal : principals) {
    for (uint8_t code = 1; code <= 5; ++code) {
      RoundTrip(StxPostCondition{principal, static_cast<FungibleConditionCode>(code), 1000});
      RoundTrip(FungiblePostCondition{principal, Asset(), static_cast<FungibleConditionCode>(code), UINT64_MAX});
      RoundTrip(StakingPostCondition{principal, static_cast<FungibleConditionCode>(code), 7});
    }
    for (uint8_t code = 0x10; code <= 0x12; ++code) {
      RoundTrip(NonfungiblePostCondition{principal, Asset(), clarity::Value::UInt(42),
                                         static_cast<NonfungibleConditionCode>(code)});
    }
    for (uint8_t code = 0x30; code <= 0x32; ++code) {
      RoundTrip(PoxPostCondition{principal, static_cast<PoxConditionCode>(code)});
    }
  }
}

TEST_F(PostConditionTest, LayoutIsFieldByField) {
  // STX, standard principal, SentLe, 1000.
  const Bytes stx = Write(StxPostCondition{Address(), FungibleConditionCode::kSentLe, 1000});
  Bytes expected{0x00, 0x02, 26};
  util::Append(expected, crypto::Hash160{0xab});
  testing::AppendList(expected, {0x05, 0, 0, 0, 0, 0, 0, 0x03, 0xe8});
  EXPECT_EQ(stx, expected);
  // NFT, origin, asset, u42, NotSent.
  const Bytes nft = Write(NonfungiblePostCondition{OriginPrincipal{}, Asset(), clarity::Value::UInt(42),
                                                   NonfungibleConditionCode::kNotSent});
  Bytes nft_expected{0x02, 0x01, 26};
  util::Append(nft_expected, crypto::Hash160{0xab});
  nft_expected.push_back(8);
  util::Append(nft_expected, util::AsBytes("my-token"));
  nft_expected.push_back(5);
  util::Append(nft_expected, util::AsBytes("token"));
  util::Append(nft_expected, clarity::SerializeValue(clarity::Value::UInt(42)));
  nft_expected.push_back(0x11);
  EXPECT_EQ(nft, nft_expected);
  // Pox, contract principal, Performed.
  const Bytes pox = Write(PoxPostCondition{codec::ContractPrincipal{Address(), "c"}, PoxConditionCode::kPerformed});
  Bytes pox_expected{0x04, 0x03, 26};
  util::Append(pox_expected, crypto::Hash160{0xab});
  testing::AppendList(pox_expected, {0x01, 'c', 0x32});
  EXPECT_EQ(pox, pox_expected);
}

TEST_F(PostConditionTest, RejectsUnknownIdsAndCodes) {
  EXPECT_EQ(MessageOf(Read({0x05, 0x01})), "post-condition asset info id 5 is unknown");
  EXPECT_EQ(MessageOf(Read({0x00, 0x04})), "post-condition principal id 4 is unknown");
  EXPECT_EQ(MessageOf(Read({0x00, 0x00})), "post-condition principal id 0 is unknown");
  for (uint8_t code : {0x00, 0x06, 0x10}) {
    Bytes bytes = Write(StxPostCondition{OriginPrincipal{}, FungibleConditionCode::kSentEq, 1});
    bytes[2] = code;
    EXPECT_EQ(MessageOf(Read(bytes)), "STX post-condition code " + std::to_string(code) + " is unknown");
    bytes = Write(StakingPostCondition{OriginPrincipal{}, FungibleConditionCode::kSentEq, 1});
    bytes[2] = code;
    EXPECT_EQ(MessageOf(Read(bytes)), "staking post-condition code " + std::to_string(code) + " is unknown");
  }
  Bytes ft = Write(FungiblePostCondition{OriginPrincipal{}, Asset(), FungibleConditionCode::kSentEq, 1});
  ft[ft.size() - 9] = 0x07;
  EXPECT_EQ(MessageOf(Read(ft)), "fungible post-condition code 7 is unknown");
  for (uint8_t code : {0x0f, 0x13, 0x01}) {
    Bytes nft = Write(NonfungiblePostCondition{OriginPrincipal{}, Asset(), clarity::Value::Bool(true),
                                               NonfungibleConditionCode::kSent});
    nft.back() = code;
    EXPECT_EQ(MessageOf(Read(nft)), "nonfungible post-condition code " + std::to_string(code) + " is unknown");
  }
  for (uint8_t code : {0x2f, 0x33}) {
    EXPECT_EQ(MessageOf(Read({0x04, 0x01, code})), "pox post-condition code " + std::to_string(code) + " is unknown");
  }
}

TEST_F(PostConditionTest, RejectsBadNamesAndValues) {
  // Contract name of 41 bytes in a principal: the SIP-005 limit is 40.
  Bytes long_name{0x00, 0x03, 26};
  util::Append(long_name, crypto::Hash160{});
  long_name.push_back(41);
  long_name.insert(long_name.end(), 41, 'a');
  EXPECT_EQ(CodeOf(Read(long_name)), ErrorCode::kResourceExhausted);
  // Address version 32.
  Bytes bad_version{0x00, 0x02, 32};
  util::Append(bad_version, crypto::Hash160{});
  EXPECT_EQ(CodeOf(Read(bad_version)), ErrorCode::kInvalidArgument);
  // Asset name that is not a Clarity name.
  Bytes bad_asset = Write(
      FungiblePostCondition{OriginPrincipal{}, AssetInfo{Address(), "c", "t"}, FungibleConditionCode::kSentEq, 1});
  bad_asset[2 + 21 + 2 + 1] = '1';  // asset name "t" -> "1"
  EXPECT_EQ(MessageOf(Read(bad_asset)), "post-condition asset name '1' is not a clarity name");
  // Asset name over 128 bytes.
  Bytes long_asset{0x01, 0x01, 26};
  util::Append(long_asset, crypto::Hash160{});
  testing::AppendList(long_asset, {0x01, 'c', 129});
  long_asset.insert(long_asset.end(), 129, 'a');
  EXPECT_EQ(CodeOf(Read(long_asset)), ErrorCode::kResourceExhausted);
  // NFT value with an unknown type prefix.
  Bytes bad_value = Write(NonfungiblePostCondition{OriginPrincipal{}, Asset(), clarity::Value::Bool(true),
                                                   NonfungibleConditionCode::kSent});
  bad_value[bad_value.size() - 2] = 0x0f;
  EXPECT_EQ(CodeOf(Read(bad_value)), ErrorCode::kInvalidArgument);
  EXPECT_TRUE(MessageOf(Read(bad_value)).starts_with("nonfungible post-condition asset value: "));
}

TEST_F(PostConditionTest, WriterRefusesWhatTheReaderRefuses) {
  codec::ByteWriter w;
  EXPECT_EQ(CodeOf(WritePostCondition(w, FungiblePostCondition{OriginPrincipal{}, AssetInfo{Address(), "c", "bad name"},
                                                               FungibleConditionCode::kSentEq, 1})),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(CodeOf(WritePostCondition(w, StxPostCondition{codec::ContractPrincipal{Address(), std::string(41, 'a')},
                                                          FungibleConditionCode::kSentEq, 1})),
            ErrorCode::kResourceExhausted);
}

}  // namespace
}  // namespace stacks::chain
