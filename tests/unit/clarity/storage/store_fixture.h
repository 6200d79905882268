// A fixture parameterized by store kind, so that every ClarityStore and WriteStack test runs over both MemoryStore
// and SqliteStore and the two are held to the same behaviour.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "clarity/storage/memory_store.h"
#include "clarity/storage/sqlite_store.h"
#include "clarity/storage/store.h"
#include "codec/stacks_address.h"
#include "test_util.h"

namespace stacks::clarity::storage {

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "memory") {
      m_store = std::make_unique<MemoryStore>();
    } else {
      auto opened = SqliteStore::Open(m_dir.File("clarity.sqlite"));
      ASSERT_TRUE(opened) << opened.error().ToString();
      m_store = std::make_unique<SqliteStore>(std::move(opened).value());
    }
  }

  ClarityStore& store() { return *m_store; }

  static ContractIdentifier Contract(const std::string& name) {
    return codec::ParseContractPrincipal("ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5." + name).value();
  }

  testing::TempDir m_dir;
  std::unique_ptr<ClarityStore> m_store;
};

}  // namespace stacks::clarity::storage
