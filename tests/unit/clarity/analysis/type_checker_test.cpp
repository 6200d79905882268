// The type checker's mechanics: the error format and positions, the type map, the costs (derived from the cost
// tables by hand), memory and depth limits, epochs, and reading other contracts through the AnalysisDb.
#include "clarity/analysis/type_checker.h"

#include <gtest/gtest.h>

#include "type_checker_test_util.h"

namespace stacks::clarity::analysis {
namespace {

using common::ClarityVersion;
using common::StacksEpochId;
using type_check_testing::Check;
using type_check_testing::CheckOptions;
using type_check_testing::ContractId;
using type_check_testing::ErrorOf;
using type_check_testing::MapAnalysisDb;
using type_check_testing::VariantTextOf;

TEST(TypeCheckerTest, ErrorNamesTheVariantAndWhere) {
  auto c = Check("(define-constant a (+ 1 u1))");
  ASSERT_FALSE(c.status);
  EXPECT_EQ(c.status.error().code, util::ErrorCode::kInvalidArgument);
  EXPECT_EQ(c.status.error().message, "TypeError(int, uint) at 1:20");
  EXPECT_EQ(CheckErrorVariant(c.status.error()), "TypeError");

  EXPECT_EQ(ErrorOf(Check("(define-private (f)\n  (begin\n    (+ 1 (undefined-thing))))")),
            "UnknownFunction(undefined-thing) at 3:10");
  // A top-level form that is refused as a whole is reported where it starts.
  EXPECT_EQ(ErrorOf(Check("\n  (define-constant a)")), "IncorrectArgumentCount(2, 1) at 2:3");
  EXPECT_EQ(ErrorOf(Check("(let ((a 1) (b)) a)")), "BadSyntaxBinding(InvalidLength(Let, 1)) at 1:13");
}

TEST(TypeCheckerTest, CheckErrorVariantOfOtherErrors) {
  EXPECT_EQ(CheckErrorVariant(util::InvalidArgument("ValueTooLarge")), "ValueTooLarge");
  EXPECT_EQ(CheckErrorVariant(util::ResourceExhausted("cost limit exceeded: runtime 2 > limit 1")), "");
  EXPECT_EQ(CheckErrorVariant(util::InvalidArgument("")), "");
  EXPECT_EQ(CheckErrorVariant(util::InvalidArgument("Bad-thing")), "");
}

TEST(TypeCheckerTest, TypeMapHasEveryCheckedExpression) {
  auto c = Check("(+ 1 2)");
  ASSERT_TRUE(c.status) << c.status.error().message;
  const ast::SymbolicExpression& e = c.analysis.expressions[0];
  ASSERT_EQ(c.analysis.type_map.size(), 4u);
  EXPECT_EQ(c.analysis.type_map.at(e.id).ToString(), "int");
  EXPECT_TRUE(c.analysis.type_map.at(e.items[0].id).IsNoType());  // the function name
  EXPECT_EQ(c.analysis.type_map.at(e.items[2].id).ToString(), "int");
  // In Clarity 2 an argument checked against an expected type takes that type.
  auto d = Check("(define-data-var v (optional int) none)");
  ASSERT_TRUE(d.status) << d.status.error().message;
  EXPECT_EQ(d.analysis.type_map.at(d.analysis.expressions[0].items[3].id).ToString(), "(optional int)");
}

TEST(TypeCheckerTest, WithoutATypeMap) {
  // The same verdicts and definitions, no type map.
  for (std::string_view source : {"(define-constant a (+ 1 2)) (define-public (f) (ok a))", "(+ 1 u1)"}) {
    ast::ParseOptions parse;
    parse.contract = ContractId("nomap");
    auto built = ast::BuildContractAst(source, parse, nullptr, costs::CostVersion::kCosts3);
    ASSERT_TRUE(built);
    ContractAnalysis with_map;
    with_map.contract_identifier = parse.contract;
    with_map.clarity_version = ClarityVersion::kClarity3;
    with_map.epoch = StacksEpochId::k30;
    with_map.expressions = built->expressions;
    ContractAnalysis without_map = with_map;
    MapAnalysisDb db;
    costs::CostTracker t1(costs::kBlockLimitMainnet21);
    costs::CostTracker t2(costs::kBlockLimitMainnet21);
    util::Status a = TypeCheck(with_map, db, t1);
    util::Status b = TypeCheck(without_map, db, t2, {.build_type_map = false});
    ASSERT_EQ(a.has_value(), b.has_value()) << source;
    if (!a) {
      EXPECT_EQ(a.error().message, b.error().message);
      continue;
    }
    EXPECT_TRUE(without_map.type_map.empty());
    EXPECT_FALSE(with_map.type_map.empty());
    EXPECT_EQ(without_map.public_function_types, with_map.public_function_types);
    EXPECT_EQ(t1.total(), t2.total());
  }
}

TEST(TypeCheckerTest, FailedCheckLeavesTheAnalysisAlone) {
  MapAnalysisDb db;
  auto c = Check("(define-constant a 1) (define-constant b (+ a u1))", db);
  ASSERT_FALSE(c.status);
  EXPECT_TRUE(c.analysis.variable_types.empty());
  EXPECT_TRUE(c.analysis.type_map.empty());
}

// cost_analysis_storage (costs-3): runtime 2n + 94, write_length n + 1, write_count 1, read_count 1, read_length 1,
// for n = the number of nodes.
costs::ExecutionCost StorageCost(uint64_t nodes) {
  return {.write_length = nodes + 1, .write_count = 1, .read_length = 1, .read_count = 1, .runtime = 2 * nodes + 94};
}

TEST(TypeCheckerTest, CostOfAConstant) {
  // (define-constant a 1): 4 nodes. Storage 2*4+94 = 102; the value: a visit (1) and its annotation
  // (type_annotate, 1*1+9 = 10); bind_name at the type size of int (1*1+59 = 60). Runtime 173.
  auto c = Check("(define-constant a 1)");
  ASSERT_TRUE(c.status) << c.status.error().message;
  costs::ExecutionCost expected = StorageCost(4);
  expected.runtime = 102 + 1 + 10 + 60;
  EXPECT_EQ(c.cost, expected);
}

TEST(TypeCheckerTest, CostOfAnArithmeticApplication) {
  // (+ 1 2): 4 nodes, storage 102. The list: a visit (1); each literal a visit and an annotation (11, twice); the
  // arguments checked against int (type_check, 113*1+1 = 114, twice); the list's annotation (10). Runtime 363.
  auto c = Check("(+ 1 2)");
  ASSERT_TRUE(c.status) << c.status.error().message;
  EXPECT_EQ(c.cost.runtime, 102u + 1 + 11 + 11 + 114 + 114 + 10);
  EXPECT_EQ(c.cost.write_length, 5u);
}

TEST(TypeCheckerTest, CostOfAFunctionWithALet) {
  // (define-private (f (x int)) (let ((y x)) y)): 14 nodes, storage 2*14+94 = 122.
  // The body: a visit (1); check_let at 2 arguments (2+10 = 12); `x`: a visit (1), lookup_variable_const (15),
  // lookup_variable_depth at depth 2 (nlogn: 2*log2(2)+12 = 14), annotation (10) = 40; bind_name of y (60); `y`
  // likewise 40; the let's annotation (10): 163. bind_name of f at total type size 2 (61). Runtime 346.
  auto c = Check("(define-private (f (x int)) (let ((y x)) y))");
  ASSERT_TRUE(c.status) << c.status.error().message;
  costs::ExecutionCost expected = StorageCost(14);
  expected.runtime = 122 + 163 + 61;
  EXPECT_EQ(c.cost, expected);
}

TEST(TypeCheckerTest, CostOfAStaticContractCall) {
  MapAnalysisDb db;
  // Its analysis, stored: f takes uint and returns (response uint UnknownType); total type size 1 + 3 = 4.
  auto stored = Check("(define-public (f (a uint)) (ok a))", db, {.name = "callee"});
  ASSERT_TRUE(stored.status) << stored.status.error().message;
  db.Insert(stored.analysis);
  // (contract-call? .callee f u1): 5 nodes, storage 2*5+94 = 104. The list: a visit (1); get_function_entry at
  // 4 (runtime 78*4+1307 = 1619, read_count 1, read_length 4+1 = 5); u1 checked against uint without a visit
  // (type_check 114, annotation 10); the list's annotation at the size of (response uint UnknownType), 3 (12).
  auto c = Check("(contract-call? .callee f u1)", db);
  ASSERT_TRUE(c.status) << c.status.error().message;
  costs::ExecutionCost expected = StorageCost(5);
  expected.runtime = 104 + 1 + 1619 + 114 + 10 + 12;
  expected.read_count += 1;
  expected.read_length += 5;
  EXPECT_EQ(c.cost, expected);
}

TEST(TypeCheckerTest, CostsOfTheNativeFamilies) {
  // Each: cost_analysis_storage at 2n+94 for n nodes; a visit 1; an annotation type size + 9; a type check
  // 113 * type size + 1 (costs-3, Epoch 3.0).
  struct Case {
    std::string source;
    uint64_t runtime;
  };
  const Case cases[] = {
      // 3 nodes (100); the list (1); option_cons (5); `1` (visit and annotation, 11); (optional int) annotated at
      // its size 2 (11).
      {"(some 1)", 100 + 1 + 5 + 11 + 11},
      // 3 nodes (100); the list (1); `none`: a visit, lookup_variable_const (15) and its annotation at 2 (11);
      // option_check (4); bool (10).
      {"(is-some none)", 100 + 1 + 27 + 4 + 10},
      // 5 nodes (104); the list (1); three literals (33); list_items_check at 1 each (2*1+4, 18); (list 3 int)
      // at its size 6 (15).
      {"(list 1 2 3)", 104 + 1 + 33 + 18 + 15},
      // (get a (tuple (a 1))): 8 nodes (110); the list (1); the tuple: a visit, check_tuple_cons at 1 field
      // (nlogn: 3*0+5), `1` (11), tuple_items_check at 1 (29), its annotation at size 4 (13): 59;
      // check_tuple_get at 1 field (logn: 0+2); int (10).
      {"(get a {a: 1})", 110 + 1 + 59 + 2 + 10},
      // 12 nodes (118); the list (1); two tuples (118); check_tuple_merge at 1 field (nlogn: 45*0+49); the merged
      // tuple at size 8 (17).
      {"(merge {a: 1} {b: 2})", 118 + 1 + 118 + 49 + 17},
      // 8 nodes (110); the initial value checked against int without a visit (114, annotation 10); bind_name at 1
      // (60); var-get: a visit (1), type_lookup at 1 (5), int (10).
      {"(define-data-var v int 1) (var-get v)", 110 + 114 + 10 + 60 + 1 + 5 + 10},
      // 3 nodes (100); the list (1); "ab": a visit and (string-ascii 2) at size 5 (15); iterable_func (14); uint
      // (10).
      {"(len \"ab\")", 100 + 1 + 15 + 14 + 10},
      // 6 nodes (106); the list (1); u5 annotated as uint (10); (list 1): 1 + 11 + 6 + 15 = 33; iterable_func
      // (14); (optional (list 5 int)) at size 7 (16).
      {"(as-max-len? (list 1) u5)", 106 + 1 + 10 + 33 + 14 + 16},
      // 4 nodes (102); the list (1); type_parse_step for `int` (4); 0x00 checked against (buff 1048576) at size 5
      // (566) and annotated as it (14); (optional int) (11).
      {"(from-consensus-buff? int 0x00)", 102 + 1 + 4 + 566 + 14 + 11},
      // 6 nodes (106); the list (1); lookup_function (18); iterable_func (14); (list true): 1 + (1 + 15 + 10) +
      // 6 + 15 = 48; not applied to bool (type check 114); (list 1 bool) (15).
      {"(filter not (list true))", 106 + 1 + 18 + 14 + 48 + 114 + 15},
      // 6 nodes (106); the token's bind_name at 1 (60); a visit (1); type_lookup at 1 (5); uint (10).
      {"(define-fungible-token t) (ft-get-supply t)", 106 + 60 + 1 + 5 + 10},
  };
  for (const Case& c : cases) {
    auto checked = Check(c.source);
    ASSERT_TRUE(checked.status) << c.source << ": " << checked.status.error().message;
    EXPECT_EQ(checked.cost.runtime, c.runtime) << c.source;
  }
}

TEST(TypeCheckerTest, CostLimitIsTheTrackersError) {
  auto c = Check("(define-constant a 1)", {.limit = {.runtime = 100}});
  ASSERT_FALSE(c.status);
  EXPECT_EQ(c.status.error().code, util::ErrorCode::kResourceExhausted);
  EXPECT_EQ(c.status.error().message, "cost limit exceeded: runtime 102 > limit 100");
  EXPECT_EQ(CheckErrorVariant(c.status.error()), "");
}

TEST(TypeCheckerTest, FreeTrackerChargesNothing) {
  auto c = Check("(define-constant a (+ 1 2))", {.charge_costs = false, .limit = {}});
  ASSERT_TRUE(c.status) << c.status.error().message;
  EXPECT_EQ(c.cost, costs::ExecutionCost{});
}

TEST(TypeCheckerTest, Epochs) {
  // Epoch 2.05 checks Clarity 1 only (type_checker_2_05_test.cpp); Epoch 1.0 has no Clarity.
  EXPECT_TRUE(Check("1", {.epoch = StacksEpochId::k2_05, .version = ClarityVersion::kClarity1}).status);
  auto pre21 = Check("1", {.epoch = StacksEpochId::k2_05, .version = ClarityVersion::kClarity2});
  ASSERT_FALSE(pre21.status);
  EXPECT_EQ(pre21.status.error().code, util::ErrorCode::kFailedPrecondition);
  // Epoch 4.0 charges from costs-5, which prices the analysis as costs-4 does.
  auto e40 = Check("(define-constant a (+ 1 2))", {.epoch = StacksEpochId::k40, .version = ClarityVersion::kClarity4});
  auto e33 = Check("(define-constant a (+ 1 2))", {.epoch = StacksEpochId::k33, .version = ClarityVersion::kClarity4});
  ASSERT_TRUE(e40.status) << e40.status.error().message;
  ASSERT_TRUE(e33.status) << e33.status.error().message;
  EXPECT_GT(e40.cost.runtime, 0u);
  EXPECT_EQ(e40.cost, e33.cost);
  // at-block is gone from Epoch 3.4.
  const std::string at_block = "(at-block 0x0000000000000000000000000000000000000000000000000000000000000000 1)";
  EXPECT_TRUE(Check(at_block, {.epoch = StacksEpochId::k33, .version = ClarityVersion::kClarity4}).status);
  EXPECT_EQ(VariantTextOf(Check(at_block, {.epoch = StacksEpochId::k34, .version = ClarityVersion::kClarity4})),
            "AtBlockUnavailable");
  // A shorter buffer is admitted where (buff 32) is expected.
  EXPECT_TRUE(Check("(at-block 0x00 1)", {.epoch = StacksEpochId::k33, .version = ClarityVersion::kClarity4}).status);
}

TEST(TypeCheckerTest, KeywordsByVersion) {
  const CheckOptions v1{.epoch = StacksEpochId::k21, .version = ClarityVersion::kClarity1};
  const CheckOptions v2{.epoch = StacksEpochId::k25, .version = ClarityVersion::kClarity2};
  const CheckOptions v4{.epoch = StacksEpochId::k33, .version = ClarityVersion::kClarity4};
  EXPECT_TRUE(Check("block-height", v2).status);
  EXPECT_EQ(VariantTextOf(Check("block-height")), "UndefinedVariable(block-height)");
  EXPECT_TRUE(Check("stacks-block-height").status);
  EXPECT_TRUE(Check("tenure-height").status);
  EXPECT_EQ(VariantTextOf(Check("stacks-block-height", v2)), "UndefinedVariable(stacks-block-height)");
  EXPECT_EQ(VariantTextOf(Check("chain-id", v1)), "UndefinedVariable(chain-id)");
  EXPECT_TRUE(Check("(is-eq chain-id u1)", v2).status);
  EXPECT_EQ(VariantTextOf(Check("tx-sponsor?", v1)), "UndefinedVariable(tx-sponsor?)");
  EXPECT_EQ(VariantTextOf(Check("(+ stacks-block-time u1)")), "UndefinedVariable(stacks-block-time)");
  EXPECT_TRUE(Check("(+ stacks-block-time u1)", v4).status);
  EXPECT_TRUE(Check("(is-eq current-contract tx-sender contract-caller)", v4).status);
  EXPECT_EQ(VariantTextOf(Check("(is-eq burn-block-height 1)")), "TypeError(int, uint)");
}

TEST(TypeCheckerTest, NativesByVersion) {
  const CheckOptions v2{.epoch = StacksEpochId::k25, .version = ClarityVersion::kClarity2};
  const CheckOptions v4{.epoch = StacksEpochId::k33, .version = ClarityVersion::kClarity4};
  EXPECT_TRUE(Check("(get-block-info? time u1)", v2).status);
  EXPECT_EQ(VariantTextOf(Check("(get-block-info? time u1)")), "UnknownFunction(get-block-info?)");
  EXPECT_TRUE(Check("(get-stacks-block-info? time u1)").status);
  EXPECT_EQ(VariantTextOf(Check("(get-tenure-info? time u1)", v2)), "UnknownFunction(get-tenure-info?)");
  EXPECT_TRUE(Check("(as-contract 1)").status);
  EXPECT_EQ(VariantTextOf(Check("(as-contract 1)", v4)), "UnknownFunction(as-contract)");
  EXPECT_EQ(VariantTextOf(Check("(ed25519-verify 0x 0x 0x)", v4)), "UnknownFunction(ed25519-verify)");
}

TEST(TypeCheckerTest, TypeDepthLimit) {
  // int is depth 1, each some adds one: 31 somes reach MAX_TYPE_DEPTH (32), 32 pass it.
  auto nested = [](int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += "(some ";
    s += "1";
    for (int i = 0; i < n; ++i) s += ")";
    return s;
  };
  EXPECT_TRUE(Check(nested(31)).status);
  auto c = Check(nested(32));
  ASSERT_FALSE(c.status);
  EXPECT_EQ(c.status.error().code, util::ErrorCode::kResourceExhausted);
  EXPECT_EQ(VariantTextOf(c), "TypeSignatureTooDeep");
}

// Builds `(let ((v0 1)) (let ((v1 1)) ... 1))` with `depth` lets directly, deeper than the parser would allow.
ast::SymbolicExpression NestedLets(int depth, uint64_t& next_id) {
  using ast::SymbolicExpression;
  auto with_id = [&](SymbolicExpression e) {
    e.id = next_id++;
    return e;
  };
  SymbolicExpression body = with_id(SymbolicExpression::Literal(Value::Int(1), {}));
  for (int i = depth - 1; i >= 0; --i) {
    std::vector<SymbolicExpression> binding;
    binding.push_back(with_id(SymbolicExpression::Atom("v" + std::to_string(i), {})));
    binding.push_back(with_id(SymbolicExpression::Literal(Value::Int(1), {})));
    std::vector<SymbolicExpression> bindings;
    bindings.push_back(with_id(SymbolicExpression::List(std::move(binding), {})));
    std::vector<SymbolicExpression> let;
    let.push_back(with_id(SymbolicExpression::Atom("let", {})));
    let.push_back(with_id(SymbolicExpression::List(std::move(bindings), {})));
    let.push_back(std::move(body));
    body = with_id(SymbolicExpression::List(std::move(let), {}));
  }
  return body;
}

util::Status CheckExpression(ast::SymbolicExpression e) {
  ContractAnalysis analysis;
  analysis.contract_identifier = ContractId("deep");
  analysis.clarity_version = ClarityVersion::kClarity3;
  analysis.epoch = StacksEpochId::k30;
  analysis.expressions.push_back(std::move(e));
  MapAnalysisDb db;
  costs::CostTracker tracker(costs::kBlockLimitMainnet21);
  return TypeCheck(analysis, db, tracker);
}

TEST(TypeCheckerTest, ContextDepthLimit) {
  uint64_t id = 1;
  EXPECT_TRUE(CheckExpression(NestedLets(256, id)));
  util::Status deep = CheckExpression(NestedLets(257, id));
  ASSERT_FALSE(deep);
  EXPECT_EQ(deep.error().code, util::ErrorCode::kResourceExhausted);
  EXPECT_EQ(deep.error().message, "MaxContextDepthReached");
}

TEST(TypeCheckerTest, ExpressionNestingGuard) {
  // Far deeper than any parsed contract: refused, not a stack overflow.
  using ast::SymbolicExpression;
  uint64_t id = 1;
  SymbolicExpression e = SymbolicExpression::Literal(Value::Int(1), {});
  e.id = id++;
  for (int i = 0; i < 5000; ++i) {
    std::vector<SymbolicExpression> items;
    items.push_back(SymbolicExpression::Atom("begin", {}));
    items.back().id = id++;
    items.push_back(std::move(e));
    e = SymbolicExpression::List(std::move(items), {});
    e.id = id++;
  }
  util::Status status = CheckExpression(std::move(e));
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, util::ErrorCode::kResourceExhausted);
}

TEST(TypeCheckerTest, RepeatedExpressionIdIsRefused) {
  ast::SymbolicExpression one = ast::SymbolicExpression::Literal(Value::Int(1), {});
  one.id = 7;
  std::vector<ast::SymbolicExpression> items;
  items.push_back(ast::SymbolicExpression::Atom("+", {}));
  items.back().id = 1;
  items.push_back(one);
  items.push_back(one);
  ast::SymbolicExpression e = ast::SymbolicExpression::List(std::move(items), {});
  e.id = 2;
  util::Status status = CheckExpression(std::move(e));
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().message, "TypeAlreadyAnnotatedFailure");
}

TEST(TypeCheckerTest, MemoryLimitFromEpoch25) {
  // A tuple type doubled level after level, then bound to many constants: each binding keeps its type size in
  // analysis memory, until the 100 MB limit.
  std::string source = "(define-constant t0 {a: true, b: true})";
  for (int i = 1; i <= 9; ++i) {
    source += " (define-constant t" + std::to_string(i) + " {a: t" + std::to_string(i - 1) + ", b: t" +
              std::to_string(i - 1) + "})";
  }
  auto probe = Check(source);
  ASSERT_TRUE(probe.status) << probe.status.error().message;
  const uint32_t type_size = *probe.analysis.variable_types.at("t9").TypeSize();
  const uint64_t copies = 100'000'000 / type_size + 1;
  for (uint64_t i = 0; i < copies; ++i) source += " (define-constant c" + std::to_string(i) + " t9)";
  auto e25 = Check(source, {.epoch = StacksEpochId::k25, .version = ClarityVersion::kClarity2});
  ASSERT_FALSE(e25.status);
  EXPECT_EQ(e25.status.error().code, util::ErrorCode::kResourceExhausted);
  EXPECT_EQ(CheckErrorVariant(e25.status.error()), "MemoryBalanceExceeded");
  EXPECT_TRUE(Check(source, {.epoch = StacksEpochId::k24, .version = ClarityVersion::kClarity2}).status);
}

TEST(TypeCheckerTest, OtherContractsThroughTheDb) {
  MapAnalysisDb db;
  auto callee = Check(
      "(define-public (pay (amount uint)) (ok amount)) (define-read-only (peek) (ok 1))"
      "(define-private (hidden) (ok 1))",
      db, {.name = "callee"});
  ASSERT_TRUE(callee.status) << callee.status.error().message;
  db.Insert(callee.analysis);

  auto ok = Check("(define-public (go) (contract-call? .callee pay u5))", db);
  ASSERT_TRUE(ok.status) << ok.status.error().message;
  EXPECT_EQ(ok.analysis.public_function_types.at("go").returns.ToString(), "(response uint UnknownType)");
  EXPECT_TRUE(Check("(contract-call? .callee peek)", db).status);

  EXPECT_EQ(VariantTextOf(Check("(contract-call? .callee pay 5)", db)), "TypeError(uint, int)");
  EXPECT_EQ(VariantTextOf(Check("(contract-call? .callee pay)", db)), "IncorrectArgumentCount(1, 0)");
  EXPECT_EQ(VariantTextOf(Check("(contract-call? .callee hidden)", db)),
            "NoSuchPublicFunction(ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.callee, hidden)");
  EXPECT_EQ(VariantTextOf(Check("(contract-call? .nobody pay u1)", db)),
            "NoSuchContract(ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.nobody)");
  EXPECT_EQ(VariantTextOf(Check("(contract-call? .callee 5)", db)), "ContractCallExpectName");
  EXPECT_EQ(VariantTextOf(Check("(contract-call? 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM pay u1)", db)),
            "ContractCallExpectName");
  EXPECT_EQ(VariantTextOf(Check("(contract-call? .callee)", db)), "RequiresAtLeastArguments(2, 1)");
}

class FailingDb : public AnalysisDb {
 public:
  util::Result<std::optional<ContractAnalysis>> LoadAnalysis(const ContractIdentifier&) override {
    return util::Corruption("bad analysis bytes");
  }
};

TEST(TypeCheckerTest, DbErrorsPassThrough) {
  ast::ParseOptions parse;
  parse.contract = ContractId("caller");
  auto built = ast::BuildContractAst("(contract-call? .callee f)", parse, nullptr, costs::CostVersion::kCosts3);
  ASSERT_TRUE(built);
  ContractAnalysis analysis;
  analysis.contract_identifier = built->contract_identifier;
  analysis.clarity_version = ClarityVersion::kClarity3;
  analysis.epoch = StacksEpochId::k30;
  analysis.expressions = std::move(built->expressions);
  FailingDb db;
  costs::CostTracker tracker(costs::kBlockLimitMainnet21);
  util::Status status = TypeCheck(analysis, db, tracker);
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, util::ErrorCode::kCorruption);
}

TEST(TypeCheckerTest, EachContractIsLoadedOnce) {
  MapAnalysisDb db;
  auto callee = Check("(define-public (f) (ok 1)) (define-public (g) (ok 2))", db, {.name = "callee"});
  db.Insert(callee.analysis);
  db.loads = 0;
  ASSERT_TRUE(Check("(contract-call? .callee f) (contract-call? .callee g) (contract-call? .callee f)", db).status);
  EXPECT_EQ(db.loads, 1);
}

}  // namespace
}  // namespace stacks::clarity::analysis
