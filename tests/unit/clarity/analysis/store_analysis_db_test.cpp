// StoreAnalysisDb: analyses as the contract's "analysis" metadata entry, through the write stack.
#include "clarity/analysis/store_analysis_db.h"

#include <gtest/gtest.h>

#include "analysis_fixture.h"
#include "clarity/analysis/analysis_codec.h"
#include "clarity/storage/keys.h"
#include "clarity/storage/memory_store.h"
#include "test_util.h"

namespace stacks::clarity::analysis {
namespace {

using stacks::testing::ErrorOf;
using testing::Contract;
using util::ErrorCode;

class StoreAnalysisDbTest : public ::testing::Test {
 protected:
  static ContractAnalysis Sample(const std::string& name) {
    ContractAnalysis a;
    a.contract_identifier = Contract(name);
    a.epoch = common::StacksEpochId::k30;
    a.clarity_version = common::ClarityVersion::kClarity3;
    a.read_only_function_types["get"] = testing::Function({}, TypeSignature::UInt());
    return a;
  }
  storage::MemoryStore m_store;
  storage::WriteStack m_stack{m_store};
  StoreAnalysisDb m_db{m_stack};
};

TEST_F(StoreAnalysisDbTest, InsertsAndLoadsUnderTheAnalysisKey) {
  ASSERT_TRUE(m_stack.Nest().has_value());
  EXPECT_EQ(testing::Ok(m_db.LoadAnalysis(Contract("c"))), std::nullopt);
  ASSERT_TRUE(m_db.InsertAnalysis(Sample("c")).has_value());
  std::optional<ContractAnalysis> loaded = testing::Ok(m_db.LoadAnalysis(Contract("c")));
  ASSERT_TRUE(loaded.has_value());
  EXPECT_EQ(loaded->read_only_function_types, Sample("c").read_only_function_types);
  ASSERT_TRUE(m_stack.Commit().has_value());
  // In the store as the contract's metadata entry "analysis".
  std::optional<std::string> stored = testing::Ok(m_store.GetMetadata(Contract("c"), "analysis"));
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(*stored, EncodeAnalysis(Sample("c")));
  EXPECT_EQ(storage::ContractAnalysisKey(), "analysis");
}

TEST_F(StoreAnalysisDbTest, RefusesASecondInsert) {
  ASSERT_TRUE(m_stack.Nest().has_value());
  ASSERT_TRUE(m_db.InsertAnalysis(Sample("c")).has_value());
  util::Status again = m_db.InsertAnalysis(Sample("c"));
  EXPECT_EQ(ErrorOf(again).code, ErrorCode::kConsensusViolation);
  EXPECT_EQ(ErrorOf(again).message, "ContractAlreadyExists(ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.c)");
  ASSERT_TRUE(m_stack.Commit().has_value());
  ASSERT_TRUE(m_stack.Nest().has_value());
  EXPECT_EQ(ErrorOf(m_db.InsertAnalysis(Sample("c"))).code, ErrorCode::kConsensusViolation);
  EXPECT_TRUE(testing::Ok(m_db.HasAnalysis(Contract("c"))));
  EXPECT_FALSE(testing::Ok(m_db.HasAnalysis(Contract("d"))));
}

TEST_F(StoreAnalysisDbTest, ARolledBackInsertIsGone) {
  ASSERT_TRUE(m_stack.Nest().has_value());
  ASSERT_TRUE(m_stack.Nest().has_value());
  ASSERT_TRUE(m_db.InsertAnalysis(Sample("c")).has_value());
  ASSERT_TRUE(m_stack.Rollback().has_value());
  EXPECT_FALSE(testing::Ok(m_db.HasAnalysis(Contract("c"))));
  EXPECT_TRUE(m_db.InsertAnalysis(Sample("c")).has_value());
}

TEST_F(StoreAnalysisDbTest, RefusesCorruptedEntries) {
  ASSERT_TRUE(m_store.PutMetadata(Contract("bad"), "analysis", "{\"format\":1").has_value());
  ASSERT_TRUE(m_store.PutMetadata(Contract("other"), "analysis", EncodeAnalysis(Sample("c"))).has_value());
  ASSERT_TRUE(m_stack.Nest().has_value());
  EXPECT_EQ(ErrorOf(m_db.LoadAnalysis(Contract("bad"))).code, ErrorCode::kCorruption);
  // An entry describing another contract is corrupt too.
  EXPECT_EQ(ErrorOf(m_db.LoadAnalysis(Contract("other"))).code, ErrorCode::kCorruption);
}

TEST_F(StoreAnalysisDbTest, NeedsAnOpenLevel) {
  EXPECT_EQ(ErrorOf(m_db.LoadAnalysis(Contract("c"))).code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(ErrorOf(m_db.InsertAnalysis(Sample("c"))).code, ErrorCode::kFailedPrecondition);
}

}  // namespace
}  // namespace stacks::clarity::analysis
