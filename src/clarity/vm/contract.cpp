#include "clarity/vm/contract.h"

#include "clarity/vm/evaluator.h"

namespace stacks::clarity::vm {

bool ContractContext::IsNameUsed(std::string_view name) const {
  return IsReserved(name, version) || constants.contains(name) || functions.contains(name) ||
         data_vars.contains(name) || maps.contains(name) || fungible_tokens.contains(name) ||
         non_fungible_tokens.contains(name) || defined_traits.contains(name);
}

const DefinedFunction* ContractContext::FindFunction(std::string_view name) const {
  auto it = functions.find(name);
  return it == functions.end() ? nullptr : &it->second;
}

const Value* ContractContext::FindConstant(std::string_view name) const {
  auto it = constants.find(name);
  return it == constants.end() ? nullptr : &it->second;
}

}  // namespace stacks::clarity::vm
