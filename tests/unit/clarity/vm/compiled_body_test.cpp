// The map fast path (compiled_body.h) against the evaluator it stands in for: which bodies compile, and for those
// that do, in every epoch from 2.05, the same value, the same charges in every dimension, the same memory and the
// same writes as applying the function without it; or nothing at all (no charge, no memory, no write) wherever the
// evaluator would fail or a limit would be reached, so that the evaluator then fails as before.
#include "clarity/vm/compiled_body.h"

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "clarity/costs/cost_tracker.h"
#include "clarity/storage/keys.h"
#include "clarity/storage/memory_store.h"
#include "clarity/storage/write_stack.h"
#include "clarity/types/serialization.h"
#include "clarity/types/value_text.h"
#include "clarity/vm/calls.h"
#include "clarity/vm/contract_store.h"
#include "clarity/vm/evaluator.h"
#include "clarity/vm/natives.h"
#include "clarity/vm/runtime.h"
#include "codec/stacks_address.h"

namespace stacks::clarity::vm {
namespace {

using costs::Epoch;

constexpr std::string_view kSource = R"(
(define-map squares uint uint)
(define-map signed int int)
(define-map blobs uint (buff 4))
(define-private (put (k uint) (acc uint)) (begin (map-set squares k (* k k)) (+ acc u1)))
(define-private (get-one (k uint) (acc uint)) (+ acc (default-to u0 (map-get? squares k))))
(define-private (get-next (k uint)) (default-to u7 (map-get? squares (+ k u1))))
(define-private (signed-put (k int) (v int)) (map-set signed k (- v k)))
(define-private (signed-get (k int)) (map-get? signed k))
(define-private (two-writes (k uint)) (begin (map-set squares k u1) (map-set squares (+ k u1) u2) (map-set squares k u3) k))
(define-private (copy (from uint) (to uint)) (begin (map-set squares to (default-to u0 (map-get? squares from))) u0))
(define-private (many (a uint) (b uint) (c uint)) (begin (+ a b c u1 u2 u3 u4) (- c b) (/ a u3) (mod b u5) (* a b)))
(define-private (blob-get (k uint)) (map-get? blobs k))
(define-private (write-then-read (k uint)) (begin (map-set squares k u5) (map-get? squares k)))
(define-private (with-let (k uint)) (let ((j k)) (map-set squares j j)))
(define-private (with-if (k uint)) (if (> k u1) (map-set squares k k) false))
(define-private (arithmetic (x int) (acc int)) (+ acc (* x x)))
)";

StandardPrincipal Deployer() { return StandardPrincipal::Parse("ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM").value(); }
ContractIdentifier Id() { return ContractIdentifier{Deployer(), "maps"}; }

// What one way of running a body answered, charged, counted and wrote.
struct Outcome {
  std::optional<Value> value;  ///< nullopt: the fast path declined, or the evaluator failed
  std::string error;           ///< the evaluator's error message
  costs::ExecutionCost charged;
  uint64_t memory = 0;                                     ///< memory counted after the run
  std::map<std::string, std::optional<std::string>> keys;  ///< what the watched keys read after it
};

bool operator==(const Outcome& a, const Outcome& b) {
  return a.value == b.value && a.charged == b.charged && a.memory == b.memory && a.keys == b.keys;
}

std::ostream& operator<<(std::ostream& os, const Outcome& run) {
  os << "{value " << (run.value ? ToReferenceString(*run.value) : "none") << " runtime " << run.charged.runtime
     << " reads " << run.charged.read_count << "/" << run.charged.read_length << " writes " << run.charged.write_count
     << "/" << run.charged.write_length << " memory " << run.memory;
  for (const auto& [key, value] : run.keys) os << " " << key.substr(key.size() - 8) << "=" << value.value_or("-");
  return os << (run.error.empty() ? "" : " error " + run.error) << "}";
}

class CompiledBodyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    costs::CostTracker tracker(costs::BlockLimit(Epoch::k30, costs::Network::kTestnet));
    TransactionContext tx{&m_stack, &tracker, ChainContext{.epoch = Epoch::k30}, nullptr};
    DeployRequest request;
    request.sender = Deployer();
    request.name = "maps";
    request.source = kSource;
    request.clarity_version = ClarityVersion::kClarity3;
    auto deployed = DeployContract(tx, request);
    ASSERT_TRUE(deployed);
    ASSERT_FALSE(deployed->error) << deployed->error->message;
    ASSERT_TRUE(m_stack.Nest());
    auto read = ReadContract(m_stack, Id());
    ASSERT_TRUE(m_stack.Rollback());
    ASSERT_TRUE(read) << read.error().ToString();
    m_contract = std::move(read).value();
  }

  const DefinedFunction& Function(const std::string& name) { return *m_contract->FindFunction(name); }

  static std::string Key(std::string_view map, const Value& key) { return storage::DataMapEntryKey(Id(), map, key); }

  // Writes (some value) under `key` of `map` in the store itself (no pending write: reads decode its text).
  void Seed(std::string_view map, const Value& key, const Value& value) {
    ASSERT_TRUE(m_stack.Nest());
    ASSERT_TRUE(m_stack.Put(Key(map, key), SerializeValueToHex(Value::Some(value).value())));
    ASSERT_TRUE(m_stack.Commit());
  }

  struct Options {
    Epoch epoch = Epoch::k30;
    costs::ExecutionCost limit = costs::BlockLimit(Epoch::k30, costs::Network::kTestnet);
    uint64_t memory_limit = costs::kClarityMemoryLimit;
    uint64_t frames = 0;
    std::vector<std::string> watch;  ///< store keys to read after the run
  };

  enum class Mode {
    kEvaluator,  ///< the function applied with neither fast path: charges, arguments bound, body evaluated
    kApplied,    ///< the function applied as the VM does (the map fast path first)
    kFastPath,   ///< RunCompiledBody alone, where the application would run it (a frame in, arguments counted)
  };

  // Runs `name` on `args` in `mode`, in a level of its own that `before` may write in first (by the evaluator),
  // rolled back afterwards.
  Outcome Execute(Mode mode, const std::string& name, const std::vector<Value>& args, const Options& options,
                  const std::string& before = "", const std::vector<Value>& before_args = {}) {
    costs::CostTracker tracker(options.limit, {}, options.memory_limit);
    GlobalContext global(m_stack, tracker, ChainContext{.epoch = options.epoch},
                         costs::CostVersionForEpoch(options.epoch, false).value());
    Environment env(global, m_contract.get(), Sender(), Sender(), std::nullopt);
    EXPECT_TRUE(m_stack.Nest());
    if (!before.empty()) {
      EXPECT_TRUE(Apply(Mode::kEvaluator, before, before_args, env));
    }
    const costs::ExecutionCost spent = tracker.total();
    const uint64_t memory = tracker.memory();
    for (uint64_t i = 0; i < options.frames; ++i) env.PushFrameUnchecked();
    Outcome run;
    if (mode == Mode::kFastPath) {
      EXPECT_NE(Function(name).compiled, nullptr) << name;
      uint64_t held = 0;
      for (const Value& v : args) held += ValueSize(v);
      EXPECT_TRUE(global.AddMemory(held));
      env.PushFrameUnchecked();
      run.value = RunCompiledBody(*Function(name).compiled, args, env);
      env.PopFrame();
      EXPECT_TRUE(global.DropMemory(held));
    } else {
      util::Result<Value> value = Apply(mode, name, args, env);
      if (value) run.value = *value;
      if (!value) run.error = value.error().message;
    }
    run.charged = Spent(spent, tracker.total());
    run.memory = tracker.memory() - memory;
    for (const std::string& key : options.watch) run.keys[key] = m_stack.Get(key).value();
    EXPECT_TRUE(m_stack.Rollback());
    return run;
  }

  // ApplyDefinedEvaluated of `name`, or of a copy of it without its fast paths.
  util::Result<Value> Apply(Mode mode, const std::string& name, const std::vector<Value>& args, Environment& env) {
    DefinedFunction plain = Function(name);
    plain.compiled = nullptr;
    plain.arithmetic = nullptr;
    std::vector<Value> values = args;
    return ApplyDefinedEvaluated(mode == Mode::kEvaluator ? plain : Function(name), values, env);
  }

  // All three agree, the fast path answering.
  void ExpectSame(const std::string& name, const std::vector<Value>& args, const Options& options,
                  const std::string& before = "", const std::vector<Value>& before_args = {}) {
    const Outcome slow = Execute(Mode::kEvaluator, name, args, options, before, before_args);
    const Outcome applied = Execute(Mode::kApplied, name, args, options, before, before_args);
    const Outcome fast = Execute(Mode::kFastPath, name, args, options, before, before_args);
    ASSERT_TRUE(slow.value) << name << ": " << slow.error;
    ASSERT_TRUE(fast.value) << name << " declined";
    EXPECT_EQ(applied, slow) << name << " in " << static_cast<uint32_t>(options.epoch);
    EXPECT_EQ(fast, slow) << name << " in " << static_cast<uint32_t>(options.epoch);
    EXPECT_GT(fast.charged.runtime, 0u);
  }

  // The evaluator fails with `error`; the fast path declines having changed nothing.
  void ExpectDeclined(const std::string& name, const std::vector<Value>& args, const Options& options,
                      const std::string& error) {
    const Outcome slow = Execute(Mode::kEvaluator, name, args, options);
    EXPECT_FALSE(slow.value) << name;
    EXPECT_NE(slow.error.find(error), std::string::npos) << name << ": " << slow.error;
    const Outcome applied = Execute(Mode::kApplied, name, args, options);
    EXPECT_EQ(applied, slow) << name;
    EXPECT_EQ(applied.error, slow.error) << name;
    const Outcome fast = Execute(Mode::kFastPath, name, args, options);
    EXPECT_FALSE(fast.value) << name;
    EXPECT_EQ(fast.charged, costs::ExecutionCost{}) << name;
    EXPECT_EQ(fast.memory, 0u) << name;
    EXPECT_EQ(fast.keys, Snapshot(options.watch)) << name << " wrote";
  }

  // What `keys` read with nothing run.
  std::map<std::string, std::optional<std::string>> Snapshot(const std::vector<std::string>& keys) {
    std::map<std::string, std::optional<std::string>> read;
    EXPECT_TRUE(m_stack.Nest());
    for (const std::string& key : keys) read[key] = m_stack.Get(key).value();
    EXPECT_TRUE(m_stack.Rollback());
    return read;
  }

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

constexpr Epoch kEpochs[] = {Epoch::k2_05, Epoch::k21, Epoch::k25, Epoch::k30, Epoch::k33, Epoch::k34, Epoch::k40};

TEST_F(CompiledBodyTest, OnlyMapBodiesOverIntegerArgumentsCompile) {
  for (const char* name : {"put", "get-one", "get-next", "signed-put", "signed-get", "two-writes", "copy", "many"}) {
    EXPECT_NE(Function(name).compiled, nullptr) << name;
  }
  // A map of buffers, a read after a write, let, if, and a body the arithmetic path takes.
  for (const char* name : {"blob-get", "write-then-read", "with-let", "with-if", "arithmetic"}) {
    EXPECT_EQ(Function(name).compiled, nullptr) << name;
  }
  EXPECT_NE(Function("arithmetic").arithmetic, nullptr);
  EXPECT_EQ(Function("get-one").compiled->depth, 3u);
  EXPECT_EQ(Function("two-writes").compiled->map_operations, 3u);
}

// Reads of absent entries, of entries in the store (decoded from their text) and of pending writes that carry their
// value; writes of new keys and of keys written before in the level; every shape, in every epoch from 2.05.
TEST_F(CompiledBodyTest, SameValueChargesMemoryAndWritesAsTheEvaluator) {
  Seed("squares", Value::UInt(5), Value::UInt(25));
  Seed("squares", Value::UInt(1u << 20), Value::UInt(~Uint128{0}));
  Seed("signed", Value::Int(-3), Value::Int(-9));
  const Uint128 big = Uint128{1} << 63;
  for (const Epoch epoch : kEpochs) {
    Options options;
    options.epoch = epoch;
    options.limit = costs::BlockLimit(epoch, costs::Network::kTestnet);
    options.watch = {Key("squares", Value::UInt(5)),   Key("squares", Value::UInt(6)), Key("squares", Value::UInt(7)),
                     Key("squares", Value::UInt(big)), Key("signed", Value::Int(-3)),  Key("signed", Value::Int(4))};
    ExpectSame("put", {Value::UInt(7), Value::UInt(10)}, options);
    ExpectSame("put", {Value::UInt(5), Value::UInt(0)}, options);    // overwrites a stored entry
    ExpectSame("put", {Value::UInt(big), Value::UInt(1)}, options);  // k * k = 2^126
    ExpectSame("put", {Value::UInt(7), Value::UInt(3)}, options, "put", {Value::UInt(7), Value::UInt(0)});
    ExpectSame("get-one", {Value::UInt(5), Value::UInt(1)}, options);  // stored
    ExpectSame("get-one", {Value::UInt(6), Value::UInt(1)}, options);  // absent
    ExpectSame("get-one", {Value::UInt(7), Value::UInt(2)}, options, "put", {Value::UInt(7), Value::UInt(0)});
    ExpectSame("get-next", {Value::UInt(4)}, options);
    ExpectSame("get-next", {Value::UInt(5)}, options);
    ExpectSame("signed-put", {Value::Int(4), Value::Int(-100)}, options);
    ExpectSame("signed-put", {Value::Int(-3), Value::Int(8)}, options);
    ExpectSame("signed-get", {Value::Int(-3)}, options);  // (some -9)
    ExpectSame("signed-get", {Value::Int(4)}, options);   // none
    ExpectSame("signed-get", {Value::Int(4)}, options, "signed-put", {Value::Int(4), Value::Int(1)});
    ExpectSame("two-writes", {Value::UInt(5)}, options);
    ExpectSame("copy", {Value::UInt(5), Value::UInt(6)}, options);
    ExpectSame("copy", {Value::UInt(1u << 20), Value::UInt(7)}, options);
    ExpectSame("copy", {Value::UInt(9), Value::UInt(6)}, options);
    ExpectSame("many", {Value::UInt(30), Value::UInt(12), Value::UInt(99)}, options);
  }
}

// The fast path answers the serialization the evaluator writes, byte for byte.
TEST_F(CompiledBodyTest, WritesTheEvaluatorsText) {
  Options options;
  options.watch = {Key("signed", Value::Int(-1)), Key("squares", Value::UInt(3))};
  const Outcome fast = Execute(Mode::kFastPath, "signed-put", {Value::Int(-1), Value::Int(-5)}, options);
  ASSERT_TRUE(fast.value);
  EXPECT_EQ(fast.keys.at(Key("signed", Value::Int(-1))), SerializeValueToHex(Value::Some(Value::Int(-4)).value()));
  const Outcome put = Execute(Mode::kFastPath, "put", {Value::UInt(3), Value::UInt(0)}, options);
  EXPECT_EQ(put.keys.at(Key("squares", Value::UInt(3))), SerializeValueToHex(Value::Some(Value::UInt(9)).value()));
}

// Overflow before the write (k * k), after it ((+ acc u1)), underflow and division by zero: the evaluator fails,
// and the fast path declines without having written the entry it would have written first.
TEST_F(CompiledBodyTest, DeclinesWhereTheEvaluatorFailsAndWritesNothing) {
  const Uint128 max = ~Uint128{0};
  Options options;
  options.watch = {Key("squares", Value::UInt(3)), Key("squares", Value::UInt(Uint128{1} << 64)),
                   Key("signed", Value::Int(1))};
  ExpectDeclined("put", {Value::UInt(Uint128{1} << 64), Value::UInt(0)}, options, "ArithmeticOverflow");
  ExpectDeclined("put", {Value::UInt(3), Value::UInt(max)}, options, "ArithmeticOverflow");
  const Int128 min = static_cast<Int128>(Uint128{1} << 127);
  ExpectDeclined("signed-put", {Value::Int(1), Value::Int(min)}, options, "ArithmeticUnderflow");
  ExpectDeclined("many", {Value::UInt(1), Value::UInt(5), Value::UInt(3)}, options, "ArithmeticUnderflow");
  Seed("squares", Value::UInt(8), Value::UInt(max));
  ExpectDeclined("get-one", {Value::UInt(8), Value::UInt(1)}, options, "ArithmeticOverflow");
}

// Arguments of another kind or count, and Epoch 2.0 (whose map natives charge before they go to the store), are
// left to the evaluator.
TEST_F(CompiledBodyTest, DeclinesWhatItDoesNotFollow) {
  Options options;
  EXPECT_FALSE(Execute(Mode::kFastPath, "put", {Value::Int(1), Value::UInt(2)}, options).value);
  EXPECT_FALSE(Execute(Mode::kFastPath, "put", {Value::UInt(1)}, options).value);
  options.epoch = Epoch::k20;
  options.limit = costs::BlockLimit(Epoch::k20, costs::Network::kTestnet);
  const Outcome old = Execute(Mode::kFastPath, "put", {Value::UInt(1), Value::UInt(2)}, options);
  EXPECT_FALSE(old.value);
  EXPECT_EQ(old.charged, costs::ExecutionCost{});
  EXPECT_TRUE(Execute(Mode::kEvaluator, "put", {Value::UInt(1), Value::UInt(2)}, options).value);
}

// A stored entry in a form the fast path does not read (upper-case hex, which the evaluator decodes as well) is
// left to the evaluator; one that is not hex at all fails there as a damaged store.
TEST_F(CompiledBodyTest, DeclinesStoredTextItDoesNotRead) {
  ASSERT_TRUE(m_stack.Nest());
  ASSERT_TRUE(m_stack.Put(Key("squares", Value::UInt(3)), "0A0100000000000000000000000000000ABC"));
  ASSERT_TRUE(m_stack.Put(Key("squares", Value::UInt(4)), "0a01000000000000000000000000000000zz"));
  ASSERT_TRUE(m_stack.Commit());
  Options options;
  const std::vector<Value> upper = {Value::UInt(3), Value::UInt(1)};
  const Outcome fast = Execute(Mode::kFastPath, "get-one", upper, options);
  EXPECT_FALSE(fast.value);
  EXPECT_EQ(fast.charged, costs::ExecutionCost{});
  const Outcome slow = Execute(Mode::kEvaluator, "get-one", upper, options);
  ASSERT_TRUE(slow.value) << slow.error;
  EXPECT_EQ(*slow.value, Value::UInt(0xabc + 1));
  EXPECT_EQ(Execute(Mode::kApplied, "get-one", upper, options), slow);
  const std::vector<Value> damaged = {Value::UInt(4), Value::UInt(1)};
  EXPECT_FALSE(Execute(Mode::kFastPath, "get-one", damaged, options).value);
  const Outcome failed = Execute(Mode::kApplied, "get-one", damaged, options);
  EXPECT_FALSE(failed.value);
  EXPECT_EQ(failed.error, Execute(Mode::kEvaluator, "get-one", damaged, options).error);
}

// Each dimension's limit one unit below what the body charges: the fast path declines without charging and the
// evaluator fails; at exactly the charges both succeed alike.
TEST_F(CompiledBodyTest, DeclinesWhenTheChargesDoNotFit) {
  Seed("squares", Value::UInt(5), Value::UInt(25));
  Options options;
  options.watch = {Key("squares", Value::UInt(5)), Key("squares", Value::UInt(6))};
  const std::vector<Value> args = {Value::UInt(5), Value::UInt(6)};
  const Outcome needed = Execute(Mode::kEvaluator, "copy", args, options);
  ASSERT_TRUE(needed.value) << needed.error;
  uint64_t costs::ExecutionCost::*const dimensions[] = {
      &costs::ExecutionCost::runtime, &costs::ExecutionCost::read_count, &costs::ExecutionCost::read_length,
      &costs::ExecutionCost::write_count, &costs::ExecutionCost::write_length};
  for (auto dimension : dimensions) {
    ASSERT_GT(needed.charged.*dimension, 0u);
    Options tight = options;
    tight.limit.*dimension = needed.charged.*dimension - 1;
    ExpectDeclined("copy", args, tight, "exceeded");
    Options exact = options;
    exact.limit.*dimension = needed.charged.*dimension;
    ExpectSame("copy", args, exact);
  }
}

// Memory: the argument values held and what map-set writes (counted until the transaction ends) must fit.
TEST_F(CompiledBodyTest, DeclinesWhenTheMemoryDoesNotFit) {
  Options options;
  options.watch = {Key("squares", Value::UInt(7))};
  const std::vector<Value> args = {Value::UInt(7), Value::UInt(1)};
  const Outcome written = Execute(Mode::kEvaluator, "put", args, options);
  ASSERT_TRUE(written.value);
  ASSERT_GT(written.memory, 0u);  // the write stays counted
  // The peak: the call's two arguments, the write's bytes, then begin holding map-set's true while (+ acc u1)
  // holds its two arguments.
  const uint64_t peak =
      2 * ValueSize(Value::UInt(0)) + written.memory + ValueSize(Value::Bool(true)) + 2 * ValueSize(Value::UInt(0));
  Options tight = options;
  tight.memory_limit = peak - 1;
  ExpectDeclined("put", args, tight, "MemoryBalanceExceeded");
  Options exact = options;
  exact.memory_limit = peak;
  ExpectSame("put", args, exact);
}

// The call stack: with room for the body's nesting both answer; one frame less and the evaluator fails with
// MaxStackDepthReached while the fast path declines.
TEST_F(CompiledBodyTest, DeclinesWhenTheCallStackHasNoRoom) {
  const uint32_t depth = Function("get-one").compiled->depth;
  Seed("squares", Value::UInt(5), Value::UInt(25));
  Options options;
  // The application takes a frame, then its body nests `depth` calls deep.
  options.frames = MaxCallStackDepth(options.epoch) - depth - 1;
  ExpectSame("get-one", {Value::UInt(5), Value::UInt(1)}, options);
  options.frames += 1;
  ExpectDeclined("get-one", {Value::UInt(5), Value::UInt(1)}, options, "MaxStackDepthReached");
}

}  // namespace
}  // namespace stacks::clarity::vm
