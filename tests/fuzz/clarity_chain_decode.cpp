// Fuzz contract deployment in a chain: hostile source deployed through vm::DeployContract over a MemoryStore, in a
// simnet-shaped chain (storage::SimnetBlockInfo) where the deployer holds STX, so that its top level reaches the
// token, STX, block-information and at-block natives with whatever arguments the fuzzer builds. Nothing may crash
// or hang; a failure is an outcome with a message (only a malformed request could fail the call itself, and this
// one is well formed); the cost stays within the budget; the store's levels are all closed afterwards.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "clarity/storage/memory_store.h"
#include "clarity/storage/simnet_block_info.h"
#include "clarity/storage/write_stack.h"
#include "clarity/vm/runtime.h"
#include "clarity/vm/stx_accounts.h"

#include "vm_fuzz_budget.h"
namespace {

using namespace stacks;
using namespace stacks::clarity;

using fuzz::Check;
constexpr costs::ExecutionCost kBudget = fuzz::kVmBudget;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string source(reinterpret_cast<const char*>(data), size);
  const StandardPrincipal deployer = StandardPrincipal::Parse("ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM").value();
  storage::MemoryStore store;
  storage::WriteStack stack(store);
  Check(store.SetCurrentBlockHeight(3).has_value());
  Check(vm::CreditStx(stack, deployer, 1'000'000).has_value());
  // The length's parity picks the epoch: odd before 3.0 (Clarity 2, get-block-info?), even from it (Clarity 3).
  const bool nakamoto = (size & 1) == 0;
  const costs::Epoch epoch = nakamoto ? costs::Epoch::k30 : costs::Epoch::k21;
  storage::SimnetBlockInfo blocks(storage::SimnetChain{.tip_height = 3, .nakamoto = nakamoto});
  costs::CostTracker tracker(kBudget);
  vm::TransactionContext tx{&stack, &tracker, vm::ChainContext{.epoch = epoch, .block_info = &blocks}, nullptr};
  vm::DeployRequest request;
  request.sender = deployer;
  request.name = "fuzzed";
  request.source = source;
  request.clarity_version = nakamoto ? common::ClarityVersion::kClarity3 : common::ClarityVersion::kClarity2;
  auto outcome = vm::DeployContract(tx, request);
  Check(outcome.has_value());
  if (outcome->error) Check(!outcome->error->message.empty());
  Check(outcome->cost.runtime <= kBudget.runtime);
  Check(stack.depth() == 0);
  Check(!stack.at_block_height().has_value());
  return 0;
}
