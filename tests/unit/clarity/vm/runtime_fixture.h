// A fixture for tests of the contract runtime: a MemoryStore or a SqliteStore (by the test parameter, "memory" or
// "sqlite"), with helpers that deploy and call and show results in the reference's text form.
#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "clarity/storage/memory_store.h"
#include "clarity/storage/sqlite_store.h"
#include "clarity/storage/write_stack.h"
#include "clarity/types/value_text.h"
#include "clarity/vm/errors.h"
#include "clarity/vm/runtime.h"
#include "test_util.h"

namespace stacks::clarity::vm {

inline constexpr std::string_view kDeployer = "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM";
inline constexpr std::string_view kOther = "ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5";

inline StandardPrincipal Address(std::string_view text) { return StandardPrincipal::Parse(text).value(); }

class RuntimeFixture : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override { Open(); }

  void Open() {
    m_stack.reset();
    if (GetParam() == "memory") {
      if (!m_memory) m_memory = std::make_unique<storage::MemoryStore>();
      m_stack = std::make_unique<storage::WriteStack>(*m_memory);
    } else {
      m_sqlite.reset();
      auto opened = storage::SqliteStore::Open(m_dir.File("clarity.sqlite"));
      ASSERT_TRUE(opened) << opened.error().ToString();
      m_sqlite = std::make_unique<storage::SqliteStore>(std::move(opened).value());
      m_stack = std::make_unique<storage::WriteStack>(*m_sqlite);
    }
  }

  TransactionContext Tx() {
    m_tracker = std::make_unique<costs::CostTracker>(costs::BlockLimit(m_epoch, costs::Network::kTestnet));
    TransactionContext tx;
    tx.store = m_stack.get();
    tx.tracker = m_tracker.get();
    tx.chain.epoch = m_epoch;
    tx.chain.wasm_build = m_wasm_build;
    return tx;
  }

  Outcome Deploy(const std::string& name, std::string_view source, std::string_view sender = kDeployer,
                 ClarityVersion version = ClarityVersion::kClarity3) {
    DeployRequest request;
    request.sender = Address(sender);
    request.name = name;
    request.source = source;
    request.run_analysis = m_run_analysis;
    request.clarity_version = version;
    auto r = DeployContract(Tx(), request);
    EXPECT_TRUE(r) << r.error().ToString();
    return r ? std::move(r).value() : Outcome{};
  }

  // A call of `function` of `contract` (a name deployed by the deployer, or a whole identifier) by `sender`.
  static CallRequest Request(const std::string& contract, const std::string& function, std::vector<Value> args = {},
                             std::string_view sender = kDeployer) {
    CallRequest request;
    request.contract = Contract(contract);
    request.function = function;
    request.args = std::move(args);
    request.sender = Address(sender);
    return request;
  }

  Outcome Call(const std::string& contract, const std::string& function, std::vector<Value> args = {},
               std::string_view sender = kDeployer, bool read_only = false) {
    const CallRequest request = Request(contract, function, std::move(args), sender);
    auto r = read_only ? CallReadOnly(Tx(), request) : CallContract(Tx(), request);
    EXPECT_TRUE(r) << r.error().ToString();
    return r ? std::move(r).value() : Outcome{};
  }

  /// The least memory limit under which `attempt` succeeds, by bisection over (0, 1,000,000] bytes: each try gives
  /// `attempt` a transaction (Tx()) whose tracker has that memory limit. A try must either fail with
  /// MemoryBalanceExceeded or succeed, printing as `success_text` when that is given.
  uint64_t LeastMemoryLimit(const std::function<util::Result<Outcome>(const TransactionContext&)>& attempt,
                            std::string_view success_text = {}) {
    uint64_t lo = 0;          // fails under this limit
    uint64_t hi = 1'000'000;  // succeeds under this one
    while (hi - lo > 1) {
      const uint64_t mid = lo + (hi - lo) / 2;
      TransactionContext tx = Tx();
      costs::CostTracker tracker(costs::BlockLimit(m_epoch, costs::Network::kTestnet), {}, mid);
      tx.tracker = &tracker;
      util::Result<Outcome> r = attempt(tx);
      EXPECT_TRUE(r) << r.error().ToString();
      if (!r) return 0;
      if (r->error) {
        EXPECT_NE(r->error->message.find("MemoryBalanceExceeded("), std::string::npos) << r->error->ToString();
        lo = mid;
      } else {
        if (!success_text.empty()) {
          EXPECT_EQ(Text(*r), success_text);
        }
        hi = mid;
      }
    }
    return hi;
  }

  /// A transaction calling public function `function` of `contract` as kDeployer, for LeastMemoryLimit.
  static std::function<util::Result<Outcome>(const TransactionContext&)> CallOf(const std::string& contract,
                                                                                const std::string& function) {
    return [contract, function](const TransactionContext& tx) {
      CallRequest call;
      call.contract = Contract(contract);
      call.function = function;
      call.sender = Address(kDeployer);
      return CallContract(tx, call);
    };
  }

  static ContractIdentifier Contract(const std::string& name) {
    if (name.find('.') != std::string::npos) return codec::ParseContractPrincipal(name).value();
    return ContractIdentifier{Address(kDeployer), name};
  }

  // The result as the reference prints it, or "<kind>:<variant>" for a failure.
  static std::string Text(const Outcome& o) {
    if (o.error) {
      ErrorInfo info = ClassifyError(*o.error);
      return info.kind + ":" + info.error + (info.reason.empty() ? "" : ":" + info.reason);
    }
    return o.value ? ToReferenceString(*o.value) : "<none>";
  }

  static std::vector<std::string> Prints(const Outcome& o) {
    std::vector<std::string> out;
    for (const Event& e : o.events) {
      if (const auto* p = std::get_if<PrintEvent>(&e))
        out.push_back(p->contract.name + ":" + ToReferenceString(p->value));
    }
    return out;
  }

  costs::Epoch m_epoch = costs::Epoch::k30;
  /// These tests are of the evaluator's own checks, so contracts deploy without the static analysis unless a test
  /// asks for it (DeployRequest::run_analysis).
  bool m_run_analysis = false;
  bool m_wasm_build = false;  ///< ChainContext::wasm_build.
  testing::TempDir m_dir;
  std::unique_ptr<storage::MemoryStore> m_memory;
  std::unique_ptr<storage::SqliteStore> m_sqlite;
  std::unique_ptr<storage::WriteStack> m_stack;
  std::unique_ptr<costs::CostTracker> m_tracker;
};

}  // namespace stacks::clarity::vm
