#include "clarity/vm/snippet.h"

#include <memory>

#include "clarity/ast/build_ast.h"
#include "clarity/costs/cost_tracker.h"
#include "clarity/storage/memory_store.h"
#include "clarity/storage/write_stack.h"
#include "clarity/vm/contract_parse.h"
#include "clarity/vm/define.h"
#include "clarity/vm/global_context.h"

namespace stacks::clarity::vm {

util::Result<EvalOutcome> EvalSnippet(std::string_view source, const EvalOptions& options) {
  STACKS_TRY(costs::CostVersion cost_version, costs::CostVersionForEpoch(options.epoch, options.mainnet));
  StandardPrincipal sender;
  if (options.sender) {
    sender = *options.sender;
  } else {
    STACKS_TRY(sender, StandardPrincipal::Parse(kDefaultSnippetSender));
  }
  auto contract = std::make_shared<ContractContext>();
  contract->identifier = ContractIdentifier{sender, "snippet"};
  contract->version = options.clarity_version;

  const ast::ParseOptions parse = ContractParseOptions(options.epoch, contract->identifier);
  // As the reference's snippets: the deployment's AST passes (definitions sorted, traits resolved), parsed free.
  STACKS_TRY(ast::ContractAst parsed, ast::BuildContractAst(source, parse, /*tracker=*/nullptr, cost_version));
  if (parsed.expressions.empty()) return util::Unimplemented("an empty snippet has no value");
  contract->ast = std::make_shared<const ast::ContractAst>(std::move(parsed));
  AdoptTraits(*contract);

  costs::CostTracker tracker(options.cost_limit.value_or(costs::BlockLimit(options.epoch, costs::Network::kMainnet)));
  storage::MemoryStore store;
  storage::WriteStack stack(store);
  ChainContext chain;
  chain.epoch = options.epoch;
  chain.mainnet = options.mainnet;
  chain.chain_id = options.chain_id.value_or(options.mainnet ? CHAIN_ID_MAINNET : CHAIN_ID_TESTNET);
  chain.wasm_build = true;  // snippets answer as the reference's test sessions, its WASM build
  GlobalContext global(stack, tracker, chain, cost_version);
  STACKS_RETURN_IF_ERROR(global.Begin());
  STACKS_TRY(Value principal, Value::Principal(sender));
  Environment env(global, contract.get(), principal, principal, std::nullopt);
  env.set_deploying(contract.get());
  STACKS_TRY(std::optional<Value> last, EvalTopLevel(contract->ast->expressions, env, *contract));
  if (!last) return util::Unimplemented("a snippet of only definitions has no value");
  STACKS_RETURN_IF_ERROR(global.Commit());
  return EvalOutcome{*last, tracker.total(), global.TakeCommittedEvents()};
}

}  // namespace stacks::clarity::vm
