// The contract interface: ContractAnalysis to the reference's ABI JSON.
#include "clarity/analysis/contract_interface.h"

#include <nlohmann/json.hpp>

namespace stacks::clarity::analysis {
namespace {

using Json = nlohmann::ordered_json;
using K = TypeSignature::Kind;

Json WithLength(uint32_t length) { return Json{{"length", length}}; }

Json TypeJson(const TypeSignature& type) {
  switch (type.kind()) {
    case K::kNoType:
      return "none";
    case K::kInt:
      return "int128";
    case K::kUInt:
      return "uint128";
    case K::kBool:
      return "bool";
    case K::kPrincipal:
    case K::kCallablePrincipal:
    case K::kListUnion:
      return "principal";
    case K::kCallableTrait:
    case K::kTraitReference:
      return "trait_reference";
    case K::kBuffer:
      return Json{{"buffer", WithLength(type.length())}};
    case K::kStringAscii:
      return Json{{"string-ascii", WithLength(type.length())}};
    case K::kStringUtf8:
      return Json{{"string-utf8", WithLength(type.length())}};
    case K::kOptional:
      return Json{{"optional", TypeJson(type.inner())}};
    case K::kResponse:
      return Json{{"response", Json{{"ok", TypeJson(type.inner())}, {"error", TypeJson(type.err_type())}}}};
    case K::kList:
      return Json{{"list", Json{{"type", TypeJson(type.inner())}, {"length", type.length()}}}};
    case K::kTuple: {
      Json fields = Json::array();
      for (const TupleFieldType& f : type.fields())
        fields.push_back(Json{{"name", f.name}, {"type", TypeJson(f.type)}});
      return Json{{"tuple", std::move(fields)}};
    }
  }
  return "none";
}

void AddFunctions(Json& out, const std::map<std::string, FixedFunction, std::less<>>& functions,
                  std::string_view access) {
  for (const auto& [name, function] : functions) {
    Json args = Json::array();
    for (const FunctionArg& arg : function.args) args.push_back(Json{{"name", arg.name}, {"type", TypeJson(arg.type)}});
    out.push_back(Json{{"name", name},
                       {"access", access},
                       {"args", std::move(args)},
                       {"outputs", Json{{"type", TypeJson(function.returns)}}}});
  }
}

void AddVariables(Json& out, const std::map<std::string, TypeSignature, std::less<>>& variables,
                  std::string_view access) {
  for (const auto& [name, type] : variables) {
    out.push_back(Json{{"name", name}, {"type", TypeJson(type)}, {"access", access}});
  }
}

}  // namespace

std::string EpochSerdeName(common::StacksEpochId epoch) {
  if (epoch == common::StacksEpochId::k2_05) return "Epoch2_05";
  std::string_view name = common::EpochName(epoch);
  if (name == "unknown") return std::string(name);
  std::string out = "Epoch";
  for (char c : name) {
    if (c != '.') out += c;
  }
  return out;
}

std::string ClarityVersionSerdeName(common::ClarityVersion version) {
  return "Clarity" + std::to_string(static_cast<int>(version));
}

std::string InterfaceTypeJson(const TypeSignature& type) { return TypeJson(type).dump(); }

std::string ContractInterfaceJson(const ContractAnalysis& analysis) {
  Json functions = Json::array();
  AddFunctions(functions, analysis.private_function_types, "private");
  AddFunctions(functions, analysis.public_function_types, "public");
  AddFunctions(functions, analysis.read_only_function_types, "read_only");
  Json variables = Json::array();
  AddVariables(variables, analysis.variable_types, "constant");
  AddVariables(variables, analysis.persisted_variable_types, "variable");
  Json maps = Json::array();
  for (const auto& [name, types] : analysis.map_types) {
    maps.push_back(Json{{"name", name}, {"key", TypeJson(types.first)}, {"value", TypeJson(types.second)}});
  }
  Json fungible = Json::array();
  for (const std::string& name : analysis.fungible_tokens) fungible.push_back(Json{{"name", name}});
  Json non_fungible = Json::array();
  for (const auto& [name, type] : analysis.non_fungible_tokens) {
    non_fungible.push_back(Json{{"name", name}, {"type", TypeJson(type)}});
  }
  Json out = Json::object();
  out["functions"] = std::move(functions);
  out["variables"] = std::move(variables);
  out["maps"] = std::move(maps);
  out["fungible_tokens"] = std::move(fungible);
  out["non_fungible_tokens"] = std::move(non_fungible);
  out["epoch"] = EpochSerdeName(analysis.epoch);
  out["clarity_version"] = ClarityVersionSerdeName(analysis.clarity_version);
  return out.dump();
}

}  // namespace stacks::clarity::analysis
