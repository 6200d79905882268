// Calls of a deployed contract through the VM's public API (vm::CallContract), the shapes of bench/clarity/bench.clar
// that bench/clarity/reference.js times in the reference VM: a no-op call, folds over 200 and 1,001 items, 200
// map-set then map-get?, 200 sha256. Each call is a whole contract-call transaction as a node runs it (a fresh cost
// tracker, the contract from the cache, the arguments checked, its writes committed to an in-memory store); the
// block height stays put, as it does between transactions of one block. The counters are the costs the call
// charged, to be compared with the reference's (bench/clarity/compare.js prints both).
#include <benchmark/benchmark.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "clarity/costs/cost_tracker.h"
#include "clarity/storage/memory_store.h"
#include "clarity/storage/write_stack.h"
#include "clarity/types/value.h"
#include "clarity/vm/contract_store.h"
#include "clarity/vm/runtime.h"
#include "codec/stacks_address.h"

#ifndef STACKS_BENCH_CLARITY_DIR
#error "STACKS_BENCH_CLARITY_DIR must name bench/clarity"
#endif

namespace {

using namespace stacks;
using namespace stacks::clarity;

constexpr costs::Epoch kEpoch = costs::Epoch::k30;

std::string ReadContract() {
  std::ifstream in(std::string(STACKS_BENCH_CLARITY_DIR) + "/bench.clar");
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

StandardPrincipal Deployer() { return StandardPrincipal::Parse("ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM").value(); }

// A store with bench.clar deployed as the deployer's `bench`, and a cache that keeps it loaded.
struct Chain {
  storage::MemoryStore store;
  storage::WriteStack stack{store};
  vm::ContractCache cache;
  ContractIdentifier contract{Deployer(), "bench"};

  Chain() {
    costs::CostTracker tracker(costs::BlockLimit(kEpoch, costs::Network::kTestnet));
    vm::TransactionContext tx{&stack, &tracker, vm::ChainContext{.epoch = kEpoch}, &cache};
    const std::string source = ReadContract();
    vm::DeployRequest request;
    request.sender = Deployer();
    request.name = "bench";
    request.source = source;
    request.clarity_version = common::ClarityVersion::kClarity3;
    auto deployed = vm::DeployContract(tx, request);
    if (!deployed || deployed->error) {
      std::fprintf(stderr, "deploy failed: %s\n", (!deployed ? deployed.error() : *deployed->error).message.c_str());
      std::abort();
    }
  }
};

Value List(std::vector<Value> items) { return Value::List(std::move(items)).value(); }

void RunCall(benchmark::State& state, const std::string& function, std::vector<Value> args) {
  Chain chain;
  vm::CallRequest request;
  request.contract = chain.contract;
  request.function = function;
  request.args = std::move(args);
  request.sender = codec::Principal(Deployer());
  costs::ExecutionCost cost;
  for (auto _ : state) {
    costs::CostTracker tracker(costs::BlockLimit(kEpoch, costs::Network::kTestnet));
    vm::TransactionContext tx{&chain.stack, &tracker, vm::ChainContext{.epoch = kEpoch}, &chain.cache};
    auto called = vm::CallContract(tx, request);
    if (!called || called->error) {
      state.SkipWithError((!called ? called.error() : *called->error).message.c_str());
      return;
    }
    cost = called->cost;
    benchmark::DoNotOptimize(called);
  }
  state.counters["runtime"] = static_cast<double>(cost.runtime);
  state.counters["read_count"] = static_cast<double>(cost.read_count);
  state.counters["read_length"] = static_cast<double>(cost.read_length);
  state.counters["write_count"] = static_cast<double>(cost.write_count);
  state.counters["write_length"] = static_cast<double>(cost.write_length);
}

std::vector<Value> Ints(int n) {
  std::vector<Value> items;
  for (int i = 1; i <= n; ++i) items.push_back(Value::Int(i));
  return items;
}

std::vector<Value> UInts(int n) {
  std::vector<Value> items;
  for (int i = 1; i <= n; ++i) items.push_back(Value::UInt(static_cast<unsigned>(i)));
  return items;
}

std::vector<Value> Buffers(int n) {
  std::vector<Value> items;
  for (int i = 0; i < n; ++i) items.push_back(Value::Buffer(util::Bytes(32, static_cast<uint8_t>(i))).value());
  return items;
}

void BM_Noop(benchmark::State& state) { RunCall(state, "noop", {}); }
BENCHMARK(BM_Noop)->Name("noop");

void BM_Fold200(benchmark::State& state) { RunCall(state, "fold-items", {List(Ints(200))}); }
BENCHMARK(BM_Fold200)->Name("fold-200");

void BM_Fold1001(benchmark::State& state) { RunCall(state, "fold-items", {List(Ints(1001))}); }
BENCHMARK(BM_Fold1001)->Name("fold-1001");

void BM_MapSetGet200(benchmark::State& state) { RunCall(state, "map-set-get", {List(UInts(200))}); }
BENCHMARK(BM_MapSetGet200)->Name("map-set-get-200");

void BM_Sha256x200(benchmark::State& state) { RunCall(state, "hash-items", {List(Buffers(200))}); }
BENCHMARK(BM_Sha256x200)->Name("sha256-200");

}  // namespace
