// How the passes outside the type checker (read_only_checker, trait_checker, store_analysis_db) spell a refusal, in
// the type checker's form: the reference's StaticCheckErrorKind variant with its fields (strings unquoted), then
// " at line:column" where the reference attaches an expression: "WriteAttemptedInReadOnly at 3:1",
// "BadTraitImplementation(tr, get-x)". Internal to stacks_clarity_analysis.
#pragma once

#include <string>
#include <utility>

#include "clarity/ast/symbolic_expression.h"
#include "util/result.h"

namespace stacks::clarity::analysis::internal {

/// kInvalidArgument with `variant`, followed by " at l:c" when `span` is not zero.
inline util::Error AnalysisError(std::string variant, const ast::Span& span = {}) {
  if (span.start_line != 0) {
    variant += " at " + std::to_string(span.start_line) + ":" + std::to_string(span.start_column);
  }
  return util::Error{util::ErrorCode::kInvalidArgument, std::move(variant)};
}

}  // namespace stacks::clarity::analysis::internal
