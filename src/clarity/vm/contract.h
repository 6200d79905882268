// A contract as the evaluator sees it (stacks-core clarity/src/vm/contexts.rs ContractContext, callables.rs
// DefinedFunction, contracts.rs): its identifier and Clarity version, its parsed top level, and what its top level
// defined — constants with their values, functions, the types of its data vars, maps and tokens, its traits.
// Data itself (var values, map entries, balances) lives in the store under the reference's keys (keys.h).
//
// A ContractContext is filled by deployment (runtime.h) or by loading a deployed one (contract_store.h), and is
// immutable afterwards: loaded contracts are shared (std::shared_ptr<const ContractContext>) by every execution that
// calls them and by the loaded-contract cache. Function bodies point into `ast`, which the context co-owns, so
// copies of a context stay valid.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "clarity/ast/symbolic_expression.h"
#include "clarity/types/principal.h"
#include "clarity/types/type_signature.h"
#include "clarity/types/value.h"
#include "common/clarity_version.h"

namespace stacks::clarity::vm {

using common::ClarityVersion;

/// How a function was defined (DefineType).
enum class DefineType : uint8_t {
  kPrivate,   ///< define-private: callable only from its own contract.
  kReadOnly,  ///< define-read-only: callable from anywhere; runs in a read-only level.
  kPublic,    ///< define-public: callable from anywhere; must return a response, whose err rolls its writes back.
};

/// A function defined by define-private, define-read-only or define-public (DefinedFunction).
struct ArithmeticBody;  // arithmetic_body.h
struct CompiledBody;    // compiled_body.h

struct DefinedFunction {
  std::string name;
  DefineType define_type = DefineType::kPrivate;
  std::vector<std::pair<std::string, TypeSignature>> arguments;
  const ast::SymbolicExpression* body = nullptr;  ///< Into the owning context's `ast`.
  /// Derived once at definition (DefineFunction) from `arguments`, for every call: each argument type's Size()
  /// (what cost_inner_type_check_cost charges before Epoch 3.3), and whether no two arguments share a name (binding
  /// them then needs no look for an earlier one). A function built without them (empty sizes) has its types sized
  /// and its names looked up per call.
  std::vector<uint32_t> argument_sizes;
  bool distinct_argument_names = false;
  /// The body compiled for the arithmetic fast path, when it qualifies (arithmetic_body.h); else null.
  std::shared_ptr<const ArithmeticBody> arithmetic;
  /// The body compiled for the map fast path, when it qualifies and the arithmetic one does not (compiled_body.h);
  /// else null.
  std::shared_ptr<const CompiledBody> compiled;

  /// Public or read-only: may be called by a transaction or by contract-call? (is_public).
  bool IsPublic() const { return define_type != DefineType::kPrivate; }
  bool IsReadOnly() const { return define_type == DefineType::kReadOnly; }
};

/// A trait's function signature (FunctionSignature): argument types and a response return type.
struct FunctionSignature {
  std::vector<TypeSignature> args;
  TypeSignature returns;
  bool operator==(const FunctionSignature&) const = default;
};

/// A trait defined by define-trait: its functions by name.
using TraitDefinition = std::map<std::string, FunctionSignature, std::less<>>;

/// The key and value types of a data map (DataMapMetadata), with what every access needs derived once.
struct DataMapTypes {
  TypeSignature key;
  TypeSignature value;
  /// (optional value): what an entry is read as; nullopt when that type is too deep to build (the read then fails
  /// as it would building it).
  std::optional<TypeSignature> stored;
  /// storage::DataMapEntryKeyPrefix of the map.
  std::string entry_key_prefix;
};

struct ContractContext {
  ContractIdentifier identifier;
  ClarityVersion version = ClarityVersion::kClarity1;
  /// The parsed top level; function bodies point into it. Null only for a context with no functions.
  std::shared_ptr<const ast::ContractAst> ast;

  /// define-constant: the values, evaluated at deployment (the reference's `variables`).
  std::map<std::string, Value, std::less<>> constants;
  std::map<std::string, DefinedFunction, std::less<>> functions;
  /// define-data-var: each var's type; its value is in the store.
  std::map<std::string, TypeSignature, std::less<>> data_vars;
  /// define-map: each map's key and value types.
  std::map<std::string, DataMapTypes, std::less<>> maps;
  /// define-fungible-token: each token's total supply, if it has one.
  std::map<std::string, std::optional<Uint128>, std::less<>> fungible_tokens;
  /// define-non-fungible-token: each token's asset type.
  std::map<std::string, TypeSignature, std::less<>> non_fungible_tokens;
  /// define-trait: the traits this contract defines.
  std::map<std::string, TraitDefinition, std::less<>> defined_traits;
  /// define-trait and use-trait: what `<name>` means in this contract.
  std::map<std::string, TraitIdentifier, std::less<>> referenced_traits;
  /// impl-trait: the traits this contract declares it implements.
  std::set<TraitIdentifier> implemented_traits;

  /// The memory use of the constants (sum of their sizes): the reference's data_size, stored as
  /// contract-data-size and added to the source length to price cost_load_contract.
  uint64_t data_size = 0;
  /// The length of the source in bytes (contract-size).
  uint64_t source_size = 0;

  /// The deepest nesting of the reference's stored form of this contract's function bodies (its JSON, see
  /// StoredBodyDepth in contract_store.h). The reference's WASM build cannot read back a contract stored deeper than
  /// MAX_STORED_JSON_DEPTH: there every load of it fails (ChainContext::wasm_build).
  uint32_t stored_body_depth = 0;

  /// What cost_load_contract is charged at (get_contract_size): source length plus data size.
  uint64_t LoadSize() const { return source_size + data_size; }

  /// Whether `name` is a reserved word of this contract's version or already defined here (is_name_used).
  bool IsNameUsed(std::string_view name) const;
  /// The function `name`, or nullptr.
  const DefinedFunction* FindFunction(std::string_view name) const;
  /// The constant `name`, or nullptr.
  const Value* FindConstant(std::string_view name) const;
};

}  // namespace stacks::clarity::vm
