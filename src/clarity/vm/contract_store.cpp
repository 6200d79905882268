#include "clarity/vm/contract_store.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "clarity/ast/build_ast.h"
#include "clarity/storage/keys.h"
#include "clarity/storage/memory_store.h"
#include "clarity/types/serialization.h"
#include "clarity/vm/contract_parse.h"
#include "clarity/vm/define.h"
#include "clarity/vm/evaluator.h"
#include "common/epoch.h"
#include "crypto/hash.h"
#include "util/hex.h"

namespace stacks::clarity::vm {
namespace {

using nlohmann::json;

constexpr int kFormat = 1;

util::Error Bad(const ContractIdentifier& id, std::string_view what) {
  return util::Corruption("stored contract " + id.ToString() + ": " + std::string(what));
}

std::string CallableText(const CallableSubtype& c) {
  if (const auto* contract = std::get_if<ContractIdentifier>(&c)) return contract->ToString();
  return "<" + std::get<TraitIdentifier>(c).ToString() + ">";
}

json TypeToJson(const TypeSignature& type) {
  using Kind = TypeSignature::Kind;
  switch (type.kind()) {
    case Kind::kNoType:
      return "none";
    case Kind::kInt:
      return "int";
    case Kind::kUInt:
      return "uint";
    case Kind::kBool:
      return "bool";
    case Kind::kPrincipal:
      return "principal";
    case Kind::kBuffer:
      return json::array({"buff", type.length()});
    case Kind::kStringAscii:
      return json::array({"string-ascii", type.length()});
    case Kind::kStringUtf8:
      return json::array({"string-utf8", type.length()});
    case Kind::kOptional:
      return json::array({"optional", TypeToJson(type.inner())});
    case Kind::kResponse:
      return json::array({"response", TypeToJson(type.inner()), TypeToJson(type.err_type())});
    case Kind::kList:
      return json::array({"list", type.length(), TypeToJson(type.inner())});
    case Kind::kTuple: {
      json fields = json::array();
      for (const TupleFieldType& f : type.fields()) fields.push_back(json::array({f.name, TypeToJson(f.type)}));
      return json::array({"tuple", std::move(fields)});
    }
    case Kind::kCallablePrincipal:
      return json::array({"callable-principal", type.contract().ToString()});
    case Kind::kCallableTrait:
      return json::array({"callable-trait", type.trait().ToString()});
    case Kind::kTraitReference:
      return json::array({"trait-reference", type.trait().ToString()});
    case Kind::kListUnion: {
      json members = json::array();
      for (const CallableSubtype& m : type.union_members()) members.push_back(CallableText(m));
      return json::array({"list-union", std::move(members)});
    }
  }
  return nullptr;
}

util::Result<TraitIdentifier> ParseTraitText(const std::string& text) {
  size_t dot = text.rfind('.');
  if (dot == std::string::npos) return util::InvalidArgument("bad trait '" + text + "'");
  STACKS_TRY(ContractIdentifier contract, codec::ParseContractPrincipal(text.substr(0, dot)));
  return TraitIdentifier{text.substr(dot + 1), std::move(contract)};
}

util::Result<TypeSignature> TypeFromJson(const json& j, int depth = 0) {
  const util::Error bad = util::InvalidArgument("bad stored type " + j.dump());
  if (depth > 64) return bad;
  if (j.is_string()) {
    const std::string& s = j.get_ref<const std::string&>();
    if (s == "none") return TypeSignature::NoType();
    if (s == "int") return TypeSignature::Int();
    if (s == "uint") return TypeSignature::UInt();
    if (s == "bool") return TypeSignature::Bool();
    if (s == "principal") return TypeSignature::Principal();
    return bad;
  }
  if (!j.is_array() || j.empty() || !j[0].is_string()) return bad;
  const std::string& head = j[0].get_ref<const std::string&>();
  auto length = [&](size_t i) -> std::optional<uint32_t> {
    if (j.size() <= i || !j[i].is_number_unsigned()) return std::nullopt;
    uint64_t n = j[i].get<uint64_t>();
    if (n > UINT32_MAX) return std::nullopt;
    return static_cast<uint32_t>(n);
  };
  if (head == "buff" || head == "string-ascii" || head == "string-utf8") {
    std::optional<uint32_t> n = length(1);
    if (!n || j.size() != 2) return bad;
    if (head == "buff") return TypeSignature::Buffer(*n);
    if (head == "string-ascii") return TypeSignature::StringAscii(*n);
    return TypeSignature::StringUtf8(*n);
  }
  if (head == "optional" && j.size() == 2) {
    STACKS_TRY(TypeSignature inner, TypeFromJson(j[1], depth + 1));
    return TypeSignature::Optional(std::move(inner));
  }
  if (head == "response" && j.size() == 3) {
    STACKS_TRY(TypeSignature ok, TypeFromJson(j[1], depth + 1));
    STACKS_TRY(TypeSignature err, TypeFromJson(j[2], depth + 1));
    return TypeSignature::Response(std::move(ok), std::move(err));
  }
  if (head == "list" && j.size() == 3) {
    std::optional<uint32_t> n = length(1);
    if (!n) return bad;
    STACKS_TRY(TypeSignature entry, TypeFromJson(j[2], depth + 1));
    return TypeSignature::List(std::move(entry), *n);
  }
  if (head == "tuple" && j.size() == 2 && j[1].is_array()) {
    std::vector<TupleFieldType> fields;
    for (const json& f : j[1]) {
      if (!f.is_array() || f.size() != 2 || !f[0].is_string()) return bad;
      STACKS_TRY(TypeSignature type, TypeFromJson(f[1], depth + 1));
      fields.push_back({f[0].get<std::string>(), std::move(type)});
    }
    return TypeSignature::Tuple(std::move(fields));
  }
  if (j.size() == 2 && j[1].is_string()) {
    const std::string& text = j[1].get_ref<const std::string&>();
    if (head == "callable-principal") {
      STACKS_TRY(ContractIdentifier contract, codec::ParseContractPrincipal(text));
      return TypeSignature::CallablePrincipal(std::move(contract));
    }
    if (head == "callable-trait" || head == "trait-reference") {
      STACKS_TRY(TraitIdentifier trait, ParseTraitText(text));
      return head == "callable-trait" ? TypeSignature::CallableTrait(std::move(trait))
                                      : TypeSignature::TraitReference(std::move(trait));
    }
  }
  if (head == "list-union" && j.size() == 2 && j[1].is_array()) {
    std::vector<CallableSubtype> members;
    for (const json& m : j[1]) {
      if (!m.is_string()) return bad;
      const std::string& text = m.get_ref<const std::string&>();
      if (!text.empty() && text.front() == '<' && text.back() == '>') {
        STACKS_TRY(TraitIdentifier trait, ParseTraitText(text.substr(1, text.size() - 2)));
        members.emplace_back(std::move(trait));
      } else {
        STACKS_TRY(ContractIdentifier contract, codec::ParseContractPrincipal(text));
        members.emplace_back(std::move(contract));
      }
    }
    return TypeSignature::ListUnion(std::move(members));
  }
  return bad;
}

// A constant's value read back with the type it had: typed when its type can be read against (a list keeps a
// declared length), else as the bytes say.
util::Result<Value> ReadConstant(const std::string& hex, const json& type_json) {
  util::Result<TypeSignature> type = TypeFromJson(type_json);
  if (type) {
    DeserializeOptions typed;
    typed.expected_type = *type;
    util::Result<Value> value = DeserializeValueHex(hex, typed);
    if (value && TypeOf(*value) == *type) return value;
  }
  return DeserializeValueHex(hex);
}

util::Result<uint64_t> ParseU64(const std::optional<std::string>& text) {
  if (!text || text->empty() || text->size() > 20) return util::InvalidArgument("bad size");
  uint64_t n = 0;
  for (char c : *text) {
    if (c < '0' || c > '9') return util::InvalidArgument("bad size");
    if (__builtin_mul_overflow(n, 10u, &n) || __builtin_add_overflow(n, static_cast<unsigned>(c - '0'), &n)) {
      return util::InvalidArgument("bad size");
    }
  }
  return n;
}

std::string Uint128Text(Uint128 v) {
  if (v == 0) return "0";
  std::string out;
  while (v != 0) {
    out.insert(out.begin(), static_cast<char>('0' + static_cast<int>(v % 10)));
    v /= 10;
  }
  return out;
}

std::optional<Uint128> ParseUint128(const std::string& text) {
  if (text.empty() || text.size() > 39) return std::nullopt;
  Uint128 v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    if (__builtin_mul_overflow(v, Uint128{10}, &v) || __builtin_add_overflow(v, Uint128(c - '0'), &v)) {
      return std::nullopt;
    }
  }
  return v;
}

}  // namespace

util::Status WriteContractHeader(storage::WriteStack& store, const ContractIdentifier& id, std::string_view source,
                                 uint32_t block_height) {
  const crypto::Hash256 hash =
      crypto::Sha512_256(util::ByteView(reinterpret_cast<const uint8_t*>(source.data()), source.size()));
  const uint8_t height[4] = {static_cast<uint8_t>(block_height >> 24), static_cast<uint8_t>(block_height >> 16),
                             static_cast<uint8_t>(block_height >> 8), static_cast<uint8_t>(block_height)};
  STACKS_RETURN_IF_ERROR(store.Put(
      storage::ContractHashKey(id),
      util::ToHex(util::ByteView(hash.data(), hash.size())) + util::ToHex(util::ByteView(height, sizeof height))));
  STACKS_RETURN_IF_ERROR(store.PutMetadata(id, storage::ContractSizeKey(), std::to_string(source.size())));
  return store.PutMetadata(id, storage::ContractSrcKey(), source);
}

util::Status WriteContract(storage::WriteStack& store, const ContractContext& contract, costs::Epoch epoch) {
  json constants = json::object();
  for (const auto& [name, value] : contract.constants) {
    constants[name] = {{"type", TypeToJson(TypeOf(value))}, {"value", SerializeValueToHex(value)}};
  }
  json tokens = json::object();
  for (const auto& [name, supply] : contract.fungible_tokens) {
    tokens[name] = supply ? json(Uint128Text(*supply)) : json(nullptr);
  }
  json blob = {{"format", kFormat},
               {"clarity_version", static_cast<int>(contract.version)},
               {"epoch", std::string(common::EpochName(epoch))},
               {"constants", std::move(constants)},
               {"fungible_tokens", std::move(tokens)}};
  STACKS_RETURN_IF_ERROR(store.PutMetadata(contract.identifier, storage::ContractMetadataKey(), blob.dump()));
  return store.PutMetadata(contract.identifier, storage::ContractDataSizeKey(), std::to_string(contract.data_size));
}

util::Result<bool> ContractExists(storage::WriteStack& store, const ContractIdentifier& id) {
  STACKS_TRY(std::optional<std::string> blob, store.GetMetadata(id, storage::ContractMetadataKey()));
  return blob.has_value();
}

namespace {

// The JSON depth of a literal's value as serde_json writes the reference's Value (the enum's object, then nested
// variants: {"Sequence":{"String":{"ASCII":{"data":[..]}}}} is 5).
uint32_t LiteralJsonDepth(const Value& value) {
  switch (value.kind()) {
    case Value::Kind::kBuffer:
    case Value::Kind::kPrincipal:
      return 4;
    case Value::Kind::kStringAscii:
    case Value::Kind::kContract:
      return 5;
    case Value::Kind::kStringUtf8:
      return 6;
    default:
      return 1;
  }
}

// The depth of `e` with its own object counted as 1. Iterative over lists, so hostile nesting cannot overflow the
// stack (the parser bounds it anyway).
uint32_t ExpressionJsonDepth(const ast::SymbolicExpression& root) {
  uint32_t deepest = 0;
  std::vector<std::pair<const ast::SymbolicExpression*, uint32_t>> pending{{&root, 0}};
  while (!pending.empty()) {
    auto [e, above] = pending.back();
    pending.pop_back();
    uint32_t own = 2;
    switch (e->kind) {
      case ast::SymbolicExpression::Kind::kAtom:
        own = 2;
        break;
      case ast::SymbolicExpression::Kind::kLiteralValue:
        own = 2 + (e->value ? LiteralJsonDepth(*e->value) : 0);
        break;
      case ast::SymbolicExpression::Kind::kField:
        own = 6;
        break;
      case ast::SymbolicExpression::Kind::kTraitReference:
        own = 8;
        break;
      case ast::SymbolicExpression::Kind::kList:
        own = 3;
        for (const ast::SymbolicExpression& item : e->items) pending.emplace_back(&item, above + 3);
        break;
    }
    deepest = std::max(deepest, above + own);
  }
  return deepest;
}

}  // namespace

uint32_t StoredBodyDepth(const ContractContext& contract) {
  uint32_t deepest = 0;
  for (const auto& [name, function] : contract.functions) {
    if (function.body != nullptr) deepest = std::max(deepest, 4 + ExpressionJsonDepth(*function.body));
  }
  return deepest;
}

util::Result<std::shared_ptr<const ContractContext>> ReadContract(storage::WriteStack& store,
                                                                  const ContractIdentifier& id) {
  STACKS_TRY(std::optional<std::string> blob_text, store.GetMetadata(id, storage::ContractMetadataKey()));
  if (!blob_text) return util::NotFound("no contract " + id.ToString());
  STACKS_TRY(std::optional<std::string> source, store.GetMetadata(id, storage::ContractSrcKey()));
  if (!source) return Bad(id, "no source");
  STACKS_TRY(std::optional<std::string> size_text, store.GetMetadata(id, storage::ContractSizeKey()));
  STACKS_TRY(std::optional<std::string> data_size_text, store.GetMetadata(id, storage::ContractDataSizeKey()));
  util::Result<uint64_t> source_size = ParseU64(size_text);
  util::Result<uint64_t> data_size = ParseU64(data_size_text);
  if (!source_size || !data_size) return Bad(id, "bad contract-size or contract-data-size");

  json blob = json::parse(*blob_text, nullptr, /*allow_exceptions=*/false);
  if (!blob.is_object() || blob.value("format", 0) != kFormat || !blob.contains("clarity_version") ||
      !blob["clarity_version"].is_number_unsigned() || !blob.contains("epoch") || !blob["epoch"].is_string() ||
      !blob.contains("constants") || !blob["constants"].is_object()) {
    return Bad(id, "unreadable description");
  }
  const uint64_t version = blob["clarity_version"].get<uint64_t>();
  std::optional<common::StacksEpochId> epoch = common::ParseEpochName(blob["epoch"].get<std::string>());
  if (version < 1 || version > 6 || !epoch) return Bad(id, "bad version or epoch");

  StoredDefinitions stored;
  for (const auto& [name, entry] : blob["constants"].items()) {
    if (!entry.is_object() || !entry.contains("value") || !entry["value"].is_string() || !entry.contains("type")) {
      return Bad(id, "bad constant " + name);
    }
    util::Result<Value> value = ReadConstant(entry["value"].get<std::string>(), entry["type"]);
    if (!value) return Bad(id, "bad constant " + name + ": " + value.error().message);
    stored.constants.emplace(name, std::move(value).value());
  }
  if (blob.contains("fungible_tokens") && blob["fungible_tokens"].is_object()) {
    for (const auto& [name, supply] : blob["fungible_tokens"].items()) {
      if (supply.is_null()) {
        stored.fungible_tokens.emplace(name, std::nullopt);
        continue;
      }
      std::optional<Uint128> parsed = supply.is_string() ? ParseUint128(supply.get<std::string>()) : std::nullopt;
      if (!parsed) return Bad(id, "bad token supply of " + name);
      stored.fungible_tokens.emplace(name, parsed);
    }
  }

  // Parsed again as it was deployed: parser v1 for a contract of Epoch 2.0 or 2.05.
  const ast::ParseOptions parse = ContractParseOptions(*epoch, id);
  util::Result<ast::ContractAst> parsed =
      ast::BuildContractAst(*source, parse, /*tracker=*/nullptr, costs::CostVersion::kCosts4);
  if (!parsed) return Bad(id, "source does not parse: " + parsed.error().message);

  auto contract = std::make_shared<ContractContext>();
  contract->identifier = id;
  contract->version = static_cast<ClarityVersion>(version);
  contract->ast = std::make_shared<const ast::ContractAst>(std::move(parsed).value());
  contract->source_size = *source_size;

  // Registration only: a throwaway tracker without limits and environment (nothing is evaluated or written).
  costs::CostTracker scratch_tracker(costs::ExecutionCost{UINT64_MAX, UINT64_MAX, UINT64_MAX, UINT64_MAX, UINT64_MAX},
                                     {}, /*memory_limit=*/UINT64_MAX);
  ChainContext chain;
  chain.epoch = *epoch;
  GlobalContext scratch(store, scratch_tracker, chain, costs::CostVersion::kCosts4);
  Environment env(scratch, contract.get(), Value::Bool(false), Value::Bool(false), std::nullopt);
  env.set_deploying(contract.get());
  AdoptTraits(*contract);
  for (const ast::SymbolicExpression& e : contract->ast->expressions) {
    const DefineKind kind = ClassifyDefine(e);
    if (kind == DefineKind::kNone) continue;
    if (util::Status s = EvalDefine(e, kind, env, *contract, &stored); !s) {
      return Bad(id, "definition does not load: " + s.error().message);
    }
  }
  contract->data_size = *data_size;
  contract->stored_body_depth = StoredBodyDepth(*contract);
  return std::shared_ptr<const ContractContext>(std::move(contract));
}

std::shared_ptr<const ContractContext> ContractCache::Find(const ContractIdentifier& id) const {
  if (m_last != nullptr && m_last->identifier == id) return m_last;
  auto it = m_entries.find(id);
  if (it == m_entries.end()) return nullptr;
  m_last = it->second;
  return it->second;
}

void ContractCache::Insert(std::shared_ptr<const ContractContext> contract) {
  if (contract == nullptr) return;
  m_last = nullptr;
  ContractIdentifier id = contract->identifier;
  if (m_entries.insert_or_assign(id, std::move(contract)).second) m_order.push_back(std::move(id));
  while (m_entries.size() > m_capacity && !m_order.empty()) {
    m_entries.erase(m_order.front());
    m_order.pop_front();
  }
}

void ContractCache::Clear() {
  m_entries.clear();
  m_order.clear();
  m_last = nullptr;
}

}  // namespace stacks::clarity::vm
