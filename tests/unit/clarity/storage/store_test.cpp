// ClarityStore behaviour shared by MemoryStore and SqliteStore.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "store_fixture.h"

namespace stacks::clarity::storage {
namespace {

TEST_P(StoreTest, FreshStoreIsEmptyAtHeightZero) {
  EXPECT_EQ(store().Get("vm::a").value(), std::nullopt);
  EXPECT_EQ(store().GetMetadata(Contract("c"), "analysis").value(), std::nullopt);
  EXPECT_EQ(store().CurrentBlockHeight(), 0u);
}

TEST_P(StoreTest, PutAllWritesDataAndMetadataLastOccurrenceWins) {
  WriteBatch batch;
  batch.data = {{"k1", "v1"}, {"k2", "v2"}, {"k1", "v1b"}};
  batch.metadata = {{Contract("c"), "analysis", "{}"}, {Contract("d"), "analysis", "[]"}};
  ASSERT_TRUE(store().PutAll(batch));
  EXPECT_EQ(store().Get("k1").value(), "v1b");
  EXPECT_EQ(store().Get("k2").value(), "v2");
  EXPECT_EQ(store().GetMetadata(Contract("c"), "analysis").value(), "{}");
  EXPECT_EQ(store().GetMetadata(Contract("d"), "analysis").value(), "[]");
  // Metadata is per contract: another contract's key is not visible.
  EXPECT_EQ(store().GetMetadata(Contract("e"), "analysis").value(), std::nullopt);
  // Data and metadata are separate key spaces.
  EXPECT_EQ(store().Get("analysis").value(), std::nullopt);
}

TEST_P(StoreTest, PutMetadataOverwrites) {
  ASSERT_TRUE(store().PutMetadata(Contract("c"), "vm-metadata::9::contract-size", "10"));
  ASSERT_TRUE(store().PutMetadata(Contract("c"), "vm-metadata::9::contract-size", "11"));
  EXPECT_EQ(store().GetMetadata(Contract("c"), "vm-metadata::9::contract-size").value(), "11");
}

TEST_P(StoreTest, ValuesAreOpaqueBytes) {
  std::string odd("a\0b\xff\n'\"", 7);
  WriteBatch batch;
  batch.data = {{"k", odd}, {"", "empty key"}, {"empty value", ""}};
  ASSERT_TRUE(store().PutAll(batch));
  EXPECT_EQ(store().Get("k").value(), odd);
  EXPECT_EQ(store().Get("").value(), "empty key");
  EXPECT_EQ(store().Get("empty value").value(), "");
}

TEST_P(StoreTest, EmptyBatchIsANoOp) {
  ASSERT_TRUE(store().PutAll(WriteBatch{}));
  EXPECT_EQ(store().Get("k").value(), std::nullopt);
}

TEST_P(StoreTest, BlockHeightIsSettable) {
  ASSERT_TRUE(store().SetCurrentBlockHeight(42));
  EXPECT_EQ(store().CurrentBlockHeight(), 42u);
  ASSERT_TRUE(store().SetCurrentBlockHeight(0xffffffffu));
  EXPECT_EQ(store().CurrentBlockHeight(), 0xffffffffu);
}

INSTANTIATE_TEST_SUITE_P(Stores, StoreTest, ::testing::Values("memory", "sqlite"),
                         [](const ::testing::TestParamInfo<std::string>& kind) { return kind.param; });

}  // namespace
}  // namespace stacks::clarity::storage
