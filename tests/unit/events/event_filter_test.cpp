#include "events/event_filter.h"

#include <gtest/gtest.h>

namespace stacks::events {
namespace {

constexpr const char* CONTRACT = "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.token";

TransactionEvent Event(EventType type) {
  TransactionEvent e;
  e.type = type;
  e.contract_identifier = CONTRACT;
  e.topic = "print";
  e.asset_identifier = std::string(CONTRACT) + "::gold";
  return e;
}

class EventFilterTest : public ::testing::Test {};

TEST_F(EventFilterTest, AnyEventTakesEverything) {
  auto f = EventFilter::Parse(std::vector<std::string>{"*"});
  ASSERT_TRUE(f);
  EXPECT_TRUE(f->WantsMempool());
  EXPECT_TRUE(f->WantsBurnBlocks());
  EXPECT_TRUE(f->WantsEvent(Event(EventType::kContractEvent)));
  EXPECT_TRUE(f->WantsEvent(Event(EventType::kFtBurn)));
}

TEST_F(EventFilterTest, StxTakesOnlyStxEvents) {
  auto f = EventFilter::Parse(std::vector<std::string>{"stx"});
  ASSERT_TRUE(f);
  EXPECT_FALSE(f->WantsMempool());
  EXPECT_FALSE(f->WantsBurnBlocks());
  EXPECT_TRUE(f->WantsEvent(Event(EventType::kStxTransfer)));
  EXPECT_TRUE(f->WantsEvent(Event(EventType::kStxLock)));
  EXPECT_FALSE(f->WantsEvent(Event(EventType::kContractEvent)));
  EXPECT_FALSE(f->WantsEvent(Event(EventType::kNftMint)));
}

TEST_F(EventFilterTest, MemtxAndBurnBlocksSelectPaths) {
  auto memtx = EventFilter::Parse(std::vector<std::string>{"memtx"});
  ASSERT_TRUE(memtx);
  EXPECT_TRUE(memtx->WantsMempool());
  EXPECT_FALSE(memtx->WantsBurnBlocks());
  EXPECT_FALSE(memtx->WantsEvent(Event(EventType::kStxTransfer)));
  auto burn = EventFilter::Parse(std::vector<std::string>{"burn_blocks", "stackerdb", "block_proposal"});
  ASSERT_TRUE(burn);
  EXPECT_TRUE(burn->WantsBurnBlocks());
  EXPECT_FALSE(burn->WantsMempool());
}

TEST_F(EventFilterTest, ContractEventKeyMatchesContractAndTopic) {
  auto f = EventFilter::Parse(std::vector<std::string>{std::string(CONTRACT) + "::print"});
  ASSERT_TRUE(f);
  EXPECT_TRUE(f->WantsEvent(Event(EventType::kContractEvent)));
  TransactionEvent other = Event(EventType::kContractEvent);
  other.topic = "other";
  EXPECT_FALSE(f->WantsEvent(other));
  EXPECT_FALSE(f->WantsEvent(Event(EventType::kStxTransfer)));
}

TEST_F(EventFilterTest, AssetKeyMatchesThatAssetsTokenEvents) {
  auto f = EventFilter::Parse(std::vector<std::string>{std::string(CONTRACT) + ".gold"});
  ASSERT_TRUE(f);
  EXPECT_TRUE(f->WantsEvent(Event(EventType::kFtTransfer)));
  EXPECT_TRUE(f->WantsEvent(Event(EventType::kNftBurn)));
  EXPECT_FALSE(f->WantsEvent(Event(EventType::kContractEvent)));
  TransactionEvent silver = Event(EventType::kFtMint);
  silver.asset_identifier = std::string(CONTRACT) + "::silver";
  EXPECT_FALSE(f->WantsEvent(silver));
}

TEST_F(EventFilterTest, RejectsMalformedKeys) {
  for (const char* key : {"blocks", "a::b::c", "::x", "a.b"}) {
    auto f = EventFilter::Parse(std::vector<std::string>{key});
    ASSERT_FALSE(f) << key;
    EXPECT_EQ(f.error().code, util::ErrorCode::kInvalidArgument);
  }
}

}  // namespace
}  // namespace stacks::events
