// contract-hash? and to-ascii? (clarity4.h): deployed, missing and standard principals, every value kind and the bad
// ones, version gating, costs. Expected values and costs are the reference VM's (clarinet-sdk 3.21.0), or for the
// hash SHA-512/256 of the contract's source, which is how the reference defines it.
#include <gtest/gtest.h>

#include <string>

#include "chain_fixture.h"
#include "clarity/storage/keys.h"
#include "clarity/vm/snippet.h"
#include "crypto/hash.h"
#include "util/hex.h"

namespace stacks::clarity::vm {
namespace {

constexpr std::string_view kTarget = "(define-read-only (f) u1)";
constexpr std::string_view kHasher = R"(
(define-read-only (hash-of (p principal)) (contract-hash? p))
(define-read-only (hash-of-int) (contract-hash? 1))
(define-public (hash-of-new) (ok (contract-hash? .target)))
)";

class Clarity4Test : public ChainTest {
 protected:
  void SetUp() override {
    ChainTest::SetUp();
    StartAt(costs::Epoch::k33);
  }
};

TEST_P(Clarity4Test, ContractHashIsTheSourcesSha512_256) {
  ASSERT_EQ(Text(Deploy("target", kTarget)), "true");
  ASSERT_EQ(Text(Deploy("hasher", kHasher)), "true");
  const crypto::Hash256 hash = crypto::Sha512_256(util::AsBytes(kTarget));
  Outcome o = Read("hasher", "hash-of", {PrincipalArg(std::string(kDeployer) + ".target")});
  EXPECT_EQ(Text(o), "(ok 0x" + util::ToHex(hash) + ")");
  // The reference's value for this source, computed independently of this VM.
  EXPECT_EQ(util::ToHex(hash), "856f300661d9747c6e47941c14fac2961ca3aa8ee2cb78c9a1d5ea144e0b33c3");
}

TEST_P(Clarity4Test, ContractHashErrors) {
  ASSERT_EQ(Text(Deploy("hasher", kHasher)), "true");
  EXPECT_EQ(Text(Read("hasher", "hash-of", {PrincipalArg(kWallet1)})), "(err u1)");
  EXPECT_EQ(Text(Read("hasher", "hash-of", {PrincipalArg(std::string(kDeployer) + ".missing")})), "(err u2)");
  EXPECT_EQ(Text(Read("hasher", "hash-of-int")), "runtime:RuntimeCheck:TypeValueError");
}

TEST_P(Clarity4Test, ContractHashCosts) {
  ASSERT_EQ(Text(Deploy("target", kTarget)), "true");
  ASSERT_EQ(Text(Deploy("hasher", kHasher)), "true");
  // A contract principal reads its commitment (cost_contract_hash: 1 read of 32), whether or not it exists; a
  // standard principal is answered before anything is charged.
  Outcome found = Read("hasher", "hash-of", {PrincipalArg(std::string(kDeployer) + ".target")});
  Outcome missing = Read("hasher", "hash-of", {PrincipalArg(std::string(kDeployer) + ".target2")});
  Outcome standard = Read("hasher", "hash-of", {PrincipalArg(kWallet1)});
  ASSERT_EQ(Text(missing), "(err u2)");
  EXPECT_EQ(found.cost.read_count - standard.cost.read_count, 1u);
  EXPECT_EQ(found.cost.read_length - standard.cost.read_length, 32u);
  EXPECT_EQ(missing.cost.read_count, found.cost.read_count);
  EXPECT_EQ(missing.cost.read_length, found.cost.read_length);
  EXPECT_GE(found.cost.runtime, standard.cost.runtime + 188);
}

TEST_P(Clarity4Test, ContractHashIsClarity4On) {
  Outcome o = Deploy("old", "(define-read-only (h) (contract-hash? tx-sender))", kDeployer, ClarityVersion::kClarity3);
  ASSERT_EQ(Text(o), "true");
  EXPECT_EQ(Text(Read("old", "h")), "runtime:RuntimeCheck:UndefinedFunction");
}

TEST_P(Clarity4Test, ContractHashOfADamagedCommitmentIsCorruption) {
  ASSERT_EQ(Text(Deploy("target", kTarget)), "true");
  ASSERT_EQ(Text(Deploy("hasher", kHasher)), "true");
  const std::string key = storage::ContractHashKey(Contract("target"));
  storage::WriteBatch batch;
  batch.data.push_back({key, "zz"});
  ASSERT_TRUE(store().PutAll(batch));
  // A damaged store is an error of the call itself, not an outcome.
  CallRequest request;
  request.contract = Contract("hasher");
  request.function = "hash-of";
  request.args = {PrincipalArg(std::string(kDeployer) + ".target")};
  request.sender = Address(kDeployer);
  EXPECT_EQ(testing::ErrorOf(CallReadOnly(Tx(), request)).code, util::ErrorCode::kCorruption);
}

INSTANTIATE_TEST_SUITE_P(Stores, Clarity4Test, ::testing::Values("memory", "sqlite"));

// --- to-ascii? through EvalSnippet ---

EvalOptions Opts(ClarityVersion version = ClarityVersion::kClarity4, costs::Epoch epoch = costs::Epoch::k33) {
  EvalOptions o;
  o.epoch = epoch;
  o.clarity_version = version;
  return o;
}

std::string EvalText(const std::string& source, const EvalOptions& options = Opts()) {
  auto r = EvalSnippet(source, options);
  if (!r) {
    ErrorInfo info = ClassifyError(r.error());
    return info.kind + ":" + info.error + ":" + info.reason;
  }
  return ToReferenceString(r->value);
}

uint64_t RuntimeOf(const std::string& source) {
  auto r = EvalSnippet(source, Opts());
  EXPECT_TRUE(r) << source;
  return r ? r->cost.runtime : 0;
}

TEST(ToAsciiTest, EveryKind) {
  EXPECT_EQ(EvalText("(to-ascii? -170141183460469231731687303715884105728)"),
            "(ok \"-170141183460469231731687303715884105728\")");
  EXPECT_EQ(EvalText("(to-ascii? u340282366920938463463374607431768211455)"),
            "(ok \"u340282366920938463463374607431768211455\")");
  EXPECT_EQ(EvalText("(to-ascii? 0)"), "(ok \"0\")");
  EXPECT_EQ(EvalText("(to-ascii? true)"), "(ok \"true\")");
  EXPECT_EQ(EvalText("(to-ascii? false)"), "(ok \"false\")");
  EXPECT_EQ(EvalText("(to-ascii? 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM)"),
            "(ok \"ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM\")");
  EXPECT_EQ(EvalText("(to-ascii? 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.foo)"),
            "(ok \"ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.foo\")");
  EXPECT_EQ(EvalText("(to-ascii? 0x0aFF)"), "(ok \"0x0aff\")");
  EXPECT_EQ(EvalText("(to-ascii? 0x)"), "(ok \"0x\")");
  EXPECT_EQ(EvalText("(to-ascii? u\"abc\")"), "(ok \"abc\")");
  EXPECT_EQ(EvalText("(to-ascii? u\"\")"), "(ok \"\")");
  EXPECT_EQ(EvalText("(to-ascii? u\"tab\\there\")"), "(ok \"tab\\there\")");
}

TEST(ToAsciiTest, RefusesWhatStringAsciiCannotHold) {
  EXPECT_EQ(EvalText("(to-ascii? u\"caf\\u{e9}\")"), "(err u1)");
  EXPECT_EQ(EvalText("(to-ascii? u\"a\\u{0}\")"), "(err u1)");
  EXPECT_EQ(EvalText("(to-ascii? u\"\\u{7f}\")"), "(err u1)");
  EXPECT_EQ(EvalText("(to-ascii? u\"\\u{1F600}\")"), "(err u1)");
}

TEST(ToAsciiTest, RefusesOtherTypes) {
  EXPECT_EQ(EvalText("(to-ascii? \"abc\")"), "analysis:Unchecked:UnionTypeValueError");
  EXPECT_EQ(EvalText("(to-ascii? (list 1))"), "analysis:Unchecked:UnionTypeValueError");
  EXPECT_EQ(EvalText("(to-ascii? none)"), "analysis:Unchecked:UnionTypeValueError");
  EXPECT_EQ(EvalText("(to-ascii? {a: 1})"), "analysis:Unchecked:UnionTypeValueError");
  EXPECT_EQ(EvalText("(to-ascii?)"), "analysis:Unchecked:IncorrectArgumentCount");
  EXPECT_EQ(EvalText("(to-ascii? 1 2)"), "analysis:Unchecked:IncorrectArgumentCount");
  EXPECT_EQ(EvalText("(to-ascii? 1)", Opts(ClarityVersion::kClarity3)), "analysis:Unchecked:UndefinedFunction");
}

TEST(ToAsciiTest, CostsGrowWithTheValuesSize) {
  // The reference's runtime: cost_lookup_function 16 + cost_to_ascii(size) = 16 * size + 150.
  EXPECT_EQ(RuntimeOf("(to-ascii? true)"), 182u);                                             // size 1
  EXPECT_EQ(RuntimeOf("(to-ascii? 1)"), 422u);                                                // 16
  EXPECT_EQ(RuntimeOf("(to-ascii? u\"\")"), 230u);                                            // 4
  EXPECT_EQ(RuntimeOf("(to-ascii? u\"abc\")"), 422u);                                         // 16
  EXPECT_EQ(RuntimeOf("(to-ascii? u\"tab\\there\")"), 742u);                                  // 36
  EXPECT_EQ(RuntimeOf("(to-ascii? 0x0aFF)"), 262u);                                           // 6
  EXPECT_EQ(RuntimeOf("(to-ascii? 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.foo)"), 2534u);  // 149
  // An error answer costs the same as an ok one of the same size.
  EXPECT_EQ(RuntimeOf("(to-ascii? u\"a\\u{0}\")"), 358u);
}

}  // namespace
}  // namespace stacks::clarity::vm
