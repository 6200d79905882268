// The Clarity cost tables as data: for each cost-contract version, each cost function's formula per dimension, and
// Evaluate, which computes a cost from them with the reference's integer arithmetic.
//
// The numbers are the boot cost contracts' (stackslib/src/chainstate/stacks/boot/costs.clar, costs-2.clar,
// costs-2-testnet.clar, costs-3.clar, costs-4.clar in stacks-core), generated into cost_tables.inc by
// tools/gen_clarity_costs.py. Every formula in those contracts is one of
//   constant b   |   linear a*n + b   |   logn a*log2(n) + b   |   nlogn a*(n*log2(n)) + b
// with log2 the floor of the base-2 logarithm, an error for n = 0 ("log2 must be passed a positive integer"), and
// products and sums saturating at 2^64 - 1 (the reference's linear/logn/nlogn helpers; evaluated in Clarity, the
// same numbers come out: u128 arithmetic, then a saturating cast to u64).
//
// Which version charges: the reference's default cost contract per epoch (default_cost_contract_for_epoch) —
// 2.0 costs, 2.05 costs-2 (costs-2-testnet off mainnet), 2.1 to 3.2 costs-3, 3.3 and 3.4 costs-4, 4.0 and 4.1
// costs-5. costs-5 exists only in the reference's Rust code (costs_5.rs, no boot contract): as the reference VM the
// tests compare against has it, it is costs-4 with the four functions of Clarity 6's natives defined
// (cost_verify_merkle_proof, cost_get_bitcoin_tx_output, cost_ed25519verify, cost_secp256k1decompress), two of
// them linear in n >> 10 (Formula::shift). Cost voting (a vote replacing a function with another contract's) is not
// modelled.
//
// All functions here are pure and thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "clarity/costs/cost_function.h"
#include "clarity/costs/execution_cost.h"
#include "common/epoch.h"
#include "util/result.h"

namespace stacks::clarity::costs {

/// Stacks epochs (common/epoch.h, the same ids the chain uses).
using Epoch = common::StacksEpochId;

/// A boot cost contract.
enum class CostVersion : unsigned char {
  kCosts1,         ///< costs.clar (Epoch 2.0)
  kCosts2,         ///< costs-2.clar (Epoch 2.05, mainnet)
  kCosts2Testnet,  ///< costs-2-testnet.clar (Epoch 2.05 off mainnet)
  kCosts3,         ///< costs-3.clar (Epochs 2.1 - 3.2)
  kCosts4,         ///< costs-4.clar (Epochs 3.3, 3.4)
  kCosts5,         ///< costs_5.rs (Epochs 4.0, 4.1; no boot contract)
};
inline constexpr std::size_t kCostVersionCount = 6;

/// The contract's name: "costs", "costs-2", "costs-2-testnet", "costs-3", "costs-4", "costs-5".
std::string_view CostVersionName(CostVersion version);

/// The version the reference charges from in `epoch`. Fails with kFailedPrecondition for Epoch 1.0 (no Clarity).
util::Result<CostVersion> CostVersionForEpoch(Epoch epoch, bool mainnet);

enum class FormulaKind : unsigned char { kConstant, kLinear, kLogN, kNLogN };

/// One dimension's formula. kConstant is b (a is 0). The input is n >> shift (costs-5's `linear(n >> 10, a, b)`;
/// 0 in every boot contract).
struct Formula {
  FormulaKind kind = FormulaKind::kConstant;
  uint64_t a = 0;
  uint64_t b = 0;
  uint8_t shift = 0;
  bool operator==(const Formula&) const = default;
};

/// A cost function's formulas. `defined` is false when the version lacks the function (it was added later, or is
/// in no version); the reference then fails with NotImplemented.
struct CostEntry {
  bool defined = false;
  /// runtime, write_length, write_count, read_count, read_length (the contracts' tuple order).
  std::array<Formula, 5> dimensions{};
  const Formula& runtime() const { return dimensions[0]; }
  const Formula& write_length() const { return dimensions[1]; }
  const Formula& write_count() const { return dimensions[2]; }
  const Formula& read_count() const { return dimensions[3]; }
  const Formula& read_length() const { return dimensions[4]; }
};

/// The entry for `function` in `version`'s table (a reference into static data).
const CostEntry& Lookup(CostVersion version, CostFunction function);

/// floor(log2(n)); fails with kInvalidArgument "log2 must be passed a positive integer" for n = 0.
util::Result<uint64_t> Log2Floor(uint64_t n);

/// One formula at input size n (shifted right by formula.shift first), saturating at 2^64 - 1. Fails as Log2Floor
/// for logn/nlogn at n = 0.
util::Result<uint64_t> EvaluateFormula(const Formula& formula, uint64_t n);

/// The cost of `function` at input size n under `version`. Fails with kUnimplemented "<name> is not defined in
/// <contract>" when the version lacks it (and always for kUnimplemented), or with kInvalidArgument when a logn/nlogn
/// dimension gets n = 0.
util::Result<ExecutionCost> Evaluate(CostVersion version, CostFunction function, uint64_t n);

/// A cost function reduced for the charging fast path: most functions cost runtime only, as a constant or a linear
/// formula of n; those that read or write (the data natives, contract loads) are constant or linear in n in every
/// dimension. kGeneral is everything else (undefined, log formulas, shifted inputs), which the caller evaluates with
/// TryEvaluate or Evaluate.
struct FastCost {
  enum class Kind : unsigned char { kGeneral, kRuntimeConstant, kRuntimeLinear, kLinear };
  Kind kind = Kind::kGeneral;
  /// kRuntimeLinear: runtime = a * n + b (a caller falls back to TryEvaluate when that overflows).
  /// kRuntimeConstant: runtime = b. kLinear: each dimension d (runtime, write_length, write_count, read_count,
  /// read_length, CostEntry's order) = a[d] * n + b[d], with a[d] = 0 for a constant.
  uint64_t a = 0;
  uint64_t b = 0;
  /// kLinear only: the coefficients of every dimension.
  std::array<uint64_t, 5> all_a{};
  std::array<uint64_t, 5> all_b{};
};

/// The fast forms of `version`'s cost functions, indexed by CostFunction: kCostFunctionCount entries of static
/// data, so the pointer stays valid for the program's life.
const FastCost* FastCosts(CostVersion version);

/// Evaluate without building a Result, for the charging fast path: on success writes the cost to `out` and returns
/// true; returns false (leaving `out` unspecified) exactly where Evaluate fails, which then says why.
bool TryEvaluate(CostVersion version, CostFunction function, uint64_t n, ExecutionCost& out);

}  // namespace stacks::clarity::costs
