// A fixture for the token, STX and block-information tests: contracts deployed and called through runtime.h on a
// MemoryStore or a SqliteStore (the test's parameter), in a simulated chain laid out as the reference's simnet
// (storage::SimnetBlockInfo) that mines one block per deployment and public call, as clarity-cli does.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "clarity/storage/memory_store.h"
#include "clarity/storage/simnet_block_info.h"
#include "clarity/storage/sqlite_store.h"
#include "clarity/storage/write_stack.h"
#include "clarity/types/value_text.h"
#include "clarity/vm/errors.h"
#include "clarity/vm/evaluator.h"
#include "clarity/vm/runtime.h"
#include "test_util.h"

namespace stacks::common {
/// Readable costs in failure messages.
inline std::ostream& operator<<(std::ostream& os, const ExecutionCost& c) {
  return os << "{runtime " << c.runtime << ", read_count " << c.read_count << ", read_length " << c.read_length
            << ", write_count " << c.write_count << ", write_length " << c.write_length << "}";
}
}  // namespace stacks::common

namespace stacks::clarity::vm {

inline constexpr std::string_view kDeployer = "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM";
inline constexpr std::string_view kWallet1 = "ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5";
inline constexpr std::string_view kWallet2 = "ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG";

inline StandardPrincipal Address(std::string_view text) { return StandardPrincipal::Parse(text).value(); }
inline Value PrincipalArg(std::string_view text) { return PrincipalValue(codec::ParsePrincipal(text).value()); }

class ChainTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "memory") {
      m_store = std::make_unique<storage::MemoryStore>();
    } else {
      auto opened = storage::SqliteStore::Open(m_dir.File("clarity.sqlite"));
      ASSERT_TRUE(opened) << opened.error().ToString();
      m_store = std::make_unique<storage::SqliteStore>(std::move(opened).value());
    }
    m_stack = std::make_unique<storage::WriteStack>(*m_store);
  }

  /// Starts the chain at `epoch`: height 1 from Epoch 3.0 (the simnet opens its first tenure there), else 0.
  void StartAt(costs::Epoch epoch) {
    m_epoch = epoch;
    ASSERT_TRUE(m_store->SetCurrentBlockHeight(epoch >= costs::Epoch::k30 ? 1 : 0));
  }

  void Mine() { ASSERT_TRUE(m_store->SetCurrentBlockHeight(m_store->CurrentBlockHeight() + 1)); }

  TransactionContext Tx() {
    m_tracker = std::make_unique<costs::CostTracker>(costs::BlockLimit(m_epoch, costs::Network::kMainnet));
    storage::SimnetChain chain;
    chain.tip_height = m_store->CurrentBlockHeight();
    chain.nakamoto = m_epoch >= costs::Epoch::k30;
    m_blocks = std::make_unique<storage::SimnetBlockInfo>(chain);
    TransactionContext tx;
    tx.store = m_stack.get();
    tx.tracker = m_tracker.get();
    tx.chain.epoch = m_epoch;
    tx.chain.block_info = m_blocks.get();
    return tx;
  }

  /// A deployment in a block of its own.
  Outcome Deploy(const std::string& name, std::string_view source, std::string_view sender = kDeployer,
                 std::optional<ClarityVersion> version = std::nullopt) {
    Mine();
    DeployRequest request;
    request.sender = Address(sender);
    request.name = name;
    request.source = source;
    request.run_analysis = m_run_analysis;
    request.clarity_version = version.value_or(common::DefaultClarityVersion(m_epoch));
    auto r = DeployContract(Tx(), request);
    EXPECT_TRUE(r) << r.error().ToString();
    return r ? std::move(r).value() : Outcome{};
  }

  /// A public call in a block of its own.
  Outcome Call(const std::string& contract, const std::string& function, std::vector<Value> args = {},
               std::string_view sender = kDeployer) {
    Mine();
    return Run(contract, function, std::move(args), sender, /*read_only=*/false);
  }

  /// A read-only call at the tip (no block mined).
  Outcome Read(const std::string& contract, const std::string& function, std::vector<Value> args = {},
               std::string_view sender = kDeployer) {
    return Run(contract, function, std::move(args), sender, /*read_only=*/true);
  }

  static ContractIdentifier Contract(const std::string& name) {
    if (name.find('.') != std::string::npos) return codec::ParseContractPrincipal(name).value();
    return ContractIdentifier{Address(kDeployer), name};
  }

  /// The result as the reference prints it, or "<kind>:<variant>[:<reason>]" for a failure.
  static std::string Text(const Outcome& o) {
    if (o.error) {
      ErrorInfo info = ClassifyError(*o.error);
      if (info.kind == "internal") return "internal:" + o.error->ToString();
      return info.kind + ":" + info.error + (info.reason.empty() ? "" : ":" + info.reason);
    }
    // A deployment without a top-level value answers `true`, as the reference's tools print it.
    return o.value ? ToReferenceString(*o.value) : "true";
  }

  /// The event types, as the event observer names them.
  static std::vector<std::string> EventTypes(const Outcome& o) {
    std::vector<std::string> out;
    for (const Event& e : o.events) {
      out.push_back(std::visit(
          [](const auto& event) -> std::string {
            using T = std::decay_t<decltype(event)>;
            if constexpr (std::is_same_v<T, PrintEvent>) return "print";
            if constexpr (std::is_same_v<T, StxTransferEvent>) return "stx_transfer";
            if constexpr (std::is_same_v<T, StxMintEvent>) return "stx_mint";
            if constexpr (std::is_same_v<T, StxBurnEvent>) return "stx_burn";
            if constexpr (std::is_same_v<T, StxLockEvent>) return "stx_lock";
            if constexpr (std::is_same_v<T, FtTransferEvent>) return "ft_transfer";
            if constexpr (std::is_same_v<T, FtMintEvent>) return "ft_mint";
            if constexpr (std::is_same_v<T, FtBurnEvent>) return "ft_burn";
            if constexpr (std::is_same_v<T, NftTransferEvent>) return "nft_transfer";
            if constexpr (std::is_same_v<T, NftMintEvent>) return "nft_mint";
            return "nft_burn";
          },
          e));
    }
    return out;
  }

  storage::ClarityStore& store() { return *m_store; }
  storage::WriteStack& stack() { return *m_stack; }

  costs::Epoch m_epoch = costs::Epoch::k30;
  /// Tests of the evaluator's own checks: contracts deploy without the static analysis unless a test asks for it.
  bool m_run_analysis = false;
  testing::TempDir m_dir;
  std::unique_ptr<storage::ClarityStore> m_store;
  std::unique_ptr<storage::WriteStack> m_stack;
  std::unique_ptr<costs::CostTracker> m_tracker;
  std::unique_ptr<storage::SimnetBlockInfo> m_blocks;

 private:
  Outcome Run(const std::string& contract, const std::string& function, std::vector<Value> args,
              std::string_view sender, bool read_only) {
    CallRequest request;
    request.contract = Contract(contract);
    request.function = function;
    request.args = std::move(args);
    request.sender = codec::ParsePrincipal(sender).value();
    auto r = read_only ? CallReadOnly(Tx(), request) : CallContract(Tx(), request);
    EXPECT_TRUE(r) << r.error().ToString();
    return r ? std::move(r).value() : Outcome{};
  }
};

}  // namespace stacks::clarity::vm
