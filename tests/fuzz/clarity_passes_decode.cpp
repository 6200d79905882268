// Fuzz the passes deployment runs on hostile Clarity source before type checking: BuildContractAst (parse, depth
// checks, definition sorter, traits resolver, sugar expansion) and the read-only checker, under a small cost budget.
//
// Nothing may crash or recurse without bound. A refusal from the AST is a parse error whose code its kind maps to,
// or the tracker's kResourceExhausted; the sorted expressions keep every non-comment top-level form once, with
// increasing ids. The read-only checker refuses with kInvalidArgument only (its AnalysisDb knows no contracts).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <vector>

#include "clarity/analysis/read_only_checker.h"
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

void CheckIds(const std::vector<ast::SymbolicExpression>& exprs, uint64_t& last) {
  for (const ast::SymbolicExpression& e : exprs) {
    Check(e.id > last);
    last = e.id;
    if (e.kind == ast::SymbolicExpression::Kind::kList) CheckIds(e.items, last);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view source(reinterpret_cast<const char*>(data), size);
  costs::CostTracker tracker(costs::ExecutionCost{
      .write_length = 0, .write_count = 0, .read_length = 0, .read_count = 0, .runtime = 50'000'000});
  ast::ParseError detail;
  detail.kind = ast::ParseErrorKind::kProgramTooLarge;
  util::Result<ast::ContractAst> built =
      ast::BuildContractAst(source, {}, &tracker, costs::CostVersion::kCosts3, &detail);
  if (!built) {
    if (built.error().code != util::ErrorCode::kResourceExhausted || built.error().message == detail.ToString()) {
      Check(built.error().code == ast::ParseErrorCode(detail.kind));
      Check(built.error().message == detail.ToString());
    }
    return 0;
  }
  util::Result<std::vector<ast::PreSymbolicExpression>> pre = ast::ParsePreExpressions(source);
  Check(pre.has_value());
  size_t forms = 0;
  for (const ast::PreSymbolicExpression& e : *pre) forms += e.kind != ast::PreSymbolicExpression::Kind::kComment;
  Check(built->expressions.size() == forms);
  uint64_t last = 0;
  CheckIds(built->expressions, last);

  NoContracts db;
  for (common::ClarityVersion version :
       {common::ClarityVersion::kClarity1, common::ClarityVersion::kClarity4, common::ClarityVersion::kClarity5}) {
    analysis::ContractAnalysis a;
    a.contract_identifier = built->contract_identifier;
    a.clarity_version = version;
    a.expressions = built->expressions;
    util::Status s = analysis::CheckReadOnly(a, db);
    Check(s.has_value() || s.error().code == util::ErrorCode::kInvalidArgument);
  }
  return 0;
}
