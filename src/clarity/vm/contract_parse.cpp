#include "clarity/vm/contract_parse.h"

#include "clarity/vm/evaluator.h"

namespace stacks::clarity::vm {

ast::ParseOptions ContractParseOptions(costs::Epoch epoch, const ContractIdentifier& contract) {
  ast::ParseOptions options;
  options.parser = epoch < costs::Epoch::k21 ? ast::ParserVersion::kV1 : ast::ParserVersion::kV2;
  options.ast_rules = ast::AstRules::kPrecheckSize;
  options.max_call_stack_depth = MaxCallStackDepth(epoch);
  options.contract = contract;
  return options;
}

}  // namespace stacks::clarity::vm
