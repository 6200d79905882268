// Tests of calls between contracts (calls.cpp): contract-call? static and through traits, as-contract,
// contract-of, print, the read-only rule, recursion, and what a failing callee takes back with it. Most feed code the
// reference's static analysis would refuse, and check that the run-time refusal names it. Over memory and SQLite.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clarity/vm/runtime_fixture.h"

namespace stacks::clarity::vm {
namespace {

class CallsTest : public RuntimeFixture {
 protected:
  std::string Id(const std::string& name) { return std::string(kDeployer) + "." + name; }
  Value ContractArg(const std::string& name) { return Value::Contract(Contract(name)).value(); }

  void DeployTraits() {
    Deploy("t", "(define-trait adder ((add (uint uint) (response uint uint))))");
    Deploy("impl", "(impl-trait .t.adder) (define-public (add (a uint) (b uint)) (begin (print a) (ok (+ a b))))");
    Deploy("duck", "(define-public (add (a uint) (b uint)) (ok (* a b)))");
    Deploy("wrong-args", "(define-public (add (a int) (b int)) (ok u0))");
    Deploy("wrong-return", "(define-public (add (a uint) (b uint)) (ok 5))");
    Deploy("missing", "(define-public (sub (a uint) (b uint)) (ok (- a b)))");
    Deploy("hidden", "(define-private (add (a uint) (b uint)) (ok (+ a b)))");
    Deploy("user", R"(
(use-trait adder .t.adder)
(define-public (use (x <adder>)) (contract-call? x add u2 u3))
(define-read-only (use-read-only (x <adder>)) (contract-call? x add u2 u3))
(define-public (of (x <adder>)) (ok (contract-of x)))
(define-public (self-call) (contract-call? .user use .impl))
)");
  }
};

TEST_P(CallsTest, StaticCallShapesTheTypeCheckerRefuses) {
  Deploy("callee", "(define-public (f) (ok u1)) (define-private (p) (ok u1))");
  Deploy("bad", R"(
(define-public (no-args) (contract-call?))
(define-public (one-arg) (contract-call? .callee))
(define-public (not-a-contract) (contract-call? 5 f))
(define-public (name-not-atom) (contract-call? .callee "f"))
(define-public (standard-principal) (contract-call? 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5 f))
(define-public (missing-contract) (contract-call? .nowhere f))
(define-public (missing-function) (contract-call? .callee g))
(define-public (private-function) (contract-call? .callee p))
(define-public (unbound-name) (contract-call? nobody f))
)");
  EXPECT_EQ(Text(Call("bad", "no-args")), "runtime:RuntimeCheck:RequiresAtLeastArguments");
  EXPECT_EQ(Text(Call("bad", "one-arg")), "runtime:RuntimeCheck:RequiresAtLeastArguments");
  EXPECT_EQ(Text(Call("bad", "not-a-contract")), "runtime:RuntimeCheck:ContractCallExpectName");
  EXPECT_EQ(Text(Call("bad", "name-not-atom")), "runtime:RuntimeCheck:ContractCallExpectName");
  EXPECT_EQ(Text(Call("bad", "standard-principal")), "runtime:RuntimeCheck:ContractCallExpectName");
  EXPECT_EQ(Text(Call("bad", "missing-contract")), "runtime:RuntimeCheck:NoSuchContract");
  EXPECT_EQ(Text(Call("bad", "missing-function")), "runtime:RuntimeCheck:NoSuchPublicFunction");
  EXPECT_EQ(Text(Call("bad", "private-function")), "runtime:RuntimeCheck:NoSuchPublicFunction");
  EXPECT_EQ(Text(Call("bad", "unbound-name")), "runtime:RuntimeCheck:ContractCallExpectName");
}

TEST_P(CallsTest, DynamicDispatchChecksTheCalleeAsTheReferenceDoes) {
  DeployTraits();
  EXPECT_EQ(Text(Call("user", "use", {ContractArg("impl")})), "(ok u5)");
  EXPECT_EQ(Text(Call("user", "use", {ContractArg("duck")})), "(ok u6)");
  EXPECT_EQ(Text(Call("user", "use", {ContractArg("wrong-args")})), "runtime:RuntimeCheck:BadTraitImplementation");
  EXPECT_EQ(Text(Call("user", "use", {ContractArg("missing")})), "runtime:RuntimeCheck:BadTraitImplementation");
  EXPECT_EQ(Text(Call("user", "use", {ContractArg("hidden")})), "runtime:RuntimeCheck:NoSuchPublicFunction");
  EXPECT_EQ(Text(Call("user", "use", {ContractArg("wrong-return")})), "runtime:RuntimeCheck:ReturnTypesMustMatch");
  EXPECT_EQ(Text(Call("user", "use", {ContractArg("nowhere")})), "runtime:RuntimeCheck:NoSuchContract");
  // The running contract cannot be its own callee through a trait.
  EXPECT_EQ(Text(Call("user", "use", {ContractArg("user")})), "runtime:RuntimeCheck:CircularReference");
  // In a read-only context a trait call is refused, unless the callee declared impl-trait (the reference then skips
  // every run-time check).
  EXPECT_EQ(Text(Call("user", "use-read-only", {ContractArg("duck")}, kDeployer, true)),
            "runtime:RuntimeCheck:Unreachable");
  EXPECT_EQ(Text(Call("user", "use-read-only", {ContractArg("impl")}, kDeployer, true)), "(ok u5)");
  // A non-contract where a trait is expected.
  EXPECT_EQ(Text(Call("user", "use", {Value::UInt(1)})), "runtime:RuntimeCheck:TypeValueError");
}

TEST_P(CallsTest, ContractOf) {
  DeployTraits();
  EXPECT_EQ(Text(Call("user", "of", {ContractArg("duck")})), "(ok " + Id("duck") + ")");
  EXPECT_EQ(Text(Call("user", "of", {ContractArg("nowhere")})), "runtime:RuntimeCheck:NoSuchContract");
  Deploy("of-bad", "(define-public (f) (ok (contract-of 5))) (define-public (g) (ok (contract-of x)))");
  EXPECT_EQ(Text(Call("of-bad", "f")), "runtime:RuntimeCheck:ContractOfExpectsTrait");
  EXPECT_EQ(Text(Call("of-bad", "g")), "runtime:RuntimeCheck:ContractOfExpectsTrait");
}

TEST_P(CallsTest, RecursionThroughTraitsIsARunTimeCircularReference) {
  Deploy("bt", "(define-trait bounce ((ping (uint) (response uint uint))))");
  Deploy("a", "(use-trait bounce .bt.bounce) (define-public (go (x <bounce>) (n uint)) (contract-call? x ping n))");
  Deploy("c", "(define-public (ping (n uint)) (ok (+ n u100)))");
  Deploy("b", "(define-public (ping (n uint)) (contract-call? .a go .c n))");
  EXPECT_EQ(Text(Call("b", "ping", {Value::UInt(1)})), "(ok u101)");
  EXPECT_EQ(Text(Call("a", "go", {ContractArg("c"), Value::UInt(2)})), "(ok u102)");
  EXPECT_EQ(Text(Call("a", "go", {ContractArg("b"), Value::UInt(3)})), "runtime:RuntimeCheck:CircularReference");
}

TEST_P(CallsTest, NestedFailuresTakeTheirWritesAndEventsBack) {
  Deploy("callee", R"(
(define-data-var v uint u0)
(define-public (set-ok (x uint)) (begin (var-set v x) (print "callee ok") (ok x)))
(define-public (set-err (x uint)) (begin (var-set v x) (print "callee err") (err x)))
(define-public (set-panic (x uint)) (begin (var-set v x) (print "callee panic") (ok (/ x u0))))
(define-read-only (v?) (var-get v))
)");
  Deploy("caller", R"(
(define-data-var w uint u0)
(define-public (keep-err) (begin (var-set w u1) (print "caller") (ok (contract-call? .callee set-err u5))))
(define-public (propagate-err) (begin (var-set w u2) (print "caller") (contract-call? .callee set-err u6)))
(define-public (panic) (begin (var-set w u3) (print "caller") (contract-call? .callee set-panic u7)))
(define-public (ok-then-fail) (begin (unwrap-panic (contract-call? .callee set-ok u8)) (err u9)))
(define-read-only (w?) (var-get w))
)");
  Outcome kept = Call("caller", "keep-err");
  EXPECT_EQ(Text(kept), "(ok (err u5))");
  EXPECT_EQ(Prints(kept), std::vector<std::string>{"caller:\"caller\""});
  EXPECT_EQ(Text(Call("caller", "w?", {}, kDeployer, true)), "u1");
  EXPECT_EQ(Text(Call("callee", "v?", {}, kDeployer, true)), "u0");

  Outcome propagated = Call("caller", "propagate-err");
  EXPECT_EQ(Text(propagated), "(err u6)");
  EXPECT_TRUE(propagated.events.empty());
  EXPECT_EQ(Text(Call("caller", "w?", {}, kDeployer, true)), "u1");

  Outcome panicked = Call("caller", "panic");
  EXPECT_EQ(Text(panicked), "runtime:Runtime:DivisionByZero");
  EXPECT_TRUE(panicked.events.empty());
  EXPECT_GT(panicked.cost.runtime, 0u);
  EXPECT_EQ(Text(Call("caller", "w?", {}, kDeployer, true)), "u1");
  EXPECT_EQ(Text(Call("callee", "v?", {}, kDeployer, true)), "u0");

  // A callee that committed is rolled back with the caller that fails afterwards.
  Outcome undone = Call("caller", "ok-then-fail");
  EXPECT_EQ(Text(undone), "(err u9)");
  EXPECT_TRUE(undone.events.empty());
  EXPECT_EQ(Text(Call("callee", "v?", {}, kDeployer, true)), "u0");
}

TEST_P(CallsTest, AsContract) {
  Deploy("who", "(define-read-only (who) (ok {sender: tx-sender, caller: contract-caller}))");
  Deploy("as", R"(
(define-public (plain) (contract-call? .who who))
(define-public (wrapped) (as-contract (contract-call? .who who)))
(define-public (inner) (ok (as-contract tx-sender)))
(define-public (no-body) (ok (as-contract)))
(define-public (two-bodies) (ok (as-contract 1 2)))
)");
  EXPECT_EQ(Text(Call("as", "plain", {}, kOther)),
            "(ok (tuple (caller " + Id("as") + ") (sender " + std::string(kOther) + ")))");
  EXPECT_EQ(Text(Call("as", "wrapped", {}, kOther)),
            "(ok (tuple (caller " + Id("as") + ") (sender " + Id("as") + ")))");
  EXPECT_EQ(Text(Call("as", "inner", {}, kOther)), "(ok " + Id("as") + ")");
  EXPECT_EQ(Text(Call("as", "no-body")), "runtime:RuntimeCheck:IncorrectArgumentCount");
  EXPECT_EQ(Text(Call("as", "two-bodies")), "runtime:RuntimeCheck:IncorrectArgumentCount");
}

TEST_P(CallsTest, AsContractNestedPastTheCallStackLimit) {
  // Before Epoch 3.4 the call stack holds 64: the called function (1), the argument of `ok` being evaluated (1) and
  // 62 nested as-contract frames fit; a 63rd does not. (The reference's WASM build cannot load a contract this deep
  // at all: its stored JSON passes serde's recursion limit. A node's native build loads it and counts frames so.)
  std::string body = "tx-sender";
  for (int i = 0; i < 63; ++i) body = "(as-contract " + body + ")";
  Deploy("deep", "(define-public (f) (ok " + body + "))");
  EXPECT_EQ(Text(Call("deep", "f")), "runtime:Runtime:MaxStackDepthReached");
  std::string shallow = "tx-sender";
  for (int i = 0; i < 62; ++i) shallow = "(as-contract " + shallow + ")";
  Deploy("shallow", "(define-public (f) (ok " + shallow + "))");
  EXPECT_EQ(Text(Call("shallow", "f")), "(ok " + Id("shallow") + ")");
}

TEST_P(CallsTest, AsContractIsGoneInClarity4) {
  m_epoch = costs::Epoch::k33;
  Deploy("c4", "(define-public (f) (ok (as-contract tx-sender)))", kDeployer, ClarityVersion::kClarity4);
  EXPECT_EQ(Text(Call("c4", "f")), "runtime:RuntimeCheck:UndefinedFunction");
  Deploy("c4b", "(define-read-only (f) current-contract)", kDeployer, ClarityVersion::kClarity4);
  EXPECT_EQ(Text(Call("c4b", "f", {}, kDeployer, true)), Id("c4b"));
}

TEST_P(CallsTest, Print) {
  Deploy("p", R"(
(define-public (two) (begin (print u1) (print {a: "x"}) (ok (print true))))
(define-public (none-arg) (ok (print)))
(define-public (extra) (ok (print 1 2)))
)");
  Outcome two = Call("p", "two");
  EXPECT_EQ(Text(two), "(ok true)");
  EXPECT_EQ(Prints(two), (std::vector<std::string>{"p:u1", "p:(tuple (a \"x\"))", "p:true"}));
  EXPECT_EQ(Text(Call("p", "none-arg")), "runtime:Internal:BadSymbolicRepresentation");
  EXPECT_EQ(Text(Call("p", "extra")), "runtime:RuntimeCheck:IncorrectArgumentCount");
}

TEST_P(CallsTest, ReadOnlyMayOnlyCallReadOnly) {
  Deploy("callee", "(define-public (w) (ok u1)) (define-read-only (r) (ok u2))");
  Deploy("ro", R"(
(define-read-only (calls-public) (contract-call? .callee w))
(define-read-only (calls-read-only) (contract-call? .callee r))
(define-public (pub) (ok u3))
(define-read-only (calls-own-public) (pub))
)");
  EXPECT_EQ(Text(Call("ro", "calls-public", {}, kDeployer, true)), "runtime:RuntimeCheck:WriteAttemptedInReadOnly");
  EXPECT_EQ(Text(Call("ro", "calls-read-only", {}, kDeployer, true)), "(ok u2)");
  EXPECT_EQ(Text(Call("ro", "calls-own-public", {}, kDeployer, true)), "runtime:RuntimeCheck:WriteAttemptedInReadOnly");
}

TEST_P(CallsTest, SponsorIsSeenByTheCallee) {
  Deploy("s", "(define-read-only (s) tx-sponsor?)");
  Deploy("via", "(define-public (f) (ok (contract-call? .s s)))");
  CallRequest request;
  request.contract = Contract("via");
  request.function = "f";
  request.sender = Address(kOther);
  request.sponsor = codec::Principal(Address(kDeployer));
  auto r = CallContract(Tx(), request);
  ASSERT_TRUE(r) << r.error().ToString();
  EXPECT_EQ(Text(*r), "(ok (some " + std::string(kDeployer) + "))");
}

INSTANTIATE_TEST_SUITE_P(Stores, CallsTest, ::testing::Values("memory", "sqlite"));

}  // namespace
}  // namespace stacks::clarity::vm
