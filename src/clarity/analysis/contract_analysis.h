// ContractAnalysis: what static analysis learns about a contract at deployment (stacks-core
// clarity/src/vm/analysis/types.rs), kept beside the contract so that later contracts can be checked against it
// (contract-call? argument and result types, traits defined elsewhere) and so that /v2/contracts/interface can
// describe it.
//
// The passes fill it in this order, as the reference's run_analysis does: definition sorting (top-level
// expressions in dependency order), trait resolution, the read-only checker, the type checker (every type below),
// the trait checker (implemented_traits against the traits' definitions). The ABI (contract_interface.h) is built
// from a finished analysis.
//
// Plain data: copyable, no invariants beyond what the passes establish. Not thread-safe to mutate.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "clarity/ast/symbolic_expression.h"
#include "clarity/types/principal.h"
#include "clarity/types/type_signature.h"
#include "common/clarity_version.h"
#include "common/epoch.h"

namespace stacks::clarity::analysis {

/// One named argument of a defined function (FunctionArg).
struct FunctionArg {
  std::string name;
  TypeSignature type;
  bool operator==(const FunctionArg&) const = default;
};

/// The type of a function a contract defines (FunctionType::Fixed): its arguments in order and its return type.
struct FixedFunction {
  std::vector<FunctionArg> args;
  TypeSignature returns;
  bool operator==(const FixedFunction&) const = default;
};

/// A method of a trait (FunctionSignature): argument types and return type, no names.
struct FunctionSignature {
  std::vector<TypeSignature> args;
  TypeSignature returns;
  bool operator==(const FunctionSignature&) const = default;
};

/// A trait's methods by name (define-trait), sorted by name.
using TraitDefinition = std::map<std::string, FunctionSignature, std::less<>>;

struct ContractAnalysis {
  ContractIdentifier contract_identifier;
  common::ClarityVersion clarity_version = common::ClarityVersion::kClarity1;
  common::StacksEpochId epoch = common::StacksEpochId::k21;

  std::map<std::string, FixedFunction, std::less<>> private_function_types;
  std::map<std::string, FixedFunction, std::less<>> public_function_types;
  std::map<std::string, FixedFunction, std::less<>> read_only_function_types;
  /// define-constant types (variable_types).
  std::map<std::string, TypeSignature, std::less<>> variable_types;
  /// define-data-var types (persisted_variable_types).
  std::map<std::string, TypeSignature, std::less<>> persisted_variable_types;
  /// define-map key and value types.
  std::map<std::string, std::pair<TypeSignature, TypeSignature>, std::less<>> map_types;
  std::set<std::string, std::less<>> fungible_tokens;
  /// define-non-fungible-token asset types.
  std::map<std::string, TypeSignature, std::less<>> non_fungible_tokens;
  std::map<std::string, TraitDefinition, std::less<>> defined_traits;
  std::set<TraitIdentifier> implemented_traits;

  // Not stored with the contract (the reference's #[serde(skip)] fields):
  /// The top-level expressions, in the order the definition sorter gives (dependencies first).
  std::vector<ast::SymbolicExpression> expressions;
  /// The type the checker gave each expression, by SymbolicExpression::id.
  std::unordered_map<uint64_t, TypeSignature> type_map;
};

}  // namespace stacks::clarity::analysis
