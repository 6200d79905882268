#include "node/channel.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

namespace stacks::node {
namespace {

using namespace std::chrono_literals;

TEST(ChannelTest, DeliversInOrder) {
  Channel<int> channel(4);
  ASSERT_TRUE(channel.Send(1));
  ASSERT_TRUE(channel.Send(2));
  EXPECT_EQ(channel.Receive(), 1);
  EXPECT_EQ(channel.Receive(), 2);
}

TEST(ChannelTest, TrySendRefusesWhenFull) {
  Channel<int> channel(2);
  EXPECT_TRUE(channel.TrySend(1));
  EXPECT_TRUE(channel.TrySend(2));
  EXPECT_FALSE(channel.TrySend(3));
  EXPECT_EQ(channel.Receive(), 1);
  EXPECT_TRUE(channel.TrySend(3));
}

TEST(ChannelTest, TryReceiveNeverWaits) {
  Channel<int> channel(2);
  EXPECT_EQ(channel.TryReceive(), std::nullopt);
  ASSERT_TRUE(channel.Send(5));
  EXPECT_EQ(channel.TryReceive(), 5);
  EXPECT_EQ(channel.TryReceive(), std::nullopt);
}

TEST(ChannelTest, ReceiveForTimesOutOnAnEmptyChannel) {
  Channel<int> channel(1);
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(channel.ReceiveFor(30ms), std::nullopt);
  EXPECT_GE(std::chrono::steady_clock::now() - start, 30ms);
  EXPECT_FALSE(channel.closed());
}

TEST(ChannelTest, CloseDrainsThenEnds) {
  Channel<int> channel(4);
  ASSERT_TRUE(channel.Send(7));
  channel.Close();
  EXPECT_FALSE(channel.Send(8));
  EXPECT_FALSE(channel.TrySend(8));
  EXPECT_EQ(channel.Receive(), 7);
  EXPECT_EQ(channel.Receive(), std::nullopt);
  EXPECT_TRUE(channel.closed());
}

TEST(ChannelTest, CloseWakesABlockedReceiver) {
  Channel<int> channel(1);
  std::optional<int> received = 42;
  std::thread receiver([&] { received = channel.Receive(); });
  std::this_thread::sleep_for(20ms);
  channel.Close();
  receiver.join();
  EXPECT_EQ(received, std::nullopt);
}

TEST(ChannelTest, CloseWakesABlockedSender) {
  Channel<int> channel(1);
  ASSERT_TRUE(channel.Send(1));
  bool sent = true;
  std::thread sender([&] { sent = channel.Send(2); });  // Blocks: the channel is full.
  std::this_thread::sleep_for(20ms);
  channel.Close();
  sender.join();
  EXPECT_FALSE(sent);
}

TEST(ChannelTest, FullChannelWaitsForRoom) {
  Channel<int> channel(1);
  ASSERT_TRUE(channel.Send(1));
  std::thread sender([&] { EXPECT_TRUE(channel.Send(2)); });
  std::this_thread::sleep_for(20ms);
  EXPECT_EQ(channel.Receive(), 1);
  sender.join();
  EXPECT_EQ(channel.Receive(), 2);
}

}  // namespace
}  // namespace stacks::node
