// Tests of the contract runtime (runtime.h): deployment, public and read-only calls, what is committed and what is
// rolled back with its events, the call-level refusals, and bad requests. Every test runs over a MemoryStore and a
// SqliteStore. Cost numbers are the reference VM's (clarinet-sdk 3.21.0, noted where used); the differential test
// tests/interop/clarity_contract_diff.js compares many more.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clarity/analysis/store_analysis_db.h"
#include "clarity/vm/evaluator.h"
#include "clarity/vm/runtime_fixture.h"

namespace stacks::clarity::vm {
namespace {

class RuntimeTest : public RuntimeFixture {};

constexpr std::string_view kCounter = R"(
(define-data-var count uint u0)
(define-public (incr)
  (begin (var-set count (+ (var-get count) u1)) (print (var-get count)) (ok (var-get count))))
(define-public (fail-after-write)
  (begin (var-set count u100) (print "lost") (err u7)))
(define-public (panic-after-write)
  (begin (var-set count u100) (print "lost") (ok (/ u1 u0))))
(define-read-only (get-count) (var-get count))
(define-read-only (write-in-read-only) (ok (var-set count u55)))
(define-private (secret) u1)
)";

TEST_P(RuntimeTest, DeployThenCallCommitsWritesAndEvents) {
  Outcome deployed = Deploy("counter", kCounter);
  EXPECT_EQ(Text(deployed), "<none>");
  EXPECT_TRUE(deployed.committed);
  EXPECT_EQ(Text(Call("counter", "incr")), "(ok u1)");
  Outcome second = Call("counter", "incr");
  EXPECT_EQ(Text(second), "(ok u2)");
  EXPECT_TRUE(second.committed);
  EXPECT_EQ(Prints(second), std::vector<std::string>{"counter:u2"});
  Outcome read = Call("counter", "get-count", {}, kDeployer, /*read_only=*/true);
  EXPECT_EQ(Text(read), "u2");
  EXPECT_FALSE(read.committed);
  EXPECT_GT(read.cost.runtime, 0u);
}

TEST_P(RuntimeTest, ErrResponseRollsBackWritesAndEventsButKeepsCosts) {
  Deploy("counter", kCounter);
  Outcome failed = Call("counter", "fail-after-write");
  EXPECT_EQ(Text(failed), "(err u7)");
  EXPECT_FALSE(failed.committed);
  EXPECT_TRUE(failed.events.empty());
  EXPECT_GT(failed.cost.runtime, 0u);
  EXPECT_GT(failed.cost.write_count, 0u);
  EXPECT_EQ(Text(Call("counter", "get-count", {}, kDeployer, true)), "u0");
}

TEST_P(RuntimeTest, RuntimeErrorRollsBackWritesAndEvents) {
  Deploy("counter", kCounter);
  Outcome failed = Call("counter", "panic-after-write");
  EXPECT_EQ(Text(failed), "runtime:Runtime:DivisionByZero");
  EXPECT_FALSE(failed.committed);
  EXPECT_TRUE(failed.events.empty());
  EXPECT_GT(failed.cost.runtime, 0u);
  EXPECT_EQ(Text(Call("counter", "get-count", {}, kDeployer, true)), "u0");
}

TEST_P(RuntimeTest, ReadOnlyWritesAreNeverKept) {
  Deploy("counter", kCounter);
  EXPECT_EQ(Text(Call("counter", "write-in-read-only", {}, kDeployer, true)), "(ok true)");
  EXPECT_EQ(Text(Call("counter", "get-count", {}, kDeployer, true)), "u0");
  // A read-only function called as a transaction runs read-only too.
  EXPECT_EQ(Text(Call("counter", "write-in-read-only")), "(ok true)");
  EXPECT_EQ(Text(Call("counter", "get-count", {}, kDeployer, true)), "u0");
}

TEST_P(RuntimeTest, RefusesCallsOutsideThePublicInterface) {
  Deploy("counter", kCounter);
  Outcome missing_contract = Call("nope", "incr");
  EXPECT_EQ(Text(missing_contract), "call:NoSuchContract");
  EXPECT_EQ(missing_contract.cost, costs::ExecutionCost{});
  Outcome missing_function = Call("counter", "nope");
  EXPECT_EQ(Text(missing_function), "call:NoSuchFunction");
  // The reference loads the contract (and charges for it) before it looks at the function.
  EXPECT_EQ(missing_function.cost.read_count, 3u);
  EXPECT_EQ(Text(Call("counter", "secret")), "call:NoSuchPublicFunction");
  EXPECT_EQ(Text(Call("counter", "secret", {}, kDeployer, true)), "call:NoSuchPublicFunction");
  EXPECT_EQ(Text(Call("counter", "incr", {}, kDeployer, true)), "call:NotReadOnly");
  EXPECT_EQ(Text(Call("counter", "incr", {Value::UInt(1)})), "runtime:RuntimeCheck:IncorrectArgumentCount");
}

TEST_P(RuntimeTest, ArgumentsAreCheckedAgainstTheSignature) {
  Deploy("f", "(define-public (double (x uint)) (ok (* x u2)))");
  EXPECT_EQ(Text(Call("f", "double", {Value::UInt(21)})), "(ok u42)");
  EXPECT_EQ(Text(Call("f", "double", {Value::Int(21)})), "runtime:RuntimeCheck:TypeValueError");
  EXPECT_EQ(Text(Call("f", "double", {})), "runtime:RuntimeCheck:IncorrectArgumentCount");
}

TEST_P(RuntimeTest, PublicFunctionMustReturnAResponse) {
  Deploy("f",
         "(define-data-var x int 0) (define-public (f) (begin (var-set x 1) 5)) (define-read-only (x?) (var-get x))");
  EXPECT_EQ(Text(Call("f", "f")), "runtime:RuntimeCheck:PublicFunctionMustReturnResponse");
  EXPECT_EQ(Text(Call("f", "x?", {}, kDeployer, true)), "0");
}

TEST_P(RuntimeTest, DeployFailureStoresNothing) {
  Outcome failed = Deploy("broken", "(define-data-var x int 1) (print 5) (/ 1 0)");
  EXPECT_EQ(Text(failed), "runtime:Runtime:DivisionByZero");
  EXPECT_FALSE(failed.committed);
  EXPECT_TRUE(failed.events.empty());
  EXPECT_EQ(Text(Call("broken", "anything")), "call:NoSuchContract");
  // The name is free again.
  EXPECT_EQ(Text(Deploy("broken", "(define-read-only (f) 1)")), "<none>");
}

TEST_P(RuntimeTest, DeployingTwiceIsRefused) {
  Deploy("c", "(define-read-only (f) 1)");
  Outcome again = Deploy("c", "(define-read-only (f) 2)");
  EXPECT_EQ(Text(again), "runtime:RuntimeCheck:Unreachable");
  EXPECT_EQ(Text(Call("c", "f", {}, kDeployer, true)), "1");
}

TEST_P(RuntimeTest, DeployReportsTheLastValueAndTopLevelPrints) {
  Outcome deployed = Deploy("p", "(define-constant c 3) (print \"top\") (+ c 1)");
  EXPECT_EQ(Text(deployed), "4");
  ASSERT_NE(deployed.contract, nullptr);
  EXPECT_EQ(deployed.contract->identifier, Contract("p"));
  EXPECT_TRUE(deployed.contract->constants.contains("c"));
  EXPECT_EQ(Deploy("q", "(/ 1 0)").contract, nullptr);
  EXPECT_EQ(Prints(deployed), std::vector<std::string>{"p:\"top\""});
  // The evaluation is only part of what a deployment charges (parsing and storage come on top).
  EXPECT_GT(deployed.cost.runtime, deployed.evaluation_cost.runtime);
  EXPECT_GT(deployed.evaluation_cost.runtime, 0u);
}

TEST_P(RuntimeTest, ParseErrorsAreOutcomes) {
  DeployRequest request;
  request.sender = Address(kDeployer);
  request.name = "bad";
  request.source = "(define-public (f) (ok 1)";
  auto r = DeployContract(Tx(), request);
  ASSERT_TRUE(r) << r.error().ToString();
  ASSERT_TRUE(r->error);
  EXPECT_EQ(r->error->code, util::ErrorCode::kInvalidArgument);
  EXPECT_GT(r->cost.runtime, 0u);  // cost_ast_parse
  EXPECT_EQ(Text(Call("bad", "f")), "call:NoSuchContract");
}

TEST_P(RuntimeTest, RefusesMalformedRequests) {
  DeployRequest request;
  request.sender = Address(kDeployer);
  request.name = "not a name";
  request.source = "1";
  EXPECT_EQ(testing::ErrorOf(DeployContract(Tx(), request)).code, util::ErrorCode::kInvalidArgument);
  request.name = std::string(41, 'a');
  EXPECT_EQ(testing::ErrorOf(DeployContract(Tx(), request)).code, util::ErrorCode::kInvalidArgument);
  request.name = "ok";
  TransactionContext no_store = Tx();
  no_store.store = nullptr;
  EXPECT_EQ(testing::ErrorOf(DeployContract(no_store, request)).code, util::ErrorCode::kInvalidArgument);
  TransactionContext old = Tx();
  old.chain.epoch = costs::Epoch::k10;
  EXPECT_EQ(testing::ErrorOf(DeployContract(old, request)).code, util::ErrorCode::kFailedPrecondition);
  const CallRequest call = Request("ok", "f");
  EXPECT_EQ(testing::ErrorOf(CallContract(old, call)).code, util::ErrorCode::kFailedPrecondition);
}

TEST_P(RuntimeTest, CostLimitIsAnOutcome) {
  Deploy("counter", kCounter);
  const CallRequest request = Request("counter", "incr");
  TransactionContext tx = Tx();
  costs::CostTracker tight(costs::ExecutionCost{
      .write_length = 1000, .write_count = 10, .read_length = 1000, .read_count = 10, .runtime = 300});
  tx.tracker = &tight;
  auto r = CallContract(tx, request);
  ASSERT_TRUE(r) << r.error().ToString();
  ASSERT_TRUE(r->error);
  EXPECT_EQ(r->error->code, util::ErrorCode::kResourceExhausted);
  EXPECT_FALSE(r->committed);
  EXPECT_EQ(Text(Call("counter", "get-count", {}, kDeployer, true)), "u0");
}

// The contract load and the data natives charge every dimension (runtime, reads and writes): at a limit one short of
// what a call needs in any one dimension the call fails naming that dimension, at exactly what it needs it succeeds.
TEST_P(RuntimeTest, EachReadAndWriteDimensionIsLimited) {
  Deploy("counter", kCounter);
  const CallRequest request = Request("counter", "incr");
  const Outcome first = Call("counter", "incr");
  ASSERT_EQ(Text(first), "(ok u1)");
  const costs::ExecutionCost needed = first.cost;
  ASSERT_GT(needed.read_count, 0u);
  ASSERT_GT(needed.read_length, 0u);
  ASSERT_GT(needed.write_count, 0u);
  ASSERT_GT(needed.write_length, 0u);
  const costs::ExecutionCost roomy{.write_length = 1u << 30,
                                   .write_count = 1u << 30,
                                   .read_length = 1u << 30,
                                   .read_count = 1u << 30,
                                   .runtime = 1u << 30};
  struct Dimension {
    std::string_view name;
    uint64_t costs::ExecutionCost::*field;
  };
  const Dimension dimensions[] = {{"read_count", &costs::ExecutionCost::read_count},
                                  {"read_length", &costs::ExecutionCost::read_length},
                                  {"write_count", &costs::ExecutionCost::write_count},
                                  {"write_length", &costs::ExecutionCost::write_length}};
  uint64_t calls = 1;
  for (const Dimension& dimension : dimensions) {
    SCOPED_TRACE(std::string(dimension.name));
    costs::ExecutionCost limit = roomy;
    limit.*dimension.field = needed.*dimension.field - 1;
    TransactionContext tx = Tx();
    costs::CostTracker short_one(limit);
    tx.tracker = &short_one;
    auto failed = CallContract(tx, request);
    ASSERT_TRUE(failed) << failed.error().ToString();
    ASSERT_TRUE(failed->error);
    EXPECT_EQ(failed->error->code, util::ErrorCode::kResourceExhausted);
    EXPECT_NE(failed->error->message.find(dimension.name), std::string::npos) << failed->error->message;
    EXPECT_FALSE(failed->committed);

    limit.*dimension.field = needed.*dimension.field;
    costs::CostTracker exact(limit);
    tx.tracker = &exact;
    auto passed = CallContract(tx, request);
    ASSERT_TRUE(passed) << passed.error().ToString();
    EXPECT_EQ(Text(*passed), "(ok u" + std::to_string(++calls) + ")");
    EXPECT_EQ(passed->cost, needed);
  }
}

TEST_P(RuntimeTest, SenderCallerAndSponsor) {
  constexpr std::string_view kWho = R"(
(define-read-only (who) {sender: tx-sender, caller: contract-caller, sponsor: tx-sponsor?})
(define-public (who-public) (ok (who)))
(define-public (as-me) (ok (as-contract (who))))
)";
  Deploy("who", kWho);
  Outcome direct = Call("who", "who", {}, kOther, true);
  EXPECT_EQ(Text(direct),
            "(tuple (caller " + std::string(kOther) + ") (sender " + std::string(kOther) + ") (sponsor none))");
  EXPECT_EQ(Text(Call("who", "as-me", {}, kOther)), "(ok (tuple (caller " + std::string(kDeployer) + ".who) (sender " +
                                                        std::string(kDeployer) + ".who) (sponsor none)))");
  CallRequest sponsored;
  sponsored.contract = Contract("who");
  sponsored.function = "who-public";
  sponsored.sender = Address(kOther);
  sponsored.sponsor = codec::Principal(Address(kDeployer));
  auto r = CallContract(Tx(), sponsored);
  ASSERT_TRUE(r);
  EXPECT_EQ(Text(*r), "(ok (tuple (caller " + std::string(kOther) + ") (sender " + std::string(kOther) +
                          ") (sponsor (some " + std::string(kDeployer) + "))))");
}

TEST_P(RuntimeTest, ContractCallSeesTheCallerAndRollsBackNestedErrors) {
  Deploy("callee", R"(
(define-data-var hits uint u0)
(define-public (hit (fail bool))
  (begin (var-set hits (+ (var-get hits) u1)) (print "callee")
         (if fail (err u1) (ok {sender: tx-sender, caller: contract-caller}))))
(define-read-only (hits?) (var-get hits))
)");
  Deploy("caller", R"(
(define-public (go (fail bool))
  (begin (print "caller")
         (ok (contract-call? .callee hit fail))))
)");
  Outcome ok = Call("caller", "go", {Value::Bool(false)}, kOther);
  EXPECT_EQ(Text(ok),
            "(ok (ok (tuple (caller " + std::string(kDeployer) + ".caller) (sender " + std::string(kOther) + "))))");
  EXPECT_EQ(Prints(ok), (std::vector<std::string>{"caller:\"caller\"", "callee:\"callee\""}));
  // The callee's (err ..) rolls back its own write and event; the caller's (ok ..) keeps its own.
  Outcome nested_err = Call("caller", "go", {Value::Bool(true)}, kOther);
  EXPECT_EQ(Text(nested_err), "(ok (err u1))");
  EXPECT_EQ(Prints(nested_err), std::vector<std::string>{"caller:\"caller\""});
  EXPECT_EQ(Text(Call("callee", "hits?", {}, kDeployer, true)), "u1");
}

TEST_P(RuntimeTest, ReferenceCostOfALoadedReadOnlyCall) {
  // The reference (clarinet-sdk 3.21.0, Epoch 3.3, Clarity 4) charges this read-only call runtime 429, 3 reads of
  // 130 bytes in all: cost_load_contract at the 129-byte source, then the function.
  m_epoch = costs::Epoch::k33;
  Deploy("b",
         "(define-public (f (x uint)) (begin (print x) (ok (+ x u1)))) (define-read-only (g) (ok u1)) "
         "(define-private (h) u1) (print \"top\")",
         kDeployer, ClarityVersion::kClarity4);
  Outcome read = Call("b", "g", {}, kDeployer, true);
  EXPECT_EQ(Text(read), "(ok u1)");
  EXPECT_EQ(read.cost, (costs::ExecutionCost{.read_length = 130, .read_count = 3, .runtime = 429}));
  Outcome call = Call("b", "f", {Value::UInt(2)});
  EXPECT_EQ(Text(call), "(ok u3)");
  EXPECT_EQ(call.cost, (costs::ExecutionCost{.read_length = 130, .read_count = 3, .runtime = 2604}));
  EXPECT_EQ(Prints(call), std::vector<std::string>{"b:u2"});
}

TEST_P(RuntimeTest, ContractsLoadFromTheStoreAlone) {
  Deploy("counter", kCounter);
  Call("counter", "incr");
  Open();  // a fresh stack (and for SQLite a fresh connection): everything comes from the store
  EXPECT_EQ(Text(Call("counter", "incr")), "(ok u2)");
  ContractCache cache;
  TransactionContext tx = Tx();
  tx.cache = &cache;
  const CallRequest request = Request("counter", "get-count");
  auto first = CallReadOnly(tx, request);
  auto second = CallReadOnly(tx, request);
  ASSERT_TRUE(first && second);
  EXPECT_EQ(Text(*second), "u2");
  EXPECT_EQ(cache.size(), 1u);
  // The cache changes nothing about costs.
  EXPECT_EQ(first->cost, second->cost);
}

// --- Deployment with the static analysis, as on a chain. ---

TEST_P(RuntimeTest, TheAnalysisRefusesBeforeAnythingRuns) {
  m_run_analysis = true;
  // The print at the top level would run first; the analysis refuses the contract before it can.
  Outcome refused = Deploy("bad", "(print u1) (define-read-only (f) (+ 1 u1))");
  EXPECT_EQ(Text(refused), "analysis:Analysis:TypeError");
  EXPECT_FALSE(refused.committed);
  EXPECT_TRUE(refused.events.empty());
  EXPECT_GT(refused.cost.runtime, 0u);  // parsing and the type checker are charged, as the reference keeps them
  EXPECT_EQ(Text(Call("bad", "f", {}, kDeployer, true)), "call:NoSuchContract");
  // A read-only function that writes, a public function without a response, an undefined function.
  EXPECT_EQ(Text(Deploy("c1", kCounter)), "analysis:Analysis:WriteAttemptedInReadOnly");
  EXPECT_EQ(Text(Deploy("c2", "(define-public (f) u1)")), "analysis:Analysis:PublicFunctionMustReturnResponse");
  EXPECT_EQ(Text(Deploy("c3", "(define-private (f) (foo))")), "analysis:Analysis:UnknownFunction");
}

TEST_P(RuntimeTest, TheAnalysisIsStoredOnlyWithTheContract) {
  m_run_analysis = true;
  auto has_analysis = [&](const std::string& name) {
    analysis::StoreAnalysisDb db(*m_stack);
    EXPECT_TRUE(m_stack->Nest());
    util::Result<bool> has = db.HasAnalysis(Contract(name));
    EXPECT_TRUE(m_stack->Rollback());
    return has && *has;
  };
  // Initialization fails at run time (the analysis passed): neither the contract nor its analysis is stored.
  Outcome failed = Deploy("boom", "(define-data-var v uint (/ u1 u0))");
  EXPECT_EQ(Text(failed), "runtime:Runtime:DivisionByZero");
  EXPECT_FALSE(has_analysis("boom"));
  Outcome deployed = Deploy("ok", "(define-read-only (f) u1)");
  EXPECT_TRUE(deployed.committed) << Text(deployed);
  EXPECT_TRUE(has_analysis("ok"));
  // Later contracts are checked against it: a call of a function it lacks is refused at analysis.
  EXPECT_EQ(Text(Deploy("caller", "(define-public (g) (contract-call? .ok nope))")),
            "analysis:Analysis:NoSuchPublicFunction");
  EXPECT_EQ(Text(Deploy("caller", "(define-public (g) (ok (contract-call? .ok f)))")), "<none>");
}

TEST_P(RuntimeTest, ChecksWhileRunningAnAnalysedContractAreRuntimeChecks) {
  m_run_analysis = true;
  // A trait-typed argument is checked against the callee only when it is called: a run-time check.
  ASSERT_TRUE(Deploy("t", "(define-trait tr ((f () (response uint uint))))").committed);
  ASSERT_TRUE(Deploy("impl", "(define-public (g) (ok u1))").committed);
  ASSERT_TRUE(Deploy("user", "(use-trait tr .t.tr) (define-public (call (x <tr>)) (contract-call? x f))").committed);
  Outcome called = Call("user", "call", {PrincipalValue(codec::Principal(Contract("impl")))});
  ASSERT_TRUE(called.error);
  EXPECT_EQ(ClassifyError(*called.error).kind, "runtime") << called.error->message;
  EXPECT_EQ(ClassifyError(*called.error).error, "RuntimeCheck") << called.error->message;
}

TEST_P(RuntimeTest, AContractTheWasmBuildCannotReadBackFailsToLoadOnlyUnderItsLimit) {
  // The reference's WASM build reads stored contracts back through serde_json, which stops at 127 nested levels: a
  // body of 40 nested lists around an integer is 127 deep, 41 is 130; around a string, 38 is 125 and 39 is 128 (the
  // reference VM on npm: calls of the deeper ones fail with Internal(Expect(..))). A node loads them all.
  m_wasm_build = true;
  auto nest = [](int n, const std::string& leaf) {
    std::string s;
    for (int i = 0; i < n; ++i) s += "(begin ";
    return s + leaf + std::string(n, ')');
  };
  ASSERT_TRUE(Deploy("int40", "(define-read-only (f) " + nest(40, "1") + ")").committed);
  ASSERT_TRUE(Deploy("int41", "(define-read-only (f) " + nest(41, "1") + ")").committed);
  ASSERT_TRUE(Deploy("str38", "(define-read-only (f) " + nest(38, "\"abc\"") + ")").committed);
  ASSERT_TRUE(Deploy("str39", "(define-read-only (f) " + nest(39, "\"abc\"") + ")").committed);
  EXPECT_EQ(Text(Call("int40", "f", {}, kDeployer, true)), "1");
  EXPECT_EQ(Text(Call("int41", "f", {}, kDeployer, true)), "runtime:Internal:Expect");
  EXPECT_EQ(Text(Call("str38", "f", {}, kDeployer, true)), "\"abc\"");
  EXPECT_EQ(Text(Call("str39", "f", {}, kDeployer, true)), "runtime:Internal:Expect");
  // A contract calling it fails the same way when it loads it.
  ASSERT_TRUE(Deploy("caller", "(define-read-only (g) (contract-call? .int41 f))").committed);
  EXPECT_EQ(Text(Call("caller", "g", {}, kDeployer, true)), "runtime:Internal:Expect");
  // Without the WASM build's limit (a node), they load.
  m_wasm_build = false;
  EXPECT_EQ(Text(Call("int41", "f", {}, kDeployer, true)), "1");
  EXPECT_EQ(Text(Call("caller", "g", {}, kDeployer, true)), "1");
}

// A with-ft or with-nft allowance counts as much memory as the reference's Rust struct takes: 96 bytes in a node's
// native 64-bit build and 64 (with-ft) or 60 (with-nft) in its wasm32 build, which the differential corpus checks.
// The least memory limit under which the same call succeeds differs by exactly those amounts.
TEST_P(RuntimeTest, AllowancesCountTheNativeBuildsStructSizesUnlessAnsweringAsTheWasmBuild) {
  m_epoch = costs::Epoch::k33;
  ASSERT_FALSE(Deploy("g",
                      "(define-fungible-token tok) (define-non-fungible-token nft uint)"
                      "(define-public (use-ft) (as-contract? ((with-ft .g \"tok\" u1)) u1))"
                      "(define-public (use-nft) (as-contract? ((with-nft .g \"nft\" (list u7))) u1))",
                      kDeployer, ClarityVersion::kClarity4)
                   .error);
  m_wasm_build = false;
  const uint64_t native_ft = LeastMemoryLimit(CallOf("g", "use-ft"), "(ok u1)");
  const uint64_t native_nft = LeastMemoryLimit(CallOf("g", "use-nft"), "(ok u1)");
  m_wasm_build = true;
  const uint64_t wasm_ft = LeastMemoryLimit(CallOf("g", "use-ft"), "(ok u1)");
  const uint64_t wasm_nft = LeastMemoryLimit(CallOf("g", "use-nft"), "(ok u1)");
  EXPECT_GT(wasm_ft, 64u + 21u + 1u + 3u);
  EXPECT_EQ(native_ft, wasm_ft + (96 - 64));
  EXPECT_EQ(native_nft, wasm_nft + (96 - 60));
}

// A node analyses a deployment on the transaction's tracker, and the memory the type checker counts for the
// contract's definitions (a name's length and its type's size) stays counted through initialization; the
// reference's tools analyse on a free tracker and count none. So the least memory limit under which the same
// deployment succeeds is higher by exactly that for a node.
TEST_P(RuntimeTest, ANodeKeepsTheAnalysisMemoryOfDefinitionsThroughInitialization) {
  constexpr std::string_view kSource = "(define-data-var counter uint u0)";
  int attempt = 0;
  auto deploy = [&](const TransactionContext& tx) {
    DeployRequest request;
    request.sender = Address(kDeployer);
    request.name = "d" + std::to_string(1000 + attempt++);
    request.source = kSource;
    return DeployContract(tx, request);
  };
  m_wasm_build = true;
  const uint64_t tools = LeastMemoryLimit(deploy);
  m_wasm_build = false;
  const uint64_t node = LeastMemoryLimit(deploy);
  const uint64_t definitions = std::string_view("counter").size() + TypeSignature::UInt().TypeSize().value();
  EXPECT_GT(tools, kSource.size());
  EXPECT_EQ(node, tools + definitions);
}

INSTANTIATE_TEST_SUITE_P(Stores, RuntimeTest, ::testing::Values("memory", "sqlite"));

}  // namespace
}  // namespace stacks::clarity::vm
