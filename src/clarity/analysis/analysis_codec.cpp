// The stored form of a ContractAnalysis: JSON written and read back field by field, every read checked.
#include "clarity/analysis/analysis_codec.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <utility>
#include <vector>

#include "clarity/analysis/contract_interface.h"
#include "clarity/types/limits.h"
#include "clarity/types/names.h"
#include "codec/stacks_address.h"

namespace stacks::clarity::analysis {
namespace {

using Json = nlohmann::ordered_json;
using K = TypeSignature::Kind;

constexpr int kFormat = 1;

// --- Writing ---------------------------------------------------------------------------------------------------------

Json EncodeType(const TypeSignature& type) {
  switch (type.kind()) {
    case K::kNoType:
      return "notype";
    case K::kInt:
      return "int";
    case K::kUInt:
      return "uint";
    case K::kBool:
      return "bool";
    case K::kPrincipal:
      return "principal";
    case K::kBuffer:
      return Json{{"buff", type.length()}};
    case K::kStringAscii:
      return Json{{"string-ascii", type.length()}};
    case K::kStringUtf8:
      return Json{{"string-utf8", type.length()}};
    case K::kOptional:
      return Json{{"optional", EncodeType(type.inner())}};
    case K::kResponse:
      return Json{{"response", Json::array({EncodeType(type.inner()), EncodeType(type.err_type())})}};
    case K::kList:
      return Json{{"list", Json::array({EncodeType(type.inner()), type.length()})}};
    case K::kTuple: {
      Json fields = Json::array();
      for (const TupleFieldType& f : type.fields()) fields.push_back(Json::array({f.name, EncodeType(f.type)}));
      return Json{{"tuple", std::move(fields)}};
    }
    case K::kCallablePrincipal:
      return Json{{"callable-principal", type.contract().ToString()}};
    case K::kCallableTrait:
      return Json{{"callable-trait", type.trait().ToString()}};
    case K::kTraitReference:
      return Json{{"trait-reference", type.trait().ToString()}};
    case K::kListUnion: {
      Json members = Json::array();
      for (const CallableSubtype& m : type.union_members()) {
        if (const auto* contract = std::get_if<ContractIdentifier>(&m)) {
          members.push_back(Json{{"contract", contract->ToString()}});
        } else {
          members.push_back(Json{{"trait", std::get<TraitIdentifier>(m).ToString()}});
        }
      }
      return Json{{"list-union", std::move(members)}};
    }
  }
  return "notype";
}

Json EncodeFunctions(const std::map<std::string, FixedFunction, std::less<>>& functions) {
  Json out = Json::object();
  for (const auto& [name, f] : functions) {
    Json args = Json::array();
    for (const FunctionArg& a : f.args) args.push_back(Json::array({a.name, EncodeType(a.type)}));
    out[name] = Json{{"args", std::move(args)}, {"returns", EncodeType(f.returns)}};
  }
  return out;
}

Json EncodeTypes(const std::map<std::string, TypeSignature, std::less<>>& types) {
  Json out = Json::object();
  for (const auto& [name, type] : types) out[name] = EncodeType(type);
  return out;
}

// --- Reading ---------------------------------------------------------------------------------------------------------

util::Error Corrupt(std::string what) { return util::Error{util::ErrorCode::kCorruption, "analysis: " + what}; }

util::Result<const Json*> Field(const Json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end()) return Corrupt(std::string("missing field '") + key + "'");
  return &*it;
}

util::Result<std::string> String(const Json& j, std::string_view what) {
  if (!j.is_string()) return Corrupt(std::string(what) + " is not a string");
  return j.get<std::string>();
}

util::Result<std::string> Name(const Json& j, std::string_view what) {
  STACKS_TRY(std::string name, String(j, what));
  if (!IsClarityName(name)) return Corrupt(std::string(what) + " '" + name.substr(0, 64) + "' is not a Clarity name");
  return name;
}

util::Result<uint32_t> Length(const Json& j, std::string_view what) {
  if (!j.is_number_unsigned() || j.get<uint64_t>() > UINT32_MAX) {
    return Corrupt(std::string(what) + " is not a length");
  }
  return static_cast<uint32_t>(j.get<uint64_t>());
}

util::Result<ContractIdentifier> Contract(const Json& j) {
  STACKS_TRY(std::string text, String(j, "contract"));
  util::Result<ContractIdentifier> contract = codec::ParseContractPrincipal(text);
  if (!contract) return Corrupt("bad contract '" + text.substr(0, 64) + "': " + contract.error().message);
  return std::move(*contract);
}

util::Result<TraitIdentifier> Trait(const Json& j) {
  STACKS_TRY(std::string text, String(j, "trait"));
  const size_t dot = text.rfind('.');
  if (dot == std::string::npos) return Corrupt("bad trait '" + text.substr(0, 64) + "'");
  util::Result<ContractIdentifier> contract = codec::ParseContractPrincipal(text.substr(0, dot));
  std::string name = text.substr(dot + 1);
  if (!contract || !IsClarityName(name)) return Corrupt("bad trait '" + text.substr(0, 64) + "'");
  return TraitIdentifier{std::move(name), std::move(*contract)};
}

// A type constructor's own refusal (too large, too deep, a bad tuple) is corruption here.
util::Result<TypeSignature> Built(util::Result<TypeSignature> type) {
  if (!type) return Corrupt("bad type: " + type.error().message);
  return std::move(*type);
}

util::Result<TypeSignature> DecodeType(const Json& j, int depth) {
  if (depth > MAX_TYPE_DEPTH) return Corrupt("type nested too deep");
  if (j.is_string()) {
    const std::string& s = j.get_ref<const std::string&>();
    if (s == "notype") return TypeSignature::NoType();
    if (s == "int") return TypeSignature::Int();
    if (s == "uint") return TypeSignature::UInt();
    if (s == "bool") return TypeSignature::Bool();
    if (s == "principal") return TypeSignature::Principal();
    return Corrupt("unknown type '" + s.substr(0, 64) + "'");
  }
  if (!j.is_object() || j.size() != 1) return Corrupt("a type is not a string or a one-key object");
  const std::string& kind = j.begin().key();
  const Json& v = j.begin().value();
  if (kind == "buff") {
    STACKS_TRY(uint32_t n, Length(v, "buff length"));
    return Built(TypeSignature::Buffer(n));
  }
  if (kind == "string-ascii") {
    STACKS_TRY(uint32_t n, Length(v, "string-ascii length"));
    return Built(TypeSignature::StringAscii(n));
  }
  if (kind == "string-utf8") {
    STACKS_TRY(uint32_t n, Length(v, "string-utf8 length"));
    return Built(TypeSignature::StringUtf8(n));
  }
  if (kind == "optional") {
    STACKS_TRY(TypeSignature inner, DecodeType(v, depth + 1));
    return Built(TypeSignature::Optional(std::move(inner)));
  }
  if (kind == "response" || kind == "list") {
    if (!v.is_array() || v.size() != 2) return Corrupt(kind + " is not a pair");
    STACKS_TRY(TypeSignature first, DecodeType(v[0], depth + 1));
    if (kind == "list") {
      STACKS_TRY(uint32_t n, Length(v[1], "list length"));
      return Built(TypeSignature::List(std::move(first), n));
    }
    STACKS_TRY(TypeSignature second, DecodeType(v[1], depth + 1));
    return Built(TypeSignature::Response(std::move(first), std::move(second)));
  }
  if (kind == "tuple") {
    if (!v.is_array()) return Corrupt("tuple is not a list");
    std::vector<TupleFieldType> fields;
    for (const Json& f : v) {
      if (!f.is_array() || f.size() != 2) return Corrupt("tuple field is not a pair");
      STACKS_TRY(std::string name, Name(f[0], "tuple field"));
      STACKS_TRY(TypeSignature type, DecodeType(f[1], depth + 1));
      fields.push_back(TupleFieldType{std::move(name), std::move(type)});
    }
    return Built(TypeSignature::Tuple(std::move(fields)));
  }
  if (kind == "callable-principal") {
    STACKS_TRY(ContractIdentifier contract, Contract(v));
    return TypeSignature::CallablePrincipal(std::move(contract));
  }
  if (kind == "callable-trait" || kind == "trait-reference") {
    STACKS_TRY(TraitIdentifier trait, Trait(v));
    return kind == "callable-trait" ? TypeSignature::CallableTrait(std::move(trait))
                                    : TypeSignature::TraitReference(std::move(trait));
  }
  if (kind == "list-union") {
    if (!v.is_array()) return Corrupt("list-union is not a list");
    std::vector<CallableSubtype> members;
    for (const Json& m : v) {
      if (!m.is_object() || m.size() != 1) return Corrupt("list-union member is not a one-key object");
      if (m.begin().key() == "contract") {
        STACKS_TRY(ContractIdentifier contract, Contract(m.begin().value()));
        members.emplace_back(std::move(contract));
      } else if (m.begin().key() == "trait") {
        STACKS_TRY(TraitIdentifier trait, Trait(m.begin().value()));
        members.emplace_back(std::move(trait));
      } else {
        return Corrupt("unknown list-union member");
      }
    }
    return TypeSignature::ListUnion(std::move(members));
  }
  return Corrupt("unknown type '" + kind.substr(0, 64) + "'");
}

util::Result<const Json*> ObjectField(const Json& object, const char* key) {
  STACKS_TRY(const Json* j, Field(object, key));
  if (!j->is_object()) return Corrupt(std::string("'") + key + "' is not an object");
  return j;
}

util::Result<FixedFunction> DecodeFunction(const Json& j) {
  if (!j.is_object()) return Corrupt("a function is not an object");
  STACKS_TRY(const Json* args, Field(j, "args"));
  if (!args->is_array()) return Corrupt("function args are not a list");
  FixedFunction f;
  for (const Json& a : *args) {
    if (!a.is_array() || a.size() != 2) return Corrupt("function arg is not a pair");
    STACKS_TRY(std::string name, Name(a[0], "argument"));
    STACKS_TRY(TypeSignature type, DecodeType(a[1], 1));
    f.args.push_back(FunctionArg{std::move(name), std::move(type)});
  }
  STACKS_TRY(const Json* returns, Field(j, "returns"));
  STACKS_TRY(f.returns, DecodeType(*returns, 1));
  return f;
}

util::Status DecodeFunctions(const Json& object, const char* key,
                             std::map<std::string, FixedFunction, std::less<>>& out) {
  STACKS_TRY(const Json* functions, ObjectField(object, key));
  for (const auto& [name, value] : functions->items()) {
    if (!IsClarityName(name)) return Corrupt("function name is not a Clarity name");
    STACKS_TRY(FixedFunction f, DecodeFunction(value));
    out.emplace(name, std::move(f));
  }
  return {};
}

util::Status DecodeTypes(const Json& object, const char* key, std::map<std::string, TypeSignature, std::less<>>& out) {
  STACKS_TRY(const Json* types, ObjectField(object, key));
  for (const auto& [name, value] : types->items()) {
    if (!IsClarityName(name)) return Corrupt(std::string(key) + " name is not a Clarity name");
    STACKS_TRY(TypeSignature type, DecodeType(value, 1));
    out.emplace(name, std::move(type));
  }
  return {};
}

util::Result<common::StacksEpochId> DecodeEpoch(const Json& j) {
  STACKS_TRY(std::string name, String(j, "epoch"));
  for (common::StacksEpochId e : {common::StacksEpochId::k10, common::StacksEpochId::k20, common::StacksEpochId::k2_05,
                                  common::StacksEpochId::k21, common::StacksEpochId::k22, common::StacksEpochId::k23,
                                  common::StacksEpochId::k24, common::StacksEpochId::k25, common::StacksEpochId::k30,
                                  common::StacksEpochId::k31, common::StacksEpochId::k32, common::StacksEpochId::k33,
                                  common::StacksEpochId::k34, common::StacksEpochId::k40, common::StacksEpochId::k41}) {
    if (EpochSerdeName(e) == name) return e;
  }
  return Corrupt("unknown epoch '" + name.substr(0, 64) + "'");
}

util::Result<common::ClarityVersion> DecodeVersion(const Json& j) {
  STACKS_TRY(std::string name, String(j, "clarity_version"));
  for (int v = 1; v <= 6; ++v) {
    auto version = static_cast<common::ClarityVersion>(v);
    if (ClarityVersionSerdeName(version) == name) return version;
  }
  return Corrupt("unknown Clarity version '" + name.substr(0, 64) + "'");
}

util::Result<ContractAnalysis> Decode(const Json& j) {
  if (!j.is_object()) return Corrupt("not a JSON object");
  STACKS_TRY(const Json* format, Field(j, "format"));
  if (!format->is_number_integer() || format->get<int64_t>() != kFormat) return Corrupt("unknown format");
  ContractAnalysis a;
  STACKS_TRY(const Json* contract, Field(j, "contract_identifier"));
  STACKS_TRY(a.contract_identifier, Contract(*contract));
  STACKS_TRY(const Json* version, Field(j, "clarity_version"));
  STACKS_TRY(a.clarity_version, DecodeVersion(*version));
  STACKS_TRY(const Json* epoch, Field(j, "epoch"));
  STACKS_TRY(a.epoch, DecodeEpoch(*epoch));
  STACKS_RETURN_IF_ERROR(DecodeFunctions(j, "private_function_types", a.private_function_types));
  STACKS_RETURN_IF_ERROR(DecodeFunctions(j, "public_function_types", a.public_function_types));
  STACKS_RETURN_IF_ERROR(DecodeFunctions(j, "read_only_function_types", a.read_only_function_types));
  STACKS_RETURN_IF_ERROR(DecodeTypes(j, "variable_types", a.variable_types));
  STACKS_RETURN_IF_ERROR(DecodeTypes(j, "persisted_variable_types", a.persisted_variable_types));
  STACKS_TRY(const Json* maps, ObjectField(j, "map_types"));
  for (const auto& [name, value] : maps->items()) {
    if (!IsClarityName(name)) return Corrupt("map name is not a Clarity name");
    if (!value.is_array() || value.size() != 2) return Corrupt("map types are not a pair");
    STACKS_TRY(TypeSignature key, DecodeType(value[0], 1));
    STACKS_TRY(TypeSignature val, DecodeType(value[1], 1));
    a.map_types.emplace(name, std::make_pair(std::move(key), std::move(val)));
  }
  STACKS_TRY(const Json* fts, Field(j, "fungible_tokens"));
  if (!fts->is_array()) return Corrupt("fungible_tokens is not a list");
  for (const Json& ft : *fts) {
    STACKS_TRY(std::string name, Name(ft, "fungible token"));
    a.fungible_tokens.insert(std::move(name));
  }
  STACKS_RETURN_IF_ERROR(DecodeTypes(j, "non_fungible_tokens", a.non_fungible_tokens));
  STACKS_TRY(const Json* traits, ObjectField(j, "defined_traits"));
  for (const auto& [trait_name, methods] : traits->items()) {
    if (!IsClarityName(trait_name)) return Corrupt("trait name is not a Clarity name");
    if (!methods.is_object()) return Corrupt("trait methods are not an object");
    TraitDefinition definition;
    for (const auto& [method, signature] : methods.items()) {
      if (!IsClarityName(method)) return Corrupt("method name is not a Clarity name");
      if (!signature.is_object()) return Corrupt("a method is not an object");
      STACKS_TRY(const Json* args, Field(signature, "args"));
      if (!args->is_array()) return Corrupt("method args are not a list");
      FunctionSignature sig;
      for (const Json& arg : *args) {
        STACKS_TRY(TypeSignature type, DecodeType(arg, 1));
        sig.args.push_back(std::move(type));
      }
      STACKS_TRY(const Json* returns, Field(signature, "returns"));
      STACKS_TRY(sig.returns, DecodeType(*returns, 1));
      definition.emplace(method, std::move(sig));
    }
    a.defined_traits.emplace(trait_name, std::move(definition));
  }
  STACKS_TRY(const Json* implemented, Field(j, "implemented_traits"));
  if (!implemented->is_array()) return Corrupt("implemented_traits is not a list");
  for (const Json& t : *implemented) {
    STACKS_TRY(TraitIdentifier trait, Trait(t));
    a.implemented_traits.insert(std::move(trait));
  }
  return a;
}

}  // namespace

std::string EncodeAnalysis(const ContractAnalysis& analysis) {
  Json out = Json::object();
  out["format"] = kFormat;
  out["contract_identifier"] = analysis.contract_identifier.ToString();
  out["clarity_version"] = ClarityVersionSerdeName(analysis.clarity_version);
  out["epoch"] = EpochSerdeName(analysis.epoch);
  out["private_function_types"] = EncodeFunctions(analysis.private_function_types);
  out["public_function_types"] = EncodeFunctions(analysis.public_function_types);
  out["read_only_function_types"] = EncodeFunctions(analysis.read_only_function_types);
  out["variable_types"] = EncodeTypes(analysis.variable_types);
  out["persisted_variable_types"] = EncodeTypes(analysis.persisted_variable_types);
  Json maps = Json::object();
  for (const auto& [name, types] : analysis.map_types) {
    maps[name] = Json::array({EncodeType(types.first), EncodeType(types.second)});
  }
  out["map_types"] = std::move(maps);
  out["fungible_tokens"] = analysis.fungible_tokens;
  out["non_fungible_tokens"] = EncodeTypes(analysis.non_fungible_tokens);
  Json traits = Json::object();
  for (const auto& [name, definition] : analysis.defined_traits) {
    Json methods = Json::object();
    for (const auto& [method, sig] : definition) {
      Json args = Json::array();
      for (const TypeSignature& t : sig.args) args.push_back(EncodeType(t));
      methods[method] = Json{{"args", std::move(args)}, {"returns", EncodeType(sig.returns)}};
    }
    traits[name] = std::move(methods);
  }
  out["defined_traits"] = std::move(traits);
  Json implemented = Json::array();
  for (const TraitIdentifier& t : analysis.implemented_traits) implemented.push_back(t.ToString());
  out["implemented_traits"] = std::move(implemented);
  return out.dump();
}

util::Result<ContractAnalysis> DecodeAnalysis(std::string_view text) {
  Json j = Json::parse(text, /*cb=*/nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Corrupt("not JSON");
  return Decode(j);
}

}  // namespace stacks::clarity::analysis
