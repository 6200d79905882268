// Calls that run only under the type checker of one side of Epoch 2.1: stx-transfer? applied by map (a simple native
// before 2.1, a special form from it), dynamic dispatch through a trait argument, and is-eq of a trait argument
// with a contract literal (refused before 2.1, where a trait reference unifies with nothing else; from 2.1 accepted
// in Clarity 1 and 2 alike, and in Clarity 2 the call then fails at run time).
//
// The numbers are the reference VM's (@stacks/clarinet-sdk 3.21.0 through tests/interop/lib/reference_vm.js): for
// each of the four runs below, one empty simnet session (`openSession({epoch, clarityVersion})`, the deployer credited
// 100,000,000 STX by `mintStx`) deployed kTr, kImpl, kCallee, kPay and kIsEq as tr, impl, callee, pay and iseq
// (`deploy`), then made the public calls (`call`, arguments as consensus hex) in the order of the tests; results are
// its text and costs (runtime, read count, read length, write count, write length), errors its kind, variant and
// reason.
#include <gtest/gtest.h>

#include <string>
#include <variant>

#include "clarity/vm/cost_literal.h"
#include "clarity/vm/runtime_fixture.h"
#include "clarity/vm/stx_accounts.h"

namespace stacks::clarity::vm {
namespace {

constexpr std::string_view kTr = "(define-trait t ((m () (response bool bool))))";
constexpr std::string_view kImpl = "(define-public (m) (ok true))";
constexpr std::string_view kCallee = "(use-trait t .tr.t) (define-public (call (x <t>)) (contract-call? x m))";
constexpr std::string_view kPay =
    "(define-public (pay) (ok (map stx-transfer? (list u1 u2) (list tx-sender tx-sender) "
    "(list 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5))))";
constexpr std::string_view kIsEq = "(use-trait t .tr.t) (define-public (same (x <t>)) (ok (is-eq x .impl)))";

class Epoch20CallsTest : public RuntimeFixture {
 protected:
  /// Credits the deployer as the reference's session was, and deploys tr, impl and callee (which every run accepts)
  /// at `epoch` in `version`, with the static analysis.
  void Start(costs::Epoch epoch, ClarityVersion version) {
    m_epoch = epoch;
    m_version = version;
    m_run_analysis = true;
    ASSERT_TRUE(CreditStx(*m_stack, codec::ParsePrincipal(kDeployer).value(), 100'000'000'000'000));
    for (const auto& [name, source] : {std::pair{"tr", kTr}, std::pair{"impl", kImpl}, std::pair{"callee", kCallee}}) {
      Outcome deployed = Deploy(name, source, kDeployer, version);
      ASSERT_FALSE(deployed.error) << name << ": " << deployed.error->ToString();
    }
  }

  Outcome DeployIn(const std::string& name, std::string_view source) {
    return Deploy(name, source, kDeployer, m_version);
  }

  static Value ContractArg(const std::string& name) { return Value::Contract(Contract(name)).value(); }

  static size_t StxTransfers(const Outcome& o) {
    size_t n = 0;
    for (const Event& e : o.events) n += std::holds_alternative<StxTransferEvent>(e) ? 1 : 0;
    return n;
  }

  ClarityVersion m_version = ClarityVersion::kClarity1;
};

TEST_P(Epoch20CallsTest, Epoch20) {
  Start(costs::Epoch::k20, ClarityVersion::kClarity1);
  // Dynamic dispatch through the trait argument; a contract without the method fails the call's own check.
  Outcome call = Call("callee", "call", {ContractArg("impl")});
  EXPECT_EQ(Text(call), "(ok true)");
  EXPECT_EQ(call.cost, Cost(387000, 6, 102, 0, 0));
  EXPECT_EQ(Text(Call("callee", "call", {ContractArg("tr")})), "runtime:RuntimeCheck:BadTraitImplementation");
  // map applies stx-transfer? as any native function.
  ASSERT_FALSE(DeployIn("pay", kPay).error);
  Outcome pay = Call("pay", "pay");
  EXPECT_EQ(Text(pay), "(ok ((ok true) (ok true)))");
  EXPECT_EQ(pay.cost, Cost(822000, 5, 182, 2, 2));
  EXPECT_EQ(StxTransfers(pay), 2u);
  // A trait reference and a principal have no common type.
  Outcome iseq = DeployIn("iseq", kIsEq);
  ASSERT_TRUE(iseq.error);
  EXPECT_EQ(ClassifyError(*iseq.error).kind, "analysis") << iseq.error->ToString();
}

TEST_P(Epoch20CallsTest, Epoch205) {
  Start(costs::Epoch::k2_05, ClarityVersion::kClarity1);
  Outcome call = Call("callee", "call", {ContractArg("impl")});
  EXPECT_EQ(Text(call), "(ok true)");
  EXPECT_EQ(call.cost, Cost(1710, 6, 102, 0, 0));
  EXPECT_EQ(Text(Call("callee", "call", {ContractArg("tr")})), "runtime:RuntimeCheck:BadTraitImplementation");
  ASSERT_FALSE(DeployIn("pay", kPay).error);
  Outcome pay = Call("pay", "pay");
  EXPECT_EQ(Text(pay), "(ok ((ok true) (ok true)))");
  EXPECT_EQ(pay.cost, Cost(21146, 5, 182, 2, 2));
  EXPECT_EQ(StxTransfers(pay), 2u);
  Outcome iseq = DeployIn("iseq", kIsEq);
  ASSERT_TRUE(iseq.error);
  EXPECT_EQ(ClassifyError(*iseq.error).kind, "analysis") << iseq.error->ToString();
}

TEST_P(Epoch20CallsTest, Epoch21Clarity1) {
  Start(costs::Epoch::k21, ClarityVersion::kClarity1);
  Outcome call = Call("callee", "call", {ContractArg("impl")});
  EXPECT_EQ(Text(call), "(ok true)");
  EXPECT_EQ(call.cost, Cost(1219, 6, 102, 0, 0));
  EXPECT_EQ(Text(Call("callee", "call", {ContractArg("tr")})), "runtime:RuntimeCheck:BadTraitImplementation");
  // A special form is no function map may apply.
  Outcome pay = DeployIn("pay", kPay);
  ASSERT_TRUE(pay.error);
  EXPECT_EQ(ClassifyError(*pay.error).kind, "analysis") << pay.error->ToString();
  // The trait argument and the literal unify (a list union), and is-eq compares the principals.
  ASSERT_FALSE(DeployIn("iseq", kIsEq).error);
  Outcome same = Call("iseq", "same", {ContractArg("impl")});
  EXPECT_EQ(Text(same), "(ok true)");
  EXPECT_EQ(same.cost, Cost(1500, 3, 72, 0, 0));
  Outcome other = Call("iseq", "same", {ContractArg("callee")});
  EXPECT_EQ(Text(other), "(ok false)");
  EXPECT_EQ(other.cost, Cost(1514, 3, 72, 0, 0));
}

TEST_P(Epoch20CallsTest, Epoch21Clarity2) {
  Start(costs::Epoch::k21, ClarityVersion::kClarity2);
  Outcome call = Call("callee", "call", {ContractArg("impl")});
  EXPECT_EQ(Text(call), "(ok true)");
  EXPECT_EQ(call.cost, Cost(1772, 6, 102, 0, 0));
  EXPECT_EQ(Text(Call("callee", "call", {ContractArg("tr")})), "runtime:RuntimeCheck:BadTraitImplementation");
  Outcome pay = DeployIn("pay", kPay);
  ASSERT_TRUE(pay.error);
  EXPECT_EQ(ClassifyError(*pay.error).kind, "analysis") << pay.error->ToString();
  // Deployed as in Clarity 1, but Clarity 2 keeps the argument a callable trait at run time, which is-eq refuses
  // beside a principal.
  ASSERT_FALSE(DeployIn("iseq", kIsEq).error);
  EXPECT_EQ(Text(Call("iseq", "same", {ContractArg("impl")})), "runtime:RuntimeCheck:TypeError");
  EXPECT_EQ(Text(Call("iseq", "same", {ContractArg("callee")})), "runtime:RuntimeCheck:TypeError");
}

INSTANTIATE_TEST_SUITE_P(Stores, Epoch20CallsTest, ::testing::Values("memory", "sqlite"));

}  // namespace
}  // namespace stacks::clarity::vm
