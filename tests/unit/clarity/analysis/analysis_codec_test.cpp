// EncodeAnalysis/DecodeAnalysis: round trips of every type and field, and corrupted entries refused as kCorruption.
#include "clarity/analysis/analysis_codec.h"

#include <gtest/gtest.h>

#include <string>

#include "analysis_fixture.h"
#include "test_util.h"

namespace stacks::clarity::analysis {
namespace {

using stacks::testing::ErrorOf;
using testing::Contract;
using testing::Function;
using testing::Ok;
using util::ErrorCode;

ContractAnalysis Full() {
  ContractAnalysis a;
  a.contract_identifier = Contract("full");
  a.epoch = common::StacksEpochId::k2_05;
  a.clarity_version = common::ClarityVersion::kClarity2;
  const TraitIdentifier tr{"tr", Contract("lib")};
  TypeSignature tuple = Ok(TypeSignature::Tuple(
      {{"a", Ok(TypeSignature::List(Ok(TypeSignature::Buffer(3)), 4))}, {"b", Ok(TypeSignature::StringUtf8(5))}}));
  a.private_function_types["p"] = Function({{"x", tuple}}, Ok(TypeSignature::Response(TypeSignature::Int(), {})));
  a.public_function_types["q"] =
      Function({{"t", TypeSignature::CallableTrait(tr)}, {"u", TypeSignature::TraitReference(tr)}},
               Ok(TypeSignature::Response(TypeSignature::Bool(), TypeSignature::UInt())));
  a.read_only_function_types["r"] =
      Function({}, Ok(TypeSignature::List(TypeSignature::ListUnion({Contract("a"), tr}), 2)));
  a.read_only_function_types["s"] = Function({}, TypeSignature::CallablePrincipal(Contract("a")));
  a.variable_types["c"] = Ok(TypeSignature::Optional(Ok(TypeSignature::StringAscii(9))));
  a.persisted_variable_types["v"] = TypeSignature::Principal();
  a.map_types["m"] = {TypeSignature::UInt(), tuple};
  a.fungible_tokens = {"f1", "f2"};
  a.non_fungible_tokens["n"] = Ok(TypeSignature::Buffer(20));
  a.defined_traits["d"] = TraitDefinition{
      {"m1", FunctionSignature{{TypeSignature::UInt(), tuple}, Ok(TypeSignature::Response(tuple, tuple))}},
      {"m2", FunctionSignature{{}, Ok(TypeSignature::Response(TypeSignature::Bool(), TypeSignature::Bool()))}}};
  a.implemented_traits = {tr, TraitIdentifier{"other", Contract("lib2")}};
  return a;
}

void ExpectSameStoredFields(const ContractAnalysis& a, const ContractAnalysis& b) {
  EXPECT_EQ(a.contract_identifier, b.contract_identifier);
  EXPECT_EQ(a.epoch, b.epoch);
  EXPECT_EQ(a.clarity_version, b.clarity_version);
  EXPECT_EQ(a.private_function_types, b.private_function_types);
  EXPECT_EQ(a.public_function_types, b.public_function_types);
  EXPECT_EQ(a.read_only_function_types, b.read_only_function_types);
  EXPECT_EQ(a.variable_types, b.variable_types);
  EXPECT_EQ(a.persisted_variable_types, b.persisted_variable_types);
  EXPECT_EQ(a.map_types, b.map_types);
  EXPECT_EQ(a.fungible_tokens, b.fungible_tokens);
  EXPECT_EQ(a.non_fungible_tokens, b.non_fungible_tokens);
  EXPECT_EQ(a.defined_traits, b.defined_traits);
  EXPECT_EQ(a.implemented_traits, b.implemented_traits);
}

TEST(AnalysisCodecTest, RoundTripsEveryField) {
  ContractAnalysis a = Full();
  a.expressions = testing::Analysis("(define-read-only (r) 1)").expressions;
  a.type_map[1] = TypeSignature::Int();
  const std::string stored = EncodeAnalysis(a);
  ContractAnalysis b = Ok(DecodeAnalysis(stored));
  ExpectSameStoredFields(a, b);
  EXPECT_TRUE(b.expressions.empty());
  EXPECT_TRUE(b.type_map.empty());
  EXPECT_EQ(EncodeAnalysis(b), stored);
}

TEST(AnalysisCodecTest, RoundTripsAnEmptyAnalysis) {
  ContractAnalysis a;
  a.contract_identifier = Contract("e");
  ContractAnalysis b = Ok(DecodeAnalysis(EncodeAnalysis(a)));
  ExpectSameStoredFields(a, b);
}

TEST(AnalysisCodecTest, WritesTheDocumentedLayout) {
  ContractAnalysis a;
  a.contract_identifier = Contract("e");
  a.epoch = common::StacksEpochId::k30;
  a.clarity_version = common::ClarityVersion::kClarity3;
  a.variable_types["k"] = Ok(TypeSignature::Buffer(2));
  EXPECT_EQ(EncodeAnalysis(a),
            "{\"format\":1,\"contract_identifier\":\"ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.e\","
            "\"clarity_version\":\"Clarity3\",\"epoch\":\"Epoch30\",\"private_function_types\":{},"
            "\"public_function_types\":{},\"read_only_function_types\":{},\"variable_types\":{\"k\":{\"buff\":2}},"
            "\"persisted_variable_types\":{},\"map_types\":{},\"fungible_tokens\":[],\"non_fungible_tokens\":{},"
            "\"defined_traits\":{},\"implemented_traits\":[]}");
}

// The stored form of Full() with `from` replaced by `to` (which must occur).
std::string Damaged(std::string_view from, std::string_view to) {
  std::string s = EncodeAnalysis(Full());
  size_t at = s.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) s.replace(at, from.size(), to);
  return s;
}

TEST(AnalysisCodecTest, RefusesCorruptedEntries) {
  const std::string cases[] = {
      "",
      "not json",
      "[]",
      "{}",
      Damaged("\"format\":1", "\"format\":2"),
      Damaged("\"format\":1", "\"format\":\"1\""),
      Damaged("\"epoch\":\"Epoch2_05\"", "\"epoch\":\"Epoch99\""),
      Damaged("\"clarity_version\":\"Clarity2\"", "\"clarity_version\":\"Clarity7\""),
      Damaged("ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.full", "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGX.full"),
      Damaged("{\"buff\":20}", "{\"buff\":-1}"),
      Damaged("{\"buff\":20}", "{\"buff\":2000000}"),
      Damaged("{\"buff\":20}", "{\"buff\":20,\"x\":1}"),
      Damaged("{\"buff\":20}", "{\"blob\":20}"),
      Damaged("{\"buff\":20}", "\"integer\""),
      Damaged("{\"buff\":20}", "7"),
      Damaged("\"principal\"", "\"principle\""),
      Damaged("\"f1\"", "\"not a name\""),
      Damaged("\"f1\"", "1"),
      Damaged("\"implemented_traits\":[", "\"implemented_traits\":[\"nodot\","),
      Damaged("\"non_fungible_tokens\"", "\"non_fungible_token\""),
      Damaged("\"map_types\":{", "\"map_types\":{\"x\":[\"int\"],"),
      Damaged("\"args\":[", "\"args\":[[\"a\"],"),
      Damaged("\"returns\"", "\"return\""),
      Damaged("\"variable_types\":{", "\"variable_types\":[],\"x\":{"),
  };
  for (const std::string& text : cases) {
    util::Result<ContractAnalysis> r = DecodeAnalysis(text);
    EXPECT_EQ(ErrorOf(r).code, ErrorCode::kCorruption) << text.substr(0, 200);
    if (!r) {
      EXPECT_EQ(r.error().message.rfind("analysis: ", 0), 0u) << r.error().message;
    }
  }
}

TEST(AnalysisCodecTest, RefusesTypesTooDeepOrTooLarge) {
  std::string deep = "\"int\"";
  for (int i = 0; i < 40; ++i) deep = "{\"optional\":" + deep + "}";
  EXPECT_EQ(ErrorOf(DecodeAnalysis(Damaged("\"principal\"", deep))).code, ErrorCode::kCorruption);
  EXPECT_EQ(ErrorOf(DecodeAnalysis(Damaged("\"principal\"", "{\"list\":[{\"buff\":1000},100000]}"))).code,
            ErrorCode::kCorruption);
  // A JSON document nested far deeper than any type is refused without recursing through it.
  std::string very_deep(100000, '[');
  EXPECT_EQ(ErrorOf(DecodeAnalysis(very_deep)).code, ErrorCode::kCorruption);
  std::string nested_type = "\"int\"";
  for (int i = 0; i < 5000; ++i) nested_type = "{\"optional\":" + nested_type + "}";
  EXPECT_EQ(ErrorOf(DecodeAnalysis(Damaged("\"principal\"", nested_type))).code, ErrorCode::kCorruption);
}

}  // namespace
}  // namespace stacks::clarity::analysis
