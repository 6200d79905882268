// The arithmetic fast path (arithmetic_body.h) against the evaluator it stands in for: which bodies compile, and
// for those that do, the same value and the same charges as evaluating the body, or nothing at all (no charge, no
// value) wherever the evaluator would fail or a limit would be reached, so that the evaluator then fails as before.
#include "clarity/vm/arithmetic_body.h"

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "clarity/costs/cost_tracker.h"
#include "clarity/storage/memory_store.h"
#include "clarity/storage/write_stack.h"
#include "clarity/vm/contract_store.h"
#include "clarity/vm/evaluator.h"
#include "clarity/vm/runtime.h"
#include "codec/stacks_address.h"

namespace stacks::clarity::vm {
namespace {

constexpr costs::Epoch kEpoch = costs::Epoch::k30;

constexpr std::string_view kSource = R"(
(define-constant two 2)
(define-private (step (x int) (acc int)) (+ acc (* x x)))
(define-private (mixed (a uint) (b uint) (c uint)) (- (* a b) (/ c u2) (mod a u7)))
(define-private (deep (x int)) (+ 1 (+ 2 (+ 3 (+ 4 (* x x x))))))
(define-private (ratio (a int) (b int)) (/ a b))
(define-private (kinds (x int) (y uint)) (+ x (to-int y)))
(define-private (negate (x int)) (- x))
(define-private (uint-literal (x int)) (+ x u1))
(define-private (constant (x int)) (+ x two))
(define-private (power (x int)) (pow x 2))
(define-private (bare (x int)) x)
(define-private (no-arguments) (+ 1 2))
(define-private (with-let (x int)) (let ((y x)) (+ y 1)))
)";

StandardPrincipal Deployer() { return StandardPrincipal::Parse("ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM").value(); }

class ArithmeticBodyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    costs::CostTracker tracker(costs::BlockLimit(kEpoch, costs::Network::kTestnet));
    TransactionContext tx{&m_stack, &tracker, ChainContext{.epoch = kEpoch}, nullptr};
    DeployRequest request;
    request.sender = Deployer();
    request.name = "arith";
    request.source = kSource;
    request.clarity_version = ClarityVersion::kClarity3;
    // Some of these bodies would not pass the type checker (uint-literal); only their compilation is looked at.
    request.run_analysis = false;
    auto deployed = DeployContract(tx, request);
    ASSERT_TRUE(deployed);
    ASSERT_FALSE(deployed->error) << deployed->error->message;
    ASSERT_TRUE(m_stack.Nest());
    auto read = ReadContract(m_stack, ContractIdentifier{Deployer(), "arith"});
    ASSERT_TRUE(m_stack.Rollback());
    ASSERT_TRUE(read) << read.error().ToString();
    m_contract = std::move(read).value();
  }

  const DefinedFunction& Function(const std::string& name) { return *m_contract->FindFunction(name); }

  // What one way of running `name`'s body on `args` answered and charged.
  struct Run {
    std::optional<Value> value;  ///< nullopt: the fast path declined, or the evaluator failed
    std::string error;           ///< the evaluator's error message
    costs::ExecutionCost charged;
  };

  // The evaluator: the arguments bound in a fresh context, the body evaluated (ExecuteApply's part after binding).
  Run Evaluate(const std::string& name, const std::vector<Value>& args, costs::CostTracker& tracker,
               uint64_t frames = 0) {
    const DefinedFunction& function = Function(name);
    GlobalContext global(m_stack, tracker, ChainContext{.epoch = kEpoch}, CostVersion());
    Environment env(global, m_contract.get(), Sender(), Sender(), std::nullopt);
    for (uint64_t i = 0; i < frames; ++i) env.PushFrameUnchecked();
    LocalContext context;
    for (size_t i = 0; i < args.size(); ++i) context.BindNew(function.arguments[i].first, Value(args[i]));
    const costs::ExecutionCost before = tracker.total();
    util::Result<Value> value = Eval(*function.body, env, context);
    Run run;
    if (value) run.value = *value;
    if (!value) run.error = value.error().message;
    run.charged = Spent(before, tracker.total());
    return run;
  }

  // The fast path.
  Run Fast(const std::string& name, const std::vector<Value>& args, costs::CostTracker& tracker, uint64_t frames = 0) {
    const DefinedFunction& function = Function(name);
    EXPECT_NE(function.arithmetic, nullptr) << name;
    GlobalContext global(m_stack, tracker, ChainContext{.epoch = kEpoch}, CostVersion());
    Environment env(global, m_contract.get(), Sender(), Sender(), std::nullopt);
    for (uint64_t i = 0; i < frames; ++i) env.PushFrameUnchecked();
    const costs::ExecutionCost before = tracker.total();
    Run run;
    run.value = RunArithmeticBody(*function.arithmetic, args, env);
    run.charged = Spent(before, tracker.total());
    return run;
  }

  static costs::CostTracker Budget() { return costs::CostTracker(costs::BlockLimit(kEpoch, costs::Network::kTestnet)); }
  static costs::CostVersion CostVersion() { return costs::CostVersionForEpoch(kEpoch, false).value(); }
  static Value Sender() { return Value::Principal(Deployer()).value(); }
  static costs::ExecutionCost Spent(const costs::ExecutionCost& before, const costs::ExecutionCost& after) {
    return {after.write_length - before.write_length, after.write_count - before.write_count,
            after.read_length - before.read_length, after.read_count - before.read_count,
            after.runtime - before.runtime};
  }

  storage::MemoryStore m_store;
  storage::WriteStack m_stack{m_store};
  std::shared_ptr<const ContractContext> m_contract;
};

TEST_F(ArithmeticBodyTest, OnlyArithmeticOverArgumentsOfOneKindCompiles) {
  for (const char* name : {"step", "mixed", "deep", "ratio"}) EXPECT_NE(Function(name).arithmetic, nullptr) << name;
  for (const char* name :
       {"kinds", "negate", "uint-literal", "constant", "power", "bare", "no-arguments", "with-let"}) {
    EXPECT_EQ(Function(name).arithmetic, nullptr) << name;
  }
  const ArithmeticBody& deep = *Function("deep").arithmetic;
  EXPECT_EQ(deep.depth, 5u);
  // (+ 1 (+ 2 (+ 3 (+ 4 (* x x x))))): at the deepest point four literals and three x are held, 16 bytes each.
  EXPECT_EQ(deep.memory_peak, 7u * 16);
}

// The value and every dimension charged are the evaluator's, for values across each native's range.
TEST_F(ArithmeticBodyTest, SameValueAndChargesAsTheEvaluator) {
  struct Case {
    std::string function;
    std::vector<Value> args;
  };
  const Int128 big = static_cast<Int128>(Uint128{1} << 62);
  const std::vector<Case> cases = {
      {"step", {Value::Int(3), Value::Int(10)}},
      {"step", {Value::Int(-7), Value::Int(-100)}},
      {"step", {Value::Int(big), Value::Int(0)}},
      {"mixed", {Value::UInt(9), Value::UInt(5), Value::UInt(3)}},
      {"mixed", {Value::UInt(100), Value::UInt(100), Value::UInt(1000)}},
      {"deep", {Value::Int(-5)}},
      {"ratio", {Value::Int(-7), Value::Int(2)}},
      {"ratio", {Value::Int(7), Value::Int(-2)}},
  };
  for (const Case& c : cases) {
    costs::CostTracker slow_tracker = Budget();
    costs::CostTracker fast_tracker = Budget();
    const Run slow = Evaluate(c.function, c.args, slow_tracker);
    const Run fast = Fast(c.function, c.args, fast_tracker);
    ASSERT_TRUE(slow.value) << c.function << ": " << slow.error;
    ASSERT_TRUE(fast.value) << c.function;
    EXPECT_EQ(*fast.value, *slow.value) << c.function;
    EXPECT_EQ(fast.charged, slow.charged) << c.function;
    EXPECT_GT(fast.charged.runtime, 0u);
  }
}

// Where the evaluator fails (overflow, underflow, division by zero), the fast path declines and charges nothing.
TEST_F(ArithmeticBodyTest, DeclinesWhereTheEvaluatorFails) {
  const Int128 min = static_cast<Int128>(Uint128{1} << 127);
  struct Case {
    std::string function;
    std::vector<Value> args;
    std::string error;
  };
  const std::vector<Case> cases = {
      {"step", {Value::Int(Int128{1} << 64), Value::Int(0)}, "ArithmeticOverflow"},
      {"step", {Value::Int(1), Value::Int(~min)}, "ArithmeticOverflow"},
      {"mixed", {Value::UInt(0), Value::UInt(5), Value::UInt(9)}, "ArithmeticUnderflow"},
      {"ratio", {Value::Int(1), Value::Int(0)}, "DivisionByZero"},
      {"ratio", {Value::Int(min), Value::Int(-1)}, "DivisionByZero"},
  };
  for (const Case& c : cases) {
    costs::CostTracker slow_tracker = Budget();
    costs::CostTracker fast_tracker = Budget();
    const Run slow = Evaluate(c.function, c.args, slow_tracker);
    const Run fast = Fast(c.function, c.args, fast_tracker);
    EXPECT_FALSE(slow.value) << c.function;
    EXPECT_NE(slow.error.find(c.error), std::string::npos) << c.function << ": " << slow.error;
    EXPECT_FALSE(fast.value) << c.function;
    EXPECT_EQ(fast.charged, costs::ExecutionCost{}) << c.function;
  }
}

// Arguments of another kind than the body's (a caller the type checker did not see) are left to the evaluator.
TEST_F(ArithmeticBodyTest, DeclinesArgumentsOfAnotherKindOrCount) {
  costs::CostTracker tracker = Budget();
  EXPECT_FALSE(Fast("step", {Value::UInt(1), Value::Int(2)}, tracker).value);
  EXPECT_FALSE(Fast("step", {Value::Int(1)}, tracker).value);
  EXPECT_FALSE(Fast("step", {Value::Int(1), Value::Bool(true)}, tracker).value);
  EXPECT_EQ(tracker.total(), costs::ExecutionCost{});
}

// A runtime limit the body's charges would pass: the fast path declines without charging, and the evaluator then
// fails where it passes the limit; one unit more and both succeed alike.
TEST_F(ArithmeticBodyTest, DeclinesWhenTheChargesDoNotFit) {
  const std::vector<Value> args = {Value::Int(3), Value::Int(10)};
  costs::CostTracker probe = Budget();
  const uint64_t needed = Evaluate("step", args, probe).charged.runtime;
  costs::ExecutionCost limit = costs::BlockLimit(kEpoch, costs::Network::kTestnet);
  limit.runtime = needed - 1;
  costs::CostTracker fast_tracker(limit);
  const Run fast = Fast("step", args, fast_tracker);
  EXPECT_FALSE(fast.value);
  EXPECT_EQ(fast.charged, costs::ExecutionCost{});
  costs::CostTracker slow_tracker(limit);
  EXPECT_FALSE(Evaluate("step", args, slow_tracker).value);
  limit.runtime = needed;
  costs::CostTracker exact(limit);
  const Run fits = Fast("step", args, exact);
  ASSERT_TRUE(fits.value);
  EXPECT_EQ(fits.charged.runtime, needed);
}

// Memory: the body's peak must fit the memory limit, else the evaluator runs (and fails on the limit).
TEST_F(ArithmeticBodyTest, DeclinesWhenTheArgumentValuesDoNotFitTheMemoryLimit) {
  const ArithmeticBody& deep = *Function("deep").arithmetic;
  const std::vector<Value> args = {Value::Int(2)};
  const costs::ExecutionCost limit = costs::BlockLimit(kEpoch, costs::Network::kTestnet);
  costs::CostTracker tight(limit, {}, deep.memory_peak - 1);
  EXPECT_FALSE(Fast("deep", args, tight).value);
  EXPECT_EQ(tight.total(), costs::ExecutionCost{});
  costs::CostTracker slow_tight(limit, {}, deep.memory_peak - 1);
  const Run slow = Evaluate("deep", args, slow_tight);
  EXPECT_FALSE(slow.value);
  EXPECT_NE(slow.error.find("MemoryBalanceExceeded"), std::string::npos) << slow.error;
  costs::CostTracker enough(limit, {}, deep.memory_peak);
  EXPECT_TRUE(Fast("deep", args, enough).value);
  costs::CostTracker slow_enough(limit, {}, deep.memory_peak);
  EXPECT_TRUE(Evaluate("deep", args, slow_enough).value);
}

// The call stack: with room for the body's nesting both answer; one frame less and the evaluator fails with
// MaxStackDepthReached while the fast path declines.
TEST_F(ArithmeticBodyTest, DeclinesWhenTheCallStackHasNoRoom) {
  const ArithmeticBody& deep = *Function("deep").arithmetic;
  const std::vector<Value> args = {Value::Int(2)};
  const uint64_t room = MaxCallStackDepth(kEpoch) - deep.depth;
  costs::CostTracker t1 = Budget();
  costs::CostTracker t2 = Budget();
  EXPECT_TRUE(Fast("deep", args, t1, room).value);
  EXPECT_TRUE(Evaluate("deep", args, t2, room).value);
  costs::CostTracker t3 = Budget();
  costs::CostTracker t4 = Budget();
  EXPECT_FALSE(Fast("deep", args, t3, room + 1).value);
  EXPECT_EQ(t3.total(), costs::ExecutionCost{});
  const Run slow = Evaluate("deep", args, t4, room + 1);
  EXPECT_FALSE(slow.value);
  EXPECT_NE(slow.error.find("MaxStackDepthReached"), std::string::npos) << slow.error;
}

}  // namespace
}  // namespace stacks::clarity::vm
