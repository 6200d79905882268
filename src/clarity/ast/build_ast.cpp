// BuildContractAst: the parser and the AST passes in the reference's order, with their costs.
#include "clarity/ast/build_ast.h"

#include <utility>
#include <vector>

#include "clarity/ast/definition_sorter.h"
#include "clarity/ast/traits_resolver.h"

namespace stacks::clarity::ast {

util::Result<ContractAst> BuildContractAst(std::string_view source, const ParseOptions& options,
                                           costs::CostTracker* tracker, costs::CostVersion cost_version,
                                           ParseError* detail) {
  if (!Value::Contract(options.contract)) return util::InvalidArgument("ParseOptions::contract is not a contract");
  if (tracker != nullptr) {
    STACKS_RETURN_IF_ERROR(tracker->Charge(cost_version, costs::CostFunction::kAstParse, source.size()));
  }
  STACKS_TRY(std::vector<PreSymbolicExpression> pre, ParsePreExpressions(source, options, detail));
  STACKS_RETURN_IF_ERROR(CheckPreExpressionDepth(pre, options, detail));
  STACKS_TRY(DefinitionOrder order, SortDefinitions(pre, tracker, cost_version, detail));
  STACKS_TRY(TraitsResolution traits, ResolveTraits(pre, options.contract, detail));

  std::vector<PreSymbolicExpression> sorted;
  sorted.reserve(pre.size());
  for (size_t i : order.order) sorted.push_back(std::move(pre[i]));

  ContractAst ast;
  ast.contract_identifier = options.contract;
  ast.referenced_traits = std::move(traits.referenced_traits);
  ast.implemented_traits = std::move(traits.implemented_traits);
  STACKS_TRY(ast.expressions, ExpandSugar(std::move(sorted), options.contract, &ast.referenced_traits, detail));
  return ast;
}

}  // namespace stacks::clarity::ast
