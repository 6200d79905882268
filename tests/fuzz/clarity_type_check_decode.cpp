// Fuzz the type checker with hostile Clarity source: BuildContractAst, then TypeCheck under a small cost budget, in
// the Clarity version the first byte picks (1 to 4, the epoch its first). Nothing may crash or recurse without bound.
// A refusal is a reference variant (kInvalidArgument), a depth or memory limit, or the tracker's kResourceExhausted;
// a success types every top-level expression that is not a define, and a second run gives the same verdict.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>

#include "clarity/analysis/type_checker.h"
#include "clarity/ast/build_ast.h"

namespace {

using namespace stacks;
using namespace stacks::clarity;

void Check(bool condition) {
  if (!condition) std::abort();
}

class NoContracts final : public analysis::AnalysisDb {
 public:
  util::Result<std::optional<analysis::ContractAnalysis>> LoadAnalysis(const ContractIdentifier&) override {
    return std::optional<analysis::ContractAnalysis>{};
  }
};

constexpr costs::ExecutionCost kBudget{
    .write_length = 1'000'000, .write_count = 10, .read_length = 1'000'000, .read_count = 100, .runtime = 50'000'000};

util::Status TypeCheckOnce(const ast::ContractAst& built, common::ClarityVersion version,
                           analysis::ContractAnalysis& out) {
  static constexpr common::StacksEpochId kEpochs[] = {common::StacksEpochId::k21, common::StacksEpochId::k25,
                                                      common::StacksEpochId::k30, common::StacksEpochId::k33};
  out.contract_identifier = built.contract_identifier;
  out.clarity_version = version;
  out.epoch = kEpochs[static_cast<int>(version) - 1];
  out.expressions = built.expressions;
  NoContracts db;
  costs::CostTracker tracker(kBudget);
  return analysis::TypeCheck(out, db, tracker);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const auto version = static_cast<common::ClarityVersion>(1 + data[0] % 4);
  const std::string_view source(reinterpret_cast<const char*>(data) + 1, size - 1);
  util::Result<ast::ContractAst> built = ast::BuildContractAst(source, {}, nullptr, costs::CostVersion::kCosts3);
  if (!built) return 0;

  analysis::ContractAnalysis first;
  util::Status status = TypeCheckOnce(*built, version, first);
  if (!status) {
    const util::Error& e = status.error();
    Check(!e.message.empty());
    Check(e.code == util::ErrorCode::kInvalidArgument || e.code == util::ErrorCode::kResourceExhausted);
    if (e.code == util::ErrorCode::kInvalidArgument) Check(!analysis::CheckErrorVariant(e).empty());
  } else {
    for (const ast::SymbolicExpression& e : first.expressions) {
      const bool is_define =
          e.kind == ast::SymbolicExpression::Kind::kList && !e.items.empty() &&
          e.items[0].kind == ast::SymbolicExpression::Kind::kAtom &&
          (e.items[0].name.starts_with("define-") || e.items[0].name == "use-trait" || e.items[0].name == "impl-trait");
      if (!is_define) Check(first.type_map.contains(e.id));
    }
  }
  analysis::ContractAnalysis second;
  util::Status again = TypeCheckOnce(*built, version, second);
  Check(again.has_value() == status.has_value());
  if (!status) Check(again.error().message == status.error().message);
  return 0;
}
