// ContractInterfaceJson against the reference's. Each fixture is a contract deployed in the reference VM
// (@stacks/clarinet-sdk 3.21.0, an empty simnet session at Epoch 3.0 with Clarity 3, deployer
// ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM), whose interface JSON (simnet's getContractsInterfaces, compacted
// with JSON.stringify, which keeps serde's key order) is pasted below verbatim; the ContractAnalysis beside it is
// filled by hand with the types the reference's type checker gives those definitions.
#include "clarity/analysis/contract_interface.h"

#include <gtest/gtest.h>

#include <string>

#include "analysis_fixture.h"

namespace stacks::clarity::analysis {
namespace {

using testing::Contract;
using testing::Function;
using testing::Ok;

TypeSignature Resp(TypeSignature ok, TypeSignature err) { return Ok(TypeSignature::Response(ok, err)); }
TypeSignature Opt(TypeSignature t) { return Ok(TypeSignature::Optional(t)); }
TypeSignature ListOf(TypeSignature t, uint32_t n) { return Ok(TypeSignature::List(t, n)); }
TypeSignature Tuple(std::vector<TupleFieldType> f) { return Ok(TypeSignature::Tuple(std::move(f))); }

ContractAnalysis Base(const std::string& name) {
  ContractAnalysis a;
  a.contract_identifier = Contract(name);
  a.epoch = common::StacksEpochId::k30;
  a.clarity_version = common::ClarityVersion::kClarity3;
  return a;
}

TEST(ContractInterfaceTest, MatchesTheReferenceOnDefinitionsOfEveryKind) {
  // (define-trait tr ((get-x (uint) (response uint uint))))
  // (define-constant c1 u10)
  // (define-constant a-const (list 1 2 3))
  // (define-data-var dv { b: (buff 32), a: (string-ascii 5) } { a: "x", b: 0x00 })
  // (define-map m1 { k: principal } { v: (optional (string-utf8 7)) })
  // (define-fungible-token ft1)
  // (define-fungible-token aft u100)
  // (define-non-fungible-token nft1 (buff 20))
  // (define-private (zpriv (x int)) (ok x))
  // (define-public (pub1 (t <tr>) (y (response bool int))) (ok u1))
  // (define-read-only (ro1) (if true none (some 1)))
  // (define-read-only (ro2) (list))
  // (define-public (apub) (err u1))
  ContractAnalysis a = Base("t1");
  const TraitIdentifier tr{"tr", Contract("t1")};
  a.defined_traits["tr"] = TraitDefinition{
      {"get-x", FunctionSignature{{TypeSignature::UInt()}, Resp(TypeSignature::UInt(), TypeSignature::UInt())}}};
  a.variable_types["c1"] = TypeSignature::UInt();
  a.variable_types["a-const"] = ListOf(TypeSignature::Int(), 3);
  a.persisted_variable_types["dv"] =
      Tuple({{"b", Ok(TypeSignature::Buffer(32))}, {"a", Ok(TypeSignature::StringAscii(5))}});
  a.map_types["m1"] = {Tuple({{"k", TypeSignature::Principal()}}),
                       Tuple({{"v", Opt(Ok(TypeSignature::StringUtf8(7)))}})};
  a.fungible_tokens = {"ft1", "aft"};
  a.non_fungible_tokens["nft1"] = Ok(TypeSignature::Buffer(20));
  a.private_function_types["zpriv"] = Function({{"x", TypeSignature::Int()}}, Resp(TypeSignature::Int(), {}));
  a.public_function_types["pub1"] =
      Function({{"t", TypeSignature::CallableTrait(tr)}, {"y", Resp(TypeSignature::Bool(), TypeSignature::Int())}},
               Resp(TypeSignature::UInt(), {}));
  a.public_function_types["apub"] = Function({}, Resp({}, TypeSignature::UInt()));
  a.read_only_function_types["ro1"] = Function({}, Opt(TypeSignature::Int()));
  a.read_only_function_types["ro2"] = Function({}, ListOf({}, 0));
  EXPECT_EQ(
      ContractInterfaceJson(a),
      R"({"functions":[{"name":"zpriv","access":"private","args":[{"name":"x","type":"int128"}],"outputs":{"type":{"response":{"ok":"int128","error":"none"}}}},{"name":"apub","access":"public","args":[],"outputs":{"type":{"response":{"ok":"none","error":"uint128"}}}},{"name":"pub1","access":"public","args":[{"name":"t","type":"trait_reference"},{"name":"y","type":{"response":{"ok":"bool","error":"int128"}}}],"outputs":{"type":{"response":{"ok":"uint128","error":"none"}}}},{"name":"ro1","access":"read_only","args":[],"outputs":{"type":{"optional":"int128"}}},{"name":"ro2","access":"read_only","args":[],"outputs":{"type":{"list":{"type":"none","length":0}}}}],"variables":[{"name":"a-const","type":{"list":{"type":"int128","length":3}},"access":"constant"},{"name":"c1","type":"uint128","access":"constant"},{"name":"dv","type":{"tuple":[{"name":"a","type":{"string-ascii":{"length":5}}},{"name":"b","type":{"buffer":{"length":32}}}]},"access":"variable"}],"maps":[{"name":"m1","key":{"tuple":[{"name":"k","type":"principal"}]},"value":{"tuple":[{"name":"v","type":{"optional":{"string-utf8":{"length":7}}}}]}}],"fungible_tokens":[{"name":"aft"},{"name":"ft1"}],"non_fungible_tokens":[{"name":"nft1","type":{"buffer":{"length":20}}}],"epoch":"Epoch30","clarity_version":"Clarity3"})");
}

TEST(ContractInterfaceTest, MatchesTheReferenceOnCallablesAndNesting) {
  // (define-read-only (lu) (list .a .b))
  // (define-read-only (cp) .a)
  // (define-read-only (nested (x (list 5 {a: (list 2 (buff 1)), b: (string-utf8 3)}))) (ok (some x)))
  // (define-constant empty-opt (if true none (some u1)))
  // (define-data-var z bool true)
  // (define-private (multi (a int) (b uint) (c principal) (d bool)) (err "msg"))
  ContractAnalysis a = Base("t2");
  // A literal contract and a list of them keep their callable types in the analysis; both are "principal" here.
  a.read_only_function_types["lu"] = Function({}, ListOf(TypeSignature::ListUnion({Contract("a"), Contract("b")}), 2));
  a.read_only_function_types["cp"] = Function({}, TypeSignature::CallablePrincipal(Contract("a")));
  TypeSignature entry =
      Tuple({{"a", ListOf(Ok(TypeSignature::Buffer(1)), 2)}, {"b", Ok(TypeSignature::StringUtf8(3))}});
  a.read_only_function_types["nested"] = Function({{"x", ListOf(entry, 5)}}, Resp(Opt(ListOf(entry, 5)), {}));
  a.variable_types["empty-opt"] = Opt(TypeSignature::UInt());
  a.persisted_variable_types["z"] = TypeSignature::Bool();
  a.private_function_types["multi"] = Function({{"a", TypeSignature::Int()},
                                                {"b", TypeSignature::UInt()},
                                                {"c", TypeSignature::Principal()},
                                                {"d", TypeSignature::Bool()}},
                                               Resp({}, Ok(TypeSignature::StringAscii(3))));
  EXPECT_EQ(
      ContractInterfaceJson(a),
      R"({"functions":[{"name":"multi","access":"private","args":[{"name":"a","type":"int128"},{"name":"b","type":"uint128"},{"name":"c","type":"principal"},{"name":"d","type":"bool"}],"outputs":{"type":{"response":{"ok":"none","error":{"string-ascii":{"length":3}}}}}},{"name":"cp","access":"read_only","args":[],"outputs":{"type":"principal"}},{"name":"lu","access":"read_only","args":[],"outputs":{"type":{"list":{"type":"principal","length":2}}}},{"name":"nested","access":"read_only","args":[{"name":"x","type":{"list":{"type":{"tuple":[{"name":"a","type":{"list":{"type":{"buffer":{"length":1}},"length":2}}},{"name":"b","type":{"string-utf8":{"length":3}}}]},"length":5}}}],"outputs":{"type":{"response":{"ok":{"optional":{"list":{"type":{"tuple":[{"name":"a","type":{"list":{"type":{"buffer":{"length":1}},"length":2}}},{"name":"b","type":{"string-utf8":{"length":3}}}]},"length":5}}},"error":"none"}}}}],"variables":[{"name":"empty-opt","type":{"optional":"uint128"},"access":"constant"},{"name":"z","type":"bool","access":"variable"}],"maps":[],"fungible_tokens":[],"non_fungible_tokens":[],"epoch":"Epoch30","clarity_version":"Clarity3"})");
}

TEST(ContractInterfaceTest, AnEmptyContractHasEmptyLists) {
  ContractAnalysis a = Base("empty");
  a.epoch = common::StacksEpochId::k2_05;
  a.clarity_version = common::ClarityVersion::kClarity1;
  EXPECT_EQ(ContractInterfaceJson(a),
            R"({"functions":[],"variables":[],"maps":[],"fungible_tokens":[],"non_fungible_tokens":[],)"
            R"("epoch":"Epoch2_05","clarity_version":"Clarity1"})");
}

TEST(ContractInterfaceTest, NamesEpochsAndVersionsAsSerde) {
  EXPECT_EQ(EpochSerdeName(common::StacksEpochId::k10), "Epoch10");
  EXPECT_EQ(EpochSerdeName(common::StacksEpochId::k2_05), "Epoch2_05");
  EXPECT_EQ(EpochSerdeName(common::StacksEpochId::k21), "Epoch21");
  EXPECT_EQ(EpochSerdeName(common::StacksEpochId::k34), "Epoch34");
  EXPECT_EQ(EpochSerdeName(common::StacksEpochId::k41), "Epoch41");
  EXPECT_EQ(EpochSerdeName(static_cast<common::StacksEpochId>(7)), "unknown");
  EXPECT_EQ(ClarityVersionSerdeName(common::ClarityVersion::kClarity4), "Clarity4");
}

TEST(ContractInterfaceTest, WritesTraitReferencesOfEitherForm) {
  const TraitIdentifier tr{"tr", Contract("x")};
  EXPECT_EQ(InterfaceTypeJson(TypeSignature::TraitReference(tr)), R"("trait_reference")");
  EXPECT_EQ(InterfaceTypeJson(TypeSignature::CallableTrait(tr)), R"("trait_reference")");
  EXPECT_EQ(InterfaceTypeJson(TypeSignature::NoType()), R"("none")");
}

}  // namespace
}  // namespace stacks::clarity::analysis
