#include "config/event_observer.h"

#include <gtest/gtest.h>

#include "config_test_util.h"

namespace stacks::config {
namespace {

using testing::HasError;
using util::ErrorCode;

class EventObserverTest : public ::testing::Test {
 protected:
  static constexpr std::string_view CONTRACT = "ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19.my-contract";
};

TEST_F(EventObserverTest, ParsesEveryKeyKindAndPrintsItBack) {
  const std::pair<std::string, EventKey::Kind> cases[] = {
      {"*", EventKey::Kind::kAnyEvent},
      {"stx", EventKey::Kind::kStxEvent},
      {"memtx", EventKey::Kind::kMempoolTransactions},
      {"burn_blocks", EventKey::Kind::kBurnchainBlocks},
      {"microblocks", EventKey::Kind::kMicroblocks},
      {"stackerdb", EventKey::Kind::kStackerDbChunks},
      {"block_proposal", EventKey::Kind::kBlockProposal},
      {std::string(CONTRACT) + "::my-custom-event", EventKey::Kind::kSmartContractEvent},
      {std::string(CONTRACT) + "::", EventKey::Kind::kSmartContractEvent},
      {std::string(CONTRACT) + ".my-ft", EventKey::Kind::kAssetEvent},
  };
  for (const auto& [text, kind] : cases) {
    auto key = ParseEventKey(text);
    ASSERT_TRUE(key) << text << ": " << key.error().message;
    EXPECT_EQ(key->kind, kind) << text;
    EXPECT_EQ(key->ToString(), text);
  }
  auto asset = ParseEventKey(std::string(CONTRACT) + ".my-ft").value();
  EXPECT_EQ(asset.contract->name, "my-contract");
  EXPECT_EQ(asset.name, "my-ft");
}

TEST_F(EventObserverTest, RejectsUnknownKeys) {
  for (std::string_view text : {"", "STX", "blocks", "* ", "a.b", "a.b.c.d"}) {
    EXPECT_TRUE(HasError(ParseEventKey(text), ErrorCode::kInvalidArgument, "not an event key")) << text;
  }
  EXPECT_TRUE(
      HasError(ParseEventKey(std::string(CONTRACT) + "::a::b"), ErrorCode::kInvalidArgument, "more than one \"::\""));
  EXPECT_TRUE(HasError(ParseEventKey("ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19::e"), ErrorCode::kInvalidArgument,
                       "bad contract in event key"));
  EXPECT_TRUE(HasError(ParseEventKey("SX.c.asset"), ErrorCode::kInvalidArgument, "bad address in event key"));
  EXPECT_TRUE(HasError(ParseEventKey(std::string(CONTRACT) + ".1ft"), ErrorCode::kInvalidArgument,
                       "bad asset name in event key"));
  EXPECT_TRUE(HasError(ParseEventKey("ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19.9c.ft"), ErrorCode::kInvalidArgument,
                       "contract name must start with a letter"));
  EXPECT_TRUE(HasError(ParseEventKey("ST3EQ88S02BXXD0T5ZVT3KW947CRMQ1C6DMQY8H19." + std::string(129, 'c') + ".ft"),
                       ErrorCode::kResourceExhausted, ""));
}

TEST_F(EventObserverTest, EndpointIsHostPortWithOptionalPath) {
  EXPECT_TRUE(ValidateEventObserverEndpoint("localhost:3700"));
  EXPECT_TRUE(ValidateEventObserverEndpoint("10.0.0.2:3700/api"));
  EXPECT_TRUE(ValidateEventObserverEndpoint("[::1]:3700"));
  EXPECT_TRUE(HasError(ValidateEventObserverEndpoint(""), ErrorCode::kInvalidArgument, "empty endpoint"));
  EXPECT_TRUE(HasError(ValidateEventObserverEndpoint("https://h:1"), ErrorCode::kInvalidArgument, "without a scheme"));
  EXPECT_TRUE(HasError(ValidateEventObserverEndpoint("h/x:1"), ErrorCode::kInvalidArgument, "missing ':PORT'"));
}

}  // namespace
}  // namespace stacks::config
