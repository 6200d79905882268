#include "clarity/vm/evaluator.h"

#include <array>

#include "clarity/vm/database.h"
#include "clarity/vm/errors.h"
#include "clarity/vm/natives.h"

namespace stacks::clarity::vm {

using ast::SymbolicExpression;
using costs::CostFunction;

uint64_t MaxCallStackDepth(costs::Epoch epoch) { return epoch >= costs::Epoch::k34 ? 128 : 64; }

util::Result<LocalContext> LocalContext::Extend() const {
  if (m_depth >= MAX_CONTEXT_DEPTH) return RuntimeError("MaxContextDepthReached");
  LocalContext child;
  child.m_parent = this;
  child.m_depth = m_depth + 1;
  return child;
}

const Value* LocalContext::Lookup(std::string_view name) const {
  for (const LocalContext* c = this; c != nullptr; c = c->m_parent) {
    auto it = c->m_variables.find(name);
    if (it != c->m_variables.end()) return &it->second;
  }
  return nullptr;
}

util::Status Environment::Charge(costs::CostFunction function, uint64_t n) {
  util::Status charged = m_tracker.Charge(m_cost_version, function, n);
  if (!charged && charged.error().code != util::ErrorCode::kResourceExhausted) {
    return RuntimeCheckError("CostComputationFailed(" + charged.error().message + ")");
  }
  return charged;
}

util::Status Environment::PushFrame() {
  if (stack_depth() >= MaxCallStackDepth(m_epoch)) return RuntimeError("MaxStackDepthReached");
  ++m_frames;
  return {};
}

namespace {

struct ReservedVariable {
  std::string_view name;
  ClarityVersion since;
};

// NativeVariables (clarity/src/vm/variables.rs).
constexpr std::array kReservedVariables = {
    ReservedVariable{"contract-caller", ClarityVersion::kClarity1},
    ReservedVariable{"tx-sender", ClarityVersion::kClarity1},
    ReservedVariable{"block-height", ClarityVersion::kClarity1},
    ReservedVariable{"burn-block-height", ClarityVersion::kClarity1},
    ReservedVariable{"none", ClarityVersion::kClarity1},
    ReservedVariable{"true", ClarityVersion::kClarity1},
    ReservedVariable{"false", ClarityVersion::kClarity1},
    ReservedVariable{"stx-liquid-supply", ClarityVersion::kClarity1},
    ReservedVariable{"is-in-regtest", ClarityVersion::kClarity1},
    ReservedVariable{"tx-sponsor?", ClarityVersion::kClarity2},
    ReservedVariable{"is-in-mainnet", ClarityVersion::kClarity2},
    ReservedVariable{"chain-id", ClarityVersion::kClarity2},
    ReservedVariable{"stacks-block-height", ClarityVersion::kClarity3},
    ReservedVariable{"tenure-height", ClarityVersion::kClarity3},
    ReservedVariable{"stacks-block-time", ClarityVersion::kClarity4},
    ReservedVariable{"current-contract", ClarityVersion::kClarity4},
};

const ReservedVariable* FindReservedVariable(std::string_view name, ClarityVersion version) {
  for (const auto& v : kReservedVariables) {
    if (v.name == name && version >= v.since) return &v;
  }
  return nullptr;
}

util::Result<Value> LookupVariable(const std::string& name, Environment& env, const LocalContext& context) {
  if (!name.empty() && (std::isdigit(static_cast<unsigned char>(name[0])) != 0 || name[0] == '\'')) {
    return util::Corruption("BadSymbolicRepresentation(Unexpected variable name: " + name + ")");
  }
  if (FindReservedVariable(name, env.version()) != nullptr) {
    if (name == "true") return Value::Bool(true);
    if (name == "false") return Value::Bool(false);
    if (name == "none") return Value::None();
    // Fixed for an evaluation and free, as the reference's lookup_reserved_variable.
    if (name == "is-in-mainnet") return Value::Bool(env.mainnet());
    if (name == "chain-id") return Value::UInt(env.chain_id());
    return util::Unimplemented("the reserved variable " + name + " needs chain state, not built yet");
  }
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kLookupVariableDepth, context.depth()));
  const Value* value = context.Lookup(name);
  if (value == nullptr && env.contract() != nullptr) {
    // A contract constant: after the local context, charged as a local variable (a clone of the value).
    auto it = env.contract()->constants.find(name);
    if (it != env.contract()->constants.end()) value = &it->second;
  }
  if (value != nullptr) {
    STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kLookupVariableSize, ValueSize(*value)));
    return *value;
  }
  return Unchecked("UndefinedVariable(" + name + ")");
}

}  // namespace

bool IsReserved(std::string_view name, ClarityVersion version) {
  return LookupNative(name, version) != nullptr || FindReservedVariable(name, version) != nullptr;
}

util::Result<Value> Eval(const SymbolicExpression& expression, Environment& env, const LocalContext& context) {
  switch (expression.kind) {
    case SymbolicExpression::Kind::kLiteralValue:
      return *expression.value;
    case SymbolicExpression::Kind::kAtom:
      return LookupVariable(expression.name, env, context);
    case SymbolicExpression::Kind::kList: {
      if (expression.items.empty()) return Unchecked("NonFunctionApplication");
      const SymbolicExpression& head = expression.items.front();
      if (head.kind != SymbolicExpression::Kind::kAtom) return Unchecked("BadFunctionName");
      if (LookupNative(head.name, env.version()) == nullptr && env.contract() != nullptr) {
        auto it = env.contract()->functions.find(head.name);
        if (it != env.contract()->functions.end()) {
          STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kLookupFunction, 0));
          return ApplyDefined(it->first, it->second, Args(expression.items).subspan(1), env, context);
        }
      }
      STACKS_TRY(Callable function, LookupFunction(head.name, env));
      if (function.native == nullptr) return util::Corruption("a defined function found after the contract's lookup");
      return Apply(*function.native, Args(expression.items).subspan(1), env, context);
    }
    case SymbolicExpression::Kind::kField:
    case SymbolicExpression::Kind::kTraitReference:
      break;
  }
  return util::Corruption("BadSymbolicRepresentation(Unexpected trait reference)");
}

}  // namespace stacks::clarity::vm
