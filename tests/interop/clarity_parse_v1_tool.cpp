// Test-only helper for clarity_parse_v1_diff.js: builds a contract's AST with parser v1 (BuildContractAst with
// ParserVersion::kV1: the parse, the depth checkers, the definition sorter, the traits resolver, sugar expansion and
// ids, as a node deploying in Epoch 2.0 or 2.05 does) and prints the expressions in the shape the reference's
// ContractAST takes as JSON (serde's: {"expr": {"List": [...]}, "id": 1, "span": {...}}, values as
// {"Int": "1"}, {"Sequence": {"Buffer": {"data": [..]}}}, ...), so that the script can compare them with the
// reference's own. One JSON request per line on stdin, one answer per line on stdout.
//
//   request: {"source": "...", "issuer": "ST...", "name": "c1", "rules": "precheck" | "typical"}
//   answer:  {"ok": true, "expressions": [...]} or
//            {"ok": false, "stage": "parse" | "passes", "kind": "SeparatorExpected", "message": "..."}: "parse" when
//            parser v1 itself refuses, "passes" when a pass after it does (depth checkers, sorter, traits).
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "clarity/ast/build_ast.h"
#include "codec/stacks_address.h"

namespace {

using namespace stacks;
using namespace stacks::clarity;
using Json = nlohmann::ordered_json;

std::string Decimal(Uint128 v) {
  std::string out;
  do {
    out.insert(out.begin(), static_cast<char>('0' + static_cast<int>(v % 10)));
    v /= 10;
  } while (v != 0);
  return out;
}

std::string Decimal(Int128 v) {
  if (v >= 0) return Decimal(static_cast<Uint128>(v));
  return "-" + Decimal(static_cast<Uint128>(-(v + 1)) + 1);
}

Json Bytes(const std::string& bytes) {
  Json out = Json::array();
  for (char c : bytes) out.push_back(static_cast<uint8_t>(c));
  return out;
}

Json Issuer(const StandardPrincipal& p) {
  Json hash = Json::array();
  for (uint8_t b : p.hash160) hash.push_back(b);
  return Json::array({p.version, hash});
}

Json ContractJson(const ContractIdentifier& c) { return Json{{"issuer", Issuer(c.issuer)}, {"name", c.name}}; }

Json TraitJson(const TraitIdentifier& t) {
  return Json{{"name", t.name}, {"contract_identifier", ContractJson(t.contract)}};
}

Json ValueJson(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::kInt:
      return Json{{"Int", Decimal(v.AsInt())}};
    case Value::Kind::kUInt:
      return Json{{"UInt", Decimal(v.AsUInt())}};
    case Value::Kind::kBuffer: {
      const util::Bytes& b = v.AsBuffer();
      return Json{{"Sequence", {{"Buffer", {{"data", Bytes(std::string(b.begin(), b.end()))}}}}}};
    }
    case Value::Kind::kStringAscii:
      return Json{{"Sequence", {{"String", {{"ASCII", {{"data", Bytes(v.AsAscii())}}}}}}}};
    case Value::Kind::kStringUtf8: {
      Json chars = Json::array();
      const std::string utf8 = v.Utf8Bytes();
      // One entry per character: its UTF-8 bytes.
      for (size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<uint8_t>(utf8[i]);
        const size_t n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        chars.push_back(Bytes(utf8.substr(i, n)));
        i += n;
      }
      return Json{{"Sequence", {{"String", {{"UTF8", {{"data", chars}}}}}}}};
    }
    case Value::Kind::kPrincipal:
      return Json{{"Principal", {{"Standard", Issuer(v.AsPrincipal())}}}};
    case Value::Kind::kContract:
      return Json{{"Principal", {{"Contract", ContractJson(v.AsContract())}}}};
    default:
      return Json{{"Unexpected", static_cast<int>(v.kind())}};
  }
}

Json ExpressionJson(const ast::SymbolicExpression& e) {
  Json expr;
  switch (e.kind) {
    case ast::SymbolicExpression::Kind::kAtom:
      expr = Json{{"Atom", e.name}};
      break;
    case ast::SymbolicExpression::Kind::kLiteralValue:
      expr = Json{{"LiteralValue", ValueJson(*e.value)}};
      break;
    case ast::SymbolicExpression::Kind::kList: {
      Json items = Json::array();
      for (const ast::SymbolicExpression& item : e.items) items.push_back(ExpressionJson(item));
      expr = Json{{"List", items}};
      break;
    }
    case ast::SymbolicExpression::Kind::kField:
      expr = Json{{"Field", TraitJson(*e.field)}};
      break;
    case ast::SymbolicExpression::Kind::kTraitReference:
      expr = Json{{"TraitReference", Json::array({e.name, e.field ? TraitJson(*e.field) : Json()})}};
      break;
  }
  const Json span{{"start_line", e.span.start_line},
                  {"start_column", e.span.start_column},
                  {"end_line", e.span.end_line},
                  {"end_column", e.span.end_column}};
  return Json{{"expr", expr}, {"id", e.id}, {"span", span}};
}

Json Answer(const Json& request) {
  util::Result<codec::StacksAddress> issuer = codec::StacksAddress::Parse(request.at("issuer").get<std::string>());
  if (!issuer) return Json{{"ok", false}, {"kind", "BadRequest"}, {"message", issuer.error().message}};
  ast::ParseOptions options;
  options.parser = ast::ParserVersion::kV1;
  options.ast_rules = request.value("rules", std::string("precheck")) == "typical" ? ast::AstRules::kTypical
                                                                                   : ast::AstRules::kPrecheckSize;
  options.contract = ContractIdentifier{*issuer, request.at("name").get<std::string>()};
  ast::ParseError detail;
  const std::string source = request.at("source").get<std::string>();
  if (!ast::ParsePreExpressions(source, options, &detail)) {
    return Json{{"ok", false},
                {"stage", "parse"},
                {"kind", std::string(ast::ParseErrorKindName(detail.kind))},
                {"message", detail.message}};
  }
  detail.message.clear();
  util::Result<ast::ContractAst> built =
      ast::BuildContractAst(source, options, nullptr, costs::CostVersion::kCosts2, &detail);
  if (!built) {
    const bool parse_error = !detail.message.empty();
    return Json{{"ok", false},
                {"stage", "passes"},
                {"kind", parse_error ? std::string(ast::ParseErrorKindName(detail.kind)) : "Other"},
                {"message", parse_error ? detail.message : built.error().message},
                {"text", built.error().message}};
  }
  Json expressions = Json::array();
  for (const ast::SymbolicExpression& e : built->expressions) expressions.push_back(ExpressionJson(e));
  return Json{{"ok", true}, {"expressions", expressions}};
}

}  // namespace

int main() {
  std::string line;
  while (std::getline(std::cin, line)) {
    Json answer;
    try {
      answer = Answer(Json::parse(line));
    } catch (const std::exception& e) {
      answer = Json{{"ok", false}, {"kind", "BadRequest"}, {"message", e.what()}};
    }
    std::cout << answer.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
  }
  return 0;
}
