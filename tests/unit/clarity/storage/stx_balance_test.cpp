#include "clarity/storage/stx_balance.h"

#include <gtest/gtest.h>

#include <limits>
#include <string>

#include "test_util.h"

namespace stacks::clarity::storage {
namespace {

using testing::ErrorOf;
using util::ErrorCode;

constexpr uint32_t kNever = std::numeric_limits<uint32_t>::max();
const PoxUnlockHeights kNoEarlyUnlock{kNever, kNever, kNever, kNever};

TEST(StxBalanceTest, UnlockedIsFortyBytesOfAmountThenZeros) {
  EXPECT_EQ(EncodeStxBalance(StxBalance{StxLock::kNone, 0x0102, 0, 0}),
            "00000000000000000000000000000102"  // unlocked
            "00000000000000000000000000000000"  // locked
            "0000000000000000");                // unlock height
  EXPECT_EQ(DecodeStxBalance(EncodeStxBalance(StxBalance{StxLock::kNone, 5, 0, 0})).value(),
            (StxBalance{StxLock::kNone, 5, 0, 0}));
}

TEST(StxBalanceTest, LocksRoundTripInTheirOwnForm) {
  const Uint128 big = ~Uint128{0};
  for (StxLock lock : {StxLock::kPoxV1, StxLock::kPoxV2, StxLock::kPoxV3, StxLock::kPoxV4, StxLock::kPoxV5}) {
    StxBalance b{lock, big, 7, 0xfedcba9876543210ull};
    std::string hex = EncodeStxBalance(b);
    EXPECT_EQ(hex.size(), lock == StxLock::kPoxV1 ? 80u : 82u);
    EXPECT_EQ(DecodeStxBalance(hex).value(), b);
  }
  // The version byte of PoX v2..v5 is 0..3.
  EXPECT_EQ(EncodeStxBalance(StxBalance{StxLock::kPoxV2, 0, 1, 0}).substr(0, 2), "00");
  EXPECT_EQ(EncodeStxBalance(StxBalance{StxLock::kPoxV5, 0, 1, 0}).substr(0, 2), "03");
}

TEST(StxBalanceTest, ZeroLockedReadsAsUnlockedWhateverTheForm) {
  const std::string v3 =
      "01"                                // PoX v3
      "000000000000000000000000000000aa"  // unlocked
      "00000000000000000000000000000000"  // locked: none
      "00000000000000ff";                 // unlock height
  EXPECT_EQ(DecodeStxBalance(v3).value(), (StxBalance{StxLock::kNone, 0xaa, 0, 0}));
  const std::string v1 =
      "000000000000000000000000000000aa"
      "00000000000000000000000000000000"
      "00000000000000ff";
  EXPECT_EQ(DecodeStxBalance(v1).value(), (StxBalance{StxLock::kNone, 0xaa, 0, 0}));
}

TEST(StxBalanceTest, RejectsMalformedRecords) {
  EXPECT_EQ(ErrorOf(DecodeStxBalance("zz")).code, ErrorCode::kCorruption);
  EXPECT_EQ(ErrorOf(DecodeStxBalance("")).code, ErrorCode::kCorruption);
  EXPECT_EQ(ErrorOf(DecodeStxBalance(std::string(78, '0'))).code, ErrorCode::kCorruption);  // 39 bytes
  EXPECT_EQ(ErrorOf(DecodeStxBalance(std::string(84, '0'))).code, ErrorCode::kCorruption);  // 42 bytes
  std::string bad_version = "04" + std::string(80, '0');
  util::Error e = ErrorOf(DecodeStxBalance(bad_version));
  EXPECT_EQ(e.code, ErrorCode::kCorruption);
  EXPECT_NE(e.message.find("version"), std::string::npos) << e.message;
}

TEST(StxBalanceTest, LockEndsAtItsHeight) {
  StxBalance b{StxLock::kPoxV4, 10, 90, 100};
  EXPECT_FALSE(HasUnlockable(b, 99, kNoEarlyUnlock));
  EXPECT_EQ(Available(b, 99, kNoEarlyUnlock).value(), 10u);
  EXPECT_TRUE(HasUnlockable(b, 100, kNoEarlyUnlock));
  EXPECT_EQ(Available(b, 100, kNoEarlyUnlock).value(), 100u);
  EXPECT_EQ(Canonical(b, 100, kNoEarlyUnlock).value(), (StxBalance{StxLock::kNone, 100, 0, 0}));
  EXPECT_EQ(Canonical(b, 99, kNoEarlyUnlock).value(), b);
}

TEST(StxBalanceTest, EarlyUnlockAppliesPerPoxVersion) {
  PoxUnlockHeights heights{10, 20, 30, 40};
  EXPECT_TRUE(HasUnlockable(StxBalance{StxLock::kPoxV1, 0, 1, 1000}, 10, heights));
  EXPECT_FALSE(HasUnlockable(StxBalance{StxLock::kPoxV2, 0, 1, 1000}, 19, heights));
  EXPECT_TRUE(HasUnlockable(StxBalance{StxLock::kPoxV2, 0, 1, 1000}, 20, heights));
  EXPECT_TRUE(HasUnlockable(StxBalance{StxLock::kPoxV3, 0, 1, 1000}, 30, heights));
  EXPECT_TRUE(HasUnlockable(StxBalance{StxLock::kPoxV4, 0, 1, 1000}, 40, heights));
  // PoX v5 locks have no early unlock.
  EXPECT_FALSE(HasUnlockable(StxBalance{StxLock::kPoxV5, 0, 1, 1000}, 999, heights));
  EXPECT_EQ(EffectiveUnlockHeight(StxBalance{StxLock::kPoxV2, 0, 1, 1000}, heights), 20u);
  EXPECT_EQ(EffectiveUnlockHeight(StxBalance{StxLock::kPoxV2, 0, 1, 15}, heights), 15u);
  EXPECT_EQ(EffectiveUnlockHeight(StxBalance{StxLock::kPoxV5, 0, 1, 1000}, heights), 1000u);
  EXPECT_EQ(EffectiveUnlockHeight(StxBalance{StxLock::kNone, 5, 0, 0}, heights), 0u);
}

TEST(StxBalanceTest, EarlyUnlocksNeedTheirEpochs) {
  PoxUnlockHeights chain{1, 2, 3, 4};
  PoxUnlockHeights early = EffectiveUnlockHeights(chain, false, false, false);
  EXPECT_EQ(early.v1, 1u);
  EXPECT_EQ(early.v2, kNever);
  EXPECT_EQ(early.v3, kNever);
  EXPECT_EQ(early.pox5_activation, kNever);
  PoxUnlockHeights all = EffectiveUnlockHeights(chain, true, true, true);
  EXPECT_EQ(all.v2, 2u);
  EXPECT_EQ(all.v3, 3u);
  EXPECT_EQ(all.pox5_activation, 4u);
}

TEST(StxBalanceTest, UnlockingPastU128IsCorruption) {
  StxBalance b{StxLock::kPoxV2, ~Uint128{0}, 1, 0};
  EXPECT_EQ(ErrorOf(Canonical(b, 0, kNoEarlyUnlock)).code, ErrorCode::kCorruption);
}

TEST(StxBalanceTest, LiquidSupplyKeyIsTheReferences) {
  EXPECT_EQ(StxLiquidSupplyKey(), "_stx-data::ustx_liquid_supply");
}

}  // namespace
}  // namespace stacks::clarity::storage
