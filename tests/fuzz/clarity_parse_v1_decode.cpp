// Fuzz parser v1 (clarity/ast/parser_v1.h, through ParsePreExpressions and ParseContract) with arbitrary source.
//
// Nothing may crash. A refusal carries the code its kind maps to, the detail's text as message and a span inside the
// source's lines. Accepted pre-expressions hold no comments and, printed with their sugar, read back to the same text
// (unless the text has a '\': v1 reads escapes in a way printing does not undo). ParseContract fails exactly when the
// pre-expressions or a depth checker do, and numbers ids in increasing order. AstRules::kTypical accepts everything
// kPrecheckSize accepts, with the same result, and refuses nothing else but for nesting.
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

ParseOptions V1(AstRules rules) {
  ParseOptions options;
  options.parser = ParserVersion::kV1;
  options.ast_rules = rules;
  return options;
}

bool IsDepthKind(ParseErrorKind kind) {
  return kind == ParseErrorKind::kExpressionStackDepthTooDeep ||
         kind == ParseErrorKind::kVaryExpressionStackDepthTooDeep;
}

void CheckRefusal(const util::Error& error, const ParseError& detail, std::string_view source) {
  Check(error.code == util::ErrorCode::kInvalidArgument || error.code == util::ErrorCode::kResourceExhausted);
  Check(error.code == ParseErrorCode(detail.kind));
  Check(error.message == detail.ToString());
  size_t lines = 1;
  for (char c : source) lines += c == '\n' ? 1 : 0;
  Check(detail.span.start_line <= lines && detail.span.end_line <= lines);
}

bool HasComment(const std::vector<PreSymbolicExpression>& exprs) {
  for (const PreSymbolicExpression& e : exprs) {
    if (e.kind == PreSymbolicExpression::Kind::kComment || HasComment(e.items)) return true;
  }
  return false;
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
  const ParseOptions precheck = V1(AstRules::kPrecheckSize);
  const ParseOptions typical = V1(AstRules::kTypical);

  ParseError detail;
  util::Result<std::vector<PreSymbolicExpression>> pre = ParsePreExpressions(source, precheck, &detail);
  ParseError typical_detail;
  util::Result<std::vector<PreSymbolicExpression>> pre_typical = ParsePreExpressions(source, typical, &typical_detail);
  if (!pre_typical) CheckRefusal(pre_typical.error(), typical_detail, source);
  if (!pre) {
    CheckRefusal(pre.error(), detail, source);
    // Typical refuses what precheck does, for the same reason, unless precheck stopped at its nesting limit first.
    if (detail.kind != ParseErrorKind::kVaryExpressionStackDepthTooDeep) {
      Check(!pre_typical && typical_detail.kind == detail.kind && typical_detail.message == detail.message);
    }
  } else {
    Check(!HasComment(*pre));
    Check(pre_typical.has_value());
    const std::string printed = ToSource(*pre);
    Check(ToSource(*pre_typical) == printed);
    if (printed.find('\\') == std::string::npos) {
      util::Result<std::vector<PreSymbolicExpression>> again = ParsePreExpressions(printed, precheck);
      Check(again.has_value() && ToSource(*again) == printed);
    }
  }

  for (const ParseOptions& options : {precheck, typical}) {
    ParseError contract_detail;
    util::Result<ContractAst> ast = ParseContract(source, options, &contract_detail);
    const bool parsed = options.ast_rules == AstRules::kTypical ? pre_typical.has_value() : pre.has_value();
    if (!ast) {
      CheckRefusal(ast.error(), contract_detail, source);
      if (parsed) Check(IsDepthKind(contract_detail.kind));
      continue;
    }
    Check(parsed);
    uint64_t last = 0;
    CheckIds(ast->expressions, last);
    for (const SymbolicExpression& e : ast->expressions) (void)ToReferenceDisplay(e);
  }
  return 0;
}
