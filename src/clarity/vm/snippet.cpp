#include "clarity/vm/snippet.h"

#include "clarity/ast/parser.h"
#include "clarity/costs/cost_tracker.h"
#include "clarity/storage/memory_store.h"
#include "clarity/storage/write_stack.h"
#include "clarity/vm/database.h"

namespace stacks::clarity::vm {

util::Result<EvalOutcome> EvalSnippet(std::string_view source, const EvalOptions& options) {
  if (options.epoch < costs::Epoch::k21) {
    return util::Unimplemented("epochs before 2.1 need parser v1, which is not built");
  }
  STACKS_TRY(costs::CostVersion cost_version, costs::CostVersionForEpoch(options.epoch, /*mainnet=*/true));
  ast::ParseOptions parse;
  parse.max_call_stack_depth = MaxCallStackDepth(options.epoch);
  STACKS_TRY(ast::ContractAst contract, ast::ParseContract(source, parse));
  if (contract.expressions.empty()) return util::Unimplemented("an empty snippet has no value");
  for (const auto& e : contract.expressions) {
    if (e.kind == ast::SymbolicExpression::Kind::kList && !e.items.empty() &&
        e.items[0].kind == ast::SymbolicExpression::Kind::kAtom && e.items[0].name.starts_with("define-") &&
        !IsSupportedDefine(e)) {
      return util::Unimplemented(e.items[0].name + " is not built yet");
    }
  }
  costs::CostTracker tracker(options.cost_limit.value_or(costs::BlockLimit(options.epoch, costs::Network::kMainnet)));
  Environment env(options.epoch, options.clarity_version, cost_version, tracker, options.mainnet,
                  options.chain_id.value_or(options.mainnet ? CHAIN_ID_MAINNET : CHAIN_ID_TESTNET));
  // The snippet is a contract's top level: defines register in its context, data lives in a fresh store.
  storage::MemoryStore store;
  storage::WriteStack stack(store);
  STACKS_RETURN_IF_ERROR(stack.Nest());
  ContractContext contract_context;
  contract_context.identifier.name = "snippet";
  contract_context.store = &stack;
  env.set_contract(&contract_context);
  LocalContext context;
  std::optional<Value> last;
  for (const auto& e : contract.expressions) {
    if (IsSupportedDefine(e)) {
      STACKS_RETURN_IF_ERROR(EvalDefine(e, env));
      continue;
    }
    STACKS_TRY(Value v, Eval(e, env, context));
    last = std::move(v);
  }
  if (!last) return util::Unimplemented("a snippet of only definitions has no value");
  return EvalOutcome{*last, tracker.total()};
}

}  // namespace stacks::clarity::vm
