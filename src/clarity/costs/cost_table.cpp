#include "clarity/costs/cost_table.h"

#include <bit>
#include <limits>
#include <string>

namespace stacks::clarity::costs {

namespace {

using CostTable = std::array<CostEntry, kCostFunctionCount>;

#include "clarity/costs/cost_tables.inc"

constexpr Formula kZero{};

constexpr CostEntry RuntimeOnly(Formula runtime) { return CostEntry{true, {{runtime, kZero, kZero, kZero, kZero}}}; }

// costs_5.rs as the reference VM the tests compare against has it: every function forwards to costs-4, and the four
// cost functions of Clarity 6's natives, which costs-4 leaves NotImplemented, get runtime-only formulas.
constexpr CostTable MakeCosts5Table() {
  CostTable table = kCosts4Table;
  auto set = [&table](CostFunction function, CostEntry entry) { table[static_cast<std::size_t>(function)] = entry; };
  set(CostFunction::kVerifyMerkleProof, RuntimeOnly({FormulaKind::kLinear, 125, 502, 0}));
  set(CostFunction::kGetBitcoinTxOutput, RuntimeOnly({FormulaKind::kLinear, 125, 291, 10}));
  set(CostFunction::kEd25519verify, RuntimeOnly({FormulaKind::kLinear, 125, 7880, 10}));
  set(CostFunction::kSecp256k1decompress, RuntimeOnly({FormulaKind::kConstant, 0, 1035, 0}));
  return table;
}
constexpr CostTable kCosts5Table = MakeCosts5Table();

constexpr std::array<const CostTable*, kCostVersionCount> kTables = {&kCosts1Table, &kCosts2Table, &kCosts2TestnetTable,
                                                                     &kCosts3Table, &kCosts4Table, &kCosts5Table};

uint64_t SaturatingMul(uint64_t a, uint64_t b) {
  uint64_t product = 0;
  return __builtin_mul_overflow(a, b, &product) ? std::numeric_limits<uint64_t>::max() : product;
}

uint64_t SaturatingAdd(uint64_t a, uint64_t b) {
  uint64_t sum = 0;
  return __builtin_add_overflow(a, b, &sum) ? std::numeric_limits<uint64_t>::max() : sum;
}

}  // namespace

std::string_view CostVersionName(CostVersion version) {
  switch (version) {
    case CostVersion::kCosts1:
      return "costs";
    case CostVersion::kCosts2:
      return "costs-2";
    case CostVersion::kCosts2Testnet:
      return "costs-2-testnet";
    case CostVersion::kCosts3:
      return "costs-3";
    case CostVersion::kCosts4:
      return "costs-4";
    case CostVersion::kCosts5:
      return "costs-5";
  }
  return "unknown";
}

util::Result<CostVersion> CostVersionForEpoch(Epoch epoch, bool mainnet) {
  switch (epoch) {
    case Epoch::k10:
      return util::FailedPrecondition("Epoch 1.0 has no Clarity and no cost functions");
    case Epoch::k20:
      return CostVersion::kCosts1;
    case Epoch::k2_05:
      return mainnet ? CostVersion::kCosts2 : CostVersion::kCosts2Testnet;
    case Epoch::k21:
    case Epoch::k22:
    case Epoch::k23:
    case Epoch::k24:
    case Epoch::k25:
    case Epoch::k30:
    case Epoch::k31:
    case Epoch::k32:
      return CostVersion::kCosts3;
    case Epoch::k33:
    case Epoch::k34:
      return CostVersion::kCosts4;
    case Epoch::k40:
    case Epoch::k41:
      return CostVersion::kCosts5;
  }
  return util::InvalidArgument("unknown epoch " + std::to_string(static_cast<uint32_t>(epoch)));
}

const CostEntry& Lookup(CostVersion version, CostFunction function) {
  return kTables.at(static_cast<std::size_t>(version))->at(static_cast<std::size_t>(function));
}

util::Result<uint64_t> Log2Floor(uint64_t n) {
  if (n == 0) return util::InvalidArgument("log2 must be passed a positive integer");
  return static_cast<uint64_t>(std::bit_width(n) - 1);
}

namespace {

// One formula at n; false only for a log of 0 (the one formula that cannot be evaluated).
inline bool EvaluateInto(const Formula& formula, uint64_t n, uint64_t& out) {
  n = formula.shift >= 64 ? 0 : n >> formula.shift;
  switch (formula.kind) {
    case FormulaKind::kConstant:
      out = formula.b;
      return true;
    case FormulaKind::kLinear:
      out = SaturatingAdd(SaturatingMul(formula.a, n), formula.b);
      return true;
    case FormulaKind::kLogN:
      if (n == 0) return false;
      out = SaturatingAdd(SaturatingMul(formula.a, static_cast<uint64_t>(std::bit_width(n) - 1)), formula.b);
      return true;
    case FormulaKind::kNLogN:
      if (n == 0) return false;
      out = SaturatingAdd(SaturatingMul(formula.a, SaturatingMul(static_cast<uint64_t>(std::bit_width(n) - 1), n)),
                          formula.b);
      return true;
  }
  return false;
}

}  // namespace

util::Result<uint64_t> EvaluateFormula(const Formula& formula, uint64_t n) {
  uint64_t out = 0;
  if (!EvaluateInto(formula, n, out)) return util::InvalidArgument("log2 must be passed a positive integer");
  return out;
}

util::Result<ExecutionCost> Evaluate(CostVersion version, CostFunction function, uint64_t n) {
  const CostEntry& entry = Lookup(version, function);
  if (!entry.defined) {
    return util::Unimplemented(std::string(CostFunctionName(function)) + " is not defined in " +
                               std::string(CostVersionName(version)));
  }
  ExecutionCost cost;
  if (!TryEvaluate(version, function, n, cost)) return util::InvalidArgument("log2 must be passed a positive integer");
  return cost;
}

namespace {

// Whether every dimension but runtime is the constant 0, as for most functions (nothing read or written): such an
// entry is evaluated by its runtime formula alone.
constexpr bool IsRuntimeOnly(const CostEntry& entry) {
  for (size_t i = 1; i < entry.dimensions.size(); ++i) {
    if (!(entry.dimensions[i] == kZero)) return false;
  }
  return true;
}

using RuntimeOnlyTable = std::array<std::array<bool, kCostFunctionCount>, kCostVersionCount>;
constexpr RuntimeOnlyTable MakeRuntimeOnlyTable() {
  RuntimeOnlyTable table{};
  for (size_t v = 0; v < kCostVersionCount; ++v) {
    for (size_t f = 0; f < kCostFunctionCount; ++f) table[v][f] = IsRuntimeOnly((*kTables[v])[f]);
  }
  return table;
}
constexpr RuntimeOnlyTable kRuntimeOnly = MakeRuntimeOnlyTable();

using FastCostTable = std::array<std::array<FastCost, kCostFunctionCount>, kCostVersionCount>;
constexpr FastCostTable MakeFastCostTable() {
  FastCostTable table{};
  for (size_t v = 0; v < kCostVersionCount; ++v) {
    for (size_t f = 0; f < kCostFunctionCount; ++f) {
      const CostEntry& entry = (*kTables[v])[f];
      const Formula& runtime = entry.dimensions[0];
      FastCost& fast = table[v][f];
      if (!entry.defined) continue;
      if (!IsRuntimeOnly(entry)) {
        bool linear = true;
        for (size_t d = 0; d < entry.dimensions.size(); ++d) {
          const Formula& formula = entry.dimensions[d];
          if (formula.shift != 0 || (formula.kind != FormulaKind::kConstant && formula.kind != FormulaKind::kLinear)) {
            linear = false;
            break;
          }
          fast.all_a[d] = formula.kind == FormulaKind::kLinear ? formula.a : 0;
          fast.all_b[d] = formula.b;
        }
        fast.kind = linear ? FastCost::Kind::kLinear : FastCost::Kind::kGeneral;
        continue;
      }
      if (runtime.shift != 0) continue;
      if (runtime.kind == FormulaKind::kConstant) {
        fast.kind = FastCost::Kind::kRuntimeConstant;
        fast.b = runtime.b;
      } else if (runtime.kind == FormulaKind::kLinear) {
        fast.kind = FastCost::Kind::kRuntimeLinear;
        fast.a = runtime.a;
        fast.b = runtime.b;
      }
    }
  }
  return table;
}
constexpr FastCostTable kFastCosts = MakeFastCostTable();

}  // namespace

const FastCost* FastCosts(CostVersion version) {
  const auto v = static_cast<std::size_t>(version);
  return kFastCosts[v < kCostVersionCount ? v : 0].data();
}

bool TryEvaluate(CostVersion version, CostFunction function, uint64_t n, ExecutionCost& out) {
  const auto v = static_cast<std::size_t>(version);
  const auto f = static_cast<std::size_t>(function);
  if (v >= kCostVersionCount || f >= kCostFunctionCount) return false;
  const CostEntry& entry = (*kTables[v])[f];
  if (!entry.defined) return false;
  if (kRuntimeOnly[v][f]) {
    out = ExecutionCost{};
    return EvaluateInto(entry.runtime(), n, out.runtime);
  }
  return EvaluateInto(entry.runtime(), n, out.runtime) && EvaluateInto(entry.write_length(), n, out.write_length) &&
         EvaluateInto(entry.write_count(), n, out.write_count) && EvaluateInto(entry.read_count(), n, out.read_count) &&
         EvaluateInto(entry.read_length(), n, out.read_length);
}

}  // namespace stacks::clarity::costs
