// Fuzz the Clarity parser (clarity/ast/parser.h) with arbitrary source text.
//
// Nothing may crash. A refusal carries the code its kind maps to (kInvalidArgument, or kResourceExhausted for the
// depth and size limits), a detail whose kind names the message, and a span inside the source's lines. A contract
// that parses prints as source that parses back to the same printed form (unless the expansion of `{}` tuples into
// lists pushes it past the depth limit), and its pre-expressions, printed with their sugar, read back to the same
// text. Ids are unique and increasing in print order.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "clarity/ast/parser.h"
#include "clarity/ast/printer.h"

namespace {

using namespace stacks;
using namespace stacks::clarity::ast;

void Check(bool condition) {
  if (!condition) std::abort();
}

void CheckRefusal(const util::Error& error, const ParseError& detail, std::string_view source) {
  Check(error.code == util::ErrorCode::kInvalidArgument || error.code == util::ErrorCode::kResourceExhausted);
  Check(error.code == ParseErrorCode(detail.kind));
  Check(error.message == detail.ToString());
  size_t lines = 1;
  for (char c : source) lines += c == '\n' ? 1 : 0;
  Check(detail.span.start_line <= lines && detail.span.end_line <= lines);
}

void CheckIds(const std::vector<SymbolicExpression>& exprs, uint64_t& last) {
  for (const SymbolicExpression& e : exprs) {
    Check(e.id > last);
    last = e.id;
    if (e.kind == SymbolicExpression::Kind::kList) CheckIds(e.items, last);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view source(reinterpret_cast<const char*>(data), size);

  ParseError detail;
  util::Result<std::vector<PreSymbolicExpression>> pre = ParsePreExpressions(source, {}, &detail);
  if (!pre) {
    CheckRefusal(pre.error(), detail, source);
  } else {
    const std::string printed = ToSource(*pre);
    util::Result<std::vector<PreSymbolicExpression>> again = ParsePreExpressions(printed);
    Check(again.has_value() && ToSource(*again) == printed);
  }

  util::Result<ContractAst> ast = ParseContract(source, {}, &detail);
  if (!ast) {
    CheckRefusal(ast.error(), detail, source);
    return 0;
  }
  Check(pre.has_value());
  uint64_t last = 0;
  CheckIds(ast->expressions, last);
  for (const SymbolicExpression& e : ast->expressions) (void)ToReferenceDisplay(e);
  const std::string printed = ToSource(*ast);
  util::Result<ContractAst> again = ParseContract(printed, {}, &detail);
  if (!again) {
    Check(detail.kind == ParseErrorKind::kExpressionStackDepthTooDeep ||
          detail.kind == ParseErrorKind::kVaryExpressionStackDepthTooDeep);
    return 0;
  }
  Check(ToSource(*again) == printed);
  return 0;
}
