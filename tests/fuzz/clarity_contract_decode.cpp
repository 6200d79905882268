// Fuzz the whole deployment path and the calls after it: hostile source deployed with vm::DeployContract (parse,
// static analysis, initialization) over a MemoryStore, then every public and read-only function called with
// arguments the fuzzer builds, all under a small cost budget.
//
// Input layout:
//   byte 0          the epoch, an index into kEpochs (modulo its size); the contract gets that epoch's default
//                   Clarity version
//   bytes 1 ..      the contract source, up to the first NUL byte (or the end)
//   after the NUL   call arguments: consensus-serialized values one after another, read until one does not decode
//
// Nothing may crash or hang; a refusal of the request itself carries a message (only the epochs before 2.1 may be
// refused, while they are not supported), every failure in an outcome carries a message, a success stays within the
// budget, and the store's levels are all closed after each transaction.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "clarity/storage/memory_store.h"
#include "clarity/storage/write_stack.h"
#include "clarity/types/serialization.h"
#include "clarity/vm/runtime.h"
#include "codec/consensus.h"
#include "common/clarity_version.h"

#include "vm_fuzz_budget.h"
namespace {

using namespace stacks;
using namespace stacks::clarity;

using fuzz::Check;
constexpr costs::ExecutionCost kBudget = fuzz::kVmBudget;

constexpr std::array kEpochs = {
    costs::Epoch::k20, costs::Epoch::k2_05, costs::Epoch::k21, costs::Epoch::k22, costs::Epoch::k23,
    costs::Epoch::k24, costs::Epoch::k25,   costs::Epoch::k30, costs::Epoch::k31, costs::Epoch::k32,
    costs::Epoch::k33, costs::Epoch::k34,   costs::Epoch::k40,
};

/// At most this many functions are called, and each with at most this many arguments.
constexpr size_t kMaxCalls = 8;
constexpr size_t kMaxArgs = 8;

void CheckOutcome(const util::Result<vm::Outcome>& outcome, const storage::WriteStack& stack) {
  Check(outcome.has_value());
  // A failure may end over the budget (the refused cost stays charged, as in the reference); a success may not.
  if (outcome->error) {
    Check(!outcome->error->message.empty());
  } else {
    Check(outcome->cost.runtime <= kBudget.runtime);
  }
  Check(stack.depth() == 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const costs::Epoch epoch = kEpochs[data[0] % kEpochs.size()];
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  const size_t nul = rest.find('\0');
  const std::string source(rest.substr(0, nul));

  std::vector<Value> args;
  if (nul != std::string_view::npos) {
    const std::string_view encoded = rest.substr(nul + 1);
    codec::ByteReader reader(util::ByteView(reinterpret_cast<const uint8_t*>(encoded.data()), encoded.size()));
    while (reader.remaining() > 0 && args.size() < kMaxArgs) {
      util::Result<Value> value = ReadValue(reader);
      if (!value) break;
      args.push_back(std::move(value).value());
    }
  }

  const StandardPrincipal deployer = StandardPrincipal::Parse("ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM").value();
  storage::MemoryStore store;
  storage::WriteStack stack(store);
  costs::CostTracker tracker(kBudget);
  vm::TransactionContext tx{&stack, &tracker, vm::ChainContext{.epoch = epoch}, nullptr};
  vm::DeployRequest request;
  request.sender = deployer;
  request.name = "fuzzed";
  request.source = source;
  request.clarity_version = common::DefaultClarityVersion(epoch);
  auto deployed = vm::DeployContract(tx, request);
  if (!deployed) {
    Check(!deployed.error().message.empty());
    Check(epoch < costs::Epoch::k21);
    return 0;
  }
  CheckOutcome(deployed, stack);
  if (!deployed->contract) return 0;

  size_t calls = 0;
  for (const auto& [name, function] : deployed->contract->functions) {
    if (!function.IsPublic() || calls++ == kMaxCalls) continue;
    const size_t arity = function.arguments.size();
    // Each function takes the first arguments, and those it lacks, so that arity mismatches are tried too.
    vm::CallRequest call;
    call.contract = deployed->contract->identifier;
    call.function = name;
    call.args.assign(args.begin(), args.begin() + static_cast<std::ptrdiff_t>(std::min(arity, args.size())));
    call.sender = deployer;
    costs::CostTracker call_tracker(kBudget);
    tx.tracker = &call_tracker;
    auto outcome = function.IsReadOnly() ? vm::CallReadOnly(tx, call) : vm::CallContract(tx, call);
    CheckOutcome(outcome, stack);
  }
  return 0;
}
